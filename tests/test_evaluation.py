"""Tests for analysis.evaluation on small invented gold and prediction tables."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import evaluate_quotes, extract_quotes, load_quote_table


def table(rows: list[tuple[str, int, int, str, str | None]], **extra: list[object]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["article_id", "start", "end", "kind", "speaker"])
    return frame.assign(**extra)


GOLD = table(
    [
        ("a", 0, 20, "direct", "Jane Doe"),
        ("a", 30, 60, "indirect", "the ministry"),
        ("b", 0, 40, "direct", "he"),
    ],
    speaker_start=[70.0, 25.0, 50.0],
    speaker_end=[78.0, 29.0, 52.0],
    speaker_kind=["person", "organization", "person"],
)


def score(pred: pd.DataFrame) -> pd.DataFrame:
    return evaluate_quotes(GOLD, pred).scores.set_index("scope")


def test_perfect_predictions() -> None:
    scores = score(GOLD)
    assert scores.loc["all", "f1"] == 1.0
    assert scores.loc["all", "e2e_f1"] == 1.0
    assert scores.index.tolist() == ["direct", "indirect", "all"]


def test_surname_and_offsets_count_as_the_right_speaker() -> None:
    pred = GOLD.assign(speaker=["Doe", "ministry", "she"])
    scores = score(pred)
    # 'she' has the gold mention's offsets, so it is right; 'Doe' by the surname rule
    assert scores.loc["all", "speaker_accuracy"] == 1.0
    wrong = pred.assign(speaker_start=[float("nan")] * 3, speaker_end=[float("nan")] * 3)
    assert score(wrong).loc["all", "speaker_accuracy"] == pytest.approx(2 / 3)


def test_half_overlap_matches_and_out_of_scope_predictions_are_ignored() -> None:
    pred = table(
        [("a", 5, 18, "direct", "Jane Doe"), ("a", 31, 59, "indirect", "the ministry")],
        speaker_start=[70.0, 25.0],
        speaker_end=[78.0, 29.0],
    )
    scores = score(pred)
    assert scores.loc["direct", "n_matched"] == 1
    assert scores.loc["direct", "n_pred"] == 1  # the indirect prediction is out of scope
    assert scores.loc["direct", "precision"] == 1.0
    assert scores.loc["direct", "recall"] == 0.5
    too_short = table([("a", 0, 5, "direct", "Jane Doe")])
    assert score(too_short).loc["direct", "n_matched"] == 0


def test_marks_are_trimmed_before_matching() -> None:
    gold = table([("a", 1, 6, "direct", "X")], quote=["Hello"])
    pred = table([("a", 0, 8, "direct", "X")], quote=["“Hello,”"])
    assert evaluate_quotes(gold, pred).scores.loc[0, "n_matched"] == 1


def test_headline_statistic_shift() -> None:
    pred = GOLD.assign(speaker_kind=["person", "person", "unknown"])
    shift = evaluate_quotes(GOLD, pred).shift.set_index("value")
    assert shift.loc["organization", "share_gold"] == pytest.approx(1 / 3)
    assert shift.loc["organization", "share_pred"] == 0.0
    assert shift.loc["unknown", "difference"] == pytest.approx(1 / 3)
    assert shift["share_gold"].sum() == pytest.approx(1.0)


def test_missing_columns_raise() -> None:
    with pytest.raises(ValueError, match="speaker"):
        evaluate_quotes(GOLD.drop(columns="speaker"), GOLD)


def test_load_quote_table_formats(tmp_path: Path) -> None:
    text = '"It is over," said Jane Doe.'
    article = {
        "id": "s1",
        "text": text,
        "quotes": [{"start": 1, "end": 12, "kind": "direct", "speaker": "Jane Doe"}],
    }
    single = tmp_path / "gold.json"
    single.write_text(json.dumps(article, indent=1), encoding="utf-8")
    lines = tmp_path / "gold.jsonl"
    lines.write_text(json.dumps(article) + "\n" + json.dumps({**article, "id": "s2"}) + "\n")
    assert load_quote_table(single)["quote"].tolist() == ["It is over,"]
    assert load_quote_table(lines)["article_id"].tolist() == ["s1", "s2"]
    pred = extract_quotes(pd.DataFrame({"article_id": ["s1"], "text": [text]}))
    path = tmp_path / "pred.csv"
    pred.to_csv(path, index=False)
    result = evaluate_quotes(load_quote_table(single), load_quote_table(path))
    assert result.scores.loc[0, "e2e_f1"] == 1.0
    (tmp_path / "bad.jsonl").write_text('{"x": 1}\n')
    with pytest.raises(ValueError, match="expected"):
        load_quote_table(tmp_path / "bad.jsonl")
