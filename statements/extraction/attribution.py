"""Who said each quote.

For each quotation the sentence around it is searched for a cue (a verb of saying,
"according to", "in a statement") after the quote first, then before it. The cue's
subject is read next to the verb: a name ("Peskov said", "said Dmitry Peskov"), a
pronoun ("she added"), a role noun ("the Kremlin spokesman noted") or an
organisation ("the Kremlin said"). Names resolve to the article's people; pronouns
to the latest speaker of a compatible gender; role nouns to the latest person with
that role. A quote with no cue of its own takes the speaker of an earlier quote in
its sentence or paragraph, or, when its paragraph is nothing but the quotation, of
the quotation that ended the paragraph before. Unclear cases keep speaker None.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

from . import known_people
from .cues import VERB
from .names import (
    ROLE_HEADS,
    ROLE_WORDS,
    fold,
    gender_of_role,
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
_BETWEEN_NAME_AND_VERB = re.compile(rf"(?:[’']s?\s*)?(?:\([^)]*\)\s*)?(?:{_FILLER}\s*)*")
_APPOSITION_TAIL = re.compile(r",\s[^,“”\"]{2,120},\s*$")
_NEXT_SENTENCE = re.compile(r"[.!?](?=\s+[A-Z“\"‘])|\n")
_PREV_SENTENCE = re.compile(r"[.!?]\s+(?=[A-Z“\"‘])")
_PHRASE_CUE = re.compile(r"\b(?:according to|in (?:a|an|the|its|his|her) (?:\w+ ){0,3}?(?:statement|interview))\b")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_NEWLINE = re.compile(r"\n")
_EVENT_VERB = re.compile(
    r"\b(?:said|says|told|added|stated|noted|stressed|warned|insisted|wrote|announced|explained|"
    r"declared)\b"
)
_NEXT_PRONOUN = re.compile(r"\b(he|his|him|himself|she|her|herself|He|His|She|Her)\b")
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
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:The|the|[A-Z][\w’'\-.]*|Rep\.|Sen\.)\s+){0,4}")
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
        self.mentions = self._mentions()
        self._vote_genders()
        self.sources: list[tuple[int, int]] = []  # (offset, person) of each speech event seen so far

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
        self.starts = [m.start for m in found]
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
                vote[0 if m.group(1).lower() in ("he", "his", "him", "himself") else 1] += 1
        for i, (male, female) in votes.items():
            if i not in self.genders and male != female:
                self.genders[i] = "m" if male > female else "f"

    def resolve_name(self, printed: str, gender: str | None = None) -> int | None:
        i = self.forms.get(fold(printed))
        if i is not None:
            return i
        options = self.surnames.get(surname_key(printed), [])
        if len(options) > 1 and gender:
            options = [j for j in options if self.genders.get(j) in (gender, None)]
        return options[0] if options else None

    def organisation(self, printed: str) -> int:
        words = printed.split()
        while len(words) > 1 and words[0].lower() in _ORG_STOP:
            words = words[1:]
        name = " ".join(words)
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

    def latest_person(self, before: int, gender: str | None, want_org: bool = False) -> int | None:
        """The latest speaker (else the latest mention) before an offset, of a compatible gender."""
        if gender == "f" and not want_org:
            for offset, i in self.recent(before):
                if before - 3000 < offset and self.genders.get(i) == "f":
                    return i
        j = bisect_left(self.sources, (before, -1))
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
            prole = fold(self.people[i].role or "")
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
                if head in fold(self.people[i].role or "").split() and (best is None or offset > best[0]):
                    best = (offset, i)
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
        return _Found(ctx.organisation(m.group(1)), m.group(1), "named", cue, 0.8)
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
    for mention in ctx.mentions_between(verb_end, hi):
        if verb_end <= mention.start < hi:
            between = body[verb_end : mention.start]
            if len(between) <= 60 and all(
                w in ("the", "a", "an", "of", "for") or w[:1].isupper() or w.lower() in ROLE_WORDS
                for w in between.split()
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
        return _Found(ctx.organisation(m.group(1)), m.group(1), "named", "", 0.75)
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
    for verb in VERB.finditer(body, close, window_end):
        found = _subject_before(ctx, close, verb.start()) or _subject_after(ctx, verb.end(), window_end)
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
    for verb in reversed(verbs):
        found = _subject_before(ctx, lo, verb.start()) or _subject_after(ctx, verb.end(), open_at)
        if found:
            found.cue = verb.group().lower()
            return found
    m = _ACCORDING.search(body, lo, open_at)
    if m:
        found = _subject_after(ctx, m.end(), open_at)
        if found:
            found.cue = "according to"
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
    for verb in _EVENT_VERB.finditer(body):
        lo = max(body.rfind("\n", verb.start() - 80, verb.start()) + 1, verb.start() - 80)
        best = None
        for mention in ctx.mentions_between(lo, verb.start()):
            if mention.end <= verb.start():
                best = mention
        if best is not None and not body[best.end : verb.start()].strip(" ,’'s").count(" ") > 3:
            events.append((verb.start(), best.person))
    return events


def _sentence_subject(ctx: _Context, lo: int, open_at: int) -> _Found | None:
    """The subject opening the sentence, when a verb of saying follows it before the quote."""
    body = ctx.body
    if not VERB.search(body, lo, open_at):
        return None
    head = body[lo : min(open_at, lo + 60)]
    m = _PRONOUN_HEAD.match(head)
    if m:
        word = m.group(1).lower()
        i = ctx.latest_person(lo, "m" if word == "he" else "f") if word in ("he", "she") else None
        return _Found(i, m.group(1), "pronoun", "", 0.5) if i is not None else None
    for mention in ctx.mentions:
        if mention.start >= lo:
            if mention.start < open_at and _SUBJECT_LEAD.fullmatch(body[lo : mention.start]):
                return _Found(mention.person, body[mention.start : mention.end], "named", "", 0.6)
            break
    return None


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
            i = ctx.resolve_name(label.group(1).title())
            if i is not None:
                found = _Found(i, label.group(1), "named", "", 0.8)
        found = found or _cue_after(ctx, close, after_end) or _cue_before(ctx, left, open_at)
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
        bare = (
            open_at - para_lo < 20
            and para_hi - close < 20
            and not body[para_lo:open_at].strip()
            and not body[close:para_hi].strip(" .…")
        )
        if found is None and bare:
            found = _paragraph_cue(ctx, para_lo)
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


__all__ = ["attribute"]
