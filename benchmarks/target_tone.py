"""Dev accuracy and speed of ``analysis.score_target_tone`` on NewsMTSC.

    .venv/bin/python benchmarks/target_tone.py [--bench DIR] [--cv K]

Prints macro-F1 (F1m), accuracy and the confusion matrix on the rw and mt dev files, scored
with ``score_tone.py`` from the bench folder; the speed of the first call (rw dev, in this fresh
process, so loading the weights and lexicons counts, as on the scoreboard); then targets/s on
one core over the train rows once loaded. Speeds are CPU time (``time.process_time``). With
``--cv K`` it also refits the model K times on the training split and prints the
cross-validated macro-F1 (folds grouped by sentence, so the targets of one sentence share a
fold), over all targets and over targets in sentences with several targets. With
``--prior-shift`` it prints the dev macro-F1 of the prior-shift correction the model does not
make (see :func:`prior_shift_scores`). The held-out test files are never read.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import importlib.util
import math
import os
import time
from pathlib import Path
from types import ModuleType

import numpy as np
import pandas as pd

from analysis.target_tone import (
    TONE_CLASSES,
    TargetToneModel,
    load_target_tone_model,
    score_target_tone,
)
from analysis.target_tone_fit import fit_target_tone

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "tone"
DEV_FILES = {"rw": "newsmtsc_rw_dev.jsonl", "mt": "newsmtsc_mt_dev.jsonl"}
NEUTRAL_SHARES = (1 / 3, 0.40, 0.45, 0.50)
"""Neutral shares of a scoring population for ``--prior-shift`` (the fit sees 1/3 each)."""


def read_newsmtsc(path: Path) -> pd.DataFrame:
    """NewsMTSC jsonl -> mentions frame with ``id, text, start, end, polarity``."""
    return pd.read_json(path, lines=True, dtype={"id": str, "sentence_id": str}).rename(
        columns={"sentence": "text"}
    )


def load_scorer(bench: Path) -> ModuleType:
    """Import the bench's stdlib scorer ``score_tone.py``."""
    spec = importlib.util.spec_from_file_location("score_tone", bench / "score_tone.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dev_scores(bench: Path) -> tuple[dict[str, dict], float]:
    """Scorer metrics per dev subset for the shipped model, and targets/s of the first call.

    The first call (rw) loads the weights and lexicons, so run this before anything else
    scores tone in the process.
    """
    scorer = load_scorer(bench)
    out = {}
    first_call_rate = 0.0
    for subset, name in DEV_FILES.items():
        dev = read_newsmtsc(bench / name)
        start = time.process_time()
        scored = score_target_tone(dev)
        if not first_call_rate:
            first_call_rate = len(dev) / (time.process_time() - start)
        out[subset] = score_against_gold(scorer, dev, scored)
    return out, first_call_rate


def score_against_gold(scorer: ModuleType, dev: pd.DataFrame, scored: pd.DataFrame) -> dict:
    """The bench scorer's metrics for ``scored`` tones against the dev ``polarity``."""
    gold = dict(zip(dev["id"], dev["polarity"], strict=True))
    pred = dict(zip(scored["id"], scored["tone"], strict=True))
    return dict(scorer.score(gold, pred))


def prior_shifted(model: TargetToneModel, neutral_share: float) -> TargetToneModel:
    """``model`` corrected by Bayes' rule for a population with ``neutral_share`` neutrals.

    The fit weights the classes equally (1/3 each). If neutral mentions make up
    ``neutral_share`` of the scored population and the other two classes split the rest
    equally, the posterior odds of neutral grow by ``2 q / (1 - q)``: its log is added to the
    neutral intercept (Saerens et al. 2002, with the new prior given rather than estimated).
    """
    shift = np.zeros(len(TONE_CLASSES))
    shift[TONE_CLASSES.index("neutral")] = math.log(2 * neutral_share / (1 - neutral_share))
    return dataclasses.replace(model, intercept=model.intercept + shift)


def prior_shift_scores(bench: Path) -> dict[float, dict[str, float]]:
    """Dev macro-F1 per subset of the shipped model corrected for each of NEUTRAL_SHARES.

    NewsMTSC's training split was class-balanced before annotation and its test splits
    were not (Hamborg & Donnay 2021, sections 3.2 and 3.5), so the real-world share of
    neutral mentions is higher than the fit assumes. This measures what correcting for that
    would do to macro-F1; it is a report, not a choice of setting (the shipped model makes
    no correction).
    """
    scorer = load_scorer(bench)
    model = load_target_tone_model()
    devs = {subset: read_newsmtsc(bench / name) for subset, name in DEV_FILES.items()}
    out: dict[float, dict[str, float]] = {}
    for share in NEUTRAL_SHARES:
        shifted = prior_shifted(model, share)
        out[share] = {
            subset: score_against_gold(scorer, dev, score_target_tone(dev, model=shifted))["f1m"]
            for subset, dev in devs.items()
        }
    return out


def cross_validated_f1m(bench: Path, *, folds: int) -> tuple[float, float]:
    """Macro-F1 of out-of-fold predictions on train: all targets, multi-target sentences."""
    scorer = load_scorer(bench)
    train = read_newsmtsc(bench / "newsmtsc_train.jsonl")
    fold = train["sentence_id"].map(
        lambda sid: int(hashlib.md5(sid.encode("utf-8")).hexdigest(), 16) % folds
    )
    predicted = pd.concat(
        [
            score_target_tone(
                train[fold == k],
                model=fit_target_tone(train[fold != k].rename(columns={"polarity": "tone"})),
            )
            for k in range(folds)
        ]
    ).set_index("id")["tone"]
    multi = train["sentence_id"].map(train["sentence_id"].value_counts()) > 1
    scores = []
    for subset in (train, train[multi]):
        gold = dict(zip(subset["id"], subset["polarity"], strict=True))
        scores.append(scorer.score(gold, predicted.loc[subset["id"]].to_dict())["f1m"])
    return scores[0], scores[1]


def targets_per_second(mentions: pd.DataFrame, *, repeats: int = 3) -> float:
    """Best of ``repeats`` end-to-end runs of ``score_target_tone`` over ``mentions`` (CPU time)."""
    load_target_tone_model()
    score_target_tone(mentions.head(50))
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        score_target_tone(mentions)
        best = min(best, time.process_time() - start)
    return len(mentions) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=BENCH)
    parser.add_argument("--cv", type=int, default=0, metavar="K", help="also K-fold CV on train")
    parser.add_argument(
        "--prior-shift", action="store_true", help="also dev F1m under neutral-prior corrections"
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    scores, first_call_rate = dev_scores(args.bench)
    for subset, m in scores.items():
        print(f"{subset} dev: F1m {m['f1m']:.3f}  accuracy {m['accuracy']:.3f}  n={m['n']}")
        print("  confusion (rows gold, cols pred " + "/".join(TONE_CLASSES) + "):")
        for g in TONE_CLASSES:
            print("   ", [m["confusion"][g][p] for p in TONE_CLASSES])
    print(f"first call (rw dev, with loading): {first_call_rate:,.0f} targets/s")
    train = read_newsmtsc(args.bench / "newsmtsc_train.jsonl")[["text", "start", "end"]]
    rate = targets_per_second(train)
    print(f"once loaded: {rate:,.0f} targets/s on one core ({len(train)} targets)")
    if args.cv:
        f1m_all, f1m_multi = cross_validated_f1m(args.bench, folds=args.cv)
        print(f"train {args.cv}-fold CV: F1m {f1m_all:.3f}, multi-target sentences {f1m_multi:.3f}")
    if args.prior_shift:
        for share, f1m in prior_shift_scores(args.bench).items():
            figures = "  ".join(f"{subset} F1m {value:.3f}" for subset, value in f1m.items())
            print(f"neutral prior {share:.2f}: {figures}")


if __name__ == "__main__":
    main()
