from contextlib import nullcontext

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from statements.ingest import LOADED, UNCHANGED, UPDATED, load_text, relax_commits
from statements.sources import BadArticle, expand_paths, read_article


class DryRunRollback(Exception):
    pass


class Command(BaseCommand):
    help = "Load article files (paths, folders or glob patterns) into the archive, one transaction per article."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files, folders (their *.txt) or glob patterns")
        parser.add_argument("--dry-run", action="store_true", help="extract and write, then roll everything back")

    def handle(self, *args, paths, dry_run, **options):
        files, unmatched = expand_paths(paths)
        relax_commits()
        counts = {LOADED: 0, UPDATED: 0, UNCHANGED: 0}
        failures = [f"{pattern}: no such file or folder" for pattern in unmatched]
        for line in failures:
            self.stderr.write(self.style.ERROR(line))
        try:
            with transaction.atomic() if dry_run else nullcontext():
                for n, source in enumerate(files, 1):
                    progress = f"[{n}/{len(files)}]"
                    try:
                        result = load_text(read_article(source), source.name)
                    except BadArticle as error:
                        reason = str(error)
                    except Exception as error:  # noqa: BLE001 - one article's failure must not stop the others
                        reason = f"could not be loaded ({type(error).__name__}: {error})"
                    else:
                        counts[result.outcome] += 1
                        detail = f" ({result.quotes} quotes)" if result.outcome != UNCHANGED else ""
                        self.stdout.write(f"{progress} {result.outcome} {source.path}{detail}")
                        continue
                    failures.append(f"{source.path}: {reason}")
                    self.stderr.write(self.style.ERROR(f"{progress} {source.path}: {reason}"))
                if dry_run:
                    raise DryRunRollback
        except DryRunRollback:
            self.stdout.write("dry run: everything was rolled back")
        summary = (
            f"{counts[LOADED]} loaded, {counts[UPDATED]} updated, {counts[UNCHANGED]} unchanged, {len(failures)} failed"
        )
        if failures:
            self.stdout.write(self.style.WARNING(summary))
            raise CommandError(f"{len(failures)} file(s) failed: see the lines above")
        self.stdout.write(self.style.SUCCESS(summary))
