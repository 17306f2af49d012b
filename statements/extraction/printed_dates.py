"""Dates as articles print them: full dates, month-day without a year, month-year, years, weekdays.

Shared by the page cleaner (which lines are date stamps) and the date steps (what they say).
Every pattern is a plain alternation with bounded repeats: linear on any input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from .records import PartialDate, Precision

MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: Final = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}


def lower_pattern(pattern: re.Pattern) -> re.Pattern:
    """An re.IGNORECASE pattern for lowered() text, without the flag (much faster): the same matches."""
    assert not re.search(r"\\[A-Z]|\(\?P<\w*[A-Z]", pattern.pattern), "upper-case escapes or group names"
    source = re.sub(r"\(\?P|[A-Z]", lambda m: m.group().lower() if len(m.group()) == 1 else m.group(), pattern.pattern)
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


_MONTH: Final = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb"
    r"|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_MONTH2: Final = _MONTH.replace("?P<mon>", "?P<mon2>")
_DAY: Final = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2: Final = _DAY.replace("?P<day>", "?P<day2>")
_YEAR: Final = r"(?P<year>(?:1[89]|20)\d\d)"

# Full dates: "March 17th, 2023", "Nov. 17, 2022", "26 March 2024", "9, December 2023", "2024-03-26".
FULL_DATE: Final = re.compile(
    rf"\b{_MONTH}[ \u00a0]{_DAY},?[ \u00a0]{_YEAR}\b"
    rf"|\b{_DAY2},?[ \u00a0](?:of[ \u00a0])?{_MONTH2},?[ \u00a0](?P<year2>(?:1[89]|20)\d\d)\b"
    r"|\b(?P<iy>(?:19|20)\d\d)[-/](?P<im>[01]\d)[-/](?P<id>[0-3]\d)(?![\d/-])",
    re.IGNORECASE,
)
_FULL_DATE_LOW: Final = lower_pattern(FULL_DATE)  # for lowered() text: the same matches, faster
# "July 22" or "22 July" with no year after it.
MONTH_DAY: Final = re.compile(
    rf"\b{_MONTH}[ \u00a0]{_DAY}\b(?!,?[ \u00a0]*\d)|\b{_DAY2}[ \u00a0]{_MONTH2}\b(?!,?[ \u00a0]*\d)"
)
MONTH_YEAR: Final = re.compile(rf"\b{_MONTH}[ \u00a0]{_YEAR}\b")
WEEKDAY: Final = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_CAPITAL_MONTH: Final = re.compile(rf"^{_MONTH}$")


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


_DIGIT: Final = re.compile(r"\d")


def digit_places(text: str) -> list[int]:
    """The offset of each character \\d matches (str.isdecimal), ascending: by str.find, much faster than re."""
    out = []
    for d in "0123456789":
        i = text.find(d)
        while i >= 0:
            out.append(i)
            i = text.find(d, i + 1)
    if not text.isascii():  # other decimal digits ("٢"): among the characters ASCII does not hold
        data = text.encode("ascii", "replace")  # each of them one "?"
        if data.count(b"?") > 64:
            return [m.start() for m in _DIGIT.finditer(text)]
        i = data.find(b"?")
        while i >= 0:
            if text[i].isdecimal():
                out.append(i)
            i = data.find(b"?", i + 1)
    out.sort()
    return out


def number_starts(text: str) -> list[int]:
    """Every place where FULL_DATE, MONTH_DAY or MONTH_YEAR may match (ascending): each match begins with
    a number, or with a month name (a word of 9 letters at most, one space or ". " before the number)."""
    out = []
    previous = -2
    for r in digit_places(text):
        if r == previous + 1:
            previous = r
            continue  # inside a number
        previous = r
        if r >= 2 and text[r - 1] in " \u00a0":
            j = r - 1 if text[r - 2] != "." else r - 2
            i = j
            while i > 0 and j - i < 10 and (text[i - 1].isalnum() or text[i - 1] == "_"):
                i -= 1
            if 0 < j - i <= 9:
                out.append(i)
        out.append(r)
    return sorted(set(out))


def matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """pattern.finditer(text) for a pattern that matches only at starts (ascending): tried there only."""
    out = []
    at = 0
    for p in starts:
        if p >= at and (m := pattern.match(text, p)):
            out.append(m)
            at = m.end()
    return out


def full_dates(text: str, low: str | None = None, starts: list[int] | None = None) -> list[Found]:
    """Every date printed with day, month and year. low: lowered(text), starts: number_starts(text), if known."""
    found: list[Found] = []
    if "20" not in text and "19" not in text and "18" not in text:
        return found  # no year
    low = lowered(text) if low is None else low
    for m in matches_at(_FULL_DATE_LOW, low, number_starts(text) if starts is None else starts):
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


_WORD_AT: Final = re.compile(r"(?<![A-Za-z])[A-Za-z]")


def word_matches(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
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


def lowered(text: str) -> str:
    """text in lower case, one character for one, with every letter re.IGNORECASE takes for an ASCII one made it.

    Offsets into the result are offsets into text, so an ASCII keyword found in it by str.find is where an
    IGNORECASE pattern could match.
    """
    if text.isascii():
        return text.lower()
    if "İ" in text:
        text = text.replace("İ", "i")  # the one letter whose lower case is two characters
    low = text.lower()
    if "ı" in low or "ſ" in low:
        low = low.replace("ı", "i").replace("ſ", "s")
    return low


def trie(words: Iterable[str]) -> str:
    """One regex for a set of plain words, factored by their common prefixes (fast in Python's re)."""
    root: dict = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


class Keyed:
    """A long alternation tried only at its keywords: the matches word_matches(pattern, ...) gives, fast.

    keywords: "word" or "word<N": every match of the pattern holds one of them at a word start, and starts
    there, or at most N characters before it. The keywords are found in the lower-cased text (by str.find
    for a few, by one factored regex for many); the pattern is tried only at the word starts they allow.
    """

    def __init__(
        self, pattern: re.Pattern, keywords: list[str], by_find: bool | None = None, quick: re.Pattern | None = None
    ):
        self.pattern = pattern
        self.low_pattern = lower_pattern(pattern)  # tried on the lower-cased text: the same matches, faster
        # quick: a pattern without groups that matches in the lower-cased text at least where low_pattern does,
        # tried first because it is faster (groups cost re much)
        self.quick = quick
        self.reach: dict[str, int] = {}
        for spec in keywords:
            word, _, reach = spec.partition("<")
            self.reach[word] = int(reach or 0)
        self.keywords = tuple(self.reach)
        # the trie finds the longest keyword at a word start: it stands for the shorter ones it begins with
        self.longest = {w: max(r for k, r in self.reach.items() if w.startswith(k)) for w in self.keywords}
        # by_find: each keyword by str.find (faster than one regex for up to about 20 keywords over long texts)
        by_find = len(self.keywords) <= 12 if by_find is None else by_find
        self.scan = None if by_find else re.compile(r"(?<![a-z])(?=(" + trie(self.keywords) + "))")
        # the same as scan, but for a keyword at 0 matching one character early (at the non-letter before the
        # keyword): so re skips ahead to non-letters, much faster
        self.scan_at = None if by_find else re.compile(r"(?=(" + trie(self.keywords) + "))")
        self.scan_after = None if by_find else re.compile(r"[^a-z](?=(" + trie(self.keywords) + "))")

    def present(self, low: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether the lower-cased text holds a keyword: without one the pattern cannot match."""
        endpos = len(low) if endpos is None else endpos
        if self.scan is not None:
            assert self.scan_at is not None and self.scan_after is not None
            if pos == 0 and self.scan_at.match(low, 0, endpos):
                return True
            return self.scan_after.search(low, max(0, pos - 1), endpos) is not None
        return any(low.find(k, pos, endpos) >= 0 for k in self.keywords)

    def _hits(self, low: str, pos: int, endpos: int) -> list[tuple[int, int]]:
        """(offset, reach) of each keyword at a word start."""
        if self.scan is not None:
            assert self.scan_at is not None and self.scan_after is not None
            longest = self.longest
            first = self.scan_at.match(low, 0, endpos) if pos == 0 else None
            after = self.scan_after.finditer(low, max(0, pos - 1), endpos)
            hits = [(m.start() + 1, longest[m.group(1)]) for m in after]
            return [(0, longest[first.group(1)]), *hits] if first else hits
        hits = []
        letters = _ASCII_LETTERS
        for k, reach in self.reach.items():
            i = low.find(k, pos, endpos)
            while i >= 0:
                if i == 0 or low[i - 1] not in letters:
                    hits.append((i, reach))
                i = low.find(k, i + 1, endpos)
        return hits

    def matches(self, text: str, low: str | None = None, pos: int = 0, endpos: int | None = None) -> list[re.Match]:
        """The matches word_matches(self.pattern, text, pos, endpos) yields (as matches in low, which is
        lowered(text): the same offsets and groups, in lower case)."""
        endpos = len(text) if endpos is None else endpos
        low = lowered(text) if low is None else low
        return self.matches_from(self._hits(low, pos, endpos), text, low, pos, endpos)

    def matches_from(self, hits: list[tuple[int, int]], text: str, low: str, pos: int, endpos: int) -> list[re.Match]:
        """matches(text, low, pos, endpos), given (offset, reach) of every keyword at a word start in low[pos:endpos]
        (in any order; more, or a larger reach, only try the pattern at more word starts: the same matches)."""
        out: list[re.Match] = []
        if not hits:
            return out
        letters = _ASCII_LETTERS
        starts: set[int] = set()
        for h, reach in hits:
            if reach:
                starts.update(w.start() for w in _WORD_AT.finditer(text, max(pos, h - reach), h + 1))
            elif text[h] in letters and (h == 0 or text[h - 1] not in letters):
                starts.add(h)
        pattern = self.low_pattern
        quick = self.quick
        at = pos
        for start in sorted(starts):
            if start < at:
                continue
            m = (quick is None or quick.match(low, start, endpos)) and pattern.match(low, start, endpos)
            if m:
                out.append(m)
                at = max(m.end(), start + 1)
        return out
