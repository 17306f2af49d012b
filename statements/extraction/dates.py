"""Publication dates and the dates quotes were said.

The publication date comes only from a line the page prints as the article's date (a stamp in the
header or the trailer), or from a date in the article's URL. A copyright year, a dateline without a
year ("MOSCOW, July 8") or a weekday gives none. A bare stamp printed above the headline is the
site's date (today's page) unless nothing in the article contradicts it.

A quote's date comes from its sentence (and the attribution sentence of its paragraph): "on
Wednesday", "yesterday", "in February 2022", "at the time" ... resolved against the publication
date when one is known, never guessed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import ClassVar, Final, Literal

from . import printed_dates as pd
from .records import UNKNOWN_DATE, PartialDate, Precision
from .text import Page

_LABELLED: Final = re.compile(r"\b(?:published|posted|updated|modified|last updated)\b", re.IGNORECASE)
_MODIFIED: Final = re.compile(r"\b(?:updated|modified)\b", re.IGNORECASE)
_URL_DATE: Final = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d|[a-z]{3,9})[/-](?P<d>[0-3]?\d)(?!\d)"
    r"|/(?P<y2>(?:19|20)\d\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?=[/_.-])",
    re.IGNORECASE,
)
STAMP_SLACK: Final = timedelta(days=10)  # how far a site stamp may run ahead of the article's latest dated event


def publication_date(page: Page) -> tuple[PartialDate, str | None]:
    """The article's date as the page prints it, with its source ("dateline", "url"), or unknown."""
    stamped = _from_lines(page.date_lines)
    if stamped:
        return PartialDate(stamped, Precision.DAY), "dateline"
    if page.url and (m := _URL_DATE.search(page.url)):
        value = _url_date(m)
        if value:
            return PartialDate(value, Precision.DAY), "url"
    above = _from_lines(page.stamps_above_title)
    if above and (_labelled(page.stamps_above_title) or _consistent_with_events(above, page.body)):
        return PartialDate(above, Precision.DAY), "dateline"
    return UNKNOWN_DATE, None


def _labelled(lines: list[str]) -> bool:
    return any(_LABELLED.search(line) for line in lines)


def _from_lines(lines: list[str]) -> date | None:
    """The date of the first "Published" stamp, else of the first stamp that is not a modification date."""
    ranked = sorted(lines, key=lambda line: (not _LABELLED.search(line) or bool(_MODIFIED.search(line)), 0))
    for line in ranked:
        found = pd.full_dates(line)
        if found:
            return found[0].value
    return None


def _consistent_with_events(stamp: date, body: str) -> bool:
    """A site's date stamp is kept only when no dated event in the text lies well before it, and none after."""
    events = [f.value for f in pd.full_dates(body)]
    if not events:
        return True
    latest = max(events)
    return stamp - STAMP_SLACK <= latest <= stamp + timedelta(days=1) or latest > stamp


def _url_date(m: re.Match[str]) -> date | None:
    y, mo, d = (
        (m.group("y"), m.group("m"), m.group("d")) if m.group("y") else (m.group("y2"), m.group("m2"), m.group("d2"))
    )
    month = int(mo) if mo.isdigit() else pd.MONTHS.get(mo.lower())
    if not month:
        return None
    try:
        return date(int(y), month, int(d))
    except ValueError:
        return None


# --- said on -----------------------------------------------------------------------------------------

_SENTENCE_END: Final = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z])|\n")
_RELATIVE: Final = re.compile(
    r"\b(?P<rel>yesterday|today|tonight|this morning|this afternoon|this evening|earlier today|last night"
    r"|earlier this (?:week|month|year)|this (?:week|month|year)|last (?:week|month|year)"
    r"|at the time|at that time)\b"
    r"|\b(?:(?P<last>last|on|this past|earlier on)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b"
    r"|\bin\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_SPEECH: Final = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|remarked|wrote|writes|posted|tweeted"
    r"|announced|announces|declared|stressed|insisted|explained|argued|warned|replied|responded|asked|recalled"
    r"|according to|speaking|interview|statement|briefing|press conference|remarks?|commented|confirmed)\b",
    re.IGNORECASE,
)
_SPEECH_REACH: Final = 40  # characters between a date expression and the speech word it dates
_CLOSING: Final = "\"'”’»"
_EVENT_BEFORE: Final = re.compile(
    r"\b(?:to|until|till|for|by|before|after|since|from|next|through|ahead of|due|scheduled|set"
    r"|postponed)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
_EVENT_BEFORE_LOW: Final = pd.lower_pattern(_EVENT_BEFORE)  # the same on pd.lowered text, faster


# The same on lower-cased text, without re.IGNORECASE (much faster); their matches read the same. Their words
# factored by common prefixes (faster still): no two of a pattern's words match at one place (a word boundary
# follows each), so the order of the words does not change a match.
_SPEECH_GROUP: Final = re.search(r"\(\?:(.*)\)\\b", pd.lower_pattern(_SPEECH).pattern)
assert _SPEECH_GROUP is not None
_SPEECH_WORDS: Final = _SPEECH_GROUP.group(1)
_SPEECH_LOW: Final = re.compile(
    r"\b(?:" + pd.trie(_SPEECH_WORDS.replace("remarks?", "remark|remarks").split("|")) + r")\b"
)
# The same after the character before the word (never a-z, as \b needs): re skips fast to such characters.
_SPEECH_AFTER: Final = re.compile(r"[^a-z]" + _SPEECH_LOW.pattern)
_RELATIVE_LOW: Final = re.compile(
    r"\b(?:(?P<rel>yesterday|to(?:day|night)|this (?:morning|afternoon|evening|week|month|year)"
    r"|earlier t(?:oday|his (?:week|month|year))|last (?:night|week|month|year)|at th(?:e|at) time)\b"
    r"|(?:(?P<last>last|on|this past|earlier on)\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b"
    r"|in\s+(?P<year>(?:19|20)\d\d)\b)"
)  # pd.lower_pattern(_RELATIVE), factored
_SENTENCE_STOP: Final = re.compile(r"[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z])")  # _SENTENCE_END's first branch, after its mark
_MARK: Final = re.compile(r"[.!?]")
_STOP_CLOSING: Final = "\"'”’)"  # the closing marks _SENTENCE_STOP reads
# A month name by a number (one space apart), as MONTH_DAY and MONTH_YEAR need.
_MONTH_NUMBER: Final = re.compile(
    r"(?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]\d"
    r"|\d(?:st|nd|rd|th)?[ \u00a0](?:Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec)"
)
_HEAD_REACH: Final = 3000  # a paragraph head longer than this is not one: its start is not searched for the attribution
_DateMatch = pd.Found | re.Match[str]  # a date expression's match: a pd.Found for kind "full"


class _Paragraph:
    """A paragraph's head as said_on reads it: where the stretch read ends (an offset into the body), its date
    expressions with their end and event flag, and its text lowered (offsets from the paragraph's start)."""

    __slots__ = ("read_end", "expressions", "low")

    def __init__(
        self, read_end: int, expressions: list[tuple[int, str, _DateMatch, int, re.Match[str] | None]], low: str
    ):
        self.read_end = read_end
        self.expressions = expressions
        self.low = low


_WindowsState = tuple[
    str | None, dict[tuple[int, int], list[tuple[int, str, _DateMatch, int]]], dict[int, _Paragraph], list[bytes | None]
]


class _Windows:
    """The dated expressions of one body, read once whatever number of quotes: per paragraph (its first
    _HEAD_REACH characters), else per stretch; and where it may hold some (_words_of). One body at a time (the last
    one asked about)."""

    # body, stretches, paragraphs, its words (_words_of): replaced at once
    state: ClassVar[_WindowsState] = (None, {}, {}, [])

    @classmethod
    def _of(cls, body: str) -> _WindowsState:
        state = cls.state
        if state[0] is not body:
            state = cls.state = (body, {}, {}, [])
        return state

    @classmethod
    def words(cls, body: str) -> bytes | None:
        """_words_of(body), read once."""
        known = cls._of(body)[3]
        if not known:
            known.append(_words_of(body))
        return known[0]

    @classmethod
    def get(cls, body: str, start: int, stop: int) -> list[tuple[int, str, _DateMatch, int]]:
        items = cls._of(body)[1]
        key = (start, stop)
        found = items.get(key)
        if found is None:
            found = items[key] = _dated_items(body[start:stop])
        return found

    @classmethod
    def paragraph(cls, body: str, para_start: int) -> _Paragraph:
        """The paragraph at para_start, read to its end or _HEAD_REACH + 100 characters on."""
        paragraphs = cls._of(body)[2]
        found = paragraphs.get(para_start)
        if found is None:
            stop = body.find("\n", para_start, para_start + _HEAD_REACH + 100)
            stop = stop if stop >= 0 else min(len(body), para_start + _HEAD_REACH + 100)
            text = body[para_start:stop]
            low = pd.lowered(text)
            expressions = [
                (
                    at,
                    kind,
                    m,
                    m.end if isinstance(m, pd.Found) else m.end(),
                    _EVENT_BEFORE_LOW.search(low, max(0, at - 20), at),
                )
                for at, kind, m in _date_expressions(text, low)
            ]
            whole = stop == len(body) or body[stop] == "\n"
            found = paragraphs[para_start] = _Paragraph(stop if whole else stop - 100, expressions, low)
        return found


def said_on(body: str, offset: int, published: PartialDate, end: int | None = None) -> PartialDate:
    """When the quote at body[offset:end] was said, from the words around it; unknown if they do not say.

    A sentence begins after a full stop (its closing marks and spaces) or a line break and ends before one:
    no date expression or speech word runs over such a border, so the ones of the paragraph (read once)
    that lie between them are the ones of the sentence. Other stretches are read apart.
    """
    end = end if end is not None else offset
    if _without_dates(body, offset, end, published):
        return UNKNOWN_DATE
    start, stop, clean_start, clean_stop = _sentence_stop(body, offset, end)
    para_start = body.rfind("\n", max(0, start - _HEAD_REACH), offset) + 1
    giant = para_start == 0 and start > _HEAD_REACH
    para_start = min(para_start, start)
    para = None if giant else _Windows.paragraph(body, para_start)
    if para is not None and (clean_start or start == para_start) and clean_stop and stop <= para.read_end:
        found = _date_between(body, para_start, para, start, stop, published, skip=(offset, end))
    else:
        found = _date_near_speech(body, start, stop, published, skip=(offset, end))
    if found is not None:
        return found
    if giant:
        return UNKNOWN_DATE  # a giant paragraph: its opening sentence is no attribution of this quote
    assert para is not None
    if para_start < start:  # a later sentence of the paragraph: the attribution may be earlier on
        if clean_start and start <= para.read_end:
            found = _date_between(body, para_start, para, para_start, start, published)
        else:
            found = _date_near_speech(body, para_start, start, published)
        if found is not None:
            return found
    return UNKNOWN_DATE


_DATE_WORDS: Final = (
    b"day",
    b"this ",
    b"last ",
    b"time",
    b"tonight",
)  # each date expression holds a digit or one of these
# ... and each that gives a date when the publication date is unknown (with no day, month or year, a weekday, "today",
# "this year" ... give none): "at the time" / "at that time"
_UNDATED_WORDS: Final = (b"time",)
_DIGITS_MARKED: Final = bytes.maketrans(b"0123456789", b"##########")
_ASCII_LOWERED: Final = (
    "\u0130\u0131\u017f\u212a"  # the letters pd.lowered makes ASCII ones: "İ", "ı", "ſ", Kelvin's "K"
)


def _words_of(body: str) -> bytes | None:
    """body as pd.lowered reads it, one byte a character: "?" for a character that is not ASCII, "#" for a digit
    (bytes.find on it: many times faster than lowering the text). None when a character that is not ASCII may be a
    digit or a letter pd.lowered makes an ASCII one."""
    data = body.encode("ascii", "replace")
    if not body.isascii():
        at = data.find(b"?")
        while at >= 0:
            c = body[at]
            if c.isdecimal() or c in _ASCII_LOWERED:
                return None
            at = data.find(b"?", at + 1)
    return data.lower().translate(_DIGITS_MARKED)


def _without_dates(body: str, offset: int, end: int, published: PartialDate) -> bool:
    """Whether no stretch said_on reads for the quote at body[offset:end] may hold a date expression that gives a
    date: they all lie between the line break before offset (3,600 characters back at most) and the one after the
    quotation, and there is no digit there, nor any of the words such an expression holds (none runs over a line
    break)."""
    words = _Windows.words(body)
    if words is None or not 0 <= offset <= len(words):
        return False
    tail = max(offset, end)
    stop = words.find(b"\n", tail, tail + 2000)
    if stop < 0:
        if len(words) > tail + 2000:
            return False
        stop = len(words)
    start = max(0, offset - 3600, words.rfind(b"\n", 0, offset) + 1)
    if words.find(b"#", start, stop) >= 0:
        return False
    needed = _DATE_WORDS if published.value is not None and published.precision != Precision.UNKNOWN else _UNDATED_WORDS
    return all(words.find(word, start, stop) < 0 for word in needed)


def _date_between(
    body: str,
    para_start: int,
    para: _Paragraph,
    start: int,
    stop: int,
    published: PartialDate,
    skip: tuple[int, int] = (0, 0),
) -> PartialDate | None:
    """_date_near_speech(body, start, stop, published, skip) from the paragraph's expressions and speech words."""
    lo, hi = start - para_start, stop - para_start
    candidates = []
    for at, kind, m, end, event in para.expressions:
        if at < lo:
            continue
        if end > hi:
            if at >= hi:
                break
            continue
        if event or skip[0] <= para_start + at < skip[1]:
            continue  # an event's date, or words inside the quotation itself
        candidates.append((at, kind, m, end))
    if not candidates:
        return None
    low = para.low
    best, best_gap = None, None
    for at, kind, m, end in candidates:
        gap = _speech_gap(low, lo, hi, at, end)
        if gap is None:
            if at - lo > 3 or not _SPEECH_LOW.search(low, lo, hi):
                continue
            gap = _SPEECH_REACH
        if best_gap is None or gap < best_gap:
            best, best_gap = (at, kind, m), gap
    if best is None:
        return None
    return _resolve(best[1], best[2], body, para_start + best[0], published)


_LONGEST_SPEECH: Final = len("press conference")


def _speech_gap(low: str, lo: int, hi: int, at: int, end: int) -> int | None:
    """The distance from the date expression low[at:end] to the nearest speech word of low[lo:hi], if _SPEECH_REACH
    at most (no speech word runs over lo or hi). The words near it are those _SPEECH_LOW.finditer(low) finds there: a
    scan from a word's start or a non-letter finds the same ones (no speech word begins inside another), and a
    match is what it would be if the scan reads no further than its last character and the one after it."""
    reach = _SPEECH_REACH + _LONGEST_SPEECH  # the farthest a speech word in reach may start
    gap = None
    for w in _SPEECH_LOW.finditer(low, max(lo, at - reach), min(len(low), at + _LONGEST_SPEECH + 1)):
        if w.end() > at:
            break
        gap = at - w.end()
    after = _SPEECH_LOW.search(low, end, min(len(low), end + reach + 1))
    if after and after.end() <= hi and after.start() - end < (gap if gap is not None else _SPEECH_REACH + 1):
        gap = after.start() - end
    return gap if gap is not None and gap <= _SPEECH_REACH else None


def _sentence_stop(body: str, start: int, end: int) -> tuple[int, int, bool, bool]:
    """The sentence(s) around body[start:end], quotation and its attribution included; whether it begins right
    after a full stop (and its closing marks and spaces), and whether it ends at a full stop or a line break."""
    lo = max(0, start - 600)
    # the end of the last _SENTENCE_END match in body[lo:start]: the later of its last line break and last full
    # stop (the last mark a _SENTENCE_STOP match follows, which may run past the last line break)
    line_break = body.rfind("\n", lo, start)
    begin = line_break + 1 if line_break >= 0 else lo
    stopped = False
    k = _last_mark(body, begin, start)
    while k >= 0:  # the marks of the line, last first
        if m := _SENTENCE_STOP.match(body, k + 1, start):
            begin, stopped = m.end(), True
            break
        k = _last_mark(body, begin, k)
    if not stopped and line_break > lo:
        # a match after an earlier mark ends before the line break unless that mark is the last one before it,
        # with nothing but closing marks and spaces between
        before = body[lo:line_break].rstrip().rstrip(_STOP_CLOSING)
        m = _SENTENCE_STOP.match(body, lo + len(before), start) if before[-1:] in (".", "!", "?") else None
        if m and m.end() >= begin:
            begin, stopped = m.end(), True
    tail_from = max(end, start)
    while tail_from < len(body) and body[tail_from] in _CLOSING:
        tail_from += 1  # “…?” Peskov said: the attribution after the closing mark belongs to the quote
    while tail_from < len(body) and body[tail_from] == " ":
        tail_from += 1
    at = _sentence_end(body, tail_from, min(len(body), tail_from + 600))
    stop = at if at >= 0 else min(len(body), tail_from + 600)
    return begin, stop, stopped, at >= 0 or stop == len(body)


def _last_mark(body: str, lo: int, hi: int) -> int:
    """The offset of the last full stop, "!" or "?" of body[lo:hi], or -1."""
    return max(body.rfind(".", lo, hi), body.rfind("!", lo, hi), body.rfind("?", lo, hi))


def _sentence_end(body: str, pos: int, endpos: int) -> int:
    """Where _SENTENCE_END.search(body, pos, endpos) matches, or -1: tried only right after a full stop
    (its first branch), else at the first line break (its second)."""
    nl = body.find("\n", pos, endpos)
    limit = endpos if nl < 0 else nl  # a match starting at the line break starts there whichever branch
    for k in _MARK.finditer(body, max(0, pos - 1), limit - 1):
        if _SENTENCE_STOP.match(body, k.end(), endpos):
            return k.end()
    return nl


def _date_near_speech(
    body: str, start: int, stop: int, published: PartialDate, skip: tuple[int, int] = (0, 0)
) -> PartialDate | None:
    """The date expression of [start, stop) that dates its speech word, resolved; None when there is none.

    A date right before or after "said" dates it ("said on Wednesday", "On Sunday, X said"); so does one
    opening the sentence ("In February 2022, ..., Peskov stated"). A date after "to", "until", "before" ...
    is an event's date, not the speech's.
    """
    best, best_gap = None, None
    for at, kind, m, gap in _Windows.get(body, start, stop):
        if skip[0] <= start + at < skip[1]:
            continue  # words inside the quotation itself
        if best_gap is None or gap < best_gap:
            best, best_gap = (at, kind, m), gap
    if best is None:
        return None
    return _resolve(best[1], best[2], body, start + best[0], published)


def _dated_items(text: str) -> list[tuple[int, str, _DateMatch, int]]:
    """(offset, kind, match, gap to the speech word) of each date expression of text that may date its speech."""
    low = pd.lowered(text)
    expressions = _date_expressions(text, low)
    if not expressions:
        return []
    speech = _speech_words(low)
    items = []
    for at, kind, m in expressions:
        end = m.end if isinstance(m, pd.Found) else m.end()
        if _EVENT_BEFORE_LOW.search(low, max(0, at - 20), at):
            continue  # an event's date
        gaps = [at - e for s, e in speech if at >= e] + [s - end for s, e in speech if s >= end]
        gap = min(gaps, default=None)
        if gap is None or gap > _SPEECH_REACH:
            if at > 3 or not speech:
                continue
            gap = _SPEECH_REACH
        items.append((at, kind, m, gap))
    return items


def _speech_words(low: str) -> list[tuple[int, int]]:
    """(start, end) of each match of _SPEECH_LOW.finditer(low)."""
    first = _SPEECH_LOW.match(low)
    words = [(first.start(), first.end())] if first else []
    words += [(m.start() + 1, m.end()) for m in _SPEECH_AFTER.finditer(low, first.end() if first else 0)]
    return words


def _date_expressions(text: str, low: str | None = None) -> list[tuple[int, str, _DateMatch]]:
    """(offset, kind, match) for each date expression in text. low: pd.lowered(text), if known."""
    spans: list[tuple[int, str, _DateMatch]] = []
    years = "20" in text or "19" in text or "18" in text  # every year a date pattern reads starts so
    starts = pd.number_starts(text)  # where the patterns of dates with a number may match
    digits = bool(starts)
    low = pd.lowered(text) if low is None else low
    # every _RELATIVE phrase but "in 2019" holds one of these
    relative = years or "day" in low or "this " in low or "last " in low or "time" in low or "tonight" in low
    if not (digits or relative):
        return spans
    full = pd.full_dates(text, low, starts) if years else []
    for f in full:
        spans.append((f.start, "full", f))
    covered = [(f.start, f.end) for f in full]

    months = digits  # each MONTH_DAY and MONTH_YEAR match holds a _MONTH_NUMBER one: tried at the numbers only
    for m in pd.matches_at(pd.MONTH_YEAR, text, starts) if years and months else ():
        if _free(covered, m.start(), m.end()):
            spans.append((m.start(), "month_year", m))
            covered.append((m.start(), m.end()))
    for m in pd.matches_at(pd.MONTH_DAY, text, starts) if months else ():
        if _free(covered, m.start(), m.end()):
            spans.append((m.start(), "month_day", m))
    for m in pd.matches_at(_RELATIVE_LOW, low, _relative_starts(low, starts)) if relative else ():
        if _free(covered, m.start(), m.end()):
            spans.append((m.start(), "relative", m))
    return sorted(spans, key=lambda s: s[0])


def _free(covered: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether text[a:b] overlaps none of the covered spans."""
    return all(b <= s or a >= e for s, e in covered)


# The words _RELATIVE_LOW reads that end in "day", by how far before "day" they begin: what they begin with.
_DAY_WORDS: Final = (
    (2, ("to",)), (3, ("mon", "fri", "sun")), (4, ("tues",)), (5, ("thurs", "satur")), (6, ("wednes", "yester")),
)  # fmt: skip


def _relative_starts(low: str, numbers: list[int]) -> list[int]:
    """Every place where _RELATIVE_LOW may match in low (ascending): at its words ("this", "last", "earlier",
    "tonight", "at the/that"), where a weekday, "today" or "yesterday" begins (and "on" before a weekday), and
    at "in" before a year. numbers: pd.number_starts(low)."""
    out = []
    for word in ("this", "last", "earlier", "tonight", "at th"):
        i = low.find(word)
        while i >= 0:
            out.append(i)
            i = low.find(word, i + 1)
    i = low.find("day")
    while i >= 0:
        for back, heads in _DAY_WORDS:
            w = i - back
            if w >= 0 and low.startswith(heads, w):
                out.append(w)
                k = w
                while k > 0 and low[k - 1].isspace():
                    k -= 1
                if k < w and low.startswith("on", k - 2) and k >= 2:
                    out.append(k - 2)
        i = low.find("day", i + 1)
    for r in numbers:
        if low.startswith(("19", "20"), r):
            k = r
            while k > 0 and low[k - 1].isspace():
                k -= 1
            if k < r and k >= 2 and low.startswith("in", k - 2):
                out.append(k - 2)
    return sorted(set(out))


def _resolve(kind: str, m: _DateMatch, body: str, at: int, published: PartialDate) -> PartialDate | None:
    if isinstance(m, pd.Found):
        return PartialDate(m.value, Precision.DAY)
    if kind == "month_year":
        return PartialDate(date(int(m.group("year")), pd._month(m.group("mon")), 1), Precision.MONTH)
    published_day = published.value if published.precision == Precision.DAY else None
    day_known = published_day is not None
    if kind == "month_day":
        if published_day is None:
            return None
        month = pd._month(m.group("mon") or m.group("mon2"))
        day = int(m.group("day") or m.group("day2"))
        for year in (published_day.year, published_day.year - 1):
            try:
                value = date(year, month, day)
            except ValueError:
                return None
            if value <= published_day:
                return PartialDate(value, Precision.DAY)
        return None
    if m.group("year"):
        return PartialDate(date(int(m.group("year")), 1, 1), Precision.YEAR)
    rel = (m.group("rel") or "").lower()
    if rel in ("at the time", "at that time"):
        return _previous_dated(body, at, published)
    if m.group("wd"):
        if published_day is None:
            return None
        strictly = (m.group("last") or "").lower() == "last"
        value = pd.most_recent_weekday(pd.WEEKDAYS[m.group("wd").lower()], published_day, strictly=strictly)
        return PartialDate(value, Precision.DAY)
    return _relative(rel, published, day_known)


def _relative(rel: str, published: PartialDate, day_known: bool) -> PartialDate | None:
    p = published.value
    if p is None or published.precision == Precision.UNKNOWN:
        return None
    if rel in ("today", "tonight", "this morning", "this afternoon", "this evening", "earlier today"):
        return PartialDate(p, Precision.DAY) if day_known else None
    if rel in ("yesterday", "last night"):
        return PartialDate(p - timedelta(days=1), Precision.DAY) if day_known else None
    if rel in ("this month", "earlier this month") and published.precision in (Precision.DAY, Precision.MONTH):
        return PartialDate(p.replace(day=1), Precision.MONTH)
    if rel == "last month" and published.precision in (Precision.DAY, Precision.MONTH):
        prev = p.replace(day=1) - timedelta(days=1)
        return PartialDate(prev.replace(day=1), Precision.MONTH)
    if rel in ("this year", "earlier this year"):
        return PartialDate(p.replace(month=1, day=1), Precision.YEAR)
    if rel == "last year":
        return PartialDate(date(p.year - 1, 1, 1), Precision.YEAR)
    return None  # "last week", "this week": no honest day, month or year to give when a week straddles two


def _previous_dated(body: str, at: int, published: PartialDate) -> PartialDate | None:
    """ "At the time": the date of the nearest dated statement before this point (unknown if it cannot be resolved)."""
    lo = max(0, at - 2000)
    para_start = body.rfind("\n", lo, at) + 1
    if para_start > lo:
        # The expressions of body[lo:at] from the paragraph's start on are those of body[para_start:at], unless one
        # runs over the line break before it (a word, then spaces: "last\nMonday", "in\n2019").
        before = body[lo:para_start].rstrip()
        if not before or not before[-1].isalnum():
            found = _last_dated(body, lo, para_start, _head_expressions(body, para_start, at), published)
            if found is not False:
                return found
    found = _last_dated(body, lo, lo, _date_expressions(body[lo:at]), published)
    return None if found is False else found


def _head_expressions(body: str, para_start: int, at: int) -> list[tuple[int, str, _DateMatch]]:
    """_date_expressions(body[para_start:at]), for a point where a word starts ("at the time"): when the paragraph was
    read whole and a character that is no word's comes before the point, the expressions of the paragraph that end
    there at the latest. (They read no further, but for a word boundary after "Jan.": the match is then "Jan", the
    same date.)"""
    para = _Windows.paragraph(body, para_start)
    whole = para.read_end == len(body) or body[para.read_end] == "\n"
    if whole and para_start < at <= para.read_end and not (body[at - 1].isalnum() or body[at - 1] == "_"):
        return [(x, kind, m) for x, kind, m, end, _ in para.expressions if end <= at - para_start]
    return _date_expressions(body[para_start:at])


def _last_dated(
    body: str, lo: int, start: int, expressions: list[tuple[int, str, _DateMatch]], published: PartialDate
) -> PartialDate | None | Literal[False]:
    """The resolved date of the last of the expressions (offsets from start) that may date a statement (events
    looked for from lo on); False when there is none."""
    for kind_at, kind, m in reversed(expressions):
        if (
            kind == "relative"
            and isinstance(m, re.Match)
            and (m.group("rel") or "").lower() in ("at the time", "at that time")
        ):
            continue
        if _EVENT_BEFORE.search(body, max(lo, start + kind_at - 20), start + kind_at):
            continue
        return _resolve(kind, m, body, start + kind_at, published)
    return False
