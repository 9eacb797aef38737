"""Refit the shipped entity-targeted tone weights from the NewsMTSC training split.

    .venv/bin/python benchmarks/fit_target_tone.py [--train PATH] [--out PATH]

Deterministic: the same training file gives byte-identical output. Only weights and
feature names (words and word pairs) are written, never training sentences. The TextBlob and
VADER word scores the features use are frozen first into ``analysis/data/tone_lexicons.tsv``,
so the weights and the lexicons they were fitted with always travel together.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from analysis import target_tone
from analysis.target_tone import LEXICON_RESOURCE, MODEL_RESOURCE
from analysis.target_tone_fit import fit_target_tone

ROOT = Path(__file__).resolve().parents[1]
TRAIN = ROOT.parent / "shared" / "bench" / "tone" / "newsmtsc_train.jsonl"
OUT = ROOT / "analysis" / "data" / MODEL_RESOURCE
LEXICONS = ROOT / "analysis" / "data" / LEXICON_RESOURCE


def read_newsmtsc(path: Path) -> pd.DataFrame:
    """NewsMTSC jsonl -> mentions frame with ``text, start, end, tone``."""
    return pd.read_json(path, lines=True, dtype={"id": str, "sentence_id": str}).rename(
        columns={"sentence": "text", "polarity": "tone"}
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=Path, default=TRAIN)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    LEXICONS.write_text(target_tone.build_tone_lexicons(), encoding="utf-8")
    target_tone.clear_lexicon_cache()
    model = fit_target_tone(read_newsmtsc(args.train))
    payload = model.to_bytes()
    args.out.write_bytes(payload)
    print(f"wrote {args.out} ({len(payload) / 1024:.0f} KiB, {len(model.vocabulary)} features)")


if __name__ == "__main__":
    main()
