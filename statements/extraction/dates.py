"""Publication dates and the dates quotes were said."""

from __future__ import annotations

from .records import UNKNOWN_DATE, PartialDate
from .text import Page


def publication_date(page: Page) -> tuple[PartialDate, str | None]:
    return UNKNOWN_DATE, None


def said_on(body: str, offset: int, published: PartialDate) -> PartialDate:
    return UNKNOWN_DATE
