"""`?format=json` and `?format=csv` for every list: one record shape per model, CSV rows flattened from it."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.http import HttpRequest, JsonResponse, StreamingHttpResponse

#: A cell starting with one of these is a formula to a spreadsheet: it gets a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _link(request: HttpRequest, obj) -> str | None:
    return request.build_absolute_uri(obj.get_absolute_url()) if obj is not None else None


def _person(request: HttpRequest, person, fallback_name: str = "") -> dict[str, Any]:
    if person is None:
        return {"name": fallback_name or None, "slug": None, "url": None}
    return {"name": person.name, "slug": person.slug, "url": _link(request, person)}


def _meeting(request: HttpRequest, meeting) -> dict[str, Any] | None:
    if meeting is None:
        return None
    return {"id": meeting.pk, "kind": meeting.kind, "status": meeting.status or None, "url": _link(request, meeting)}


def quote_record(quote, request: HttpRequest) -> dict[str, Any]:
    article = quote.article
    return {
        "id": quote.pk,
        "url": _link(request, quote),
        "text": quote.text,
        "speaker": _person(request, quote.speaker, quote.speaker_name or quote.speaker_as_printed),
        "speaker_as_printed": quote.speaker_as_printed or None,
        "speaker_role": quote.speaker_role or None,
        "said_on": _iso(quote.said_on),
        "said_on_precision": quote.said_on_precision,
        "dated": _iso(quote.dated),
        "cue": quote.cue or None,
        "method": quote.method,
        "article": {
            "id": article.pk,
            "title": article.title,
            "outlet": article.outlet or None,
            "published": _iso(article.published),
            "published_precision": article.published_precision,
            "source_url": article.url or None,
            "url": _link(request, article),
        },
        "meeting": _meeting(request, quote.meeting),
    }


def person_record(person, request: HttpRequest) -> dict[str, Any]:
    return {
        "id": person.pk,
        "url": _link(request, person),
        "name": person.name,
        "slug": person.slug,
        "kind": person.kind,
        "role": person.role or None,
        "country": person.country or None,
        "aliases": list(person.aliases),
        "is_leader": person.is_leader,
        "quote_count": getattr(person, "quote_count", None),
    }


def article_record(article, request: HttpRequest) -> dict[str, Any]:
    return {
        "id": article.pk,
        "url": _link(request, article),
        "title": article.title,
        "outlet": article.outlet or None,
        "byline": article.byline or None,
        "published": _iso(article.published),
        "published_precision": article.published_precision,
        "source_url": article.url or None,
        "quote_count": getattr(article, "quote_count", None),
    }


def meeting_record(meeting, request: HttpRequest) -> dict[str, Any]:
    return {
        "id": meeting.pk,
        "url": _link(request, meeting),
        "kind": meeting.kind,
        "status": meeting.status or None,
        "status_on": _iso(meeting.status_on),
        "venue": meeting.venue or None,
        "proposed_on": _iso(meeting.proposed_on),
        "proposed_on_precision": meeting.proposed_on_precision,
        "proposed_by": _person(request, meeting.proposed_by) if meeting.proposed_by_id else None,
        "participants": [_person(request, p) for p in meeting.participants.all()],
    }


#: CSV columns: dotted paths into the record; a list of people becomes their names joined by "; ".
COLUMNS: dict[Callable, list[str]] = {
    quote_record: [
        "id", "url", "text", "speaker.name", "speaker.slug", "speaker_as_printed", "speaker_role", "said_on",
        "said_on_precision", "dated", "cue", "method", "article.title", "article.outlet", "article.published",
        "article.source_url", "article.url", "meeting.id", "meeting.kind", "meeting.url",
    ],
    person_record: ["id", "url", "name", "slug", "kind", "role", "country", "aliases", "is_leader", "quote_count"],
    article_record: [
        "id", "url", "title", "outlet", "byline", "published", "published_precision", "source_url", "quote_count",
    ],
    meeting_record: [
        "id", "url", "kind", "status", "status_on", "venue", "proposed_on", "proposed_on_precision",
        "proposed_by.name", "participants",
    ],
}  # fmt: skip


def neutralise(value: Any) -> Any:
    """A string a spreadsheet would run as a formula is kept as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for key in path.split("."):
        if not isinstance(value, dict):
            return ""
        value = value.get(key)
    if isinstance(value, list):
        value = "; ".join(item["name"] if isinstance(item, dict) else str(item) for item in value)
    return "" if value is None else neutralise(value)


def csv_rows(records: Iterable[dict[str, Any]], columns: list[str]) -> Iterator[list[Any]]:
    yield columns
    for record in records:
        yield [_cell(record, column) for column in columns]


class _Echo:
    def write(self, value: str) -> str:
        return value


def csv_response(queryset, to_record: Callable, request: HttpRequest, filename: str) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())
    records = (to_record(obj, request) for obj in queryset.iterator(chunk_size=1000))
    lines = (writer.writerow(row) for row in csv_rows(records, COLUMNS[to_record]))
    response = StreamingHttpResponse((line.encode("utf-8") for line in lines), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def json_response(page, to_record: Callable, request: HttpRequest, page_url: Callable[[int], str]) -> JsonResponse:
    """One page of a list: {"count", "next", "previous", "results"}; next/previous keep every parameter."""
    body = {
        "count": page.paginator.count,
        "next": request.build_absolute_uri(page_url(page.next_page_number())) if page.has_next() else None,
        "previous": request.build_absolute_uri(page_url(page.previous_page_number())) if page.has_previous() else None,
        "results": [to_record(obj, request) for obj in page.object_list],
    }
    return JsonResponse(body, json_dumps_params={"ensure_ascii": False, "indent": 1})
