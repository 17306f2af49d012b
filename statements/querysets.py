"""Reads: the queries pages, exports, feeds and the admin share (attached to the models as managers)."""

from __future__ import annotations

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, TrigramWordSimilarity
from django.db import models
from django.db.models import Count, F, Func, OuterRef, Prefetch, Q, Value
from django.db.models.functions import ExtractYear, TruncMonth

#: The text search configuration made in migration 0002: `english` with accents folded by `unaccent`.
SEARCH_CONFIG = "statements_english"
#: Marker characters asked of ts_headline around matches; they are swapped for <mark> after escaping.
MARK_START, MARK_STOP = "\ue000", "\ue001"
#: Facets count over at most this many matches (the newest), so their cost stays bounded.
FACET_SAMPLE = 10_000


def clean_query(text: str) -> str:
    """Query text safe to hand to PostgreSQL: NUL bytes raise there, so they go."""
    return " ".join(text.replace("\x00", " ").split())


def web_search_query(text: str) -> SearchQuery:
    return SearchQuery(clean_query(text), search_type="websearch", config=SEARCH_CONFIG)


class Fold(Func):
    """Lower case and accents folded, as the people's `search_name` column holds names."""

    function = "statements_fold"
    output_field = models.TextField()


class QuoteQuerySet(models.QuerySet):
    def public(self):
        """What readers may see: never a rejected quote."""
        return self.filter(rejected=False)

    def for_listing(self):
        """Rows with what a quote card shows, in one query (no article body, no search vector)."""
        return self.select_related("speaker", "article", "meeting").defer(
            "search", "article__body", "article__original"
        )

    def newest_first(self):
        return self.order_by(F("dated").desc(nulls_last=True), "-id")

    def oldest_first(self):
        return self.order_by(F("dated").asc(nulls_last=True), "id")

    def said_by(self, person):
        return self.filter(speaker=person)

    def for_leader(self, person):
        """Quotes that concern a person: said by them, naming them, or about a meeting they take part in."""
        mentioned = self.model.mentioned.through.objects.filter(person=person).values("quote_id")
        meetings = self.model.meeting.field.related_model.participants.through.objects.filter(person=person).values(
            "proposedmeeting_id"
        )
        return self.filter(Q(speaker=person) | Q(pk__in=mentioned) | Q(meeting_id__in=meetings))

    def search(self, text: str):
        """Full-text match over the quote's words, its speaker's name and its article's title."""
        return self.filter(search=web_search_query(text))

    def with_rank(self, text: str):
        return self.annotate(rank=SearchRank(F("search"), web_search_query(text)))

    def by_relevance(self, text: str):
        return self.with_rank(text).order_by("-rank", F("dated").desc(nulls_last=True), "-id")

    def with_headline(self, text: str):
        """`headline`: the whole quote with matching words between MARK_START and MARK_STOP (not escaped).

        HighlightAll keeps every character of the quote: in fragment mode ts_headline drops
        anything that looks like an HTML tag, and a quote must be shown word for word.
        """
        return self.annotate(
            headline=SearchHeadline(
                "text",
                web_search_query(text),
                config=SEARCH_CONFIG,
                start_sel=MARK_START,
                stop_sel=MARK_STOP,
                highlight_all=True,
            )
        )

    # Facets: counts over (a bounded sample of) the current result set ---------------------

    def facet_sample(self):
        """The same rows, at most FACET_SAMPLE of them (the newest), as a plain filter on ids."""
        ids = self.order_by(F("dated").desc(nulls_last=True), "-id").values("pk")[:FACET_SAMPLE]
        return self.model.objects.filter(pk__in=ids)

    def top_speakers(self, n: int = 10):
        return list(
            self.exclude(speaker=None)
            .values("speaker__slug", "speaker__name")
            .annotate(count=Count("pk"))
            .order_by("-count", "speaker__name")[:n]
        )

    def top_outlets(self, n: int = 10):
        return list(
            self.exclude(article__outlet="")
            .values(outlet=F("article__outlet"))
            .annotate(count=Count("pk"))
            .order_by("-count", "outlet")[:n]
        )

    def top_years(self, n: int = 15):
        """[{year, count, first, last}] newest year first; first/last are the year's bounds as ISO dates."""
        rows = list(
            self.exclude(dated=None)
            .annotate(year=ExtractYear("dated"))
            .values("year")
            .annotate(count=Count("pk"))
            .order_by("-year")[:n]
        )
        for row in rows:
            row["first"], row["last"] = f"{row['year']:04d}-01-01", f"{row['year']:04d}-12-31"
        return rows

    def top_meetings(self, n: int = 10):
        return list(
            self.exclude(meeting=None)
            .values("meeting_id", "meeting__kind", "meeting__venue", "meeting__status")
            .annotate(count=Count("pk"))
            .order_by("-count", "-meeting_id")[:n]
        )

    def top_cues(self, n: int = 10):
        return list(self.exclude(cue="").values("cue").annotate(count=Count("pk")).order_by("-count", "cue")[:n])

    def per_month(self):
        """[(first day of month, count)] in date order, undated quotes left out."""
        rows = (
            self.exclude(dated=None)
            .annotate(month=TruncMonth("dated"))
            .values("month")
            .annotate(count=Count("pk"))
            .order_by("month")
        )
        return [(row["month"], row["count"]) for row in rows]


class PersonQuerySet(models.QuerySet):
    def with_quote_counts(self):
        quotes = self.model.quotes.field.model.objects.filter(rejected=False, speaker=OuterRef("pk"))
        counts = quotes.order_by().values("speaker").annotate(n=Count("pk")).values("n")
        return self.annotate(quote_count=models.functions.Coalesce(models.Subquery(counts), 0))

    def most_quoted(self, n: int = 10):
        return (
            self.annotate(quote_count=Count("quotes", filter=Q(quotes__rejected=False)))
            .filter(quote_count__gt=0)
            .order_by("-quote_count", "name")[:n]
        )

    def matching(self, text: str):
        """People whose name or an alias contains the text or resembles it (typos, accents folded)."""
        text = clean_query(text)
        if not text:
            return self
        folded = Fold(Value(text))
        return (
            self.filter(Q(search_name__contains=folded) | Q(search_name__trigram_word_similar=folded))
            .annotate(similarity=TrigramWordSimilarity(folded, "search_name"))
            .order_by("-similarity", "name")
        )

    def resembling(self, text: str, threshold: float = 0.5):
        """People whose name looks like a misspelling of the text (for "did you mean")."""
        text = clean_query(text)
        if len(text) < 3:
            return self.none()
        folded = Fold(Value(text))
        return (
            self.annotate(similarity=TrigramWordSimilarity(folded, "search_name"))
            .filter(search_name__trigram_word_similar=folded, similarity__gte=threshold)
            .order_by("-similarity", "name")
        )


class ArticleQuerySet(models.QuerySet):
    def for_listing(self):
        quotes = models.Count("quotes", filter=Q(quotes__rejected=False))
        return self.defer("body", "original").annotate(quote_count=quotes)

    def newest_first(self):
        return self.order_by(F("published").desc(nulls_last=True), "-id")


class MeetingQuerySet(models.QuerySet):
    def for_listing(self):
        person = self.model.participants.field.related_model
        return self.select_related("proposed_by").prefetch_related(
            Prefetch("participants", queryset=person.objects.order_by("name"))
        )

    def in_the_news(self):
        return self.order_by(F("status_on").desc(nulls_last=True), "-id")

    def with_participant(self, person):
        return self.filter(participants=person)
