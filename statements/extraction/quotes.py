"""Direct quotations and their exact offsets."""

from __future__ import annotations

import re

from .records import Quote

_QUOTE = re.compile(r"[\"“]([^\"“”\n]{1,2000})[\"”]")


def find_quotes(body: str) -> list[Quote]:
    return [Quote(text=m.group(1), start=m.start(1), end=m.end(1)) for m in _QUOTE.finditer(body)]
