"""Outlet-to-outlet citations: which outlets an article credits, and the network they form.

An article *cites* another outlet when it credits it as a source ("first reported by Novaya
Gazeta", "Buzzfeed has also reported", "according to the BBC", "cited by Interfax",
"цитирует ТАСС"), or relays what someone told it ("told AFP", "in an interview with HBO Real
Sports"). The citing patterns and the media typing are those of
:mod:`analysis.sources` (gazetteer first, then media role words such as "newspaper",
"agency", "Times"); the article's own outlet is never a citation of itself.

Limits: a journalist who speaks ("Elena Milashina told ...") is a source of type media but
not a citation of her outlet; an unnamed medium ("a Russian newspaper reported") is not an edge; a wire credit in
the outlet field ("CTV News (AP)") is a reprint, not a citation, and is left to
:mod:`analysis.duplicates`; the first-report direction in :func:`citation_network` uses only
the articles in the corpus, so it says who reported first *in this corpus*.
"""

from __future__ import annotations

import pandas as pd

from analysis.schema import ARTICLE_ID, OUTLET, PUBLISHED, outlet_name, require_columns
from analysis.sources import citing_events

_STRING = pd.StringDtype()

CITATION_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    "citing_outlet",
    "cited_outlet",
    "cue",
    "offset",
    "section",
)
"""Columns of the citation table (see :func:`extract_citations`)."""

NETWORK_COLUMNS: tuple[str, ...] = (
    "citing_outlet",
    "cited_outlet",
    "n_citations",
    "n_articles",
    "first_citing_published",
    "cited_first_published",
    "cited_first",
)
"""Columns of the citation network (see :func:`citation_network`)."""


def extract_citations(
    articles: pd.DataFrame,
    *,
    gazetteer: pd.DataFrame | None = None,
    sections: tuple[str, ...] = ("body", "teaser"),
) -> pd.DataFrame:
    """Return one row per citation of another outlet by an article.

    Parameters
    ----------
    articles
        The article table (at least ``article_id`` and ``text``; ``outlet`` names the
        citing outlet, with any wire note removed).
    gazetteer
        Known sources; the shipped gazetteer when ``None``. Media entries name outlets.
    sections
        Sections to read: the body, and scraped teasers (marked in ``section``).

    Returns
    -------
    pandas.DataFrame
        One row per citation, in article then text order, with a fresh RangeIndex:
        ``article_id`` (string), ``citing_outlet`` (string, nullable when the article has
        no outlet), ``cited_outlet`` (string, the canonical outlet name), ``cue`` (string:
        "reported", "according to", "told", "reported by", "цитирует", ...), ``offset``
        (int, where the cited outlet is named in ``text``) and ``section`` (string).

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["SBS"], "language": ["en"],
    ...     "text": ["The men were detained, according to Novaya Gazeta. "
    ...              "Buzzfeed has also reported the arrests."]})
    >>> extract_citations(arts)[["cited_outlet", "cue"]].to_numpy().tolist()
    [['Novaya Gazeta', 'according to'], ['BuzzFeed News', 'reported']]
    """
    require_columns(articles, (ARTICLE_ID,), what="articles")
    events = citing_events(
        articles,
        quotes=pd.DataFrame(columns=[ARTICLE_ID, "kind", "speaker"]),
        gazetteer=gazetteer,
    )
    media = events.loc[(events["source_type"] == "media") & events["section"].isin(list(sections))]
    media = media.loc[media["source_kind"] == "media"]
    cited = media["source"]
    table = pd.DataFrame(
        {
            ARTICLE_ID: media[ARTICLE_ID].to_numpy(),
            "citing_outlet": media[OUTLET].to_numpy(),
            "cited_outlet": cited.to_numpy(),
            "cue": media["cue"].to_numpy(),
            "offset": media["offset"].to_numpy(),
            "section": media["section"].to_numpy(),
        }
    )
    own = (
        table["citing_outlet"].fillna("").str.lower()
        == table["cited_outlet"].fillna("").str.lower()
    )
    table = table.loc[table["cited_outlet"].notna() & ~own]
    return table.astype(
        {
            ARTICLE_ID: _STRING,
            "citing_outlet": _STRING,
            "cited_outlet": _STRING,
            "cue": _STRING,
            "offset": "int64",
            "section": _STRING,
        }
    ).reset_index(drop=True)


def citation_network(citations: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Fold citations into a weighted edge list, with who reported first when dates allow.

    Parameters
    ----------
    citations
        The citation table (:func:`extract_citations`).
    articles
        The article table; when given (with ``outlet`` and ``published``), each edge gets
        the publication time of its earliest citing article and the earliest publication
        time of the cited outlet in the corpus.

    Returns
    -------
    pandas.DataFrame
        One row per (citing outlet, cited outlet), most citations first: ``citing_outlet``
        and ``cited_outlet`` (string), ``n_citations`` (int), ``n_articles`` (int, citing
        articles), ``first_citing_published`` (datetime64[ns, UTC]: the earliest citing
        article), ``cited_first_published`` (datetime64[ns, UTC]: the cited outlet's earliest
        article in the corpus, NaT when it has none or no dates) and ``cited_first``
        (boolean, nullable: the cited outlet had published on the story in this corpus
        before it was first cited; missing when either date is unknown).

    Examples
    --------
    >>> cites = pd.DataFrame({"article_id": ["a", "a", "b"], "citing_outlet": ["SBS"] * 3,
    ...     "cited_outlet": ["AFP", "AFP", "TASS"], "cue": ["told"] * 3, "offset": [1, 9, 4]})
    >>> citation_network(cites)[["cited_outlet", "n_citations", "n_articles"]].to_numpy().tolist()
    [['AFP', 2, 1], ['TASS', 1, 1]]
    """
    require_columns(citations, (ARTICLE_ID, "citing_outlet", "cited_outlet"), what="citation table")
    keyed = citations.assign(citing_outlet=citations["citing_outlet"].fillna("(unknown outlet)"))
    edges = (
        keyed.groupby(["citing_outlet", "cited_outlet"])
        .agg(n_citations=(ARTICLE_ID, "size"), n_articles=(ARTICLE_ID, "nunique"))
        .reset_index()
    )
    first = _first_published(articles)
    dates = _article_dates(articles)
    citing_dates = (
        keyed.assign(_published=keyed[ARTICLE_ID].astype(str).map(dates))
        .groupby(["citing_outlet", "cited_outlet"])["_published"]
        .min()
    )
    edges = edges.assign(
        first_citing_published=[
            citing_dates.get((a, b), pd.NaT)
            for a, b in zip(edges["citing_outlet"], edges["cited_outlet"], strict=True)
        ],
        cited_first_published=edges["cited_outlet"].map(first),
    )
    known = edges["first_citing_published"].notna() & edges["cited_first_published"].notna()
    cited_first = pd.array(
        [
            bool(b < a) if ok else pd.NA
            for a, b, ok in zip(
                edges["first_citing_published"],
                edges["cited_first_published"],
                known,
                strict=True,
            )
        ],
        dtype="boolean",
    )
    return (
        edges.assign(cited_first=cited_first)
        .astype(
            {
                "citing_outlet": _STRING,
                "cited_outlet": _STRING,
                "n_citations": "int64",
                "n_articles": "int64",
                "first_citing_published": "datetime64[ns, UTC]",
                "cited_first_published": "datetime64[ns, UTC]",
            }
        )
        .sort_values(
            ["n_citations", "citing_outlet", "cited_outlet"], ascending=[False, True, True]
        )
        .reset_index(drop=True)[list(NETWORK_COLUMNS)]
    )


def _article_dates(articles: pd.DataFrame | None) -> dict[str, pd.Timestamp]:
    """Publication time of each article, by id."""
    if articles is None or PUBLISHED not in articles.columns:
        return {}
    from analysis.schema import to_utc

    return dict(zip(articles[ARTICLE_ID].astype(str), to_utc(articles[PUBLISHED]), strict=True))


def _first_published(articles: pd.DataFrame | None) -> dict[str, pd.Timestamp]:
    """Earliest publication time of each outlet (by the name before any wire note)."""
    if articles is None or OUTLET not in articles.columns or PUBLISHED not in articles.columns:
        return {}
    from analysis.schema import to_utc

    dated = pd.DataFrame(
        {
            "outlet": articles[OUTLET].map(
                lambda o: outlet_name(o) if isinstance(o, str) else None
            ),
            "published": to_utc(articles[PUBLISHED]),
        }
    ).dropna()
    return dated.groupby("outlet")["published"].min().to_dict()
