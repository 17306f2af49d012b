"""The filters of every list (django-filter): what the URL's parameters mean and how bad values fail."""

from __future__ import annotations

import django_filters as filters
from django import forms
from django.core.validators import validate_slug

from .models import Article, Person, ProposedMeeting, Quote

MAX_QUERY_LENGTH = 500
MAX_TEXT_LENGTH = 200


class SlugChoiceField(forms.ModelChoiceField):
    """A record chosen by its slug, typed (no <select> of every person); a malformed slug costs no query."""

    widget = forms.TextInput

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if len(value) > 200:
            raise forms.ValidationError("That is longer than any slug.", code="invalid_choice")
        try:
            validate_slug(value)
        except forms.ValidationError as error:
            raise forms.ValidationError(f"“{value[:50]}” is not a slug (e.g. dmitry-peskov).") from error
        try:
            return super().to_python(value)
        except forms.ValidationError as error:
            raise forms.ValidationError(f"No one with the slug “{value}” is in the archive.") from error


class IdChoiceField(forms.ModelChoiceField):
    """A record chosen by its number; out-of-range or non-numeric input is a form error, not a query."""

    widget = forms.NumberInput

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = str(value).strip()
        if not value.isdigit() or len(value) > 18:
            raise forms.ValidationError("Enter a meeting number, e.g. 3.", code="invalid_choice")
        try:
            return super().to_python(value)
        except forms.ValidationError as error:
            raise forms.ValidationError(f"There is no meeting {value}.") from error


class SlugFilter(filters.ModelChoiceFilter):
    field_class = SlugChoiceField


class IdFilter(filters.ModelChoiceFilter):
    field_class = IdChoiceField


class DateRangeForm(forms.Form):
    """A filter form whose `…_after` date may not follow its `…_before` date."""

    def clean(self):
        cleaned = super().clean()
        after, before = cleaned.get(self.after_field), cleaned.get(self.before_field)
        if after and before and after > before:
            self.add_error(self.before_field, "The end date comes before the start date.")
        return cleaned


def date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class QuoteForm(DateRangeForm):
    after_field, before_field = "date_after", "date_before"


class QuoteFilter(filters.FilterSet):
    """/quotes/ and a person's page: `q`, `speaker`, `leader`, dates, `outlet`, `meeting`, `cue`, `sort`."""

    SORTS = [("relevance", "most relevant"), ("-date", "newest first"), ("date", "oldest first")]

    q = filters.CharFilter(method="filter_q", label="Search quotes", max_length=MAX_QUERY_LENGTH)
    speaker = SlugFilter(queryset=Person.objects.all(), to_field_name="slug", label="Said by (slug)")
    leader = SlugFilter(
        queryset=Person.objects.all(),
        to_field_name="slug",
        method="filter_leader",
        label="Concerning (slug)",
        help_text="Said by them, naming them, or about a meeting they take part in.",
    )
    date_after = filters.DateFilter(field_name="dated", lookup_expr="gte", label="From", widget=date_input())
    date_before = filters.DateFilter(field_name="dated", lookup_expr="lte", label="To", widget=date_input())
    outlet = filters.CharFilter(field_name="outlet", label="Outlet", max_length=MAX_TEXT_LENGTH)
    meeting = IdFilter(queryset=ProposedMeeting.objects.all(), label="About meeting (number)")
    cue = filters.CharFilter(field_name="cue", label="Kind (cue word)", max_length=MAX_TEXT_LENGTH)
    sort = filters.ChoiceFilter(choices=SORTS, method="keep", label="Sort", empty_label="default")

    class Meta:
        model = Quote
        fields: list[str] = []
        form = QuoteForm

    def filter_q(self, queryset, name, value):
        return queryset.search(value) if value.strip() else queryset

    def filter_leader(self, queryset, name, value):
        return queryset.for_leader(value)

    def keep(self, queryset, name, value):
        return queryset

    @property
    def search_text(self) -> str:
        """The valid, non-empty search text, else ""."""
        if not self.is_valid():
            return ""
        return (self.form.cleaned_data.get("q") or "").strip()

    @property
    def sort_order(self) -> str:
        chosen = self.form.cleaned_data.get("sort") if self.is_valid() else ""
        if chosen == "relevance" or not chosen:
            return "relevance" if self.search_text else "-date"
        return chosen

    def active_filters(self) -> list[tuple[str, str, str]]:
        """(parameter, label, value as read) for each filter in force but the search text and the sort."""
        if not self.is_valid():
            return []
        active = []
        for name, value in self.form.cleaned_data.items():
            if name in ("q", "sort") or value in (None, ""):
                continue
            shown = value.name if isinstance(value, Person) else value
            if isinstance(value, ProposedMeeting):
                shown = f"{value.get_kind_display()} #{value.pk}"
            active.append((name, str(self.form.fields[name].label), str(shown)))
        return active

    def results(self, headline: bool = True):
        """The matching quotes in the chosen order (none at all when a parameter is invalid).

        For exports, which read them all; a page reads its rows with `page_rows`.
        """
        if not self.is_valid():
            return self.queryset.none()
        queryset = self.qs.for_listing()
        text = self.search_text
        if self.sort_order == "relevance":
            queryset = queryset.by_relevance(text)
        elif self.sort_order == "date":
            queryset = queryset.oldest_first()
        else:
            queryset = queryset.newest_first()
        if text and headline:
            queryset = queryset.with_headline(text)
        return queryset

    def page(self, offset: int, limit: int, facets: bool = True, headline: bool = True) -> tuple[int, dict, list]:
        """(count, facets, rows offset … offset + limit of `results()`) in two queries.

        The first (QuoteQuerySet.overview) counts the matches up to COUNT_CAP + 1, counts the
        facets and finds the ids of the page; the second reads those rows with what a card
        shows and the `headline`, which ts_headline works out for the rows of the page only.
        """
        if not self.is_valid():
            return 0, {}, []
        text, sort = self.search_text, self.sort_order
        count, counted, ids = self.qs.overview(
            sort, text, offset, limit, facets=facets, speakers="speaker" in self.filters
        )
        rows = self.queryset.model.objects.for_listing()
        if text and headline:
            rows = rows.with_headline(text)
        return count, counted, rows.in_order(ids, ranked=sort == "relevance")


class PersonQuoteFilter(QuoteFilter):
    """A person's own quotes: the speaker is given by the page, so no speaker or leader field."""

    speaker = None
    leader = None


class PersonFilter(filters.FilterSet):
    """/people/: `q` (name or alias, typos forgiven), `kind`, `is_leader`."""

    q = filters.CharFilter(method="filter_q", label="Name", max_length=MAX_TEXT_LENGTH)
    kind = filters.ChoiceFilter(choices=Person.Kind.choices, label="Kind", empty_label="any")
    is_leader = filters.BooleanFilter(label="Head of state or government")

    class Meta:
        model = Person
        fields: list[str] = []

    def filter_q(self, queryset, name, value):
        return queryset.matching(value)

    def results(self):
        if not self.is_valid():
            return self.queryset.none()
        queryset = self.qs.with_quote_counts()
        if (self.form.cleaned_data.get("q") or "").strip():
            return queryset  # ordered by resemblance by `matching`
        return queryset.order_by("name", "id")


class ArticleForm(DateRangeForm):
    after_field, before_field = "published_after", "published_before"


class ArticleFilter(filters.FilterSet):
    """/articles/: `q` (in the title), `outlet`, `published_after`, `published_before`, `person` (named)."""

    q = filters.CharFilter(field_name="title", lookup_expr="icontains", label="Title", max_length=MAX_TEXT_LENGTH)
    outlet = filters.CharFilter(field_name="outlet", label="Outlet", max_length=MAX_TEXT_LENGTH)
    published_after = filters.DateFilter(
        field_name="published", lookup_expr="gte", label="Published from", widget=date_input()
    )
    published_before = filters.DateFilter(
        field_name="published", lookup_expr="lte", label="Published to", widget=date_input()
    )
    person = SlugFilter(
        queryset=Person.objects.all(), to_field_name="slug", field_name="mentions__person", label="Naming (slug)"
    )

    class Meta:
        model = Article
        fields: list[str] = []
        form = ArticleForm

    def results(self):
        if not self.is_valid():
            return self.queryset.none()
        return self.qs.for_listing().newest_first()


class MeetingFilter(filters.FilterSet):
    """/meetings/: `status`, `kind`, `participant` (slug)."""

    status = filters.ChoiceFilter(choices=ProposedMeeting.Status.choices, label="Status", empty_label="any")
    kind = filters.ChoiceFilter(choices=ProposedMeeting.Kind.choices, label="Kind", empty_label="any")
    participant = SlugFilter(
        queryset=Person.objects.all(), to_field_name="slug", field_name="participants", label="Taking part (slug)"
    )

    class Meta:
        model = ProposedMeeting
        fields: list[str] = []

    def results(self):
        if not self.is_valid():
            return self.queryset.none()
        return self.qs.for_listing().in_the_news()
