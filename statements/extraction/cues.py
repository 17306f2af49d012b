"""Speech cues (said, told reporters, according to …) and quoted strings no one spoke."""

from __future__ import annotations

import re
from typing import Final

# Verbs of saying and writing, in every form a news sentence uses them.
_VERB_STEMS: Final = (
    "say|said|says|saying|add|added|adds|adding|told|tells|telling|stated|stating|"
    "stress|stressed|stresses|stressing|noted|noting|warn|warned|warns|"
    "insist|insisted|insists|insisting|write|wrote|writes|writing|written|posted|posting|"
    "tweeted|tweeting|declare|declared|declares|declaring|explain|explained|explains|explaining|"
    "continue|continued|continues|continuing|reply|replied|replies|replying|respond|responded|responds|"
    "answered|remarked|commented|announce|announced|announces|"
    "argue|argued|argues|arguing|claimed|claiming|assert|asserted|asserts|"
    "emphasi[sz]e|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|underline|underlined|underlines|"
    "pointed|recall|recalled|recalls|recalling|ask|asks|asked|asking|"
    "confirm|confirmed|confirms|confirming|acknowledge|acknowledged|acknowledges|admit|admitted|admits|"
    "describe|described|describes|describing|called|calls|calling|labeled|labelled|"
    "urge|urged|urges|urging|predict|predicted|predicts|promised|promising|vowed|"
    "mock|mocked|mocks|mocking|demanded|demanding|proclaim|proclaimed|proclaims|"
    "suggest|suggested|suggests|suggesting|signaled|signalled|indicate|indicated|indicates|"
    "reported|reporting|reports|quoted|cited|"
    "expressed|reiterate|reiterated|reiterates|affirm|affirmed|affirms|"
    "mention|mentioned|mentions|observe|observed|observes|concede|conceded|concedes|"
    "joke|joked|jokes|quip|quipped|quips|shout|shouted|shouts|yell|yelled|yells|chant|chanted|chants|"
    "sing|sings|sang|singing|"
    "cried|exclaim|exclaimed|scream|screamed|whisper|whispered|murmur|murmured|"
    "boast|boasted|boasts|complain|complained|complains|lament|lamented|laments|"
    "concluded|countered|retort|retorted|"
    "elaborate|elaborated|recount|recounted|recounts|testify|testified|testifies|"
    "denied|charged|accuse|accused|accuses|"
    "touted|praised|criticize|criticized|criticise|criticised|"
    "agreed|disagreed|"
    "cautioned|predicts|speak|spoke|speaks|speaking|"
    "characteri[sz]e|characteri[sz]ed|"
    "summed|blasted|slammed|"
    "dubbed|refer|referred|refers|branded|brands|reads|"
    "allege|alleged|alleges|alleging|maintained|contended|contends|clarified|revealed|disclosed|pledged|hinted|"
    "pleaded|wondered|mused|snapped|remind|reminded|reminds|reminding|assure|assured|assures|assuring|"
    "clarifying|clarifies"
)


def trie_pattern(words: list[str]) -> str:
    """One regex alternation shaped as a prefix tree, so a failing position fails at once."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        # lower case first: the order changes no match, and running text is mostly lower case
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items(), key=_lower_first) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(tree)


def _lower_first(item: tuple[str, dict]) -> tuple[bool, str]:
    return item[0].isupper(), item[0]


def _expand(stems: str) -> list[str]:
    words: set[str] = set()
    for stem in stems.split("|"):
        if "[sz]" in stem:
            words.update({stem.replace("[sz]", "s"), stem.replace("[sz]", "z")})
        else:
            words.add(stem)
    return sorted(words | {w.capitalize() for w in words})


_VERB_WORDS: Final = _expand(_VERB_STEMS)
# (the lookahead on the first letters lets the scan pass over most words at once)
VERB: Final = re.compile(
    r"\b(?=[" + "".join(sorted({w[0] for w in _VERB_WORDS})) + "])" + trie_pattern(_VERB_WORDS) + r"\b"
)
# Nouns and phrases that announce words: "in a statement", "according to", "in an interview".
PHRASE: Final = re.compile(
    r"\b(?:according to|in (?:a|an|the|its|his|her|their) (?:\w+ ){0,3}?(?:statement|interview|"
    r"message|letter|speech|address|communiqu[eé]|release|op-ed|essay|column|briefing)|"
    r"statement|interview|communiqu[eé]|quoted as saying|was quoted|were quoted)\b",
    re.IGNORECASE,
)
# Words before a quoted string that make it a name or a term, not speech.
_NAMING: Final = re.compile(
    r"(?:so-called|so called|dubbed|known as|nicknamed|titled|entitled|named|the term|the word|the phrase|"
    r"the slogan|the hashtag|the label|the film|the book|the song|the show|the series|the movie|"
    r"the documentary|the novel|the album|the program|the programme|the operation|operation|hashtag)"
    r"[\s,]*$",
    re.IGNORECASE,
)
# The same words for a quick test of a text's end (a search for _NAMING tries every position of the text).
_NAMING_WORDS: Final = tuple(
    w.replace("\\", "") for w in _NAMING.pattern[3 : _NAMING.pattern.index(")[")].replace("(?:", "").split("|")
) + tuple(  # a work named after any determiner: "his new book, “…”", "her 2004 memoir “…”"
    f" {work}" for work in ("book", "memoir", "novel", "film", "movie", "documentary", "album", "song", "podcast")
)
_POSSESSIVE: Final = re.compile(r"\w['’]s?\s*[\"“'‘]*$")
_SMALL: Final = {"of", "the", "and", "for", "in", "on", "a", "an", "to", "de", "la", "at", "&"}
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s)|\n")


def is_speech_cue(text: str) -> bool:
    return bool(VERB.search(text) or PHRASE.search(text))


def sentence_around(body: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding body[start:end] (paragraph-bounded, quoted text not split)."""
    floor = max(0, start - 600)
    lo = body.rfind("\n", floor, start) + 1 or floor
    hi = body.find("\n", end, end + 600)
    if hi == -1:
        hi = min(len(body), end + 600)
    left = lo
    for m in _SENTENCE_END.finditer(body, max(lo, start - 400), start):
        left = m.end()
    right = hi
    stop = _SENTENCE_END.search(body, end + 1, min(hi, end + 400))
    if stop:
        right = stop.end()
    return left, right


def _name_like(text: str) -> bool:
    words = text.strip(" ,.;:!?").split()
    if not words or len(words) > 5:
        return False
    caps = [w for w in words if w.lower() not in _SMALL]
    return bool(caps) and all(w[0].isupper() or w[0].isdigit() for w in caps)


def _names_before(before: str) -> bool:
    """_NAMING.search(before): the text ends with a naming word ("so-called", "the book"), then spaces or commas."""
    end = len(before)
    while end and (before[end - 1].isspace() or before[end - 1] == ","):
        end -= 1
    return before[:end].lower().endswith(_NAMING_WORDS)


_STAGE_DIRECTION: Final = re.compile(r"[(\[][^()\[\]]*[)\]][.,]?")
_PRONOUN_WORD: Final = re.compile(r"(?:he|she|they|him|her|them|his|hers|it|we|us|ze|xe)[.,]?", re.IGNORECASE)


def is_non_speech(body: str, start: int, end: int) -> bool:
    """A quoted name, title or scare-quoted term: nothing around it says anyone spoke it."""
    text = body[start:end]
    words = text.split(None, 6)  # all the words, unless there are more than six
    if len(words) > 6:
        return False
    if _STAGE_DIRECTION.fullmatch(text) or (len(words) == 1 and _PRONOUN_WORD.fullmatch(text)):
        return True  # a transcript's "(CROSSTALK)", or a pronoun quoted as a word: "calls her “they”"
    open_at = start - 1
    while open_at > 0 and body[open_at] in "\"“”«„‘'":
        open_at -= 1
    before = body[max(0, open_at - 40) : open_at + 1]
    if _names_before(before):
        return True
    if not _name_like(text):
        return False  # each test below is for a name or a title
    close_at = end
    while close_at < len(body) and body[close_at] in "\"”»“’'":
        close_at += 1
    # A nickname between a first name and a surname: Ferdinand "Bongbong" Marcos.
    prev_word = before.rstrip().rsplit(None, 1)[-1] if before.strip() else ""
    next_text = body[close_at : close_at + 20].lstrip()
    if len(words) <= 2 and prev_word[:1].isupper() and next_text[:1].isupper() and body[close_at : close_at + 1] == " ":
        return True
    if _POSSESSIVE.search(before):
        return True  # a programme or publication title: MSNBC's "Morning Show"
    if len(words) <= 4:
        lo, hi = sentence_around(body, start, end)
        frame = body[lo : max(lo, open_at)] + " " + body[close_at:hi]
        if not is_speech_cue(frame):
            return True
    return False
