"""Source counting: who and what each article cites, typed, canonicalised and aggregated.

A *source* is a person, organisation, medium, document owner or unnamed group that an article
cites: it is quoted, paraphrased ("X says that ..."), credited ("according to X", "first
reported by X", "a report by X", "in a statement") or used as a channel ("told AFP", "spoke
to the Washington Post"). Photo credits, bylines, datelines and people who are only mentioned
are not sources; :func:`extract_mentions` lists the people and organisations who are talked
about, so a chart can set them against those who talk.

Method (rule-based, offline; see ``design/attribution.md`` §4 steps 4, 7, 8 and §5):

1. **Events.** Every row of the quote table (:func:`analysis.extract_quotes`) is a citing
   event of its speaker, and its ``via`` medium is an event of that medium. On top of that,
   precompiled regexes find citing patterns in each sentence: subject + speech verb
   ("Activists noted", "Buzzfeed has also reported"), a subject with an apposition or a
   relative clause ("Marie Struthers, the group's director, said"; "Osokin, who says"), an
   inverted verb after a quotation ("said Alvi Karimov, spokesperson for the president"),
   "according to X", a passive "first reported by X" / "cited by X", a medium as channel
   ("told X", "told the state broadcaster X", "in an interview with X", "quoted in X"), a
   document ("a report by X", "reads the OSCE report") and a statement ("a statement from
   X"). Negated verbs ("has not released a statement"), passives and cues inside a quotation
   (the quoted person's own words) are not events. When a pattern's subject contains a
   quote-table speaker ("Authorities in X's Y Region" for "Authorities"), the fuller subject
   wins; in "A spokesman for the commissioner, Vera Dobrenko, said" the spokesman speaks.
2. **Mentions** are parsed into name, role and affiliation: "Human Rights Council President
   Chad Griffin" gives the name "Chad Griffin", the role "President" and the affiliation
   "Human Rights Council"; "Enrique Torre Molina from All Out" gives the affiliation "All
   Out"; "a spokesperson for the Russian LGBT Network" makes the network the source.
   Pronoun subjects are left to the quote extractor's coreference.
3. **Canonical names**: a gazetteer alias gives the gazetteer's name ("Russia LGBT Network"
   and "LGBT Network" give "Russian LGBT Network"); a surname alone resolves to the fullest
   name in the article that ends with it; titles, possessives and leading articles are
   stripped. Definite descriptions refer back: "the group" to the last named organisation of
   its type, "the council" to the named organisation holding that word, "his lawyer" or
   "the rapporteur" to the one person of the article described by that role word, "the
   officer" to an earlier unnamed officer. :func:`canonical_sources` then merges spelling
   variants across the corpus by token overlap.
4. **Types**: the gazetteer first; then, for a named person, the type of their affiliation;
   then role words (``data/source_types.tsv``) in the mention, its apposition and the words
   around every mention of the name in the article, the rightmost role word winning ("a
   spokesperson for the president" is government, "activist group All Out" an NGO;
   "anonymous", "international_body" and "security" words take precedence). A one-word name
   whose adjective the text uses ("Kardovia"/"Kardovian") is a place, typed government.
   Then the corpus: a name that is an outlet of the corpus (``outlet`` column) is media, and
   a name still ``unknown`` takes the type a compatible name has elsewhere in the corpus.
   Unnamed sources ("sources in Russia", "a source close to", "officials said", "one
   survivor, who asked not to be named") have ``source_kind == 'anonymous'``; their type is
   their role when one is stated (officials are government, activists NGO) and
   ``anonymous`` when none is, when the sentence says they asked not to be named, or when
   they are a single unnamed ordinary person ("one survivor", "a former detainee").
5. **Sections**: captions, credits, bylines and datelines are skipped; a scraped
   "related stories" teaser is kept with ``section == 'teaser'`` (paragraph labels from
   :mod:`analysis.furniture`).

Languages: English articles get every rule (undetermined Latin-script text is read as
English). Articles in a language with configured cues (:data:`FOREIGN_CUES`: fr, de, es, it,
pt, da, ru) get, for each cue, the nearest name in its sentence: a gazetteer entry, a run of
two or more capitalised words, or a known surname or outlet ("laut Amnesty", "цитирует
ТАСС", "dijo Morosh"); plus the quote table's speakers. Other languages are not analysed;
:func:`source_diversity` says so per article.

Measured (``evaluate_sources``): the founding article F1 0.95 (1.0 without the quote table's
one extra teaser speaker), type accuracy 1.0; the fictional sample F1 0.83-0.85, type
accuracy 0.90.

Limits: the rules find the subject of a speech verb when it is a name or a role phrase next
to the verb; a source introduced only by a pronoun and missed by the quote extractor is
lost; organisations whose name contains a preposition and is not in the gazetteer ("Bank of
America") are cut at it unless the word before it is an organisation word (Council,
Ministry, Committee...); unnamed media ("a Russian newspaper") are kept as anonymous media
sources; in German every noun is capitalised, so a title before a name stays in it
("Außenminister Gennady Morosh"; :func:`canonical_sources` merges it with "Gennady Morosh").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import pandas as pd

from analysis.gazetteer import (
    Entry,
    Match,
    Matcher,
    RoleLexicon,
    build_matcher,
    build_role_lexicon,
    load_gazetteer,
    load_source_types,
)
from analysis.schema import ARTICLE_ID, LANGUAGE, OUTLET, TEXT, outlet_name, require_columns
from analysis.text import paragraph_spans, sentence_spans

_STRING = pd.StringDtype()
"""The nullable string dtype (an instance: faster than looking up the alias)."""


def _words(words: str) -> list[str]:
    """Split a white-space separated word list (lexicons are written as text blocks)."""
    return words.split()


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

# --- lexicons -------------------------------------------------------------------------------

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
    declare declares declared asserted asserts reads
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


# --- lexicon bundle ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicons:
    matcher: Matcher
    roles: RoleLexicon
    role_vocab: frozenset[str]
    groups: dict[str, str]
    types: frozenset[str]


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


# --- small helpers -----------------------------------------------------------------------


def _tokens(text: str, start: int, end: int) -> list[Tok]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


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
    for article in ("The ", "the ", "A ", "a ", "An ", "an "):
        if name.startswith(article):
            name = name[len(article) :]
            break
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return name.strip()


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """Comparison key of a name: lower case, apostrophes and punctuation normalised."""
    name = _clean(name).replace("’", "'").lower()
    return re.sub(r"[^\w' ]+", " ", name).strip()


def _is_plural(word: str) -> bool:
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "news", "press", "ous"))


# --- source phrases ------------------------------------------------------------------------

_AUX_TAIL = re.compile(r"(?:\s+" + AUXILIARIES + r")+\s*$", re.IGNORECASE)
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


def _phrase_before(text: str, lo: int, pos: int, lex: _Lexicons) -> tuple[int, int] | None:
    """Span of the source phrase that ends right before ``pos`` (auxiliaries skipped).

    Walks back over names, role words and modifiers, across "of/from/at/with/in/for" when the
    word before them can belong to a source phrase ("sources in Russia", "Igor Kochetkov of
    the LGBT Network"), and stops at a determiner, punctuation or any other word. A phrase
    right after a verb form or "to/by" ("who escaped Chechnya told") is an object, not a
    subject, and is refused.
    """
    prefix = text[lo:pos]
    tail = _AUX_TAIL.search(prefix)
    end = lo + (tail.start() if tail else len(prefix.rstrip()))
    toks = _tokens(text, lo, end)
    taken: list[Tok] = []
    i = len(toks) - 1
    pp = _PP_TAIL.search(text, lo, end)
    if pp and pp.group("head").lower() in lex.role_vocab:
        # "sources in the region", "a source close to the governor"
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


# --- parsing a mention ----------------------------------------------------------------------


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
        if word != word.lower() or any(a <= s < b for a, b in gaz_spans):
            continue
        for prep in PREPOSITIONS:
            n = len(prep.split())
            if " ".join(t[2] for t in toks[i : i + n]) == prep:
                after = toks[i + n][2] if i + n < len(toks) else ""
                if (
                    prep in ("of", "for")
                    and toks[i - 1][2].lower() in ORG_WORDS
                    and _is_cap(toks[i - 1][2])
                    and _is_cap(after)
                ):
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
    return Parsed(name, description, head_text, role, affiliation)


# --- events ---------------------------------------------------------------------------------


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
_PASSIVE = re.compile(
    r"(?<![\w-])(?:reported|revealed|cited|quoted|published|documented|confirmed|broken|"
    r"uncovered|disclosed|exposed|broadcast|aired|carried)(?:\s+[\w’'-]+){0,4}?\s+by\s+"
)
_CHANNEL = re.compile(
    r"(?<![\w-])(?P<cue>told|tells|telling|tell|spoke\s+(?:to|with)|spoken\s+(?:to|with)|"
    r"speaking\s+(?:to|with)|talked\s+(?:to|with)|talking\s+(?:to|with)|talks\s+(?:to|with)|"
    r"interview\s+with|interviewed\s+by|comments\s+to|quoted\s+in|quoted\s+by|cited\s+by|"
    r"writing\s+(?:in|for)|wrote\s+in|via)\s+"
)
_DOCUMENT = re.compile(
    r"(?<![\w-])(?P<cue>report|reports|statement|statements|letter|study|survey|investigation|"
    r"findings|press\s+release|complaint|appeal|petition|publication|article|interview|"
    r"investigations)\s+(?:released\s+|published\s+|issued\s+)?"
    r"(?:by|from)\s+"
)
_HEADLINE_DASH = re.compile(r"\s[-–—]\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s*$")


def _paragraph_labels(text: str, title: str | None) -> list[tuple[int, int, str]]:
    try:
        from analysis.furniture import label_paragraphs
    except ImportError:  # pragma: no cover - furniture ships with the package
        return [(a, b, "body") for a, b in paragraph_spans(text)]
    return label_paragraphs(text, title=title)


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
    sentences: list[tuple[int, int]] | None = None,
) -> list[Event]:
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
        if sentences is None:
            spans = _split_sentences(text, p_start, p_end)
        else:
            first = bisect.bisect_left(sentences, (p_start, -1))
            spans = []
            for a, b in sentences[first:]:
                if a >= p_end:
                    break
                spans.append((a, b))
        quoted = _quoted_spans(text, p_start, p_end)
        for s_start, s_end in spans:
            events.extend(_sentence_events(text, s_start, s_end, section, lex, quoted))
    return events


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + a, start + b) for a, b in sentence_spans(text[start:end])]


def _negated(text: str, lo: int, pos: int) -> bool:
    return bool(_NEG_TAIL.search(text[max(lo, pos - 40) : pos]))


_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|be)(?:\s+(?:\w+ly|first|also))*$")
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
    """
    inside = [(a, b) for a, b in (quoted or []) if a < hi and lo < b]
    if inside:
        return [
            e
            for e in _sentence_events(text, lo, hi, section, lex)
            if not any(a < e.cue_at < b for a, b in inside)
        ]
    out: list[Event] = []
    for verb in _VERBS.finditer(text, lo, hi):
        event = _verb_event(text, lo, hi, verb, section, lex)
        if event is not None:
            event.cue_at = verb.start()
            out.append(event)
    for found in _ACCORDING.finditer(text, lo, hi):
        prefix = _DOC_PREFIX.match(text, found.end(), hi)
        span = _phrase_after(text, prefix.end() if prefix else found.end(), hi, lex)
        if span is not None:
            context = _apposition(text, span[1], hi, lex)
            out.append(
                Event(span[0], span[1], "according to", "citation", section, context=context)
            )
            out[-1].cue_at = found.start()
    for found in _PASSIVE.finditer(text, lo, hi):
        span = _phrase_after(text, found.end(), hi, lex)
        if span is not None and _has_source_word(text, span, lex):
            cue = found.group().split()[0].lower() + " by"
            out.append(Event(span[0], span[1], cue, "citation", section, cue_at=found.start()))
    for found in _CHANNEL.finditer(text, lo, hi):
        span = _name_after(text, found.end(), hi, lex)
        if span is not None:
            cue = re.sub(r"\s+", " ", found.group("cue").lower())
            out.append(Event(span[0], span[1], cue, "via", section, cue_at=found.start()))
    for found in _DOCUMENT.finditer(text, lo, hi):
        span = _phrase_after(text, found.end(), hi, lex, allow_of=False)
        if span is not None and _has_source_word(text, span, lex):
            cue = "statement" if "statement" in found.group("cue") else "document"
            out.append(Event(span[0], span[1], cue, "citation", section, cue_at=found.start()))
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
    if _PASSIVE_AUX.search(before) or _BY_AFTER.match(text, verb.end(), hi):
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
    elif re.search(r",\s+who(?:\s+" + AUXILIARIES + r")*$", before, re.IGNORECASE):
        # "Timur Osokin, who says he was tortured": the name before the relative clause
        comma = lo + before.rfind(",")
        span = _phrase_before(text, lo, comma, lex)
        if span is not None and _parse(text, span[0], span[1], lex).name is None:
            span = None
    else:
        span = _phrase_before(text, lo, verb.start(), lex)
        if span is not None and not _has_source_word(text, span, lex):
            span = None
    if span is None and cue in INVERTED_VERBS and re.search(r"[,”\"’»:]\s*$", before):
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
        if described.name is None and head_words and head_words[0] in SPOKES_WORDS:
            return previous, "", inner  # the name is the spokesman's principal
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
    der die das den dem des ein eine einer eines einem sein seine seiner ihr ihre laut über
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

    They are gazetteer entries, capitalised runs of two or more words (after leading
    determiners), and single words known as surnames or outlets.
    """
    spans = [(m.start, m.end) for m in lex.matcher.finditer(text, start, end)]
    for found in _FOREIGN_RUN.finditer(text, start, end):
        words = [(m.start(), m.end()) for m in re.finditer(r"\S+", found.group())]
        while words and found.group()[words[0][0] : words[0][1]].lower() in (
            FOREIGN_FUNCTION_WORDS | CAPITALISED_FUNCTION_WORDS
        ):
            words = words[1:]
        if not words:
            continue
        a, b = found.start() + words[0][0], found.start() + words[-1][1]
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
        for s_start, s_end in _split_sentences(text, p_start, p_end):
            found = list(pattern.finditer(text, s_start, s_end))
            if not found:
                continue
            candidates = _foreign_candidates(text, s_start, s_end, known, lex)
            for cue in found:
                if not candidates:
                    break
                nearest = min(
                    candidates, key=lambda c: min(abs(c[0] - cue.end()), abs(cue.start() - c[1]))
                )
                event = Event(nearest[0], nearest[1], cue.group().lower(), "citation", section)
                event.span = (s_start, s_end)
                events.append(event)
    return events


_FOREIGN_REGEX: dict[str, re.Pattern[str]] = {}


def _foreign_regex(language: str) -> re.Pattern[str]:
    if language not in _FOREIGN_REGEX:
        words = sorted(FOREIGN_CUES[language], key=lambda w: (-len(w), w))
        alternation = "|".join(
            re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words
        )
        _FOREIGN_REGEX[language] = re.compile(r"(?<!\w)(?i:" + alternation + r")(?!\w)")
    return _FOREIGN_REGEX[language]


# --- resolution ------------------------------------------------------------------------------


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
    matches: tuple[Match, ...] = ()
    contexts: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)
    sentences: list[tuple[int, int]] = field(default_factory=list)


_NAME_RUN = re.compile(
    r"(?<![\w-])[A-Z][\w’'-]+(?:\s+(?:(?:de|van|von|al|bin|ibn|da|del|la|le|du|dos)\s+)?"
    r"[A-Z][\w’'-]+){1,5}"
)


def _person_registry(
    text: str, lex: _Lexicons, matches: Iterable[Match] | None = None
) -> dict[str, set[str]]:
    """Surname -> fuller names seen in the article (titles stripped)."""
    names: dict[str, set[str]] = {}
    for found in _NAME_RUN.finditer(text):
        words = found.group().split()
        cut = 0
        for i, word in enumerate(words[:-1]):
            if _bare(word).lower().rstrip(".") in TITLE_WORDS or _is_possessive(word):
                cut = i + 1
        words = [w for w in words[cut:]]
        if len(words) < 2 or any(w.lower() in ORG_WORDS for w in words):
            continue
        if words[0].lower() in CAPITALISED_FUNCTION_WORDS:
            continue
        full = _clean(" ".join(words))
        names.setdefault(_bare(words[-1]), set()).add(full)
    for match in matches if matches is not None else lex.matcher.finditer(text):
        if match.entry.kind == "person":
            names.setdefault(match.entry.name.split()[-1], set()).add(match.entry.name)
    return names


TYPE_PRECEDENCE: tuple[str, ...] = ("anonymous", "international_body", "security")
"""Types that win over the rightmost role word: "a source in the police" is anonymous,
"police officials" security."""


def _organisation_names(text: str, lex: _Lexicons) -> list[tuple[int, Resolved]]:
    """Capitalised organisation names in ``text`` ("the Vistula Rights Network"), typed."""
    found = []
    for match in _NAME_RUN.finditer(text):
        words = match.group().split()
        while words and words[0].lower() in CAPITALISED_FUNCTION_WORDS:
            words = words[1:]
        if len(words) < 2 or words[-1].lower() not in ORG_WORDS:
            continue
        name = _clean(" ".join(words))
        entry = lex.matcher.lookup(name)
        if entry is not None:
            found.append((match.start(), _entry_resolved(entry, None, None, {name})))
            continue
        source_type = _type_from_words([name], lex) or "unknown"
        kind = "media" if source_type == "media" else "organization"
        found.append(
            (match.start(), Resolved(name, kind, source_type, None, None, frozenset({name})))
        )
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


OUTLET_NOUNS: frozenset[str] = frozenset(
    _words(
        """
    newspaper newspapers paper daily weekly magazine site website outlet agency broadcaster
    channel station portal tabloid publication radio tv television network service
    """
    )
)
"""Role nouns that make a media-typed name an outlet rather than a journalist."""


def _names_outlet(*strings: str | None) -> bool:
    """Whether the role words of a media source name an outlet ("news site", "agency")."""
    for string in strings:
        words = [_bare(w).lower() for w in re.findall(r"[\w'’-]+", string or "")]
        if any(w in OUTLET_NOUNS for w in words) and not any(
            w in ("journalist", "reporter", "correspondent", "editor", "columnist") for w in words
        ):
            return True
    return False


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
    pattern = re.compile(r"(?<![\w-])" + re.escape(name).replace("’", "['’]") + r"(?![\w-])")
    for found in pattern.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        before = _phrase_before(text, line_start, found.start(), lex)
        pre_text = text[before[0] : before[1]] if before else ""
        appos = _apposition(text, found.end(), min(len(text), found.end() + 200), lex)
        affiliation = None
        after = re.match(
            r"\s+(?:of|from|at|with)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s*){1,5})",
            text[found.end() : found.end() + 80],
        )
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
    return bool(
        re.search(
            r"(?<![\w-])(?:"
            + re.escape(name)
            + r"n|"
            + re.escape(stem)
            + r"(?:ian|an|ese|ish))(?![\w-])",
            text,
        )
    )


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
    and their post-modifiers ("spokesman for the office of X") pass.
    """
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
        rest = _ORG_TAIL.match(art.text, ev.end) if ev.end > ev.start else None
        if rest and speaker.split()[-1].lower() in ORG_WORDS:
            speaker = f"{speaker}{rest.group()}"  # "Morvesh Council" of Elders
        parsed = _parse(speaker, 0, len(speaker), lex)
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
    definite = (
        determiner in ("the", "", "its", "his", "her", "their")
        and not _is_plural(last)
        or any(_is_possessive(w) for w in head_words[:-1])
    )
    sentence = art.text[ev.span[0] : ev.span[1]] if ev.span[1] > ev.span[0] else ""
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


# --- assembly --------------------------------------------------------------------------------

QUOTE_KIND_DIRECT: frozenset[str] = frozenset({"direct", "partial"})


def _num(value: object) -> float | None:
    if value is None or value is pd.NA:
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if pd.isna(number) else number


def _str(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


QUOTE_FIELDS: tuple[str, ...] = (
    "speaker",
    "kind",
    "section",
    "speaker_start",
    "speaker_end",
    "start",
    "end",
    "cue",
    "role",
    "affiliation",
    "via",
)


def _quote_records(quotes: pd.DataFrame) -> dict[str, list[dict[str, object]]]:
    """Return the quote table as plain records per article (fast to read, unlike rows)."""
    if quotes.empty:
        return {}
    columns = {
        field: quotes[field].astype(object).tolist()
        if field in quotes.columns
        else [None] * len(quotes)
        for field in QUOTE_FIELDS
    }
    out: dict[str, list[dict[str, object]]] = {}
    for i, article_id in enumerate(quotes[ARTICLE_ID].astype(str).tolist()):
        out.setdefault(article_id, []).append({f: columns[f][i] for f in QUOTE_FIELDS})
    return out


def _quote_events(rows: list[dict[str, object]]) -> list[Event]:
    events = []
    for row in rows:
        speaker = _str(row["speaker"])
        kind = "quote" if row["kind"] in QUOTE_KIND_DIRECT else "paraphrase"
        section = _str(row["section"]) or "body"
        section = {"headline": "body", "teaser_headline": "teaser"}.get(section, section)
        s_start = _num(row["speaker_start"])
        s_end = _num(row["speaker_end"])
        q_start = _num(row["start"]) or 0.0
        q_end = _num(row["end"]) or q_start
        start = int(s_start) if s_start is not None else int(q_start)
        end = int(s_end) if s_end is not None and s_start is not None else start
        cue = (_str(row["cue"]) or "quote").lower()
        if speaker is not None and speaker.lower() not in PRONOUNS:
            events.append(
                Event(
                    start,
                    end,
                    cue,
                    kind,
                    section,
                    speaker=speaker,
                    role=_str(row["role"]),
                    affiliation=_str(row["affiliation"]),
                    span=(int(q_start), int(q_end)),
                )
            )
        via = _str(row["via"])
        if via is not None:
            events.append(Event(start, start, cue, "via", section, speaker=via))
    return events


def _evidence(art: _Article, offset: int) -> str:
    """Return the sentence holding ``offset``, cut at 240 characters."""
    at = bisect.bisect_right(art.sentences, (offset, len(art.text) + 1)) - 1
    if 0 <= at < len(art.sentences) and art.sentences[at][0] <= offset <= art.sentences[at][1]:
        a, b = art.sentences[at]
        snippet = art.text[a:b]
        return snippet if len(snippet) <= 240 else snippet[:237] + "..."
    return art.text[max(0, offset - 60) : offset + 120].strip()


def _mention_offsets(art: _Article, spans: list[tuple[int, int]], resolved: Resolved) -> set[int]:
    """Start offsets of every mention of a source in ``spans`` (its forms and aliases)."""
    forms = set(resolved.forms) | {resolved.source}
    if resolved.kind == "person" and len(resolved.source.split()) > 1:
        forms.add(resolved.source.split()[-1])
    words = sorted({f for f in forms if len(f) > 1}, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(w).replace("’", "['’]") for w in words) + r")(?!\w)"
    )
    found = {m.start() for m in pattern.finditer(art.text)}
    found.update(m.start for m in art.matches if m.entry.name == resolved.source)
    starts = [a for a, _b in spans]
    offsets = set()
    for offset in found:
        at = bisect.bisect_right(starts, offset) - 1
        if at >= 0 and offset < spans[at][1]:
            offsets.add(offset)
    return offsets


def _pick_type(types: list[str]) -> str:
    informative = [t for t in types if t not in ("unknown",)]
    pool = informative or types
    return max(set(pool), key=lambda t: (pool.count(t), -pool.index(t)))


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
            found = described.get(found.source.split()[-1].lower()) or found
        if not found.named and found.kind == "anonymous":
            described.setdefault(found.source.split()[-1].lower(), found)
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
    seen_spans: set[tuple[int, int, str]] = set()
    unique = []
    for event, found in resolved:
        key = (event.start, event.end, found.source)
        if event.speaker is None and key in seen_spans:
            continue  # "according to reports by X": one citation, two patterns
        seen_spans.add(key)
        unique.append((event, found))
    resolved = unique
    quoted = [(e, r) for e, r in resolved if e.kind in ("quote", "paraphrase")]
    for event, found in resolved:
        if event.speaker is not None:
            continue
        lo, hi = event.span
        if any(a < event.end and event.start < b for a, b in speaker_spans) or any(
            r.source == found.source and e.span[0] < hi and lo < e.span[1] for e, r in quoted
        ):
            event.shadow = True  # the quote table already holds this attribution
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
        items.sort(key=lambda item: item[0].start)
        first_event = items[0][0]
        kinds = [r.kind for _e, r in items]
        kind = max(set(kinds), key=lambda k: (k != "anonymous", kinds.count(k)))
        spans = [(a, b) for a, b, label in art.paragraphs if _section_of(label) == section]
        offsets: set[int] = set()
        for _e, r in items:
            offsets |= _mention_offsets(art, spans, r)
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
    Dobrenko, said" the spokesman, not the commissioner, is the speaker.
    """
    for event, found in list(resolved):
        if event.speaker is not None:
            continue
        regions = [(event.start, event.end)] + ([event.covers] if event.covers else [])
        for i, (other, other_found) in enumerate(resolved):
            if other.speaker is None or other.end <= other.start:
                continue
            inside = any(a <= other.start and other.end <= b for a, b in regions)
            if inside and other_found.source != found.source:
                resolved[i] = (other, found)
                event.shadow = True


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
    head = _bare(description.source.split()[-1]).lower()
    if _is_plural(head) or head not in lex.role_vocab:
        return None
    for name in list(people):
        if name in seen:
            continue
        for role, _affiliation in _name_contexts(art, name, lex):
            people[name].update(_bare(w).lower() for w in role.split())
        seen.add(name)
    owners = [name for name, words in people.items() if head in words]
    if len(owners) != 1:
        return None
    resolved = _resolve_name(owners[0], None, None, "", art, lex)
    return replace(resolved, role=resolved.role or description.source)


def _merge_names(names: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Map each name to a fuller variant of it among ``names`` (token overlap), if unique."""
    by_name: dict[str, str] = {}
    for name, kind in names:
        by_name.setdefault(name, kind)
    token_sets = {n: _name_tokens(n) for n in by_name}
    out: dict[str, str] = {}
    for name, kind in by_name.items():
        if kind == "anonymous" or not token_sets[name]:
            continue
        mine = token_sets[name]
        hosts = []
        for other, other_kind in by_name.items():
            if other == name or other_kind == "anonymous":
                continue
            if (kind == "person") != (other_kind == "person"):
                continue
            theirs = token_sets[other]
            if len(theirs) < len(mine) or (len(theirs) == len(mine) and other <= name):
                continue
            if not _tokens_within(mine, theirs):
                continue
            if kind == "person" and not _same_token(
                name.split()[-1].lower(), other.split()[-1].lower()
            ):
                continue
            if kind != "person" and not any(t not in _GENERIC_NAME_WORDS for t in mine):
                continue
            hosts.append(other)
        if not hosts:
            continue
        longest = max(hosts, key=lambda h: (len(token_sets[h]), h))
        if all(_tokens_within(token_sets[h], token_sets[longest]) for h in hosts):
            out[name] = longest
    return out


_GENERIC_NAME_WORDS: frozenset[str] = ORG_WORDS | frozenset(
    _words(
        """
    the of and for in russian russia chechen chechnya international national human rights
    lgbt state federal
    """
    )
)


def _name_tokens(name: str) -> tuple[str, ...]:
    words = re.findall(r"[\w]+", _key(name))
    return tuple(w for w in words if w not in ("the", "of", "s", "a", "an", "and", "for"))


def _same_token(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


def _tokens_within(small: Iterable[str], big: Iterable[str]) -> bool:
    big_list = list(big)
    return all(any(_same_token(s, b) for b in big_list) for s in small)


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _empty(columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


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


def _own_keys(outlet: object, lex: _Lexicons) -> frozenset[str]:
    keys: set[str] = set()
    for value in (outlet, outlet_name(outlet) if isinstance(outlet, str) else None):
        if isinstance(value, str) and value.strip():
            keys.add(_key(value))
            entry = lex.matcher.lookup(value)
            if entry is not None:
                keys.add(_key(entry.name))
    return frozenset(keys)


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
            for row in _corpus_types(rows, articles)
            # a name that only ever received what someone "told" it must be a medium
            if not (row["_via_only"] and row["source_type"] != "media")
        ]
    return _typed_sources(rows)


def _outlet_keys(articles: pd.DataFrame) -> set[str]:
    """Comparison keys of every outlet named in the corpus, wire notes included."""
    outlets: set[str] = set()
    if OUTLET in articles.columns:
        for value in articles[OUTLET].dropna().astype(str):
            outlets.add(_key(value.split(" (", 1)[0]))
            outlets.update(_key(v) for v in re.findall(r"\(([^()]+)\)", value))
    outlets.discard("")
    return outlets


def _corpus_types(rows: list[dict[str, object]], articles: pd.DataFrame) -> list[dict[str, object]]:
    """Type sources the article alone could not type, from the rest of the corpus.

    A named source left ``unknown`` is media when its name is (or contains, with the same
    last word) an outlet of the corpus (the ``outlet`` column, wire notes included);
    otherwise it takes the type that the same or a compatible name ("Gennady Morosh" for
    "Foreign Minister Gennady Morosh") has most often elsewhere in the corpus. Rows naming
    the article's own outlet are dropped. ``rows`` are dicts with ``source``,
    ``source_kind``, ``source_type`` and ``outlet``; new dicts are returned.
    """
    outlets = _outlet_keys(articles)
    keys = [_key(str(row["source"])) for row in rows]
    votes: dict[str, dict[str, int]] = {}
    for key, row in zip(keys, rows, strict=True):
        if row["source_kind"] != "anonymous" and row["source_type"] != "unknown":
            counter = votes.setdefault(key, {})
            counter[str(row["source_type"])] = counter.get(str(row["source_type"]), 0) + 1
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
        out.append(row)
    return out


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
    by_article = _quote_records(quote_table)
    n = len(articles)
    titles = articles["title"] if "title" in articles.columns else pd.Series([None] * n)
    outlets = articles[OUTLET] if OUTLET in articles.columns else pd.Series([None] * n)
    corpus_outlets = frozenset(_outlet_keys(articles))
    for article_id, text, title, outlet, language in zip(
        articles[ARTICLE_ID].astype(str), articles[TEXT], titles, outlets, languages, strict=True
    ):
        if not _is_text(text):
            raise ValueError(f"article {article_id!r}: text is not a string ({text!r})")
        paragraphs = _paragraph_labels(text, title if isinstance(title, str) else None)
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
            matches,
            sentences=sentence_list,
        )
        quotes_here = by_article.get(article_id)
        events = _quote_events(quotes_here) if quotes_here is not None else []
        if language in ENGLISH_SUPPORTED:
            events.extend(_english_events(text, paragraphs, lex, sentence_list))
        else:
            known = art.outlets | {_key(s) for s in art.surnames}
            events.extend(_foreign_events(text, paragraphs, language, lex, frozenset(known)))
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
            for row in _corpus_types(rows, articles)
            if not (row["kind"] == "via" and row["source_type"] != "media")
        ]
    return _frame(rows, EVENT_COLUMNS, ("offset", "end"))


# --- evaluation --------------------------------------------------------------------------------

GOLD_COLUMNS: tuple[str, ...] = (ARTICLE_ID, "source", "source_type", "role", "affiliation", "cues")
EVALUATION_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    "n_gold",
    "n_pred",
    "n_matched",
    "n_type_correct",
    "precision",
    "recall",
    "f1",
    "type_accuracy",
)


def sources_from_gold(records: Iterable[dict[str, object]]) -> pd.DataFrame:
    """Turn gold annotations in the seed-gold format into a gold source table.

    Parameters
    ----------
    records
        Dicts with ``id`` (or ``article_id``) and ``sources``: a list of dicts with
        ``source``, ``type`` and optionally ``role``, ``affiliation`` and ``cues`` (the format
        of ``bench/seed/seed_gold.json`` and ``data/sample/gold.jsonl``).

    Returns
    -------
    pandas.DataFrame
        One row per gold source: ``article_id`` (string), ``source`` (string),
        ``source_type`` (string), ``role`` and ``affiliation`` (string, nullable) and
        ``cues`` (string, "; "-separated).

    Raises
    ------
    ValueError
        When a record has no id or a source has no name or type.
    """
    rows = []
    for number, record in enumerate(records):
        article_id = record.get("article_id", record.get("id"))
        if not isinstance(article_id, str) or not article_id:
            raise ValueError(f"gold record {number} has no id")
        sources = record.get("sources") or []
        if type(sources) is not list:
            raise ValueError(f"gold record {article_id!r}: 'sources' is not a list")
        for item in sources:
            name, source_type = item.get("source"), item.get("type")
            if not name or not source_type:
                raise ValueError(f"gold record {article_id!r}: a source lacks 'source' or 'type'")
            cues = item.get("cues") or []
            rows.append(
                {
                    ARTICLE_ID: article_id,
                    "source": str(name),
                    "source_type": str(source_type),
                    "role": item.get("role"),
                    "affiliation": item.get("affiliation"),
                    "cues": "; ".join(str(c) for c in cues),
                }
            )
    frame = pd.DataFrame(rows, columns=list(GOLD_COLUMNS))
    return frame.astype({c: _STRING for c in GOLD_COLUMNS}).reset_index(drop=True)


def _match_key(name: str, matcher: Matcher) -> str:
    entry = matcher.lookup(name) or matcher.lookup(_clean(name))
    if entry is None:
        whole = [m for m in matcher.finditer(name) if m.end - m.start >= len(_clean(name)) * 0.8]
        entry = whole[0].entry if whole else None
    return _key(entry.name) if entry is not None else _key(name)


def _compatible(a: str, b: str) -> bool:
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if not _tokens_within(small, big):
        return False
    return any(t not in _GENERIC_NAME_WORDS for t in small) and _same_token(small[-1], big[-1])


def evaluate_sources(
    gold: pd.DataFrame,
    pred: pd.DataFrame,
    *,
    gazetteer: pd.DataFrame | None = None,
    sections: Sequence[str] = ("body", "teaser"),
) -> pd.DataFrame:
    """Score predicted sources against gold sources, per article and overall.

    A predicted source matches a gold source of the same article when their canonical names
    agree: the same gazetteer entry, the same name after normalisation (case, apostrophes,
    leading article), or one name's words all within the other's with the same last word
    ("Molina" and "Enrique Torre Molina"). Matching is one to one, exact agreements first. A
    source cited in several sections counts once, with the type of its first row.

    Parameters
    ----------
    gold
        Gold sources: ``article_id``, ``source``, ``source_type`` (see :func:`sources_from_gold`).
    pred
        Predicted sources (:func:`extract_sources`). Only articles present in ``gold`` are
        scored.
    gazetteer
        Used to canonicalise names; the shipped gazetteer when ``None``.
    sections
        Sections of ``pred`` to count.

    Returns
    -------
    pandas.DataFrame
        One row per gold article, then a last row with ``article_id == "all"`` (micro
        average): ``article_id`` (string), ``n_gold``, ``n_pred``, ``n_matched``,
        ``n_type_correct`` (int), ``precision``, ``recall``, ``f1`` and ``type_accuracy``
        (float; NaN when undefined, e.g. precision with no predictions).

    Examples
    --------
    >>> gold = pd.DataFrame({"article_id": ["a"], "source": ["LGBT Network"],
    ...                      "source_type": ["ngo_activist"]})
    >>> pred = pd.DataFrame({"article_id": ["a"], "source": ["Russian LGBT Network"],
    ...                      "source_type": ["ngo_activist"], "section": ["body"]})
    >>> evaluate_sources(gold, pred).loc[1, ["f1", "type_accuracy"]].tolist()
    [1.0, 1.0]
    """
    require_columns(gold, (ARTICLE_ID, "source", "source_type"), what="gold sources")
    require_columns(pred, (ARTICLE_ID, "source", "source_type"), what="predicted sources")
    matcher = _lexicons(gazetteer, None).matcher
    kept = pred.loc[pred["section"].isin(list(sections))] if "section" in pred.columns else pred
    kept = kept.drop_duplicates([ARTICLE_ID, "source"], keep="first")
    rows = []
    for article_id, gold_rows in gold.groupby(gold[ARTICLE_ID].astype(str), sort=False):
        pred_rows = kept.loc[kept[ARTICLE_ID].astype(str) == article_id]
        g = [
            (str(s), str(t))
            for s, t in zip(gold_rows["source"], gold_rows["source_type"], strict=True)
        ]
        p = [
            (str(s), str(t))
            for s, t in zip(pred_rows["source"], pred_rows["source_type"], strict=True)
        ]
        pairs = _one_to_one(g, p, matcher)
        rows.append(_scores(article_id, len(g), len(p), [g[i][1] == p[j][1] for i, j in pairs]))
    total = pd.DataFrame(rows, columns=list(EVALUATION_COLUMNS))
    overall = _scores(
        "all",
        int(total["n_gold"].sum()),
        int(total["n_pred"].sum()),
        [True] * int(total["n_type_correct"].sum())
        + [False] * int(total["n_matched"].sum() - total["n_type_correct"].sum()),
    )
    return pd.concat([total, pd.DataFrame([overall])], ignore_index=True).astype(
        {
            ARTICLE_ID: _STRING,
            "n_gold": "int64",
            "n_pred": "int64",
            "n_matched": "int64",
            "n_type_correct": "int64",
            "precision": "float64",
            "recall": "float64",
            "f1": "float64",
            "type_accuracy": "float64",
        }
    )


def _one_to_one(
    gold: list[tuple[str, str]], pred: list[tuple[str, str]], matcher: Matcher
) -> list[tuple[int, int]]:
    gold_keys = [_match_key(name, matcher) for name, _t in gold]
    pred_keys = [_match_key(name, matcher) for name, _t in pred]
    pairs: list[tuple[int, int]] = []
    used_g: set[int] = set()
    used_p: set[int] = set()
    for exact in (True, False):
        for i, gk in enumerate(gold_keys):
            if i in used_g:
                continue
            for j, pk in enumerate(pred_keys):
                if j in used_p:
                    continue
                if (gk == pk) if exact else _compatible(gk, pk):
                    pairs.append((i, j))
                    used_g.add(i)
                    used_p.add(j)
                    break
    return pairs


def _scores(article_id: str, n_gold: int, n_pred: int, type_ok: list[bool]) -> dict[str, object]:
    matched = len(type_ok)
    precision = matched / n_pred if n_pred else float("nan")
    recall = matched / n_gold if n_gold else float("nan")
    f1 = 2 * matched / (n_gold + n_pred) if n_gold + n_pred else float("nan")
    return {
        ARTICLE_ID: article_id,
        "n_gold": n_gold,
        "n_pred": n_pred,
        "n_matched": matched,
        "n_type_correct": sum(type_ok),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "type_accuracy": sum(type_ok) / matched if matched else float("nan"),
    }


# --- corpus-level canonical names and aggregates ---------------------------------------------

CANONICAL_COLUMNS: tuple[str, ...] = ("source", "canonical", "source_kind", "n_articles")


def canonical_sources(
    sources: pd.DataFrame, *, gazetteer: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Map every source name of a source table to one canonical name across the corpus.

    Names that are gazetteer aliases map to the gazetteer name. Other names merge by token
    overlap, as within an article: a name whose words all occur (up to a short suffix:
    "Russia"/"Russian") in exactly one fuller name of the same kind joins it, provided it
    keeps a distinctive word ("LGBT Network" joins "Russian LGBT Network"; "Network" alone
    does not) and, for people, the same surname ("Molina" joins "Enrique Torre Molina" when
    no other Molina is cited anywhere). Each group is named by its most frequent form (in
    most articles; ties go to the fuller form). Unnamed sources ("activists") map to
    themselves.

    Parameters
    ----------
    sources
        A source table (:func:`extract_sources`); at least ``article_id``, ``source`` and
        ``source_kind``.
    gazetteer
        Used for aliases; the shipped gazetteer when ``None``.

    Returns
    -------
    pandas.DataFrame
        One row per distinct ``source``, sorted by it: ``source`` (string), ``canonical``
        (string), ``source_kind`` (string) and ``n_articles`` (int, articles citing that
        exact name).

    Examples
    --------
    >>> table = pd.DataFrame({"article_id": ["a", "b"],
    ...     "source": ["LGBT Network", "Russian LGBT Network"],
    ...     "source_kind": ["organization", "organization"]})
    >>> canonical_sources(table)["canonical"].tolist()
    ['Russian LGBT Network', 'Russian LGBT Network']
    """
    require_columns(sources, (ARTICLE_ID, "source", "source_kind"), what="source table")
    matcher = _lexicons(gazetteer, None).matcher
    names = (
        sources.groupby(["source", "source_kind"], sort=True)[ARTICLE_ID]
        .nunique()
        .reset_index(name="n_articles")
    )
    first_kind = names.drop_duplicates("source")
    canonical: dict[str, str] = {}
    for name in first_kind["source"]:
        entry = matcher.lookup(str(name))
        canonical[str(name)] = entry.name if entry is not None else str(name)
    merged = _merge_names(
        [
            (canonical[str(n)], str(k))
            for n, k in zip(first_kind["source"], first_kind["source_kind"], strict=True)
        ]
    )
    frequency: dict[str, int] = {}
    for name, count in sources.groupby("source")[ARTICLE_ID].nunique().items():
        frequency[canonical[str(name)]] = frequency.get(canonical[str(name)], 0) + int(count)
    clusters: dict[str, list[str]] = {}
    for name in set(canonical.values()):
        clusters.setdefault(merged.get(name, name), []).append(name)
    best = {
        member: max(members, key=lambda m: (frequency.get(m, 0), len(m.split()), m))
        for members in clusters.values()
        for member in members
    }
    table = first_kind.assign(
        canonical=[best.get(canonical[str(n)], canonical[str(n)]) for n in first_kind["source"]],
        n_articles=sources.groupby("source")[ARTICLE_ID]
        .nunique()
        .reindex(first_kind["source"])
        .to_numpy(),
    )
    return (
        table[list(CANONICAL_COLUMNS)]
        .astype(
            {
                "source": _STRING,
                "canonical": _STRING,
                "source_kind": _STRING,
                "n_articles": "int64",
            }
        )
        .reset_index(drop=True)
    )


def _in_sections(sources: pd.DataFrame, sections: Sequence[str]) -> pd.DataFrame:
    if "section" not in sources.columns:
        return sources
    return sources.loc[sources["section"].isin(list(sections))]


def _distinct(sources: pd.DataFrame) -> pd.DataFrame:
    """One row per (article, source): the first row of a source cited in several sections."""
    return sources.drop_duplicates([ARTICLE_ID, "source"], keep="first")


def count_sources(
    sources: pd.DataFrame,
    *,
    by: Sequence[str] = (OUTLET,),
    sections: Sequence[str] = ("body",),
    source_types: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Count cited sources per type within groups (per outlet by default), with shares.

    Parameters
    ----------
    sources
        A source table (:func:`extract_sources`).
    by
        Columns of ``sources`` to group by (``outlet``, or ``()`` for the whole corpus).
        Merge article metadata (e.g. a month column) into the table first to group by it.
    sections
        Sections to count; teasers (other articles' sources) are left out by default.
    source_types
        The taxonomy; every type appears in every group, with zeros where it is not cited.

    Returns
    -------
    pandas.DataFrame
        One row per group and source type: the ``by`` columns, ``source_type`` (string),
        ``n_sources`` (int, distinct sources per article, summed over the group's
        articles), ``n_articles`` (int, articles of the group citing at least one source of
        the type), ``n_quotes`` (int, direct and partial quotes from those sources) and
        ``share`` (float in [0, 1], ``n_sources`` over the group's total; 0 when the group
        cites nothing).

    Raises
    ------
    ValueError
        When a ``by`` column is missing.

    Examples
    --------
    >>> table = pd.DataFrame({"article_id": ["a", "a"], "outlet": ["X", "X"],
    ...     "source": ["Kremlin", "activists"], "source_type": ["government", "ngo_activist"],
    ...     "n_quotes": [1, 0], "section": ["body", "body"]})
    >>> counts = count_sources(table)
    >>> counts.loc[counts["n_sources"] > 0, ["source_type", "share"]].to_numpy().tolist()
    [['government', 0.5], ['ngo_activist', 0.5]]
    """
    by = list(by)
    require_columns(sources, (ARTICLE_ID, "source", "source_type", *by), what="source table")
    types = list((source_types if source_types is not None else load_source_types())["source_type"])
    kept = _distinct(_in_sections(sources, sections))
    quotes = kept["n_quotes"] if "n_quotes" in kept.columns else pd.Series(0, index=kept.index)
    counted = (
        kept.assign(_quotes=quotes.astype("int64"))
        .groupby([*by, "source_type"], dropna=False)
        .agg(
            n_sources=("source", "size"),
            n_articles=(ARTICLE_ID, "nunique"),
            n_quotes=("_quotes", "sum"),
        )
        .reset_index()
    )
    groups = (
        kept[by].drop_duplicates().reset_index(drop=True)
        if by
        else pd.DataFrame(index=pd.RangeIndex(1))
    )
    grid = groups.merge(pd.DataFrame({"source_type": types}), how="cross")
    extra = counted.loc[~counted["source_type"].isin(types), [*by, "source_type"]]
    grid = pd.concat([grid, extra], ignore_index=True)
    table = grid.merge(counted, on=[*by, "source_type"], how="left").fillna(
        {"n_sources": 0, "n_articles": 0, "n_quotes": 0}
    )
    totals = (
        table.groupby(by, dropna=False)["n_sources"].transform("sum")
        if by
        else pd.Series(table["n_sources"].sum(), index=table.index)
    )
    return (
        table.assign(
            share=(table["n_sources"] / totals.where(totals > 0)).fillna(0.0).astype("float64")
        )
        .astype(
            {
                "n_sources": "int64",
                "n_articles": "int64",
                "n_quotes": "int64",
                "source_type": _STRING,
            }
        )
        .sort_values(
            [*by, "source_type"],
            key=lambda col: col.map(_type_order(types)) if col.name == "source_type" else col,
        )
        .reset_index(drop=True)
    )


def _type_order(types: list[str]) -> dict[str, int]:
    return {t: i for i, t in enumerate(types)}


DIVERSITY_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    OUTLET,
    "status",
    "n_sources",
    "n_named",
    "n_anonymous",
    "n_types",
    "n_official",
    "n_civil_society",
    "n_media",
    "share_official",
    "share_civil_society",
    "share_media",
    "share_anonymous",
)


def source_diversity(
    sources: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    sections: Sequence[str] = ("body",),
    source_types: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Per article: how many distinct sources it cites, of how many types, and their mix.

    Every article of ``articles`` appears, in input order: an article that cites nothing
    has zeros (and shares of 0). ``status`` says whether the article could be analysed: an
    article in a language without configured cues is reported, not silently zero.

    Parameters
    ----------
    sources
        A source table (:func:`extract_sources`) of these articles.
    articles
        The article table.
    sections
        Sections to count (body only by default: teasers belong to other articles).
    source_types
        The taxonomy, whose ``group`` column folds types into official (government,
        security, international bodies), civil society (NGOs, victims and witnesses, experts,
        religious and community leaders), media, anonymous and unknown.

    Returns
    -------
    pandas.DataFrame
        One row per article: ``article_id`` (string), ``outlet`` (string), ``status``
        (string: "analysed", "cues and gazetteer only: language xx" or "not analysed:
        language xx unsupported" / "not analysed: language undetermined"), ``n_sources``
        (int, distinct sources), ``n_named`` and ``n_anonymous`` (int, by ``source_kind``),
        ``n_types`` (int, distinct source types), ``n_official``, ``n_civil_society`` and
        ``n_media`` (int, by taxonomy group), and ``share_official``,
        ``share_civil_society``, ``share_media`` and ``share_anonymous`` (float in [0, 1],
        of ``n_sources``; 0 when there are none).

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "text": ["Officials said so.", "Nothing here."], "language": ["en", "en"]})
    >>> table = pd.DataFrame({"article_id": ["a"], "source": ["officials"],
    ...     "source_kind": ["anonymous"], "source_type": ["government"], "section": ["body"]})
    >>> source_diversity(table, arts)[["article_id", "n_sources", "share_official"]].to_numpy().tolist()
    [['a', 1, 1.0], ['b', 0, 0.0]]
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    require_columns(
        sources, (ARTICLE_ID, "source", "source_kind", "source_type"), what="source table"
    )
    taxonomy = source_types if source_types is not None else load_source_types()
    group_of = dict(zip(taxonomy["source_type"], taxonomy["group"], strict=True))
    kept = _distinct(_in_sections(sources, sections))
    kept = kept.assign(
        _group=kept["source_type"].map(group_of).fillna("unknown"),
        _anonymous=(kept["source_kind"] == "anonymous") | (kept["source_type"] == "anonymous"),
    )
    per = kept.groupby(kept[ARTICLE_ID].astype(str)).agg(
        n_sources=("source", "size"),
        n_anonymous=("_anonymous", "sum"),
        n_types=("source_type", "nunique"),
        n_official=("_group", lambda g: int((g == "official").sum())),
        n_civil_society=("_group", lambda g: int((g == "civil_society").sum())),
        n_media=("_group", lambda g: int((g == "media").sum())),
    )
    ids = articles[ARTICLE_ID].astype(str)
    table = per.reindex(ids).fillna(0).astype("int64").reset_index(drop=True)
    n = table["n_sources"]
    denominator = n.where(n > 0)
    outlets = (
        articles[OUTLET].map(lambda o: outlet_name(o) if isinstance(o, str) else None)
        if OUTLET in articles.columns
        else pd.Series([None] * len(articles))
    )
    out = table.assign(
        **{
            ARTICLE_ID: ids.to_numpy(),
            OUTLET: outlets.to_numpy(),
            "status": _statuses(articles),
            "n_named": n - table["n_anonymous"],
            "share_official": (table["n_official"] / denominator).fillna(0.0),
            "share_civil_society": (table["n_civil_society"] / denominator).fillna(0.0),
            "share_media": (table["n_media"] / denominator).fillna(0.0),
            "share_anonymous": (table["n_anonymous"] / denominator).fillna(0.0),
        }
    )
    return (
        out[list(DIVERSITY_COLUMNS)]
        .astype({ARTICLE_ID: _STRING, OUTLET: _STRING, "status": _STRING})
        .reset_index(drop=True)
    )


def _statuses(articles: pd.DataFrame) -> list[str]:
    from analysis.language import language_support

    support = language_support(articles, supported=ENGLISH_SUPPORTED)
    out = []
    for language, analysed, reason, text in zip(
        support[LANGUAGE], support["analysed"], support["reason"], articles[TEXT], strict=True
    ):
        if analysed:
            out.append("analysed")
        elif str(language) == "und" and _mostly_ascii(text):
            out.append("analysed: language undetermined, read as English")
        elif str(language) in FOREIGN_CUES:
            out.append(f"cues and gazetteer only: language {language}")
        else:
            out.append(str(reason))
    return out


TOP_COLUMNS: tuple[str, ...] = (
    "source",
    "source_type",
    "n_outlets",
    "n_articles",
    "n_quotes",
    "n_paraphrases",
    "n_citations",
    "share_outlets",
)


def top_sources(
    sources: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    n: int | None = 20,
    sections: Sequence[str] = ("body",),
    gazetteer: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Rank sources by the number of outlets that cite them (canonical names across the corpus).

    Parameters
    ----------
    sources
        A source table (:func:`extract_sources`).
    articles
        The article table, for the number of outlets in the corpus; when ``None`` it is the
        number of outlets in ``sources``.
    n
        Keep the first ``n`` rows; all when ``None``.
    sections
        Sections to count.
    gazetteer
        For :func:`canonical_sources`.

    Returns
    -------
    pandas.DataFrame
        One row per canonical source, most outlets first (then most articles, then name):
        ``source`` (string, canonical), ``source_type`` (string, its most frequent type),
        ``n_outlets`` and ``n_articles`` (int), ``n_quotes``, ``n_paraphrases`` and
        ``n_citations`` (int, summed) and ``share_outlets`` (float, of the corpus's
        outlets).

    Examples
    --------
    >>> table = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"],
    ...     "source": ["Kadyrov", "Ramzan Kadyrov"], "source_kind": ["person", "person"],
    ...     "source_type": ["government", "government"], "n_quotes": [1, 2],
    ...     "n_paraphrases": [0, 0], "n_citations": [0, 1], "section": ["body", "body"]})
    >>> top_sources(table)[["source", "n_outlets", "n_quotes"]].to_numpy().tolist()
    [['Ramzan Kadyrov', 2, 3]]
    """
    require_columns(
        sources, (ARTICLE_ID, OUTLET, "source", "source_kind", "source_type"), what="source table"
    )
    kept = _in_sections(sources, sections)
    if kept.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in TOP_COLUMNS}).astype(
            {
                "source": _STRING,
                "source_type": _STRING,
                "n_outlets": "int64",
                "n_articles": "int64",
                "n_quotes": "int64",
                "n_paraphrases": "int64",
                "n_citations": "int64",
                "share_outlets": "float64",
            }
        )
    mapping = canonical_sources(kept, gazetteer=gazetteer)
    names = dict(zip(mapping["source"], mapping["canonical"], strict=True))
    counts = {
        c: kept[c] if c in kept.columns else pd.Series(0, index=kept.index)
        for c in ("n_quotes", "n_paraphrases", "n_citations")
    }
    frame = kept.assign(
        source=kept["source"].map(names),
        **{c: v.astype("int64") for c, v in counts.items()},
    )
    if articles is not None and OUTLET in articles.columns:
        total = (
            articles[OUTLET].map(lambda o: outlet_name(o) if isinstance(o, str) else o).nunique()
        )
    else:
        total = frame[OUTLET].nunique()
    table = (
        frame.groupby("source")
        .agg(
            source_type=("source_type", lambda t: t.value_counts().index[0]),
            n_outlets=(OUTLET, "nunique"),
            n_articles=(ARTICLE_ID, "nunique"),
            n_quotes=("n_quotes", "sum"),
            n_paraphrases=("n_paraphrases", "sum"),
            n_citations=("n_citations", "sum"),
        )
        .reset_index()
    )
    table = table.assign(share_outlets=table["n_outlets"] / total if total else 0.0)
    table = table.sort_values(
        ["n_outlets", "n_articles", "source"], ascending=[False, False, True]
    ).reset_index(drop=True)
    if n is not None:
        table = table.head(n)
    return (
        table[list(TOP_COLUMNS)]
        .astype(
            {
                "source": _STRING,
                "source_type": _STRING,
                "n_outlets": "int64",
                "n_articles": "int64",
                "n_quotes": "int64",
                "n_paraphrases": "int64",
                "n_citations": "int64",
                "share_outlets": "float64",
            }
        )
        .reset_index(drop=True)
    )


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
        for start, end, label in _paragraph_labels(text, title if isinstance(title, str) else None):
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
