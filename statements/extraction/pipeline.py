"""The extraction steps in order: clean, date, people, quotes, speakers, said-on dates, meetings."""

from __future__ import annotations

from . import attribution, dates, meetings, people, quotes, text
from .records import ExtractedArticle


def extract_article(raw: str, source_name: str) -> ExtractedArticle:
    page = text.clean(raw)
    published, published_source = dates.publication_date(page)
    found_people = people.find_people(page.body)
    found_quotes = quotes.find_quotes(page.body)
    attribution.attribute(found_quotes, page.body, found_people)
    for quote in found_quotes:
        quote.said_on = dates.said_on(page.body, quote.start, published, quote.end)
    found_meetings = meetings.find_meetings(page.body, found_people, found_quotes, published)
    return ExtractedArticle(
        source_name=source_name,
        original=raw,
        title=page.title,
        body=page.body,
        outlet=page.outlet,
        byline=page.byline,
        url=page.url,
        published=published,
        published_source=published_source,
        people=found_people,
        quotes=found_quotes,
        meetings=found_meetings,
    )
