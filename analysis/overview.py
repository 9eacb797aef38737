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
    min_n: float = 0,
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
    min_n
        Leave out groups with fewer observations (or less summed weight) than this, so that a
        share resting on one or two observations is not charted as a finding.

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
    keep = (totals > 0) & (totals >= min_n)
    long, totals = long.loc[keep], totals.loc[keep]
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


def most_quoted_sources(
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


def anonymous_by_outlet(diversity: pd.DataFrame) -> pd.DataFrame:
    """Share of each outlet's sources that are unnamed, from the per-article diversity table.

    Parameters
    ----------
    diversity
        The output of :func:`analysis.sources.source_diversity` (``outlet``, ``n_sources``,
        ``n_anonymous``; ``status`` when present: articles not analysed are left out).

    Returns
    -------
    pandas.DataFrame
        One row per outlet with at least one analysed article, highest share first, fresh
        RangeIndex: ``outlet`` (str), ``n_articles`` (int, analysed articles),
        ``n_sources`` (int), ``n_anonymous`` (int) and ``share_anonymous`` (float in [0, 1];
        NaN when the outlet cites no source).
    """
    require_columns(diversity, (OUTLET, "n_sources", "n_anonymous"), what="diversity table")
    analysed = (
        diversity.loc[~diversity["status"].astype("string").str.startswith("not analysed")]
        if "status" in diversity.columns
        else diversity
    )
    grouped = analysed.assign(
        **{OUTLET: analysed[OUTLET].astype("string").fillna(UNKNOWN_OUTLET)}
    ).groupby(OUTLET)
    out = pd.DataFrame(
        {
            "n_articles": grouped.size().astype("int64"),
            "n_sources": grouped["n_sources"].sum().astype("int64"),
            "n_anonymous": grouped["n_anonymous"].sum().astype("int64"),
        }
    ).reset_index()
    out = out.assign(
        share_anonymous=(out["n_anonymous"] / out["n_sources"].where(out["n_sources"] > 0)).astype(
            float
        )
    )
    return out.sort_values(
        ["share_anonymous", OUTLET], ascending=[False, True], kind="stable", na_position="last"
    ).reset_index(drop=True)


TALK_STATUSES: tuple[str, str] = ("cited", "only talked about")


def talked_about(mentions: pd.DataFrame, *, top: int | None = 20) -> pd.DataFrame:
    """Who talks and who is talked about: per actor, articles citing it vs only mentioning it.

    Parameters
    ----------
    mentions
        The output of :func:`analysis.sources.extract_mentions` (``article_id``, ``actor``,
        ``actor_type``, ``cited``).
    top
        Keep the ``top`` actors mentioned in most articles (None: all).

    Returns
    -------
    pandas.DataFrame
        Two rows per actor (``status`` 'cited' and 'only talked about'), actors mentioned in
        most articles first, fresh RangeIndex: ``actor`` (str), ``actor_type`` (str),
        ``status`` (str), ``n_articles`` (int: articles in that status) and
        ``n_articles_mentioning`` (int: articles mentioning the actor at all).
    """
    require_columns(mentions, (ARTICLE_ID, "actor", "actor_type", "cited"), what="mentions")
    columns = ["actor", "actor_type", "status", "n_articles", "n_articles_mentioning"]
    if mentions.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    per_article = (
        mentions.assign(cited=mentions["cited"].astype(bool))
        .groupby(["actor", ARTICLE_ID], sort=True)
        .agg(actor_type=("actor_type", "first"), cited=("cited", "max"))
        .reset_index()
    )
    grouped = per_article.groupby("actor")
    actors = pd.DataFrame(
        {
            "actor_type": grouped["actor_type"].first(),
            "n_cited": grouped["cited"].sum().astype("int64"),
            "n_articles_mentioning": grouped.size().astype("int64"),
        }
    ).reset_index()
    actors = actors.sort_values(
        ["n_articles_mentioning", "actor"], ascending=[False, True], kind="stable"
    )
    if top is not None:
        actors = actors.head(top)
    cited = actors.assign(status=TALK_STATUSES[0], n_articles=actors["n_cited"])
    talked = actors.assign(
        status=TALK_STATUSES[1], n_articles=actors["n_articles_mentioning"] - actors["n_cited"]
    )
    order = {actor: i for i, actor in enumerate(actors["actor"])}
    both = pd.concat([cited, talked], ignore_index=True)
    return (
        both.assign(_order=both["actor"].map(order))
        .sort_values(["_order", "status"], kind="stable")
        .reset_index(drop=True)[columns]
    )


def mean_by_outlet(table: pd.DataFrame, *, value: str, name: str | None = None) -> pd.DataFrame:
    """Average a per-article column per outlet (e.g. quotes per article).

    Parameters
    ----------
    table
        One row per article with ``outlet`` and ``value`` (rows with a missing value are
        left out of the mean).
    value
        The column to average.
    name
        Name of the result column; ``value`` by default.

    Returns
    -------
    pandas.DataFrame
        ``outlet`` (str) and ``<name>`` (float), one row per outlet, fresh RangeIndex.
    """
    require_columns(table, (OUTLET, value), what="per-article table")
    means = table.groupby(OUTLET, sort=True)[value].mean()
    return pd.DataFrame(
        {OUTLET: means.index.astype("string"), name or value: means.to_numpy(dtype=float)}
    )


def share_of(
    shares_table: pd.DataFrame,
    *,
    category: str,
    categories: Sequence[str],
    name: str,
    by: str = OUTLET,
    share: str = "share",
) -> pd.DataFrame:
    """Add up the shares of some categories per group (e.g. officials = government + security).

    Parameters
    ----------
    shares_table
        A long shares table (:func:`shares`, :func:`voice_sides`, ``count_sources``).
    category
        Its category column.
    categories
        The categories to add up.
    name
        Name of the result column.
    by, share
        Its group and share columns.

    Returns
    -------
    pandas.DataFrame
        ``<by>`` (str) and ``<name>`` (float in [0, 1]), one row per group of the table
        (0 when the group has none of ``categories``), fresh RangeIndex.
    """
    require_columns(shares_table, (by, category, share), what="shares table")
    chosen = shares_table[share].where(shares_table[category].isin(list(categories)), 0.0)
    summed = chosen.astype(float).groupby(shares_table[by].astype("string")).sum()
    return pd.DataFrame({by: summed.index.astype("string"), name: summed.to_numpy(dtype=float)})


def pick(
    table: pd.DataFrame,
    *,
    value: str,
    where: Mapping[str, object],
    name: str,
    by: str = OUTLET,
) -> pd.DataFrame:
    """Take one value per group from the rows matching ``where`` (e.g. the narration's tone).

    Parameters
    ----------
    table
        A long table with one row per group and condition.
    value
        The column to take.
    where
        Column -> required value, e.g. ``{"voice": "narration"}``.
    name
        Name of the result column.
    by
        The group column.

    Returns
    -------
    pandas.DataFrame
        ``<by>`` (str) and ``<name>``, one row per matching group, fresh RangeIndex.

    Raises
    ------
    ValueError
        When a group has more than one matching row.
    """
    require_columns(table, (by, value, *where), what="table")
    mask = pd.Series(True, index=table.index)
    for column, wanted in where.items():
        mask &= table[column] == wanted
    chosen = table.loc[mask, [by, value]]
    repeated = chosen[by][chosen[by].duplicated()].unique().tolist()
    if repeated:
        raise ValueError(f"pick: {by} {repeated[:3]} match {dict(where)} more than once")
    return chosen.rename(columns={value: name}).reset_index(drop=True)


def walkthrough_article(articles: pd.DataFrame, *, article_id: str | None = None) -> pd.Series:
    """Choose the article to walk through: the one named, else the corpus's first English one.

    The first English article is the one the text methods read fully; in the shared Chechnya
    corpus it is the founding article, which comes first. Falls back to the first article.

    Parameters
    ----------
    articles
        The article table.
    article_id
        The article to show; None for the default.

    Returns
    -------
    pandas.Series
        The article's row.

    Raises
    ------
    ValueError
        When ``article_id`` is not in the table (the message lists a few ids), or the table is
        empty.
    """
    require_columns(articles, (ARTICLE_ID, "text"), what="article table")
    if articles.empty:
        raise ValueError("no article to walk through: the article table is empty")
    ids = articles[ARTICLE_ID].astype(str)
    if article_id is not None:
        found = articles.loc[ids == str(article_id)]
        if found.empty:
            raise ValueError(
                f"article_id {article_id!r} is not in the corpus; e.g. {ids.head(3).tolist()}"
            )
        return found.iloc[0]
    if "language" in articles.columns:
        english = articles.loc[articles["language"].astype("string").str.lower() == "en"]
        if len(english):
            return english.iloc[0]
    return articles.iloc[0]


def describe_article(article: pd.Series) -> str:
    """Return a one-line Markdown header for an article: headline, outlet, date, language, size.

    Examples
    --------
    >>> describe_article(pd.Series({"article_id": "a", "title": None, "outlet": "X",
    ...     "published": pd.NaT, "language": "en", "text": "Hi."}))
    '**a** · X · undated · language en · 3 characters'
    """
    title = article.get("title")
    heading = title if isinstance(title, str) and title.strip() else article[ARTICLE_ID]
    published = article.get(PUBLISHED)
    when = "undated" if published is None or pd.isna(published) else f"{published:%d %B %Y}"
    outlet = article.get(OUTLET)
    parts = [
        f"**{heading}**",
        outlet if isinstance(outlet, str) else UNKNOWN_OUTLET,
        when,
        f"language {article.get('language', 'und')}",
        f"{len(str(article['text'])):,} characters",
    ]
    return " · ".join(parts)


MARK_COLUMNS: tuple[str, ...] = ("start", "end", "layer", "note")


def walkthrough_marks(
    article_id: str,
    *,
    quotes: pd.DataFrame,
    frames: pd.DataFrame | None = None,
    stance: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Collect the spans the methods found in one article, for :func:`analysis.plots.article_html`.

    Parameters
    ----------
    article_id
        The article.
    quotes
        The quote table (quote spans and speaker mentions).
    frames
        The frame table of :func:`analysis.framing.detect_frames` (its ``evidence`` words in
        the text; words in the title are not marked, the title not being part of the text).
    stance
        The table of :func:`analysis.stance.score_stance` (its ``evidence`` cues in the text).

    Returns
    -------
    pandas.DataFrame
        One row per span, in text order, fresh RangeIndex: ``start``, ``end`` (int, offsets
        into the article text), ``layer`` ('quote' | 'speaker' | 'frame' | 'stance') and
        ``note`` (str: what the method said about the span).
    """
    require_columns(quotes, (ARTICLE_ID, "start", "end", "kind"), what="quote table")
    rows: list[dict[str, object]] = []
    mine = quotes.loc[quotes[ARTICLE_ID].astype(str) == str(article_id)]
    for quote in mine.to_dict("records"):
        speaker = quote.get("speaker")
        who = speaker if isinstance(speaker, str) and speaker else "speaker unknown"
        note = f"{quote['kind']} quote · {who} · cue {quote.get('cue') or '-'}"
        note += f" · rule {quote.get('rule') or '-'}"
        rows.append({"start": quote["start"], "end": quote["end"], "layer": "quote", "note": note})
        s_start, s_end = quote.get("speaker_start"), quote.get("speaker_end")
        if s_start is not None and s_end is not None and not pd.isna(s_start):
            kind = quote.get("speaker_kind") or "unknown"
            rows.append(
                {"start": s_start, "end": s_end, "layer": "speaker", "note": f"{who} ({kind})"}
            )
    for table, layer, label in ((frames, "frame", "frame"), (stance, "stance", "cue")):
        if table is None:
            continue
        require_columns(table, (ARTICLE_ID, "evidence"), what=f"{layer} table")
        for record in table.loc[table[ARTICLE_ID].astype(str) == str(article_id)].to_dict(
            "records"
        ):
            for item in record["evidence"]:
                if item.get("field", record.get("field", "text")) != "text":
                    continue
                if layer == "frame":
                    note = f"{label} {record['frame']} ({record.get('voice', '')}): {item['term']}"
                else:
                    note = (
                        f"{item.get('category', '')} cue '{item.get('cue', '')}' in "
                        f"{item.get('voice', '')}, {item.get('role', '')}"
                    )
                rows.append(
                    {"start": item["start"], "end": item["end"], "layer": layer, "note": note}
                )
    out = pd.DataFrame(rows, columns=list(MARK_COLUMNS))
    if out.empty:
        return out.astype({"start": "int64", "end": "int64", "layer": "string", "note": "string"})
    out = out.drop_duplicates(["start", "end", "layer", "note"])
    return (
        out.astype({"start": "int64", "end": "int64", "layer": "string", "note": "string"})
        .sort_values(["start", "end"], ascending=[True, False], kind="stable")
        .reset_index(drop=True)
    )


def story_targets(
    sources: pd.DataFrame,
    *,
    top: int = 20,
    known: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, list[str]]:
    """Targets for entity-targeted tone: the known actors plus the corpus's most cited sources.

    The known actors (by default the gazetteer's, via
    :func:`analysis.entity_tone.default_targets`) keep their aliases. The ``top`` named people
    and organisations cited by the most articles are added under their canonical name, a
    person also under their surname (the last word, when it is at least four letters), so a
    corpus whose actors are not in the gazetteer still gets its tone measured.

    Parameters
    ----------
    sources
        The source table (:func:`analysis.sources.extract_sources`).
    top
        How many cited sources to add.
    known
        ``{target: [alias, ...]}`` to start from; default: the gazetteer's actors.

    Returns
    -------
    dict of str to list of str
        ``{target: [alias, ...]}`` for :func:`analysis.entity_tone.entity_tone`.
    """
    require_columns(sources, (ARTICLE_ID, "source", "source_kind"), what="source table")
    if known is None:
        from analysis.entity_tone import default_targets

        known = default_targets()
    targets = {str(k): [str(a) for a in v] for k, v in known.items()}
    named = sources.loc[sources["source_kind"].isin(["person", "organization"])]
    ranked = (
        named.groupby("source")
        .agg(n_articles=(ARTICLE_ID, "nunique"), kind=("source_kind", "first"))
        .reset_index()
        .sort_values(["n_articles", "source"], ascending=[False, True], kind="stable")
        .head(top)
    )
    aliases_known = {a for v in targets.values() for a in v}
    for name, kind in zip(ranked["source"].astype(str), ranked["kind"], strict=True):
        if name in targets or name in aliases_known:
            continue
        aliases = [name]
        surname = name.split()[-1] if kind == "person" and len(name.split()) > 1 else ""
        if len(surname) >= 4 and surname not in aliases_known:
            aliases.append(surname)
        targets[name] = aliases
    return targets
