"""Build ``data/sample/articles.jsonl`` and ``gold.jsonl`` from the marked-up articles.

Usage: ``python data/sample/source/build.py [OUT_DIR]`` (default: ``data/sample``).

Every span, mention, source, citation and frame is checked before anything is written; on
the first article that does not check out the script stops with the list of problems.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections import Counter
from pathlib import Path

from markup import IGNORE_NOTES, Article, parse

HERE = Path(__file__).resolve().parent
PARTS = ("part1", "part2", "part3", "part4")
TYPES = {
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
KINDS = {"direct", "partial", "indirect"}
OPENERS = "\"“‘«„'‚"
CLOSERS = "\"”’»“'‘"


def load_articles() -> list[Article]:
    """Return the articles of all parts, in order."""
    articles: list[Article] = []
    for name in PARTS:
        articles.extend(importlib.import_module(name).ARTICLES)
    return articles


def _spans(
    text: str, spans: list[tuple[str, int, int]], errs: list[str]
) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[int, int]], list[dict]]:
    quotes: dict[int, tuple[int, int]] = {}
    mentions: dict[int, tuple[int, int]] = {}
    ignore = []
    for label, start, end in spans:
        if label.startswith("@"):
            for n in label[1:].split(","):
                if int(n) in mentions:
                    errs.append(f"two mentions for quote {n}")
                mentions[int(n)] = (start, end)
        elif label.startswith("!"):
            key = label[1:]
            if key not in IGNORE_NOTES:
                errs.append(f"unknown ignore key {key}")
            ignore.append(
                {"start": start, "end": end, "text": text[start:end], "note": IGNORE_NOTES.get(key)}
            )
        else:
            if int(label) in quotes:
                errs.append(f"quote {label} marked twice")
            quotes[int(label)] = (start, end)
    return quotes, mentions, sorted(ignore, key=lambda r: r["start"])


def _quote_record(
    a: Article,
    n: int,
    text: str,
    span: tuple[int, int],
    mention: tuple[int, int] | None,
    errs: list[str],
) -> dict:
    q = a.quotes[n]
    start, end = span
    qt = text[start:end]
    if not qt or qt != qt.strip():
        errs.append(f"q{n}: empty or padded span {qt!r}")
    if q.kind not in KINDS:
        errs.append(f"q{n}: kind {q.kind}")
    if q.kind in {"direct", "partial"} and not q.nomarks:
        if start == 0 or text[start - 1] not in OPENERS:
            errs.append(f"q{n}: no opening mark before {text[max(0, start - 10) : start + 10]!r}")
        if end < len(text) and text[end] not in CLOSERS and text[end] != "\n":
            errs.append(f"q{n}: no closing mark after {text[end - 10 : end + 10]!r}")
    if q.kind == "indirect" and qt[:1] in OPENERS:
        errs.append(f"q{n}: indirect span starts with a quotation mark")
    rec: dict = {"start": start, "end": end, "text": qt, "kind": q.kind, "speaker": q.speaker}
    if q.alt:
        rec["speaker_alt"] = q.alt
    if mention is not None:
        if q.cue is None:
            errs.append(f"q{n}: a mention but no cue")
        rec.update(
            {
                "speaker_mention": text[mention[0] : mention[1]],
                "speaker_start": mention[0],
                "speaker_end": mention[1],
                "cue": q.cue,
            }
        )
    else:
        if q.cue is not None:
            errs.append(f"q{n}: a cue but no mention")
        rec.update({"speaker_mention": None, "cue": None})
    if q.note:
        rec["note"] = q.note
    return rec


def _sources(a: Article, quote_ids: list[int], errs: list[str]) -> list[dict]:
    names = [s.source for s in a.sources]
    if len(names) != len(set(names)):
        errs.append("a source is listed twice")
    cues: dict[str, list[str]] = {name: [] for name in names}
    for n in quote_ids:
        q = a.quotes[n]
        for name in q.src or [q.speaker]:
            if name not in cues:
                errs.append(f"q{n}: speaker {name!r} is not among the sources")
            elif q.cue and q.cue not in cues[name]:
                cues[name].append(q.cue)
    out = []
    for s in a.sources:
        if s.type not in TYPES:
            errs.append(f"source {s.source}: type {s.type}")
        all_cues = cues[s.source] + [c for c in s.cues if c not in cues[s.source]]
        if not all_cues:
            errs.append(f"source {s.source}: no cue")
        rec: dict = {"source": s.source, "type": s.type}
        if s.role:
            rec["role"] = s.role
        if s.affiliation:
            rec["affiliation"] = s.affiliation
        rec["cues"] = all_cues
        if s.note:
            rec["note"] = s.note
        out.append(rec)
    return out


def build(a: Article) -> tuple[dict, dict]:
    """Return the ``articles.jsonl`` and ``gold.jsonl`` records of one article."""
    text, spans = parse(a.text.strip("\n"))
    errs: list[str] = []
    qspans, mentions, ignore = _spans(text, spans, errs)
    if a.derived_from is None and set(qspans) != set(a.quotes):
        errs.append(f"marked quotes {sorted(qspans)} != annotated {sorted(a.quotes)}")
    if set(mentions) - set(qspans):
        errs.append(f"mentions without quotes: {sorted(set(mentions) - set(qspans))}")
    quotes = [_quote_record(a, n, text, span, mentions.get(n), errs) for n, span in qspans.items()]
    quotes.sort(key=lambda r: (r["start"], -r["end"]))
    sources = _sources(a, list(qspans), errs)
    lowered = text.lower()
    for entry in a.not_sources:
        for part in entry.split(" (")[0].split(" / "):
            if part.lower() not in lowered:
                errs.append(f"not_source {part!r} is not in the text")
    if set(a.frames) - FRAMES or a.dominant not in a.frames or a.stance not in STANCES:
        errs.append(f"frames {a.frames} / dominant {a.dominant} / stance {a.stance}")
    for _, cue in a.citations:
        if cue.lower() not in lowered:
            errs.append(f"citation cue {cue!r} is not in the text")
    if errs:
        raise SystemExit(f"{a.id}:\n  " + "\n  ".join(errs))
    article = {
        "article_id": a.id,
        "outlet": a.outlet,
        "url": a.url,
        "title": a.title,
        "published": a.published,
        "author": a.author,
        "language": a.language,
        "text": text,
    }
    gold = {
        "id": a.id,
        "outlet": a.outlet,
        "published": a.published,
        "language": a.language,
        "text": text,
        "quotes": quotes,
        "sources": sources,
        "not_sources": a.not_sources,
        "ignore": ignore,
        "citations": [{"cited_outlet": o, "cue": c} for o, c in a.citations],
        "frames": a.frames,
        "dominant_frame": a.dominant,
        "stance": a.stance,
    }
    if a.derived_from:
        gold["derived_from"] = a.derived_from
    return article, gold


def summary(golds: list[dict]) -> str:
    """Return the counts quoted in the README."""
    kinds = Counter(q["kind"] for g in golds for q in g["quotes"])
    types = Counter(s["type"] for g in golds for s in g["sources"])
    cont = sum(q["cue"] is None for g in golds for q in g["quotes"])
    lines = [
        f"articles: {len(golds)}",
        f"quotes: {sum(kinds.values())} {dict(kinds.most_common())}, continuations {cont}",
        f"sources: {sum(types.values())} {dict(types.most_common())}",
        f"citations: {sum(len(g['citations']) for g in golds)}",
        f"ignore spans: {sum(len(g['ignore']) for g in golds)}",
        f"stance: {dict(Counter(g['stance'] for g in golds).most_common())}",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    """Check every article, then write the two JSONL files."""
    out = Path(argv[0]) if argv else HERE.parent
    articles = load_articles()
    ids = [a.id for a in articles]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate article ids")
    built = [build(a) for a in articles]
    out.mkdir(parents=True, exist_ok=True)
    with (out / "articles.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(art, ensure_ascii=False) + "\n" for art, _ in built)
    with (out / "gold.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(gold, ensure_ascii=False) + "\n" for _, gold in built)
    sys.stdout.write(summary([gold for _, gold in built]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
