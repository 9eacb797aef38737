"""Citing events: where an article cites someone, found by patterns in each sentence.

Every row of the quote table (:func:`analysis.extract_quotes`) is a citing event of its
speaker, and its ``via`` medium is an event of that medium. On top of that, precompiled
regexes find citing patterns in each sentence of the body and teaser paragraphs (paragraph
labels from :mod:`analysis.furniture`, sentences from :mod:`analysis.text`): subject +
speech verb ("Activists noted", "Buzzfeed has also reported"), a subject with an apposition
or a relative clause ("Marie Struthers, the group's director, said"), an inverted verb after a
quotation ("said Kamil Rezvanov, spokesman for the governor"), "according to X", a passive
"first reported by X", a medium as channel ("told X", "in an interview with X"), a document
("a report by X") and a statement ("a statement from X"). Negated verbs, passives and cues
inside a quotation are not events. Unnamed subjects ("sources in Russia", "officials said",
"one survivor, who asked not to be named") are kept: they are the anonymous sources.

Languages: English articles get every rule (undetermined Latin-script text is read as
English). Articles in a language with configured cues (:data:`FOREIGN_CUES`) get, for each
cue, the nearest name in its sentence: a gazetteer entry, a run of two or more capitalised
words, or a known surname or outlet ("laut Amnesty", "цитирует ТАСС"). Other languages are
not analysed. Limits: a subject is found when it is a name or a role phrase next to the verb;
a source introduced only by a pronoun is left to the quote extractor's coreference.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from analysis.schema import ARTICLE_ID, LANGUAGE, TEXT
from analysis.source_phrases import (
    _NEG_TAIL,
    AUXILIARIES,
    CAPITALISED_FUNCTION_WORDS,
    DETERMINERS,
    DOCUMENT_WORDS,
    INVERTED_VERBS,
    MODIFIER_WORDS,
    NOT_SOURCE_OBJECTS,
    PARTICIPLE_CUES,
    PRONOUNS,
    SPEECH_VERBS,
    SPOKES_WORDS,
    TAIL_WINDOW,
    TITLE_WORDS,
    Parsed,
    Tok,
    _apposition,
    _bare,
    _is_cap,
    _is_possessive,
    _key,
    _Lexicons,
    _may_end_auxiliaries,
    _parse,
    _phrase_after,
    _phrase_before,
    _sentence_subject,
    _tokens,
    _words,
)

SECTIONS_KEPT: frozenset[str] = frozenset({"body", "teaser", "headline"})
"""Paragraph labels whose text can hold sources; captions, credits, bylines do not."""


ENGLISH_SUPPORTED: tuple[str, ...] = ("en",)


FOREIGN_CUES: dict[str, tuple[str, ...]] = {
    "fr": (
        "nie",
        "a nié",
        "dément",
        "a démenti",
        "a répondu",
        "selon",
        "d'après",
        "a déclaré",
        "a affirmé",
        "a indiqué",
        "a annoncé",
        "a dit",
        "déclare",
        "affirme",
        "explique",
        "a expliqué",
        "cité par",
        "citée par",
        "rapporte",
        "a rapporté",
        "a confirmé",
        "dénonce",
        "a dénoncé",
        "estime",
        "souligne",
    ),
    "de": (
        "mit Material von",
        "bestreitet",
        "bestritt",
        "erklärt",
        "betont",
        "antwortete",
        "kritisierte",
        "laut",
        "zufolge",
        "sagte",
        "sagt",
        "erklärte",
        "erklärt",
        "berichtete",
        "berichtet",
        "teilte mit",
        "betonte",
        "bestätigte",
        "meldete",
        "meldet",
        "zitiert",
        "so",
    ),
    "es": (
        "negó",
        "niega",
        "rechazó",
        "respondió",
        "asegura",
        "afirma",
        "dice",
        "declara",
        "según",
        "dijo",
        "afirmó",
        "declaró",
        "informó",
        "aseguró",
        "explicó",
        "denunció",
        "citado por",
        "de acuerdo con",
        "señaló",
        "indicó",
        "reportó",
        "publicó",
    ),
    "it": (
        "ha negato",
        "nega",
        "ha risposto",
        "secondo",
        "ha detto",
        "ha dichiarato",
        "ha affermato",
        "ha spiegato",
        "ha riferito",
        "riferisce",
        "citato da",
        "ha denunciato",
        "ha confermato",
        "riporta",
    ),
    "pt": (
        "negou",
        "nega",
        "respondeu",
        "afirma",
        "diz",
        "segundo",
        "de acordo com",
        "disse",
        "afirmou",
        "declarou",
        "informou",
        "explicou",
        "denunciou",
        "citado por",
        "relatou",
        "confirmou",
        "publicou",
        "noticiou",
    ),
    "da": ("ifølge", "siger", "sagde", "oplyser", "oplyste", "skriver", "skrev", "fortæller"),
    "ru": (
        "опроверг",
        "отрицает",
        "ответил",
        "ответила",
        "по словам",
        "по данным",
        "по информации",
        "заявил",
        "заявила",
        "заявили",
        "сообщил",
        "сообщила",
        "сообщили",
        "сообщает",
        "цитирует",
        "сказал",
        "сказала",
        "отметил",
        "отметила",
        "пишет",
        "написал",
        "написала",
        "рассказал",
        "рассказала",
        "подтвердил",
        "подтвердила",
        "передает",
        "передаёт",
        "со ссылкой на",
        "считает",
        "утверждает",
    ),
}
"""Citing cues per language for non-English articles: a gazetteer entry in the same sentence
as one of these is a source. Extend it for your corpus's languages."""


@dataclass
class Event:
    """One citing occurrence of a source: where, how it was cited, and the mention's span."""

    start: int
    end: int
    cue: str
    kind: str  # 'quote' | 'paraphrase' | 'citation' | 'via'
    section: str
    speaker: str | None = None  # a name already resolved by the quote extractor
    role: str | None = None
    affiliation: str | None = None
    context: str = ""
    span: tuple[int, int] = (0, 0)  # the quote (quote-table events) or the sentence (patterns)
    shadow: bool = False  # a pattern event that repeats a quote-table attribution
    covers: tuple[int, int] | None = None  # a name apposed to the subject, not the subject
    cue_at: int = -1  # where the cue stands (patterns only)


def _verb_regex(words: Iterable[str]) -> re.Pattern[str]:
    alternation = "|".join(sorted(set(words), key=lambda w: (-len(w), w)))
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])")


_VERBS = _verb_regex(SPEECH_VERBS | PARTICIPLE_CUES | INVERTED_VERBS)


_ACCORDING = re.compile(r"(?<![\w-])[Aa]ccording\s+to\s+")


PASSIVE_CUES: tuple[str, ...] = (
    "reported",
    "revealed",
    "cited",
    "quoted",
    "published",
    "documented",
    "confirmed",
    "broken",
    "uncovered",
    "disclosed",
    "exposed",
    "broadcast",
    "aired",
    "carried",
)
"""Participles of "first reported by X" (the passive pattern)."""


CHANNEL_CUES: tuple[str, ...] = (
    "told",
    "tells",
    "telling",
    "tell",
    r"spoke\s+(?:to|with)",
    r"spoken\s+(?:to|with)",
    r"speaking\s+(?:to|with)",
    r"talked\s+(?:to|with)",
    r"talking\s+(?:to|with)",
    r"talks\s+(?:to|with)",
    r"interview\s+with",
    r"interviewed\s+by",
    r"comments\s+to",
    r"quoted\s+in",
    r"quoted\s+by",
    r"cited\s+by",
    r"writing\s+(?:in|for)",
    r"wrote\s+in",
    "via",
)
"""Cues (regexes) before a medium used as a channel ("told X")."""


DOCUMENT_CUES: tuple[str, ...] = (
    "report",
    "reports",
    "statement",
    "statements",
    "letter",
    "study",
    "survey",
    "investigation",
    "findings",
    r"press\s+release",
    "complaint",
    "appeal",
    "petition",
    "publication",
    "article",
    "interview",
    "investigations",
)
"""Documents (regexes) whose owner follows "by" or "from" ("a report by X")."""


_PASSIVE = re.compile(
    r"(?<![\w-])(?:" + "|".join(PASSIVE_CUES) + r")(?!\s+out\b)(?:\s+[\w’'-]+){0,4}?\s+by\s+"
)
"""A passive citation; "carried out by X" (an action, not a report) is not one."""


_CHANNEL = re.compile(r"(?<![\w-])(?P<cue>" + "|".join(CHANNEL_CUES) + r")\s+")


_DOCUMENT = re.compile(
    r"(?<![\w-])(?P<cue>" + "|".join(DOCUMENT_CUES) + r")\s+(?:released\s+|published\s+|issued\s+)?"
    r"(?:by|from)\s+"
)


def _word_trie(words: Iterable[str]) -> str:
    """Return a regex matching any of ``words``, written as a trie (fast to scan text with)."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        alternatives = [re.escape(c) + branch(sub) for c, sub in sorted(node.items()) if c]
        if not alternatives:
            return ""
        body = "(?:" + "|".join(alternatives) + ")" if len(alternatives) > 1 else alternatives[0]
        return "(?:" + body + ")?" if "" in node else body

    return branch(tree)


def _first_word(cue: str) -> str:
    """Return the word a cue regex opens with ("spoke" for the cue "spoke to" or "spoke with")."""
    return re.split(r"[^A-Za-z]", cue, maxsplit=1)[0]


_CUE_WORDS = re.compile(
    r"(?<![\w-])"
    + _word_trie(
        SPEECH_VERBS
        | PARTICIPLE_CUES
        | INVERTED_VERBS
        | {"according", "According"}
        | {_first_word(c) for c in (*PASSIVE_CUES, *CHANNEL_CUES, *DOCUMENT_CUES)}
    )
    + r"(?![\w-])"
)
"""The first word of every citing pattern: one scan of a sentence finds where to try them."""


_HEADLINE_DASH = re.compile(r"\s[-–—]\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s*$")


def _section_of(label: str) -> str | None:
    """Map a furniture label to a source section; ``None`` for captions, credits, bylines."""
    if label in ("body", "headline"):
        return "body"
    if label in ("teaser", "teaser_headline"):
        return "teaser"
    return None


def _english_events(
    text: str,
    paragraphs: list[tuple[int, int, str]],
    lex: _Lexicons,
    sentences: list[tuple[int, int]],
) -> list[Event]:
    """Citing events of an English article: every pattern of every body or teaser sentence.

    ``paragraphs`` are :func:`analysis.furniture.label_paragraphs` labels and ``sentences``
    :func:`analysis.text.sentence_spans` of the whole text (both memoised, so the quote
    extractor's pass is reused).
    """
    events: list[Event] = []
    for p_start, p_end, label in paragraphs:
        section = _section_of(label)
        if section is None:
            continue
        if label in ("headline", "teaser_headline"):
            dash = _HEADLINE_DASH.search(text, p_start, p_end)
            if dash:
                events.append(
                    Event(dash.start("name"), dash.end("name"), "headline", "citation", section)
                )
        quoted = _quoted_spans(text, p_start, p_end)
        for s_start, s_end in _sentences_in(sentences, p_start, p_end):
            events.extend(_sentence_events(text, s_start, s_end, section, lex, quoted))
    return events


def _memoised_english_events(
    text: str,
    paragraphs: list[tuple[int, int, str]],
    lex: _Lexicons,
    sentences: list[tuple[int, int]],
) -> list[Event]:
    """Return :func:`_english_events`, memoised per text and paragraph labels in ``lex``.

    The patterns do not depend on the quote table, so the citation table reuses the source
    table's. Events are never changed once made (resolution marks a repeat on a copy).
    """
    key = (text, tuple(paragraphs))
    found = lex.patterns.get(key)
    if found is None:
        if len(lex.patterns) >= 1024:
            lex.patterns.clear()
        found = lex.patterns[key] = _english_events(text, paragraphs, lex, sentences)
    return list(found)


def _sentences_in(sentences: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Return the sentences of ``sentences`` (sorted spans) lying in ``[start, end)``."""
    first = bisect.bisect_left(sentences, (start, -1))
    last = bisect.bisect_left(sentences, (end, -1), first)
    return sentences[first:last]


def _negated(text: str, lo: int, pos: int) -> bool:
    return bool(_NEG_TAIL.search(text[max(lo, pos - 40) : pos]))


_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|be)(?:\s+(?:\w+ly|first|also))*$")


_PASSIVE_AUX_ENDINGS = ("was", "were", "is", "are", "been", "being", "be", "ly", "first", "also")
"""How a match of :data:`_PASSIVE_AUX` ends: only then is the (slow, unanchored) search run."""


_WHO_TAIL = re.compile(r",\s+who(?:\s+" + AUXILIARIES + r")*$", re.IGNORECASE)


_BY_AFTER = re.compile(r"\s+(?:on\s+|first\s+|in\s+\w+\s+(?:\d{4}\s+)?)?by\b")


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|„[^„“”]*[“”]")


def _quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of text between double quotation marks in ``text[start:end]``."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text, start, end)]


def _sentence_events(
    text: str,
    lo: int,
    hi: int,
    section: str,
    lex: _Lexicons,
    quoted: list[tuple[int, int]] | None = None,
) -> list[Event]:
    """Return every citing pattern of one sentence ``text[lo:hi]``.

    Patterns whose cue stands inside a quotation (``quoted`` spans) are the quoted person's
    words ("My family have already said ..."), not the article's attribution, and are skipped.
    One scan finds the cue words; each pattern is tried where its first word stands, as if it
    scanned the sentence itself (a pattern's matches do not overlap).
    """
    words = list(_CUE_WORDS.finditer(text, lo, hi))
    if not words:
        return []  # most sentences cite no one
    inside = [(a, b) for a, b in (quoted or []) if a < hi and lo < b]
    verbs: list[Event] = []
    according: list[Event] = []
    passive: list[Event] = []
    channel: list[Event] = []
    document: list[Event] = []
    reached = {"passive": lo, "channel": lo, "document": lo}
    for word in words:
        at = word.start()
        if any(a < at < b for a, b in inside):
            for name, pattern in (
                ("passive", _PASSIVE),
                ("channel", _CHANNEL),
                ("document", _DOCUMENT),
            ):
                skipped = pattern.match(text, at, hi) if at >= reached[name] else None
                reached[name] = skipped.end() if skipped is not None else reached[name]
            continue  # a quoted person's words; the match still hides overlapping ones
        verb = _VERBS.match(text, at, hi)
        if verb is not None:
            event = _verb_event(text, lo, hi, verb, section, lex)
            if event is not None:
                event.cue_at = at
                verbs.append(event)
        found = _ACCORDING.match(text, at, hi)
        if found is not None:
            prefix = _DOC_PREFIX.match(text, found.end(), hi)
            span = _phrase_after(text, prefix.end() if prefix else found.end(), hi, lex)
            if span is not None:
                context = _apposition(text, span[1], hi, lex)
                according.append(
                    Event(
                        span[0],
                        span[1],
                        "according to",
                        "citation",
                        section,
                        context=context,
                        cue_at=at,
                    )
                )
        found = _PASSIVE.match(text, at, hi) if at >= reached["passive"] else None
        if found is not None:
            reached["passive"] = found.end()
            span = _phrase_after(text, found.end(), hi, lex)
            if span is not None and _has_source_word(text, span, lex):
                cue = found.group().split()[0].lower() + " by"
                passive.append(Event(span[0], span[1], cue, "citation", section, cue_at=at))
        found = _CHANNEL.match(text, at, hi) if at >= reached["channel"] else None
        if found is not None:
            reached["channel"] = found.end()
            span = _name_after(text, found.end(), hi, lex)
            if span is not None:
                cue = " ".join(found.group("cue").lower().split())
                channel.append(Event(span[0], span[1], cue, "via", section, cue_at=at))
        found = _DOCUMENT.match(text, at, hi) if at >= reached["document"] else None
        if found is not None:
            reached["document"] = found.end()
            span = _phrase_after(text, found.end(), hi, lex, allow_of=False)
            if span is not None and _has_source_word(text, span, lex):
                cue = "statement" if "statement" in found.group("cue") else "document"
                document.append(Event(span[0], span[1], cue, "citation", section, cue_at=at))
    out = verbs + according + passive + channel + document
    for event in out:
        event.span = (lo, hi)
    return out


def _verb_event(
    text: str, lo: int, hi: int, verb: re.Match[str], section: str, lex: _Lexicons
) -> Event | None:
    """Return the event of one speech verb: its subject, or the name after it if inverted."""
    cue = verb.group()
    if _negated(text, lo, verb.start()):
        return None
    before = text[lo : verb.start()].rstrip()
    before_end = lo + len(before)
    window = max(lo, before_end - TAIL_WINDOW)
    last_word = before.rsplit(None, 1)[-1].lower() if before else ""
    if (
        text.endswith(_PASSIVE_AUX_ENDINGS, window, before_end)
        and _PASSIVE_AUX.search(text, window, before_end)
    ) or _BY_AFTER.match(text, verb.end(), hi):
        return None  # "was first reported by X": the passive pattern handles it
    span = None
    if cue in PARTICIPLE_CUES:
        if not before.endswith(","):
            span = _phrase_before(text, lo, verb.start(), lex)
            if span is not None and _parse(text, span[0], span[1], lex).pronoun:
                return None  # "to prevent him telling": an unresolved object
        if span is None or _parse(text, span[0], span[1], lex).name is None:
            span = _sentence_subject(text, lo, verb.start(), lex)
    elif before.endswith(",") and not before.endswith(("”,", '",', "’,")):
        apposed = _apposed_subject(text, lo, verb.start(), lex)
        if apposed is not None:
            span, role_text, covers = apposed
            return Event(
                span[0], span[1], cue.lower(), "citation", section, context=role_text, covers=covers
            )
    elif (last_word == "who" or _may_end_auxiliaries(last_word)) and _WHO_TAIL.search(
        text, window, before_end
    ):
        # "Timur Osokin, who says he was tortured": the name before the relative clause
        comma = lo + before.rfind(",")
        span = _phrase_before(text, lo, comma, lex)
        if span is not None and _parse(text, span[0], span[1], lex).name is None:
            span = None
    else:
        span = _phrase_before(text, lo, verb.start(), lex)
        if span is not None and not _has_source_word(text, span, lex):
            span = None
    if span is None and cue in INVERTED_VERBS and before[-1:] in (",", "”", '"', "’", "»", ":"):
        span = _phrase_after(text, verb.end(), hi, lex)
        named = _NAMED_APPOSITION.match(text, span[1], hi) if span is not None else None
        if span is not None and named and _parse(text, span[0], span[1], lex).name is None:
            # "said the group's spokeswoman, Milena Vortis": the name, with its role
            role = text[span[0] : span[1]]
            name_span = (named.start("name"), named.end("name"))
            return Event(*name_span, cue.lower(), "citation", section, context=role)
    if span is None:
        return None
    return Event(
        span[0],
        span[1],
        cue.lower(),
        "citation",
        section,
        context=_apposition(text, span[1], hi, lex),
    )


_NAMED_APPOSITION = re.compile(
    r",\s*(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3})\s*(?=[.,;]|$)"
)


def _name_after(
    text: str, pos: int, hi: int, lex: _Lexicons | None = None
) -> tuple[int, int] | None:
    """Return the capitalised name right after a channel cue.

    "told The Telegraph" and "told the state broadcaster Kardovia Today" (up to three role
    words or modifiers may stand between the determiner and the name) give the name.
    """
    toks = _tokens(text, pos, hi)
    taken: list[Tok] = []
    skipped = 0
    for j, (_s, _e, word) in enumerate(toks):
        low = word.lower()
        if not taken and low in NOT_SOURCE_OBJECTS:
            return None
        if not taken and low in ("the", "a", "an"):
            continue
        if (
            not taken
            and lex is not None
            and word.islower()
            and skipped < 3
            and (low in lex.role_vocab or low in MODIFIER_WORDS)
        ):
            skipped += 1
            continue
        if (
            _is_cap(word)
            or (taken and word.isdigit())
            or (taken and word in ("&", "/"))
            or (taken and low in ("of", "de") and j + 1 < len(toks) and _is_cap(toks[j + 1][2]))
        ):
            if taken and _is_possessive(taken[-1][2]):
                break
            taken.append(toks[j])
            continue
        break
    if not taken or taken[0][2].lower() in CAPITALISED_FUNCTION_WORDS:
        return None
    return taken[0][0], taken[-1][1]


def _has_source_word(text: str, span: tuple[int, int], lex: _Lexicons) -> bool:
    """Whether a phrase can name a source: a capitalised name or a role word."""
    for _s, _e, word in _tokens(text, span[0], span[1]):
        low = word.lower()
        if low in PRONOUNS:
            return True  # resolved (or dropped) later
        if _is_cap(word) and low not in CAPITALISED_FUNCTION_WORDS:
            return True
        if low in lex.role_vocab or low in DOCUMENT_WORDS:
            return True
    return False


def _apposed_subject(
    text: str, lo: int, pos: int, lex: _Lexicons
) -> tuple[tuple[int, int], str, tuple[int, int] | None] | None:
    """Find the subject and its role in "X, the group's director, said" or "the reporter, X, told".

    The comma-delimited segment before the verb is the subject when it is a name (without a
    title word: "Russia Project Director with ..." is a role), and the description before it
    is its role; but in "A spokesman for the commissioner, Vera Dobrenko, said" the name
    belongs to the commissioner and the spokesman is the subject. Otherwise the segment is an
    apposition (the role) and the name before it is the subject. A segment opened by
    "including", "such as" and the like is neither. Returns the subject's span, the role
    text and the span of a name apposed to the subject that is not the subject (or
    ``None``), or ``None``.
    """
    before = text[lo:pos].rstrip()
    last_comma = lo + len(before) - 1
    prev_comma = text.rfind(",", lo, last_comma)
    segment_start = prev_comma + 1 if prev_comma >= 0 else lo
    inner = _trimmed(text, segment_start, last_comma)
    if inner is None:
        return None
    first = text[inner[0] : inner[1]].split()[0]
    if first in ("including", "such", "like", "especially", "among", "and", "or"):
        return None
    parsed = _parse(text, inner[0], inner[1], lex)
    if first.islower() and first not in DETERMINERS:
        parsed = Parsed(None, "", "", None, None)  # an aside: "speaking through a spokesperson"
    previous = _phrase_before(text, lo, prev_comma, lex) if prev_comma >= 0 else None
    if (
        parsed.name is not None
        and not parsed.document
        and not any(_bare(w).lower().rstrip(".") in TITLE_WORDS for w in parsed.name.split())
        and len(text[inner[0] : inner[1]].split()) <= 10
    ):
        if previous is None:
            return inner, "", None
        described = _parse(text, previous[0], previous[1], lex)
        head_words = described.head.lower().split()
        if (
            described.name is None
            and described.affiliation
            and head_words
            and head_words[0] in SPOKES_WORDS
        ):
            # "a spokesman for the commissioner, Vera Dobrenko,": the name is the principal;
            # "his spokesman, Kamil Rezvanov,": the name is the spokesman
            return previous, "", inner
        return inner, text[previous[0] : previous[1]] if described.name is None else "", None
    if prev_comma < 0 or parsed.pronoun or previous is None:
        return None
    earlier_comma = text.rfind(",", lo, prev_comma)
    if earlier_comma >= 0 and re.fullmatch(r"\s*\d{1,3}\s*", text[earlier_comma + 1 : prev_comma]):
        # "Timur Osokin, 31, a former shop assistant, told": skip the age
        previous = _phrase_before(text, lo, earlier_comma, lex)
        if previous is None:
            return None
    before_parsed = _parse(text, previous[0], previous[1], lex)
    if before_parsed.name is None and not (
        first in ("who", "whose", "speaking") and _has_source_word(text, previous, lex)
    ):
        return None  # "one survivor, who asked not to be named, told": the description
    return previous, text[inner[0] : inner[1]], None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return (start, end) if start < end else None


_DOC_PREFIX = re.compile(
    r"(?:(?:an?|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|statements?|data|"
    r"information|figures|letter|study|survey|findings|estimates?|accounts?)\s+"
    r"(?:by|from|of|released\s+by|published\s+by)\s+"
)


FOREIGN_FUNCTION_WORDS: frozenset[str] = frozenset(
    _words(
        """
    der die das den dem des ein eine einer eines einem sein seine seiner ihr ihre laut über mit
    el la los las un una unos unas su sus del al según
    le les du des une son sa ses au aux selon
    il lo gli i uno dei delle della suo sua secondo
    o os as um uma seu sua dos das do da segundo
    den det de en et hans hendes ifølge
    """
    )
)
"""Determiners and prepositions that may open a capitalised run in other languages."""


_FOREIGN_RUN = re.compile(
    r"(?<![\w-])[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]*(?:[ \t]+(?:(?:de|von|van|der|del|da)[ \t]+)?"
    r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w’'-]*|\d+))*"
)


def _foreign_candidates(
    text: str, start: int, end: int, known: frozenset[str], lex: _Lexicons
) -> list[tuple[int, int]]:
    """Find the names in a sentence of another language.

    They are gazetteer entries, capitalised runs of two or more words between determiners or
    prepositions, and single words known as surnames or outlets.
    """
    spans = [(m.start, m.end) for m in lex.matcher.finditer(text, start, end)]
    function_words = FOREIGN_FUNCTION_WORDS | CAPITALISED_FUNCTION_WORDS
    for found in _FOREIGN_RUN.finditer(text, start, end):
        # a run is cut at its function words: "Website The Lantern" holds "Lantern"
        segments: list[list[tuple[int, int]]] = [[]]
        for m in re.finditer(r"\S+", found.group()):
            if m.group().lower() in function_words:
                segments.append([])
            else:
                segments[-1].append((found.start() + m.start(), found.start() + m.end()))
        for words in segments:
            if not words:
                continue
            a, b = words[0][0], words[-1][1]
            if any(s <= a < e or a <= s < b for s, e in spans):
                continue
            if len(words) >= 2 or _key(text[a:b]) in known:
                spans.append((a, b))
    return spans


def _foreign_events(
    text: str,
    paragraphs: list[tuple[int, int, str]],
    language: str,
    lex: _Lexicons,
    sentences: list[tuple[int, int]],
    known: frozenset[str] = frozenset(),
) -> list[Event]:
    """Citing events of an article in another language: the name nearest each cue.

    Only the cues of :data:`FOREIGN_CUES` are read. A name is a gazetteer entry, a run of two
    or more capitalised words, or a single word that is a surname or outlet already known.
    """
    cues = FOREIGN_CUES.get(language, ())
    if not cues:
        return []
    pattern = _foreign_regex(language)
    events = []
    for p_start, p_end, label in paragraphs:
        section = _section_of(label)
        if section is None:
            continue
        for s_start, s_end in _sentences_in(sentences, p_start, p_end):
            found = list(pattern.finditer(text, s_start, s_end))
            if not found:
                continue
            candidates = _foreign_candidates(text, s_start, s_end, known, lex)
            for cue in found:
                # a capitalised cue ("Mit Material von") is not part of the name after it
                names = [_after_cue(text, a, b, cue.start(), cue.end()) for a, b in candidates]
                aside = _relative_aside(text, s_start, cue.start())
                spans = [c for c in names if c is not None and not aside[0] <= c[0] < aside[1]]
                if not spans:
                    continue
                nearest = min(
                    spans, key=lambda c: min(abs(c[0] - cue.end()), abs(cue.start() - c[1]))
                )
                event = Event(nearest[0], nearest[1], cue.group().lower(), "citation", section)
                event.span = (s_start, s_end)
                events.append(event)
    return events


_RELATIVE_ASIDE = re.compile(
    r",\s*(?:que|quien|quienes|qui|dont|der|die|das|welche[rs]?|che|cui|quem|cujo|cuja|som|"
    r"котор\w+|кто)\b[^,]*,\s*$",
    re.IGNORECASE,
)


def _relative_aside(text: str, start: int, cue_start: int) -> tuple[int, int]:
    """Return the span of a relative clause set off by commas right before a cue, or (0, 0).

    "La organización Harbour Network, que defiende … en Kardovia, asegura …": a name inside
    the aside ("Kardovia") is not the one who speaks.
    """
    m = _RELATIVE_ASIDE.search(text, start, cue_start)
    return (m.start(), m.end()) if m else (0, 0)


def _after_cue(text: str, a: int, b: int, cue_start: int, cue_end: int) -> tuple[int, int] | None:
    """Return the name span ``(a, b)`` without the cue it overlaps; ``None`` if nothing is left."""
    if b <= cue_start or a >= cue_end:
        return a, b
    if b <= cue_end:
        return None
    rest = len(text[cue_end:b]) - len(text[cue_end:b].lstrip())
    return cue_end + rest, b


_FOREIGN_REGEX: dict[str, re.Pattern[str]] = {}


def _foreign_regex(language: str) -> re.Pattern[str]:
    if language not in _FOREIGN_REGEX:
        words = sorted(FOREIGN_CUES[language], key=lambda w: (-len(w), w))
        alternation = "|".join(
            re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words
        )
        _FOREIGN_REGEX[language] = re.compile(r"(?<!\w)(?i:" + alternation + r")(?!\w)")
    return _FOREIGN_REGEX[language]


QUOTE_KIND_DIRECT: frozenset[str] = frozenset({"direct", "partial"})


def _numbers(values: pd.Series) -> list[float | None]:
    """Return a column as floats, ``None`` for missing or non-numeric values."""
    floats = pd.to_numeric(values.astype(object), errors="coerce").astype(float).tolist()
    return [None if math.isnan(number) else number for number in floats]


def _strings(values: pd.Series) -> list[str | None]:
    """Return a column's non-blank strings, stripped; ``None`` for anything else."""
    return [
        value.strip() if isinstance(value, str) and value.strip() else None
        for value in values.astype(object).tolist()
    ]


QUOTE_SECTIONS: dict[str, str] = {"headline": "body", "teaser_headline": "teaser"}
"""Quote-table sections named as source sections: a headline belongs to its story."""


def _quote_events(quotes: pd.DataFrame) -> dict[str, list[Event]]:
    """Return the citing events of every quote-table row, per article, read column-wise.

    A row with a speaker (not a pronoun) is an event of that speaker at the speaker's mention
    (at the quote's start when the mention has no offsets); its ``via`` medium is an event too.
    """
    if quotes.empty:
        return {}
    n = len(quotes)

    def strings(field: str) -> list[str | None]:
        return _strings(quotes[field]) if field in quotes.columns else [None] * n

    def numbers(field: str) -> list[float | None]:
        return _numbers(quotes[field]) if field in quotes.columns else [None] * n

    out: dict[str, list[Event]] = {}
    for (
        article_id,
        speaker,
        kind,
        section,
        s_start,
        s_end,
        q_start,
        q_end,
        cue,
        role,
        affiliation,
        via,
    ) in zip(
        quotes[ARTICLE_ID].astype(str).tolist(),
        strings("speaker"),
        quotes["kind"].astype(object).tolist(),
        strings("section"),
        numbers("speaker_start"),
        numbers("speaker_end"),
        numbers("start"),
        numbers("end"),
        strings("cue"),
        strings("role"),
        strings("affiliation"),
        strings("via"),
        strict=True,
    ):
        events = out.setdefault(article_id, [])
        kind_of = "quote" if kind in QUOTE_KIND_DIRECT else "paraphrase"
        section_of = section or "body"
        section_of = QUOTE_SECTIONS.get(section_of, section_of)
        begin = q_start or 0.0
        finish = q_end or begin
        start = int(s_start) if s_start is not None else int(begin)
        end = int(s_end) if s_end is not None and s_start is not None else start
        cue_of = (cue or "quote").lower()
        if speaker is not None and speaker.lower() not in PRONOUNS:
            events.append(
                Event(
                    start,
                    end,
                    cue_of,
                    kind_of,
                    section_of,
                    speaker=speaker,
                    role=role,
                    affiliation=affiliation,
                    span=(int(begin), int(finish)),
                )
            )
        if via is not None:
            events.append(Event(start, start, cue_of, "via", section_of, speaker=via))
    return out


def _languages(articles: pd.DataFrame) -> list[str]:
    """Return the language of each article; undetermined Latin-script text is read as English."""
    from analysis.language import language_support

    codes = [str(code) for code in language_support(articles)[LANGUAGE]]
    return [
        "en" if code == "und" and _mostly_ascii(text) else code
        for code, text in zip(codes, articles[TEXT], strict=True)
    ]


def _mostly_ascii(text: object) -> bool:
    if not isinstance(text, str):
        return False
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) >= 0.9 * len(letters)
