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

from . import printed_dates as pd
from .records import UNKNOWN_DATE, PartialDate, Precision
from .text import Page

_LABELLED = re.compile(r"\b(?:published|posted|updated|modified|last updated)\b", re.IGNORECASE)
_MODIFIED = re.compile(r"\b(?:updated|modified)\b", re.IGNORECASE)
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d|[a-z]{3,9})[/-](?P<d>[0-3]?\d)(?!\d)"
    r"|/(?P<y2>(?:19|20)\d\d)(?P<m2>[01]\d)(?P<d2>[0-3]\d)(?=[/_.-])",
    re.IGNORECASE,
)
STAMP_SLACK = timedelta(days=10)  # how far a site stamp may run ahead of the article's latest dated event


def publication_date(page: Page) -> tuple[PartialDate, str | None]:
    """The article's date as the page prints it, with its source ("dateline", "url"), or unknown."""
    stamped = _from_lines(page.date_lines)
    if stamped:
        return stamped, "dateline"
    if page.url and (m := _URL_DATE.search(page.url)):
        value = _url_date(m)
        if value:
            return PartialDate(value, Precision.DAY), "url"
    above = _from_lines(page.stamps_above_title)
    if above and (_labelled(page.stamps_above_title) or _consistent_with_events(above.value, page.body)):
        return above, "dateline"
    return UNKNOWN_DATE, None


def _labelled(lines: list[str]) -> bool:
    return any(_LABELLED.search(line) for line in lines)


def _from_lines(lines: list[str]) -> PartialDate | None:
    """The first "Published" stamp, else the first stamp that is not a modification date."""
    ranked = sorted(lines, key=lambda line: (not _LABELLED.search(line) or bool(_MODIFIED.search(line)), 0))
    for line in ranked:
        found = pd.full_dates(line)
        if found:
            return PartialDate(found[0].value, Precision.DAY)
    return None


def _consistent_with_events(stamp: date, body: str) -> bool:
    """A site's date stamp is kept only when no dated event in the text lies well before it, and none after."""
    events = [f.value for f in pd.full_dates(body)]
    if not events:
        return True
    latest = max(events)
    return stamp - STAMP_SLACK <= latest <= stamp + timedelta(days=1) or latest > stamp


def _url_date(m: re.Match) -> date | None:
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

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z])|\n")
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|tonight|this morning|this afternoon|this evening|earlier today|last night"
    r"|earlier this (?:week|month|year)|this (?:week|month|year)|last (?:week|month|year)"
    r"|at the time|at that time)\b"
    r"|\b(?:(?P<last>last|on|this past|earlier on)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)\b"
    r"|\bin\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states|added|adds|noted|notes|remarked|wrote|writes|posted|tweeted"
    r"|announced|announces|declared|stressed|insisted|explained|argued|warned|replied|responded|asked|recalled"
    r"|according to|speaking|interview|statement|briefing|press conference|remarks?|commented|confirmed)\b",
    re.IGNORECASE,
)
_SPEECH_REACH = 40  # characters between a date expression and the speech word it dates
_CLOSING = "\"'”’»"
_EVENT_BEFORE = re.compile(
    r"\b(?:to|until|till|for|by|before|after|since|from|next|through|ahead of|due|scheduled|set"
    r"|postponed)\s+(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)


def said_on(body: str, offset: int, published: PartialDate, end: int | None = None) -> PartialDate:
    """When the quote at body[offset:end] was said, from the words around it; unknown if they do not say."""
    end = end if end is not None else offset
    start, stop = _sentence(body, offset, end)
    found = _date_near_speech(body, start, stop, published, skip=(offset, end))
    if found is not None:
        return found
    para_start = body.rfind("\n", 0, offset) + 1
    if para_start < start:  # a later sentence of the paragraph: the attribution may be earlier on
        found = _date_near_speech(body, para_start, start, published)
        if found is not None:
            return found
    return UNKNOWN_DATE


def _sentence(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) around body[start:end], quotation and its attribution included."""
    lo = max(0, start - 600)
    head = body[lo:start]
    begin = lo
    for m in _SENTENCE_END.finditer(head):
        begin = lo + m.end()
    tail_from = max(end, start)
    while tail_from < len(body) and body[tail_from] in _CLOSING:
        tail_from += 1  # “…?” Peskov said: the attribution after the closing mark belongs to the quote
    while tail_from < len(body) and body[tail_from] == " ":
        tail_from += 1
    m = _SENTENCE_END.search(body, tail_from, min(len(body), tail_from + 600))
    return begin, (m.start() if m else min(len(body), tail_from + 600))


def _date_near_speech(
    body: str, start: int, stop: int, published: PartialDate, skip: tuple[int, int] = (0, 0)
) -> PartialDate | None:
    """The date expression of [start, stop) that dates its speech word, resolved; None when there is none.

    A date right before or after "said" dates it ("said on Wednesday", "On Sunday, X said"); so does one
    opening the sentence ("In February 2022, ..., Peskov stated"). A date after "to", "until", "before" ...
    is an event's date, not the speech's.
    """
    text = body[start:stop]
    speech = [(m.start(), m.end()) for m in _SPEECH.finditer(text)]
    best, best_gap = None, None
    for at, kind, m in _date_expressions(text):
        end = m.end if kind == "full" else m.end()
        if _EVENT_BEFORE.search(text, max(0, at - 20), at) or skip[0] <= start + at < skip[1]:
            continue  # an event's date, or words inside the quotation itself
        gaps = [at - e for s, e in speech if at >= e] + [s - end for s, e in speech if s >= end]
        gap = min(gaps, default=None)
        if gap is None or gap > _SPEECH_REACH:
            if at > 3 or not speech:
                continue
            gap = _SPEECH_REACH
        if best_gap is None or gap < best_gap:
            best, best_gap = (at, kind, m), gap
    if best is None:
        return None
    return _resolve(best[1], best[2], body, start + best[0], published)


def _date_expressions(text: str):
    """(offset, kind, match) for each date expression in text."""
    spans = []
    for f in pd.full_dates(text):
        spans.append((f.start, "full", f))
    covered = [(f[2].start, f[2].end) for f in spans]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in covered)

    for m in pd.MONTH_YEAR.finditer(text):
        if free(m.start(), m.end()):
            spans.append((m.start(), "month_year", m))
            covered.append((m.start(), m.end()))
    for m in pd.MONTH_DAY.finditer(text):
        if free(m.start(), m.end()):
            spans.append((m.start(), "month_day", m))
    for m in _RELATIVE.finditer(text):
        if free(m.start(), m.end()):
            spans.append((m.start(), "relative", m))
    return sorted(spans, key=lambda s: s[0])


def _resolve(kind: str, m, body: str, at: int, published: PartialDate) -> PartialDate | None:
    if kind == "full":
        return PartialDate(m.value, Precision.DAY)
    if kind == "month_year":
        return PartialDate(date(int(m.group("year")), pd._month(m.group("mon")), 1), Precision.MONTH)
    day_known = published.value is not None and published.precision == Precision.DAY
    if kind == "month_day":
        if not day_known:
            return None
        month = pd._month(m.group("mon") or m.group("mon2"))
        day = int(m.group("day") or m.group("day2"))
        for year in (published.value.year, published.value.year - 1):
            try:
                value = date(year, month, day)
            except ValueError:
                return None
            if value <= published.value:
                return PartialDate(value, Precision.DAY)
        return None
    if m.group("year"):
        return PartialDate(date(int(m.group("year")), 1, 1), Precision.YEAR)
    rel = (m.group("rel") or "").lower()
    if rel in ("at the time", "at that time"):
        return _previous_dated(body, at, published)
    if m.group("wd"):
        if not day_known:
            return None
        strictly = (m.group("last") or "").lower() == "last"
        value = pd.most_recent_weekday(pd.WEEKDAYS[m.group("wd").lower()], published.value, strictly=strictly)
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
    for kind_at, kind, m in reversed(_date_expressions(body[lo:at])):
        if kind == "relative" and (m.group("rel") or "").lower() in ("at the time", "at that time"):
            continue
        if _EVENT_BEFORE.search(body, max(lo, lo + kind_at - 20), lo + kind_at):
            continue
        return _resolve(kind, m, body, lo + kind_at, published)
    return None
