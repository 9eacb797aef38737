"""Measure quote extraction against gold annotations, and what its errors do to the findings.

``evaluate_quotes(gold, pred)`` scores a predicted quote table against a gold one the way the
project's shared scorers do (PolNeAR's ``score.py`` and the seed's), so researchers can measure
accuracy on their own annotated articles:

* spans are compared after trimming white space, quotation marks and ``. , ; : ! ? … - – —``
  at both ends, so ``“Yes,”`` and ``Yes`` are the same span;
* a prediction matches a gold quote when they share at least half of the gold span; matching
  is one to one, greedy by overlap;
* scores are given for every gold kind and for all kinds together. Within the scope of one
  kind, a prediction that only matches a gold quote of another kind is ignored (neither right
  nor wrong), as in PolNeAR's scorer; 'mixed' gold counts as 'partial';
* the speaker is right when the mention offsets overlap the gold mention's, or the
  normalised names are equal, or the predicted name's last word is the last word of a
  capitalised run of the gold speaker (surname rule; pronouns and titles never match this
  way); a gold quote with no speaker is right only when none is predicted;
* the headline statistic is the share of quotes per value of a column (by default
  ``speaker_kind``): the shift between gold and predicted shares is what extraction errors do
  to a chart of "who speaks".

``load_quote_table(path)`` reads gold or predictions in the shared formats (a JSON article
with ``quotes``, a JSONL of them, or a quote table as CSV, Parquet or JSONL rows).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from analysis.schema import ARTICLE_ID

__all__ = ["QuoteEvaluation", "evaluate_quotes", "load_quote_table"]

_TRIM = set(" \t\r\n\u00a0\"'“”‘’«»„‚.,;:!?…-–—")
_PRONOUNS = frozenset(
    {"he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "his", "their", "us"}
)
_TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator", "the", "a", "an"}
)
SCORE_COLUMNS: tuple[str, ...] = (
    "scope",
    "n_gold",
    "n_pred",
    "n_matched",
    "precision",
    "recall",
    "f1",
    "speaker_accuracy",
    "e2e_precision",
    "e2e_recall",
    "e2e_f1",
)
"""Columns of :attr:`QuoteEvaluation.scores`."""


class QuoteEvaluation(NamedTuple):
    """The result of :func:`evaluate_quotes`: two tidy tables."""

    scores: pd.DataFrame
    """One row per scope (each gold kind, then 'all'), columns :data:`SCORE_COLUMNS`."""
    shift: pd.DataFrame
    """One row per value of the headline column: gold and predicted counts and shares."""


def evaluate_quotes(
    gold: pd.DataFrame,
    pred: pd.DataFrame,
    *,
    by: str = "speaker_kind",
    threshold: float = 0.5,
) -> QuoteEvaluation:
    """Score predicted quotes against gold quotes, by kind, with the speaker and end to end.

    Parameters
    ----------
    gold, pred
        Quote tables with at least ``article_id``, ``start``, ``end`` and ``speaker``; ``kind``,
        ``quote``, ``speaker_start`` and ``speaker_end`` are used when present (``quote``, the
        text of the span, lets spans be trimmed of quotation marks). The output of
        :func:`analysis.extract_quotes` and of :func:`load_quote_table` both qualify.
    by
        Column whose shares are compared (the headline statistic). When either table lacks
        it, the normalised ``speaker`` is used instead.
    threshold
        Share of the gold span a prediction must cover to match it.

    Returns
    -------
    QuoteEvaluation
        ``scores``: one row per scope, with ``scope`` (str: a gold kind or 'all'),
        ``n_gold``, ``n_pred`` (int: scored predictions), ``n_matched`` (int),
        ``precision``, ``recall``, ``f1`` (float: span overlap match),
        ``speaker_accuracy`` (float: share of matched quotes with the right speaker) and
        ``e2e_precision``, ``e2e_recall``, ``e2e_f1`` (float: span and speaker right).
        ``shift``: one row per value of ``by``, with ``value`` (str), ``n_gold``, ``n_pred``
        (int), ``share_gold``, ``share_pred`` (float in [0, 1]) and ``difference``
        (float, ``share_pred - share_gold``), largest absolute difference first.

    Raises
    ------
    ValueError
        When a table lacks a required column.

    Examples
    --------
    >>> g = pd.DataFrame({"article_id": ["a"], "start": [0], "end": [10], "speaker": ["Jo Roe"],
    ...                   "kind": ["direct"]})
    >>> p = g.assign(speaker=["Roe"])
    >>> scores = evaluate_quotes(g, p).scores
    >>> str(scores.loc[0, "scope"]), float(scores.loc[0, "f1"]), float(scores.loc[0, "e2e_f1"])
    ('direct', 1.0, 1.0)
    """
    for name, table in (("gold", gold), ("pred", pred)):
        missing = [c for c in (ARTICLE_ID, "start", "end", "speaker") if c not in table.columns]
        if missing:
            raise ValueError(f"{name} quote table lacks column(s) {missing}")
    g = _prepare(gold)
    p = _prepare(pred)
    kinds = sorted(set(g["kind"]))
    scopes: list[str | None] = [*kinds, None]
    rows = [_score_scope(g, p, scope, threshold) for scope in scopes]
    scores = pd.DataFrame(rows, columns=list(SCORE_COLUMNS))
    return QuoteEvaluation(scores=scores, shift=_shift(g, p, by))


def _prepare(table: pd.DataFrame) -> pd.DataFrame:
    out = table.reset_index(drop=True)
    kind = out["kind"] if "kind" in out.columns else pd.Series("direct", index=out.index)
    kind = kind.fillna("direct").astype(str).replace({"mixed": "partial"})
    starts, ends = [], []
    quotes = out["quote"] if "quote" in out.columns else pd.Series([None] * len(out))
    for a, b, q in zip(out["start"], out["end"], quotes, strict=True):
        a, b = int(a), int(b)
        if isinstance(q, str) and len(q) == b - a:
            lead = len(q) - len(q.lstrip("".join(_TRIM)))
            tail = len(q) - len(q.rstrip("".join(_TRIM)))
            a, b = a + lead, max(a + lead, b - tail)
        starts.append(a)
        ends.append(b)
    extra = {}
    for col in ("speaker_start", "speaker_end"):
        extra[col] = out[col] if col in out.columns else pd.Series([float("nan")] * len(out))
    return out.assign(
        kind=kind.to_numpy(),
        span_start=starts,
        span_end=ends,
        article_id=out[ARTICLE_ID].astype(str),
        **extra,
    )


def _score_scope(
    g: pd.DataFrame, p: pd.DataFrame, scope: str | None, threshold: float
) -> tuple[object, ...]:
    n_gold = n_pred = n_match = n_spk = 0
    for article_id, pa in p.groupby("article_id", sort=False):
        ga = g[g["article_id"] == article_id]
        n_pred_a, n_match_a, n_spk_a = _score_article(ga, pa, scope, threshold)
        n_pred += n_pred_a
        n_match += n_match_a
        n_spk += n_spk_a
    n_gold = int((g["kind"] == scope).sum()) if scope is not None else len(g)
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    e2e_p = n_spk / n_pred if n_pred else 0.0
    e2e_r = n_spk / n_gold if n_gold else 0.0
    e2e_f = 2 * e2e_p * e2e_r / (e2e_p + e2e_r) if e2e_p + e2e_r else 0.0
    accuracy = n_spk / n_match if n_match else 0.0
    return (
        scope or "all", n_gold, n_pred, n_match, precision, recall, f1, accuracy,
        e2e_p, e2e_r, e2e_f,
    )  # fmt: skip


def _score_article(
    ga: pd.DataFrame, pa: pd.DataFrame, scope: str | None, threshold: float
) -> tuple[int, int, int]:
    records: list[dict[str, Any]] = [
        {str(k): v for k, v in r.items()} for r in ga.to_dict("records")
    ]
    gold = [q for q in records if scope is None or q["kind"] == scope]
    others = [q for q in records if scope is not None and q["kind"] != scope]
    preds: list[dict[str, Any]] = [{str(k): v for k, v in r.items()} for r in pa.to_dict("records")]
    cands = []
    for i, gq in enumerate(gold):
        ga_, gb_ = int(gq["span_start"]), int(gq["span_end"])
        for j, pq in enumerate(preds):
            ov = min(gb_, int(pq["span_end"])) - max(ga_, int(pq["span_start"]))
            if ov > 0 and ov >= threshold * (gb_ - ga_):
                cands.append((ov, i, j))
    cands.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((gold[i], preds[j]))
    ignored = 0
    for j, pq in enumerate(preds):
        if j in used_p:
            continue
        pa_, pb_ = int(pq["span_start"]), int(pq["span_end"])
        for gq in others:
            ga_, gb_ = int(gq["span_start"]), int(gq["span_end"])
            ov = min(gb_, pb_) - max(ga_, pa_)
            if ov > 0 and (ov >= 0.5 * (gb_ - ga_) or ov >= 0.5 * (pb_ - pa_)):
                ignored += 1
                break
    n_spk = sum(_speaker_ok(gq, pq) for gq, pq in pairs)
    return len(preds) - ignored, len(pairs), n_spk


def _norm(s: object) -> str:
    text = unicodedata.normalize("NFKC", s if isinstance(s, str) else "").casefold()
    text = re.sub(r"'s\b", "", text.replace("’", "'"))
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^\s*(the|a|an)\s+", "", text)
    return " ".join(text.split())


def _capital_lasts(s: str) -> set[str]:
    lasts, run = set(), []
    for w in re.findall(r"[\w'’.-]+|[^\w\s]", s or ""):
        if w[:1].isupper():
            run.append(w)
        else:
            if run:
                lasts.add(_norm(run[-1]))
            run = []
    if run:
        lasts.add(_norm(run[-1]))
    return {x for x in lasts if x and x not in _PRONOUNS and x not in _TITLES}


def _offset(value: object) -> float | None:
    if isinstance(value, (int, float)) and not pd.isna(value):
        return float(value)
    return None


def _speaker_ok(g: dict[str, Any], p: dict[str, Any]) -> bool:
    gs, ps = g.get("speaker"), p.get("speaker")
    gs = gs if isinstance(gs, str) and gs.strip() else ""
    ps = ps if isinstance(ps, str) and ps.strip() else ""
    if not gs:
        return not ps
    if not ps:
        return False
    ga, gb = _offset(g.get("speaker_start")), _offset(g.get("speaker_end"))
    pa, pb = _offset(p.get("speaker_start")), _offset(p.get("speaker_end"))
    if (
        ga is not None
        and gb is not None
        and pa is not None
        and pb is not None
        and min(gb, pb) > max(ga, pa)
    ):
        return True
    pn = _norm(ps)
    if not pn or pn in _PRONOUNS:
        return False
    alternatives = g.get("speaker_alt")
    golds = [gs, *(alternatives if isinstance(alternatives, list) else [])]
    if any(pn == _norm(x) for x in golds if isinstance(x, str)):
        return True
    last = pn.split()[-1]
    if last in _PRONOUNS or last in _TITLES:
        return False
    return any(last in _capital_lasts(x) for x in golds if isinstance(x, str))


def _shift(g: pd.DataFrame, p: pd.DataFrame, by: str) -> pd.DataFrame:
    if by in g.columns and by in p.columns:
        gv = g[by].fillna("unknown").astype(str)
        pv = p[by].fillna("unknown").astype(str)
    else:
        gv = g["speaker"].map(_norm).replace("", "unknown")
        pv = p["speaker"].map(_norm).replace("", "unknown")
    n_gold = gv.value_counts()
    n_pred = pv.value_counts()
    values = sorted(set(n_gold.index) | set(n_pred.index))
    table = pd.DataFrame(
        {
            "value": values,
            "n_gold": [int(n_gold.get(v, 0)) for v in values],
            "n_pred": [int(n_pred.get(v, 0)) for v in values],
        }
    )
    return (
        table.assign(
            share_gold=lambda d: d["n_gold"] / max(int(d["n_gold"].sum()), 1),
            share_pred=lambda d: d["n_pred"] / max(int(d["n_pred"].sum()), 1),
        )
        .assign(difference=lambda d: d["share_pred"] - d["share_gold"])
        .sort_values("difference", key=lambda s: -s.abs(), kind="stable")
        .reset_index(drop=True)
    )


def load_quote_table(path: str | Path) -> pd.DataFrame:
    """Read gold or predicted quotes into a quote table.

    Accepts the shared gold formats (one JSON article with ``id``, ``text`` and ``quotes``,
    as ``seed_gold.json``; or a JSONL of such articles, as PolNeAR's ``polnear_dev.jsonl`` and
    the scorers' prediction files) and quote tables written by ``python -m analysis quotes``
    (CSV, Parquet or JSONL rows with ``article_id``).

    Parameters
    ----------
    path
        The file to read.

    Returns
    -------
    pandas.DataFrame
        ``article_id`` (str), ``start``, ``end`` (int), ``kind`` (str), ``speaker`` (str or
        None), ``speaker_start``, ``speaker_end`` (float, NaN when absent), ``quote`` (str or
        None: the span's text when the file has the article text) and any other columns the
        file has.

    Raises
    ------
    ValueError
        When the file is in none of these formats.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return pd.read_parquet(path)
    if suffix == ".csv":
        return pd.read_csv(path)
    raw = path.read_text(encoding="utf-8")
    stripped = raw.strip()
    if not stripped:
        raise ValueError(f"{path}: empty file")
    try:
        records = (
            [json.loads(stripped)]
            if stripped.startswith("{") and "\n{" not in stripped
            else [json.loads(line) for line in raw.splitlines() if line.strip()]
        )
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}: not JSON or JSONL ({error})") from error
    if records and "quotes" in records[0]:
        rows = []
        for rec in records:
            text = rec.get("text")
            for q in rec.get("quotes") or []:
                a, b = int(q["start"]), int(q["end"])
                rows.append(
                    {
                        ARTICLE_ID: str(rec.get("id", rec.get(ARTICLE_ID))),
                        "start": a,
                        "end": b,
                        "kind": q.get("kind", "direct"),
                        "speaker": q.get("speaker"),
                        "speaker_start": q.get("speaker_start"),
                        "speaker_end": q.get("speaker_end"),
                        "speaker_alt": q.get("speaker_alt"),
                        "quote": text[a:b] if isinstance(text, str) else q.get("text"),
                    }
                )
        return pd.DataFrame(
            rows,
            columns=[ARTICLE_ID, "start", "end", "kind", "speaker", "speaker_start",
                     "speaker_end", "speaker_alt", "quote"],
        ).astype({"speaker_start": "float64", "speaker_end": "float64"})  # fmt: skip
    if records and ARTICLE_ID in records[0]:
        return pd.DataFrame.from_records(records)
    raise ValueError(f"{path}: expected articles with 'quotes' or quote rows with 'article_id'")
