"""Extraction speed and memory on one core: seed articles, then larger generated articles.

Run: .venv/bin/python tests/benchmarks/bench_extraction.py (after `manage.py compile_extraction`, which `make bench`
runs; STATEMENTS_PURE_PYTHON=1 measures the .py files instead of the compiled build)
Prints articles per second, MB per second and peak traced memory for each size, so that
linearity in article size is visible (MB/s should stay roughly flat as articles grow), then the
milliseconds per seed article of each step (CPU time, the best of a few rounds).
"""

from __future__ import annotations

import random
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from statements import extraction  # noqa: E402
from statements.extraction import attribution, dates, extract_article, meetings, people, quotes, text  # noqa: E402

SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))


def generated(size: int, seed: int = 7) -> str:
    """An article of about `size` characters: a seed's headline, then seed paragraphs shuffled."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    paragraphs = [line for t in texts for line in t.splitlines() if len(line) > 80]
    out = [texts[0].splitlines()[0], ""]
    total = 0
    while total < size:
        para = rng.choice(paragraphs)
        out += [para, ""]
        total += len(para) + 1
    return "\n".join(out)


def run(label: str, articles: list[str], repeat: int) -> None:
    chars = sum(len(a) for a in articles) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for i, article in enumerate(articles):
            extract_article(article, f"{label}-{i}.txt")
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    extract_article(max(articles, key=len), "peak.txt")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    n = len(articles) * repeat
    print(
        f"{label:>22}: {n:6d} articles in {elapsed:7.2f} s  {n / elapsed:9.1f} articles/s  "
        f"{chars / elapsed / 1e6:6.2f} MB/s  peak {peak / 1e6:7.1f} MB (one article)"
    )


def steps(articles: list[str], rounds: int = 5, repeat: int = 20) -> None:
    """Milliseconds per article of each step, as pipeline.extract_article runs them."""
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent = dict.fromkeys(("clean", "publication date", "people+quotes+speakers", "said on", "meetings"), 0.0)
        for _ in range(repeat):
            for raw in articles:
                t0 = time.process_time()
                page = text.clean(raw)
                t1 = time.process_time()
                published, _ = dates.publication_date(page)
                t2 = time.process_time()
                found_people = people.find_people(page.body)
                found_quotes = quotes.find_quotes(page.body)
                attribution.attribute(found_quotes, page.body, found_people)
                t3 = time.process_time()
                for quote in found_quotes:
                    quote.said_on = dates.said_on(page.body, quote.start, published, quote.end)
                t4 = time.process_time()
                meetings.find_meetings(page.body, found_people, found_quotes, published)
                t5 = time.process_time()
                for step, spent_on in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
                    spent[step] += spent_on
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    n = len(articles) * repeat
    print("   ms per seed article: " + "  ".join(f"{k} {v / n * 1000:.3f}" for k, v in best.items()))


def main() -> None:
    build = extraction.COMPILED_BUILD
    print(f"extraction {extraction.SOURCE_VERSION}: " + (f"compiled by mypyc ({build})" if build else "pure Python"))
    seeds = [p.read_text(encoding="utf-8") for p in SEEDS]
    run(f"seeds ({sum(map(len, seeds)) / len(seeds) / 1000:.1f} KB avg)", seeds, 2000 // len(seeds))
    for size, repeat in ((30_000, 40), (300_000, 4), (3_000_000, 1)):
        run(f"generated {size // 1000} KB", [generated(size)], repeat)
    steps(seeds)


if __name__ == "__main__":
    main()
