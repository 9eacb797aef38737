import json

import pandas as pd
import pytest

from analysis.config import PROJECT_ROOT, SAMPLE_DIR, SHARED_DIR
from analysis.frame_evaluation import (
    evaluate_frames,
    frame_labels,
    load_frame_gold,
    stance_confusion,
)
from analysis.schema import outlet_name

CORPUS = SHARED_DIR / "corpus" / "chechnya_dev.jsonl"
DEV_GOLD = PROJECT_ROOT / "data" / "gold" / "chechnya_dev_framing.jsonl"
NO_QUOTES = pd.DataFrame({"article_id": [], "kind": [], "start": [], "end": []})


def _labels(frames, dominant, stance, doubt=None):
    table = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(frames))],
            "frames": frames,
            "dominant_frame": dominant,
            "stance": stance,
        }
    )
    return table if doubt is None else table.assign(doubt=doubt)


def _row(table, measure, label):
    return table.set_index(["measure", "label"]).loc[(measure, label)]


def test_frame_presence_per_frame_and_averages():
    gold = _labels([["x", "y"], ["y"], ["z"]], ["x", "y", "z"], ["fact"] * 3)
    pred = _labels([["x"], ["y", "z"], []], ["x", "y", None], ["fact"] * 3)
    table = evaluate_frames(gold, pred)
    x, y, z = (_row(table, "frames", f) for f in "xyz")
    assert (x.n_gold, x.n_predicted, x.n_correct, x.f1) == (1, 1, 1, 1.0)
    assert (y.n_gold, y.n_predicted, y.n_correct) == (2, 1, 1)
    assert y.precision == 1.0
    assert y.recall == 0.5
    assert (z.n_gold, z.n_predicted, z.n_correct, z.f1) == (1, 1, 0, 0.0)
    micro = _row(table, "frames", "micro")
    assert (micro.n_gold, micro.n_predicted, micro.n_correct) == (4, 3, 2)
    assert _row(table, "frames", "macro").f1 == pytest.approx((1 + 2 / 3 + 0) / 3)
    dominant = _row(table, "dominant_frame", "accuracy")
    assert (dominant.n_gold, dominant.n_correct) == (3, 2)


def test_frame_predicted_but_never_gold_lowers_micro_not_macro():
    gold = _labels([["x"]], ["x"], ["fact"])
    pred = _labels([["x", "w"]], ["x"], ["fact"])
    table = evaluate_frames(gold, pred)
    assert _row(table, "frames", "w").n_gold == 0
    assert _row(table, "frames", "macro").f1 == 1.0
    assert _row(table, "frames", "micro").precision == 0.5


def test_stance_accuracy_within_one_confusion_and_auc():
    gold = _labels([[]] * 4, [None] * 4, ["fact", "claims", "doubt", "false"])
    pred = _labels([[]] * 4, [None] * 4, ["fact", "doubt", "fact", "false"], [0.1, 0.5, 0.3, 0.9])
    table = evaluate_frames(gold, pred)
    assert _row(table, "stance", "accuracy").n_correct == 2
    assert _row(table, "stance", "within_one").n_correct == 3  # doubt -> fact is two steps
    # doubt/false articles (0.3, 0.9) against fact/claims ones (0.1, 0.5): 3 of 4 pairs
    assert _row(table, "doubt", "auc").f1 == 0.75
    # an article without a gold dominant frame is left out of that measure
    assert _row(table, "dominant_frame", "accuracy").n_gold == 0
    confusion = stance_confusion(gold, pred)
    assert len(confusion) == 16
    assert confusion["n_articles"].sum() == 4
    cell = confusion.set_index(["gold", "predicted"]).loc[("doubt", "fact"), "n_articles"]
    assert cell == 1


def test_evaluation_needs_shared_articles_and_columns():
    gold = _labels([["x"]], ["x"], ["fact"])
    with pytest.raises(ValueError, match="share no article"):
        evaluate_frames(gold, gold.assign(article_id="other"))
    with pytest.raises(ValueError, match="stance"):
        evaluate_frames(gold, gold.drop(columns="stance"))


def test_load_frame_gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [
        {"id": "a", "frames": ["x"], "dominant_frame": "x", "stance": "fact", "reason": "r"},
        {"article_id": "b", "frames": [], "text": "ignored"},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    gold = load_frame_gold(path)
    assert gold.columns.tolist() == ["article_id", "frames", "dominant_frame", "stance"]
    assert gold["article_id"].tolist() == ["a", "b"]
    assert gold["stance"].isna().tolist() == [False, True]
    path.write_text('{"id": "a", "frames": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=":1: 'frames'"):
        load_frame_gold(path)


def test_frame_labels_one_row_per_article_in_order():
    arts = pd.DataFrame(
        {
            "article_id": ["b", "a"],
            "outlet": ["Daily Fiction (Wire)", None],
            "language": ["en", "en"],
            "text": [
                "The weather was mild and nobody said anything about it.",
                "Police tortured the detained men in a secret prison, a survivor said.",
            ],
        }
    )
    labels = frame_labels(arts, quotes=NO_QUOTES)
    assert labels["article_id"].tolist() == ["b", "a"]
    assert labels["outlet"].tolist()[0] == "Daily Fiction"
    assert labels["frames"].tolist()[0] == []
    assert labels["dominant_frame"].isna().tolist()[0]
    assert "human_rights_abuse" in labels["frames"].tolist()[1]
    assert labels["stance"].isin(["fact", "claims", "doubt", "false"]).all()
    assert labels["doubt"].between(0, 1).all()


def _read(path):
    return pd.DataFrame(
        [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    )


def test_sample_corpus_against_its_gold():
    arts = _read(SAMPLE_DIR / "articles.jsonl").rename(columns={"id": "article_id"})
    table = evaluate_frames(load_frame_gold(SAMPLE_DIR / "gold.jsonl"), frame_labels(arts))
    assert _row(table, "frames", "macro").f1 >= 0.6
    assert _row(table, "dominant_frame", "accuracy").n_correct >= 18
    assert _row(table, "stance", "accuracy").n_correct >= 24
    assert _row(table, "doubt", "auc").f1 >= 0.95


@pytest.mark.shared
@pytest.mark.skipif(not CORPUS.is_file(), reason="../shared/corpus is absent")
def test_dev_corpus_against_the_hand_labels():
    arts = _read(CORPUS).rename(columns={"id": "article_id"})
    gold = load_frame_gold(DEV_GOLD)
    assert set(gold["article_id"]) == set(arts["article_id"])
    labels = frame_labels(arts)
    table = evaluate_frames(gold, labels)
    assert _row(table, "frames", "micro").f1 >= 0.62  # measured 0.64 (0.61 before)
    assert _row(table, "dominant_frame", "accuracy").n_correct >= 30  # measured 32 (25 before)
    assert _row(table, "stance", "accuracy").n_correct >= 38  # measured 40 (36 before)
    assert _row(table, "doubt", "auc").f1 >= 0.85  # measured 0.88
    # validity: state media relay more doubt than the other outlets
    state = (
        labels["outlet"]
        .map(outlet_name)
        .isin({"TASS", "RIA Novosti", "Sputnik Brasil", "Interfax", "Vzglyad"})
    )
    assert labels.loc[state, "doubt"].mean() > labels.loc[~state, "doubt"].mean()
