"""Atom feeds (Django's syndication framework): /quotes/feed/ with the list's filters, and a person's quotes."""

from __future__ import annotations

from datetime import UTC, datetime, time

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from .filters import PersonQuoteFilter, QuoteFilter
from .models import Person, Quote

FEED_LENGTH = 50


class QuoteFeed(Feed):
    """The newest quotes matching the same parameters as /quotes/ (an invalid parameter is a 404)."""

    feed_type = Atom1Feed
    filterset_class = QuoteFilter

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return None

    def filterset(self, obj):
        queryset = Quote.objects.public()
        if obj is not None:
            queryset = queryset.said_by(obj)
        filterset = self.filterset_class(self.request.GET, queryset=queryset, request=self.request)
        if not filterset.is_valid():
            raise Http404("Invalid feed parameters.")
        return filterset

    def title(self, obj):
        return "Statements: quotes"

    def link(self, obj):
        query = self.request.GET.urlencode()
        return reverse("statements:quote-list") + (f"?{query}" if query else "")

    def subtitle(self, obj):
        return "The newest quotes matching these filters, with speaker, date and source."

    def items(self, obj):
        return self.filterset(obj).qs.for_listing().newest_first()[:FEED_LENGTH]

    def item_title(self, item: Quote) -> str:
        speaker = item.speaker.name if item.speaker else (item.speaker_as_printed or "Unknown speaker")
        words = item.text if len(item.text) <= 90 else item.text[:87] + "…"
        return f"{speaker}: “{words}”"

    def item_description(self, item: Quote) -> str:
        # Atom readers treat the content as HTML: the article's words are escaped here.
        source = item.article.outlet or item.article.title or "the article"
        return f"<blockquote>{escape(item.text)}</blockquote><p>{escape(item.speaker_role)} · {escape(source)}</p>"

    def item_link(self, item: Quote) -> str:
        return item.get_absolute_url()

    def item_author_name(self, item: Quote) -> str | None:
        return item.speaker.name if item.speaker else None

    def item_pubdate(self, item: Quote):
        if item.dated is None:
            return item.article.loaded_at
        return datetime.combine(item.dated, time(), tzinfo=UTC)

    def item_updateddate(self, item: Quote):
        return self.item_pubdate(item)


class PersonQuoteFeed(QuoteFeed):
    """A person's newest quotes; the /quotes/ filters other than speaker and leader apply too."""

    filterset_class = PersonQuoteFilter

    def get_object(self, request, slug):
        self.request = request
        return get_object_or_404(Person, slug=slug)

    def title(self, obj):
        return f"Statements: quotes by {obj.name}"

    def link(self, obj):
        return obj.get_absolute_url()

    def subtitle(self, obj):
        return f"The newest quotes by {obj.name}" + (f", {obj.role}" if obj.role else "") + "."
