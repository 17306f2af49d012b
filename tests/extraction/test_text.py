"""The page cleaner: title, outlet, byline, stamps and a body without site chrome."""

from statements.extraction.text import clean

LEDE = (
    "The prime minister of Freedonia said on Tuesday that she would travel to the capital of Sylvania next month "
    "for talks with its president, her office announced in a short statement to the press."
)


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_title_is_the_first_headline_line():
    assert clean(page("Freedonia leader to visit Sylvania", LEDE)).title == "Freedonia leader to visit Sylvania"


def test_no_title_when_the_text_opens_with_a_lede():
    assert clean(page(LEDE, "More text follows here.")).title is None


def test_no_title_when_the_text_opens_with_a_dateline():
    assert clean("FREEDONIA CITY, May 3. The minister spoke briefly.\nShe left.").title is None


def test_copyright_line_is_never_the_title():
    p = clean(page("© 2021 Example Media LLC. All rights reserved.", "Leaders agree to meet", LEDE))
    assert p.title == "Leaders agree to meet"
    assert p.outlet == "Example Media"


def test_section_label_above_a_repeated_headline_is_not_the_title():
    p = clean(page("Europe & Central Asia", "Summit set for June", "Summit set for June", LEDE))
    assert p.title == "Summit set for June"


def test_breadcrumb_and_advertisement_are_not_titles():
    p = clean(page("ADVERTISEMENT", "Home > World > Europe", "Talks resume in Geneva", LEDE))
    assert p.title == "Talks resume in Geneva"


def test_headline_printed_twice_keeps_the_first_and_leaves_the_body():
    p = clean(page("Talks resume in Geneva", "Talks resume in Geneva", LEDE))
    assert p.title == "Talks resume in Geneva"
    assert "Talks resume" not in p.body


def test_body_offsets_are_page_offsets():
    raw = page("Talks resume in Geneva", "Photo by Jane Roe/Getty Images", LEDE, "Leave a Reply")
    p = clean(raw)
    at = raw.index("The prime minister")
    assert p.body[at : at + len(LEDE)] == LEDE


def test_photo_caption_with_credit_is_dropped():
    p = clean(page("Talks resume in Geneva", "The two ministers shake hands. © Jane Roe/Agency", LEDE))
    assert "shake hands" not in p.body


def test_read_more_and_hashtag_lines_are_dropped():
    p = clean(page("Talks resume", LEDE, "READ MORE: Another story about something else", "#talks #geneva", LEDE))
    assert "Another story" not in p.body and "#talks" not in p.body
    assert p.body.count("The prime minister") == 2


def test_trailer_of_comment_and_subscribe_prompts_is_dropped():
    p = clean(page("Talks resume", LEDE, "Want to join the conversation?", "Already a subscriber?", "Back to top"))
    assert p.body.strip() == LEDE


def test_a_short_last_sentence_of_the_article_stays():
    p = clean(page("Talks resume", LEDE, "Both sides declined to comment, officials said."))
    assert "declined to comment" in p.body


def test_bullet_list_of_links_is_dropped():
    p = clean(page("Talks resume", LEDE, "- Another headline about markets", "- Yet another headline"))
    assert "headline" not in p.body


def test_byline_gives_author_and_agency():
    p = clean(page("Talks resume", "By Jane Roe, AP", LEDE))
    assert p.byline == "Jane Roe"
    assert p.outlet == "AP"


def test_lone_outlet_line_under_the_title():
    assert clean(page("Talks resume in Geneva", "Newswire", LEDE)).outlet == "Newswire"


def test_agency_credit_line_is_not_an_outlet():
    p = clean(page("Talks resume", "Capital City (agencies)", LEDE))
    assert p.outlet is None
    assert "agencies" not in p.body


def test_published_in_line_names_the_outlet_and_is_a_date_line():
    p = clean(page(LEDE, "Published in The Daily Example, May 4th, 2019"))
    assert p.outlet == "The Daily Example"
    assert p.date_lines == ["Published in The Daily Example, May 4th, 2019"]


def test_date_stamp_above_the_headline_is_kept_apart():
    p = clean(page("Friday, June 7, 2019", "Talks resume", LEDE))
    assert p.stamps_above_title == ["Friday, June 7, 2019"]
    assert p.date_lines == []


def test_url_in_the_text_is_kept():
    p = clean(page("Talks resume", LEDE, "https://example.org/2020/05/04/talks-resume"))
    assert p.url == "https://example.org/2020/05/04/talks-resume"


def test_huge_input_is_linear():
    import time

    raw = page("Talks resume", *([LEDE] * 20000))
    t = time.perf_counter()
    clean(raw)
    assert time.perf_counter() - t < 5
