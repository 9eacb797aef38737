import importlib.util

import pandas as pd
import pytest

from analysis.entity_tone import (
    DEFAULT_TARGETS,
    MENTION_COLUMNS,
    alias_pattern,
    default_targets,
    entity_tone,
    entity_tone_by,
    find_mentions,
)


def _target_tone_ready() -> bool:
    """Whether analysis.target_tone has landed with its model (another engineer's module)."""
    if importlib.util.find_spec("analysis.target_tone") is None:
        return False
    from analysis.target_tone import score_target_tone

    probe = pd.DataFrame({"text": ["Varn was cruel."], "start": [0], "end": [4]})
    try:
        score_target_tone(probe)
    except FileNotFoundError:
        return False
    return True


HAS_TARGET_TONE = _target_tone_ready()

TARGETS = {
    "Governor Varn": ["Governor Varn", "Varn"],
    "Rights Union": ["Rights Union"],
    "victims": ["victims"],
    "Тамров": ["Тамров"],
}


def _articles(*texts: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "outlet": ["Daily Fiction (Wire)"] * len(texts),
            "published": pd.to_datetime(["2024-01-02"] * len(texts), utc=True),
            "text": list(texts),
        }
    )


def _contract_scorer(mentions: pd.DataFrame) -> pd.DataFrame:
    """A test double honouring score_target_tone's contract: rows in, rows out, in order."""
    negative = {"cruel", "lied"}
    rows = []
    for text, end in zip(mentions["text"], mentions["end"], strict=True):
        after = text[end:].lower().split()[:3]
        hit = [w.strip(".,") for w in after if w.strip(".,") in negative]
        rows.append(("negative" if hit else "neutral", -1.0 if hit else 0.0, hit))
    return mentions.assign(
        tone=[r[0] for r in rows], tone_score=[r[1] for r in rows], evidence=[r[2] for r in rows]
    )


def _contract_aggregator(scored: pd.DataFrame, *, by) -> pd.DataFrame:
    return (
        scored.groupby(list(by))
        .agg(n_mentions=("tone", "size"), mean_tone=("tone_score", "mean"))
        .reset_index()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Governor Varn spoke. Varn left.",
            [("Governor Varn", "Governor Varn"), ("Varn", "Governor Varn")],
        ),
        (
            "The Rights Union's lawyers met victims.",
            [("Rights Union", "Rights Union"), ("victims", "victims")],
        ),
        (
            "VICTIMS and Victims count; varn does not.",
            [("VICTIMS", "victims"), ("Victims", "victims")],
        ),
        ("Губернатор Тамрова критиковали.", [("Тамрова", "Тамров")]),
        ("Varnish and Rights Unions do not match.", []),
        ("Nobody is named here.", []),
    ],
)
def test_find_mentions(text, expected):
    out = find_mentions(_articles(text), targets=TARGETS)
    assert list(zip(out["mention"], out["target"], strict=True)) == expected
    for row in out.itertuples():
        assert row.text[row.start : row.end] == row.mention


def test_mentions_columns_offsets_and_sentences():
    text = "First sentence here. Then Governor Varn was cruel to victims."
    out = find_mentions(_articles(text), targets=TARGETS)
    assert list(out.columns) == list(MENTION_COLUMNS)
    assert out["sentence"].tolist() == [1, 1]
    assert out["text"].iloc[0] == "Then Governor Varn was cruel to victims."
    assert (out["sentence_start"] + out["start"]).tolist() == [
        text.index("Governor"),
        text.index("victims"),
    ]
    assert out["outlet"].iloc[0] == "Daily Fiction"
    assert out["voice"].isna().all()


def test_voice_from_quotes():
    text = 'Varn said: "The Rights Union lied."'
    start = text.index("The Rights")
    quotes = pd.DataFrame(
        {"article_id": ["a0"], "kind": ["direct"], "start": [start], "end": [len(text) - 1]}
    )
    out = find_mentions(_articles(text), targets=TARGETS, quotes=quotes)
    assert out["voice"].tolist() == ["narration", "quoted"]


def test_entity_tone_against_contract():
    text = "Governor Varn was cruel to them, while the Rights Union helped. Varn lied."
    scored = entity_tone(_articles(text), targets=TARGETS, scorer=_contract_scorer)
    assert scored["target"].tolist() == ["Governor Varn", "Rights Union", "Governor Varn"]
    assert scored["tone"].tolist() == ["negative", "neutral", "negative"]
    assert scored.index.equals(pd.RangeIndex(3))
    by = entity_tone_by(scored, by=("outlet", "target"), aggregator=_contract_aggregator)
    assert by.set_index("target")["n_mentions"].to_dict() == {"Governor Varn": 2, "Rights Union": 1}


def test_scorer_must_keep_rows():
    def dropping(mentions: pd.DataFrame) -> pd.DataFrame:
        return _contract_scorer(mentions).iloc[:1]

    with pytest.raises(ValueError, match="rows"):
        entity_tone(_articles("Varn met Varn."), targets=TARGETS, scorer=dropping)


def test_target_without_alias():
    with pytest.raises(ValueError, match="no alias"):
        find_mentions(_articles("x"), targets={"empty": [" "]})


def test_default_targets():
    targets = default_targets()
    assert targets
    assert all(aliases for aliases in targets.values())
    assert "Ramzan Kadyrov" in targets or "Ramzan Kadyrov" in DEFAULT_TARGETS


def test_alias_pattern_case_rules():
    import re

    assert re.search(alias_pattern("Varn"), "varn") is None
    assert re.search(alias_pattern("victims"), "Victims") is not None


@pytest.mark.skipif(not HAS_TARGET_TONE, reason="analysis.target_tone has not landed")
def test_with_real_target_tone():
    text = "Governor Varn ordered the beatings. The Rights Union helped the men escape."
    scored = entity_tone(_articles(text), targets=TARGETS)
    assert len(scored) == 2
    assert set(scored["tone"]) <= {"negative", "neutral", "positive"}
    by = entity_tone_by(scored, by=("article_id", "target"))
    assert len(by) == 2
