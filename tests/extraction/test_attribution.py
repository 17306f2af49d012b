"""Who said each quote: cues, pronouns, role nouns, organisations and continuations."""

from statements.extraction.attribution import attribute
from statements.extraction.people import find_people
from statements.extraction.quotes import find_quotes


def speakers(body):
    people = find_people(body)
    quotes = find_quotes(body)
    attribute(quotes, body, people)
    names = {p.name for p in people}
    for q in quotes:
        assert q.speaker is None or q.speaker in names
    return [(q.text, q.speaker, q.method) for q in quotes]


def test_name_after_quote():
    body = "Trade Minister Ola Berg visited Oslo.\n“Tariffs will fall,” Berg said."
    assert speakers(body) == [("Tariffs will fall,", "Ola Berg", "named")]


def test_inverted_cue_after_quote():
    body = "“We are not worried,” said Kremlin spokesman Ivan Sokolov."
    assert speakers(body)[0][1] == "Ivan Sokolov"


def test_cue_before_quote_with_apposition():
    body = "Mira Holm, a spokeswoman for the ministry, said, “There is no plan.”"
    assert speakers(body)[0][1] == "Mira Holm"


def test_partial_quote_inside_a_sentence():
    body = "Senator Paul Ricci said the proposal was “premature” and would wait."
    assert speakers(body)[0][1] == "Paul Ricci"


def test_pronoun_resolves_to_the_latest_speaker():
    body = "Governor Alan Pike met President Dora Vance. Pike said talks were useful.\n“We made progress,” he said."
    assert speakers(body)[0][1] == "Alan Pike"
    assert speakers(body)[0][2] == "pronoun"


def test_she_prefers_a_woman():
    body = "Ministry spokeswoman Lina Aziz spoke after Prime Minister Karim Hadi.\n“Our efforts continue,” she said."
    assert speakers(body)[0][1] == "Lina Aziz"


def test_role_noun_resolves_to_person_with_that_role():
    body = "Kremlin spokesman Ivan Sokolov met reporters.\n“Nothing is agreed,” the Kremlin spokesman said."
    assert speakers(body)[0][1:] == ("Ivan Sokolov", "role")


def test_organisation_speaks():
    body = "“The visit is postponed,” the Blue House said in a statement."
    text, speaker, method = speakers(body)[0]
    assert speaker == "Blue House"


def test_organisation_is_added_to_people():
    body = "The Ruritanian foreign ministry said it was “deeply concerned.”"
    people = find_people(body)
    quotes = find_quotes(body)
    attribute(quotes, body, people)
    assert quotes[0].speaker in {p.name for p in people if p.kind == "organisation"}


def test_split_quote_second_half_takes_the_same_speaker():
    body = "“We agree,” Mayor Ina Kohl said, “on most points.”"
    assert [s for _, s, _ in speakers(body)] == ["Ina Kohl", "Ina Kohl"]


def test_next_sentence_quote_continues_in_the_same_paragraph():
    body = "“We agree,” Mayor Ina Kohl said. “The rest can wait.”"
    assert [s for _, s, _ in speakers(body)] == ["Ina Kohl", "Ina Kohl"]


def test_bare_quote_paragraph_continues_the_previous_speaker():
    body = "“We agree,” Mayor Ina Kohl said.\n\n“The rest can wait until spring.”"
    result = speakers(body)
    assert result[1][1:] == ("Ina Kohl", "continuation")


def test_paragraph_ending_with_colon_introduces_the_quote():
    body = "Envoy Rafael Ortiz spoke after the meeting. Ortiz said:\n\n“The border will open next week.”"
    assert speakers(body)[0][1] == "Rafael Ortiz"


def test_according_to():
    body = "The talks “went nowhere,” according to Senator Ruth Moyo."
    assert speakers(body)[0][1] == "Ruth Moyo"


def test_quoted_as_saying():
    body = "Minister Ali Rahimi was quoted as saying “the door is open.”"
    assert speakers(body)[0][1] == "Ali Rahimi"


def test_earlier_quote_in_the_sentence_takes_the_final_cue():
    body = "Talks were “useful” and “frank,” Minister Ali Rahimi said."
    assert [s for _, s, _ in speakers(body)] == ["Ali Rahimi", "Ali Rahimi"]


def test_no_cue_means_no_speaker():
    body = "Officials met on Tuesday.\nThe slogan “Bread and Peace” was painted on every wall, and no one spoke."
    assert all(s is None for _, s, _ in speakers(body))


def test_transcript_label_names_the_speaker():
    body = 'Senator Joan Avery joined the show.\n"AVERY: We will vote no."'
    assert speakers(body)[0][1] == "Joan Avery"
