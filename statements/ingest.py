"""Writing extracted articles to the database: one transaction per article, editors' work kept.

An article is identified by the hash of its text: the same text loads once. A file whose
text changed (same source name, new hash) replaces the machine-made records of that
article; a record an editor edited, verified or rejected is never changed, deleted or
brought back.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify

from .extraction import ExtractedArticle, extract_article
from .extraction import Meeting as ExtractedMeeting
from .extraction import Person as ExtractedPerson
from .models import Article, MeetingEvent, Mention, Person, Precision, ProposedMeeting, Quote

LOADED, UPDATED, UNCHANGED = "loaded", "updated", "unchanged"
SAME_MEETING_WITHIN = timedelta(days=365)


@dataclass(frozen=True)
class IngestResult:
    article: Article
    outcome: str  # loaded | updated | unchanged
    quotes: int = 0


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_text(text: str, source_name: str) -> IngestResult:
    """Extract an article's text and write it (the path `manage.py load_articles` takes)."""
    digest = content_hash(text)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        return IngestResult(existing, UNCHANGED)
    return ingest(extract_article(text, source_name))


@transaction.atomic
def ingest(extracted: ExtractedArticle) -> IngestResult:
    digest = content_hash(extracted.original)
    existing = Article.objects.filter(content_hash=digest).first()
    if existing is not None:
        return IngestResult(existing, UNCHANGED)
    article = Article.objects.select_for_update().filter(source_name=extracted.source_name).order_by("-id").first()
    outcome = UPDATED if article else LOADED
    article = _write_article(article or Article(), extracted, digest)
    people = _resolve_people(extracted.people)
    _write_mentions(article, extracted.people, people)
    quotes = _write_quotes(article, extracted, people)
    _write_meetings(article, extracted.meetings, people, quotes)
    if outcome == UPDATED:
        _drop_orphans()
    return IngestResult(article, outcome, sum(1 for q in quotes if q is not None))


def _write_article(article: Article, extracted: ExtractedArticle, digest: str) -> Article:
    article.body = extracted.body
    article.original = extracted.original
    article.content_hash = digest
    article.source_name = extracted.source_name
    article.language = extracted.language
    article.extraction_version = extracted.version
    if not article.is_editors:
        article.title = extracted.title or ""
        article.outlet = extracted.outlet or ""
        article.byline = extracted.byline or ""
        article.url = extracted.url or ""
        article.published = extracted.published.value
        article.published_precision = extracted.published.precision
        article.published_source = extracted.published_source or ""
    article.save()
    return article


# People ----------------------------------------------------------------------------------


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def _unique_slug(name: str, taken: set[str]) -> str:
    base = slugify(name)[:190] or "person"
    slug, n = base, 2
    while slug in taken or Person.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _name_like(alias: str) -> bool:
    """A spelling of a name ("Zelensky"), not a role phrase ("the Kremlin spokesman")."""
    return bool(alias) and alias[0].isupper() and not alias.lower().startswith("the ")


def _by_surname(name: str) -> Person | None:
    """The one person already known by this surname alone ("Peskov"), if exactly one."""
    if " " in name.strip():
        return None
    matches = list(Person.objects.filter(kind=Person.Kind.PERSON, name__iendswith=" " + name.strip())[:2])
    return matches[0] if len(matches) == 1 else None


def _resolve_people(extracted_people: list[ExtractedPerson]) -> dict[str, Person]:
    """Map each extracted canonical name to a Person row, creating or refreshing machine-made ones."""
    if not extracted_people:
        return {}
    names = {name for p in extracted_people for name in (p.name, *p.aliases) if _name_like(name)}
    slugs = {slugify(name) for name in names}
    candidates = list(Person.objects.filter(Q(slug__in=slugs) | Q(aliases__overlap=list(names))))
    by_key: dict[str, Person] = {}
    for person in candidates:
        for name in (person.name, *filter(_name_like, person.aliases)):
            by_key.setdefault(_fold(name), person)
        by_key.setdefault(person.slug, person)
    resolved: dict[str, Person] = {}
    taken: set[str] = set()
    for found in extracted_people:
        keys = [_fold(n) for n in (found.name, *filter(_name_like, found.aliases))] + [slugify(found.name)]
        person = next((by_key[k] for k in keys if k in by_key), None)
        if person is None and found.kind == Person.Kind.PERSON:
            person = _by_surname(found.name)
        if person is None:
            person = Person(name=found.name, slug=_unique_slug(found.name, taken))
        if not person.is_editors:
            person.kind = found.kind
            person.role = found.role or person.role
            person.country = found.country or person.country
            person.is_leader = person.is_leader or found.is_leader
            person.aliases = sorted({*person.aliases, *(a for a in found.aliases if a != person.name)})
        person.save()
        for key in keys:
            by_key.setdefault(key, person)
        resolved[found.name] = person
    return resolved


def _write_mentions(article: Article, extracted_people: list[ExtractedPerson], people: dict[str, Person]) -> None:
    article.mentions.all().delete()
    rows = {}
    for found in extracted_people:
        person = people[found.name]
        rows.setdefault(
            person.pk, Mention(article=article, person=person, name_as_printed=found.name, role=found.role or "")
        )
    Mention.objects.bulk_create(rows.values())


# Quotes ----------------------------------------------------------------------------------


def _words(text: str) -> str:
    return " ".join(_fold(text).split())


def _write_quotes(article: Article, extracted: ExtractedArticle, people: dict[str, Person]) -> list[Quote | None]:
    """Replace the article's machine-made quotes; keep (and re-anchor) the editors' ones.

    Returns one entry per extracted quote: its row, or None where an editor's quote stands instead.
    """
    article.quotes.filter(edited=False, verified=False, rejected=False).delete()
    kept = list(article.quotes.all())
    for quote in kept:
        _reanchor(quote, article.body)
    editors_words = {_words(q.text) for q in kept}
    rows: list[Quote | None] = []
    for position, found in enumerate(extracted.quotes):
        if _words(found.text) in editors_words:
            rows.append(None)
            continue
        speaker = people.get(found.speaker) if found.speaker else None
        said_on = found.said_on.value
        rows.append(
            Quote(
                article=article,
                text=found.text,
                start=found.start,
                end=found.end,
                position=position,
                speaker=speaker,
                speaker_name=speaker.name if speaker else "",
                speaker_as_printed=found.speaker_as_printed or "",
                speaker_role=found.speaker_role or "",
                cue=found.cue or "",
                method=found.method,
                confidence=found.confidence,
                said_on=said_on,
                said_on_precision=found.said_on.precision if said_on else Precision.UNKNOWN,
                dated=said_on or article.published,
                article_title=article.title,
            )
        )
    Quote.objects.bulk_create([q for q in rows if q is not None])
    links = [
        Quote.mentioned.through(quote_id=row.pk, person_id=people[name].pk)
        for row, found in zip(rows, extracted.quotes, strict=True)
        if row is not None
        for name in dict.fromkeys(found.mentions)
        if name in people
    ]
    Quote.mentioned.through.objects.bulk_create(links)
    return rows


def _reanchor(quote: Quote, body: str) -> None:
    """Point an editor's quote at its words in a changed body (the words themselves stay the editor's)."""
    if body[quote.start : quote.end] == quote.text:
        return
    start = body.find(quote.text)
    if start >= 0:
        quote.start, quote.end = start, start + len(quote.text)
        quote.save(update_fields=["start", "end"])


# Meetings --------------------------------------------------------------------------------


def meeting_identity(kind: str, participants: list[Person], proposer: Person | None) -> str:
    """How reports of one meeting are recognised: its kind and who meets (or who proposed it)."""
    if participants:
        who = ",".join(sorted(p.slug for p in participants))
    else:
        who = "proposed-by:" + (proposer.slug if proposer else "")
    return f"{kind}|{who}"


def _meeting_date(found: ExtractedMeeting, article: Article) -> date | None:
    return found.when.value or found.proposed_on.value or article.published


def _find_same_meeting(identity: str, when: date | None) -> ProposedMeeting | None:
    for meeting in ProposedMeeting.objects.filter(identity=identity).order_by("-status_on", "-id"):
        if when is None or meeting.status_on is None or abs(meeting.status_on - when) <= SAME_MEETING_WITHIN:
            return meeting
    return None


def _write_meetings(
    article: Article, extracted_meetings: list[ExtractedMeeting], people: dict[str, Person], quotes: list[Quote | None]
) -> None:
    article.meeting_events.all().delete()
    for found in extracted_meetings:
        participants = [people[name] for name in dict.fromkeys(found.participants) if name in people]
        proposer = people.get(found.proposed_by) if found.proposed_by else None
        if not participants and proposer is None:
            continue
        identity = meeting_identity(found.kind, participants, proposer)
        when = _meeting_date(found, article)
        meeting = _find_same_meeting(identity, when)
        if meeting is None:
            meeting = ProposedMeeting.objects.create(kind=found.kind, identity=identity)
            meeting.participants.set(participants)
        quote_rows = [quotes[i] for i in found.quotes if 0 <= i < len(quotes) and quotes[i] is not None]
        MeetingEvent.objects.create(
            meeting=meeting,
            article=article,
            quote=quote_rows[0] if quote_rows else None,
            status=found.status or "",
            reported_on=article.published or found.when.value,
            evidence=article.body[found.evidence_start : found.evidence_end],
        )
        if quote_rows:
            Quote.objects.filter(pk__in=[q.pk for q in quote_rows], meeting__isnull=True).update(meeting=meeting)
        if not meeting.is_editors:
            _refresh_meeting(meeting, found, proposer)


def _refresh_meeting(meeting: ProposedMeeting, found: ExtractedMeeting, proposer: Person | None) -> None:
    """A machine-made meeting takes the venue, proposer and latest status its trail reports."""
    meeting.venue = meeting.venue or (found.venue or "")
    meeting.proposed_by = meeting.proposed_by or proposer
    if found.proposed_on.value and not meeting.proposed_on:
        meeting.proposed_on, meeting.proposed_on_precision = found.proposed_on.value, found.proposed_on.precision
    latest = meeting.events.exclude(status="").order_by("-reported_on", "-id").first()
    if latest is not None:
        meeting.status, meeting.status_on = latest.status, latest.reported_on
    meeting.save()


def _drop_orphans() -> None:
    """Machine-made meetings and people that no article reports any more."""
    ProposedMeeting.objects.filter(events__isnull=True, edited=False, verified=False).delete()
    Person.objects.filter(
        edited=False,
        verified=False,
        quotes__isnull=True,
        mentions__isnull=True,
        meetings__isnull=True,
        proposed_meetings__isnull=True,
        mentioned_in_quotes__isnull=True,
    ).delete()
