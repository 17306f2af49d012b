import contextlib
import shutil
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from statements import extraction


class Command(BaseCommand):
    help = (
        "Compile the extraction package to C with mypyc, under the hash of its sources: the compiled modules then "
        "take the place of the .py files (about a third faster). Nothing to do when the build is up to date."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="build again even if up to date")

    def handle(self, *args, force, **options):
        target = extraction.BUILDS_DIR / extraction.SOURCE_VERSION
        if extraction.is_build(target) and not force:
            self.stdout.write(f"extraction build {extraction.SOURCE_VERSION} is up to date")
            return
        started = time.monotonic()
        extraction.BUILDS_DIR.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=extraction.BUILDS_DIR, prefix=".building-") as work:
            lib = Path(work) / "lib"
            try:
                _build(Path(work), lib)
            except (Exception, SystemExit) as error:  # setuptools reports a failed compiler by SystemExit
                message = f"mypyc could not compile the extraction ({error}); the .py files still run"
                raise CommandError(message) from error
            shutil.rmtree(target, ignore_errors=True)
            try:
                lib.rename(target)  # whole or not at all: a build cut short is never used
            except OSError:
                if not extraction.is_build(target):
                    raise
                self.stdout.write(f"extraction build {extraction.SOURCE_VERSION} was made meanwhile by another run")
                return
        for old in extraction.BUILDS_DIR.iterdir():
            if old.name != target.name and not old.name.startswith("."):
                shutil.rmtree(old, ignore_errors=True)
        self.stdout.write(
            f"extraction build {extraction.SOURCE_VERSION} made in {time.monotonic() - started:.0f} s: {target}"
        )


def _build(work: Path, lib: Path) -> None:
    """mypyc's C for the package's modules (not __init__, which finds the build), compiled into lib."""
    from mypyc.build import mypycify
    from setuptools import setup

    project = extraction.PROJECT_DIR
    modules = [str(p.relative_to(project)) for p in extraction.SOURCES if p.name != "__init__.py"]
    with contextlib.chdir(project):  # mypyc names each module by its path from the project folder
        setup(
            name="statements-extraction-compiled",
            ext_modules=mypycify(modules, opt_level="3", target_dir=str(work / "c")),
            script_args=["--quiet", "build_ext", "--build-lib", str(lib), "--build-temp", str(work / "temp")],
        )
