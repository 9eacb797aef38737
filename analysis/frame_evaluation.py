"""Measure frames, dominant frames and narration stance against articles labelled by hand.

A researcher who labels some articles of their own corpus (frames present, the dominant
frame, the stance of the narration) can check here how far the measures of
:mod:`analysis.framing` and :mod:`analysis.stance` agree with a reader:

* :func:`frame_labels` turns the measures into one label row per article, the shape of the
  gold;
* :func:`evaluate_frames` scores each frame's presence (precision, recall and F1 over
  articles, with macro and micro averages), the dominant frame (accuracy, and per frame) and
  the stance label (accuracy, agreement within one step of the scale fact < claims < doubt <
  false, per label, and the ranking quality of ``doubt``: the area under the ROC curve of
  "the narration casts doubt or calls the reports false" against the score);
* :func:`stance_confusion` cross-tabulates gold and predicted stance;
* :func:`load_frame_gold` reads gold files in the project's formats
  (``data/gold/chechnya_dev_framing.jsonl``, ``data/sample/gold.jsonl``).

Limits: every figure is over the articles both tables share; with a few dozen articles a
per-frame F1 rests on a handful of cases, so read ``n_gold`` beside it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.framing import detect_frames, dominant_frame, frame_scores
from analysis.quotes import extract_quotes
from analysis.schema import ARTICLE_ID, OUTLET, TEXT, outlet_name, require_columns
from analysis.stance import STANCE_LABELS, score_stance

__all__ = ["evaluate_frames", "frame_labels", "load_frame_gold", "stance_confusion"]

LABEL_COLUMNS: tuple[str, ...] = (ARTICLE_ID, "frames", "dominant_frame", "stance")
"""Columns shared by gold and predicted label tables."""

EVALUATION_COLUMNS: tuple[str, ...] = (
    "measure",
    "label",
    "n_gold",
    "n_predicted",
    "n_correct",
    "precision",
    "recall",
    "f1",
)
"""Columns of :func:`evaluate_frames`."""

DOUBTING: frozenset[str] = frozenset({"doubt", "false"})
"""Stance labels under which the narration itself casts doubt on the reports."""


def load_frame_gold(path: str | Path) -> pd.DataFrame:
    """Read frame and stance labels from a JSONL gold file.

    Parameters
    ----------
    path
        One JSON object a line with ``id`` or ``article_id``, ``frames`` (list of frame
        names), ``dominant_frame`` and ``stance``; other keys (article text, quotes, a
        reason) are ignored.

    Returns
    -------
    pandas.DataFrame
        One row per labelled article, in file order: ``article_id`` (str), ``frames`` (list
        of str), ``dominant_frame`` (str or None) and ``stance`` (str or None).

    Raises
    ------
    ValueError
        Naming the line that is not JSON, has no id, or whose frames are not a list.
    """
    path = Path(path)
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not JSON ({error})") from error
        article_id = record.get("article_id", record.get("id"))
        if not isinstance(article_id, str) or not article_id:
            raise ValueError(f"{path}:{number}: no 'id' or 'article_id'")
        frames = record.get("frames", [])
        if not isinstance(frames, list):
            raise ValueError(  # noqa: TRY004 (a malformed file, not a wrong argument)
                f"{path}:{number}: 'frames' of {article_id!r} must be a list"
            )
        rows.append(
            {
                ARTICLE_ID: article_id,
                "frames": [str(f) for f in frames],
                "dominant_frame": record.get("dominant_frame"),
                "stance": record.get("stance"),
            }
        )
    return pd.DataFrame(rows, columns=list(LABEL_COLUMNS))


def frame_labels(
    articles: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    codebook: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Label each article the way a hand annotator does: frames, dominant frame, stance.

    Parameters
    ----------
    articles
        The article table (``article_id``, ``text``; ``title``, ``language``, ``outlet``).
    quotes
        The quote table of these articles; extracted with ``analysis.extract_quotes`` when
        None (once, for frames and stance alike).
    codebook
        A codebook from :func:`analysis.framing.load_codebook`; default: the shipped one.

    Returns
    -------
    pandas.DataFrame
        One row per article, in input order: ``article_id`` (str), ``outlet`` (str or NA),
        ``frames`` (list of str: the present frames of :func:`analysis.frame_scores`, by
        descending score), ``dominant_frame`` (str or None, from
        :func:`analysis.dominant_frame`), ``stance`` (str) and ``doubt`` (float in [0, 1],
        from :func:`analysis.score_stance`).

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "language": ["en"],
    ...     "text": ["Police tortured the detained men in a secret prison, a survivor said."]})
    >>> no_quotes = pd.DataFrame({"article_id": [], "kind": [], "start": [], "end": []})
    >>> frame_labels(arts, quotes=no_quotes)["dominant_frame"].item()
    'human_rights_abuse'
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    quotes = extract_quotes(articles) if quotes is None else quotes
    detected = detect_frames(articles, quotes=quotes, codebook=codebook)
    scores = frame_scores(detected, articles=articles)
    present = (
        scores.loc[scores["present"]]
        .sort_values("score", ascending=False, kind="stable")
        .groupby(ARTICLE_ID, sort=False)["frame"]
        .agg(list)
    )
    dominant = dominant_frame(detected, articles=articles).set_index(ARTICLE_ID)["dominant_frame"]
    stance = score_stance(articles, quotes=quotes, codebook=codebook)
    labels = dict(zip(stance[ARTICLE_ID], stance["stance"], strict=True))
    doubt = dict(zip(stance[ARTICLE_ID], stance["doubt"], strict=True))
    outlets = articles[OUTLET] if OUTLET in articles.columns else [pd.NA] * len(articles)
    rows = [
        {
            ARTICLE_ID: article_id,
            OUTLET: outlet_name(outlet) if isinstance(outlet, str) else pd.NA,
            "frames": list(present.get(article_id, [])),
            "dominant_frame": dominant.get(article_id),
            "stance": labels[article_id],
            "doubt": float(doubt[article_id]),
        }
        for article_id, outlet in zip(articles[ARTICLE_ID], outlets, strict=True)
    ]
    columns = [ARTICLE_ID, OUTLET, "frames", "dominant_frame", "stance", "doubt"]
    return pd.DataFrame(rows, columns=columns)


def evaluate_frames(gold: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """Score predicted frame and stance labels against gold ones, article by article.

    Parameters
    ----------
    gold
        Hand labels, as from :func:`load_frame_gold`: ``article_id``, ``frames`` (list),
        ``dominant_frame``, ``stance``. An article whose ``dominant_frame`` or ``stance`` is
        missing is left out of that measure.
    predicted
        The same columns, as from :func:`frame_labels`; with a ``doubt`` column the ranking
        of the doubt score is measured too.

    Returns
    -------
    pandas.DataFrame
        One row per measure and label, over the articles both tables share: ``measure``
        ('frames' | 'dominant_frame' | 'stance' | 'doubt'), ``label`` (a frame or stance
        label; or 'macro' (mean of the per-label F1 over labels with gold support), 'micro'
        (pooled counts; frames only), 'accuracy' (``n_correct / n_gold``), 'within_one'
        (stance only: at most one step apart on fact < claims < doubt < false) or 'auc'
        (doubt only, in ``f1``: the chance that an article labelled doubt or false scores a
        higher ``doubt`` than one labelled fact or claims, ties counting half)), ``n_gold``
        and ``n_predicted`` (int, articles with the label; for summary rows the articles
        scored; for 'auc' the articles labelled doubt or false, and the others), ``n_correct`` (int, true positives or agreements) and ``precision``,
        ``recall``, ``f1`` (float, NaN where undefined).

    Raises
    ------
    ValueError
        When either table lacks a column, or they share no article.

    Examples
    --------
    >>> gold = pd.DataFrame({"article_id": ["a", "b"], "frames": [["x", "y"], ["y"]],
    ...     "dominant_frame": ["x", "y"], "stance": ["fact", "doubt"]})
    >>> pred = gold.assign(frames=[["x"], ["y"]], stance=["fact", "claims"])
    >>> table = evaluate_frames(gold, pred).set_index(["measure", "label"])
    >>> float(table.loc[("frames", "micro"), "recall"]), float(table.loc[("stance", "accuracy"), "f1"])
    (0.6666666666666666, 0.5)
    """
    require_columns(gold, LABEL_COLUMNS, what="gold")
    require_columns(predicted, LABEL_COLUMNS, what="predicted")
    merged = gold[list(LABEL_COLUMNS)].merge(
        predicted.drop(columns=[c for c in predicted.columns if c == OUTLET]),
        on=ARTICLE_ID,
        suffixes=("_gold", "_pred"),
    )
    if merged.empty:
        raise ValueError("gold and predicted share no article_id")
    rows = _presence_rows(merged)
    rows += _single_label_rows("dominant_frame", merged)
    rows += _single_label_rows("stance", merged)
    rows += _within_one_rows(merged)
    if "doubt" in merged.columns:
        rows += _auc_rows(merged)
    return pd.DataFrame(rows, columns=list(EVALUATION_COLUMNS)).astype(
        {"n_gold": "int64", "n_predicted": "int64", "n_correct": "int64"}
    )


def stance_confusion(gold: pd.DataFrame, predicted: pd.DataFrame) -> pd.DataFrame:
    """Cross-tabulate gold and predicted stance labels.

    Parameters
    ----------
    gold, predicted
        Tables with ``article_id`` and ``stance`` (as for :func:`evaluate_frames`).

    Returns
    -------
    pandas.DataFrame
        One row per pair of labels of ``STANCE_LABELS`` (all 16, zeros included), gold first:
        ``gold`` (str), ``predicted`` (str) and ``n_articles`` (int).
    """
    require_columns(gold, (ARTICLE_ID, "stance"), what="gold")
    require_columns(predicted, (ARTICLE_ID, "stance"), what="predicted")
    merged = gold[[ARTICLE_ID, "stance"]].merge(
        predicted[[ARTICLE_ID, "stance"]], on=ARTICLE_ID, suffixes=("_gold", "_pred")
    )
    counts = merged.groupby(["stance_gold", "stance_pred"]).size().to_dict()
    rows = [
        {"gold": g, "predicted": p, "n_articles": int(counts.get((g, p), 0))}
        for g in STANCE_LABELS
        for p in STANCE_LABELS
    ]
    return pd.DataFrame(rows, columns=["gold", "predicted", "n_articles"])


def _prf(measure: str, label: str, n_gold: int, n_pred: int, n_correct: int) -> dict[str, Any]:
    precision = n_correct / n_pred if n_pred else float("nan")
    recall = n_correct / n_gold if n_gold else float("nan")
    f1 = (
        2 * precision * recall / (precision + recall)
        if n_pred and n_gold and precision + recall > 0
        else (0.0 if n_pred or n_gold else float("nan"))
    )
    return {
        "measure": measure,
        "label": label,
        "n_gold": n_gold,
        "n_predicted": n_pred,
        "n_correct": n_correct,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def _summary(measure: str, label: str, n: int, n_correct: int) -> dict[str, Any]:
    share = n_correct / n if n else float("nan")
    return {
        "measure": measure,
        "label": label,
        "n_gold": n,
        "n_predicted": n,
        "n_correct": n_correct,
        "precision": share,
        "recall": share,
        "f1": share,
    }


def _macro(measure: str, rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    supported = [r for r in rows if r["n_gold"] > 0]
    f1 = sum(r["f1"] for r in supported) / len(supported) if supported else float("nan")
    return {
        "measure": measure,
        "label": "macro",
        "n_gold": sum(r["n_gold"] for r in rows),
        "n_predicted": sum(r["n_predicted"] for r in rows),
        "n_correct": sum(r["n_correct"] for r in rows),
        "precision": float("nan"),
        "recall": float("nan"),
        "f1": f1,
    }


def _as_set(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, Iterable):
        return {str(v) for v in value}
    return set()


def _presence_rows(merged: pd.DataFrame) -> list[dict[str, Any]]:
    gold_sets = [_as_set(v) for v in merged["frames_gold"]]
    pred_sets = [_as_set(v) for v in merged["frames_pred"]]
    labels = sorted(set().union(*gold_sets, *pred_sets))
    rows = [
        _prf(
            "frames",
            label,
            sum(label in g for g in gold_sets),
            sum(label in p for p in pred_sets),
            sum(label in g and label in p for g, p in zip(gold_sets, pred_sets, strict=True)),
        )
        for label in labels
    ]
    micro = _prf(
        "frames",
        "micro",
        sum(len(g) for g in gold_sets),
        sum(len(p) for p in pred_sets),
        sum(len(g & p) for g, p in zip(gold_sets, pred_sets, strict=True)),
    )
    return [*rows, _macro("frames", rows), micro]


def _single_label_rows(column: str, merged: pd.DataFrame) -> list[dict[str, Any]]:
    pairs = [
        (str(g), None if not isinstance(p, str) else p)
        for g, p in zip(merged[f"{column}_gold"], merged[f"{column}_pred"], strict=True)
        if isinstance(g, str) and g
    ]
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs if p is not None})
    rows = [
        _prf(
            column,
            label,
            sum(g == label for g, _ in pairs),
            sum(p == label for _, p in pairs),
            sum(g == label and p == label for g, p in pairs),
        )
        for label in labels
    ]
    accuracy = _summary(column, "accuracy", len(pairs), sum(g == p for g, p in pairs))
    return [*rows, _macro(column, rows), accuracy]


def _within_one_rows(merged: pd.DataFrame) -> list[dict[str, Any]]:
    rank = {label: i for i, label in enumerate(STANCE_LABELS)}
    pairs = [
        (rank[g], rank.get(p))
        for g, p in zip(merged["stance_gold"], merged["stance_pred"], strict=True)
        if g in rank
    ]
    close = sum(p is not None and abs(g - p) <= 1 for g, p in pairs)
    return [_summary("stance", "within_one", len(pairs), close)]


def _auc_rows(merged: pd.DataFrame) -> list[dict[str, Any]]:
    known = merged[merged["stance_gold"].isin(STANCE_LABELS) & merged["doubt"].notna()]
    positive = known.loc[known["stance_gold"].isin(DOUBTING), "doubt"].astype(float).tolist()
    negative = known.loc[~known["stance_gold"].isin(DOUBTING), "doubt"].astype(float).tolist()
    pairs = len(positive) * len(negative)
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    auc = wins / pairs if pairs else float("nan")
    return [
        {
            "measure": "doubt",
            "label": "auc",
            "n_gold": len(positive),
            "n_predicted": len(negative),
            "n_correct": int(wins),
            "precision": float("nan"),
            "recall": float("nan"),
            "f1": auc,
        }
    ]
