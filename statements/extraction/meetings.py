"""Meetings, summits, talks, calls and visits proposed, refused or held."""

from __future__ import annotations

from .records import Meeting, PartialDate, Person, Quote


def find_meetings(body: str, people: list[Person], quotes: list[Quote], published: PartialDate) -> list[Meeting]:
    return []
