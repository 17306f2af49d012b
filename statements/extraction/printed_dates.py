"""Dates as articles print them: full dates, month-day without a year, month-year, years, weekdays.

Shared by the page cleaner (which lines are date stamps) and the date steps (what they say).
Every pattern is a plain alternation with bounded repeats: linear on any input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .records import PartialDate, Precision

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb"
    r"|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_MONTH2 = _MONTH.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

# Full dates: "March 17th, 2023", "Nov. 17, 2022", "26 March 2024", "9, December 2023", "2024-03-26".
FULL_DATE = re.compile(
    rf"\b{_MONTH}[ \u00a0]{_DAY},?[ \u00a0]{_YEAR}\b"
    rf"|\b{_DAY2},?[ \u00a0](?:of[ \u00a0])?{_MONTH2},?[ \u00a0](?P<year2>(?:1[89]|20)\d\d)\b"
    r"|\b(?P<iy>(?:19|20)\d\d)[-/](?P<im>[01]\d)[-/](?P<id>[0-3]\d)(?![\d/-])",
    re.IGNORECASE,
)
# "July 22" or "22 July" with no year after it.
MONTH_DAY = re.compile(
    rf"\b{_MONTH}[ \u00a0]{_DAY}\b(?!,?[ \u00a0]*\d)|\b{_DAY2}[ \u00a0]{_MONTH2}\b(?!,?[ \u00a0]*\d)"
)
MONTH_YEAR = re.compile(rf"\b{_MONTH}[ \u00a0]{_YEAR}\b")
WEEKDAY = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_CAPITAL_MONTH = re.compile(rf"^{_MONTH}$")


@dataclass(frozen=True)
class Found:
    value: date
    precision: str
    start: int
    end: int


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def full_dates(text: str) -> list[Found]:
    """Every date printed with day, month and year."""
    found = []
    for m in FULL_DATE.finditer(text):
        if m.group("iy"):
            value = _make(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        elif m.group("mon"):
            value = _make(int(m.group("year")), _month(m.group("mon")), int(m.group("day")))
        else:
            value = _make(int(m.group("year2")), _month(m.group("mon2")), int(m.group("day2")))
        if value:
            found.append(Found(value, Precision.DAY, m.start(), m.end()))
    return found


def month_name_is_word(text: str, m: re.Match) -> bool:
    """'May' and 'March' are also plain words: only a capitalised month counts."""
    name = m.group("mon") or m.group("mon2")
    return not name[0].isupper()


def most_recent_weekday(weekday: int, before: date, strictly: bool = False) -> date:
    back = (before.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return before - timedelta(days=back)


_WORD_AT = re.compile(r"(?<![A-Za-z])[A-Za-z]")


def word_matches(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """pattern.finditer, tried only where a word starts: many times faster for long alternations of phrases."""
    endpos = len(text) if endpos is None else endpos
    at = pos
    for w in _WORD_AT.finditer(text, pos, endpos):
        if w.start() < at:
            continue
        m = pattern.match(text, w.start(), endpos)
        if m:
            yield m
            at = max(m.end(), w.start() + 1)


def partial(found: Found | None) -> PartialDate:
    return PartialDate(found.value, found.precision) if found else PartialDate()
