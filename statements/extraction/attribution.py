"""Who said each quote.

For each quotation the sentence around it is searched for a cue (a verb of saying,
"according to", "in a statement") after the quote first, then before it. The cue's
subject is read next to the verb: a name ("Peskov said", "said Dmitry Peskov"), a
pronoun ("she added"), a role noun ("the Kremlin spokesman noted") or an
organisation ("the Kremlin said", "the agency said" for the organisation named just
before). Names resolve to the article's people (a surname, or the first word of a
surname-first name, stands for the full name). Pronouns go to the latest subject of a
compatible sex: sentences that open with a name record it as their subject, and a
sentence opening with "he"/"she" carries that subject on. Role nouns go to the latest
person with that role. Words reported inside an outer "X said that …" belong to X;
"Doe’s claim that “…”" to Doe; a signed line ("“…” ― Jane Doe") and a transcript label
("DOE: …") name their speaker. A quote with no cue of its own takes the speaker of an
earlier quote in its sentence or paragraph, the subject of its sentence, or, when its
paragraph is nothing but the quotation, the speaker of the paragraph before (its last
quotation, its colon-ended cue, or the one person its sentences are about). Unclear
cases keep speaker None.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

from . import known_people
from .cues import VERB, trie_pattern
from .names import (
    INSTITUTION_WORDS,
    NATIONALITY,
    ROLE_HEADS,
    ROLE_WORDS,
    fold,
    gender_of_role,
    is_name_word,
    surname_key,
)
from .people import name_runs
from .records import Person, Quote

_FILLER = (
    r"(?:also|has|have|had|was|were|is|are|would|will|could|did|does|then|later|again|further|previously|earlier|"
    r"recently|once|reportedly|quoted|as|often|repeatedly|first|simply|flatly|publicly|bluntly|just|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last \w+|this \w+|"
    r"in a statement|in an interview|in a post|at the time|at a (?:news|press) conference)"
)
_PRONOUN_BEFORE = re.compile(rf"\b(he|she|it|they|He|She|It|They)(?:['’]s)?\s+(?:{_FILLER}\s+)*$")
_PRONOUN_AFTER = re.compile(r"\s+(he|she|it)\b")
_ROLE_HEAD = "|".join(sorted(ROLE_HEADS, key=len, reverse=True))
_ROLE_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Aa]n?)\s+((?:[\w’'\-.]+\s+){{0,4}}?(?:{_ROLE_HEAD}))\s+"
    rf"(?:{_FILLER}\s+)*$"
)
_ROLE_AFTER = re.compile(rf"\s+(?:[Tt]he|[Aa]n?)\s+((?:[\w’'\-.]+\s+){{0,4}}?(?:{_ROLE_HEAD}))\b")
_ORG_HEAD = (
    r"Kremlin|White House|Blue House|Pentagon|Élysée(?: Palace)?|Elysee(?: Palace)?|[Pp]residency|"
    r"[Mm]inistry(?: of(?: [A-Z][\w’'\-]+| and)+)?|[Pp]residential [Oo]ffice|[Oo]ffice|[Aa]gency|[Gg]overnment|"
    r"[Ee]mbassy|[Dd]epartment|[Cc]ommittee|[Cc]ampaign|[Cc]ouncil|[Ss]ervice|[Cc]ommission|[Pp]olice|[Aa]rmy|"
    r"[Mm]ilitary|[Pp]arty|[Aa]ssociation|[Ff]oundation|[Ii]nstitute|Times|Post|Journal|Tribune|[Cc]ourt"
)
_ORG_BEFORE = re.compile(
    rf"(?:\b[Tt]he\s+)?((?:[A-Z][\w’'\-]*\s+|[a-z]+\s+){{0,3}}?(?:{_ORG_HEAD}))(?:['’]s\s+(?:statement|spokesman))?"
    rf"\s+(?:{_FILLER}\s+)*$"
)
_ORG_AFTER = re.compile(rf"\s+(?:[Tt]he\s+)?((?:[A-Z][\w’'\-]*\s+|[a-z]+\s+){{0,3}}?(?:{_ORG_HEAD}))\b")
_BETWEEN_NAME_AND_VERB = re.compile(
    rf"(?:[’']s?\s*)?(?:\([^)]*\)\s*)?"
    rf"(?:,?\s*of\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s*){{1,5}},?\s*)?"  # "Jane Doe of the Sierra Club said"
    rf"(?:,\s*who\b\s*)?"  # "Jane Doe, who joked …"
    rf"(?:{_FILLER}\s*)*"
)
_APPOSITION_TAIL = re.compile(r",\s[^,“”\"]{2,160},\s*$")
# A full stop after an honorific or an initial ("Mr. Obama", "G.K. Butterfield") ends no sentence.
_ABBREVIATIONS = (
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Rep",
    "Sen",
    "Gov",
    "Gen",
    "Lt",
    "Col",
    "Prof",
    "Rev",
    "Sgt",
    "No",
    "vs",
)
# Checked only after a full stop has matched, so the look-behinds cost nothing elsewhere.
_FULL_STOP = r"\.(?<!\b[A-Z]\.)" + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
_NEXT_SENTENCE = re.compile(rf"(?:[!?]|{_FULL_STOP})(?=\s+[A-Z“\"‘])|\n")
_PREV_SENTENCE = re.compile(rf"(?:[!?]|{_FULL_STOP})\s+(?=[A-Z“\"‘])")
_STOP_CHAR = re.compile(r"[.!?\n]")
_AFTER_STOP = re.compile(r"[ \t\u00a0]+(?=[A-Z“\"‘])")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]|\b(?:" + "|".join(_ABBREVIATIONS) + r"))$")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_NEWLINE = re.compile(r"\n")
_EVENT_VERB = re.compile(
    r"\b"
    + trie_pattern(
        [
            *("said", "says", "told", "added", "stated", "noted", "stressed"),
            *("warned", "insisted", "wrote", "announced", "explained", "declared"),
        ]
    )
    + r"\b"
)
_BYLINE_DASH = re.compile(r"[ \u00a0.,]*(?:[―—–]|--)[ \u00a0]*")
_POSSESSIVE_WORDS = re.compile(
    r"[’']s\s+(?:[\w\-]+\s+){0,3}?(claims?|statements?|remarks?|comments?|words|references?|descriptions?|"
    r"tweets?|posts?|promises?|pledges?|assertions?|accusations?|messages?|slogans?|warnings?|arguments?|"
    r"vows?|insistence|contention)\b[^.!?“”\"\n]{0,60}$"
)
_ORG_NOUN = (
    r"Agency|Service|Commission|Ministry|Department|Office|Committee|Council|Bureau|Administration|"
    r"Organi[sz]ation|Institute|Association|Union|Court|Police|Forces?|Campaign|Board|Authority|Center|Centre"
)
# A named organisation around its noun: "Federal Security Service", "Commission on Presidential Debates".
_ORG_NOUN_WORD = re.compile(rf"\b(?:{_ORG_NOUN})\b")
_NAMED_ORG_LEFT = re.compile(r"(?<![\w’'\-])(?:[A-Z][\w’'\-]+ (?:(?:of|on|for|and) (?:the )?)?){1,5}$")
_NAMED_ORG_RIGHT = re.compile(r"(?: (?:of|on|for) (?:the )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,3})")
_GENERIC_ORG = {"agency", "organisation", "organization", "body", "group"}
_CAMPAIGN = re.compile(r"[’']s\s+(?:presidential\s+)?campaign\b")
_TRANSCRIPT_NAME = re.compile(r"[A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]{2,})?")
_NOT_LABELS = {"update", "updated", "editor", "note", "correction", "question", "answer", "transcript", "caption"}
_CLAUSE_BREAK = re.compile(r"[,.;:!?“”\"()]|\b(?:that|to|and|but|about|of|on|in|with|by)\b")
# Verbs whose subject may follow them ("said Jane Doe"); never "told" (its object follows) nor an -ing form.
_INVERTS = re.compile(
    r"(?i:said|says|added|adds|asked|asks|wrote|writes|continued|continues|replied|explained|noted|insisted|"
    r"argued|recalled|stated|declared|warned|remarked|stressed|commented|concluded|acknowledged|"
    r"reported|shouted|cautioned|countered|observed|conceded|joked|quipped|tweeted|posted|announced|responded)"
)
_TITLE_WORDS = {"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "pres": "president"}
_VAGUE_HEADS = {"official", "officer", "aide", "adviser", "advisor", "leader", "analyst", "executive", "head", "chief"}
_COPULA = re.compile(r"\b(?:was|were|is|are)\b")
_REPORTING = re.compile(r"(?i:said|says|stated|states|told|tells|announced|reported|reports|wrote|writes)")
_THAT_CLAUSE = re.compile(r"\bthat\b")
_THAT = re.compile(r"\s+(?:that|of)\b")
# Pronouns that point back at the subject: "him" and "her" are mostly someone else ("X scolded him").
_NEXT_PRONOUN = re.compile(r"\b(he|his|himself|she|herself|He|His|She)\b")
_ORG_STOP = {
    "that",
    "the",
    "a",
    "an",
    "and",
    "as",
    "but",
    "which",
    "who",
    "its",
    "their",
    "his",
    "her",
    "of",
    "to",
    "in",
    "on",
    "for",
    "by",
    "with",
    "from",
    "issued",
    "said",
    "says",
    "this",
    "these",
    "while",
    "when",
    "after",
}
_PRONOUN_HEAD = re.compile(r"\s*(He|She)\b")
_LOWER_ROLE = "|".join(
    sorted({w for w in ROLE_WORDS | ROLE_HEADS if w.isalpha() and w.islower()}, key=len, reverse=True)
)
# What may stand before the subject's name: an adverb and a comma, "The", titles and roles ("Kremlin spokesman").
_SUBJECT_LEAD = re.compile(
    rf"\s*(?:[A-Z][\w’'\-]*(?: [\w’'\-]+){{0,4}},\s+)?"
    rf"(?:(?:The|the|[A-Z][\w’'\-.]*|Rep\.|Sen\.|(?:{_LOWER_ROLE})(?![\w’'\-]))\s+){{0,4}}"
)
_LABEL = re.compile(r"([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}):\s+$")


@dataclass
class _Mention:
    start: int
    end: int
    person: int  # index into people


@dataclass
class _Found:
    person: int
    printed: str
    method: str
    cue: str
    confidence: float


class _Context:
    def __init__(self, body: str, people: list[Person]) -> None:
        self.body = body
        self.people = people
        self.forms: dict[str, int] = {}
        self.surnames: dict[str, list[int]] = {}
        self.genders: dict[int, str] = {}
        for i in range(len(people)):
            self._index(i)
        # a first word alone for a full name ("Xi" for Xi Jinping, "Phumtham" for Phumtham Wechayachai), when unique
        given: dict[str, list[int]] = {}
        for i, person in enumerate(people):
            words = fold(person.name).split()
            if len(words) >= 2 and person.kind == "person":
                given.setdefault(words[0], []).append(i)
        self.given = {word: owners[0] for word, owners in given.items() if len(owners) == 1}
        self.mentions = self._mentions()
        self.sentence_starts = _sentence_starts(body)
        self._vote_genders()
        self.sources: list[tuple[int, int]] = []  # (offset, person) of each speech event seen so far
        self.quote_starts: list[int] = []
        self.quote_ends: list[int] = []

    def _index(self, i: int) -> None:
        person = self.people[i]
        for form in (person.name, *person.aliases):
            self.forms.setdefault(fold(form), i)
            self.surnames.setdefault(surname_key(form), [])
            if i not in self.surnames[surname_key(form)]:
                self.surnames[surname_key(form)].append(i)
        known = known_people.lookup(person.name)
        gender = gender_of_role(person.role) or (known.gender if known else None)
        if gender:
            self.genders[i] = gender

    def _mentions(self) -> list[_Mention]:
        found: list[_Mention] = []
        for title, name, _start, _end in name_runs(self.body):
            printed = " ".join(t for t, _ in name)
            honorific = title[-1][0].rstrip(".").lower() if title else ""
            gender = "f" if honorific in {"mrs", "ms", "miss"} else "m" if honorific == "mr" else None
            i = self.resolve_name(printed, gender)
            if i is not None:
                if gender and i not in self.genders:
                    self.genders[i] = gender
                found.append(_Mention(name[0][1], name[-1][1] + len(name[-1][0]), i))
        found.extend(self._word_surname_mentions(found))
        found.sort(key=lambda m: m.start)
        self.starts = [m.start for m in found]
        return found

    def _word_surname_mentions(self, found: list[_Mention]) -> list[_Mention]:
        """A surname that is also a common word ("King", "Jordan") said alone, for a person named in full."""
        words: dict[str, int] = {}
        for i, person in enumerate(self.people):
            tokens = person.name.split()
            if (
                person.kind == "person"
                and len(tokens) >= 2
                and not is_name_word(tokens[-1])
                and tokens[-1].lower() not in INSTITUTION_WORDS
                and is_name_word(tokens[0])
            ):
                words.setdefault(tokens[-1], i)
        if not words:
            return []
        spans = sorted((f.start, f.end) for f in found)
        starts = [a for a, _ in spans]
        kept = []
        for m in re.finditer(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", self.body):
            k = bisect_right(starts, m.start()) - 1
            if k < 0 or spans[k][1] <= m.start():  # not inside a full name already found
                kept.append(_Mention(m.start(), m.end(), words[m.group()]))
        return kept

    def mentions_between(self, lo: int, hi: int) -> list[_Mention]:
        return self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def recent(self, before: int, limit: int = 60) -> list[tuple[int, int]]:
        """(offset, person) of the latest speakers and mentions before an offset, newest first."""
        k = bisect_left(self.starts, before)
        items = [(m.start, m.person) for m in self.mentions[max(0, k - limit) : k] if m.end <= before]
        j = bisect_left(self.sources, (before, -1))
        items += self.sources[max(0, j - limit) : j]
        items.sort(reverse=True)
        return items

    def _vote_genders(self) -> None:
        """A person's gender from the pronouns that follow their mentions (he / his vs she / her)."""
        votes: dict[int, list[int]] = {}
        for n, mention in enumerate(self.mentions):
            hi = min(len(self.body), mention.end + 160)
            if n + 1 < len(self.mentions):
                hi = min(hi, self.mentions[n + 1].start)
            newline = self.body.find("\n", mention.end, hi)
            m = _NEXT_PRONOUN.search(self.body, mention.end, newline if newline != -1 else hi)
            if m:
                vote = votes.setdefault(mention.person, [0, 0])
                vote[0 if m.group(1).lower() in ("he", "his", "himself") else 1] += 1
        for i, (male, female) in votes.items():
            if i not in self.genders and male != female:
                self.genders[i] = "m" if male > female else "f"

    def resolve_name(self, printed: str, gender: str | None = None) -> int | None:
        i = self.forms.get(fold(printed))
        if i is not None:
            return i
        options = self.surnames.get(surname_key(printed), [])
        if len(options) > 1 and gender:
            options = [j for j in options if self.genders.get(j) == gender] or [
                j for j in options if self.genders.get(j) is None
            ]
        if options:
            return options[0]
        key = fold(printed)
        return self.given.get(key) if " " not in key else None

    def organisation(self, printed: str, at: int = -1) -> int:
        words = printed.split()
        while len(words) > 1 and words[0].lower() in _ORG_STOP:
            words = words[1:]
        name = " ".join(words)
        if len(words) == 1 and name.islower() and at >= 0:
            name = self.named_organisation(name, at) or name
        known = known_people.lookup(name)
        if known is not None:
            name = known.name
        key = fold(name)
        i = self.forms.get(key)
        if i is not None:
            return i
        self.people.append(Person(name=name, kind="organisation", first_offset=len(self.body)))
        i = len(self.people) - 1
        self._index(i)
        return i

    def person(self, name: str) -> int:
        self.people.append(Person(name=name, kind="person", first_offset=len(self.body)))
        i = len(self.people) - 1
        self._index(i)
        return i

    def named_organisation(self, head: str, at: int) -> str | None:
        """The organisation a bare "the agency" / "the commission" stands for: the latest one named before."""
        body = self.body
        nouns = list(_ORG_NOUN_WORD.finditer(body, max(0, at - 2500), at))
        for noun in reversed(nouns):
            left = _NAMED_ORG_LEFT.search(body, max(0, noun.start() - 150), noun.start())
            right = _NAMED_ORG_RIGHT.match(body, noun.end(), at)
            start = left.start() if left else noun.start()
            end = right.end() if right else noun.end()
            name = body[start:end]
            if head in _GENERIC_ORG or head in name.lower().split():
                break
        else:
            return None
        words = name.split()
        while len(words) > 2 and (NATIONALITY.match(words[0]) or words[0] in ("The", "the")):
            words = words[1:]
        return " ".join(words)

    def quoted(self, offset: int) -> bool:
        """Whether an offset lies inside one of the quotations (a name there is no antecedent)."""
        k = bisect_right(self.quote_starts, offset) - 1
        return k >= 0 and offset < self.quote_ends[k]

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.sentence_starts, offset)

    def latest_person(self, before: int, gender: str | None, want_org: bool = False) -> int | None:
        """The latest speaker (else the latest mention) before an offset, of a compatible gender."""
        j = bisect_left(self.sources, (before, -1))
        if gender == "f" and not want_org:
            subject = next(
                (
                    (offset, i)
                    for offset, i in reversed(self.sources[max(0, j - 60) : j])
                    if self.people[i].kind == "person" and self.genders.get(i) in ("f", None)
                ),
                None,
            )
            for offset, i in self.recent(before):
                if before - 3000 < offset and self.genders.get(i) == "f" and not self.quoted(offset):
                    # a woman named in a later sentence than the latest subject is the likelier "she"
                    if (
                        subject is None
                        or self.genders.get(subject[1]) == "f"
                        or self.sentence_of(offset) > self.sentence_of(subject[0])
                    ):
                        return i
                    break
            if subject is not None and before - subject[0] < 3000:
                return subject[1]
        for _offset, i in reversed(self.sources[max(0, j - 60) : j]):
            person = self.people[i]
            if want_org != (person.kind == "organisation"):
                continue
            if gender and self.genders.get(i) not in (gender, None):
                continue
            return i
        if want_org:
            return None
        k = bisect_left(self.starts, before)
        for mention in reversed(self.mentions[max(0, k - 60) : k]):
            if mention.end > before:
                continue
            if gender and self.genders.get(mention.person) not in (gender, None):
                continue
            return mention.person
        return None

    def role_holder(self, role: str, before: int) -> int | None:
        words = fold(role).split()
        head = words[-1]
        qualifiers = [w for w in words[:-1] if w not in {"the", "a", "an"}]
        best = None
        recent = self.recent(before, 200)
        for offset, i in recent:
            prole = _role_words(self.people[i].role)
            if head in {"spokesman", "spokeswoman", "spokesperson"}:
                ok = any(w in prole for w in ("spokes", "press secretary"))
            else:
                ok = head in prole.split()
            qualified = all(q in prole or q in fold(self.people[i].country or "") for q in qualifiers[-1:])
            if ok and qualified and (best is None or offset > best[0]):
                best = (offset, i)
        if best is None and qualifiers:
            for offset, i in recent:
                text = fold((self.people[i].role or "") + " " + (self.people[i].country or ""))
                if qualifiers[-1] in text.split() and (best is None or offset > best[0]):
                    best = (offset, i)
        if best is None and not qualifiers:
            for offset, i in recent:
                if head in _role_words(self.people[i].role).split() and (best is None or offset > best[0]):
                    best = (offset, i)
        if best is None and qualifiers and head not in _VAGUE_HEADS:
            # "the Ruritanian senator": the one person of the article holding that office, if there is only one
            holders = {i for _, i in recent if head in _role_words(self.people[i].role).split()}
            if len(holders) == 1:
                return holders.pop()
        return best[1] if best else None


def _subject_before(ctx: _Context, lo: int, verb_start: int) -> _Found | None:
    """The subject of a verb of saying, read leftwards from the verb."""
    body = ctx.body
    lo = max(lo, verb_start - 200)
    text = body[lo:verb_start]
    cue = ""
    m = _PRONOUN_BEFORE.search(text)
    if m:
        word = m.group(1).lower()
        at = lo + m.start(1)
        if word in ("he", "she"):
            i = ctx.latest_person(at, "m" if word == "he" else "f")
            return _Found(i, m.group(1), "pronoun", cue, 0.7) if i is not None else None
        if word == "it":
            i = ctx.latest_person(at, None, want_org=True)
            return _Found(i, m.group(1), "pronoun", cue, 0.6) if i is not None else None
        return None
    tail = _APPOSITION_TAIL.search(text)
    if tail:
        text = text[: tail.start()] + " "
    # A name right before the verb (optionally with filler words between).
    best: _Mention | None = None
    for mention in ctx.mentions_between(lo, lo + len(text)):
        if mention.end <= lo + len(text):
            best = mention
    if best is not None:
        between = text[best.end - lo :].strip()
        if not between or _BETWEEN_NAME_AND_VERB.fullmatch(between):
            return _Found(best.person, body[best.start : best.end], "named", cue, 0.9)
    m = _ORG_BEFORE.search(text)
    if m and not _ROLE_BEFORE.search(text):
        return _Found(ctx.organisation(m.group(1), lo + m.start(1)), m.group(1), "named", cue, 0.8)
    m = _ROLE_BEFORE.search(text)
    if m:
        i = ctx.role_holder(m.group(1), lo + m.start())
        if i is not None:
            return _Found(i, m.group(0).strip(), "role", cue, 0.75)
    return None


def _subject_after(ctx: _Context, verb_end: int, hi: int) -> _Found | None:
    """The subject of an inverted cue: "said Peskov", "added the minister"."""
    body = ctx.body
    hi = min(hi, verb_end + 200)
    if _THAT.match(body, verb_end, hi):
        return None  # "said that the campaign was …": the start of what was said, not its speaker; "said of X" too
    for mention in ctx.mentions_between(verb_end, hi):
        if verb_end <= mention.start < hi:
            between = body[verb_end : mention.start]
            words = between.split()
            if len(between) <= 60 and (
                all(w in ("the", "a", "an", "of", "for") or w[:1].isupper() or w.lower() in ROLE_WORDS for w in words)
                or (len(words) <= 4 and not _CLAUSE_BREAK.search(between))  # "said radio host Jane Doe"
            ):
                return _Found(mention.person, body[mention.start : mention.end], "named", "", 0.85)
            break
    m = _ROLE_AFTER.match(body, verb_end, hi)
    if m:
        i = ctx.role_holder(m.group(1), verb_end)
        if i is not None:
            return _Found(i, m.group(0).strip(), "role", "", 0.7)
    m = _ORG_AFTER.match(body, verb_end, hi)
    if m:
        return _Found(ctx.organisation(m.group(1), verb_end), m.group(1), "named", "", 0.75)
    m = _PRONOUN_AFTER.match(body, verb_end, hi)
    if m and m.group(1) in ("he", "she"):
        i = ctx.latest_person(verb_end, "m" if m.group(1) == "he" else "f")
        if i is not None:
            return _Found(i, m.group(1), "pronoun", "", 0.65)
    return None


def _cue_after(ctx: _Context, close: int, hi: int) -> _Found | None:
    """A cue after the quotation: “…,” Peskov said / said Peskov / the spokesman added."""
    body = ctx.body
    window_end = min(hi, close + 200)
    dash = _BYLINE_DASH.match(body, close, window_end)
    if dash:  # an epigraph or a reader's comment signed after a dash: “…” ― Jane Doe
        for mention in ctx.mentions_between(dash.end(), dash.end() + 1):
            return _Found(mention.person, body[mention.start : mention.end], "named", "", 0.8)
    for verb in VERB.finditer(body, close, window_end):
        found = _subject_before(ctx, close, verb.start()) or (
            _subject_after(ctx, verb.end(), window_end) if _INVERTS.fullmatch(verb.group()) else None
        )
        if found:
            found.cue = verb.group().lower()
            return found
        if verb.start() - close > 60:
            break
    m = _ACCORDING.search(body, close, window_end)
    if m:
        found = _subject_after(ctx, m.end(), window_end)
        if found:
            found.cue = "according to"
            return found
    return None


def _cue_before(ctx: _Context, lo: int, open_at: int) -> _Found | None:
    """A cue before the quotation: Peskov said “…” / said Peskov: “…”."""
    body = ctx.body
    verbs = list(VERB.finditer(body, lo, open_at))
    for n in range(len(verbs) - 1, -1, -1):
        verb = verbs[n]
        found = _subject_before(ctx, lo, verb.start()) or (
            _subject_after(ctx, verb.end(), open_at) if _INVERTS.fullmatch(verb.group()) else None
        )
        if found:
            found.cue = verb.group().lower()
            # "X said that Y described it as “…”": the words are reported by the outer speaker
            outer = _outer_reporter(ctx, lo, verbs[:n], verb.start())
            return outer or found
    m = _ACCORDING.search(body, lo, open_at)
    if m:
        found = _subject_after(ctx, m.end(), open_at)
        if found:
            found.cue = "according to"
            return found
    return None


def _possessive_words(ctx: _Context, lo: int, open_at: int) -> _Found | None:
    """Someone's words named just before the quote: "Trump’s claim that there were “…”"."""
    body = ctx.body
    m = _POSSESSIVE_WORDS.search(body, max(lo, open_at - 120), open_at)
    if m is None or VERB.search(body, m.end(1), open_at) or _COPULA.search(body, m.end(1), open_at):
        return None  # "… said Doe’s tweets were “unhinged”": the words judge Doe’s, they are not Doe’s
    for mention in ctx.mentions_between(m.start() - 60, m.start()):
        if mention.end == m.start():
            return _Found(mention.person, body[mention.start : mention.end], "named", m.group(1), 0.6)
    return None


def _outer_reporter(ctx: _Context, lo: int, earlier: list[re.Match], inner_at: int) -> _Found | None:
    """The speaker of an earlier verb of saying whose "that" clause holds the inner one."""
    body = ctx.body
    for verb in earlier:
        if not _REPORTING.fullmatch(verb.group()):
            continue
        that = _THAT_CLAUSE.search(body, verb.end(), inner_at)
        if that is None:
            continue
        found = _subject_before(ctx, lo, verb.start())
        if found is not None and found.method == "named":
            found.cue = verb.group().lower()
            return found
    return None


def _open_mark(body: str, start: int) -> int:
    i = start
    while i > 0 and body[i - 1] in "\"“”«„‘'":
        i -= 1
    return i


def _close_mark(body: str, end: int) -> int:
    i = end
    while i < len(body) and body[i] in "\"”»“’'":
        i += 1
    return i


def _record_sources(ctx: _Context) -> list[tuple[int, int]]:
    """Speech events outside quotations: "Peskov said on Wednesday that …"."""
    events: list[tuple[int, int]] = []
    body = ctx.body
    starts, mentions = ctx.starts, ctx.mentions
    for verb in _EVENT_VERB.finditer(body):
        at = verb.start()
        k = bisect_left(starts, at) - 1
        while k >= 0 and mentions[k].end > at:
            k -= 1
        if k < 0 or mentions[k].start < at - 80:
            # an inverted subject: "…, noted the network’s Jane Doe."
            j = bisect_left(starts, verb.end())
            if j < len(mentions) and mentions[j].start - verb.end() < 40:
                between = body[verb.end() : mentions[j].start]
                if len(between.split()) <= 3 and not _CLAUSE_BREAK.search(between):
                    events.append((at, mentions[j].person))
            continue
        best = mentions[k]
        if "\n" not in body[best.end : at] and not body[best.end : at].strip(" ,’'s").count(" ") > 3:
            events.append((at, best.person))
    ctx.subjects = _sentence_subjects(ctx)
    events.extend(ctx.subjects)
    events.sort()
    return events


def _sentence_starts(body: str) -> list[int]:
    """Where each sentence (or line) starts, in order: one scan of the body."""
    starts = [0]
    after = _AFTER_STOP.match
    for m in _STOP_CHAR.finditer(body):
        i = m.start()
        if body[i] == "\n":
            starts.append(i + 1)
            continue
        gap = after(body, i + 1)
        if gap is None or (body[i] == "." and _ABBREVIATION_END.search(body, max(0, i - 5), i)):
            continue
        starts.append(gap.end())
    return starts


def _role_words(role: str | None) -> str:
    """A role folded, its abbreviated titles spelled out ("Sen." is a senator)."""
    words = fold(role or "").split()
    return " ".join(_TITLE_WORDS.get(w, w) for w in words)


def _campaign_of(ctx: _Context, mention: _Mention) -> int | None:
    """ "Smith’s campaign …" speaks as the organisation "Smith campaign"."""
    m = _CAMPAIGN.match(ctx.body, mention.end)
    if m is None or ctx.people[mention.person].kind != "person":
        return None
    surname = ctx.people[mention.person].name.split()[-1]
    return ctx.organisation(f"{surname} campaign")


def _sentence_subjects(ctx: _Context) -> list[tuple[int, int]]:
    """(offset, person) for each sentence opening with a person's name: the likelier antecedent of "he"/"she"."""
    body = ctx.body
    found: list[tuple[int, int]] = []
    for s in ctx.sentence_starts:
        pronoun = _PRONOUN_HEAD.match(body, s, s + 6)
        if pronoun is not None:
            # "He said …" carries the latest subject of that sex on to this sentence
            gender = "m" if pronoun.group(1) == "He" else "f"
            for offset, i in reversed(found[-8:]):
                if s - offset > 2000:
                    break
                if ctx.people[i].kind == "person" and ctx.genders.get(i) in (gender, None):
                    found.append((s, i))
                    break
            continue
        k = bisect_left(ctx.starts, s)
        if k == len(ctx.starts):
            continue
        mention = ctx.mentions[k]
        if mention.start - s > 60 or not _SUBJECT_LEAD.fullmatch(body, s, mention.start):
            # the main clause after a long opening phrase: "In an interview with …, Doe said"
            comma = body.find(", ", s, min(len(body), s + 150))
            if comma == -1:
                continue
            k = bisect_left(ctx.starts, comma + 2)
            if k == len(ctx.starts):
                continue
            mention = ctx.mentions[k]
            if mention.start - comma > 40 or not _SUBJECT_LEAD.fullmatch(body, comma + 2, mention.start):
                continue
        if body[mention.end : mention.end + 1] not in ("’", "'"):
            found.append((mention.start, mention.person))
        else:
            campaign = _campaign_of(ctx, mention)
            if campaign is not None:
                found.append((mention.start, campaign))
    return found


def _sentence_subject(ctx: _Context, lo: int, open_at: int, need_verb: bool = True) -> _Found | None:
    """The subject opening the sentence, when a verb of saying follows it before the quote."""
    body = ctx.body
    if need_verb and not VERB.search(body, lo, open_at):
        return None
    head = body[lo : min(open_at, lo + 60)]
    m = _PRONOUN_HEAD.match(head)
    if m:
        word = m.group(1).lower()
        i = ctx.latest_person(lo, "m" if word == "he" else "f") if word in ("he", "she") else None
        return _Found(i, m.group(1), "pronoun", "", 0.5) if i is not None else None
    # the subject opens the sentence, or the main clause after a leading phrase ("With X behind her, Y said")
    restarts = [lo]
    comma = body.find(", ", lo, open_at)
    if comma != -1:
        restarts.append(comma + 2)
    for restart in restarts:
        k = bisect_left(ctx.starts, restart)
        if k < len(ctx.mentions):
            mention = ctx.mentions[k]
            if mention.start < open_at and _SUBJECT_LEAD.fullmatch(body, restart, mention.start):
                if body[mention.end : mention.end + 1] not in ("’", "'"):
                    return _Found(mention.person, body[mention.start : mention.end], "named", "", 0.6)
                campaign = _campaign_of(ctx, mention)
                if campaign is not None:
                    return _Found(campaign, ctx.people[campaign].name, "named", "", 0.55)
    return None


def _previous_paragraph_subject(ctx: _Context, lo: int, hi: int) -> _Found | None:
    """The one person the paragraph before a bare quotation is about (every sentence subject named in it)."""
    j = bisect_left(ctx.subjects, (lo, -1))
    people = {i for offset, i in ctx.subjects[j : bisect_left(ctx.subjects, (hi, -1))]}
    if len(people) != 1:
        return None
    i = people.pop()
    if ctx.people[i].kind != "person":
        return None
    return _Found(i, ctx.people[i].name, "continuation", "", 0.4)


def _paragraph_cue(ctx: _Context, para_lo: int) -> _Found | None:
    """A paragraph ending with a colon introduces the next one: "He said:", "The Times reports:"."""
    body = ctx.body
    prev_hi = para_lo - 1
    while prev_hi > 0 and body[prev_hi - 1] in " \n\t":
        prev_hi -= 1
    if prev_hi <= 0 or body[prev_hi - 1] != ":":
        return None
    prev_lo = body.rfind("\n", 0, prev_hi) + 1
    lo = prev_lo
    for m in _PREV_SENTENCE.finditer(body, prev_lo, prev_hi):
        lo = m.end()
    return _cue_before(ctx, lo, prev_hi - 1) or _sentence_subject(ctx, lo, prev_hi - 1)


def _assign(q: Quote, found: _Found, people: list[Person]) -> None:
    person = people[found.person]
    q.speaker = person.name
    q.speaker_as_printed = found.printed or None
    q.speaker_role = person.role
    q.cue = found.cue or None
    q.method = found.method
    q.confidence = found.confidence


def attribute(quotes: list[Quote], body: str, people: list[Person]) -> None:
    if not quotes:
        return
    ctx = _Context(body, people)
    spans = sorted((q.start, q.end) for q in quotes)
    ctx.quote_starts, ctx.quote_ends = [a for a, _ in spans], [b for _, b in spans]
    known_count = len(people)
    events = _record_sources(ctx)
    ordered = sorted(range(len(quotes)), key=lambda k: quotes[k].start)
    breaks = [m.start() for m in _NEWLINE.finditer(body)]
    next_event = 0
    last_of_para: dict[int, Quote] = {}  # paragraph start -> its last quote
    for n, k in enumerate(ordered):
        q = quotes[k]
        p = bisect_right(breaks, q.start) - 1
        para_lo = breaks[p] + 1 if p >= 0 else 0
        para_hi = breaks[p + 1] if p + 1 < len(breaks) else len(body)
        if para_hi < q.end:  # a quotation spanning lines
            p2 = bisect_right(breaks, q.end - 1)
            para_hi = breaks[p2] if p2 < len(breaks) else len(body)
        open_at, close = _open_mark(body, q.start), _close_mark(body, q.end)
        prev_q = quotes[ordered[n - 1]] if n else None
        next_q = quotes[ordered[n + 1]] if n + 1 < len(ordered) else None
        same_para_prev = prev_q if prev_q is not None and prev_q.end > para_lo else None
        # the sentence pieces on either side, never crossing another quotation
        left = max(para_lo, open_at - 400)
        if same_para_prev is not None:
            left = max(left, _close_mark(body, same_para_prev.end))
        for m in _PREV_SENTENCE.finditer(body, max(left, open_at - 400), open_at):
            left = m.end()
        right = min(para_hi, close + 400)
        if next_q is not None and next_q.start < para_hi:
            right = min(right, _open_mark(body, next_q.start))
        m = _NEXT_SENTENCE.search(body, close, right)
        after_end = m.end() if m and m.start() > close else right
        if q.text.endswith((".", "…")) and body[close:after_end].strip()[:1].isupper():
            after_end = close  # the quotation closed its sentence
        while next_event < len(events) and events[next_event][0] < q.start:
            insort(ctx.sources, events[next_event])
            next_event += 1
        if prev_q is not None and prev_q.speaker and fold(prev_q.speaker) in ctx.forms:
            insort(ctx.sources, (prev_q.start, ctx.forms[fold(prev_q.speaker)]))
        found = None
        label = _LABEL.search(body, max(para_lo, q.start - 40), q.start)
        if label and label.start() <= open_at + 2:
            printed = label.group(1).title()
            i = ctx.resolve_name(printed)
            if (
                i is None
                and _TRANSCRIPT_NAME.fullmatch(label.group(1))
                and all(is_name_word(w) and w.lower() not in _NOT_LABELS for w in printed.split())
            ):
                i = ctx.person(printed)  # a transcript's speaker label names someone the text names no further
            if i is not None:
                found = _Found(i, label.group(1), "named", "", 0.8)
        found = (
            found
            or _cue_after(ctx, close, after_end)
            or _possessive_words(ctx, left, open_at)
            or _cue_before(ctx, left, open_at)
        )
        if found is None and same_para_prev is not None and same_para_prev.speaker:
            gap = body[_close_mark(body, same_para_prev.end) : open_at]
            if not _NEXT_SENTENCE.search(gap.rstrip()) or not VERB.search(gap):
                found = _Found(
                    ctx.forms.get(fold(same_para_prev.speaker), -1),
                    same_para_prev.speaker_as_printed or "",
                    "continuation",
                    same_para_prev.cue or "",
                    0.6,
                )
        if found is None and same_para_prev is None:
            found = _sentence_subject(ctx, left, open_at)
            if found is None and open_at - left > 15:
                # "X described the plan as “…”": the subject of the sentence holding the quote
                found = _sentence_subject(ctx, left, open_at, need_verb=False)
        bare = (
            open_at - para_lo < 20
            and para_hi - close < 20
            and not body[para_lo:open_at].strip()
            and not body[close:para_hi].strip(" .…")
        )
        if found is None and bare:
            found = _paragraph_cue(ctx, para_lo)
            prev_last = None
            k = p - 1
            while found is None and k >= 0 and not body[breaks[k] : para_lo].strip():
                k -= 1
            prev_lo = breaks[k] + 1 if k >= 0 else 0
            prev_last = last_of_para.get(prev_lo) if found is None else None
            if prev_last is not None and prev_last.speaker:
                found = _Found(
                    ctx.forms.get(fold(prev_last.speaker), -1),
                    prev_last.speaker_as_printed or "",
                    "continuation",
                    prev_last.cue or "",
                    0.5,
                )
        if found is None and bare and prev_last is None and prev_lo < para_lo and not last_of_para.get(prev_lo):
            prev_hi = body.find("\n", prev_lo)
            found = _previous_paragraph_subject(ctx, prev_lo, prev_hi if prev_hi != -1 else para_lo)
        if found is not None and found.person >= 0:
            _assign(q, found, people)
        last_of_para[para_lo] = q
    for n in range(len(ordered) - 2, -1, -1):
        q, q2 = quotes[ordered[n]], quotes[ordered[n + 1]]
        if q.speaker is None and q2.speaker and q2.method != "continuation":
            gap = body[_close_mark(body, q.end) : _open_mark(body, q2.start)]
            if "\n" not in gap and not _NEXT_SENTENCE.search(gap) and not VERB.search(gap):
                q.speaker, q.speaker_as_printed, q.speaker_role = q2.speaker, q2.speaker_as_printed, q2.speaker_role
                q.cue, q.method, q.confidence = q2.cue, "continuation", 0.5
    # organisations met while reading ("Smith campaign") stay only if they said something
    speakers = {q.speaker for q in quotes}
    people[known_count:] = [p for p in people[known_count:] if p.name in speakers]


__all__ = ["attribute"]
