"""Source typing: resolve each citing event to a named or unnamed source and type it.

Canonical names: a gazetteer alias gives the gazetteer's name; a surname alone resolves to the
fullest name in the article that ends with it; titles, possessives and leading articles are
stripped. Definite descriptions refer back: "the group" to the last named organisation of its
type, "his lawyer" or "the rapporteur" to the one person of the article described by that
role word.

Types: the gazetteer first; then, for a named person, the type of their affiliation; then
role words (``data/source_types.tsv``) in the mention, its apposition and the words around
every mention of the name in the article, the rightmost role word winning ("anonymous",
"international_body" and "security" words take precedence). A one-word name whose adjective
the text uses ("Kardovia"/"Kardovian") is a place, typed government. Then the corpus
(:func:`_corpus_types`): a name that is an outlet of the corpus is media, and a name still
``unknown`` takes the type a compatible name has elsewhere in the corpus. Unnamed sources
are ``anonymous`` in kind; their type is their stated role (officials are government) or
``anonymous``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

import pandas as pd

from analysis.gazetteer import (
    _WORD_START,
    Entry,
    Match,
)
from analysis.schema import ARTICLE_ID, OUTLET, TEXT, outlet_name
from analysis.source_events import FOREIGN_FUNCTION_WORDS, Event
from analysis.source_names import _compatible, _name_tokens
from analysis.source_phrases import (
    _PREP_WORDS,
    ANONYMOUS_MARKERS,
    CAPITALISED_FUNCTION_WORDS,
    DETERMINERS,
    DOCUMENT_WORDS,
    MODIFIER_WORDS,
    NON_SOURCE_HEADS,
    ORG_WORDS,
    OUTLET_NOUNS,
    PRONOUNS,
    PROPER_ADJECTIVES,
    SPOKES_WORDS,
    TITLE_WORDS,
    _apposition,
    _bare,
    _clean,
    _form_spans,
    _is_cap,
    _is_plural,
    _is_possessive,
    _key,
    _Lexicons,
    _parse,
    _parse_phrase,
    _phrase_before,
    _title_and_org,
    _tokens,
    _word_ok,
    _words,
)


@dataclass
class Resolved:
    """A source after canonicalisation and typing."""

    source: str
    kind: str
    source_type: str
    role: str | None
    affiliation: str | None
    forms: frozenset[str] = frozenset()
    named: bool = True


@dataclass
class _Article:
    article_id: str
    outlet: str | None
    text: str
    paragraphs: list[tuple[int, int, str]]
    surnames: dict[str, set[str]]
    own_keys: frozenset[str]
    outlets: frozenset[str] = frozenset()
    wire_keys: frozenset[str] = frozenset()
    matches: tuple[Match, ...] = ()
    contexts: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)
    names: dict[tuple[str, str | None, str | None, str], Resolved] = field(default_factory=dict)
    sentences: list[tuple[int, int]] = field(default_factory=list)


_NAME_RUN = re.compile(
    r"[A-Z]"
    + _WORD_START  # after the capital: a regex opening with a look-behind tries every position
    + r"[\w’'-]+(?:\s+(?:(?:de|van|von|al|bin|ibn|da|del|la|le|du|dos)\s+)?"
    r"[A-Z][\w’'-]+){1,5}"
)


@lru_cache(maxsize=256)
def _name_runs(text: str) -> tuple[tuple[int, str], ...]:
    """Return the runs of capitalised words of a text, with offsets (memoised per text)."""
    return tuple((m.start(), m.group()) for m in _NAME_RUN.finditer(text))


def _person_registry(
    text: str, lex: _Lexicons, matches: Iterable[Match] | None = None
) -> dict[str, set[str]]:
    """Surname -> fuller names seen in the article (titles stripped)."""
    names: dict[str, set[str]] = {}
    for run in {run for _start, run in _name_runs(text)}:  # a name recurs: read it once
        person = _person_name(run)
        if person is not None:
            names.setdefault(_bare(person.rsplit(None, 1)[-1]), set()).add(_clean(person))
    for match in matches if matches is not None else lex.matcher.finditer(text):
        if match.entry.kind == "person":
            names.setdefault(match.entry.name.split()[-1], set()).add(match.entry.name)
    return names


def _person_name(run: str) -> str | None:
    """Return the person's name a capitalised run ends with (titles stripped), if any."""
    words = run.split()
    cut = 0
    for i, word in enumerate(words[:-1]):
        if _bare(word).lower().rstrip(".") in TITLE_WORDS or _is_possessive(word):
            cut = i + 1
        elif i and word.lower() in CAPITALISED_FUNCTION_WORDS:
            cut = i + 1  # "Website The Lantern": a German noun before an English name
    words = words[cut:]
    if len(words) < 2 or any(w.lower() in ORG_WORDS for w in words):
        return None
    if words[0].lower() in _NOT_A_FORENAME:
        return None  # "Mit Material von Kestrel" is a credit line, not a person
    return " ".join(words)


_NOT_A_FORENAME = CAPITALISED_FUNCTION_WORDS | FOREIGN_FUNCTION_WORDS


TYPE_PRECEDENCE: tuple[str, ...] = ("anonymous", "international_body", "security")
"""Types that win over the rightmost role word: "a source in the police" is anonymous,
"police officials" security."""


def _organisation_names(text: str, lex: _Lexicons) -> list[tuple[int, Resolved]]:
    """Capitalised organisation names in ``text`` ("the Vistula Rights Network"), typed.

    A name goes on across "of" or "for" ("Morvesh Council of Elders").
    """
    found = []
    for start, run in _name_runs(text):
        words = run.split()
        while words and words[0].lower() in CAPITALISED_FUNCTION_WORDS:
            words = words[1:]
        if len(words) < 2 or words[-1].lower() not in ORG_WORDS:
            continue
        tail = _ORG_TAIL.match(text, start + len(run))
        name = _clean(" ".join(words) + (tail.group() if tail else ""))
        entry = lex.matcher.lookup(name)
        if entry is not None:
            found.append((start, _entry_resolved(entry, None, None, {name})))
            continue
        source_type = _type_from_words([name], lex) or "unknown"
        kind = "media" if source_type == "media" else "organization"
        found.append((start, Resolved(name, kind, source_type, None, None, frozenset({name}))))
    return found


def _type_from_words(strings: Iterable[str | None], lex: _Lexicons) -> str | None:
    """Return the source type named by role words, trying each string in turn."""
    for string in strings:
        if not string:
            continue
        found = lex.roles.types_in(string)
        if not found:
            continue
        kinds = {t for _s, _e, t in found}
        for preferred in TYPE_PRECEDENCE:
            if preferred in kinds:
                return preferred
        found.sort(key=lambda m: (m[1], m[1] - m[0]))
        return found[-1][2]
    return None


def _type_of_affiliation(affiliation: str | None, lex: _Lexicons) -> str | None:
    if not affiliation:
        return None
    entry = lex.matcher.lookup(affiliation)
    if entry is not None:
        return entry.source_type
    inner = next(lex.matcher.finditer(affiliation), None)
    if inner is not None:
        return inner.entry.source_type
    found = _type_from_words([affiliation], lex)
    return None if found == "anonymous" else found


def _name_kind(name: str, source_type: str | None) -> str:
    words = name.split()
    if any(w.lower() in ORG_WORDS for w in words) or any(w.isupper() and len(w) > 1 for w in words):
        return "media" if source_type == "media" else "organization"
    if source_type == "media" and len(words) > 1 and words[0][0].isupper() and len(words) > 3:
        return "media"
    return "person"


def _entry_resolved(
    entry: Entry, role: str | None, affiliation: str | None, forms: Iterable[str]
) -> Resolved:
    return Resolved(
        entry.name,
        "media" if entry.kind == "media" else entry.kind,
        entry.source_type,
        role or None,
        affiliation or entry.affiliation or None,
        frozenset({entry.name, *forms}),
    )


def _resolve_name(
    name: str,
    role: str | None,
    affiliation: str | None,
    context: str,
    art: _Article,
    lex: _Lexicons,
) -> Resolved:
    """Resolve and type a name cited in the article (memoised per article: names recur)."""
    key = (name, role, affiliation, context)
    if key not in art.names:
        art.names[key] = _resolve_new_name(key, art, lex)
    return art.names[key]


def _resolve_new_name(
    key: tuple[str, str | None, str | None, str], art: _Article, lex: _Lexicons
) -> Resolved:
    """Return :func:`_resolve_name` of ``(name, role, affiliation, context)``, computed."""
    name, role, affiliation, context = key
    full = name
    if len(name.split()) == 1:
        fuller = art.surnames.get(_bare(name), set()) - {name}
        if len(fuller) == 1:
            full = next(iter(fuller))
        elif len(fuller) > 1:
            entries = {lex.matcher.lookup(f) for f in fuller} - {None}
            if len(entries) == 1:
                full = next(iter(entries)).name  # type: ignore[union-attr]
    entry = lex.matcher.lookup(full) or lex.matcher.lookup(name)
    if entry is not None and entry.kind == "person" and len(name.split()) == 1 and full == name:
        others = art.surnames.get(_bare(name), set())
        if others and entry.name not in others:
            entry = None  # another person with that surname is in the article
    if entry is not None:
        return _entry_resolved(entry, role, affiliation, {name, full})
    kind_guess = _name_kind(full, None)
    if kind_guess == "person":
        # an affiliation anywhere in the article outranks a role word ("Pavel Drozd of the
        # Velmora Legal Defence Centre" is an NGO source even where he is "Osokin's lawyer")
        affiliation_type = _type_of_affiliation(affiliation, lex) or next(
            (
                t
                for t in (_type_of_affiliation(a, lex) for _r, a in _name_contexts(art, full, lex))
                if t
            ),
            None,
        )
        source_type = affiliation_type or _type_from_words([role, context], lex)
    else:
        source_type = _type_from_words([full, role, context], lex)
    around = ""
    if source_type is None or source_type == "anonymous":
        contexts = _name_contexts(art, full, lex)
        around = " ".join(r for r, _a in contexts)
        found_affiliation = next((a for _r, a in contexts if a), None)
        source_type = (
            _type_of_affiliation(found_affiliation, lex) if kind_guess == "person" else None
        ) or _type_from_words([r for r, _a in contexts], lex)
        role = role or next((r for r, _a in contexts if r), None)
        affiliation = affiliation or found_affiliation
        if source_type is None and kind_guess == "person" and _is_place(full, art.text):
            return Resolved(
                full, "organization", "government", role, affiliation, frozenset({full})
            )
    if source_type == "anonymous":
        source_type = None
    source_type = source_type or "unknown"
    kind = _name_kind(full, source_type)
    if source_type == "media" and kind == "person" and _names_outlet(role, context, around):
        kind = "media"  # "The Lantern, an independent news site": an outlet, not a journalist
    return Resolved(
        full, kind, source_type, role or None, affiliation or None, frozenset({name, full})
    )


def _names_outlet(*strings: str | None) -> bool:
    """Whether the role words of a media source name an outlet ("news site", "agency")."""
    for string in strings:
        words = [_bare(w).lower() for w in re.findall(r"[\w'’-]+", string or "")]
        if any(w in OUTLET_NOUNS for w in words) and not any(
            w in ("journalist", "reporter", "correspondent", "editor", "columnist") for w in words
        ):
            return True
    return False


_AFFILIATION_AFTER = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s*){1,5})")


def _name_contexts(art: _Article, name: str, lex: _Lexicons) -> list[tuple[str, str | None]]:
    """Return ``(role words, affiliation)`` around every mention of ``name`` in the article.

    The role words are the source phrase just before the mention ("the independent site The
    Lantern", "Veritas researcher Hanna Ellery") and its apposition ("Sasha Ordynets, the
    network's director,"); the affiliation is an organisation named there or after "of",
    "from" or "at" right after the name.
    """
    if name in art.contexts:
        return art.contexts[name]
    text = art.text
    out: list[tuple[str, str | None]] = []
    art.contexts[name] = out
    for start, end in _form_spans(text, frozenset({name}), hyphen_after=False):
        line_start = text.rfind("\n", 0, start) + 1
        before = _phrase_before(text, line_start, start, lex)
        pre_text = text[before[0] : before[1]] if before else ""
        appos = _apposition(text, end, min(len(text), end + 200), lex)
        affiliation = None
        after = _AFFILIATION_AFTER.match(text[end : end + 80])
        if after:
            affiliation = _clean(after.group(1))
        if before:
            pre_toks = _tokens(text, before[0], before[1])
            role, org = _title_and_org(text, pre_toks, lex)
            affiliation = affiliation or org
            pre_text = role or pre_text
        if pre_text or appos or affiliation:
            out.append((f"{pre_text} {appos}".strip(), affiliation))
    return out


def _is_place(name: str, text: str) -> bool:
    """Whether a one-word name is a place: the text also uses its adjective ("Kardovian")."""
    if " " in name or len(name) < 4:
        return False
    stem = name[:-1] if name.endswith(("a", "e", "y")) else name
    adjectives = frozenset({name + "n", *(stem + ending for ending in ("ian", "an", "ese", "ish"))})
    return bool(_form_spans(text, adjectives, hyphen_after=False))


def _first_mention_context(text: str, name: str, lex: _Lexicons) -> str:
    """Return the apposition after the first mention of ``name`` ("X, a lawyer for Y,")."""
    at = text.find(name)
    if at < 0:
        return ""
    return _apposition(text, at + len(name), min(len(text), at + 200), lex)


_ORG_TAIL = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*")


def _plausible_source(phrase: str, lex: _Lexicons) -> bool:
    """Whether a speaker string from the quote table reads like a source phrase.

    "group had moved 14 people out of the region" (a clause) is refused; names, role phrases
    and their post-modifiers ("spokesman for the office of X") pass. Memoised per phrase.
    """
    if phrase not in lex.plausible:
        if len(lex.plausible) >= 65536:
            lex.plausible.clear()
        lex.plausible[phrase] = _reads_like_source(phrase, lex)
    return lex.plausible[phrase]


def _reads_like_source(phrase: str, lex: _Lexicons) -> bool:
    """Return :func:`_plausible_source` of ``phrase``, computed."""
    toks = _tokens(phrase, 0, len(phrase))
    if not toks or len(toks) > 14:
        return False
    if toks[0][2].lower() in NUMBER_WORDS or toks[0][2].split("-")[0].lower() in NUMBER_WORDS:
        return False
    unknown = 0
    for i, (_s, _e, word) in enumerate(toks):
        low = word.lower()
        if not word[0].isalnum() or word.isdigit():
            continue
        if low in DETERMINERS or low in _PREP_WORDS or low in ("and", "of", "for", "close", "to"):
            continue
        if not _word_ok(word, lex) and low not in DOCUMENT_WORDS:
            unknown += 1
            following = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
            if unknown > 1 or (
                low.endswith("ed") and (following in DETERMINERS or following.isdigit())
            ):
                return False  # a clause ("group had moved 14 people"), not a source
    return True


NUMBER_WORDS: frozenset[str] = frozenset(
    _words(
        """
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds dozens dozen thousands
    """
    )
)


def _resolve(ev: Event, art: _Article, lex: _Lexicons) -> Resolved | None:
    if ev.speaker is not None:
        entry = lex.matcher.lookup(ev.speaker)
        if entry is not None:
            return _entry_resolved(entry, ev.role, ev.affiliation, {ev.speaker})
        if not _plausible_source(ev.speaker, lex):
            return None
        speaker = ev.speaker
        rest = None
        if ev.end > ev.start and speaker.split()[-1].lower() in ORG_WORDS:
            # "Morvesh Council" of Elders, after the mention or inside it
            inside = art.text.find(speaker, ev.start, ev.end)
            rest = _ORG_TAIL.match(art.text, inside + len(speaker) if inside >= 0 else ev.end)
        if rest:
            speaker = f"{speaker}{rest.group()}"
        parsed = _parse_phrase(speaker, lex)
    else:
        parsed = _parse(art.text, ev.start, ev.end, lex)
    role = ev.role or parsed.role
    affiliation = ev.affiliation or parsed.affiliation
    if parsed.pronoun:
        return None
    if parsed.name is not None:
        if parsed.name.lower() in PRONOUNS:
            return None
        return _resolve_name(
            parsed.name, None if parsed.document else role, affiliation, ev.context, art, lex
        )
    if parsed.document or not parsed.head:
        return None
    head_words = parsed.head.split()
    last = _bare(head_words[-1]).lower()
    inner = [
        m for m in lex.matcher.finditer(parsed.head) if m.end - m.start >= len(parsed.head) * 0.6
    ]
    if inner:
        return _entry_resolved(inner[0].entry, role, affiliation, {parsed.head})
    if last in NON_SOURCE_HEADS:
        return None
    spokes = last in SPOKES_WORDS or " ".join(head_words[-2:]).lower() in SPOKES_WORDS
    if spokes and affiliation and _is_cap(affiliation):
        speaker_for = _resolve_name(affiliation, parsed.head, None, ev.context, art, lex)
        if speaker_for.kind in ("organization", "media"):
            return speaker_for  # "a spokesperson for the Russian LGBT Network"
    if not any(w.lower().strip("’'") in lex.role_vocab for w in head_words):
        return None
    description = _clean(parsed.description)
    first_word = description.split()[0] if description else ""
    if (
        first_word[1:2].islower()
        and first_word.lower() in lex.role_vocab | MODIFIER_WORDS
        and first_word.lower() not in PROPER_ADJECTIVES
    ):
        description = description[0].lower() + description[1:]  # "Activists noted"
    source_type = _type_from_words([parsed.head], lex) or _type_of_affiliation(affiliation, lex)
    determiner = parsed.determiner
    if not determiner and ev.speaker is not None and ev.end > ev.start:
        # the quote table names "Western diplomat" for the mention "a Western diplomat"
        opening = art.text[ev.start : ev.end].split(maxsplit=1)[0].lower()
        determiner = opening if opening in DETERMINERS else ""
    definite = (
        determiner in ("the", "", "its", "his", "her", "their")
        and not _is_plural(last)
        or any(_is_possessive(w) for w in head_words[:-1])
    )
    sentence = art.text[ev.span[0] : ev.span[1]] if ev.span[1] > ev.span[0] else ""
    if ev.speaker is not None and ev.end > ev.start:
        # a quote's span is the quotation; "who spoke on condition of anonymity" stands
        # beside the speaker's mention
        sentence += " " + _sentence_at(art, ev.start)
    marked = bool(ANONYMOUS_MARKERS.search(ev.context or "") or ANONYMOUS_MARKERS.search(sentence))
    if marked:
        kind = "anonymous"
        source_type = "anonymous"
    elif last in ORG_WORDS and not _is_plural(last):
        kind = "organization"
    elif definite and not _is_plural(last):
        kind = "person"
    else:
        kind = "anonymous"
    indefinite = determiner in ("a", "an", "one", "another")
    if (
        kind == "anonymous"
        and indefinite
        and not _is_plural(last)
        and source_type in (None, "victim_witness", "unknown")
    ):
        source_type = "anonymous"  # "one survivor", "a former detainee": an unnamed person
    if source_type is None:
        source_type = "anonymous" if kind == "anonymous" else "unknown"
    if indefinite:
        description = f"{determiner} {description}"
    return Resolved(
        description, kind, source_type, role, affiliation, frozenset({description}), named=False
    )


def _sentence_at(art: _Article, offset: int) -> str:
    """Return the sentence of the article that holds ``offset`` ('' outside every sentence)."""
    at = bisect.bisect_right(art.sentences, (offset, len(art.text) + 1)) - 1
    if 0 <= at < len(art.sentences) and art.sentences[at][0] <= offset < art.sentences[at][1]:
        return art.text[art.sentences[at][0] : art.sentences[at][1]]
    return ""


def _pick_type(types: list[str]) -> str:
    informative = [t for t in types if t not in ("unknown",)]
    pool = informative or types
    return max(set(pool), key=lambda t: (pool.count(t), -pool.index(t)))


COREFERENT_HEADS: frozenset[str] = frozenset(
    _words(
        """
    group organization organisation network newspaper paper outlet ngo charity daily
    publication website watchdog body campaign association foundation spokesman
    spokeswoman spokesperson
    """
    )
)
"""Heads of definite descriptions that refer back to a named organisation ("the group")."""


def _antecedent(
    description: Resolved, offset: int, antecedents: list[tuple[int, Resolved]]
) -> Resolved | None:
    """Return the latest named organisation before ``offset`` of the description's type."""
    spokes = description.source.split()[-1].lower() in SPOKES_WORDS
    if description.kind == "anonymous" and not spokes:
        return None
    earlier = [
        r
        for start, r in sorted(antecedents, key=lambda item: item[0])
        if start < offset and (spokes or description.source_type in ("unknown", r.source_type))
    ]
    if not earlier:
        return None
    return replace(earlier[-1], role=description.source, forms=earlier[-1].forms)


def _prefer_fuller_subjects(resolved: list[tuple[Event, Resolved]]) -> None:
    """Give a quote-table row the source of a citing pattern that contains its speaker.

    "Authorities in X's Y Region said" is one subject; a quote table that stopped at
    "Authorities" takes the fuller phrase. In "A spokesman for the commissioner, Vera
    Dobrenko, said" the spokesman, not the commissioner, is the speaker. A person described
    at the speaker's very mention ("the minister said") does not undo the quote table's
    resolution of it to a named person.
    """
    speakers = [
        (i, other)
        for i, (other, _found) in enumerate(resolved)
        if other.speaker is not None and other.end > other.start
    ]
    if not speakers:
        return
    shadowed = []
    for j, (event, found) in enumerate(list(resolved)):
        if event.speaker is not None:
            continue
        regions = [(event.start, event.end)] + ([event.covers] if event.covers else [])
        for i, other in speakers:
            if not any(a <= other.start and other.end <= b for a, b in regions):
                continue
            other_found = resolved[i][1]
            same_mention = (other.start, other.end) == (event.start, event.end)
            if (
                same_mention
                and not found.named
                and found.kind != "organization"
                and other_found.named
                and other_found.kind == "person"
            ):
                continue
            if other_found.source != found.source:
                resolved[i] = (other, found)
                shadowed.append(j)
    for j in shadowed:
        event, found = resolved[j]
        resolved[j] = (replace(event, shadow=True), found)  # a copy: events are memoised


_POST_MODIFIER_OPENERS = frozenset({"of", "from", "in", "at", "for", "with", "inside", "within"})


def _head_noun(description: str) -> str:
    """Return the head noun of an unnamed source ("officer" of "a serving officer of the X")."""
    words = description.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in _POST_MODIFIER_OPENERS), len(words))
    return words[cut - 1]


def _person_antecedent(
    description: Resolved,
    art: _Article,
    people: dict[str, set[str]],
    seen: set[str],
    lex: _Lexicons,
) -> Resolved | None:
    """Return the named person a definite description refers to ("the governor", "his lawyer").

    The description's head noun must be a role word that describes exactly one person cited
    so far in the article (in their title, apposition or the words before their name).
    """
    head = _bare(_head_noun(description.source))
    if _is_plural(head) or head not in lex.role_vocab:
        return None
    for name in list(people):
        if name in seen:
            continue
        for role, _affiliation in _name_contexts(art, name, lex):
            people[name].update(_bare(w).lower() for w in role.split())
        seen.add(name)
    last = _bare(description.source.split()[-1]).lower()  # "commission" of "rapporteur of ..."
    owners = [
        name for name, words in people.items() if head in words and (last == head or last in words)
    ]
    if len(owners) != 1:
        return None
    resolved = _resolve_name(owners[0], None, None, "", art, lex)
    return replace(resolved, role=resolved.role or description.source)


def _own_keys(outlet: object, lex: _Lexicons) -> frozenset[str]:
    keys: set[str] = set()
    for value in (outlet, outlet_name(outlet) if isinstance(outlet, str) else None):
        if isinstance(value, str) and value.strip():
            keys.add(_key(value))
            entry = lex.matcher.lookup(value)
            if entry is not None:
                keys.add(_key(entry.name))
    return frozenset(keys)


def _wire_keys(outlet: object) -> frozenset[str]:
    """Comparison keys of the wire a reprint carries: "Northwire" in "X Daily (Northwire)".

    In the wire's story "told Northwire" is the story's own reporting: the wire is cited (an
    outlet-to-outlet citation), not a source.
    """
    if not isinstance(outlet, str):
        return frozenset()
    return frozenset(_key(wire) for wire in re.findall(r"\(([^()]+)\)", outlet))


def _outlet_keys(articles: pd.DataFrame) -> set[str]:
    """Comparison keys of every outlet named in the corpus, wire notes included."""
    outlets: set[str] = set()
    if OUTLET in articles.columns:
        for value in articles[OUTLET].dropna().astype(str):
            outlets.add(_key(value.split(" (", 1)[0]))
            outlets.update(_key(v) for v in re.findall(r"\(([^()]+)\)", value))
    outlets.discard("")
    return outlets


def _corpus_types(
    rows: list[dict[str, object]], articles: pd.DataFrame, lex: _Lexicons
) -> list[dict[str, object]]:
    """Type sources the article alone could not type, from the rest of the corpus.

    A named source left ``unknown`` is media when its name is (or contains, with the same
    last word) an outlet of the corpus (the ``outlet`` column, wire notes included);
    otherwise it takes the type that the same or a compatible name ("Gennady Morosh" for
    "Foreign Minister Gennady Morosh") has most often elsewhere in the corpus. A person
    typed by a role word only ("Osokin's lawyer") takes the type the same person has where
    the corpus says whom they speak for ("Pavel Drozd of the Velmora Legal
    Defence Centre"): one person, one type across the corpus, unless the gazetteer says. An
    source whose name *is* an outlet of the corpus is media even when role words around
    it said otherwise ("The Northwire agency, citing ..."), unless the gazetteer types it or
    its own name holds a role word ("Harbour Network" publishes, but is an NGO). A person
    still ``unknown`` who is named by one word that the article never writes in lower case
    ("One man, Marat, 26, said") is an ordinary person cited by first name or pseudonym:
    ``victim_witness``. Rows naming the article's own outlet are dropped. ``rows`` are dicts
    with ``article_id``, ``source``, ``source_kind``, ``source_type`` and ``outlet``; new dicts
    are returned.
    """
    outlets = _outlet_keys(articles)
    texts = dict(zip(articles[ARTICLE_ID].astype(str), articles[TEXT], strict=True))
    keys = [_key(str(row["source"])) for row in rows]
    votes: dict[str, dict[str, int]] = {}
    affiliated: dict[str, dict[tuple[str, str], int]] = {}  # people typed by whom they speak for
    for key, row in zip(keys, rows, strict=True):
        if row["source_kind"] != "anonymous" and row["source_type"] != "unknown":
            counter = votes.setdefault(key, {})
            counter[str(row["source_type"])] = counter.get(str(row["source_type"]), 0) + 1
            affiliation = row.get("affiliation")
            if row["source_kind"] == "person" and isinstance(affiliation, str) and affiliation:
                pair = (str(row["source_type"]), affiliation)
                found = affiliated.setdefault(key, {})
                found[pair] = found.get(pair, 0) + 1
    by_last: dict[str, list[str]] = {}
    for key in [*votes, *outlets]:
        words = _name_tokens(key)
        if words:
            by_last.setdefault(words[-1][:4], []).append(key)
    out = []
    for key, row in zip(keys, rows, strict=True):
        outlet = row.get(OUTLET)
        if isinstance(outlet, str) and key == _key(outlet):
            continue  # the article's own outlet
        row = dict(row)
        if row["source_kind"] == "anonymous":
            out.append(row)
            continue
        words = _name_tokens(key)
        candidates = (
            [k for k in by_last.get(words[-1][:4], []) if k == key or _compatible(key, k)]
            if words
            else []
        )
        tally: dict[str, int] = {}
        for k in candidates:
            for t, n in votes.get(k, {}).items():
                tally[t] = tally.get(t, 0) + n
        if row["source_type"] == "unknown":
            if key in outlets or any(k in outlets for k in candidates):
                row["source_type"], row["source_kind"] = "media", "media"
            elif tally:
                row["source_type"] = max(tally, key=lambda t: (tally[t], t))
        elif key in outlets and _typed_by_outlet(key, lex):
            row["source_type"], row["source_kind"] = "media", "media"
        elif row["source_kind"] == "person" and not row.get("affiliation"):
            pairs: dict[tuple[str, str], int] = {}
            for k in candidates:
                for pair, n in affiliated.get(k, {}).items():
                    pairs[pair] = pairs.get(pair, 0) + n
            if pairs and lex.matcher.lookup(key) is None:
                row["source_type"] = max(pairs, key=lambda p: (pairs[p], p))[0]
        if row["source_type"] == "unknown" and row["source_kind"] == "person":
            text = texts.get(str(row[ARTICLE_ID]))
            if isinstance(text, str) and _first_name_only(str(row["source"]), text):
                row["source_type"] = "victim_witness"
        out.append(row)
    return out


def _typed_by_outlet(key: str, lex: _Lexicons) -> bool:
    """Whether a corpus outlet's name may override role words: no gazetteer entry or role word."""
    return lex.matcher.lookup(key) is None and not lex.roles.types_in(key)


def _first_name_only(name: str, text: str) -> bool:
    """Whether ``name`` reads as a first name standing alone in ``text``.

    It is one capitalised word, not a plural ("Chechens") or a place (with an adjective in the
    text, or after "in", "from", "near"...), never written in lower case ("People"/"people")
    and never the first word of a longer capitalised name ("Morvesh Autonomous Region").
    """
    if len(name.split()) != 1 or not name[:1].isupper() or not name.isalpha():
        return False
    if _is_plural(name) or _is_place(name, text):
        return False
    # each regex opens with the name, so that it is looked for by string search, and only
    # then looks back (a regex opening with a look-behind is tried at every position)
    lower, written = re.escape(name.lower()), re.escape(name)
    if re.search(lower + r"(?<!\w" + lower + r")(?!\w)", text):
        return False
    for mention in re.finditer(written + r"\b", text):
        gap = mention.start()
        while gap and text[gap - 1].isspace():
            gap -= 1
        if gap < mention.start() and _PLACE_PREPOSITION.search(text, max(0, gap - 7), gap):
            return False  # "reports from Morvesh": a place
    return re.search(written + r"(?<![\w-]" + written + r")(?:['’]s)?\s+[A-Z]", text) is None


_PLACE_PREPOSITION = re.compile(r"\b(?:in|from|across|inside|outside|near)\Z")
"""A preposition that makes the name after it a place (searched up to the name's spaces)."""
