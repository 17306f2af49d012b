"""Pages. Thin: the queries live on the models' managers (querysets.py), the filters in filters.py."""

from __future__ import annotations

import math
import re

from django.core.paginator import EmptyPage, Page, Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import DetailView, ListView, TemplateView

from . import exports
from .charts import monthly_bars
from .filters import ArticleFilter, MeetingFilter, PersonFilter, PersonQuoteFilter, QuoteFilter
from .models import Article, Person, ProposedMeeting, Quote
from .querysets import COUNT_CAP, FACET_SAMPLE

MAX_PAGE_SIZE = 100
#: A page deeper than this many rows is not looked for (its OFFSET would not fit in a bigint).
MAX_OFFSET = 10**12


class CappedPage(Page):
    """A page that knows whether another follows without an exact count (it read one row more)."""

    def __init__(self, object_list, number, paginator, more: bool):
        super().__init__(object_list, number, paginator)
        self.more = more

    def has_next(self) -> bool:
        return self.more


class CappedPaginator(Paginator):
    """Pages of a list counted up to `cap` + 1 (past the cap `count_capped`: "10,000+"), whose count
    and rows come together: `read(offset, limit)` answers (count, rows) in one go.

    The view names the page it is about to ask for (`number`), so the count and that page's
    rows are read at once. Pages are numbered as usual up to the cap; when the count is capped,
    pages past it still open as long as they hold rows.
    """

    def __init__(self, read, per_page, cap: int, number: int = 1):
        super().__init__([], per_page, allow_empty_first_page=True)
        self.read, self.cap = read, cap
        self.first_number = number if number >= 1 and number * per_page <= MAX_OFFSET else 1
        self._read: dict[int, tuple[int, list]] = {}

    def rows(self, number: int) -> list:
        """Rows of page `number`, with one row more than a page to tell whether another follows."""
        if number not in self._read:
            self._read[number] = self.read((number - 1) * self.per_page, self.per_page + 1)
        return self._read[number][1]

    @property
    def count(self) -> int:
        if not self._read:
            self.rows(self.first_number)
        return next(iter(self._read.values()))[0]

    @property
    def count_capped(self) -> bool:
        return self.count > self.cap

    @property
    def shown_count(self) -> str:
        """The count as a reader sees it: "10,000+" past the cap."""
        return f"{self.cap:,}+" if self.count_capped else f"{self.count:,}"

    @property
    def num_pages(self) -> int:
        if self.count == 0:
            return 1
        return math.ceil(min(self.count, self.cap) / self.per_page)

    def validate_number(self, number):
        if not self.count_capped:
            return super().validate_number(number)
        try:
            return super().validate_number(number)
        except EmptyPage:
            number = int(number)
            if number < 1 or number * self.per_page > MAX_OFFSET:
                raise
            return number

    def page(self, number):
        number = self.validate_number(number)
        rows = self.rows(number)
        if not rows and number > 1:
            raise EmptyPage("That page contains no results")
        return CappedPage(rows[: self.per_page], number, self, more=len(rows) > self.per_page)


class FilteredListView(ListView):
    """A filtered, paginated list that also answers `?format=json` (one page) and `?format=csv` (all rows).

    `page_size` (1–100) sets the page length. An invalid parameter gives status 400 and the form's errors.
    """

    filterset_class: type
    to_record = None
    export_name = "export"
    paginate_by = 25

    def get_base_queryset(self):
        raise NotImplementedError

    def get_filterset(self):
        return self.filterset_class(self.request.GET, queryset=self.get_base_queryset(), request=self.request)

    def get_queryset(self):
        return self.filterset.results()

    def get_paginate_by(self, queryset):
        size = self.request.GET.get("page_size", "")
        if re.fullmatch(r"[0-9]{1,9}", size):
            return max(1, min(int(size), MAX_PAGE_SIZE))
        return self.paginate_by

    @property
    def export_format(self) -> str:
        return self.request.GET.get("format", "")

    def get(self, request, *args, **kwargs):
        self.filterset = self.get_filterset()
        invalid = not self.filterset.is_valid()
        if self.export_format == "csv":
            if invalid:
                return HttpResponse(self.filterset.errors.as_text(), status=400, content_type="text/plain")
            return exports.csv_response(self.get_export_queryset(), type(self).to_record, request, self.export_name)
        if self.export_format == "json" and invalid:
            return JsonResponse({"errors": self.filterset.errors.get_json_data()}, status=400)
        response = super().get(request, *args, **kwargs)
        if invalid:
            response.status_code = 400
        return response

    def get_export_queryset(self):
        return self.filterset.results()

    def render_to_response(self, context, **response_kwargs):
        if self.export_format == "json":
            return exports.json_response(context["page_obj"], type(self).to_record, self.request, self.page_url)
        return super().render_to_response(context, **response_kwargs)

    def page_url(self, number: int) -> str:
        params = self.request.GET.copy()
        params["page"] = number
        return f"{self.request.path}?{params.urlencode()}"

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter=self.filterset, **kwargs)


class QuoteListView(FilteredListView):
    template_name = "statements/quote_list.html"
    filterset_class = QuoteFilter
    to_record = exports.quote_record
    export_name = "quotes"

    def get_base_queryset(self):
        return Quote.objects.public()

    def get_export_queryset(self):
        return self.filterset.results(headline=False)

    def get_queryset(self):
        return Quote.objects.none()  # the paginator reads the rows of the page (`QuoteFilter.page`)

    def get_paginator(self, queryset, per_page, orphans=0, allow_empty_first_page=True, **kwargs):
        """Count, facets (HTML only) and the ids of the page in one query, the page's rows in one more."""
        html = self.export_format != "json"

        def read(offset: int, limit: int) -> tuple[int, list]:
            count, self._facets, rows = self.filterset.page(offset, limit, facets=html, headline=html)
            return count, rows

        page = self.request.GET.get(self.page_kwarg, "1")
        number = int(page) if re.fullmatch(r"[0-9]{1,15}", page) else 1
        return CappedPaginator(read, per_page, cap=COUNT_CAP, number=number)

    def facets(self) -> dict:
        return getattr(self, "_facets", {})

    def suggestion(self, count: int):
        """A person whose name the search text seems to misspell, unless a speaker is already chosen
        or the text is common in the archive (more than COUNT_CAP matches: no misspelling)."""
        text = self.filterset.search_text
        if not text or "speaker" not in self.filterset.filters or self.filterset.form.cleaned_data.get("speaker"):
            return None
        if count > COUNT_CAP:
            return None
        best = Person.objects.resembling(text).first()
        return best if best is not None and best.similarity < 1 else None

    def feed_url(self) -> str:
        return reverse("statements:quote-feed")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.export_format == "json":
            return context
        context.update(
            facets=self.facets() if context["paginator"].count else {},
            facets_capped=context["paginator"].count > FACET_SAMPLE,
            facet_sample=f"{FACET_SAMPLE:,}",
            suggestion=self.suggestion(context["paginator"].count),
            search_text=self.filterset.search_text,
            sort=self.filterset.sort_order if self.filterset.is_valid() else "",
            sorts=QuoteFilter.SORTS,
            feed_url=self.feed_url(),
        )
        return context


class PersonDetailView(QuoteListView):
    """A person and their quotes, filterable and searchable like /quotes/."""

    template_name = "statements/person_detail.html"
    filterset_class = PersonQuoteFilter

    def get(self, request, *args, **kwargs):
        self.person = get_object_or_404(Person, slug=kwargs["slug"])
        self.export_name = self.person.slug
        return super().get(request, *args, **kwargs)

    def get_base_queryset(self):
        return Quote.objects.public().said_by(self.person)

    def feed_url(self) -> str:
        return reverse("statements:person-feed", args=[self.person.slug])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.export_format == "json":
            return context
        person = self.person
        said = Quote.objects.public().said_by(person)
        months = said.per_month()
        context.update(
            person=person,
            quote_count=said.count(),
            chart=monthly_bars(months, title=f"Quotes by {person.name} per month"),
            months=months,
            meetings=ProposedMeeting.objects.for_listing().with_participant(person).in_the_news(),
            mentions=person.mentions.select_related("article").order_by("-article__published", "-article_id")[:20],
        )
        return context


class QuoteDetailView(DetailView):
    template_name = "statements/quote_detail.html"
    context_object_name = "quote"

    def get_queryset(self):
        return (
            Quote.objects.public()
            .select_related("speaker", "article", "meeting__proposed_by")
            .prefetch_related("mentioned", "meeting__participants")
            .defer("search", "article__original")
        )


class PersonListView(FilteredListView):
    template_name = "statements/person_list.html"
    filterset_class = PersonFilter
    to_record = exports.person_record
    export_name = "people"
    paginate_by = 50

    def get_base_queryset(self):
        return Person.objects.all()


class ArticleListView(FilteredListView):
    template_name = "statements/article_list.html"
    filterset_class = ArticleFilter
    to_record = exports.article_record
    export_name = "articles"

    def get_base_queryset(self):
        return Article.objects.all()


class ArticleDetailView(DetailView):
    template_name = "statements/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.defer("original")

    def get_context_data(self, **kwargs):
        article = self.object
        return super().get_context_data(
            quotes=list(article.quotes.public().select_related("speaker").defer("search").order_by("start")),
            mentions=article.mentions.select_related("person").order_by("person__name"),
            meetings=ProposedMeeting.objects.for_listing().filter(events__article=article).distinct().in_the_news(),
            **kwargs,
        )


class MeetingListView(FilteredListView):
    template_name = "statements/meeting_list.html"
    filterset_class = MeetingFilter
    to_record = exports.meeting_record
    export_name = "meetings"

    def get_base_queryset(self):
        return ProposedMeeting.objects.all()


class MeetingDetailView(DetailView):
    template_name = "statements/meeting_detail.html"
    context_object_name = "meeting"

    def get_queryset(self):
        return ProposedMeeting.objects.for_listing()

    def get_context_data(self, **kwargs):
        meeting = self.object
        return super().get_context_data(
            events=meeting.events.select_related("article", "quote").defer(
                "article__body", "article__original", "quote__search"
            ),
            quotes=meeting.quotes.public().for_listing().newest_first()[:50],
            **kwargs,
        )


class HomeView(TemplateView):
    template_name = "statements/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            latest=Quote.objects.public().for_listing().newest_first()[:10],
            most_quoted=Person.objects.most_quoted(10),
            meetings=ProposedMeeting.objects.for_listing().in_the_news()[:6],
            **kwargs,
        )
