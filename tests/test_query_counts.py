"""A constant number of SQL queries per page, whatever the page size or the number of records."""

from datetime import date

import pytest
from reader_factories import add_event, make_archive, make_article, make_meeting, make_person, make_quote

pytestmark = pytest.mark.django_db


def grow(archive, start: int, n: int) -> None:
    """n more speakers, each quoted twice in one article about a new meeting, plus two more Peskov quotes."""
    for i in range(start, start + n):
        person = make_person(f"Speaker Number{i}", role="Minister", aliases=[f"Number{i}"])
        article = make_article(body=f"“First words {i}” and “second words {i}”.", outlet=f"Outlet {i}")
        article.mentions.create(person=person, name_as_printed=person.name)
        article.mentions.create(person=archive["putin"], name_as_printed="Putin")
        meeting = make_meeting(
            "talks", [person, archive["putin"], archive["peskov"]], venue=f"City {i}", status="proposed",
            proposed_by=person, status_on=date(2020, 1, 1),
        )  # fmt: skip
        for words in (f"First words {i}", f"second words {i}"):
            quote = make_quote(
                words, person, article=article, meeting=meeting, said_on=date(2020, 1 + i % 12, 1),
                mentioned=[archive["putin"], archive["erdogan"]],
            )  # fmt: skip
            add_event(meeting, article, quote=quote, status="proposed", reported_on=date(2020, 1, 1))
        for j in range(2):
            words = f"Peskov word {i} {j}"
            peskov_article = make_article(body=f"He said “{words}” then.", outlet=f"Outlet {i}")
            make_quote(
                words, archive["peskov"], article=peskov_article, meeting=meeting,
                said_on=date(2019, 1 + i % 12, 1 + j), mentioned=[person, archive["putin"]],
            )  # fmt: skip
            add_event(meeting, peskov_article, status="accepted in principle")
            add_event(archive["meeting"], peskov_article, status="proposed")
            peskov_article.mentions.create(person=archive["peskov"], name_as_printed="Peskov")


def pages(archive):
    quote = archive["quotes"]["erdogan"][0]
    return {
        "home": ("/", 4),
        "quote list": ("/quotes/", 2),
        "quote search": ("/quotes/?q=words+or+summit", 3),
        "quote filters": ("/quotes/?speaker=dmitry-peskov&leader=vladimir-putin&date_after=2019-01-01", 4),
        "quote json": ("/quotes/?format=json&leader=vladimir-putin", 3),
        "quote detail": (quote.get_absolute_url(), 3),
        "people": ("/people/", 2),
        "people search": ("/people/?q=Speakr", 2),
        "person page": ("/people/dmitry-peskov/", 8),
        "person search": ("/people/dmitry-peskov/?q=word", 8),
        "articles": ("/articles/", 2),
        "article detail": (quote.article.get_absolute_url(), 5),
        "meetings": ("/meetings/", 3),
        "meetings json": ("/meetings/?format=json", 3),
        "meeting detail": (archive["meeting"].get_absolute_url(), 4),
        "quote feed": ("/quotes/feed/?speaker=dmitry-peskov", 2),
    }


@pytest.mark.parametrize(
    "name",
    ["home", "quote list", "quote search", "quote filters", "quote json", "quote detail", "people", "people search",
     "person page", "person search", "articles", "article detail", "meetings", "meetings json", "meeting detail",
     "quote feed"],
)  # fmt: skip
def test_queries_per_page_do_not_grow_with_page_size_or_records(client, django_assert_num_queries, name):
    archive = make_archive()
    grow(archive, 0, 2)
    url, expected = pages(archive)[name]
    separator = "&" if "?" in url else "?"
    with django_assert_num_queries(expected):
        assert client.get(f"{url}{separator}page_size=2").status_code == 200
    grow(archive, 2, 12)
    url, expected = pages(archive)[name]
    with django_assert_num_queries(expected):
        response = client.get(f"{url}{separator}page_size=50")
        assert response.status_code == 200
    if response.context and "page_obj" in response.context:
        assert len(response.context["page_obj"].object_list) > 2
