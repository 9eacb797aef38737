"""Source counting: who and what each article cites, typed, canonicalised and aggregated.

A *source* is a person, organisation, medium, document owner or unnamed group that an article
cites: it is quoted, paraphrased ("X says that ..."), credited ("according to X", "first
reported by X", "a report by X", "in a statement") or used as a channel ("told AFP", "spoke
to the Washington Post"). Photo credits, bylines, datelines and people who are only mentioned
are not sources; :func:`extract_mentions` lists the people and organisations who are talked
about, so a chart can set them against those who talk.

Method (rule-based, offline; see ``design/attribution.md`` §4 steps 4, 7, 8 and §5), one
module per step:

1. **Events** (:mod:`analysis.source_events`): the quote table's speakers and ``via`` media,
   plus citing patterns in each body or teaser sentence, anonymous sourcing included.
2. **Mentions** (:mod:`analysis.source_phrases`): each event's phrase is parsed into name,
   role and affiliation.
3. **Resolution and types** (:mod:`analysis.source_typing`): gazetteer names, surnames and
   definite descriptions resolved within the article, typed by the gazetteer, affiliations,
   role words in context, then the rest of the corpus.
4. **Names** (:mod:`analysis.source_names`): spelling variants merge within the article and,
   with :func:`canonical_sources`, across the corpus.
5. **Sections**: captions, credits, bylines and datelines are skipped; a scraped "related
   stories" teaser is kept with ``section == 'teaser'`` (paragraph labels from
   :mod:`analysis.furniture`).

This module assembles the source table (:func:`extract_sources`), the citing events
(:func:`citing_events`) and the actors talked about (:func:`extract_mentions`); aggregates
live in :mod:`analysis.source_counts` and scoring in :mod:`analysis.source_eval`, and both are
re-exported here.

Measured (``evaluate_sources``, with :func:`analysis.extract_quotes`): the founding article
F1 1.0, type accuracy 1.0; the fictional sample F1 0.92 (precision 0.92, recall 0.91), type
accuracy 0.98. Cost (``benchmarks/sources_speed.py``, CPU time, every memo cleared): given the
quote table, sources take about as long again as quote extraction (83-106% on the sample,
the 56 Chechnya articles and PolNeAR dev), against a goal of 30%; the citing patterns of each
text are memoised, so the citation table built after the source table costs about a third of
what it costs alone. Outlet-to-outlet citations on the sample: precision 1.0, recall 0.82.

Limits: see each step's module. A source introduced only by a pronoun and missed by the quote
extractor is lost; unnamed media ("a Russian newspaper") are kept as anonymous media sources.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

import pandas as pd

from analysis import gazetteer, source_names, source_phrases, source_typing
from analysis.furniture import label_paragraphs
from analysis.schema import ARTICLE_ID, OUTLET, TEXT, outlet_name, require_columns
from analysis.source_counts import (
    DIVERSITY_COLUMNS,
    TOP_COLUMNS,
    count_sources,
    source_diversity,
    top_sources,
)
from analysis.source_eval import (
    EVALUATION_COLUMNS,
    GOLD_COLUMNS,
    evaluate_sources,
    sources_from_gold,
)
from analysis.source_events import (
    ENGLISH_SUPPORTED,
    Event,
    _foreign_events,
    _languages,
    _memoised_english_events,
    _quote_events,
    _section_of,
)
from analysis.source_names import CANONICAL_COLUMNS, _merge_names, canonical_sources
from analysis.source_phrases import (
    _STRING,
    ANONYMOUS_MARKERS,
    ORG_WORDS,
    TITLE_WORDS,
    _bare,
    _form_spans,
    _is_text,
    _key,
    _Lexicons,
    _lexicons,
)
from analysis.source_typing import (
    COREFERENT_HEADS,
    Resolved,
    _antecedent,
    _Article,
    _corpus_types,
    _entry_resolved,
    _head_noun,
    _is_place,
    _organisation_names,
    _outlet_keys,
    _own_keys,
    _person_antecedent,
    _person_registry,
    _pick_type,
    _prefer_fuller_subjects,
    _resolve,
    _wire_keys,
)
from analysis.text import sentence_spans

__all__ = [
    "CANONICAL_COLUMNS",
    "DIVERSITY_COLUMNS",
    "EVALUATION_COLUMNS",
    "EVENT_COLUMNS",
    "GOLD_COLUMNS",
    "MENTION_COLUMNS",
    "SOURCE_COLUMNS",
    "SOURCE_KINDS",
    "TOP_COLUMNS",
    "canonical_sources",
    "citing_events",
    "clear_caches",
    "count_sources",
    "evaluate_sources",
    "extract_mentions",
    "extract_sources",
    "source_diversity",
    "sources_from_gold",
    "top_sources",
]


SOURCE_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    OUTLET,
    "source",
    "source_kind",
    "source_type",
    "role",
    "affiliation",
    "n_mentions",
    "n_quotes",
    "n_paraphrases",
    "n_citations",
    "cues",
    "first_offset",
    "evidence",
    "section",
)
"""Columns of the source table, in order (see :func:`extract_sources`)."""


SOURCE_KINDS: frozenset[str] = frozenset({"person", "organization", "media", "anonymous"})


def clear_caches() -> None:
    """Empty the memos of the source extractor (for honest repeated timings).

    Per-text memos (gazetteer matches, capitalised runs, accent folding) and per-string ones
    (name keys, parsed phrases, look-ups) of the shipped lexicons; they stay compiled.
    """
    for memo in (
        source_typing._name_runs,
        source_names._name_tokens,
        source_phrases._clean,
        source_phrases._key,
        gazetteer._folded,
    ):
        memo.cache_clear()
    lex = _lexicons(None, None)
    for found in (
        lex.matcher.whole_texts,
        lex.matcher.looked_up,
        lex.roles.found,
        lex.phrases,
        lex.plausible,
        lex.patterns,
    ):
        found.clear()


def _evidence(art: _Article, offset: int) -> str:
    """Return the sentence holding ``offset``, cut at 240 characters."""
    at = bisect.bisect_right(art.sentences, (offset, len(art.text) + 1)) - 1
    if 0 <= at < len(art.sentences) and art.sentences[at][0] <= offset <= art.sentences[at][1]:
        a, b = art.sentences[at]
        snippet = art.text[a:b]
        return snippet if len(snippet) <= 240 else snippet[:237] + "..."
    return art.text[max(0, offset - 60) : offset + 120].strip()


_STATE = re.compile(
    r"(?P<place>[A-Z][\w-]+)['’]s\s+(?:federal\s+|central\s+|national\s+)?government"
)


def _state_as_place(found: Resolved, text: str) -> Resolved:
    """Name "Kardovia's government" after the place, as "Kardovia denies ..." is named.

    Only when the text also uses the place's adjective ("Kardovian"), so that the word is a
    place and not a person ("Smith's government").
    """
    match = _STATE.fullmatch(found.source)
    if match is None or not _is_place(match.group("place"), text):
        return found
    place = match.group("place")
    return replace(found, source=place, kind="organization", forms=found.forms | {place})


def _sums_up_body(art: _Article, event: Event) -> bool:
    """Whether ``event`` is a headline's summary of the body rather than a citation of its own.

    Anything in the article's own headline is ("X dismisses 'story'", "X says …"): X is
    counted where the body cites it. In a teaser's headline only a paraphrase or a citation
    is; a teaser's quoted words have no other place to be cited, and the headline names
    their speaker.
    """
    starts = [a for a, _b, _label in art.paragraphs]
    at = bisect.bisect_right(starts, event.start) - 1
    label = art.paragraphs[at][2] if at >= 0 else "body"
    return label == "headline" or (
        label == "teaser_headline" and event.kind in ("paraphrase", "citation")
    )


_KIND_ORDER: dict[str, int] = {"person": 1, "organization": 2, "media": 3}
"""Tie-break between kinds an article's events give one source: the more specific wins."""


def _mention_offsets(
    art: _Article, spans: list[tuple[int, int]], resolved: Iterable[Resolved]
) -> set[int]:
    """Start offsets of every mention of a source in ``spans`` (all its forms and aliases)."""
    forms: set[str] = set()
    sources: set[str] = set()
    for r in resolved:
        forms |= r.forms
        sources.add(r.source)
        if r.kind == "person" and len(r.source.split()) > 1:
            forms.add(r.source.split()[-1])
    forms |= sources
    written = frozenset(f for f in forms if len(f) > 1)
    found = {start for start, _end in _form_spans(art.text, written, hyphen_after=True)}
    found.update(m.start for m in art.matches if m.entry.name in sources)
    starts = [a for a, _b in spans]
    offsets = set()
    for offset in found:
        at = bisect.bisect_right(starts, offset) - 1
        if at >= 0 and offset < spans[at][1]:
            offsets.add(offset)
    return offsets


_ROLE_OF_ORGANISATION = re.compile(
    r"\b(?:of|for|at|from)\s+(?:the|its|their)\s+(?P<head>[a-z]+)\s*$", re.IGNORECASE
)


def _typed_by_organisation(
    found: Resolved, event: Event, antecedents: list[tuple[int, Resolved]]
) -> Resolved:
    """Type a person by the organisation their role names ("the chairman of the council, X").

    The organisation is the latest one named before the mention whose name holds the role's
    head noun ("the council": "Morvesh Council of Elders") and whose type is known.
    """
    role = _ROLE_OF_ORGANISATION.search(event.context or found.role or "")
    head = role.group("head").lower() if role else ""
    if head not in ORG_WORDS:
        return found
    named = [
        (start, r)
        for start, r in antecedents
        if start < event.start and r.source_type != "unknown" and head in r.source.lower().split()
    ]
    if not named:
        return found
    organisation = max(named, key=lambda item: item[0])[1]
    return replace(
        found,
        source_type=organisation.source_type,
        affiliation=found.affiliation or organisation.source,
    )


def _repeats_quote(
    event: Event,
    found: Resolved,
    speaker_spans: list[tuple[int, int]],
    quoted: list[tuple[Event, Resolved]],
) -> bool:
    """Whether a pattern event repeats a quote-table attribution (same mention or source)."""
    lo, hi = event.span
    return any(a < event.end and event.start < b for a, b in speaker_spans) or any(
        r.source == found.source and e.span[0] < hi and lo < e.span[1] for e, r in quoted
    )


def _resolve_events(
    art: _Article, events: list[Event], lex: _Lexicons
) -> list[tuple[Event, Resolved]]:
    """Resolve, filter and canonicalise the events of one article, in text order."""
    speaker_spans = [
        (e.start, e.end) for e in events if e.kind in ("quote", "paraphrase") and e.end > e.start
    ]
    resolved: list[tuple[Event, Resolved]] = []
    antecedents: list[tuple[int, Resolved]] = [
        (m.start, _entry_resolved(m.entry, None, None, ()))
        for m in art.matches
        if m.entry.kind in ("organization", "media")
    ]
    antecedents += _organisation_names(art.text, lex)
    people: dict[str, set[str]] = {}
    seen_people: set[str] = set()
    described: dict[str, Resolved] = {}  # head noun -> an earlier unnamed source
    for event in sorted(events, key=lambda e: e.start):
        found = _resolve(event, art, lex)
        if found is None:
            continue
        found = _state_as_place(found, art.text)
        if found.named and found.kind == "person" and found.source_type == "unknown":
            found = _typed_by_organisation(found, event, antecedents)
        head = found.source.split()[-1].lower()
        if not found.named and head in COREFERENT_HEADS:
            found = _antecedent(found, event.start, antecedents) or found
        elif not found.named and head in ORG_WORDS and found.source.lower() == head:
            # "the council said": the organisation named before whose name holds the word
            same = [
                (start, r)
                for start, r in antecedents
                if head in r.source.lower().split() and start < event.start
            ]
            if same:
                found = replace(max(same, key=lambda item: item[0])[1], role=found.source)
        elif not found.named and found.kind != "anonymous":
            found = described.get(_head_noun(found.source)) or found
        if not found.named and found.kind == "anonymous":
            described.setdefault(_head_noun(found.source), found)
        elif found.named and found.kind in ("organization", "media"):
            antecedents.append((event.start, found))
        if event.kind == "via":
            if (
                not found.named
                or found.source_type not in ("media", "unknown")
                or _key(found.source) in art.own_keys
            ):
                continue  # kept when unknown: the corpus's outlet list may type it later
        elif found.source_type == "media" and _key(found.source) in art.own_keys:
            continue  # the outlet's own name ("told SBS" in an SBS article)
        resolved.append((event, found))
        if found.named and found.kind == "person":
            words = people.setdefault(found.source, set())
            for text in (found.role, event.context):
                words.update(_bare(w).lower() for w in (text or "").split())
    # descriptions of a person named anywhere in the article ("his lawyer said ... said
    # Pavel Drozd, Osokin's lawyer"; "A special rapporteur ... said")
    for i, (event, found) in enumerate(resolved):
        if found.named or found.kind == "organization" or event.kind == "via":
            continue
        sentence = art.text[event.span[0] : event.span[1]]
        if found.kind == "anonymous" and (
            ANONYMOUS_MARKERS.search(sentence)
            or _bare(found.source.split()[-1]).lower() not in TITLE_WORDS
        ):
            continue
        person = _person_antecedent(found, art, people, seen_people, lex)
        if person is not None:
            resolved[i] = (event, person)
    seen_spans: dict[tuple[int, int, str], int] = {}
    unique: list[tuple[Event, Resolved]] = []
    for event, found in resolved:
        key = (event.start, event.end, found.source)
        if event.speaker is None and key in seen_spans:
            # "according to reports by X": one citation, two patterns; a quote's speaker
            # keeps the type the pattern's apposition gave ("the chairman of the council, X")
            kept_event, kept = unique[seen_spans[key]]
            if kept.source_type == "unknown" and found.source_type != "unknown":
                unique[seen_spans[key]] = (
                    kept_event,
                    replace(
                        kept,
                        source_type=found.source_type,
                        affiliation=kept.affiliation or found.affiliation,
                    ),
                )
            continue
        seen_spans.setdefault(key, len(unique))
        unique.append((event, found))
    resolved = unique
    quoted = [(e, r) for e, r in resolved if e.kind in ("quote", "paraphrase")]
    resolved = [
        # the quote table already holds this attribution (marked on a copy: pattern events
        # are memoised per text)
        (replace(event, shadow=True), found)
        if event.speaker is None and _repeats_quote(event, found, speaker_spans, quoted)
        else (event, found)
        for event, found in resolved
    ]
    _prefer_fuller_subjects(resolved)
    merged = _merge_names([(r.source, r.kind) for _e, r in resolved])
    out = []
    for event, found in resolved:
        name = merged.get(found.source, found.source)
        if name != found.source:
            found = replace(found, source=name, forms=found.forms | {name})
        out.append((event, found))
    return out


def _article_rows(
    art: _Article, resolved: list[tuple[Event, Resolved]], lex: _Lexicons
) -> list[dict[str, object]]:
    groups: dict[tuple[str, str], list[tuple[Event, Resolved]]] = {}
    for event, found in resolved:
        groups.setdefault((found.source, event.section), []).append((event, found))
    rows: list[dict[str, object]] = []
    for (name, section), items in groups.items():
        if all(e.shadow for e, _r in items):
            continue
        if all(_sums_up_body(art, e) for e, _r in items):
            continue
        if _key(name) in art.wire_keys:
            continue  # "told Northwire" in a reprint of Northwire's story: its own reporting
        items.sort(key=lambda item: item[0].start)
        first_event = items[0][0]
        kinds = [r.kind for _e, r in items]
        # ties go to the more specific kind, never to set order (which varies between runs)
        kind = max(
            sorted(set(kinds)),
            key=lambda k: (k != "anonymous", kinds.count(k), _KIND_ORDER.get(k, 0)),
        )
        spans = [(a, b) for a, b, label in art.paragraphs if _section_of(label) == section]
        offsets = _mention_offsets(art, spans, [r for _e, r in items])
        n_mentions = max(len(offsets), 1)
        rows.append(
            {
                ARTICLE_ID: art.article_id,
                OUTLET: art.outlet,
                "source": name,
                "source_kind": kind,
                "source_type": _pick_type([r.source_type for _e, r in items]),
                "role": next((r.role for _e, r in items if r.role), None),
                "affiliation": next((r.affiliation for _e, r in items if r.affiliation), None),
                "n_mentions": n_mentions,
                "n_quotes": sum(e.kind == "quote" for e, _r in items),
                "n_paraphrases": sum(e.kind == "paraphrase" for e, _r in items),
                "n_citations": sum(
                    e.kind in ("citation", "via") and not e.shadow for e, _r in items
                ),
                "cues": "; ".join(sorted({e.cue for e, _r in items})),
                "first_offset": first_event.start,
                "evidence": _evidence(art, first_event.start),
                "section": section,
                "_via_only": all(e.kind == "via" for e, _r in items),
            }
        )
    return rows


SOURCE_DTYPES: dict[str, object] = {
    "n_mentions": "int64",
    "n_quotes": "int64",
    "n_paraphrases": "int64",
    "n_citations": "int64",
    "first_offset": "int64",
}


def _frame(
    rows: list[dict[str, object]], columns: Sequence[str], ints: Iterable[str]
) -> pd.DataFrame:
    """Build a table column by column (string columns nullable), fresh RangeIndex."""
    integer = set(ints)
    data: dict[str, object] = {}
    for c in columns:
        values: list[Any] = [row[c] for row in rows]
        if c in integer:
            data[c] = pd.array(values, dtype="int64")
        elif c == "repeats_quote":
            data[c] = pd.array([bool(v) for v in values], dtype="bool")
        else:
            data[c] = pd.array(values, dtype=_STRING)
    return pd.DataFrame(data, columns=list(columns))


def _typed_sources(rows: list[dict[str, object]]) -> pd.DataFrame:
    return _frame(rows, SOURCE_COLUMNS, SOURCE_DTYPES)


def _quotes_for(articles: pd.DataFrame, quotes: pd.DataFrame | None) -> pd.DataFrame:
    if quotes is None:
        try:
            from analysis.quotes import extract_quotes
        except ImportError as exc:  # pragma: no cover - quotes ships with the package
            raise ValueError(
                "extract_sources needs the quote table: analysis.quotes is not available, "
                "so pass quotes= (see the quote-table contract)"
            ) from exc
        return extract_quotes(articles)
    require_columns(quotes, (ARTICLE_ID, "kind", "speaker"), what="quote table")
    unknown = sorted(set(quotes[ARTICLE_ID].astype(str)) - set(articles[ARTICLE_ID].astype(str)))
    if unknown:
        raise ValueError(f"quote table holds article_id(s) {unknown[:5]} not in the articles")
    return quotes


def extract_sources(
    articles: pd.DataFrame,
    quotes: pd.DataFrame | None = None,
    *,
    gazetteer: pd.DataFrame | None = None,
    source_types: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return one row per source cited by each article (and per section it is cited in).

    Parameters
    ----------
    articles
        The article table (at least ``article_id`` and ``text``; ``outlet``, ``title`` and
        ``language`` are used when present).
    quotes
        The quote table of these articles (:func:`analysis.extract_quotes`); computed when
        ``None``.
    gazetteer
        Known sources (:func:`analysis.gazetteer.load_gazetteer`); the shipped Chechnya
        gazetteer when ``None``.
    source_types
        The taxonomy (:func:`analysis.gazetteer.load_source_types`); the shipped one when
        ``None``.

    Returns
    -------
    pandas.DataFrame
        One row per (article, source, section), ordered by article then first offset, with a
        fresh RangeIndex:

        - ``article_id`` (string)
        - ``outlet`` (string): the publishing outlet, wire note removed
        - ``source`` (string): canonical name ("Russian LGBT Network") or description of an
          unnamed source ("sources in Russia")
        - ``source_kind`` (string): person, organization, media or anonymous (unnamed)
        - ``source_type`` (string): a type of the taxonomy (government, security,
          ngo_activist, victim_witness, expert, media, international_body,
          religious_community, anonymous, unknown)
        - ``role`` (string, nullable): title or description at the mention ("President")
        - ``affiliation`` (string, nullable): organisation or person the source speaks for
        - ``n_mentions`` (int): mentions of the source in that section, cited or not
        - ``n_quotes`` (int): direct and partial quotes attributed to it
        - ``n_paraphrases`` (int): indirect quotes attributed to it
        - ``n_citations`` (int): other citing occurrences ("according to", "reported",
          "told AFP", "a report by")
        - ``cues`` (string): the cues that cite it, "; "-separated, sorted
        - ``first_offset`` (int): offset of its first citing mention in ``text``
        - ``evidence`` (string): the sentence of that first mention (cut at 240 characters)
        - ``section`` (string): body, teaser (a scraped related-story teaser) or caption

    Raises
    ------
    ValueError
        When the article table is invalid, or the quote table lacks columns or names
        articles that are not in ``articles``.

    Notes
    -----
    Articles with no sources have no rows here; :func:`source_diversity` lists every article.
    See the module docstring for the method and its limits.

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"],
    ...     "text": ["Police detained two men, according to the Russian LGBT Network."]})
    >>> extract_sources(arts, quotes=pd.DataFrame(columns=["article_id", "kind", "speaker"]))[
    ...     ["source", "source_type", "cues"]].values.tolist()
    [['Russian LGBT Network', 'ngo_activist', 'according to']]
    """
    rows: list[dict[str, object]] = []
    lex = None
    for art, resolved, lex in _analysed_articles(articles, quotes, gazetteer, source_types):
        rows.extend(_article_rows(art, resolved, lex))
    if lex is not None and rows:
        rows = [
            row
            for row in _corpus_types(rows, articles, lex)
            # a name that only ever received what someone "told" it must be a medium
            if not (row["_via_only"] and row["source_type"] != "media")
        ]
    return _typed_sources(rows)


def _analysed_articles(
    articles: pd.DataFrame,
    quotes: pd.DataFrame | None,
    gazetteer: pd.DataFrame | None,
    source_types: pd.DataFrame | None,
) -> Iterator[tuple[_Article, list[tuple[Event, Resolved]], _Lexicons]]:
    """Yield every article with its resolved citing events."""
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    if articles.empty:
        return
    quote_table = _quotes_for(articles, quotes)
    lex = _lexicons(gazetteer, source_types)
    languages = _languages(articles)
    by_article = _quote_events(quote_table)
    n = len(articles)
    titles = articles["title"] if "title" in articles.columns else pd.Series([None] * n)
    outlets = articles[OUTLET] if OUTLET in articles.columns else pd.Series([None] * n)
    corpus_outlets = frozenset(_outlet_keys(articles))
    for article_id, text, title, outlet, language in zip(
        articles[ARTICLE_ID].astype(str), articles[TEXT], titles, outlets, languages, strict=True
    ):
        if not _is_text(text):
            raise ValueError(f"article {article_id!r}: text is not a string ({text!r})")
        paragraphs = label_paragraphs(text, title=title if isinstance(title, str) else None)
        matches = tuple(lex.matcher.finditer(text))
        sentence_list = sentence_spans(text)
        art = _Article(
            article_id,
            outlet_name(outlet) if isinstance(outlet, str) else None,
            text,
            paragraphs,
            _person_registry(text, lex, matches),
            _own_keys(outlet, lex),
            corpus_outlets,
            _wire_keys(outlet),
            matches,
            sentences=sentence_list,
        )
        events = list(by_article.get(article_id, []))
        if language in ENGLISH_SUPPORTED:
            events.extend(_memoised_english_events(text, paragraphs, lex, sentence_list))
        else:
            known = art.outlets | {_key(s) for s in art.surnames}
            events.extend(
                _foreign_events(text, paragraphs, language, lex, sentence_list, frozenset(known))
            )
        yield art, _resolve_events(art, events, lex), lex


EVENT_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    OUTLET,
    "source",
    "source_kind",
    "source_type",
    "affiliation",
    "cue",
    "kind",
    "offset",
    "end",
    "section",
    "repeats_quote",
)
"""Columns of the citing-event table (see :func:`citing_events`)."""


def citing_events(
    articles: pd.DataFrame,
    quotes: pd.DataFrame | None = None,
    *,
    gazetteer: pd.DataFrame | None = None,
    source_types: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return one row per occurrence of a source being cited: the rows behind :func:`extract_sources`.

    Parameters
    ----------
    articles, quotes, gazetteer, source_types
        As for :func:`extract_sources`.

    Returns
    -------
    pandas.DataFrame
        One row per citing event, in article then text order, with a fresh RangeIndex:
        ``article_id`` (string), ``outlet`` (string), ``source``, ``source_kind``,
        ``source_type`` and ``affiliation`` (string, as in :func:`extract_sources`), ``cue``
        (string), ``kind`` (string: quote = direct or partial quote, paraphrase = indirect
        quote, citation = other citing pattern, via = a medium relaying what someone told
        it), ``offset`` and ``end`` (int, the mention's span in ``text``; for a quote-table
        row without a speaker mention, the quote's start), ``section`` (string) and
        ``repeats_quote`` (bool: a pattern that repeats a quote-table attribution; not counted
        in ``n_citations``).

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"],
    ...     "text": ["Buzzfeed has also reported that raids resumed."]})
    >>> citing_events(arts, quotes=pd.DataFrame(columns=["article_id", "kind", "speaker"]))[
    ...     ["source", "cue", "kind"]].to_numpy().tolist()
    [['BuzzFeed News', 'reported', 'citation']]
    """
    rows: list[dict[str, object]] = []
    lex = None
    for art, resolved, article_lex in _analysed_articles(articles, quotes, gazetteer, source_types):
        lex = article_lex
        for event, found in resolved:
            rows.append(
                {
                    ARTICLE_ID: art.article_id,
                    OUTLET: art.outlet,
                    "source": found.source,
                    "source_kind": found.kind,
                    "source_type": found.source_type,
                    "affiliation": found.affiliation,
                    "cue": event.cue,
                    "kind": event.kind,
                    "offset": event.start,
                    "end": event.end,
                    "section": event.section,
                    "repeats_quote": event.shadow,
                }
            )
    if lex is not None and rows:
        rows = [
            row
            for row in _corpus_types(rows, articles, lex)
            if not (row["kind"] == "via" and row["source_type"] != "media")
        ]
    return _frame(rows, EVENT_COLUMNS, ("offset", "end"))


MENTION_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    OUTLET,
    "actor",
    "actor_kind",
    "actor_type",
    "n_mentions",
    "first_offset",
    "section",
    "cited",
)


def extract_mentions(
    articles: pd.DataFrame,
    *,
    gazetteer: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    source_types: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """List the actors each article mentions, cited or not: who is talked about vs who talks.

    Actors are the gazetteer's entries (matched by name or alias) and the named sources of
    the article's source table (so people quoted but not in the gazetteer are counted too).
    Captions count as mentions (section ``caption``); credits, bylines and datelines do not.

    Parameters
    ----------
    articles
        The article table.
    gazetteer
        Known actors; the shipped gazetteer when ``None``.
    sources
        The source table of these articles; computed with :func:`extract_sources` when
        ``None`` (which runs the quote extractor).
    source_types
        The taxonomy.

    Returns
    -------
    pandas.DataFrame
        One row per (article, actor, section), in article then text order: ``article_id``
        (string), ``outlet`` (string), ``actor`` (string, canonical name), ``actor_kind``
        (string: person, organization or media), ``actor_type`` (string, a source type),
        ``n_mentions`` (int), ``first_offset`` (int) ``section`` (string: body, teaser or
        caption) and ``cited`` (bool: the actor is a source of the article, in any section).

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "outlet": ["X"], "language": ["en"],
    ...     "text": ["Activists urged Putin to act, Human Rights Watch said."]})
    >>> empty = pd.DataFrame(columns=["article_id", "kind", "speaker"])
    >>> table = extract_mentions(arts, sources=extract_sources(arts, empty))
    >>> table[["actor", "cited"]].to_numpy().tolist()
    [['Vladimir Putin', False], ['Human Rights Watch', True]]
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    lex = _lexicons(gazetteer, source_types)
    if sources is None:
        sources = extract_sources(articles, gazetteer=gazetteer, source_types=source_types)
    cited: dict[str, set[str]] = {}
    named: dict[str, list[tuple[str, str, str]]] = {}
    for row in sources.itertuples(index=False):
        article_id = str(getattr(row, ARTICLE_ID))
        cited.setdefault(article_id, set()).add(str(row.source))
        if row.source_kind != "anonymous" and lex.matcher.lookup(str(row.source)) is None:
            named.setdefault(article_id, []).append(
                (str(row.source), str(row.source_kind), str(row.source_type))
            )
    n = len(articles)
    titles = articles["title"] if "title" in articles.columns else pd.Series([None] * n)
    outlets = articles[OUTLET] if OUTLET in articles.columns else pd.Series([None] * n)
    rows = []
    for article_id, text, title, outlet in zip(
        articles[ARTICLE_ID].astype(str), articles[TEXT], titles, outlets, strict=True
    ):
        if not _is_text(text):
            raise ValueError(f"article {article_id!r}: text is not a string ({text!r})")
        found: dict[tuple[str, str], list[int]] = {}
        meta: dict[str, tuple[str, str]] = {}
        for start, end, label in label_paragraphs(
            text, title=title if isinstance(title, str) else None
        ):
            section = "caption" if label == "caption" else _section_of(label)
            if section is None:
                continue
            for match in lex.matcher.finditer(text, start, end):
                entry = match.entry
                found.setdefault((entry.name, section), []).append(match.start)
                meta[entry.name] = (entry.kind, entry.source_type)
            for name, kind, source_type in named.get(article_id, []):
                forms = {name} | ({name.split()[-1]} if kind == "person" else set())
                pattern = re.compile(
                    r"(?<![\w-])(?:"
                    + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                    + r")(?!\w)"
                )
                offsets = [m.start() for m in pattern.finditer(text, start, end)]
                if offsets:
                    found.setdefault((name, section), []).extend(offsets)
                    meta[name] = (kind, source_type)
        for (actor, section), offsets in sorted(found.items(), key=lambda item: min(item[1])):
            kind, source_type = meta[actor]
            rows.append(
                (
                    article_id,
                    outlet_name(outlet) if isinstance(outlet, str) else None,
                    actor,
                    kind,
                    source_type,
                    len(set(offsets)),
                    min(offsets),
                    section,
                    actor in cited.get(article_id, set()),
                )
            )
    return pd.DataFrame(rows, columns=list(MENTION_COLUMNS)).astype(
        {
            ARTICLE_ID: _STRING,
            OUTLET: _STRING,
            "actor": _STRING,
            "actor_kind": _STRING,
            "actor_type": _STRING,
            "n_mentions": "int64",
            "first_offset": "int64",
            "section": _STRING,
            "cited": "bool",
        }
    )
