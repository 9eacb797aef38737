"""Source mentions: the lexicons, the phrase boundaries and the parse of one mention.

The words that make a phrase a source (organisation, title, spokesperson, document and
outlet nouns; pronouns and determiners that do not), the compiled gazetteer and role-word
lexicons (:class:`_Lexicons`, cached per gazetteer and taxonomy), the phrase before a speech
verb or after "according to" / "told", and :func:`_parse`, which splits a mention into name,
role and affiliation: "Harbour Network Director Sasha Ordynets" gives the name "Sasha
Ordynets", the role "Director" and the affiliation "Harbour Network"; "a spokesperson for
the Russian LGBT Network" makes the network the source.

Limits: organisations whose name contains a preposition and is not in the gazetteer ("Bank of
America") are cut at it unless the word before it is an organisation word (Council, Ministry,
Committee...); in German every noun is capitalised, so a title before a name stays in it.
Used by :mod:`analysis.sources`; not a public API.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import pandas as pd

from analysis.gazetteer import (
    Matcher,
    RoleLexicon,
    build_matcher,
    build_role_lexicon,
    fold_accents,
    load_gazetteer,
    load_source_types,
)

_STRING = pd.StringDtype()
"""The nullable string dtype (an instance: faster than looking up the alias)."""


def _words(words: str) -> list[str]:
    """Split a white-space separated word list (lexicons are written as text blocks)."""
    return words.split()


SPEECH_VERBS: frozenset[str] = frozenset(
    _words(
        """
    say says said saying tell tells told add adds added adding write writes wrote writing
    note notes noted noting stated stating report reports reported reporting confirm
    confirms confirmed confirming claim claims claimed claiming explain explains explained
    explaining insist insists insisted insisting warn warns warned warning announce
    announces announced announcing argue argues argued arguing allege alleges alleged
    alleging deny denies denied denying tweet tweets tweeted tweeting acknowledge
    acknowledges acknowledged admit admits admitted recall recalls recalled stress stresses
    stressed emphasised emphasized emphasises emphasizes pointed reveal reveals revealed
    revealing estimated describe describes described commented commenting responded replied
    declare declares declared asserted asserts reads published publishes
    """
    )
)
"""Verbs that cite their subject (the speech-and-writing tier of the cue lexicon)."""


INVERTED_VERBS: frozenset[str] = frozenset(
    _words(
        """
    said says added wrote writes noted explained recalled insisted stressed argued
    warned reads
    """
    )
)
"""Verbs that may precede their subject after a quotation ("…," said X)."""


PARTICIPLE_CUES: frozenset[str] = frozenset(
    _words(
        """
    saying writing adding noting stating claiming insisting warning arguing explaining
    denying alleging
    """
    )
)
"""Participles whose subject is the subject of the main clause ("X made a request, saying")."""


NOT_SOURCE_OBJECTS: frozenset[str] = frozenset(
    _words(
        """
    reporters journalists press media me us him her them you reporter journalist
    it everyone anyone people parliament lawmakers police
    """
    )
)
"""Objects of "told"/"spoke to" that are not a relaying medium."""


AUXILIARIES = (
    r"(?:has|have|had|was|were|is|are|will|would|could|can|may|might|should|did|does|do|also|"
    r"first|later|earlier|previously|again|then|recently|publicly|repeatedly|further|already|"
    r"reportedly|just|once|still|separately|subsequently|originally|initially|since|now|"
    r"allegedly|yesterday|today|last\s+week|this\s+week|on\s+\w+day)"
)


NEGATIONS = r"(?:not|n't|never|no\s+longer|neither|nor)"


PRONOUNS: frozenset[str] = frozenset(
    _words(
        """
    i we you he she it they me us him her them this that these those who which what one
    someone something everyone there nobody somebody anybody anyone everybody none
    il elle ils elles er sie es él ella ellos ele ela eles lui lei egli он она они han hun de
    """
    )
)


DETERMINERS: frozenset[str] = frozenset(
    _words(
        """
    the a an one some several many two three four five six seven eight nine ten other
    another its their his her these those our a few most all both
    """
    )
)


BOUNDARY_WORDS: frozenset[str] = frozenset(
    _words(
        """
    that and but while as because which who whom whose when where after before since so if
    though although however meanwhile also yet still instead earlier later now then during
    on at in into for with by to from of about than said says told why how what whether
    until unless nor or once
    """
    )
)
"""Words that end a subject phrase walking backwards from a cue (lower-cased)."""


PREPOSITIONS: tuple[str, ...] = (
    "on behalf of",
    "close to",
    "of",
    "from",
    "at",
    "for",
    "with",
    "in",
    "inside",
    "within",
)


ORG_WORDS: frozenset[str] = frozenset(
    _words(
        """
    council committee ministry organization organisation office court assembly union monitor
    directorate inspectorate initiative
    institute university commission department network centre center agency bank party
    federation association foundation league service services bureau board parliament
    congress senate government administration republic police watch international group
    campaign alliance coalition fund project society movement church times post news press
    gazeta gazette herald tribune journal telegraph guardian radio tv television channel
    daily magazine
    """
    )
)
"""Words that make a capitalised phrase an organisation ("Investigative Committee")."""


TITLE_WORDS: frozenset[str] = frozenset(
    _words(
        """
    president minister secretary director chairman chairwoman chair head spokesman
    spokeswoman spokesperson commissioner ombudsman senator governor mayor leader founder
    ceo coordinator rapporteur deputy premier general chief ambassador editor professor dr
    mr mrs ms mx prof sen rep gov gen col lt capt sgt officer lawyer activist researcher
    analyst correspondent reporter journalist member manager adviser advisor representative
    speaker mufti imam judge prosecutor investigator colonel major captain sheikh
    """
    )
)
"""Words that start or end a title before a name ("Foreign Minister Sergey Lavrov")."""


SPOKES_WORDS: frozenset[str] = frozenset(
    _words(
        """
    spokesman spokeswoman spokesperson spokespeople spokesmen representative representatives
    press service press office press secretary
    """
    )
)
"""Roles that speak for their affiliation: when unnamed, the affiliation is the source."""


DOCUMENT_WORDS: frozenset[str] = frozenset(
    _words(
        """
    report reports statement statements letter website data study survey poll document
    documents investigation publication article story findings figures records memo
    resolution ruling decision complaint petition analysis review
    """
    )
)
"""Heads of phrases that name a document: its owner, if named, is the source."""


NON_SOURCE_HEADS: frozenset[str] = frozenset(
    _words(
        """
    reports report news story stories claims allegations rumours rumors accounts evidence
    information data media article articles testimony testimonies footage video videos
    photos images interview figures statistics documents
    """
    )
)
"""Heads that cite no identifiable source on their own ("Reports say", "media reports")."""


ANONYMOUS_MARKERS = re.compile(
    r"(?i)\b(?:asked not to be (?:named|identified)|declined to be (?:named|identified)|"
    r"did not want to be (?:named|identified)|on (?:the )?condition of anonymity|"
    r"requested anonymity|spoke anonymously|speaking anonymously|whose name (?:was|has been) "
    r"withheld|not (?:be )?identified)"
)


CAPITALISED_FUNCTION_WORDS: frozenset[str] = frozenset(
    _words(
        """
    the a an but and or so yet also however meanwhile earlier later in on at after before
    during while when since as if though although last this that these those then now thus
    still instead according citing reports media news it he she they we i there what why how
    one some many most all both
    """
    )
)


NAME_PARTICLES: frozenset[str] = frozenset(
    _words(
        """
    de da del della der den van von bin ibn al el la le du dos das ter ten
    """
    )
)


_TOKEN = re.compile(r"[^\W_](?:[\w'’.&/+-]*[\w+])?|[^\w\s]")


_QUOTE_CHARS = "\"“”„«»‹›'‘’"


MODIFIER_WORDS: frozenset[str] = frozenset(
    _words(
        """
    foreign interior local regional federal senior top former independent anonymous unnamed
    human rights gay lesbian bisexual transgender queer lgbt lgbtq other international
    official state main chief deputy prominent leading well-known investigative opposition
    close russian chechen european american british western french german national public
    prime general executive vice acting first second third new young old elderly grieving
    muslim orthodox religious civil legal medical press kremlin-backed pro-kremlin
    pro-moscow london-based moscow-based us-based u.s. un human-rights rights-group
    unidentified undisclosed some many several numerous other two three four few strongman
    global law regional republican
    """
    )
)
"""Lower-case modifiers allowed inside a source phrase ("the interior minister")."""


PROPER_ADJECTIVES: frozenset[str] = frozenset(
    _words(
        """
    russian chechen european american british western french german us u.s. un
    """
    )
)
"""Modifiers that keep their capital when they open an unnamed source ("Russian officials")."""


Tok = tuple[int, int, str]


@dataclass(frozen=True)
class _Lexicons:
    matcher: Matcher
    roles: RoleLexicon
    role_vocab: frozenset[str]
    groups: dict[str, str]
    types: frozenset[str]
    phrases: dict[str, Parsed] = field(default_factory=dict, compare=False, repr=False)
    plausible: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    patterns: dict[tuple[str, tuple[tuple[int, int, str], ...]], list[Any]] = field(
        default_factory=dict, compare=False, repr=False
    )
    """Citing-pattern events per text and paragraph labels (:mod:`analysis.source_events`),
    shared by the source table and the citation table of one corpus."""


def _lexicons(gazetteer: pd.DataFrame | None, source_types: pd.DataFrame | None) -> _Lexicons:
    if gazetteer is None and source_types is None:
        return _default_lexicons(_shipped_stamp())
    taxonomy = source_types if source_types is not None else load_source_types()
    gaz = gazetteer if gazetteer is not None else load_gazetteer(source_types=taxonomy)
    return _compile_lexicons(gaz, taxonomy)


def _shipped_stamp() -> tuple[float, float]:
    """Modification times of the shipped taxonomy and gazetteer (a user may edit them)."""
    from analysis.gazetteer import GAZETTEER_PATH, SOURCE_TYPES_PATH

    return (SOURCE_TYPES_PATH.stat().st_mtime, GAZETTEER_PATH.stat().st_mtime)


@lru_cache(maxsize=2)
def _default_lexicons(stamp: tuple[float, float]) -> _Lexicons:
    del stamp  # part of the cache key only
    taxonomy = load_source_types()
    return _compile_lexicons(load_gazetteer(source_types=taxonomy), taxonomy)


def _compile_lexicons(gaz: pd.DataFrame, taxonomy: pd.DataFrame) -> _Lexicons:
    vocab: set[str] = set(TITLE_WORDS) | {w for w in SPOKES_WORDS if " " not in w}
    for source_type, words in zip(taxonomy["source_type"], taxonomy["role_words"], strict=True):
        for word in str(words).lower().split("|"):
            parts = word.split()
            if len(parts) == 1:
                vocab.add(parts[0])
            elif parts and source_type != "anonymous":
                vocab.add(parts[-1])  # the head noun of "human rights group"
    return _Lexicons(
        matcher=build_matcher(gaz),
        roles=build_role_lexicon(taxonomy),
        role_vocab=frozenset(vocab),
        groups=dict(zip(taxonomy["source_type"], taxonomy["group"], strict=True)),
        types=frozenset(taxonomy["source_type"]),
    )


def _tokens(text: str, start: int, end: int) -> list[Tok]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _form_spans(text: str, forms: frozenset[str], *, hyphen_after: bool) -> list[tuple[int, int]]:
    """Spans of the written forms of a source in ``text``, as whole words, longest first.

    The same spans as one regex alternation of the forms, longest first, scanned left to right
    (a curly apostrophe in a form matches a straight one too; a form followed by a hyphen
    counts only when ``hyphen_after``), found by string search: much faster than trying the
    alternation at every position of the text.
    """
    found: list[tuple[int, int]] = []
    straight = text.replace("’", "'") if "’" in text else text
    for form in forms:
        if not form:
            continue
        haystack, needle = (straight, form.replace("’", "'")) if "’" in form else (text, form)
        at = haystack.find(needle)
        while at >= 0:
            end = at + len(needle)
            if not (at and _word_char(text[at - 1], hyphen=True)) and not (
                end < len(text) and _word_char(text[end], hyphen=not hyphen_after)
            ):
                found.append((at, end))
            at = haystack.find(needle, at + 1)
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for start, end in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _word_char(char: str, *, hyphen: bool) -> bool:
    """Whether ``char`` is a regex word character (or a hyphen, when ``hyphen``)."""
    return char.isalnum() or char == "_" or (hyphen and char == "-")


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _bare(word: str) -> str:
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


def _is_possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "s'", "s’"))


@lru_cache(maxsize=65536)
def _clean(name: str) -> str:
    name = " ".join(name.split()).strip(" ,.;:—–-\"“”'‘’()«»")
    name = name.removeprefix("By ")  # a byline's credit ("By Northwire staff")
    for article in ("The ", "the ", "A ", "a ", "An ", "an "):
        if name.startswith(article):
            name = name[len(article) :]
            break
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return name.strip()


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """Comparison key of a name: lower case, accents, apostrophes and punctuation normalised."""
    name = fold_accents(_clean(name).replace("’", "'")).lower()
    return re.sub(r"[^\w' ]+", " ", name).strip()


def _is_plural(word: str) -> bool:
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "news", "press", "ous"))


TAIL_WINDOW = 240
"""Characters before a cue searched for a pattern that must end at the cue (auxiliaries, a
prepositional tail): far more than such a run of words takes, and it spares searching a long
sentence from its start."""


_AUX_TAIL = re.compile(r"(?:\s+" + AUXILIARIES + r")+\s*$", re.IGNORECASE)


_AUX_WORDS = frozenset(re.findall(r"[a-z]+", AUXILIARIES.replace(r"\s+", " ").replace(r"\w+", " ")))
"""Every word of :data:`AUXILIARIES`: a run of auxiliaries can only end in one of them (or in
a weekday)."""


def _may_end_auxiliaries(word: str) -> bool:
    """Whether a lower-case word can end a run of :data:`AUXILIARIES` (see :data:`_AUX_WORDS`)."""
    return word in _AUX_WORDS or word.endswith("day")


_NEG_TAIL = re.compile(r"\b" + NEGATIONS + r"(?:\s+" + AUXILIARIES + r")*\s*$", re.IGNORECASE)


_PREP_WORDS = frozenset({"of", "from", "at", "for", "in", "close", "to", "within", "inside"})


def _word_ok(word: str, lex: _Lexicons) -> bool:
    """Whether a word may stand inside a source phrase."""
    low = word.lower()
    if _is_cap(word):
        return low not in BOUNDARY_WORDS or low in lex.role_vocab
    if low in lex.role_vocab or low in MODIFIER_WORDS or low in NAME_PARTICLES:
        return True
    return low.endswith(("-based", "-backed", "-born", "-run", "-funded", "-led"))


_PP_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
"""The determiners of :data:`_PP_TAIL`: a phrase without one near its end cannot match it."""


_PP_TAIL = re.compile(
    r"(?<![\w'’-])(?P<head>[\w'’-]+)\s+(?:in|of|from|at|for|with|inside|within|close\s+to)\s+"
    r"(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*$"
)


_CALENDAR: frozenset[str] = frozenset(
    _words(
        """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    """
    )
)


_PHRASE_REACH = 24
"""Tokens a phrase read backwards may look at before the point it starts from: at most 14
taken, three more across "of the" and the word before them (see :func:`_phrase_before`)."""


_SPACE = re.compile(r"\s")


def _last_tokens(text: str, lo: int, end: int, *, reach: int | None = None) -> list[Tok]:
    """Return the last tokens of ``text[lo:end]``: enough for a phrase read backwards from the end.

    The tokens after the first white space of the last 160 characters are those of the whole
    stretch (a token never spans white space); they are enough when at least
    :data:`_PHRASE_REACH` of them start before ``reach`` (the end by default). Otherwise a
    long stretch (a paragraph before a name) is tokenised only over its last 600 characters
    when they hold at least 80 tokens; the first of them, perhaps cut, is dropped. A phrase
    read backwards takes at most a few dozen tokens, so it is the same.
    """
    near = max(lo, end - 160)
    gap = _SPACE.search(text, near, end) if near > lo else None
    if gap is not None:
        toks = _tokens(text, gap.end(), end)
        limit = end if reach is None else reach
        if sum(1 for t in toks[: _PHRASE_REACH + 1] if t[0] < limit) > _PHRASE_REACH:
            return toks
    start = max(lo, end - 600)
    toks = _tokens(text, start, end)
    if start == lo:
        return toks
    return toks[1:] if len(toks) >= 80 else _tokens(text, lo, end)


def _phrase_before(text: str, lo: int, pos: int, lex: _Lexicons) -> tuple[int, int] | None:
    """Span of the source phrase that ends right before ``pos`` (auxiliaries skipped).

    Walks back over names, role words and modifiers, across "of/from/at/with/in/for" when the
    word before them can belong to a source phrase ("sources in Russia", "Igor Kochetkov of
    the LGBT Network"), and stops at a determiner, punctuation or any other word. A phrase
    right after a verb form or "to/by" ("who escaped Chechnya told") is an object, not a
    subject, and is refused.
    """
    prefix = text[lo:pos].rstrip()
    last_word = prefix.rsplit(None, 1)[-1].lower() if prefix else ""
    tail = (
        _AUX_TAIL.search(text, max(lo, pos - TAIL_WINDOW), pos)
        if _may_end_auxiliaries(last_word)
        else None
    )
    end = tail.start() if tail else lo + len(prefix)
    if _ends_outside_phrase(text, lo, end, lex):
        return None
    toks = _last_tokens(text, lo, end)
    taken: list[Tok] = []
    i = len(toks) - 1
    pp = (
        _PP_TAIL.search(text, max(lo, end - TAIL_WINDOW), end)
        if any(t[2] in _PP_DETERMINERS for t in toks[-12:])
        else None
    )
    if pp and pp.group("head").lower() in lex.role_vocab:
        # "sources in the region", "a source close to the governor"
        if toks and toks[0][0] > lo:
            toks = _last_tokens(text, lo, end, reach=pp.start("head"))
        taken = [t for t in toks if t[0] >= pp.start("head")]
        i = len(toks) - len(taken) - 1
    while i >= 0 and len(taken) < 12:
        word = toks[i][2]
        low = word.lower()
        if low in DETERMINERS:
            before = toks[i - 1][2].lower() if i > 0 else ""
            crossing = before in ("of", "from", "at", "with", "for", "in") or (
                before == "to" and i > 2 and toks[i - 2][2].lower() == "close"
            )
            head_i = i - 3 if before == "to" else i - 2
            if taken and crossing and head_i >= 0 and _word_ok(toks[head_i][2], lex):
                taken[0:0] = toks[head_i + 1 : i + 1]
                i = head_i
                continue
            taken.insert(0, toks[i])
            i -= 1
            break
        if low in _PREP_WORDS and taken:
            if (
                i > 0
                and _word_ok(toks[i - 1][2], lex)
                and toks[i - 1][2].lower() not in _PREP_WORDS
            ):
                taken.insert(0, toks[i])
                i -= 1
                continue
            break
        if not word[0].isalnum() or not _word_ok(word, lex) or low in _CALENDAR:
            break
        taken.insert(0, toks[i])
        i -= 1
    while taken and taken[0][2].lower() in _PREP_WORDS:
        taken = taken[1:]
    if not taken:
        return None
    if i >= 0 and taken[0][2].lower() not in DETERMINERS:
        previous = toks[i][2]
        if previous.islower() and (
            previous.endswith(("ed", "ing")) or previous in ("to", "by", "against", "than")
        ):
            return None
    return taken[0][0], taken[-1][1]


def _ends_outside_phrase(text: str, lo: int, end: int, lex: _Lexicons) -> bool:
    """Whether no source phrase can end at ``end``: :func:`_phrase_before` would find none.

    True when the last word of ``text[lo:end]`` can stand in no source phrase (a verb,
    punctuation) and is no determiner, and no prepositional tail ("sources in the region")
    ends there: only that word is tokenised (a token never spans white space).
    """
    start = end
    while start > lo and not text[start - 1].isspace():
        start -= 1
    last = _tokens(text, start, end)
    if not last:
        return False
    word = last[-1][2]
    low = word.lower()
    if low in DETERMINERS or (word[0].isalnum() and _word_ok(word, lex) and low not in _CALENDAR):
        return False
    near = max(lo, end - 80)
    words = text[near:end].split()
    if (near == lo or len(words) >= 4) and not _PP_DETERMINERS.intersection(words[-3:-1]):
        return True  # the tail's determiner is the second or third word from the end
    return _PP_TAIL.search(text, max(lo, end - TAIL_WINDOW), end) is None


_AFTER_STOP = frozenset(
    _words(
        """
    that who which whom and but when on after before during as because since while last this
    earlier later in to about into over with by said says told added according if is was
    were are has have had will would
    """
    )
)


def _phrase_after(
    text: str, pos: int, hi: int, lex: _Lexicons, *, allow_of: bool = True
) -> tuple[int, int] | None:
    """Return the source phrase that starts at ``pos``: up to a comma, a clause or a verb."""
    toks = _tokens(text, pos, hi)
    taken: list[Tok] = []
    for j, (_s, _e, word) in enumerate(toks):
        low = word.lower()
        if not word[0].isalnum():
            if word == "&" and taken:
                taken.append(toks[j])
                continue
            break
        if low in ("in", "close") and taken and taken[-1][2].lower() in lex.role_vocab:
            taken.append(toks[j])  # "sources in the administration", "sources close to"
            continue
        if low == "to" and taken and taken[-1][2].lower() == "close":
            taken.append(toks[j])
            continue
        if low in _AFTER_STOP or len(taken) >= 10:
            break
        if low in ("of", "for", "from", "at"):
            if not taken or not allow_of:
                break
        elif word.isdigit() and taken and _is_cap(taken[-1][2]):
            pass  # "Morvesh 24"
        elif low not in DETERMINERS and low not in DOCUMENT_WORDS and not _word_ok(word, lex):
            break  # a verb or other word that cannot belong to a source phrase
        taken.append(toks[j])
    while taken and (taken[-1][2].lower() in _PREP_WORDS or taken[-1][2].lower() in DETERMINERS):
        taken.pop()
    if not taken:
        return None
    return taken[0][0], taken[-1][1]


def _sentence_subject(text: str, lo: int, hi: int, lex: _Lexicons) -> tuple[int, int] | None:
    """Span of the phrase that opens a sentence and is followed by its verb.

    "Enrique Torre Molina from All Out sent ..." gives "Enrique Torre Molina from All Out".
    Nothing is returned when the opening phrase is not followed by a lower-case word (a
    dateline such as "MOSCOW --") or ends in a preposition.
    """
    toks = _tokens(text, lo, hi)
    taken: list[Tok] = []
    j = 0
    while j < len(toks):
        word = toks[j][2]
        low = word.lower()
        if not word[0].isalnum():
            break
        if (
            low in DETERMINERS
            and (not taken or taken[-1][2].lower() in _PREP_WORDS)
            or low in ("of", "from", "at", "for", "with")
            and taken
            or (
                _word_ok(word, lex)
                and low not in _CALENDAR
                and not (taken and not _is_cap(word) and low in BOUNDARY_WORDS)
            )
        ):
            taken.append(toks[j])
        else:
            break
        j += 1
    while taken and (taken[-1][2].lower() in _PREP_WORDS or taken[-1][2].lower() in DETERMINERS):
        taken.pop()
    if not taken or j >= len(toks):
        return None
    following = toks[len(taken)][2] if len(taken) < len(toks) else ""
    if not following.islower() or following in _PREP_WORDS or following in DETERMINERS:
        return None
    if len(taken) == 1 and taken[0][2].isupper() and len(taken[0][2]) > 4:
        return None  # a dateline city
    return taken[0][0], taken[-1][1]


def _apposition(text: str, end: int, hi: int, lex: _Lexicons | None = None) -> str:
    """Return the ", spokesperson for the president," after a name, or ''.

    The apposition must open with a determiner, "who", a capitalised word or (when ``lex`` is
    given) a role word; ", told the Washington Post" is a verb phrase, not an apposition.
    """
    rest = text[end:hi]
    m = re.match(
        r"\s*,\s*((?:the|a|an|who|[A-Za-z])[^,.;:“”\"()]{2,120}?)(?=\s*(?:[,.;:)]|$))", rest
    )
    if not m:
        return ""
    appositive = re.split(r"\s+(?:who|which|that|whose|where)\s+", m.group(1), maxsplit=1)[0]
    words = appositive.split()
    if not words:
        return ""
    first = words[0]
    opens = (
        first.lower() in DETERMINERS
        or first in ("who", "whose")
        or _is_cap(first)
        or (lex is not None and _bare(first).lower() in lex.role_vocab)
    )
    return appositive if opens and len(words) <= 16 else ""


@dataclass(frozen=True)
class Parsed:
    """A source mention split into its parts: name (if any), description, role, affiliation."""

    name: str | None
    description: str
    head: str
    role: str | None
    affiliation: str | None
    pronoun: bool = False
    document: bool = False
    determiner: str = ""


def _title_and_org(text: str, pre: list[Tok], lex: _Lexicons) -> tuple[str | None, str | None]:
    """Split the words before a name into a role and an organisation.

    "Human Rights Council President" gives ("President", "Human Rights Council"); "Human
    Rights Campaign global director" gives ("global director", "Human Rights Campaign");
    "Russian President" gives ("Russian President", None); "Kadyrov's spokesman" gives
    ("Kadyrov's spokesman", "Kadyrov").
    """
    if not pre:
        return None, None
    pre_text = text[pre[0][0] : pre[-1][1]]
    title_at = max(
        (i for i, t in enumerate(pre) if _bare(t[2]).lower().rstrip(".") in TITLE_WORDS),
        default=None,
    )
    if title_at is not None and title_at > 0:
        org_end = 0
        while (
            org_end < title_at and _is_cap(pre[org_end][2]) and not _is_possessive(pre[org_end][2])
        ):
            org_end += 1
        org = pre[:org_end]
        if org and org_end < len(pre):
            org_text = text[org[0][0] : org[-1][1]]
            if (
                any(t[2].lower() in ORG_WORDS for t in org)
                or any(t[2].isupper() and len(t[2]) > 1 for t in org)
                or lex.matcher.lookup(org_text) is not None
            ):
                rest = pre[org_end:]
                return text[rest[0][0] : rest[-1][1]], _clean(org_text)
    owners = [t for t in pre if _is_possessive(t[2]) and _is_cap(t[2])]
    return pre_text, (_clean(owners[-1][2]) if owners else None)


def _parse_phrase(phrase: str, lex: _Lexicons) -> Parsed:
    """Return :func:`_parse` of a whole phrase, memoised (speaker names recur in a corpus)."""
    if phrase not in lex.phrases:
        if len(lex.phrases) >= 65536:
            lex.phrases.clear()
        lex.phrases[phrase] = _parse(phrase, 0, len(phrase), lex)
    return lex.phrases[phrase]


def _parse(text: str, start: int, end: int, lex: _Lexicons) -> Parsed:
    toks = [t for t in _tokens(text, start, end) if t[2] not in _QUOTE_CHARS]
    determiner = ""
    while toks and toks[0][2].lower() in DETERMINERS:
        determiner = toks[0][2].lower()
        toks = toks[1:]
        if determiner in ("one", "some", "many", "several", "two", "three", "most") and (
            toks and toks[0][2] == "of"
        ):
            toks = toks[1:]  # "one of the singer's relatives"
    if toks and re.match(r"(?i)i['’]", toks[0][2]):
        return Parsed(None, toks[0][2], toks[0][2], None, None, pronoun=True)
    parsed = _parse_tokens(text, toks, lex)
    return replace(parsed, determiner=determiner) if determiner else parsed


def _is_org_word(word: str) -> bool:
    """Whether ``word`` is a capitalised organisation word ("Council" of Europe)."""
    return _is_cap(word) and word.lower() in ORG_WORDS


_PREPOSITION_STARTS = frozenset(prep.split()[0] for prep in PREPOSITIONS)
"""First words of :data:`PREPOSITIONS` (all lower case): no other word can open one."""


def _parse_tokens(text: str, toks: list[Tok], lex: _Lexicons) -> Parsed:
    while toks and not toks[-1][2][0].isalnum():
        toks = toks[:-1]
    if not toks:
        return Parsed(None, "", "", None, None)
    if len(toks) == 1 and toks[0][2].lower() in PRONOUNS:
        return Parsed(None, toks[0][2], toks[0][2], None, None, pronoun=True)
    gaz_spans = [(m.start, m.end) for m in lex.matcher.finditer(text, toks[0][0], toks[-1][1])]
    split = len(toks)
    prep_len = 0
    for i in range(1, len(toks)):
        s, _e, word = toks[i]
        if word not in _PREPOSITION_STARTS or any(a <= s < b for a, b in gaz_spans):
            continue
        for prep in PREPOSITIONS:
            n = len(prep.split())
            if " ".join(t[2] for t in toks[i : i + n]) == prep:
                after = toks[i + n][2] if i + n < len(toks) else ""
                if prep in ("of", "for") and _is_org_word(toks[i - 1][2]) and _is_cap(after):
                    break  # "Council of Europe", "Ministry for Foreign Affairs"
                split, prep_len = i, n
                break
        if split < len(toks):
            break
    head, obj = toks[:split], toks[split + prep_len :]
    locative = split < len(toks) and toks[split][2] in ("in", "inside", "within")
    affiliation = _clean(text[obj[0][0] : obj[-1][1]]) if obj and not locative else None
    if not head:
        return Parsed(None, "", "", None, affiliation)
    description = text[toks[0][0] : toks[-1][1]]
    head_text = text[head[0][0] : head[-1][1]]
    last = head[-1][2]
    if _bare(last).lower() in DOCUMENT_WORDS:
        owner = [
            t for t in head[:-1] if _is_cap(t[2]) and t[2].lower() not in CAPITALISED_FUNCTION_WORDS
        ]
        if owner:
            name = _clean(text[owner[0][0] : owner[-1][1]])
            return Parsed(name, description, head_text, None, None, document=True)
        if affiliation and _is_cap(affiliation):
            return Parsed(affiliation, description, head_text, None, None, document=True)
        return Parsed(None, description, head_text, None, None, document=True)
    # a gazetteer name that ends the head is the name ("activist group All Out")
    known = [m for m in lex.matcher.finditer(text, head[0][0], head[-1][1]) if m.end == head[-1][1]]
    if known:
        at = known[-1].start
        pre = [t for t in head if t[1] <= at]
        role, org = _title_and_org(text, pre, lex)
        return Parsed(known[-1].entry.name, description, head_text, role, affiliation or org)
    if (
        len(head) >= 2
        and head[-1][2] in OUTLET_NOUNS
        and _is_cap(head[-2][2])
        and not _is_possessive(head[-2][2])
        and not head[-2][2].lower().endswith(("ian", "an", "ese", "ish", "ic"))
        and head[-2][2].lower() not in CAPITALISED_FUNCTION_WORDS
    ):
        head = head[:-1]  # "the Northwire agency": the name, then what it is
    # the name: the trailing run of capitalised words of the head
    run: list[Tok] = []
    for i in range(len(head) - 1, -1, -1):
        word = head[i][2]
        if run and _is_possessive(word):
            break
        numbered = not run and word.isdigit() and i > 0 and _is_cap(head[i - 1][2])
        if _is_cap(word) or numbered or (run and word.lower() in NAME_PARTICLES):
            run.insert(0, head[i])  # "Morvesh 24" is a name too
            continue
        if run and word in ("of", "for") and i > 0 and _is_org_word(head[i - 1][2]):
            run.insert(0, head[i])  # "Bureau of Prisons", kept whole as it was not split
            continue
        break
    while run and run[0][2].lower() in CAPITALISED_FUNCTION_WORDS:
        run = run[1:]
    if len(run) == 1 and run[0] is head[0] and run[0][2].lower() in lex.role_vocab:
        run = []  # "Activists noted": a role word that opens the sentence
    if len(run) == 1 and _is_possessive(run[0][2]):
        run = []  # "Russia's foreign minister" ends in a role word, handled below
    pre = head[: head.index(run[0])] if run else head
    if not run:
        return Parsed(None, description, head_text, head_text, affiliation)
    title_at = None
    for i, tok in enumerate(run[:-1]):
        if _bare(tok[2]).lower().rstrip(".") in TITLE_WORDS:
            title_at = i
    name_toks = run if title_at is None else run[title_at + 1 :]
    role, org = _title_and_org(
        text, pre + (run[: title_at + 1] if title_at is not None else []), lex
    )
    affiliation = affiliation or org
    name = _clean(text[name_toks[0][0] : name_toks[-1][1]])
    if not name:
        return Parsed(None, description, head_text, role, affiliation)
    if all(_bare(t[2]).lower().rstrip(".") in TITLE_WORDS for t in name_toks):
        # "the Council of Europe Secretary General": a title, not a person called "General"
        return Parsed(None, description, head_text, head_text, affiliation)
    return Parsed(name, description, head_text, role, affiliation)


OUTLET_NOUNS: frozenset[str] = frozenset(
    _words(
        """
    newspaper newspapers paper daily weekly magazine site website outlet agency broadcaster
    channel station portal tabloid publication radio tv television network service
    """
    )
)
"""Role nouns that make a media-typed name an outlet rather than a journalist."""


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _empty(columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
