"""Meetings, summits, talks, calls and visits proposed, refused or held.

Sentence by sentence: a meeting word ("summit", "talks", "met", "phone call", "visit" ...) names
a meeting; who takes part comes from the sentence's grammar in order of trust:
"between X and Y", "X and Y met", "X's meeting with Y" / "X will meet Y", "the leaders of A and B"
(countries read against the roles the article gives its people), "the X-Y summit", else the leaders
the sentence names. A sentence that only points back ("the meeting", "such a summit", "the two
leaders") adds its status, proposer and quotes to the meeting it points to. The status is the most
decisive one any mention gives (cancelled over scheduled over proposed). Mentions with the same kind
and participants are one meeting.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Final

from . import countries
from .printed_dates import Keyed, lower_pattern, lowered, trie
from .records import Meeting, PartialDate, Person, Quote

# --- names in the text ---------------------------------------------------------------------------------

_FOLD: Final[dict[int, str]] = {}
for _code in range(0xC0, 0x250):
    _base = unicodedata.normalize("NFKD", chr(_code))[0]
    if _base.isascii() and _base.isalpha():
        _FOLD[_code] = _base
_FOLD.update({ord("’"): "'", ord("‘"): "'"})
_FOLDABLE: Final = re.compile("[" + "".join(chr(c) for c in sorted(_FOLD)) + "]")
_SUFFIX: Final = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_PARTICLES: Final = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "la", "le", "del", "der", "abu", "gen.", "gen"}


_CAPITALISED: Final = re.compile(r"(?<![\w-])[A-Z][\w'-]*")


def fold(text: str) -> str:
    """Accents dropped, one character for one: offsets into the folded text are offsets into the text."""
    if text.isascii():
        return text
    text = text.replace("’", "'").replace("‘", "'")
    return _FOLDABLE.sub(_fold_char, text) if not text.isascii() and _foldable(text) else text


def _foldable(text: str) -> bool:
    """_FOLDABLE.search(text) is not None: its characters are among the non-ASCII ones (found by str.find)."""
    data = text.encode("ascii", "replace")  # each character ASCII does not hold one "?"
    if data.count(b"?") > 64:
        return _FOLDABLE.search(text) is not None
    i = data.find(b"?")
    while i >= 0:
        if ord(text[i]) in _FOLD:
            return True
        i = data.find(b"?", i + 1)
    return False


def _fold_char(m: re.Match) -> str:
    return _FOLD[ord(m.group())]


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    name: str  # canonical name of the person


@lru_cache(maxsize=4096)
def _form_keys(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The keys (folded, lower case) of the forms of a person's name that may stand for it, in their order."""
    keys = [fold(form).strip(" ,.").lower() for form in _forms(name, aliases)]
    return tuple(key for key in keys if len(key) >= 2 and key[0].isalpha())


@lru_cache(maxsize=4096)
def _first_and_surname(name: str) -> tuple[str, str, str] | None:
    """A name of two or three words whose first may be written alone ("Xi Jinping", "Yoon Suk Yeol"): (name, first,
    last word), folded."""
    name = fold(name)
    tokens = name.split()
    if 2 <= len(tokens) <= 3 and len(tokens[0]) >= 2 and tokens[0][0].isupper():
        return name, tokens[0], tokens[-1]
    return None


def _forms(name: str, aliases: tuple[str, ...]) -> list[str]:
    names = [name, *aliases]
    forms = list(names)
    for name in names:
        tokens = [t for t in name.split() if t.lower().strip(",") not in _SUFFIX]
        if len(tokens) > 1:
            forms.append(tokens[-1])
            if "-" in tokens[-1] and len(tokens) == 2:
                forms.append(tokens[0])  # "Park Geun-hye": the family name comes first
            if tokens[-2].lower() in _PARTICLES:
                forms.append(" ".join(tokens[-2:]))  # "al-Assad", "Al Thani"
    return forms


def find_mentions(
    body: str,
    people: list[Person],
    forms: dict[str, str] | None = None,
    folded: str | None = None,
    low: str | None = None,
    found: dict[str, list[int]] | None = None,
) -> list[Mention]:
    """Where the article names each person (full name, alias or surname), in order of offset.

    low: lowered(folded), if known; found: what _places() found in it already."""
    folded = fold(body) if folded is None else folded
    forms = name_forms(body, people, folded) if forms is None else forms
    if not forms:
        return []
    if all(f.isascii() for f in forms):
        return _find_forms(folded, forms, low, found)
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w])(?!-\w)",
        re.IGNORECASE,
    )
    mentions = []
    for m in pattern.finditer(folded):
        if m.group(0)[0].isupper():
            mentions.append(Mention(m.start(), m.end(), forms[m.group(0).lower()]))
    return mentions


def _places(low: str, key: str, found: dict[str, list[int]]) -> list[int]:
    """Every place (overlapping ones too) where key occurs in low; found holds the places of the keys searched
    for before, and takes these. "vladimir putin" is where "putin" is, 9 characters before: only the shortest
    forms of a name are searched for."""
    places = found.get(key)
    if places is not None:
        return places
    # the last word: the key it most often ends with (any one gives the places)
    inner: str | None = key[key.rfind(" ") + 1 :]
    if inner == key or inner not in found:
        inner = next((k for k in found if key.endswith(k)), None)
    if inner is not None:
        d = len(key) - len(inner)
        places = [k - d for k in found[inner] if k >= d and low.startswith(key, k - d)]
    else:
        places = []
        i = low.find(key)
        while i >= 0:
            places.append(i)
            i = low.find(key, i + 1)
    found[key] = places
    return places


def _find_forms(
    folded: str, forms: dict[str, str], low: str | None = None, found: dict[str, list[int]] | None = None
) -> list[Mention]:
    """find_mentions' regex (longest form first, whole words, case ignored) by str.find in the lower-cased text.

    found: what _places() found in low already."""
    low = lowered(folded) if low is None else low
    found = {} if found is None else found
    order = {f: i for i, f in enumerate(sorted(forms, key=len, reverse=True))}
    hits = []
    n = len(folded)
    for form in sorted(forms, key=len):
        size = len(form)
        places = _places(low, form, found)
        rank = order[form]
        for i in places:  # whole words: _WORDISH before, no _WORD_CHAR nor "-" and one after (inlined)
            if i and ((c := folded[i - 1]).isalnum() or c == "_" or c == "-"):
                continue
            j = i + size
            if j < n and (
                (c := folded[j]).isalnum() or c == "_" or (c == "-" and j + 1 < n and _WORD_CHAR(folded[j + 1]))
            ):
                continue
            hits.append((i, rank, j, form))
    hits.sort()
    mentions = []
    at = 0
    for i, _, j, form in hits:
        if i < at:
            continue
        at = j
        if folded[i].isupper():
            mentions.append(Mention(i, j, forms[form]))
    return mentions


def _WORD_CHAR(c: str) -> bool:
    return c.isalnum() or c == "_"


def _WORDISH(c: str) -> bool:
    return c.isalnum() or c == "_" or c == "-"


_CAPITALISED_WORD: Final = re.compile(r"[A-Z][\w'-]*")


class _CapitalisedCounts:
    """Counter(_CAPITALISED.findall(text)), counting only the words asked for (by str.find)."""

    def __init__(self, text: str):
        self.text = text
        self.counts: dict[str, int] = {}
        self.all: Counter | None = None

    def __getitem__(self, word: str) -> int:
        if word not in self.counts:
            self.counts[word] = self._count(word)
        return self.counts[word]

    def _count(self, word: str) -> int:
        if not _CAPITALISED_WORD.fullmatch(word):
            return 0
        text, size, n = self.text, len(word), 0
        i = text.find(word)
        while i >= 0:
            before = text[i - 1] if i else " "
            if before == "'":  # maybe inside a longer word ("O'Brien"): count them all
                if self.all is None:
                    self.all = Counter(_CAPITALISED.findall(text))
                return self.all[word]
            j = i + size
            if not (before.isalnum() or before in "_-") and (
                j == len(text) or not _WORD_CHAR(text[j]) and text[j] not in "'-"
            ):
                n += 1
            i = text.find(word, i + 1)
        return n


def name_forms(
    body: str,
    people: list[Person],
    folded: str | None = None,
    low: str | None = None,
    found: dict[str, list[int]] | None = None,
) -> dict[str, str]:
    """Each way the article may write a name (folded, lower case) -> canonical name; ambiguous ones left out.

    low: lowered(folded) and found, what _places() found in it, if known (it takes what it finds)."""
    persons = [p for p in people if p.kind == "person"]
    owner: dict[str, set[str]] = {}
    for person in persons:
        for key in _form_keys(person.name, tuple(person.aliases)):
            owner.setdefault(key, set()).add(person.name)
    folded = fold(body) if folded is None else folded
    words = _CapitalisedCounts(folded)
    # A first name written alone while the surname never is: "Xi" for "Xi Jinping".
    for person in persons:
        two = _first_and_surname(person.name)
        if two:
            name, first, surname = two
            full = _count(folded, name, low, found, surname.lower())
            # words[w] <= folded.count(w): the plain count rules most first names out at once
            if full < folded.count(first) and full < words[first] and words[surname] <= full:
                owner.setdefault(first.lower(), set()).add(person.name)
    forms = {}
    for key, names in owner.items():
        if len(names) == 1:
            forms[key] = next(iter(names))
            continue
        fullest = max(names, key=lambda n: len(n.split()))
        if all(set(fold(n).split()) <= set(fold(fullest).split()) for n in names):
            forms[key] = fullest  # "Park" and "Park Geun-hye" listed apart: the same person
    return forms


def _count(text: str, name: str, low: str | None, found: dict[str, list[int]] | None, surname: str) -> int:
    """text.count(name), by the places of its lower case in low (lowered(text)) if known: those of the surname,
    which the name ends with, are wanted anyway."""
    if low is None or found is None or not name.isascii():
        return text.count(name)
    _places(low, surname, found)
    n = at = 0
    for i in _places(low, name.lower(), found):
        if i >= at and text.startswith(name, i):  # the occurrences that do not overlap, from the left
            n += 1
            at = i + len(name)
    return n


# --- sentences -----------------------------------------------------------------------------------------

# A sentence runs from a non-space to the first full stop (not after an initial, "Mr", "St" or "Gen") that
# closing marks and a space follow, else to the end of its line. Written so that re never backtracks.
_STOP: Final = r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\bGen)[.!?][\"'”’)]*+(?=\s)"
_SENTENCE: Final = re.compile(r"\S[^\n.!?]*+(?:(?!" + _STOP + r")[.!?][^\n.!?]*+)*+(?:" + _STOP + ")?")


def sentences(body: str) -> list[tuple[int, int]]:
    return [m.span() for m in _SENTENCE.finditer(body)]


def _sentences_around(body: str, first: int, last: int) -> list[tuple[int, int]]:
    """The spans sentences(body) gives from the one holding body[first] to the one holding body[last] (non-spaces),
    maybe with some before and one after. No sentence holds a line break and the first non-space of each line
    starts one: they are read from first's line on."""
    spans = []
    for m in _SENTENCE.finditer(body, body.rfind("\n", 0, first) + 1):
        spans.append(m.span())
        if m.start() > last:
            break
    return spans


# --- meeting words -------------------------------------------------------------------------------------

_CUE: Final = re.compile(
    r"(?P<call>\b(?:tele)?phone (?:call|conversation|talk)s?\b|\b(?:spoke|speak|spoken|talked"
    r"|talk)s? (?:by|over the|on the) (?:tele)?phone\b"
    r"|\b(?:the|a|her|his|their|this|that|first|recent|latest) call\b|\bcall with\b|\bspoke (?:with|to)\b)"
    r"|(?P<summit>\bsummit(?:s|ry)?\b)"
    r"|(?P<visit>\b(?:state |official )?visit(?:s|ed|ing)?\b|\btrip to\b|\btravel(?:l?ed|s)? to\b)"
    r"|(?P<conference>(?<!press )(?<!news )\bconference\b)"
    r"|(?P<talks>\btalks\b|\bmeeting\b|\bmeet(?:s)?\b|\bmet\b|\bnegotiations?\b|\bs[ai]t down\b|\bheld discussions\b"
    r"|\bhad discussions\b|\bbilateral\b|\bone-on-one\b|\bface-to-face\b)",
    re.IGNORECASE,
)
# Each meeting word holds one of these, at most 9 characters after its start ("official visit").
_CUES: Final = Keyed(
    _CUE,
    ["telephone", "phone", "spoke", "speak", "talk", "call<7", "summit", "visit<9", "trip to", "travel",
     "conference", "meet", "met", "negotiation", "sat down", "sit down", "discussions<5", "bilateral",
     "one-on-one", "face-to-face"],
    by_find=True,
)  # fmt: skip
_PRESS: Final = re.compile(r"\b(?:press|news)\s+$", re.IGNORECASE)
_NOT_A_MEETING: Final = re.compile(
    r"^(?:meeting (?:of|with) (?:the )?(?:press|reporters|journalists)|visit(?:ed|ing)? (?:the )?(?:site"
    r"|website|hospital))",
    re.IGNORECASE,
)
_ANAPHOR: Final = re.compile(
    r"\b(?:the|such an?|this|that|a potential|the proposed|the planned|the upcoming|any such|a possible)\s+"
    r"(?:\[[^\]]{0,60}\]\s+)?(?:presidential\s+|bilateral\s+|one-on-one\s+|in-person\s+|peace\s+)?"
    r"(?:meeting|summit|talks|call|visit|contact|conversation|meet)\b",
    re.IGNORECASE,
)
_TWO: Final = re.compile(
    r"\b(?:the|both)\s+(?:two|2)\s+(?:leaders|presidents|men|heads of state|prime ministers|sides)\b", re.IGNORECASE
)
# The same on lower-cased text, without re.IGNORECASE (much faster).
# lower_pattern(_ANAPHOR) for search(), split by its first words, each part led by plain letters, so that re skips
# ahead to them fast ("\\b" before a letter is no word character before it): one part matches where it does.
_ANAPHOR_REST: Final = (
    r"\s+(?:\[[^\]]{0,60}\]\s+)?(?:presidential\s+|bilateral\s+|one-on-one\s+|in-person\s+|peace\s+)?"
    r"(?:meeting|summit|talks|call|visit|contact|conversation|meet)\b"
)
_ANAPHOR_THE: Final = re.compile(r"th(?<!\wth)(?:e|is|at|e proposed|e planned|e upcoming)" + _ANAPHOR_REST)
_ANAPHOR_SUCH: Final = re.compile(r"such(?<!\wsuch) an?" + _ANAPHOR_REST)
_ANAPHOR_ANY_SUCH: Final = re.compile(r"any such(?<!\wany such)" + _ANAPHOR_REST)
_ANAPHOR_A: Final = re.compile(r"a (?<!\wa )p(?:otential|ossible)" + _ANAPHOR_REST)


def _anaphor(low: str) -> bool:
    """_ANAPHOR matches in low, lower-cased text (each part tried only where its words are)."""
    return bool(
        _ANAPHOR_THE.search(low)
        or ("such" in low and (_ANAPHOR_SUCH.search(low) or _ANAPHOR_ANY_SUCH.search(low)))
        or ("a p" in low and _ANAPHOR_A.search(low))
    )


_TWO_LOW: Final = lower_pattern(_TWO)
# Small patterns of the participants' grammar.
_BETWEEN: Final = re.compile(r"\bbetween\b")
_BY_OF: Final = re.compile(r"\b(?:by|of)\s*$")
_AND: Final = re.compile(r"(?:^|\W)(?:and|&|,)(?:\W|$)")
_GAP_WORD: Final = re.compile(r"[\w&’'-]+")
_POSSESSIVE: Final = re.compile(r"[’']s$")
_BREAK: Final = re.compile(r"[.;:]\s|[\"”’]|\bsaid\b|\btold\b")
_PRONOUN: Final = re.compile(r"\b(?:his|her|their|he|she|they|I|we|my|our)\b")
_OWN_PROPOSAL: Final = re.compile(r"[’']s (?:proposal|initiative|invitation|idea|request)\b")
_LEADERS: Final = re.compile(r"\bleaders?\b")
_HYPHEN_PAIR: Final = re.compile(r"\b([A-Z][\w']+)-([A-Z][\w']+)\b")

# --- status words, most decisive first ----------------------------------------------------------------------

_STATUS: Final = [
    (
        "cancelled",
        r"\bcall(?:ed|s)? off\b|\bcancel(?:l?ed|s|lation)?\b|\bscrapped\b|\bwill no longer be held\b|\bcalled it off\b",
    ),
    ("postponed", r"\bpostpon(?:e|ed|es|ement)\b|\bdelayed\b|\bput off\b|\bpushed back\b|\brescheduled\b"),
    (
        "rejected",
        r"\breject(?:s|ed|ing)?\b|\brefus(?:e|ed|es)\b|\bturned down\b|\bdeclined\b|\bno interest\b"
        r"|\bno meeting (?:was|is) (?:planned|scheduled)\b|\bno point in\b|\bwill only meet\b"
        r"|\bruled out\b(?<!not ruled out)(?<!n't ruled out)(?<!n’t ruled out)(?<!never ruled out)"
        r"|\bnot sought\b|\bno (?:plans?|intention) to meet\b|\brebuff(?:ed|s)?\b|\bsnubbed\b|\bspurned\b",
    ),
    ("unrealistic", r"\bunrealistic\b|\bnot realistic\b|\bcannot be expected\b|\bout of the question\b"),
    ("premature", r"\bpremature\b|\btoo early\b|\bno concrete plans\b|\bnot in the cards\b"),
    (
        "held",
        r"\bmet\b|\bheld (?:talks|a meeting|a summit|a call|a phone|discussions|telephone|their)\b"
        r"|\bhad (?:talks|a meeting|discussions|a phone|a call)\b"
        # "had a very, very good meeting", "held a lengthy phone call", "the meeting lasted 40 minutes"
        r"|\bhad an? (?:[a-z]+,? ){1,3}(?:meeting|conversation|(?:phone |telephone )?call|summit)\b"
        r"|\bheld an? (?:[a-z]+,? ){1,3}(?:meeting|conversation|(?:phone |telephone )?call|summit)\b"
        r"|\bmeeting lasted\b|\btalks lasted\b|\bsummit lasted\b|\bcall lasted\b|\bconversation lasted\b"
        r"|\btook place\b|\bspoke (?:with|to|by)\b|\bsat down\b|\bhave spoken\b|\bhad spoken\b|\bmeets\b"
        r"|\bbegan\b|\bwas held\b|\bwere held\b"
        r"|\bhistoric phone\b|\bphone conversation on\b"
        # "last month’s phone call", "yesterday’s talks", "during their phone call": a meeting already had
        r"|\blast (?:week|month|year)['’]s (?:(?:tele)?phone call|meeting|talks|summit|visit)\b"
        r"|\byesterday['’]s (?:(?:tele)?phone call|meeting|talks|summit)\b"
        r"|\bduring (?:a|the|their|his|her) (?:tele)?phone (?:call|conversation)\b",
    ),
    (
        "scheduled",
        r"\bwill (?:meet|hold|have|visit|travel|host)\b|\bscheduled\b|\bset to (?:take place|meet"
        r"|be held|hold)\b|\bdue\b"
        r"|\bupcoming\b|\barriv(?:ed|es) in \w+(?: \w+)? (?:on \w+ )?for (?:a |the )?(?:meeting|talks"
        r"|summit|visit)\b|\bis to meet\b"
        r"|\bare to meet\b|\bwere to meet\b|\bplans to (?:meet|visit|travel)\b",
    ),
    (
        "accepted in principle",
        r"\baccepted in principle\b|\bagreed in principle\b|\bagreed to (?:hold|meet|a meeting|a summit|talks)\b"
        r"|\bis possible\b|\bwould be possible\b|\bremains? open to\b|\baccepted (?:the|an) invitation\b"
        # "does not rule out", "haven't ruled out": a meeting left possible
        r"|\bnot (?:be )?rul(?:e|ed|ing) out\b|\bnot exclud(?:e|ed|ing)\b|\bdon['’]t rule out\b|\bdoesn['’]t rule out\b"
        r"|\bdidn['’]t rule out\b|\bhaven['’]t ruled out\b|\bhasn['’]t ruled out\b|\bwouldn['’]t rule out\b"
        r"|\bcan['’]t rule out\b",
    ),
    ("expected", r"\bexpected\b|\bon the way\b|\blikely\b|\bwould host\b|\bcould (?:meet|hold|visit)\b"),
    (
        "proposed",
        r"\bpropos(?:e|ed|es|al|ing)\b|\bon the table\b|\binvit(?:e|ed|es|ation)\b|\bcalled for\b|\brequest(?:ed|s)?\b"
        r"|\bsuggest(?:ed|s)?\b|\boffer(?:ed|s)?\b|\binitiative\b|\bput forward\b|\bthe idea of\b"
        r"|\bnot yet\b|\bas of yet\b"
        r"|\bwork continues\b|\bseek(?:s|ing)? (?:a|to)\b",
    ),
]
_RANK: Final = {status: i for i, (status, _) in enumerate(_STATUS)}
# by _ANY_STATUS' group names
_GROUP_RANK: Final[dict[str | None, int]] = {status.replace(" ", "_"): i for i, (status, _) in enumerate(_STATUS)}
_ANY_STATUS: Final = re.compile(
    "|".join(f"(?P<{status.replace(' ', '_')}>{rx})" for status, rx in _STATUS), re.IGNORECASE
)


def _alternatives(rx: str) -> list[str]:
    """The alternatives of a pattern's top level."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(rx):
        c = rx[i]
        if c == "\\":
            i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(rx[start:i])
            start = i + 1
        i += 1
    return [*out, rx[start:]]


def _by_first_letter(alternatives: list[str]) -> re.Pattern:
    """ "\\bword...|\\bother..." (lower case, no groups) as one pattern that branches on the first letter once: the
    same matches, much faster in re than a long list of alternatives."""
    branches: dict[str, list[str]] = {}
    for alternative in alternatives:
        assert re.match(r"\\b[a-z]", alternative) and "(?P" not in alternative, alternative
        branches.setdefault(alternative[2], []).append(alternative[3:])  # in their order: the first that matches
    return re.compile(r"\b(?:" + "|".join(c + "(?:" + "|".join(rest) + ")" for c, rest in branches.items()) + ")")


# Each status phrase holds one of these, at most 10 characters after its start ("would be possible").
_STATUSES: Final = Keyed(
    _ANY_STATUS,
    ["call", "cancel", "scrapped", "will", "postpon", "delayed", "put", "pushed back", "reschedul", "reject",
     "refus", "turned down", "declined", "no", "ruled out<9", "rule out<9", "not", "unrealistic", "cannot",
     "rebuff", "snubbed", "spurned",
     "out of the question",
     "premature", "too early", "met", "held<5", "had", "took place", "spoke", "sat down", "spoken<5", "meets",
     "began", "phone<9", "last", "yesterday", "during", "lasted<13",
     "scheduled", "set to", "due", "upcoming", "arriv", "to meet<5", "plans to", "accepted",
     "agreed", "possible<9", "open to<8", "expected", "on the way", "likely", "would host", "could", "propos",
     "on the table", "invit", "request", "suggest", "offer", "initiative", "the idea of", "as of yet",
     "work continues", "seek"],
    quick=_by_first_letter([a for _, rx in _STATUS for a in _alternatives(rx)]),
)  # fmt: skip

# Bytes of lowered text with every character but a-z made a space (one byte a character, so offsets stay).
_LETTERS_ONLY: Final = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _letters(low: str) -> bytes:
    """low (lowered text) as ASCII letters and spaces, after one space: byte i + 1 is character i."""
    return b" " + low.encode("ascii", "replace").translate(_LETTERS_ONLY)  # "?" for each non-ASCII character


class _KeywordScan:
    """The keywords of a Keyed at every word start, found in _letters(low), where every word follows a space:
    re finds spaces fast.

    Keywords are read the same way ("one-on-one" as "one on one"), which finds a few more places than Keyed
    does, with as large a reach: the pattern only fails there (see Keyed.matches_from).
    """

    def __init__(self, keyed: Keyed):
        reach = {_letters_only(k): r for k, r in keyed.reach.items()}
        # the keywords' first letters tried first: re rules most words out by them faster than by the trie
        firsts = "".join(sorted({k[0] for k in reach}))
        self.scan = re.compile(rb" (?=[" + firsts.encode() + rb"])(?=(" + trie(reach).encode() + rb"))")
        # the scan finds the longest keyword at a word start: it stands for the shorter ones it begins with
        self.reach = {w.encode(): max(r for k, r in reach.items() if w.startswith(k)) for w in reach}

    def hits(self, letters: bytes, pos: int, endpos: int) -> list[tuple[int, int]]:
        """(offset, reach) of the keywords at word starts in low[pos:endpos]; letters is _letters(low)."""
        reach = self.reach
        return [(m.start(), reach[m.group(1)]) for m in self.scan.finditer(letters, pos, endpos + 1)]


def _letters_only(keyword: str) -> str:
    return keyword.encode().translate(_LETTERS_ONLY).decode()


_CUE_SCAN: Final = _KeywordScan(_CUES)
_STATUS_SCAN: Final = _KeywordScan(_STATUSES)
# Who proposed: "proposed by X", "X proposed", "X invited", "X called for", "X's proposal", "X requested".
_PROPOSED_BY: Final = re.compile(
    r"\b(?:proposed|put forward|suggested|initiated|requested|called for|organi[sz]ed) by\b"
    r"|\bat the invitation of\b|\b(?:initiative|proposal|invitation) of\b",
    re.IGNORECASE,
)
_PROPOSES: Final = re.compile(
    r"\b(?:propos(?:ed|es)|put forward|suggest(?:ed|s)|invit(?:ed|es)|call(?:ed|s) for|request(?:ed|s)"
    r"|offer(?:ed|s)|has invited)\b",
    re.IGNORECASE,
)
_PROPOSES_LOW: Final = lower_pattern(_PROPOSES)
_HOST: Final = re.compile(
    r"\b(?:host(?:ed|ing|s)?|mediat(?:or|ed|ing|es)|residence of|chair(?:s|ed)?|hosted by|invitation of"
    r"|on behalf of)\b[^.]{0,40}$",
    re.IGNORECASE,
)
_VENUE: Final = re.compile(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_WITH: Final = re.compile(
    r"^\W{0,3}(?:[\w'’-]+\s+){0,3}?(?:with|between|and|invited|meet|met|visit|to)\b", re.IGNORECASE
)


@dataclass
class _Found:
    kind: str
    participants: list[str]
    start: int  # the sentence
    end: int
    status: str | None = None
    proposed_by: str | None = None
    venue: str | None = None
    quotes: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # sentences that point back to it


class _Sentence:
    """One sentence's features, each computed once, whatever number of meeting words it holds.

    mentions: the people it names; named: those less its hosts."""

    __slots__ = (
        "s", "e", "text", "low", "mentions", "named", "_leaders", "_agents", "_lead_ins",
        "_status", "_summit", "_two", "_anaphor", "_multilateral", "_proposer",
    )  # fmt: skip
    _status: str | None | _Unset
    _summit: bool | _Unset
    _two: bool | _Unset
    _anaphor: bool | _Unset
    _multilateral: bool | _Unset
    _proposer: str | None | _Unset

    def __init__(self, s: int, e: int, text: str, low: str, mentions: list[Mention]):
        self.s, self.e, self.text, self.low, self.mentions = s, e, text, low, mentions
        self.named: list[Mention] = []
        self._leaders: list[str] | None = None
        self._agents: dict[int, bool] = {}
        self._lead_ins: dict[int, str] = {}
        self._status = self._summit = self._two = self._anaphor = self._multilateral = self._proposer = _UNSET

    def lead_in(self, body: str, m: Mention) -> str:
        """_lead_in(body, s, m), computed once."""
        lead = self._lead_ins.get(m.start)
        if lead is None:
            lead = self._lead_ins[m.start] = _lead_in(body, self.s, m)
        return lead

    def agent(self, body: str, m: Mention) -> bool:
        """Named as the one who proposed ("put forward by X") or as a place ("the residence of X"), not as one
        who meets."""
        agent = self._agents.get(m.start)
        if agent is None:
            lo = max(self.s, m.start - 80)
            agent = (body.find("by", lo, m.start) >= 0 or body.find("of", lo, m.start) >= 0) and bool(
                _BY_OF.search(self.lead_in(body, m))
            )
            self._agents[m.start] = agent
        return agent

    def leaders(self, body: str, leaders: set[str]) -> list[str]:
        """The leaders among the named who are no agents, once each."""
        if self._leaders is None:
            # _names(...) of the named who are no agents, only the leaders kept (asked first: agent() costs more)
            self._leaders = list(
                dict.fromkeys([m.name for m in self.named if m.name in leaders and not self.agent(body, m)])
            )
        return self._leaders

    def status(self, body: str, low: str, letters: bytes) -> str | None:
        """The most decisive status (letters: _letters(low))."""
        if self._status is _UNSET:
            s, e = self.s, self.e
            hits = _STATUS_SCAN.hits(letters, s, e)
            ranks = [_GROUP_RANK[m.lastgroup] for m in _STATUSES.matches_from(hits, body, low, s, e)]
            self._status = _STATUS[min(ranks)][0] if ranks else None
        return self._status

    def summit(self) -> bool:
        if self._summit is _UNSET:
            low = self.low
            self._summit = ("summit" in low or "of state" in low) and bool(_SUMMIT_WORDS.search(self.text))
        return self._summit

    def two(self) -> bool:
        if self._two is _UNSET:
            low = self.low
            self._two = ("two" in low or "2" in low) and bool(_TWO_LOW.search(low))
        return self._two

    def anaphor(self) -> bool:
        if self._anaphor is _UNSET:
            self._anaphor = _anaphor(self.low)
        return self._anaphor

    def multilateral(self) -> bool:
        if self._multilateral is _UNSET:
            low = self.low
            self._multilateral = ("leaders of" in low or "heads of state" in low) and _multilateral(self.text)
        return self._multilateral

    def proposer(self, body: str, low: str) -> str | None:
        if self._proposer is _UNSET:
            self._proposer = _proposer(body, low, self)
        return self._proposer


class _Unset(Enum):
    UNSET = 0


_UNSET: Final = _Unset.UNSET
_SUMMIT_WORDS: Final = re.compile(r"\bsummit\b|\bheads? of state\b", re.IGNORECASE)
_HOST_WORDS: Final = ("host", "mediat", "residence of", "chair", "invitation of", "on behalf of")


def _hyphen_starts(body: str) -> list[int]:
    """Where _HYPHEN_PAIR matches in body: searched only in the space-delimited stretches around "-X"."""
    out: list[int] = []
    n = len(body)
    i = body.find("-")
    done = 0  # body[:done] is searched
    while i >= 0:
        if i + 1 < n and "A" <= body[i + 1] <= "Z" and i >= done:
            lo = body.rfind(" ", done, i) + 1 or done
            hi = body.find(" ", i)
            hi = n if hi < 0 else hi
            out.extend(m.start() for m in _HYPHEN_PAIR.finditer(body, lo, hi))
            done = hi
            i = body.find("-", hi)
            continue
        i = body.find("-", i + 1)
    return out


def find_meetings(body: str, people: list[Person], quotes: list[Quote], published: PartialDate) -> list[Meeting]:
    low = lowered(body)
    letters = _letters(low)
    cues = _CUES.matches_from(_CUE_SCAN.hits(letters, 0, len(body)), body, low, 0, len(body))
    hyphens = _hyphen_starts(body)
    if not cues and not hyphens:
        return []  # no meeting word: nothing more to read
    straight = body.replace("’", "'").replace("‘", "'")  # what fold() does first (body itself if nothing to do)
    folded = fold(straight)  # fold(body)
    if folded is body:
        low_folded = low
    elif folded.isascii():
        low_folded = folded.lower()  # lowered(folded)
    elif folded is straight:
        # fold() only turned the curly quotes straight: lowered(folded) is low with them turned too
        low_folded = low.replace("’", "'").replace("‘", "'")
    else:
        low_folded = None
    places: dict[str, list[int]] = {}  # the places of names in low_folded
    forms = name_forms(body, people, folded, low_folded, places)
    mentions = find_mentions(body, people, forms, folded, low_folded, places)
    leaders = {p.name for p in people if p.is_leader}
    country_of = _CountriesOf(body, people, mentions)
    found: list[_Found] = []
    pending: list[_Found] = []  # mentions that only point back
    last_pair: list[str] | None = None
    mention_starts = [m.start for m in mentions]
    first = min([cue.start() for cue in cues[:1]] + hyphens[:1])  # both in the order of the text
    last = max([cue.start() for cue in cues[-1:]] + hyphens[-1:])
    spans = _sentences_around(body, first, last)
    starts = [a for a, _ in spans]
    by_sentence: dict[int, list[re.Match]] = {}
    for cue in cues:
        by_sentence.setdefault(bisect_left(starts, cue.start() + 1) - 1, []).append(cue)
    for at in hyphens:
        by_sentence.setdefault(bisect_left(starts, at + 1) - 1, [])
    for index in sorted(by_sentence):
        if index < 0:
            continue
        s, e = spans[index]
        text = body[s:e]
        in_sentence = mentions[bisect_left(mention_starts, s) : bisect_left(mention_starts, e)]
        sent = _Sentence(s, e, text, low[s:e], in_sentence)
        cues = [c for c in by_sentence[index] if not _not_a_meeting(body, low, c.start())]
        kinds = [_kind(c, sent) for c in cues]
        kinds_named = len(set(kinds))
        if cues:
            sent.named = [m for m in in_sentence if not _hosting(body, low, s, m)]
        for cue, kind in zip(cues, kinds, strict=True):
            who = _participants(
                body,
                low,
                sent,
                cue.start(),
                cue.end(),
                mentions,
                mention_starts,
                leaders,
                country_of,
                last_pair,
                kinds_named,
            )
            if who is None and last_pair and sent.two():
                who = list(last_pair)
            if who and (len(who) >= 2 or kind == "visit" or sent.multilateral()):
                keep = found
                if len(who) == 2:
                    last_pair = who
            elif sent.anaphor() or sent.two():
                keep = pending
            elif _proposal_without_participants(sent, who, body, low):
                keep, who = found, []  # "X called for a summit": proposed, no one named to meet yet
            else:
                continue
            mention = _Found(kind, who or [], s, e)
            mention.status = sent.status(body, low, letters)
            mention.proposed_by = sent.proposer(body, low)
            mention.venue = _venue(body, cue.end(), min(e, cue.end() + 80))
            keep.append(mention)
        next_pair = bisect_left(hyphens, s)  # "the Putin-Trump summit": _HYPHEN_PAIR matches in the sentence
        if next_pair < len(hyphens) and hyphens[next_pair] < e:
            for mm in _HYPHEN_PAIR.finditer(text):
                pair = _hyphen_pair(mm, forms)
                if not pair:
                    continue
                after = text[mm.end() : mm.end() + 30]
                cue_after = _CUE.search(after)
                if cue_after and cue_after.start() <= 12:
                    kind = _kind(cue_after, _Sentence(0, len(after), after, lowered(after), []))
                    f = _Found(kind, pair, s, e, status=sent.status(body, low, letters))
                    found.append(f)
                    last_pair = pair
    _resolve_pending(found, pending)
    merged = _merge(found)
    _attach_quotes(merged, quotes)
    return [
        Meeting(
            kind=f.kind,
            participants=f.participants,
            proposed_by=f.proposed_by,
            venue=f.venue,
            status=f.status,
            evidence_start=f.start,
            evidence_end=f.end,
            quotes=f.quotes,
        )
        for f in merged
    ]


class _CountriesOf:
    """Each person's country, read when first asked."""

    def __init__(self, body: str, people: list[Person], mentions: list[Mention]) -> None:
        self.body, self.people, self.mentions = body, people, mentions
        self.read: dict[str, str] | None = None

    def __call__(self) -> dict[str, str]:
        if self.read is None:
            self.read = _countries_of(self.body, self.people, self.mentions)
        return self.read


def _not_a_meeting(body: str, low: str, at: int) -> bool:
    """A meeting word after "press" or "news", or a meeting with the press, a visit to a website ...
    (each pattern tried only where its words are: low is lowered(body), offset for offset)."""
    before = low[max(0, at - 8) : at]
    if ("press" in before or "news" in before) and _PRESS.search(body, max(0, at - 8), at):
        return True
    return low.startswith(("meeting", "visit"), at) and bool(_NOT_A_MEETING.match(body, at))


def _hosting(body: str, low: str, s: int, m: Mention) -> bool:
    """Named as the host or mediator ("hosted by X", "the residence of X"), not as one who meets."""
    lo = max(s, m.start - 60)
    window = low[lo : m.start]
    return (
        "host" in window
        or "mediat" in window
        or "residence of" in window
        or "chair" in window
        or "invitation of" in window
        or "on behalf of" in window
    ) and bool(_HOST.search(body, lo, m.start))  # one of _HOST_WORDS


def _kind(cue: re.Match, sent: _Sentence) -> str:
    """The kind a meeting word names; a meeting "of heads of state" or in a sentence about a summit is a summit."""
    kind = cue.lastgroup  # the one group of _CUE that matched
    assert kind is not None
    if kind == "call":
        return "phone call"
    if kind != "talks":
        return kind
    if sent.summit():
        return "summit"
    return "talks"


def _proposal_without_participants(sent: _Sentence, who: list[str] | None, body: str, low: str) -> bool:
    """Someone named proposes a meeting whose participants the sentence does not name (only, at most, the proposer)."""
    proposer = sent.proposer(body, low)
    return proposer is not None and set(who or []) <= {proposer}


def _participants(
    body: str,
    low: str,
    sent: _Sentence,
    cue_start: int,
    cue_end: int,
    mentions: list[Mention],
    mention_starts: list[int],
    leaders: set[str],
    country_of: Callable[[], dict[str, str]],
    last_pair: list[str] | None,
    kinds: int,
) -> list[str] | None:
    """Who meets, read from the sentence around one meeting word; None when the sentence does not say."""
    s, e, named = sent.s, sent.e, sent.named
    # "between X and Y" / "between the leaders of A and B"
    near_end = min(e, cue_end + 45)
    between = _BETWEEN.search(body, cue_end, near_end) if body.find("between", cue_end, near_end) >= 0 else None
    if between:
        span_start = between.end()
        span_end = _clause_end(body, span_start, e)
        if _TWO.match(body, span_start + 1) and last_pair:
            return list(last_pair)
        chain = _chain([m for m in named if span_start <= m.start < span_end and not sent.agent(body, m)], body)
        who = _names(chain)
        if len(who) >= 2:
            return who
        listed = countries.countries_in(body[span_start:span_end])
        if len(listed) >= 2:
            return _by_countries(listed, named, country_of, leaders)
    if named:  # else no one is named before or after the meeting word
        # "X and Y met" / "Park, Abe and Li will hold their summit": the subjects before the meeting word
        clause_start = _clause_start(body, s, cue_start)
        before = [m for m in named if clause_start <= m.start < cue_start and not sent.agent(body, m)]
        after_end = min(e, cue_end + 120)
        after = [m for m in named if cue_end <= m.start < after_end]
        if len(before) >= 2 and _conjoined(body, before):
            return _names(before)
        # "X's meeting with Y", "X will meet Y", "X invited Y to the summit"
        if after and _partner_follows(body, cue_start, cue_end, after[0]):
            partner = after[0].name
            owner = _owner(body, s, cue_start, before, mentions, partner, mention_starts)
            return _names([owner, partner]) if owner else [partner]
        if before and after and _PROPOSES_LOW.search(low, before[-1].end, cue_start):
            return _names([before[-1].name, after[0].name])
    if "leader" in sent.text and _LEADERS.search(sent.text):
        listed = countries.countries_in(body[max(s, cue_start - 60) : min(e, cue_end + 60)])
        if len(listed) >= 2:
            return _by_countries(listed, named, country_of, leaders)
    if kinds > 1 or not named:
        # several kinds of meeting in one sentence: the leaders it names may belong to any of them; or it names none
        return None
    lead = sent.leaders(body, leaders)
    if len(lead) >= 2:
        return list(lead)
    subject = [n for n in dict.fromkeys([m.name for m in named if m.start < cue_start]) if n in lead]
    return subject or None


def _names(mentions: Iterable[Mention | str]) -> list[str]:
    return list(dict.fromkeys(m if isinstance(m, str) else m.name for m in mentions))


_ROLE_TAIL: Final = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|for|the|and)\s+)*[A-Z][\w.'’-]*\s+$|(?<=\s)$")


_ROLE_WORDS: Final = {"of", "for", "the", "and"}
_CAPITALISED_END: Final = re.compile(r"[A-Z][\w.'’-]*\Z")
_ROLE_SUFFIX: Final = re.compile(r"(?:of|for|the|and)$")


def _lead_in(body: str, s: int, m: Mention) -> str:
    """The words before a name, its capitalised role words ("Secretary of State") removed."""
    lead = body[max(s, m.start - 80) : m.start]
    cut = _role_tail(lead)
    return lead if cut is None else lead[:cut]


def _role_tail(lead: str) -> int | None:
    """Where _ROLE_TAIL's first branch matches in lead (word by word from the end), or None. Its second branch
    only cuts nothing off."""
    if not lead or not lead[-1].isspace():
        return None
    words = lead.split()  # the runs of \S, as the pattern reads them
    if not words:
        return None
    w = words[-1]
    at = lead.rfind(w)  # the last run of \S: nothing but spaces after it
    c = _capitalised_from(w)
    if c != 0:  # the last word must be capitalised: else only its end may be
        return at + c if c >= 0 else None
    cut = at
    for w in reversed(words[:-1]):
        at = lead.rfind(w, 0, at)  # the run before: spaces only between it and the next
        c = _capitalised_from(w)
        if c == 0 or w in _ROLE_WORDS:
            cut = at
            continue
        r = _ROLE_SUFFIX.search(w)  # the tail may begin inside a word: "xOf", "breathe"
        inside = [x for x in (c, r.start() if r else -1) if x >= 0]
        return at + min(inside) if inside else cut
    return cut


def _capitalised_from(w: str) -> int:
    """The first i from which w[i:] is one capitalised word (_CAPITALISED_END), or -1."""
    m = _CAPITALISED_END.search(w)
    return m.start() if m else -1


def _clause_start(body: str, s: int, at: int) -> int:
    cut = max(
        body.rfind(" that ", s, at),
        body.rfind("; ", s, at),
        body.rfind(" after ", s, at),
        body.rfind(" which ", s, at),
        body.rfind(" while ", s, at),
    )
    return cut + 1 if cut >= 0 else s


_CLAUSE_END: Final = re.compile(
    r"\s(?:was|were|is|are|has|had|will|would|could|on the sidelines|in order|to end|to discuss)\b|[;:]"
)


def _clause_end(body: str, start: int, e: int) -> int:
    m = _CLAUSE_END.search(body, start, e)
    return m.start() if m else e


def _chain(named: list[Mention], body: str) -> list[Mention]:
    """The first names of a list joined by "and" or commas: "X and his counterpart Y", not a later "Z said"."""
    out = named[:1]
    for m in named[1:]:
        if not _conjoined(body, [out[-1], m]):
            break
        out.append(m)
    return out


_APPOSITION: Final = {
    "and", "&", "his", "her", "their", "its", "the", "of", "counterpart", "counterparts", "leader", "president",
    "prime", "minister", "premier", "chancellor", "king", "emir", "sheikh", "acting", "interim", "former", "both",
    "as", "well", "general", "secretary", "foreign", "state", "new", "newly", "elected", "crown", "prince",
}  # fmt: skip


def _conjoined(body: str, before: list[Mention]) -> bool:
    """Names joined by "and" or commas with only role words between: "X and his counterpart Y", "X, Y and Z"."""
    for a, b in zip(before, before[1:], strict=False):
        gap = body[a.end : b.start]
        if len(gap) > 80 or not _AND.search(gap):
            return False
        lower = [w for w in _GAP_WORD.findall(gap) if not w[0].isupper() and not w[0].isdigit()]
        if any(_POSSESSIVE.sub("", w.lower()) not in _APPOSITION for w in lower if w not in ("’s", "'s")):
            return False
    return True


def _partner_follows(body: str, cue_start: int, cue_end: int, partner: Mention) -> bool:
    """ "meeting with Y", "will meet Y", "spoke with the President of Colombia, Y": Y is the other side."""
    cue = body[cue_start:cue_end].lower()
    gap = body[cue_end : partner.start]
    if len(gap) > 90 or _BREAK.search(gap):
        return False
    if cue.endswith((" with", " to")) or cue in ("meet", "meets", "met", "visit", "visits", "visited"):
        return True
    return bool(_WITH.match(gap))


def _owner(
    body: str,
    s: int,
    cue_start: int,
    before: list[Mention],
    mentions: list[Mention],
    partner: str,
    mention_starts: list[int],
) -> str | None:
    """Whose meeting it is: the subject before the meeting word, or the person a pronoun stands for.

    before: the clause's free mentions before the meeting word."""
    for m in before:  # the clause's subject comes first: "X, after his talks with Y, will meet Z"
        if m.name != partner:
            return m.name
    if _PRONOUN.search(body, s, cue_start):
        at = bisect_left(mention_starts, s)
        for m in reversed(mentions[max(0, at - 20) : at]):
            if m.name != partner:
                return m.name
    return None


def _by_countries(
    listed: list[str], named: list[Mention], countries_of: Callable[[], dict[str, str]], leaders: set[str]
) -> list[str] | None:
    """The leaders of the countries listed: the article's one leader of each, else those the sentence names.

    countries_of() gives each person's country."""
    country_of = countries_of()
    chosen = []
    for country in listed:
        heads = [n for n, c in country_of.items() if c == country and n in leaders]
        if len(heads) != 1:
            break
        chosen.append(heads[0])
    else:
        return chosen
    in_sentence = [n for n in _names(named) if country_of.get(n) in listed]
    return in_sentence or None


def _countries_of(body: str, people: list[Person], mentions: list[Mention]) -> dict[str, str]:
    """Each person's country, from the role the article gives them or the words just before their name."""
    out: dict[str, str] = {}
    for p in people:
        found = countries.countries_in(p.role or "") + countries.countries_in(p.country or "")
        if found:
            out[p.name] = found[0]
    for m in mentions:
        if m.name not in out:
            lead = body[max(0, m.start - 40) : m.start]
            lead = lead[max(lead.rfind(". "), lead.rfind(", "), lead.rfind("\n")) + 1 :]
            found = countries.countries_in(lead)
            if found:
                out[m.name] = found[-1]
    return out


_LEADERS_OF: Final = re.compile(r"\bleaders of\b|\bheads of state\b", re.IGNORECASE)


def _multilateral(text: str) -> bool:
    return bool(_LEADERS_OF.search(text))


_SPACES: Final = re.compile(r"\s*")


def _proposer(body: str, low: str, sent: _Sentence) -> str | None:
    """Who proposed: "proposed by X", "X invited", "X's proposal" (low is lowered(body))."""
    s, e = sent.s, sent.e
    for m in sent.mentions:
        lo = max(s, m.start - 80)
        if (low.find("by", lo, m.start) >= 0 or low.find("of", lo, m.start) >= 0) and _PROPOSED_BY.search(
            sent.lead_in(body, m)[-40:] + " "
        ):
            return m.name
        end = min(e, m.end + 40)
        if body.startswith(("’s", "'s"), m.end, end):  # "X's proposal", "X's spokesman proposed"
            if _OWN_PROPOSAL.match(body, m.end, end):
                return m.name
            space = body.find(" ", m.end, end)
            at = space + 1 if space >= 0 else m.end
        else:
            spaces = _SPACES.match(body, m.end, end)
            assert spaces is not None
            at = spaces.end()
        if _PROPOSES_LOW.match(low, at, end):
            return m.name
    return None


_MONTH_OR_WEEKDAY: Final = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def _venue(body: str, start: int, end: int) -> str | None:
    """The place named in body[start:end]: "in Geneva", "at the White House"."""
    m = _VENUE.search(body, start, end)
    if m and not _MONTH_OR_WEEKDAY.match(m.group(1)):
        return m.group(1)
    return None


def _hyphen_pair(m: re.Match, forms: dict[str, str]) -> list[str] | None:
    """ "the Putin-Trump summit": both names are people of the article."""
    a, b = forms.get(fold(m.group(1)).lower()), forms.get(fold(m.group(2)).lower())
    if a and b and a != b:
        return [a, b]
    return None


def _resolve_pending(found: list[_Found], pending: list[_Found]) -> None:
    """Each back-pointing sentence joins the meeting it means: the nearest one before it (else after), same kind
    first. found is in the order of the text."""
    if not found:
        return
    by_kind: dict[str, list[_Found]] = {}
    for f in found:
        by_kind.setdefault(f.kind, []).append(f)
    starts = {kind: [f.start for f in fs] for kind, fs in by_kind.items()}
    all_starts = [f.start for f in found]
    for mention in pending:
        same = by_kind.get(mention.kind)
        same, at = (same, starts[mention.kind]) if same else (found, all_starts)
        i = bisect_right(at, mention.start)
        _absorb(same[i - 1] if i else same[0], mention)


def _absorb(target: _Found, mention: _Found) -> None:
    if mention.status and (target.status is None or _RANK[mention.status] < _RANK[target.status]):
        target.status = mention.status
    target.proposed_by = target.proposed_by or mention.proposed_by
    target.venue = target.venue or mention.venue
    target.spans.extend([(mention.start, mention.end), *mention.spans])


def _merge(found: list[_Found]) -> list[_Found]:
    merged: dict[tuple[str, frozenset[str]], _Found] = {}
    for f in found:
        key = (f.kind, frozenset(f.participants))
        if key not in merged:
            merged[key] = f
            continue
        _absorb(merged[key], f)
    return list(merged.values())


def _attach_quotes(meetings: list[_Found], quotes: list[Quote]) -> None:
    """Each quote joins the first meeting one of whose sentences holds its start (sentences never overlap)."""
    first: dict[tuple[int, int], int] = {}
    for mi, f in enumerate(meetings):
        for span in ((f.start, f.end), *f.spans):
            first.setdefault(span, mi)
    if not first:
        return
    spans = sorted(first)
    starts = [a for a, _ in spans]
    for qi, q in enumerate(quotes):
        i = bisect_right(starts, q.start) - 1
        if i < 0 or q.start >= spans[i][1]:
            continue
        mi = first[spans[i]]
        meetings[mi].quotes.append(qi)
        if q.meeting is None:
            q.meeting = mi
