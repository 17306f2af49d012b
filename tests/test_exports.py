"""?format=json and ?format=csv on every list: same filters as the HTML, permalinks, safe CSV cells."""

import csv
import io
import json

import pytest
from django.http import StreamingHttpResponse
from django.urls import reverse
from reader_factories import make_archive, make_quote

from statements.exports import neutralise

pytestmark = pytest.mark.django_db

QUOTES = reverse("statements:quote-list")


@pytest.fixture
def archive(db):
    return make_archive()


def get_json(client, url, **params):
    response = client.get(url, {**params, "format": "json"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def get_csv(client, url, **params):
    response = client.get(url, {**params, "format": "csv"})
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    return list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8"))))


def html_ids(client, url, **params):
    return [obj.pk for obj in client.get(url, params).context["page_obj"].object_list]


def test_quote_json_has_the_documented_shape(client, archive):
    body = get_json(client, QUOTES, meeting=archive["meeting"].pk)
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] == 1 and body["next"] is None and body["previous"] is None
    quote = body["results"][0]
    assert quote["url"] == f"http://testserver/quotes/{archive['quotes']['erdogan'][0].pk}/"
    assert quote["text"] == "We are ready to host the talks in Istanbul"
    assert quote["speaker"] == {
        "name": "Recep Tayyip Erdoğan",
        "slug": "recep-tayyip-erdogan",
        "url": "http://testserver/people/recep-tayyip-erdogan/",
    }
    assert (quote["said_on"], quote["said_on_precision"], quote["cue"]) == ("2024-01-15", "day", "said")
    assert quote["article"]["title"] == "Erdoğan offers to host talks"
    assert quote["article"]["outlet"] == "Daily Sabah"
    assert quote["article"]["published"] == "2024-01-16"
    assert quote["article"]["url"].startswith("http://testserver/articles/")
    assert quote["meeting"]["url"] == f"http://testserver/meetings/{archive['meeting'].pk}/"


@pytest.mark.parametrize(
    "params",
    [{}, {"speaker": "dmitry-peskov"}, {"q": "summit or dialogue"}, {"leader": "vladimir-putin", "sort": "date"},
     {"date_after": "2022-02-11", "page_size": 2, "page": 2}],
)  # fmt: skip
def test_json_and_csv_hold_the_same_quotes_as_the_html(client, archive, params):
    body = get_json(client, QUOTES, **params)
    assert [r["id"] for r in body["results"]] == html_ids(client, QUOTES, **params)
    everything = {k: v for k, v in params.items() if k not in ("page", "page_size")}
    rows = get_csv(client, QUOTES, **everything)
    assert [int(r["id"]) for r in rows] == html_ids(client, QUOTES, **everything, page_size=100)
    assert len(rows) == body["count"]


def test_json_next_and_previous_keep_the_filters(client, archive):
    body = get_json(client, QUOTES, speaker="dmitry-peskov", page_size=2)
    assert body["next"] == "http://testserver/quotes/?speaker=dmitry-peskov&page_size=2&format=json&page=2"
    second = client.get(body["next"]).json()
    assert second["previous"].endswith("page=1") and second["next"] is None
    assert len(second["results"]) == 1


def test_csv_has_a_header_row_and_utf8(client, archive):
    rows = get_csv(client, QUOTES, speaker="recep-tayyip-erdogan")
    assert rows[0]["speaker.name"] == "Recep Tayyip Erdoğan"
    assert rows[0]["article.title"] == "Erdoğan offers to host talks"
    assert rows[0]["url"].startswith("http://testserver/quotes/")


def test_csv_of_an_empty_result_is_just_the_header(client, archive):
    response = client.get(QUOTES, {"q": "nothingmatcheshere", "format": "csv"})
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("id,url,text")


def test_csv_neutralises_formulas(client, archive):
    for words in ("=HYPERLINK(1)", "+1 and more", "-2 down", "@SUM(A1)"):
        make_quote(words, archive["kremlin"])
    rows = get_csv(client, QUOTES, speaker="the-kremlin")
    assert sorted(r["text"] for r in rows) == ["'+1 and more", "'-2 down", "'=HYPERLINK(1)", "'@SUM(A1)"]


def test_neutralise_leaves_numbers_and_plain_text():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("\tx") == "'\tx"
    assert neutralise("plain") == "plain"
    assert neutralise(-3) == -3


@pytest.mark.parametrize(
    ("url", "params", "key"),
    [
        ("/people/", {"q": "Peskof"}, "slug"),
        ("/articles/", {"outlet": "Daily Sabah"}, "title"),
        ("/meetings/", {"participant": "vladimir-putin"}, "kind"),
    ],
)
def test_other_lists_export_the_same_rows(client, archive, url, params, key):
    body = get_json(client, url, **params)
    ids = html_ids(client, url, **params)
    assert [r["id"] for r in body["results"]] == ids and ids
    assert all(r["url"].startswith("http://testserver/") for r in body["results"])
    rows = get_csv(client, url, **params)
    assert [int(r["id"]) for r in rows] == ids
    assert rows[0][key] == str(body["results"][0][key])


def test_meeting_export_lists_participants(client, archive):
    body = get_json(client, "/meetings/")
    names = {p["name"] for p in body["results"][0]["participants"]}
    assert names == {"Vladimir Putin", "Recep Tayyip Erdoğan"}
    rows = get_csv(client, "/meetings/")
    assert set(rows[0]["participants"].split("; ")) == names


def test_person_page_exports_their_quotes(client, archive):
    body = get_json(client, archive["peskov"].get_absolute_url())
    assert body["count"] == 3
    assert {r["speaker"]["slug"] for r in body["results"]} == {"dmitry-peskov"}
    assert len(get_csv(client, archive["peskov"].get_absolute_url(), q="premature")) == 3
