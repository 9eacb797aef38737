"""Stance of the narration toward the contested claims, and denial cues as their own measure.

The contested claims of the case study are the reports of detentions, torture and killings.
The question is how the *outlet itself* treats them: as established fact, as others' claims,
as doubtful, or as false. A denial quoted in order to rebut it is not the outlet's denial,
while an outlet that relays a denial and sets nothing against it does side with it.

Cues
----
The cues live in the editable codebook (``entry = stance`` rows of
``analysis/data/frame_codebook.tsv``), per language and per category, each category with one
readable weight (see :func:`analysis.framing.load_codebook`):

=========== ====== ==============================================================
category    weight meaning
=========== ====== ==============================================================
hedge       +0.5   "alleged", "so-called", "якобы", "angeblich", reportative conditional
nonfactive  +0.75  "claimed", "allegations", "behauptet"
scare_quote +0.5   a key word of the story in a short quoted phrase ('"gays"', '"secret
                   prisons"'), one per phrase; inside someone's longer quote it is theirs
no_evidence +1.0   "no evidence", "not confirmed", "нет доказательств"
fabrication +2.0   "fake", "provocation", "lies", "there are no gays"
denial      +1.0   "denied", "dismissed": a report of someone's denial, always relayed
factive     -1.0   "documented", "confirmed", "revealed"
rebuttal    -1.5   "despite the denials", "in fact"
attribution +0.15  "according to", "reports of": reported as claims, capped so that
                   attribution alone never goes beyond 'claims'
claim       -0.5   "detained", "tortured": the contested claims; see assertions below
=========== ====== ==============================================================

Two more cue lists are not scored: ``reporting`` verbs ("said", "заявил") mark a narration
sentence as the report of someone's words, and ``negator`` words up to four words before a
factive cue turn it into a no_evidence cue ("have not confirmed").

Method
------
Each cue gets a *voice* (in quoted speech or in the narration, from the quote table) and a
*role*:

- **own**: hedges, non-factive words, scare quotes, factive verbs, rebuttals and attributions
  in the narration are the outlet's own choice of words; so are no_evidence and fabrication
  cues in a narration sentence that attributes them to nobody.
- **relayed**: any cue in quoted speech (direct, partial and indirect spans of the quote
  table), every ``denial`` verb, no_evidence or fabrication cues in a narration sentence with
  a reporting verb ("X said there was no evidence"; not in a relative clause describing the
  speaker before the verb: "X, which published unverified material, said ..."), a
  non-factive word after a speech or denial verb of its sentence ("dismisses the claims",
  "denounces persecution claims": the denier's word), and "these claims" right after a
  sentence that relayed a denial (the word labels the denial, not the reports).

The contested claims themselves are the ``claim`` terms of the codebook (words naming the
abuses: "detained", "tortured", "purge"). A narration sentence that names them without any
hedge, attribution or reporting verb is an **assertion**: the outlet states the abuse as fact
(the ``claim`` weight, -0.5, each). Headline and lead cues count 1.5 times.

Scores, with every weight already multiplied by its position weight:

- ``C``: own claims-level cues, i.e. attribution (at most ``ATTRIBUTION_CAP``) plus hedges,
  non-factive words and scare quotes, together at most ``CLAIMS_CAP``: however often an
  outlet writes "alleged" or "according to", that alone reports claims, it does not deny;
- ``D``: own no_evidence and fabrication cues;
- ``F``: own factive and rebuttal cues plus own assertions (at most ``MAX_ASSERTIONS``);
- ``R``: relayed doubt (non-factive, denial, no_evidence and fabrication cues; a quoted
  hedge is caution, not denial), counted once per sentence at the sentence's highest weight
  but at most ``RELAYED_ACT_WEIGHT`` times the position weight (one relayed denial is one
  act, however many cue words it holds; the speaker's "lies" are not the outlet's);
- ``Fq``: relayed factive cues plus *relayed assertions* (a quoted or attributed sentence
  that names the abuses without any doubt cue: the space given to the claims).

::

    relay = RELAY_WEIGHT / (1 + F + Fq)   # 0.5 when nothing is set against the denials
    doubt = (C + D + relay * R) / (C + D + relay * R + F + RELAY_WEIGHT * Fq + PRIOR)

so ``doubt`` is 0 for a text without cues or with only fact cues, grows with doubt cues and
shrinks with fact cues; claims-level cues alone reach at most 0.5.

Relayed doubt is attributed: a narration with none of the ``ADOPTING`` cues of its own (a
hedge, non-factive word, scare quote, no_evidence or fabrication cue) reports claims at most,
so a ``doubt`` above ``CLAIMS_SQUEEZE`` is squeezed linearly into the band up to
``CLAIMS_CEILING`` (order kept). "Chechen leader denies ..." as a headline relays a denial;
the outlet doubts only when its own words do.

Labels: 'fact' below 0.2, 'claims' below 0.45, 'doubt' below 0.6, 'false' from 0.6 when the
narration itself uses fabrication language, or when it adopts doubt, relays fabrication
("provocation", "slander") and sets no fact of its own against it (else 'doubt'). A
headline's speaker ("Kremlin: no evidence", "No evidence - Peskov") or its own quotation
marks make its cues relayed. Claim words in a fragment of fewer than
``MIN_ASSERTION_WORDS`` words (tag lines, labels) assert nothing, and a cue at the tail of a
hyphenated compound ("deep-fake") is another word.

Two rules keep the outlet's voice apart from its sources'. An article whose narration names
the abuses only in others' words (relayed assertions, and no fact cue of its own) reports
claims: its ``doubt`` is at least ``CLAIMS_FLOOR``, however much space the claims get. And a
paragraph that follows one reporting a denial ("a spokesman denied the reports"), and that
attributes nothing itself, is taken for the denial's text set off as a block without
quotation marks: its no_evidence and fabrication cues are relayed (``BLOCK_QUOTE_CATEGORIES``).

Measured (``analysis.evaluate_frames``): on 56 real articles labelled by hand
(``data/gold/chechnya_dev_framing.jsonl``) the label agrees in 39/56 (36/56 without the two
rules above), within one step of the scale in 56/56, and ``doubt`` ranks doubt/false
articles above fact/claims ones with AUC 0.88; Russian state media and SOTT.net against all
other outlets AUC 0.91. On the fictional sample (31 articles labelled by one colleague) the
label agrees in 24/31 and the AUC is 1.00.

Limits: cues are words, not parsed claims, so a hedge about another matter ("the alleged
attacker") counts too; irony and rhetorical questions are missed; the relay rule depends on
the quote table and on the reporting-verb list to tell the outlet's words from its sources'.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any, cast

import pandas as pd

from analysis.framing import (
    Matcher,
    Unit,
    article_records,
    article_units,
    build_matcher,
    load_codebook,
)
from analysis.schema import ARTICLE_ID, OUTLET, TEXT, require_columns
from analysis.sentiment import quoted_spans, resolve_quotes, split_voices, voice_at
from analysis.text import CLOSING_QUOTES, OPENING_QUOTES

DOUBT_CATEGORIES: tuple[str, ...] = ("hedge", "nonfactive", "scare_quote", "no_evidence")
DENIAL_CATEGORIES: tuple[str, ...] = ("no_evidence", "fabrication", "denial")
FACT_CATEGORIES: tuple[str, ...] = ("factive", "rebuttal")
ALWAYS_RELAYED: frozenset[str] = frozenset({"denial"})
RELAYED_WHEN_ATTRIBUTED: frozenset[str] = frozenset({"no_evidence", "fabrication"})
UNSCORED: frozenset[str] = frozenset({"reporting", "negator", "claim"})
SPEAKERS_WORDS: frozenset[str] = frozenset({"nonfactive"})
"""Categories that belong to the speaker when a speech or denial verb precedes them."""
ADOPTING: tuple[str, ...] = ("hedge", "nonfactive", "scare_quote", "no_evidence", "fabrication")
"""Own cues by which the narration itself takes up doubt; without one, at most 'claims'."""
DEMONSTRATIVES: frozenset[str] = frozenset(
    [
        "these",
        "those",
        "such",
        "this",
        "that",
        "эти",
        "этих",
        "такие",
        "такими",
        "это",
        "ces",
        "cette",
        "ce",
        "tels",
        "telles",
        "diese",
        "solche",
        "dieser",
        "diesen",
        "estas",
        "estos",
        "esas",
        "esos",
        "tales",
        "essas",
        "esses",
        "tais",
        "estas",
        "queste",
        "quelle",
        "tali",
        "disse",
        "sådanne",
    ]
)
"""Words that make a non-factive noun point back at the previous sentence."""
RELAYED_DOUBT: tuple[str, ...] = ("nonfactive", *DENIAL_CATEGORIES)
"""Relayed categories that count as relayed doubt: a quoted hedge is caution, not denial."""
MIN_ASSERTION_WORDS = 4
SCARE_QUOTE_WORDS = 3
SCARE_QUOTE_CHARS = 30
"""A quoted span this much longer than a scare-quoted word is someone's speech around it."""
"""Longest quoted phrase (in words) whose key word counts as a scare quote."""
"""Fewer words than this (tags, labels, captions' fragments) assert nothing."""
CLAIMS_CEILING = 0.44
CLAIMS_SQUEEZE = 0.3
"""Highest ``doubt`` of an article whose narration only relays doubt (see the docstring)."""
BLOCK_QUOTE_CATEGORIES: frozenset[str] = frozenset({"no_evidence", "fabrication"})
"""Own cue categories that an unmarked block quote after a reported denial hands back."""
CLAIMS_FLOOR = 0.25
"""Lowest ``doubt`` of an article whose narration names the abuses only in others' words."""
RELAYED_ACT_WEIGHT = 1.0
"""Most a relayed sentence counts (times its position weight): one act of denial."""

STANCE_POSITION_WEIGHTS = {"headline": 1.5, "lead": 1.5, "body": 1.0}
RELAY_WEIGHT = 0.5
CLAIMS_CATEGORIES: tuple[str, ...] = ("attribution", "hedge", "nonfactive", "scare_quote")
CLAIMS_CAP = 1.0
ATTRIBUTION_CAP = 0.5
ASSERTION_WEIGHT = -0.5
MAX_ASSERTIONS = 6
PRIOR = 1.0
NEGATION_WINDOW = 4
LABEL_THRESHOLDS: tuple[tuple[float, str], ...] = (
    (0.2, "fact"),
    (0.45, "claims"),
    (0.6, "doubt"),
)
STANCE_LABELS: tuple[str, ...] = ("fact", "claims", "doubt", "false")

CUE_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    OUTLET,
    "field",
    "sentence",
    "position",
    "cue",
    "category",
    "start",
    "end",
    "voice",
    "role",
    "negated",
    "weight",
)
STANCE_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    OUTLET,
    "doubt",
    "stance",
    "n_cues",
    "n_own",
    "n_relayed",
    "n_assertions",
    "doubt_own",
    "doubt_relayed",
    "fact_own",
    "evidence",
)

_QUOTE_MARKS = set(OPENING_QUOTES + CLOSING_QUOTES + "`")
_WORD = re.compile(r"\w+")


def stance_cues(
    articles: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    codebook: pd.DataFrame | None = None,
    indirect: bool = True,
) -> pd.DataFrame:
    """List every stance cue of every article with its voice, role and weight.

    Parameters
    ----------
    articles
        The article table (``article_id``, ``text``; ``title``, ``language``, ``outlet`` if
        present; the language picks the codebook's cue terms, all languages when unknown).
    quotes
        The quote table of these articles; extracted with ``analysis.extract_quotes`` when
        None.
    codebook
        A codebook from :func:`analysis.framing.load_codebook`; default: the shipped one.
    indirect
        Whether reported speech counts as quoted speech.

    Returns
    -------
    pandas.DataFrame
        One row per cue (scored categories, plus ``assertion`` rows for narration sentences
        that state the abuses unhedged), in text order: ``article_id`` (str), ``outlet`` (str
        or NA), ``field`` ('title' | 'text'), ``sentence`` (int, -1 for the title),
        ``position`` ('headline' | 'lead' | 'body'), ``cue`` (str, the words as they appear),
        ``category`` (str), ``start``/``end`` (int, offsets into the field), ``voice``
        ('narration' | 'quoted'), ``role`` ('own' | 'relayed'), ``negated`` (bool, a factive
        cue turned into no_evidence by a preceding negator) and ``weight`` (float: category
        weight times the position weight; positive = toward doubt).
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    book = load_codebook() if codebook is None else codebook
    cues = build_matcher(book, entry="stance")
    spans = quoted_spans(resolve_quotes(articles, quotes), indirect=indirect)
    rows: list[dict[str, Any]] = []
    for record in article_records(articles):
        rows.extend(_article_cues(record, cues, spans.get(str(record["article_id"]), [])))
    return pd.DataFrame(rows, columns=list(CUE_COLUMNS)).astype(
        {"sentence": "int64", "start": "int64", "end": "int64", "weight": "float64"}
    )


def _article_cues(
    record: dict[str, Any], cues: Matcher, q_spans: list[tuple[int, int]]
) -> list[dict[str, Any]]:
    units = article_units(record["text"], record["title"])
    rows: list[dict[str, Any]] = []
    for field_name, field_text in (("title", record["title"]), ("text", record["text"])):
        if not isinstance(field_text, str):
            continue
        field_units = [u for u in units if u.field == field_name]
        spans = [] if field_name == "title" else q_spans
        hits = cues.find(field_text, record["language"])
        previous: list[dict[str, Any]] = []
        previous_end = 0
        block = False  # inside paragraphs that follow a reported denial without marks
        continued = False
        for unit in field_units:
            found = _unit_cues(record, field_name, field_text, unit, spans, hits, cues)
            _anaphoric_to_relayed(field_text, found, previous)
            if "\n" in field_text[previous_end : unit.start]:
                block = _reports_denial(previous) or (block and continued)
                continued = False
            if block:
                continued = _block_quote_to_relayed(found) or continued
            rows.extend(found)
            previous = found
            previous_end = unit.end
    return rows


def _reports_denial(rows: list[dict[str, Any]]) -> bool:
    """Whether a sentence reports someone's denial in the narration ("a spokesman denied")."""
    return any(r["category"] == "denial" and r["voice"] == "narration" for r in rows)


def _block_quote_to_relayed(rows: list[dict[str, Any]]) -> bool:
    """Hand the denial words of an unmarked block quote to the speaker of the denial before it.

    A paragraph that follows one ending with a reported denial, and that does not attribute
    anything itself, is the denial's text set off as a block without quotation marks (as
    many sites print quotations): its "no evidence" and "fake" words are the speaker's.
    Returns whether any cue was handed over (the block may go on in the next paragraph).
    """
    if any(r["category"] == "attribution" and r["role"] == "own" for r in rows):
        return False
    handed = False
    for row in rows:
        if row["role"] == "own" and row["category"] in BLOCK_QUOTE_CATEGORIES:
            row["role"] = "relayed"
            handed = True
    return handed


def _anaphoric_to_relayed(
    text: str, rows: list[dict[str, Any]], previous: list[dict[str, Any]]
) -> None:
    """Hand "these claims" to the speaker when the sentence before relayed a denial.

    A demonstrative before a non-factive noun ("These claims, from a government ...") points
    back at what the previous sentence said; when that was a relayed denial the word labels
    the denial, not the reports of abuse.
    """
    if not any(r["role"] == "relayed" and r["category"] in DENIAL_CATEGORIES for r in previous):
        return
    for row in rows:
        if row["category"] in SPEAKERS_WORDS and row["role"] == "own":
            before = _WORD.findall(text[max(0, row["start"] - 20) : row["start"]])
            if before and before[-1].lower() in DEMONSTRATIVES:
                row["role"] = "relayed"


def _inside(unit: Unit, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    return [h for h in found if unit.start <= h[0] < unit.end]


def _unit_cues(
    record: dict[str, Any],
    field_name: str,
    text: str,
    unit: Unit,
    q_spans: list[tuple[int, int]],
    hits: dict[str, list[tuple[int, int, str]]],
    cues: Matcher,
) -> list[dict[str, Any]]:
    local = {name: _inside(unit, found) for name, found in hits.items()}
    if unit.position == "headline":  # a headline's own quotation marks mark quoted words
        q_spans = sorted([*q_spans, *_headline_quotes(text, unit.start, unit.end)])

    def in_narration(start: int, end: int) -> bool:
        return voice_at(q_spans, start, end) == "narration"

    reporting = [h for h in local.get("reporting", []) if in_narration(h[0], h[1])]
    negators = local.get("negator", [])
    sentence = text[unit.start : unit.end]
    denials = [h for h in local.get("denial", []) if in_narration(h[0], h[1])]
    # candidate cues, longest first; overlapping shorter ones are dropped
    candidates = [
        (s, e, w, name)
        for name, found in local.items()
        if name not in UNSCORED
        for s, e, w in found
        if (name != "scare_quote" or _in_quote_marks(text, s, e)) and not _in_compound(text, s)
    ]
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    kept: list[tuple[int, int, str, str]] = []
    for cand in candidates:
        if all(cand[1] <= k[0] or cand[0] >= k[1] for k in kept):
            kept.append(cand)
    kept.sort()
    # one scare quote per quoted phrase: '"gay purge"' is one choice of words, not two
    kept = [
        k
        for i, k in enumerate(kept)
        if k[3] != "scare_quote"
        or not any(
            p[3] == "scare_quote" and not any(c in _QUOTE_MARKS for c in text[p[1] : k[0]])
            for p in kept[:i]
        )
    ]
    # a reporting verb inside a cue ("so-called") is part of that cue
    reporting = [h for h in reporting if all(h[1] <= k[0] or h[0] >= k[1] for k in kept)]
    attributed = bool(reporting) or bool(denials)
    if field_name == "title" and not attributed:
        attributed = _headline_attributed(sentence, [k[0] - unit.start for k in kept])
    position_weight = STANCE_POSITION_WEIGHTS[unit.position]
    # a speech or denial verb of the narration hands what follows it to its speaker:
    # "dismissed the claims", "denounces gay persecution claims" use the denier's word
    speech_starts = [h[0] for h in (*reporting, *denials)]
    rows = []
    own_doubt_or_attribution = False
    for start, end, word, category in kept:
        negated = False
        if category == "factive" and _negated(text, unit.start, start, negators):
            category, negated = "no_evidence", True
        voice = voice_at(q_spans, start, end)
        if category == "scare_quote" and not _inside_longer_quote(q_spans, start, end):
            voice = "narration"  # the quote table's partial quote is the narration's marks
        relayed = (
            voice == "quoted"
            or category in ALWAYS_RELAYED
            or (
                category in RELAYED_WHEN_ATTRIBUTED
                and attributed
                and not _describes_speaker(text, unit.start, start, reporting)
            )
            or (category in SPEAKERS_WORDS and any(s < start for s in speech_starts))
        )
        role = "relayed" if relayed else "own"
        if role == "own" and category in (*DOUBT_CATEGORIES, "attribution", "fabrication"):
            own_doubt_or_attribution = True
        rows.append(
            _cue_row(record, field_name, unit, word, category, start, end, voice, role)
            | {"negated": negated, "weight": cues.weights[category] * position_weight}
        )
    # a sentence naming the abuses without any doubt cue asserts them: in the outlet's own
    # voice when unattributed, else as relayed testimony (the space given to the claims)
    doubted = any(r["category"] in (*DOUBT_CATEGORIES, *DENIAL_CATEGORIES) for r in rows)
    abuse_here = local.get("claim", [])
    assertion_weight = cues.weights.get("claim", ASSERTION_WEIGHT) * position_weight
    own_abuse = [h for h in abuse_here if in_narration(h[0], h[1])]
    if len(_WORD.findall(sentence)) < MIN_ASSERTION_WORDS:  # a tag line or label states nothing
        own_abuse, abuse_here = [], []
    if own_abuse and not attributed and not own_doubt_or_attribution:
        start, end, word = own_abuse[0]
        rows.append(
            _cue_row(record, field_name, unit, word, "assertion", start, end, "narration", "own")
            | {"negated": False, "weight": assertion_weight}
        )
    elif abuse_here and not doubted:
        start, end, word = abuse_here[0]
        voice = voice_at(q_spans, start, end)
        rows.append(
            _cue_row(record, field_name, unit, word, "assertion", start, end, voice, "relayed")
            | {"negated": False, "weight": assertion_weight}
        )
    rows.sort(key=lambda r: r["start"])
    return rows


def _headline_attributed(headline: str, cue_starts: list[int]) -> bool:
    """Whether a headline gives a speaker: "Peskov: no proof" or "No proof - Peskov".

    The speaker part starts with a capital and has at most four words before a colon (three
    after a final dash), and no cue sits in it: "Fake news busted: ..." is the outlet's own
    verdict, not an attribution.
    """
    colon = re.search(r"\s*[:|]\s+", headline)
    if colon is not None:
        speaker = headline[: colon.start()]
        if _is_speaker(speaker, 4) and not any(s < colon.start() for s in cue_starts):
            return True
    dash = re.search(r"\s+[-–—]\s+(?=[^-–—]*$)", headline)
    if dash is not None:
        speaker = headline[dash.end() :]
        return _is_speaker(speaker, 3) and not any(s >= dash.end() for s in cue_starts)
    return False


def _is_speaker(words: str, most: int) -> bool:
    found = _WORD.findall(words)
    return 0 < len(found) <= most and found[0][0].isupper()


def _cue_row(
    record: dict[str, Any],
    field_name: str,
    unit: Unit,
    word: str,
    category: str,
    start: int,
    end: int,
    voice: str,
    role: str,
) -> dict[str, Any]:
    return {
        ARTICLE_ID: record["article_id"],
        OUTLET: record["outlet"],
        "field": field_name,
        "sentence": unit.index,
        "position": unit.position,
        "cue": word,
        "category": category,
        "start": start,
        "end": end,
        "voice": voice,
        "role": role,
    }


_HEADLINE_QUOTE = re.compile(
    r"“[^”]+”|«[^»]+»|„[^“”]+[“”]|(?<!\w)‘[^’]+’(?!\w)|(?<!\w)\"[^\"]+\"(?!\w)|(?<!\w)'[^']+'(?!\w)"
)


def _headline_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans inside quotation marks in a headline (quote tables often leave headlines out)."""
    return [(m.start() + 1, m.end() - 1) for m in _HEADLINE_QUOTE.finditer(text, start, end)]


_RELATIVE = re.compile(
    r",\s+(?:which|who|whose|que|qui|который|которая|которое|которые|der|die|das)\b", re.IGNORECASE
)


def _describes_speaker(
    text: str, sentence_start: int, start: int, reporting: list[tuple[int, int, str]]
) -> bool:
    """Whether a cue sits in a relative clause about the speaker, before the speech verb.

    "The paper, which has published unverified material, called the film ...": the clause
    between commas describes the speaker in the outlet's own words.
    """
    clause = None
    for m in _RELATIVE.finditer(text, sentence_start, start):
        clause = m
    if clause is None or "," in text[clause.end() : start]:
        return False
    close = text.find(",", start)
    return close >= 0 and all(r[0] > close for r in reporting)


def _inside_longer_quote(q_spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a quoted span holds more than the few words around ``start:end``."""
    return any(
        s <= start and end <= e and (e - s) > (end - start) + SCARE_QUOTE_CHARS for s, e in q_spans
    )


def _in_compound(text: str, start: int) -> bool:
    """Whether a cue is the tail of a hyphenated compound ("deep-fake"): another word."""
    return start >= 2 and text[start - 1] in "-‐" and text[start - 2].isalpha()


def _in_quote_marks(text: str, start: int, end: int) -> bool:
    """Whether the words sit in a short quoted phrase: '"gays"', '"secret prisons"'.

    The phrase between the marks holds at most ``SCARE_QUOTE_WORDS`` words, so a quoted
    statement ("We don't have gays") is not a scare quote.
    """
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    # a mark inside a word is an apostrophe ("don't"), not a quotation mark
    opening = max(
        (i for i, c in enumerate(before) if c in _QUOTE_MARKS and not before[i - 1 : i].isalnum()),
        default=-1,
    )
    closing = next(
        (
            i
            for i, c in enumerate(after)
            if c in _QUOTE_MARKS and not after[i + 1 : i + 2].isalnum()
        ),
        -1,
    )
    if opening < 0 or closing < 0:
        return False
    inner = before[opening + 1 :] + text[start:end] + after[:closing]
    if any(m in inner for m in _QUOTE_MARKS) or inner != inner.strip():
        return False
    return len(_WORD.findall(inner)) <= SCARE_QUOTE_WORDS


def _negated(
    text: str, sentence_start: int, start: int, negators: list[tuple[int, int, str]]
) -> bool:
    for n_start, n_end, _ in negators:
        if sentence_start <= n_start and n_end <= start:
            between = _WORD.findall(text[n_end:start])
            if len(between) < NEGATION_WINDOW:
                return True
    return False


def _label(doubt: float, own_fabrication: bool) -> str:
    for threshold, label in LABEL_THRESHOLDS:
        if doubt < threshold:
            return label
    return "false" if own_fabrication else "doubt"


def score_stance(
    articles: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    codebook: pd.DataFrame | None = None,
    cues: pd.DataFrame | None = None,
    indirect: bool = True,
) -> pd.DataFrame:
    """Score how far each article's own narration casts doubt on the reports of abuse.

    Parameters
    ----------
    articles
        The article table (``article_id``, ``text``; ``title``, ``language``, ``outlet``).
    quotes
        The quote table; extracted with ``analysis.extract_quotes`` when None.
    codebook
        A codebook from :func:`analysis.framing.load_codebook`; default: the shipped one.
    cues
        A precomputed :func:`stance_cues` table for these articles (saves recomputing it).
    indirect
        Whether reported speech counts as quoted speech.

    Returns
    -------
    pandas.DataFrame
        One row per article, in input order: ``article_id`` (str), ``outlet`` (str or NA),
        ``doubt`` (float in [0, 1): 0 = states the abuse reports as fact or says nothing
        about them, toward 1 = calls them false; see the module docstring), ``stance``
        ('fact' | 'claims' | 'doubt' | 'false'), ``n_cues`` (int, scored cues, assertions
        included), ``n_own`` and ``n_relayed`` (int, by role), ``n_assertions`` (int, own assertions),
        ``doubt_own`` (float, D + A), ``doubt_relayed`` (float, relay * R), ``fact_own``
        (float, F) and ``evidence`` (list of dicts ``{"cue", "category", "start", "end",
        "field", "voice", "role", "weight"}``).

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "language": ["en"],
    ...     "text": ["The so-called purge is a fake story invented by foreign agents."]})
    >>> no_quotes = pd.DataFrame({"article_id": [], "kind": [], "start": [], "end": []})
    >>> score_stance(arts, quotes=no_quotes)["stance"].item()
    'false'
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    table = (
        stance_cues(articles, quotes=quotes, codebook=codebook, indirect=indirect)
        if cues is None
        else cues
    )
    by_article: dict[object, list[dict[str, Any]]] = {}
    records = cast("list[dict[str, Any]]", table.to_dict("records"))
    for cue in records:
        by_article.setdefault(cue[ARTICLE_ID], []).append(cue)
    rows = [
        _stance_row(record, by_article.get(record["article_id"], []))
        for record in article_records(articles)
    ]
    return pd.DataFrame(rows, columns=list(STANCE_COLUMNS)).astype(
        {"n_cues": "int64", "n_own": "int64", "n_relayed": "int64", "n_assertions": "int64"}
    )


def _stance_row(record: dict[str, Any], cues: list[dict[str, Any]]) -> dict[str, Any]:
    def total(rows: list[dict[str, Any]], categories: Sequence[str]) -> float:
        return float(sum(r["weight"] for r in rows if r["category"] in categories))

    own_all = [c for c in cues if c["role"] == "own"]
    relayed_all = [c for c in cues if c["role"] == "relayed"]
    # at most MAX_ASSERTIONS assertions count, per role
    assertions = [c for c in own_all if c["category"] == "assertion"][:MAX_ASSERTIONS]
    relayed_assertions = [c for c in relayed_all if c["category"] == "assertion"]
    relayed_assertions = relayed_assertions[:MAX_ASSERTIONS]
    kept = {id(c) for c in assertions + relayed_assertions}
    scored = [c for c in cues if c["category"] != "assertion" or id(c) in kept]
    own = [c for c in scored if c["role"] == "own"]
    relayed = [c for c in scored if c["role"] == "relayed"]
    attribution = min(total(own, ("attribution",)), ATTRIBUTION_CAP)
    claims = min(attribution + total(own, CLAIMS_CATEGORIES[1:]), CLAIMS_CAP)
    doubt_own = claims + total(own, DENIAL_CATEGORIES)
    fact_own = -total(own, (*FACT_CATEGORIES, "assertion"))
    # a relayed denial is one act per sentence, however many cue words it holds
    # and the speaker's vehemence ("lies", "provocation") is not the outlet's: each relayed
    # sentence counts at most as one denial at its position
    per_sentence: dict[tuple[str, int], float] = {}
    for c in relayed:
        if c["category"] in RELAYED_DOUBT:
            key = (c["field"], c["sentence"])
            cap = RELAYED_ACT_WEIGHT * STANCE_POSITION_WEIGHTS.get(c["position"], 1.0)
            per_sentence[key] = max(per_sentence.get(key, 0.0), min(c["weight"], cap))
    relayed_doubt = float(sum(per_sentence.values()))
    relayed_fact = -total(relayed, (*FACT_CATEGORIES, "assertion"))
    relay = RELAY_WEIGHT / (1.0 + fact_own + relayed_fact)
    numerator = doubt_own + relay * relayed_doubt
    doubt = numerator / (numerator + fact_own + RELAY_WEIGHT * relayed_fact + PRIOR)
    # relayed doubt is attributed: without a doubt cue of its own the narration reports claims
    adopts = any(c["category"] in ADOPTING for c in own)
    if not adopts and doubt > CLAIMS_SQUEEZE:
        # squeezed into the top of the 'claims' band, order kept
        span = CLAIMS_CEILING - CLAIMS_SQUEEZE
        doubt = CLAIMS_SQUEEZE + span * (doubt - CLAIMS_SQUEEZE) / (1.0 - CLAIMS_SQUEEZE)
    # abuses named only in others' words, and never in the outlet's own: reported as claims
    attributed_only = fact_own == 0 and bool(relayed_assertions)
    if attributed_only:
        doubt = max(doubt, CLAIMS_FLOOR)
    # 'false' needs the outlet's own fabrication language, or relayed fabrication that the
    # narration takes up (an own doubt cue) with nothing set against it
    fabricated = any(c["category"] == "fabrication" for c in own) or (
        adopts and fact_own == 0 and any(c["category"] == "fabrication" for c in relayed)
    )
    evidence = [
        {
            "cue": c["cue"],
            "category": c["category"],
            "start": int(c["start"]),
            "end": int(c["end"]),
            "field": c["field"],
            "voice": c["voice"],
            "role": c["role"],
            "weight": float(c["weight"]),
        }
        for c in scored
    ]
    return {
        ARTICLE_ID: record["article_id"],
        OUTLET: record["outlet"],
        "doubt": doubt,
        "stance": _label(doubt, fabricated),
        "n_cues": len(scored),
        "n_own": len(own),
        "n_relayed": len(relayed),
        "n_assertions": len(assertions),
        "doubt_own": doubt_own,
        "doubt_relayed": relay * relayed_doubt,
        "fact_own": fact_own,
        "evidence": evidence,
    }


def denial_measure(
    articles: pd.DataFrame,
    *,
    quotes: pd.DataFrame | None = None,
    codebook: pd.DataFrame | None = None,
    cues: pd.DataFrame | None = None,
    indirect: bool = True,
) -> pd.DataFrame:
    """Count denial and contestation cues per article, in the narration and in quotes.

    Parameters
    ----------
    articles
        The article table.
    quotes, codebook, indirect
        As in :func:`score_stance`.
    cues
        A precomputed :func:`stance_cues` table for these articles.

    Returns
    -------
    pandas.DataFrame
        One row per article, in input order: ``article_id`` (str), ``outlet`` (str or NA),
        ``n_words_narration`` and ``n_words_quoted`` (int), ``n_denial_narration`` and
        ``n_denial_quoted`` (int, denial verbs, no-evidence and fabrication cues: the
        outlet's narration may still be *reporting* a denial, see ``role`` in
        :func:`stance_cues`), ``n_fabrication_narration``, ``n_fabrication_quoted`` (int),
        ``n_hedge_narration``, ``n_hedge_quoted`` (int, hedges, non-factive words and scare
        quotes), ``n_fact_narration``, ``n_fact_quoted`` (int, factive and rebuttal cues) and
        ``denial_per_1000_words`` (float, all denial cues per 1,000 words).
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    if cues is None:
        quotes = resolve_quotes(articles, quotes)
        cues = stance_cues(articles, quotes=quotes, codebook=codebook, indirect=indirect)
    spans = quoted_spans(resolve_quotes(articles, quotes), indirect=indirect)
    groups = {
        "denial": DENIAL_CATEGORIES,
        "fabrication": ("fabrication",),
        "hedge": ("hedge", "nonfactive", "scare_quote"),
        "fact": FACT_CATEGORIES,
    }
    by_article = {k: g for k, g in cues.groupby(ARTICLE_ID, sort=False)}
    rows = []
    for record in article_records(articles):
        voices = split_voices(record["text"], spans.get(str(record["article_id"]), []))
        words = {
            v: sum(len(_WORD.findall(record["text"][s:e])) for s, e in segs)
            for v, segs in voices.items()
        }
        g = by_article.get(record["article_id"], pd.DataFrame(columns=list(CUE_COLUMNS)))
        row: dict[str, Any] = {
            ARTICLE_ID: record["article_id"],
            OUTLET: record["outlet"],
            "n_words_narration": words["narration"],
            "n_words_quoted": words["quoted"],
        }
        for name, categories in groups.items():
            for voice in ("narration", "quoted"):
                row[f"n_{name}_{voice}"] = int(
                    (g["category"].isin(categories) & (g["voice"] == voice)).sum()
                )
        total_words = words["narration"] + words["quoted"]
        n_denial = row["n_denial_narration"] + row["n_denial_quoted"]
        row["denial_per_1000_words"] = 1000 * n_denial / total_words if total_words else math.nan
        rows.append(row)
    columns = [
        ARTICLE_ID,
        OUTLET,
        "n_words_narration",
        "n_words_quoted",
        *(f"n_{name}_{voice}" for name in groups for voice in ("narration", "quoted")),
        "denial_per_1000_words",
    ]
    return pd.DataFrame(rows, columns=columns)


def stance_by_outlet(stance: pd.DataFrame, *, by: Sequence[str] = (OUTLET,)) -> pd.DataFrame:
    """Aggregate :func:`score_stance` per outlet (or other grouping).

    Parameters
    ----------
    stance
        The output of :func:`score_stance` (extra grouping columns may be merged in).
    by
        Grouping columns.

    Returns
    -------
    pandas.DataFrame
        One row per group, in order of appearance: the ``by`` columns, ``n_articles`` (int),
        ``mean_doubt`` and ``max_doubt`` (float), ``n_fact``, ``n_claims``, ``n_doubt``,
        ``n_false`` (int, articles per label) and ``n_cues`` (int, summed cues): counts sit
        beside the mean so one article never looks like a trend.
    """
    require_columns(stance, [*by, ARTICLE_ID, "doubt", "stance", "n_cues"], what="stance")
    rows = []
    for key, group in stance.groupby(list(by), dropna=False, sort=False):
        row = dict(zip(by, key if isinstance(key, tuple) else (key,), strict=True))
        row |= {
            "n_articles": int(group[ARTICLE_ID].nunique()),
            "mean_doubt": float(group["doubt"].mean()),
            "max_doubt": float(group["doubt"].max()),
        }
        row |= {f"n_{label}": int((group["stance"] == label).sum()) for label in STANCE_LABELS}
        row["n_cues"] = int(group["n_cues"].sum())
        rows.append(row)
    columns = [*by, "n_articles", "mean_doubt", "max_doubt"]
    columns += [f"n_{label}" for label in STANCE_LABELS] + ["n_cues"]
    return pd.DataFrame(rows, columns=columns)


def denial_by_outlet(denial: pd.DataFrame, *, by: Sequence[str] = (OUTLET,)) -> pd.DataFrame:
    """Sum :func:`denial_measure` counts per outlet (or other grouping).

    Returns
    -------
    pandas.DataFrame
        One row per group, in order of appearance: the ``by`` columns, ``n_articles`` (int),
        every ``n_*`` count of :func:`denial_measure` summed (int), and
        ``denial_per_1000_words`` (float, over the group's words).
    """
    counts = [c for c in denial.columns if c.startswith("n_")]
    require_columns(denial, [*by, ARTICLE_ID, *counts], what="denial measure")
    grouped = denial.groupby(list(by), dropna=False, sort=False)
    out = grouped[counts].sum().reset_index()
    out.insert(len(by), "n_articles", grouped[ARTICLE_ID].nunique().to_numpy())
    words = out["n_words_narration"] + out["n_words_quoted"]
    denial_total = out["n_denial_narration"] + out["n_denial_quoted"]
    return out.assign(denial_per_1000_words=1000 * denial_total / words.where(words > 0))
