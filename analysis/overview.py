"""Small summaries the notebooks chart: corpus selection, counts per outlet and period, shares.

Each function takes a tidy table (the article table, the duplicate table, the quote or source
table) and returns a small tidy table, so that a notebook cell is one call and the chart
functions in :mod:`analysis.plots` do no wrangling. Outlets are grouped by
:func:`analysis.schema.outlet_name` ("CTV News (AP)" counts for "CTV News").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from analysis.schema import ARTICLE_ID, OUTLET, PUBLISHED, outlet_name, require_columns, to_utc

UNKNOWN_OUTLET = "(unknown outlet)"
"""Group name for articles without an outlet."""

EVENT_COLUMNS: tuple[str, ...] = ("date", "label")


def _outlets(articles: pd.DataFrame) -> pd.Series:
    """Return the outlet group of each article (bracketed notes removed, unknown named)."""
    return pd.Series(
        [outlet_name(v) or UNKNOWN_OUTLET for v in articles[OUTLET].astype(object)],
        index=articles.index,
        dtype="string",
    )


def select_articles(
    articles: pd.DataFrame,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    outlets: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Return the articles inside a date range and from chosen outlets.

    Parameters
    ----------
    articles
        The article table.
    date_from, date_to
        Inclusive bounds (ISO dates, e.g. ``"2017-04-01"``); None for no bound. When a bound
        is set, undated articles are left out (they cannot be placed in the range).
    outlets
        Outlet names to keep (compared with the name before any bracket, case-insensitively);
        None or empty for all.

    Returns
    -------
    pandas.DataFrame
        The selected rows of ``articles``, all columns, with a fresh RangeIndex.

    Raises
    ------
    ValueError
        When a bound is not a date, or ``date_from`` is after ``date_to``.

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X (AP)"], "published": [None]})
    >>> len(select_articles(arts, outlets=["x"]))
    1
    """
    require_columns(articles, (ARTICLE_ID, OUTLET, PUBLISHED), what="article table")
    keep = pd.Series(True, index=articles.index)
    published = to_utc(articles[PUBLISHED])
    bounds = {}
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value is None or str(value).strip() == "":
            continue
        stamp = to_utc(pd.Series([value])).iloc[0]
        if pd.isna(stamp):
            raise ValueError(f"{name}={value!r} is not a date (use YYYY-MM-DD)")
        bounds[name] = stamp
    if "date_from" in bounds and "date_to" in bounds and bounds["date_from"] > bounds["date_to"]:
        raise ValueError(f"date_from {date_from} is after date_to {date_to}")
    if "date_from" in bounds:
        keep &= published.notna() & (published >= bounds["date_from"])
    if "date_to" in bounds:
        end = bounds["date_to"] + pd.Timedelta(days=1)
        keep &= published.notna() & (published < end)
    if outlets:
        wanted = {str(o).strip().casefold() for o in outlets}
        keep &= _outlets(articles).str.casefold().isin(wanted).fillna(False).astype(bool)
    return articles.loc[keep].reset_index(drop=True)


def reprint_ids(duplicates: pd.DataFrame | None) -> set[str]:
    """Return the ids of articles that copy another article (``duplicate_of`` is set)."""
    if duplicates is None or duplicates.empty:
        return set()
    require_columns(duplicates, (ARTICLE_ID, "duplicate_of"), what="duplicate table")
    marked = duplicates.loc[duplicates["duplicate_of"].notna(), ARTICLE_ID]
    return {str(v) for v in marked}


def articles_per_outlet(
    articles: pd.DataFrame, *, duplicates: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Count articles per outlet, with reprints and the outlet's first and last dates.

    Parameters
    ----------
    articles
        The article table.
    duplicates
        The table of :func:`analysis.find_duplicates` (``article_id``, ``duplicate_of``);
        articles with a ``duplicate_of`` count as reprints. None: no reprints counted.

    Returns
    -------
    pandas.DataFrame
        One row per outlet, most articles first (ties by name), fresh RangeIndex:

        - ``outlet`` (str): outlet name without bracketed notes
        - ``n_articles`` (int): articles
        - ``n_reprints`` (int): of which copies of another article in the corpus
        - ``n_original`` (int): ``n_articles - n_reprints``
        - ``first_published``, ``last_published`` (datetime64[ns, UTC]): NaT when undated
        - ``languages`` (str): the articles' languages, comma-separated

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "X (AP)"],
    ...                      "published": [None, None], "language": ["en", "en"]})
    >>> articles_per_outlet(arts)["n_articles"].tolist()
    [2]
    """
    require_columns(articles, (ARTICLE_ID, OUTLET, PUBLISHED), what="article table")
    reprints = reprint_ids(duplicates)
    languages = (
        articles["language"].astype("string").fillna("und")
        if "language" in articles.columns
        else pd.Series("und", index=articles.index, dtype="string")
    )
    table = pd.DataFrame(
        {
            "outlet": _outlets(articles),
            "reprint": articles[ARTICLE_ID].astype(str).isin(reprints),
            PUBLISHED: to_utc(articles[PUBLISHED]),
            "language": languages,
        }
    )
    grouped = table.groupby("outlet", sort=True)
    out = pd.DataFrame(
        {
            "n_articles": grouped.size(),
            "n_reprints": grouped["reprint"].sum(),
            "first_published": grouped[PUBLISHED].min(),
            "last_published": grouped[PUBLISHED].max(),
            "languages": grouped["language"].agg(lambda s: ", ".join(sorted(set(s)))),
        }
    ).reset_index()
    out = out.assign(
        n_articles=out["n_articles"].astype("int64"),
        n_reprints=out["n_reprints"].astype("int64"),
        n_original=(out["n_articles"] - out["n_reprints"]).astype("int64"),
    )
    columns = ["outlet", "n_articles", "n_reprints", "n_original"]
    columns += ["first_published", "last_published", "languages"]
    return (
        out[columns]
        .sort_values(["n_articles", "outlet"], ascending=[False, True], kind="stable")
        .reset_index(drop=True)
    )


def articles_per_language(articles: pd.DataFrame) -> pd.DataFrame:
    """Count articles per language.

    Returns
    -------
    pandas.DataFrame
        ``language`` (str, ISO 639-1 or ``"und"``) and ``n_articles`` (int), most first.
    """
    require_columns(articles, (ARTICLE_ID, "language"), what="article table")
    counts = articles["language"].astype("string").fillna("und").value_counts()
    return (
        pd.DataFrame({"language": counts.index.astype("string"), "n_articles": counts.to_numpy()})
        .sort_values(["n_articles", "language"], ascending=[False, True], kind="stable")
        .reset_index(drop=True)
    )


def coverage_over_time(
    articles: pd.DataFrame,
    *,
    freq: str | None = None,
    duplicates: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Count dated articles per week or month, with empty periods as zero.

    Parameters
    ----------
    articles
        The article table; undated articles are left out (count them with
        ``articles["published"].isna().sum()``).
    freq
        ``"W-MON"`` (weeks starting Monday) or ``"MS"`` (calendar months); by default weeks
        when the dated articles span at most 26 weeks, months otherwise.
    duplicates
        The duplicate table; reprints are counted in ``n_reprints``.

    Returns
    -------
    pandas.DataFrame
        One row per period from the first to the last dated article, fresh RangeIndex:

        - ``period`` (datetime64[ns, UTC]): the period's first day
        - ``n_articles`` (int): articles published in it
        - ``n_reprints`` (int): of which reprints
        - ``freq`` (str): the period length used

    Raises
    ------
    ValueError
        For a ``freq`` other than ``"W-MON"`` or ``"MS"``.
    """
    require_columns(articles, (ARTICLE_ID, PUBLISHED), what="article table")
    published = to_utc(articles[PUBLISHED])
    dated = published.notna()
    columns = ["period", "n_articles", "n_reprints", "freq"]
    if not dated.any():
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    stamps = published[dated].dt.tz_localize(None)
    if freq is None:
        freq = "W-MON" if (stamps.max() - stamps.min()) <= pd.Timedelta(weeks=26) else "MS"
    if freq not in {"W-MON", "MS"}:
        raise ValueError(f"freq must be 'W-MON' or 'MS', not {freq!r}")
    if freq == "MS":
        starts = stamps.dt.to_period("M").dt.start_time
    else:
        starts = stamps.dt.to_period("W-SUN").dt.start_time
    reprints = articles.loc[dated, ARTICLE_ID].astype(str).isin(reprint_ids(duplicates))
    counted = pd.DataFrame({"period": starts.dt.normalize(), "reprint": reprints.to_numpy()})
    grouped = counted.groupby("period")
    full = pd.date_range(starts.min(), starts.max(), freq=freq)
    out = (
        pd.DataFrame({"n_articles": grouped.size(), "n_reprints": grouped["reprint"].sum()})
        .reindex(full, fill_value=0)
        .rename_axis("period")
        .reset_index()
    )
    return out.assign(
        period=out["period"].dt.tz_localize("UTC"),
        n_articles=out["n_articles"].astype("int64"),
        n_reprints=out["n_reprints"].astype("int64"),
        freq=freq,
    )[columns]


def load_events(path: str | Path) -> pd.DataFrame:
    """Read the story's key dates from a CSV file with columns ``date,label``.

    The file is the user's: one line per event ("2017-04-01,Novaya Gazeta's first report").
    A missing file gives an empty table (the timeline is then drawn without events).

    Returns
    -------
    pandas.DataFrame
        ``date`` (datetime64[ns, UTC]) and ``label`` (str), in date order.

    Raises
    ------
    ValueError
        When the file lacks a column or a date cannot be read (the row is named).
    """
    target = Path(path)
    if not target.exists():
        return pd.DataFrame(
            {"date": pd.Series(dtype="datetime64[ns, UTC]"), "label": pd.Series(dtype="string")}
        )
    raw = pd.read_csv(target, dtype=str, keep_default_na=False)
    require_columns(raw, EVENT_COLUMNS, what=f"events file {target}")
    dates = to_utc(raw["date"])
    bad = [i + 2 for i in range(len(raw)) if pd.isna(dates.iloc[i])]
    if bad:
        raise ValueError(f"events file {target}: unreadable date on line(s) {bad}")
    return (
        pd.DataFrame({"date": dates, "label": raw["label"].astype("string")})
        .sort_values("date", kind="stable")
        .reset_index(drop=True)
    )


def with_outlet(table: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Return ``table`` with the outlet group of each row's article added as ``outlet``.

    Parameters
    ----------
    table
        Any table with ``article_id`` (quotes, sources, frames...). An existing ``outlet``
        column is replaced.
    articles
        The article table.

    Returns
    -------
    pandas.DataFrame
        ``table``'s columns with ``outlet`` (str) after ``article_id``, fresh RangeIndex.
    """
    require_columns(table, (ARTICLE_ID,), what="table")
    require_columns(articles, (ARTICLE_ID, OUTLET), what="article table")
    lookup = dict(zip(articles[ARTICLE_ID].astype(str), _outlets(articles), strict=True))
    outlets = [lookup.get(str(v), UNKNOWN_OUTLET) for v in table[ARTICLE_ID]]
    out = table.drop(columns=[OUTLET], errors="ignore").reset_index(drop=True)
    out.insert(int(out.columns.get_loc(ARTICLE_ID)) + 1, OUTLET, pd.array(outlets, "string"))
    return out


def with_article_fields(
    table: pd.DataFrame, articles: pd.DataFrame, *, fields: Sequence[str] = (PUBLISHED,)
) -> pd.DataFrame:
    """Return ``table`` with article-level fields (e.g. ``published``) added by ``article_id``.

    Parameters
    ----------
    table
        Any table with ``article_id``. Existing columns named in ``fields`` are replaced.
    articles
        The article table.
    fields
        Article columns to add, after ``table``'s columns.

    Returns
    -------
    pandas.DataFrame
        ``table``'s rows in order with the fields added (missing for unknown articles), fresh
        RangeIndex.
    """
    require_columns(table, (ARTICLE_ID,), what="table")
    require_columns(articles, (ARTICLE_ID, *fields), what="article table")
    lookup = articles[[ARTICLE_ID, *fields]].assign(
        **{ARTICLE_ID: articles[ARTICLE_ID].astype(str)}
    )
    keys = table[[ARTICLE_ID]].assign(**{ARTICLE_ID: table[ARTICLE_ID].astype(str)})
    added = keys.merge(lookup, on=ARTICLE_ID, how="left")
    out = table.drop(columns=list(fields), errors="ignore").reset_index(drop=True)
    for field in fields:
        out[field] = added[field].to_numpy()
        if field == PUBLISHED:
            out[field] = to_utc(out[field])
    return out


def shares(
    table: pd.DataFrame,
    *,
    by: str,
    category: str,
    weight: str | Sequence[str] | None = None,
    categories: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Return the share of each category within each group (e.g. speaker types per outlet).

    Parameters
    ----------
    table
        One row per observation (a quote, a source, an article×frame...).
    by
        Grouping column (e.g. ``"outlet"``).
    category
        Category column (e.g. ``"speaker_kind"``); missing values count as ``"unknown"``.
    weight
        Optional column (or columns, added up) of weights summed instead of counting rows,
        e.g. ``("n_quotes", "n_paraphrases")`` to count the quotes behind each source row.
    categories
        Categories to report even when absent from a group (share 0); by default those seen.
        Groups whose total is 0 (e.g. outlets whose sources have no quotes) are left out.

    Returns
    -------
    pandas.DataFrame
        One row per (group, category), fresh RangeIndex:

        - ``<by>`` (str): the group
        - ``<category>`` (str): the category
        - ``n`` (float): observations (or summed weight) of the category in the group
        - ``n_group`` (float): observations in the group
        - ``share`` (float): ``n / n_group`` in [0, 1]

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B"], "kind": ["x", "y", "x"]})
    >>> shares(t, by="outlet", category="kind")["share"].tolist()
    [0.5, 0.5, 1.0, 0.0]
    """
    weights = [weight] if isinstance(weight, str) else list(weight or ())
    require_columns(table, (by, category, *weights), what="table")
    values = (
        table[weights].astype(float).fillna(0.0).sum(axis=1)
        if weights
        else pd.Series(1.0, index=table.index)
    )
    frame = pd.DataFrame(
        {
            by: table[by].astype("string").fillna("unknown"),
            category: table[category].astype("string").fillna("unknown"),
            "n": values,
        }
    )
    if frame.empty:
        return pd.DataFrame(columns=[by, category, "n", "n_group", "share"])
    counts = frame.pivot_table(
        index=by, columns=category, values="n", aggfunc="sum", fill_value=0.0
    )
    if categories is not None:
        counts = counts.reindex(columns=list(categories), fill_value=0.0)
    long = (
        counts.rename_axis(columns=None)
        .reset_index()
        .melt(id_vars=[by], var_name=category, value_name="n")
        .sort_values(by, kind="stable")
    )
    totals = long.groupby(by)["n"].transform("sum")
    long, totals = long.loc[totals > 0], totals.loc[totals > 0]
    return long.assign(
        n=long["n"].astype(float),
        n_group=totals.astype(float),
        share=(long["n"] / totals.where(totals > 0)).fillna(0.0).astype(float),
    ).reset_index(drop=True)


def count_by(
    table: pd.DataFrame,
    *,
    by: Sequence[str],
    articles: pd.DataFrame | None = None,
    name: str = "n",
) -> pd.DataFrame:
    """Count rows of ``table`` per group; with ``articles``, also per article of the group.

    Parameters
    ----------
    table
        One row per observation, e.g. the quote table with ``outlet`` added.
    by
        Grouping columns, e.g. ``("outlet", "kind")``; the first must be ``outlet`` when
        ``articles`` is given.
    articles
        The article table: every outlet of it appears (with zeros when it has no rows in
        ``table``) and ``<name>_per_article`` divides by the outlet's number of articles.
    name
        Name of the count column (e.g. ``"n_quotes"``).

    Returns
    -------
    pandas.DataFrame
        The ``by`` columns, ``<name>`` (int), and with ``articles`` also ``n_articles`` (int)
        and ``<name>_per_article`` (float). Largest first, fresh RangeIndex.
    """
    require_columns(table, by, what="table")
    keys = list(by)
    counts = table.groupby(keys, sort=True, dropna=False).size().rename(name).reset_index()
    if articles is None:
        return counts.sort_values(
            [name, *keys], ascending=[False] + [True] * len(keys), kind="stable"
        ).reset_index(drop=True)
    if keys[0] != OUTLET:
        raise ValueError(f"count_by with articles needs 'outlet' first in by, got {keys}")
    per_outlet = _outlets(articles).value_counts().rename("n_articles")
    grid = pd.MultiIndex.from_product(
        [per_outlet.index, *[sorted(table[k].dropna().astype(str).unique()) for k in keys[1:]]],
        names=keys,
    )
    full = (
        counts.assign(**{k: counts[k].astype(str) for k in keys})
        .set_index(keys)[name]
        .reindex(grid, fill_value=0)
        .reset_index()
    )
    full = full.merge(per_outlet.rename_axis(OUTLET).reset_index(), on=OUTLET, how="left")
    return (
        full.assign(
            **{
                name: full[name].astype("int64"),
                "n_articles": full["n_articles"].astype("int64"),
                f"{name}_per_article": full[name] / full["n_articles"],
            }
        )
        .sort_values([name, *keys], ascending=[False] + [True] * len(keys), kind="stable")
        .reset_index(drop=True)
    )


def first_reports(articles: pd.DataFrame) -> pd.DataFrame:
    """Return when each outlet first published on the story (its earliest dated article).

    Returns
    -------
    pandas.DataFrame
        One row per outlet, earliest first (undated outlets last), fresh RangeIndex:
        ``outlet`` (str), ``first_published`` (datetime64[ns, UTC] or NaT), ``article_id``
        (str, the earliest article; NA when undated), ``n_articles`` (int).
    """
    require_columns(articles, (ARTICLE_ID, OUTLET, PUBLISHED), what="article table")
    table = pd.DataFrame(
        {
            "outlet": _outlets(articles),
            "first_published": to_utc(articles[PUBLISHED]),
            ARTICLE_ID: articles[ARTICLE_ID].astype("string"),
        }
    ).sort_values(["first_published", ARTICLE_ID], kind="stable", na_position="last")
    sizes = table.groupby("outlet").size().rename("n_articles")
    first = table.drop_duplicates("outlet").merge(sizes.reset_index(), on="outlet")
    first = first.assign(
        article_id=first[ARTICLE_ID].where(first["first_published"].notna(), pd.NA),
        n_articles=first["n_articles"].astype("int64"),
    )
    return (
        first[["outlet", "first_published", ARTICLE_ID, "n_articles"]]
        .sort_values(["first_published", "outlet"], kind="stable", na_position="last")
        .reset_index(drop=True)
    )


def outlet_profiles(
    articles: pd.DataFrame, measures: Mapping[str, pd.DataFrame], *, top: int | None = None
) -> pd.DataFrame:
    """Join per-outlet measures into one profile row per outlet.

    Parameters
    ----------
    articles
        The article table (gives every outlet and its ``n_articles``).
    measures
        Column name -> table with ``outlet`` and that column (e.g. ``{"share_official":
        official_shares}``). Outlets missing from a table get NA for that measure.
    top
        Keep the ``top`` outlets with most articles.

    Returns
    -------
    pandas.DataFrame
        ``outlet`` (str), ``n_articles`` (int), then one column per measure (float), outlets
        with most articles first, fresh RangeIndex.

    Raises
    ------
    ValueError
        When a measure table lacks ``outlet`` or its column, or names an outlet twice.
    """
    counts = articles_per_outlet(articles)[["outlet", "n_articles"]]
    out = counts
    for column, table in measures.items():
        require_columns(table, (OUTLET, column), what=f"measure table for {column}")
        repeated = table[OUTLET][table[OUTLET].duplicated()].unique().tolist()
        if repeated:
            raise ValueError(f"measure {column}: outlet(s) {repeated[:3]} appear more than once")
        values = table[[OUTLET, column]].assign(**{OUTLET: table[OUTLET].astype("string")})
        out = out.merge(values, on=OUTLET, how="left")
        out[column] = out[column].astype(float)
    out = out.reset_index(drop=True)
    return out if top is None else out.head(top).reset_index(drop=True)


def per_article(table: pd.DataFrame, articles: pd.DataFrame, *, name: str = "n") -> pd.DataFrame:
    """Count rows of ``table`` per article, listing every article (zero when it has none).

    Parameters
    ----------
    table
        One row per observation with ``article_id`` (quotes, sources...).
    articles
        The article table.
    name
        Name of the count column (e.g. ``"n_quotes"``).

    Returns
    -------
    pandas.DataFrame
        One row per article, in article order, fresh RangeIndex: ``article_id`` (str),
        ``outlet`` (str) and ``<name>`` (int).
    """
    require_columns(table, (ARTICLE_ID,), what="table")
    require_columns(articles, (ARTICLE_ID, OUTLET), what="article table")
    counts = table[ARTICLE_ID].astype(str).value_counts()
    ids = articles[ARTICLE_ID].astype(str)
    return pd.DataFrame(
        {
            ARTICLE_ID: ids.astype("string").to_numpy(),
            OUTLET: _outlets(articles).to_numpy(),
            name: ids.map(counts).fillna(0).astype("int64").to_numpy(),
        }
    )


SIDES: tuple[str, str, str] = ("accused side", "victims and witnesses", "everyone else")


def voice_sides(
    sources: pd.DataFrame,
    *,
    accused_types: Sequence[str] = (),
    accused_sources: Sequence[str] = (),
    victim_types: Sequence[str] = ("victim_witness",),
    weight: Sequence[str] = ("n_quotes", "n_paraphrases"),
) -> pd.DataFrame:
    """Share of quotes per outlet given to the accused side, to victims and to everyone else.

    Which side a source is on is the user's call, stated in the notebook's parameters: by
    source type (e.g. government and security forces when the state is accused) and/or by
    name (e.g. the officials accused), so the measure fits each story.

    Parameters
    ----------
    sources
        The source table (:func:`analysis.sources.extract_sources`): ``outlet``, ``source``,
        ``source_type`` and the ``weight`` columns.
    accused_types, accused_sources
        Source types and canonical source names counted as the accused side.
    victim_types
        Source types counted as victims and witnesses.
    weight
        Columns added up as the source's quotes (direct, partial and indirect by default).

    Returns
    -------
    pandas.DataFrame
        The :func:`shares` table with ``outlet``, ``side`` (one of :data:`SIDES`), ``n``,
        ``n_group`` and ``share``; every side appears for every outlet with quotes.

    Raises
    ------
    ValueError
        When no accused type or name is given, or a type is both accused and victim.
    """
    require_columns(sources, (OUTLET, "source", "source_type", *weight), what="source table")
    if not accused_types and not accused_sources:
        raise ValueError("voice_sides needs accused_types or accused_sources")
    both = set(accused_types) & set(victim_types)
    if both:
        raise ValueError(f"source type(s) {sorted(both)} cannot be both accused and victim")
    accused = sources["source_type"].isin(list(accused_types)) | sources["source"].isin(
        list(accused_sources)
    )
    victims = sources["source_type"].isin(list(victim_types)) & ~accused
    side = pd.Series(SIDES[2], index=sources.index, dtype="string")
    side[accused] = SIDES[0]
    side[victims] = SIDES[1]
    voiced = sources.assign(side=side).loc[
        lambda df: df[list(weight)].astype(float).fillna(0.0).sum(axis=1) > 0
    ]
    return shares(voiced, by=OUTLET, category="side", weight=list(weight), categories=SIDES)


def top_sources(
    sources: pd.DataFrame, *, weight: Sequence[str] = ("n_quotes", "n_paraphrases")
) -> pd.DataFrame:
    """Rank sources by the quotes they are given across the corpus.

    Uses the source table's canonical names, so "Kadyrov", "Ramzan Kadyrov" and "the Chechen
    leader" count as one speaker. Sources that are cited but never quoted are left out.

    Parameters
    ----------
    sources
        The source table (:func:`analysis.sources.extract_sources`).
    weight
        Columns added up as the source's quotes (direct, partial and indirect by default).

    Returns
    -------
    pandas.DataFrame
        One row per source, most quoted first (ties by name), fresh RangeIndex:

        - ``source`` (str): canonical name or description
        - ``source_type`` (str): the type given most often
        - ``n_quotes`` (int): quotes summed over ``weight``
        - ``n_articles`` (int): articles quoting the source
        - ``n_outlets`` (int): outlets quoting the source
    """
    columns = ["source", "source_type", "n_quotes", "n_articles", "n_outlets"]
    require_columns(
        sources, (ARTICLE_ID, OUTLET, "source", "source_type", *weight), what="source table"
    )
    voiced = sources.assign(
        n_quotes=sources[list(weight)].astype(float).fillna(0.0).sum(axis=1)
    ).loc[lambda df: df["n_quotes"] > 0]
    if voiced.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    grouped = voiced.groupby("source")
    out = pd.DataFrame(
        {
            "source_type": grouped["source_type"].agg(lambda s: s.value_counts().index[0]),
            "n_quotes": grouped["n_quotes"].sum().astype("int64"),
            "n_articles": grouped[ARTICLE_ID].nunique(),
            "n_outlets": grouped[OUTLET].nunique(),
        }
    ).reset_index()
    return out.sort_values(
        ["n_quotes", "source"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)[columns]


def source_type_names(path: str | Path | None = None) -> dict[str, str]:
    """Return the source taxonomy as ``{source_type: label}``, in the taxonomy file's order.

    Pass the keys as ``categories`` to :func:`shares` and the mapping as ``category_labels``
    to a chart, so every chart lists types in the same order with readable names.

    Parameters
    ----------
    path
        The taxonomy file; the shipped ``data/source_types.tsv`` when None.

    Returns
    -------
    dict of str to str
    """
    from analysis.gazetteer import load_source_types

    table = load_source_types(path)
    return dict(zip(table["source_type"].astype(str), table["label"].astype(str), strict=True))
