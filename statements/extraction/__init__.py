"""Article text in, ExtractedArticle out. Pure Python: no Django, no database.

The same modules compiled to C by mypyc (`manage.py compile_extraction`, which `make` runs) take the place of
the .py files when a build of exactly these sources exists. A build is kept under the hash of the sources it
was made from, so an edited module is never shadowed by an old build: the .py files run until the next build.
STATEMENTS_PURE_PYTHON=1 in the environment runs the .py files all the same.
"""

import hashlib
import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parents[1]
KNOWN_PEOPLE_FILE: Path = PROJECT_DIR / "fixtures" / "known_people.json"
BUILDS_DIR = PROJECT_DIR / ".build" / "extraction"


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        if path.exists():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


SOURCES = sorted(PACKAGE_DIR.glob("*.py"))
# the hash of the code: the name of its compiled build
SOURCE_VERSION: str = _digest(SOURCES)
# the hash of the code and curated data: it changes whenever the output can. Articles record the version that
# extracted them, so loading the same text again after the extraction changed extracts it anew (editors'
# records are kept as on any reload).
EXTRACTION_VERSION: str = _digest([*SOURCES, KNOWN_PEOPLE_FILE])


def is_build(folder: Path) -> bool:
    """Whether folder holds a build of compiled modules (compile_extraction moves one into place whole)."""
    return (folder / "statements" / "extraction").is_dir()


def compiled_build(builds_dir: Path = BUILDS_DIR, version: str = SOURCE_VERSION) -> Path | None:
    """The folder holding the compiled modules of these sources, if one was built and is not turned off."""
    build = builds_dir / version
    if os.environ.get("STATEMENTS_PURE_PYTHON") == "1" or not is_build(build):
        return None
    return build


COMPILED_BUILD = compiled_build()
if COMPILED_BUILD is not None:
    __path__.insert(0, str(COMPILED_BUILD / "statements" / "extraction"))  # noqa: F821 (the package's own path)
    sys.path.append(str(COMPILED_BUILD))  # the library the compiled modules share

from .pipeline import extract_article  # noqa: E402
from .records import ExtractedArticle, Meeting, PartialDate, Person, Quote  # noqa: E402

__all__ = ["EXTRACTION_VERSION", "ExtractedArticle", "Meeting", "PartialDate", "Person", "Quote", "extract_article"]
