import json
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.config import SAMPLE_DIR
from analysis.framing import (
    GENERIC_FRAMES,
    STORY_FRAMES,
    detect_frames,
    dominant_frame,
    frame_scores,
    frame_shares,
    load_codebook,
    term_pattern,
)

NO_QUOTES = pd.DataFrame({"article_id": [], "kind": [], "start": [], "end": []})
HEADER = "entry\tname\tparent\tweight\tlanguage\tterms\tdefinition\n"


def _articles(*texts: str, language: str = "en", titles=None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "outlet": ["Daily Fiction"] * len(texts),
            "title": titles or [None] * len(texts),
            "language": [language] * len(texts),
            "text": list(texts),
        }
    )


def _frames_of(text: str, language: str = "en") -> set[str]:
    out = detect_frames(_articles(text, language=language), quotes=NO_QUOTES)
    return set(out["frame"])


def test_shipped_codebook():
    book = load_codebook()
    frames = book[book["entry"] == "frame"]
    assert set(frames["name"]) == set(GENERIC_FRAMES) | set(STORY_FRAMES)
    parents = frames.drop_duplicates("name").set_index("name")["parent"]
    assert all(parents[g] == g for g in GENERIC_FRAMES)
    assert all(parents[s] in GENERIC_FRAMES and parents[s] != s for s in STORY_FRAMES)
    for lang in ("en", "ru", "fr", "de", "es", "pt", "it", "da"):
        assert set(frames.loc[frames["language"] == lang, "name"]) == set(parents.index), lang
    assert book.groupby("name")["definition"].first().str.len().gt(10).all()
    stance = book[book["entry"] == "stance"].drop_duplicates("name").set_index("name")
    assert stance.loc["fabrication", "weight"] > stance.loc["hedge", "weight"] > 0
    assert stance.loc["factive", "weight"] < 0


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("frame\tx\tnot_a_generic\t\ten\tfoo\tdef\n", "not a generic frame"),
        ("frame\tx\t\t\tEnglish\tfoo\tdef\n", "ISO 639"),
        ("frame\tx\t\t\ten\t\tdef\n", "no terms"),
        ("frame\tx\t\t\ten\tfoo\t\n", "no definition"),
        ("stance\th\t\t0.5\ten\tfoo\tdef\nstance\th\t\t0.7\tde\tbar\t\n", "weight"),
        ("stance\th\t\t\ten\tfoo\tdef\n", "numeric weight"),
        ("frame\tX-Y\t\t\ten\tfoo\tdef\n", "snake_case"),
        ("topic\tx\t\t\ten\tfoo\tdef\n", "entry must be"),
    ],
)
def test_codebook_validation(tmp_path: Path, body, message):
    path = tmp_path / "book.tsv"
    path.write_text("# comment\n" + HEADER + body, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_codebook(path)


def test_custom_codebook(tmp_path: Path):
    path = tmp_path / "book.tsv"
    path.write_text(
        HEADER
        + "frame\teconomic\t\t\ten\tbudget*\tMoney.\n"
        + "frame\tbridges\teconomic\t\ten\tbridge*; viaduct\tInfrastructure.\n",
        encoding="utf-8",
    )
    book = load_codebook(path)
    out = detect_frames(
        _articles("The new viaduct cost the budget dearly."), codebook=book, quotes=NO_QUOTES
    )
    assert out[["frame", "parent"]].to_numpy().tolist() == [
        ["bridges", "economic"],
        ["economic", "economic"],
    ]


@pytest.mark.parametrize(
    ("term", "text", "matches"),
    [
        ("tortur*", "They were tortured.", ["tortured"]),
        ("tortur*", "Distortion is not torture.", ["torture"]),
        ("concentration camp*", "concentration-camps and concentration camp", 2),
        ("UN", "The UN said un-named sources", ["UN"]),
        ("so-called", "the so called purge", ["so called"]),
        ("n'existent pas", "ils n’existent pas", ["n’existent pas"]),
    ],
)
def test_term_pattern(term, text, matches):
    found = re.findall(term_pattern(term), text, re.IGNORECASE)
    if isinstance(matches, int):
        assert len(found) == matches
    else:
        assert found == matches


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Men were abducted and tortured in a secret prison.", "en", {"human_rights_abuse"}),
        (
            "The spokesman called the reports a provocation and a fake.",
            "en",
            {"denial_fabrication"},
        ),
        ("The survivor recounted his ordeal to reporters.", "en", {"victims_testimony"}),
        ("The OSCE and the Council of Europe condemned Moscow.", "en", {"international_pressure"}),
        ("Imams spoke of religion and family honour at the mosque.", "en", {"religion_tradition"}),
        ("Reporters Without Borders warned of censorship.", "en", {"media_freedom"}),
        ("Activists for LGBT rights denounced homophobia.", "en", {"lgbt_rights"}),
        ("The weather was mild on Tuesday.", "en", set()),
        ("Мужчин похищали и пытали в секретной тюрьме.", "ru", {"human_rights_abuse"}),
        ("Der Sprecher nannte die Berichte eine Provokation.", "de", {"denial_fabrication"}),
        ("Des hommes ont été torturés dans une prison secrète.", "fr", {"human_rights_abuse"}),
        ("Los hombres fueron torturados.", "es", {"human_rights_abuse"}),
        ("Os homens foram torturados.", "pt", {"human_rights_abuse"}),
        ("Gli uomini sono stati torturati.", "it", {"human_rights_abuse"}),
        ("Mændene blev tortureret.", "da", {"human_rights_abuse"}),
    ],
)
def test_story_frames_in_sentences(text, language, expected):
    story = _frames_of(text, language) & set(STORY_FRAMES)
    assert story == expected


def test_language_picks_its_terms():
    # an English cue word in a Russian article does not count; unknown language uses all
    assert "human_rights_abuse" not in _frames_of("Слово torture здесь.", "ru")
    assert "human_rights_abuse" in _frames_of("Слово torture здесь.", "und")


def test_frame_counts_once_per_sentence_with_evidence():
    text = "Police tortured men, tortured women and tortured youths. Then abductions began."
    out = detect_frames(_articles(text), quotes=NO_QUOTES)
    abuse = out[out["frame"] == "human_rights_abuse"]
    assert abuse["sentence"].tolist() == [0, 1]
    evidence = abuse.iloc[0]["evidence"]
    assert [e["term"] for e in evidence] == ["tortured"] * 3
    assert all(text[e["start"] : e["end"]] == e["term"] for e in evidence)


def test_headline_and_lead_weigh_more():
    title = "Secret prison for gay men uncovered"
    body = (
        "Short line.\n"
        "Officials in the region opened a new school for children, a political gesture.\n"
        "Nothing else happened there that day, said the local council of the town.\n"
        "Later on, witnesses said men had been tortured in a basement near the school."
    )
    out = detect_frames(_articles(body, titles=[title]), quotes=NO_QUOTES)
    abuse = out[out["frame"] == "human_rights_abuse"]
    head = abuse[abuse["field"] == "title"].iloc[0]
    assert (head["sentence"], head["position"], head["score"]) == (-1, "headline", 2.0)
    assert head["evidence"][0]["term"] == "Secret prison"
    last = abuse[abuse["field"] == "text"].iloc[0]
    assert (last["position"], last["score"]) == ("body", 1.0)
    lead = out[(out["field"] == "text") & (out["sentence"] == 1)]
    assert set(lead["position"]) == {"lead"}


def test_voice_from_quote_table():
    text = 'A political row: "These stories of torture are a provocation." Nothing more.'
    start = text.index("These")
    quotes = pd.DataFrame(
        {"article_id": ["a0"], "kind": ["direct"], "start": [start], "end": [text.index('."')]}
    )
    out = detect_frames(_articles(text), quotes=quotes)
    assert set(out.loc[out["frame"] == "denial_fabrication", "voice"]) == {"quoted"}
    assert set(out.loc[out["frame"] == "political", "voice"]) == {"narration"}


def test_scores_shares_and_dominant():
    arts = _articles(
        "Men were tortured. Others were abducted. The survivor recounted it. Politics aside.",
        "The weather was mild on Tuesday.",
        "Officials called it a fake and a provocation. They denied everything. "
        "Men were tortured, activists said.",
    )
    frames = detect_frames(arts, quotes=NO_QUOTES)
    scores = frame_scores(frames)
    first = scores[scores["article_id"] == "a0"].set_index("frame")
    assert first.loc["human_rights_abuse", "n_sentences"] == 2
    assert bool(first.loc["human_rights_abuse", "present"])
    assert bool(first.loc["victims_testimony", "present"])  # a story frame needs one sentence
    assert not bool(first.loc["political", "present"])  # a generic one needs two
    shares = frame_shares(frames, by=("outlet",), articles=arts)
    row = shares[shares["frame"] == "human_rights_abuse"].iloc[0]
    assert (row["n_articles"], row["n_articles_present"]) == (3, 2)
    assert row["share_articles"] == pytest.approx(2 / 3)
    per_article = frame_shares(frames, by=("article_id",))
    assert per_article.groupby("article_id")["share_score"].sum().round(6).eq(1).all()
    dom = dominant_frame(frames, articles=arts)
    assert dom["article_id"].tolist() == ["a0", "a1", "a2"]
    assert dom["dominant_frame"].fillna("-").tolist() == [
        "human_rights_abuse",
        "-",
        "denial_fabrication",
    ]
    parent = dominant_frame(frames, level="parent")
    assert parent.iloc[0]["dominant_frame"] == "crime_punishment"


def test_empty_and_bad_input():
    out = detect_frames(_articles("Nothing to see."), quotes=NO_QUOTES)
    assert out.empty
    assert "evidence" in out.columns
    with pytest.raises(ValueError, match="a0"):
        detect_frames(_articles("  "), quotes=NO_QUOTES)


def test_input_not_mutated():
    arts = _articles("Men were tortured.")
    before = arts.copy()
    detect_frames(arts, quotes=NO_QUOTES)
    pd.testing.assert_frame_equal(arts, before)


def _sample():
    articles = SAMPLE_DIR / "articles.jsonl"
    gold = SAMPLE_DIR / "gold.jsonl"
    if not (articles.is_file() and gold.is_file()):
        pytest.skip("data/sample is not there yet")
    arts = pd.DataFrame(
        [json.loads(line) for line in articles.read_text(encoding="utf-8").splitlines() if line]
    )
    if "article_id" not in arts.columns:
        arts = arts.rename(columns={"id": "article_id"})
    golds = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    by_id = {g.get("article_id", g.get("id")): g for g in golds}
    return arts, by_id


def test_sample_corpus_frames():
    arts, gold = _sample()
    labelled = [a for a in arts["article_id"] if gold.get(a, {}).get("dominant_frame")]
    if not labelled:
        pytest.skip("the sample gold has no dominant frames")
    scores = frame_scores(detect_frames(arts))
    present = {
        a: set(scores.loc[(scores["article_id"] == a) & scores["present"], "frame"])
        for a in labelled
    }
    # the gold dominant frame is among the frames found, for most articles
    found = [gold[a]["dominant_frame"] in present[a] for a in labelled]
    assert sum(found) / len(found) >= 0.85  # measured 28/31
    # most gold frames are found (mean recall over articles)
    recall = [len(set(gold[a]["frames"]) & present[a]) / len(gold[a]["frames"]) for a in labelled]
    assert sum(recall) / len(recall) >= 0.65
    # and the dominant frame itself is right well above chance (10 frames to choose from)
    dom = dominant_frame(detect_frames(arts), articles=arts).set_index("article_id")
    hits = [dom.loc[a, "dominant_frame"] == gold[a]["dominant_frame"] for a in labelled]
    assert sum(hits) / len(hits) >= 0.55  # measured 18/31 (16/31 with summed scores)


# --- dominant frame ------------------------------------------------------------------------

BODY = "The weather was mild. Nothing else happened on the day in question."


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # one headline sentence (3) outweighs two body sentences (2)
        (
            "Officials deny everything",
            BODY + " Men were tortured there. Others were abducted later.",
            "denial_fabrication",
        ),
        # without the headline the two body sentences win
        (
            None,
            BODY + " Officials deny everything. Men were tortured there. Others were abducted.",
            "human_rights_abuse",
        ),
        # three terms in one sentence count once: two sentences beat one busy sentence
        (
            None,
            BODY + " Men were tortured, abducted and beaten. "
            "Officials deny everything. They called it a fake.",
            "denial_fabrication",
        ),
    ],
)
def test_dominant_frame_counts_distinct_sentences_by_position(title, text, expected):
    arts = _articles(text, titles=[title] if title else None)
    dom = dominant_frame(detect_frames(arts, quotes=NO_QUOTES), articles=arts)
    assert dom.loc[0, "dominant_frame"] == expected


def test_dominant_frame_ties_go_to_the_more_specific_frame():
    # the abuse frame is in every article, the denial frame in one: in the tie, denial wins
    arts = _articles(
        "Men were tortured in the region on Monday. Officials deny all that was said about it.",
        "Men were tortured in the region, activists said on Monday.",
        "Men were abducted from their homes on Monday, the paper wrote.",
    )
    dom = dominant_frame(detect_frames(arts, quotes=NO_QUOTES), articles=arts)
    assert dom["dominant_frame"].tolist() == ["denial_fabrication", *["human_rights_abuse"] * 2]
    assert dom.loc[0, "runner_up"] == "human_rights_abuse"
    assert dom.loc[0, "margin"] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the frame cued first heads the sentence; the abuse is what is denied
        ("Officials deny that men were tortured in the region on Monday.", "denial_fabrication"),
        ("Men were tortured in the region, and officials deny it all.", "human_rights_abuse"),
        # a probe that finds nothing: the negated factive cues the denial frame
        ("Investigators have not confirmed that anyone was tortured there.", "denial_fabrication"),
    ],
)
def test_a_sentence_belongs_to_the_frame_it_is_about(text, expected):
    arts = _articles(text)
    dom = dominant_frame(detect_frames(arts, quotes=NO_QUOTES), articles=arts)
    assert dom.loc[0, "dominant_frame"] == expected


def test_generic_dimension_dominates_when_the_article_is_about_it():
    arts = _articles(
        "Parliament passed the law. The court upheld the law. Lawyers praised the court.",
        "The court heard the complaint. A judge ordered an inquiry. Men were tortured.",
        "Men were tortured. The court heard the complaint.",
        # crime_punishment ('police', 'arrested') is the parent of the abuse frame present
        "Police arrested the men at dawn. Police jailed them in the town. They were tortured.",
    )
    dom = dominant_frame(detect_frames(arts, quotes=NO_QUOTES), articles=arts)
    assert dom["dominant_frame"].tolist() == [
        "legality",
        "legality",
        "human_rights_abuse",
        "human_rights_abuse",
    ]


@pytest.mark.parametrize(
    ("text", "cued"),
    [
        ("The Russian LGBT Network said it had helped 40 people.", False),
        ("Attacks on the LGBTQ+ community have grown, activists say.", True),
        ("Homophobia runs deep in the region, activists say.", True),
    ],
)
def test_an_organisation_name_is_not_the_rights_frame(text, cued):
    assert ("lgbt_rights" in _frames_of(text)) is cued
