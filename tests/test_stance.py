import json
from itertools import product

import pandas as pd
import pytest

from analysis.config import SAMPLE_DIR, SHARED_DIR
from analysis.schema import outlet_name
from analysis.stance import (
    STANCE_LABELS,
    denial_by_outlet,
    denial_measure,
    score_stance,
    stance_by_outlet,
    stance_cues,
)

NO_QUOTES = pd.DataFrame({"article_id": [], "kind": [], "start": [], "end": []})
CORPUS = SHARED_DIR / "corpus" / "chechnya_dev.jsonl"
STATE_OUTLETS = {"TASS", "RIA Novosti", "Sputnik Brasil", "Interfax", "Vzglyad", "SOTT.net"}


def _articles(*texts: str, language: str = "en", titles=None, outlets=None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "outlet": outlets or ["Daily Fiction"] * len(texts),
            "title": titles or [None] * len(texts),
            "language": [language] * len(texts),
            "text": list(texts),
        }
    )


def _quotes(text: str, *quoted: str, article_id: str = "a0", kind: str = "direct"):
    rows = []
    for q in quoted:
        start = text.index(q)
        rows.append({"article_id": article_id, "kind": kind, "start": start, "end": start + len(q)})
    return pd.DataFrame(rows, columns=["article_id", "kind", "start", "end"])


def _cues(text: str, *, quotes=None, language="en", title=None) -> pd.DataFrame:
    arts = _articles(text, language=language, titles=[title] if title else None)
    return stance_cues(arts, quotes=NO_QUOTES if quotes is None else quotes)


def _one(text: str, *, quotes=None, language="en", title=None) -> pd.Series:
    arts = _articles(text, language=language, titles=[title] if title else None)
    return score_stance(arts, quotes=NO_QUOTES if quotes is None else quotes).iloc[0]


@pytest.mark.parametrize(
    ("text", "language", "cue", "category"),
    [
        ("The alleged detentions continue.", "en", "alleged", "hedge"),
        ("The so-called camps were never shown.", "en", "so-called", "hedge"),
        ("The paper claimed that men were held.", "en", "claimed", "nonfactive"),
        ("It is a fake story.", "en", "fake", "fabrication"),
        ("There is no evidence of any of it.", "en", "no evidence", "no_evidence"),
        ("Investigators documented the abuse.", "en", "documented", "factive"),
        ("Мужчины якобы были задержаны.", "ru", "якобы", "hedge"),
        ("Это фейк и провокация.", "ru", "фейк", "fabrication"),
        ("Это так называемые лагеря.", "ru", "так называемые", "hedge"),
        ("Die angeblich verhafteten Männer.", "de", "angeblich", "hedge"),
        ("Les présumées victimes.", "fr", "présumées", "hedge"),
        ("Los hombres supuestamente detenidos.", "es", "supuestamente", "hedge"),
        ("O suposto campo de prisioneiros.", "pt", "suposto", "hedge"),
        ("Il cosiddetto campo.", "it", "cosiddetto", "hedge"),
        ("De påståede lejre.", "da", "påståede", "hedge"),
    ],
)
def test_cue_categories_per_language(text, language, cue, category):
    cues = _cues(text, language=language)
    match = cues[cues["cue"] == cue]
    assert match["category"].tolist() == [category]
    row = match.iloc[0]
    assert text[row["start"] : row["end"]] == cue


def test_negated_factive_becomes_no_evidence():
    cues = _cues("Investigators did not confirm the reports.")
    row = cues[cues["cue"] == "confirm"].iloc[0]
    assert (row["category"], bool(row["negated"])) == ("no_evidence", True)


def test_scare_quotes_need_quotation_marks():
    marked = _cues('Police detained so-called "gays" in the city.')
    plain = _cues("Police detained gays in the city.")
    assert "scare_quote" in set(marked["category"])
    assert "scare_quote" not in set(plain["category"])


def test_fabrication_in_narration_is_false():
    row = _one("The so-called purge is a fake story invented to smear the republic.")
    assert row["stance"] == "false"
    assert row["doubt"] >= 0.74
    assert {e["role"] for e in row["evidence"]} == {"own"}


def test_attribution_alone_stays_claims():
    text = " ".join(
        ["According to the newspaper, men were detained."] * 4
        + ["Reports of detentions spread, according to activists."] * 4
    )
    row = _one(text)
    assert row["stance"] in ("fact", "claims")
    assert row["doubt"] < 0.45


def test_factive_narration_is_fact():
    row = _one(
        "Investigators documented the torture of dozens of men. "
        "The report confirmed that men were held in a secret prison."
    )
    assert row["stance"] == "fact"
    assert row["doubt"] < 0.2


def test_no_cues_is_fact_with_zero_doubt():
    row = _one("The city council met on Tuesday to discuss the budget.")
    assert (row["doubt"], row["n_cues"], row["evidence"]) == (0.0, 0, [])


def test_quoted_denial_rebutted_vs_relayed_denial():
    # a rights outlet quotes the denial, then sets the facts against it
    rebut = (
        'The spokesman said: "This is a lie and a provocation." '
        "Despite the denials, investigators documented beatings and torture in a secret prison."
    )
    # a state outlet relays the same denial and sets nothing against it
    relay = (
        'The spokesman said: "This is a lie and a provocation." '
        "The ministry said it had received no complaints."
    )
    denial = "This is a lie and a provocation."
    arts = _articles(rebut, relay)
    quotes = pd.concat(
        [_quotes(rebut, denial, article_id="a0"), _quotes(relay, denial, article_id="a1")]
    )
    out = score_stance(arts, quotes=quotes).set_index("article_id")
    assert out.loc["a0", "doubt"] < 0.2 < out.loc["a1", "doubt"]
    assert out.loc["a0", "stance"] == "fact"
    assert out.loc["a1", "stance"] in ("doubt", "claims")
    quoted = [e for e in out.loc["a0", "evidence"] if e["cue"] == "lie"]
    assert quoted[0]["voice"] == "quoted"
    assert quoted[0]["role"] == "relayed"


def test_reported_denial_in_narration_is_relayed_not_own():
    cues = _cues("The spokesman denied the reports and said there was no evidence.")
    denial = cues[cues["category"].isin(["denial", "no_evidence"])]
    assert denial["cue"].tolist() == ["denied", "no evidence"]
    assert set(denial["role"]) == {"relayed"}
    unattributed = _cues("There is no evidence for any of these stories.")
    assert set(unattributed["role"]) == {"own"}


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Kremlin: no evidence of abuse in the region", "relayed"),
        ("No evidence of abuse in the region - Peskov", "relayed"),
        ("Fake news busted: there are no camps", "own"),
        ("No evidence of abuse in the region", "own"),
    ],
)
def test_headline_attribution(title, role):
    cues = _cues("A short body text follows here.", title=title)
    assert set(cues.loc[cues["field"] == "title", "role"]) == {role}


def test_assertion_of_abuse_counts_as_fact():
    cues = _cues("Men were abducted and tortured in a secret prison.")
    assert cues["category"].tolist() == ["assertion"]
    assert cues["weight"].iloc[0] < 0
    hedged = _cues("Men were allegedly abducted and tortured.")
    assert "assertion" not in set(hedged["category"])


def test_headline_quotation_marks_make_words_quoted():
    title = "‘They say we do not exist’: a survivor speaks"
    cues = _cues("A short body text follows here.", title=title)
    row = cues[cues["cue"] == "do not exist"].iloc[0]
    assert (row["voice"], row["role"]) == ("quoted", "relayed")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police detained dozens of men in the valley.", "en"),
        ("Полиция задержала десятки мужчин.", "ru"),
        ("Die Polizei hat Dutzende Männer festgenommen.", "de"),
        ("La police a détenu des dizaines d'hommes.", "fr"),
    ],
)
def test_claim_terms_make_assertions(text, language):
    cues = _cues(text, language=language)
    assert cues["category"].tolist() == ["assertion"]
    assert cues["role"].tolist() == ["own"]


def test_denial_measure_counts_by_voice():
    text = 'Officials called it "a fake and a provocation". The reports are fake.'
    quotes = _quotes(text, "a fake and a provocation")
    out = denial_measure(_articles(text), quotes=quotes)
    row = out.iloc[0]
    assert row["n_denial_quoted"] == 2
    assert row["n_fabrication_quoted"] == 2
    assert row["n_denial_narration"] == 1
    assert row["n_words_narration"] + row["n_words_quoted"] == 12
    by_outlet = denial_by_outlet(out)
    assert by_outlet["n_articles"].tolist() == [1]
    assert by_outlet["n_denial_quoted"].tolist() == [2]


def test_stance_by_outlet():
    arts = _articles(
        "It is all a fake story.",
        "Investigators documented the abuse.",
        "Nothing here.",
        outlets=["State Wire", "Rights Daily", "Rights Daily"],
    )
    stance = score_stance(arts, quotes=NO_QUOTES)
    out = stance_by_outlet(stance).set_index("outlet")
    assert out.loc["State Wire", "mean_doubt"] > out.loc["Rights Daily", "mean_doubt"]
    assert out.loc["Rights Daily", "n_articles"] == 2
    assert sum(out.loc["Rights Daily", [f"n_{s}" for s in STANCE_LABELS]]) == 2


def test_every_article_gets_a_row_in_order():
    arts = _articles("Nothing.", "It is fake.", "Nothing again.")
    out = score_stance(arts, quotes=NO_QUOTES)
    assert out["article_id"].tolist() == ["a0", "a1", "a2"]
    assert out.index.equals(pd.RangeIndex(3))


def _auc(positive, negative) -> float:
    pairs = list(product(positive, negative))
    return sum((p > n) + 0.5 * (p == n) for p, n in pairs) / len(pairs)


SAMPLE_STATE = {"Kardovia Today", "Morvesh 24"}
SAMPLE_RIGHTS = {"The Lantern", "Rainbow Ledger", "Harbour Network", "Veritas Rights Monitor"}


def test_sample_corpus_state_outlet_doubts_more_than_rights_outlets():
    path = SAMPLE_DIR / "articles.jsonl"
    if not path.is_file():
        pytest.skip("data/sample is not there yet")
    arts = pd.DataFrame(
        [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    ).rename(columns={"id": "article_id"})
    out = score_stance(arts).assign(outlet=lambda df: df["outlet"].map(outlet_name))
    state = out.loc[out["outlet"].isin(SAMPLE_STATE), "doubt"]
    rights = out.loc[out["outlet"].isin(SAMPLE_RIGHTS), "doubt"]
    if state.empty or rights.empty:
        pytest.skip("the sample has changed its outlets")
    assert state.mean() > rights.mean() + 0.2
    assert _auc(state, rights) >= 0.9


def test_sample_corpus_state_outlet_doubts_more():
    articles = SAMPLE_DIR / "articles.jsonl"
    gold = SAMPLE_DIR / "gold.jsonl"
    if not (articles.is_file() and gold.is_file()):
        pytest.skip("data/sample is not there yet")
    arts = pd.DataFrame(
        [json.loads(line) for line in articles.read_text(encoding="utf-8").splitlines() if line]
    ).rename(columns={"id": "article_id"})
    golds = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line]
    label = {g.get("article_id", g.get("id")): g.get("stance") for g in golds}
    out = score_stance(arts).assign(gold=lambda df: df["article_id"].map(label))
    doubting = out.loc[out["gold"].isin(["doubt", "false"]), "doubt"]
    factual = out.loc[out["gold"].isin(["fact"]), "doubt"]
    if doubting.empty or factual.empty:
        pytest.skip("the sample gold lacks both kinds of stance")
    assert doubting.mean() > factual.mean()
    assert _auc(doubting, factual) >= 0.95
    # exact label agreement (measured 24/31 = 0.77; before the relay rules 16/31)
    assert (out["stance"] == out["gold"]).mean() >= 0.74


@pytest.mark.shared
@pytest.mark.skipif(not CORPUS.is_file(), reason="../shared/corpus is absent")
def test_shared_corpus_state_media_doubt_more():
    arts = pd.DataFrame(
        [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    ).rename(columns={"id": "article_id"})
    out = score_stance(arts)
    state = out["outlet"].map(outlet_name).isin(STATE_OUTLETS)
    assert state.sum() >= 5
    assert out.loc[state, "doubt"].mean() > out.loc[~state, "doubt"].mean()
    assert _auc(out.loc[state, "doubt"], out.loc[~state, "doubt"]) >= 0.85  # measured 0.89


# --- narration versus relayed speech -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The governor dismissed the claims of detentions.", "relayed"),
        ("The governor denounced the allegations as an insult.", "relayed"),
        ("The paper claimed that men were held.", "own"),
        ("The claims of detentions were repeated abroad.", "own"),
    ],
)
def test_nonfactive_word_after_a_speech_or_denial_verb_is_the_speakers(text, role):
    cues = _cues(text)
    assert cues.loc[cues["category"] == "nonfactive", "role"].tolist() == [role]


@pytest.mark.parametrize(
    ("second", "role"),
    [
        ("These claims echo earlier statements by the governor.", "relayed"),
        ("The claims were repeated by foreign media.", "own"),
    ],
)
def test_these_claims_after_a_relayed_denial_label_the_denial(second, role):
    text = "The minister said there was no evidence of detentions. " + second
    cues = _cues(text)
    assert cues.loc[cues["category"] == "nonfactive", "role"].tolist() == [role]


def test_these_claims_without_a_denial_before_stay_own():
    cues = _cues("Men were held in a barracks. These claims were repeated by foreign media.")
    assert cues.loc[cues["category"] == "nonfactive", "role"].tolist() == ["own"]


RELAYED_DENIAL_BODY = (
    "The spokesman said the reports were lies and a provocation. "
    "He said there was no evidence of any detentions. "
    "Witnesses described beatings in a barracks near the capital."
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the headline relays a denial; the narration adopts nothing: claims at most
        ("Governor denies detentions of gay men", {"claims", "fact"}),
        ("'We have no such people': regional leader denounces claims", {"claims", "fact"}),
        # the outlet's own headline calls the reports fake: false
        ("Fake news busted: no prisons in the region", {"false"}),
    ],
)
def test_headline_relayed_denial_both_directions(title, expected):
    assert _one(RELAYED_DENIAL_BODY, title=title)["stance"] in expected


def test_relayed_denial_is_squeezed_below_doubt_but_keeps_order():
    one = _one("The spokesman said the reports were lies.")
    three = _one(
        "The spokesman said the reports were lies. The minister said they were a provocation. "
        "The governor denied everything."
    )
    assert one["doubt"] < three["doubt"] < 0.45
    assert one["stance"] == three["stance"] == "claims"


def test_narration_adopting_the_doubt_lifts_the_ceiling():
    relayed = _one("The minister said the reports were lies. The governor denied everything.")
    adopted = _one(
        "The minister said the reports were lies. The governor denied everything. "
        "The so-called detentions remain unverified."
    )
    assert adopted["doubt"] > 0.45 > relayed["doubt"]


def test_relayed_vehemence_counts_as_one_act():
    plain = _one("The governor of the region denied the reports on Monday.")
    vehement = _one("The governor of the region denied the reports, calling them lies and a hoax.")
    assert vehement["doubt"] == pytest.approx(plain["doubt"])


def test_relayed_fabrication_adopted_without_facts_is_false():
    out = _one(
        "The so-called secret prisons were invented abroad, the spokesman said. "
        "The minister said the story was a provocation. The analyst said it was slander. "
        "The claims have never been verified."
    )
    assert out["stance"] == "false"


def test_narration_stating_abuse_stays_fact_when_it_reports_denials():
    out = _one(
        "Police detained dozens of men in a barracks and tortured them with electric shocks. "
        "Survivors described beatings over several weeks. "
        "The governor's spokesman denied the detentions."
    )
    assert out["stance"] == "fact"


@pytest.mark.parametrize(
    ("text", "n_assertions"),
    [("gay gulags region", 0), ("Police detained dozens of men.", 1)],
)
def test_fragments_assert_nothing(text, n_assertions):
    assert _one(text)["n_assertions"] == n_assertions


@pytest.mark.parametrize(
    ("text", "n_fabrication"),
    [
        ("The film uses a deep-fake technique to hide faces of the men.", 0),
        ("The ministry called the report a fake on Monday.", 1),
    ],
)
def test_cue_at_the_tail_of_a_hyphenated_compound_is_another_word(text, n_fabrication):
    cues = _cues(text)
    assert (cues["category"] == "fabrication").sum() == n_fabrication


@pytest.mark.parametrize(
    ("text", "n_scare"),
    [
        ('The paper wrote about "secret prisons" in the region.', 1),
        ('The paper wrote about a "gay purge" in the region.', 1),  # one phrase, one cue
        ("'We don't have gays here at all,' the governor said.", 0),  # a statement
        ("The men's families don't talk about gays.", 0),  # apostrophes are no quotes
    ],
)
def test_scare_quotes_are_short_quoted_phrases(text, n_scare):
    assert (_cues(text)["category"] == "scare_quote").sum() == n_scare


def test_scare_quote_inside_someones_longer_quote_is_theirs():
    text = 'He said: "Nobody here has ever seen these so-called "camps" with his own eyes."'
    long_quote = text[text.index("Nobody") : text.rindex('"')]
    cues = _cues(text, quotes=_quotes(text, long_quote))
    scare = cues[cues["category"] == "scare_quote"]
    assert scare["role"].tolist() == ["relayed"]


def test_without_verification_is_no_evidence():
    cues = _cues("The claims were repeated by foreign media without verification.")
    assert "no_evidence" in set(cues["category"])


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a relative clause about the speaker is the outlet's own description
        (
            "The Daily Post, which has published unverified material, called the film moving.",
            "own",
        ),
        # the speaker's content after the speech verb stays theirs
        ("The ministry said the material was unverified and biased.", "relayed"),
    ],
)
def test_relative_clause_about_the_speaker_is_narration(text, role):
    cues = _cues(text)
    assert cues.loc[cues["category"] == "no_evidence", "role"].tolist() == [role]


def test_scare_quoted_documentary_in_a_headline():
    cues = _cues("Nothing else.", title='Western "documentary" is shown at a festival')
    assert cues.loc[cues["category"] == "scare_quote", "cue"].tolist() == ["documentary"]


# --- claims floor and unmarked block quotes ------------------------------------------------


def test_abuses_only_in_others_words_are_claims_not_fact():
    text = (
        "The monitoring group said police had detained and tortured dozens of men. "
        "It said guards had beaten detainees in a former barracks, according to its report."
    )
    out = score_stance(
        _articles(text),
        quotes=_quotes(text, "police had detained and tortured dozens of men", kind="indirect"),
    )
    assert out.loc[0, "stance"] == "claims"
    # once the narration states the abuse itself, it is fact again
    own = text + " Police tortured the men in the barracks for weeks in the spring."
    assert score_stance(_articles(own), quotes=NO_QUOTES).loc[0, "stance"] == "fact"


def test_unmarked_block_quote_after_a_reported_denial_is_the_speakers():
    text = (
        "Men were detained in the region, the paper reported.\n"
        "A spokesman for the governor denied the reports in a statement.\n"
        "This is a provocation and a lie. There is no evidence of any of it.\n"
        "The region has a long history of conflict with the capital."
    )
    cues = stance_cues(_articles(text), quotes=NO_QUOTES)
    block = cues[cues["category"].isin(["fabrication", "no_evidence"])]
    assert len(block) >= 2
    assert block["role"].eq("relayed").all()
    assert score_stance(_articles(text), quotes=NO_QUOTES).loc[0, "stance"] != "false"
    # the same words with nothing reported before them are the outlet's own
    alone = "Men were detained in the region, the paper reported.\nThis is a provocation and a lie."
    own = stance_cues(_articles(alone), quotes=NO_QUOTES)
    assert own.loc[own["category"] == "fabrication", "role"].eq("own").all()
