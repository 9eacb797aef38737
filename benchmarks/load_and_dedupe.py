"""Throughput and peak memory of corpus loading, sentence segmentation and duplicate detection.

Generates a synthetic corpus (default 100,000 articles of about 600 words, a share of them
near-duplicates: syndicated copies with another dateline, trimmed copies, updates with an added
paragraph) as JSONL in a temporary folder, then runs each stage in its own child process so
that its peak memory is its own:

- ``load``: ``load_corpus`` on the JSONL file (parsing, validation, language detection, since
  the generated records carry no ``language``),
- ``sentences``: ``analysis.text.sentences`` on the loaded table,
- ``duplicates``: ``analysis.duplicates.find_duplicates`` on the loaded table.

For each stage it prints wall time, articles per second, the child's peak resident memory and
that peak minus the memory the child held before the stage started (for ``sentences`` and
``duplicates`` the loaded table, read from a Parquet cache, is part of the baseline).
It also checks how many of the planted near-duplicates were found.

Usage::

    python benchmarks/load_and_dedupe.py            # 100,000 articles
    python benchmarks/load_and_dedupe.py --n 5000   # quicker
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

STOPWORDS = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "that",
    "is",
    "was",
    "he",
    "for",
    "it",
    "with",
    "as",
    "his",
    "on",
    "be",
    "at",
    "by",
    "i",
    "this",
    "had",
    "not",
    "are",
    "but",
    "from",
    "or",
    "have",
    "an",
    "they",
    "which",
    "one",
    "you",
    "were",
    "her",
    "all",
    "she",
    "there",
    "would",
    "their",
    "we",
    "him",
    "been",
    "has",
    "when",
    "who",
    "will",
    "more",
    "no",
    "if",
    "out",
    "so",
    "said",
    "what",
    "up",
    "its",
    "about",
    "into",
    "than",
    "them",
    "can",
    "only",
    "other",
    "new",
    "some",
    "could",
    "time",
    "these",
    "two",
    "may",
    "then",
    "do",
    "first",
    "any",
    "my",
    "now",
    "such",
    "like",
    "our",
    "over",
    "man",
    "me",
    "even",
]


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS)
    scale = 1 / 1024 / 1024 if sys.platform == "darwin" else 1 / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def _current_rss_mb() -> float:
    try:
        with Path("/proc/self/statm").open() as handle:
            pages = int(handle.read().split()[1])
        return pages * resource.getpagesize() / 1024 / 1024
    except OSError:
        return float("nan")


def generate(path: Path, n: int, *, words: int, dup_share: float, seed: int) -> dict[str, str]:
    """Write ``n`` synthetic articles to ``path`` (JSONL); return the planted copy -> source."""
    rng = np.random.default_rng(seed)
    syllables = ["ka", "lo", "mer", "tin", "va", "ro", "sel", "dun", "pi", "gra", "no", "bel"]
    content = sorted(
        {"".join(rng.choice(syllables, size=int(rng.integers(2, 5)))) for _ in range(40000)}
    )
    vocabulary = np.array(STOPWORDS + content)
    ranks = np.arange(1, len(vocabulary) + 1)
    weights = 1 / ranks**1.05
    cdf = np.cumsum(weights / weights.sum())
    cdf[-1] = 1.0
    n_copies = int(n * dup_share)
    n_originals = n - n_copies
    outlets = [f"Outlet {i}" for i in range(60)]
    planted: dict[str, str] = {}
    first_day = datetime(2020, 1, 1, tzinfo=timezone.utc)  # copies are published after sources
    texts: list[str] = []
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            if i < n_originals:
                tokens = vocabulary[np.searchsorted(cdf, rng.random(words))]
                sentences = np.split(tokens, np.cumsum(rng.integers(8, 26, size=words // 8)))
                sentences = [s for s in sentences if s.size]
                paragraphs = []
                for start in range(0, len(sentences), 4):
                    chunk = sentences[start : start + 4]
                    paragraphs.append(" ".join(" ".join(s).capitalize() + "." for s in chunk))
                text = "\n\n".join(paragraphs)
                if i < 2 * n_copies:  # keep sources in memory for copying
                    texts.append(text)
            else:
                source = int(rng.integers(0, min(len(texts), n_originals)))
                base = texts[source]
                kind = i % 3
                if kind == 0:  # syndicated: another dateline
                    text = "KESTRIA (AP) — " + base
                elif kind == 1:  # trimmed: last paragraph dropped
                    text = base.rsplit("\n\n", 1)[0]
                else:  # update: a paragraph added
                    text = base + "\n\nUpdate: the council will meet again on Friday."
                planted[f"a{i:06d}"] = f"a{source:06d}"
            record = {
                "id": f"a{i:06d}",
                "outlet": outlets[i % len(outlets)],
                "title": f"Story number {i}",
                "published": (first_day + timedelta(minutes=5 * i)).isoformat(),
                "text": text,
            }
            out.write(json.dumps(record) + "\n")
    return planted


def run_stage(stage: str, corpus: Path, cache: Path) -> dict[str, float]:
    """Run one stage in this process and return its figures."""
    import pandas as pd

    from analysis.corpus import load_corpus, write_table

    if stage == "load":
        baseline = _current_rss_mb()
        start = time.perf_counter()
        loaded = load_corpus(corpus)
        seconds = time.perf_counter() - start
        write_table(loaded.articles, cache)
        n = len(loaded.articles)
        extra = {"rejected": float(len(loaded.rejected))}
    else:
        articles = pd.read_parquet(cache)
        baseline = _current_rss_mb()
        n = len(articles)
        start = time.perf_counter()
        if stage == "sentences":
            from analysis.text import sentences

            table = sentences(articles)
            extra = {"sentences": float(len(table))}
        else:
            from analysis.duplicates import find_duplicates

            table = find_duplicates(articles)
            extra = {"copies": float(table["duplicate_of"].notna().sum())}
            table[["article_id", "duplicate_of"]].to_json(
                cache.with_suffix(".dups.json"), orient="records"
            )
        seconds = time.perf_counter() - start
    return {
        "n": float(n),
        "seconds": seconds,
        "peak_rss_mb": _peak_rss_mb(),
        "baseline_rss_mb": baseline,
        **extra,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles (default 100000)")
    parser.add_argument("--words", type=int, default=600, help="words per article")
    parser.add_argument("--dup-share", type=float, default=0.1, help="share of planted copies")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--stage", choices=["load", "sentences", "duplicates"], help=argparse.SUPPRESS
    )
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.stage:  # child process
        print(json.dumps(run_stage(args.stage, args.corpus, args.cache)))
        return 0

    with tempfile.TemporaryDirectory(prefix="coverage-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        cache = Path(tmp) / "articles.parquet"
        start = time.perf_counter()
        planted = generate(
            corpus, args.n, words=args.words, dup_share=args.dup_share, seed=args.seed
        )
        size_mb = corpus.stat().st_size / 1024 / 1024
        print(
            f"generated {args.n:,} articles x ~{args.words} words ({size_mb:,.0f} MB JSONL, "
            f"{len(planted):,} planted near-duplicates) in {time.perf_counter() - start:.1f} s"
        )
        print(
            f"{'stage':<11} {'seconds':>8} {'articles/s':>11} {'peak MB':>8} {'stage MB':>9}  notes"
        )
        for stage in ("load", "sentences", "duplicates"):
            output = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--stage",
                    stage,
                    "--corpus",
                    str(corpus),
                    "--cache",
                    str(cache),
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            figures = json.loads(output.strip().splitlines()[-1])
            notes = {
                k: int(v)
                for k, v in figures.items()
                if k not in {"n", "seconds", "peak_rss_mb", "baseline_rss_mb"}
            }
            rate = figures["n"] / figures["seconds"]
            peak = figures["peak_rss_mb"]
            own = peak - figures["baseline_rss_mb"]
            print(
                f"{stage:<11} {figures['seconds']:>8.1f} {rate:>11,.0f} {peak:>8,.0f} {own:>9,.0f}  {notes}"
            )
        found = {
            row["article_id"]: row["duplicate_of"]
            for row in json.loads(cache.with_suffix(".dups.json").read_text())
            if row["duplicate_of"] is not None
        }
        hits = sum(1 for copy, source in planted.items() if found.get(copy) == source)
        extra = sum(1 for copy in found if copy not in planted)
        print(
            f"planted near-duplicates found: {hits:,} of {len(planted):,}; "
            f"other articles marked as copies: {extra:,}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
