r"""Near-duplicate articles: syndicated wire copies, reprints and re-published updates.

:func:`find_duplicates` groups articles whose texts are nearly the same, so every later count
can be reported with and without reprints (:func:`drop_reprints`).

Method
------
1. **Shingles.** Each text is lower-cased and split into words (``\w+``); every run of
   :data:`SHINGLE_WORDS` consecutive words is a shingle, hashed to 64 bits. The similarity of
   two articles is the Jaccard index of their shingle sets (shared / all distinct shingles).
   Texts shorter than one shingle use their single words.
2. **Sketches.** Each article gets a one-permutation MinHash sketch (Li, Owen & Zhang,
   "One Permutation Hashing", NIPS 2012): the 64-bit shingle hashes are split into
   :data:`SKETCH_BINS` bins by their top bits and the smallest hash of each bin is kept. The
   fraction of bins two sketches share estimates their Jaccard index. All of this is
   vectorised with NumPy over chunks of articles.
3. **Candidates by LSH banding** (Leskovec, Rajaraman & Ullman, *Mining of Massive Datasets*,
   ch. 3): the sketch is cut into :data:`BANDS` bands of :data:`ROWS_PER_BAND` bins; articles
   whose band is identical become candidate pairs. With 32 bands of 4 bins, a pair with
   Jaccard 0.6 is found with probability 0.99, 0.5 with 0.87, 0.3 with 0.23; pairs of unrelated
   texts (Jaccard near 0.02) almost never are. No all-pairs comparison is made, so the cost
   grows about linearly with the corpus. Articles with the same headline (see below) are
   candidates as well.
4. **Verification.** Every candidate pair's exact Jaccard index is computed from the shingle
   sets. A pair is accepted as a duplicate when it reaches ``threshold``, or when it reaches
   ``related_threshold`` *and* the two articles carry the same wire signature or the same
   headline (evidence that an edited reprint is the same story).
5. **Clusters** are the connected groups of accepted pairs. The original of a cluster is its
   earliest-published article (undated ones last, then input order); every other member
   points to it in ``duplicate_of`` with its exact Jaccard similarity to it.

Wire signatures are read from the start and end of the text and from a bracketed note in
``outlet`` ("CTV News (AP)"): datelines such as ``MOSCOW (AP) —``, ``(Reuters) -``, or any
``CITY, Date (Agency) -`` opening a paragraph (the agency is then named as written),
``/TASS/``, ``– РИА Новости.``, a credit line "The Associated Press", a closing "— AFP". A
wire merely cited in the body ("told AFP") is not a signature.

Headlines are compared after dropping a leading section label ("Opinion |", "Analysis:",
"UPDATE 2-") and a trailing site name (" - The New York Times", " | Outlet"), lower-casing
and removing punctuation; only headlines of at least :data:`MIN_HEADLINE_WORDS` words count.

Limits: a reprint cut to less than about half of the original has a low Jaccard index and is
found only with the help of a shared wire signature or headline; translations are never
duplicates; two different stories that share long boiler-plate (a long standard disclaimer)
can look similar. Exact verification means no false positives above the threshold, but LSH
can miss a few pairs near it (see the probabilities above).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from itertools import chain, count, pairwise

import numpy as np
import numpy.typing as npt
import pandas as pd

from analysis.schema import (
    ARTICLE_ID,
    OUTLET,
    PUBLISHED,
    TEXT,
    TITLE,
    require_columns,
    to_utc,
)

SHINGLE_WORDS = 5
"""Words per shingle."""

SKETCH_BINS = 128
"""Bins of the one-permutation MinHash sketch (a power of two)."""

BANDS = 32
"""LSH bands; ``BANDS * ROWS_PER_BAND == SKETCH_BINS``."""

ROWS_PER_BAND = 4
"""Sketch bins per LSH band."""

MIN_HEADLINE_WORDS = 4
"""Headlines shorter than this (after normalisation) are not compared."""

MAX_GROUP_PAIRS = 50
"""Candidate groups larger than this are chained (each member to the previous) instead of
compared all-pairs, so a thousand identical copies cost a thousand comparisons."""

CHUNK_ARTICLES = 2000
"""Articles sketched at a time (bounds memory)."""

DUPLICATE_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    "cluster_id",
    "duplicate_of",
    "similarity",
    "wire",
    "reason",
)
"""Columns of :func:`find_duplicates`' result, in order."""

WIRE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.MULTILINE))
    for name, pattern in (
        ("AP", r"\((?:AP|The Associated Press)\)\s*[—–-]|^\s*(?:The )?Associated Press\s*$"),
        ("AP", r"[—–-]\s*(?:The )?(?:AP|Associated Press)\s*\Z"),
        ("Reuters", r"\(Reuters\)\s*[—–-]|^\s*Reuters\s*$"),
        ("Reuters", r"[—–-]\s*Reuters\s*\Z"),
        ("AFP", r"\((?:AFP|Agence France-Presse)\)\s*[—–-]|^\s*(?:AFP|Agence France-Presse)\s*$"),
        ("AFP", r"[—–-]\s*(?:AFP|Agence France-Presse)\s*\Z|©\s*(?:AFP|Agence France-Presse)"),
        ("dpa", r"\((?:dpa|DPA)\)\s*[—–-]"),
        ("EFE", r"\(EFE\)\s*[—–-]|^\s*EFE\s*$|[—–-]\s*EFE\s*\Z"),
        ("ANSA", r"\(ANSA\)\s*[—–-]"),
        ("UPI", r"\(UPI\)\s*[—–-]"),
        ("Xinhua", r"\(Xinhua\)\s*[—–-]"),
        ("TASS", r"/(?:ITAR-)?TASS/|[—–-]\s*(?:ИТАР-)?ТАСС\.|/ТАСС/"),
        ("RIA Novosti", r"[—–-]\s*РИА Новости\.|/RIA Novosti/"),
        ("Interfax", r"[—–-]\s*Интерфакс\.|\(Interfax\)\s*[—–-]|/Interfax/"),
    )
)
"""Wire agencies and the dateline or credit patterns that sign their copy."""

DATELINE = re.compile(
    r"^[ \t]*[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'-]+(?:,[^()\n]{1,40})?[ \t]+"
    r"\(([A-Z][\w.&' -]{0,30}?)\)[ \t]*(?:--|[—–-])",
    re.MULTILINE,
)
"""A wire dateline at the start of a paragraph: ``CITY[, Country, Date] (Agency) —``; the
agency in brackets is the wire, whatever its name (known names are canonicalised)."""

WIRE_ALIASES: dict[str, str] = {
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "upi": "UPI",
    "xinhua": "Xinhua",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
}
"""Bracketed notes in ``outlet`` that name a wire ("CTV News (AP)")."""

_HEAD_CHARS = 400
_TAIL_CHARS = 300
_WORD = re.compile(r"\w+")
_SECTION_LABEL = re.compile(
    r"^\s*(?:opinion|analysis|editorial|comment|commentary|update(?:\s*\d+)?|exclusive|"
    r"breaking(?: news)?|watch|live|video|explainer|review|interview|perspective)"
    r"\s*[|:\-–—]\s*",
    re.IGNORECASE,
)
_SITE_SUFFIX = re.compile(r"\s+[|\-–—]\s+(?:[^|\-–—]+)$")
_MASK64 = (1 << 64) - 1
_EMPTY = np.uint32(0xFFFFFFFF)
_BIN_SHIFT = np.uint64(64 - int(np.log2(SKETCH_BINS)))


def detect_wire(text: str, *, outlet: str | None = None) -> str | None:
    """Return the wire agency whose signature ``text`` (or ``outlet``) carries, else ``None``.

    Only the first 400 and last 300 characters are searched, for datelines and credits; see
    the module docstring. A bracketed wire in ``outlet`` ("CTV News (AP)") counts too.

    Examples
    --------
    >>> detect_wire("NORVALE (AP) — The council voted on Tuesday.")
    'AP'
    >>> detect_wire("The mayor told AFP that the vote would go ahead.") is None
    True
    """
    if isinstance(outlet, str):
        for note in re.findall(r"\(([^)]+)\)", outlet):
            name = WIRE_ALIASES.get(note.strip().lower())
            if name is not None:
                return name
    if not isinstance(text, str):
        return None
    if len(text) > _HEAD_CHARS + _TAIL_CHARS:
        text = text[:_HEAD_CHARS] + "\n" + text[-_TAIL_CHARS:]
    for name, pattern in WIRE_PATTERNS:
        if pattern.search(text):
            return name
    dateline = DATELINE.search(text)
    if dateline is not None:
        agency = dateline.group(1).strip()
        return WIRE_ALIASES.get(agency.lower(), agency)
    return None


def normalise_headline(title: str | None) -> str | None:
    """Return ``title`` reduced for comparison, or ``None`` when it is missing or too short.

    Drops a leading section label and a trailing " - Site Name" segment, lower-cases and keeps
    only words.

    Examples
    --------
    >>> normalise_headline("Opinion | The Bridge Nobody Wanted - The Norvale Times")
    'the bridge nobody wanted'
    """
    if not isinstance(title, str):
        return None
    head = _SECTION_LABEL.sub("", title.strip())
    stripped = _SITE_SUFFIX.sub("", head)
    if len(_WORD.findall(stripped)) >= MIN_HEADLINE_WORDS:
        head = stripped
    words = _WORD.findall(head.lower())
    if len(words) < MIN_HEADLINE_WORDS:
        return None
    return " ".join(words)


def _token_ids(texts: Sequence[str], vocabulary: defaultdict[str, int]) -> list[list[int]]:
    lookup = vocabulary.__getitem__
    return [list(map(lookup, _WORD.findall(text.lower()))) for text in texts]


def _mix(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """SplitMix64 finaliser: spreads the bits of each value over all 64 bits."""
    with np.errstate(over="ignore"):
        z = values.copy()
        z ^= z >> np.uint64(30)
        z *= np.uint64(0xBF58476D1CE4E5B9)
        z ^= z >> np.uint64(27)
        z *= np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
    return z


def _shingles(ids: list[list[int]]) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """Return all shingle hashes of a chunk and the chunk-local article of each."""
    lengths = np.fromiter((len(x) for x in ids), dtype=np.int64, count=len(ids))
    flat = np.fromiter(chain.from_iterable(ids), dtype=np.uint64, count=int(lengths.sum()))
    owner = np.repeat(np.arange(len(ids), dtype=np.int64), lengths)
    ends = np.repeat(np.cumsum(lengths), lengths)
    positions = np.arange(flat.size, dtype=np.int64)
    k = SHINGLE_WORDS
    with np.errstate(over="ignore"):
        hashed = np.zeros(flat.size, dtype=np.uint64)
        for j in range(k):
            shifted = np.zeros(flat.size, dtype=np.uint64)
            if j < flat.size:
                shifted[: flat.size - j] = flat[j:]
            hashed = hashed * np.uint64(0x100000001B3) + shifted + np.uint64(1)
    full = positions + k <= ends
    short = np.repeat(lengths < k, lengths)  # texts shorter than a shingle: single words
    values = np.where(full, _mix(hashed), _mix(flat + np.uint64(0x9E3779B97F4A7C15)))
    keep = full | short
    return values[keep], owner[keep]


def _sketch(values: npt.NDArray[np.uint64], owner: npt.NDArray[np.int64], n: int) -> np.ndarray:
    bins = (values >> _BIN_SHIFT).astype(np.int64)
    low = (values & np.uint64(0xFFFFFFFE)).astype(np.uint32)  # never equals _EMPTY
    sketch = np.full(n * SKETCH_BINS, _EMPTY, dtype=np.uint32)
    np.minimum.at(sketch, owner * SKETCH_BINS + bins, low)
    return sketch.reshape(n, SKETCH_BINS)


def _chunks(n: int) -> Iterator[tuple[int, int]]:
    for start in range(0, n, CHUNK_ARTICLES):
        yield start, min(n, start + CHUNK_ARTICLES)


def _texts(column: pd.Series, start: int, stop: int) -> list[str]:
    """Return the texts of rows ``start:stop`` as Python strings (missing ones empty)."""
    return [t if isinstance(t, str) else "" for t in column.iloc[start:stop].tolist()]


def _sketches_and_wires(
    column: pd.Series, outlets: list[object], vocabulary: defaultdict[str, int]
) -> tuple[np.ndarray, list[str | None]]:
    """Sketch every text and detect its wire, a chunk at a time (bounds memory)."""
    n = len(column)
    sketches = np.empty((n, SKETCH_BINS), dtype=np.uint32)
    wires: list[str | None] = []
    for start, stop in _chunks(n):
        texts = _texts(column, start, stop)
        values, owner = _shingles(_token_ids(texts, vocabulary))
        sketches[start:stop] = _sketch(values, owner, stop - start)
        wires.extend(
            detect_wire(text, outlet=outlet if isinstance(outlet, str) else None)
            for text, outlet in zip(texts, outlets[start:stop], strict=True)
        )
    return sketches, wires


def _group_pairs(members: Sequence[int]) -> Iterator[tuple[int, int]]:
    if len(members) <= MAX_GROUP_PAIRS:
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                yield (a, b) if a < b else (b, a)
    else:
        for a, b in pairwise(members):
            yield (a, b) if a < b else (b, a)


def _band_candidates(sketches: np.ndarray) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    with np.errstate(over="ignore"):
        for band in range(BANDS):
            block = sketches[:, band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
            keys = np.zeros(len(sketches), dtype=np.uint64)
            for column in range(ROWS_PER_BAND):
                keys = keys * np.uint64(0x100000001B3) + block[:, column].astype(np.uint64)
            usable = np.flatnonzero(~(block == _EMPTY).all(axis=1))
            order = usable[np.argsort(keys[usable], kind="stable")]
            sorted_keys = keys[order]
            starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
            sizes = np.diff(np.r_[starts, len(order)])
            for start, size in zip(starts[sizes > 1], sizes[sizes > 1], strict=True):
                pairs.update(_group_pairs(order[start : start + size].tolist()))
    return pairs


def _shingle_set(text: str, vocabulary: defaultdict[str, int]) -> npt.NDArray[np.uint64]:
    values, _ = _shingles(_token_ids([text], vocabulary))
    return np.unique(values)


def _jaccard(a: npt.NDArray[np.uint64], b: npt.NDArray[np.uint64]) -> float:
    if a.size == 0 and b.size == 0:
        return 0.0
    shared = np.intersect1d(a, b, assume_unique=True).size
    return shared / (a.size + b.size - shared)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_duplicates(
    articles: pd.DataFrame,
    *,
    threshold: float = 0.6,
    related_threshold: float = 0.3,
) -> pd.DataFrame:
    """Group near-duplicate articles and name each cluster's original.

    See the module docstring for the method (word shingles, one-permutation MinHash, LSH
    banding, exact Jaccard verification), the wire and headline evidence and the limits.

    Parameters
    ----------
    articles
        The article table: ``article_id`` and ``text`` are required; ``title``, ``outlet`` and
        ``published`` are used when present.
    threshold
        Least Jaccard similarity of word 5-shingles for two texts to count as duplicates.
    related_threshold
        Lower bar for pairs that also share a wire signature or a normalised headline.

    Returns
    -------
    pandas.DataFrame
        One row per article, in input order, with a fresh RangeIndex:

        - ``article_id`` (str)
        - ``cluster_id`` (int): clusters numbered 0, 1, ... in order of their first member;
          an article without duplicates is a cluster of its own
        - ``duplicate_of`` (str or NA): the cluster's original (earliest published, then first
          in input order); NA for the original itself
        - ``similarity`` (float): Jaccard similarity (0-1) of the article's shingles to its
          ``duplicate_of``; NaN for originals
        - ``wire`` (str or NA): the wire agency whose signature the article carries
          ("AP", "Reuters", "AFP", "TASS", ...)
        - ``reason`` (str): "unique", "original of N copies", or why the article is a copy
          ("near-duplicate of X (Jaccard 0.93)", "same wire (AP) as X (Jaccard 0.41)",
          "same headline as X (Jaccard 0.35)")

    Raises
    ------
    ValueError
        When a required column is missing or a threshold is outside 0-1.

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["One two three four five six."] * 2})
    >>> find_duplicates(arts)["duplicate_of"].tolist()
    [<NA>, 'a']
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    for name, value in (("threshold", threshold), ("related_threshold", related_threshold)):
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"{name} must be between 0 and 1, got {value}")
    n = len(articles)
    ids = articles[ARTICLE_ID].astype("string").tolist()
    column = articles[TEXT].reset_index(drop=True)
    outlets = articles[OUTLET].tolist() if OUTLET in articles.columns else [None] * n
    titles = articles[TITLE].tolist() if TITLE in articles.columns else [None] * n
    published = (
        to_utc(articles[PUBLISHED]).reset_index(drop=True)
        if PUBLISHED in articles.columns
        else pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns, UTC]")
    )
    headlines = [normalise_headline(t) for t in titles]

    vocabulary: defaultdict[str, int] = defaultdict(count().__next__)
    sketches, wires = _sketches_and_wires(column, outlets, vocabulary)
    candidates = _band_candidates(sketches)
    by_headline: dict[str, list[int]] = defaultdict(list)
    for i, headline in enumerate(headlines):
        if headline is not None:
            by_headline[headline].append(i)
    for members in by_headline.values():
        candidates.update(_group_pairs(members))

    shingle_sets: dict[int, npt.NDArray[np.uint64]] = {}

    def shingles_of(i: int) -> npt.NDArray[np.uint64]:
        if i not in shingle_sets:
            shingle_sets[i] = _shingle_set(_texts(column, i, i + 1)[0], vocabulary)
        return shingle_sets[i]

    links = _UnionFind(n)
    evidence: dict[tuple[int, int], str] = {}
    for a, b in sorted(candidates):
        similarity = _jaccard(shingles_of(a), shingles_of(b))
        same_wire = wires[a] is not None and wires[a] == wires[b]
        same_headline = headlines[a] is not None and headlines[a] == headlines[b]
        if similarity >= threshold:
            evidence[(a, b)] = "near-duplicate"
        elif similarity >= related_threshold and same_wire:
            evidence[(a, b)] = f"same wire ({wires[a]})"
        elif similarity >= related_threshold and same_headline:
            evidence[(a, b)] = "same headline"
        else:
            continue
        links.union(a, b)

    return _cluster_table(ids, published, wires, links, evidence, shingles_of)


def _cluster_table(
    ids: list[str],
    published: pd.Series,
    wires: list[str | None],
    links: _UnionFind,
    evidence: dict[tuple[int, int], str],
    shingles_of: Callable[[int], npt.NDArray[np.uint64]],
) -> pd.DataFrame:
    n = len(ids)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        members[links.find(i)].append(i)
    cluster_of = [0] * n
    duplicate_of: list[str | None] = [None] * n
    similarity = [float("nan")] * n
    reasons = ["unique"] * n
    stamps = published.tolist()
    for cluster_id, root in enumerate(sorted(members)):
        group = members[root]
        for i in group:
            cluster_of[i] = cluster_id
        if len(group) == 1:
            continue
        original = min(group, key=lambda i: (pd.isna(stamps[i]), _sort_stamp(stamps[i]), i))
        reasons[original] = f"original of {len(group) - 1} cop{'y' if len(group) == 2 else 'ies'}"
        for i in group:
            if i == original:
                continue
            score = _jaccard(shingles_of(i), shingles_of(original))
            duplicate_of[i] = ids[original]
            similarity[i] = round(score, 4)
            pair = (min(i, original), max(i, original))
            kind = evidence.get(pair)
            if kind is None:
                reasons[i] = f"linked to {ids[original]} through other copies (Jaccard {score:.2f})"
            elif kind == "near-duplicate":
                reasons[i] = f"near-duplicate of {ids[original]} (Jaccard {score:.2f})"
            else:
                reasons[i] = f"{kind} as {ids[original]} (Jaccard {score:.2f})"
    return pd.DataFrame(
        {
            ARTICLE_ID: pd.array(ids, dtype="string"),
            "cluster_id": pd.array(cluster_of, dtype="int64"),
            "duplicate_of": pd.array(duplicate_of, dtype="string"),
            "similarity": pd.array(similarity, dtype="float64"),
            "wire": pd.array(wires, dtype="string"),
            "reason": pd.array(reasons, dtype="string"),
        }
    )


def _sort_stamp(stamp: object) -> pd.Timestamp:
    if isinstance(stamp, pd.Timestamp) and not pd.isna(stamp):
        return stamp
    return pd.Timestamp.max.tz_localize("UTC")


def drop_reprints(articles: pd.DataFrame, duplicates: pd.DataFrame) -> pd.DataFrame:
    """Return ``articles`` without the copies :func:`find_duplicates` found (originals kept).

    Use it to report every count with and without reprints: ``count(articles)`` against
    ``count(drop_reprints(articles, find_duplicates(articles)))``.

    Parameters
    ----------
    articles
        The article table.
    duplicates
        The result of :func:`find_duplicates` on the same articles.

    Returns
    -------
    pandas.DataFrame
        The rows of ``articles`` whose ``duplicate_of`` is NA, with the same columns and a
        fresh RangeIndex.

    Raises
    ------
    ValueError
        When an article has no row in ``duplicates``.
    """
    require_columns(articles, (ARTICLE_ID,), what="articles")
    require_columns(duplicates, (ARTICLE_ID, "duplicate_of"), what="duplicates")
    copies = set(duplicates.loc[duplicates["duplicate_of"].notna(), ARTICLE_ID].astype(str))
    known = set(duplicates[ARTICLE_ID].astype(str))
    missing = [a for a in articles[ARTICLE_ID].astype(str) if a not in known]
    if missing:
        raise ValueError(f"article(s) {missing[:5]} have no row in the duplicates table")
    keep = ~articles[ARTICLE_ID].astype(str).isin(copies)
    return articles.loc[keep].reset_index(drop=True)
