"""The compiled build of the extraction: used only for the sources it was made from, and it extracts exactly
what the .py files extract."""

import dataclasses
import importlib.machinery
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from statements import extraction
from statements.extraction import extract_article

MODULES = [p.stem for p in extraction.SOURCES if p.name != "__init__.py"]
SEEDS = sorted((extraction.PROJECT_DIR / "fixtures" / "seeds").glob("*.txt"))
# odd inputs besides the seeds: a quotation left open, marks only, a giant line, control characters, no text
ODD = ['He said: "We will', '"""""«»“”', "A " * 5000 + "said Mr Doe.", "\x00\x1b\u2028Title\n\n\x7f", ""]
compiled_only = pytest.mark.skipif(extraction.COMPILED_BUILD is None, reason="no compiled build of these sources")


def make_build(builds: Path, version: str) -> Path:
    (builds / version / "statements" / "extraction").mkdir(parents=True)
    return builds / version


def test_a_build_is_used_only_for_the_sources_it_was_made_from(tmp_path, monkeypatch):
    monkeypatch.delenv("STATEMENTS_PURE_PYTHON", raising=False)
    build = make_build(tmp_path, "aaaaaaaaaaaa")
    assert extraction.compiled_build(tmp_path, "aaaaaaaaaaaa") == build
    assert extraction.compiled_build(tmp_path, "bbbbbbbbbbbb") is None  # the sources were edited since
    (tmp_path / "cccccccccccc").mkdir()
    assert extraction.compiled_build(tmp_path, "cccccccccccc") is None  # no modules in it


def test_pure_python_can_be_asked_for(tmp_path, monkeypatch):
    make_build(tmp_path, "aaaaaaaaaaaa")
    monkeypatch.setenv("STATEMENTS_PURE_PYTHON", "1")
    assert extraction.compiled_build(tmp_path, "aaaaaaaaaaaa") is None


def test_the_version_follows_the_sources():
    assert len(extraction.SOURCE_VERSION) == len(extraction.EXTRACTION_VERSION) == 12
    assert extraction.SOURCE_VERSION != extraction.EXTRACTION_VERSION  # the curated people count too


@compiled_only
def test_every_module_runs_compiled():
    native = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    for name in MODULES:
        module = sys.modules.get(f"statements.extraction.{name}") or __import__(
            f"statements.extraction.{name}", fromlist=["_"]
        )
        assert module.__file__.endswith(native), module.__file__


def extracted(texts: list[str]) -> list[dict]:
    out = []
    for i, text in enumerate(texts):
        found = dataclasses.asdict(extract_article(text, f"{i}.txt"))
        found.pop("version")
        out.append(found)
    return json.loads(json.dumps(out, default=str))


@compiled_only
def test_the_compiled_build_extracts_what_the_python_files_extract():
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] + ODD
    script = (
        "import json, sys; from tests.extraction.test_compiled import extracted; "
        "from statements.extraction import COMPILED_BUILD; "
        "print(json.dumps([COMPILED_BUILD is None, extracted(json.load(sys.stdin))]))"
    )
    pure = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        cwd=extraction.PROJECT_DIR,
        env={**os.environ, "STATEMENTS_PURE_PYTHON": "1"},
    )
    ran_pure, found = json.loads(pure.stdout)
    assert ran_pure
    assert found == extracted(texts)


def test_the_compile_command_does_nothing_when_the_build_is_up_to_date(tmp_path, monkeypatch):
    from django.core.management import call_command

    monkeypatch.setattr(extraction, "BUILDS_DIR", tmp_path)
    make_build(tmp_path, extraction.SOURCE_VERSION)
    out = io.StringIO()
    call_command("compile_extraction", stdout=out)
    assert out.getvalue() == f"extraction build {extraction.SOURCE_VERSION} is up to date\n"


def test_a_failed_compile_says_why_and_leaves_no_build(tmp_path, monkeypatch):
    from django.core.management import CommandError, call_command

    from statements.management.commands import compile_extraction

    def no_compiler(work, lib):
        (lib / "statements").mkdir(parents=True)  # part of a build, then the compiler fails
        raise SystemExit("error: command 'gcc' failed: No such file or directory")

    monkeypatch.setattr(extraction, "BUILDS_DIR", tmp_path)
    monkeypatch.setattr(compile_extraction, "_build", no_compiler)
    with pytest.raises(CommandError, match="gcc.*the .py files still run"):
        call_command("compile_extraction")
    assert list(tmp_path.iterdir()) == []
