"""Who said each quote."""

from __future__ import annotations

from .records import Person, Quote


def attribute(quotes: list[Quote], body: str, people: list[Person]) -> None:
    return None
