"""/quotes/ filters, facets, pagination and bad parameters (never a 500)."""

from datetime import date

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reader_factories import make_archive, make_article, make_quote

from statements.models import Quote

pytestmark = pytest.mark.django_db

QUOTES = reverse("statements:quote-list")


@pytest.fixture
def archive(db):
    return make_archive()


def found(client, **params):
    response = client.get(QUOTES, params)
    assert response.status_code == 200, response.content[:500]
    return list(response.context["page_obj"].object_list)


def test_speaker_filter_returns_only_their_quotes(client, archive):
    quotes = found(client, speaker="dmitry-peskov")
    assert len(quotes) == 3
    assert {q.speaker for q in quotes} == {archive["peskov"]}


def test_speaker_filter_with_the_seed_articles(client, seeded):
    quotes = found(client, speaker="dmitry-peskov", page_size=100)
    assert quotes, "the seed articles quote Dmitry Peskov"
    assert {q.speaker.slug for q in quotes} == {"dmitry-peskov"}
    assert len(quotes) == Quote.objects.public().filter(speaker__slug="dmitry-peskov").count()


def test_date_range_excludes_quotes_outside_it(client, archive):
    quotes = found(client, date_after="2022-02-11", date_before="2023-05-01")
    assert sorted(q.dated for q in quotes) == [date(2022, 2, 11), date(2022, 2, 12), date(2023, 5, 1)]


def test_dates_fall_back_to_publication(client, archive):
    article = make_article(body="“Undated words here” he said.", published=date(2021, 6, 1))
    undated = make_quote("Undated words here", archive["putin"], article=article)
    assert undated.said_on is None
    assert found(client, date_after="2021-06-01", date_before="2021-06-01") == [undated]


def test_leader_filter_covers_said_naming_and_meetings(client, archive):
    putin = {q.pk for q in found(client, leader="vladimir-putin", page_size=100)}
    said = {q.pk for q in archive["quotes"]["putin"]}
    naming = {q.pk for q in archive["quotes"]["peskov"]}  # they mention Putin
    about_meeting = {archive["quotes"]["erdogan"][0].pk}  # Putin takes part in the meeting
    assert putin == said | naming | about_meeting


def test_leader_filter_lists_each_quote_once(client, archive):
    quote = archive["quotes"]["putin"][0]
    quote.mentioned.add(archive["putin"])
    quote.meeting = archive["meeting"]
    quote.save()
    pks = [q.pk for q in found(client, leader="vladimir-putin", page_size=100)]
    assert len(pks) == len(set(pks))


def test_outlet_meeting_and_cue_filters(client, archive):
    assert [q.speaker.slug for q in found(client, outlet="Daily Sabah")] == ["recep-tayyip-erdogan"]
    assert found(client, meeting=archive["meeting"].pk) == archive["quotes"]["erdogan"]
    make_quote("It is premature to speak of it", archive["peskov"], cue="told reporters")
    assert [q.cue for q in found(client, cue="told reporters")] == ["told reporters"]


def test_filters_combine(client, archive):
    quotes = found(client, speaker="dmitry-peskov", date_before="2022-02-10")
    assert [q.said_on for q in quotes] == [date(2022, 2, 10)]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"date_after": "2024-13-45"}, "date_after"),
        ({"date_before": "yesterday"}, "date_before"),
        ({"speaker": "no-such-person"}, "speaker"),
        ({"speaker": "not a slug!"}, "speaker"),
        ({"leader": "x" * 300}, "leader"),
        ({"meeting": "abc"}, "meeting"),
        ({"meeting": "99999999999999999999999"}, "meeting"),
        ({"meeting": "424242"}, "meeting"),
        ({"sort": "price"}, "sort"),
        ({"q": "x" * 10_000}, "q"),
        ({"q": "a\x00b"}, "q"),
        ({"date_after": "2024-02-01", "date_before": "2024-01-01"}, "date_before"),
    ],
)
def test_invalid_values_show_the_form_error_and_no_results(client, archive, params, field):
    response = client.get(QUOTES, params)
    assert response.status_code == 400
    assert field in response.context["filter"].errors
    assert list(response.context["page_obj"].object_list) == []
    html = response.content.decode()
    assert 'class="errorlist' in html and 'aria-invalid="true"' in html


@pytest.mark.parametrize("page", ["-1", "0", "99", "abc", "1.5"])
def test_out_of_range_pages_are_404(client, archive, page):
    assert client.get(QUOTES, {"page": page}).status_code == 404


def test_page_size_and_pagination_keep_the_filters(client, archive):
    response = client.get(QUOTES, {"speaker": "dmitry-peskov", "page_size": 2})
    assert len(response.context["page_obj"].object_list) == 2
    html = response.content.decode()
    assert 'href="?speaker=dmitry-peskov&amp;page_size=2&amp;page=2"' in html
    second = client.get(QUOTES, {"speaker": "dmitry-peskov", "page_size": 2, "page": 2})
    assert len(second.context["page_obj"].object_list) == 1
    assert 'href="?speaker=dmitry-peskov&amp;page_size=2&amp;page=1"' in second.content.decode()


def test_page_size_is_bounded(client, archive):
    assert client.get(QUOTES, {"page_size": "100000"}).context["paginator"].per_page == 100
    assert client.get(QUOTES, {"page_size": "0"}).context["paginator"].per_page == 1
    assert client.get(QUOTES, {"page_size": "lots"}).context["paginator"].per_page == 25


def test_sort_links_keep_the_filters(client, archive):
    html = client.get(QUOTES, {"speaker": "dmitry-peskov", "page_size": 2}).content.decode()
    assert 'href="?speaker=dmitry-peskov&amp;page_size=2&amp;sort=date"' in html


def test_sort_by_date_both_ways(client, archive):
    newest = [q.dated for q in found(client, sort="-date", page_size=100)]
    oldest = [q.dated for q in found(client, sort="date", page_size=100)]
    assert newest == sorted(newest, reverse=True)
    assert oldest == list(reversed(newest))


def test_undated_quotes_come_last_when_newest_first(client, archive):
    article = make_article(body="“Words of no date” he said.", published=None)
    make_quote("Words of no date", archive["putin"], article=article)
    assert found(client, page_size=100)[-1].dated is None


def facet_rows(client, **params):
    return client.get(QUOTES, params).context["facets"]


@pytest.mark.parametrize(
    "params", [{}, {"q": "summit or dialogue"}, {"date_after": "2022-02-11"}, {"leader": "vladimir-putin"}]
)
def test_facet_counts_equal_the_filtered_results_own_counts(client, archive, params):
    facets = facet_rows(client, **params)
    assert facets["speakers"] and facets["years"] and facets["outlets"]
    checks = [("speakers", "speaker", "speaker__slug"), ("outlets", "outlet", "outlet"), ("cues", "cue", "cue")]
    checks.append(("meetings", "meeting", "meeting_id"))
    for facet, param, key in checks:
        for row in facets.get(facet, []):
            response = client.get(QUOTES, {**params, param: row[key]})
            assert response.context["paginator"].count == row["count"], (facet, row)
    for row in facets["years"]:
        response = client.get(QUOTES, {**params, "date_after": row["first"], "date_before": row["last"]})
        if "date_after" not in params:
            assert response.context["paginator"].count == row["count"], row


def test_facet_links_add_their_filter_and_keep_the_rest(client, archive):
    html = client.get(QUOTES, {"q": "summit"}).content.decode()
    assert 'href="?q=summit&amp;speaker=dmitry-peskov"' in html
    assert 'href="?q=summit&amp;date_after=2022-01-01&amp;date_before=2022-12-31"' in html


def test_active_filters_can_be_removed_one_by_one(client, archive):
    html = client.get(QUOTES, {"speaker": "dmitry-peskov", "outlet": "Example News"}).content.decode()
    assert "Said by (slug): <strong>Dmitry Peskov</strong>" in html
    assert 'href="?outlet=Example+News" aria-label="Remove filter Said by (slug): Dmitry Peskov"' in html


def test_json_and_csv_errors_are_400(client, archive):
    assert client.get(QUOTES, {"date_after": "2024-13-45", "format": "json"}).status_code == 400
    assert client.get(QUOTES, {"date_after": "2024-13-45", "format": "csv"}).status_code == 400


text = st.text(alphabet=st.characters(codec="utf-8"), max_size=60)
values = st.one_of(
    text,
    st.sampled_from(["", "-1", "0", "2024-13-45", "2022-02-10", "dmitry-peskov", "vladimir-putin", "1", "relevance",
                     "date", "-date", "9" * 30, "' OR 1=1 --", '"unbalanced', "<script>", "\x00", "a" * 10_000]),
)  # fmt: skip
params = st.dictionaries(
    st.sampled_from(["q", "speaker", "leader", "date_after", "date_before", "outlet", "meeting", "cue", "sort", "page",
                     "page_size", "format"]),
    values,
    max_size=5,
)  # fmt: skip


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=params)
def test_no_parameters_ever_give_a_500(client, archive, params):
    for url in (QUOTES, archive["peskov"].get_absolute_url(), reverse("statements:quote-feed")):
        response = client.get(url, params)
        assert response.status_code in (200, 400, 404), (url, params, response.status_code)
        if response.streaming:
            b"".join(response.streaming_content)


other_lists = st.dictionaries(
    st.sampled_from(["q", "kind", "is_leader", "outlet", "published_after", "published_before", "person", "status",
                     "participant", "page", "page_size", "format"]),
    values,
    max_size=4,
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=other_lists)
def test_other_lists_never_give_a_500(client, archive, params):
    for url in ("/people/", "/articles/", "/meetings/"):
        response = client.get(url, params)
        assert response.status_code in (200, 400, 404), (url, params, response.status_code)
        if response.streaming:
            b"".join(response.streaming_content)


# Past the count cap: small caps stand in for COUNT_CAP, FACET_SAMPLE and RANKED -----------------


@pytest.fixture
def many(db, monkeypatch):
    """31 quotes over 3 speakers and several dates (some undated, some on the same day), with the
    caps made small, so that lists take the ways big results take."""
    import statements.querysets as querysets
    import statements.views as views

    monkeypatch.setattr(querysets, "COUNT_CAP", 10)
    monkeypatch.setattr(views, "COUNT_CAP", 10)
    monkeypatch.setattr(querysets, "FACET_SAMPLE", 6)
    monkeypatch.setattr(views, "FACET_SAMPLE", 6)
    monkeypatch.setattr(querysets, "RANKED", 7)
    from reader_factories import make_person

    people = [make_person(name) for name in ("Ada One", "Bo Two", "Cy Three")]
    outlets = ["North Post", "South Times"]
    for i in range(31):
        words = "summit " * (1 + i % 4) + f"talks number{i}" + (" ceasefire" if i % 3 == 0 else "")
        article = make_article(body=f"“{words}” said someone.", outlet=outlets[i % 2], published=None)
        dated = None if i % 10 == 9 else date(2020 + i % 3, 1 + i % 12, 1 + (i // 12))
        make_quote(words, people[i % 3], article=article, dated=dated, cue="said" if i % 2 else "added")
    return people


def every_page(client, page_size, **params):
    """The ids of every page in turn, following the pages until one has no next page."""
    ids, page = [], 1
    while True:
        response = client.get(QUOTES, {**params, "page_size": page_size, "page": page})
        assert response.status_code == 200, (params, page)
        ids += [q.pk for q in response.context["page_obj"].object_list]
        if not response.context["page_obj"].has_next():
            return ids, response
        page += 1


@pytest.mark.parametrize(
    "params",
    [{}, {"sort": "date"}, {"q": "summit"}, {"q": "summit", "sort": "-date"}, {"q": "summit", "sort": "date"},
     {"q": "ceasefire"}, {"q": "summit", "speaker": "ada-one"}],
)  # fmt: skip
@pytest.mark.parametrize("page_size", [3, 4, 100])
def test_pages_past_the_count_cap_hold_the_whole_list_in_the_exports_order(client, many, params, page_size):
    from statements.filters import QuoteFilter

    expected = [q.pk for q in QuoteFilter(params, queryset=Quote.objects.public()).results(headline=False)]
    ids, _ = every_page(client, page_size, **params)
    assert ids == expected
    rows = client.get(QUOTES, {**params, "format": "csv"})
    assert [int(line.split(b",")[0]) for line in b"".join(rows.streaming_content).splitlines()[1:]] == expected


def test_relevance_ranks_the_newest_matches_then_lists_the_rest_newest_first(client, many):
    ids, _ = every_page(client, 4, q="summit")
    newest = [q.pk for q in Quote.objects.public().search("summit").newest_first()]
    ranked = Quote.objects.public().search("summit").with_rank("summit").filter(pk__in=newest[:7])
    ranks = {q.pk: q.rank for q in ranked}
    assert set(ids[:7]) == set(newest[:7])
    assert [ranks[pk] for pk in ids[:7]] == sorted(ranks.values(), reverse=True)
    assert ids[7:] == newest[7:]


def test_a_capped_count_shows_as_more_than_the_cap_and_pages_past_it_open(client, many):
    response = client.get(QUOTES, {"page_size": 4})
    paginator = response.context["paginator"]
    assert paginator.count_capped and paginator.shown_count == "10+"
    html = response.content.decode()
    assert "10+ quotes" in html and "Page 1 of 3+" in html and ">Last<" not in html
    assert "Counts over the newest 6 matches." in html
    assert client.get(QUOTES, {"page_size": 4, "page": 8}).status_code == 200  # rows 29–31
    assert client.get(QUOTES, {"page_size": 4, "page": 9}).status_code == 404
    body = client.get(QUOTES, {"page_size": 4, "page": 7, "format": "json"}).json()
    assert body["count"] == 11 and "page=8" in body["next"] and len(body["results"]) == 4


def test_capped_facets_count_the_newest_sample(client, many):
    facets = client.get(QUOTES).context["facets"]
    newest = list(Quote.objects.public().newest_first().select_related("speaker", "article")[:6])
    speakers = {row["speaker__slug"]: row["count"] for row in facets["speakers"]}
    assert speakers == {s: sum(q.speaker.slug == s for q in newest) for s in {q.speaker.slug for q in newest}}
    outlets = {row["outlet"]: row["count"] for row in facets["outlets"]}
    assert sum(outlets.values()) == 6
    assert {row["year"]: row["count"] for row in facets["years"]} == {
        y: sum(q.dated.year == y for q in newest if q.dated) for y in {q.dated.year for q in newest if q.dated}
    }


def test_uncapped_facets_and_count_are_exact(client, many):
    response = client.get(QUOTES, {"q": "ceasefire", "cue": "added"})
    matches = list(Quote.objects.public().search("ceasefire").filter(cue="added").select_related("speaker"))
    assert response.context["paginator"].count == len(matches) == 6
    assert not response.context["paginator"].count_capped
    speakers = {row["speaker__slug"]: row["count"] for row in response.context["facets"]["speakers"]}
    assert speakers == {s: sum(q.speaker.slug == s for q in matches) for s in {q.speaker.slug for q in matches}}
    assert "Counts over the newest" not in response.content.decode()


def test_facets_of_a_result_between_the_sample_and_the_cap_count_its_newest_sample(client, many):
    params = {"q": "ceasefire", "date_after": "2020-01-01"}
    response = client.get(QUOTES, params)
    assert response.context["paginator"].count == 10 and not response.context["paginator"].count_capped
    assert "Counts over the newest 6 matches." in response.content.decode()
    matches = Quote.objects.public().search("ceasefire").filter(dated__gte=date(2020, 1, 1))
    newest = list(matches.newest_first().select_related("speaker")[:6])
    speakers = {row["speaker__slug"]: row["count"] for row in response.context["facets"]["speakers"]}
    assert speakers == {s: sum(q.speaker.slug == s for q in newest) for s in {q.speaker.slug for q in newest}}
    cues = {row["cue"]: row["count"] for row in response.context["facets"]["cues"]}
    assert cues == {c: sum(q.cue == c for q in newest) for c in {q.cue for q in newest}}


def test_a_search_past_the_cap_reads_count_facets_and_page_in_two_queries(client, many, django_assert_num_queries):
    with django_assert_num_queries(2):  # overview (count, facets, ids) and the page's rows; no "did you mean"
        response = client.get(QUOTES, {"q": "summit", "page_size": 5})
    assert response.context["paginator"].count_capped and response.context["suggestion"] is None
    with django_assert_num_queries(3):  # the same, and "did you mean" for a search with few matches
        client.get(QUOTES, {"q": "ceasefire", "cue": "added"})
