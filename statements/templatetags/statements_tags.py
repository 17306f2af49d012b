"""Presentation helpers: dates with their precision, search highlights, quotes marked in their text.

Everything an article said is escaped here before any <mark> is added: nothing from an article is
ever marked safe as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from statements.querysets import MARK_START, MARK_STOP

register = template.Library()

CONTEXT_CHARS = 700
_MARKED = re.compile(re.escape(MARK_START) + "(.*?)" + re.escape(MARK_STOP), re.DOTALL)


@register.filter
def partial_date(value: date | None, precision: str = "day") -> str:
    """A date only as precise as it is known: "9 February 2022", "February 2022", "2022"."""
    if not value:
        return ""
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return f"{value:%B %Y}"
    return f"{value.day} {value:%B %Y}"


@register.filter
def said_when(quote) -> str:
    """ "on 9 February 2022", "in February 2022", "in 2022", or "" when the article does not say."""
    if not quote.said_on:
        return ""
    text = partial_date(quote.said_on, quote.said_on_precision)
    return f"on {text}" if quote.said_on_precision in ("day", "unknown") else f"in {text}"


@register.filter
def marked(headline: str | None) -> SafeString:
    """A search headline escaped, then its marker pairs turned into <mark> (stray markers dropped)."""
    escaped = escape(headline or "")
    html = _MARKED.sub(lambda m: f"<mark>{m.group(1)}</mark>", escaped)
    return mark_safe(html.replace(MARK_START, "").replace(MARK_STOP, ""))  # noqa: S308 - escaped above


@dataclass
class Passage:
    before: str
    text: str
    after: str
    anchored: bool


def passage(body: str, start: int, end: int, text: str) -> Passage:
    """The paragraph around body[start:end] (trimmed to CONTEXT_CHARS each side); the quote text alone if
    the offsets do not point at it."""
    if not (0 <= start < end <= len(body)) or body[start:end] != text:
        return Passage("", text, "", anchored=False)
    para_start = body.rfind("\n", 0, start) + 1
    para_end = body.find("\n", end)
    para_end = len(body) if para_end < 0 else para_end
    before, after = body[para_start:start], body[end:para_end]
    if len(before) > CONTEXT_CHARS:
        before = "…" + before[-CONTEXT_CHARS:].split(" ", 1)[-1]
    if len(after) > CONTEXT_CHARS:
        after = after[:CONTEXT_CHARS].rsplit(" ", 1)[0] + "…"
    return Passage(before, body[start:end], after, anchored=True)


@register.simple_tag
def quote_passage(quote) -> Passage:
    return passage(quote.article.body, quote.start, quote.end, quote.text)


@dataclass
class Segment:
    text: str
    quote: object | None = None


def paragraphs(body: str, quotes: list) -> list[list[Segment]]:
    """The body cut into paragraphs of segments; a segment that is a quote carries it.

    Quotes whose offsets do not match their text, or that overlap an earlier quote, are left unmarked.
    """
    spans = []
    last_end = 0
    for quote in sorted(quotes, key=lambda q: (q.start, q.end)):
        inside = quote.start >= last_end and 0 <= quote.start < quote.end <= len(body)
        if inside and body[quote.start : quote.end] == quote.text:
            spans.append(quote)
            last_end = quote.end
    segments: list[Segment] = []
    cursor = 0
    for quote in spans:
        if quote.start > cursor:
            segments.append(Segment(body[cursor : quote.start]))
        segments.append(Segment(body[quote.start : quote.end], quote))
        cursor = quote.end
    if cursor < len(body):
        segments.append(Segment(body[cursor:]))
    result: list[list[Segment]] = [[]]
    for segment in segments:
        pieces = segment.text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                result.append([])
            if piece:
                result[-1].append(Segment(piece, segment.quote))
    return [para for para in result if any(s.text.strip() for s in para)]


@register.simple_tag
def article_paragraphs(article, quotes) -> list[list[Segment]]:
    return paragraphs(article.body, quotes)


def _prefetched(obj, name: str) -> bool:
    return name in getattr(obj, "_prefetched_objects_cache", {})


@register.filter
def meeting_title(meeting) -> str:
    """ "Summit: Vladimir Putin – Joe Biden" when the participants were fetched, else "Summit #3"."""
    if meeting is None:
        return ""
    kind = meeting.get_kind_display().capitalize()
    if _prefetched(meeting, "participants"):
        names = " – ".join(p.name for p in meeting.participants.all())
        if names:
            return f"{kind}: {names}"
    where = f" in {meeting.venue}" if meeting.venue else ""
    return f"{kind}{where} (#{meeting.pk})"


@register.simple_tag(takes_context=True)
def citation(context, quote) -> str:
    """A line to paste into a paper: speaker, role, when said, outlet, when published, permalink."""
    article = quote.article
    speaker = quote.speaker.name if quote.speaker else (quote.speaker_as_printed or "Unknown speaker")
    parts = [speaker + (f" ({quote.speaker_role})" if quote.speaker_role else "")]
    when = said_when(quote)
    parts.append(f"said {when}" if when else "said (date not given)")
    published = partial_date(article.published, article.published_precision)
    source = article.outlet or "unknown outlet"
    parts.append(f"reported by {source}" + (f", {published}" if published else ""))
    request = context.get("request")
    permalink = request.build_absolute_uri(quote.get_absolute_url()) if request else quote.get_absolute_url()
    return f"{', '.join(parts)}: “{quote.text}” {permalink}"


@register.simple_tag(takes_context=True)
def query_without(context, *names) -> str:
    """The current query string without the given parameters (and without `page`)."""
    params = context["request"].GET.copy()
    for name in (*names, "page"):
        params.pop(name, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag
def plural(n: int, singular: str, plural_form: str = "") -> str:
    return format_html("{} {}", n, singular if n == 1 else (plural_form or singular + "s"))
