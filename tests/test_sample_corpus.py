"""The fictional sample corpus in data/sample: its files agree, its gold offsets round-trip.

Plain json/csv only: these tests do not depend on the analysis package.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from functools import cache
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"
ARTICLE_FIELDS = ("article_id", "outlet", "url", "title", "published", "author", "language", "text")
KINDS = {"direct", "partial", "indirect"}
SOURCE_TYPES = {
    "government",
    "security",
    "ngo_activist",
    "victim_witness",
    "expert",
    "media",
    "international_body",
    "religious_community",
    "anonymous",
    "unknown",
}
FRAMES = {
    "human_rights_abuse",
    "denial_fabrication",
    "victims_testimony",
    "international_pressure",
    "lgbt_rights",
    "religion_tradition",
    "legality",
    "political",
    "security_defence",
    "health_safety",
}
STANCES = {"fact", "claims", "doubt", "false"}
PRONOUNS = {"he", "she", "they", "it"}
# Names from the real case study must never appear in the fictional sample.
REAL_NAMES = (
    "Chechnya",
    "Chechen",
    "Kadyrov",
    "Grozny",
    "Novaya Gazeta",
    "LGBT Network",
    "Moskalkova",
    "Lapunov",
    "Human Rights Watch",
    "Amnesty",
)


def _jsonl(name: str) -> list[dict]:
    lines = (SAMPLE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@cache
def articles() -> tuple[dict, ...]:
    return tuple(_jsonl("articles.jsonl"))


@cache
def gold() -> tuple[dict, ...]:
    return tuple(_jsonl("gold.jsonl"))


def quotes() -> list[tuple[dict, dict]]:
    return [(g, q) for g in gold() for q in g["quotes"]]


def outlet_group(outlet: str) -> str:
    return outlet.split(" (")[0]


def test_articles_have_the_documented_fields():
    ids = [a["article_id"] for a in articles()]
    assert len(ids) == len(set(ids))
    for a in articles():
        assert tuple(a) == ARTICLE_FIELDS, a["article_id"]
        assert a["text"].strip()
        assert a["outlet"]
        assert a["title"]
        assert re.fullmatch(r"[a-z]{2}", a["language"])
        assert re.match(r"https://[\w.-]+\.example\.(com|org|net)/", a["url"]), a["url"]
        if a["published"] is not None:
            dt.date.fromisoformat(a["published"])


def test_gold_matches_articles_one_to_one():
    assert [g["id"] for g in gold()] == [a["article_id"] for a in articles()]
    for a, g in zip(articles(), gold(), strict=True):
        assert (g["text"], g["outlet"], g["published"]) == (a["text"], a["outlet"], a["published"])


def test_quote_offsets_round_trip():
    for g, q in quotes():
        text = g["text"]
        assert text[q["start"] : q["end"]] == q["text"], (g["id"], q["text"])
        assert q["text"] == q["text"].strip()
        if q["speaker_mention"] is None:
            assert q["cue"] is None
            assert "speaker_start" not in q
        else:
            assert q["cue"]
            assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker_mention"], g["id"]


def test_ignore_spans_round_trip():
    for g in gold():
        for span in g["ignore"]:
            assert g["text"][span["start"] : span["end"]] == span["text"], g["id"]
            assert span["note"]


def test_quote_kinds_and_speakers_are_valid():
    for g, q in quotes():
        assert q["kind"] in KINDS
        names = {s["source"] for s in g["sources"]}
        speakers = q["speaker"].split(" and ") if q["speaker"] not in names else [q["speaker"]]
        assert set(speakers) <= names, (g["id"], q["speaker"])


def test_direct_and_partial_quotes_sit_inside_quotation_marks():
    marks = "\"'“”‘’«»„‚"
    for g, q in quotes():
        if q["kind"] == "indirect" or "Q&A" in (q.get("note") or ""):
            continue
        assert g["text"][q["start"] - 1] in marks, (g["id"], q["text"])


def test_sources_frames_stance_and_citations_are_valid():
    outlets = {outlet_group(a["outlet"]) for a in articles()}
    for g in gold():
        for s in g["sources"]:
            assert s["type"] in SOURCE_TYPES, (g["id"], s)
            assert s["cues"], (g["id"], s)
        assert set(g["frames"]) <= FRAMES, g["id"]
        assert g["dominant_frame"] in g["frames"], g["id"]
        assert g["stance"] in STANCES, g["id"]
        for c in g["citations"]:
            assert c["cited_outlet"] in outlets, (g["id"], c)
            assert c["cue"].lower() in g["text"].lower(), (g["id"], c)


def test_corpus_size_outlets_and_time_span():
    assert len(articles()) >= 30
    assert len({outlet_group(a["outlet"]) for a in articles()}) >= 6
    dates = [dt.date.fromisoformat(a["published"]) for a in articles() if a["published"]]
    assert (max(dates) - min(dates)).days >= 90
    assert any(a["published"] is None for a in articles())


def test_readme_says_the_corpus_is_fictional():
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    assert "FICTIONAL" in readme
    assert "invented" in readme


def test_no_real_names_from_the_case_study():
    for a in articles():
        for name in REAL_NAMES:
            assert name not in a["text"], (a["article_id"], name)


def test_events_file_is_a_small_timeline():
    with (SAMPLE / "events.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert 5 <= len(rows) <= 8
    for row in rows:
        assert set(row) == {"date", "label"}
        dt.date.fromisoformat(row["date"])
        assert row["label"].strip()


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_quote_kind_is_present(kind):
    assert any(q["kind"] == kind for _, q in quotes())


def test_required_phenomena_are_present():
    qs = [q for _, q in quotes()]
    assert any(q["speaker_mention"] is None for q in qs), "a continuation quote"
    assert any((q["speaker_mention"] or "").lower() in PRONOUNS for q in qs), "a pronoun mention"
    assert any(q.get("speaker_alt") for q in qs), "a speaker known only by title"
    types = {s["type"] for g in gold() for s in g["sources"]}
    assert {"anonymous", "media", "government", "ngo_activist", "victim_witness"} <= types
    assert {a["language"] for a in articles()} - {"en"}, "a non-English article"
    assert any(g["citations"] for g in gold()), "an outlet citing another"
    notes = {span["note"].split(":")[0] for g in gold() for span in g["ignore"]}
    assert {"scare quotes", "title of a work in quotation marks, not a quote"} <= notes


def test_multi_paragraph_quote_is_one_record_per_paragraph():
    # An open paragraph: a direct quote that runs to the end of its paragraph, no closing mark.
    assert any(
        q["kind"] == "direct" and g["text"][q["end"] : q["end"] + 1] == "\n" for g, q in quotes()
    )


def test_syndicated_and_updated_copies_share_their_text():
    by_id = {g["id"]: g for g in gold()}
    relations = set()
    for g in gold():
        if "derived_from" not in g:
            continue
        original = by_id[g["derived_from"]["id"]]
        relations.add(g["derived_from"]["relation"])
        paragraphs = [p for p in original["text"].split("\n\n") if len(p) > 200]
        shared = [p for p in paragraphs if p in g["text"]]
        assert len(shared) >= len(paragraphs) // 2, g["id"]
        if g["derived_from"]["relation"] == "syndication":
            assert outlet_group(g["outlet"]) != outlet_group(original["outlet"])
            assert original["outlet"] in g["outlet"]
    assert relations == {"syndication", "update"}
