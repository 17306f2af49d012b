"""The curated list of well-known leaders and officials (fixtures/known_people.json).

A help for canonical names, roles and the leader flag, never a requirement: people
not in the list are found all the same.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from . import KNOWN_PEOPLE_FILE
from .names import fold, surname_key


@dataclass(frozen=True)
class Known:
    name: str
    role: str | None
    country: str | None
    is_leader: bool
    kind: str
    gender: str | None
    aliases: tuple[str, ...] = field(default_factory=tuple)


@dataclass
class KnownIndex:
    by_form: dict[str, Known]  # folded full name or alias -> person
    by_surname: dict[str, list[Known]]  # surname key -> people


@lru_cache(maxsize=1)
def index() -> KnownIndex:
    try:
        rows = json.loads(KNOWN_PEOPLE_FILE.read_text(encoding="utf-8"))["people"]
    except (OSError, ValueError, KeyError):
        rows = []
    by_form: dict[str, Known] = {}
    by_surname: dict[str, list[Known]] = {}
    for row in rows:
        known = Known(
            name=row["name"],
            role=row.get("role"),
            country=row.get("country"),
            is_leader=bool(row.get("is_leader")),
            kind=row.get("kind", "person"),
            gender=row.get("gender"),
            aliases=tuple(row.get("aliases", ())),
        )
        for form in (known.name, *known.aliases):
            by_form.setdefault(fold(form), known)
        if known.kind == "person":
            keys = {surname_key(form) for form in (known.name, *known.aliases) if len(form.split()) > 1}
            for key in keys:
                by_surname.setdefault(key, []).append(known)
    return KnownIndex(by_form=by_form, by_surname=by_surname)


def lookup(name: str) -> Known | None:
    return index().by_form.get(fold(name))


def by_surname(surname: str, gender: str | None = None) -> Known | None:
    """The one well-known person with this surname (of this gender when given), if only one."""
    found = index().by_surname.get(surname_key(surname), [])
    if gender:
        found = [k for k in found if k.gender in (gender, None)]
    return found[0] if len(found) == 1 else None
