"""Publication dates from the page's own stamps, and the dates quotes were said."""

from datetime import date

from statements.extraction.dates import publication_date, said_on
from statements.extraction.records import PartialDate, Precision
from statements.extraction.text import clean

LEDE = (
    "The foreign minister of Freedonia said that talks with Sylvania would go ahead as planned, adding that the "
    "date would be announced by both governments after a final round of preparations."
)
DAY = Precision.DAY


def published(*lines: str) -> PartialDate:
    return publication_date(clean("\n\n".join(lines)))[0]


def test_iso_timestamp_line():
    assert published("Talks go ahead", "2021-06-05 10:11:12", LEDE) == PartialDate(date(2021, 6, 5), DAY)


def test_month_day_year_with_time():
    assert published("Talks go ahead", "June 5, 2021, 14:09", LEDE).value == date(2021, 6, 5)


def test_updated_line_with_weekday_and_zone():
    line = "Updated: Saturday, June 5, 2021, 03:03 PM IST"
    assert published("Talks go ahead", line, LEDE).value == date(2021, 6, 5)


def test_published_abbreviated_month():
    assert published("Talks go ahead", "Published Jun 5, 2021 09:53 pm", LEDE).value == date(2021, 6, 5)


def test_published_date_with_time_first():
    assert published("Talks go ahead", "- Published Date: 01:32 | 5 June 2021", LEDE).value == date(2021, 6, 5)


def test_published_in_outlet_ordinal_day():
    assert published(LEDE, "Published in The Example, June 5th, 2021").value == date(2021, 6, 5)


def test_copyright_year_is_not_a_date():
    assert published("Talks go ahead", LEDE, "© 2024 Example Media. All rights reserved.").value is None


def test_dateline_without_year_gives_none():
    assert published("CAPITAL CITY, June 5. " + LEDE).value is None


def test_weekday_alone_gives_none():
    assert published("Talks go ahead", "Saturday", LEDE).value is None


def test_date_in_the_url():
    found, source = publication_date(clean("Talks go ahead\n\n" + LEDE + "\n\nhttps://example.org/2021/06/05/talks"))
    assert (found.value, source) == (date(2021, 6, 5), "url")


def test_site_stamp_above_title_far_after_the_events_is_refused():
    body = LEDE + " The last round was held on March 2, 2021, in the capital."
    assert published("Monday, May 10, 2021", "Talks go ahead", body).value is None


def test_site_stamp_above_title_is_kept_when_nothing_contradicts_it():
    assert published("Saturday, June 5, 2021", "Talks go ahead", LEDE).value == date(2021, 6, 5)


PUB = PartialDate(date(2021, 6, 5), DAY)  # a Saturday


def said(text: str, published: PartialDate = PUB) -> PartialDate:
    at = text.index("“") + 1
    return said_on(text, at, published, text.index("”", at))


def test_said_on_a_weekday_is_the_latest_such_day():
    assert said("The minister said on Wednesday: “We are ready.”").value == date(2021, 6, 2)


def test_said_on_the_publication_weekday_is_that_day():
    assert said("“We are ready,” the minister said Saturday.").value == date(2021, 6, 5)


def test_last_weekday_is_strictly_before():
    assert said("“We are ready,” the minister said last Saturday.").value == date(2021, 5, 29)


def test_yesterday():
    assert said("“We are ready,” the minister said yesterday.").value == date(2021, 6, 4)


def test_month_and_year():
    assert said("In February 2020, the minister said: “We are ready.”") == PartialDate(date(2020, 2, 1), "month")


def test_year_alone():
    assert said("In 2019, the minister said: “We are ready.”") == PartialDate(date(2019, 1, 1), "year")


def test_last_week_gives_no_date():
    assert said("“We are ready,” the minister said last week.").value is None


def test_weekday_without_a_known_publication_day_gives_none():
    assert said("The minister said on Wednesday: “We are ready.”", PartialDate()).value is None


def test_at_the_time_takes_the_previous_dated_statement():
    text = "In March 2019, the minister backed the plan. “It is good,” she said at the time."
    assert said(text) == PartialDate(date(2019, 3, 1), "month")


def test_a_date_inside_the_quote_is_not_when_it_was_said():
    assert said("“The summit is on Monday,” the minister said.").value is None


def test_an_events_date_after_to_is_not_when_it_was_said():
    text = "“We regret it,” the ministry said, after the talks were postponed to January 2022."
    assert said(text).value is None


def test_an_earlier_sentence_of_the_paragraph_dates_a_later_quote():
    text = "The minister said on Wednesday that talks would go on. She was calm. “We are ready,” she added."
    assert said(text).value == date(2021, 6, 2)


def test_every_quote_of_a_long_paragraph_reads_the_same_as_alone():
    """The paragraph is read once for all its quotes: each quote's date is what its own stretch gives."""
    from statements.extraction import dates

    parts = [
        "On Monday, the minister said: “We are ready.”",
        "“Talks went well,” an aide told reporters yesterday.",
        "The talks were postponed to 12 March.",
        "In 2019, she said “never”.",
        "Officials said on Friday that “nothing changed.”",
    ]
    body = " ".join(parts * 6)
    quotes = []
    at = body.find("“")
    while at >= 0:
        close = body.find("”", at)
        quotes.append((at + 1, close))
        at = body.find("“", close)
    for start, end in quotes:
        para = dates.said_on(body, start, PUB, end)
        dates._Windows.state = (None, {}, {}, [])  # forget what was read
        alone = dates._date_near_speech(body, *dates._sentence_stop(body, start, end)[:2], PUB, skip=(start, end))
        assert alone is None or para == alone


def test_a_giant_paragraph_is_read_in_linear_time():
    import time

    body = "“We are ready,” the minister said on Wednesday. " * 20000
    start = time.perf_counter()
    for i in range(0, len(body), 997):
        at = body.find("“", i)
        said_on(body, at + 1, PUB, body.find("”", at))
    assert time.perf_counter() - start < 5


def test_the_fast_scans_find_what_the_patterns_find():
    """Date patterns tried only at numbers and keywords, and sentence ends tried only at full stops, match as the
    plain regex scans do."""
    import random
    import re

    from statements.extraction import dates
    from statements.extraction import printed_dates as pd

    rng = random.Random(1)
    tokens = [
        "January", "Sept.", "May", "march", "Dec", "xJuly", "of", "5", "22nd", "2023", "1999", "١٢", "2024-03-26",
        "on", "last", "this past", "earlier", "monday", "sunday", "today", "yesterday", "at the time", "in", "xon",
        "said", ".", "!", "?", '"', "”", "(", "A", "b", "_", "é", "Told", "remarks", "according to", "xsaid", "1said",
    ]  # fmt: skip
    spaces = ["", " ", " ", "  ", "\u00a0", "\n", ", ", ". "]
    for _ in range(3000):
        text = "".join(rng.choice(tokens) + rng.choice(spaces) for _ in range(rng.randint(1, 14)))
        low = pd.lowered(text)
        starts = pd.number_starts(text)
        assert pd.digit_places(text) == [m.start() for m in re.finditer(r"\d", text)]
        for pattern, s in ((pd.MONTH_DAY, text), (pd.MONTH_YEAR, text), (pd._FULL_DATE_LOW, low)):
            assert [m.span() for m in pd.matches_at(pattern, s, starts)] == [m.span() for m in pattern.finditer(s)]
        relative = pd.matches_at(dates._RELATIVE_LOW, low, dates._relative_starts(low, starts))
        assert [(m.span(), m.groupdict()) for m in relative] == [
            (m.span(), m.groupdict()) for m in dates._RELATIVE_LOW.finditer(low)
        ]
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        m = dates._SENTENCE_END.search(text, pos, end)
        assert dates._sentence_end(text, pos, end) == (m.start() if m else -1)
        assert dates._speech_words(low) == [m.span() for m in dates._SPEECH_LOW.finditer(low)]
        stops = [m.end() for m in dates._SENTENCE_END.finditer(text, 0, pos)]  # text is shorter than 600
        assert dates._sentence_stop(text, pos, end)[0] == (stops[-1] if stops else 0)
