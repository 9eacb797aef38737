from __future__ import annotations

import pandas as pd
import pytest

from analysis import overview


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3", "a4", "a5"],
            "outlet": [
                "Harbour Herald",
                "Harbour Herald (Wire)",
                "Valley Wire",
                None,
                "Valley Wire",
            ],
            "published": pd.to_datetime(
                ["2024-03-04", "2024-03-06", "2024-03-20", None, "2024-03-05"], utc=True
            ),
            "language": ["en", "en", "fr", "en", None],
            "text": ["x"] * 5,
        }
    )


DUPLICATES = pd.DataFrame({"article_id": ["a1", "a2"], "duplicate_of": [None, "a1"]})


def test_select_articles_by_date_and_outlet(articles):
    chosen = overview.select_articles(articles, date_from="2024-03-05", date_to="2024-03-06")
    assert chosen["article_id"].tolist() == ["a2", "a5"]
    assert chosen.index.tolist() == [0, 1]
    by_outlet = overview.select_articles(articles, outlets=["harbour herald"])
    assert by_outlet["article_id"].tolist() == ["a1", "a2"]
    assert len(overview.select_articles(articles)) == 5


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"date_from": "not a date"}, "not a date"),
        ({"date_from": "2024-05-01", "date_to": "2024-04-01"}, "after"),
    ],
)
def test_select_articles_rejects_bad_bounds(articles, kwargs, message):
    with pytest.raises(ValueError, match=message):
        overview.select_articles(articles, **kwargs)


def test_articles_per_outlet_counts_reprints_and_unknown(articles):
    before = articles.copy()
    table = overview.articles_per_outlet(articles, duplicates=DUPLICATES)
    assert table.columns.tolist() == [
        "outlet",
        "n_articles",
        "n_reprints",
        "n_original",
        "first_published",
        "last_published",
        "languages",
    ]
    assert table["outlet"].tolist() == ["Harbour Herald", "Valley Wire", "(unknown outlet)"]
    assert table["n_articles"].tolist() == [2, 2, 1]
    assert table["n_reprints"].tolist() == [1, 0, 0]
    assert table["n_original"].tolist() == [1, 2, 1]
    assert table.loc[1, "languages"] == "fr, und"
    assert pd.isna(table.loc[2, "first_published"])
    pd.testing.assert_frame_equal(articles, before)


def test_articles_per_language(articles):
    table = overview.articles_per_language(articles)
    assert table.to_dict("list") == {"language": ["en", "fr", "und"], "n_articles": [3, 1, 1]}


def test_coverage_over_time_fills_empty_weeks(articles):
    table = overview.coverage_over_time(articles, duplicates=DUPLICATES)
    assert table["freq"].unique().tolist() == ["W-MON"]
    assert table["period"].dt.strftime("%Y-%m-%d").tolist() == [
        "2024-03-04",
        "2024-03-11",
        "2024-03-18",
    ]
    assert table["n_articles"].tolist() == [3, 0, 1]
    assert table["n_reprints"].tolist() == [1, 0, 0]
    assert int(table["n_articles"].sum()) == articles["published"].notna().sum()


def test_coverage_over_time_months_for_long_spans(articles):
    long = articles.assign(
        published=pd.to_datetime(["2020-01-15", "2021-06-01", None, None, "2020-01-02"], utc=True)
    )
    table = overview.coverage_over_time(long)
    assert table["freq"].iloc[0] == "MS"
    assert len(table) == 18
    assert table["n_articles"].iloc[0] == 2


def test_coverage_over_time_without_dates_is_empty(articles):
    table = overview.coverage_over_time(articles.assign(published=pd.NaT))
    assert table.empty
    assert table.columns.tolist() == ["period", "n_articles", "n_reprints", "freq"]


def test_coverage_over_time_rejects_other_frequencies(articles):
    with pytest.raises(ValueError, match="freq"):
        overview.coverage_over_time(articles, freq="D")


def test_load_events(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("date,label\n2024-03-10,Second\n2024-03-01,First\n", encoding="utf-8")
    events = overview.load_events(path)
    assert events["label"].tolist() == ["First", "Second"]
    assert str(events["date"].dt.tz) == "UTC"


def test_load_events_missing_file_is_empty(tmp_path):
    events = overview.load_events(tmp_path / "none.csv")
    assert events.empty
    assert events.columns.tolist() == ["date", "label"]


def test_load_events_bad_date_names_the_line(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("date,label\n2024-03-10,Fine\nsoon,Bad\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"line\(s\) \[3\]"):
        overview.load_events(path)


def test_with_outlet_groups_bracketed_names(articles):
    quotes = pd.DataFrame({"article_id": ["a2", "a4", "zz"], "kind": ["direct"] * 3})
    out = overview.with_outlet(quotes, articles)
    assert out.columns.tolist() == ["article_id", "outlet", "kind"]
    assert out["outlet"].tolist() == ["Harbour Herald", "(unknown outlet)", "(unknown outlet)"]


def test_shares_fill_missing_categories_with_zero():
    table = pd.DataFrame({"outlet": ["A", "A", "A", "B"], "kind": ["x", "x", None, "x"]})
    out = overview.shares(table, by="outlet", category="kind", categories=["x", "y", "unknown"])
    assert out.columns.tolist() == ["outlet", "kind", "n", "n_group", "share"]
    a = out[out["outlet"] == "A"].set_index("kind")["share"]
    assert a.to_dict() == pytest.approx({"x": 2 / 3, "y": 0.0, "unknown": 1 / 3})
    assert out.groupby("outlet")["share"].sum().tolist() == pytest.approx([1.0, 1.0])


def test_shares_of_an_empty_table():
    out = overview.shares(pd.DataFrame({"outlet": [], "kind": []}), by="outlet", category="kind")
    assert out.empty


def test_count_by_includes_outlets_with_no_rows(articles):
    quotes = overview.with_outlet(
        pd.DataFrame({"article_id": ["a1", "a1", "a3"], "kind": ["direct", "indirect", "direct"]}),
        articles,
    )
    out = overview.count_by(quotes, by=["outlet", "kind"], articles=articles, name="n_quotes")
    herald = out[out["outlet"] == "Harbour Herald"].set_index("kind")
    assert herald.loc["direct", "n_quotes"] == 1
    assert herald.loc["direct", "n_quotes_per_article"] == 0.5
    unknown = out[out["outlet"] == "(unknown outlet)"]
    assert unknown["n_quotes"].tolist() == [0, 0]
    assert out["n_quotes"].is_monotonic_decreasing


def test_count_by_needs_outlet_first_with_articles(articles):
    with pytest.raises(ValueError, match="outlet"):
        overview.count_by(
            pd.DataFrame({"kind": ["x"], "outlet": ["A"]}), by=["kind"], articles=articles
        )


def test_first_reports(articles):
    out = overview.first_reports(articles)
    assert out["outlet"].tolist() == ["Harbour Herald", "Valley Wire", "(unknown outlet)"]
    assert out["article_id"].tolist()[:2] == ["a1", "a5"]
    assert pd.isna(out["article_id"].iloc[2])
    assert out["n_articles"].tolist() == [2, 2, 1]


def test_outlet_profiles_joins_measures(articles):
    measure = pd.DataFrame({"outlet": ["Valley Wire"], "share_official": [0.5]})
    out = overview.outlet_profiles(articles, {"share_official": measure})
    assert out.columns.tolist() == ["outlet", "n_articles", "share_official"]
    assert out.set_index("outlet")["share_official"].isna().tolist() == [True, False, True]


def test_outlet_profiles_rejects_repeated_outlets(articles):
    measure = pd.DataFrame({"outlet": ["A", "A"], "x": [1.0, 2.0]})
    with pytest.raises(ValueError, match="more than once"):
        overview.outlet_profiles(articles, {"x": measure})


SOURCES = pd.DataFrame(
    {
        "article_id": ["a1", "a1", "a3", "a5", "a5"],
        "outlet": ["Harbour Herald", "Harbour Herald", "Valley Wire", "Valley Wire", "Valley Wire"],
        "source": ["Minister Vale", "Ana Ruiz", "Minister Vale", "Rights Now", "Ana Ruiz"],
        "source_type": [
            "government",
            "victim_witness",
            "government",
            "ngo_activist",
            "victim_witness",
        ],
        "n_quotes": [2, 1, 0, 0, 0],
        "n_paraphrases": [0, 1, 1, 0, 0],
    }
)


def test_per_article_lists_every_article(articles):
    quotes = pd.DataFrame({"article_id": ["a1", "a1", "a3"]})
    out = overview.per_article(quotes, articles, name="n_quotes")
    assert out.columns.tolist() == ["article_id", "outlet", "n_quotes"]
    assert out["n_quotes"].tolist() == [2, 0, 1, 0, 0]


def test_most_quoted_sources_counts_quotes_and_skips_unquoted():
    out = overview.most_quoted_sources(SOURCES)
    assert out.columns.tolist() == ["source", "source_type", "n_quotes", "n_articles", "n_outlets"]
    assert out["source"].tolist() == ["Minister Vale", "Ana Ruiz"]
    assert out["n_quotes"].tolist() == [3, 2]
    assert out["n_outlets"].tolist() == [2, 1]


def test_voice_sides_by_type_and_name():
    out = overview.voice_sides(SOURCES, accused_types=["government"])
    herald = out[out["outlet"] == "Harbour Herald"].set_index("side")["share"]
    assert herald.to_dict() == pytest.approx(
        {"accused side": 0.5, "victims and witnesses": 0.5, "everyone else": 0.0}
    )
    by_name = overview.voice_sides(SOURCES, accused_sources=["Ana Ruiz"])
    herald = by_name[by_name["outlet"] == "Harbour Herald"].set_index("side")["n"]
    assert herald["accused side"] == 2
    assert herald["victims and witnesses"] == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "accused_types or accused_sources"),
        ({"accused_types": ["victim_witness"]}, "both accused and victim"),
    ],
)
def test_voice_sides_rejects_unclear_sides(kwargs, message):
    with pytest.raises(ValueError, match=message):
        overview.voice_sides(SOURCES, **kwargs)


def test_source_type_names_follow_the_taxonomy():
    names = overview.source_type_names()
    assert list(names)[-2:] == ["anonymous", "unknown"]
    assert all(isinstance(v, str) and v for v in names.values())


def test_with_article_fields_adds_published(articles):
    scores = pd.DataFrame({"article_id": ["a3", "zz"], "polarity": [0.1, 0.2]})
    out = overview.with_article_fields(scores, articles)
    assert out.columns.tolist() == ["article_id", "polarity", "published"]
    assert out.loc[0, "published"] == pd.Timestamp("2024-03-20", tz="UTC")
    assert pd.isna(out.loc[1, "published"])
    assert str(out["published"].dt.tz) == "UTC"


def test_anonymous_by_outlet_skips_unanalysed_articles():
    diversity = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d"],
            "outlet": ["X", "X", "Y", "Z"],
            "status": ["analysed", "analysed", "not analysed: language ru unsupported", "analysed"],
            "n_sources": [3, 1, 5, 0],
            "n_anonymous": [1, 1, 5, 0],
        }
    )
    out = overview.anonymous_by_outlet(diversity)
    assert out["outlet"].tolist() == ["X", "Z"]
    assert out.loc[0, "share_anonymous"] == 0.5
    assert out.loc[0, "n_articles"] == 2
    assert pd.isna(out.loc[1, "share_anonymous"])


def test_talked_about_splits_cited_and_only_mentioned():
    mentions = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "c", "c"],
            "actor": [
                "Minister Vale",
                "Minister Vale",
                "Minister Vale",
                "Rights Now",
                "Minister Vale",
            ],
            "actor_type": ["government"] * 3 + ["ngo_activist", "government"],
            "cited": [False, True, False, True, False],
        }
    )
    out = overview.talked_about(mentions)
    assert out.columns.tolist() == [
        "actor",
        "actor_type",
        "status",
        "n_articles",
        "n_articles_mentioning",
    ]
    vale = out[out["actor"] == "Minister Vale"].set_index("status")["n_articles"]
    assert vale.to_dict() == {"cited": 1, "only talked about": 2}
    assert out["actor"].tolist()[:2] == ["Minister Vale", "Minister Vale"]
    assert len(overview.talked_about(mentions, top=1)) == 2


def test_mean_by_outlet():
    table = pd.DataFrame({"outlet": ["A", "A", "B"], "n_quotes": [1, 3, None]})
    out = overview.mean_by_outlet(table, value="n_quotes", name="quotes_per_article")
    assert out.columns.tolist() == ["outlet", "quotes_per_article"]
    assert out["quotes_per_article"].iloc[0] == 2.0
    assert pd.isna(out["quotes_per_article"].iloc[1])


def test_share_of_adds_categories():
    table = pd.DataFrame(
        {
            "outlet": ["A", "A", "A", "B"],
            "source_type": ["government", "security", "ngo_activist", "ngo_activist"],
            "share": [0.25, 0.25, 0.5, 1.0],
        }
    )
    out = overview.share_of(
        table, category="source_type", categories=["government", "security"], name="official"
    )
    assert out.set_index("outlet")["official"].to_dict() == {"A": 0.5, "B": 0.0}


def test_pick_one_row_per_group():
    table = pd.DataFrame(
        {"outlet": ["A", "A", "B"], "voice": ["narration", "quoted", "narration"], "p": [1, 2, 3]}
    )
    out = overview.pick(table, value="p", where={"voice": "narration"}, name="tone")
    assert out.to_dict("list") == {"outlet": ["A", "B"], "tone": [1, 3]}
    with pytest.raises(ValueError, match="more than once"):
        overview.pick(table, value="p", where={}, name="tone")


def test_walkthrough_article_default_is_first_english(articles):
    chosen = overview.walkthrough_article(articles.assign(language=["fr", "en", "en", "en", "en"]))
    assert chosen["article_id"] == "a2"
    assert overview.walkthrough_article(articles, article_id="a4")["article_id"] == "a4"
    with pytest.raises(ValueError, match="not in the corpus"):
        overview.walkthrough_article(articles, article_id="nope")


def test_walkthrough_marks_collects_every_layer():
    quotes = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "kind": ["direct", "indirect", "direct"],
            "start": [20, 40, 0],
            "end": [30, 50, 5],
            "speaker": ["Ana Ruiz", None, "X"],
            "speaker_kind": ["person", "unknown", "person"],
            "speaker_start": [0.0, float("nan"), 0.0],
            "speaker_end": [8.0, float("nan"), 1.0],
            "cue": ["said", None, "said"],
            "rule": ["direct:after", "indirect:svc", "x"],
        }
    )
    frames = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "field": ["text", "title"],
            "frame": ["human_rights_abuse", "political"],
            "voice": ["narration", "narration"],
            "evidence": [
                [{"term": "torture", "start": 60, "end": 67}],
                [{"term": "x", "start": 0, "end": 1}],
            ],
        }
    )
    stance = pd.DataFrame(
        {
            "article_id": ["a"],
            "evidence": [
                [{"cue": "so-called", "category": "hedge", "start": 70, "end": 79, "field": "text",
                  "voice": "narration", "role": "own"}]
            ],
        }
    )  # fmt: skip
    marks = overview.walkthrough_marks("a", quotes=quotes, frames=frames, stance=stance)
    assert marks.columns.tolist() == ["start", "end", "layer", "note"]
    assert marks["layer"].tolist() == ["speaker", "quote", "quote", "frame", "stance"]
    assert "speaker unknown" in marks.loc[2, "note"]
    assert "human_rights_abuse" in marks.loc[3, "note"]
    assert "hedge" in marks.loc[4, "note"]


def test_describe_article_with_a_date():
    row = pd.Series(
        {
            "article_id": "a",
            "title": "Depot raided",
            "outlet": "Harbour Herald",
            "published": pd.Timestamp("2024-09-12", tz="UTC"),
            "language": "en",
            "text": "x" * 1200,
        }
    )
    assert overview.describe_article(row) == (
        "**Depot raided** · Harbour Herald · 12 September 2024 · language en · 1,200 characters"
    )


def test_shares_min_n_drops_thin_groups():
    table = pd.DataFrame({"target": ["A", "A", "A", "B"], "tone": ["negative"] * 4})
    out = overview.shares(table, by="target", category="tone", min_n=2)
    assert out["target"].unique().tolist() == ["A"]


def test_story_targets_adds_cited_sources_to_known_actors():
    sources = pd.DataFrame(
        {
            "article_id": ["a", "b", "b", "c"],
            "source": ["Ana Ruiz", "Ana Ruiz", "Rights Now", "activists"],
            "source_kind": ["person", "person", "organization", "anonymous"],
        }
    )
    targets = overview.story_targets(sources, known={"Minister Vale": ["Minister Vale", "Vale"]})
    assert targets == {
        "Minister Vale": ["Minister Vale", "Vale"],
        "Ana Ruiz": ["Ana Ruiz", "Ruiz"],
        "Rights Now": ["Rights Now"],
    }
    short = sources.assign(source=["Li Wu"] * 2 + ["Rights Now", "activists"])
    assert overview.story_targets(short, known={})["Li Wu"] == ["Li Wu"]
