"""Atom feeds: /quotes/feed/ (same filters as /quotes/) and /people/<slug>/feed/."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from reader_factories import make_archive, make_quote

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def archive(db):
    return make_archive()


def entries(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.find(f"{ATOM}title").text and root.find(f"{ATOM}updated") is not None
    return root.findall(f"{ATOM}entry")


def test_quote_feed_is_atom_with_an_entry_per_quote(client, archive):
    found = entries(client, reverse("statements:quote-feed"))
    assert len(found) == 7
    first = found[0]
    assert first.find(f"{ATOM}link").get("href").startswith("http://testserver/quotes/")
    assert first.find(f"{ATOM}updated").text.startswith("2024-01-15")
    assert first.find(f"{ATOM}author/{ATOM}name").text == "Recep Tayyip Erdoğan"


def test_quote_feed_takes_the_list_filters(client, archive):
    found = entries(client, reverse("statements:quote-feed"), speaker="dmitry-peskov", q="premature")
    assert len(found) == 3
    assert all(e.find(f"{ATOM}title").text.startswith("Dmitry Peskov: “") for e in found)


def test_person_feed_lists_their_quotes(client, archive):
    found = entries(client, reverse("statements:person-feed", args=["vladimir-putin"]))
    assert len(found) == 3
    assert all("dialogue" in e.find(f"{ATOM}title").text for e in found)


def test_feed_content_is_escaped_html(client, archive):
    make_quote("<script>alert(1)</script> we said", archive["kremlin"])
    response = client.get(reverse("statements:person-feed", args=["the-kremlin"]))
    entry = ET.fromstring(response.content).find(f"{ATOM}entry")
    html = entry.find(f"{ATOM}summary").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html


def test_feeds_with_bad_parameters_or_unknown_people_are_404(client, archive):
    assert client.get(reverse("statements:quote-feed"), {"date_after": "2024-13-45"}).status_code == 404
    assert client.get(reverse("statements:person-feed", args=["no-one"])).status_code == 404


def test_person_page_advertises_its_feed(client, archive):
    html = client.get(archive["peskov"].get_absolute_url()).content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert reverse("statements:person-feed", args=["dmitry-peskov"]) in html
