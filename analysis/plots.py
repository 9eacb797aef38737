"""Charts: tidy tables in, matplotlib ``Axes`` out, in one consistent, colour-blind-safe style.

Every chart function has the shape ``plot_*(table, *, ..., ax=None) -> Axes``: it draws the
table it is given on ``ax`` (or on a new figure when ``ax`` is None) and returns the axes. It
does no data wrangling beyond ordering rows for display, never calls ``plt.show()`` and never
writes files; :func:`save_figure` does the writing, as PNG and SVG.

The style:

* colours from the Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays
  distinguishable under the common forms of colour blindness; a diverging blue-white-vermillion
  map for signed values (tone) and a sequential white-to-blue map for shares;
* a title, labelled axes, no top or right spines, light grid lines behind the data;
* a caption under every chart with the data source and ``n`` (what was counted), so a chart cut
  out of the report still says what it shows;
* long outlet, speaker and frame names are shortened with an ellipsis (see :data:`MAX_LABEL`)
  and figures grow with the number of rows instead of squeezing the labels.

Each function documents the columns it reads; extra columns are ignored.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import numpy.typing as npt
import pandas as pd
from cycler import cycler
from matplotlib import dates as mdates
from matplotlib import ticker as mticker
from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.gridspec import GridSpecBase
from matplotlib.patches import Patch

from analysis.schema import require_columns

OKABE_ITO: dict[str, str] = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "bluish_green": "#009E73",
    "vermillion": "#D55E00",
    "sky_blue": "#56B4E9",
    "reddish_purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
}
"""The Okabe-Ito colour-blind-safe palette, by name."""

PALETTE: tuple[str, ...] = tuple(OKABE_ITO.values())
"""Colours for categories, in the order they are used."""

GREY = "#8C8C8C"
"""Colour for 'other' and reference marks."""

LIGHT_GREY = "#C8C8C8"
"""Colour for 'unknown' (nothing could be said)."""

DARK_GREY = "#5A5A5A"
"""Colour for 'anonymous' (a source that is there but not named)."""

TEXT_COLOUR = "#222222"
CAPTION_COLOUR = "#555555"

DIVERGING = LinearSegmentedColormap.from_list(
    "okabe_ito_diverging", [OKABE_ITO["vermillion"], "#F7F7F7", OKABE_ITO["blue"]]
)
"""Negative (vermillion) to positive (blue) colour map for signed values such as tone."""

SEQUENTIAL = LinearSegmentedColormap.from_list("okabe_ito_blues", ["#F7FBFF", OKABE_ITO["blue"]])
"""White to blue colour map for shares and counts."""

MAX_LABEL = 32
"""Longest tick label, in characters, before it is shortened with an ellipsis."""

STYLE: dict[str, Any] = {
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "axes.edgecolor": "#444444",
    "axes.labelcolor": TEXT_COLOUR,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.titlepad": 10,
    "axes.labelsize": 10.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "axes.prop_cycle": cycler(color=list(PALETTE)),
    "grid.color": "#E3E3E3",
    "grid.linewidth": 0.8,
    "xtick.color": "#444444",
    "ytick.color": "#444444",
    "xtick.labelsize": 9.5,
    "ytick.labelsize": 9.5,
    "legend.frameon": False,
    "legend.fontsize": 9,
    "legend.title_fontsize": 9.5,
    "font.size": 10,
    "font.family": "DejaVu Sans",
    "svg.fonttype": "none",
}
"""Matplotlib settings applied while a chart is drawn (they do not leak into the session)."""

_WIDTH = 8.0
_ROW_HEIGHT = 0.32
_MIN_HEIGHT = 3.2


@contextmanager
def chart_style() -> Iterator[None]:
    """Apply :data:`STYLE` for the duration of a ``with`` block.

    Examples
    --------
    >>> with chart_style():
    ...     fig, ax = plt.subplots()
    """
    with mpl.rc_context(cast(Any, STYLE)):
        yield


def shorten(label: object, *, width: int = MAX_LABEL) -> str:
    """Return ``label`` as a string of at most ``width`` characters, ending in '…' if cut.

    Missing values become ``'(unknown)'``.

    Examples
    --------
    >>> shorten("The Moscow Times", width=10)
    'The Mosco…'
    """
    if label is None or (isinstance(label, float) and math.isnan(label)) or label is pd.NA:
        return "(unknown)"
    text = " ".join(str(label).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def colours_for(categories: Sequence[object]) -> dict[object, str]:
    """Map each category to a palette colour, in order; 'unknown', 'anonymous', 'other' get greys.

    Examples
    --------
    >>> colours_for(["direct", "indirect"])["direct"]
    '#0072B2'
    """
    colours: dict[object, str] = {}
    index = 0
    for category in categories:
        name = str(category).lower()
        if name in {"unknown", "(unknown)", "none", "und"}:
            colours[category] = LIGHT_GREY
        elif name == "anonymous":
            colours[category] = DARK_GREY
        elif name in {"other", "everyone else"}:
            colours[category] = GREY
        else:
            colours[category] = PALETTE[index % len(PALETTE)]
            index += 1
    return colours


def save_figure(fig: Figure, slug: str, *, figures_dir: str | Path) -> list[Path]:
    """Write ``fig`` as ``<slug>.png`` and ``<slug>.svg`` into ``figures_dir``.

    Parameters
    ----------
    fig
        The figure to write (for an ``Axes`` use ``ax.figure``).
    slug
        File name without suffix, e.g. ``"01-articles-per-outlet"``: lower-case letters,
        digits and hyphens.
    figures_dir
        Folder to write into; created when missing.

    Returns
    -------
    list of pathlib.Path
        The PNG path, then the SVG path.

    Raises
    ------
    ValueError
        When ``slug`` is empty or holds characters other than ``a-z0-9-``.
    """
    if not slug or any(not (c.isascii() and (c.isalnum() or c == "-")) for c in slug):
        raise ValueError(f"figure slug {slug!r} must be non-empty and use only a-z, 0-9 and '-'")
    folder = Path(figures_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{slug.lower()}.png", folder / f"{slug.lower()}.svg"]
    with chart_style():
        for path in paths:
            fig.savefig(path, bbox_inches="tight", facecolor="white")
    return paths


def _new_axes(ax: Axes | None, *, n_rows: int = 0, width: float = _WIDTH) -> Axes:
    """Return ``ax`` or the axes of a new figure sized for ``n_rows`` horizontal rows."""
    if ax is not None:
        return ax
    height = max(_MIN_HEIGHT, 1.4 + _ROW_HEIGHT * n_rows)
    _, new = plt.subplots(figsize=(width, height), layout="constrained")
    return new


def _caption_text(source: str | None, n: int | None, unit: str, note: str = "") -> str:
    """Return 'Source: … · n = … · note' (empty when there is nothing to say)."""
    parts = []
    if source:
        parts.append(f"Source: {source}")
    if n is not None:
        parts.append(f"n = {n:,} {unit}".rstrip())
    if note:
        parts.append(note)
    return " · ".join(parts)


def _caption(ax: Axes, source: str | None, n: int | None, unit: str, note: str = "") -> None:
    """Write 'Source: … · n = …' under the axes (below the x label)."""
    text = _caption_text(source, n, unit, note)
    if not text:
        return
    ax.annotate(
        text,
        xy=(0, 0),
        xycoords=("axes fraction", ax.xaxis.label),
        xytext=(0, -6),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=8.5,
        color=CAPTION_COLOUR,
        annotation_clip=False,
    )


def _legend(ax: Axes, title: str | None) -> None:
    """Put the legend outside the axes, top right, where it hides no data."""
    ax.legend(
        title=title,
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        borderaxespad=0.0,
        handlelength=1.2,
        alignment="left",
    )


def _empty(ax: Axes, title: str, message: str) -> Axes:
    """Draw a titled, empty chart that says why it is empty."""
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=GREY)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(visible=False)
    return ax


def _int(value: object) -> int:
    """Return a count as a Python int (0 for missing)."""
    if value is None or value is pd.NA:
        return 0
    number = float(str(value)) if not isinstance(value, int | float | np.number) else value
    return 0 if isinstance(number, float) and math.isnan(number) else int(number)


def plot_bar_counts(
    counts: pd.DataFrame,
    *,
    label: str,
    value: str,
    title: str,
    xlabel: str,
    unit: str = "",
    source: str | None = None,
    top: int | None = None,
    n: int | None = None,
    colour: str = OKABE_ITO["blue"],
    colour_by: str | None = None,
    category_order: Sequence[object] | None = None,
    category_labels: Mapping[object, str] | None = None,
    legend_title: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Draw one horizontal bar per row, largest first, with the value printed at the bar end.

    Parameters
    ----------
    counts
        One row per bar: ``label`` (the category) and ``value`` (a count or measure).
    label, value
        Column names.
    title, xlabel
        Chart title and x-axis label.
    unit
        What ``n`` in the caption counts (the caption's n is the sum of ``value`` over all
        rows, including rows cut by ``top``); leave empty to omit n.
    source
        Data source named in the caption.
    top
        Draw only the ``top`` largest rows (the caption says how many were left out).
    n
        The caption's n when the sum of ``value`` is not what was counted (e.g. the number of
        outlets in the corpus for a chart of outlets per source).
    colour
        Bar colour (when ``colour_by`` is None).
    colour_by
        Optional category column (e.g. ``source_type``) that colours the bars, with a legend.
    category_order, category_labels, legend_title
        Order of the categories' colours (by default their order of appearance), their
        legend text, and the legend's title.
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(counts, (label, value), what="bar-chart table")
    ordered = counts.sort_values([value, label], ascending=[False, True], kind="stable")
    shown = ordered if top is None else ordered.head(top)
    with chart_style():
        ax = _new_axes(ax, n_rows=len(shown))
        if shown.empty:
            return _empty(ax, title, "nothing to show")
        labels = [shorten(v) for v in shown[label]]
        values = shown[value].astype(float).to_numpy()
        positions = np.arange(len(shown))
        if colour_by is None:
            ax.barh(positions, values, color=colour, height=0.7)
        else:
            require_columns(counts, (colour_by,), what="bar-chart table")
            kinds = list(shown[colour_by].astype(object))
            order = list(category_order) if category_order is not None else []
            order += [k for k in dict.fromkeys(counts[colour_by].astype(object)) if k not in order]
            palette = colours_for(order)
            ax.barh(positions, values, color=[palette[k] for k in kinds], height=0.7)
            present = [k for k in order if k in set(kinds)]
            handles = [Patch(color=palette[k]) for k in present]
            names = [str((category_labels or {}).get(k, k)) for k in present]
            ax.legend(handles, names, title=legend_title, loc="lower right")
        ax.set_yticks(positions, labels)
        ax.set_ylim(len(positions) - 0.5, -0.5)
        ax.grid(axis="y", visible=False)
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        ax.set_ylabel("")
        span = float(np.nanmax(values)) if len(values) else 0.0
        for y, v in zip(positions, values, strict=True):
            ax.annotate(
                f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}",
                xy=(v, y),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=8.5,
                color=TEXT_COLOUR,
            )
        ax.set_xlim(0, span * 1.12 if span > 0 else 1)
        hidden = len(ordered) - len(shown)
        note = f"{hidden:,} more not shown" if hidden > 0 else ""
        total = n if n is not None else (_int(ordered[value].sum()) if unit else None)
        if np.allclose(values, np.round(values)):
            ax.xaxis.set_major_locator(mticker.MaxNLocator(integer=True))
        _caption(ax, source, total, unit, note)
    return ax


def plot_articles_per_outlet(
    counts: pd.DataFrame, *, source: str | None = None, top: int | None = 40, ax: Axes | None = None
) -> Axes:
    """Draw articles per outlet as horizontal bars, originals and reprints stacked.

    Parameters
    ----------
    counts
        One row per outlet: ``outlet``, ``n_articles`` (all articles) and optionally
        ``n_reprints`` (how many of them are copies of another article in the corpus).
    source
        Data source named in the caption.
    top
        Show the ``top`` outlets with most articles.
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(counts, ("outlet", "n_articles"), what="articles-per-outlet table")
    title = "Articles per outlet"
    ordered = counts.sort_values(["n_articles", "outlet"], ascending=[False, True], kind="stable")
    shown = ordered if top is None else ordered.head(top)
    with chart_style():
        ax = _new_axes(ax, n_rows=len(shown))
        if shown.empty:
            return _empty(ax, title, "no articles")
        positions = np.arange(len(shown))
        total = shown["n_articles"].astype(float).to_numpy()
        reprints = (
            shown["n_reprints"].astype(float).fillna(0).to_numpy()
            if "n_reprints" in shown.columns
            else np.zeros(len(shown))
        )
        ax.barh(positions, total - reprints, color=OKABE_ITO["blue"], height=0.7, label="original")
        if reprints.any():
            ax.barh(
                positions,
                reprints,
                left=total - reprints,
                color=OKABE_ITO["orange"],
                height=0.7,
                label="reprint or syndicated copy",
            )
            ax.legend(loc="lower right")
        ax.set_yticks(positions, [shorten(v) for v in shown["outlet"]])
        ax.set_ylim(len(positions) - 0.5, -0.5)
        ax.grid(axis="y", visible=False)
        ax.xaxis.set_major_locator(mticker.MaxNLocator(integer=True))
        ax.set_title(title)
        ax.set_xlabel("Articles")
        hidden = len(ordered) - len(shown)
        note = f"{hidden:,} more outlets not shown" if hidden > 0 else ""
        _caption(ax, source, _int(ordered["n_articles"].sum()), "articles", note)
    return ax


def plot_coverage_timeline(
    counts: pd.DataFrame,
    *,
    events: pd.DataFrame | None = None,
    source: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Draw articles per period as bars, with the story's key dates marked and labelled.

    Parameters
    ----------
    counts
        One row per period: ``period`` (the period's start, a datetime) and ``n_articles``;
        optionally ``freq`` (a pandas offset alias such as ``'W-MON'`` or ``'MS'``, used to set
        the bar width; a week is assumed otherwise).
    events
        Optional key dates: ``date`` (datetime) and ``label``. Events outside the charted
        range are left out.
    source
        Data source named in the caption.
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(counts, ("period", "n_articles"), what="coverage-timeline table")
    title = "Coverage over time"
    with chart_style():
        ax = _new_axes(ax, n_rows=10, width=10)
        if counts.empty:
            return _empty(ax, title, "no dated articles")
        periods = pd.to_datetime(counts["period"], utc=True).dt.tz_localize(None)
        freq = str(counts["freq"].iloc[0]) if "freq" in counts.columns else "W-MON"
        width_days = 25.0 if freq.startswith(("M", "ME", "MS")) else 6.0
        ax.bar(
            periods,
            counts["n_articles"].astype(float),
            width=pd.Timedelta(days=width_days),
            align="edge",
            color=OKABE_ITO["blue"],
        )
        ax.yaxis.set_major_locator(mticker.MaxNLocator(integer=True))
        top = float(counts["n_articles"].max())
        ax.set_ylim(0, top * 1.35 + 0.5)
        if events is not None and not events.empty:
            require_columns(events, ("date", "label"), what="events table")
            dates = pd.to_datetime(events["date"], utc=True).dt.tz_localize(None)
            start = periods.min() - pd.Timedelta(days=width_days)
            end = periods.max() + pd.Timedelta(days=2 * width_days)
            inside = [(d, lab) for d, lab in zip(dates, events["label"], strict=True)]
            inside = [(d, lab) for d, lab in inside if start <= d <= end]
            key = []
            for i, (date, label) in enumerate(sorted(inside), start=1):
                ax.axvline(
                    float(mdates.date2num(date)),
                    color=OKABE_ITO["vermillion"],
                    linewidth=1,
                    linestyle="--",
                )
                ax.annotate(
                    str(i),
                    xy=(date, 1.0),
                    xycoords=("data", "axes fraction"),
                    xytext=(0, -8 - 14 * ((i - 1) % 2)),
                    textcoords="offset points",
                    ha="center",
                    va="top",
                    fontsize=8,
                    fontweight="bold",
                    color="white",
                    bbox={
                        "boxstyle": "circle,pad=0.25",
                        "facecolor": OKABE_ITO["vermillion"],
                        "edgecolor": "none",
                    },
                )
                wrapped = textwrap.fill(str(label), 34, subsequent_indent="      ")
                key.append(f"{i:>2}  {date:%d %b %Y}\n      {wrapped}")
            if key:
                ax.text(
                    1.02,
                    1.0,
                    "Key dates\n" + "\n".join(key),
                    transform=ax.transAxes,
                    ha="left",
                    va="top",
                    fontsize=8,
                    color=TEXT_COLOUR,
                    linespacing=1.35,
                )
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="x", visible=False)
        ax.set_title(title)
        ax.set_xlabel("Publication date (" + ("month" if width_days > 7 else "week") + ")")
        ax.set_ylabel("Articles")
        note = (
            "dashed lines: key dates from the events file"
            if events is not None and len(events)
            else ""
        )
        _caption(ax, source, _int(counts["n_articles"].sum()), "dated articles", note)
    return ax


def plot_stacked_shares(
    shares: pd.DataFrame,
    *,
    group: str,
    category: str,
    share: str = "share",
    title: str,
    xlabel: str = "Share",
    legend_title: str | None = None,
    n: str | None = None,
    count: str | None = None,
    unit: str = "",
    source: str | None = None,
    category_order: Sequence[object] | None = None,
    category_labels: Mapping[object, str] | None = None,
    category_colours: Mapping[object, str] | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Draw one 100% horizontal bar per group, split into category shares.

    Groups are ordered by the share of the first category (largest first), so the chart reads
    as a ranking; categories keep ``category_order`` (or their order of appearance).

    Parameters
    ----------
    shares
        Long table, one row per (group, category): ``group``, ``category``, ``share`` in
        [0, 1]; optionally ``n``, the size of the group (repeated on each of its rows), printed
        after the group's name and summed for the caption.
    group, category, share, n
        Column names.
    count
        Alternative to ``n``: a column of per-category counts (e.g. ``n_sources``), summed
        per group to give the group's size.
    title, xlabel, legend_title
        Text.
    unit
        What ``n`` counts, for the caption.
    source
        Data source named in the caption.
    category_order
        Order of the stacked categories; by default their order of appearance.
    category_labels
        Category -> legend text (e.g. ``"ngo_activist"`` -> ``"NGO / activist"``).
    category_colours
        Category -> colour, overriding the palette (e.g. vermillion for negative tone).
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(shares, (group, category, share), what="shares table")
    if n is not None:
        require_columns(shares, (n,), what="shares table")
    with chart_style():
        if shares.empty:
            return _empty(_new_axes(ax), title, "nothing to show")
        wide = _wide(shares, group, category, share, category_order)
        wide = wide.sort_values(by=list(wide.columns), ascending=False, kind="stable")
        ax = _new_axes(ax, n_rows=len(wide) + 2, width=10)
        positions = _stacked_bars(ax, wide, category_labels, category_colours)
        if n is not None:
            sizes = shares.drop_duplicates(group).set_index(group)[n]
        elif count is not None:
            sizes = shares.groupby(group)[count].sum()
        else:
            sizes = None
        labels = [
            shorten(g) + (f" (n={_int(sizes[g])})" if sizes is not None else "") for g in wide.index
        ]
        ax.set_yticks(positions, labels)
        ax.set_ylim(len(positions) - 0.5, -0.5)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(mticker.PercentFormatter(1.0))
        ax.grid(axis="y", visible=False)
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        _legend(ax, legend_title)
        total = _int(sizes.sum()) if sizes is not None and unit else None
        _caption(ax, source, total, unit)
    return ax


def plot_stacked_counts(
    table: pd.DataFrame,
    *,
    group: str,
    category: str,
    value: str,
    title: str,
    xlabel: str,
    legend_title: str | None = None,
    n: str | None = None,
    unit: str = "",
    source: str | None = None,
    category_order: Sequence[object] | None = None,
    category_labels: Mapping[object, str] | None = None,
    top: int | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Draw one horizontal bar per group, split into categories, largest total first.

    Parameters
    ----------
    table
        Long table, one row per (group, category): ``group``, ``category`` and ``value``
        (e.g. quotes per article); optionally ``n``, the size of the group repeated on each
        of its rows, printed after the group's name and summed for the caption.
    group, category, value, n
        Column names.
    title, xlabel, legend_title
        Text.
    unit
        What ``n`` counts, for the caption.
    source
        Data source named in the caption.
    category_order
        Order of the stacked categories; by default their order of appearance.
    category_labels
        Category -> legend text (e.g. ``"ngo_activist"`` -> ``"NGO / activist"``).
    top
        Draw only the ``top`` groups with the largest totals.
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(table, (group, category, value), what="stacked-counts table")
    if n is not None:
        require_columns(table, (n,), what="stacked-counts table")
    with chart_style():
        if table.empty:
            return _empty(_new_axes(ax), title, "nothing to show")
        wide = _wide(table, group, category, value, category_order)
        order = wide.sum(axis=1).sort_values(ascending=False, kind="stable").index
        everything = wide.loc[order]
        wide = everything if top is None else everything.head(top)
        ax = _new_axes(ax, n_rows=len(wide) + 2, width=10)
        positions = _stacked_bars(ax, wide, category_labels)
        sizes = table.drop_duplicates(group).set_index(group)[n] if n is not None else None
        labels = [
            shorten(g) + (f" (n={_int(sizes[g])})" if sizes is not None else "") for g in wide.index
        ]
        ax.set_yticks(positions, labels)
        ax.set_ylim(len(positions) - 0.5, -0.5)
        ax.grid(axis="y", visible=False)
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        _legend(ax, legend_title)
        hidden = len(everything) - len(wide)
        note = f"{hidden:,} more not shown" if hidden > 0 else ""
        total = _int(sizes.sum()) if sizes is not None and unit else None
        _caption(ax, source, total, unit, note)
    return ax


def _wide(
    table: pd.DataFrame,
    group: str,
    category: str,
    value: str,
    category_order: Sequence[object] | None,
) -> pd.DataFrame:
    """One row per group, one column per category (in ``category_order`` or first-seen order)."""
    categories = (
        list(category_order) if category_order is not None else list(dict.fromkeys(table[category]))
    )
    return table.pivot_table(
        index=group, columns=category, values=value, aggfunc="sum", fill_value=0.0
    ).reindex(columns=categories, fill_value=0.0)


def _stacked_bars(
    ax: Axes,
    wide: pd.DataFrame,
    category_labels: Mapping[object, str] | None,
    category_colours: Mapping[object, str] | None = None,
) -> npt.NDArray[np.int_]:
    """Draw one stacked horizontal bar per row of ``wide``; return the bars' positions."""
    categories = list(wide.columns)
    colours = {**colours_for(categories), **(category_colours or {})}
    positions = np.arange(len(wide))
    left = np.zeros(len(wide))
    for cat in categories:
        values = wide[cat].to_numpy(dtype=float)
        name = str((category_labels or {}).get(cat, cat))
        ax.barh(positions, values, left=left, color=colours[cat], height=0.72, label=name)
        left = left + values
    return positions


def plot_outlet_measure(
    table: pd.DataFrame,
    *,
    value: str,
    title: str,
    xlabel: str,
    label: str = "outlet",
    n: str | None = None,
    unit: str = "articles",
    source: str | None = None,
    reference: float | None = None,
    percent: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """Draw one dot per outlet (or other label) on a common scale, highest first.

    A dot plot: it compares one measure (quotes per article, share of anonymous sources,
    denial score, ...) across outlets. When ``n`` is given, each label says how many
    observations its value rests on, so thin evidence shows as thin.

    Parameters
    ----------
    table
        One row per label: ``label``, ``value`` and optionally ``n``.
    value, label, n
        Column names.
    title, xlabel
        Text.
    unit
        What ``n`` counts.
    source
        Data source named in the caption.
    reference
        Draw a vertical reference line at this value (e.g. 0 for tone).
    percent
        Format the x axis as percentages of 1.
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(table, (label, value), what="measure table")
    ordered = table.loc[table[value].notna()].sort_values(
        [value, label], ascending=[False, True], kind="stable"
    )
    with chart_style():
        ax = _new_axes(ax, n_rows=len(ordered))
        if ordered.empty:
            return _empty(ax, title, "nothing to show")
        positions = np.arange(len(ordered))
        values = ordered[value].astype(float).to_numpy()
        ax.hlines(positions, 0 if reference is None else reference, values, color="#CCCCCC")
        ax.plot(values, positions, "o", color=OKABE_ITO["blue"], markersize=7)
        labels = [
            shorten(v) + (f" (n={_int(c)})" if n is not None else "")
            for v, c in zip(
                ordered[label],
                ordered[n] if n is not None else [None] * len(ordered),
                strict=True,
            )
        ]
        ax.set_yticks(positions, labels)
        ax.set_ylim(len(positions) - 0.5, -0.5)
        ax.grid(axis="y", visible=False)
        if reference is not None:
            ax.axvline(reference, color=GREY, linewidth=1)
        if percent:
            ax.xaxis.set_major_formatter(mticker.PercentFormatter(1.0))
            ax.set_xlim(0, max(1.0, float(np.nanmax(values)) * 1.05))
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        total = _int(ordered[n].sum()) if n is not None else None
        skipped = len(table) - len(ordered)
        note = f"{skipped:,} without a value not shown" if skipped else ""
        _caption(ax, source, total, unit, note)
    return ax


def plot_histogram(
    table: pd.DataFrame,
    *,
    value: str,
    title: str,
    xlabel: str,
    unit: str = "articles",
    source: str | None = None,
    ax: Axes | None = None,
) -> Axes:
    """Draw the distribution of a whole-number count (e.g. sources per article) as bars.

    Parameters
    ----------
    table
        One row per observation with the count in ``value``.
    value
        Column name.
    title, xlabel
        Text.
    unit
        What a row is, for the y label and caption.
    source
        Data source named in the caption.
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(table, (value,), what="histogram table")
    with chart_style():
        ax = _new_axes(ax, n_rows=8)
        values = table[value].dropna().astype(int)
        if values.empty:
            return _empty(ax, title, "nothing to show")
        frequencies = values.value_counts().sort_index()
        ax.bar(frequencies.index, frequencies.to_numpy(), color=OKABE_ITO["blue"], width=0.8)
        ax.xaxis.set_major_locator(mticker.MaxNLocator(integer=True))
        ax.yaxis.set_major_locator(mticker.MaxNLocator(integer=True))
        ax.grid(axis="x", visible=False)
        median = float(values.median())
        ax.axvline(median, color=OKABE_ITO["vermillion"], linestyle="--", linewidth=1)
        ax.annotate(
            f"median {median:g}",
            xy=(median, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(4, -4),
            textcoords="offset points",
            va="top",
            fontsize=8.5,
            color=OKABE_ITO["vermillion"],
        )
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(unit.capitalize())
        _caption(ax, source, len(values), unit)
    return ax


def plot_heatmap(
    table: pd.DataFrame,
    *,
    row: str,
    column: str,
    value: str,
    title: str,
    colorbar_label: str,
    unit: str = "",
    n: int | None = None,
    row_n: str | None = None,
    source: str | None = None,
    diverging: bool = False,
    percent: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """Draw a row × column grid coloured by ``value``, with the value printed in each cell.

    Rows are ordered by their total (largest first) and columns by their total, so the
    strongest pattern sits top left. Empty cells stay white.

    Parameters
    ----------
    table
        Long table, one row per (row, column) pair with ``value``.
    row, column, value
        Column names.
    title, colorbar_label
        Text.
    unit, n
        What was counted and how many, for the caption.
    row_n
        Optional column holding each row's size (e.g. ``n_articles`` of an outlet), printed
        after the row's name so that a 100% resting on one article shows as such.
    source
        Data source named in the caption.
    diverging
        Use the diverging map centred on 0 (for signed values such as tone).
    percent
        Print cell values as percentages of 1.
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(table, (row, column, value), what="heatmap table")
    with chart_style():
        if table.empty:
            return _empty(_new_axes(ax), title, "nothing to show")
        wide = table.pivot_table(index=row, columns=column, values=value, aggfunc="sum")
        wide = wide.loc[
            wide.abs().sum(axis=1).sort_values(ascending=False, kind="stable").index,
            wide.abs().sum(axis=0).sort_values(ascending=False, kind="stable").index,
        ]
        width = min(16.0, max(_WIDTH, 3.5 + 0.55 * wide.shape[1]))
        ax = _new_axes(ax, n_rows=len(wide) + 4, width=width)
        data = wide.to_numpy(dtype=float)
        if not diverging:
            data = np.where(data == 0, np.nan, data)  # an absent frame stays white, not pale
        finite = data[np.isfinite(data)]
        if diverging:
            bound = float(np.max(np.abs(finite))) if finite.size else 1.0
            image = ax.imshow(
                data, cmap=DIVERGING, vmin=-bound or -1, vmax=bound or 1, aspect="auto"
            )
        else:
            top = float(np.max(finite)) if finite.size else 1.0
            image = ax.imshow(data, cmap=SEQUENTIAL, vmin=0, vmax=top or 1, aspect="auto")
        ax.set_xticks(
            np.arange(wide.shape[1]),
            [shorten(str(c).replace("_", " "), width=24) for c in wide.columns],
            rotation=40,
            ha="right",
            rotation_mode="anchor",
        )
        sizes = table.drop_duplicates(row).set_index(row)[row_n] if row_n is not None else None
        ax.set_yticks(
            np.arange(wide.shape[0]),
            [
                shorten(r) + (f" (n={_int(sizes[r])})" if sizes is not None else "")
                for r in wide.index
            ],
        )
        ax.grid(visible=False)
        ax.tick_params(length=0)
        for side in ("left", "bottom"):
            ax.spines[side].set_visible(False)
        limit = float(np.max(np.abs(finite))) if finite.size else 1.0
        if wide.size <= 600:
            for (i, j), cell in np.ndenumerate(data):
                if not np.isfinite(cell) or cell == 0:
                    continue
                text = f"{cell:.0%}" if percent else (f"{cell:.2f}" if diverging else f"{cell:g}")
                dark = abs(cell) > 0.6 * limit
                ax.text(
                    j, i, text, ha="center", va="center", fontsize=7.5,
                    color="white" if dark else TEXT_COLOUR,
                )  # fmt: skip
        bar = ax.figure.colorbar(image, ax=ax, shrink=0.6, pad=0.02)
        bar.set_label(colorbar_label)
        bar.outline.set_visible(False)
        if percent:
            bar.ax.yaxis.set_major_formatter(mticker.PercentFormatter(1.0))
        ax.set_title(title)
        ax.set_xlabel(column.replace("_", " ").capitalize())
        ax.set_ylabel("")
        _caption(ax, source, n, unit)
    return ax


def plot_citation_matrix(
    edges: pd.DataFrame, *, source: str | None = None, ax: Axes | None = None
) -> Axes:
    """Draw who cites whom: citing outlets down, cited outlets across, dot area = citations.

    A dot matrix reads better than a node-link drawing when most outlets cite one or two
    others: every pair is on a grid line and the most-cited outlets come first.

    Parameters
    ----------
    edges
        One row per (citing, cited) pair: ``citing_outlet``, ``cited_outlet`` and
        ``n_citations``.
    source
        Data source named in the caption.
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(
        edges, ("citing_outlet", "cited_outlet", "n_citations"), what="citation edge table"
    )
    title = "Who cites whom"
    with chart_style():
        if edges.empty:
            return _empty(_new_axes(ax), title, "no outlet cites another")
        cited = (
            edges.groupby("cited_outlet")["n_citations"]
            .sum()
            .sort_values(ascending=False, kind="stable")
        )
        citing = (
            edges.groupby("citing_outlet")["n_citations"]
            .sum()
            .sort_values(ascending=False, kind="stable")
        )
        x_of = {name: i for i, name in enumerate(cited.index)}
        y_of = {name: i for i, name in enumerate(citing.index)}
        width = min(16.0, max(_WIDTH, 4.0 + 0.4 * len(cited)))
        ax = _new_axes(ax, n_rows=len(citing) + 4, width=width)
        xs = [x_of[c] for c in edges["cited_outlet"]]
        ys = [y_of[c] for c in edges["citing_outlet"]]
        sizes = edges["n_citations"].astype(float).to_numpy()
        ax.scatter(xs, ys, s=40 + 60 * sizes, color=OKABE_ITO["blue"], alpha=0.85, zorder=3)
        for x, y, size in zip(xs, ys, sizes, strict=True):
            if size > 1:
                ax.text(x, y, f"{size:g}", ha="center", va="center", fontsize=7, color="white")
        ax.set_xticks(
            np.arange(len(cited)),
            [shorten(c, width=24) for c in cited.index],
            rotation=40,
            ha="right",
            rotation_mode="anchor",
        )
        ax.set_yticks(np.arange(len(citing)), [shorten(c) for c in citing.index])
        ax.set_xlim(-0.7, len(cited) - 0.3)
        ax.set_ylim(len(citing) - 0.3, -0.7)
        ax.set_title(title)
        ax.set_xlabel("Cited outlet or agency (most cited first)")
        ax.set_ylabel("Citing outlet")
        _caption(ax, source, _int(edges["n_citations"].sum()), "citations")
    return ax


def plot_first_reports(
    first: pd.DataFrame, *, source: str | None = None, top: int = 40, ax: Axes | None = None
) -> Axes:
    """Draw when each outlet first reported the story: one dot per outlet, earliest on top.

    Parameters
    ----------
    first
        One row per outlet: ``outlet``, ``first_published`` (datetime; rows without one are
        left out and counted in the caption) and optionally ``n_articles``.
    source
        Data source named in the caption.
    top
        Show the ``top`` earliest outlets.
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(first, ("outlet", "first_published"), what="first-report table")
    title = "Who reported first"
    dated = first.loc[first["first_published"].notna()].sort_values(
        ["first_published", "outlet"], kind="stable"
    )
    shown = dated.head(top)
    with chart_style():
        ax = _new_axes(ax, n_rows=len(shown), width=9)
        if shown.empty:
            return _empty(ax, title, "no dated articles")
        dates = pd.to_datetime(shown["first_published"], utc=True).dt.tz_localize(None)
        positions = np.arange(len(shown))
        ax.plot(dates, positions, "o", color=OKABE_ITO["blue"], markersize=6, zorder=3)
        ax.set_yticks(positions, [shorten(v) for v in shown["outlet"]])
        ax.set_ylim(len(positions) - 0.5, -0.5)
        locator = mdates.AutoDateLocator(minticks=4, maxticks=9)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_title(title)
        ax.set_xlabel("Date of the outlet's first article in the corpus")
        undated = len(first) - len(dated)
        hidden = len(dated) - len(shown)
        notes = []
        if undated:
            notes.append(f"{undated:,} outlets without a dated article not shown")
        if hidden:
            notes.append(f"{hidden:,} later outlets not shown")
        _caption(ax, source, len(dated), "outlets", "; ".join(notes))
    return ax


def plot_paired_dots(
    table: pd.DataFrame,
    *,
    label: str,
    group: str,
    value: str,
    title: str,
    xlabel: str,
    n: str | None = None,
    unit: str = "",
    source: str | None = None,
    reference: float | None = 0.0,
    ax: Axes | None = None,
) -> Axes:
    """Draw two or more values per label as coloured dots joined by a line (a dumbbell chart).

    Used for the tone of an outlet's own narration against the tone of the speech it quotes.
    Labels are ordered by the first group's value.

    Parameters
    ----------
    table
        Long table, one row per (label, group): ``label``, ``group``, ``value`` and optionally
        ``n`` (observations behind the value; summed for the caption).
    label, group, value, n
        Column names.
    title, xlabel
        Text.
    unit
        What ``n`` counts.
    source
        Data source named in the caption.
    reference
        Vertical reference line (None for none).
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(table, (label, group, value), what="paired-dots table")
    with chart_style():
        if table.empty or table[value].notna().sum() == 0:
            return _empty(_new_axes(ax), title, "nothing to show")
        groups = list(dict.fromkeys(table[group]))
        wide = table.pivot_table(index=label, columns=group, values=value, aggfunc="mean")
        wide = wide.reindex(columns=groups).sort_values(
            by=groups[0], ascending=False, kind="stable", na_position="last"
        )
        ax = _new_axes(ax, n_rows=len(wide) + 1, width=9)
        positions = np.arange(len(wide))
        data = wide.to_numpy(dtype=float)
        low = np.nanmin(data, axis=1)
        high = np.nanmax(data, axis=1)
        ax.hlines(positions, low, high, color="#BBBBBB", linewidth=2, zorder=1)
        colours = colours_for(groups)
        markers = ("o", "D", "s", "^")
        for k, name in enumerate(groups):
            ax.plot(
                wide[name].to_numpy(dtype=float),
                positions,
                markers[k % len(markers)],
                color=colours[name],
                markersize=7,
                label=str(name),
                zorder=3,
            )
        ax.set_yticks(positions, [shorten(v) for v in wide.index])
        ax.set_ylim(len(positions) - 0.5, -0.5)
        ax.grid(axis="y", visible=False)
        if reference is not None:
            ax.axvline(reference, color=GREY, linewidth=1)
        _legend(ax, None)
        ax.set_title(title)
        ax.set_xlabel(xlabel)
        total = _int(table[n].sum()) if n is not None and unit else None
        _caption(ax, source, total, unit)
    return ax


def plot_over_time(
    table: pd.DataFrame,
    *,
    time: str = "published",
    value: str,
    title: str,
    ylabel: str,
    group: str | None = None,
    unit: str = "articles",
    source: str | None = None,
    reference: float | None = 0.0,
    ax: Axes | None = None,
) -> Axes:
    """Draw one dot per observation against time, coloured by ``group`` when given.

    Parameters
    ----------
    table
        One row per observation (e.g. per article): ``time`` (datetime) and ``value``;
        optionally ``group`` (e.g. outlet type or language; at most eight groups get their
        own colour, the rest are drawn grey as 'other'). Rows without a time are left out and
        counted in the caption.
    time, value, group
        Column names.
    title, ylabel
        Text.
    unit
        What a row is.
    source
        Data source named in the caption.
    reference
        Horizontal reference line (None for none).
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(table, (time, value), what="time-series table")
    dated = table.loc[table[time].notna() & table[value].notna()]
    with chart_style():
        ax = _new_axes(ax, n_rows=10, width=10)
        if dated.empty:
            return _empty(ax, title, "no dated observations")
        times = pd.to_datetime(dated[time], utc=True).dt.tz_localize(None)
        if group is None:
            ax.plot(times, dated[value].astype(float), "o", color=OKABE_ITO["blue"], alpha=0.8)
        else:
            order = dated[group].astype("string").fillna("unknown").value_counts().index.tolist()
            keep = order[: len(PALETTE) - 1]
            colours = colours_for(keep)
            names = dated[group].astype("string").fillna("unknown")
            for name in [*keep, "other"]:
                mask = (
                    (names == name).to_numpy()
                    if name != "other"
                    else (~names.isin(keep)).to_numpy()
                )
                if not mask.any():
                    continue
                ax.plot(
                    times[mask],
                    dated[value].astype(float)[mask],
                    "o",
                    color=colours.get(name, GREY),
                    alpha=0.85,
                    label=shorten(name, width=24),
                )
            _legend(ax, group.replace("_", " ").capitalize())
        if reference is not None:
            ax.axhline(reference, color=GREY, linewidth=1)
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.set_title(title)
        ax.set_xlabel("Publication date")
        ax.set_ylabel(ylabel)
        undated = len(table) - len(dated)
        note = f"{undated:,} without a date or value not shown" if undated else ""
        _caption(ax, source, len(dated), unit, note)
    return ax


def plot_sentence_tone(
    scores: pd.DataFrame, *, source: str | None = None, ax: Axes | None = None
) -> Axes:
    """Draw one article's tone sentence by sentence, raw TextBlob beside the adjusted score.

    Sentences that are mostly quoted speech are shaded, so the reader sees whether the tone
    comes from the outlet's narration or from the people it quotes.

    Parameters
    ----------
    scores
        :func:`analysis.sentiment.score_sentiment` rows of one article at ``unit='sentence'``:
        ``index`` (sentence number), ``polarity_raw``, ``polarity_adjusted`` and optionally
        ``share_quoted``.
    source
        Data source named in the caption.
    ax
        Axes to draw on; a new figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
    """
    require_columns(scores, ("index", "polarity_raw", "polarity_adjusted"), what="sentence scores")
    title = "Tone sentence by sentence"
    with chart_style():
        ax = _new_axes(ax, n_rows=8, width=10)
        scored = scores.loc[scores["polarity_raw"].notna()]
        if scored.empty:
            return _empty(ax, title, "no sentence scored (language not read by TextBlob)")
        x = scored["index"].astype(float).to_numpy()
        raw = scored["polarity_raw"].astype(float).to_numpy()
        adjusted = scored["polarity_adjusted"].astype(float).to_numpy()
        if "share_quoted" in scored.columns:
            quoted = scored["share_quoted"].astype(float).fillna(0.0).to_numpy() > 0.5
            for position in x[quoted]:
                ax.axvspan(position - 0.5, position + 0.5, color="#EEF3F8", zorder=0)
        ax.vlines(x, raw, adjusted, color="#BBBBBB", linewidth=1, zorder=1)
        ax.plot(x, raw, "o", mfc="white", mec=GREY, markersize=6, label="TextBlob (raw)")
        ax.plot(x, adjusted, "o", color=OKABE_ITO["blue"], markersize=6, label="adjusted")
        ax.axhline(0, color=GREY, linewidth=1)
        ax.xaxis.set_major_locator(mticker.MaxNLocator(integer=True))
        ax.set_ylim(-1.05, 1.05)
        ax.set_title(title)
        ax.set_xlabel("Sentence (shaded: mostly quoted speech)")
        ax.set_ylabel("Polarity")
        _legend(ax, None)
        _caption(ax, source, len(scored), "sentences scored")
    return ax


def plot_small_multiples(
    profiles: pd.DataFrame,
    *,
    label: str = "outlet",
    measures: dict[str, str],
    title: str,
    n: str | None = None,
    unit: str = "articles",
    source: str | None = None,
    percent: Sequence[str] = (),
    signed: Sequence[str] = (),
    ax: Axes | None = None,
) -> Axes:
    """Draw one panel per measure, all sharing the same rows (outlets), for side-by-side profiles.

    Each panel is a horizontal bar chart of one column of ``profiles``; rows keep the order of
    the table (order it before calling, e.g. by number of articles), so reading across a row
    gives one outlet's profile and reading down a panel compares outlets on one measure.

    Parameters
    ----------
    profiles
        One row per outlet: ``label``, optionally ``n``, and the measure columns.
    label, n
        Column names.
    measures
        Column name -> panel title, in panel order.
    title
        Figure title.
    unit
        What ``n`` counts.
    source
        Data source named in the caption.
    percent
        Measures to format as percentages of 1.
    signed
        Measures that can be negative (bars coloured by sign, with a zero line).
    ax
        Where to put the panels: the panels replace this axes' area in its figure. A new
        figure is made when None.

    Returns
    -------
    matplotlib.axes.Axes
        The first (left-most) panel; the others are in ``returned.figure.axes``.
    """
    require_columns(profiles, (label, *measures), what="profile table")
    with chart_style():
        if profiles.empty or not measures:
            return _empty(_new_axes(ax), title, "nothing to show")
        n_rows = len(profiles)
        grid: GridSpecBase
        if ax is None:
            width = min(18.0, 3.0 + 2.3 * len(measures))
            fig = plt.figure(figsize=(width, max(3.5, 1.8 + 0.3 * n_rows)), layout="constrained")
            grid = fig.add_gridspec(1, len(measures))
        else:
            fig = ax.figure  # type: ignore[assignment]
            spec = ax.get_subplotspec()
            if spec is None:
                raise ValueError("plot_small_multiples needs an axes made by subplots")
            grid = spec.subgridspec(1, len(measures))
            ax.remove()
        positions = np.arange(n_rows)
        panels: list[Axes] = []
        for k, (column, panel_title) in enumerate(measures.items()):
            panel = fig.add_subplot(grid[0, k], sharey=panels[0] if panels else None)
            values = profiles[column].astype(float).to_numpy()
            if column in signed:
                colours = [OKABE_ITO["vermillion"] if v < 0 else OKABE_ITO["blue"] for v in values]
                panel.axvline(0, color=GREY, linewidth=1)
            else:
                colours = [OKABE_ITO["blue"]] * n_rows
            panel.barh(positions, np.nan_to_num(values), color=colours, height=0.7)
            for y, v in zip(positions, values, strict=True):
                if np.isnan(v):
                    panel.text(0, float(y), " n/a", va="center", fontsize=7.5, color=GREY)
            panel.set_title(textwrap.fill(panel_title, 18), fontsize=9.5, loc="left")
            panel.grid(axis="y", visible=False)
            panel.tick_params(axis="x", labelsize=8)
            integer = pd.api.types.is_integer_dtype(profiles[column])
            panel.xaxis.set_major_locator(mticker.MaxNLocator(nbins=3, integer=integer))
            if column in signed and np.isfinite(values).any():
                bound = float(np.nanmax(np.abs(values))) * 1.1 or 1.0
                panel.set_xlim(-bound, bound)
            if column in percent:
                panel.xaxis.set_major_formatter(mticker.PercentFormatter(1.0, decimals=0))
            if k > 0:
                panel.tick_params(axis="y", labelleft=False)
            panels.append(panel)
        first = panels[0]
        labels = [
            shorten(v, width=28) + (f" (n={_int(c)})" if n is not None else "")
            for v, c in zip(
                profiles[label], profiles[n] if n is not None else [None] * n_rows, strict=True
            )
        ]
        first.set_yticks(positions, labels)
        first.set_ylim(n_rows - 0.5, -0.5)
        fig.suptitle(title, x=0.01, ha="left", fontsize=13, fontweight="bold")
        first.set_xlabel(" ")
        total = _int(profiles[n].sum()) if n is not None else None
        fig.text(
            0.01,
            0.0,
            _caption_text(source, total, unit, "n/a: no observation"),
            ha="left",
            va="top",
            fontsize=8.5,
            color=CAPTION_COLOUR,
        )
    return first


def article_html(
    text: str,
    marks: pd.DataFrame,
    *,
    title: str | None = None,
    legend: dict[str, str] | None = None,
) -> str:
    """Return ``text`` as HTML with character spans highlighted, for reading what a method did.

    Overlapping spans are nested where they nest; where two spans cross, the later one is cut
    at the earlier one's end so the HTML stays well-formed. Text is HTML-escaped; paragraph
    breaks are kept.

    Parameters
    ----------
    text
        The article text.
    marks
        One row per span: ``start``, ``end`` (offsets into ``text``), ``layer`` (e.g. 'quote',
        'speaker', 'source', 'frame'; chooses the style) and ``note`` (shown as a tooltip and,
        for quotes, as a small label).
    title
        Optional heading.
    legend
        Layer -> description, printed as a key above the text; by default the layers present.

    Returns
    -------
    str
        A self-contained HTML fragment (inline styles only).

    Raises
    ------
    ValueError
        When a span lies outside ``text`` or ends before it starts.
    """
    require_columns(marks, ("start", "end", "layer", "note"), what="highlight table")
    styles = {
        "quote": f"background:#DCEBF7;border-bottom:2px solid {OKABE_ITO['blue']}",
        "speaker": f"background:#FBE3C0;border-bottom:2px solid {OKABE_ITO['orange']};"
        "font-weight:bold",
        "source": f"outline:2px solid {OKABE_ITO['bluish_green']};outline-offset:-1px",
        "frame": f"text-decoration:underline wavy {OKABE_ITO['reddish_purple']}",
        "stance": f"background:#F9D5C2;border-bottom:2px solid {OKABE_ITO['vermillion']}",
        "denial": f"background:#F9D5C2;border-bottom:2px solid {OKABE_ITO['vermillion']}",
        "mention": f"border-bottom:2px dotted {OKABE_ITO['sky_blue']}",
    }
    spans = []
    for start, end, layer, note in marks[["start", "end", "layer", "note"]].itertuples(index=False):
        s, e = int(start), int(end)
        if not 0 <= s <= e <= len(text):
            raise ValueError(f"span {s}-{e} ({layer}) lies outside the text of {len(text)} chars")
        if e > s:
            spans.append((s, e, str(layer), "" if pd.isna(note) else str(note)))
    spans.sort(key=lambda span: (span[0], -span[1]))
    events: dict[int, list[str]] = {}
    stack: list[int] = []
    for s, e, layer, note in spans:
        while stack and stack[-1] <= s:
            stack.pop()
        end = min(e, stack[-1]) if stack else e
        style = styles.get(layer, "background:#EEEEEE")
        opening = (
            f'<span class="mark-{html.escape(layer)}" style="{style}" '
            f'title="{html.escape(layer)}: {html.escape(note)}">'
        )
        events.setdefault(s, []).append(opening)
        events.setdefault(end, []).insert(0, "</span>")
        stack.append(end)
    pieces: list[str] = []
    cursor = 0
    for offset in sorted(events):
        pieces.append(html.escape(text[cursor:offset]))
        closings = [tag for tag in events[offset] if tag == "</span>"]
        openings = [tag for tag in events[offset] if tag != "</span>"]
        pieces.extend(closings + openings)
        cursor = offset
    pieces.append(html.escape(text[cursor:]))
    body = "".join(pieces).replace("\n", "<br>\n")
    layers = legend or {layer: layer for layer in dict.fromkeys(s[2] for s in spans)}
    key = " ".join(
        f'<span style="{styles.get(layer, "background:#EEEEEE")};padding:0 4px">'
        f"{html.escape(description)}</span>"
        for layer, description in layers.items()
    )
    heading = f"<h3>{html.escape(title)}</h3>" if title else ""
    return (
        '<div class="article-walkthrough" style="font-family:Georgia,serif;line-height:1.6;'
        'max-width:52em">'
        f'{heading}<p style="font-family:sans-serif;font-size:90%">Key: {key} '
        "(hover a mark for details)</p>"
        f"<div>{body}</div></div>"
    )
