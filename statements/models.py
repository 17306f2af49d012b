"""The archive's records (see DESIGN.md, The records)."""

from __future__ import annotations

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from .querysets import SEARCH_CONFIG, ArticleQuerySet, MeetingQuerySet, PersonQuerySet, QuoteQuerySet


class Precision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"
    UNKNOWN = "unknown", "unknown"


class EditorFlags(models.Model):
    """What an editor did to a record; a flagged record is the editor's and no reload touches it."""

    edited = models.BooleanField(default=False, help_text="Changed by an editor: reloads keep it as it is.")
    verified = models.BooleanField(default=False, help_text="Checked against the source by an editor.")

    class Meta:
        abstract = True

    @property
    def is_editors(self) -> bool:
        return self.edited or self.verified or getattr(self, "rejected", False)


class Article(EditorFlags):
    class DateSource(models.TextChoices):
        DATELINE = "dateline", "dateline"
        URL = "url", "URL"
        TEXT = "text", "text"
        EDITOR = "editor", "editor"

    title = models.TextField(blank=True)
    outlet = models.CharField(max_length=200, blank=True, db_index=True)
    byline = models.CharField(max_length=300, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True, db_index=True)
    published_precision = models.CharField(max_length=8, choices=Precision.choices, default=Precision.UNKNOWN)
    published_source = models.CharField(max_length=8, choices=DateSource.choices, blank=True)
    body = models.TextField(help_text="Clean text; quote offsets count into it.")
    original = models.TextField(help_text="The file as read.")
    content_hash = models.CharField(max_length=64, unique=True)
    source_name = models.CharField(max_length=500, db_index=True)
    language = models.CharField(max_length=10, default="en")
    extraction_version = models.CharField(max_length=20)
    loaded_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-id"]

    def __str__(self) -> str:
        return self.title or self.source_name

    def get_absolute_url(self) -> str:
        return reverse("statements:article-detail", args=[self.pk])

    def refresh_quote_copies(self) -> int:
        """Give the article's quotes its current title and outlet (they keep copies for search and filters) and,
        where a quote has no date of its own, its current publication date. Returns the number of rows changed."""
        quotes = self.quotes.all()
        changed = quotes.exclude(article_title=self.title, outlet=self.outlet).update(
            article_title=self.title, outlet=self.outlet
        )
        return changed + quotes.filter(said_on=None).exclude(dated=self.published).update(dated=self.published)


class Person(EditorFlags):
    class Kind(models.TextChoices):
        PERSON = "person", "person"
        ORGANISATION = "organisation", "organisation"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.PERSON, db_index=True)
    role = models.CharField(max_length=300, blank=True)
    country = models.CharField(max_length=100, blank=True)
    aliases = ArrayField(models.CharField(max_length=200), default=list, blank=True)
    is_leader = models.BooleanField(default=False, db_index=True, help_text="Head of state or government.")
    search_name = models.GeneratedField(
        expression=models.Func(F("name"), F("aliases"), function="statements_fold_names"),
        output_field=models.TextField(),
        db_persist=True,
        help_text="Name and aliases, lower case, accents folded: for typo-tolerant trigram search.",
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        indexes = [GinIndex(fields=["search_name"], opclasses=["gin_trgm_ops"], name="person_search_name_trgm")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("statements:person-detail", args=[self.slug])

    def refresh_quote_copies(self) -> int:
        """Give the person's quotes their current name (kept on each quote for search and lists)."""
        return self.quotes.exclude(speaker_name=self.name).update(speaker_name=self.name)


class Mention(models.Model):
    """An article names a person, with the role it gives them."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="mentions")
    name_as_printed = models.CharField(max_length=200)
    role = models.CharField(max_length=300, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "person"], name="one_mention_per_article_person")]

    def __str__(self) -> str:
        return f"{self.person} in {self.article}"


class ProposedMeeting(EditorFlags):
    class Kind(models.TextChoices):
        SUMMIT = "summit", "summit"
        TALKS = "talks", "talks"
        PHONE_CALL = "phone call", "phone call"
        VISIT = "visit", "visit"
        CONFERENCE = "conference", "conference"
        MEETING = "meeting", "meeting"

    class Status(models.TextChoices):
        PROPOSED = "proposed", "proposed"
        ACCEPTED_IN_PRINCIPLE = "accepted in principle", "accepted in principle"
        PREMATURE = "premature", "premature"
        UNREALISTIC = "unrealistic", "unrealistic"
        EXPECTED = "expected", "expected"
        SCHEDULED = "scheduled", "scheduled"
        HELD = "held", "held"
        POSTPONED = "postponed", "postponed"
        CANCELLED = "cancelled", "cancelled"
        REJECTED = "rejected", "rejected"

    kind = models.CharField(max_length=12, choices=Kind.choices, db_index=True)
    participants = models.ManyToManyField(Person, related_name="meetings", blank=True)
    proposed_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposed_meetings"
    )
    venue = models.CharField(max_length=200, blank=True)
    proposed_on = models.DateField(null=True, blank=True)
    proposed_on_precision = models.CharField(max_length=8, choices=Precision.choices, default=Precision.UNKNOWN)
    status = models.CharField(max_length=24, choices=Status.choices, blank=True, db_index=True)
    status_on = models.DateField(null=True, blank=True, db_index=True, help_text="Date of the latest status.")
    identity = models.CharField(
        max_length=500, db_index=True, help_text="Kind and participants: how reports of one meeting are merged."
    )
    articles = models.ManyToManyField(Article, through="MeetingEvent", related_name="meetings", blank=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = ["-status_on", "-id"]

    def __str__(self) -> str:
        names = " – ".join(p.name for p in self.participants.all()) or "unnamed parties"
        return f"{self.get_kind_display()}: {names}"

    def get_absolute_url(self) -> str:
        return reverse("statements:meeting-detail", args=[self.pk])


class Quote(EditorFlags):
    class Method(models.TextChoices):
        NAMED = "named", "named in the cue"
        PRONOUN = "pronoun", "pronoun"
        ROLE = "role", "role noun"
        CONTINUATION = "continuation", "continuing paragraph"
        EDITOR = "editor", "editor"
        NONE = "none", "not found"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    position = models.PositiveIntegerField(default=0, help_text="Order in the article.")
    speaker = models.ForeignKey(Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes")
    speaker_name = models.CharField(max_length=200, blank=True, help_text="The speaker's canonical name when found.")
    article_title = models.TextField(blank=True, help_text="The article's title, kept here for the search vector.")
    outlet = models.CharField(max_length=200, blank=True, help_text="The article's outlet, kept here for filters.")
    speaker_as_printed = models.CharField(max_length=200, blank=True)
    speaker_role = models.CharField(max_length=300, blank=True, help_text="The role this article gives the speaker.")
    cue = models.CharField(max_length=100, blank=True)
    method = models.CharField(max_length=12, choices=Method.choices, default=Method.NONE)
    confidence = models.FloatField(default=0.0)
    said_on = models.DateField(null=True, blank=True)
    said_on_precision = models.CharField(max_length=8, choices=Precision.choices, default=Precision.UNKNOWN)
    dated = models.DateField(
        null=True, blank=True, help_text="When it was said, else when the article was published (for filters)."
    )
    mentioned = models.ManyToManyField(Person, related_name="mentioned_in_quotes", blank=True)
    meeting = models.ForeignKey(
        ProposedMeeting, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    rejected = models.BooleanField(default=False, help_text="Not a quotation: hidden, and never loaded again.")
    search = models.GeneratedField(
        expression=(
            SearchVector("text", config=SEARCH_CONFIG, weight="A")
            + SearchVector("speaker_name", config=SEARCH_CONFIG, weight="B")
            + SearchVector("article_title", config=SEARCH_CONFIG, weight="C")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
        help_text="Words of the quote, its speaker's name and its article's title, accents folded.",
    )

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["-dated", "article_id", "position"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="quote_end_after_start"),
        ]
        indexes = [
            models.Index(fields=["-dated", "id"], name="quote_dated_idx"),
            models.Index(fields=["speaker", "-dated"], name="quote_speaker_dated_idx"),
            models.Index(fields=["article", "position"], name="quote_article_position_idx"),
            models.Index(F("dated").desc(nulls_last=True), F("id").desc(), name="quote_newest_idx"),
            models.Index("speaker", F("dated").desc(nulls_last=True), F("id").desc(), name="quote_speaker_newest_idx"),
            models.Index("outlet", F("dated").desc(nulls_last=True), F("id").desc(), name="quote_outlet_newest_idx"),
            GinIndex(fields=["search"], name="quote_search_gin"),
        ]

    def __str__(self) -> str:
        words = self.text if len(self.text) <= 80 else self.text[:77] + "…"
        return f"{self.speaker_name or 'unknown'}: “{words}”"

    def get_absolute_url(self) -> str:
        return reverse("statements:quote-detail", args=[self.pk])

    def take_article_copies(self) -> None:
        """Copy what the quote keeps of its article: title, outlet, and its date unless the quote has its own."""
        self.article_title, self.outlet = self.article.title, self.article.outlet
        self.dated = self.said_on or self.article.published


class MeetingEvent(models.Model):
    """One step of a meeting's trail: an article (and maybe a quote) that reported its status."""

    meeting = models.ForeignKey(ProposedMeeting, on_delete=models.CASCADE, related_name="events")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="meeting_events")
    quote = models.ForeignKey(Quote, null=True, blank=True, on_delete=models.SET_NULL, related_name="meeting_events")
    status = models.CharField(max_length=24, choices=ProposedMeeting.Status.choices, blank=True)
    reported_on = models.DateField(null=True, blank=True)
    evidence = models.TextField(blank=True, help_text="The sentence that reported the status.")

    class Meta:
        ordering = ["reported_on", "id"]
        indexes = [models.Index(fields=["meeting", "reported_on"], name="meeting_event_trail_idx")]

    def __str__(self) -> str:
        return f"{self.meeting}: {self.status or 'mentioned'} ({self.article})"
