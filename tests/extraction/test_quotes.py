"""Quotation spans: marks, offsets, and quoted strings that are not speech."""

from statements.extraction.quotes import find_quotes


def texts(body):
    quotes = find_quotes(body)
    for q in quotes:
        assert body[q.start : q.end] == q.text
    return [q.text for q in quotes]


def test_straight_and_curly_double_quotes():
    body = 'The mayor said "we are ready." Later she added “nothing has changed,” aides said.'
    assert texts(body) == ["we are ready.", "nothing has changed,"]


def test_guillemets():
    assert texts("Le ministre a dit « nous viendrons » hier, she said.") == ["nous viendrons"]


def test_doubled_apostrophes_as_double_quotes():
    body = "''It's a good plan,'' said Ann Lee, a budget analyst. ''We like it.''"
    assert texts(body) == ["It's a good plan,", "We like it."]


def test_nested_single_quote_closing_with_doubled_apostrophes():
    body = "''He told me, 'Go home,''' the guard said."
    assert texts(body) == ["He told me, 'Go home,'"]


def test_top_level_curly_single_quotes():
    assert texts("Talks are ‘off the table’ for now, the envoy said.") == ["off the table"]


def test_apostrophes_are_not_single_quotes():
    assert texts("The leaders’ meeting was the ministers’ idea, officials said.") == []


def test_unclosed_quote_runs_to_the_end_of_its_paragraph():
    body = "“We will talk to everyone,\n“And we will listen,” the envoy said."
    assert texts(body) == ["We will talk to everyone,", "And we will listen,"]


def test_paragraph_opened_with_a_wrong_direction_mark():
    body = "The senator spoke next.\n”Our party is united,” she said."
    assert texts(body) == ["Our party is united,"]


def test_straight_quote_closing_a_curly_one():
    assert texts('He saw “no sign" of progress, the mayor said.') == ["no sign"]


def test_closing_shaped_mark_without_opening_is_ignored():
    body = 'a review of [his] plans" and then "a full recovery," she said.'
    assert texts(body) == ["a full recovery,"]


def test_editorial_insertions_and_ellipses_stay_inside():
    body = "“The deal [with Oslo] is close… very close,” he said."
    assert texts(body) == ["The deal [with Oslo] is close… very close,"]


def test_nested_curly_quotes_inside_straight_quotes_stay_inside():
    body = '"I watched “Night Court” every week," she said.'
    assert texts(body) == ["I watched “Night Court” every week,"]


def test_transcript_label_is_not_part_of_the_quote():
    assert texts('"HOST: Welcome back to the show."') == ["Welcome back to the show."]


def test_split_quote_gives_two_quotes():
    assert texts("“We agree,” she said, “on most points.”") == ["We agree,", "on most points."]


def test_so_called_term_is_not_a_quote():
    assert texts("The so-called “Green Corridor” opened on Monday.") == []


def test_dubbed_label_is_not_a_quote():
    assert texts("The plan, dubbed “Project Lighthouse”, was shelved.") == []


def test_nickname_inside_a_name_is_not_a_quote():
    assert texts('Mayor Robert "Bobby" Tanaka opened the bridge.') == []


def test_capitalised_name_without_speech_cue_is_not_a_quote():
    assert texts("A member of the “Northern Lights Brigade” was arrested.") == []


def test_programme_title_after_a_possessive_is_not_a_quote():
    assert texts('She told Channel Nine\'s "Evening Edition" that she would run.') == []


def test_short_partial_quote_with_a_cue_is_kept():
    assert texts("The minister said the talks were “premature.”") == ["premature."]


def test_markup_attribute_values_are_not_quotes():
    assert texts('<tweet id="1234567">Hello</tweet>') == []


def test_what_someone_calls_is_speech_not_a_title():
    from statements.extraction.cues import is_speech_cue

    assert is_speech_cue("what the mayor calls")
    assert is_speech_cue("the Ledger reports")


def test_curly_apostrophes_inside_a_single_quoted_span():
    body = "He called it ‘the nation’s test’ and left, saying “we’re done.”"
    assert [q.text for q in find_quotes(body)] == ["the nation’s test", "we’re done."]


def test_doubled_apostrophes_and_lone_apostrophes():
    body = "''It's over,'' Mr. Lee's aide said. O'Neill added: ''Not yet.''"
    assert [q.text for q in find_quotes(body)] == ["It's over,", "Not yet."]


def test_guillemet_closed_by_a_double_mark():
    body = '«The border stays shut," a ministry spokeswoman told the agency on Friday.'
    assert texts(body) == ["The border stays shut,"]


def test_guillemets_nested_in_guillemets():
    assert texts("«They answered «never» and left», the envoy said.") == ["They answered «never» and left"]


def test_a_transcripts_stage_direction_is_not_speech():
    assert texts('HOST: "(INAUDIBLE.)" Then the guest said "we disagree."') == ["we disagree."]


def test_a_pronoun_quoted_as_a_word_is_not_speech():
    assert texts("The senator asked to be called “they” in the chamber.") == []


def test_a_paragraph_opened_by_a_dash_and_closed_by_its_speaker_is_speech():
    body = "The ministers met.\n\n— We hoped for a green light today, but it is not yet the case, says Jane Roe.\n"
    found = find_quotes(body)
    assert [q.text for q in found] == ["We hoped for a green light today, but it is not yet the case"]
    assert body[found[0].start : found[0].end] == found[0].text


def test_a_dashed_line_with_no_speaker_is_no_quotation():
    assert find_quotes("Related:\n\n– Rebels say the ceasefire holds\n– Talks resume in Doha\n") == []


def test_an_unclosed_quotation_stops_at_the_clause_naming_its_speaker():
    body = "“We must keep supply steady in the long run, energy minister Jane Roe said on Wednesday.\n"
    assert [q.text for q in find_quotes(body)] == ["We must keep supply steady in the long run"]


def test_a_work_named_after_any_determiner_is_no_quotation():
    body = 'She denied a claim in the reporter\'s new book, "Days of Doubt," that she had quit.'
    assert find_quotes(body) == []
    assert [q.text for q in find_quotes('Her Facebook "was hacked," she said.')] == ["was hacked,"]
