"""Name shapes, titles and roles: the vocabulary people.py and attribution.py share."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A run of capitalised tokens (with name particles and initials) that may hold a role and a name.
_TOKEN = r"(?:[\"“‘'][A-Z][\w\-]*[\"”’']|(?:[A-Z]\.){2,3}|[A-Z\u00c0-\u00de][\w’'\-]*\.?|(?:al|el|bin|ibn|bint|de|da|del|der|van|von|di|du|dos|das|le|la)(?=[ \-]))"
NAME_RUN = re.compile(rf"(?<![\w’'\-]){_TOKEN}(?:[ \u00a0]{_TOKEN}){{0,7}}")

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "prof", "rev"}
FEMALE_HONORIFICS = {"mrs", "ms", "miss", "madam", "queen", "princess", "lady", "dame", "sister"}
MALE_HONORIFICS = {"mr", "king", "prince", "sir", "lord", "sheikh", "emir", "sultan", "brother"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}

# Words that make a role ("Russian President", "Kremlin spokesman", "Secretary of State").
ROLE_WORDS = {
    "president", "vice", "prime", "minister", "premier", "chancellor", "king", "queen", "emir", "sheikh",
    "sultan", "crown", "prince", "princess", "spokesman", "spokeswoman", "spokesperson", "secretary",
    "ambassador", "envoy", "leader", "chief", "chairman", "chairwoman", "chair", "head", "director",
    "governor", "senator", "sen", "rep", "representative", "congressman", "congresswoman", "mayor",
    "speaker", "general", "gen", "commander", "adviser", "advisor", "aide", "official", "officer",
    "foreign", "defense", "defence", "interior", "finance", "state", "deputy", "acting", "interim",
    "former", "ex", "presidential", "press", "senior", "first", "lady", "attorney", "justice",
    "judge", "candidate", "nominee", "chief-of-staff", "strongman", "ruler", "monarch", "pope",
    "cardinal", "archbishop", "bishop", "economist", "professor", "analyst", "executive", "ceo",
    "founder", "lawmaker", "legislator", "councillor", "councilman", "mp", "deputy-prime", "colonel",
    "lieutenant", "captain", "admiral", "marshal", "field", "media", "communications", "campaign",
    "manager", "strategist", "pollster", "counselor", "counsellor", "coordinator", "dictator", "tsar",
    "emperor", "sheikha", "his", "her", "majesty", "highness", "excellency", "supreme", "high",
    "commissioner", "representative", "mr", "mrs", "ms", "dr", "miss", "sir", "dame", "lord",
}
# Heads of role phrases, for role nouns ("the spokesman said") and leader flags.
ROLE_HEADS = {
    "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sheikh", "sultan",
    "prince", "spokesman", "spokeswoman", "spokesperson", "secretary", "ambassador", "envoy", "leader",
    "chief", "chairman", "chairwoman", "chair", "head", "director", "governor", "senator", "congressman",
    "congresswoman", "mayor", "speaker", "general", "commander", "adviser", "advisor", "aide", "official",
    "officer", "judge", "candidate", "nominee", "ruler", "monarch", "pope", "economist", "professor",
    "analyst", "executive", "founder", "lawmaker", "legislator", "businessman", "businesswoman",
    "diplomat", "negotiator", "mediator", "manager", "strategist", "pollster", "counselor", "counsellor",
    "coordinator", "commissioner", "representative", "premier", "dictator", "emperor", "attorney",
}
LEADER_HEADS = {"president", "king", "queen", "emir", "sultan", "chancellor", "premier", "monarch", "emperor"}
LEADER_PHRASES = ("prime minister", "head of state", "head of government", "supreme leader", "crown prince")
NOT_LEADER = ("vice", "former", "ex-", "deputy", "spokes", "secretary", "adviser", "advisor", "aide",
              "press", "office", "candidate", "nominee", "elect", "of the senate", "vice-")

FEMALE_ROLES = {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess", "sheikha",
                "sister", "wife", "mother", "daughter", "first lady"}
MALE_ROLES = {"spokesman", "chairman", "congressman", "businessman", "king", "prince", "emir", "sultan",
              "brother", "husband", "father", "son"}

# Capitalised words that do not make a person's name.
NON_NAME = {
    # function words and sentence openers
    "the", "a", "an", "and", "but", "or", "if", "in", "on", "at", "of", "for", "to", "by", "with", "from", "as",
    "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their",
    "our", "my", "your", "there", "here", "when", "while", "after", "before", "since", "during", "though",
    "although", "because", "so", "yet", "then", "now", "also", "still", "even", "just", "only", "not", "no",
    "yes", "what", "who", "why", "how", "where", "which", "all", "both", "each", "some", "many", "most", "more",
    "such", "other", "another", "one", "two", "three", "four", "five", "however", "meanwhile", "moreover",
    "instead", "speaking", "according", "asked", "read", "related", "photo", "photos", "image", "video",
    "source", "sources", "reporting", "editing", "writing", "additional", "copyright", "follow", "share",
    "click", "subscribe", "advertisement", "updated", "published", "posted", "comments", "leave", "reply",
    "watch", "listen", "see", "also", "top", "news", "latest", "breaking", "exclusive", "opinion", "analysis",
    # calendar
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    # institutions, places and things
    "council", "ministry", "house", "office", "agency", "party", "union", "service", "services",
    "department", "committee", "commission", "government", "presidency", "kremlin", "palace", "embassy",
    "forces", "force", "army", "navy", "military", "police", "bank", "fund", "university", "college",
    "school", "institute", "foundation", "association", "organization", "organisation", "corps", "court",
    "assembly", "parliament", "congress", "senate", "summit", "conference", "forum", "treaty", "agreement",
    "republic", "kingdom", "states", "nations", "united", "federation", "province", "region", "city",
    "street", "avenue", "airport", "square", "river", "sea", "ocean", "island", "islands", "gulf", "mountain",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "times",
    "post", "journal", "tribune", "herald", "press", "daily", "weekly", "magazine", "network", "channel",
    "radio", "tv", "television", "media", "group", "company", "corporation", "inc", "ltd", "llc", "co",
    "club", "center", "centre", "hall", "tower", "building", "hospital", "church", "mosque", "cathedral",
    "station", "base", "camp", "zone", "border", "war", "world", "cup", "games", "olympics", "day", "week",
    "year", "act", "bill", "law", "plan", "program", "programme", "project", "initiative", "strategy",
    "campaign", "movement", "front", "alliance", "coalition", "bloc", "pact", "accord", "accords", "charter",
    "declaration", "convention", "protocol", "security", "defense", "defence", "foreign", "affairs",
    "international", "national", "federal", "state", "public", "democratic", "republican", "socialist",
    "communist", "liberal", "conservative", "labour", "labor", "green", "people", "peoples", "popular",
    "islamic", "christian", "catholic", "muslim", "jewish", "arab", "european", "african", "asian",
    "american", "americans", "western", "soviet", "global", "regional", "economic", "trade", "energy",
    "climate", "health", "human", "rights", "peace", "freedom", "liberty", "independence", "revolution",
    "facebook", "twitter", "telegram", "instagram", "youtube", "tiktok", "whatsapp", "google", "apple",
    "getty", "images", "reuters", "afp", "ap", "tass", "xinhua", "pool", "epa", "ria", "sputnik", "bloomberg",
    "cnn", "bbc", "fox", "msnbc", "nbc", "cbs", "abc", "pbs", "npr", "un", "eu", "nato", "us", "usa", "uk",
    "gop", "dnc", "rnc", "fbi", "cia", "asean", "apec", "igad", "gcc", "opec", "brics", "imf", "who", "wto",
    "ukraine", "russia", "china", "america", "france", "germany", "britain", "england", "japan", "india",
    "pakistan", "iran", "iraq", "syria", "turkey", "turkiye", "israel", "palestine", "gaza", "egypt",
    "saudi", "arabia", "qatar", "kuwait", "bahrain", "oman", "yemen", "emirates", "uae", "lebanon", "jordan",
    "korea", "taiwan", "vietnam", "thailand", "cambodia", "malaysia", "indonesia", "philippines", "singapore",
    "myanmar", "burma", "mexico", "canada", "brazil", "argentina", "colombia", "venezuela", "cuba", "chile",
    "peru", "bolivia", "ecuador", "africa", "nigeria", "kenya", "ethiopia", "sudan", "somalia", "djibouti",
    "rwanda", "congo", "drc", "angola", "libya", "tunisia", "algeria", "morocco", "europe", "asia", "poland",
    "hungary", "italy", "spain", "greece", "serbia", "belarus", "georgia", "armenia", "azerbaijan",
    "kazakhstan", "afghanistan", "bangladesh", "nepal", "australia", "zealand", "moscow", "washington",
    "beijing", "kyiv", "kiev", "london", "paris", "berlin", "tokyo", "seoul", "ankara", "istanbul", "tehran",
    "brussels", "geneva", "york", "los", "angeles", "chicago", "jerusalem", "caracas", "bogota", "havana",
    "riyadh", "doha", "dubai", "cairo", "delhi", "islamabad", "kabul", "baghdad", "damascus",
    "russian", "chinese", "ukrainian", "french", "german", "british", "japanese", "indian", "pakistani",
    "iranian", "iraqi", "syrian", "turkish", "israeli", "palestinian", "egyptian", "saudi", "qatari",
    "kuwaiti", "emirati", "korean", "taiwanese", "vietnamese", "thai", "cambodian", "malaysian",
    "indonesian", "filipino", "philippine", "mexican", "canadian", "brazilian", "colombian", "venezuelan",
    "cuban", "nigerian", "kenyan", "ethiopian", "sudanese", "rwandan", "congolese", "angolan", "hungarian",
    "polish", "italian", "spanish", "greek", "belarusian", "afghan", "australian", "english", "spanish",
    "north-korean", "south-korean", "western", "democrats", "republicans", "democrat", "republican",
    "internet", "web", "online", "email", "president", "minister", "prime", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "chancellor", "king", "queen", "emir", "sheikh", "prince",
    "senator", "governor", "mayor", "general", "chairman", "director", "leader", "chief", "vice", "deputy",
    "gov", "sen", "rep", "mr", "mrs", "ms", "dr", "miss", "sir", "his", "her", "excellency", "majesty",
    "highness", "god", "allah", "jesus", "lord",
}
# Nationality words at the head of a role ("Russian President"), also used for organisations.
NATIONALITY = re.compile(
    r"^(?:[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch)|US|U\.S\.|UK|EU|UN|Saudi|Thai|Greek|Swiss|Dutch|Czech|Irish)$"
)

_DIGIT = re.compile(r"\d")
_PUNCT = re.compile(r"[^a-z0-9 ]+")


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


def given_key(name: str) -> str:
    words = fold(name).split()
    return words[0] if len(words) > 1 else ""


def is_role_word(word: str) -> bool:
    w = word.strip(".,").lower()
    return w in ROLE_WORDS


def is_name_word(word: str) -> bool:
    w = word.strip(".,’'").lower()
    if not w or w in NON_NAME or (w.endswith("s") and (w[:-1] in ROLE_WORDS or w[:-3] + "y" in ROLE_WORDS)):
        return False
    if word.isupper() and len(word) > 3 and not word.endswith("."):
        return False  # an acronym or a shouted word
    return not _DIGIT.search(w)


def is_leader_role(role: str | None) -> bool:
    if not role:
        return False
    low = role.lower()
    if any(x in low for x in NOT_LEADER):
        return False
    words = set(re.findall(r"[a-z]+", low))
    return bool(words & LEADER_HEADS) or any(p in low for p in LEADER_PHRASES)


def gender_of_role(role: str | None) -> str | None:
    if not role:
        return None
    words = set(re.findall(r"[a-z]+", role.lower()))
    if words & FEMALE_ROLES:
        return "f"
    if words & MALE_ROLES:
        return "m"
    return None
