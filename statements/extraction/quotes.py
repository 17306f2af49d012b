"""Direct quotations and their exact offsets.

A linear scan per paragraph over the quotation marks: straight and curly double
quotes, guillemets, low-high German marks, the doubled apostrophes some archives
use for double quotes, and top-level curly single quotes. Marks nested inside an
open quotation belong to it. A quotation still open at the end of its paragraph
runs to that end (the convention for quotations over several paragraphs: one
quote per paragraph), unless the paragraph ends with the clause naming its
speaker ("…, says Doe."): then to that clause. A paragraph opened by a dash and
closed by such a clause is speech too ("— We will act, says Doe."). Quoted names,
titles and scare-quoted terms are then dropped when nothing in their context says
someone spoke them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from . import cues
from .records import Quote

# The marks, each found with str.find (far faster than a regex scan for the set); a lone straight apostrophe
# is no mark (only where two or three stand for a double mark: found as "''"), and a curly apostrophe (’) is none
# either: it only ever ends a single-quoted span, which is skipped by offset.
_MARKS: Final = ('"', "“", "”", "«", "»", "„", "‘", "''")
_LABEL: Final = re.compile(r"[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2}: +")  # transcript speaker label "PENCE: "

# Closing mark expected for each opening mark.
_MAX_QUOTE: Final = 20_000


# A paragraph's last clause that says who spoke: ", says Foreign Minister Jane Doe in Brussels.", ", Doe said."
_CUE_TAIL: Final = re.compile(
    r",\s+[^,;:“”\"\n]{0,80}?\b(?:says|said|adds|added|continues|continued|tells|told|stresses|stressed|insists"
    r"|insisted|warns|warned|explains|explained|notes|noted)\b[^“”\"\n]{0,120}$"
)
_DASHES: Final = ("— ", "– ")  # em and en dash, then a space: speech in some outlets' style


def find_quotes(body: str) -> list[Quote]:
    found = [q for q in _raw_quotes(body) if not cues.is_non_speech(body, q.start, q.end)]
    if body.startswith(_DASHES) or "\n— " in body or "\n– " in body:
        dashed = _dashed_quotes(body, found)
        if dashed:
            found = sorted(found + dashed, key=lambda q: q.start)
    return found


def _dashed_quotes(body: str, quotes: list[Quote]) -> list[Quote]:
    """Paragraphs of speech opened by a dash and closed by their speaker: "— We will act, says Jane Doe." (the
    words run from the dash to the comma before the cue)."""
    found = []
    starts, ends = [q.start for q in quotes], [q.end for q in quotes]  # in order, none overlapping
    for dash in _DASHES:
        line_starts = [0] if body.startswith(dash) else []
        at = body.find("\n" + dash)
        while at != -1:
            line_starts.append(at + 1)
            at = body.find("\n" + dash, at + 1)
        for at in line_starts:
            hi = body.find("\n", at)
            hi = len(body) if hi == -1 else hi
            cue = _CUE_TAIL.search(body, at, hi)
            start, end = at + len(dash), cue.start() if cue else at
            k = bisect_left(starts, hi) - 1  # the last quotation starting before the line's end
            if cue and len(body[start:end].split()) >= 3 and not (k >= 0 and ends[k] > at):
                found.append(Quote(body[start:end], start, end))
    return found


def _raw_quotes(body: str) -> list[Quote]:
    """Every quoted span, speech or not."""
    quotes: list[Quote] = []
    marks: list[tuple[str, int, int]] = []
    lo = hi = consumed = 0
    found: list[int] = []
    for mark in _MARKS:
        found += offsets(body, mark)
    found.sort()
    for s in found:
        if s < consumed:
            continue
        mark = body[s]
        e = s + 1
        if mark == "'":  # two or three straight apostrophes stand for a double mark
            e = consumed = s + 3 if body[s + 2 : s + 3] == "'" else s + 2
            mark = body[s:e]
        if s >= hi:  # a new paragraph: scan the one before
            if marks:
                _add_spans(body, lo, hi, marks, quotes)
                marks = []
            lo = body.rfind("\n", 0, s) + 1
            hi = body.find("\n", s)
            if hi == -1:
                hi = len(body)
        marks.append((mark, s, e))
    if marks:
        _add_spans(body, lo, hi, marks, quotes)
    return quotes


def offsets(body: str, char: str) -> list[int]:
    """Every offset of char in body, in order."""
    found = []
    at = body.find(char)
    while at != -1:
        found.append(at)
        at = body.find(char, at + 1)
    return found


def _add_spans(body: str, lo: int, hi: int, marks: list[tuple[str, int, int]], quotes: list[Quote]) -> None:
    for start, end in _scan_paragraph(body, lo, hi, marks):
        start, end = _trim(body, start, end)
        if end > start and body[start - 2 : start - 1] != "=":  # an attribute value in markup
            quotes.append(Quote(body[start:end], start, end))  # positional: faster


def _is_space_before(body: str, i: int, floor: int) -> bool:
    return i <= floor or body[i - 1].isspace() or body[i - 1] in "([{—–-/"


def _is_word_after(body: str, i: int, ceiling: int) -> bool:
    return i < ceiling and not body[i].isspace()


def _scan_paragraph(body: str, lo: int, hi: int, marks: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    opener: str | None = None  # the open top-level mark
    open_end = 0  # where the quoted text starts
    nest: list[str] = []  # marks opened inside the open quotation
    skip_to = 0  # the end of a single-quoted span: the marks inside it are its own
    for mark, s, e in marks:
        if s < skip_to:
            continue
        if opener is None:
            if mark == "'''":
                mark, e = "''", s + 2
            if mark in ('"', "“", "''", "«", "„"):
                if mark in ("''", '"') and not _is_space_before(body, s, lo) and not _is_word_after(body, e, hi):
                    continue  # shaped like a closing mark (or an apostrophe after a word): its opening is missing
                opener, open_end, nest = mark, e, []
            elif mark == "”" and (
                _is_space_before(body, s, lo) and _is_word_after(body, e, hi) or _at_start(body, s, lo)
            ):
                opener, open_end, nest = "“", e, []  # a paragraph or clause opened with the wrong-direction mark
            elif mark == "‘" and _is_space_before(body, s, lo) and e < hi and (body[e].isalpha() or body[e] in '“"'):
                close = _single_close(body, e, hi)
                if close is not None:
                    spans.append((e, close))
                    skip_to = close  # skip the marks inside the single-quoted span
            continue
        if _closes(body, opener, nest, mark, s, e, hi):
            if mark == "'''":
                s += 1  # a nested single quote closing with the quotation
            if s > open_end:
                spans.append((open_end, s))
            opener = None
    if opener is not None and hi - open_end < _MAX_QUOTE:
        # never closed: to the paragraph's end, or to the clause that ends it saying who spoke ("…, says Doe.")
        cue = _CUE_TAIL.search(body, open_end, hi) if "," in body[open_end:hi] else None
        spans.append((open_end, cue.start() if cue else hi))
    return spans


def _at_start(body: str, i: int, lo: int) -> bool:
    return not body[lo:i].strip()


def _closes(body: str, opener: str, nest: list[str], mark: str, s: int, e: int, hi: int) -> bool:
    """Whether mark closes the open quotation (updating the marks nested inside it)."""
    if opener == "''":
        return mark in ("''", "'''")
    if opener == "«":
        if mark == "«":
            nest.append(mark)  # «…«nested»…»
            return False
        if mark == "»":
            if nest:
                nest.pop()
                return False
            return True
        # « closed by a double mark, as some outlets print it, when no » follows in the paragraph
        return mark in ('"', "”") and not body[s - 1].isspace() and body.find("»", s, hi) == -1
    if opener == "„":
        return mark in "“”"
    if mark in ("''", "'''", "«", "»", "„", "‘", "’"):
        return False
    if mark == "”":
        if nest and nest[-1] == "“":
            nest.pop()
            return False
        return True
    if mark == "“":
        if opener == "“" and not _is_word_after(body, e, hi):
            return True  # a closing mark printed the wrong way round
        nest.append("“")
        return False
    # a straight double mark
    if opener == '"':
        return True
    if nest and nest[-1] == '"':
        nest.pop()
        return False
    if body[s - 1].isspace() and _is_word_after(body, e, hi):
        nest.append('"')
        return False
    return True


def _single_close(body: str, i: int, hi: int) -> int | None:
    """Offset of the curly single mark closing a quotation opened before i, if any."""
    hi = min(hi, i + 400)
    j = body.find("’", i, hi)
    while j != -1:
        after = body[j + 1] if j + 1 < hi else " "
        if not after.isalnum():
            return j
        j = body.find("’", j + 1, hi)
    return None


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    label = _LABEL.match(body, start, end) if body.find(": ", start, end) != -1 else None  # (mostly no label)
    if label and label.end() < end:
        start = label.end()
    return start, end
