"""Loading benchmark: seed-sized articles per second into PostgreSQL, end to end.

Runs extraction and ingest (one transaction per article) for N distinct articles made
from the seeds, in a throw-away test database on the configured server. Prints figures;
it asserts nothing (the machines are shared and noisy).

    .venv/bin/python tests/benchmarks/bench_loading.py [N]
"""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402

from statements.ingest import load_text, relax_commits  # noqa: E402
from statements.models import Quote  # noqa: E402


def main(count: int) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))]
    texts = [(f"{seeds[i % len(seeds)]}\n\nEdition {i}.\n", f"bench-{i}.txt") for i in range(count)]
    old_name = connection.settings_dict["NAME"]
    connection.settings_dict["TEST"]["NAME"] = f"{old_name}_bench"
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        relax_commits()  # as manage.py load_articles does
        started = time.perf_counter()
        for text, name in texts:
            load_text(text, name)
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        for text, name in texts:
            load_text(text, name)
        unchanged = time.perf_counter() - started
        quotes = Quote.objects.count()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print(f"loaded {count} articles ({quotes} quotes) in {loaded:.2f} s: {count / loaded:,.0f} articles/s")
    print(f"reloaded the same {count} unchanged in {unchanged:.2f} s: {count / unchanged:,.0f} articles/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
