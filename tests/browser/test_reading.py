"""What a reader does in a real browser: search, filter, page, open a quote, download, on phone and desktop."""

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from reader_factories import make_archive, make_article, make_quote

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture
def archive(transactional_db):
    archive = make_archive(quotes_per_speaker=3)
    for i in range(4):
        words = f"Contacts at the highest level are possible, item {i}"
        article = make_article(
            body=f"Moscow, Wednesday.\nKremlin spokesman Dmitry Peskov said “{words}” to reporters.\nMore text.",
            outlet="TASS",
            title=f"Kremlin on contacts {i}",
        )
        make_quote(
            words, archive["peskov"], article=article, said_on=date(2023, 6, 1 + i), speaker_role="Kremlin spokesman"
        )
    return archive


def test_search_with_a_phrase(page: Page, live_server, archive):
    page.goto(live_server.url + "/")
    page.get_by_label("Search the quotes").fill('"ready to host"')
    page.get_by_role("button", name="Search", exact=True).last.click()
    expect(page).to_have_url(live_server.url + "/quotes/?q=%22ready+to+host%22")
    expect(page.get_by_role("status")).to_have_text('1 quote matching “"ready to host"”')
    card = page.locator(".quote-card")
    expect(card).to_have_count(1)
    expect(card.locator("mark")).to_have_text(["ready", "host"])
    expect(card.locator(".attribution")).to_contain_text("Recep Tayyip Erdoğan")


def test_filter_by_speaker_and_date_range(page: Page, live_server, archive):
    page.goto(live_server.url + "/quotes/")
    page.get_by_text("More filters").click()
    page.get_by_label("Said by (slug)").fill("dmitry-peskov")
    page.get_by_label("From").fill("2022-02-11")
    page.get_by_label("To").fill("2023-06-02")
    page.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(
        live_server.url + "/quotes/?speaker=dmitry-peskov&date_after=2022-02-11&date_before=2023-06-02"
    )
    expect(page.get_by_role("status")).to_have_text("4 quotes")
    expect(page.locator(".quote-card .attribution a")).to_have_text(["Dmitry Peskov"] * 4)
    expect(page.get_by_label("Filters in force")).to_contain_text("Dmitry Peskov")


def test_page_forward_and_back_keeping_the_filters(page: Page, live_server, archive):
    page.goto(live_server.url + "/quotes/?speaker=dmitry-peskov&sort=date&page_size=3")
    first_page = page.locator(".quote-card blockquote").all_inner_texts()
    page.get_by_role("link", name="Next").click()
    expect(page).to_have_url(live_server.url + "/quotes/?speaker=dmitry-peskov&sort=date&page_size=3&page=2")
    expect(page.get_by_text("Page 2 of 3")).to_be_visible()
    second_page = page.locator(".quote-card blockquote").all_inner_texts()
    assert not set(first_page) & set(second_page)
    page.get_by_role("link", name="Previous").click()
    expect(page).to_have_url(live_server.url + "/quotes/?speaker=dmitry-peskov&sort=date&page_size=3&page=1")
    assert page.locator(".quote-card blockquote").all_inner_texts() == first_page


def test_open_a_quote_and_see_it_marked_in_context(page: Page, live_server, archive):
    page.goto(live_server.url + "/quotes/?outlet=TASS&sort=date")
    page.get_by_role("link", name="Quote in context").first.click()
    mark = page.locator("mark#quote")
    expect(mark).to_have_text("Contacts at the highest level are possible, item 0")
    expect(page.locator(".passage blockquote")).to_contain_text("Kremlin spokesman Dmitry Peskov said “Contacts")
    expect(page.locator(".facts")).to_contain_text("on 1 June 2023")
    expect(page.get_by_label("Citation")).to_have_value(
        f"Dmitry Peskov (Kremlin spokesman), said on 1 June 2023, reported by TASS, 1 March 2023: "
        f"“Contacts at the highest level are possible, item 0” {page.url}"
    )


def test_download_the_csv(page: Page, live_server, archive):
    page.goto(live_server.url + "/quotes/?speaker=dmitry-peskov")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    download = download_info.value
    assert download.suggested_filename == "quotes.csv"
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(rows) == 7
    assert {row["speaker.name"] for row in rows} == {"Dmitry Peskov"}


def test_skip_link_is_the_first_stop_and_visible_on_focus(page: Page, live_server, archive):
    page.goto(live_server.url + "/quotes/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to content")
    expect(skip).to_be_focused()
    assert skip.bounding_box()["y"] >= 0


@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots_at_phone_and_desktop_widths(page: Page, live_server, archive, width):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.set_viewport_size({"width": width, "height": 900})
    for name, path in [("home", "/"), ("quotes", "/quotes/?q=talks+or+contacts"), ("person", "/people/dmitry-peskov/")]:
        page.goto(live_server.url + path)
        expect(page.locator("h1")).to_be_visible()
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{name} scrolls sideways at {width}px"
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
