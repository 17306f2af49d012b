"""Writing extracted articles to the database: one transaction per article, editors' work kept.

An article is identified by the hash of its text: the same text loads once. A file whose
text changed (same source name, new hash) replaces the machine-made records of that
article; a record an editor edited, verified or rejected is never changed, deleted or
brought back.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from django.db import connection, transaction
from django.db.models import F, Q
from django.utils.text import slugify

from .extraction import EXTRACTION_VERSION, ExtractedArticle, extract_article
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


def relax_commits() -> None:
    """For bulk loading: don't wait for each commit to reach the disk.

    A crash may lose the last fraction of a second of loaded articles (never corrupt
    anything); loading the same files again brings them back, since loading is idempotent.
    """
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO off")


@dataclass(frozen=True)
class _Known:
    """The articles already loaded with the same text, or else from the same source file (one query)."""

    same_text: Article | None
    same_source: Article | None

    @classmethod
    def lookup(cls, digest: str, source_name: str) -> _Known:
        rows = list(
            Article.objects.filter(Q(content_hash=digest) | Q(source_name=source_name))
            .only("id", "content_hash", "source_name", "extraction_version")
            .order_by("-id")
        )
        return cls(
            same_text=next((a for a in rows if a.content_hash == digest), None),
            same_source=next((a for a in rows if a.source_name == source_name), None),
        )


def load_text(text: str, source_name: str) -> IngestResult:
    """Extract an article's text and write it (the path `manage.py load_articles` takes).

    A text already loaded by this version of the extraction is recognised by its hash before
    any extraction is done; one loaded by an older version is extracted anew.
    """
    digest = content_hash(text)
    known = _Known.lookup(digest, source_name)
    if known.same_text is not None and known.same_text.extraction_version == EXTRACTION_VERSION:
        return IngestResult(known.same_text, UNCHANGED)
    return _write(extract_article(text, source_name), digest, known)


def ingest(extracted: ExtractedArticle) -> IngestResult:
    """Write an extracted article (unless its text is already loaded by the same extraction)."""
    digest = content_hash(extracted.original)
    known = _Known.lookup(digest, extracted.source_name)
    if known.same_text is not None and known.same_text.extraction_version == extracted.version:
        return IngestResult(known.same_text, UNCHANGED)
    return _write(extracted, digest, known)


@transaction.atomic
def _write(extracted: ExtractedArticle, digest: str, known: _Known) -> IngestResult:
    """Write a new article, or replace the machine-made records of a changed or re-extracted one.

    The article to replace is the one with the same text, else the newest from the same source file; it is
    locked (and read again) so that two loaders never write it at once.
    """
    previous = known.same_text or known.same_source
    article = Article.objects.select_for_update().filter(pk=previous.pk).first() if previous else None
    outcome = UPDATED if article else LOADED
    linked = _linked_records(article) if article else None
    article = _write_article(article or Article(), extracted, digest)
    people = _resolve_people(extracted.people)
    _write_mentions(article, extracted.people, people, replace=outcome == UPDATED)
    meetings = _find_meetings(article, extracted.meetings, people, replace=outcome == UPDATED)
    quotes = _write_quotes(article, extracted, people, meetings, replace=outcome == UPDATED)
    _write_reports(article, meetings, quotes, replace=outcome == UPDATED)
    if outcome == UPDATED:
        article.refresh_quote_copies()  # the editors' quotes kept from the previous text
    if linked is not None:
        _drop_orphans(*linked)
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


def _give_slugs(people: list[Person]) -> None:
    """Give new people slugs no one else has: one query, a numeric suffix on a clash."""
    bases = [slugify(p.name)[:190] or "person" for p in people]
    if not bases:
        return
    clashes = Q()
    for base in set(bases):
        clashes |= Q(slug=base) | Q(slug__regex=rf"^{re.escape(base)}-[0-9]+$")
    taken = set(Person.objects.filter(clashes).values_list("slug", flat=True))
    for person, base in zip(people, bases, strict=True):
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        person.slug = slug


def _name_like(alias: str) -> bool:
    """A spelling of a name ("Zelensky"), not a role phrase ("the Kremlin spokesman")."""
    return bool(alias) and alias[0].isupper() and not alias.lower().startswith("the ")


def _by_surname(name: str) -> Person | None:
    """The one person already known by this surname alone ("Peskov"), if exactly one."""
    if " " in name.strip():
        return None
    matches = list(Person.objects.filter(kind=Person.Kind.PERSON, name__iendswith=" " + name.strip())[:2])
    return matches[0] if len(matches) == 1 else None


PERSON_FIELDS = ["kind", "role", "country", "is_leader", "aliases"]


def _refresh_person(person: Person, found: ExtractedPerson) -> bool:
    """Complete a machine-made person with what this article says; True if anything changed.

    The role is the first one an article gave (each article's own role for them stays on its
    mentions and quotes), so loading articles in another order never flips it back and forth.
    """
    before = [getattr(person, f) for f in PERSON_FIELDS]
    person.kind = found.kind
    person.role = person.role or (found.role or "")
    person.country = person.country or (found.country or "")
    person.is_leader = person.is_leader or found.is_leader
    person.aliases = sorted({*person.aliases, *(a for a in found.aliases if a != person.name)})
    return before != [getattr(person, f) for f in PERSON_FIELDS]


def _resolve_people(extracted_people: list[ExtractedPerson]) -> dict[str, Person]:
    """Map each extracted canonical name to a Person row, creating or refreshing machine-made ones."""
    if not extracted_people:
        return {}
    names = {name for p in extracted_people for name in (p.name, *filter(_name_like, p.aliases))}
    candidates = Person.objects.filter(Q(slug__in={slugify(n) for n in names}) | Q(aliases__overlap=list(names)))
    by_key: dict[str, Person] = {}
    for person in candidates:
        for name in (person.name, *filter(_name_like, person.aliases)):
            by_key.setdefault(_fold(name), person)
        by_key.setdefault(person.slug, person)
    resolved: dict[str, Person] = {}
    new: list[Person] = []
    changed: dict[int, Person] = {}
    for found in extracted_people:
        keys = [_fold(n) for n in (found.name, *filter(_name_like, found.aliases))] + [slugify(found.name)]
        person = next((by_key[k] for k in keys if k in by_key), None)
        if person is None and found.kind == Person.Kind.PERSON:
            person = _by_surname(found.name)
        if person is None:
            person = Person(name=found.name)
            new.append(person)
        if not person.is_editors and _refresh_person(person, found) and person.pk:
            changed[person.pk] = person
        for key in keys:
            by_key.setdefault(key, person)
        resolved[found.name] = person
    _give_slugs(new)
    Person.objects.bulk_create(new)
    Person.objects.bulk_update(changed.values(), PERSON_FIELDS)
    return resolved


def _write_mentions(
    article: Article, extracted_people: list[ExtractedPerson], people: dict[str, Person], *, replace: bool
) -> None:
    if replace:
        article.mentions.all().delete()
    rows: dict[int, Mention] = {}
    for found in extracted_people:
        person = people[found.name]
        rows.setdefault(
            person.pk, Mention(article=article, person=person, name_as_printed=found.name, role=found.role or "")
        )
    Mention.objects.bulk_create(rows.values())


# Quotes ----------------------------------------------------------------------------------


def _words(text: str) -> str:
    return " ".join(_fold(text).split())


def _write_quotes(
    article: Article,
    extracted: ExtractedArticle,
    people: dict[str, Person],
    meetings: list[MeetingReport],
    *,
    replace: bool,
) -> list[Quote | None]:
    """Write the article's quotes; on a reload replace the machine-made ones and keep (re-anchored) the editors'.

    Returns one entry per extracted quote: its row, or None where an editor's quote stands instead.
    """
    kept: list[Quote] = []
    if replace:
        article.quotes.filter(edited=False, verified=False, rejected=False).delete()
        kept = list(article.quotes.all())
        for quote in kept:
            _reanchor(quote, article.body)
    editors_words = {_words(q.text) for q in kept}
    meeting_of = {i: report.meeting for report in reversed(meetings) for i in report.found.quotes}
    rows: list[Quote | None] = []
    for position, found in enumerate(extracted.quotes):
        if _words(found.text) in editors_words:
            rows.append(None)
            continue
        speaker = people.get(found.speaker) if found.speaker else None
        said_on = found.said_on.value
        quote = Quote(
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
            meeting=meeting_of.get(position),
        )
        quote.take_article_copies()  # title, outlet, and the date it is listed under
        rows.append(quote)
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


def _same_meeting(candidates: list[ProposedMeeting], identity: str, when: date | None) -> ProposedMeeting | None:
    """The meeting already known by this identity, reported within a year of `when`."""
    for meeting in candidates:
        if meeting.identity != identity:
            continue
        if when is None or meeting.status_on is None or abs(meeting.status_on - when) <= SAME_MEETING_WITHIN:
            return meeting
    return None


@dataclass(frozen=True)
class MeetingReport:
    """An extracted meeting and the ProposedMeeting it is a report of."""

    found: ExtractedMeeting
    meeting: ProposedMeeting
    proposer: Person | None


def _find_meetings(
    article: Article, extracted_meetings: list[ExtractedMeeting], people: dict[str, Person], *, replace: bool
) -> list[MeetingReport]:
    """The meeting each extracted report is about: one already known (same kind, who, and time) or a new one."""
    if replace:
        article.meeting_events.all().delete()
    wanted = []
    for found in extracted_meetings:
        participants = [people[name] for name in dict.fromkeys(found.participants) if name in people]
        proposer = people.get(found.proposed_by) if found.proposed_by else None
        if participants or proposer:
            wanted.append((found, participants, proposer, meeting_identity(found.kind, participants, proposer)))
    if not wanted:
        return []
    candidates = list(ProposedMeeting.objects.filter(identity__in={w[3] for w in wanted}).order_by("-status_on", "-id"))
    reports = []
    for found, participants, proposer, identity in wanted:
        when = found.when.value or found.proposed_on.value or article.published
        meeting = _same_meeting(candidates, identity, when)
        if meeting is None:
            meeting = ProposedMeeting.objects.create(kind=found.kind, identity=identity)
            meeting.participants.set(participants)
            candidates.insert(0, meeting)
        reports.append(MeetingReport(found, meeting, proposer))
    return reports


def _write_reports(article: Article, reports: list[MeetingReport], quotes: list[Quote | None], *, replace: bool):
    """Add this article's reports to the trail of each meeting; machine-made meetings take what they say."""
    events, touched, before = [], {}, {}
    for report in reports:
        found, meeting = report.found, report.meeting
        quote_rows = [quotes[i] for i in found.quotes if 0 <= i < len(quotes) and quotes[i] is not None]
        events.append(
            MeetingEvent(
                meeting=meeting,
                article=article,
                quote=quote_rows[0] if quote_rows else None,
                status=found.status or "",
                reported_on=article.published or found.when.value,
                evidence=article.body[found.evidence_start : found.evidence_end],
            )
        )
        if not meeting.is_editors:
            before.setdefault(meeting.pk, _meeting_fields(meeting))
            _take_details(meeting, found, report.proposer)
            _take_status(meeting, events[-1])
            touched[meeting.pk] = meeting
    MeetingEvent.objects.bulk_create(events)
    if replace:  # the status may have come from a report of the article's previous text
        _take_latest_status(list(touched.values()))
    changed = [m for m in touched.values() if _meeting_fields(m) != before[m.pk]]
    ProposedMeeting.objects.bulk_update(changed, MEETING_FIELDS)


def _meeting_fields(meeting: ProposedMeeting) -> list:
    """The values of MEETING_FIELDS (a foreign key by its id: reading the related row would cost a query)."""
    return [getattr(meeting, ProposedMeeting._meta.get_field(field).attname) for field in MEETING_FIELDS]


def _take_details(meeting: ProposedMeeting, found: ExtractedMeeting, proposer: Person | None) -> None:
    """A machine-made meeting keeps the first venue, proposer and proposal date any report gave it."""
    meeting.venue = meeting.venue or (found.venue or "")
    if meeting.proposed_by_id is None:
        meeting.proposed_by = proposer
    if found.proposed_on.value and not meeting.proposed_on:
        meeting.proposed_on, meeting.proposed_on_precision = found.proposed_on.value, found.proposed_on.precision


MEETING_FIELDS = ["venue", "proposed_by", "proposed_on", "proposed_on_precision", "status", "status_on"]


def _take_status(meeting: ProposedMeeting, event: MeetingEvent) -> None:
    """A meeting's status is that of its latest dated report (an undated one counts only while nothing else does)."""
    if not event.status:
        return
    newer = event.reported_on is not None and (meeting.status_on is None or event.reported_on >= meeting.status_on)
    if newer or not meeting.status:
        meeting.status, meeting.status_on = event.status, event.reported_on


def _take_latest_status(meetings: list[ProposedMeeting]) -> None:
    """Recompute each meeting's status from its whole trail."""
    latest = (
        MeetingEvent.objects.filter(meeting__in=meetings)
        .exclude(status="")
        .order_by("meeting_id", F("reported_on").desc(nulls_last=True), "-id")
        .distinct("meeting_id")
    )
    by_meeting = {event.meeting_id: event for event in latest}
    for meeting in meetings:
        event = by_meeting.get(meeting.pk)
        meeting.status, meeting.status_on = (event.status, event.reported_on) if event else ("", None)


def _linked_records(article: Article) -> tuple[set[int], set[int]]:
    """The people and meetings the article's previous version named: the only ones a reload can orphan."""
    people = set(article.mentions.values_list("person_id", flat=True))
    people |= set(article.quotes.exclude(speaker=None).values_list("speaker_id", flat=True))
    meetings = set(article.meeting_events.values_list("meeting_id", flat=True))
    return people, meetings


def _drop_orphans(people: set[int], meetings: set[int]) -> None:
    """Machine-made meetings and people of the article's previous version that no article reports any more."""
    ProposedMeeting.objects.filter(pk__in=meetings, events__isnull=True, edited=False, verified=False).delete()
    Person.objects.filter(
        pk__in=people,
        edited=False,
        verified=False,
        quotes__isnull=True,
        mentions__isnull=True,
        meetings__isnull=True,
        proposed_meetings__isnull=True,
        mentioned_in_quotes__isnull=True,
    ).delete()
