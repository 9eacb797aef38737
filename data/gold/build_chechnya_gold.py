"""Build ``chechnya_dev_quotes.jsonl``: offset-only quote gold for real Chechnya coverage.

The annotations below name each span by two short anchors (the first and the last words of
the span, each well under 32 characters), never by the span's text; the offsets are computed
against ``SHARED_DIR/corpus/chechnya_dev.jsonl`` at run time and every span is checked (its
anchors occur once, it starts and ends where the anchors say, and it holds no quotation mark
at either end). Run ``python data/gold/build_chechnya_gold.py`` to rewrite the gold file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from analysis.config import SHARED_DIR

CORPUS = Path(SHARED_DIR) / "corpus" / "chechnya_dev.jsonl"
OUT = HERE / "chechnya_dev_quotes.jsonl"
MARKS = "\"'“”‘’«»"


class Q(NamedTuple):
    """One gold quote: kind, first and last words of the span, speaker and attribution."""

    kind: str
    first: str
    last: str
    speaker: str
    mention: str | tuple[str, str] | None = None  # (first, last) when long
    cue: str | None = None
    alt: tuple[str, ...] = ()
    after: str | None = None  # search the span after this anchor (when `first` repeats)


def S(source: str, type_: str, role: str | None = None, affiliation: str | None = None) -> dict:
    """One cited source."""
    out: dict[str, Any] = {"source": source, "type": type_}
    if role:
        out["role"] = role
    if affiliation:
        out["affiliation"] = affiliation
    return out


KADYROV = "Ramzan Kadyrov"
MOSKALKOVA = "Tatyana Moskalkova"
KOCHETKOV = "Igor Kochetkov"

GOLD: dict[str, dict[str, Any]] = {
    "ctvnews-2017-07-15-we-dont-have-gays": {
        "quotes": [
            Q(
                "indirect",
                "there are even any",
                "in his region",
                KADYROV,
                "Chechnya's strongman leader",
                "denying",
            ),
            Q(
                "indirect",
                "his security forces had",
                "sometimes killed gay men",
                "Russian newspaper",
                "a Russian newspaper",
                "reported",
                ("Novaya Gazeta",),
            ),
            Q("direct", "This is nonsense.", "take them to Canada,", KADYROV, "Kadyrov", "says"),
            Q("indirect", "those making the allegations", "devils.", KADYROV, "He", "says"),
            Q("partial", "devils.", "devils.", KADYROV, "He", "says"),
            Q("direct", "God damn them", "accusing us of,", KADYROV, "he", "says"),
        ],
        "sources": [
            S(KADYROV, "government", "President", "Chechnya"),
            S("Russian newspaper", "media"),
            S("HBO Real Sports", "media"),
        ],
        "ignore": [],
    },
    "tass-2017-07-06-moskalkova-double-check": {
        "quotes": [
            Q(
                "indirect",
                "gay men have been subjected",
                "persecution in Chechnya",
                "media reports",
                "Media reports",
                "claimed",
                after="Diplomacy",
            ),
            Q(
                "indirect",
                "she has already received",
                "data on these persons",
                MOSKALKOVA,
                "Moskalkova",
                "told",
            ),
            Q(
                "direct",
                "As my request and the letter",
                "mentioned in the letter,",
                MOSKALKOVA,
                "Moskalkova",
                "said",
            ),
            Q(
                "indirect",
                "The list contains 24",
                "these persons’ fate",
                MOSKALKOVA,
                "Moskalkova",
                "said",
            ),
            Q("direct", "Only their last names", "no more other data,", MOSKALKOVA, "she", "said"),
            Q(
                "indirect",
                "the investigators can talk",
                "former place of residence",
                MOSKALKOVA,
                "she",
                "voicing hope",
            ),
            Q(
                "indirect",
                "gay men have been subjected",
                "persecution in Chechnya",
                "media reports",
                "Media reports",
                "claimed",
                after="former place of residence",
            ),
        ],
        "sources": [
            S(MOSKALKOVA, "government", "human rights commissioner", "Russia"),
            S("Investigative Committee", "government"),
            S("media reports", "media"),
        ],
        # headline: 'calls to double check' is a request, not a reported statement
        "ignore": [("Russian human rights commiss", "persecution reports")],
    },
    "tass-2017-05-13-alikhanov-probe-no-confirmation": {
        "quotes": [
            Q(
                "indirect",
                "A probe launched by",
                "killed cannot be confirmed",
                "Ruslan Alikhanov",
                ("Chechnya’s Interior", "Ruslan Alikhanov"),
                "said",
            ),
            Q(
                "direct",
                "It found out that",
                "Russian Criminal Code,",
                "Ruslan Alikhanov",
                "Alikhanov",
                "was quoted as saying",
            ),
        ],
        "sources": [
            S("Ruslan Alikhanov", "government", "Interior Minister", "Chechnya"),
            S("Chechen police press service", "government"),
        ],
        # an article title in quotation marks
        "ignore": [("Murder of Honor", "Murder of Honor")],
    },
    "interfax-2017-07-06-moskalkova-not-registered": {
        "quotes": [
            Q(
                "indirect",
                "Investigative Committee has",
                "in Chechnya yet",
                MOSKALKOVA,
                "Moskalkova",
            ),
            Q(
                "direct",
                "I have received such",
                "on these citizens,",
                MOSKALKOVA,
                "Moskalkova",
                "told",
            ),
            Q("indirect", "This response is an interim", "presumed dead", MOSKALKOVA),
            Q("indirect", "The probe conducted by", "completed, either", MOSKALKOVA, "she", "said"),
        ],
        "sources": [
            S(MOSKALKOVA, "government", "Human Rights Commissioner", "Russia"),
            S("Investigative Committee", "government"),
        ],
        # the lead reports her interim response without a speech cue
        "ignore": [("Russian Human Rights Commiss", "not been confirmed yet")],
    },
    "sofrep-2017-04-chechen-authorities-deny": {
        "quotes": [
            Q(
                "indirect",
                "Over 100 gay men have been",
                "part of the sweep",
                "Russian newspaper",
                "a Russian newspaper",
                "has reported",
                ("Novaya Gazeta",),
            ),
            Q(
                "indirect",
                "gay people simply do not",
                "exist in Chechnya",
                KADYROV,
                ("Chechnya’s president", "Ramzan Kadyrov"),
                "denies",
                ("Alvi Karimov",),
            ),
            Q(
                "indirect",
                "if they did, their families",
                "disown them anyway",
                KADYROV,
                alt=("Alvi Karimov",),
            ),
            Q(
                "direct",
                "You cannot detain",
                "exist in the republic,",
                "Alvi Karimov",
                "Alvi Karimov",
                "said",
            ),
            Q("direct", "If there were such people", "there is no returning.", "Alvi Karimov"),
        ],
        "sources": [
            S("Russian newspaper", "media"),
            S(KADYROV, "government", "president", "Chechnya"),
            S("Alvi Karimov", "government", "spokesperson for the president", "Chechnya"),
        ],
        "ignore": [],
    },
    "pinknews-2019-01-11-chechnya-detains-renewing-fears": {
        "quotes": [
            Q(
                "indirect",
                "the number of men and women",
                "since late December",
                KOCHETKOV,
                "He",
                "said",
            ),
            Q(
                "indirect",
                "a short report on the",
                "Monday (January 14)",
                KOCHETKOV,
                "Kochetkov",
                "added",
            ),
            Q(
                "direct",
                "Run away from the republic",
                "as soon as possible",
                "LGBT+ activist on VKontakte",
                "an LGBT+ activist on VKontakte",
            ),
            Q(
                "indirect",
                "LGBT+ groups in Chechnya are",
                "to leave the region",
                "Novaya Gazeta",
                "Novaya Gazeta",
                "reported",
            ),
            Q(
                "partial",
                "run away from the republic",
                "friends who can help you.",
                "LGBT+ activist on VKontakte",
                "One of the messages",
                "urged",
                ("one of the messages", "LGBT+ groups in Chechnya"),
            ),
            Q(
                "indirect",
                "authorities in Chechnya were",
                "out a homophobic purge",
                "Novaya Gazeta",
                ("Human rights monitors", "Novaya Gazeta"),
                "reported",
                ("human rights monitors",),
            ),
            Q(
                "indirect",
                "there was no evidence of a",
                "evidence of a purge",
                "Russian government",
                "The Russian government",
                "said",
            ),
            Q(
                "indirect",
                "there were no gay people in",
                "no gay people in the region",
                KADYROV,
                "Chechnya leader Ramzan Kadyrov",
                "insisting",
                ("his administration",),
            ),
            Q("indirect", "he and Chechnya", "have any gays,", KADYROV, "Kadyrov", "said"),
            Q("partial", "don’t have any gays,", "have any gays,", KADYROV, "Kadyrov", "said"),
            Q(
                "partial",
                "if there are any, take them",
                "them to Canada.",
                KADYROV,
                "Kadyrov",
                "adding",
            ),
            Q("direct", "Take them far from us", "so we don’t have", KADYROV, "He", "continued"),
        ],
        "sources": [
            S(KOCHETKOV, "ngo_activist", "board member", "Russian LGBT Network"),
            S("Associated Press", "media"),
            S("LGBT+ activist on VKontakte", "anonymous"),
            S("Novaya Gazeta", "media"),
            S("human rights monitors", "ngo_activist"),
            S("Russian government", "government"),
            S(KADYROV, "government", "leader", "Chechnya"),
            S("HBO", "media"),
        ],
        # 'would not say' reports a refusal, not a statement; 'denied reports of ...' names
        # no content
        "ignore": [
            ("would not say how many", "where they are now"),
            ("denied reports of anti-gay", "of anti-gay detentions"),
        ],
    },
}


def _find_once(text: str, anchor: str, start: int, aid: str) -> int:
    at = text.find(anchor, start)
    if at < 0:
        raise ValueError(f"{aid}: anchor {anchor!r} not found after {start}")
    if text.find(anchor, at + 1) >= 0 and start == 0:
        raise ValueError(f"{aid}: anchor {anchor!r} occurs more than once; give `after`")
    return at


def _span(text: str, first: str, last: str, aid: str, after: str | None = None) -> tuple[int, int]:
    origin = 0 if after is None else _find_once(text, after, 0, aid) + len(after)
    a = text.find(first, origin) if after else _find_once(text, first, 0, aid)
    if a < 0:
        raise ValueError(f"{aid}: anchor {first!r} not found")
    b = text.find(last, a) + len(last)
    if b < a + len(last) or b - a > 1500:
        raise ValueError(f"{aid}: end anchor {last!r} not found after {first!r}")
    return a, b


def _mention(text: str, mention: str | tuple[str, str], a: int, aid: str) -> tuple[int, int]:
    first, last = (mention, mention) if isinstance(mention, str) else mention
    hits = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(first)}(?!\w)", text)]
    if not hits:
        raise ValueError(f"{aid}: speaker mention {first!r} not found")
    best = min(hits, key=lambda h: abs(h - a))
    end = text.find(last, best) + len(last)
    if end < best + len(last) or end - best > 80:
        raise ValueError(f"{aid}: speaker mention end {last!r} not found")
    return best, end


def _check_anchors() -> None:
    """No anchor may reach 32 characters: the repository holds no run of article text."""
    for aid, spec in GOLD.items():
        for q in spec["quotes"]:
            strings = [q.first, q.last, q.after or ""]
            strings += [q.mention] if isinstance(q.mention, str) else list(q.mention or ())
            for s in strings:
                if len(s) >= 32:
                    raise ValueError(f"{aid}: anchor {s!r} is 32 characters or more")


def build(corpus: Path = CORPUS) -> list[dict[str, Any]]:
    """Resolve every anchor against the corpus text and return one record per article."""
    _check_anchors()
    texts = {}
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            texts[article["id"]] = article["text"]
    out = []
    for aid, spec in GOLD.items():
        text = texts[aid]
        quotes = []
        for q in spec["quotes"]:
            a, b = _span(text, q.first, q.last, aid, q.after)
            span = text[a:b]
            if span[0] in MARKS or span[-1] in MARKS or span != span.strip():
                raise ValueError(f"{aid}: span {a}-{b} starts or ends with a mark or space")
            rec: dict[str, Any] = {"start": a, "end": b, "kind": q.kind, "speaker": q.speaker}
            if q.alt:
                rec["speaker_alt"] = list(q.alt)
            if q.mention:
                ms, me = _mention(text, q.mention, a, aid)
                rec["speaker_start"], rec["speaker_end"] = ms, me
            if q.cue:
                rec["cue"] = q.cue
            quotes.append(rec)
        ignore = [
            dict(zip(("start", "end"), _span(text, f, la, aid), strict=True))
            for f, la in spec.get("ignore", [])
        ]
        record: dict[str, Any] = {"id": aid, "quotes": quotes, "sources": spec["sources"]}
        if ignore:
            record["ignore"] = ignore
        out.append(record)
    return out


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def main() -> int:
    """Write the gold file and print each span for a visual check."""
    records = build()
    with OUT.open("w", encoding="utf-8") as handle:
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if "--show" in sys.argv:
        texts = {
            json.loads(line)["id"]: json.loads(line)["text"]
            for line in CORPUS.open(encoding="utf-8")
        }
        for rec in records:
            text = texts[rec["id"]]
            _say(f"===== {rec['id']}")
            for q in rec["quotes"]:
                m = text[q["speaker_start"] : q["speaker_end"]] if "speaker_start" in q else "-"
                _say(f"  {q['kind']:8} {q['speaker']!r:30} [{m}] {q.get('cue')}: "
                      f"{text[q['start'] : q['end']]!r}")  # fmt: skip
            for s in rec.get("ignore", []):
                _say(f"  IGNORE {text[s['start'] : s['end']]!r}")
    _say(f"{OUT}: {len(records)} articles, {sum(len(r['quotes']) for r in records)} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
