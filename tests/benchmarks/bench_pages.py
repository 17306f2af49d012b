"""Page benchmark: server time of list and search pages over a large synthetic archive.

Fills a throw-away database with N synthetic quotes (default 200,000; the budget in
DESIGN.md is stated at 1,000,000) spread over 2,000 speakers and N/10 articles, with words
drawn from a skewed vocabulary so that some words are common and others rare. Then times
each page through Django's test client (the whole view: SQL, ORM, templates) and the
page's own SQL, printing p50 / p95 over repeated warm runs. Figures only, no assertions.

    .venv/bin/python tests/benchmarks/bench_pages.py [N] [RUNS] [--keep] [--reuse]

`--keep` leaves the filled database (`<name>_bench_pages`) in place for inspection (EXPLAIN);
`--reuse` times a kept database again (after applying new migrations) instead of filling
a new one; a run without `--keep` drops it at the end.
"""

import os
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.template import Template  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, _TestState, setup_test_environment  # noqa: E402

FILL = """
INSERT INTO statements_person (edited, verified, name, slug, kind, role, country, aliases, is_leader)
SELECT false, false, 'Speaker Number' || i, 'speaker-number-' || i, 'person', 'minister', '', '{}', i % 20 = 0
FROM generate_series(1, 2000) AS i;

INSERT INTO statements_article (edited, verified, title, outlet, byline, url, published, published_precision,
    published_source, body, original, content_hash, source_name, language, extraction_version, loaded_at)
SELECT false, false, 'Report ' || i || ' on talks', 'Outlet ' || (i % 40), '', '', date '2005-01-01' + (i % 7000),
    'day', 'dateline', 'body', 'original', md5(i::text), 'synthetic-' || i || '.txt', 'en', 'bench', now()
FROM generate_series(1, {articles}) AS i;

INSERT INTO statements_quote (edited, verified, rejected, article_id, text, start, "end", position, speaker_id,
    speaker_name, article_title, speaker_as_printed, speaker_role, cue, method, confidence, said_on,
    said_on_precision, dated, outlet)
SELECT false, false, false, 1 + (i % {articles}), q.text, 0, length(q.text), 0, 1 + (i % 2000),
    'Speaker Number' || (1 + (i % 2000)), 'Report ' || (1 + (i % {articles})) || ' on talks', '', 'minister',
    'said', 'named', 0.9, NULL, 'unknown', date '2005-01-01' + ((1 + (i % {articles})) % 7000),
    'Outlet ' || ((1 + (i % {articles})) % 40)
FROM generate_series(1, {quotes}) AS i,
LATERAL (
    SELECT string_agg(CASE WHEN w.n < 12 THEN (ARRAY['summit', 'talks', 'dialogue', 'premature', 'meeting', 'peace',
                      'ceasefire', 'sanctions', 'Erdoğan', 'security', 'president', 'minister'])[w.n + 1]
                      ELSE 'word' || w.n END, ' ') AS text
    FROM (SELECT floor(power(random(), 3) * 20000)::int AS n FROM generate_series(1, 14) WHERE i > 0) AS w
) AS q;
ANALYZE;
"""

PAGES = [
    ("newest quotes", "/quotes/"),
    ("one speaker", "/quotes/?speaker=speaker-number-7"),
    ("date range", "/quotes/?date_after=2010-01-01&date_before=2010-03-31"),
    ("leader", "/quotes/?leader=speaker-number-20"),
    ("search, common word", "/quotes/?q=summit"),
    ("search, common word by date", "/quotes/?q=summit&sort=-date"),
    ("search, rare word", "/quotes/?q=word19999"),
    ("search, phrase", '/quotes/?q="peace talks"'),
    ("search + speaker", "/quotes/?q=summit&speaker=speaker-number-7"),
    ("one outlet", "/quotes/?outlet=Outlet+7"),
    ("accent-folded search", "/quotes/?q=Erdogan"),
    ("people by name with a typo", "/people/?q=Speker+Number+77"),
    ("a person's page", "/people/speaker-number-7/"),
    ("JSON export page", "/quotes/?q=summit&format=json"),
]


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def use_kept_database(old_name: str) -> None:
    """Point the connection at the kept bench database and bring its schema up to date."""
    from django.core.management import call_command

    connection.close()
    connection.settings_dict["NAME"] = connection.settings_dict["TEST"]["NAME"]
    call_command("migrate", verbosity=0, interactive=False)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("SELECT count(*) FROM statements_quote")
        print(f"reusing {cursor.fetchone()[0]:,} quotes in {connection.settings_dict['NAME']}")


def main(quotes: int, runs: int, keep: bool = False, reuse: bool = False) -> None:
    setup_test_environment()
    # Time the server's own template rendering: the test instrumentation copies every template's
    # context for the test client at each {% include %}, which no real request pays.
    Template._render = _TestState.saved_data.template_render
    old_name = connection.settings_dict["NAME"]
    connection.settings_dict["TEST"]["NAME"] = f"{old_name}_bench_pages"
    if reuse:
        use_kept_database(old_name)
    else:
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        if not reuse:
            started = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute(FILL.replace("{quotes}", str(quotes)).replace("{articles}", str(max(1, quotes // 10))))
            print(f"filled {quotes:,} quotes in {time.perf_counter() - started:.0f} s")
        print(f"{runs} warm runs per page\n")
        print(f"{'page':32} {'p50 ms':>8} {'p95 ms':>8} {'SQL p95':>8} {'queries':>8}  slowest query (ms)")
        client = Client()
        for name, url in PAGES:
            client.get(url)
            totals, sql = [], []
            for _ in range(runs):
                with CaptureQueriesContext(connection) as captured:
                    began = time.perf_counter()
                    response = client.get(url)
                    totals.append((time.perf_counter() - began) * 1000)
                sql.append(sum(float(q["time"]) for q in captured.captured_queries) * 1000)
            assert response.status_code == 200, (url, response.status_code)
            slowest = max(captured.captured_queries, key=lambda q: float(q["time"]), default={"time": "0", "sql": ""})
            print(
                f"{name:32} {statistics.median(totals):8.1f} {percentile(totals, 0.95):8.1f} "
                f"{percentile(sql, 0.95):8.1f} {len(captured.captured_queries):8d}  "
                f"{slowest['time']}: {' '.join(slowest['sql'].split())[:90]}"
            )
    finally:
        if keep:
            print(f"\nkept {connection.settings_dict['NAME']}")
        else:
            connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    warnings.filterwarnings("ignore", message="No directory at")
    flags = {arg for arg in sys.argv[1:] if arg.startswith("--")}
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    main(
        int(args[0]) if args else 200_000,
        int(args[1]) if len(args) > 1 else 20,
        keep="--keep" in flags,
        reuse="--reuse" in flags,
    )
