"""Meetings from sentences, with people lists built here (no dependence on the people step)."""

from statements.extraction.meetings import find_meetings, find_mentions
from statements.extraction.records import PartialDate, Person, Quote

PEOPLE = [
    Person("Anna Berg", role="Freedonian President", is_leader=True),
    Person("Carlos Dunn", role="Sylvanian Prime Minister", is_leader=True),
    Person("Elif Yilmaz", role="Turkish President", is_leader=True),
    Person("Mark Stone", role="presidential spokesman"),
    Person("Lena Ortiz", role="Foreign Minister of Freedonia"),
    Person("Paul Reed", role="Foreign Secretary of Sylvania"),
    Person("Xi Wenbo", role="Chinese President", is_leader=True),
    Person("Jean Kabila", role="Rwandan President", is_leader=True),
    Person("Marie Tanko", role="DRC leader", is_leader=True),
]


def meetings(body: str, quotes=()):
    return find_meetings(body, PEOPLE, list(quotes), PartialDate())


def sets(found):
    return [set(m.participants) for m in found]


def test_between_x_and_y():
    found = meetings("A summit between President Anna Berg and Prime Minister Carlos Dunn was called off.")
    assert sets(found) == [{"Anna Berg", "Carlos Dunn"}]
    assert found[0].kind == "summit" and found[0].status == "cancelled"


def test_between_stops_at_a_later_speaker():
    found = meetings(
        "The recent phone call between Anna Berg and her counterpart Carlos Dunn, which lasted an hour, "
        "spokesman Mark Stone has said."
    )
    assert sets(found) == [{"Anna Berg", "Carlos Dunn"}]
    assert found[0].kind == "phone call"


def test_conjoined_subjects_met():
    found = meetings("Anna Berg and Carlos Dunn met in Geneva on Monday.")
    assert sets(found) == [{"Anna Berg", "Carlos Dunn"}] and found[0].status == "held"


def test_meeting_with_partner_and_subject():
    found = meetings("Anna Berg will meet Carlos Dunn in Lisbon next week, spokesman Mark Stone said.")
    assert sets(found) == [{"Anna Berg", "Carlos Dunn"}] and found[0].status == "scheduled"


def test_possessive_pronoun_owner_from_an_earlier_sentence():
    body = "Anna Berg arrived late. She described her first meeting with Carlos Dunn as useful."
    assert {"Anna Berg", "Carlos Dunn"} in sets(meetings(body))


def test_non_leaders_meet_when_named_between():
    found = meetings("A meeting between Foreign Minister Lena Ortiz and Foreign Secretary Paul Reed is planned.")
    assert sets(found) == [{"Lena Ortiz", "Paul Reed"}]


def test_proposer_who_does_not_meet_is_not_a_participant():
    body = (
        "The Kremlin said a summit between Anna Berg and Carlos Dunn was premature. "
        "The meeting, proposed by President Elif Yilmaz, would follow talks of ministers."
    )
    found = meetings(body)
    assert {"Anna Berg", "Carlos Dunn"} in sets(found)
    summit = next(m for m in found if set(m.participants) == {"Anna Berg", "Carlos Dunn"})
    assert summit.proposed_by == "Elif Yilmaz"
    assert "Elif Yilmaz" not in summit.participants


def test_host_is_not_a_participant():
    found = meetings("Anna Berg and Carlos Dunn met at the residence of President Elif Yilmaz in the capital.")
    assert sets(found) == [{"Anna Berg", "Carlos Dunn"}]


def test_leaders_of_two_countries_read_from_roles():
    body = (
        "Talks due Sunday between the leaders of Rwanda and the Democratic Republic of Congo were called off. "
        "Rwandan President Jean Kabila was expected. DRC leader Marie Tanko arrived."
    )
    found = meetings(body)
    assert {"Jean Kabila", "Marie Tanko"} in sets(found)


def test_multilateral_meeting_keeps_the_one_named_leader():
    people = [
        Person("Ivan Sokolov", role="Russian President", is_leader=True),
        Person("Hugo Laval", role="French President", is_leader=True),
    ]
    body = (
        "The idea of a summit between the leaders of Russia, France and China was first put forward "
        "by Russian President Ivan Sokolov in 2020. Hugo Laval said nothing."
    )
    found = find_meetings(body, people, [], PartialDate())
    assert sets(found) == [{"Ivan Sokolov"}]
    assert found[0].proposed_by == "Ivan Sokolov"


def test_the_two_leaders_points_to_the_last_pair():
    body = (
        "Anna Berg and Carlos Dunn spoke by phone on Wednesday. "
        "Officials would not say where the summit between the two leaders would be held."
    )
    assert {"Anna Berg", "Carlos Dunn"} in sets(meetings(body))


def test_hyphenated_pair_before_a_meeting_word():
    body = "Anna Berg spoke. Carlos Dunn listened. There is a need for a Berg-Dunn summit soon."
    assert {"Anna Berg", "Carlos Dunn"} in sets(meetings(body))


def test_mentions_of_the_same_meeting_merge_and_the_most_decisive_status_wins():
    body = (
        "Anna Berg proposed a summit with Carlos Dunn in May. "
        "Later, the summit between Anna Berg and Carlos Dunn was postponed."
    )
    found = [m for m in meetings(body) if m.kind == "summit"]
    assert len(found) == 1 and found[0].status == "postponed"


def test_press_conference_is_not_a_meeting():
    assert meetings("Anna Berg and Carlos Dunn gave a press conference.") == [] or all(
        m.kind != "conference" for m in meetings("Anna Berg and Carlos Dunn gave a press conference.")
    )


def test_quotes_in_the_evidence_sentence_are_linked():
    body = "Anna Berg said “the summit with Carlos Dunn is on the table” on Monday."
    start = body.index("the summit")
    quote = Quote(text=body[start : body.index("”")], start=start, end=body.index("”"))
    found = meetings(body, [quote])
    assert found and found[0].quotes == [0] and quote.meeting == 0
    assert found[0].status == "proposed"


def test_first_name_mention_for_family_name_first():
    body = "Xi Wenbo arrived. Xi said the talks went well."
    names = {m.name for m in find_mentions(body, PEOPLE)}
    assert names == {"Xi Wenbo"}


def test_accents_fold_in_mentions():
    people = [Person("Viktor Orbán", is_leader=True)]
    assert [m.name for m in find_mentions("Orban arrived.", people)] == ["Viktor Orbán"]


def test_visit_of_one_leader():
    found = meetings("Anna Berg will travel to Sylvania for a state visit in January.")
    assert any(m.kind == "visit" and m.participants == ["Anna Berg"] for m in found)


# --- the fast scans give what the plain ones gave --------------------------------------------------------

_WORD_TEXT = (
    "call called off cancel will no longer be held put off pushed back no meeting was planned not realistic cannot "
    "be expected phone conversation on historic were to meet would be possible remains open to the idea of as of "
    "yet seek to official visit state visit latest call spoke by telephone talked over the phone sat down held "
    "discussions one-on-one face-to-face press conference news conference summitry talks met meets recall metre "
    "ſummit CALL İnvited TALKS Mr. U.S. St. Gen. A. O'Neil Kenya TÜRKİYE u.s. US us south korea South Korean "
    "Democratic Republic of the Congo"
)


def _soups(n=3000, seed=11):
    import random

    rng = random.Random(seed)
    words = _WORD_TEXT.split()
    seps = [" ", " ", " ", "-", ". ", ", ", "\n", "’s ", "'", ".” ", "? "]
    for _ in range(n):
        yield "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 40)))


def test_keyword_scans_match_word_matches():
    from statements.extraction import countries, meetings
    from statements.extraction.printed_dates import word_matches

    def spans(found):
        return [(m.start(), m.end(), m.lastgroup) for m in found]

    for text in _soups():
        for keyed in (meetings._CUES, meetings._STATUSES):
            assert spans(keyed.matches(text)) == spans(word_matches(keyed.pattern, text)), text
        assert spans(countries._matches(text)) == spans(word_matches(countries._PATTERN, text)), text


def test_sentences_match_the_plain_pattern():
    import re

    from statements.extraction.meetings import sentences

    plain = re.compile(r"[^\s][^\n]*?(?:(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\bSt)(?<!\bGen)[.!?][\"'”’)]*(?=\s)|(?=\n)|$)")
    for text in _soups():
        assert sentences(text) == [m.span() for m in plain.finditer(text) if m.end() > m.start()], text


def test_mentions_found_by_plain_search_match_the_regex():
    import re

    from statements.extraction.meetings import fold, name_forms

    for body in [
        "Berg met DUNN; berg-dunn talks. Anna Berg’s aide, Dunn-like, and Berg. Anna Berg. Xi, Xi Wenbo, Wenbo.",
        *_soups(300),
    ]:
        folded = fold(body)
        forms = name_forms(body, PEOPLE, folded)
        pattern = re.compile(
            r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w])(?!-\w)",
            re.IGNORECASE,
        )
        expected = [
            (m.start(), m.end(), forms[m.group(0).lower()]) for m in pattern.finditer(folded) if m.group(0)[0].isupper()
        ]
        assert [(m.start, m.end, m.name) for m in find_mentions(body, PEOPLE)] == expected, body


def test_many_meetings_and_quotes_stay_linear():
    import time

    body = "Anna Berg met Carlos Dunn on Monday. “It went well,” Berg said of the talks.\n" * 5000
    quotes = [Quote("It went well,", i * 77 + 38, i * 77 + 51) for i in range(5000)]
    start = time.perf_counter()
    found = meetings(body, quotes)
    assert time.perf_counter() - start < 5
    assert len(found) == 1 and len(found[0].quotes) == 5000


def test_role_words_before_a_name_are_cut_as_the_pattern_cuts_them():
    import random

    from statements.extraction import meetings

    rng = random.Random(4)
    tokens = ["of", "the", "and", "The", "Secretary", "State", "xThe", "breathe", "McDonald", "O'Brien", "é", "É",
              "by", "proposed", "X-Y", "-", ".", ",", "1", "_A", "aAbC", "a,Bc"]  # fmt: skip
    for _ in range(3000):
        lead = "".join(rng.choice(tokens) + rng.choice([" ", " ", "  ", "\t", "\u00a0", ""]) for _ in range(8))
        cut, mine = meetings._ROLE_TAIL.search(lead), meetings._role_tail(lead)
        assert (lead[: cut.start()] if cut else lead) == (lead if mine is None else lead[:mine])


def test_a_proposal_that_names_no_one_to_meet_is_kept_with_its_proposer():
    found = meetings("Freedonian President Anna Berg called for a regional summit on water, to be held next spring.")
    assert [(m.kind, m.participants, m.proposed_by) for m in found] == [("summit", [], "Anna Berg")]


def test_a_meeting_word_without_a_proposer_or_participants_is_not_a_meeting():
    assert meetings("The summit season is busy, officials said.") == []


def test_not_ruling_out_a_summit_leaves_it_possible():
    for sentence in (
        "Stone said Berg had not ruled out a summit with Dunn.",
        "Berg doesn't rule out a summit with Dunn, Stone said.",
    ):
        assert [m.status for m in meetings(sentence)] == ["accepted in principle"], sentence
    assert [m.status for m in meetings("Berg ruled out a summit with Dunn.")] == ["rejected"]


def test_last_months_call_was_held():
    found = meetings("The minister said last month’s phone call between Anna Berg and Carlos Dunn eased tensions.")
    assert sets(found) == [{"Anna Berg", "Carlos Dunn"}] and found[0].status == "held"


def test_words_said_during_a_call_mean_it_was_held():
    found = meetings("During their phone call, Anna Berg and Carlos Dunn agreed to reopen the border.")
    assert found[0].status == "held"


def test_a_meeting_had_with_adjectives_or_that_lasted_was_held():
    found = meetings("Anna Berg said she had a very, very good meeting with Carlos Dunn.")
    assert found[0].status == "held"
    found = meetings("Anna Berg’s meeting with Carlos Dunn was closed to the press. The meeting lasted 40 minutes.")
    assert found[0].status == "held"


def test_a_family_name_written_first_and_alone_stands_for_the_three_word_name():
    people = [
        Person("Park Min Jun", role="Ruritanian President", is_leader=True),
        Person("Carlos Dunn", role="Sylvanian Prime Minister", is_leader=True),
    ]
    found = find_meetings("Park is expected to meet Dunn in Lisbon next week.", people, [], PartialDate())
    assert [set(m.participants) for m in found] == [{"Park Min Jun", "Carlos Dunn"}]


def test_a_request_rebuffed_is_rejected():
    found = meetings("Anna Berg’s request for a meeting with Carlos Dunn was quickly rebuffed.")
    assert found[0].status == "rejected"
