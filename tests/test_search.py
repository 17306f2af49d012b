"""Full-text search over quotes (websearch syntax, accents folded, ranked, highlighted) and names with typos."""

import pytest
from django.urls import reverse
from reader_factories import make_article, make_person, make_quote

from statements.models import Person, Quote

pytestmark = pytest.mark.django_db

QUOTES = reverse("statements:quote-list")


@pytest.fixture
def quotes(db):
    peskov = make_person("Dmitry Peskov", role="Kremlin spokesman")
    erdogan = make_person("Recep Tayyip Erdoğan", role="Turkish President")
    return {
        "summit": make_quote("A summit is premature under the current circumstances", peskov),
        "phrase": make_quote("The prospect of such a meeting looks unrealistic", peskov),
        "split": make_quote("Unrealistic as it looks, a meeting is possible", peskov),
        "host": make_quote("We are ready to host the talks in Istanbul", erdogan),
        "weapons": make_quote("Weapons deliveries will continue", make_person("Olaf Scholz")),
    }


def search(client, q, **params):
    response = client.get(QUOTES, {"q": q, **params})
    assert response.status_code == 200
    return response


def texts(response):
    return [q.text for q in response.context["page_obj"].object_list]


def test_phrase_in_quotes_matches_only_the_words_in_that_order(client, quotes):
    assert texts(search(client, '"meeting looks unrealistic"')) == [quotes["phrase"].text]
    assert set(texts(search(client, "meeting looks unrealistic"))) == {quotes["phrase"].text, quotes["split"].text}


def test_or_matches_either_word(client, quotes):
    assert set(texts(search(client, "summit or Istanbul"))) == {quotes["summit"].text, quotes["host"].text}


def test_minus_excludes_a_word(client, quotes):
    assert texts(search(client, "meeting -prospect")) == [quotes["split"].text]


def test_words_are_stemmed(client, quotes):
    assert texts(search(client, "delivery")) == [quotes["weapons"].text]


def test_accents_are_folded_both_ways(client, quotes):
    assert texts(search(client, "Erdogan")) == [quotes["host"].text]
    accented = make_quote("Nous sommes prêts à négocier", make_person("Emmanuel Macron"))
    assert texts(search(client, "negocier prets")) == [accented.text]


def test_speaker_name_and_article_title_are_searched(client, quotes):
    assert len(texts(search(client, "Peskov"))) == 3
    article = make_article(body="“Nothing more to add” he said.", title="Kremlin rules out Minsk talks")
    quote = make_quote("Nothing more to add", None, article=article)
    assert texts(search(client, "Minsk")) == [quote.text]


def test_results_are_ranked_by_relevance_when_searching(client, quotes):
    strong = make_quote("Talks, talks and more talks: talks are the only way", make_person("Antonio Guterres"))
    response = search(client, "talks")
    assert texts(response)[0] == strong.text
    assert response.context["sort"] == "relevance"
    ranks = [q.rank for q in response.context["page_obj"].object_list]
    assert ranks == sorted(ranks, reverse=True)


def test_words_of_the_quote_rank_above_the_speakers_name(client, quotes):
    named = make_quote("Peskov is wrong about it", make_person("Someone Else"))
    assert texts(search(client, "Peskov"))[0] == named.text


def test_search_can_be_sorted_by_date(client, quotes):
    response = search(client, "meeting or summit", sort="date")
    dated = [q.dated for q in response.context["page_obj"].object_list]
    assert dated == sorted(dated)


def test_matching_words_are_marked(client, quotes):
    html = search(client, "premature").content.decode()
    assert "A summit is <mark>premature</mark> under the current circumstances" in html


def test_marks_survive_html_in_the_quote_and_never_unescape_it(client, quotes):
    quote = make_quote('Tom & Jerry say "<b>bold</b>" and <i>premature</i>', quotes["summit"].speaker)
    html = search(client, "premature jerry").content.decode()
    assert "Tom &amp; <mark>Jerry</mark> say &quot;&lt;b&gt;bold&lt;/b&gt;&quot; and &lt;i&gt;" in html
    assert "<b>bold" not in html and quote.pk


def test_markers_already_in_the_text_cannot_inject_markup(client, quotes):
    from statements.querysets import MARK_START, MARK_STOP

    make_quote(f"Stray {MARK_STOP} and {MARK_START} premature & more", quotes["summit"].speaker)
    html = search(client, "premature").content.decode()
    assert html.count("<mark>") == html.count("</mark>") == 2
    assert MARK_START not in html and MARK_STOP not in html
    assert "premature</mark> &amp; more" in html


def test_a_misspelt_speaker_suggests_the_person(client, quotes):
    response = search(client, "Peskof")
    assert texts(response) == []
    assert response.context["suggestion"].slug == "dmitry-peskov"
    assert '<a href="?speaker=dmitry-peskov">quotes by Dmitry Peskov</a>' in response.content.decode()


def test_no_suggestion_for_an_ordinary_search(client, quotes):
    assert search(client, "premature").context["suggestion"] is None


def test_people_search_tolerates_typos_and_accents():
    make_person("Dmitry Peskov", aliases=["Dmitri Peskov"])
    make_person("Recep Tayyip Erdoğan")
    make_person("Volodymyr Zelensky", aliases=["Zelenskyy", "Zelenskiy"])
    assert [p.name for p in Person.objects.matching("Peskof")] == ["Dmitry Peskov"]
    assert [p.name for p in Person.objects.matching("erdogan")] == ["Recep Tayyip Erdoğan"]
    assert [p.name for p in Person.objects.matching("Zelenskyy")] == ["Volodymyr Zelensky"]
    assert [p.name for p in Person.objects.matching("Zelenskj")] == ["Volodymyr Zelensky"]


def test_people_page_lists_peskov_for_a_typo(client, quotes):
    response = client.get("/people/", {"q": "Peskof"})
    assert "Dmitry Peskov" in response.content.decode()


@pytest.mark.parametrize(
    "q",
    [
        '"unbalanced quote',
        "the and of",
        "' OR 1=1; DROP TABLE statements_quote; --",
        "<script>alert(1)</script>",
        "& | ! : * ( ) <-> \\",
        "-",
        "or or or",
        '""',
        "😀 emoji",
        "x" * 500,
    ],
)
def test_odd_queries_give_results_or_nothing_never_an_error(client, quotes, q):
    response = client.get(QUOTES, {"q": q})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_a_10kb_query_and_a_nul_byte_are_form_errors(client, quotes):
    for q in ("word " * 2000, "pre\x00mature"):
        response = client.get(QUOTES, {"q": q})
        assert response.status_code == 400
        assert "q" in response.context["filter"].errors


def test_orm_search_strips_nul_bytes(quotes):
    assert Quote.objects.search("pre\x00mature").count() == 0
    assert Quote.objects.search("premature\x00").count() == 1


def test_stop_words_only_find_nothing(client, quotes):
    assert texts(search(client, "the of and")) == []


def test_search_uses_the_gin_index(quotes):
    from django.db import connection

    with connection.cursor() as cursor:
        # On a tiny table the planner prefers any other path; leave it only the bitmap scan GIN offers.
        cursor.execute("SET enable_seqscan = off; SET enable_indexscan = off")
        plan = Quote.objects.search("summit").explain()
        cursor.execute("RESET enable_seqscan; RESET enable_indexscan")
    assert "quote_search_gin" in plan


def test_search_column_has_a_raised_statistics_target():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstattarget FROM pg_attribute"
            " WHERE attrelid = 'statements_quote'::regclass AND attname = 'search'"
        )
        assert cursor.fetchone()[0] == 1000
