"""Name shapes, titles and roles: the vocabulary people.py and attribution.py share."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

# A run of capitalised tokens (with name particles and initials) that may hold a role and a name.
_TOKEN: Final = (
    r"(?:[\"“‘'][A-Z][\w\-]*[\"”’']|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|[A-Z][a-z]{0,2}\.|[A-Z\u00c0-\u00de][\w’'\-]*"
    r"|(?:al|el|bin|ibn|bint|de|da|del|der|van|von|di|du|dos|das|le|la)(?=[ \-]))"
)
# re scans for the first character class at every position; with NUL added (a third range, dropped at once by
# "(?<!\x00)") it compiles to one bitmap instead of two ranges, and the scan takes half the time. Initials are
# written out ("[A-Z]\.[A-Z]\.", not "(?:[A-Z]\.){2,3}"): a failing repeat costs more than a failing letter. The
# repeat of tokens is possessive ("+"): nothing follows it, so giving tokens back could never help a match.
NAME_RUN: Final = re.compile(
    rf"[\x00A-Z\u00c0-\u00de](?<!\x00)(?<![\w’'\-][A-Z\u00c0-\u00de])"
    rf"(?:\.[A-Z](?:\.[A-Z])?\.|[a-z]{{0,2}}\.|[\w’'\-]*)(?:[ \u00a0]{_TOKEN}){{0,7}}+"
)

HONORIFICS: Final = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sen",
    "rep",
    "del",
    "gov",
    "gen",
    "lt",
    "col",
    "sgt",
    "prof",
    "rev",
    "amb",
}
FEMALE_HONORIFICS: Final = {"mrs", "ms", "miss", "madam", "queen", "princess", "lady", "dame", "sister"}
MALE_HONORIFICS: Final = {"mr", "king", "prince", "sir", "lord", "sheikh", "emir", "sultan", "brother"}
NAME_SUFFIXES: Final = {"jr", "sr", "ii", "iii", "iv"}

# Offices that are both role words and the heads of role phrases (in ROLE_WORDS and ROLE_HEADS).
_OFFICE_WORDS: Final = (
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "secretary",
    "ambassador",
    "envoy",
    "leader",
    "chief",
    "chairman",
    "chairwoman",
    "chairperson",
    "treasurer",
    "chair",
    "head",
    "director",
    "governor",
    "senator",
    "taoiseach",
)
# Words that make a role ("Russian President", "Kremlin spokesman", "Secretary of State").
ROLE_WORDS: Final = {
    "president",
    "vice",
    "prime",
    "minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emir",
    "sheikh",
    "sultan",
    "crown",
    "prince",
    "princess",
    *_OFFICE_WORDS,
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "mayor",
    "speaker",
    "general",
    "gen",
    "commander",
    "adviser",
    "advisor",
    "aide",
    "official",
    "officer",
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "state",
    "deputy",
    "acting",
    "interim",
    "former",
    "ex",
    "presidential",
    "press",
    "senior",
    "first",
    "lady",
    "attorney",
    "justice",
    "judge",
    "candidate",
    "nominee",
    "chief-of-staff",
    "strongman",
    "ruler",
    "monarch",
    "pope",
    "cardinal",
    "archbishop",
    "bishop",
    "economist",
    "professor",
    "analyst",
    "executive",
    "ceo",
    "founder",
    "lawmaker",
    "legislator",
    "councillor",
    "councilman",
    "mp",
    "pm",
    "member",
    "amb",
    "coach",
    "deputy-prime",
    "colonel",
    "lieutenant",
    "captain",
    "admiral",
    "marshal",
    "field",
    "media",
    "communications",
    "campaign",
    "manager",
    "strategist",
    "pollster",
    "counselor",
    "counsellor",
    "coordinator",
    "dictator",
    "tsar",
    "emperor",
    "sheikha",
    "his",
    "her",
    "majesty",
    "highness",
    "excellency",
    "supreme",
    "high",
    "commissioner",
    "mr",
    "mrs",
    "ms",
    "dr",
    "miss",
    "sir",
    "dame",
    "lord",
    "counterpart",
}
# Heads of role phrases, for role nouns ("the spokesman said") and leader flags.
ROLE_HEADS: Final = {
    "president",
    "minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "emir",
    "sheikh",
    "sultan",
    "prince",
    *_OFFICE_WORDS,
    "congressman",
    "congresswoman",
    "mayor",
    "speaker",
    "general",
    "commander",
    "adviser",
    "advisor",
    "aide",
    "official",
    "officer",
    "judge",
    "candidate",
    "nominee",
    "ruler",
    "monarch",
    "pope",
    "economist",
    "professor",
    "analyst",
    "executive",
    "founder",
    "lawmaker",
    "legislator",
    "businessman",
    "businesswoman",
    "diplomat",
    "negotiator",
    "mediator",
    "manager",
    "strategist",
    "pollster",
    "counselor",
    "counsellor",
    "coordinator",
    "commissioner",
    "representative",
    "dictator",
    "emperor",
    "attorney",
    "lady",  # "the first lady, Jane Doe"
    "reporter",
    "correspondent",
    "journalist",
    "columnist",
    "editor",
    "researcher",
    "activist",
    "lawyer",
    "counterpart",  # "his Portuguese counterpart Augusto Santos Silva"
    "coach",
}
LEADER_HEADS: Final = {
    *("president", "king", "queen", "emir", "sultan", "chancellor", "premier", "monarch", "emperor", "taoiseach"),
}
LEADER_PHRASES: Final = ("prime minister", "head of state", "head of government", "supreme leader", "crown prince")
NOT_LEADER: Final = (
    "vice",
    "former",
    "ex-",
    "deputy",
    "spokes",
    "secretary",
    "adviser",
    "advisor",
    "aide",
    "press",
    "office",
    "candidate",
    "nominee",
    "elect",
    "of the senate",
    "vice-",
)

FEMALE_ROLES: Final = {
    "spokeswoman",
    "chairwoman",
    "congresswoman",
    "businesswoman",
    "queen",
    "princess",
    "sheikha",
    "sister",
    "wife",
    "mother",
    "daughter",
    "first lady",
}
MALE_ROLES: Final = {
    "spokesman",
    "chairman",
    "congressman",
    "businessman",
    "king",
    "prince",
    "emir",
    "sultan",
    "brother",
    "husband",
    "father",
    "son",
}

# Capitalised words that do not make a person's name.
# Month and weekday names, whole and abbreviated: never names, never part of a title.
CALENDAR_WORDS: Final = frozenset(
    (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    )
)
NON_NAME: Final = {
    # function words and sentence openers
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "if",
    "in",
    "on",
    "at",
    "of",
    "for",
    "to",
    "by",
    "with",
    "from",
    "as",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "there",
    "here",
    "when",
    "while",
    "after",
    "before",
    "since",
    "during",
    "though",
    "although",
    "because",
    "so",
    "yet",
    "then",
    "now",
    "also",
    "still",
    "even",
    "just",
    "only",
    "not",
    "no",
    "yes",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "all",
    "both",
    "each",
    "some",
    "many",
    "most",
    "more",
    "such",
    "other",
    "another",
    "one",
    "two",
    "three",
    "four",
    "five",
    "however",
    "meanwhile",
    "moreover",
    "instead",
    "speaking",
    "according",
    "asked",
    "read",
    "related",
    "photo",
    "photos",
    "image",
    "video",
    "source",
    "sources",
    "reporting",
    "editing",
    "writing",
    "additional",
    "copyright",
    "follow",
    "share",
    "click",
    "subscribe",
    "advertisement",
    "updated",
    "published",
    "posted",
    "comments",
    "leave",
    "reply",
    "watch",
    "listen",
    "see",
    "top",
    "news",
    "latest",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    # what a headline or a link names beside a person: "Doe Speech at …", "Full Remarks"
    "speech",
    "speeches",
    "remarks",
    "interview",
    "statement",
    "transcript",
    "full",
    *CALENDAR_WORDS,
    # institutions, places and things
    "council",
    "ministry",
    "house",
    "office",
    "agency",
    "party",
    "union",
    "service",
    "services",
    "department",
    "committee",
    "commission",
    "government",
    "presidency",
    "kremlin",
    "palace",
    "embassy",
    "forces",
    "force",
    "army",
    "navy",
    "military",
    "police",
    "bank",
    "fund",
    "university",
    "college",
    "school",
    "institute",
    "foundation",
    "association",
    "organization",
    "organisation",
    "corps",
    "court",
    "assembly",
    "parliament",
    "congress",
    "senate",
    "summit",
    "conference",
    "forum",
    "treaty",
    "agreement",
    "republic",
    "kingdom",
    "states",
    "nations",
    "united",
    "federation",
    "province",
    "region",
    "city",
    "street",
    "avenue",
    "airport",
    "square",
    "river",
    "sea",
    "ocean",
    "island",
    "islands",
    "gulf",
    "mountain",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "times",
    "post",
    "journal",
    "tribune",
    "herald",
    "press",
    "daily",
    "weekly",
    "magazine",
    "network",
    "channel",
    "radio",
    "tv",
    "television",
    "media",
    "group",
    "company",
    "corporation",
    "inc",
    "ltd",
    "llc",
    "co",
    "club",
    "center",
    "centre",
    "hall",
    "tower",
    "building",
    "hospital",
    "church",
    "mosque",
    "cathedral",
    "station",
    "base",
    "camp",
    "zone",
    "border",
    "war",
    "world",
    "cup",
    "games",
    "olympics",
    "day",
    "week",
    "year",
    "act",
    "bill",
    "law",
    "plan",
    "program",
    "programme",
    "project",
    "initiative",
    "strategy",
    "campaign",
    "movement",
    "front",
    "alliance",
    "coalition",
    "bloc",
    "pact",
    "accord",
    "accords",
    "charter",
    "declaration",
    "convention",
    "protocol",
    "security",
    "defense",
    "defence",
    "foreign",
    "affairs",
    "international",
    "national",
    "federal",
    "state",
    "public",
    "democratic",
    "republican",
    "socialist",
    "communist",
    "liberal",
    "conservative",
    "labour",
    "labor",
    "green",
    "people",
    "peoples",
    "popular",
    "islamic",
    "christian",
    "catholic",
    "muslim",
    "jewish",
    "arab",
    "european",
    "african",
    "asian",
    "american",
    "americans",
    "soviet",
    "global",
    "regional",
    "economic",
    "trade",
    "energy",
    "climate",
    "health",
    "human",
    "rights",
    "peace",
    "freedom",
    "liberty",
    "independence",
    "revolution",
    "facebook",
    "twitter",
    "telegram",
    "instagram",
    "youtube",
    "tiktok",
    "whatsapp",
    "google",
    "apple",
    "getty",
    "images",
    "reuters",
    # news outlets and agencies often named without a word such as "Times" or "News" beside them
    *("pravda", "izvestia", "izvestiya", "kommersant", "vedomosti", "interfax", "novosti", "yomiuri", "asahi"),
    *("mainichi", "nikkei", "shimbun", "kyodo", "yonhap", "anadolu", "ansa", "dpa", "efe", "irna", "wafa"),
    *("jazeera", "arabiya", "politico", "axios", "haaretz", "spiegel", "figaro", "gazette", "telegraph"),
    "afp",
    "ap",
    "tass",
    "xinhua",
    "pool",
    "epa",
    "ria",
    "sputnik",
    "bloomberg",
    "cnn",
    "bbc",
    "fox",
    "msnbc",
    "nbc",
    "cbs",
    "abc",
    "pbs",
    "npr",
    "un",
    "eu",
    "nato",
    "us",
    "usa",
    "uk",
    "gop",
    "dnc",
    "rnc",
    "fbi",
    "cia",
    "asean",
    "apec",
    "igad",
    "gcc",
    "opec",
    "brics",
    "imf",
    "wto",
    "ukraine",
    "russia",
    "china",
    "america",
    "france",
    "germany",
    "britain",
    "england",
    "japan",
    "india",
    "pakistan",
    "iran",
    "iraq",
    "syria",
    "turkey",
    "turkiye",
    "israel",
    "palestine",
    "gaza",
    "egypt",
    "saudi",
    "arabia",
    "qatar",
    "kuwait",
    "bahrain",
    "oman",
    "yemen",
    "emirates",
    "uae",
    "lebanon",
    "jordan",
    "korea",
    "taiwan",
    "vietnam",
    "thailand",
    "cambodia",
    "malaysia",
    "indonesia",
    "philippines",
    "singapore",
    "myanmar",
    "burma",
    "mexico",
    "canada",
    "brazil",
    "argentina",
    "colombia",
    "venezuela",
    "cuba",
    "chile",
    "peru",
    "bolivia",
    "ecuador",
    "africa",
    "nigeria",
    "kenya",
    "ethiopia",
    "sudan",
    "somalia",
    "djibouti",
    "rwanda",
    "congo",
    "drc",
    "angola",
    "libya",
    "tunisia",
    "algeria",
    "morocco",
    "europe",
    "asia",
    "poland",
    "hungary",
    "italy",
    "spain",
    "greece",
    "serbia",
    "belarus",
    "georgia",
    "armenia",
    "azerbaijan",
    "kazakhstan",
    "afghanistan",
    "bangladesh",
    "nepal",
    "australia",
    "zealand",
    "moscow",
    "washington",
    "beijing",
    "kyiv",
    "kiev",
    "london",
    "paris",
    "berlin",
    "tokyo",
    "seoul",
    "ankara",
    "istanbul",
    "tehran",
    "brussels",
    "geneva",
    "york",
    "los",
    "angeles",
    "chicago",
    "jerusalem",
    "caracas",
    "bogota",
    "havana",
    "riyadh",
    "doha",
    "dubai",
    "cairo",
    "delhi",
    "islamabad",
    "kabul",
    "baghdad",
    "damascus",
    "russian",
    "chinese",
    "ukrainian",
    "french",
    "german",
    "british",
    "japanese",
    "indian",
    "pakistani",
    "iranian",
    "iraqi",
    "syrian",
    "turkish",
    "israeli",
    "palestinian",
    "egyptian",
    "qatari",
    "kuwaiti",
    "emirati",
    "korean",
    "taiwanese",
    "vietnamese",
    "thai",
    "cambodian",
    "malaysian",
    "indonesian",
    "filipino",
    "philippine",
    "mexican",
    "canadian",
    "brazilian",
    "colombian",
    "venezuelan",
    "cuban",
    "nigerian",
    "kenyan",
    "ethiopian",
    "sudanese",
    "rwandan",
    "congolese",
    "angolan",
    "hungarian",
    "polish",
    "italian",
    "spanish",
    "greek",
    "belarusian",
    "afghan",
    "australian",
    "english",
    "north-korean",
    "south-korean",
    "democrats",
    "republicans",
    "democrat",
    "internet",
    "web",
    "online",
    "email",
    "president",
    "minister",
    "prime",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "chancellor",
    "king",
    "queen",
    "emir",
    "sheikh",
    "prince",
    "senator",
    "governor",
    "mayor",
    "general",
    "chairman",
    "director",
    "leader",
    "chief",
    "vice",
    "deputy",
    "gov",
    "sen",
    "rep",
    "mr",
    "mrs",
    "ms",
    "dr",
    "miss",
    "sir",
    "excellency",
    "majesty",
    "highness",
    "god",
    "allah",
    "jesus",
    "lord",
}
# Nouns that end the names of institutions ("Farm Union", "White House"), never a person's surname.
INSTITUTION_WORDS: Final = {
    *("house", "office", "agency", "service", "council", "party", "court", "department", "ministry", "committee"),
    *("commission", "times", "post", "journal", "tribune", "news", "club", "center", "centre", "university"),
    *("college", "school", "institute", "foundation", "association", "bank", "fund", "union", "group", "company"),
    *("caucus", "board", "bureau", "network", "forum", "alliance", "coalition", "league", "society", "corps"),
}
# Nationality words at the head of a role ("Russian President"), also used for organisations.
NATIONALITY: Final = re.compile(
    r"^(?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch)|US|U\.S\.|UK|EU|UN|Saudi|Thai|Greek|Swiss|Dutch|Czech|Irish)$"
)

_OPENERS: Final = {
    # sentence adverbs, capitalised only because they open the sentence: "Simply put, …", "Clearly, …"
    *("simply", "clearly", "obviously", "frankly", "honestly", "basically", "certainly", "surely", "perhaps"),
    *("maybe", "instead", "moreover", "furthermore", "however", "therefore", "thus", "hence", "notably"),
    *("specifically", "importantly", "ultimately", "eventually", "apparently", "reportedly", "currently"),
    "neither",
    "either",
    "both",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "last",
    "next",
    "first",
    "finally",
    "separately",
    "asked",
    "speaking",
    "addressing",
    "writing",
    "responding",
    "commenting",
    "despite",
    "unlike",
    "like",
    "under",
    "over",
    "among",
    "amid",
    "without",
    "within",
    "between",
    "against",
    "regarding",
    "following",
    "ahead",
    "thanks",
    "nonetheless",
    "nevertheless",
    "indeed",
    "overall",
}
_DIGIT: Final = re.compile(r"\d")
_PUNCT: Final = re.compile(r"[^a-z0-9 ]+")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents or punctuation, for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(_PUNCT.sub(" ", text).split())


@lru_cache(maxsize=8192)
def surname_key(name: str) -> str:
    """The folded last name, with transliteration endings levelled (Zelenskyy, Zelenskiy, Zelensky)."""
    words = [w for w in fold(name).split() if w not in NAME_SUFFIXES]
    if not words:
        return ""
    last = words[-1]
    for ending, repl in (("yy", "y"), ("iy", "y"), ("ii", "y")):
        if last.endswith(ending) and len(last) > 4:
            return last[: -len(ending)] + repl
    return last


@lru_cache(maxsize=8192)
def one_typo_apart(a: str, b: str) -> bool:
    """Two surname keys that differ by one letter added, dropped or changed ("mcclenney" / "mclenney"), both
    long enough (six letters) and with the same first letter that a misprint is likelier than another name."""
    if a == b or min(len(a), len(b)) < 5 or max(len(a), len(b)) < 6 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def given_key(name: str) -> str:
    words = fold(name).split()
    return words[0] if len(words) > 1 else ""


@lru_cache(maxsize=8192)
def is_role_word(word: str) -> bool:
    w = word.strip(".,").lower()
    return w in ROLE_WORDS or ("-" in w and _is_hyphenated_title(w))


@lru_cache(maxsize=16384)
def is_name_word(word: str) -> bool:
    w = word.strip(".,’'").lower()
    if (
        not w
        or w in NON_NAME
        or w in ROLE_WORDS
        or w in _OPENERS
        or (w.endswith("s") and (w[:-1] in ROLE_WORDS or w[:-3] + "y" in ROLE_WORDS))
    ):
        return False
    if word.endswith(".") and w.rstrip(".") in HONORIFICS | {"st", "hon"}:
        return False  # "Rev.", "Del.": a title before the name
    if "-" in w and (_is_hyphenated_title(w) or _is_hyphenated_adjective(word)):
        return False  # "Secretary-General", "President-elect"; "Pakistan-occupied", "Israeli-Palestinian"
    if word.isupper() and len(word) > 3 and not word.endswith("."):
        return False  # an acronym or a shouted word
    return not _DIGIT.search(w)


_TITLE_LINKS: Final = {"in", "elect", "designate"}  # "Commander-in-Chief", "President-elect", "Minister-designate"


def _is_hyphenated_adjective(word: str) -> bool:
    """A compound adjective, no name: "Pakistan-occupied", "Kremlin-backed", "Israeli-Palestinian" (a Korean given
    name's lower-case syllable, "Jae-in", ends in no "-ed" nor "-ing")."""
    parts = word.strip(".,’'").split("-")
    if len(parts) == 2 and parts[1][:1].islower() and parts[1].endswith(("ed", "ing", "based", "born", "run")):
        return True
    return len(parts) >= 2 and all(NATIONALITY.match(p) for p in parts)


def _is_hyphenated_title(word: str) -> bool:
    """A title written with hyphens: every part a role word, or a word that links or qualifies one."""
    parts = word.split("-")
    return parts[0] in ROLE_WORDS and all(p in ROLE_WORDS or p in _TITLE_LINKS for p in parts[1:])


@lru_cache(maxsize=4096)
def is_leader_role(role: str | None) -> bool:
    if not role:
        return False
    low = role.lower()
    if any(x in low for x in NOT_LEADER):
        return False
    words = set(re.findall(r"[a-z]+", low))
    return bool(words & LEADER_HEADS) or any(p in low for p in LEADER_PHRASES)


# Given names common in the news that are borne (almost) only by women, or only by men: a person's sex when
# neither a title, a role nor the curated list gives it (so that "he" never goes to a Catherine).
FEMALE_GIVEN_NAMES: Final = frozenset(
    """
    aisha alice amina amy ana angela angelina ann anna annalena anne barbara betsy carla carmen caroline catherine
    cecilia charlotte christina christine claire claudia condoleezza cristina deborah diane dilma dolores elena
    elisabeth elizabeth ellen elise emily emma erna eva fatima federica francesca gina giorgia golda hanna
    hannah helen helena hillary ilhan indira irina isabel jacinda jane janet jennifer jill joan joanna joyce judith
    julia julie karen kamala kate katherine kathleen kathy kaja kemi kirsten kristi kristalina laura leila linda
    liz lisa lucy magdalena margaret margrethe maria marie marine marina marjorie martha mary maxine melania
    melanie mette michelle mira nadia nancy natalia natalya nicola nikki nina nkosazana ngozi olena olga olivia
    patricia paula penny priti rachel rebecca roberta rose ruth samia sanna sara sarah sheikha sophie susan
    suella svetlana tatiana tatyana theresa tulsi ursula valentina valerie victoria viktoria yulia yvette zuzana
    abigail adriana agnes alexandra alicia alison allison amanda amber andrea angelica anita annette antonia
    audrey beatrice belinda bernadette beth bethany betty beverly bonnie brenda bridget brittany camila candace carol
    carole carolyn cassandra catalina cathy cheryl chloe cindy clara colleen connie constance cynthia daisy danielle
    daphne dawn debbie debra denise diana donna doris dorothy edith eileen elaine eleanor eliza ellie eloise emilia
    erica erin esther evelyn felicity fiona frances gabriela gabrielle gail gemma geraldine gillian gladys gloria
    greta gwen gwendolyn harriet heather heidi helga hilary holly ingrid irene isabella ivanka jacqueline janice
    jasmine jeanne jenny jessica joanne jocelyn josephine judy juliana juliet justine karin katarina katharina katie
    katrin kimberly kristen kristin kristina lara latoya lauren leah lillian lily lindsay lindsey lorena loretta
    lorraine louise lucia lucille luisa lydia lynne madeleine madeline maggie marcia margarita margot mariana
    marianne marilyn marisa marta maureen megan meghan melinda melissa meredith michaela mildred miriam molly monica
    monika nadine naomi natalie natasha nathalie nicole nora norma paige pamela pauline peggy phyllis pilar
    priscilla rania raquel renata renee rita rosa rosalind rosemary roxanne sabine sally samantha sandra selena
    serena sharon sheila shirley silvia simone sonia sophia stacey stacy stella stephanie sylvia tamara tammy tanya
    teresa tiffany tina ulrike vanessa vera veronica vicki wanda wendy whitney yasmin yolanda yvonne zainab zoe
    """.split()  # noqa: SIM905 (a word list reads better than a list of strings)
)
MALE_GIVEN_NAMES: Final = frozenset(
    """
    abdel abdullah ahmed ali alexander alexei alexey andrew andrzej anthony antony antonio bashar benjamin bernie
    bill boris brian charles chris christopher dan daniel david dmitry dmitri donald edward emmanuel frank friedrich
    george gerhard hassan henry hossein ivan jacob james javier jeff jeremy jim joe john jonathan jose joseph
    justin keir kevin lars lloyd luis marco mark matthew michael mike mohammad mohammed muhammad narendra nicolas
    olaf paul pedro peter recep richard rishi robert ron sergei sergey stephen steve steven thomas tim tom
    viktor vladimir volodymyr william xavier yevgeny yuri
    aaron adam adrian ahmad alan albert alberto alejandro alfred allen alvaro amir andre andreas andres andy angelo
    anton antoine arnold arthur barack barry ben bernard bob bobby brad bradley brandon brett bruce bryan calvin
    carl carlos cedric chad charlie clarence clayton clifford colin conor craig curtis damian danny darren dave
    dennis derek diego dominic doug douglas duncan dwight eddie edgar eduardo edwin elijah emil enrique eric erik
    ernest ethan eugene evan fabio felipe felix fernando francis francisco franklin fred frederick gabriel gareth
    gary gavin geoffrey gerald gilbert giuseppe glenn gordon graham greg gregory guillermo gustavo hamid hans harold
    harry harvey hector herbert howard hugh hugo ian igor isaac ismail jack jake jamal jared jason jerome jerry
    jesse jimmy joel johan johnny jon jonas jorge juan julian julio karl keith ken kenneth khalid kurt kyle larry
    lawrence leo leon leonard lewis liam louis lucas luke malcolm manuel marcel marcus mario martin marvin mathias
    matt maurice mehmet miguel mikhail mitch mitchell mohamed murray nathan neil nelson nicholas nick nigel noah
    norman oliver omar oscar owen pablo patrick phil philip philippe pierre rafael ralph ramon randall randy ray
    raymond reza ricardo rick rob rodrigo roger roland ronald ross roy ruben rudy russell ryan salman sam samuel
    scott sean sebastian seth shane shawn stanley stefan stuart ted theodore timothy todd tony travis trevor troy
    tyler vincent walter warren wayne wolfgang yusuf zachary
    """.split()  # noqa: SIM905
)


def gender_of_given_name(name: str) -> str | None:
    """The sex ("f" or "m") of a name that opens with a given name borne (almost) only by women or by men."""
    first = fold(name).split()[:1]
    if not first:
        return None
    if first[0] in FEMALE_GIVEN_NAMES:
        return "f"
    return "m" if first[0] in MALE_GIVEN_NAMES else None


@lru_cache(maxsize=4096)
def gender_of_role(role: str | None) -> str | None:
    if not role:
        return None
    low = role.lower()
    words = set(re.findall(r"[a-z]+", low))
    if words & FEMALE_ROLES or "first lady" in low:
        return "f"
    if words & MALE_ROLES:
        return "m"
    return None
