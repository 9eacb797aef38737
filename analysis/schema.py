"""The article table: its columns, their meaning, and the one place they are validated.

Every analysis function takes this table (or a subset of its columns) and returns tidy tables
that carry ``article_id``.

========== ======================= ====================================================
column     dtype                   meaning
========== ======================= ====================================================
article_id string                  unique id of the article within the corpus
outlet     string (nullable)       who published it ("CTV News (AP)": the outlet, then
                                   the wire or the original it reprints, in brackets)
url        string (nullable)       address of the page
title      string (nullable)       the headline
published  datetime64[ns, UTC]     publication time, NaT when unknown
author     string (nullable)       byline
language   string                  ISO 639-1 code, given or detected ("und" if unknown)
text       string                  the article text, never rewritten: all offsets in every
                                   other table point into this string
========== ======================= ====================================================
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import numpy as np
import pandas as pd
from pandas._libs.tslibs.nattype import NaTType

ARTICLE_ID = "article_id"
OUTLET = "outlet"
URL = "url"
TITLE = "title"
PUBLISHED = "published"
AUTHOR = "author"
LANGUAGE = "language"
TEXT = "text"

ARTICLE_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    OUTLET,
    URL,
    TITLE,
    PUBLISHED,
    AUTHOR,
    LANGUAGE,
    TEXT,
)
"""The article table's columns, in order."""

OPTIONAL_ARTICLE_COLUMNS: tuple[str, ...] = (OUTLET, URL, TITLE, PUBLISHED, AUTHOR, LANGUAGE)
"""Columns an input may leave out; they are filled with missing values."""

REJECTED_COLUMNS: tuple[str, ...] = ("source", "location", ARTICLE_ID, "reason", "severity")
"""The rejected-records table: input file, line or row, article id if known, why, and
``severity`` ('error' = record not loaded, 'warning' = loaded with a field dropped)."""

STRING_COLUMNS: tuple[str, ...] = (ARTICLE_ID, OUTLET, URL, TITLE, AUTHOR, LANGUAGE, TEXT)


def require_columns(df: pd.DataFrame, columns: Iterable[str], *, what: str = "table") -> None:
    """Raise ``ValueError`` when ``df`` lacks any of ``columns``.

    Parameters
    ----------
    df
        The table to check.
    columns
        Column names that must be present.
    what
        How to name the table in the error message.

    Raises
    ------
    ValueError
        Naming every missing column and the columns that are present.
    """
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{what} lacks required column(s) {missing}; it has {list(df.columns)}")


def outlet_name(outlet: str | None) -> str | None:
    """Return the publishing outlet without a bracketed wire or reprint note.

    ``"CTV News (AP)"`` gives ``"CTV News"``; ``None`` stays ``None``.
    """
    if not isinstance(outlet, str):
        return None
    return outlet.split(" (", 1)[0].strip() or outlet


def validate_articles(df: pd.DataFrame) -> pd.DataFrame:
    """Return ``df`` as a valid article table, or raise ``ValueError`` saying why not.

    Missing optional columns are added as missing values, columns are put in the documented
    order (extra columns are kept after them), ``published`` is converted to tz-aware UTC and
    string columns to pandas' nullable string dtype. The input is not modified.

    Returns
    -------
    pandas.DataFrame
        The article table described in this module's docstring, with a fresh RangeIndex.

    Raises
    ------
    ValueError
        When ``article_id`` or ``text`` is missing, an id is empty or repeated, or a text is
        empty; the message names the offending article ids.
    """
    require_columns(df, (ARTICLE_ID, TEXT), what="article table")
    out = df.copy()
    for column in OPTIONAL_ARTICLE_COLUMNS:
        if column not in out.columns:
            out[column] = pd.NA
    ids = out[ARTICLE_ID].astype("string")
    if ids.isna().any() or (ids.str.strip() == "").any():
        rows = list(out.index[ids.isna() | (ids.str.strip() == "")])[:5]
        raise ValueError(f"article table has empty article_id at row(s) {rows}")
    repeated = ids[ids.duplicated()].unique().tolist()
    if repeated:
        raise ValueError(f"article_id repeated: {repeated[:5]}")
    texts = out[TEXT].astype("string")
    empty = ids[texts.isna() | (texts.str.strip() == "")].tolist()
    if empty:
        raise ValueError(f"article(s) {empty[:5]} have no text")
    out[PUBLISHED] = to_utc(out[PUBLISHED])
    for column in STRING_COLUMNS:
        out[column] = out[column].astype("string")
    extra = [c for c in out.columns if c not in ARTICLE_COLUMNS]
    return out[[*ARTICLE_COLUMNS, *extra]].reset_index(drop=True)


def to_utc(values: pd.Series) -> pd.Series:
    """Return ``values`` as tz-aware UTC datetimes; unparseable or missing values become NaT.

    Naive times are taken to be UTC; aware ones are converted. Dates with only a month
    ("2017-04") become the first of that month.
    """
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        return values.dt.tz_convert("UTC")
    return pd.Series(
        [parse_published(v) for v in values], index=values.index, dtype="datetime64[ns, UTC]"
    )


def parse_published(value: object) -> pd.Timestamp | NaTType:
    """Return one publication time as a UTC ``Timestamp``, or ``NaT`` when it cannot be read."""
    if isinstance(value, str) and not value.strip():
        return pd.NaT
    if not isinstance(value, str | int | float | date | np.datetime64) or pd.isna(value):
        return pd.NaT
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        return pd.NaT
    if pd.isna(stamp):
        return pd.NaT
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
