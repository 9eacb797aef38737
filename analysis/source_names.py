"""Source names: comparison keys and the merging of spelling variants.

Two names are compatible when one's words all occur, up to a short suffix ("Russia" /
"Russian"), in the other, with the same last word and at least one distinctive word ("LGBT
Network" joins "Russian LGBT Network"; "Network" alone does not). Within an article a
surname or a shorter name joins the one fuller name that holds it; across the corpus
:func:`canonical_sources` names each group by its most frequent form. Evaluation matches
names the same way (:mod:`analysis.source_eval`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

import pandas as pd

from analysis.gazetteer import (
    Matcher,
)
from analysis.schema import ARTICLE_ID, require_columns
from analysis.source_phrases import _STRING, ORG_WORDS, _clean, _key, _lexicons, _words


def _merge_names(names: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Map each name to a fuller variant of it among ``names`` (token overlap), if unique."""
    by_name: dict[str, str] = {}
    for name, kind in names:
        by_name.setdefault(name, kind)
    token_sets = {n: _name_tokens(n) for n in by_name}
    out: dict[str, str] = {}
    for name, kind in by_name.items():
        if kind == "anonymous" or not token_sets[name]:
            continue
        mine = token_sets[name]
        hosts = []
        for other, other_kind in by_name.items():
            if other == name or other_kind == "anonymous":
                continue
            if (kind == "person") != (other_kind == "person"):
                continue
            theirs = token_sets[other]
            if len(theirs) < len(mine) or (len(theirs) == len(mine) and other <= name):
                continue
            if not _tokens_within(mine, theirs):
                continue
            if kind == "person" and not _same_token(
                name.split()[-1].lower(), other.split()[-1].lower()
            ):
                continue
            if kind != "person" and not any(t not in _GENERIC_NAME_WORDS for t in mine):
                continue
            hosts.append(other)
        if not hosts:
            continue
        longest = max(hosts, key=lambda h: (len(token_sets[h]), h))
        if all(_tokens_within(token_sets[h], token_sets[longest]) for h in hosts):
            out[name] = longest
    return out


_GENERIC_NAME_WORDS: frozenset[str] = ORG_WORDS | frozenset(
    _words(
        """
    the of and for in russian russia chechen chechnya international national human rights
    lgbt state federal
    """
    )
)


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    """Return the distinctive words of a name's key (memoised: names recur in a corpus)."""
    words = re.findall(r"[\w]+", _key(name))
    return tuple(w for w in words if w not in ("the", "of", "s", "a", "an", "and", "for"))


def _same_token(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (b, a) if len(b) < len(a) else (a, b)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


def _tokens_within(small: Iterable[str], big: Iterable[str]) -> bool:
    big_list = list(big)
    return all(any(_same_token(s, b) for b in big_list) for s in small)


def _match_key(name: str, matcher: Matcher) -> str:
    entry = matcher.lookup(name) or matcher.lookup(_clean(name))
    if entry is None:
        whole = [m for m in matcher.finditer(name) if m.end - m.start >= len(_clean(name)) * 0.8]
        entry = whole[0].entry if whole else None
    return _key(entry.name) if entry is not None else _key(name)


def _compatible(a: str, b: str) -> bool:
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if not _tokens_within(small, big):
        return False
    return any(t not in _GENERIC_NAME_WORDS for t in small) and _same_token(small[-1], big[-1])


CANONICAL_COLUMNS: tuple[str, ...] = ("source", "canonical", "source_kind", "n_articles")


def canonical_sources(
    sources: pd.DataFrame, *, gazetteer: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Map every source name of a source table to one canonical name across the corpus.

    Names that are gazetteer aliases map to the gazetteer name. Other names merge by token
    overlap, as within an article: a name whose words all occur (up to a short suffix:
    "Russia"/"Russian") in exactly one fuller name of the same kind joins it, provided it
    keeps a distinctive word ("LGBT Network" joins "Russian LGBT Network"; "Network" alone
    does not) and, for people, the same surname ("Molina" joins "Enrique Torre Molina" when
    no other Molina is cited anywhere). Each group is named by its most frequent form (in
    most articles; ties go to the fuller form). Unnamed sources ("activists") map to
    themselves.

    Parameters
    ----------
    sources
        A source table (:func:`extract_sources`); at least ``article_id``, ``source`` and
        ``source_kind``.
    gazetteer
        Used for aliases; the shipped gazetteer when ``None``.

    Returns
    -------
    pandas.DataFrame
        One row per distinct ``source``, sorted by it: ``source`` (string), ``canonical``
        (string), ``source_kind`` (string) and ``n_articles`` (int, articles citing that
        exact name).

    Examples
    --------
    >>> table = pd.DataFrame({"article_id": ["a", "b"],
    ...     "source": ["LGBT Network", "Russian LGBT Network"],
    ...     "source_kind": ["organization", "organization"]})
    >>> canonical_sources(table)["canonical"].tolist()
    ['Russian LGBT Network', 'Russian LGBT Network']
    """
    require_columns(sources, (ARTICLE_ID, "source", "source_kind"), what="source table")
    matcher = _lexicons(gazetteer, None).matcher
    names = (
        sources.groupby(["source", "source_kind"], sort=True)[ARTICLE_ID]
        .nunique()
        .reset_index(name="n_articles")
    )
    first_kind = names.drop_duplicates("source")
    canonical: dict[str, str] = {}
    for name in first_kind["source"]:
        entry = matcher.lookup(str(name))
        canonical[str(name)] = entry.name if entry is not None else str(name)
    merged = _merge_names(
        [
            (canonical[str(n)], str(k))
            for n, k in zip(first_kind["source"], first_kind["source_kind"], strict=True)
        ]
    )
    frequency: dict[str, int] = {}
    for name, count in sources.groupby("source")[ARTICLE_ID].nunique().items():
        frequency[canonical[str(name)]] = frequency.get(canonical[str(name)], 0) + int(count)
    clusters: dict[str, list[str]] = {}
    for name in set(canonical.values()):
        clusters.setdefault(merged.get(name, name), []).append(name)
    best = {
        member: max(members, key=lambda m: (frequency.get(m, 0), len(m.split()), m))
        for members in clusters.values()
        for member in members
    }
    table = first_kind.assign(
        canonical=[best.get(canonical[str(n)], canonical[str(n)]) for n in first_kind["source"]],
        n_articles=sources.groupby("source")[ARTICLE_ID]
        .nunique()
        .reindex(first_kind["source"])
        .to_numpy(),
    )
    return (
        table[list(CANONICAL_COLUMNS)]
        .astype(
            {
                "source": _STRING,
                "canonical": _STRING,
                "source_kind": _STRING,
                "n_articles": "int64",
            }
        )
        .reset_index(drop=True)
    )
