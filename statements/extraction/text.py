"""Cleaning a page: title, outlet, byline, URL and the body without site boilerplate."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Page:
    raw: str
    title: str | None
    body: str
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    header: str = ""  # the lines above the body (datelines live there)


def clean(raw: str) -> Page:
    lines = raw.strip().splitlines()
    title = lines[0].strip() if lines else None
    return Page(raw=raw, title=title or None, body="\n".join(lines[1:]).strip(), header=lines[0] if lines else "")
