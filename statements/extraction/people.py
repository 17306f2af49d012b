"""People and organisations named in an article, with their roles."""

from __future__ import annotations

from .records import Person


def find_people(body: str) -> list[Person]:
    return []
