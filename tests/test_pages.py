"""Every page a reader sees: status, content, escaping, 404s, and that rejected quotes never show."""

from datetime import date

import pytest
from django.urls import reverse
from reader_factories import assert_valid_html, make_archive, make_article, make_person, make_quote

from statements.charts import monthly_bars
from statements.models import Person, ProposedMeeting, Quote
from statements.templatetags.statements_tags import paragraphs, partial_date, passage

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(db):
    return make_archive()


def page_urls(archive):
    quote = archive["quotes"]["peskov"][0]
    return [
        reverse("statements:home"),
        reverse("statements:quote-list"),
        reverse("statements:quote-list") + "?q=summit",
        quote.get_absolute_url(),
        reverse("statements:person-list"),
        archive["peskov"].get_absolute_url(),
        reverse("statements:article-list"),
        quote.article.get_absolute_url(),
        reverse("statements:meeting-list"),
        archive["meeting"].get_absolute_url(),
    ]


def test_every_page_answers_200_with_valid_html(client, archive):
    for url in page_urls(archive):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_valid_html(response.content)


def test_pages_answer_with_the_seed_articles(client, seeded):
    quote = Quote.objects.public().first()
    urls = [reverse("statements:home"), reverse("statements:quote-list"), reverse("statements:person-list")]
    urls += [reverse("statements:article-list"), reverse("statements:meeting-list")]
    urls += [quote.get_absolute_url(), quote.article.get_absolute_url()]
    urls += [person.get_absolute_url() for person in Person.objects.all()[:3]]
    urls += [meeting.get_absolute_url() for meeting in ProposedMeeting.objects.all()[:3]]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_valid_html(response.content)


def test_base_template_has_landmarks_skip_link_and_navigation(client, archive):
    html = client.get(reverse("statements:quote-list")).content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert '<nav aria-label="Main">' in html
    assert 'aria-current="page">Quotes</a>' in html
    assert '<meta name="viewport"' in html


@pytest.mark.parametrize(
    "url",
    ["/quotes/999999/", "/people/nobody-here/", "/articles/999999/", "/meetings/999999/", "/people/nobody/feed/"],
)
def test_unknown_ids_and_slugs_are_404(client, archive, url):
    assert client.get(url).status_code == 404


def test_home_shows_search_latest_quotes_most_quoted_and_meetings(client, archive):
    response = client.get(reverse("statements:home"))
    html = response.content.decode()
    assert 'role="search"' in html and 'name="q"' in html
    assert "We are ready to host the talks in Istanbul" in html
    assert list(response.context["most_quoted"])[0] in (archive["peskov"], archive["putin"])
    assert archive["meeting"].get_absolute_url() in html


def test_quote_page_marks_the_quote_in_its_paragraph(client, archive):
    quote = archive["quotes"]["erdogan"][0]
    html = client.get(quote.get_absolute_url()).content.decode()
    assert '“<mark id="quote">We are ready to host the talks in Istanbul</mark>” Erdoğan told reporters.' in html
    assert "Turkish President" not in html or "Role at the time" in html
    assert "on 15 January 2024" in html
    assert "Daily Sabah" in html and "published 16 January 2024" in html
    assert archive["meeting"].get_absolute_url() in html


def test_quote_page_shows_role_at_the_time_and_citation(client, archive):
    quote = make_quote(
        "Relations are at a low point",
        archive["putin"],
        speaker_role="Prime Minister",
        said_on=date(2009, 2, 1),
        said_on_precision="month",
    )
    response = client.get(quote.get_absolute_url())
    html = response.content.decode()
    assert "Role at the time" in html and "Prime Minister" in html
    assert "in February 2009" in html
    citation = response.context["quote"]
    assert citation == quote
    assert (
        f"Vladimir Putin (Prime Minister), said in February 2009, reported by Example News, 1 March 2023: "
        f"“Relations are at a low point” http://testserver{quote.get_absolute_url()}" in html
    )


def test_quote_with_script_shows_as_text(client, archive):
    quote = make_quote("<script>alert('x')</script> is what he wrote", archive["peskov"])
    urls = [quote.get_absolute_url(), reverse("statements:quote-list"), quote.article.get_absolute_url()]
    for url in [*urls, archive["peskov"].get_absolute_url()]:
        html = client.get(url).content.decode()
        assert "<script>alert" not in html, url
        assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html, url
    html = client.get(reverse("statements:quote-list"), {"q": "wrote"}).content.decode()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; is what he <mark>wrote</mark>" in html


def test_rejected_quotes_never_appear(client, archive):
    rejected = archive["rejected"]
    assert client.get(rejected.get_absolute_url()).status_code == 404
    article_html = client.get(rejected.article.get_absolute_url()).content.decode()
    assert "<mark>" not in article_html and rejected.get_absolute_url() not in article_html
    urls = page_urls(archive) + [
        reverse("statements:quote-list") + "?q=quotation",
        reverse("statements:quote-list") + "?format=json",
        reverse("statements:quote-list") + "?format=csv",
        reverse("statements:quote-feed"),
        reverse("statements:person-feed", args=["dmitry-peskov"]),
    ]
    for url in urls:
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert "hidden forever" not in body.decode(), url


def test_person_page_shows_facts_chart_meetings_and_quotes(client, archive):
    response = client.get(archive["erdogan"].get_absolute_url())
    html = response.content.decode()
    assert "Recep Tayyip Erdoğan" in html and "Turkish President" in html and "Turkey" in html
    assert "<svg" in html and "January 2024: 1 quote" in html
    assert archive["meeting"].get_absolute_url() in html
    assert response.context["quote_count"] == 1
    assert "We are ready to host the talks in Istanbul" in html


def test_person_page_lists_aliases_and_only_their_quotes(client, archive):
    response = client.get(archive["peskov"].get_absolute_url())
    assert "Peskov" in response.content.decode()
    speakers = {q.speaker_id for q in response.context["page_obj"].object_list}
    assert speakers == {archive["peskov"].pk}
    assert response.context["quote_count"] == 3


def test_person_page_quotes_are_searchable_and_filterable(client, archive):
    url = archive["peskov"].get_absolute_url()
    found = client.get(url, {"q": "premature", "date_before": "2022-02-10"}).context["page_obj"].object_list
    assert [q.said_on for q in found] == [date(2022, 2, 10)]
    assert client.get(url, {"q": "dialogue"}).context["paginator"].count == 0


def test_article_page_marks_and_links_every_quote(client, archive):
    article = make_article(body="First he said “alpha words” then.\nLater “beta words” came, and “gamma”.")
    quotes = [make_quote(t, archive["peskov"], article=article) for t in ("alpha words", "beta words", "gamma")]
    article.mentions.create(person=archive["putin"], name_as_printed="Putin", role="President")
    html = client.get(article.get_absolute_url()).content.decode()
    for quote in quotes:
        assert f'<a class="quote-link" href="{quote.get_absolute_url()}"><mark>{quote.text}</mark></a>' in html
    assert html.count("<mark>") == 3
    assert archive["putin"].get_absolute_url() in html


def test_article_page_lists_meetings_mentioned(client, archive):
    article = archive["quotes"]["erdogan"][0].article
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Meetings mentioned" in html and archive["meeting"].get_absolute_url() in html


def test_meeting_page_shows_participants_proposer_status_and_trail(client, archive):
    html = client.get(archive["meeting"].get_absolute_url()).content.decode()
    assert "Vladimir Putin" in html and "Recep Tayyip Erdoğan" in html
    assert "Proposed by" in html and "Istanbul" in html
    assert "Erdoğan offered to host talks." in html and "16 January 2024" in html
    assert "We are ready to host the talks in Istanbul" in html


def test_meeting_list_filters_by_status_and_participant(client, archive):
    assert client.get("/meetings/", {"participant": "vladimir-putin"}).context["paginator"].count == 1
    assert client.get("/meetings/", {"status": "held"}).context["paginator"].count == 0
    assert client.get("/meetings/", {"participant": "no-one"}).status_code == 400


def test_article_list_filters_by_outlet_and_person(client, archive):
    assert client.get("/articles/", {"outlet": "Daily Sabah"}).context["paginator"].count == 1
    article = archive["quotes"]["peskov"][0].article
    article.mentions.create(person=archive["putin"], name_as_printed="Putin")
    found = client.get("/articles/", {"person": "vladimir-putin"}).context["page_obj"].object_list
    assert list(found) == [article]


def test_people_list_shows_quote_counts(client, archive):
    response = client.get(reverse("statements:person-list"))
    counts = {p.slug: p.quote_count for p in response.context["page_obj"].object_list}
    assert counts["dmitry-peskov"] == 3  # the rejected one is not counted
    assert counts["the-kremlin"] == 0


def test_people_list_finds_names_with_typos_and_without_accents(client, archive):
    for typed, slug in [("Peskof", "dmitry-peskov"), ("Erdogan", "recep-tayyip-erdogan"), ("putn", "vladimir-putin")]:
        found = [p.slug for p in client.get("/people/", {"q": typed}).context["page_obj"].object_list]
        assert found[:1] == [slug], typed


def test_partial_dates_say_only_what_is_known():
    day = date(2022, 2, 9)
    assert partial_date(day, "day") == "9 February 2022"
    assert partial_date(day, "month") == "February 2022"
    assert partial_date(day, "year") == "2022"
    assert partial_date(None, "day") == ""


def test_passage_is_the_paragraph_around_the_quote():
    body = "One.\nHe said “two words” today.\nThree."
    start = body.index("two words")
    found = passage(body, start, start + 9, "two words")
    assert (found.before, found.text, found.after) == ("He said “", "two words", "” today.")
    assert passage(body, 0, 3, "not there").anchored is False


def test_paragraphs_skip_quotes_that_overlap_or_do_not_match():
    class Q:
        def __init__(self, text, start):
            self.text, self.start, self.end = text, start, start + len(text)

    body = "abc def\nghi"
    result = paragraphs(body, [Q("def", 4), Q("ef", 5), Q("zzz", 0)])
    assert [[(s.text, bool(s.quote)) for s in para] for para in result] == [
        [("abc ", False), ("def", True)],
        [("ghi", False)],
    ]


def test_chart_has_a_bar_per_month_with_quotes_and_escapes_its_title():
    svg = monthly_bars([(date(2022, 1, 1), 2), (date(2022, 3, 1), 1)], title="<b>x</b>")
    assert svg.count("<rect") == 2
    assert "&lt;b&gt;x&lt;/b&gt;" in svg and "<b>" not in svg
    assert monthly_bars([], title="none") == ""


def test_person_without_quotes_has_a_page(client, archive):
    response = client.get(make_person("Nobody Quoted").get_absolute_url())
    assert response.status_code == 200
    assert response.context["quote_count"] == 0
