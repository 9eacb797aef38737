import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest
from textblob import TextBlob

from analysis.config import SHARED_DIR
from analysis.sentiment import (
    adjustment_effects,
    load_adjustments,
    score_sentiment,
    split_voices,
    tone_by_voice,
    voice_tone_by_outlet,
)

SEED_FILES = sorted((SHARED_DIR / "seed").glob("*.txt")) if SHARED_DIR.is_dir() else []


def _articles(*texts: str, language: str | None = None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "outlet": ["Fictional Daily"] * len(texts),
            "language": [language] * len(texts),
            "text": list(texts),
        }
    )


def _one(text: str) -> pd.Series:
    return score_sentiment(_articles(text), unit="article").iloc[0]


def test_columns_and_offsets():
    arts = _articles("The mayor opened a bridge. Critics were furious.\nA second paragraph.")
    out = score_sentiment(arts)
    assert list(out.columns) == [
        "article_id",
        "unit",
        "index",
        "start",
        "end",
        "n_words",
        "polarity_raw",
        "polarity_adjusted",
        "subjectivity_raw",
        "subjectivity_adjusted",
        "adjustments",
        "share_quoted",
        "note",
    ]
    text = arts.loc[0, "text"]
    assert [text[s:e] for s, e in zip(out["start"], out["end"], strict=True)] == [
        "The mayor opened a bridge.",
        "Critics were furious.",
        "A second paragraph.",
    ]
    assert out.index.equals(pd.RangeIndex(3))
    assert len(score_sentiment(arts, unit="paragraph")) == 2
    assert len(score_sentiment(arts, unit="article")) == 1


def test_raw_is_exactly_textblob():
    text = "Gay men were tortured in a secret prison. It was not a good day!"
    row = _one(text)
    blob = TextBlob(text).sentiment
    assert row.polarity_raw == blob.polarity
    assert row.subjectivity_raw == blob.subjectivity


def test_empty_adjustments_reproduce_textblob():
    text = "A very good, cheerful and gay parade; not bad at all, really not great!"
    empty = load_adjustments().iloc[0:0]
    row = score_sentiment(_articles(text), unit="article", adjustments=empty).iloc[0]
    assert row.polarity_adjusted == pytest.approx(row.polarity_raw)
    assert row.subjectivity_adjusted == pytest.approx(row.subjectivity_raw)
    assert row.adjustments == []


@pytest.mark.parametrize(
    ("text", "fired"),
    [
        # identity terms TextBlob reads as 'cheerful' are neutralised
        ("The gay community met.", ["gay"]),
        ("Gay men met in the capital.", ["gay men"]),
        ("A queer collective and a lesbian choir met.", ["queer", "lesbian"]),
    ],
)
def test_neutralise_identity_terms(text, fired):
    row = _one(text)
    assert row.adjustments == fired
    assert row.polarity_adjusted == 0.0
    assert row.polarity_raw >= 0.0


@pytest.mark.parametrize(
    ("text", "fired"),
    [
        ("Police launched a crackdown in the valley.", ["crackdown"]),
        ("Dozens were detained and beaten.", ["detained", "beaten"]),
        ("He was tortured and later murdered.", ["tortur*", "murder*"]),
        ("Witnesses described a concentration camp.", ["concentration camp"]),
        ("The purge targeted activists.", ["purge"]),
        ("Two men were abducted, one was killed.", ["abducted", "killed"]),
        ("The persecution went on.", ["persecution"]),
    ],
)
def test_set_violence_and_abuse_terms(text, fired):
    row = _one(text)
    assert row.adjustments == fired
    assert row.polarity_raw >= -0.2
    assert row.polarity_adjusted < -0.3


def test_phrase_counts_once_and_beats_its_words():
    row = _one("They ran a concentration camp.")
    assert row.adjustments == ["concentration camp"]
    assert row.polarity_adjusted == pytest.approx(-0.9)


def test_negation_still_applies_to_adjusted_terms():
    # TextBlob's own negation rule (a preceding 'not' flips and damps) is kept
    assert _one("He was not tortured.").polarity_adjusted > 0


def test_unadjusted_text_is_unchanged():
    row = _one("The committee met on Tuesday and approved a wonderful budget.")
    assert row.adjustments == []
    assert row.polarity_adjusted == row.polarity_raw


def test_non_english_is_not_scored():
    out = score_sentiment(_articles("Die Polizei hat Männer gefoltert.", language="de"))
    assert out["polarity_raw"].isna().all()
    assert out["note"].str.contains("English").all()


def test_custom_adjustment_file(tmp_path: Path):
    path = tmp_path / "adj.tsv"
    path.write_text(
        "# my lexicon\nterm\taction\tpolarity\tsubjectivity\tcategory\treason\n"
        "bridge\tset\t0.5\t0.5\ttest\tfictional\n"
        "wonderful\tneutralise\t\t\ttest\tfictional\n",
        encoding="utf-8",
    )
    adj = load_adjustments(path)
    row = score_sentiment(_articles("A wonderful bridge."), unit="article", adjustments=adj).iloc[0]
    assert row.adjustments == ["wonderful", "bridge"]
    assert row.polarity_adjusted == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("x\tboost\t\t\t\t", "action"),
        ("x\tset\t2\t0.5\t\t", "polarity must be"),
        ("x\tset\t\t\t\t", "numeric"),
        ("two words*\tneutralise\t\t\t\t", "single word"),
    ],
)
def test_bad_adjustment_rows_name_the_line(tmp_path: Path, line, message):
    path = tmp_path / "adj.tsv"
    path.write_text(
        "term\taction\tpolarity\tsubjectivity\tcategory\treason\n" + line + "\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=message) as info:
        load_adjustments(path)
    assert ":2:" in str(info.value)


def test_shipped_lexicon_is_valid():
    adj = load_adjustments()
    assert {"gay", "crackdown", "concentration camp", "tortur*"} <= set(adj["term"])
    assert (adj["reason"].str.len() > 0).all()


def test_no_nltk_data_needed(tmp_path: Path):
    code = textwrap.dedent(
        """
        import nltk, pandas as pd
        nltk.data.path[:] = []
        from analysis.sentiment import score_sentiment, tone_by_voice
        arts = pd.DataFrame({"article_id": ["a"], "text": ['Gay men were "beaten". Sad.']})
        q = pd.DataFrame({"article_id": ["a"], "kind": ["direct"], "start": [15], "end": [21]})
        print(score_sentiment(arts).shape, tone_by_voice(arts, quotes=q).shape)
        """
    )
    env = {**os.environ, "NLTK_DATA": str(tmp_path), "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "(2, 13) (2, 11)" in done.stdout


def test_split_voices():
    text = 'He said "it was awful" and left.'
    voices = split_voices(text, [(9, 21)])
    assert [text[s:e] for s, e in voices["quoted"]] == ["it was awful"]
    assert [text[s:e] for s, e in voices["narration"]] == ['He said "', '" and left.']


def test_tone_by_voice_separates_narration_from_quotes():
    text = 'The ministry said "this is a terrible, disgusting lie". The report was published.'
    arts = _articles(text)
    start = text.index("this")
    quotes = pd.DataFrame(
        {
            "article_id": ["a0"],
            "kind": ["direct"],
            "start": [start],
            "end": [text.index('".')],
        }
    )
    out = tone_by_voice(arts, quotes=quotes)
    assert out["voice"].tolist() == ["narration", "quoted"]
    narration, quoted = out.iloc[0], out.iloc[1]
    assert quoted.polarity_raw < -0.5
    assert narration.polarity_raw == 0.0
    assert (narration.n_words, quoted.n_words) == (7, 6)
    by_outlet = voice_tone_by_outlet(out)
    assert by_outlet["voice"].tolist() == ["narration", "quoted"]
    assert by_outlet["n_articles"].tolist() == [1, 1]


def test_indirect_speech_option():
    text = "The spokesman said the reports were terrible lies."
    start = text.index("the reports")
    quotes = pd.DataFrame(
        {"article_id": ["a0"], "kind": ["indirect"], "start": [start], "end": [len(text) - 1]}
    )
    as_quote = tone_by_voice(_articles(text), quotes=quotes)
    as_narration = tone_by_voice(_articles(text), quotes=quotes, indirect=False)
    assert as_quote.loc[1, "n_words"] > 0
    assert as_narration.loc[1, "n_words"] == 0
    assert math.isnan(as_narration.loc[1, "polarity_raw"])


def test_share_quoted():
    text = '"All lies." The minister left.'
    quotes = pd.DataFrame({"article_id": ["a0"], "kind": ["direct"], "start": [1], "end": [10]})
    out = score_sentiment(_articles(text), quotes=quotes)
    assert out["share_quoted"].iloc[0] > 0.7
    assert out["share_quoted"].iloc[1] == 0.0


def test_input_not_mutated():
    arts = _articles("Gay men were beaten.")
    before = arts.copy()
    score_sentiment(arts)
    pd.testing.assert_frame_equal(arts, before)


def test_bad_unit():
    with pytest.raises(ValueError, match="unit"):
        score_sentiment(_articles("x"), unit="word")  # type: ignore[arg-type]


@pytest.mark.shared
@pytest.mark.skipif(not SEED_FILES, reason="../shared/seed is absent")
def test_founding_article_turns_negative_for_the_stated_reasons():
    text = SEED_FILES[0].read_text(encoding="utf-8")
    arts = pd.DataFrame({"article_id": ["seed"], "text": [text], "language": ["en"]})
    row = score_sentiment(arts, unit="article").iloc[0]
    assert row.polarity_raw > 0.03  # TextBlob alone reads it as mildly positive
    assert row.polarity_adjusted < -0.1
    fired = set(row.adjustments)
    assert {"gay men", "crackdown"} <= fired  # the identity term neutralised ...
    assert {"tortur*", "murder*", "persecution"} <= fired  # ... and abuse terms scored
    effects = adjustment_effects(score_sentiment(arts))
    assert effects.loc[effects["term"] == "gay men", "n_fired"].item() >= 3
