"""Frames: which aspects of the story each article emphasises, traced to the words.

The codebook
------------
``analysis/data/frame_codebook.tsv`` holds, for each frame, its parent generic dimension, a
one-line definition and cue terms per language; the same file holds the stance cues read by
:mod:`analysis.stance`. The generic frames are the 14 dimensions of the Policy Frames Codebook
(Boydstun, Gross, Resnik and Smith 2014; used for the Media Frames Corpus, Card et al. 2015);
the story frames of the Chechnya case study nest inside them (human_rights_abuse in
crime_punishment, denial_fabrication in political, victims_testimony in quality_of_life,
international_pressure in external_regulation_reputation, lgbt_rights in fairness_equality,
religion_tradition in cultural_identity, media_freedom in legality), so two
stories compare at the generic level. :func:`load_codebook` reads and validates it.

Method
------
A frame is *cued* in a sentence when one of its terms (for the article's language) occurs
there. The unit is the sentence and a frame counts once per sentence and voice, however many
of its terms the sentence repeats, so one long list of abuses does not outweigh the rest of
the article. What a careful reader notices first weighs more: the headline (the ``title``, or
the first line when it repeats the title) counts 2, the lead (the first two sentences of at
least eight words) 1.5, any other sentence 1; a second distinct term in the same sentence
adds half. A story frame is *present* in an article when one sentence cues it; a generic
dimension, whose cue words ("law", "politics") turn up in any news text, needs a score of 2
(a headline, or a lead sentence plus another, or two body sentences). The denial frame is
also cued by the codebook's stance cues of denial, "no evidence" (a negated factive
included: "have not confirmed") and fabrication (``FRAME_STANCE_CUES``). Every row carries
its evidence: the matched words with their offsets.

The *dominant* frame is the one a reader would name: what most of the article, headline and
lead first, is about. Each sentence belongs to its *head* frame, the competing frame cued
first in it ("Officials deny that men were tortured" is about the denial, the abuse is what
is denied; a frame cued later gets ``SUBORDINATE_SHARE`` = 0 of the sentence), and a frame
scores the sentences it heads, a headline 3, a lead sentence 2 and any other 1
(``DOMINANCE_WEIGHTS``). Every present frame competes, generic dimensions included ("a
court heard the complaint" makes a legality story), except a generic dimension whose own
story frame is present (crime_punishment's "police" next to human_rights_abuse: the story
frame says what the police did). Ties go to the more specific frame, the one present in
fewer of the articles analysed together, then to the frame cued first.

Measured against readers (``analysis.evaluate_frames``): on 56 real articles labelled by hand
(``data/gold/chechnya_dev_framing.jsonl``) the dominant frame is right in 32/56 (25/56 with
story frames only and every cued sentence counted for every frame in it) and frame presence
has macro-F1 0.46, micro-F1 0.64 (0.44 and 0.61 before the denial cues were shared and
organisation names such as "LGBT Network" stopped cueing the LGBT-rights frame); on the
fictional sample 18/31 and macro-F1 0.62 (18/31 and 0.63 before). Letting a generic
dimension count only the sentences its story frames leave (for presence) lowered macro-F1 on
both sets, so it is not done.

Limits: cue terms are matched as words, without syntax, so "not a crackdown" cues the
human-rights frame like "a crackdown". A frame a reader infers without any cue word is
missed. Terms for languages other than English are hand-written and shorter. Page furniture
(captions, teasers) counts as text unless it has been removed beforehand.
"""

from __future__ import annotations

import bisect
import csv
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from analysis.config import PACKAGE_DATA_DIR
from analysis.schema import ARTICLE_ID, LANGUAGE, OUTLET, TEXT, TITLE, outlet_name, require_columns
from analysis.sentiment import quoted_spans, resolve_quotes, voice_at
from analysis.text import sentence_spans

CODEBOOK_PATH = PACKAGE_DATA_DIR / "frame_codebook.tsv"
"""The frame and stance codebook shipped with the package."""

CODEBOOK_FILE_COLUMNS: tuple[str, ...] = (
    "entry",
    "name",
    "parent",
    "weight",
    "language",
    "terms",
    "definition",
)
CODEBOOK_COLUMNS: tuple[str, ...] = (
    "entry",
    "name",
    "parent",
    "weight",
    "language",
    "term",
    "definition",
)
ENTRIES: frozenset[str] = frozenset({"frame", "stance"})

GENERIC_FRAMES: tuple[str, ...] = (
    "economic",
    "capacity_resources",
    "morality",
    "fairness_equality",
    "legality",
    "policy_prescription",
    "crime_punishment",
    "security_defence",
    "health_safety",
    "quality_of_life",
    "cultural_identity",
    "public_opinion",
    "political",
    "external_regulation_reputation",
)
"""The Policy Frames Codebook's generic dimensions (its 15th, 'other', is what is left)."""

STORY_FRAMES: tuple[str, ...] = (
    "human_rights_abuse",
    "denial_fabrication",
    "victims_testimony",
    "international_pressure",
    "lgbt_rights",
    "religion_tradition",
    "media_freedom",
)
"""The story frames of the Chechnya case study shipped in the codebook."""

FRAME_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    OUTLET,
    "field",
    "sentence",
    "start",
    "end",
    "position",
    "frame",
    "parent",
    "voice",
    "score",
    "evidence",
)

POSITION_WEIGHTS: Mapping[str, float] = {"headline": 2.0, "lead": 1.5, "body": 1.0}
"""How much a cued sentence counts, by where it sits."""

LEAD_SENTENCES = 2
LEAD_MIN_WORDS = 8
SECOND_TERM_BONUS = 0.5
MIN_SCORE_STORY = 1.0
"""Default score an article needs for a story frame to count as present (one cued sentence)."""
MIN_SCORE_GENERIC = 2.0
"""Default for a generic dimension, whose cue words are common in any news text."""

DOMINANCE_WEIGHTS: Mapping[str, float] = {"headline": 3.0, "lead": 2.0, "body": 1.0}
"""What one cued sentence counts toward the dominant frame, by where it sits."""
FRAME_STANCE_CUES: Mapping[str, tuple[str, ...]] = {
    "denial_fabrication": ("denial", "no_evidence", "fabrication"),
}
"""Stance cue categories of the codebook that also cue a frame: a denial, a "no evidence" or
a "fake" is the denial frame whichever list of the codebook holds the word."""
SUBORDINATE_SHARE = 0.0
"""Share of a sentence's dominance weight for a frame cued after another one in it."""

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_WORD = re.compile(r"\w+")
Span = tuple[int, int]


# --------------------------------------------------------------------------------------------
# codebook


def load_codebook(path: str | Path | None = None) -> pd.DataFrame:
    """Read and validate a frame and stance codebook.

    Parameters
    ----------
    path
        A tab-separated file with the columns of :data:`CODEBOOK_FILE_COLUMNS`, terms
        separated by ``;`` (its header comment documents the format). Default: the codebook
        shipped in ``analysis/data/``.

    Returns
    -------
    pandas.DataFrame
        One row per term: ``entry`` ('frame' | 'stance'), ``name`` (str), ``parent`` (str:
        the generic dimension of a story frame, the frame itself for a generic one, '' for
        stance cues), ``weight`` (float, NaN for frames), ``language`` (str), ``term`` (str,
        as written) and ``definition`` (str, the name's definition on every row).

    Raises
    ------
    ValueError
        Naming the file line of a malformed row: unknown entry, bad name or language code,
        no terms, a parent that is not a generic frame of the file, a frame whose parent or a
        cue category whose weight differs between rows, a missing weight, or a name without
        any definition.

    Examples
    --------
    >>> book = load_codebook()
    >>> sorted(book.loc[book["entry"] == "frame", "name"].unique())[:2]
    ['capacity_resources', 'crime_punishment']
    """
    path = Path(path) if path is not None else CODEBOOK_PATH
    with path.open(encoding="utf-8", newline="") as handle:
        numbered = [
            (n, line)
            for n, line in enumerate(handle, 1)
            if line.strip() and not line.startswith("#")
        ]
    if not numbered:
        raise ValueError(f"{path}: no header line")
    header = [h.strip() for h in next(csv.reader([numbered[0][1]], delimiter="\t"))]
    if tuple(header) != CODEBOOK_FILE_COLUMNS:
        raise ValueError(f"{path}: header must be {list(CODEBOOK_FILE_COLUMNS)}, found {header}")
    rows: list[dict[str, Any]] = []
    parents: dict[tuple[str, str], tuple[str, int]] = {}
    weights: dict[str, tuple[float, int]] = {}
    definitions: dict[tuple[str, str], str] = {}
    for number, line in numbered[1:]:
        cells = [c.strip() for c in next(csv.reader([line], delimiter="\t", quoting=3))]
        cells += [""] * (len(CODEBOOK_FILE_COLUMNS) - len(cells))
        entry, name, parent, weight_text, language, terms_text, definition = cells[:7]
        where = f"{path}:{number}"
        if entry not in ENTRIES:
            raise ValueError(f"{where}: entry must be one of {sorted(ENTRIES)}, got {entry!r}")
        if not _NAME.match(name):
            raise ValueError(f"{where}: name must be snake_case, got {name!r}")
        if not _LANGUAGE.match(language):
            raise ValueError(f"{where}: language must be an ISO 639 code, got {language!r}")
        terms = [t.strip() for t in terms_text.split(";") if t.strip()]
        if not terms:
            raise ValueError(f"{where}: no terms")
        bad = [t for t in terms if t.replace("*", "").strip() == "" or "**" in t]
        if bad:
            raise ValueError(f"{where}: malformed term(s) {bad}")
        weight = math.nan
        if entry == "frame":
            previous = parents.setdefault((entry, name), (parent, number))
            if previous[0] != parent:
                raise ValueError(
                    f"{where}: frame {name!r} has parent {parent!r} here but "
                    f"{previous[0]!r} on line {previous[1]}"
                )
        else:
            try:
                weight = float(weight_text)
            except ValueError:
                raise ValueError(f"{where}: stance cue {name!r} needs a numeric weight") from None
            previous_weight = weights.setdefault(name, (weight, number))
            if previous_weight[0] != weight:
                raise ValueError(
                    f"{where}: cue category {name!r} has weight {weight} here but "
                    f"{previous_weight[0]} on line {previous_weight[1]}"
                )
        if definition:
            definitions.setdefault((entry, name), definition)
        rows.extend(
            {
                "entry": entry,
                "name": name,
                "parent": parent,
                "weight": weight,
                "language": language,
                "term": term,
                "line": number,
            }
            for term in terms
        )
    generic = {name for (entry, name), (parent, _) in parents.items() if not parent}
    for (_entry, name), (parent, number) in parents.items():
        if parent and parent not in generic:
            raise ValueError(
                f"{path}:{number}: parent {parent!r} of frame {name!r} is not a generic frame "
                f"of this codebook (generic frames: {sorted(generic)})"
            )
    missing = sorted({r["name"] for r in rows if (r["entry"], r["name"]) not in definitions})
    if missing:
        raise ValueError(f"{path}: no definition on any row of {missing}")
    table = pd.DataFrame(rows)
    return (
        table.assign(
            parent=[
                (p or n) if e == "frame" else ""
                for e, n, p in zip(table["entry"], table["name"], table["parent"], strict=True)
            ],
            definition=[
                definitions[(e, n)] for e, n in zip(table["entry"], table["name"], strict=True)
            ],
        )
        .loc[:, list(CODEBOOK_COLUMNS)]
        .astype({"weight": "float64"})
        .reset_index(drop=True)
    )


# --------------------------------------------------------------------------------------------
# term matching (shared with analysis.stance)


def term_pattern(term: str) -> str:
    """Return the regular expression of one codebook term (see the codebook header).

    Examples
    --------
    >>> bool(re.search(term_pattern("concentration camp*"), "Concentration-camps", re.I))
    True
    """
    words = [w for w in re.split(r"[\s\-‐–]+", term.strip()) if w]
    parts = []
    for word in words:
        stem = word.endswith("*")
        core = "".join("['’]" if c in "'’" else re.escape(c) for c in word.rstrip("*"))
        parts.append(core + (r"\w*" if stem else ""))
    body = r"[\s\-‐–]+".join(parts)
    letters = [c for c in term if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        body = f"(?-i:{body})"
    return rf"(?<!\w){body}(?!\w)"


def compile_terms(terms: Iterable[str]) -> re.Pattern[str]:
    """Compile terms into one case-insensitive pattern; longer terms are tried first."""
    unique = sorted(set(terms), key=lambda t: (-len(t), t))
    return re.compile("|".join(term_pattern(t) for t in unique), re.IGNORECASE)


Hit = tuple[int, int, str]
_TOKEN = re.compile(r"\w+")
_GAP = re.compile(r"[\s\-‐–'’+]+")
_TERM_WORD = re.compile(r"^\w+\*?$")


@dataclass(frozen=True)
class _Term:
    name: str
    words: tuple[str, ...]  # lower case (or as written when case-sensitive), no '*'
    stems: tuple[bool, ...]  # which words end in '*'
    cased: bool


@dataclass
class _Index:
    exact: dict[str, list[_Term]]
    stems: dict[str, list[_Term]]
    fallback: list[tuple[str, re.Pattern[str]]]


@dataclass(frozen=True)
class Matcher:
    """Compiled codebook terms of one entry, indexed by language for a one-pass word lookup.

    Text and terms are split into the same words (runs of letters and digits); a term matches
    consecutive words separated only by spaces, hyphens or apostrophes ("n'existent"). Terms whose words
    hold other characters ("т.н.") fall back to a regular expression (:func:`term_pattern`).
    """

    indexes: Mapping[str, _Index]
    parents: Mapping[str, str]
    weights: Mapping[str, float]
    languages: frozenset[str]

    def find(self, text: str, language: object) -> dict[str, list[Hit]]:
        """Return each name's matches ``(start, end, matched text)`` in ``text``.

        Terms of the article's language are used, those of every language when it is
        unknown. Within one name, overlapping matches keep the longest.
        """
        code = _language_code(language)
        chosen = [code] if code in self.languages else sorted(self.languages)
        tokens, lowered = _tokens(text)
        found: dict[str, list[Hit]] = {}
        for lang in chosen:
            index = self.indexes[lang]
            exact, stems = index.exact, index.stems
            for i, low in enumerate(lowered):
                candidates = exact.get(low, [])
                for k in (1, 2, 3):
                    bucket = stems.get(low[:k])
                    if bucket:
                        candidates = candidates + [t for t in bucket if low.startswith(t.words[0])]
                for term in candidates:
                    end = _match_at(term, tokens, lowered, i, text)
                    if end is not None:
                        start = tokens[i][0]
                        found.setdefault(term.name, []).append((start, end, text[start:end]))
            for name, pattern in index.fallback:
                found.setdefault(name, []).extend(
                    (m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)
                )
        return {name: _longest(hits) for name, hits in found.items() if hits}


def clear_caches() -> None:
    """Empty the caches of codebook indexes, sentence units and word tokens.

    Nothing needs this for correctness (the caches are keyed by content); benchmarks call it
    to time a cold start.
    """
    _MATCHERS.clear()
    _article_units.cache_clear()
    _tokens.cache_clear()


@lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[list[Hit], list[str]]:
    """Words of ``text`` with offsets, and their lower-case forms.

    Cached, since frames and stance read the same texts; callers must not modify the lists.
    """
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]
    return tokens, [t[2].lower() for t in tokens]


def _match_at(term: _Term, tokens: list[Hit], lowered: list[str], i: int, text: str) -> int | None:
    if i + len(term.words) > len(tokens):
        return None
    for k, (word, stem) in enumerate(zip(term.words, term.stems, strict=True)):
        token = tokens[i + k][2] if term.cased else lowered[i + k]
        if not (token.startswith(word) if stem else token == word):
            return None
        if k and not _GAP.fullmatch(text, tokens[i + k - 1][1], tokens[i + k][0]):
            return None
    return tokens[i + len(term.words) - 1][1]


def _longest(hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    for hit in sorted(set(hits), key=lambda h: (-(h[1] - h[0]), h[0])):
        if all(hit[1] <= k[0] or hit[0] >= k[1] for k in kept):
            kept.append(hit)
    return sorted(kept)


def _is_cased(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def build_matcher(codebook: pd.DataFrame, *, entry: str) -> Matcher:
    """Index the terms of one ``entry`` ('frame' or 'stance') of a codebook.

    The index is cached by the codebook's content, so an edited codebook is re-indexed and an
    unchanged one is not.
    """
    require_columns(codebook, CODEBOOK_COLUMNS, what="codebook")
    rows = codebook[codebook["entry"] == entry]
    key = (entry, tuple(map(tuple, rows[list(CODEBOOK_COLUMNS)].astype(str).to_numpy())))
    cached = _MATCHERS.get(key)
    if cached is None:
        cached = _build_matcher(rows)
        if len(_MATCHERS) >= 16:
            _MATCHERS.clear()
        _MATCHERS[key] = cached
    return cached


_MATCHERS: dict[tuple[str, tuple[tuple[str, ...], ...]], Matcher] = {}


def _build_matcher(rows: pd.DataFrame) -> Matcher:
    indexes: dict[str, _Index] = {}
    fallback_terms: dict[tuple[str, str], list[str]] = {}
    for name, lang, term in zip(rows["name"], rows["language"], rows["term"], strict=True):
        index = indexes.setdefault(str(lang), _Index({}, {}, []))
        raw = str(term).strip().replace("’", "'")
        words = [w for w in re.split(r"[\s\-‐–']+", raw) if w]
        if not words or not all(_TERM_WORD.match(w) for w in words):
            fallback_terms.setdefault((str(name), str(lang)), []).append(str(term))
            continue
        cased = _is_cased(raw)
        parsed = _Term(
            name=str(name),
            words=tuple((w if cased else w.lower()).rstrip("*") for w in words),
            stems=tuple(w.endswith("*") for w in words),
            cased=cased,
        )
        first = parsed.words[0].lower()
        if parsed.stems[0]:
            index.stems.setdefault(first[:3], []).append(parsed)
        else:
            index.exact.setdefault(first, []).append(parsed)
    for (name, lang), terms in fallback_terms.items():
        indexes[lang].fallback.append((name, compile_terms(terms)))
    parents = dict(zip(rows["name"].astype(str), rows["parent"].astype(str), strict=True))
    weights = dict(zip(rows["name"].astype(str), rows["weight"].astype(float), strict=True))
    return Matcher(indexes, parents, weights, frozenset(indexes))


def _language_code(language: object) -> str:
    if not isinstance(language, str):
        return "und"
    return language.strip().lower().split("-")[0].split("_")[0] or "und"


# --------------------------------------------------------------------------------------------
# article structure


@dataclass(frozen=True)
class Unit:
    """One sentence (or the headline) of an article."""

    field: str
    index: int
    start: int
    end: int
    position: str


def article_units(text: str, title: object = None) -> list[Unit]:
    """Return the sentences of ``text`` with their position: headline, lead or body.

    The ``title`` is its own unit (field 'title', index -1) unless the text's first line
    repeats it, in which case that line is the headline. The lead is the first
    ``LEAD_SENTENCES`` sentences of at least ``LEAD_MIN_WORDS`` words after the headline.
    Segmentation is cached per (text, title), so frames and stance of the same articles
    split each text once.
    """
    return list(_article_units(text, title if isinstance(title, str) else None))


@lru_cache(maxsize=4096)
def _article_units(text: str, title: str | None) -> tuple[Unit, ...]:
    spans = sentence_spans(text)
    units: list[Unit] = []
    title_text = title.strip() if isinstance(title, str) else ""
    headline_in_text = False
    if title_text:
        norm_title = _norm(title_text)
        for s, e in spans[:3]:
            if _norm(text[s:e]) == norm_title or _norm(text[s:e]).startswith(norm_title):
                headline_in_text = True
                break
        if not headline_in_text:
            offset = len(title) - len(title.lstrip()) if isinstance(title, str) else 0
            units.append(Unit("title", -1, offset, offset + len(title_text), "headline"))
    lead_left = LEAD_SENTENCES
    for index, (s, e) in enumerate(spans):
        position = "body"
        if (
            headline_in_text
            and title_text
            and _norm(text[s:e]).startswith(_norm(title_text))
            and index < 3
        ):
            position = "headline"
        elif lead_left and len(_WORD.findall(text[s:e])) >= LEAD_MIN_WORDS:
            position = "lead"
            lead_left -= 1
        units.append(Unit("text", index, s, e, position))
    return tuple(units)


def _norm(value: str) -> str:
    return " ".join(_WORD.findall(value.lower()))


# --------------------------------------------------------------------------------------------
# frames


def detect_frames(
    articles: pd.DataFrame,
    *,
    codebook: pd.DataFrame | None = None,
    quotes: pd.DataFrame | None = None,
    indirect: bool = True,
) -> pd.DataFrame:
    """Find the frames cued in each sentence, with the words that cue them.

    Parameters
    ----------
    articles
        The article table (``article_id``, ``text``; ``title``, ``language`` and ``outlet``
        when present: the language picks the codebook's terms, all languages when unknown).
    codebook
        A codebook from :func:`load_codebook`; default: the shipped one.
    quotes
        The quote table of these articles, used to tell narration from quoted speech;
        extracted with ``analysis.extract_quotes`` when None.
    indirect
        Whether reported speech counts as quoted speech.

    Returns
    -------
    pandas.DataFrame
        One row per sentence, frame and voice with at least one cue, in text order:
        ``article_id`` (str), ``outlet`` (str or NA, without the bracketed wire note),
        ``field`` ('title' | 'text': where the offsets point), ``sentence`` (int, index in
        :func:`analysis.text.sentence_spans`; -1 for the title), ``start``/``end`` (int,
        the sentence's offsets), ``position`` ('headline' | 'lead' | 'body'), ``frame`` (str),
        ``parent`` (str, its generic dimension; itself for a generic frame), ``voice``
        ('narration' | 'quoted'), ``score`` (float: position weight, plus half for a second
        distinct term) and ``evidence`` (list of dicts ``{"term", "start", "end"}``: matched
        words and their offsets in the field).

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "language": ["en"],
    ...                      "text": ["Men were tortured in a secret prison, activists say."]})
    >>> no_quotes = pd.DataFrame({"article_id": [], "kind": [], "start": [], "end": []})
    >>> row = detect_frames(arts, quotes=no_quotes).iloc[0]
    >>> row.frame, [e["term"] for e in row.evidence], float(row.score)
    ('human_rights_abuse', ['tortured', 'secret prison'], 2.25)
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    book = load_codebook() if codebook is None else codebook
    matcher = build_matcher(book, entry="frame")
    contest = build_matcher(book, entry="stance")
    lent = {
        category: frame
        for frame, categories in FRAME_STANCE_CUES.items()
        if frame in matcher.parents
        for category in categories
        if category in contest.weights
    }
    spans = quoted_spans(resolve_quotes(articles, quotes), indirect=indirect)
    rows: list[dict[str, Any]] = []
    for record in article_records(articles):
        text = record["text"]
        units = article_units(text, record["title"])
        q_spans = spans.get(str(record["article_id"]), [])
        for field_name, field_text in (("title", record["title"]), ("text", text)):
            field_units = [u for u in units if u.field == field_name]
            if not field_units or not isinstance(field_text, str):
                continue
            starts = [u.start for u in field_units]
            hits: dict[tuple[int, str, str], list[tuple[int, int, str]]] = {}
            found_by_name = matcher.find(field_text, record["language"])
            if lent:
                for category, found in contest.find(field_text, record["language"]).items():
                    if category in lent:
                        name = lent[category]
                        found_by_name[name] = _longest([*found_by_name.get(name, []), *found])
            for name, found in found_by_name.items():
                for start, end, word in found:
                    k = bisect.bisect_right(starts, start) - 1
                    if k < 0 or start >= field_units[k].end:
                        continue
                    voice = "narration" if field_name == "title" else voice_at(q_spans, start, end)
                    hits.setdefault((k, name, voice), []).append((start, end, word))
            for (k, name, voice), found in sorted(
                hits.items(), key=lambda item: (item[0][0], item[1][0][0], item[0][1])
            ):
                unit = field_units[k]
                distinct = {w.lower() for _, _, w in found}
                score = POSITION_WEIGHTS[unit.position] * (
                    1.0 + (SECOND_TERM_BONUS if len(distinct) > 1 else 0.0)
                )
                rows.append(
                    {
                        ARTICLE_ID: record["article_id"],
                        OUTLET: record["outlet"],
                        "field": field_name,
                        "sentence": unit.index,
                        "start": unit.start,
                        "end": unit.end,
                        "position": unit.position,
                        "frame": name,
                        "parent": matcher.parents[name],
                        "voice": voice,
                        "score": score,
                        "evidence": [
                            {"term": w, "start": s, "end": e} for s, e, w in sorted(found)
                        ],
                    }
                )
    return pd.DataFrame(rows, columns=list(FRAME_COLUMNS)).astype(
        {"sentence": "int64", "start": "int64", "end": "int64", "score": "float64"}
    )


def article_records(articles: pd.DataFrame) -> Iterable[dict[str, Any]]:
    """Yield each article as a dict with ``title``, ``language`` and ``outlet`` normalised.

    Raises
    ------
    ValueError
        Naming the article whose text is missing or blank.
    """
    n = len(articles)
    columns = {
        "title": articles[TITLE] if TITLE in articles.columns else [None] * n,
        "language": articles[LANGUAGE] if LANGUAGE in articles.columns else [None] * n,
        "outlet": articles[OUTLET] if OUTLET in articles.columns else [None] * n,
    }
    for article_id, text, title, language, outlet in zip(
        articles[ARTICLE_ID],
        articles[TEXT],
        columns["title"],
        columns["language"],
        columns["outlet"],
        strict=True,
    ):
        text = text if isinstance(text, str) else ""
        if not text.strip():
            raise ValueError(f"article {article_id!r} has no text to analyse")
        yield {
            "article_id": article_id,
            "text": text,
            "title": title if isinstance(title, str) and title.strip() else None,
            "language": language if isinstance(language, str) else None,
            "outlet": outlet_name(outlet) if isinstance(outlet, str) else pd.NA,
        }


def _collapse(frames: pd.DataFrame, level: str, voice: str | None) -> pd.DataFrame:
    """One score per (article, field, sentence, frame): voices merged, parents rolled up."""
    require_columns(
        frames, (ARTICLE_ID, "field", "sentence", "frame", "parent", "voice", "score"), what="f"
    )
    if level not in ("frame", "parent"):
        raise ValueError(f"level must be 'frame' or 'parent', got {level!r}")
    selected = frames if voice is None else frames[frames["voice"] == voice]
    key = "frame" if level == "frame" else "parent"
    outlet = selected[OUTLET] if OUTLET in selected.columns else pd.Series(pd.NA, selected.index)
    return (
        selected.assign(frame=selected[key], outlet=outlet)
        .groupby([ARTICLE_ID, "field", "sentence", "frame"], sort=False, dropna=False)
        .agg(score=("score", "max"), outlet=(OUTLET, "first"))
        .reset_index()
    )


def frame_scores(
    frames: pd.DataFrame,
    *,
    level: Literal["frame", "parent"] = "frame",
    voice: Literal["narration", "quoted"] | None = None,
    min_score: float | None = None,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Score each frame in each article: how many sentences cue it and whether it is present.

    Parameters
    ----------
    frames
        The output of :func:`detect_frames`.
    level
        'frame' (as detected) or 'parent' (story frames rolled into their generic dimension;
        a dimension counts once per sentence).
    voice
        Keep only cues in 'narration' or 'quoted' speech; None keeps both.
    min_score
        Score an article needs for a frame to be ``present``. Default: ``MIN_SCORE_STORY``
        (1: one cued sentence) for story frames and ``MIN_SCORE_GENERIC`` (2: a headline, or
        a lead sentence and another, or two sentences) for generic dimensions, whose cue
        words ("law", "politics") turn up in any news text.
    articles
        The article table, so that articles without any cue are listed too (with no frame
        rows: they appear in :func:`frame_shares` denominators and :func:`dominant_frame`).

    Returns
    -------
    pandas.DataFrame
        One row per article and frame cued in it: ``article_id`` (str), ``outlet`` (str or
        NA), ``frame`` (str), ``n_sentences`` (int, sentences cueing it), ``score`` (float,
        sum of sentence scores), ``share_score`` (float in [0, 1], its part of the article's
        summed frame scores), ``first_sentence`` (int, where it is first cued; -1 = title)
        and ``present`` (bool, ``score >= min_score``).
    """
    collapsed = _collapse(frames, level, voice)
    rows = (
        collapsed.groupby([ARTICLE_ID, "frame"], sort=False, dropna=False)
        .agg(
            outlet=(OUTLET, "first"),
            n_sentences=("score", "size"),
            score=("score", "sum"),
            first_sentence=("sentence", "min"),
        )
        .reset_index()
    )
    totals = rows.groupby(ARTICLE_ID)["score"].transform("sum")
    out = rows.assign(
        share_score=rows["score"] / totals.where(totals > 0),
        present=rows["score"] >= _thresholds(rows["frame"], frames, level, min_score),
    )[
        [ARTICLE_ID, OUTLET, "frame", "n_sentences", "score", "share_score", "first_sentence"]
        + ["present"]
    ]
    if articles is not None:
        require_columns(articles, (ARTICLE_ID,), what="articles")
        order = {a: i for i, a in enumerate(articles[ARTICLE_ID])}
        unknown = sorted(set(out[ARTICLE_ID]) - set(order))
        if unknown:
            raise ValueError(f"frames name article(s) {unknown[:5]} absent from articles")
        out = out.assign(_o=out[ARTICLE_ID].map(order)).sort_values(["_o"], kind="stable")
        out = out.drop(columns="_o")
    return out.astype({"n_sentences": "int64", "first_sentence": "int64"}).reset_index(drop=True)


def _thresholds(
    names: pd.Series, frames: pd.DataFrame, level: str, min_score: float | None
) -> pd.Series:
    if min_score is not None:
        return pd.Series(min_score, index=names.index, dtype="float64")
    parent_of = dict(zip(frames["frame"], frames["parent"], strict=True))
    story = set() if level == "parent" else {f for f, p in parent_of.items() if p != f}
    return pd.Series(
        [MIN_SCORE_STORY if n in story else MIN_SCORE_GENERIC for n in names],
        index=names.index,
        dtype="float64",
    )


def frame_shares(
    frames: pd.DataFrame,
    *,
    by: Sequence[str] = (OUTLET,),
    level: Literal["frame", "parent"] = "frame",
    voice: Literal["narration", "quoted"] | None = None,
    min_score: float | None = None,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Count and share each frame per article, per outlet or per any grouping of articles.

    Parameters
    ----------
    frames
        The output of :func:`detect_frames`.
    by
        Grouping columns: ``("article_id",)`` for one row per article and frame,
        ``("outlet",)`` (default) per outlet; any article-level column of ``frames`` or of
        ``articles`` works.
    level, voice, min_score
        As in :func:`frame_scores`.
    articles
        The article table: lets articles without any frame count in ``n_articles`` and
        supplies grouping columns (e.g. ``language``, ``published``) absent from ``frames``.

    Returns
    -------
    pandas.DataFrame
        One row per group and frame, groups in order of appearance and frames by descending
        ``n_articles_present``: the ``by`` columns, ``frame`` (str), ``n_articles`` (int,
        articles in the group), ``n_articles_present`` (int, articles where the frame is
        present), ``share_articles`` (float in [0, 1], their part of ``n_articles``),
        ``n_sentences`` (int, cued sentences), ``score`` (float, summed score) and
        ``share_score`` (float in [0, 1], the frame's part of the group's summed frame
        scores). Counts sit next to shares so that one article never looks like a trend.
    """
    scores = frame_scores(frames, level=level, voice=voice, min_score=min_score)
    by = list(by)
    if articles is not None:
        require_columns(articles, (ARTICLE_ID,), what="articles")
        meta = articles.copy()
        if OUTLET in meta.columns:
            meta[OUTLET] = pd.Series(
                [outlet_name(o) if isinstance(o, str) else pd.NA for o in articles[OUTLET]],
                index=meta.index,
                dtype="object",
            )
        extra = [c for c in by if c != ARTICLE_ID and c in meta.columns]
        scores = scores.drop(columns=[c for c in extra if c in scores.columns]).merge(
            meta[[ARTICLE_ID, *extra]], on=ARTICLE_ID, how="left"
        )
        base = meta[[ARTICLE_ID, *extra]]
    else:
        base = scores.drop_duplicates(ARTICLE_ID)
    require_columns(scores, by, what="frame scores")
    require_columns(base, by, what="articles")
    n_articles = base.groupby(by, dropna=False, sort=False)[ARTICLE_ID].nunique()
    grouped = (
        scores.groupby([*by, "frame"], dropna=False, sort=False)
        .agg(
            n_articles_present=("present", "sum"),
            n_sentences=("n_sentences", "sum"),
            score=("score", "sum"),
        )
        .reset_index()
    )
    group_total = grouped.groupby(by, dropna=False, sort=False)["score"].transform("sum")
    keyed = grouped.set_index(by).index
    n = n_articles.reindex(keyed).to_numpy()
    out = grouped.assign(
        n_articles=n,
        share_articles=grouped["n_articles_present"] / n,
        share_score=grouped["score"] / group_total.where(group_total > 0),
    )
    order = {k: i for i, k in enumerate(n_articles.index)}
    out = (
        out.assign(
            _g=[order.get(k, len(order)) for k in keyed],
        )
        .sort_values(["_g", "n_articles_present", "score"], ascending=[True, False, False])
        .drop(columns="_g")
    )
    columns = [
        *by,
        "frame",
        "n_articles",
        "n_articles_present",
        "share_articles",
        "n_sentences",
        "score",
        "share_score",
    ]
    return (
        out[columns]
        .astype({"n_articles": "int64", "n_articles_present": "int64", "n_sentences": "int64"})
        .reset_index(drop=True)
    )


def dominant_frame(
    frames: pd.DataFrame,
    *,
    level: Literal["frame", "parent"] = "frame",
    candidates: Sequence[str] | None = None,
    voice: Literal["narration", "quoted"] | None = None,
    min_score: float | None = None,
    articles: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return each article's dominant frame: the present frame a reader would name.

    The ranking (see the module docstring): the sentences each frame heads (is cued first
    in), weighted by ``DOMINANCE_WEIGHTS`` (headline 3, lead 2, body 1); ties to the frame
    present in fewer of the articles in ``frames``, then to the frame cued first.

    Parameters
    ----------
    frames
        The output of :func:`detect_frames`.
    level, voice, min_score
        As in :func:`frame_scores`.
    candidates
        Frames allowed to dominate. Default: every present frame except a generic dimension
        whose story frame is present (its words, "police", are that story frame's context).
        Ignored at ``level='parent'``.
    articles
        The article table: articles without any cue are listed too, with a missing frame.

    Returns
    -------
    pandas.DataFrame
        One row per article: ``article_id`` (str), ``outlet`` (str or NA),
        ``dominant_frame`` (str; missing when no frame is present), ``score`` (float, its
        dominance score; 0 when missing), ``share_score`` (float, its part of the article's frame
        scores; NaN when missing), ``runner_up`` (str, the next present candidate; missing
        when there is none) and ``margin`` (float,
        dominance score minus the runner-up's; NaN when there is none).
    """
    scores = frame_scores(frames, level=level, voice=voice, min_score=min_score)
    story: set[str] = set()
    parent_of: dict[str, str] = {}
    if level == "frame" and candidates is None:
        parent_of = dict(zip(frames["frame"], frames["parent"], strict=True))
        story = {f for f, p in parent_of.items() if p != f}
    sentences = _dominance_sentences(frames, level, voice)
    # specificity: the share of these articles where the frame is present (lower = rarer)
    spread = scores.loc[scores["present"]].groupby("frame")[ARTICLE_ID].nunique()
    spread = (spread / max(scores[ARTICLE_ID].nunique(), 1)).to_dict()
    rows: list[dict[str, Any]] = []
    seen: set[object] = set()
    for article_id, group in scores.groupby(ARTICLE_ID, sort=False):
        seen.add(article_id)
        present = group[group["present"]]
        if candidates is not None and level == "frame":
            present = present[present["frame"].isin(list(candidates))]
        cued = sentences.get(article_id, {})
        if story:  # a generic dimension competes unless one of its story frames is present
            nested = {parent_of[f] for f in set(present["frame"]) & story}
            present = present[~present["frame"].isin(nested)]
        competing = set(present["frame"])
        weight = {f: _dominance(f, cued, competing) for f in present["frame"]}
        ranked = present.assign(
            score=present["frame"].map(weight).astype("float64"),
            _story=present["frame"].isin(story),
            _df=present["frame"].map(spread).astype("float64"),
        ).sort_values(
            ["score", "_story", "_df", "first_sentence"], ascending=[False, False, True, True]
        )
        rows.append(_dominant_row(article_id, group, ranked.drop(columns=["_story", "_df"])))
    if articles is not None:
        for article_id, outlet in zip(
            articles[ARTICLE_ID],
            articles[OUTLET] if OUTLET in articles.columns else [pd.NA] * len(articles),
            strict=True,
        ):
            if article_id not in seen:
                rows.append(
                    {
                        ARTICLE_ID: article_id,
                        OUTLET: outlet_name(outlet) if isinstance(outlet, str) else pd.NA,
                        "dominant_frame": None,
                        "score": 0.0,
                        "share_score": math.nan,
                        "runner_up": None,
                        "margin": math.nan,
                    }
                )
        order = {a: i for i, a in enumerate(articles[ARTICLE_ID])}
        rows.sort(key=lambda r: order.get(r[ARTICLE_ID], len(order)))
    columns = [ARTICLE_ID, OUTLET, "dominant_frame", "score", "share_score", "runner_up", "margin"]
    return pd.DataFrame(rows, columns=columns).astype({"score": "float64"})


def _dominance_sentences(
    frames: pd.DataFrame, level: str, voice: str | None
) -> dict[object, dict[str, dict[tuple[str, int], tuple[float, int]]]]:
    """Per article and frame, the cued sentences: position weight and first cue offset."""
    selected = frames if voice is None else frames[frames["voice"] == voice]
    key = "frame" if level == "frame" else "parent"
    out: dict[object, dict[str, dict[tuple[str, int], tuple[float, int]]]] = {}
    for article_id, name, field_name, sentence, position, evidence in zip(
        selected[ARTICLE_ID],
        selected[key],
        selected["field"],
        selected["sentence"],
        selected["position"],
        selected["evidence"],
        strict=True,
    ):
        cued = out.setdefault(article_id, {}).setdefault(str(name), {})
        first = min(int(e["start"]) for e in evidence)
        where = (str(field_name), int(sentence))
        previous = cued.get(where)
        weight = DOMINANCE_WEIGHTS.get(str(position), 1.0)
        cued[where] = (weight, first if previous is None else min(first, previous[1]))
    return out


def _dominance(
    name: str,
    cued: Mapping[str, Mapping[tuple[str, int], tuple[float, int]]],
    competing: set[str],
) -> float:
    """Dominance score: the frame's distinct cued sentences, each by its position weight.

    A sentence belongs fully to the competing frame cued first in it, its head ("Officials
    deny that men were tortured" is about the denial); a frame cued later in the sentence
    gets ``SUBORDINATE_SHARE`` of it.
    """
    total = 0.0
    for where, (weight, first) in cued.get(name, {}).items():
        rivals = [cued[o][where][1] for o in competing if o != name and where in cued.get(o, {})]
        head = not rivals or first <= min(rivals)
        total += weight * (1.0 if head else SUBORDINATE_SHARE)
    return total


def _dominant_row(article_id: object, group: pd.DataFrame, ranked: pd.DataFrame) -> dict[str, Any]:
    outlet = group[OUTLET].iloc[0]
    if ranked.empty:
        return {
            ARTICLE_ID: article_id,
            OUTLET: outlet,
            "dominant_frame": None,
            "score": 0.0,
            "share_score": math.nan,
            "runner_up": None,
            "margin": math.nan,
        }
    top = ranked.iloc[0]
    second = ranked.iloc[1] if len(ranked) > 1 else None
    return {
        ARTICLE_ID: article_id,
        OUTLET: outlet,
        "dominant_frame": top["frame"],
        "score": float(top["score"]),
        "share_score": float(top["share_score"]),
        "runner_up": None if second is None else second["frame"],
        "margin": math.nan if second is None else float(top["score"] - second["score"]),
    }
