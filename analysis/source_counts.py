"""Source aggregates: counts and shares per type, per-article diversity, the most cited sources.

Each function takes the source table of :func:`analysis.extract_sources` and returns a tidy
table; articles without sources are kept with zeros (:func:`source_diversity` needs the
article table for that).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.gazetteer import (
    load_source_types,
)
from analysis.schema import ARTICLE_ID, LANGUAGE, OUTLET, TEXT, outlet_name, require_columns
from analysis.source_events import ENGLISH_SUPPORTED, FOREIGN_CUES, _mostly_ascii
from analysis.source_names import canonical_sources
from analysis.source_phrases import _STRING


def _in_sections(sources: pd.DataFrame, sections: Sequence[str]) -> pd.DataFrame:
    if "section" not in sources.columns:
        return sources
    return sources.loc[sources["section"].isin(list(sections))]


def _distinct(sources: pd.DataFrame) -> pd.DataFrame:
    """One row per (article, source): the first row of a source cited in several sections."""
    return sources.drop_duplicates([ARTICLE_ID, "source"], keep="first")


def count_sources(
    sources: pd.DataFrame,
    *,
    by: Sequence[str] = (OUTLET,),
    sections: Sequence[str] = ("body",),
    source_types: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Count cited sources per type within groups (per outlet by default), with shares.

    Parameters
    ----------
    sources
        A source table (:func:`extract_sources`).
    by
        Columns of ``sources`` to group by (``outlet``, or ``()`` for the whole corpus).
        Merge article metadata (e.g. a month column) into the table first to group by it.
    sections
        Sections to count; teasers (other articles' sources) are left out by default.
    source_types
        The taxonomy; every type appears in every group, with zeros where it is not cited.

    Returns
    -------
    pandas.DataFrame
        One row per group and source type: the ``by`` columns, ``source_type`` (string),
        ``n_sources`` (int, distinct sources per article, summed over the group's
        articles), ``n_articles`` (int, articles of the group citing at least one source of
        the type), ``n_quotes`` (int, direct and partial quotes from those sources) and
        ``share`` (float in [0, 1], ``n_sources`` over the group's total; 0 when the group
        cites nothing).

    Raises
    ------
    ValueError
        When a ``by`` column is missing.

    Examples
    --------
    >>> table = pd.DataFrame({"article_id": ["a", "a"], "outlet": ["X", "X"],
    ...     "source": ["Kremlin", "activists"], "source_type": ["government", "ngo_activist"],
    ...     "n_quotes": [1, 0], "section": ["body", "body"]})
    >>> counts = count_sources(table)
    >>> counts.loc[counts["n_sources"] > 0, ["source_type", "share"]].to_numpy().tolist()
    [['government', 0.5], ['ngo_activist', 0.5]]
    """
    by = list(by)
    require_columns(sources, (ARTICLE_ID, "source", "source_type", *by), what="source table")
    types = list((source_types if source_types is not None else load_source_types())["source_type"])
    kept = _distinct(_in_sections(sources, sections))
    quotes = kept["n_quotes"] if "n_quotes" in kept.columns else pd.Series(0, index=kept.index)
    counted = (
        kept.assign(_quotes=quotes.astype("int64"))
        .groupby([*by, "source_type"], dropna=False)
        .agg(
            n_sources=("source", "size"),
            n_articles=(ARTICLE_ID, "nunique"),
            n_quotes=("_quotes", "sum"),
        )
        .reset_index()
    )
    groups = (
        kept[by].drop_duplicates().reset_index(drop=True)
        if by
        else pd.DataFrame(index=pd.RangeIndex(1))
    )
    grid = groups.merge(pd.DataFrame({"source_type": types}), how="cross")
    extra = counted.loc[~counted["source_type"].isin(types), [*by, "source_type"]]
    grid = pd.concat([grid, extra], ignore_index=True)
    table = grid.merge(counted, on=[*by, "source_type"], how="left").fillna(
        {"n_sources": 0, "n_articles": 0, "n_quotes": 0}
    )
    totals = (
        table.groupby(by, dropna=False)["n_sources"].transform("sum")
        if by
        else pd.Series(table["n_sources"].sum(), index=table.index)
    )
    return (
        table.assign(
            share=(table["n_sources"] / totals.where(totals > 0)).fillna(0.0).astype("float64")
        )
        .astype(
            {
                "n_sources": "int64",
                "n_articles": "int64",
                "n_quotes": "int64",
                "source_type": _STRING,
            }
        )
        .sort_values(
            [*by, "source_type"],
            key=lambda col: col.map(_type_order(types)) if col.name == "source_type" else col,
        )
        .reset_index(drop=True)
    )


def _type_order(types: list[str]) -> dict[str, int]:
    return {t: i for i, t in enumerate(types)}


DIVERSITY_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    OUTLET,
    "status",
    "n_sources",
    "n_named",
    "n_anonymous",
    "n_types",
    "n_official",
    "n_civil_society",
    "n_media",
    "share_official",
    "share_civil_society",
    "share_media",
    "share_anonymous",
)


def source_diversity(
    sources: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    sections: Sequence[str] = ("body",),
    source_types: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Per article: how many distinct sources it cites, of how many types, and their mix.

    Every article of ``articles`` appears, in input order: an article that cites nothing
    has zeros (and shares of 0). ``status`` says whether the article could be analysed: an
    article in a language without configured cues is reported, not silently zero.

    Parameters
    ----------
    sources
        A source table (:func:`extract_sources`) of these articles.
    articles
        The article table.
    sections
        Sections to count (body only by default: teasers belong to other articles).
    source_types
        The taxonomy, whose ``group`` column folds types into official (government,
        security, international bodies), civil society (NGOs, victims and witnesses, experts,
        religious and community leaders), media, anonymous and unknown.

    Returns
    -------
    pandas.DataFrame
        One row per article: ``article_id`` (string), ``outlet`` (string), ``status``
        (string: "analysed", "cues and gazetteer only: language xx" or "not analysed:
        language xx unsupported" / "not analysed: language undetermined"), ``n_sources``
        (int, distinct sources), ``n_named`` and ``n_anonymous`` (int, by ``source_kind``),
        ``n_types`` (int, distinct source types), ``n_official``, ``n_civil_society`` and
        ``n_media`` (int, by taxonomy group), and ``share_official``,
        ``share_civil_society``, ``share_media`` and ``share_anonymous`` (float in [0, 1],
        of ``n_sources``; 0 when there are none).

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "text": ["Officials said so.", "Nothing here."], "language": ["en", "en"]})
    >>> table = pd.DataFrame({"article_id": ["a"], "source": ["officials"],
    ...     "source_kind": ["anonymous"], "source_type": ["government"], "section": ["body"]})
    >>> source_diversity(table, arts)[["article_id", "n_sources", "share_official"]].to_numpy().tolist()
    [['a', 1, 1.0], ['b', 0, 0.0]]
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    require_columns(
        sources, (ARTICLE_ID, "source", "source_kind", "source_type"), what="source table"
    )
    taxonomy = source_types if source_types is not None else load_source_types()
    group_of = dict(zip(taxonomy["source_type"], taxonomy["group"], strict=True))
    kept = _distinct(_in_sections(sources, sections))
    kept = kept.assign(
        _group=kept["source_type"].map(group_of).fillna("unknown"),
        _anonymous=(kept["source_kind"] == "anonymous") | (kept["source_type"] == "anonymous"),
    )
    per = kept.groupby(kept[ARTICLE_ID].astype(str)).agg(
        n_sources=("source", "size"),
        n_anonymous=("_anonymous", "sum"),
        n_types=("source_type", "nunique"),
        n_official=("_group", lambda g: int((g == "official").sum())),
        n_civil_society=("_group", lambda g: int((g == "civil_society").sum())),
        n_media=("_group", lambda g: int((g == "media").sum())),
    )
    ids = articles[ARTICLE_ID].astype(str)
    table = per.reindex(ids).fillna(0).astype("int64").reset_index(drop=True)
    n = table["n_sources"]
    denominator = n.where(n > 0)
    outlets = (
        articles[OUTLET].map(lambda o: outlet_name(o) if isinstance(o, str) else None)
        if OUTLET in articles.columns
        else pd.Series([None] * len(articles))
    )
    out = table.assign(
        **{
            ARTICLE_ID: ids.to_numpy(),
            OUTLET: outlets.to_numpy(),
            "status": _statuses(articles),
            "n_named": n - table["n_anonymous"],
            "share_official": (table["n_official"] / denominator).fillna(0.0),
            "share_civil_society": (table["n_civil_society"] / denominator).fillna(0.0),
            "share_media": (table["n_media"] / denominator).fillna(0.0),
            "share_anonymous": (table["n_anonymous"] / denominator).fillna(0.0),
        }
    )
    return (
        out[list(DIVERSITY_COLUMNS)]
        .astype({ARTICLE_ID: _STRING, OUTLET: _STRING, "status": _STRING})
        .reset_index(drop=True)
    )


def _statuses(articles: pd.DataFrame) -> list[str]:
    from analysis.language import language_support

    support = language_support(articles, supported=ENGLISH_SUPPORTED)
    out = []
    for language, analysed, reason, text in zip(
        support[LANGUAGE], support["analysed"], support["reason"], articles[TEXT], strict=True
    ):
        if analysed:
            out.append("analysed")
        elif str(language) == "und" and _mostly_ascii(text):
            out.append("analysed: language undetermined, read as English")
        elif str(language) in FOREIGN_CUES:
            out.append(f"cues and gazetteer only: language {language}")
        else:
            out.append(str(reason))
    return out


TOP_COLUMNS: tuple[str, ...] = (
    "source",
    "source_type",
    "n_outlets",
    "n_articles",
    "n_quotes",
    "n_paraphrases",
    "n_citations",
    "share_outlets",
)


def top_sources(
    sources: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    n: int | None = 20,
    sections: Sequence[str] = ("body",),
    gazetteer: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Rank sources by the number of outlets that cite them (canonical names across the corpus).

    Parameters
    ----------
    sources
        A source table (:func:`extract_sources`).
    articles
        The article table, for the number of outlets in the corpus; when ``None`` it is the
        number of outlets in ``sources``.
    n
        Keep the first ``n`` rows; all when ``None``.
    sections
        Sections to count.
    gazetteer
        For :func:`canonical_sources`.

    Returns
    -------
    pandas.DataFrame
        One row per canonical source, most outlets first (then most articles, then name):
        ``source`` (string, canonical), ``source_type`` (string, its most frequent type),
        ``n_outlets`` and ``n_articles`` (int), ``n_quotes``, ``n_paraphrases`` and
        ``n_citations`` (int, summed) and ``share_outlets`` (float, of the corpus's
        outlets).

    Examples
    --------
    >>> table = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "source": ["Kadyrov", "Ramzan Kadyrov"], "source_kind": ["person", "person"],
    ...     "source_type": ["government", "government"], "n_quotes": [1, 2],
    ...     "n_paraphrases": [0, 0], "n_citations": [0, 1], "section": ["body", "body"]})
    >>> top_sources(table)[["source", "n_outlets", "n_quotes"]].to_numpy().tolist()
    [['Ramzan Kadyrov', 2, 3]]
    """
    require_columns(
        sources, (ARTICLE_ID, OUTLET, "source", "source_kind", "source_type"), what="source table"
    )
    kept = _in_sections(sources, sections)
    if kept.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in TOP_COLUMNS}).astype(
            {
                "source": _STRING,
                "source_type": _STRING,
                "n_outlets": "int64",
                "n_articles": "int64",
                "n_quotes": "int64",
                "n_paraphrases": "int64",
                "n_citations": "int64",
                "share_outlets": "float64",
            }
        )
    mapping = canonical_sources(kept, gazetteer=gazetteer)
    names = dict(zip(mapping["source"], mapping["canonical"], strict=True))
    counts = {
        c: kept[c] if c in kept.columns else pd.Series(0, index=kept.index)
        for c in ("n_quotes", "n_paraphrases", "n_citations")
    }
    frame = kept.assign(
        source=kept["source"].map(names),
        **{c: v.astype("int64") for c, v in counts.items()},
    )
    if articles is not None and OUTLET in articles.columns:
        total = (
            articles[OUTLET].map(lambda o: outlet_name(o) if isinstance(o, str) else o).nunique()
        )
    else:
        total = frame[OUTLET].nunique()
    table = (
        frame.groupby("source")
        .agg(
            source_type=("source_type", lambda t: t.value_counts().index[0]),
            n_outlets=(OUTLET, "nunique"),
            n_articles=(ARTICLE_ID, "nunique"),
            n_quotes=("n_quotes", "sum"),
            n_paraphrases=("n_paraphrases", "sum"),
            n_citations=("n_citations", "sum"),
        )
        .reset_index()
    )
    table = table.assign(share_outlets=table["n_outlets"] / total if total else 0.0)
    table = table.sort_values(
        ["n_outlets", "n_articles", "source"], ascending=[False, False, True]
    ).reset_index(drop=True)
    if n is not None:
        table = table.head(n)
    return (
        table[list(TOP_COLUMNS)]
        .astype(
            {
                "source": _STRING,
                "source_type": _STRING,
                "n_outlets": "int64",
                "n_articles": "int64",
                "n_quotes": "int64",
                "n_paraphrases": "int64",
                "n_citations": "int64",
                "share_outlets": "float64",
            }
        )
        .reset_index(drop=True)
    )
