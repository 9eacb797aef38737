from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.axes import Axes

from analysis import plots


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def caption_of(ax: Axes) -> str:
    texts = [t.get_text() for t in ax.texts if t.get_text().startswith(("Source", "n ="))]
    assert len(texts) == 1, [t.get_text() for t in ax.texts]
    return texts[0]


def yticklabels(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.get_yticklabels()]


PER_OUTLET = pd.DataFrame(
    {
        "outlet": ["Harbour Herald", "Valley Wire", "The Northern Ledger of Record and Review"],
        "n_articles": [2, 7, 4],
        "n_reprints": [0, 3, 1],
    }
)


def test_articles_per_outlet_sorted_labelled_and_captioned():
    before = PER_OUTLET.copy()
    ax = plots.plot_articles_per_outlet(PER_OUTLET, source="demo corpus")
    assert isinstance(ax, Axes)
    labels = yticklabels(ax)
    assert labels[0] == "Valley Wire"
    assert labels[-1] == "Harbour Herald"
    assert all(len(label) <= plots.MAX_LABEL for label in labels)
    assert labels[1].endswith("…")
    assert ax.get_title(loc="left") == "Articles per outlet"
    assert ax.get_xlabel() == "Articles"
    assert caption_of(ax) == "Source: demo corpus · n = 13 articles"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "original",
        "reprint or syndicated copy",
    ]
    pd.testing.assert_frame_equal(PER_OUTLET, before)


def test_articles_per_outlet_top_says_how_many_are_hidden():
    ax = plots.plot_articles_per_outlet(PER_OUTLET, top=2)
    assert len(yticklabels(ax)) == 2
    assert "1 more outlets not shown" in caption_of(ax)
    assert "n = 13 articles" in caption_of(ax)


def test_articles_per_outlet_without_reprints_has_no_legend():
    ax = plots.plot_articles_per_outlet(PER_OUTLET.drop(columns="n_reprints"))
    assert ax.get_legend() is None


def test_missing_column_is_named():
    with pytest.raises(ValueError, match="n_articles"):
        plots.plot_articles_per_outlet(PER_OUTLET.drop(columns="n_articles"))


@pytest.mark.parametrize(
    "call",
    [
        lambda: plots.plot_articles_per_outlet(PER_OUTLET.iloc[0:0]),
        lambda: plots.plot_bar_counts(
            PER_OUTLET.iloc[0:0], label="outlet", value="n_articles", title="T", xlabel="x"
        ),
        lambda: plots.plot_histogram(
            pd.DataFrame({"n": pd.Series([], dtype=int)}), value="n", title="T", xlabel="x"
        ),
        lambda: plots.plot_citation_matrix(
            pd.DataFrame(columns=["citing_outlet", "cited_outlet", "n_citations"])
        ),
        lambda: plots.plot_coverage_timeline(pd.DataFrame(columns=["period", "n_articles"])),
    ],
)
def test_empty_tables_give_a_titled_empty_chart(call):
    ax = call()
    assert ax.get_title(loc="left")
    assert any(t.get_text() for t in ax.texts)


def test_bar_counts_orders_largest_first_and_prints_values():
    table = pd.DataFrame({"speaker": ["A. Person", "B. Person", "C. Person"], "n": [1, 5, 3]})
    ax = plots.plot_bar_counts(
        table, label="speaker", value="n", title="Top", xlabel="Quotes", unit="quotes", top=2
    )
    assert yticklabels(ax) == ["B. Person", "C. Person"]
    assert "5" in [t.get_text() for t in ax.texts]
    assert caption_of(ax) == "n = 9 quotes · 1 more not shown"


def test_coverage_timeline_marks_events_inside_the_range_only():
    counts = pd.DataFrame(
        {
            "period": pd.to_datetime(["2024-03-04", "2024-03-11", "2024-03-18"], utc=True),
            "n_articles": [1, 0, 4],
            "freq": "W-MON",
        }
    )
    events = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-03-12", "2030-01-01"], utc=True),
            "label": ["Report published", "Far future"],
        }
    )
    ax = plots.plot_coverage_timeline(counts, events=events, source="demo")
    texts = " ".join(t.get_text() for t in ax.texts)
    assert "1  12 Mar 2024\n      Report published" in texts
    assert "Far future" not in texts
    assert [t.get_text() for t in ax.texts if t.get_text().isdigit()] == ["1"]
    assert ax.get_ylabel() == "Articles"
    assert "week" in ax.get_xlabel()
    assert "n = 5 dated articles" in caption_of(ax)


def test_stacked_shares_orders_groups_by_first_category_and_sums_to_one():
    shares = pd.DataFrame(
        {
            "outlet": ["A", "A", "B", "B"],
            "kind": ["direct", "indirect", "direct", "indirect"],
            "share": [0.25, 0.75, 0.6, 0.4],
            "n_group": [4, 4, 10, 10],
        }
    )
    ax = plots.plot_stacked_shares(
        shares,
        group="outlet",
        category="kind",
        title="Direct and indirect quotes",
        n="n_group",
        unit="quotes",
    )
    assert yticklabels(ax) == ["B (n=10)", "A (n=4)"]
    widths = [p.get_width() for p in ax.patches]
    assert sum(widths) == pytest.approx(2.0)
    assert caption_of(ax) == "n = 14 quotes"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["direct", "indirect"]


def test_outlet_measure_shows_n_and_drops_missing_values():
    table = pd.DataFrame(
        {"outlet": ["A", "B", "C"], "share_anonymous": [0.1, None, 0.5], "n": [10, 3, 2]}
    )
    ax = plots.plot_outlet_measure(
        table,
        value="share_anonymous",
        n="n",
        unit="sources",
        title="Anonymous sources",
        xlabel="Share",
        percent=True,
    )
    assert yticklabels(ax) == ["C (n=2)", "A (n=10)"]
    assert caption_of(ax) == "n = 12 sources · 1 without a value not shown"


def test_histogram_marks_the_median():
    ax = plots.plot_histogram(
        pd.DataFrame({"n_sources": [0, 1, 1, 2, 5]}),
        value="n_sources",
        title="Sources per article",
        xlabel="Sources",
    )
    assert "median 1" in [t.get_text() for t in ax.texts]
    assert ax.get_ylabel() == "Articles"
    assert caption_of(ax) == "n = 5 articles"


def test_heatmap_orders_rows_by_total_and_prints_cells():
    table = pd.DataFrame(
        {
            "outlet": ["A", "A", "B"],
            "frame": ["rights", "denial", "rights"],
            "share": [0.2, 0.1, 0.9],
        }
    )
    ax = plots.plot_heatmap(
        table,
        row="outlet",
        column="frame",
        value="share",
        title="Frames",
        colorbar_label="Share of sentences",
        percent=True,
    )
    assert yticklabels(ax) == ["B", "A"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["rights", "denial"]
    assert {"90%", "20%", "10%"} <= {t.get_text() for t in ax.texts}


def test_citation_matrix_puts_most_cited_first():
    edges = pd.DataFrame(
        {
            "citing_outlet": ["A", "B", "B"],
            "cited_outlet": ["Wire", "Wire", "A"],
            "n_citations": [1, 2, 1],
        }
    )
    ax = plots.plot_citation_matrix(edges, source="demo")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Wire", "A"]
    assert yticklabels(ax) == ["B", "A"]
    assert caption_of(ax) == "Source: demo · n = 4 citations"


def test_first_reports_earliest_on_top_and_undated_counted():
    first = pd.DataFrame(
        {
            "outlet": ["Late", "Early", "Undated"],
            "first_published": pd.to_datetime(["2024-05-01", "2024-01-01", None], utc=True),
        }
    )
    ax = plots.plot_first_reports(first)
    assert yticklabels(ax) == ["Early", "Late"]
    assert "1 outlets without a dated article not shown" in caption_of(ax)


def test_paired_dots_draws_each_group():
    table = pd.DataFrame(
        {
            "outlet": ["A", "A", "B", "B"],
            "voice": ["narration", "quoted", "narration", "quoted"],
            "polarity": [-0.1, -0.4, 0.05, 0.2],
            "n_sentences": [5, 2, 3, 1],
        }
    )
    ax = plots.plot_paired_dots(
        table,
        label="outlet",
        group="voice",
        value="polarity",
        n="n_sentences",
        unit="sentences",
        title="Tone",
        xlabel="Polarity",
    )
    assert yticklabels(ax) == ["B", "A"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["narration", "quoted"]
    assert caption_of(ax) == "n = 11 sentences"


def test_over_time_groups_beyond_the_palette_become_other():
    n = 12
    table = pd.DataFrame(
        {
            "published": pd.date_range("2024-01-01", periods=n, freq="D", tz="UTC"),
            "tone": [0.1] * n,
            "outlet": [f"Outlet {i}" for i in range(n)],
        }
    )
    table.loc[0, "published"] = pd.NaT
    ax = plots.plot_over_time(table, value="tone", group="outlet", title="Tone", ylabel="Tone")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[-1] == "other"
    assert len(legend) == len(plots.PALETTE)
    assert "1 without a date or value not shown" in caption_of(ax)


def test_small_multiples_one_panel_per_measure():
    profiles = pd.DataFrame(
        {
            "outlet": ["A", "B"],
            "n_articles": [3, 1],
            "quotes_per_article": [2.0, 0.0],
            "tone": [-0.2, None],
        }
    )
    ax = plots.plot_small_multiples(
        profiles,
        measures={"quotes_per_article": "Quotes per article", "tone": "Tone"},
        title="Outlet profiles",
        n="n_articles",
        signed=["tone"],
    )
    assert len(ax.figure.axes) == 2
    assert yticklabels(ax) == ["A (n=3)", "B (n=1)"]
    assert [a.get_title(loc="left") for a in ax.figure.axes] == ["Quotes per article", "Tone"]
    assert "n/a" in " ".join(t.get_text() for t in ax.figure.axes[1].texts)


def test_save_figure_writes_png_and_svg(tmp_path):
    ax = plots.plot_articles_per_outlet(PER_OUTLET, source="demo")
    paths = plots.save_figure(ax.figure, "01-articles-per-outlet", figures_dir=tmp_path / "fig")
    assert [p.name for p in paths] == ["01-articles-per-outlet.png", "01-articles-per-outlet.svg"]
    assert paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in paths[1].read_text(encoding="utf-8")
    assert "Articles per outlet" in paths[1].read_text(encoding="utf-8")


@pytest.mark.parametrize("slug", ["", "has space", "../escape", "ünïcode"])
def test_save_figure_rejects_bad_slugs(tmp_path, slug):
    fig, _ = plt.subplots()
    with pytest.raises(ValueError, match="slug"):
        plots.save_figure(fig, slug, figures_dir=tmp_path)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Short", "Short"),
        ("A very long outlet name that goes on and on", "A very long outlet name that go…"),
        (None, "(unknown)"),
        (float("nan"), "(unknown)"),
        ("  spaced\n out ", "spaced out"),
    ],
)
def test_shorten(label, expected):
    assert plots.shorten(label) == expected


def test_colours_for_greys_out_unknown():
    colours = plots.colours_for(["official", "unknown", "activist", "anonymous", "other"])
    assert colours["official"] == plots.PALETTE[0]
    assert colours["unknown"] == plots.LIGHT_GREY
    assert colours["activist"] == plots.PALETTE[1]
    assert colours["anonymous"] == plots.DARK_GREY
    assert colours["other"] == plots.GREY
    assert len(set(colours.values())) == 5


def test_stacked_shares_legend_uses_labels_and_sits_outside():
    shares = pd.DataFrame(
        {"outlet": ["A", "A"], "source_type": ["ngo_activist", "unknown"], "share": [0.5, 0.5]}
    )
    ax = plots.plot_stacked_shares(
        shares,
        group="outlet",
        category="source_type",
        title="Types",
        category_labels={"ngo_activist": "NGO / activist"},
    )
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["NGO / activist", "unknown"]
    ax.figure.canvas.draw()
    assert legend.get_window_extent().x0 > ax.get_window_extent().x1


def test_style_does_not_leak_into_the_session():
    before = matplotlib.rcParams["axes.spines.top"]
    plots.plot_articles_per_outlet(PER_OUTLET)
    assert matplotlib.rcParams["axes.spines.top"] == before


TEXT = 'Ana Ruiz said: "We <will> return." The ministry denied it.\nSecond & last.'


def test_article_html_marks_nested_spans_and_escapes():
    marks = pd.DataFrame(
        {
            "start": [15, 0, 38],
            "end": [33, 8, 44],
            "layer": ["quote", "speaker", "denial"],
            "note": ["direct, speaker Ana Ruiz", "Ana Ruiz", "denied"],
        }
    )
    page = plots.article_html(TEXT, marks, title="Walkthrough")
    assert page.count("<span class=") == 3
    assert page.count("<span") == page.count("</span>")
    assert "&lt;will&gt;" in page
    assert "Second &amp; last." in page
    assert "<br>" in page
    assert "<h3>Walkthrough</h3>" in page


def test_article_html_cuts_crossing_spans_to_stay_well_formed():
    marks = pd.DataFrame(
        {"start": [0, 4], "end": [8, 12], "layer": ["quote", "source"], "note": ["a", "b"]}
    )
    page = plots.article_html(TEXT, marks)
    body = page.split("<div>", 1)[1]
    assert body.count("<span") == body.count("</span>") == 2
    assert body.index("</span></span>") < body.index(" said")


def test_article_html_rejects_spans_outside_the_text():
    marks = pd.DataFrame({"start": [0], "end": [len(TEXT) + 1], "layer": ["quote"], "note": [""]})
    with pytest.raises(ValueError, match="outside the text"):
        plots.article_html(TEXT, marks)


def test_sentence_tone_shades_quoted_sentences():
    scores = pd.DataFrame(
        {
            "index": [0, 1, 2],
            "polarity_raw": [0.4, 0.0, None],
            "polarity_adjusted": [-0.3, 0.0, None],
            "share_quoted": [1.0, 0.0, 0.0],
        }
    )
    ax = plots.plot_sentence_tone(scores, source="demo")
    assert len(ax.patches) == 1  # one shaded (quoted) sentence
    assert caption_of(ax) == "Source: demo · n = 2 sentences scored"
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["TextBlob (raw)", "adjusted"]


def test_stacked_shares_count_column_gives_group_sizes():
    table = pd.DataFrame(
        {
            "outlet": ["A", "A"],
            "source_type": ["government", "media"],
            "n_sources": [3, 1],
            "share": [0.75, 0.25],
        }
    )
    ax = plots.plot_stacked_shares(
        table, group="outlet", category="source_type", count="n_sources", unit="sources", title="T"
    )
    assert yticklabels(ax) == ["A (n=4)"]
    assert caption_of(ax) == "n = 4 sources"


def test_bar_counts_coloured_by_category_with_labels():
    table = pd.DataFrame(
        {
            "source": ["Minister Vale", "Ana Ruiz", "Rights Now"],
            "n": [5, 3, 2],
            "source_type": ["government", "victim_witness", "government"],
        }
    )
    ax = plots.plot_bar_counts(
        table,
        label="source",
        value="n",
        title="T",
        xlabel="x",
        colour_by="source_type",
        category_order=["victim_witness", "government"],
        category_labels={"government": "Government / official"},
    )
    colours = [matplotlib.colors.to_hex(p.get_facecolor()) for p in ax.patches]
    assert colours[0] == colours[2] != colours[1]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["victim_witness", "Government / official"]
