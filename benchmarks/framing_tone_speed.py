"""Speed of sentiment, frames and stance: articles per second, single process.

usage: python benchmarks/framing_tone_speed.py [--repeat N]

Corpora: the fictional sample (data/sample/articles.jsonl) and the shared Chechnya corpus
(skipped when ../shared is absent). The quote table is extracted once beforehand and passed
to every function, so the figures measure this part alone; "all three" adds up the stages
timed separately, each from cold caches; "all three in turn" runs them one after the other
from cold caches, as a pipeline does, so frames and stance share the sentence units and word
tokens; the line with quote extraction shows the cost when each function extracts quotes
itself.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from analysis.config import SAMPLE_DIR, SHARED_DIR
from analysis.framing import clear_caches, detect_frames, load_codebook
from analysis.quotes import extract_quotes
from analysis.sentiment import load_adjustments, score_sentiment, tone_by_voice
from analysis.stance import score_stance, stance_cues


def read_jsonl(path: Path) -> pd.DataFrame:
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    frame = pd.DataFrame(rows)
    if "article_id" not in frame.columns:
        frame = frame.rename(columns={"id": "article_id"})
    keep = ("article_id", "outlet", "title", "language", "text")
    return frame[[c for c in keep if c in frame.columns]]


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        clear_caches()  # every run starts cold: no sentence or token cache from the last one
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def measure(name: str, articles: pd.DataFrame, repeat: int) -> None:
    n = len(articles)
    words = articles["text"].str.split().str.len().mean()
    quotes = extract_quotes(articles)
    book, adjustments = load_codebook(), load_adjustments()
    stages: dict[str, Callable[[], object]] = {
        "score_sentiment (sentence)": lambda: score_sentiment(
            articles, quotes=quotes, adjustments=adjustments
        ),
        "tone_by_voice": lambda: tone_by_voice(articles, quotes=quotes, adjustments=adjustments),
        "detect_frames": lambda: detect_frames(articles, codebook=book, quotes=quotes),
        "score_stance": lambda: score_stance(
            articles, quotes=quotes, cues=stance_cues(articles, quotes=quotes, codebook=book)
        ),
    }
    print(f"\n{name}: {n} articles, {words:.0f} words on average")
    total = 0.0
    for label, fn in stages.items():
        fn()  # warm caches
        seconds = best_of(repeat, fn)
        if label != "tone_by_voice":
            total += seconds
        print(f"  {label:28s} {n / seconds:8.0f} articles/s  ({1000 * seconds / n:.2f} ms/article)")
    print(f"  {'all three (sent+frames+stance)':28s} {n / total:8.0f} articles/s")
    in_turn = best_of(
        repeat, lambda: [fn() for label, fn in stages.items() if label != "tone_by_voice"]
    )
    print(f"  {'all three in turn (shared)':28s} {n / in_turn:8.0f} articles/s")
    extraction = best_of(repeat, lambda: extract_quotes(articles))
    print(f"  {'... plus quote extraction':28s} {n / (total + extraction):8.0f} articles/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpora = {
        "data/sample": SAMPLE_DIR / "articles.jsonl",
        "../shared/corpus": SHARED_DIR / "corpus" / "chechnya_dev.jsonl",
    }
    for name, path in corpora.items():
        if path.is_file():
            measure(name, read_jsonl(path), args.repeat)
        else:
            print(f"\n{name}: absent, skipped")


if __name__ == "__main__":
    main()
