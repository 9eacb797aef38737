"""Tone toward named targets: find each target's mentions, then score the tone toward them.

One sentence can be harsh on one person and kind to another, so the unit is the *mention*:
each alias occurrence of a target in a sentence becomes one row of a mentions table (the
sentence as ``text`` and the alias's offsets inside it), which
:func:`analysis.target_tone.score_target_tone` scores; per-article and per-outlet figures
come from :func:`analysis.target_tone.target_tone_by_article`, with counts so that thin
evidence shows as thin.

Targets are a mapping ``{target: [alias, ...]}``. By default they are the sources gazetteer
(:func:`analysis.gazetteer.load_gazetteer`: each known source's name and aliases); without it,
:data:`DEFAULT_TARGETS`, a small list for the Chechnya case study.

Matching: whole words; an alias with a capital letter matches only as written ("Putin"), an
all-lower-case alias in any case ("victims"); straight and curly apostrophes are the same; an
alias in Cyrillic also matches with up to three extra letters at the end of each word, a
crude allowance for Russian case endings ("Кадырова"), as in the gazetteer. Where aliases
of two targets overlap, the longer one wins. Limits: pronouns and other references ("he",
"the Chechen leader" when not listed) are not resolved, so only named mentions count.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd

from analysis.schema import ARTICLE_ID, OUTLET, PUBLISHED, TEXT, outlet_name, require_columns
from analysis.sentiment import quoted_spans, voice_at
from analysis.text import sentence_spans

DEFAULT_TARGETS: Mapping[str, Sequence[str]] = {
    "Ramzan Kadyrov": ("Ramzan Kadyrov", "Kadyrov", "Рамзан Кадыров", "Кадыров"),
    "Vladimir Putin": ("Vladimir Putin", "Putin", "Владимир Путин", "Путин"),
    "Dmitry Peskov": ("Dmitry Peskov", "Peskov", "Дмитрий Песков", "Песков"),
    "Russian LGBT Network": (
        "Russian LGBT Network",
        "LGBT Network",
        "Российская ЛГБТ-сеть",
        "ЛГБТ-сеть",
    ),
    "Novaya Gazeta": ("Novaya Gazeta", "Новая газета", "Новой газеты", "Новую газету"),
    "Human Rights Watch": ("Human Rights Watch", "HRW"),
    "victims": ("victims", "victim", "survivors", "survivor", "жертвы", "пострадавшие"),
}
"""A small target list for the Chechnya case study, used when no gazetteer is available."""

MENTION_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    OUTLET,
    PUBLISHED,
    "target",
    "mention",
    "sentence",
    "sentence_start",
    "voice",
    "text",
    "start",
    "end",
)

Scorer = Callable[[pd.DataFrame], pd.DataFrame]
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def default_targets() -> dict[str, list[str]]:
    """Return the gazetteer's names and aliases as targets, or :data:`DEFAULT_TARGETS`."""
    try:
        gazetteer = importlib.import_module("analysis.gazetteer")
        table = gazetteer.load_gazetteer()
    except (ImportError, AttributeError, ValueError, OSError):
        return {k: list(v) for k, v in DEFAULT_TARGETS.items()}
    return {
        str(name): [str(name), *gazetteer.split_aliases(str(aliases))]
        for name, aliases in zip(table["name"], table["aliases"], strict=True)
    }


def alias_pattern(alias: str) -> str:
    """Return the regular expression of one alias (see the module docstring)."""
    words = alias.replace("’", "'").split()
    cyrillic = bool(_CYRILLIC.search(alias))
    parts = [re.escape(w).replace("'", "['’]") + (r"\w{0,3}" if cyrillic else "") for w in words]
    body = r"\s+".join(parts)
    if alias == alias.lower():
        body = f"(?i:{body})"
    return rf"(?<!\w){body}(?!\w)"


def find_mentions(
    articles: pd.DataFrame,
    *,
    targets: Mapping[str, Sequence[str]] | None = None,
    quotes: pd.DataFrame | None = None,
    indirect: bool = True,
) -> pd.DataFrame:
    """Build the mentions table: one row per target alias found in a sentence.

    Parameters
    ----------
    articles
        The article table (``article_id``, ``text``; ``outlet`` and ``published`` if
        present).
    targets
        ``{target: [alias, ...]}``; default: :func:`default_targets`.
    quotes
        Optional quote table; when given, ``voice`` tells whether the mention sits in quoted
        speech.
    indirect
        Whether reported speech counts as quoted speech.

    Returns
    -------
    pandas.DataFrame
        One row per mention, in text order: ``article_id`` (str), ``outlet`` (str or NA),
        ``published`` (datetime or NaT), ``target`` (str), ``mention`` (str, the alias as
        written in the text), ``sentence`` (int, index of the sentence), ``sentence_start``
        (int, the sentence's offset in the article), ``voice`` ('narration' | 'quoted', NA
        without a quote table), ``text`` (str, the sentence) and ``start``/``end`` (int, the
        mention's offsets in ``text``; the target contract of
        :func:`analysis.target_tone.score_target_tone`).

    Raises
    ------
    ValueError
        When a target has no alias.
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    targets = default_targets() if targets is None else targets
    empty = [t for t, aliases in targets.items() if not [a for a in aliases if a.strip()]]
    if empty:
        raise ValueError(f"target(s) {empty} have no alias")
    compiled = [
        (
            target,
            _alias_keys(aliases),
            re.compile("|".join(alias_pattern(a) for a in _longest_first(aliases))),
        )
        for target, aliases in targets.items()
    ]
    spans = quoted_spans(quotes, indirect=indirect) if quotes is not None else None
    n = len(articles)
    outlets = articles[OUTLET] if OUTLET in articles.columns else [None] * n
    published = articles[PUBLISHED] if PUBLISHED in articles.columns else [pd.NaT] * n
    rows: list[dict[str, Any]] = []
    for article_id, text, outlet, when in zip(
        articles[ARTICLE_ID], articles[TEXT], outlets, published, strict=True
    ):
        text = text if isinstance(text, str) else ""
        lowered = text.lower()
        found = _resolve_overlaps(
            [
                (m.start(), m.end(), target)
                for target, keys, rx in compiled
                if any(key in lowered for key in keys)
                for m in rx.finditer(text)
            ]
        )
        if not found:
            continue
        sentences = sentence_spans(text)
        q_spans = None if spans is None else spans.get(str(article_id), [])
        for start, end, target in found:
            index = next((i for i, (s, e) in enumerate(sentences) if s <= start and end <= e), None)
            if index is None:
                continue
            s, e = sentences[index]
            rows.append(
                {
                    ARTICLE_ID: article_id,
                    OUTLET: outlet_name(outlet) if isinstance(outlet, str) else pd.NA,
                    PUBLISHED: when,
                    "target": target,
                    "mention": text[start:end],
                    "sentence": index,
                    "sentence_start": s,
                    "voice": pd.NA if q_spans is None else voice_at(q_spans, start, end),
                    "text": text[s:e],
                    "start": start - s,
                    "end": end - s,
                }
            )
    return pd.DataFrame(rows, columns=list(MENTION_COLUMNS)).astype(
        {"sentence": "int64", "sentence_start": "int64", "start": "int64", "end": "int64"}
    )


def _alias_keys(aliases: Sequence[str]) -> frozenset[str]:
    """Return the longest word of each alias, lower-cased and cut at any apostrophe.

    Every word of an alias must occur in a text for its pattern to match, so a text that
    contains none of these keys is skipped without the (slow, position-by-position) search.
    """
    keys = set()
    for alias in aliases:
        parts = [w.split("'", 1)[0] for w in alias.replace("’", "'").lower().split()]
        if any(parts):
            keys.add(max(parts, key=len))
    return frozenset(keys)


def _longest_first(aliases: Sequence[str]) -> list[str]:
    return sorted({a.strip() for a in aliases if a.strip()}, key=lambda a: (-len(a), a))


def _resolve_overlaps(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for hit in sorted(found, key=lambda h: (-(h[1] - h[0]), h[0])):
        if all(hit[1] <= k[0] or hit[0] >= k[1] for k in kept):
            kept.append(hit)
    return sorted(kept)


def _target_tone(name: str) -> Callable[..., pd.DataFrame]:
    module = importlib.import_module("analysis.target_tone")
    function: Callable[..., pd.DataFrame] = getattr(module, name)
    return function


def entity_tone(
    articles: pd.DataFrame,
    *,
    targets: Mapping[str, Sequence[str]] | None = None,
    quotes: pd.DataFrame | None = None,
    scorer: Scorer | None = None,
) -> pd.DataFrame:
    """Score the tone toward each target at each of its mentions.

    Parameters
    ----------
    articles
        The article table.
    targets
        ``{target: [alias, ...]}``; default: the sources gazetteer (see
        :func:`default_targets`).
    quotes
        Optional quote table, to tell mentions in quoted speech from the narration.
    scorer
        The per-mention scorer; default :func:`analysis.target_tone.score_target_tone`
        (imported when called). It takes the mentions table and returns one row per input
        row, in order, with the input columns plus ``tone``, ``tone_score`` and ``evidence``.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`find_mentions` followed by ``tone`` ('negative' | 'neutral' |
        'positive'), ``tone_score`` (float) and ``evidence`` (the words behind the tone),
        plus any further columns the scorer adds; one row per mention, fresh RangeIndex.

    Raises
    ------
    ValueError
        When the scorer does not return one row per mention or lacks a contract column.
    """
    mentions = find_mentions(articles, targets=targets, quotes=quotes)
    score = scorer if scorer is not None else _target_tone("score_target_tone")
    scored = score(mentions)
    require_columns(scored, ("tone", "tone_score", "evidence"), what="scored mentions")
    if len(scored) != len(mentions):
        raise ValueError(
            f"the tone scorer returned {len(scored)} rows for {len(mentions)} mentions"
        )
    extra = [c for c in scored.columns if c not in MENTION_COLUMNS]
    return pd.concat(
        [
            mentions.reset_index(drop=True),
            scored[extra].reset_index(drop=True),
        ],
        axis=1,
    )


def entity_tone_by(
    scored: pd.DataFrame,
    *,
    by: Sequence[str] = (OUTLET, "target"),
    aggregator: Callable[..., pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """Aggregate :func:`entity_tone` per article and target, per outlet and target, etc.

    Parameters
    ----------
    scored
        The output of :func:`entity_tone`.
    by
        Grouping columns, e.g. ``("article_id", "target")`` or ``("outlet", "target")``.
    aggregator
        Default :func:`analysis.target_tone.target_tone_by_article` (imported when called),
        called as ``aggregator(scored, by=by)``.

    Returns
    -------
    pandas.DataFrame
        The aggregator's table (see :func:`analysis.target_tone.target_tone_by_article`):
        one row per group, the ``by`` columns, then ``n_mentions``, ``n_negative``,
        ``n_neutral``, ``n_positive`` (int), ``share_negative``, ``share_positive`` and
        ``mean_tone_score`` (float): counts next to shares, so thin evidence shows as thin.
    """
    require_columns(scored, [*by, "tone", "tone_score"], what="scored mentions")
    aggregate = aggregator if aggregator is not None else _target_tone("target_tone_by_article")
    return aggregate(scored, by=tuple(by)).reset_index(drop=True)
