"""Throughput of the whole analysis, stage by stage, as the notebooks run it.

usage: python benchmarks/pipeline_speed.py [CORPUS ...]

Default corpora: the fictional sample (data/sample) and, when present, the shared Chechnya
corpus (../shared/corpus). For each corpus the stages run once, in the notebooks' order, each
reusing the tables of the stages before it (sources and framing read the quote table):
load, quotes, sources, citations, frames, stance, sentiment by sentence, entity tone. It
prints process CPU seconds and articles per second for each stage and in total, and the peak
resident memory of the process. Other work on a shared machine does not count in CPU time.
One-time costs (reading lexicons, codebook, gazetteer and model weights) are paid by a warm-up
run on the first three articles, timed and printed separately.
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

import analysis
from analysis.config import SAMPLE_DIR, SHARED_DIR


def timed(fn: Callable[[], pd.DataFrame]) -> tuple[pd.DataFrame, float]:
    start = time.process_time()
    result = fn()
    return result, time.process_time() - start


def stages(articles: pd.DataFrame) -> list[tuple[str, float, int]]:
    """Run every analysis stage on ``articles``: (stage, CPU seconds, rows out) per stage."""
    quotes, seconds = timed(lambda: analysis.extract_quotes(articles))
    rows = [("quotes", seconds, len(quotes))]
    later: list[tuple[str, Callable[[], pd.DataFrame]]] = [
        ("sources", lambda: analysis.extract_sources(articles, quotes)),
        ("citations", lambda: analysis.extract_citations(articles)),
        ("frames", lambda: analysis.detect_frames(articles, quotes=quotes)),
        ("stance", lambda: analysis.score_stance(articles, quotes=quotes)),
        ("sentiment", lambda: analysis.score_sentiment(articles, quotes=quotes)),
        ("entity tone", lambda: analysis.entity_tone(articles, quotes=quotes)),
    ]
    for name, stage in later:
        table, seconds = timed(stage)
        rows.append((name, seconds, len(table)))
    return rows


def run(corpus_path: Path) -> None:
    articles, load_s = timed(lambda: analysis.load_corpus(corpus_path).articles)
    warm_up = sum(seconds for _, seconds, _ in stages(articles.head(3)))
    n = len(articles)
    words = int(articles["text"].str.split().str.len().sum())
    rows = [("load", load_s, n), *stages(articles)]
    total = sum(seconds for _, seconds, _ in rows)
    print(f"\n{corpus_path}: {n} articles, {words / max(n, 1):.0f} words per article")
    print(f"  warm-up on 3 articles (one-time loading): {warm_up:.2f} CPU s")
    print(f"  {'stage':<12} {'CPU s':>8} {'articles/s':>11} {'rows out':>9}")
    for name, seconds, n_rows in rows:
        print(f"  {name:<12} {seconds:>8.2f} {n / max(seconds, 1e-9):>11,.0f} {n_rows:>9,}")
    print(f"  {'total':<12} {total:>8.2f} {n / max(total, 1e-9):>11,.0f}")


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or [SAMPLE_DIR, SHARED_DIR / "corpus"]
    for path in paths:
        if path.exists():
            run(path)
        else:
            print(f"\n{path}: absent, skipped")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory: {peak_mib:,.0f} MiB")


if __name__ == "__main__":
    main(sys.argv[1:])
