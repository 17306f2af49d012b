"""Cleaning a page: title, outlet, byline, URL and the body without site boilerplate.

A page copied from the web is a stack of lines: site chrome (section labels, breadcrumbs,
"ADVERTISEMENT", date stamps, bylines, photo captions and credits), the headline (sometimes
printed twice), the article's paragraphs, then a trailer (related links, comment and subscribe
prompts, copyright). Each line is judged by its shape alone; the body keeps every article line
verbatim at its own offset (dropped lines become spaces), so an offset into the body is
also an offset into the page, and quote offsets count into both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from . import printed_dates

_WORD: Final = re.compile(r"\S+")
_TERMINAL: Final = ".!?\"'”’»…:;)"

_COPYRIGHT: Final = re.compile(r"^(?:©|\(c\)|copyright\b)|all rights reserved", re.IGNORECASE)
_ADVERT: Final = re.compile(r"^(?:advertisement|advertising|sponsored(?: content)?|ad)$", re.IGNORECASE)
_BREADCRUMB: Final = re.compile(r"\S\s+(?:>|»|›|/)\s+\S")
_READ_MORE: Final = re.compile(
    r"^(?:read more|read also|also read|see also|related (?:articles?|news|stories|posts|content"
    r"|coverage|links|topics))\b"
    r"|^(?:more|related|recommended|watch|listen|source|tags?|topics?|filed under)\s*(?:[:|]|$)",
    re.IGNORECASE,
)
_HASHTAG: Final = re.compile(r"#\w")
_EMAIL: Final = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_URL: Final = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+", re.IGNORECASE)
_BYLINE: Final = re.compile(r"^(?:by|written by|reporting by|words by)[ \u00a0]+(?P<who>[^\n]{2,120})$", re.IGNORECASE)
_PHOTO: Final = re.compile(
    r"^(?:photo|photograph|picture|image|file photo|credit|caption)s?\b\s*(?:by|:|courtesy|credit|©)"
    r"|\((?:photo|photograph|picture|image|file photo)s?\b[^()]{0,120}\)\s*$"
    r"|\bPHOTOS?\b\s*[©:|/]"
    r"|/\s*(?:getty images|afp|reuters|ap|epa|pool|shutterstock)\s*$"
    r"|\bgetty images\s*$",
    re.IGNORECASE,
)
_CHROME_PHRASES: Final = re.compile(
    r"\b(?:leave a (?:comment|reply|tip)|comments? (?:section|are closed|policy)|comment data|post a comment"
    r"|\d+ comments|email address|subscrib\w*|newsletter|sign (?:up|in) (?:to|for)|log in to|advertis\w*|cookies"
    r"|share (?:this|on|via)|send this|read more|related (?:articles?|news|stories|posts|topics|content|coverage)"
    r"|trending|most (?:read|popular|viewed)|a tip today|join the conversation"
    r"|all rights reserved|follow us|click here|download (?:our|the) app|recommended for you|you may also like"
    r"|more stories|this site uses|skip to content)\b|\bback to (?:top|article|home)|\bprint this",
    re.IGNORECASE,
)
# "Moscow (agencies)": an agency credit line, not an outlet's name.
_AGENCY_CREDIT: Final = re.compile(r"^[A-Z][\w .'-]{0,40}\((?:agencies|agency|wires|news agencies)\)$", re.IGNORECASE)
# A dateline that opens a lede: "MOSCOW, July 8.", "MOSCOW:", "BALI, Indonesia —", "LUANDA -".
_DATELINE: Final = re.compile(
    r"^[A-Z][A-Z.'\- ]{1,30}(?:,[ \u00a0][A-Z][\w.'\- ]{1,30})?(?:[ \u00a0]*[:—–]|[ \u00a0]+-[ \u00a0]"
    r"|,[ \u00a0]+\w+\.?[ \u00a0]+\d)"
)
_DATE_WORDS: Final = re.compile(
    r"\b(?:published|updated|modified|posted|last|date|on|at|in|am|pm|a\.m\.|p\.m\.|ist|gmt|utc|est|edt|et|cet|cest|msk"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b",
    re.IGNORECASE,
)
_DATE_LABEL: Final = re.compile(r"\b(?:published|posted|updated|modified)\b", re.IGNORECASE)
_TIME: Final = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b")
_PUBLISHED_IN: Final = re.compile(r"^published in (?P<outlet>[^,]{2,60}),", re.IGNORECASE)
_SOURCE_LINE: Final = re.compile(r"^(?:source|via)\s*:\s*(?P<outlet>[^\n]{2,60})$", re.IGNORECASE)
_DOMAIN: Final = re.compile(
    r"^(?P<domain>[A-Z][\w-]{1,30}\.(?:com|net|org|az|co|in|info|news|tv|eu|ru|uk|us|ph|pk))(?![\w.])"
)
_REPORTS: Final = re.compile(r"\b(?P<outlet>[A-Z][\w-]{1,30}\.[A-Z][a-z]{1,5}) reports\b")
_COPYRIGHT_HOLDER: Final = re.compile(
    r"(?:©|\(c\)|copyright)[ \u00a0]*(?:copyright[ \u00a0]*)?(?:\d{4}[ \u00a0]*(?:[-–][ \u00a0]*\d{4}[ \u00a0]*)?)?"
    r"(?P<holder>[A-Z][\w&.' -]{1,60}?)(?:,? (?:LLC|Inc|Ltd|Limited|Corp|Corporation|GmbH|plc"
    r"|S\.A)\.?)?[ \u00a0]*(?:\.|,|$)",
    re.IGNORECASE,
)
_DATELINE_AGENCY: Final = re.compile(r"^[^\n]{0,60}?/(?P<agency>[A-Z][A-Za-z-]{1,15})/")

# What each pattern's matches hold (lower case): without it a line is not tried against the pattern.
_YEAR_DIGITS: Final = ("18", "19", "20")  # is_date_line looks for each
_PHOTO_STARTS: Final = ("photo", "picture", "image", "file photo", "credit", "caption")
_READ_MORE_STARTS: Final = (
    "read ", "also read", "see also", "related", "more", "recommended", "watch", "listen", "source", "tag", "topic",
    "filed under",
)  # fmt: skip
_BYLINE_STARTS: Final = ("by", "written by", "reporting by", "words by")
_CHROME_WORDS: Final = re.compile(printed_dates.trie([
    "leave a ", "comment", "email address", "subscrib", "newsletter", "sign ", "log in to", "advertis", "cookies",
    "share ", "send this", "read more", "related ", "trending", "most ", "a tip today", "join the conversation",
    "all rights reserved", "follow us", "click here", "download ", "recommended for you", "you may also like",
    "more stories", "this site uses", "skip to content", "back to ", "print this",
]))  # fmt: skip
# The same after the character before the word (never a-z: every chrome phrase begins a word, and each of these
# begins a word in it): re skips fast to such characters.
_CHROME_WORDS_AFTER: Final = re.compile("[^a-z](?:" + _CHROME_WORDS.pattern + ")")
# _CHROME_PHRASES for printed_dates.lowered text, without re.IGNORECASE: the same matches, faster
_CHROME_PHRASES_LOW: Final = printed_dates.lower_pattern(_CHROME_PHRASES)

LEDE_WORDS: Final = 28  # a first line longer than this is a paragraph, not a headline
TITLE_WORDS: Final = 25


@dataclass
class Page:
    raw: str
    title: str | None
    body: str
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    header: str = ""  # the lines above the body (datelines live there)
    date_lines: list[str] = field(default_factory=list)  # date stamps in the header and trailer, in order
    stamps_above_title: list[str] = field(default_factory=list)  # date stamps printed before the headline


@dataclass(slots=True)
class _Line:
    text: str
    start: int = 0  # offsets of the stripped line in the page
    end: int = 0
    low: str = ""  # printed_dates.lowered(text) with "?" for each character that is not ASCII
    n: int = 0  # words, counted up to 31 (no test of a line's words reads further)
    kind: str = "text"  # text | chrome | date | byline | caption | outlet


def fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


def words(text: str) -> int:
    return len(text.split())  # the runs of _WORD: str.split and \S agree on what is a space


def is_date_line(line: str, n: int | None = None) -> bool:
    """A line that is only a date stamp: "Published Nov 17, 2022 09:53 pm", "2024-03-26 21:57:13".
    n: words(line), if known."""
    if (
        (words(line) if n is None else n) > 12
        or not ("18" in line or "19" in line or "20" in line)
        or not printed_dates.FULL_DATE.search(line)
    ):
        return False
    rest = printed_dates.FULL_DATE.sub(" ", line)
    rest = _PUBLISHED_IN.sub(" ", rest) if _PUBLISHED_IN.search(line) else rest
    rest = _TIME.sub(" ", _DATE_WORDS.sub(" ", rest))
    return not re.sub(r"[\W\d_]+", " ", rest).split()


def _is_caption(line: str, low: str) -> bool:
    """low: the line lowered (_Line.low)."""
    if _photo_words(line, low) and _PHOTO.search(line):
        return True
    at = line.find("©")
    return at > 0 and words(line[at:]) <= 10  # "… Putin. © Photographer/Agency"


def _photo_words(line: str, low: str) -> bool:
    """Whether the line holds the words _PHOTO needs where it needs them: a "/", a photo word at the start
    ("Image: ...") or near the end ("(Picture by ...)", "Getty Images"), or "photo" before "©", ":" or "|".
    low: the line lowered (_Line.low)."""
    if "/" in line:
        return True
    if low[:20].startswith(_PHOTO_STARTS):
        return True
    tail = low[-150:]
    if "photo" in tail or "picture" in tail or "image" in tail:
        return True
    if "©" in line or ":" in line or "|" in line:
        return "photo" in low
    return False


def _is_chrome(line: str, low: str, n: int) -> bool:
    """low: the line lowered (_Line.low), n: words(line) (or 31 when more)."""
    if n > 30:  # a paragraph; only a copyright notice runs that long
        return line.startswith(("©", "Copyright", "(c)"))
    if _holds_copyright(line, low):
        return True
    if n <= 2 and _ADVERT.match(line):
        return True
    if "@" in line and _EMAIL.match(line) or "(" in line and _AGENCY_CREDIT.match(line):
        return True
    if ("://" in line or "www." in low) and _URL.fullmatch(line.strip()):
        return True
    if (
        n <= 8
        and (">" in line or "»" in line or "›" in line or "/" in line)
        and _BREADCRUMB.search(line)
        and not line.endswith((".", "?", "!"))
    ):
        return True
    if low.startswith(_READ_MORE_STARTS) and _READ_MORE.match(line) and not _quoted(line):
        return True
    if "#" in line and _HASHTAG.search(line) and all(w.startswith("#") for w in line.split()):
        return True
    if line.startswith(("- ", "• ", "* ", "· ")) and not line.rstrip().endswith(tuple(_TERMINAL)):
        return True  # a list of links or tags
    if n <= 4 and line == line.lower() and not any(c in line for c in '.,;:!?"“”'):
        return True  # "print dictionary print"
    # a chrome phrase makes chrome of a short line only (tried last: the costliest test)
    return n <= 12 and _chrome_phrase(line, low)


def _chrome_phrase(line: str, low: str) -> bool:
    """Whether the line holds a chrome phrase and no quotation. low: the line lowered (_Line.low)."""
    return (
        bool(_CHROME_WORDS.match(low) or _CHROME_WORDS_AFTER.search(low))
        and _CHROME_PHRASES_LOW.search(printed_dates.lowered(line)) is not None
        and not _quoted(line)
    )


def _holds_copyright(line: str, low: str) -> bool:
    """Whether _COPYRIGHT finds a notice in the line. low: the line lowered (_Line.low)."""
    return ("©" in line or "(c)" in low or "copyright" in low or "all rights reserved" in low) and bool(
        _COPYRIGHT.search(line)
    )


def _quoted(line: str) -> bool:
    """Holds a quotation (two marks at least), so may hold someone's words."""
    return line.count('"') + line.count("“") + line.count("”") + line.count("«") + line.count("»") >= 2


def _classify(line: str, low: str, n: int) -> str:
    """low: the line lowered (_Line.low), n: words(line) (or 31 when more)."""
    if n <= 12 and line[:1] not in "-•*·":  # nothing to strip: the same words
        if is_date_line(line, n):
            return "date"
    elif (n <= 12 or line[:1] in "-•*·") and is_date_line(line.lstrip("-•*· ")):  # stripped, no fewer words
        return "date"
    if n > 30:  # a paragraph: chrome only as a copyright notice, never a byline
        if line.startswith(("©", "Copyright", "(c)")):
            return "chrome"
        return "caption" if _is_caption(line, low) else "text"
    if _is_chrome(line, low, n):
        return "chrome"
    if low.startswith(_BYLINE_STARTS) and _BYLINE.match(line) and n <= 12:
        return "byline"
    if _is_caption(line, low):
        return "caption"
    return "text"


def _is_lede(line: str, n: int | None = None) -> bool:
    return (words(line) if n is None else n) > LEDE_WORDS or bool(_DATELINE.match(line))


def _is_short_label(line: str, n: int | None = None) -> bool:
    """A short line with no sentence in it: a section label, an outlet's name, a kicker. n: words(line), if known."""
    n = words(line) if n is None else n
    if n > 5 or line.rstrip().endswith((".", "!", "?", "”", '"', "’")):
        return False
    return n <= 3 or " & " in line or " | " in line


def clean(raw: str) -> Page:
    text = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    low = _lowered_page(text)
    lines = _lines(text, low)
    kinds: dict[str, str] = {}  # a line printed again (a headline, a prompt) reads the same
    for line in lines:
        kind = kinds.get(line.text)
        if kind is None:
            kind = kinds[line.text] = _classify(line.text, line.low, line.n)
        line.kind = kind

    # The header runs to the first paragraph: a long line or one opening with a dateline.
    first_para = next(
        (i for i, ln in enumerate(lines) if ln.kind == "text" and _is_lede(ln.text, ln.n)),
        len(lines),
    )
    header = lines[:first_para]
    title_at = _title_index(lines, first_para)
    title = lines[title_at].text if title_at is not None else None
    title_key = fold(title) if title else None
    title_words = lines[title_at].n if title_at is not None else 0

    # The trailer: from the end, lines that are chrome, stamps, bylines, or short fragments.
    trailer_from = len(lines)
    for i in range(len(lines) - 1, max(first_para, (title_at if title_at is not None else -1)), -1):
        line = lines[i]
        kind = line.kind
        # in the trailer a chrome phrase makes chrome of a line of up to 30 words (not only 12)
        if 12 < line.n <= 30 and kind not in ("chrome", "date") and _chrome_phrase(line.text, line.low):
            kind = "chrome"
        if kind == "text" and not _is_trailer_fragment(line.text, line.n):
            break
        line.kind = kind if kind != "text" else "chrome"
        trailer_from = i

    outlet = byline = url = None
    kept: list[_Line] = []
    date_lines: list[str] = []
    stamps: list[str] = []
    for i, line in enumerate(lines):
        if i == title_at:
            continue
        if title_key and line.n == title_words and fold(line.text) == title_key:
            continue  # the headline printed again
        if line.kind == "date":
            if title_at is not None and i < title_at:
                stamps.append(line.text)
            elif i < first_para or i >= trailer_from or _DATE_LABEL.search(line.text):
                date_lines.append(line.text)
            continue
        if line.kind == "byline":
            byline = byline or _byline_name(line.text)
            continue
        if line.kind in ("chrome", "caption"):
            continue
        if (i < first_para or i >= trailer_from) and _is_short_label(line.text, line.n):
            continue  # a section label or the outlet's name above the headline or under the byline
        kept.append(line)

    if _holds_scheme(text) or "www." in low:
        for m in _URL.finditer(text):
            url = m.group(0).rstrip(".,;)")
            break
    outlet = _outlet(lines, title_at, first_para, trailer_from)
    return Page(
        raw=raw,
        title=title,
        body=_body(text, kept),
        outlet=outlet,
        byline=byline,
        url=url,
        header="\n".join(ln.text for ln in header),
        date_lines=date_lines,
        stamps_above_title=stamps,
    )


def _lowered_page(text: str) -> str:
    """printed_dates.lowered(text) with "?" for each character that is not ASCII: an ASCII word is found in it where
    an re.IGNORECASE pattern may match it. Many times faster to make than lowered() when text is not ASCII."""
    # the letters lowered() makes ASCII ones: "İ", "ı", "ſ", Kelvin's "K"
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        text = printed_dates.lowered(text)
    return text.encode("ascii", "replace").lower().decode("ascii")


def _lines(text: str, low: str) -> list[_Line]:
    """The lines of text that are not blank, stripped, with their offsets (blanks included), their lowered text (from
    low: _lowered_page(text)) and word counts."""
    lines = []
    start = 0
    for whole in text.split("\n"):
        end = start + len(whole)
        line = whole.strip()  # str.strip and \S agree on what is a space
        if line:
            at = start if whole[0] == line[0] else end - len(whole.lstrip())
            lines.append(_Line(line, start, end, low[at : at + len(line)], len(line.split(None, 30))))
        start = end + 1
    return lines


def _holds_scheme(text: str) -> bool:
    """Whether text holds "://" (found by its ":": a one-character str.find is much faster)."""
    at = text.find(":")
    while at >= 0:
        if text.startswith("//", at + 1):
            return True
        at = text.find(":", at + 1)
    return False


def _title_index(lines: list[_Line], first_para: int) -> int | None:
    """The headline: the first headline-shaped line above the first paragraph (a repeated one first)."""
    candidates = [i for i in range(first_para) if lines[i].kind == "text" and lines[i].n <= TITLE_WORDS]
    if not candidates:
        return None
    seen: dict[str, int] = {}
    for i in candidates:
        if _is_short_label(lines[i].text, lines[i].n):
            continue
        key = fold(lines[i].text)
        if key in seen:
            return seen[key]  # the headline printed twice: the first copy is the title
        seen[key] = i
    for i in candidates:
        if not _is_short_label(lines[i].text, lines[i].n) or i == candidates[-1] and lines[i].n > 1:
            return i
    return None


def _is_trailer_fragment(line: str, n: int | None = None) -> bool:
    """A short line after the article: "Trending News", "Want to join?", "Source". n: words(line), if known."""
    n = words(line) if n is None else n
    if n > 6 or "," in line or _quoted(line):
        return False
    return not line.endswith((".", "!", ";", ":")) or n <= 2


def _byline_name(line: str) -> str:
    m = _BYLINE.match(line)
    assert m is not None
    who = m.group("who")
    who = re.split(r",| in | for | and the ", who, maxsplit=1)[0]
    return who.strip(" .")


def _outlet(lines: list[_Line], title_at: int | None, first_para: int, trailer_from: int) -> str | None:
    """The outlet the page itself names, strongest evidence first."""
    found: list[str] = []
    for i, line in enumerate(lines):
        if found:
            return found[0]  # what later lines name comes after it
        t = line.text
        near_edges = i < first_para or i >= trailer_from
        if not near_edges and i > first_para and line.kind != "byline" and line.kind != "date":
            if not found and "reports" in t and (m := _REPORTS.search(t)):
                found.append(m.group("outlet"))
            continue  # a line of the article: only "X.com reports" names the outlet there
        if line.kind == "byline":
            byline = _BYLINE.match(t)
            assert byline is not None
            parts = byline.group("who").split(",")
            if len(parts) > 1 and _is_short_label(parts[-1].strip()):
                found.append(parts[-1].strip())
        if near_edges and line.low.startswith(("source", "via")) and (m := _SOURCE_LINE.match(t)):
            found.append(m.group("outlet").strip())
        if line.kind == "date" and (m := _PUBLISHED_IN.match(t)):
            found.append(m.group("outlet").strip())
        if (
            near_edges
            and i != title_at
            and line.kind == "text"
            and _is_short_label(t, line.n)
            and _follows_masthead(lines, i, title_at)
        ):
            found.append(t.lstrip("-•* ").strip())
        if near_edges and line.kind == "chrome" and t.startswith(("- ", "• ", "* ")) and _next_is_date(lines, i):
            found.append(t[2:].strip())
        if i < first_para + 1 and "/" in t and (m := _DATELINE_AGENCY.match(t)):
            found.append(m.group("agency"))
        if near_edges and "A" <= t[0] <= "Z" and "." in t and (m := _DOMAIN.match(t)):
            found.append(m.group("domain"))
        if not found and "reports" in t and (m := _REPORTS.search(t)):
            found.append(m.group("outlet"))
    if found:
        return found[0]
    for line in lines:
        if (
            line.kind == "chrome"
            and _holds_copyright(line.text, line.low)
            and (m := _COPYRIGHT_HOLDER.search(line.text))
        ):
            holder = m.group("holder").strip(" .,")
            if holder and not holder[0].isdigit():
                return holder
    return None


def _follows_masthead(lines: list[_Line], i: int, title_at: int | None) -> bool:
    """A lone name right under the headline or under a byline is the outlet (not a label above the headline)."""
    prev = lines[i - 1] if i > 0 else None
    if prev is None:
        return False
    if title_at is not None and i > title_at and (i - 1 == title_at or prev.kind in ("byline", "outlet")):
        return True
    if prev.kind == "byline" or (prev.text == lines[i].text):
        return True
    return i + 1 < len(lines) and lines[i + 1].kind == "date" and title_at is not None and i > title_at


def _next_is_date(lines: list[_Line], i: int) -> bool:
    return i + 1 < len(lines) and lines[i + 1].kind == "date"


def _body(text: str, kept: list[_Line]) -> str:
    """The kept lines at their own offsets: what was dropped turns to spaces, so body offsets are page offsets."""
    parts: list[str] = []
    at = 0  # the end of the last kept line
    verbatim = 0  # where the text kept as it is since then begins
    for line in kept:
        gap = text[at : line.start]
        if gap.strip(" \n"):
            parts.append(text[verbatim:at])
            parts.append("\n".join(" " * len(part) for part in gap.split("\n")))
            verbatim = line.start
        at = line.end
    parts.append(text[verbatim:at])
    return "".join(parts)
