"""Tone with TextBlob: polarity and subjectivity, raw and adjusted, in narration and in quotes.

Method
------
The raw figures are ``TextBlob(text).sentiment`` and nothing else (TextBlob's pattern
analyser: the average polarity and subjectivity of the words it knows, with its own rules for
negation, intensifiers and "!"). Nothing here needs NLTK data or a download.

TextBlob's lexicon was built from product reviews and misreads this kind of news: "gay" scores
+0.42 (the old "cheerful" sense) while "tortured", "crackdown" or "concentration camp" are
unknown to it and left out of the average. The *adjusted* figures rerun the very same pattern
mechanics (same tokenizer, same negation and intensifier handling, same averaging) on a copy
of TextBlob's lexicon changed by an editable adjustment lexicon
(``analysis/data/sentiment_adjustments.tsv``, see :func:`load_adjustments`):

- ``neutralise``: the term no longer counts at all, as if TextBlob did not know it;
- ``set``: the term counts with the polarity and subjectivity given in the file.

Phrases ("concentration camp") are joined into one token before scoring, so a phrase counts
once. Every result row lists the adjustment terms that fired, and the raw figure always sits
beside the adjusted one.

Limits: TextBlob's lexicon is English; rows of articles whose ``language`` is known and not
English get NaN scores and a ``note`` (the adjustment lexicon is English too). A lexicon score
is the tone of the words, not of the facts: "the attacks stopped" scores like "the attacks".
Adjusted terms are matched without part-of-speech (like TextBlob on plain strings).

Narration and quoted speech
---------------------------
With a quote table (see :mod:`analysis.quotes`), each article's text is split into the
outlet's own narration and the spans it quotes. Direct and partial quotes are always quoted
speech. Indirect (reported) speech counts as quoted speech too by default
(``indirect=True``): its content is the source's claim, paraphrased, while the attributing
words around it ("X said that") stay in the narration. Pass ``indirect=False`` to count
reported speech as narration.
"""

from __future__ import annotations

import csv
import importlib
import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from analysis.config import PACKAGE_DATA_DIR
from analysis.schema import ARTICLE_ID, LANGUAGE, OUTLET, TEXT, outlet_name, require_columns
from analysis.text import paragraph_spans, sentence_spans

logger = logging.getLogger(__name__)

Span = tuple[int, int]
Unit = Literal["sentence", "paragraph", "article"]

ADJUSTMENTS_PATH = PACKAGE_DATA_DIR / "sentiment_adjustments.tsv"
"""The adjustment lexicon shipped with the package."""

ADJUSTMENT_COLUMNS: tuple[str, ...] = (
    "term",
    "action",
    "polarity",
    "subjectivity",
    "category",
    "reason",
)
ADJUSTMENT_ACTIONS: frozenset[str] = frozenset({"neutralise", "set"})

SENTIMENT_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    "unit",
    "index",
    "start",
    "end",
    "n_words",
    "polarity_raw",
    "polarity_adjusted",
    "subjectivity_raw",
    "subjectivity_adjusted",
    "adjustments",
    "share_quoted",
    "note",
)

VOICE_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    OUTLET,
    "voice",
    "n_segments",
    "n_words",
    "polarity_raw",
    "polarity_adjusted",
    "subjectivity_raw",
    "subjectivity_adjusted",
    "adjustments",
    "note",
)

QUOTED_KINDS: frozenset[str] = frozenset({"direct", "partial"})
"""Quote kinds that are always quoted speech; ``indirect`` is added on request."""

NOT_ENGLISH_NOTE = "not scored: TextBlob's lexicon is English-only"
_WORD = re.compile(r"\w+")
_ENGLISH = {"en", "und", ""}


# --------------------------------------------------------------------------------------------
# adjustment lexicon


def load_adjustments(path: str | Path | None = None) -> pd.DataFrame:
    """Read and validate an adjustment lexicon.

    Parameters
    ----------
    path
        A tab-separated file with the columns of :data:`ADJUSTMENT_COLUMNS` (lines starting
        with ``#`` are comments). Default: the lexicon shipped in ``analysis/data/``.

    Returns
    -------
    pandas.DataFrame
        ``term`` (str, lower case), ``action`` ('neutralise' | 'set'), ``polarity`` and
        ``subjectivity`` (float, NaN for neutralise), ``category`` (str) and ``reason``
        (str), one row per term, in file order.

    Raises
    ------
    ValueError
        Naming the file line of a row with an unknown action, a missing or out-of-range
        value, a stem (``*``) on a phrase, or a term listed twice.
    """
    path = Path(path) if path is not None else ADJUSTMENTS_PATH
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if not line.startswith("#")]
    lines = [(n, line) for n, line in lines if line.strip()]
    if not lines:
        raise ValueError(f"{path}: no header line")
    header = next(csv.reader([lines[0][1]], delimiter="\t"))
    if tuple(h.strip() for h in header) != ADJUSTMENT_COLUMNS:
        raise ValueError(f"{path}: header must be {list(ADJUSTMENT_COLUMNS)}, found {header}")
    rows: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for number, line in lines[1:]:
        cells = [c.strip() for c in next(csv.reader([line], delimiter="\t"))]
        cells += [""] * (len(ADJUSTMENT_COLUMNS) - len(cells))
        term, action, polarity, subjectivity, category, reason = cells[:6]
        where = f"{path}:{number}"
        term = " ".join(term.lower().split())
        if not term or term == "*":
            raise ValueError(f"{where}: empty term")
        if term.endswith("*") and " " in term:
            raise ValueError(f"{where}: a stem (*) must be a single word, got {term!r}")
        if action not in ADJUSTMENT_ACTIONS:
            raise ValueError(f"{where}: action must be one of {sorted(ADJUSTMENT_ACTIONS)}")
        if term in seen:
            raise ValueError(f"{where}: term {term!r} already listed on line {seen[term]}")
        seen[term] = number
        p = s = math.nan
        if action == "set":
            try:
                p, s = float(polarity), float(subjectivity)
            except ValueError:
                raise ValueError(
                    f"{where}: 'set' needs numeric polarity and subjectivity"
                ) from None
            if not (-1.0 <= p <= 1.0 and 0.0 <= s <= 1.0):
                raise ValueError(f"{where}: polarity must be in [-1, 1], subjectivity in [0, 1]")
        rows.append(
            {
                "term": term,
                "action": action,
                "polarity": p,
                "subjectivity": s,
                "category": category,
                "reason": reason,
            }
        )
    return pd.DataFrame(rows, columns=list(ADJUSTMENT_COLUMNS)).astype(
        {"polarity": "float64", "subjectivity": "float64"}
    )


@dataclass
class _Adjuster:
    """Token rewriting plus a copy of TextBlob's lexicon with the adjusted terms added."""

    phrases: dict[tuple[str, ...], int]
    stems: list[tuple[str, int]]
    terms: list[str]
    actions: list[str]
    lexicon: Any = field(repr=False)
    original: Any = field(repr=False)  # TextBlob's own lexicon, for the raw scores
    max_len: int = 1

    @classmethod
    def build(cls, adjustments: pd.DataFrame) -> _Adjuster:
        require_columns(adjustments, ("term", "action", "polarity", "subjectivity"), what="adj")
        # TextBlob (and the NLTK it imports) loads on first use, not with the package
        from textblob._text import Sentiment as _PatternSentiment
        from textblob.en import sentiment as _TEXTBLOB_LEXICON

        if not dict.__len__(_TEXTBLOB_LEXICON):
            _TEXTBLOB_LEXICON.load()
        lexicon = _PatternSentiment(
            path="",
            negations=_TEXTBLOB_LEXICON.negations,
            modifiers=_TEXTBLOB_LEXICON.modifiers,
            modifier=_TEXTBLOB_LEXICON.modifier,
            tokenizer=_TEXTBLOB_LEXICON.tokenizer,
        )
        dict.update(lexicon, dict.items(_TEXTBLOB_LEXICON))
        dict.update(lexicon.labeler, _TEXTBLOB_LEXICON.labeler)
        phrases: dict[tuple[str, ...], int] = {}
        stems: list[tuple[str, int]] = []
        terms = [str(t) for t in adjustments["term"]]
        actions = [str(a) for a in adjustments["action"]]
        for i, (term, action, p, s) in enumerate(
            zip(terms, actions, adjustments["polarity"], adjustments["subjectivity"], strict=True)
        ):
            if action == "set":
                scores = [float(p), float(s), 1.0]
                dict.__setitem__(lexicon, _token(i), {None: scores})
            if term.endswith("*"):
                stems.append((term[:-1], i))
            else:
                phrases[tuple(term.split())] = i
        stems.sort(key=lambda item: -len(item[0]))
        max_len = max((len(p) for p in phrases), default=1)
        return cls(phrases, stems, terms, actions, lexicon, _TEXTBLOB_LEXICON, max_len)

    def rewrite(self, tokens: list[str]) -> tuple[list[str], list[str]]:
        """Replace adjusted terms by placeholder tokens; return the tokens and fired terms."""
        out: list[str] = []
        fired: list[str] = []
        i = 0
        while i < len(tokens):
            hit = None
            for n in range(min(self.max_len, len(tokens) - i), 0, -1):
                index = self.phrases.get(tuple(tokens[i : i + n]))
                if index is not None:
                    hit = (index, n)
                    break
            if hit is None:
                for stem, index in self.stems:
                    if tokens[i].startswith(stem):
                        hit = (index, 1)
                        break
            if hit is None:
                out.append(tokens[i])
                i += 1
                continue
            index, n = hit
            fired.append(self.terms[index])
            # neutralised: a placeholder TextBlob does not know (so it is not averaged)
            out.append(_token(index) if self.actions[index] == "set" else "\x00neutral")
            i += n
        return out, fired

    def score(self, text: str) -> tuple[float, float, list[str]]:
        tokens = [w.lower() for w in " ".join(self.lexicon.tokenizer(text)).split()]
        rewritten, fired = self.rewrite(tokens)
        result = self.lexicon(rewritten)
        return float(result[0]), float(result[1]), fired

    def score_both(self, text: str) -> tuple[float, float, float, float, list[str]]:
        """Raw TextBlob and adjusted (polarity, subjectivity) from one tokenisation.

        The raw pair equals ``TextBlob(text).sentiment``: TextBlob tokenises and lower-cases
        the string the same way before its lexicon reads the words.
        """
        tokens = [w.lower() for w in " ".join(self.lexicon.tokenizer(text)).split()]
        raw = self.original(tokens)
        rewritten, fired = self.rewrite(tokens)
        adjusted = self.lexicon(rewritten) if fired else raw
        return float(raw[0]), float(raw[1]), float(adjusted[0]), float(adjusted[1]), fired


def _token(index: int) -> str:
    return f"\x00adj{index}"


def _adjuster(adjustments: pd.DataFrame | None) -> _Adjuster:
    return _Adjuster.build(load_adjustments() if adjustments is None else adjustments)


def _textblob(text: str) -> tuple[float, float]:
    from textblob import TextBlob

    result = TextBlob(text).sentiment
    return float(result.polarity), float(result.subjectivity)


def _is_english(language: object) -> bool:
    if language is None or language is pd.NA or not isinstance(language, str):
        return True
    return language.strip().lower().split("-")[0] in _ENGLISH


# --------------------------------------------------------------------------------------------
# voices


def resolve_quotes(articles: pd.DataFrame, quotes: pd.DataFrame | None) -> pd.DataFrame:
    """Return ``quotes``, or the quote table of ``articles`` when ``quotes`` is None.

    ``analysis.extract_quotes`` is imported lazily; when it is not installed the result is an
    empty quote table (everything then counts as narration) and a warning is logged.
    """
    if quotes is not None:
        require_columns(quotes, (ARTICLE_ID, "kind", "start", "end"), what="quotes")
        return quotes
    try:
        extract: Callable[[pd.DataFrame], pd.DataFrame] = importlib.import_module(
            "analysis.quotes"
        ).extract_quotes
    except (ImportError, AttributeError):
        logger.warning("analysis.quotes is not available: all text counts as narration")
        return pd.DataFrame({ARTICLE_ID: [], "kind": [], "start": [], "end": []})
    return extract(articles)


def quoted_spans(quotes: pd.DataFrame, *, indirect: bool = True) -> dict[str, list[Span]]:
    """Return each article's quoted-speech spans, merged and sorted.

    Parameters
    ----------
    quotes
        A quote table (``article_id``, ``kind``, ``start``, ``end``).
    indirect
        Whether reported (indirect) speech counts as quoted speech.

    Returns
    -------
    dict
        ``article_id`` -> list of non-overlapping ``(start, end)`` spans.
    """
    kinds = QUOTED_KINDS | {"indirect"} if indirect else QUOTED_KINDS
    spans: dict[str, list[Span]] = {}
    for article_id, kind, start, end in zip(
        quotes[ARTICLE_ID], quotes["kind"], quotes["start"], quotes["end"], strict=True
    ):
        if kind in kinds and pd.notna(start) and pd.notna(end) and int(end) > int(start):
            spans.setdefault(str(article_id), []).append((int(start), int(end)))
    return {key: _merge(value) for key, value in spans.items()}


def _merge(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def voice_at(spans: Sequence[Span], start: int, end: int) -> str:
    """Return 'quoted' when ``[start, end)`` lies mostly inside ``spans``, else 'narration'."""
    return "quoted" if _overlap(spans, start, end) * 2 > max(end - start, 1) else "narration"


def _overlap(spans: Sequence[Span], start: int, end: int) -> int:
    return sum(max(0, min(end, e) - max(start, s)) for s, e in spans)


def split_voices(text: str, spans: Sequence[Span]) -> dict[str, list[Span]]:
    """Split ``text`` into narration and quoted segments (offsets into ``text``)."""
    narration: list[Span] = []
    quoted: list[Span] = []
    cursor = 0
    for start, end in _merge(spans):
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        if cursor < start:
            narration.append((cursor, start))
        quoted.append((start, end))
        cursor = end
    if cursor < len(text):
        narration.append((cursor, len(text)))
    return {
        "narration": [s for s in narration if text[s[0] : s[1]].strip()],
        "quoted": [s for s in quoted if text[s[0] : s[1]].strip()],
    }


# --------------------------------------------------------------------------------------------
# public scoring functions


def score_sentiment(
    articles: pd.DataFrame,
    *,
    unit: Unit = "sentence",
    quotes: pd.DataFrame | None = None,
    adjustments: pd.DataFrame | None = None,
    indirect: bool = True,
) -> pd.DataFrame:
    """Score polarity and subjectivity per sentence, paragraph or article, raw and adjusted.

    Parameters
    ----------
    articles
        The article table (``article_id``, ``text``; ``language`` when present).
    unit
        'sentence' (:func:`analysis.text.sentence_spans`), 'paragraph' (each non-blank line)
        or 'article' (the whole text).
    quotes
        Optional quote table; when given, ``share_quoted`` says how much of each unit is
        quoted speech. It is not extracted here when None (see :func:`tone_by_voice`).
    adjustments
        An adjustment lexicon as returned by :func:`load_adjustments`; default: the shipped
        one.
    indirect
        Whether reported speech counts as quoted speech for ``share_quoted``.

    Returns
    -------
    pandas.DataFrame
        One row per unit, in article order: ``article_id`` (str), ``unit`` (str), ``index``
        (int, 0-based unit number in the article), ``start``/``end`` (int, offsets into the
        text), ``n_words`` (int), ``polarity_raw`` (float in [-1, 1], exactly
        ``TextBlob(unit text).sentiment.polarity``), ``polarity_adjusted`` (float, the same
        mechanics with the adjustment lexicon), ``subjectivity_raw`` and
        ``subjectivity_adjusted`` (float in [0, 1]), ``adjustments`` (list of str: the
        adjustment terms that fired, in text order), ``share_quoted`` (float in [0, 1], NaN
        without a quote table) and ``note`` (str, empty when scored; scores are NaN for an
        article whose language is known and not English).

    Raises
    ------
    ValueError
        On an unknown ``unit`` or a missing column.

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["Gay men were tortured."]})
    >>> row = score_sentiment(arts).iloc[0]
    >>> bool(row.polarity_raw > 0 > row.polarity_adjusted), row.adjustments
    (True, ['gay men', 'tortur*'])
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    if unit not in ("sentence", "paragraph", "article"):
        raise ValueError(f"unit must be 'sentence', 'paragraph' or 'article', got {unit!r}")
    adjuster = _adjuster(adjustments)
    spans_by_article = quoted_spans(quotes, indirect=indirect) if quotes is not None else None
    languages = articles[LANGUAGE] if LANGUAGE in articles.columns else [None] * len(articles)
    rows = []
    for article_id, text, language in zip(
        articles[ARTICLE_ID], articles[TEXT], languages, strict=True
    ):
        text = "" if not isinstance(text, str) else text
        if unit == "sentence":
            units = sentence_spans(text)
        elif unit == "paragraph":
            units = paragraph_spans(text)
        else:
            units = [(0, len(text))]
        english = _is_english(language)
        q_spans = None if spans_by_article is None else spans_by_article.get(str(article_id), [])
        for index, (start, end) in enumerate(units):
            chunk = text[start:end]
            share = math.nan
            if q_spans is not None:
                share = _overlap(q_spans, start, end) / max(end - start, 1)
            rows.append(
                _score_row(adjuster, chunk, english)
                | {ARTICLE_ID: article_id, "unit": unit, "index": index}
                | {"start": start, "end": end, "share_quoted": share}
            )
    return _frame(rows, SENTIMENT_COLUMNS).astype(
        {"index": "int64", "start": "int64", "end": "int64", "n_words": "int64"}
    )


def _score_row(adjuster: _Adjuster, text: str, english: bool) -> dict[str, Any]:
    n_words = len(_WORD.findall(text))
    if not english:
        return {
            "n_words": n_words,
            "polarity_raw": math.nan,
            "polarity_adjusted": math.nan,
            "subjectivity_raw": math.nan,
            "subjectivity_adjusted": math.nan,
            "adjustments": [],
            "note": NOT_ENGLISH_NOTE,
        }
    p_raw, s_raw, p_adj, s_adj, fired = adjuster.score_both(text)
    return {
        "n_words": n_words,
        "polarity_raw": p_raw,
        "polarity_adjusted": p_adj,
        "subjectivity_raw": s_raw,
        "subjectivity_adjusted": s_adj,
        "adjustments": fired,
        "note": "",
    }


def _frame(rows: list[dict[str, Any]], columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(columns)).reset_index(drop=True)


def tone_by_voice(
    articles: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    adjustments: pd.DataFrame | None = None,
    indirect: bool = True,
) -> pd.DataFrame:
    """Score the tone of each article's own narration and of the speech it quotes.

    The narration is the text outside quoted spans; the quoted voice is the text inside them
    (see the module docstring for how reported speech counts). Each voice is scored as one
    text: TextBlob averages over every word it knows in that voice.

    Parameters
    ----------
    articles
        The article table (``article_id``, ``text``; ``outlet`` and ``language`` if present).
    quotes
        The quote table of these articles; extracted with ``analysis.extract_quotes`` when
        None.
    adjustments
        An adjustment lexicon (:func:`load_adjustments`); default: the shipped one.
    indirect
        Whether reported speech counts as quoted speech.

    Returns
    -------
    pandas.DataFrame
        Two rows per article ('narration' then 'quoted'): ``article_id`` (str), ``outlet``
        (str or NA, without the bracketed wire note), ``voice`` (str), ``n_segments`` (int,
        number of text stretches in that voice), ``n_words`` (int), ``polarity_raw``,
        ``polarity_adjusted`` (float in [-1, 1]; NaN when the voice has no words),
        ``subjectivity_raw``, ``subjectivity_adjusted`` (float in [0, 1]), ``adjustments``
        (list of str, fired adjustment terms) and ``note`` (str, why a score is missing).

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ['He said "Terrible!" Fine.']})
    >>> q = pd.DataFrame({"article_id": ["a"], "kind": ["direct"], "start": [9], "end": [18]})
    >>> tone_by_voice(arts, quotes=q)["voice"].tolist()
    ['narration', 'quoted']
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    adjuster = _adjuster(adjustments)
    spans = quoted_spans(resolve_quotes(articles, quotes), indirect=indirect)
    outlets = articles[OUTLET] if OUTLET in articles.columns else [None] * len(articles)
    languages = articles[LANGUAGE] if LANGUAGE in articles.columns else [None] * len(articles)
    rows = []
    for article_id, text, outlet, language in zip(
        articles[ARTICLE_ID], articles[TEXT], outlets, languages, strict=True
    ):
        text = "" if not isinstance(text, str) else text
        voices = split_voices(text, spans.get(str(article_id), []))
        for voice in ("narration", "quoted"):
            segments = voices[voice]
            joined = "\n".join(text[s:e] for s, e in segments)
            row = _score_row(adjuster, joined, _is_english(language))
            if row["n_words"] == 0:
                row |= {
                    "polarity_raw": math.nan,
                    "polarity_adjusted": math.nan,
                    "subjectivity_raw": math.nan,
                    "subjectivity_adjusted": math.nan,
                    "note": f"no {voice} text",
                }
            rows.append(
                row
                | {ARTICLE_ID: article_id, OUTLET: _outlet(outlet), "voice": voice}
                | {"n_segments": len(segments)}
            )
    return _frame(rows, VOICE_COLUMNS).astype({"n_segments": "int64", "n_words": "int64"})


def _outlet(value: object) -> object:
    return outlet_name(value) if isinstance(value, str) else pd.NA


def voice_tone_by_outlet(
    voice_tone: pd.DataFrame, *, by: Sequence[str] = (OUTLET,)
) -> pd.DataFrame:
    """Aggregate :func:`tone_by_voice` per outlet (or other grouping) and voice.

    Article scores are averaged with each article weighted by its words in that voice, so a
    one-line quote weighs less than a long one; articles without a score in a voice are left
    out of that voice's mean but counted in ``n_articles``.

    Parameters
    ----------
    voice_tone
        The output of :func:`tone_by_voice`.
    by
        Grouping columns of ``voice_tone``.

    Returns
    -------
    pandas.DataFrame
        One row per group and voice: the ``by`` columns, ``voice`` (str), ``n_articles``
        (int), ``n_scored`` (int, articles with a score in that voice), ``n_words`` (int),
        ``polarity_raw``, ``polarity_adjusted``, ``subjectivity_raw``,
        ``subjectivity_adjusted`` (float, word-weighted means; NaN when none is scored).
    """
    keys = [*by, "voice"]
    require_columns(voice_tone, [*keys, "n_words", "polarity_raw"], what="voice tone")
    measures = ["polarity_raw", "polarity_adjusted", "subjectivity_raw", "subjectivity_adjusted"]
    rows = []
    for key, group in voice_tone.groupby(keys, dropna=False, sort=True):
        scored = group[group["polarity_raw"].notna()]
        weights = scored["n_words"].astype("float64")
        total = float(weights.sum())
        row = dict(zip(keys, key if isinstance(key, tuple) else (key,), strict=True))
        row |= {
            "n_articles": int(group[ARTICLE_ID].nunique()),
            "n_scored": int(scored[ARTICLE_ID].nunique()),
            "n_words": int(group["n_words"].sum()),
        }
        for m in measures:
            row[m] = float((scored[m] * weights).sum() / total) if total else math.nan
        rows.append(row)
    return _frame(rows, [*keys, "n_articles", "n_scored", "n_words", *measures])


def adjustment_effects(
    scores: pd.DataFrame, *, adjustments: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Count how often each adjustment term fired in a :func:`score_sentiment` table.

    Parameters
    ----------
    scores
        The output of :func:`score_sentiment` (or :func:`tone_by_voice`).
    adjustments
        Optional ``term -> category`` mapping; default: the shipped lexicon's categories.

    Returns
    -------
    pandas.DataFrame
        One row per fired term, most frequent first: ``term`` (str), ``category`` (str),
        ``n_fired`` (int, occurrences), ``n_articles`` (int, distinct articles).
    """
    require_columns(scores, (ARTICLE_ID, "adjustments"), what="scores")
    if adjustments is None:
        table = load_adjustments()
        adjustments = dict(zip(table["term"], table["category"], strict=True))
    counts: dict[str, int] = {}
    articles: dict[str, set[str]] = {}
    for article_id, fired in zip(scores[ARTICLE_ID], scores["adjustments"], strict=True):
        for term in fired:
            counts[term] = counts.get(term, 0) + 1
            articles.setdefault(term, set()).add(str(article_id))
    rows = [
        {
            "term": t,
            "category": adjustments.get(t, ""),
            "n_fired": n,
            "n_articles": len(articles[t]),
        }
        for t, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    return _frame(rows, ["term", "category", "n_fired", "n_articles"])
