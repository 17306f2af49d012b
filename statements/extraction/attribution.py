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
("DOE: …") name their speaker, and so does "as Doe put it". A quote with no cue of its
own takes the speaker of an earlier quote in its sentence or paragraph, the subject of
its sentence, or, when it opens its paragraph, the speaker of the paragraph before (its
last quotation, its colon-ended cue, or the one person its sentences are about); a
quotation over several paragraphs takes the speaker named at its end. A country ("Japan
branded …") or a document ("the IMF report stated", "Doe’s brief said") speaks for itself
or its author; "it" and "the statement" for the organisation named or speaking just
before; a publication named with "the" ("The Daily Planet called it", "reported The Hill")
for itself. A role noun no one in the article holds ("the Vermont senator said") goes to
the person the text is about just then. Unclear cases keep speaker None.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from . import countries, known_people
from .cues import VERB, trie_pattern
from .names import (
    CALENDAR_WORDS,
    INSTITUTION_WORDS,
    NATIONALITY,
    NON_NAME,
    ROLE_HEADS,
    ROLE_WORDS,
    fold,
    gender_of_given_name,
    gender_of_role,
    is_name_word,
    one_typo_apart,
    surname_key,
)
from .people import name_runs
from .quotes import offsets
from .records import Person, Quote

_FILLER: Final = (
    r"(?:also|has|have|had|was|were|is|are|would|will|could|did|does|then|later|again|further|previously|earlier|"
    r"recently|once|reportedly|quoted|recorded|heard|filmed|as|often|repeatedly|first|simply|flatly|publicly|bluntly|just|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last \w+|this \w+|"
    r"in a statement|in an interview|in a post|at the time|at a (?:news|press) conference)"
)
_PRONOUN_BEFORE: Final = re.compile(rf"\b(he|she|it|they|He|She|It|They)(?:['’]s)?\s+(?:{_FILLER}\s+)*$")
_PRONOUN_AFTER: Final = re.compile(r"\s+(he|she|it)\b")
# (a prefix tree: it tries the longer of two heads first, as a longest-first alternation does, and fails at once
# where no head starts)
_ROLE_HEAD: Final = trie_pattern(sorted(ROLE_HEADS))
_ROLE_BEFORE: Final = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Aa]n?|([A-Z][\w\-]+)[’']s)\s+"
    rf"((?:[\w’'\-.]+\s+){{0,4}}?(?i:{_ROLE_HEAD}))\s+"  # "the President said" as "the president said"
    rf"(?:{_FILLER}\s+)*$"
)
_ROLE_OPENING: Final = re.compile(rf"\s*The\s+((?:[\w’'\-.]+\s+){{0,4}}?(?:{_ROLE_HEAD}))(?=\s+[a-z])")
_ROLE_AFTER: Final = re.compile(rf"\s+(?:[Tt]he|[Aa]n?)\s+((?:[\w’'\-.]+\s+){{0,4}}?(?i:{_ROLE_HEAD}))\b")
_ORG_HEAD: Final = (
    r"Kremlin|White House|Blue House|Pentagon|Élysée(?: Palace)?|Elysee(?: Palace)?|[Pp]residency|"
    r"[Mm]inistry(?: of(?: [A-Z][\w’'\-]+| and)+)?|[Pp]residential [Oo]ffice|[Oo]ffice|[Aa]gency|[Gg]overnment|"
    r"[Ee]mbassy|[Dd]epartment|[Cc]ommittee|[Cc]ampaign|[Cc]ouncil|[Ss]ervice|[Cc]ommission|[Pp]olice|[Aa]rmy|"
    r"[Mm]ilitary|[Pp]arty|[Aa]ssociation|[Ff]oundation|[Ii]nstitute|Times|Post|Journal|Tribune|[Cc]ourt"
)
_ORG_BEFORE: Final = re.compile(
    rf"(?:\b[Tt]he\s+)?((?:[A-Z][\w’'\-]*\s+|[a-z]+\s+){{0,3}}?(?:{_ORG_HEAD}))(?:['’]s\s+(?:statement|spokesman))?"
    rf"\s+(?:{_FILLER}\s+)*$"
)
# The same phrase read from its head word, so that only a few word starts are tried (the search above
# tries every position of the text, and its alternations make that slow).
_ORG_HEAD_TO_END: Final = re.compile(rf"(?:{_ORG_HEAD})(?:['’]s\s+(?:statement|spokesman))?\s+(?:{_FILLER}\s+)*$")
# An unnamed spokesperson of a body that the text names: "a Downing Street spokesman said", "said a State
# Department spokeswoman": the body speaks.
_BODY: Final = r"((?:[A-Z][\w’'\-]*\s+){1,4})spokes(?:man|woman|person)"
_BODY_SPOKESPERSON_BEFORE: Final = re.compile(rf"(?<![\w’'\-])(?:[Aa]n?|[Tt]he)\s+{_BODY}\s+(?:{_FILLER}\s+)*$")
_BODY_SPOKESPERSON_AFTER: Final = re.compile(rf"\s+(?:[Aa]n?|[Tt]he)\s+{_BODY}\b")
# A document speaking for its author: "the IMF report stated", "a Jane Doe memo said", "Doe’s brief said".
_DOCUMENT: Final = (
    "report|memo|memorandum|study|survey|analysis|paper|book|article|editorial|filing|complaint|lawsuit|letter|brief"
)
_DOCUMENT_BEFORE: Final = re.compile(
    r"(?<![\w’'\-])(?:(?:[Tt]he|[Aa]n?)\s+((?:[A-Z][\w’'\-]*\s+){1,5})|((?:[A-Z][\w\-.]*\s+){0,3}[A-Z][\w\-]*[’']s\s+))"
    rf"(?:{_DOCUMENT})\s+(?:{_FILLER}\s+)*$"
)
_DOCUMENT_WORD: Final = re.compile(
    _DOCUMENT
)  # a quick test before _DOCUMENT_BEFORE's search (which tries every position)
# (the word start is checked after its capital, which lets the search skip to the capitals)
_PROPER_BEFORE: Final = re.compile(rf"([A-Z](?<![\w’'\-].)[a-z]+(?: [A-Z][a-z]+)?)\s+(?:{_FILLER}\s+)*$")
_ORG_WORD: Final = re.compile(r"[^\s\-]+")
_ORG_CUT: Final = ',.;:“”"()!?'
_ROLE_CUT: Final = ',;:“”"()!?'  # a role's words may hold a full stop ("Sen.")
# A text up to its last mark: greedy, so the match ends at that mark after one sweep back from the text's end.
_UP_TO_ORG_CUT: Final = re.compile(f".*[{re.escape(_ORG_CUT)}]", re.DOTALL)
_UP_TO_ROLE_CUT: Final = re.compile(f".*[{re.escape(_ROLE_CUT)}]", re.DOTALL)
_ORG_AFTER: Final = re.compile(rf"\s+(?:[Tt]he\s+)?((?:[A-Z][\w’'\-]*\s+|[a-z]+\s+){{0,3}}?(?:{_ORG_HEAD}))\b")
_BETWEEN_NAME_AND_VERB: Final = re.compile(
    rf"(?:[’']s?\s*)?(?:\([^)]*\)\s*,?\s*)?"
    # "Jane Doe of the Sierra Club said", "Jane Doe at the Daily Planet agreed"
    rf"(?:,?\s*(?:of|at|from|for)\s+(?:the\s+)?(?:[A-Z][\w.’'\-&]*\s*){{1,5}},?\s*)?"
    rf"(?:,\s*who\b\s*)?"  # "Jane Doe, who joked …"
    rf"(?:{_FILLER}\s*)*"
)
_APPOSITION_TAIL: Final = re.compile(r",\s[^,“”\"]{2,160},\s*$")
_APPOSITION_TAIL2: Final = re.compile(
    r",\s[^,“”\"]{2,160},\s[^,“”\"]{2,160},\s*$"
)  # ", the governor of X, a state suing,"
# A full stop after an honorific or an initial ("Mr. Obama", "G.K. Butterfield") ends no sentence.
_ABBREVIATIONS: Final = (
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
    "Del",
    "Sens",
    "Reps",
    "Gens",
    "Capt",
    "Cmdr",
    "Supt",
    "Amb",
    "No",
    "vs",
)
# Checked only after a full stop has matched, so the look-behinds cost nothing elsewhere.
_FULL_STOP: Final = r"\.(?<!\b[A-Z]\.)" + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
_NEXT_SENTENCE: Final = re.compile(rf"(?:[!?]|{_FULL_STOP})(?=\s+[A-Z“\"‘])|\n")
_PREV_SENTENCE: Final = re.compile(rf"(?:[!?]|{_FULL_STOP})\s+(?=[A-Z“\"‘])")
_SENTENCE_OPENERS: Final = '“"‘'  # the opening marks that may start a sentence (as a capital does)
_ABBREVIATION_END: Final = re.compile(r"(?:\b[A-Z]|\b(?:" + "|".join(_ABBREVIATIONS) + r"))$")
_ACCORDING: Final = re.compile(r"\baccording to\b", re.IGNORECASE)
# Verbs that make a speech event outside quotations, found with str.find (far faster than a regex scan).
_EVENT_WORDS: Final = (
    *("said", "says", "told", "added", "stated", "noted", "stressed"),
    *("warned", "insisted", "wrote", "announced", "explained", "declared"),
    *("suggested", "argued", "claimed", "recalled", "acknowledged", "replied", "tweeted", "urged", "conceded"),
)
_BYLINE_DASH: Final = re.compile(r"[ \u00a0.,]*(?:[―—–]|--)[ \u00a0]*")
_POSSESSIVE_WORDS: Final = re.compile(
    r"[’']s\s+(?:[\w\-]+\s+){0,3}?(claims?|statements?|remarks?|comments?|words|references?|descriptions?|"
    r"tweets?|posts?|promises?|pledges?|assertions?|accusations?|messages?|slogans?|warnings?|arguments?|"
    r"vows?|insistence|contention)\b[^.!?“”\"\n]{0,60}$"
)
# A verb that names or judges what follows: "called Smith’s remarks “…”", "treating Smith’s claim as “…”".
# Words that frame a quotation as the subject's judgement of something: "X described Y’s remarks as “…”",
# "X defended the plan as “…”"; and a question put to someone: "X asked Y whether it was “…”".
_FRAMING_VERB: Final = re.compile(
    r"\b(?:describ(?:ed|es|ing)|call(?:ed|s|ing)|defend(?:ed|s|ing)|dismiss(?:ed|es|ing)|brand(?:ed|s|ing)"
    r"|label(?:l?ed|s|l?ing)|characteri[sz](?:ed|es|ing)|term(?:ed|s|ing)|denounc(?:ed|es|ing)|derid(?:ed|es|ing)"
    r"|hail(?:ed|s|ing)|prais(?:ed|es|ing)|critici[sz](?:ed|es|ing)|condemn(?:ed|s|ing)|slam(?:med|s|ming)"
    r"|portray(?:ed|s|ing)|mock(?:ed|s|ing)|ridicul(?:ed|es|ing)|regard(?:ed|s|ing)|view(?:ed|s|ing)|saw|sees)\b"
)
_FRAMED_AS: Final = re.compile(r"\bas\s+(?:(?:an?|the|his|her|their|its|being|more|most|too|so|very|“|\")\s*){0,3}$")
_SUBORDINATE_AFTER: Final = re.compile(
    r"[\s,]*(?:after|before|when|because|since|while|although|though|until|unless|once)\s+(?:[\w’'\-.]+\s+){0,3}$"
)
_ACRONYM_BEFORE: Final = re.compile(r"(?<![\w.&-])([A-Z]{2,6})\s+$")
_ACRONYM_AFTER: Final = re.compile(r"\s+([A-Z]{2,6})(?![\w&-]|\.\w)")
_STATEMENT_WORD: Final = re.compile(r"\b(?:statement|communiqu[eé])\b")
_THE_STATEMENT_BEFORE: Final = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé])\s+$")
# A preposition before a name: the name is a complement ("the leader of the X"), not a subject.
_COMPLEMENT_BEFORE: Final = re.compile(
    r"\b(?:of|for|with|against|to|from|on|in|at|into|over)\s+(?:the\s+)?$", re.IGNORECASE
)
_AND_NAMED: Final = re.compile(r" and [A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}")
# A body or a publication named with "the" right before a verb of saying ("The Daily Beast called them"), or
# after an inverted one ("reported The Hill"; "said Reuters" for a word that is never a person's name).
_TITLED_BEFORE: Final = re.compile(rf"[Tt]he\s+((?:[A-Z][\w’'\-]+\s+){{1,3}})(?:{_FILLER}\s+)*$")
_TITLED_AFTER: Final = re.compile(
    r"\s+(?:[Tt]he\s+)?([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=[.,;:]|\s+(?:in|on|at)\b)"
)
# "as X put it": X is read as the subject of a verb of saying.
_PUT_IT: Final = re.compile(r"\b[Aa]s\s+([^.;:!?“”\"\n]{1,80}?),?\s+(put\s+it)\b")
_APPOSED: Final = re.compile(r",\s+(?:a|an|the)\s+[a-z]")  # "Mack Johnson, a crane operator"
_NON_SPACE: Final = re.compile(r"\S")
# ", who in 2010 said": a relative clause's subject, a few words before the verb
_WHO_BEFORE: Final = re.compile(r",\s+who\s+(?:[\w’'\-]+\s+){0,4}$")
_PARTICIPLE_CUE: Final = re.compile(
    r",\s+(?:saying|adding|warning|calling|describing|insisting|noting|stressing|arguing|claiming|stating)\b"
)
_COUNTRY_OPENING: Final = re.compile(r"\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:on \w+ )?[a-z]+(?:ed|s)\b")
_COMPASS: Final = {"north", "south", "east", "west"}
_COMPLEMENT_FIRST: Final = re.compile(r"(?:of|for|with|against|to|from|on|in|at|into|over)\s", re.IGNORECASE)
_WORDS_FROM: Final = re.compile(
    rf"\b(?:{_DOCUMENT}|statement|release|spokes(?:man|woman|person)|officials?|sources?|aides?|representatives?)"
    r"\s+(?:from|by|of|in|at|for)\s"
)  # "a statement from X", "an official in X's office": X speaks
_THE_ACRONYM: Final = re.compile(r"\b[Tt]he ([A-Z]{2,6})(?![\w&-]|\.\w)")
_AND_BEFORE: Final = re.compile(r"\band\s+$")
_ASKED_WHETHER: Final = re.compile(r"\basked\s+(?:[\w’'\-.]+\s+){0,4}?(?:if|whether)\s[^.!?“”\"]{0,150}$")


_CALLING: Final = re.compile(
    r"\b(?:called|calls|calling|described|describes|describing|labell?ed|dubbed|branded|termed|treating|treated|"
    r"treats)\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:[A-Z][\w’'\-.]*\s+)?$"
)
# (no \b in front, which would make the search try every position: _pronoun_owned checks the word start)
_PRONOUN_OWNED: Final = re.compile(
    r"([Hh](?:is|er))\s+(?:[\w\-]+\s+){0,2}?(claims?|statements?|remarks?|comments?|words|promises?|pledges?|"
    r"assertions?|accusations?|warnings?|vows?|insistence|contention)\s+(?:that|of|about)\b[^.!?“”\"\n]{0,60}$"
)
_ORG_NOUN: Final = (
    r"Agency|Service|Commission|Ministry|Department|Office|Committee|Council|Bureau|Administration|"
    r"Organi[sz]ation|Institute|Association|Union|Court|Police|Forces?|Campaign|Board|Authority|Center|Centre|"
    r"Fund|Bank|Corporation|Company"
)
# A named organisation around its noun: "Federal Security Service", "Commission on Presidential Debates".
# (no \b in front, which would make the scan try every position: the word start is checked after the match)
_ORG_NOUN_WORD: Final = re.compile(rf"(?:{_ORG_NOUN})\b")
# (the first word written out, its start checked after its capital: the search skips to the capitals)
_NAMED_ORG_WORD: Final = r"[\w’'\-]+ (?:(?:of|on|for|and) (?:the )?)?"
_NAMED_ORG_LEFT: Final = re.compile(rf"[A-Z](?<![\w’'\-].){_NAMED_ORG_WORD}(?:[A-Z]{_NAMED_ORG_WORD}){{0,4}}$")
_NAMED_ORG_RIGHT: Final = re.compile(r"(?: (?:of|on|for) (?:the )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,3})")
# Nouns for words someone said or wrote, in the sentence that introduces them.
_SPEECH_NOUN: Final = re.compile(
    r"\b(comments?|statements?|remarks?|tweets?|posts?|words|message|speech|claims?|response|answer)"
    r"(?: (?:made |posted |written )?by )?"
)
_COMMA: Final = re.compile(r",\s+")
_DASH_BEFORE: Final = re.compile(r"[ \u00a0]*(?:--|[—–])[ \u00a0]*$")
_DASH_AFTER: Final = re.compile(r"[ \u00a0]*(?:--|[—–])")
_GENERIC_ORG: Final = {"agency", "organisation", "organization", "body", "group"}
_CAMPAIGN: Final = re.compile(r"[’']s\s+(?:presidential\s+)?campaign\b")
_TRANSCRIPT_NAME: Final = re.compile(r"[A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]{2,})?")
_NOT_LABELS: Final = {
    "update",
    "updated",
    "editor",
    "note",
    "correction",
    "question",
    "answer",
    "transcript",
    "caption",
}
_CLAUSE_BREAK: Final = re.compile(
    r"[,.;:!?“”\"()]|\b(?:that|to|and|but|about|of|on|in|with|by|whether|if|what|how|why|when)\b"
)
# Verbs whose subject may follow them ("said Jane Doe"); never "told" (its object follows) nor an -ing form.
_INVERTS: Final = re.compile(
    r"(?i:said|says|added|adds|asked|asks|wrote|writes|continued|continues|replied|explained|noted|insisted|"
    r"argued|recalled|stated|declared|warned|remarked|stressed|commented|concluded|acknowledged|"
    r"reported|shouted|cautioned|countered|observed|conceded|joked|quipped|tweeted|posted|announced|responded)"
)
_TITLE_WORDS: Final = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "pres": "president",
}
_VAGUE_HEADS: Final = {
    "official",
    "officer",
    "aide",
    "adviser",
    "advisor",
    "leader",
    "analyst",
    "executive",
    "head",
    "chief",
}
_COPULA: Final = re.compile(r"\b(?:was|were|is|are)\b")
_REPORTING: Final = re.compile(r"(?i:said|says|stated|states|told|tells|announced|reported|reports|wrote|writes)")
_THAT_CLAUSE: Final = re.compile(r"\bthat\b")
_THAT: Final = re.compile(r"\s+(?:that|of)\b")
# Pronouns that point back at the subject: "him" and "her" are mostly someone else ("X scolded him").
# The same words found in one scan: a pattern opening on one character class is scanned fast.
_PRONOUN_SCAN: Final = re.compile(r"[hHsS](?:e|is|imself|he|erself)\b")
_PRONOUN_WORDS: Final = {
    "he": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "herself": "f",
    "He": "m",
    "His": "m",
    "She": "f",
}
_ORG_STOP: Final = {
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
_PRONOUN_HEAD: Final = re.compile(r"\s*(He|She)\b")
_LOWER_ROLE_WORDS: Final = {w for w in ROLE_WORDS | ROLE_HEADS if w.isalpha() and w.islower()}
# What may stand before the subject's name: an adverb and a comma, then up to four words, each "the", a role
# ("spokesman") or capitalised ("The", "Kremlin", "Sen."); the lower-case words as a prefix tree, so that the
# alternation fails at once where none starts.
_LEAD_WORDS: Final = rf"(?:(?:[A-Z][\w’'\-.]*|{trie_pattern(sorted(_LOWER_ROLE_WORDS | {'the'}))})\s+){{0,4}}"
_SUBJECT_LEAD: Final = re.compile(rf"\s*(?:[A-Z][\w’'\-]*(?: [\w’'\-]+){{0,4}},\s+)?{_LEAD_WORDS}")
# The same for a lead without a comma, which the adverb's phrase needs (and only slows the match down).
_SUBJECT_LEAD_NO_COMMA: Final = re.compile(rf"\s*{_LEAD_WORDS}")
_LABEL: Final = re.compile(r"([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}):\s+$")


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
    subjects: list[tuple[int, int]]

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
        self.breaks = offsets(body, "\n")
        self.sentence_starts, self.sentence_stops = _sentence_starts(body, self.breaks)
        self._vote_genders()
        self.according = "ccording" in body or "CCORDING" in body  # else its searches are skipped
        self.put_it = "put it" in body  # "as X put it" (else not looked for)
        self.verbs_read: dict[tuple[int, int], list[re.Match]] = {}
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
        for alias in person.aliases if known is None else ():
            known = known_people.lookup(alias)
            if known is not None:
                break
        gender = gender_of_role(person.role) or (known.gender if known else None)
        if gender is None and person.kind == "person":
            gender = gender_of_given_name(person.name)
        if gender:
            self.genders[i] = gender

    def _mentions(self) -> list[_Mention]:
        found: list[_Mention] = []
        genders = self.genders
        # without a gender, the person a printed name stands for depends on that name alone: one lookup each
        ungendered: dict[str, int | None] = {}
        for title, name, _start, _end in name_runs(self.body):
            printed = name[0][0] if len(name) == 1 else " ".join([t for t, _ in name])
            gender = None
            if title:
                honorific = title[-1][0].rstrip(".").lower()
                gender = "f" if honorific in {"mrs", "ms", "miss"} else "m" if honorific == "mr" else None
            if gender is None:
                if printed in ungendered:
                    i = ungendered[printed]
                else:
                    i = ungendered[printed] = self.resolve_name(printed)
            else:
                i = self.resolve_name(printed, gender)
            if i is not None:
                if gender and i not in genders:
                    genders[i] = gender
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

    def verbs(self, lo: int, hi: int) -> list[re.Match]:
        """The verbs of saying in body[lo:hi], each window read once (a cue before a quote, then its subject)."""
        found = self.verbs_read.get((lo, hi))
        if found is None:
            found = self.verbs_read[lo, hi] = list(VERB.finditer(self.body, lo, hi))
        return found

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

    def modifier(self, offset: int) -> bool:
        """Whether the mention at offset qualifies a noun: a possessive, or a name before "campaign"."""
        k = bisect_left(self.starts, offset)
        if k == len(self.starts) or self.starts[k] != offset:
            return False
        return self.body.startswith(("’s", "'s", " campaign"), self.mentions[k].end)

    def latest_offsets(self, before: int, limit: int) -> list[tuple[int, int]]:
        """Each person of recent(before, limit) once, at their latest offset, newest first."""
        latest: dict[int, int] = {}
        k = bisect_left(self.starts, before)
        for mention in self.mentions[max(0, k - limit) : k]:
            if mention.end <= before and mention.start > latest.get(mention.person, -1):
                latest[mention.person] = mention.start
        j = bisect_left(self.sources, (before, -1))
        for offset, i in self.sources[max(0, j - limit) : j]:
            if offset > latest.get(i, -1):
                latest[i] = offset
        return sorted([(offset, i) for i, offset in latest.items()], reverse=True)

    def _vote_genders(self) -> None:
        """A person's gender from the pronouns that follow their mentions (he / his vs she / her)."""
        votes: dict[int, list[int]] = {}
        body = self.body
        mentions = self.mentions
        # only the people whose sex nothing else gives (a title, a role, the curated list) need a vote
        unknown = [n for n, mention in enumerate(mentions) if mention.person not in self.genders]
        if not unknown:
            return
        pronouns: list[int] = []
        sexes: list[str] = []
        for m in _PRONOUN_SCAN.finditer(body, mentions[unknown[0]].start):
            at = m.start()
            sex = _PRONOUN_WORDS.get(m.group())
            if sex and not (body[at - 1].isalnum() or body[at - 1] == "_"):
                pronouns.append(at)
                sexes.append(sex)
        for n in unknown:
            mention = mentions[n]
            hi = min(len(body), mention.end + 160)
            if n + 1 < len(mentions):
                hi = min(hi, mentions[n + 1].start)
            k = bisect_left(pronouns, mention.end)
            if k == len(pronouns) or pronouns[k] >= hi:
                continue
            newline = body.find("\n", mention.end, pronouns[k])
            if newline == -1:
                vote = votes.setdefault(mention.person, [0, 0])
                vote[0 if sexes[k] == "m" else 1] += 1
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
        if " " in key:
            return None
        if key in self.given:
            return self.given[key]
        # a misprinted surname of someone named in full ("Wines" for "Wimes"), when only one is that close
        close = {j for k, found in self.surnames.items() if k[:1] == key[:1] and one_typo_apart(key, k) for j in found}
        return close.pop() if len(close) == 1 and self.people[next(iter(close), 0)].kind == "person" else None

    def speaking_body(self, printed: str, at: int) -> int | None:
        """organisation(), unless the printed name is a bare common noun ("the agency") that stands for no
        organisation named before it: then no one (a body called "agency" would be a wrong answer)."""
        words = printed.split()
        while len(words) > 1 and words[0].lower() in _ORG_STOP:
            words = words[1:]
        if len(words) == 1 and words[0].islower() and self.named_organisation(words[0], at) is None:
            return None
        return self.organisation(printed, at)

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
        if " " in key:  # "the Security Council" after "the United Nations Security Council": the same body
            for j, other in enumerate(self.people):
                longer = fold(other.name)
                if other.kind == "organisation" and longer.endswith(" " + key):
                    extra = other.name.split()[: len(longer.split()) - len(key.split())]
                    if not all(NATIONALITY.match(w) for w in extra):  # not "Russian Federal Security Service"
                        return j
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
        generic = head in _GENERIC_ORG
        # Lower-casing maps each character on its own (but a final sigma): a name holding a head in ASCII holds it
        # in the text around it lower-cased too, and where the text does not hold it no search need be made.
        may_skip = not generic and head.isascii()
        if may_skip and head not in body[max(0, at - 2650) : at].lower():
            return None  # no name before can hold the head word
        for noun in _org_nouns_last_first(body, max(0, at - 2500), at):
            right = _NAMED_ORG_RIGHT.match(body, noun.end(), at)
            end = right.end() if right else noun.end()
            if may_skip and head not in body[max(0, noun.start() - 150) : end].lower():
                continue  # the name around this noun cannot hold the head word (spares the search to its left)
            left = _NAMED_ORG_LEFT.search(body, max(0, noun.start() - 150), noun.start())
            start = left.start() if left else noun.start()
            name = body[start:end]
            if generic or head in name.lower().split():
                break
        else:
            return None
        words = name.split()
        while len(words) > 2 and (NATIONALITY.match(words[0]) or words[0] in ("The", "the")):
            words = words[1:]
        return " ".join(words)

    def latest_body(self, before: int) -> int | None:
        """The organisation "it" most likely stands for: the latest one that spoke or was named in this paragraph or
        the one before (named: found by the people step, "NATO"; as an acronym after "the", "the IMF"; or around
        an organisation noun, "the United Nations Security Council"), else the latest one that spoke within the three
        paragraphs before."""
        body = self.body
        lo = max(self.paragraphs_back(before, 1), before - 3000)
        j = bisect_left(self.sources, (before, -1))
        spoke = next(
            (
                (offset, i)
                for offset, i in reversed(self.sources[max(0, j - 60) : j])
                if self.people[i].kind == "organisation"
            ),
            None,
        )
        best: tuple[int, str | int] | None = spoke if spoke is not None and spoke[0] >= lo else None
        k = bisect_left(self.starts, before)
        for mention in reversed(self.mentions[max(0, k - 30) : k]):
            if mention.start < lo or (best is not None and mention.start < best[0]):
                break
            if mention.end <= before and self.people[mention.person].kind == "organisation":
                best = (mention.start, mention.person)
                break
        for m in _THE_ACRONYM.finditer(body, lo, before):
            if _COMPLEMENT_BEFORE.search(body, max(0, m.start() - 12), m.start()):
                continue
            if (
                (best is None or m.start(1) > best[0])
                and not self.quoted(m.start(1))
                and not countries.countries_in(m.group(1))
                and m.group(1).lower() not in ROLE_WORDS
            ):
                best = (m.start(1), m.group(1))
        for noun in _org_nouns_last_first(body, lo, before):
            if best is not None and noun.start() < best[0]:
                break
            right = _NAMED_ORG_RIGHT.match(body, noun.end(), before)
            if right is not None and any(w.lower() in CALENDAR_WORDS for w in right.group().split()):
                right = None  # "the Council on Friday": a day, not part of the name
            if right is not None:  # "Ministry of Foreign Affairs and International Cooperation"
                right = _AND_NAMED.match(body, right.end(), before) or right
            left = _NAMED_ORG_LEFT.search(body, max(lo, noun.start() - 150), noun.start())
            if left is not None and _COMPLEMENT_BEFORE.search(body, max(0, left.start() - 12), left.start()):
                continue  # "the leader of the Rapid Support Forces": named, but not as one that acts
            if left is not None and best is not None and left.start() < best[0]:
                break
            if left is not None and not self.quoted(noun.start()):
                words = body[left.start() : right.end() if right else noun.end()].split()
                while len(words) > 2 and (NATIONALITY.match(words[0]) or words[0] in ("The", "the")):
                    words = words[1:]
                best = (left.start(), " ".join(words))
                break
        if best is None:
            return spoke[1] if spoke is not None and spoke[0] >= self.paragraphs_back(before, 3) else None
        return best[1] if isinstance(best[1], int) else self.organisation(best[1])

    def paragraphs_back(self, before: int, n: int) -> int:
        """Where the paragraph n paragraphs before the one holding `before` starts (blank lines are none)."""
        body, breaks = self.body, self.breaks
        k = bisect_left(breaks, before)  # the line holding `before`: from breaks[k - 1] + 1 to breaks[k]
        while n > 0 and k > 0:
            k -= 1
            if _NON_SPACE.search(body, breaks[k - 1] + 1 if k else 0, breaks[k]):  # (no slice of a long line)
                n -= 1
        return breaks[k - 1] + 1 if k else 0

    def statement_author(self, before: int) -> int | None:
        """Who issued the statement that "the statement said" goes on quoting: the organisation named latest by
        the end of the sentence that mentioned a statement before (within that paragraph and the three before)."""
        body = self.body
        lo = max(self.paragraphs_back(before, 3), before - 3000)
        mentioned = [m.start() for m in _STATEMENT_WORD.finditer(body, lo, before)]
        if not mentioned:
            return None
        k = bisect_right(self.sentence_stops, mentioned[-1])
        end = min(self.sentence_stops[k], before) if k < len(self.sentence_stops) else before
        return self.latest_body(end)

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
                if self.modifier(offset):
                    continue  # "the Clinton campaign", "Clinton’s statement": no one who acts in the sentence
                if before - 3000 < offset and self.genders.get(i) == "f" and not self.quoted(offset):
                    # a woman named in a later sentence than the latest subject is the likelier "she"
                    if subject is None or self.sentence_of(offset) > self.sentence_of(subject[0]):
                        return i
                    break
            if subject is not None and before - subject[0] < 3000:
                return subject[1]
        if gender == "m":
            introduced = self.introduced(before, gender, j)
            if introduced is not None:
                return introduced
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
            if gender and self.people[mention.person].kind != "person":
                continue  # "he" or "she" is never an organisation
            return mention.person
        return None

    def introduced(self, before: int, gender: str, j: int) -> int | None:
        """A man or woman named for the first time, with a role or an apposition right after the name ("Henry
        Crespo, president of the caucus", "Mack Johnson, a crane operator"), in this paragraph or the one before
        and after the latest subject: the one the next "he" or "she" speaks of (unless known to be of the other
        sex). j: where `before` falls in the sources."""
        lo = self.paragraphs_back(before, 1)
        latest = self.sources[j - 1][0] if j else -1
        for offset, i in self.recent(before, 10):
            if offset <= latest or offset < lo:
                return None
            person = self.people[i]
            if (
                person.first_offset == offset
                and person.kind == "person"
                and self.genders.get(i, gender) == gender
                and not self.quoted(offset)
                and self.body.startswith(",", self.mention_end(offset))
                and (person.role is not None or _APPOSED.match(self.body, self.mention_end(offset)))
            ):
                return i
        return None

    def mention_end(self, offset: int) -> int:
        k = bisect_left(self.starts, offset)
        return self.mentions[k].end if k < len(self.starts) and self.starts[k] == offset else offset

    def role_subject(self, role: str, before: int) -> int | None:
        """ "The Vermont senator said" where the article gives no one that role: the person the text is about
        just then (the latest sentence subject or speaker, within a few sentences), as a pronoun would be."""
        j = bisect_left(self.sources, (before, -1))
        if j == 0:
            return None
        offset, i = self.sources[j - 1]
        person = self.people[i]
        if person.kind != "person" or before - offset > 600:
            return None
        gender = gender_of_role(role)
        if gender and self.genders.get(i) not in (gender, None):
            return None
        return i

    def qualifies(self, i: int, qualifier: str, prole: str) -> bool:
        """Whether a word before a role fits person i: in their role or country, or the nationality of their country
        ("the Mexican president" for the president of Mexico)."""
        country = fold(self.people[i].country or "")
        return (
            qualifier in prole
            or qualifier in country
            or (bool(country) and countries.countries_in(qualifier.title()) == [country])
        )

    def role_holder(self, role: str, before: int) -> int | None:
        words = fold(role).split()
        head = words[-1]
        qualifiers = [w for w in words[:-1] if w not in {"the", "a", "an"}]
        best = None
        recent = self.latest_offsets(before, 200)
        spokes = head in {"spokesman", "spokeswoman", "spokesperson"}
        for offset, i in recent:
            prole = _role_words(self.people[i].role)
            ok = ("spokes" in prole or "press secretary" in prole) if spokes else head in prole.split()
            qualified = all(self.qualifies(i, q, prole) for q in qualifiers[-1:])
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
                i = holders.pop()
                # unless the holder's role names another party or country ("Democratic nominee")
                others = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", self.people[i].role or "")}
                others -= set(qualifiers) | {head} | ROLE_WORDS | ROLE_HEADS
                if not others:
                    return i
        return best[1] if best else None


def _after_last_mark(text: str, up_to_mark: re.Pattern = _UP_TO_ORG_CUT) -> int:
    """Just after the last mark in text, 0 without one: max(map(text.rfind, _ORG_CUT)) + 1 (or _ROLE_CUT's)."""
    m = up_to_mark.match(text)
    return m.end() if m else 0


def _country_before(text: str, lo: int | None = None) -> str | None:
    """A country named as the subject right before the verb: "Japan branded …", "Even China, …, said"."""
    if lo is None:
        lo = _after_last_mark(text)
    m = _PROPER_BEFORE.search(text, lo)
    if m is None:
        return None
    words = m.group(1).split()
    before = text[lo : m.start(1)].split()
    if before and before[-1].islower():
        return None  # "the foreign minister of France said": the country is no subject
    for phrase in (" ".join(words[-2:]), words[-1]) if len(words) > 1 else (words[0],):
        if [fold(phrase)] == countries.countries_in(phrase) or countries.capital_of(phrase):
            return phrase  # a country, or its capital speaking for its government ("Moscow said")
    return None


def _org_before(text: str, lo: int | None = None) -> re.Match | None:
    """_ORG_BEFORE.search(text), found from the few word starts that may hold the organisation's head."""
    if lo is None:
        lo = _after_last_mark(text)  # the phrase holds no punctuation
    starts = [m.start() for m in _ORG_WORD.finditer(text, lo)]
    for i in range(len(starts) - 1, max(-1, len(starts) - 15), -1):
        if _ORG_HEAD_TO_END.match(text, starts[i]):
            for j in range(max(0, i - 5), i + 1):
                m = _ORG_BEFORE.match(text, starts[j])
                if m:
                    return m
            return None
    return None


def _subject_before(ctx: _Context, lo: int, verb_start: int) -> _Found | None:
    """The subject of a verb of saying, read leftwards from the verb."""
    body = ctx.body
    lo = max(lo, verb_start - 200)
    text = body[lo:verb_start]
    cue = ""
    # none of the phrases below holds punctuation: search only after the last mark (the same matches, faster)
    cut = _after_last_mark(text)  # just after the last punctuation mark
    phrase = text[cut:]
    # ("she" and "they" hold "he": without these letters the search is skipped)
    may_be_pronoun = "he" in phrase or "it" in phrase or "He" in phrase or "It" in phrase
    m = _PRONOUN_BEFORE.search(text, cut) if may_be_pronoun else None
    if m:
        word = m.group(1).lower()
        at = lo + m.start(1)
        if word in ("he", "she"):
            i = ctx.latest_person(at, "m" if word == "he" else "f")
            return _Found(i, m.group(1), "pronoun", cue, 0.7) if i is not None else None
        if word == "it":
            i = ctx.latest_body(at)
            return _Found(i, m.group(1), "pronoun", cue, 0.6) if i is not None else None
        return None
    who = _WHO_BEFORE.search(text, max(0, cut - 3)) if "who" in text[cut:] else None  # (cut is after its comma)
    if who is not None:
        # "McConnell, now the Senate majority leader, who in 2010 said": the person the relative clause is about
        for mention in reversed(ctx.mentions_between(max(lo, lo + who.start() - 120), lo + who.start())):
            if mention.end <= lo + who.start() and body.startswith(",", mention.end):
                return _Found(mention.person, body[mention.start : mention.end], "named", cue, 0.8)
            break
    apposed = text.rstrip().endswith(",")  # as the appositions below end (mostly the searches are skipped)
    tail = _APPOSITION_TAIL.search(text) if apposed else None
    whole = text
    if tail:
        named = _named_apposition(ctx, lo + tail.start(), lo + len(whole), text[: tail.start()])
        if named is not None:
            named.cue = cue
            return named  # "a foreign ministry spokeswoman, Ane Lunde, told AFP": the name in the apposition
        text = text[: tail.start()] + " "
        cut = _after_last_mark(text)
    # A name right before the verb (optionally with filler words between), or before two appositions.
    for piece in (text, None):
        if piece is None:
            tail = _APPOSITION_TAIL2.search(whole) if apposed else None
            if tail is None:
                break
            piece = whole[: tail.start()] + " "
        best: _Mention | None = None
        for mention in ctx.mentions_between(lo, lo + len(piece)):
            if mention.end <= lo + len(piece):
                best = mention
        if best is not None:
            between = piece[best.end - lo :].strip()
            if not between or (piece is text and _BETWEEN_NAME_AND_VERB.fullmatch(between)):
                return _Found(best.person, body[best.start : best.end], "named", cue, 0.9)
    acronym = _acronym_organisation(ctx, _ACRONYM_BEFORE.search(text, cut) if text[-3:].strip().isupper() else None)
    if acronym is not None:
        return _Found(acronym, ctx.people[acronym].name, "named", cue, 0.8)  # "NATO said", "the AU said"
    document = _DOCUMENT_BEFORE.search(text, cut) if _DOCUMENT_WORD.search(text, cut) else None
    if document is not None:
        author = (document.group(1) or document.group(2)).strip().removesuffix("’s").removesuffix("'s")
        i = ctx.resolve_name(author)
        if i is None and len(author.split()) <= 5:
            i = ctx.organisation(author)
        assert i is not None
        return _Found(i, document.group(0).strip(), "named", cue, 0.7)
    if text.endswith(("statement ", "communique ", "communiqué ")) and _THE_STATEMENT_BEFORE.search(text, cut):
        i = ctx.statement_author(lo + cut)
        return _Found(i, "the statement", "named", cue, 0.6) if i is not None else None
    country = _country_before(text, cut)
    if country is not None:
        return _Found(ctx.organisation(country), country, "named", cue, 0.75)
    # the last mark but a full stop: the same as cut unless that mark is a full stop
    role_cut = cut if text.rfind(".") != cut - 1 else _after_last_mark(text, _UP_TO_ROLE_CUT)
    role = _ROLE_BEFORE.search(text, role_cut)
    m = _org_before(text, cut)
    if (
        m
        and (_COMPLEMENT_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _COMPLEMENT_FIRST.match(m.group(1)))
        and not _WORDS_FROM.search(text, max(0, m.start() - 40), m.start(1) + 10)
    ):
        m = None  # "a researcher at the Rand Institute said": the body is not the subject ("a statement from" is)
    if m and not role:
        i = ctx.speaking_body(m.group(1), lo + m.start(1))
        if i is not None:
            return _Found(i, m.group(1), "named", cue, 0.8)
    m = role
    if m:
        i = ctx.role_holder(m.group(2), lo + m.start())
        if i is None and (m.group(0)[:3].lower() == "the" or m.group(1)):
            # "the Vermont senator said", "Doe’s former strategist said": the person the text is about
            i = ctx.role_subject(m.group(2), lo + m.start())
            if i is not None and m.group(1) and ctx.resolve_name(m.group(1)) == i:
                i = None  # Doe’s strategist is not Doe
        if i is not None:
            return _Found(i, m.group(0).strip(), "role", cue, 0.75)
    found = _body_spokesperson(ctx, _BODY_SPOKESPERSON_BEFORE.search(text, cut), lo, cue)
    the = max(text.rfind("The ", cut), text.rfind("the ", cut)) if found is None else -1
    if the >= 0 and not (the and _wordish(text[the - 1])):
        title = _TITLED_BEFORE.match(text, the)  # the name opens with the last "the" (no other "the" in it)
        if title is not None and _COMPLEMENT_BEFORE.search(text, max(0, title.start() - 12), title.start()):
            title = None  # "Jane Doe of the Tax Center": the body is not the subject
        name = _titled_name(title.group(1)) if title else None
        if title is not None and name is not None:
            return _Found(ctx.organisation(name), title.group(0).strip(), "named", cue, 0.7)
    return found


def _wordish(c: str) -> bool:
    return c.isalnum() or c in "_’'-"


def _titled_name(phrase: str) -> str | None:
    """The name in "The Daily Beast", "the New York Times": a body or a publication, unless a word of it is a
    role ("the Vermont Senator"), a day or a month, or it is only a nationality or a country."""
    words = phrase.split()
    if any(w.lower() in ROLE_WORDS or w.lower() in ROLE_HEADS or w.lower() in CALENDAR_WORDS for w in words):
        return None
    if all(NATIONALITY.match(w) for w in words) or countries.countries_in(phrase) == [fold(phrase)]:
        return None
    if len(words) == 1 and words[0].lower() in _COMPASS:
        return None  # "The North has claimed": a country named by its side
    return " ".join(words)


def _named_apposition(ctx: _Context, lo: int, hi: int, before: str) -> _Found | None:
    """The person an apposition names after a role: "…, a ministry spokeswoman, Ane Lunde," (lo..hi: the
    apposition, its commas included; before: the text before it, which must end with a role)."""
    inside = ctx.mentions_between(lo, hi)
    if len(inside) != 1 or ctx.people[inside[0].person].kind != "person":
        return None
    mention = inside[0]
    if ctx.body[lo : mention.start].strip(" ,\u00a0") or ctx.body[mention.end : hi].strip(" ,\u00a0"):
        return None  # the apposition holds more than the name
    if not _ROLE_BEFORE.search(before + " ", max(0, len(before) - 120)):
        return None
    return _Found(mention.person, ctx.body[mention.start : mention.end], "named", "", 0.85)


def _body_spokesperson(ctx: _Context, m: re.Match | None, lo: int, cue: str) -> _Found | None:
    """The body an unnamed spokesperson speaks for (not a nationality: "a Russian spokesman" names no body)."""
    if m is None:
        return None
    body_name = m.group(1).strip()
    if countries.countries_in(body_name) and len(body_name.split()) == 1:
        return None
    return _Found(ctx.organisation(body_name, lo + m.start(1)), m.group(0).strip(), "named", cue, 0.7)


def _acronym_organisation(ctx: _Context, m: re.Match | None) -> int | None:
    """The organisation (found by the people step) an acronym next to the verb names."""
    if m is None:
        return None
    i = ctx.forms.get(fold(m.group(1)))
    return i if i is not None and ctx.people[i].kind == "organisation" else None


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
    acronym = _acronym_organisation(ctx, _ACRONYM_AFTER.match(body, verb_end, hi))
    if acronym is not None:
        return _Found(acronym, ctx.people[acronym].name, "named", "", 0.8)  # "said OPEC"
    m = _ROLE_AFTER.match(body, verb_end, hi)
    if m:
        i = ctx.role_holder(m.group(1), verb_end)
        if i is not None:
            return _Found(i, m.group(0).strip(), "role", "", 0.7)
    m = _ORG_AFTER.match(body, verb_end, hi)
    i = ctx.speaking_body(m.group(1), verb_end) if m else None
    if m and i is not None:
        return _Found(i, m.group(1), "named", "", 0.75)
    found = _body_spokesperson(ctx, _BODY_SPOKESPERSON_AFTER.match(body, verb_end, hi), 0, "")
    if found is not None:
        return found
    m = _TITLED_AFTER.match(body, verb_end, hi)
    name = _titled_name(m.group(1)) if m else None
    if m and name is not None and (m.group(0).lstrip()[:3] in ("The", "the") or fold(name) in NON_NAME):
        # "reported The Hill", "said Reuters" (a word that is never a person's name)
        return _Found(ctx.organisation(name), m.group(0).strip(), "named", "", 0.7)
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
    # (the dash must come first after spaces, stops and commas: mostly a test of a few characters shows it cannot)
    lead = body[close : close + 8].lstrip(" \u00a0.,")
    dash = _BYLINE_DASH.match(body, close, window_end) if not lead or lead[0] in "―—–-" else None
    if dash:  # an epigraph or a reader's comment signed after a dash: “…” ― Jane Doe
        for mention in ctx.mentions_between(dash.end(), dash.end() + 1):
            return _Found(mention.person, body[mention.start : mention.end], "named", "", 0.8)
    for verb in VERB.finditer(body, close, window_end):
        if _SUBORDINATE_AFTER.match(body, close, verb.start()):
            break  # “…” after she said …: a new clause, whose cue is not this quotation's
        found = _subject_before(ctx, close, verb.start()) or (
            _subject_after(ctx, verb.end(), window_end) if _INVERTS.fullmatch(verb.group()) else None
        )
        if found:
            found.cue = verb.group().lower()
            return found
        if verb.start() - close > 60:
            break
    m = _ACCORDING.search(body, close, window_end) if ctx.according else None
    if m:
        found = _subject_after(ctx, m.end(), window_end)
        if found:
            found.cue = "according to"
            return found
    return None


def _cue_before(ctx: _Context, lo: int, open_at: int, sentence_lo: int | None = None) -> _Found | None:
    """A cue before the quotation: Peskov said “…” / said Peskov: “…”.

    sentence_lo: where the sentence starts, when that is before lo (an earlier quotation in the same sentence)."""
    body = ctx.body
    verbs = ctx.verbs(lo, open_at)
    for n in range(len(verbs) - 1, -1, -1):
        verb = verbs[n]
        found = _subject_before(ctx, lo, verb.start()) or (
            _subject_after(ctx, verb.end(), open_at) if _INVERTS.fullmatch(verb.group()) else None
        )
        if found:
            found.cue = verb.group().lower()
            # "X said that Y described it as “…”": the words are reported by the outer speaker (whose verb may
            # stand before an earlier quotation of the sentence: "X said that it was “A” after she said “B”")
            if sentence_lo is not None and sentence_lo < lo:
                outer = _outer_reporter(ctx, sentence_lo, ctx.verbs(sentence_lo, verb.start()), verb.start())
            else:
                outer = _outer_reporter(ctx, lo, verbs[:n], verb.start())
            return outer or found
    m = _ACCORDING.search(body, lo, open_at) if ctx.according else None
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
    if m is None:
        # "his claim that people would “…”": his words, the latest man who spoke or was named
        m = _pronoun_owned(body, max(lo, open_at - 120), open_at)
        if m is None or VERB.search(body, m.end(2), open_at) or _COPULA.search(body, m.end(2), open_at):
            return None
        if _CALLING.search(body, max(0, m.start() - 30), m.start()):
            return None
        i = ctx.latest_person(m.start(), "m" if m.group(1).lower() == "his" else "f")
        return _Found(i, m.group(1), "pronoun", m.group(2), 0.5) if i is not None else None
    if VERB.search(body, m.end(1), open_at) or _COPULA.search(body, m.end(1), open_at):
        return None  # "… said Doe’s tweets were “unhinged”": the words judge Doe’s, they are not Doe’s
    for mention in ctx.mentions_between(m.start() - 60, m.start()):
        if mention.end == m.start():
            if _CALLING.search(body, max(0, mention.start - 30), mention.start):
                return None  # "Doe called Smith’s remarks “…”": Doe’s words about Smith’s
            return _Found(mention.person, body[mention.start : mention.end], "named", m.group(1), 0.6)
    return None


def _pronoun_owned(body: str, lo: int, hi: int) -> re.Match | None:
    """The first _PRONOUN_OWNED in body[lo:hi] whose pronoun starts a word."""
    m = _PRONOUN_OWNED.search(body, lo, hi)
    while m is not None and _after_word(body, m.start()):
        m = _PRONOUN_OWNED.search(body, m.start() + 1, hi)
    return m


def _framing_subject(ctx: _Context, lo: int, open_at: int) -> tuple[bool, _Found | None]:
    """The subject of a verb framing the quotation as their judgement ("X described the remarks by Y as “…”") or
    their question ("X asked Y whether it was “…”"): (framed, its speaker). Framed words are never those of a
    name inside the frame (Y); when the subject cannot be read, no one is named."""
    body = ctx.body
    lo = max(lo, open_at - 220)
    as_lo = max(lo, open_at - 40)
    if "as" in body[as_lo:open_at] and _FRAMED_AS.search(body, as_lo, open_at):  # (the search tries every position)
        verbs = [v for v in _FRAMING_VERB.finditer(body, lo, open_at) if open_at - v.end() <= 160]
    else:
        asked = _ASKED_WHETHER.search(body, lo, open_at) if "asked" in body[lo:open_at] else None
        verbs = [asked] if asked else []
    if not verbs:
        return False, None
    verb = verbs[-1]
    if _PREV_SENTENCE.search(body, verb.end(), open_at):
        return False, None  # the frame belongs to an earlier sentence
    later = ctx.verbs(verb.start() + len(verb.group().split()[0]), open_at)  # after the framing verb itself
    if later and not body[later[-1].end() : open_at].strip(" :,\u00a0"):
        return False, None  # "When asked if …, Doe replied: “…”": the quotation's own verb of saying after the frame
    found = _subject_before(ctx, lo, verb.start()) or _sentence_subject(ctx, lo, verb.start(), need_verb=False)
    if found is None and _AND_BEFORE.search(body, lo, verb.start()):
        found = _cue_before(ctx, lo, verb.start())  # "X’s brief said … and dismissed them as “…”": X’s verb
    if found is not None:
        found.cue = verb.group().split()[0].lower()
        # "X said that Y described it as “…”": the words are reported by the outer speaker
        found = _outer_reporter(ctx, lo, list(VERB.finditer(body, lo, verb.start())), verb.start()) or found
    return True, found


def _dashed_aside(ctx: _Context, open_at: int, close: int) -> _Found | None:
    """A quotation set between dashes right after a name: "…, including Jane Doe -- “…” -- and …"."""
    body = ctx.body
    piece = body[max(0, open_at - 8) : open_at]
    if "-" not in piece and "—" not in piece and "–" not in piece:
        return None
    before = _DASH_BEFORE.search(body, max(0, open_at - 8), open_at)
    if before is None or not _DASH_AFTER.match(body, close):
        return None
    for mention in ctx.mentions_between(before.start() - 80, before.start()):
        if mention.end == before.start() and ctx.people[mention.person].kind == "person":
            return _Found(mention.person, body[mention.start : mention.end], "named", "", 0.6)
    return None


def _as_put_it(ctx: _Context, lo: int, hi: int, after: bool) -> _Found | None:
    """ "…,” as X put it / as X put it, “…”: X said the words. after: the phrase follows the quotation at once."""
    body = ctx.body
    if "put it" not in body[lo:hi]:
        return None
    if after:
        while lo < hi and body[lo] in " ,\u00a0":
            lo += 1  # the phrase right after the closing mark and its comma
        m = _PUT_IT.match(body, lo, hi)
    else:
        matches = list(_PUT_IT.finditer(body, lo, hi))
        m = matches[-1] if matches else None  # the last one before the quotation, with no break after it
        if m is not None and _NEXT_SENTENCE.search(body[m.end() : hi]):
            m = None
    if m is None:
        return None
    found = _subject_before(ctx, m.start(1), m.start(2))
    if found is not None:
        found.cue = "put it"
    return found


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


def _record_sources(ctx: _Context, limit: int) -> list[tuple[int, int]]:
    """Speech events outside quotations: "Peskov said on Wednesday that …".

    Only the events before limit are wanted (the last quotation's start: no later event is read), but some later
    ones may come too."""
    events: list[tuple[int, int]] = []
    body = ctx.body
    starts, mentions = ctx.starts, ctx.mentions
    for at, verb_end in _event_verbs(body, limit):
        k = bisect_left(starts, at) - 1
        while k >= 0 and mentions[k].end > at:
            k -= 1
        if k < 0 or mentions[k].start < at - 80:
            # an inverted subject: "…, noted the network’s Jane Doe."
            j = bisect_left(starts, verb_end)
            if j < len(mentions) and mentions[j].start - verb_end < 40:
                between = body[verb_end : mentions[j].start]
                if len(between.split()) <= 3 and not _CLAUSE_BREAK.search(between):
                    events.append((at, mentions[j].person))
            continue
        best = mentions[k]
        between = body[best.end : at]
        if "\n" not in between and not between.strip(" ,’'s").count(" ") > 3 and not _NEXT_SENTENCE.search(between):
            events.append((at, best.person))  # "Doe said", not "… Miss Doe. She says"
    ctx.subjects = _sentence_subjects(ctx, limit, events)
    events.extend(ctx.subjects)
    events.sort()
    return events


def _org_nouns_last_first(body: str, lo: int, hi: int) -> Iterator[re.Match]:
    """The organisation nouns standing as words in body[lo:hi], the last first (mostly the one wanted: the text is
    read in pieces from its end)."""
    end = hi
    while end > lo:
        start = max(lo, end - 400)
        # a noun starting before end is read whole (the longest has 14 letters), with the character after it
        found = _ORG_NOUN_WORD.finditer(body, start, min(hi, end + 16))
        yield from reversed([m for m in found if m.start() < end and not _after_word(body, m.start())])
        end = start


def _after_word(body: str, i: int) -> bool:
    """Whether body[i] follows a word character (no \\b before it)."""
    return i > 0 and (body[i - 1].isalnum() or body[i - 1] == "_")


def _event_verbs(body: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of each of _EVENT_WORDS standing as a word and starting before limit (or at it), in order."""
    found = []
    n = len(body)
    for word in _EVENT_WORDS:
        stop = limit + len(word)
        at = body.find(word, 0, stop)
        while at != -1:
            end = at + len(word)
            if not (at and (body[at - 1].isalnum() or body[at - 1] == "_")) and not (
                end < n and (body[end].isalnum() or body[end] == "_")
            ):
                found.append((at, end))
            at = body.find(word, end, stop)
    found.sort()
    return found


def _sentence_starts(body: str, breaks: list[int]) -> tuple[list[int], list[int]]:
    """Where each sentence (or line) starts, and where the mark ending the one before stands.

    A full stop, "!" or "?" ends a sentence when spaces and a capital or an opening mark follow it; a line break
    always does. The marks are found with str.find (far faster than a regex scan for them)."""
    marks = list(breaks)
    for mark in ".!?":
        marks += offsets(body, mark)
    marks.sort()
    starts = [0]
    stops = [-1]
    n = len(body)
    for i in marks:
        if body[i] == "\n":
            starts.append(i + 1)
            stops.append(i)
            continue
        j = i + 1
        while j < n and body[j] in " \t\u00a0":
            j += 1
        if j == i + 1 or j == n or not ("A" <= body[j] <= "Z" or body[j] in _SENTENCE_OPENERS):
            continue
        if body[i] == "." and _ends_abbreviation(body, i):
            continue
        starts.append(j)
        stops.append(i)
    return starts, stops


def _ends_abbreviation(body: str, i: int) -> bool:
    """Whether an initial or an abbreviation ("Mr") ends at i."""
    if i >= 5 and body[i - 5 : i].isalnum():
        return False  # five letters or digits: the commonest case, known without the regex
    return _ABBREVIATION_END.search(body, max(0, i - 5), i) is not None


@lru_cache(maxsize=2048)
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


def _sentence_subjects(ctx: _Context, limit: int, spoke: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(offset, person) for each sentence opening with a person's name, outside quotations: the likelier
    antecedent of "he"/"she". A sentence opening with "He" or "She" carries on the latest subject or speaker
    (spoke: the speech events found, in order) of that sex.

    Only the sentences starting before limit are read, unless a later one may open with "Doe’s campaign" (which
    adds the campaign to the people, and so must be met in the same order)."""
    body = ctx.body
    found: list[tuple[int, int]] = []
    starts, mentions, lead = ctx.starts, ctx.mentions, _is_subject_lead
    n_starts = len(starts)
    sentence_starts = ctx.sentence_starts
    if body.find("campaign", limit) == -1:
        sentence_starts = sentence_starts[: bisect_left(sentence_starts, limit)]
    people, genders = ctx.people, ctx.genders
    quote_starts, quote_ends = ctx.quote_starts, ctx.quote_ends
    for s in sentence_starts:
        first = body[s : s + 1]
        if (first == "H" or first == "S" or first.isspace()) and body[s : s + 8].lstrip()[:2] in ("He", "Sh"):
            pronoun = _PRONOUN_HEAD.match(body, s, s + 6)
            if pronoun is not None:
                # "He said …" carries the latest subject of that sex on to this sentence
                gender = "m" if pronoun.group(1) == "He" else "f"
                j = bisect_left(spoke, (s, -1))
                for offset, i in sorted(found[-8:] + spoke[max(0, j - 8) : j], reverse=True):
                    if s - offset > 2000:
                        break
                    if people[i].kind == "person" and genders.get(i) in (gender, None):
                        found.append((s, i))
                        break
                continue
        k = bisect_left(starts, s)
        if k == n_starts:
            continue
        mention = mentions[k]
        distance = mention.start - s
        if distance > 190:
            continue  # too far for the sentence's opening and for the main clause after its first comma
        if distance and (distance > 60 or not lead(body, s, mention.start)):
            # the main clause after a long opening phrase: "In an interview with …, Doe said"
            comma = body.find(", ", s, s + 150)
            if comma == -1:
                continue
            k = bisect_left(starts, comma + 2)
            if k == len(starts):
                continue
            mention = mentions[k]
            if mention.start - comma > 40 or not lead(body, comma + 2, mention.start):
                continue
        if (
            k + 1 < n_starts
            and body.startswith(", ", mention.end)
            and _closes_opening_phrase(body, s, mention, starts[k + 1])
        ):
            mention = mentions[k + 1]  # "Beside his rival, Jane Doe, Mr Roe said": Doe closes the phrase
        q = bisect_right(quote_starts, mention.start) - 1
        if q >= 0 and mention.start < quote_ends[q]:
            continue  # a sentence of the quoted words: no subject of the story's own (ctx.quoted, inlined)
        if body[mention.end : mention.end + 1] not in ("’", "'"):
            found.append((mention.start, mention.person))
        else:
            campaign = _campaign_of(ctx, mention)
            if campaign is not None:
                found.append((mention.start, campaign))
    return found


def _closes_opening_phrase(body: str, s: int, mention: _Mention, next_start: int) -> bool:
    """Whether a name stands between two commas after the sentence's opening phrase, with the next name right
    after the second (its title only between): "Beside his rival, Senator Jane Doe, Mr Roe said"."""
    if not body.startswith(", ", mention.end) or next_start - mention.end > 27:
        return False
    comma = body.rfind(", ", s, mention.start)
    return comma != -1 and all(
        w[:1].isupper() for w in body[comma + 2 : mention.start].split() + body[mention.end + 2 : next_start].split()
    )


def _is_subject_lead(body: str, lo: int, hi: int) -> bool:
    """_SUBJECT_LEAD.fullmatch(body, lo, hi)."""
    lead = _SUBJECT_LEAD if body.find(",", lo, hi) != -1 else _SUBJECT_LEAD_NO_COMMA
    return lead.fullmatch(body, lo, hi) is not None


def _sentence_subject(ctx: _Context, lo: int, open_at: int, need_verb: bool = True) -> _Found | None:
    """The subject opening the sentence, when a verb of saying follows it before the quote."""
    body = ctx.body
    if need_verb and not ctx.verbs(lo, open_at):
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
            if mention.start < open_at and _is_subject_lead(body, restart, mention.start):
                if body[mention.end : mention.end + 1] not in ("’", "'"):
                    return _Found(mention.person, body[mention.start : mention.end], "named", "", 0.6)
                campaign = _campaign_of(ctx, mention)
                if campaign is not None:
                    return _Found(campaign, ctx.people[campaign].name, "named", "", 0.55)
    # a role opening the sentence: "The Republican nominee also vowed to …"
    role = _ROLE_OPENING.match(body, lo, open_at)
    if role is not None:
        i = ctx.role_holder(role.group(1), lo)
        if i is None:
            i = ctx.role_subject(role.group(1), lo)
        if i is not None:
            return _Found(i, role.group(0), "role", "", 0.5)
    # a country opening the sentence whose words a participle reports: "Pakistan invited India, saying it was …"
    participle = _PARTICIPLE_CUE.search(body, lo, open_at) if ", " in body[lo:open_at] else None
    country = _COUNTRY_OPENING.match(body, lo, open_at) if participle is not None else None
    if country is not None:
        words = country.group(1).split()
        for phrase in (" ".join(words[:2]), words[0]) if len(words) > 1 else (words[0],):
            if [fold(phrase)] == countries.countries_in(phrase):
                return _Found(ctx.organisation(phrase), phrase, "named", "", 0.5)
    return None


def _previous_paragraph_subject(ctx: _Context, lo: int, hi: int) -> _Found | None:
    """The one person the paragraph before a bare quotation is about (every sentence subject named in it, or the
    role opening it)."""
    j = bisect_left(ctx.subjects, (lo, -1))
    people = {i for offset, i in ctx.subjects[j : bisect_left(ctx.subjects, (hi, -1))]}
    if not people:
        # no sentence opens with a name: one opening with a role ("The Spanish coach went on to …") may
        role = _ROLE_OPENING.match(ctx.body, lo, hi)
        i = (ctx.role_holder(role.group(1), lo) or ctx.role_subject(role.group(1), lo)) if role else None
        return _Found(i, role.group(0).strip(), "role", "", 0.4) if role and i is not None else None
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
    found = _cue_before(ctx, lo, prev_hi - 1) or _sentence_subject(ctx, lo, prev_hi - 1)
    if found is None:
        noun = _SPEECH_NOUN.search(body, lo, prev_hi)
        if noun is not None:
            # "… rated this statement by Doe on June 11:" / "Doe made the following comment:"
            for mention in ctx.mentions_between(noun.end(), noun.end() + 4):
                return _Found(mention.person, body[mention.start : mention.end], "named", noun.group(1), 0.5)
            if not noun.group(0).endswith("by "):
                restarts = [lo] + [m.end() for m in _COMMA.finditer(body, lo, noun.start())]
                for at in restarts:
                    found = found or _sentence_subject(ctx, at, prev_hi - 1, need_verb=False)
    return found


def _same_speaker_aside(ctx: _Context, gap: str, speaker: str) -> bool:
    """ "…,” Doe said. He didn't suggest retaliation. “…”: between two quotations, after the first one's cue, at
    most one sentence, about the same speaker ("He"/"She" of the speaker's sex), which the second goes on from."""
    text = gap.strip(" \u00a0\"”’'“")
    breaks = [m.end() for m in _NEXT_SENTENCE.finditer(text)]
    if len(breaks) > 1:
        return False
    m = _PRONOUN_HEAD.match(text, breaks[-1] if breaks else 0)
    if m is None:
        return False
    i = ctx.forms.get(fold(speaker))
    return i is not None and ctx.genders.get(i) in ("m" if m.group(1) == "He" else "f", None)


def _runs_on_into(body: str, q: Quote, q2: Quote) -> bool:
    """Whether q is left open at its paragraph's end and q2 opens the next paragraph with a mark: the convention
    for one quotation over several paragraphs."""
    close = _close_mark(body, q.end)
    line_end = body.find("\n", q.end)
    if close != q.end or line_end == -1 or _NON_SPACE.search(body, q.end, line_end):
        return False  # closed, or not at the paragraph's end
    open_at = _open_mark(body, q2.start)
    return open_at < q2.start and not body[line_end:open_at].strip()


def _ends_sentence(text: str) -> bool:
    """Whether quoted words end with a full stop, "!", "?" or an ellipsis (before any closing single mark)."""
    return text.rstrip("'’\"” ").endswith((".", "!", "?", "…"))


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
    events = _record_sources(ctx, spans[-1][0])
    ordered = sorted(range(len(quotes)), key=[q.start for q in quotes].__getitem__)
    breaks = ctx.breaks
    sentence_starts, sentence_stops = ctx.sentence_starts, ctx.sentence_stops
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
        # the latest sentence start before the quotation, and the first sentence end after it
        s = bisect_left(sentence_starts, open_at) - 1
        sentence_lo = max(para_lo, sentence_starts[s]) if s >= 0 else para_lo
        if s >= 0 and sentence_starts[s] > left and sentence_stops[s] >= left:
            left = sentence_starts[s]
        right = min(para_hi, close + 400)
        if next_q is not None and next_q.start < para_hi:
            right = min(right, _open_mark(body, next_q.start))
        s = bisect_left(sentence_stops, close)
        after_end = right
        if s < len(sentence_stops) and sentence_starts[s] <= right and close <= sentence_stops[s] < right:
            after_end = sentence_stops[s] + 1
        if q.text.endswith((".", "…")) and body[close:after_end].strip()[:1].isupper():
            after_end = close  # the quotation closed its sentence
        while next_event < len(events) and events[next_event][0] < q.start:
            insort(ctx.sources, events[next_event])
            next_event += 1
        if prev_q is not None and prev_q.speaker and fold(prev_q.speaker) in ctx.forms:
            insort(ctx.sources, (prev_q.start, ctx.forms[fold(prev_q.speaker)]))
        found = None
        label_lo = max(para_lo, q.start - 40)
        label = _LABEL.search(body, label_lo, q.start) if ":" in body[label_lo : q.start] else None
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
            or _dashed_aside(ctx, open_at, close)
            or (_as_put_it(ctx, close, min(after_end, close + 90), after=True) if ctx.put_it else None)
            or _cue_after(ctx, close, after_end)
            or (_as_put_it(ctx, left, open_at, after=False) if ctx.put_it else None)
        )
        framed = False
        if found is None:
            framed, found = _framing_subject(ctx, left, open_at)
        if found is None and not framed:
            found = _possessive_words(ctx, left, open_at)
        if found is None and not framed:
            # an earlier quotation of the same sentence (not one that ended a sentence of its own) leaves the
            # sentence's opening in reach of the outer-reporter rule
            same_sentence = same_para_prev is not None and not same_para_prev.text.endswith((".", "!", "?", "…"))
            found = _cue_before(ctx, left, open_at, sentence_lo if same_sentence else None)
            if (
                found is not None
                and same_para_prev is not None
                and same_para_prev.speaker
                and people[found.person].name != same_para_prev.speaker
            ):
                # “A,” Doe said on Monday, where Roe spoke too. “B”: the sentence between is the cue of A, and
                # B goes on with A (a later verb in that sentence is no cue of B's)
                gap_lo = _close_mark(body, same_para_prev.end)
                if body[gap_lo:open_at].rstrip()[-1:] in (".", "!", "?"):
                    before = _cue_after(ctx, gap_lo, open_at)
                    if before is not None and people[before.person].name == same_para_prev.speaker:
                        found = _Found(before.person, same_para_prev.speaker_as_printed or "", "continuation", "", 0.6)
        if found is None and same_para_prev is not None and same_para_prev.speaker:
            gap = body[_close_mark(body, same_para_prev.end) : open_at]
            if (
                not _NEXT_SENTENCE.search(gap.rstrip())
                or not VERB.search(gap)
                or _same_speaker_aside(ctx, gap, same_para_prev.speaker)
            ):
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
        bare = open_at - para_lo < 20 and not body[para_lo:open_at].strip()
        if bare:
            # nothing after the quotation, or a sentence of its own: “… new people.” She did not say …
            after = body[close : min(para_hi, close + 80)].strip(" .…\"”’'")
            next_in_paragraph = next_q is not None and next_q.start < para_hi
            bare = not after or (_ends_sentence(q.text) and after[:1].isupper() and not next_in_paragraph)
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
        if q.speaker is None and q2.speaker and _runs_on_into(body, q, q2):
            # a quotation over several paragraphs, its speaker named only at its end: one speaker throughout
            q.speaker, q.speaker_as_printed, q.speaker_role = q2.speaker, q2.speaker_as_printed, q2.speaker_role
            q.cue, q.method, q.confidence = q2.cue, "continuation", 0.5
        if q.speaker is None and q2.speaker and q2.method != "continuation":
            gap = body[_close_mark(body, q.end) : _open_mark(body, q2.start)]
            if "\n" not in gap and not _NEXT_SENTENCE.search(gap) and not VERB.search(gap):
                q.speaker, q.speaker_as_printed, q.speaker_role = q2.speaker, q2.speaker_as_printed, q2.speaker_role
                q.cue, q.method, q.confidence = q2.cue, "continuation", 0.5
    # organisations met while reading ("Smith campaign") stay only if they said something
    speakers = {q.speaker for q in quotes}
    people[known_count:] = [p for p in people[known_count:] if p.name in speakers]


__all__ = ["attribute"]
