"""What the extraction returns: plain dataclasses, no Django."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

from . import EXTRACTION_VERSION  # the hash of the code and curated data


class Precision:
    DAY: Final = "day"
    MONTH: Final = "month"
    YEAR: Final = "year"
    UNKNOWN: Final = "unknown"


@dataclass(frozen=True)
class PartialDate:
    """A date known to a day, a month or a year (value holds the first day of that span)."""

    value: date | None = None
    precision: str = Precision.UNKNOWN

    def iso(self) -> str | None:
        if self.value is None or self.precision == Precision.UNKNOWN:
            return None
        if self.precision == Precision.YEAR:
            return f"{self.value.year:04d}"
        if self.precision == Precision.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


UNKNOWN_DATE: Final = PartialDate()


@dataclass
class Person:
    """Someone (or an organisation) the article names."""

    name: str  # canonical full name ("Dmitry Peskov", "Kremlin")
    kind: str = "person"  # "person" | "organisation"
    role: str | None = None  # as the article gives it ("Kremlin spokesman")
    country: str | None = None
    aliases: list[str] = field(default_factory=list)  # other spellings used in the article
    is_leader: bool = False  # head of state or government
    first_offset: int = 0  # where the article first names them (body offset)


@dataclass
class Quote:
    text: str  # the words inside the marks, exactly as in body[start:end]
    start: int  # offsets into ExtractedArticle.body
    end: int
    speaker: str | None = None  # canonical name of a Person in ExtractedArticle.people, or None
    speaker_as_printed: str | None = None  # "the Kremlin spokesman", "he", "Peskov"
    speaker_role: str | None = None  # role at the time, as this article gives it
    cue: str | None = None  # "said", "told reporters", "according to"
    method: str = "none"  # how the speaker was found: named | pronoun | role | continuation | none
    confidence: float = 0.0  # 0..1
    said_on: PartialDate = UNKNOWN_DATE
    mentions: list[str] = field(default_factory=list)  # canonical names of people the quote names
    meeting: int | None = None  # index into ExtractedArticle.meetings


@dataclass
class Meeting:
    kind: str  # summit | talks | phone call | visit | conference | meeting
    participants: list[str] = field(default_factory=list)  # canonical names
    proposed_by: str | None = None
    venue: str | None = None
    status: str | None = None  # proposed | accepted in principle | premature | ... (DESIGN.md)
    proposed_on: PartialDate = UNKNOWN_DATE
    when: PartialDate = UNKNOWN_DATE  # when it is (or was) to take place, when known
    evidence_start: int = 0  # the sentence that gave the status (body offsets)
    evidence_end: int = 0
    quotes: list[int] = field(default_factory=list)  # indexes into ExtractedArticle.quotes


@dataclass
class ExtractedArticle:
    source_name: str
    original: str  # the text as read
    title: str | None
    body: str  # clean text; quote offsets count into it
    outlet: str | None = None
    byline: str | None = None
    url: str | None = None
    published: PartialDate = UNKNOWN_DATE
    published_source: str | None = None  # dateline | url | text
    language: str = "en"
    people: list[Person] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    version: str = EXTRACTION_VERSION

    def as_json(self) -> dict:
        """The shape `manage.py extract --format jsonl` prints (read by score_extraction.py)."""
        return {
            "file": self.source_name,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published.iso(),
            "quotes": [
                {
                    "text": q.text,
                    "start": q.start,
                    "end": q.end,
                    "speaker": q.speaker,
                    "speaker_as_printed": q.speaker_as_printed,
                    "cue": q.cue,
                    "method": q.method,
                    "confidence": round(q.confidence, 2),
                    "said_on": q.said_on.iso(),
                }
                for q in self.quotes
            ],
            "persons": [{"name": p.name, "role": p.role, "kind": p.kind, "aliases": p.aliases} for p in self.people],
            "meetings": [
                {
                    "kind": m.kind,
                    "participants": m.participants,
                    "proposed_by": m.proposed_by,
                    "venue": m.venue,
                    "status": m.status,
                }
                for m in self.meetings
            ],
        }
