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
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field

from . import countries
from .printed_dates import word_matches
from .records import Meeting, PartialDate, Person, Quote

# --- names in the text ---------------------------------------------------------------------------------

_FOLD: dict[int, str] = {}
for _code in range(0xC0, 0x250):
    _base = unicodedata.normalize("NFKD", chr(_code))[0]
    if _base.isascii() and _base.isalpha():
        _FOLD[_code] = _base
_FOLD.update({ord("’"): "'", ord("‘"): "'"})
_SUFFIX = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "la", "le", "del", "der", "abu", "gen.", "gen"}


_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][\w'-]*")


def fold(text: str) -> str:
    """Accents dropped, one character for one: offsets into the folded text are offsets into the text."""
    return text.translate(_FOLD)


@dataclass
class Mention:
    start: int
    end: int
    name: str  # canonical name of the person


def _forms(person: Person) -> list[str]:
    names = [person.name, *person.aliases]
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
    body: str, people: list[Person], forms: dict[str, str] | None = None, folded: str | None = None
) -> list[Mention]:
    """Where the article names each person (full name, alias or surname), in order of offset."""
    folded = fold(body) if folded is None else folded
    forms = name_forms(body, people, folded) if forms is None else forms
    if not forms:
        return []
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w])(?!-\w)",
        re.IGNORECASE,
    )
    found = []
    for m in pattern.finditer(folded):
        if m.group(0)[0].isupper():
            found.append(Mention(m.start(), m.end(), forms[m.group(0).lower()]))
    return found


def name_forms(body: str, people: list[Person], folded: str | None = None) -> dict[str, str]:
    """Each way the article may write a name (folded, lower case) -> canonical name; ambiguous ones left out."""
    persons = [p for p in people if p.kind == "person"]
    owner: dict[str, set[str]] = {}
    for person in persons:
        for form in _forms(person):
            key = fold(form).strip(" ,.").lower()
            if len(key) >= 2 and key[0].isalpha():
                owner.setdefault(key, set()).add(person.name)
    folded = fold(body) if folded is None else folded
    words = Counter(_CAPITALISED.findall(folded))
    # A first name written alone while the surname never is: "Xi" for "Xi Jinping".
    for person in persons:
        tokens = fold(person.name).split()
        if len(tokens) == 2 and len(tokens[0]) >= 2 and tokens[0][0].isupper():
            full = folded.count(fold(person.name))
            if words[tokens[1]] <= full < words[tokens[0]]:
                owner.setdefault(tokens[0].lower(), set()).add(person.name)
    forms = {}
    for key, names in owner.items():
        fullest = max(names, key=lambda n: len(n.split()))
        if all(set(fold(n).split()) <= set(fold(fullest).split()) for n in names):
            forms[key] = fullest  # "Park" and "Park Geun-hye" listed apart: the same person
    return forms


# --- sentences -----------------------------------------------------------------------------------------

_SENTENCE = re.compile(r"[^\s][^\n]*?(?:(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\bSt)(?<!\bGen)[.!?][\"'”’)]*(?=\s)|(?=\n)|$)")


def sentences(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(body) if m.end() > m.start()]


# --- meeting words -------------------------------------------------------------------------------------

_CUE = re.compile(
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
_PRESS = re.compile(r"\b(?:press|news)\s+$", re.IGNORECASE)
_NOT_A_MEETING = re.compile(
    r"^(?:meeting (?:of|with) (?:the )?(?:press|reporters|journalists)|visit(?:ed|ing)? (?:the )?(?:site"
    r"|website|hospital))",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"\b(?:the|such an?|this|that|a potential|the proposed|the planned|the upcoming|any such|a possible)\s+"
    r"(?:\[[^\]]{0,60}\]\s+)?(?:presidential\s+|bilateral\s+|one-on-one\s+|in-person\s+|peace\s+)?"
    r"(?:meeting|summit|talks|call|visit|contact|conversation|meet)\b",
    re.IGNORECASE,
)
_TWO = re.compile(
    r"\b(?:the|both)\s+(?:two|2)\s+(?:leaders|presidents|men|heads of state|prime ministers|sides)\b", re.IGNORECASE
)
_LEADERS = re.compile(r"\bleaders?\b")
_HYPHEN_PAIR = re.compile(r"\b([A-Z][\w']+)-([A-Z][\w']+)\b")

# --- status words, most decisive first ----------------------------------------------------------------------

_STATUS = [
    (
        "cancelled",
        r"\bcall(?:ed|s)? off\b|\bcancel(?:l?ed|s|lation)?\b|\bscrapped\b|\bwill no longer be held\b|\bcalled it off\b",
    ),
    ("postponed", r"\bpostpon(?:e|ed|es|ement)\b|\bdelayed\b|\bput off\b|\bpushed back\b|\brescheduled\b"),
    (
        "rejected",
        r"\breject(?:s|ed|ing)?\b|\brefus(?:e|ed|es)\b|\bturned down\b|\bdeclined\b|\bno interest\b"
        r"|\bno meeting (?:was|is) (?:planned|scheduled)\b|\bno point in\b|\bwill only meet\b|\bruled out\b"
        r"|\bnot sought\b|\bno (?:plans?|intention) to meet\b",
    ),
    ("unrealistic", r"\bunrealistic\b|\bnot realistic\b|\bcannot be expected\b|\bout of the question\b"),
    ("premature", r"\bpremature\b|\btoo early\b|\bno concrete plans\b|\bnot in the cards\b"),
    (
        "held",
        r"\bmet\b|\bheld (?:talks|a meeting|a summit|a call|a phone|discussions|telephone|their)\b"
        r"|\bhad (?:talks|a meeting|discussions|a phone|a call)\b"
        r"|\btook place\b|\bspoke (?:with|to|by)\b|\bsat down\b|\bhave spoken\b|\bhad spoken\b|\bmeets\b"
        r"|\bbegan\b|\bwas held\b|\bwere held\b"
        r"|\bhistoric phone\b|\bphone conversation on\b",
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
        r"|\bis possible\b|\bwould be possible\b|\bremains? open to\b|\baccepted (?:the|an) invitation\b",
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
_STATUS_RE = [(status, re.compile(rx, re.IGNORECASE)) for status, rx in _STATUS]
_RANK = {status: i for i, (status, _) in enumerate(_STATUS)}
_ANY_STATUS = re.compile("|".join(f"(?P<{status.replace(' ', '_')}>{rx})" for status, rx in _STATUS), re.IGNORECASE)
# Who proposed: "proposed by X", "X proposed", "X invited", "X called for", "X's proposal", "X requested".
_PROPOSED_BY = re.compile(
    r"\b(?:proposed|put forward|suggested|initiated|requested|called for|organi[sz]ed) by\b"
    r"|\bat the invitation of\b|\b(?:initiative|proposal|invitation) of\b",
    re.IGNORECASE,
)
_PROPOSES = re.compile(
    r"\b(?:propos(?:ed|es)|put forward|suggest(?:ed|s)|invit(?:ed|es)|call(?:ed|s) for|request(?:ed|s)"
    r"|offer(?:ed|s)|has invited)\b",
    re.IGNORECASE,
)
_HOST = re.compile(
    r"\b(?:host(?:ed|ing|s)?|mediat(?:or|ed|ing|es)|residence of|chair(?:s|ed)?|hosted by|invitation of"
    r"|on behalf of)\b[^.]{0,40}$",
    re.IGNORECASE,
)
_VENUE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_WITH = re.compile(r"^\W{0,3}(?:[\w'’-]+\s+){0,3}?(?:with|between|and|invited|meet|met|visit|to)\b", re.IGNORECASE)


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


def find_meetings(body: str, people: list[Person], quotes: list[Quote], published: PartialDate) -> list[Meeting]:
    folded = fold(body)
    forms = name_forms(body, people, folded)
    mentions = find_mentions(body, people, forms, folded)
    leaders = {p.name for p in people if p.is_leader}
    country_of = _countries_of(body, people, mentions)
    found: list[_Found] = []
    pending: list[_Found] = []  # mentions that only point back
    last_pair: list[str] | None = None
    spans = sentences(body)
    starts = [a for a, _ in spans]
    mention_starts = [m.start for m in mentions]
    by_sentence: dict[int, list[re.Match]] = {}
    for cue in word_matches(_CUE, body):
        by_sentence.setdefault(bisect_left(starts, cue.start() + 1) - 1, []).append(cue)
    for hyphen in _HYPHEN_PAIR.finditer(body):
        by_sentence.setdefault(bisect_left(starts, hyphen.start() + 1) - 1, [])
    for index in sorted(by_sentence):
        if index < 0:
            continue
        s, e = spans[index]
        text = body[s:e]
        in_sentence = mentions[bisect_left(mention_starts, s) : bisect_left(mention_starts, e)]
        cues = [
            c
            for c in by_sentence[index]
            if not _PRESS.search(body, max(0, c.start() - 8), c.start()) and not _NOT_A_MEETING.match(body, c.start())
        ]
        kinds = [_kind(c, text) for c in cues]
        for cue, kind in zip(cues, kinds, strict=True):
            who = _participants(
                body,
                s,
                e,
                cue.start(),
                cue.end(),
                in_sentence,
                mentions,
                leaders,
                country_of,
                last_pair,
                len(set(kinds)),
            )
            if who is None and _TWO.search(text) and last_pair:
                who = list(last_pair)
            mention = _Found(kind, who or [], s, e)
            mention.status = _status(text, kind)
            mention.proposed_by = _proposer(body, s, e, in_sentence)
            mention.venue = _venue(body[cue.end() : min(e, cue.end() + 80)])
            if who and (len(who) >= 2 or kind == "visit" or _multilateral(text)):
                found.append(mention)
                if len(who) == 2:
                    last_pair = who
            elif _ANAPHOR.search(text) or _TWO.search(text):
                pending.append(mention)
        for mm in _HYPHEN_PAIR.finditer(text):
            pair = _hyphen_pair(mm, forms)
            after = text[mm.end() : mm.end() + 30]
            cue = _CUE.search(after)
            if pair and cue and cue.start() <= 12:
                f = _Found(_kind(cue, after), pair, s, e, status=_status(text, _kind(cue, after)))
                found.append(f)
                last_pair = pair
    for mention in pending:
        target = _nearest(found, mention)
        if target is not None:
            _absorb(target, mention)
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


def _kind(cue: re.Match, text: str) -> str:
    """The kind a meeting word names; a meeting "of heads of state" or in a sentence about a summit is a summit."""
    if cue.group("call"):
        return "phone call"
    for kind in ("summit", "visit", "conference"):
        if cue.group(kind):
            return kind
    if re.search(r"\bsummit\b|\bheads? of state\b", text, re.IGNORECASE):
        return "summit"
    return "talks"


def _participants(
    body, s, e, cue_start, cue_end, in_sentence, mentions, leaders, country_of, last_pair=None, kinds=1
) -> list[str] | None:
    """Who meets, read from the sentence around one meeting word; None when the sentence does not say."""
    text = body[s:e]
    named = [m for m in in_sentence if not _HOST.search(body, max(s, m.start - 60), m.start)]
    # "between X and Y" / "between the leaders of A and B"
    between = re.search(r"\bbetween\b", body[cue_end : min(e, cue_end + 45)])
    if between:
        span_start = cue_end + between.end()
        span_end = _clause_end(body, span_start, e)
        if _TWO.match(body, span_start + 1) and last_pair:
            return list(last_pair)
        chain = _chain([m for m in named if span_start <= m.start < span_end and not _agent(body, s, m)], body)
        who = _names(chain)
        if len(who) >= 2:
            return who
        listed = countries.countries_in(body[span_start:span_end])
        if len(listed) >= 2:
            return _by_countries(listed, named, country_of, leaders)
    # "X and Y met" / "Park, Abe and Li will hold their summit": the subjects before the meeting word
    clause_start = _clause_start(body, s, cue_start)
    before = [m for m in named if clause_start <= m.start < cue_start and not _agent(body, s, m)]
    after = [m for m in named if cue_end <= m.start < min(e, cue_end + 120)]
    if len(before) >= 2 and _conjoined(body, before):
        return _names(before)
    # "X's meeting with Y", "X will meet Y", "X invited Y to the summit"
    if after and _partner_follows(body, cue_start, cue_end, after[0]):
        partner = after[0].name
        owner = _owner(body, s, cue_start, before, mentions, partner)
        return _names([owner, partner]) if owner else [partner]
    if before and _PROPOSES.search(body[before[-1].end : cue_start]) and after:
        return _names([before[-1].name, after[0].name])
    if _LEADERS.search(text):
        listed = countries.countries_in(body[max(s, cue_start - 60) : min(e, cue_end + 60)])
        if len(listed) >= 2:
            return _by_countries(listed, named, country_of, leaders)
    if kinds > 1:
        return None  # several kinds of meeting in one sentence: the leaders it names may belong to any of them
    lead = [n for n in _names(m for m in named if not _agent(body, s, m)) if n in leaders]
    if len(lead) >= 2:
        return lead
    subject = [n for n in _names(m for m in named if m.start < cue_start) if n in lead]
    return subject or None


def _names(mentions) -> list[str]:
    out: list[str] = []
    for m in mentions:
        name = m if isinstance(m, str) else m.name
        if name not in out:
            out.append(name)
    return out


_ROLE_TAIL = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|for|the|and)\s+)*[A-Z][\w.'’-]*\s+$|(?<=\s)$")


def _lead_in(body: str, s: int, m: Mention) -> str:
    """The words before a name, its capitalised role words ("Secretary of State") removed."""
    lead = body[max(s, m.start - 80) : m.start]
    cut = _ROLE_TAIL.search(lead)
    return lead[: cut.start()] if cut else lead


def _agent(body: str, s: int, m: Mention) -> bool:
    """Named as the one who proposed ("put forward by X") or as a place ("the residence of X"), not as one who meets."""
    return bool(re.search(r"\b(?:by|of)\s*$", _lead_in(body, s, m)))


def _clause_start(body: str, s: int, at: int) -> int:
    head = body[s:at]
    cut = max(
        head.rfind(" that "), head.rfind("; "), head.rfind(" after "), head.rfind(" which "), head.rfind(" while ")
    )
    return s + cut + 1 if cut >= 0 else s


def _clause_end(body: str, start: int, e: int) -> int:
    m = re.search(
        r"\s(?:was|were|is|are|has|had|will|would|could|on the sidelines|in order|to end|to discuss)\b|[;:]",
        body[start:e],
    )
    return start + m.start() if m else e


def _chain(named: list[Mention], body: str) -> list[Mention]:
    """The first names of a list joined by "and" or commas: "X and his counterpart Y", not a later "Z said"."""
    out = named[:1]
    for m in named[1:]:
        if not _conjoined(body, [out[-1], m]):
            break
        out.append(m)
    return out


_APPOSITION = {
    "and", "&", "his", "her", "their", "its", "the", "of", "counterpart", "counterparts", "leader", "president",
    "prime", "minister", "premier", "chancellor", "king", "emir", "sheikh", "acting", "interim", "former", "both",
    "as", "well", "general", "secretary", "foreign", "state", "new", "newly", "elected", "crown", "prince",
}  # fmt: skip


def _conjoined(body: str, before: list[Mention]) -> bool:
    """Names joined by "and" or commas with only role words between: "X and his counterpart Y", "X, Y and Z"."""
    for a, b in zip(before, before[1:], strict=False):
        gap = body[a.end : b.start]
        if len(gap) > 80 or not re.search(r"(?:^|\W)(?:and|&|,)(?:\W|$)", gap):
            return False
        lower = [w for w in re.findall(r"[\w&’'-]+", gap) if not w[0].isupper() and not w[0].isdigit()]
        if any(re.sub(r"[’']s$", "", w.lower()) not in _APPOSITION for w in lower if w not in ("’s", "'s")):
            return False
    return True


def _partner_follows(body: str, cue_start: int, cue_end: int, partner: Mention) -> bool:
    """ "meeting with Y", "will meet Y", "spoke with the President of Colombia, Y": Y is the other side."""
    cue = body[cue_start:cue_end].lower()
    gap = body[cue_end : partner.start]
    if re.search(r"[.;:]\s|[\"”’]|\bsaid\b|\btold\b", gap) or len(gap) > 90:
        return False
    if cue.endswith((" with", " to")) or cue in ("meet", "meets", "met", "visit", "visits", "visited"):
        return True
    return bool(_WITH.match(gap))


def _owner(body, s, cue_start, before, mentions, partner) -> str | None:
    """Whose meeting it is: the subject before the meeting word, or the person a pronoun stands for."""
    for m in before:  # the clause's subject comes first: "X, after his talks with Y, will meet Z"
        if m.name != partner and not _agent(body, s, m):
            return m.name
    head = body[s:cue_start]
    if re.search(r"\b(?:his|her|their|he|she|they|I|we|my|our)\b", head):
        at = next((i for i in range(len(mentions) - 1, -1, -1) if mentions[i].start < s), -1) + 1
        for m in reversed(mentions[max(0, at - 20) : at]):
            if m.name != partner:
                return m.name
    return None


def _by_countries(listed, named, country_of, leaders) -> list[str] | None:
    """The leaders of the countries listed: the article's one leader of each, else those the sentence names."""
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


def _multilateral(text: str) -> bool:
    return bool(re.search(r"\bleaders of\b|\bheads of state\b", text, re.IGNORECASE))


def _status(text: str, kind: str) -> str | None:
    """The most decisive status the sentence's words give."""
    ranks = [_RANK[m.lastgroup.replace("_", " ")] for m in word_matches(_ANY_STATUS, text)]
    return _STATUS[min(ranks)][0] if ranks else None


def _proposer(body: str, s: int, e: int, in_sentence: list[Mention]) -> str | None:
    for m in in_sentence:
        lead = _lead_in(body, s, m)
        if _PROPOSED_BY.search(lead[-40:] + " "):
            return m.name
        tail = body[m.end : min(e, m.end + 40)]
        if _PROPOSES.match(tail.lstrip(" ,").split(" ", 1)[-1] if tail.startswith(("’s", "'s")) else tail.strip()):
            return m.name
        if re.match(r"[’']s (?:proposal|initiative|invitation|idea|request)\b", tail):
            return m.name
    return None


def _venue(after: str) -> str | None:
    m = _VENUE.search(after[:80])
    if m and not re.match(
        r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        m.group(1),
    ):
        return m.group(1)
    return None


def _hyphen_pair(m: re.Match, forms: dict[str, str]) -> list[str] | None:
    """ "the Putin-Trump summit": both names are people of the article."""
    a, b = forms.get(fold(m.group(1)).lower()), forms.get(fold(m.group(2)).lower())
    if a and b and a != b:
        return [a, b]
    return None


def _nearest(found: list[_Found], mention: _Found) -> _Found | None:
    """The meeting a back-pointing sentence means: the nearest one before it (else after), same kind first."""
    same = [f for f in found if f.kind == mention.kind] or found
    before = [f for f in same if f.start <= mention.start]
    if before:
        return before[-1]
    after = [f for f in same if f.start > mention.start]
    return after[0] if after else None


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
    for qi, q in enumerate(quotes):
        for mi, f in enumerate(meetings):
            spans = [(f.start, f.end), *f.spans]
            if any(a <= q.start < b for a, b in spans):
                f.quotes.append(qi)
                if q.meeting is None:
                    q.meeting = mi
                break
