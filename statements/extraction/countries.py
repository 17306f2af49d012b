"""Country names and the words that point at them ("Rwandan", "DRC", "Kremlin" is not one: only states).

General reference data for reading "talks between the leaders of Rwanda and the DRC": which
person of the article leads which country, from the role the article gives them.
"""

from __future__ import annotations

import re
from typing import Final

from .printed_dates import _WORD_AT as _WORD_START
from .printed_dates import lowered, trie

# country: other names and adjectives (lowercase; matched as whole words)
_TABLE: Final = {
    "afghanistan": "afghan", "albania": "albanian", "algeria": "algerian", "angola": "angolan",
    "argentina": "argentine argentinian", "armenia": "armenian", "australia": "australian", "austria": "austrian",
    "azerbaijan": "azerbaijani azeri", "bahrain": "bahraini", "bangladesh": "bangladeshi", "belarus": "belarusian",
    "belgium": "belgian", "bolivia": "bolivian", "bosnia": "bosnian", "brazil": "brazilian", "bulgaria": "bulgarian",
    "burundi": "burundian", "cambodia": "cambodian", "cameroon": "cameroonian", "canada": "canadian",
    "chad": "chadian", "chile": "chilean", "china": "chinese beijing", "colombia": "colombian",
    "congo": "congolese drc",
    "croatia": "croatian", "cuba": "cuban", "cyprus": "cypriot", "czech republic": "czech czechia",
    "denmark": "danish", "djibouti": "djiboutian", "ecuador": "ecuadorian", "egypt": "egyptian",
    "eritrea": "eritrean", "estonia": "estonian", "ethiopia": "ethiopian", "finland": "finnish",
    "france": "french", "georgia": "georgian", "germany": "german", "ghana": "ghanaian", "greece": "greek",
    "hungary": "hungarian", "india": "indian", "indonesia": "indonesian", "iran": "iranian", "iraq": "iraqi",
    "ireland": "irish", "israel": "israeli", "italy": "italian", "japan": "japanese tokyo", "jordan": "jordanian",
    "kazakhstan": "kazakh", "kenya": "kenyan", "kosovo": "kosovar", "kuwait": "kuwaiti", "kyrgyzstan": "kyrgyz",
    "laos": "lao laotian", "latvia": "latvian", "lebanon": "lebanese", "libya": "libyan", "lithuania": "lithuanian",
    "malaysia": "malaysian", "mali": "malian", "mexico": "mexican", "moldova": "moldovan", "mongolia": "mongolian",
    "morocco": "moroccan", "mozambique": "mozambican", "myanmar": "burma burmese myanmar", "nepal": "nepali nepalese",
    "netherlands": "dutch", "new zealand": "", "nicaragua": "nicaraguan", "niger": "nigerien",
    "nigeria": "nigerian", "north korea": "pyongyang dprk", "norway": "norwegian", "oman": "omani",
    "pakistan": "pakistani", "palestine": "palestinian", "peru": "peruvian", "philippines": "philippine filipino",
    "poland": "polish", "portugal": "portuguese", "qatar": "qatari", "romania": "romanian",
    "russia": "russian moscow", "rwanda": "rwandan", "saudi arabia": "saudi", "senegal": "senegalese",
    "serbia": "serbian", "singapore": "singaporean", "slovakia": "slovak", "somalia": "somali",
    "south africa": "", "south korea": "seoul", "south sudan": "",
    "spain": "spanish", "sri lanka": "", "sudan": "sudanese", "sweden": "swedish", "switzerland": "swiss",
    "syria": "syrian", "taiwan": "taiwanese", "tajikistan": "tajik", "tanzania": "tanzanian", "thailand": "thai",
    "tunisia": "tunisian", "turkey": "turkish turkiye türkiye ankara", "turkmenistan": "turkmen", "uganda": "ugandan",
    "ukraine": "ukrainian kyiv kiev", "united arab emirates": "uae emirati", "united kingdom": "uk british britain",
    "united states": "us u.s. usa america american washington", "uruguay": "uruguayan", "uzbekistan": "uzbek",
    "venezuela": "venezuelan", "vietnam": "vietnamese", "yemen": "yemeni", "zambia": "zambian",
    "zimbabwe": "zimbabwean",
}  # fmt: skip

_NAMES: Final[dict[str, str]] = {}
for _country, _others in _TABLE.items():
    _NAMES[_country] = _country
    for _word in _others.split():
        _NAMES[_word] = _country
_NAMES.update(
    {"dr congo": "congo", "democratic republic of congo": "congo", "democratic republic of the congo": "congo"}
)
_NAMES.update({"south korean": "south korea", "north korean": "north korea", "south african": "south africa"})
_NAMES.update({"new zealander": "new zealand", "sri lankan": "sri lanka", "south sudanese": "south sudan"})
_NAMES.update({"korea": "south korea", "korean": "south korea"})

_PATTERN: Final = re.compile(
    r"(?<![\w.])(" + "|".join(sorted((re.escape(n) for n in _NAMES), key=len, reverse=True)) + r")(?![\w])",
    re.IGNORECASE,
)


def _first_word(name: str) -> str:
    m = re.match(r"[^\W\d_]+", name)
    assert m is not None
    return m.group()


# Where a name may start: one of the names' first words, whole, in the lower-cased text.
_FIRST_WORDS: Final = re.compile(r"(?<![a-z])(?:" + trie({_first_word(n) for n in _NAMES}) + r")(?![a-z])")


def _matches(text: str) -> list[re.Match[str]]:
    """word_matches(_PATTERN, text), trying the pattern only where one of the names' first words starts."""
    out = []
    at = 0
    for w in _FIRST_WORDS.finditer(lowered(text)):
        start = w.start()
        if start < at or not _WORD_START.match(text, start):
            continue
        m = _PATTERN.match(text, start)
        if m:
            out.append(m)
            at = max(m.end(), start + 1)
    return out


_SEEN: Final[dict[str, list[str]]] = {}  # countries_in of short texts (roles, the words before a name) already read


def countries_in(text: str) -> list[str]:
    """The countries text names, by name or adjective, in order, each once."""
    if len(text) <= 200:
        found = _SEEN.get(text)
        if found is None:
            if len(_SEEN) > 20_000:
                _SEEN.clear()
            found = _SEEN[text] = _countries_in(text)
        return list(found)
    return _countries_in(text)


def _countries_in(text: str) -> list[str]:
    found: list[str] = []
    for m in _matches(text):
        word = m.group(1)
        if word.islower() and word not in ("u.s.",):
            continue  # "chinese" in lower case is not a proper adjective; "us" is a pronoun
        if word.lower() == "us" and word != "US":
            continue
        country = _NAMES[word.lower()]
        if country not in found:
            found.append(country)
    return found


def is_country(name: str) -> bool:
    """The whole name is a country, its capital or its people's adjective ("Switzerland", "Kyiv", "Swiss")."""
    return " ".join(name.lower().split()) in _NAMES


# Capitals that news writes for their government ("Moscow said", "Kyiv rejected"): capital -> country.
CAPITALS: Final = {
    "moscow": "russia", "kyiv": "ukraine", "kiev": "ukraine", "beijing": "china", "washington": "united states",
    "tokyo": "japan", "london": "united kingdom", "paris": "france", "berlin": "germany", "ankara": "turkey",
    "tehran": "iran", "seoul": "south korea", "pyongyang": "north korea", "new delhi": "india", "delhi": "india",
    "islamabad": "pakistan", "cairo": "egypt", "riyadh": "saudi arabia", "damascus": "syria", "baghdad": "iraq",
    "kabul": "afghanistan", "minsk": "belarus", "warsaw": "poland", "rome": "italy", "madrid": "spain",
    "ottawa": "canada", "canberra": "australia", "pretoria": "south africa", "nairobi": "kenya",
    "addis ababa": "ethiopia", "abuja": "nigeria", "khartoum": "sudan", "baku": "azerbaijan", "yerevan": "armenia",
    "tbilisi": "georgia", "doha": "qatar", "caracas": "venezuela", "havana": "cuba", "hanoi": "vietnam",
    "manila": "philippines", "jakarta": "indonesia", "bangkok": "thailand", "taipei": "taiwan", "kigali": "rwanda",
    "kinshasa": "congo", "tripoli": "libya", "amman": "jordan", "beirut": "lebanon", "budapest": "hungary",
}  # fmt: skip


def capital_of(name: str) -> str | None:
    """The country whose capital the name is ("Kyiv" -> "ukraine"), else None."""
    return CAPITALS.get(" ".join(name.lower().split()))
