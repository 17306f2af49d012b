"""People named in an article, with their roles.

Candidates are runs of capitalised words; a run becomes a person when the text gives
evidence for it (a title or role before it, an apposition after it, a verb of saying
next to it, an honorific, or its surname used alone elsewhere). Runs in photo credits,
bylines and "Read more" lines are skipped. A surname alone is resolved to the full
name given earlier, and spelling variants of one name are merged into aliases.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import Final

from . import countries, known_people
from .cues import VERB
from .names import (
    CALENDAR_WORDS,
    HONORIFICS,
    INSTITUTION_WORDS,
    NAME_RUN,
    NAME_SUFFIXES,
    NATIONALITY,
    ROLE_HEADS,
    fold,
    gender_of_given_name,
    gender_of_role,
    given_key,
    is_leader_role,
    is_name_word,
    is_role_word,
    one_typo_apart,
    surname_key,
)
from .records import Person

# Lines that are not the story: photo credits, bylines, related links.
_CREDIT: Final = re.compile(
    r"©|\b(?:Photo(?:graph)?s?|PHOTO|Images?|Credit|File [Pp]ic)\b"
    r"|\b(?:photo(?:graph)?s?|images?|credit|file pic)\b(?=\s*(?::|by\b|courtesy\b|credit\b|\)))"
    r"|/\s*(?:AFP|AP|Reuters|Getty|EPA|POOL|Pool)\b"
)
# The lookahead (every word's first letter) turns most lines away before the many alternatives are tried.
_LEAD_WORD: Final = (
    r"(?=[BbRrWwEeAaFfSsTtMm])"
    r"(?:[Bb]y|BY|[Rr]eporting by|[Ww]riting by|[Ee]diting by|[Aa]dditional reporting|[Ee]dited by|[Ww]ritten by|"
    r"[Rr]elated|RELATED|[Rr]ead more|READ MORE|[Rr]ead also|[Aa]lso read|[Ss]ee also|[Mm]ore from|[Rr]ecommended|"
    r"[Ff]ollow|[Ss]hare|[Tt]ags?|[Ss]ource)\b"
)
# Possessive "*+": a plain "*" gives back the spaces one by one, trying every word after each.
_LINE_LEAD: Final = re.compile(r"\s*+" + _LEAD_WORD)
# The same after a line break (re finds the breaks fast, and tries only there).
_LEAD_AFTER_BREAK: Final = re.compile(r"\n[^\S\n]*+" + _LEAD_WORD)
# "Jane Doe at the Daily Planet agreed": a name, where they work, then a verb of saying.
_AT_ORG: Final = re.compile(r",? (?:at|of|from|for|with) (?:the )?(?:[A-Z][\w’'\-.&]* ){1,5},? ?")


def _AT_ORG_THEN_VERB(body: str, end: int) -> bool:  # noqa: N802 (read like the patterns around it)
    m = _AT_ORG.match(body, end, end + 80)
    return bool(m and VERB.match(body, m.end()))


# "Jane Doe, a historian who was there, recalled" / "Jane Doe, who joked": any verb of saying after them.
_APPOSITION_THEN_WORD: Final = re.compile(r",\s(?:[^,;:\n“”\"]{1,100},\s+|who\s+)(?:also\s+|later\s+)?(?=[a-z])")


def _apposition_then_verb(body: str, end: int) -> bool:
    m = _APPOSITION_THEN_WORD.match(body, end, min(len(body), end + 130))
    return bool(m and VERB.match(body, m.end()))


_TITLES_AND_SUFFIXES: Final = HONORIFICS | NAME_SUFFIXES
_NICKNAME: Final = re.compile(r" [\"“‘']([A-Z][a-z]+)[\"”’'] ")
_APPOSITION: Final = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?([^,.;:“”\"()\n]{3,90}?)(?=[,.;:]|\s+(?:said|says|told|added)\b)"
)
_LETTERS: Final = re.compile(r"[A-Za-z]+")
_ROLE_CONNECTORS: Final = {"of", "for", "to", "the", "and", "on", "at", "de"}
_VERB_NEXT: Final = re.compile(
    r"(?:\s+(?:also|then|later|has|had|was))?\s+(?:said|says|told|tells|added|adds|wrote|writes|"
    r"stated|noted|asked|replied|continued|argued|explained|insisted|demanded|warned)\b"
)
_VERB_BEFORE: Final = re.compile(r"[”\"'’],?\s+(?:said|says|added|asked|wrote|continued|replied)\s+$")
_CUE_BEFORE: Final = re.compile(r"\b(?:said|says|told|added|according to)\s*$")
# "said MSNBC host Jane Doe", "said the Rev. John Doe": a verb of saying a few untitled words before the name
_CUE_FEW_WORDS_BEFORE: Final = re.compile(
    r"\b(?:said|says|told|added|wrote|writes|asked|noted|explained|argued|[Aa]ccording to)\s+(?:the\s+)?"
    r"(?:(?!(?:that|to|in|of|for|with|about|on|by|from|at|and|or|as)\s)[A-Za-z0-9/.\-’']+\s+){0,4}$"
)
# "Jane Doe, 25, said" / "Jane Doe, a writer for the Gazette, said"
_APPOSITION_THEN_CUE: Final = re.compile(
    r",\s(?:\d{1,3},|(?:[^,;:\n“”\"]{1,100},\s+){1,3}(?:said|says|told|added|wrote|writes|asked|explained|argued|noted)\b)"
)
_SIGNED: Final = re.compile(r"[”\"’'][ \u00a0.,]*(?:[―—–]|--)[ \u00a0]*$")  # “…” ― Jane Doe
ROLE_HEADS_STRICT: Final = {
    "president",
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "senator",
    "governor",
    "mayor",
    "speaker",
    "chairman",
    "chairwoman",
    "ambassador",
}
# Given names that are also words kept out of names ("Bill Clinton", "Will Smith"): names only before a surname.
_GIVEN_NAMES_ALSO_WORDS: Final = {
    "bill",
    "will",
    "mark",
    "may",
    "june",
    "april",
    "grant",
    "rush",
    "chase",
    "hope",
    "pat",
    "don",
}
_SENTENCE_WORDS: Final = {"the", "a", "an", "but", "and", "as", "when", "while", "if", "so", "then", "now", "here"}
_SURNAME_HONORIFICS: Final = {"mr", "mrs", "ms", "dr", "rep", "sen"}
_PLACE_PREPOSITIONS: Final = {"in", "at", "from", "to", "near", "into", "across", "outside", "inside", "via"}
# ", a crane operator apprentice." (lower-case words only: ", a London club," is left alone)
_LOWER_APPOSITION: Final = re.compile(r",\s+(?:a|an)\s+((?:[a-z][\w\-]*\s+){0,5}[a-z][\w\-]*)(?=[,.;:])")
_PRONOUNS: Final = {
    "m": re.compile(r"\b(?:[Hh]e|[Hh]is|him|[Hh]imself)\b"),
    "f": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]erself)\b"),
}
_APPOSITION_PREPOSITIONS: Final = {"of", "in", "on", "at", "from", "for", "with", "near", "to", "who", "that", "which"}
_SENTENCE_BEFORE: Final = re.compile(r"[.!?][\"”’']?\s+$")
_SENTENCE_STOP: Final = re.compile(r"[.!?](?=\s)|\n")
_LOWER_WORD: Final = re.compile(r" [a-z]+\b")
_HIS_HER: Final = re.compile(r"\b(?:his|her|he|she)\b")
# A proper noun going on before the run: "The Movement for Black Lives"
_NAME_TAIL_BEFORE: Final = re.compile(r"[A-Z][\w’'\-]* (?:of|for|and|on|de) (?:the )?$")
# Head nouns of appositions that describe no person.
_NOT_PERSON_NOUNS: Final = {
    *("city", "town", "village", "country", "nation", "state", "province", "region", "capital", "island", "river"),
    *("lake", "mountain", "district", "county", "suburb", "port", "airport", "station", "street", "road", "area"),
    *("zone", "territory", "kingdom", "republic", "colony", "building", "hotel", "restaurant", "firm", "bank"),
    *("organisation", "organization", "team", "channel", "newspaper", "paper", "magazine", "website", "site"),
    *("hospital", "charity", "movement", "militia", "brand", "product", "book", "film", "movie", "show", "series"),
    *("song", "album", "ship", "vessel", "aircraft", "plane", "drug", "law", "bill", "treaty", "programme"),
    *("program", "project", "index", "market", "exchange", "startup", "start-up", "subsidiary", "unit", "body"),
    *("institution", "think-tank", "tank", "platform", "app", "system", "game", "event", "festival", "race", "war"),
    *("operation", "mission", "conglomerate", "carrier", "airline", "manufacturer", "maker", "retailer", "chain"),
    *("giant", "outlet", "broadcaster", "publisher", "insurer", "lender", "bloc", "federation", "collective"),
    *("consortium", "cooperative", "initiative", "campaign", "trust", "fund", "enterprise", "business"),
    *("gallery", "museum", "park", "square", "bridge", "hall", "tower", "falls", "podcast", "prize", "award"),
}


@dataclass
class _Candidate:
    tokens: list[str]
    start: int
    end: int
    role: str | None = None
    gender: str | None = None
    nickname: str | None = None  # a quoted nickname inside the name: Robert "Bobby" Scott


def skipped_spans(body: str) -> list[tuple[int, int]]:
    """Line spans that hold credits, bylines or boilerplate links (sorted, not overlapping)."""
    n = len(body)
    found: set[tuple[int, int]] = set()
    first = _LINE_LEAD.match(body, 0, _line_end(body, 0))
    if first:
        found.add((0, _line_end(body, 0)))
    for m in _LEAD_AFTER_BREAK.finditer(body):
        found.add((m.start() + 1, _line_end(body, m.start() + 1)))
    if _may_credit(body):
        lo = 0
        while lo < n:
            hi = body.find("\n", lo)
            if hi == -1:
                hi = n
            if hi > lo and _may_credit(body[lo:hi]) and _CREDIT.search(body, lo, hi):
                found.add((lo, hi))
            lo = hi + 1
    return sorted(found)


def _line_end(body: str, lo: int) -> int:
    hi = body.find("\n", lo)
    return len(body) if hi == -1 else hi


def _may_credit(line: str) -> bool:
    """The line holds a mark every credit _CREDIT finds holds (tried first: the marks are found fast)."""
    return (
        "©" in line
        or "/" in line
        or "hoto" in line
        or "HOTO" in line
        or "mage" in line
        or "redit" in line
        or ("ile pic" in line)
    )


def _inside(spans: list[tuple[int, int]], i: int) -> bool:
    k = bisect_right(spans, (i, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= i < spans[k][1]


_Tokens = tuple[tuple[str, int], ...]  # words with their offsets


@lru_cache(maxsize=4)
def name_runs(body: str) -> tuple[tuple[_Tokens, _Tokens, int, int], ...]:
    """Every capitalised run outside credits and bylines, split into (title, name, start, end)."""
    skipped = skipped_spans(body)
    runs = []
    matches = list(NAME_RUN.finditer(body))
    texts = list(map(re.Match.group, matches))
    # what each run holds, read by map (most runs are one word, most of those a capitalised sentence opener, whose
    # token None compress drops without a Python step)
    tokens = list(map(_run_token, texts))
    for m, text, token in compress(zip(matches, texts, tokens, strict=True), tokens):
        start, end = m.span()
        if skipped and _inside(skipped, start):
            continue
        if token is _SEVERAL_WORDS:
            title, name = _split_run(body, text, start, end)
            if name:
                runs.append((title, name, start, end))
        else:
            assert token is not None
            runs.append(((), ((token, start),), start, end))
    return tuple(runs)


_SEVERAL_WORDS: Final = "  "  # _run_token of a run of several words: split_run reads it (no one-word run is two spaces)


@lru_cache(maxsize=16384)
def _run_token(run: str) -> str | None:
    """The name a one-word run holds, as split_run would read it (None: no name), or _SEVERAL_WORDS."""
    if " " in run or "\u00a0" in run:
        return _SEVERAL_WORDS
    word = run
    if word[0] in "\"“‘'":
        return None
    bare = word.rstrip(".")
    if word.endswith(".") and len(bare) > 1 and bare.lower() not in NAME_SUFFIXES:
        word = bare
    word = word[:-2] if word.endswith(("’s", "'s")) else word.rstrip("’'")
    low = word.rstrip(".").lower()
    if is_name_word(word) or low in NAME_SUFFIXES or (len(low) == 1 and word.endswith(".")):
        return word
    return None


def split_run(body: str, start: int, end: int) -> tuple[_Tokens, _Tokens]:
    """A capitalised run as (title tokens, name tokens), each token with its offset."""
    return _split_run(body, body[start:end], start, end)


def _split_run(body: str, run: str, start: int, end: int) -> tuple[_Tokens, _Tokens]:
    """split_run of the run's text run (body[start:end])."""
    toks, plain, surname_cut, surname_like = _run_shape(run)
    if surname_like is None:
        first = start + toks[-2][1]
        surname_like = bool(
            _CUE_BEFORE.search(body[max(0, first - 12) : first]) or _VERB_NEXT.match(body[end : end + 12])
        )
    title_end, name_start = surname_cut if surname_like else plain
    return (
        tuple([(word, start + at) for word, at in toks[:title_end]]) if title_end else (),  # most runs: no title
        tuple([(word, start + at) for word, at in toks[name_start:]]),
    )


@lru_cache(maxsize=8192)
def _run_shape(run: str) -> tuple[tuple[tuple[str, int], ...], tuple[int, int], tuple[int, int], bool | None]:
    """What a run's text alone says of its split (cached: runs such as "Prime Minister" recur): its tokens with
    offsets into the run, the (title end, name start) cut, the cut when its last word is surname-like ("said
    Charlie King": a given name and a word that is also a title or a place), and whether it is (None: only a verb
    of saying next to the run tells)."""
    toks = _run_tokens(run)
    known = _known_tail(toks)
    if known is not None:  # "Kim Jong Un's": a curated name, whatever its words look like alone
        return toks, known, known, False
    surname_like = _surname_like(toks)
    plain = _possessive_cut(run, toks, _cut(toks, len(toks)))
    surname_cut = plain if surname_like is False else _possessive_cut(run, toks, _cut(toks, len(toks) - 1))
    return toks, plain, surname_cut, surname_like


def _possessive_cut(run: str, toks: tuple[tuple[str, int], ...], cut: tuple[int, int]) -> tuple[int, int]:
    """A cut with no possessive inside the name: "Lithuania’s Gabrielius Landsbergis" is Gabrielius Landsbergis,
    and a place or a thing owned by an office ("Queen’s Park", "King’s College") names no one."""
    title_end, name_start = cut
    if 0 < title_end == name_start and _possessive(run, toks[title_end - 1]) and is_role_word(toks[title_end - 1][0]):
        return len(toks), len(toks)
    for k in range(name_start, len(toks) - 1):
        if _possessive(run, toks[k]):
            title_end = name_start = k + 1
    return title_end, name_start


def _possessive(run: str, tok: tuple[str, int]) -> bool:
    word, at = tok
    return run.startswith(("’s", "'s"), at + len(word))


def _known_tail(toks: tuple[tuple[str, int], ...]) -> tuple[int, int] | None:
    """The (title end, name start) cut before the longest tail of two or more words that is a curated person's
    name, if the plain reading would cut into it."""
    for k in range(len(toks) - 1):
        known = known_people.lookup(" ".join([t for t, _ in toks[k:]]))
        if known is not None and known.kind == "person":
            return None if _cut(toks, len(toks))[1] <= k else (k, k)
    return None


def _run_tokens(run: str) -> tuple[tuple[str, int], ...]:
    """The run's words with their offsets, quoted words left out, up to a full stop that ends the sentence, without
    a final full stop or possessive."""
    toks: list[tuple[str, int]] = []
    at = 0
    for part in run.replace("\u00a0", " ").split(" "):
        if part and part[0] not in "\"“‘'":
            toks.append((part, at))
            if part.endswith("."):
                bare = part.rstrip(".").lower()
                if len(bare) > 1 and "." not in bare and bare not in _TITLES_AND_SUFFIXES:
                    break  # a full stop ends the sentence, and the run
        at += len(part) + 1
    if toks:
        last, at = toks[-1]
        if last.endswith(".") and len(last.rstrip(".")) > 1 and last.rstrip(".").lower() not in NAME_SUFFIXES:
            toks[-1] = (last.rstrip("."), at)
    return tuple((t[:-2] if t.endswith(("’s", "'s")) else t.rstrip("’'"), at) for t, at in toks)


_PARTICLES: Final = {
    "al",
    "el",
    "bin",
    "ibn",
    "bint",
    "de",
    "da",
    "del",
    "der",
    "van",
    "von",
    "di",
    "du",
    "dos",
    "das",
    "le",
    "la",
}
_LEADING_PARTICLES: Final = {"al", "el", "bin", "ibn", "de", "van", "von"}


def _cut(toks: tuple[tuple[str, int], ...], i: int) -> tuple[int, int]:
    """(title end, name start): the name is the longest tail of toks[:i] of name words (a particle or a given name
    that is also a word only inside it), without a lower-case particle before it."""
    while i > 0:
        word = toks[i - 1][0]
        low = word.rstrip(".").lower()
        if (
            is_name_word(word)
            or (low in _GIVEN_NAMES_ALSO_WORDS and i < len(toks) and word[:1].isupper())
            or low in NAME_SUFFIXES
            or (len(low) == 1 and word.endswith("."))
            or low in _PARTICLES
            and i < len(toks)
            and not word.endswith(".")
        ):
            i -= 1
        else:
            break
    start = i
    while start < len(toks) - 1 and toks[start][0].lower() in _LEADING_PARTICLES and toks[start][0][0].islower():
        start += 1
    return i, start


def _surname_like(toks: tuple[tuple[str, int], ...]) -> bool | None:
    """The run ends in a word that names no person by itself ("King", "Jordan") right after a given name (None:
    when a verb of saying is next to it)."""
    if len(toks) < 2 or is_name_word(toks[-1][0]):
        return False
    if toks[-2][0].rstrip(".").lower() in _SURNAME_HONORIFICS:  # "Mr. King", "Rep. Jordan"
        return toks[-1][0][:1].isupper() and toks[-1][0].rstrip(".").lower() not in ROLE_HEADS_STRICT
    if is_role_word(toks[-2][0]) or not is_name_word(toks[-2][0]):
        return False
    last = toks[-1][0]
    low = last.rstrip(".").lower()
    if not last[:1].isupper() or last.isupper() or low in ROLE_HEADS_STRICT or low in INSTITUTION_WORDS:
        return False
    if len(toks) > 2 and toks[-3][0].rstrip(".").lower() in HONORIFICS:
        return True
    return None


_OFFICE_OF: Final = re.compile(
    r"((?:(?:[A-Z][\w’'\-]*|deputy|vice|acting|former)\s+)*(?:head|heads|chief)\s+of\s+(?:state|government))\s+$",
    re.IGNORECASE,
)


def _left_role(body: str, start: int) -> str | None:
    """Role words just before a name: "Kremlin spokesman", "Secretary of State"."""
    if not body[start - 1 : start].isspace():
        return None
    window = body[max(0, start - 80) : start]
    last = window.rsplit(None, 1)[-1:]  # most words before a name (said, and, the) can end no role
    if not last or last[0][-1:] in ',.;:!?"”)':
        return None
    if not _role_word(last[0])[0]:
        office = _OFFICE_OF.search(window) if last[0].lower() in ("state", "government") else None
        return office.group(1) if office else None  # "Irish head of government Jane Doe"
    kept: list[str] = []
    words = window.split()
    for w in reversed(words):
        if kept and _ends_clause(w):
            break  # "On Sunday, White House press secretary": the role starts after the mark
        can_end, can_be_inside, _names_role = _role_word(w)
        if can_end or (can_be_inside and kept):
            kept.append(w)
        else:
            break
    while kept and (kept[-1].lower() in _ROLE_CONNECTORS or kept[-1].lower() in _NOT_TITLE_WORDS):
        kept.pop()  # "With attorney Jane Doe", "as well as former Justice Secretary": not the role's words
    if not kept or not any(_role_word(w)[2] for w in kept):
        return None
    return " ".join(reversed(kept))


def _ends_clause(w: str) -> bool:
    """A word with a mark after it that ends a clause or a sentence (not an abbreviation's: "Sen.", "U.S."), maybe
    before a closing quotation mark ("Canadians,”")."""
    w = w.rstrip("”\"’'") or w
    if w[-1] in ",;:!?":
        return True
    bare = w.rstrip(".")
    return w[-1] == "." and len(bare) > 3 and "." not in bare


@lru_cache(maxsize=16384)
def _role_word(w: str) -> tuple[bool, bool, bool]:
    """What a word can be in a role printed before a name: (its last word, a word inside it, a word naming a role)."""
    low = w.lower().rstrip(".")
    names_role = low in ROLE_HEADS or is_role_word(w)
    can_end = names_role or bool(NATIONALITY.match(w)) or w.endswith(("’s", "'s"))
    return can_end, can_end or w[:1].isupper() or low in _ROLE_CONNECTORS, names_role


def _right_role(body: str, end: int) -> str | None:
    """An apposition after a name: ", a Ukrainian foreign minister," / ", the spokesman for X,"."""
    if not body.startswith(",", end) or ROLE_HEADS.isdisjoint(_LETTERS.findall(body[end : end + 120].lower())):
        return None  # no role word within reach: the (slow) pattern need not be tried
    m = _APPOSITION.match(body, end, min(len(body), end + 120))
    if not m:
        return None
    phrase = m.group(1).strip()
    words = _LETTERS.findall(phrase.lower())
    if not words or len(words) > 14 or not (set(words[:6]) & ROLE_HEADS or "who" in words[:1]):
        return None
    if words[0] == "who":
        return None
    return phrase


# Capitalised words that may open a sentence before a titled name and are no part of the title: "On Tuesday
# President Jane Doe", "Later Governor John Roe", "Neither Senator Doe nor …".
_NOT_TITLE_WORDS: Final = {
    *CALENDAR_WORDS,
    *("today", "yesterday", "tonight", "later", "earlier", "meanwhile", "then", "now", "neither"),
    *("both", "either", "and", "but", "when", "while", "after", "before", "also", "on", "in", "at", "by", "from"),
    *("with", "as", "for", "since", "until", "during", "the", "a", "an"),
    *("although", "though", "because", "if", "unless", "whereas", "once", "whether", "so", "yet", "or", "well"),
}


def _title_role(title: tuple[tuple[str, int], ...]) -> str | None:
    """The role a title before a name gives, if it holds a role word, without words that only open the sentence."""
    words = [t for t, _ in title]
    if not any(is_role_word(w) for w in words):
        return None
    while words and words[0].lower() in _NOT_TITLE_WORDS:
        words.pop(0)
    if all(w.rstrip(".").lower() in _COURTESY_TITLES for w in words):
        return None  # "Mr", "Dr", "Sir": a form of address, no role
    return " ".join(words) or None


_COURTESY_TITLES: Final = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "madam",
    "prof",
    "rev",
    "amb",
}


def _role_going_on_left(body: str, run_start: int, role: str | None) -> str | None:
    """A title's role with the capitalised words it goes on from, across "of" or "for": "Secretary of State",
    "Minister of State for Foreign Affairs" (a run of capitals stops at those words)."""
    if role is None or not body[max(0, run_start - 5) : run_start].endswith(("of ", "for ", "the ")):
        return role
    m = _ROLE_GOES_ON.search(body, max(0, run_start - 80), run_start)
    if m is None:
        return role
    if not any(is_role_word(w) for w in m.group(1).split()):  # "Secretary of State", not "Group of Seven"
        return role
    words = m.group(1).rsplit(". ", 1)[-1].split()  # not across a sentence's end ("the EU. EU High Representative")
    while words and words[0].lower() in _NOT_TITLE_WORDS:
        words.pop(0)
    return " ".join([*words, m.group(2), role]) if words else role


# Capitalised words, then "of" or "for" (and "the"), right before a run: the start of a longer title.
_ROLE_GOES_ON: Final = re.compile(r"((?:[A-Z][\w.’'\-]*\s+(?:of\s+)?){0,3}[A-Z][\w.’'\-]*)\s+(of(?: the)?|for)\s+$")
_ARTICLE: Final = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+")
_LAST_DETERMINER: Final = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he|his|her|its|their)\s+")


def _role_before_comma(body: str, start: int) -> str | None:
    """A role printed before the name and a comma: "Russia's ambassador to Washington, Anatoly Antonov"."""
    if body[max(0, start - 2) : start] != ", ":
        return None
    lo = max(body.rfind(",", 0, start - 2), body.rfind(".", 0, start - 2), body.rfind("\n", 0, start - 2)) + 1
    phrase = body[lo : start - 2].strip()
    words = _LETTERS.findall(phrase.lower())
    if not words or len(words) > 8 or not set(words) & ROLE_HEADS or set(words) & {"said", "says", "told"}:
        return None
    if words[0] in _NOT_TITLE_WORDS and words[0] not in ("the", "a", "an"):
        return None  # "With attorney Jane Doe at his side, Roe said": an opening phrase, not Roe's role
    tail = _LAST_DETERMINER.split(phrase)[-1]  # "South Korea accused the North's leader": the North's leader
    if tail != phrase and set(_LETTERS.findall(tail.lower())) & ROLE_HEADS:
        return tail
    return _ARTICLE.sub("", phrase)  # "A reporter, Jane Doe": a reporter


def _honorific_gender(title: _Tokens) -> str | None:
    if not title:
        return None
    low = title[-1][0].rstrip(".").lower()
    if low in {"mrs", "ms", "miss", "madam", "queen", "princess", "lady", "dame"}:
        return "f"
    if low in {"mr", "king", "prince", "sir", "lord", "sheikh", "emir", "sultan"}:
        return "m"
    return None


def find_people(body: str) -> list[Person]:
    runs = name_runs(body)
    surnames_alone: set[str] | None = None  # the words used alone as names, read once a full name needs them
    candidates: list[_Candidate] = []
    singles: list[_Candidate] = []
    for title, name, run_start, _run_end in runs:
        if len(name) == 1:
            word, start = name[0]
            end = start + len(word)
            if 2 <= len(word) <= 6 and word.isalpha() and word.isupper():
                continue  # an organisation (an acronym), if it speaks: see _speaking_acronyms
            # no title (most runs: a capitalised sentence opener): a surname only next to a verb
            if not title and not _verb_next_to(body, start, end):
                continue
            tokens = [word]
            single = word.rstrip(".").lower() not in NAME_SUFFIXES
        else:
            start = name[0][1]
            end = name[-1][1] + len(name[-1][0])
            tokens = [t for t, _ in name]
            single = len([t for t in tokens if t.rstrip(".").lower() not in NAME_SUFFIXES]) == 1
        if not title and countries.is_country(" ".join(tokens)):
            continue  # "Switzerland said": a country (its government) speaks, no person does
        honorific = bool(title) and title[-1][0].rstrip(".").lower() in HONORIFICS
        if (
            single
            and not honorific
            and (title or len(name) > 1)  # others passed above
            and not any(t.rstrip(".").lower() in ROLE_HEADS for t, _ in title)
        ):
            if any(t[:1].isupper() and t.rstrip(".").lower() not in _SENTENCE_WORDS for t, _ in title):
                continue  # the end of a longer proper noun ("Presidential Debates"), not a surname
            if not _verb_next_to(body, start, end):
                continue
        role = _role_going_on_left(body, run_start, _title_role(title)) if title else _left_role(body, run_start)
        if role is None:
            # (before the title too: "The Chairman of the Commission, Amb Moussa Faki")
            role = (
                _right_role(body, end)
                or _role_before_comma(body, start)
                or (_role_before_comma(body, run_start) if run_start != start else None)
            )
        gender = (title and _honorific_gender(title)) or (role and gender_of_role(role)) or None
        if single:
            singles.append(_Candidate(tokens, start, end, _office(role) if role else None, gender))
            continue
        if not (role or honorific or known_people.lookup(" ".join(tokens))):
            if surnames_alone is None:
                surnames_alone = {surname_key(name[0][0]) for _title, name, _start, _end in runs if len(name) == 1}
            if not _named_as_speaker(body, tokens, start, end, surnames_alone):
                continue
        nick = _NICKNAME.search(body, start, end) if len(tokens) >= 2 else None
        if nick and f"{nick.group(1)} {tokens[-1]}" not in body:
            nick = None  # the article never goes by the nickname alone: Marcia "Cia" Price stays Marcia Price
        role = _office(role) if role else None
        candidates.append(_Candidate(tokens, start, end, role, gender, nickname=nick and nick.group(1)))
    _drop_leading_words(candidates)
    people = _merge(candidates, singles)
    acronyms = _speaking_acronyms(body, people)
    if acronyms:
        people = sorted(people + acronyms, key=_first_offset)
    return people


_first_offset = attrgetter("first_offset")


def _office(role: str) -> str | None:
    """The role to record: none for "his Portuguese counterpart", which shows a person but names no office."""
    return None if role.rsplit(None, 1)[-1].lower() == "counterpart" else role


# An acronym as the subject of a verb of saying: "the AU said", "NATO warned", "said OPEC" (each pattern starts
# with what it matches first, so re skips ahead to capitals or to "said").
_ACRONYM_BEFORE_VERB: Final = re.compile(
    r"([A-Z]{2,6})(?![\w&-]|\.\w)(?=\s+(?:said|says|stated|states|told|tells|added|warned|announced|noted|urged"
    r"|insisted|declared|stressed)\b)"
)
_ACRONYM_AFTER_SAID: Final = re.compile(r"said ([A-Z]{2,6})(?![\w&-]|\.\w)")


_CAPITALS_ONLY: Final = bytes(65 if 65 <= c <= 90 else 32 for c in range(256))  # "A" for a capital, else a space


def _acronyms_before_verb(body: str) -> list[re.Match]:
    """The matches of _ACRONYM_BEFORE_VERB that start a run of capitals (one inside a run is no acronym: see
    _speaking_acronyms), found by bytes.find where two capitals meet (fast)."""
    capitals = body.encode("ascii", "replace").translate(_CAPITALS_ONLY)  # one byte a character
    found = []
    i = capitals.find(b"AA")
    while i >= 0:  # i starts a run of capitals (the byte before it is no capital)
        end = capitals.find(b" ", i)
        end = len(capitals) if end < 0 else end
        if end - i <= 6:  # a longer run matches only inside it
            m = _ACRONYM_BEFORE_VERB.match(body, i)
            if m:
                found.append(m)
        i = capitals.find(b"AA", end)
    return found


def _speaking_acronyms(body: str, people: list[Person]) -> list[Person]:
    """Organisations named by an acronym that speak ("the AU said", "said OPEC"), none of the people found: never
    people. Countries ("US", "UK") are left to the attribution, which reads them as their governments."""
    found: dict[str, int] = {}
    known: set[str] | None = None  # the people's names folded, read once an acronym needs them
    for m in sorted([*_acronyms_before_verb(body), *_ACRONYM_AFTER_SAID.finditer(body)], key=re.Match.start):
        word, at = m.group(1), m.start(1)
        if at and (body[at - 1].isalnum() or body[at - 1] in "_.&-"):
            continue  # inside a longer word or an abbreviation
        if word in found:
            continue
        if known is None:
            known = {fold(n) for p in people for n in (p.name, *p.aliases)}
        if fold(word) not in known and not countries.is_country(word):
            found[word] = at
    return [Person(name=w, kind="organisation", first_offset=at) for w, at in found.items()]


def _verb_next_to(body: str, start: int, end: int) -> bool:
    return bool(_VERB_NEXT.match(body, end, end + 30) or _VERB_BEFORE.search(body, max(0, start - 30), start))


def _named_as_speaker(body: str, tokens: list[str], start: int, end: int, surnames_alone: set[str]) -> bool:
    """A full name with neither title, role nor a place in the curated list is a person when a verb of saying is
    next to it or its surname is used alone elsewhere; both after a preposition of place ("talks in Rio Branco")."""
    before = body[max(0, start - 30) : start]
    prev_word = before.rstrip().rsplit(None, 1)[-1].lower() if before.strip() else ""
    if prev_word in _PLACE_PREPOSITIONS:
        return (_surname_alone(tokens, surnames_alone) and _said(body, before, start, end)) or _person_apposition(
            body, end
        )
    return (
        _surname_alone(tokens, surnames_alone)
        or _said(body, before, start, end)
        or _given_name_then_pronoun(body, tokens, end)
        or _subject_then_pronoun(body, tokens, start, end)
        or (_person_apposition(body, end) and not _NAME_TAIL_BEFORE.search(before))
    )


def _given_name_then_pronoun(body: str, tokens: list[str], end: int) -> bool:
    """ "Maria Keller on Tuesday cut her forecast": a given name of the curated lists, then one or two name words
    (no institution's), and a pronoun of that sex soon after, in that paragraph or the next ("Victoria Falls" has
    none)."""
    last = tokens[-1].lower()
    if not 2 <= len(tokens) <= 3 or last in INSTITUTION_WORDS or last in _NOT_PERSON_NOUNS:
        return False  # "Tom Ford Gallery", "the Laura Ingraham Show"
    gender = gender_of_given_name(tokens[0])
    if gender is None or not all(is_name_word(t) for t in tokens[1:]):
        return False
    pronoun = _PRONOUNS[gender].search(body, end, end + 250)
    if pronoun is None:
        return False
    lines = body[end : pronoun.start()].split("\n")[1:]
    return sum(1 for line in lines if line.strip()) <= 1  # in this paragraph or the next


def _subject_then_pronoun(body: str, tokens: list[str], start: int, end: int) -> bool:
    """ "Mick McCarthy was proud of his team": two name words opening a sentence, a lower-case word after them (the
    verb) and "his" or "her" later in that sentence: a person, whatever the given name."""
    if len(tokens) != 2 or not all(is_name_word(t) for t in tokens) or tokens[-1].lower() in _NOT_PERSON_NOUNS:
        return False
    if tokens[-1].lower() in INSTITUTION_WORDS or countries.is_country(" ".join(tokens)):
        return False
    opening = body[max(0, start - 3) : start]
    if start and not (opening.endswith("\n") or _SENTENCE_BEFORE.search(opening)):
        return False  # not the sentence's first words
    if not _LOWER_WORD.match(body, end):
        return False
    sentence_end = _SENTENCE_STOP.search(body, end, end + 200)
    return _HIS_HER.search(body, end, sentence_end.start() if sentence_end else end + 200) is not None


def _person_apposition(body: str, end: int) -> bool:
    """ "Mack Johnson, a crane operator apprentice.": a lower-case apposition whose head noun is no place, body or
    thing ("Acme Corp, a software company," is none)."""
    m = _LOWER_APPOSITION.match(body, end, end + 80)
    if m is None:
        return False
    words = m.group(1).split()
    cut = next((k for k, w in enumerate(words) if k and w in _APPOSITION_PREPOSITIONS), len(words))
    head = words[cut - 1]  # the noun before the first preposition: "a town in the north", "a mother of three"
    return head not in _NOT_PERSON_NOUNS and head not in INSTITUTION_WORDS and not head[:1].isdigit()


def _surname_alone(tokens: list[str], surnames_alone: set[str]) -> bool:
    """The surname alone elsewhere, perhaps misprinted."""
    key = surname_key(tokens[-1])
    return key in surnames_alone or any(_may_be_typo(key, k) for k in surnames_alone)


def _said(body: str, before: str, start: int, end: int) -> bool:
    """A verb of saying next to the name, or after its apposition or its workplace."""
    return bool(
        VERB.match(body[end : end + 40].lstrip(" ,"))
        or _AT_ORG_THEN_VERB(body, end)
        or _CUE_BEFORE.search(before)
        or _SIGNED.search(before)
        or _CUE_FEW_WORDS_BEFORE.search(body, max(0, start - 50), start)
        or _APPOSITION_THEN_CUE.match(body, end, min(len(body), end + 200))
        or _apposition_then_verb(body, end)
    )


def _drop_leading_words(candidates: list[_Candidate]) -> None:
    """A capitalised word glued before a full name found elsewhere ("Rival Hillary Clinton") is not part of it."""
    full: set[str] | None = None  # every full name, read before the first change
    for cand in candidates:
        if len(cand.tokens) >= 3 and cand.role is None and cand.tokens[1][:1].isupper():
            if full is None:
                full = {fold(" ".join(c.tokens)) for c in candidates if len(c.tokens) >= 2}
            if fold(" ".join(cand.tokens[1:])) not in full:
                continue
            cand.start += len(cand.tokens[0]) + 1
            cand.tokens = cand.tokens[1:]


def _genders(people: list[Person], candidates: list[_Candidate]) -> dict[int, str | None]:
    """Each person's sex where a title, a role or the curated list gives it."""
    found: dict[int, str | None] = {}
    by_name = {fold(p.name): i for i, p in enumerate(people)}
    for i, person in enumerate(people):
        known = known_people.lookup(person.name)
        found[i] = (known.gender if known else None) or gender_of_role(person.role)
    for cand in candidates:
        k = by_name.get(fold(" ".join(cand.tokens)))
        if k is not None and cand.gender and not found.get(k):
            found[k] = cand.gender
    return found


def _compatible(a: str, b: str) -> bool:
    """Two full names of one person: same surname, given names alike (Sergei / Sergey)."""
    if surname_key(a) != surname_key(b):
        return False
    ga, gb = given_key(a), given_key(b)
    if not ga or not gb or ga[:1] == gb[:1]:
        return True
    wa, wb = fold(a).split(), fold(b).split()
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    return long[-len(short) :] == short  # "De Blasio" is the end of "Bill de Blasio"


def _may_be_typo(key: str, other: str) -> bool:
    """one_typo_apart, tried only on keys of its first letter and about its length."""
    return other[:1] == key[:1] and abs(len(other) - len(key)) <= 1 and one_typo_apart(key, other)


@lru_cache(maxsize=4096)
def _fuller_form(printed: str, curated: str) -> bool:
    """The article's name adds only initials or a suffix to the curated one, whose given name may be a short
    form of it: "Joseph R. Biden Jr." for "Joe Biden", "Donald J. Trump" for "Donald Trump"."""
    p, c = fold(printed).split(), fold(curated).split()
    if len(p) <= len(c) or surname_key(printed) != surname_key(curated):
        return False
    p_core = [w for w in p if len(w) > 1 and w not in NAME_SUFFIXES]
    c_core = [w for w in c if len(w) > 1 and w not in NAME_SUFFIXES]
    return len(p_core) == len(c_core) >= 2 and p_core[0][0] == c_core[0][0] and p_core[1:] == c_core[1:]


def _merge(candidates: list[_Candidate], singles: list[_Candidate]) -> list[Person]:
    people: list[Person] = []
    by_surname: dict[str, list[int]] = {}
    for cand in candidates:
        printed = " ".join(cand.tokens)
        key = surname_key(printed)
        known = known_people.lookup(printed)
        match = None
        options = by_surname.get(key, []) + by_surname.get(surname_key(known.name) if known else "", [])
        for i in options:
            person = people[i]
            if (known and fold(person.name) == fold(known.name)) or _compatible(person.name, printed):
                match = i
                break
        if match is None:
            name = known.name if known and known.kind == "person" else printed
            curated = None
            if known and known.kind == "person" and _fuller_form(printed, known.name):
                name, curated = printed, known.name  # the article's own full form ("Joseph R. Biden Jr.")
            elif cand.nickname and not known:
                words = [t for t in cand.tokens if t.rstrip(".").lower() not in NAME_SUFFIXES]
                name = f"{cand.nickname} {words[-1]}"  # the name the article goes by: Robert "Bobby" Scott
            people.append(
                Person(
                    name=name,
                    role=cand.role or (known.role if known else None),
                    country=known.country if known else None,
                    aliases=[form for form in (printed, curated) if form and fold(form) != fold(name)],
                    is_leader=known.is_leader if known else is_leader_role(cand.role),
                    first_offset=cand.start,
                )
            )
            by_surname.setdefault(key, []).append(len(people) - 1)
            by_surname.setdefault(surname_key(name), []).append(len(people) - 1)
            continue
        person = people[match]
        longer, shorter = fold(printed).split(), fold(person.name).split()
        if not known and len(longer) > len(shorter) and longer[-len(shorter) :] == shorter:
            # the full name given after a short form (a headline's "De Blasio", then "Bill de Blasio") is canonical
            person.aliases = [a for a in person.aliases if fold(a) != fold(printed)] + [person.name]
            person.name = printed
            by_surname.setdefault(key, []).append(match)
        elif fold(printed) != fold(person.name) and printed not in person.aliases:
            person.aliases.append(printed)
        if person.role is None and cand.role:
            person.role = cand.role
            person.is_leader = person.is_leader or is_leader_role(cand.role)
    by_given: dict[str, list[int]] = {}
    by_inner: dict[str, list[int]] = {}  # the middle words of longer names: "Déby" in "Idriss Déby Itno"
    for i, person in enumerate(people):
        words = fold(person.name).split()
        if len(words) >= 2:
            by_given.setdefault(words[0], []).append(i)
        for word in words[1:-1]:
            if len(word) > 2 and word not in _PARTICLES and word not in NAME_SUFFIXES:
                by_inner.setdefault(word, []).append(i)
    named_in_full = len(people)
    genders: dict[int, str] | None = None  # of the people named in full, read when a surname alone needs it
    for cand in singles:
        word = cand.tokens[0]
        key = surname_key(word)
        if key in by_surname:
            # "Mr. Obama" is not the "Michelle Obama" named before: a surname alone of the other sex
            owners = by_surname[key]
            known = known_people.by_surname(word, cand.gender) if cand.gender else None
            if not (known is not None and all(fold(people[i].name) != fold(known.name) for i in owners)):
                continue
            if genders is None:
                genders = {i: g for i, g in _genders(people[:named_in_full], candidates).items() if g}
            if not all(genders.get(i) not in (cand.gender, None) for i in owners):
                continue
            owners = []
        else:
            owners = by_given.get(fold(word), []) or by_inner.get(fold(word), [])
            if not owners:  # a misprinted surname of someone named in full ("McLenney" for "McClenney")
                owners = list({i for k, found in by_surname.items() if _may_be_typo(key, k) for i in found})
        if len(owners) == 1:  # a surname-first name said short ("Xi" for "Xi Jinping"), or a first name alone
            person = people[owners[0]]
            if word not in person.aliases:
                person.aliases.append(word)
            by_surname.setdefault(key, []).append(owners[0])
            continue
        known = known_people.lookup(word) or known_people.by_surname(word, cand.gender)
        if known is not None and known.kind != "person":
            continue
        name = known.name if known else word
        people.append(
            Person(
                name=name,
                role=cand.role or (known.role if known else None),
                country=known.country if known else None,
                aliases=[] if fold(word) == fold(name) else [word],
                is_leader=known.is_leader if known else is_leader_role(cand.role),
                first_offset=cand.start,
            )
        )
        by_surname.setdefault(key, []).append(len(people) - 1)
    people.sort(key=_first_offset)
    return people
