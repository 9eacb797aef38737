"""Speed of analysis.extract_quotes: articles per second, single process, with a stage breakdown.

usage: python benchmarks/quotes_speed.py [--repeat N]

Corpora: the fictional sample (data/sample/articles.jsonl), the shared Chechnya corpus and
PolNeAR dev (both skipped when ../shared is absent). Stages are timed separately on the same
articles: furniture labels, quotation-mark pairing, sentence segmentation, then the whole
extraction; "attribution and the rest" is the whole minus the three stages (cues, speakers,
coreference, table building). Times are process CPU times (best of N runs), so a busy shared
machine does not distort them; wall-clock rates are lower when other processes compete. The target is >= 300 articles/s per core on ~600-word articles.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import pandas as pd

from analysis.config import SAMPLE_DIR, SHARED_DIR
from analysis.furniture import label_paragraphs
from analysis.quotemarks import find_quotations
from analysis.quotes import extract_quotes
from analysis.speakers import clear_caches
from analysis.text import sentence_spans


def read_jsonl(path: Path) -> pd.DataFrame:
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    frame = pd.DataFrame(rows)
    if "article_id" not in frame.columns:
        frame = frame.rename(columns={"id": "article_id"})
    return frame[[c for c in ("article_id", "text", "language", "title") if c in frame.columns]]


def clear_all_caches() -> None:
    """Empty every memo cache on the path, so each timed run starts cold.

    The speaker helpers' caches, and the per-text memos of paragraph and sentence splitting
    and paragraph labels (shared with the source extractor) when the installed version has them.
    """
    import analysis.furniture
    import analysis.text

    clear_caches()
    for module, name in (
        (analysis.text, "_paragraph_spans"),
        (analysis.text, "_sentence_spans"),
        (analysis.furniture, "_labels"),
    ):
        memo = getattr(module, name, None)
        if memo is not None and hasattr(memo, "cache_clear"):
            memo.cache_clear()


def best_of(repeat: int, fn) -> float:  # type: ignore[no-untyped-def]
    """Best CPU time of ``repeat`` runs: CPU time, not wall time, so that other processes on
    a shared machine do not count against the code (the target is per core)."""
    times = []
    for _ in range(repeat):
        clear_all_caches()  # each run starts cold, as a corpus is read once
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def measure(name: str, articles: pd.DataFrame, repeat: int) -> None:
    texts = articles["text"].tolist()
    n = len(texts)
    words = sum(len(t.split()) for t in texts) / max(n, 1)
    extract_quotes(articles)  # warm the caches (lexicons, compiled patterns)
    total = best_of(repeat, lambda: extract_quotes(articles))
    furniture = best_of(repeat, lambda: [label_paragraphs(t) for t in texts])
    pairing = best_of(repeat, lambda: [find_quotations(t) for t in texts])
    sentences = best_of(repeat, lambda: [sentence_spans(t) for t in texts])
    rest = max(total - furniture - pairing - sentences, 0.0)
    print(f"\n{name}: {n} articles, {words:.0f} words on average")
    print(
        f"  extract_quotes          {n / total:8.0f} articles/s  ({1000 * total / n:.2f} ms/article)"
    )
    rate_600 = words * n / total / 600 if total else 0.0
    print(f"  scaled to 600 words     {rate_600:8.0f} articles/s  (the target's article size)")
    for stage, seconds in (
        ("furniture labels", furniture),
        ("quotation pairing", pairing),
        ("sentence segmentation", sentences),
        ("attribution and the rest", rest),
    ):
        print(
            f"    {stage:<24} {1000 * seconds / n:6.2f} ms/article  {100 * seconds / total:5.1f}%"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    args = parser.parse_args()
    corpora = [
        ("data/sample", SAMPLE_DIR / "articles.jsonl"),
        ("shared Chechnya corpus", SHARED_DIR / "corpus" / "chechnya_dev.jsonl"),
        ("PolNeAR dev", SHARED_DIR / "bench" / "quotes" / "polnear_dev.jsonl"),
    ]
    for name, path in corpora:
        if not path.exists():
            print(f"\n{name}: {path} not found, skipped")
            continue
        measure(name, read_jsonl(path), args.repeat)


if __name__ == "__main__":
    main()
