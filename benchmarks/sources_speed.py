"""Cost of source counting next to quote extraction: the goal is < 30% on top of quotes.

usage: python benchmarks/sources_speed.py [--repeat N]

Corpora: the fictional sample (data/sample/articles.jsonl) and the shared Chechnya corpus
(skipped when ../shared is absent). For each it times, on the same articles:

- ``extract_quotes(articles)``;
- ``extract_sources(articles, quotes)`` given that quote table (the added cost of sources);
- ``extract_citations(articles)`` (outlet-to-outlet citations, run on its own);
- the pipeline order from cold memos: quotes alone, then quotes followed by sources. Paragraph
  labels and sentences are memoised per text (:mod:`analysis.furniture`, :mod:`analysis.text`),
  so sources reuse the quote extractor's pass; the added share of that pair is the goal's figure.

Times are process CPU times, best of N runs, so other processes on a shared machine do not
count. It prints articles per second and the added cost of sources as a share of quotes.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from analysis import furniture, text
from analysis.citations import extract_citations
from analysis.config import SAMPLE_DIR, SHARED_DIR
from analysis.quotes import extract_quotes
from analysis.sources import extract_sources


def read_jsonl(path: Path) -> pd.DataFrame:
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    frame = pd.DataFrame(rows)
    if "article_id" not in frame.columns:
        frame = frame.rename(columns={"id": "article_id"})
    keep = ("article_id", "outlet", "title", "published", "language", "text")
    return frame[[c for c in keep if c in frame.columns]]


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def cold(fn: Callable[[], object]) -> Callable[[], object]:
    """Run ``fn`` after clearing the per-text memos of paragraph labels and sentences."""

    def run() -> object:
        furniture._labels.cache_clear()
        text._sentence_spans.cache_clear()
        return fn()

    return run


def measure(name: str, articles: pd.DataFrame, repeat: int) -> None:
    quotes = extract_quotes(articles)
    extract_sources(articles, quotes)  # warm caches: lexicons, gazetteer, compiled patterns
    extract_citations(articles)
    t_quotes = best_of(repeat, lambda: extract_quotes(articles))
    t_sources = best_of(repeat, lambda: extract_sources(articles, quotes))
    t_citations = best_of(repeat, lambda: extract_citations(articles))
    n = len(articles)
    words = articles["text"].str.split().str.len().mean()
    print(f"\n{name}: {n} articles, {words:.0f} words on average")
    print(f"  extract_quotes         {t_quotes:7.3f} s  {n / t_quotes:8.0f} articles/s")
    print(f"  extract_sources        {t_sources:7.3f} s  {n / t_sources:8.0f} articles/s")
    print(f"  extract_citations      {t_citations:7.3f} s  {n / t_citations:8.0f} articles/s")
    print(f"  sources alone are {t_sources / t_quotes:.0%} of quote extraction (warm memos)")
    t_cold = best_of(repeat, cold(lambda: extract_quotes(articles)))
    t_both = best_of(repeat, cold(lambda: extract_sources(articles, extract_quotes(articles))))
    share = (t_both - t_cold) / t_cold
    verdict = "within" if share < 0.30 else "OVER"
    print(f"  quotes, cold           {t_cold:7.3f} s; quotes then sources {t_both:7.3f} s")
    print(f"  sources add {share:.0%} to quote extraction ({verdict} the 30% goal)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (best kept)")
    args = parser.parse_args()
    corpora = [("sample", SAMPLE_DIR / "articles.jsonl")]
    shared = SHARED_DIR / "corpus" / "chechnya_dev.jsonl"
    if shared.exists():
        corpora.append(("chechnya_dev", shared))
    for name, path in corpora:
        measure(name, read_jsonl(path), args.repeat)


if __name__ == "__main__":
    main()
