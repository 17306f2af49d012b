"""Small factories for the reader-facing tests (pages, filters, search, exports, feeds, query counts)."""

from __future__ import annotations

import itertools
from datetime import date
from html.parser import HTMLParser

from django.utils.text import slugify

from statements.models import Article, MeetingEvent, Person, ProposedMeeting, Quote

_numbers = itertools.count(1)


def make_person(name: str, **fields) -> Person:
    fields.setdefault("slug", slugify(name))
    return Person.objects.create(name=name, **fields)


def make_article(body: str = "", **fields) -> Article:
    n = next(_numbers)
    fields.setdefault("title", f"Article {n}")
    fields.setdefault("outlet", "Example News")
    fields.setdefault("published", date(2023, 3, 1))
    fields.setdefault("published_precision", "day")
    body = body or f"Body of article {n}."
    return Article.objects.create(
        body=body,
        original=body,
        content_hash=f"hash-{n}",
        source_name=f"article-{n}.txt",
        extraction_version="test",
        **fields,
    )


def make_quote(text: str, speaker: Person | None = None, article: Article | None = None, **fields) -> Quote:
    """A quote whose offsets point at its words in the article body (a new article unless one is given)."""
    if article is None:
        name = speaker.name if speaker else "Someone"
        article = make_article(body=f"Opening line.\n“{text}” {name} said on Wednesday.\nClosing line.")
    start = article.body.find(text)
    assert start >= 0, "the quote's words must be in the article body"
    mentioned = fields.pop("mentioned", [])
    said_on = fields.pop("said_on", None)
    fields.setdefault("said_on_precision", "day" if said_on else "unknown")
    fields.setdefault("cue", "said")
    fields.setdefault("method", "named" if speaker else "none")
    quote = Quote.objects.create(
        article=article,
        text=text,
        start=start,
        end=start + len(text),
        speaker=speaker,
        speaker_name=speaker.name if speaker else "",
        speaker_as_printed=speaker.name if speaker else "",
        said_on=said_on,
        dated=fields.pop("dated", said_on or article.published),
        article_title=article.title,
        outlet=article.outlet,
        **fields,
    )
    if mentioned:
        quote.mentioned.set(mentioned)
    return quote


def make_meeting(kind: str = "summit", participants=(), **fields) -> ProposedMeeting:
    names = "|".join(sorted(p.slug for p in participants))
    fields.setdefault("identity", f"{kind}:{names}:{next(_numbers)}")
    meeting = ProposedMeeting.objects.create(kind=kind, **fields)
    meeting.participants.set(participants)
    return meeting


def add_event(meeting: ProposedMeeting, article: Article, **fields) -> MeetingEvent:
    return MeetingEvent.objects.create(meeting=meeting, article=article, **fields)


def make_archive(quotes_per_speaker: int = 3) -> dict:
    """A small archive: two speakers (one a leader), an organisation, a meeting with a trail, a rejected quote."""
    putin = make_person("Vladimir Putin", role="Russian President", country="Russia", is_leader=True)
    peskov = make_person("Dmitry Peskov", role="Kremlin spokesman", country="Russia", aliases=["Peskov"])
    erdogan = make_person("Recep Tayyip Erdoğan", role="Turkish President", country="Turkey", is_leader=True)
    kremlin = make_person("the Kremlin", kind="organisation")
    meeting = make_meeting(
        "summit", [putin, erdogan], venue="Istanbul", status="proposed", status_on=date(2023, 3, 1), proposed_by=erdogan
    )
    quotes = {"peskov": [], "putin": [], "erdogan": []}
    for i in range(quotes_per_speaker):
        quotes["peskov"].append(
            make_quote(
                f"The summit with Turkey is premature, number {i}",
                peskov,
                said_on=date(2022, 2, 10 + i),
                mentioned=[putin],
            )
        )
        quotes["putin"].append(
            make_quote(f"We are open to dialogue on security, point {i}", putin, said_on=date(2023, 5, 1 + i))
        )
    quotes["erdogan"].append(
        make_quote(
            "We are ready to host the talks in Istanbul",
            erdogan,
            said_on=date(2024, 1, 15),
            meeting=meeting,
            article=make_article(
                body="Ankara offered.\n“We are ready to host the talks in Istanbul” Erdoğan told reporters.\nEnd.",
                title="Erdoğan offers to host talks",
                outlet="Daily Sabah",
                published=date(2024, 1, 16),
            ),
        )
    )
    add_event(
        meeting,
        quotes["erdogan"][0].article,
        quote=quotes["erdogan"][0],
        status="proposed",
        reported_on=date(2024, 1, 16),
        evidence="Erdoğan offered to host talks.",
    )
    rejected = make_quote("Not a quotation at all, hidden forever", peskov, rejected=True, said_on=date(2022, 3, 1))
    return {
        "putin": putin, "peskov": peskov, "erdogan": erdogan, "kremlin": kremlin,
        "meeting": meeting, "quotes": quotes, "rejected": rejected,
    }  # fmt: skip


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SVG_SELF_CLOSING = {"rect", "line", "path", "circle", "text"}


class _Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.ids: list[str] = []
        self.labels: set[str] = set()
        self.controls: list[tuple[str, dict]] = []
        self.counts: dict[str, int] = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.counts[tag] = self.counts.get(tag, 0) + 1
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if tag == "label" and attributes.get("for"):
            self.labels.add(attributes["for"])
        if tag in ("input", "select", "textarea") and attributes.get("type") not in ("hidden", "submit", "button"):
            self.controls.append((tag, attributes))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID and tag not in SVG_SELF_CLOSING:
            self.problems.append(f"<{tag}/> is not a void element")
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.problems.append(f"</{tag}> closes a void element")
        elif not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> does not close <{self.stack[-1] if self.stack else '-'}>")
        else:
            self.stack.pop()


def assert_valid_html(content: bytes | str) -> None:
    """Well-formed enough to be valid: balanced elements, unique ids, a label for every field, one <main>/<h1>."""
    text = content.decode() if isinstance(content, bytes) else content
    assert text.lstrip().lower().startswith("<!doctype html>")
    checker = _Checker()
    checker.feed(text)
    checker.close()
    assert not checker.problems, checker.problems[:5]
    assert not checker.stack, f"unclosed: {checker.stack}"
    duplicates = {i for i in checker.ids if checker.ids.count(i) > 1}
    assert not duplicates, f"duplicate ids: {duplicates}"
    for tag, attributes in checker.controls:
        named = attributes.get("id") in checker.labels or attributes.get("aria-label")
        assert named, f"<{tag} name={attributes.get('name')}> has no label"
    assert checker.counts.get("main") == 1
    assert checker.counts.get("h1") == 1
