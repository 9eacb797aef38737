"""Evaluation of source tables against gold annotations in the seed-gold format.

A predicted source matches a gold source of the same article when their canonical names agree
(:mod:`analysis.source_names`); the scores are precision, recall, F1 and type accuracy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from analysis.gazetteer import (
    Matcher,
)
from analysis.schema import ARTICLE_ID, require_columns
from analysis.source_names import _compatible, _match_key
from analysis.source_phrases import _STRING, _lexicons

GOLD_COLUMNS: tuple[str, ...] = (ARTICLE_ID, "source", "source_type", "role", "affiliation", "cues")


EVALUATION_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    "n_gold",
    "n_pred",
    "n_matched",
    "n_type_correct",
    "precision",
    "recall",
    "f1",
    "type_accuracy",
)


def sources_from_gold(records: Iterable[dict[str, object]]) -> pd.DataFrame:
    """Turn gold annotations in the seed-gold format into a gold source table.

    Parameters
    ----------
    records
        Dicts with ``id`` (or ``article_id``) and ``sources``: a list of dicts with
        ``source``, ``type`` and optionally ``role``, ``affiliation`` and ``cues`` (the format
        of ``bench/seed/seed_gold.json`` and ``data/sample/gold.jsonl``).

    Returns
    -------
    pandas.DataFrame
        One row per gold source: ``article_id`` (string), ``source`` (string),
        ``source_type`` (string), ``role`` and ``affiliation`` (string, nullable) and
        ``cues`` (string, "; "-separated).

    Raises
    ------
    ValueError
        When a record has no id or a source has no name or type.
    """
    rows = []
    for number, record in enumerate(records):
        article_id = record.get("article_id", record.get("id"))
        if not isinstance(article_id, str) or not article_id:
            raise ValueError(f"gold record {number} has no id")
        sources = record.get("sources") or []
        if type(sources) is not list:
            raise ValueError(f"gold record {article_id!r}: 'sources' is not a list")
        for item in sources:
            name, source_type = item.get("source"), item.get("type")
            if not name or not source_type:
                raise ValueError(f"gold record {article_id!r}: a source lacks 'source' or 'type'")
            cues = item.get("cues") or []
            rows.append(
                {
                    ARTICLE_ID: article_id,
                    "source": str(name),
                    "source_type": str(source_type),
                    "role": item.get("role"),
                    "affiliation": item.get("affiliation"),
                    "cues": "; ".join(str(c) for c in cues),
                }
            )
    frame = pd.DataFrame(rows, columns=list(GOLD_COLUMNS))
    return frame.astype({c: _STRING for c in GOLD_COLUMNS}).reset_index(drop=True)


def evaluate_sources(
    gold: pd.DataFrame,
    pred: pd.DataFrame,
    *,
    gazetteer: pd.DataFrame | None = None,
    sections: Sequence[str] = ("body", "teaser"),
) -> pd.DataFrame:
    """Score predicted sources against gold sources, per article and overall.

    A predicted source matches a gold source of the same article when their canonical names
    agree: the same gazetteer entry, the same name after normalisation (case, apostrophes,
    leading article), or one name's words all within the other's with the same last word
    ("Molina" and "Enrique Torre Molina"). Matching is one to one, exact agreements first. A
    source cited in several sections counts once, with the type of its first row.

    Parameters
    ----------
    gold
        Gold sources: ``article_id``, ``source``, ``source_type`` (see :func:`sources_from_gold`).
    pred
        Predicted sources (:func:`extract_sources`). Only articles present in ``gold`` are
        scored.
    gazetteer
        Used to canonicalise names; the shipped gazetteer when ``None``.
    sections
        Sections of ``pred`` to count.

    Returns
    -------
    pandas.DataFrame
        One row per gold article, then a last row with ``article_id == "all"`` (micro
        average): ``article_id`` (string), ``n_gold``, ``n_pred``, ``n_matched``,
        ``n_type_correct`` (int), ``precision``, ``recall``, ``f1`` and ``type_accuracy``
        (float; NaN when undefined, e.g. precision with no predictions).

    Examples
    --------
    >>> gold = pd.DataFrame({"article_id": ["a"], "source": ["LGBT Network"],
    ...                      "source_type": ["ngo_activist"]})
    >>> pred = pd.DataFrame({"article_id": ["a"], "source": ["Russian LGBT Network"],
    ...                      "source_type": ["ngo_activist"], "section": ["body"]})
    >>> evaluate_sources(gold, pred).loc[1, ["f1", "type_accuracy"]].tolist()
    [1.0, 1.0]
    """
    require_columns(gold, (ARTICLE_ID, "source", "source_type"), what="gold sources")
    require_columns(pred, (ARTICLE_ID, "source", "source_type"), what="predicted sources")
    matcher = _lexicons(gazetteer, None).matcher
    kept = pred.loc[pred["section"].isin(list(sections))] if "section" in pred.columns else pred
    kept = kept.drop_duplicates([ARTICLE_ID, "source"], keep="first")
    rows = []
    for article_id, gold_rows in gold.groupby(gold[ARTICLE_ID].astype(str), sort=False):
        pred_rows = kept.loc[kept[ARTICLE_ID].astype(str) == article_id]
        g = [
            (str(s), str(t))
            for s, t in zip(gold_rows["source"], gold_rows["source_type"], strict=True)
        ]
        p = [
            (str(s), str(t))
            for s, t in zip(pred_rows["source"], pred_rows["source_type"], strict=True)
        ]
        pairs = _one_to_one(g, p, matcher)
        rows.append(_scores(article_id, len(g), len(p), [g[i][1] == p[j][1] for i, j in pairs]))
    total = pd.DataFrame(rows, columns=list(EVALUATION_COLUMNS))
    overall = _scores(
        "all",
        int(total["n_gold"].sum()),
        int(total["n_pred"].sum()),
        [True] * int(total["n_type_correct"].sum())
        + [False] * int(total["n_matched"].sum() - total["n_type_correct"].sum()),
    )
    return pd.concat([total, pd.DataFrame([overall])], ignore_index=True).astype(
        {
            ARTICLE_ID: _STRING,
            "n_gold": "int64",
            "n_pred": "int64",
            "n_matched": "int64",
            "n_type_correct": "int64",
            "precision": "float64",
            "recall": "float64",
            "f1": "float64",
            "type_accuracy": "float64",
        }
    )


def _one_to_one(
    gold: list[tuple[str, str]], pred: list[tuple[str, str]], matcher: Matcher
) -> list[tuple[int, int]]:
    gold_keys = [_match_key(name, matcher) for name, _t in gold]
    pred_keys = [_match_key(name, matcher) for name, _t in pred]
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for exact in (True, False):
        for i, gk in enumerate(gold_keys):
            if i in used_g:
                continue
            for j, pk in enumerate(pred_keys):
                if j in used_p:
                    continue
                if (gk == pk) if exact else _compatible(gk, pk):
                    pairs.append((i, j))
                    used_g.add(i)
                    used_p.add(j)
                    break
    return pairs


def _scores(article_id: str, n_gold: int, n_pred: int, type_ok: list[bool]) -> dict[str, object]:
    matched = len(type_ok)
    precision = matched / n_pred if n_pred else float("nan")
    recall = matched / n_gold if n_gold else float("nan")
    f1 = 2 * matched / (n_gold + n_pred) if n_gold + n_pred else float("nan")
    return {
        ARTICLE_ID: article_id,
        "n_gold": n_gold,
        "n_pred": n_pred,
        "n_matched": matched,
        "n_type_correct": sum(type_ok),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "type_accuracy": sum(type_ok) / matched if matched else float("nan"),
    }
