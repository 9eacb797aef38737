import json
from importlib import resources

import numpy as np
import pandas as pd
import pytest

from analysis.config import SHARED_DIR
from analysis.target_tone import (
    DENSE_NAMES,
    LEXICON_RESOURCE,
    TONE_CLASSES,
    TargetToneModel,
    build_tone_lexicons,
    load_target_tone_model,
    mention_features,
    score_target_tone,
    target_tone_by_article,
)

TONE_DIR = SHARED_DIR / "bench" / "tone"
SCORED_COLUMNS = ["tone", "tone_score", "evidence"]


def _mentions(*pairs: tuple[str, str]) -> pd.DataFrame:
    """(sentence, target) pairs -> mentions frame, offsets of the target's first occurrence."""
    rows = []
    for text, target in pairs:
        start = text.index(target)
        rows.append({"text": text, "start": start, "end": start + len(target), "target": target})
    return pd.DataFrame(rows)


# (sentence, target, tone): cases a reader would agree on, one clear cue each.
CASES = [
    ("Critics slammed Smith for the disastrous rollout.", "Smith", "negative"),
    ("Prosecutors indicted Jones on fraud and bribery charges.", "Jones", "negative"),
    ("The corrupt mayor, Evans, was arrested on Monday.", "Evans", "negative"),
    ("Davis accused Wilson of lying to investigators.", "Wilson", "negative"),
    ("Voters praised Garcia for her honest and effective leadership.", "Garcia", "positive"),
    ("The hospital thanked Dr. Patel for her heroic work during the crisis.", "Patel", "positive"),
    ("Moore, a brilliant and admired scientist, received the award.", "Moore", "positive"),
    ("Taylor won the election in a landslide, and supporters celebrated.", "Taylor", "positive"),
    ("Brown said the committee will meet on Tuesday.", "Brown", "neutral"),
    ("Lee will travel to Ohio next week, according to his office.", "Lee", "neutral"),
    ("Anderson is scheduled to speak at the conference on Friday.", "Anderson", "neutral"),
]

MULTI = "Thompson praised Walker as a courageous leader while he blasted Young as a disgrace."


@pytest.mark.parametrize(("text", "target", "expected"), CASES)
def test_tone_of_clear_cases(text, target, expected):
    out = score_target_tone(_mentions((text, target)))
    assert out["tone"].tolist() == [expected]
    score = out["tone_score"].iloc[0]
    assert -1.0 <= score <= 1.0
    if expected != "neutral":
        assert np.sign(score) == (1 if expected == "positive" else -1)
    assert out["evidence"].iloc[0]


def test_one_sentence_kind_to_one_harsh_to_another():
    out = score_target_tone(_mentions((MULTI, "Walker"), (MULTI, "Young")))
    assert out["tone"].tolist() == ["positive", "negative"]


def test_region_holds_the_words_nearer_to_the_target_than_to_other_names():
    young = MULTI.index("Young")
    bag, dense = mention_features(MULTI, young, young + len("Young"))
    assert {"nl:blasted", "nr:disgrace"} <= set(bag)
    assert "nl:courageous" not in bag
    flags = dict(zip(DENSE_NAMES, dense, strict=True))
    assert flags["attack verb from the previous name to the target"] == 1.0
    assert flags["praise verb from the previous name to the target"] == 0.0
    walker = MULTI.index("Walker")
    bag, dense = mention_features(MULTI, walker, walker + len("Walker"))
    assert {"nl:praised", "nr:courageous"} <= set(bag)
    assert "nr:blasted" not in bag
    assert dict(zip(DENSE_NAMES, dense, strict=True))["other names in the sentence"] == 1.0


def test_columns_order_and_passthrough():
    mentions = _mentions(CASES[0][:2], CASES[4][:2], CASES[8][:2]).assign(
        article_id=["a2", "a1", "a3"], outlet=["X", "Y", "X"]
    )
    mentions.index = [10, 5, 7]
    before = mentions.copy()
    out = score_target_tone(mentions)
    assert list(out.columns) == [*mentions.columns, *SCORED_COLUMNS]
    assert out.index.equals(pd.RangeIndex(3))
    pd.testing.assert_frame_equal(out[mentions.columns], mentions.reset_index(drop=True))
    assert out["tone"].tolist() == ["negative", "positive", "neutral"]
    pd.testing.assert_frame_equal(mentions, before)


def test_same_result_alone_and_in_a_batch():
    batch = score_target_tone(_mentions(*[case[:2] for case in CASES]))
    alone = pd.concat([score_target_tone(_mentions(case[:2])) for case in CASES], ignore_index=True)
    pd.testing.assert_frame_equal(batch, alone)


def test_empty_input():
    out = score_target_tone(pd.DataFrame({"text": [], "start": [], "end": [], "article_id": []}))
    assert out.empty
    assert list(out.columns) == ["text", "start", "end", "article_id", *SCORED_COLUMNS]
    assert out["tone_score"].dtype == np.float64


@pytest.mark.parametrize(
    ("text", "start", "end", "problem"),
    [
        ("Smith left.", 0, 40, r"row 1 .*offsets \(0, 40\)"),
        ("Smith left.", -1, 3, r"row 1 .*offsets \(-1, 3\)"),
        ("Smith left.", 4, 4, r"row 1 .*offsets \(4, 4\)"),
        ("Smith left.", 5, 2, r"row 1 .*offsets \(5, 2\)"),
        (None, 0, 3, r"row 1 .*text is NoneType"),
        ("Smith left.", 0.0, 5.0, r"row 1 .*not integers"),
    ],
)
def test_bad_rows_raise(text, start, end, problem):
    good = {"text": "Smith left.", "start": 0, "end": 5}
    mentions = pd.DataFrame([good, {"text": text, "start": start, "end": end}], dtype=object)
    with pytest.raises(ValueError, match=problem):
        score_target_tone(mentions)


def test_missing_column_raises():
    with pytest.raises(ValueError, match="start"):
        score_target_tone(pd.DataFrame({"text": ["Smith left."], "end": [5]}))


def test_a_first_name_next_to_the_mention_is_part_of_it():
    # "Anna" before the surname is the same person, so the words on her left are the
    # target's and no other name sits between them and the target.
    text = "Critics blasted Anna Kowalski over the failed reform."
    start = text.index("Kowalski")
    bag, dense = mention_features(text, start, start + len("Kowalski"))
    assert {"wl:blasted", "nl:blasted"} <= set(bag)
    assert dict(zip(DENSE_NAMES, dense, strict=True))["other names in the sentence"] == 0.0
    whole = text.index("Anna")
    assert (bag, dense) == mention_features(text, whole, start + len("Kowalski"))


def test_evidence_lists_at_most_three_features():
    out = score_target_tone(_mentions(*[case[:2] for case in CASES]))
    assert all(1 <= len(evidence.split("; ")) <= 3 for evidence in out["evidence"])


def test_model_round_trips_through_bytes():
    model = load_target_tone_model()
    again = TargetToneModel.from_bytes(model.to_bytes())
    assert again.vocabulary == model.vocabulary
    np.testing.assert_array_equal(again.sparse_weights, model.sparse_weights)
    mentions = _mentions(*[case[:2] for case in CASES])
    pd.testing.assert_frame_equal(
        score_target_tone(mentions, model=again), score_target_tone(mentions)
    )


def test_frozen_lexicons_match_the_installed_textblob_and_vader():
    # A new TextBlob or VADER release with other word scores means the weights need refitting.
    shipped = (resources.files("analysis") / "data" / LEXICON_RESOURCE).read_text(encoding="utf-8")
    assert shipped == build_tone_lexicons()


def test_weights_hold_no_sentences():
    model = load_target_tone_model()
    assert max(len(name.split()) for name in model.vocabulary) <= 2


SCORED = pd.DataFrame(
    {
        "article_id": ["a1", "a1", "a1", "a2", "a2"],
        "outlet": ["X", "X", "X", "Y", "Y"],
        "target": ["Smith", "Smith", "Jones", "Smith", "Smith"],
        "tone": ["negative", "neutral", "positive", "negative", "negative"],
        "tone_score": [-0.8, 0.0, 0.6, -0.5, -0.7],
    }
)


def test_aggregation_by_article():
    out = target_tone_by_article(SCORED)
    expected = pd.DataFrame(
        {
            "article_id": ["a1", "a2"],
            "n_mentions": np.array([3, 2], dtype=np.int64),
            "n_negative": np.array([1, 2], dtype=np.int64),
            "n_neutral": np.array([1, 0], dtype=np.int64),
            "n_positive": np.array([1, 0], dtype=np.int64),
            "share_negative": [1 / 3, 1.0],
            "share_positive": [1 / 3, 0.0],
            "mean_tone_score": [(-0.8 + 0.0 + 0.6) / 3, -0.6],
        }
    )
    pd.testing.assert_frame_equal(out, expected)


def test_aggregation_by_outlet_and_target():
    out = target_tone_by_article(SCORED, by=("outlet", "target"))
    assert list(out[["outlet", "target"]].itertuples(index=False, name=None)) == [
        ("X", "Jones"),
        ("X", "Smith"),
        ("Y", "Smith"),
    ]
    assert out["n_mentions"].tolist() == [1, 2, 2]
    assert out["n_negative"].tolist() == [0, 1, 2]
    assert out.index.equals(pd.RangeIndex(3))


def test_aggregation_of_empty_and_bad_input():
    empty = target_tone_by_article(SCORED.iloc[:0])
    assert empty.empty
    assert "share_negative" in empty.columns
    with pytest.raises(ValueError, match="outlet"):
        target_tone_by_article(SCORED.drop(columns="outlet"), by=("outlet",))
    with pytest.raises(ValueError, match="angry"):
        target_tone_by_article(SCORED.assign(tone="angry"))


def _dev(name: str) -> pd.DataFrame:
    with (TONE_DIR / name).open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return pd.DataFrame(records).rename(columns={"sentence": "text"})


def _macro_f1(gold: pd.Series, pred: pd.Series) -> float:
    scores = []
    for tone in TONE_CLASSES:
        tp = int(((gold == tone) & (pred == tone)).sum())
        n_pred, n_gold = int((pred == tone).sum()), int((gold == tone).sum())
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        scores.append(2 * precision * recall / (precision + recall) if tp else 0.0)
    return sum(scores) / len(scores)


# Floors sit just under the shipped model's dev scores (rw 0.710, mt 0.667, see
# benchmarks/target_tone.py). The project target is 0.70 on both; mt does not reach it yet.
@pytest.mark.shared
@pytest.mark.skipif(not TONE_DIR.exists(), reason="../shared/bench/tone absent")
@pytest.mark.parametrize(
    ("name", "floor"),
    [("newsmtsc_rw_dev.jsonl", 0.70), ("newsmtsc_mt_dev.jsonl", 0.65)],
)
def test_dev_macro_f1_floor(name, floor):
    dev = _dev(name)
    out = score_target_tone(dev)
    assert _macro_f1(dev["polarity"], out["tone"]) >= floor
