"""Reading article files: paths, folders and globs in; decoded text or a clear reason out."""

from __future__ import annotations

import glob
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
ENCODINGS = ("utf-8-sig", "cp1252")


class BadArticle(Exception):
    """A file that cannot be an article; the message says why."""


@dataclass(frozen=True)
class SourceFile:
    path: Path

    @property
    def name(self) -> str:
        return self.path.name


def expand_paths(patterns: list[str]) -> tuple[list[SourceFile], list[str]]:
    """Files named by paths, folders (their *.txt, recursively) or globs; and the patterns that matched nothing."""
    files: list[SourceFile] = []
    unmatched: list[str] = []
    seen: set[Path] = set()
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.txt") if p.is_file())
        elif path.exists():
            found = [path]
        else:
            found = sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
        if not found:
            unmatched.append(pattern)
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                files.append(SourceFile(p))
    return files, unmatched


def decode(data: bytes) -> str:
    """The text of an article file, or BadArticle saying why there is none."""
    if not data.strip():
        raise BadArticle("empty file")
    if len(data) > MAX_BYTES:
        raise BadArticle(f"too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if b"\x00" in data:
        raise BadArticle("binary file (contains NUL bytes)")
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise BadArticle("not text in UTF-8 or Windows-1252")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text) // 100):
        raise BadArticle("binary file (too many control characters)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_article(source: SourceFile) -> str:
    try:
        data = source.path.read_bytes()
    except OSError as error:
        raise BadArticle(f"unreadable: {error.strerror or error}") from error
    return decode(data)
