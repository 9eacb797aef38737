"""Speaker mentions at a reporting cue, what kind of speaker they name, and who they refer to.

This module finds the noun phrase that is the subject of a reporting cue ("Molina wrote",
"said Kamil Rezvanov, spokesman for the governor", "a spokesman for the Kremlin said") with
regular expressions over the raw text, splits it into name, role and affiliation ("Human Rights
Campaign President Chad Griffin" -> Chad Griffin / President / Human Rights Campaign), and
resolves it within the article:

* a surname or a titled form ("Mr. Trump") resolves to the fullest form of that name in the
  article ("Donald J. Trump"); a first-mention surname stays as written (no guessing);
* "he" / "she" resolve to the most recent compatible person, preferring the previous speaker
  (pronoun chains "he said ... he added" are common); gender comes from titles (Mr, Ms), a
  small forename list shipped in ``data/forenames.tsv`` and pronouns already used for the
  person; "they" / "it" resolve to the most recent organisation or group;
* a description ("Russia's foreign minister") stays a description.

Limits: there is no parser, so the noun phrase is what lies between the cue and the nearest
clause boundary (comma, conjunction, "that", sentence start); a subject longer than 12 words
is not recognised. Pronoun resolution uses the nearest compatible antecedent and knows nothing
of syntax or the world; the design brief's hand check estimates about 26 in 30 right.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from analysis.config import PACKAGE_DATA_DIR
from analysis.text import ABBREVIATIONS, word_offsets

__all__ = [
    "AUX_WORDS",
    "GENITIVE_PLACE",
    "EntityTable",
    "Mention",
    "apposition_end",
    "classify_mention",
    "clear_caches",
    "make_mention",
    "org_key",
    "subject_after",
    "subject_before",
]

PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them"})
PERSON_TITLES: frozenset[str] = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "professor",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "gen",
        "general",
        "president",
        "vice",
        "secretary",
        "minister",
        "premier",
        "chancellor",
        "judge",
        "justice",
        "mayor",
        "rev",
        "reverend",
        "lt",
        "col",
        "colonel",
        "sgt",
        "capt",
        "captain",
        "chief",
        "speaker",
        "leader",
        "sheriff",
        "director",
        "ambassador",
        "commissioner",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "adviser",
        "advisor",
        "deputy",
        "attorney",
        "former",
        "candidate",
        "nominee",
        "pope",
        "prince",
        "princess",
        "king",
        "queen",
        "sir",
        "lady",
        "lord",
        "dame",
        "head",
        "founder",
        "co-founder",
        "activist",
        "lawyer",
        "officer",
        "official",
        "host",
        "anchor",
        "correspondent",
        "analyst",
        "economist",
        "strategist",
        "pollster",
        "coordinator",
        "executive",
        "manager",
        "member",
        "ombudsman",
        "mufti",
        "patriarch",
        "pastor",
        "bishop",
        "imam",
        "rabbi",
        "editor",
        "reporter",
        "journalist",
        "presidential",
        "ex",
        "first",
        "lady",
        "gop",
        "democratic",
        "republican",
    ]
)
ROLE_NOUNS: frozenset[str] = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokespeople",
        "official",
        "officials",
        "minister",
        "president",
        "secretary",
        "director",
        "leader",
        "leaders",
        "head",
        "chairman",
        "chairwoman",
        "chair",
        "adviser",
        "advisers",
        "advisor",
        "aide",
        "aides",
        "source",
        "sources",
        "activist",
        "activists",
        "lawyer",
        "lawyers",
        "attorney",
        "expert",
        "experts",
        "analyst",
        "analysts",
        "critic",
        "critics",
        "researcher",
        "researchers",
        "investigator",
        "investigators",
        "prosecutor",
        "prosecutors",
        "police",
        "officer",
        "officers",
        "witness",
        "witnesses",
        "victim",
        "victims",
        "resident",
        "residents",
        "survivor",
        "survivors",
        "member",
        "members",
        "supporter",
        "supporters",
        "voter",
        "voters",
        "ombudsman",
        "commissioner",
        "ambassador",
        "envoy",
        "economist",
        "economists",
        "strategist",
        "strategists",
        "pollster",
        "pollsters",
        "governor",
        "senator",
        "senators",
        "lawmaker",
        "lawmakers",
        "legislator",
        "legislators",
        "candidate",
        "nominee",
        "founder",
        "coordinator",
        "executive",
        "executives",
        "manager",
        "representative",
        "representatives",
        "correspondent",
        "journalist",
        "journalists",
        "reporter",
        "reporters",
        "editor",
        "man",
        "woman",
        "men",
        "women",
        "people",
        "person",
        "friend",
        "friends",
        "relative",
        "relatives",
        "mother",
        "father",
        "brother",
        "sister",
        "son",
        "daughter",
        "wife",
        "husband",
        "family",
        "families",
        "doctor",
        "doctors",
        "scholar",
        "scholars",
        "professor",
        "professors",
        "insider",
        "insiders",
        "observer",
        "observers",
        "diplomat",
        "diplomats",
        "authorities",
        "mufti",
        "deputy",
        "deputies",
        "host",
        "campaign",
        "group",
        "organization",
        "organisation",
        "ministry",
        "committee",
        "network",
        "agency",
        "party",
        "government",
        "administration",
        "court",
        "office",
        "department",
        "report",
        "study",
        "poll",
        "polls",
        "survey",
        "statement",
        "letter",
        "memo",
        "documents",
        "data",
        "analysis",
        "website",
        "newspaper",
        "paper",
        "channel",
        "outlet",
        "magazine",
        "council",
        "commission",
        "union",
        "team",
        "spokesmen",
        "gays",
        "man",
        "colleagues",
        "republicans",
        "democrats",
        "conservatives",
        "liberals",
        "gop",
        "staff",
        "staffers",
        "chief",
        "judge",
        "mayor",
        "counsel",
        "partner",
        "founder",
        "owner",
        "user",
        "users",
        "fans",
        "protesters",
        "demonstrators",
        "organizers",
        "organisers",
        "authority",
        "delegation",
        "panel",
        "board",
        "firm",
        "company",
        "bank",
        "fund",
        "foundation",
        "institute",
        "center",
        "centre",
        "watchdog",
        "body",
        "kremlin",
        "backers",
        "opponents",
        "allies",
        "surrogates",
        "voters",
        "americans",
        "russians",
    ]
)
ORG_WORDS: frozenset[str] = frozenset(
    [
        "ministry",
        "committee",
        "network",
        "watch",
        "international",
        "agency",
        "party",
        "times",
        "post",
        "gazeta",
        "news",
        "press",
        "association",
        "union",
        "council",
        "commission",
        "court",
        "office",
        "department",
        "government",
        "administration",
        "campaign",
        "group",
        "organization",
        "organisation",
        "foundation",
        "institute",
        "center",
        "centre",
        "university",
        "college",
        "school",
        "bank",
        "fund",
        "corp",
        "inc",
        "company",
        "kremlin",
        "police",
        "army",
        "forces",
        "service",
        "services",
        "parliament",
        "congress",
        "senate",
        "house",
        "assembly",
        "duma",
        "un",
        "nations",
        "journal",
        "tribune",
        "herald",
        "guardian",
        "telegraph",
        "reuters",
        "interfax",
        "tass",
        "ria",
        "novosti",
        "bbc",
        "cnn",
        "nbc",
        "cbs",
        "abc",
        "fox",
        "msnbc",
        "npr",
        "afp",
        "ap",
        "hrw",
        "amnesty",
        "buzzfeed",
        "politico",
        "breitbart",
        "magazine",
        "review",
        "monitor",
        "observer",
        "daily",
        "weekly",
        "radio",
        "tv",
        "television",
        "channel",
        "media",
        "project",
        "initiative",
        "coalition",
        "alliance",
        "federation",
        "movement",
        "board",
        "panel",
        "bureau",
        "authority",
        "authorities",
        "secretariat",
        "white",
        "pentagon",
        "fbi",
        "cia",
        "nato",
        "eu",
        "osce",
        "pace",
        "echr",
        "lgbt",
        "rights",
        "all",
        "out",
        "republicans",
        "democrats",
        "gop",
        "dnc",
        "rnc",
        "club",
        "institution",
        "society",
        "league",
        "trust",
        "initiative",
        "programme",
        "program",
        "facebook",
        "twitter",
        "google",
        "company",
        "firm",
        "llc",
        "ltd",
        "plc",
        "group's",
        "prosecutor's",
        "commissioner's",
        "investigative",
        "blog",
        "website",
    ]
)
ORG_WORDS = ORG_WORDS | {
    "today", "newspaper", "paper", "outlet", "tabloid", "broadcaster", "station", "site",
    "portal", "agency", "ministry", "service", "office", "committee", "commission", "times",
    "directorate", "embassy", "prosecutor", "inquiry", "mission", "watch", "mechanism", "forum",
}  # fmt: skip
ROLE_NOUNS = ROLE_NOUNS | {
    "detainee", "detainees", "prisoner", "prisoners", "refugee", "refugees", "student",
    "students", "teacher", "teachers", "worker", "workers", "nurse", "nurses", "farmer",
    "driver", "neighbour", "neighbor", "neighbours", "neighbors", "uncle", "aunt", "cousin",
    "grandmother", "grandfather", "boy", "girl", "youth", "guard", "guards", "soldier",
    "soldiers", "citizen", "citizens", "migrant", "migrants", "owner", "manager", "pastor",
    "priest", "imam", "rapporteur", "inspector", "investigator", "ambassador", "diplomat",
    "second", "third", "fourth", "fifth", "another", "other", "others",

    "percent", "respondents", "poll", "polls", "surveys", "slide", "chart", "study", "studies",
    "research", "document", "video", "ad", "ads", "review", "audit", "investigation", "email",
    "emails", "tweet", "filing", "ruling", "decision", "complaint", "lawsuit", "indictment",
    "records", "figures", "numbers", "estimates", "projections", "model", "forecast", "memo",
    "letter", "statement", "analysis", "report", "reports", "data", "paper", "article",
    "majority", "minority", "plurality", "half", "most", "many",
}  # fmt: skip
PLACE_WORDS: frozenset[str] = frozenset(
    """
    region republic autonomous oblast krai okrug province district county city town village
    street avenue square airport river sea lake mountains mountain valley island islands
    federation kingdom states union caucasus europe asia africa america north south east west
    northern southern eastern western central capital state border
    """.split()  # noqa: SIM905 - a word list reads best as text
)
"""Words that make a capitalised run a place, never a person."""
ANONYMOUS_HEADS: frozenset[str] = frozenset(
    [
        "source",
        "sources",
        "official",
        "officials",
        "insider",
        "insiders",
        "person",
        "people",
        "aide",
        "aides",
        "observers",
        "residents",
        "witnesses",
        "activists",
        "experts",
        "analysts",
        "critics",
        "man",
        "woman",
        "men",
        "women",
        "relative",
        "relatives",
        "friend",
        "friends",
        "victims",
        "survivors",
        "members",
        "supporters",
        "lawmakers",
        "diplomats",
        "someone",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "researchers",
        "investigators",
        "authorities",
        "police",
        "officers",
        "voters",
        "republicans",
        "democrats",
        "staffers",
        "colleagues",
        "protesters",
        "opponents",
        "backers",
        "allies",
        "surrogates",
        "americans",
        "russians",
        "leaders",
        "gays",
    ]
)
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "some",
        "many",
        "several",
        "two",
        "three",
        "other",
        "one",
        "another",
        "most",
        "few",
        "both",
        "all",
        "senior",
    ]
)
_ARTICLES = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
     "my", "your", "some", "every", "any", "no"}
)  # fmt: skip
_STOP = frozenset(
    [
        "and",
        "but",
        "or",
        "nor",
        "so",
        "yet",
        "because",
        "while",
        "whereas",
        "although",
        "though",
        "since",
        "when",
        "after",
        "before",
        "as",
        "if",
        "that",
        "which",
        "where",
        "than",
        "then",
        "also",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "did",
        "does",
        "do",
        "said",
        "says",
        "say",
        "told",
        "to",
        "not",
        "why",
        "how",
        "what",
        "there",
        "here",
        "whether",
        "until",
        "unless",
        "once",
        "now",
        "only",
        "even",
    ]
)
AUX_WORDS: frozenset[str] = frozenset(
    """
    also has have had was were is are will would could did does do later then previously
    recently once further repeatedly reportedly again often frequently publicly privately never
    just first still even flatly quickly simply earlier already may might must should can long
    initially originally subsequently finally ultimately clearly explicitly openly separately
    similarly specifically directly immediately bluntly angrily confidently not always since
    being been allegedly famously memorably tellingly pointedly frankly candidly proudly
    quietly loudly firmly strongly sharply correctly rightly wrongly falsely routinely herself
    himself themselves itself personally yesterday today tonight monday tuesday wednesday
    thursday friday saturday sunday didn't doesn't don't hasn't haven't hadn't wasn't weren't
    won't wouldn't couldn't can't isn't aren't didn’t doesn’t don’t hasn’t haven’t wasn’t
    won’t wouldn’t couldn’t can’t isn’t
    """.split()  # noqa: SIM905 - a word list reads best as text
)
_DAYS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


_LY_NOUNS: frozenset[str] = frozenset(
    {"family", "ally", "assembly", "rally", "supply", "july", "italy", "anomaly", "monopoly",
     "bully", "lily", "fly", "belly", "reply", "tally", "jelly"}
)  # fmt: skip
_TO_VERB = re.compile(
    r"\b(?:continues?|continued|began|begins?|tried|tries|try|seemed|seems?|appeared|appears?|"
    r"used|went\s+on|goes\s+on|wants?|wanted|needs?|needed|refused|refuses|declined|"
    r"declines|has|have|had|was|were|is|are|going|got|came|comes|hoped|hopes|decided|"
    r"decides|sought|seeks|plans?|planned|expects?|expected)\s+$"
)


def _strip_aux(text: str, lo: int, end: int) -> int:
    """Return the end of the subject before ``end``, skipping auxiliaries and adverbs."""
    pos = end
    previous = ""
    while True:
        p = pos
        while p > lo and text[p - 1].isspace():
            p -= 1
        q = p
        while q > lo and (text[q - 1].isalnum() or text[q - 1] in "'’"):
            q -= 1
        word = text[q:p].lower()
        adverb = word.endswith("ly") and len(word) > 4 and word not in _LY_NOUNS
        if q < p and (
            word in AUX_WORDS
            or (word == "on" and previous in _DAYS)
            or (adverb and text[q].islower())
            or (word == "to" and previous == "" and _TO_VERB.search(text, lo, q) is not None)
        ):
            pos = q
            if word == "to":
                verb = _TO_VERB.search(text, lo, q)
                if verb is not None:
                    pos = verb.start()
            previous = word
            continue
        return p


_TOKEN = re.compile(r"[\w][\w'’.&-]*|[^\w\s]")
_CAP = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ]")
_PERSON_PARTICLES = frozenset(
    [
        "de",
        "van",
        "von",
        "der",
        "del",
        "la",
        "le",
        "al",
        "bin",
        "ibn",
        "da",
        "di",
        "du",
        "dos",
        "el",
        "ben",
    ]
)
"""Lower-case words that may stand inside a person's name ("Ludwig van Beethoven")."""
_PARTICLES = _PERSON_PARTICLES | frozenset(["st.", "of", "for", "the", "and", "&", "on", "in"])
"""Words that may also stand inside an organisation's name ("Ministry of the Interior")."""
_SHORT_WORD_PERIOD = r"(?:\.(?:(?<=\b[A-Z]\.)|(?<=\b[A-Z][a-z]\.)|(?<=\b[A-Z][a-z]{2}\.)))?"
"""The period after an initial or a short title; the period is tested first, so a word without
one costs a single test instead of three look-behinds."""
_NAME_RUN = re.compile(
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*"
    + _SHORT_WORD_PERIOD
    + r"(?:[ \t\u00a0]+(?:(?:"
    + "|".join(sorted(_PERSON_PARTICLES, key=lambda w: (-len(w), w)))
    + r")[ \t\u00a0]+)?"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*" + _SHORT_WORD_PERIOD + r")*"
)
"""A run of capitalised words on one line; a period continues it only after an initial or a
short title ("J.", "Mr.", "Sen."), so "… Chechnya. Moskalkova said" gives two runs."""
_POSSESSIVE = re.compile(r"[’']s$")
_POSSESSIVE_ENDINGS = ("’s", "'s")
"""How a possessive word ends: a test for single words and names (no line break in them),
cheaper than searching them with :data:`_POSSESSIVE`."""
_WORD_TOKEN = re.compile(r"[\w'’.&-]+")
_POST_MODIFIER = re.compile(r"\s+(?:of|for|to|at|in|on|from|with|close\s+to|near|who|which)\s+")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)")
_NAME_END = re.compile(r",|\s+(?:who|which|from|of|at|for|with|in|on|close\s+to)\s+")
_COMMA_APPOSITION = re.compile(r"^(.*?)\s*,\s*(.+?)[,]?$")
_AFFILIATION = re.compile(r"\b(?:of|for|at|with|from)\s+(?:the\s+)?(.+)$")
_NAME_FROM = re.compile(r"^(.*?)\s+(?:from|of|at|with)\s+(?:the\s+)?([A-Z].*)$")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_OWNER_HEAD = re.compile(r"^(.*?)[’']s\s+(.*)$")
_RELATIVE_END = re.compile(r"(?:^|\W)(who|which)$")
_LOWER_RUN = re.compile(r"[a-z]+")
_OPENER = re.compile(
    r"\s*(?:(?:But|And|So|Yet|Still|Instead|Meanwhile|Also|Then|Now|Later|Earlier|"
    r"However|Moreover|Indeed|Separately|Finally|Similarly|Likewise|Again)\b,?\s*)+"
)
_PRONOUN_AFTER_PHRASE = re.compile(
    r"\s*(?:on|in|at|during|after|before|by|since|until)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+"
    r"(he|she|they|we|I|it)\s*$",
    re.IGNORECASE,
)
"""A pronoun subject after a short time or place phrase ("On Tuesday he", "In May they")."""
_ROLE_COMPLEMENT = re.compile(r"\s*(?:of|for|at|with)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*)*")
_DETERMINED = re.compile(r"(?:the|a|an|one|two|some|his|her|their|its)\s", re.IGNORECASE)
_APPOSITION_AFTER = re.compile(
    r"\s*,\s*((?:the|a|an|[\w’'-]+[’']s)\s+[^,.;:\"“”]+|[a-z][^,.;:\"“”]+)"
)
_NOT_ROLE_WORDS = frozenset({"including", "like", "such", "as", "and", "or", "especially", "among"})
"""Words that make the lower-case words before a name a list, not a role ("including Mr. X")."""
_NICKNAME_THEN_SURNAME = re.compile(r' ["“][A-Z][\w’\'-]*["”] ([A-Z][\w’\'-]+)')
"""A nickname in quotation marks between a forename and the surname ('"Bobby" Scott')."""
_ABBREVIATED_TITLE = re.compile(r"[A-Z][a-z]{1,4}\.\s+[A-Z]")
"""A title cut short before a name ("Del. Ana Ruiz", "Sen. Ana Ruiz")."""
_LOWER_ROLE_BEFORE_NAME = re.compile(r"(?:[a-z][\w’'-]*\s+){1,3}(?=[A-Z])")
"""Up to three lower-case words before a capitalised name ("state senator", "rights lawyer")."""
_NAME_AFTER = re.compile(
    r"\s*,\s*(?:[a-z][\w-]*\s+){0,2}([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s*(?:[.,;]|$)"
)
"""A name after a description, possibly behind a lower-case role ("…, political analyst X,")."""
_PRIVATE_PERSONS = frozenset(
    {"man", "woman", "survivor", "victim", "resident", "refugee", "detainee", "student",
     "teenager", "father", "mother", "son", "daughter", "witness", "prisoner", "youth"}
)  # fmt: skip
"""Heads of a lead's "A man who …" that the article may identify a sentence later."""
_INTRODUCED_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "Inc", "Ltd", "Co", "Corp"})
_GENDERED_TITLE = re.compile(r"(Mr|Mrs|Ms|Miss)\b")


class Mention(NamedTuple):
    """A speaker mention at a cue (a named tuple: immutable, and cheap to build).

    Attributes
    ----------
    start, end
        Offsets of the mention in the text.
    text
        The mention as written.
    kind
        'pronoun', 'name', 'organization' or 'description'.
    role, affiliation
        Role and affiliation stated in or beside the mention ('' when none).
    name
        The name inside the mention, titles and descriptors stripped ('' when none).
    """

    start: int
    end: int
    text: str
    kind: str
    role: str = ""
    affiliation: str = ""
    name: str = ""


@lru_cache(maxsize=1)
def _forenames() -> dict[str, str]:
    out: dict[str, str] = {}
    path = PACKAGE_DATA_DIR / "forenames.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            name, gender = line.split("\t")[:2]
            if name != "name":
                out[name.lower()] = gender
    return out


@lru_cache(maxsize=8192)
def _words(s: str) -> list[str]:
    return [w.lower().rstrip(".") for w in _WORD_TOKEN.findall(s)]


@lru_cache(maxsize=8192)
def _is_org_name(name: str) -> bool:
    words = name.split()
    if not words:
        return False
    if any(w.lower().strip("’'s") in ORG_WORDS for w in words):
        return True
    if len(words) > 1 and any(w.lower() in PLACE_WORDS for w in words[1:]):
        return True  # "Morvesh Autonomous Region", "Chechen Republic": a place or its government
    return any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words)


@lru_cache(maxsize=8192)
def classify_mention(s: str) -> str:
    """Classify a mention as 'pronoun', 'name', 'organization' or 'description'.

    Examples
    --------
    >>> [classify_mention(x) for x in ("he", "Chad Griffin", "Human Rights Watch", "officials")]
    ['pronoun', 'name', 'organization', 'description']
    """
    w = s.strip()
    if w.lower() in PRONOUNS:
        return "pronoun"
    name = _name_part(w)
    if name and not (
        " " not in name and (name.lower() in ROLE_NOUNS or name.lower() in ANONYMOUS_HEADS)
    ):  # two look-ups, not a union of the two sets built on every call
        before_name = w[: len(w) - len(name)].rstrip() if w.endswith(name) else ""
        if _is_org_name(name) or before_name == "The" or before_name.endswith(" The"):
            return "organization"  # "The Lantern", "The Moscow Times": a title, not a person
        return "name"
    words = _words(_head_phrase(w))
    if words and words[-1] in ORG_WORDS and words[-1] not in ANONYMOUS_HEADS:
        return "organization"
    return "description"


@lru_cache(maxsize=8192)
def _head_phrase(s: str) -> str:
    """Return the part of a description before its post-modifier ("a source" of "a source …")."""
    return _POST_MODIFIER.split(s)[0]


@lru_cache(maxsize=8192)
def _name_part(s: str) -> str:
    """Return the trailing capitalised run of ``s`` without titles ('' when none)."""
    s = _PARENTHESIS.sub("", s)
    core = _NAME_END.split(s)[0].strip()
    tokens = core.split()
    # a possessive owner ("NBC's Dante Chinni") is an affiliation
    for i, t in enumerate(tokens):
        if t.endswith(_POSSESSIVE_ENDINGS) and i + 1 < len(tokens):
            tokens = tokens[i + 1 :]
            break
    run: list[str] = []
    for t in reversed(tokens):
        if _CAP.match(t) or (run and t.lower() in _PERSON_PARTICLES):
            run.append(t)
        else:
            break
    run.reverse()
    titles = [i for i, t in enumerate(run) if t.lower().rstrip(".") in PERSON_TITLES]
    if titles and titles[-1] + 1 < len(run):
        run = run[titles[-1] + 1 :]
    while run and run[0].lower() in {"the", "a", "an"}:
        run = run[1:]
    name = " ".join(run).strip()
    if name.lower().rstrip(".") in PERSON_TITLES or name.lower() in PRONOUNS:
        return ""
    return name


_LOWER_WORD = re.compile(r"(?<!\S)(?!(?:of|the|for|and|de|al)\b)[a-z]")
"""A lower-case word other than a name's function words ("rights" in "Human rights")."""


@lru_cache(maxsize=8192)
def _split_role(s: str) -> tuple[str, str, str]:
    """Split a mention into (name, role, affiliation)."""
    text = s.strip()
    role = affiliation = ""
    m = _COMMA_APPOSITION.match(text)
    if m and m.group(1) and _CAP.match(m.group(1)):
        text, apposition = m.group(1), m.group(2)
        role = apposition
        am = _AFFILIATION.search(apposition)
        if am:
            affiliation = am.group(1)
            role = apposition[: am.start()].strip()
    m = _NAME_FROM.match(text)
    if m and _name_part(m.group(1)):
        text, affiliation = m.group(1), m.group(2)
    name = _name_part(text)
    if name and not role:
        head = text[: len(text) - len(name)].strip()
        head = _LEADING_ARTICLE.sub("", head)
        owner = _OWNER_HEAD.match(head)
        if owner:
            affiliation = affiliation or owner.group(1)
            head = owner.group(2)
        tokens = head.split()
        cut = len(tokens)
        for i, t in enumerate(tokens):
            if t.lower().rstrip(".") in PERSON_TITLES and t.lower().rstrip(".") not in {
                "former",
                "first",
            }:
                cut = i
                break
        if tokens:
            pre, post = " ".join(tokens[:cut]), " ".join(tokens[cut:])
            if post and pre and _LOWER_WORD.search(pre):
                role = f"{pre} {post}"  # "human rights commissioner": a role, not an affiliation
            elif post:
                role = post
                if pre and not affiliation:
                    affiliation = pre
            elif pre and _CAP.match(pre) and not _is_org_name(name):
                affiliation = affiliation or pre
    return name, role, affiliation


def make_mention(text: str, start: int, end: int, *, loose: bool = False) -> Mention | None:
    """Return the mention ``text[start:end]`` (trimmed), or None when it names no speaker."""
    while end > start and text[end - 1] in " ,":
        end -= 1
    if end > start and text[end - 1] == ")":
        opening = text.rfind("(", start, end)
        if opening > start:
            end = opening
    while start < end and text[start] in " ,;:—–-\"“”'‘’(":
        start += 1
    while end > start and text[end - 1] in " ,;:—–-\"“”'‘’)":
        end -= 1
    if end <= start:
        return None
    s = text[start:end]
    words = _words(s)
    if not words or len(words) > 14:
        return None
    if s.strip().lower() in PRONOUNS:  # what classify_mention tests first
        return Mention(start, end, s, "pronoun")
    last = words[-1]
    if last in _ARTICLES or last in _STOP or last in _PARTICLES:
        return None
    if words[0] in _PREPOSITIONS or words[0] in _VERB_OPENERS:
        return None
    kind = classify_mention(s)  # the cheap rejections first: it parses the whole phrase
    head = _words(_head_phrase(s))
    head_word = head[-1] if head else last
    opens_np = (
        words[0] in _DETERMINERS
        or s[:1].isupper()
        or s[:1].isdigit()
        or words[0] in ROLE_NOUNS
        or len(words) <= 2
        or s.split()[0].endswith(_POSSESSIVE_ENDINGS)
    )
    if kind == "description" and not loose and not opens_np:
        return None  # "provides OSCE member": a verb phrase, not a subject
    if kind == "description" and not (
        head_word in ROLE_NOUNS
        or (head_word.endswith("s") and not head_word.endswith(("ss", "us", "is")))
        or (loose and words[0] in _DETERMINERS and len(words) <= 8)
        or (loose and s.split()[0].endswith(_POSSESSIVE_ENDINGS))
    ):
        return None
    joint = _JOINT_SUBJECT.match(s)
    if joint is not None:
        # "Chechnya's leader Ramzan Kadyrov and his administration": the named first speaker
        first = make_mention(text, start, start + joint.end(1))
        if first is not None and first.kind == "name":
            return Mention(start, end, s, "name", first.role, first.affiliation, first.name)
    if kind == "organization":
        holder = _holder_after_office(s.split())
        if holder:
            # "Council of Europe Secretary General Thorbjorn Jagland": the office's holder
            office = s.split()[: -len(holder)]
            role = " ".join(w for w in office if w.lower().rstrip(".") in PERSON_TITLES)
            affiliation = " ".join(w for w in office if w.lower().rstrip(".") not in PERSON_TITLES)
            affiliation = re.sub(r"^(?:(?:of|the|for)\s+)+", "", affiliation, flags=re.IGNORECASE)
            return Mention(start, end, s, "name", role, affiliation, " ".join(holder))
    name, role, affiliation = _split_role(s)
    if kind == "organization":
        return Mention(start, end, s, kind, role if name else "", affiliation, name)
    return Mention(start, end, s, kind, role, affiliation, name)


_JOINT_SUBJECT = re.compile(r"(.+?)\s+(?:and|&)\s+(?:his|her|their|its|the)\s")
"""A named speaker joined to a group of theirs ("X and his administration")."""
_VERB_OPENERS = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "will", "would", "does", "did", "do",
     "can", "could", "may", "might", "should", "must", "been", "being"}
)  # fmt: skip
_PREPOSITIONS = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "to",
        "from",
        "into",
        "about",
        "over",
        "under",
        "after",
        "before",
        "during",
        "than",
        "as",
    ]
)
_BOUNDARY = re.compile(
    # the lookaheads name the characters a match (or an alternative) can start with, so the
    # scan rejects most positions with one test; they change no match
    r"(?=[;:—–―\s\-,\"“”«»„aboWwBbAaTtSsIiUuOo])"
    r"(?:[;:—–―]|\s-\s|--|,\s+(?:and|but|or|while|whereas|as|because|although|though|so|yet)\b|"
    r"\b(?=[abo])(?:and|but|or)\s+(?=(?:he|she|they|it|we|i|the|a|an|[A-Z]))|"
    r"\b(?=[WwBbAaTtSsIiUuOo])(?:[Ww]hile|[Ww]hereas|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ss]ince|"
    r"[Ww]hen|[Aa]fter|[Bb]efore|[Ii]f|that|which|where|than|[Uu]nless|[Uu]ntil|whether|so|"
    r"[Oo]nce|(?<!such )(?<!well )[Aa]s)\s+|"
    r"[\"“”«»„])",
)


def subject_before(text: str, lo: int, cue_start: int, *, loose: bool = False) -> Mention | None:
    """Return the subject noun phrase that ends just before a cue at ``cue_start``.

    Only ``text[lo:cue_start]`` is searched. With ``loose``, any short noun phrase that opens
    with a determiner is accepted ("the ad's narrator"); otherwise a description must end in a
    role noun or a plural ("a spokesman for the Kremlin", "officials"). Auxiliaries and adverbs between the subject and
    the cue ("has also", "later") are skipped; an apposition between commas ("X, the group's
    director, said") is kept as the role and the subject is the name before it.

    Examples
    --------
    >>> t = "Molina, the group's director, said it."
    >>> m = subject_before(t, 0, t.index("said"))
    >>> (m.text, m.role)
    ('Molina', "the group's director")
    """
    return _subject_before(text, lo, cue_start, loose)


_NOUN_PHRASE_END = re.compile(
    r"(?<![\w’'-])(?:a|an|the|one|two|three|several|some|many|his|her|their|its)"
    r"(?:\s+[\w’']+(?:-[\w’']+)*){1,4}\Z",
    re.IGNORECASE,
)
_OF_BEFORE = re.compile(r"(?:^|\s)(?:of|from)\s+\Z")


def _object_antecedent(text: str, lo: int, end: int) -> Mention | None:
    """Return the noun phrase that ends at ``end`` before a restrictive "who", if any.

    "It cited an exiled member of the community who said …": "an exiled member of the
    community", across "of" to the first head, not the sentence's subject. ``None`` when no
    determiner opens a phrase of at most five words there (a name, a subject that came first).
    """
    window = text[max(lo, end - 160) : end]
    found = _NOUN_PHRASE_END.search(window, max(0, len(window) - 60))
    if found is None:
        return None
    start = found.start()
    while True:
        before = _OF_BEFORE.search(window, 0, start)
        if before is None:
            break
        outer = _NOUN_PHRASE_END.search(window[: before.start()], max(0, before.start() - 60))
        if outer is None:
            break
        start = outer.start()
    phrase_start = end - len(window) + start
    words = _words(text[phrase_start:end])
    if any(w in _STOP or w in {"who", "which", "that", "said", "says"} for w in words):
        return None
    return Mention(phrase_start, end, text[phrase_start:end], "description")


@lru_cache(maxsize=4096)
def _subject_before(text: str, lo: int, cue_start: int, loose: bool) -> Mention | None:
    """:func:`subject_before`, memoised: several rules ask about the same cue."""
    lo = max(lo, cue_start - 300)
    end = _strip_aux(text, lo, cue_start)
    if end <= lo:
        return None
    if text[max(lo, end - 4) : end] == " and":
        # "I laughed and said": the subject of the first verb of the clause
        return _clause_subject(text, lo, end - 4)
    tail = text[max(lo, end - 6) : end]
    relative = _RELATIVE_END.search(tail) if tail.endswith(("who", "which")) else None
    if relative is not None:
        # "listeners …, who said", "the group, which says": the relative pronoun is the
        # mention, resolved to the noun phrase before it (kept in ``name``)
        at = end - len(relative.group(1))
        before_relative = at
        while before_relative > lo and text[before_relative - 1] in " ,":
            before_relative -= 1
        restrictive = before_relative == at - 1  # "a fisherman who said", no comma
        antecedent = (_object_antecedent(text, lo, before_relative) if restrictive else None) or (
            subject_before(text, lo, before_relative, loose=True)
        )
        name = antecedent.text if antecedent is not None and antecedent.kind != "pronoun" else ""
        return Mention(at, end, relative.group(1), "pronoun", name=name)
    apposition = ""
    if text[end - 1] == ",":
        # "X, an economist at Y, said": find the comma that opens the apposition
        inner_end = end - 1
        comma = text.rfind(",", lo, inner_end)
        if comma < 0:
            return None
        candidate = text[comma + 1 : inner_end].strip()
        first = candidate.split()[0].lower() if candidate.split() else ""
        before = text[lo:comma].rstrip()
        name_before = bool(re.search(r"[A-Z][\w'’.-]*\)?$", before))
        leading_name = _NAME_RUN.match(candidate)
        role_words = _LOWER_ROLE_BEFORE_NAME.match(candidate) if leading_name is None else None
        if (
            role_words is not None
            and _NOT_ROLE_WORDS.isdisjoint(_words(role_words.group()))
            and (
                _words(role_words.group())[-1] in ROLE_NOUNS | PERSON_TITLES
                or _ABBREVIATED_TITLE.match(candidate, role_words.end())
            )
        ):
            # "X's niece, state senator Marina Drovic, said", "…, state Del. Ana Ruiz, said":
            # a lower-case role, then the name
            leading_name = _NAME_RUN.match(candidate, role_words.end())
        named_apposition = leading_name is not None and (
            leading_name.end() == len(candidate)
            or re.match(r"\s+(?:of|from|at)\s|\s*\([^()]*\)$", candidate[leading_name.end() :])
            is not None  # "X, a lawyer from Y, said", "X, Sen. Y (D-Va.), said"
        )
        np_before = re.split(r"[,;:]\s*", before)[-1]
        np_words = _words(np_before)
        described = bool(np_words) and (
            np_words[0] in _DETERMINERS or np_before.split()[0].endswith(_POSSESSIVE_ENDINGS)
        )
        if (
            candidate
            and named_apposition
            and leading_name is not None
            and len(leading_name.group().split()) <= 4
            and ((not name_before and re.search(r"\b[a-z]+s?$", before)) or described)
        ):
            # "A lawyer for the families, Pavel Drozd, said": the name is the mention,
            # unless it names the last noun of a longer description ("A spokesman for the
            # office of the commissioner, Vera Dobrenko, said": the spokesman speaks)
            name_at = text.index(leading_name.group(), comma)
            mention = make_mention(text, name_at, name_at + len(leading_name.group()))
            words_before = _words(before)
            attaches_to_last = (
                len(words_before) > 3
                and re.search(r"\b(?:of|for)\b", before) is not None
                and words_before[-1] in PERSON_TITLES
                and words_before[-1] not in ORG_WORDS
                and _words(_head_phrase(before))[-1:] != words_before[-1:]
            )
            if attaches_to_last:
                mention = None
            if mention is not None and mention.kind == "name":
                head = re.sub(
                    r"^(?:the|a|an)\s+", "", _head_phrase(before).strip(), flags=re.IGNORECASE
                )
                if role_words is not None:
                    head = f"{head}, {role_words.group().strip()}"
                return Mention(
                    mention.start,
                    mention.end,
                    mention.text,
                    "name",
                    head,
                    mention.affiliation,
                    mention.name,
                )
        if not candidate or not (
            first in _DETERMINERS
            or first in {"who", "whose", "which"}
            or candidate.split()[0].endswith(_POSSESSIVE_ENDINGS)
            or candidate[0].islower()
            or candidate[0].isdigit()
            or first.rstrip(".") in PERSON_TITLES
            or (name_before and len(candidate.split()) <= 3)
            or (leading_name is not None and _ends_in_title(leading_name.group()))
        ):
            return None
        apposition = candidate
        called = _CALLED_NAME.search(apposition)
        if called is not None and called.end() == len(apposition):
            # "Another detainee, a student we are calling Emil, said": Emil speaks
            at = text.index(apposition, comma) + called.start(1)
            named = make_mention(text, at, at + len(called.group(1)))
            if named is not None:
                return Mention(
                    named.start, named.end, named.text, "name", apposition, "", called.group(1)
                )
        end = comma
        age = re.search(r",\s*\d{1,3}$", text[lo:end])
        if age is not None:
            end = lo + age.start()  # "Timur Osokin, 31, a former shop assistant, said"
    start = lo
    boundaries = list(_BOUNDARY.finditer(text, lo, end))
    if boundaries:
        start = boundaries[-1].end()
        # "A study that appeared in the journal found": a relative clause belongs to the
        # subject when a verb, not a new subject, follows the relative pronoun
        last = boundaries[-1].group().strip()
        after = _LOWER_RUN.match(text[start:end])
        if (
            last in {"that", "which", "who"}
            and after is not None
            and (after.group().endswith("ed") or after.group() in _RELATIVE_VERBS)
        ):
            start = boundaries[-2].end() if len(boundaries) > 1 else lo
    comma = text.rfind(",", start, end)
    if comma >= 0:
        start = comma + 1
    # drop a leading connective or adverbial opener
    opener = _OPENER.match(text[start:end])
    if opener:
        start += opener.end()
    mention = make_mention(text, start, end, loose=loose)
    if mention is None:
        # "On Tuesday he told …": a time or place phrase before a pronoun subject
        pronoun = _PRONOUN_AFTER_PHRASE.match(text, start, end)
        return None if pronoun is None else make_mention(text, pronoun.start(1), end)
    if mention.text.endswith(("'s", "’s")) or len(_words(mention.text)) > 12:
        return None
    if mention.kind == "description" or _ends_in_title(mention.name):
        # "Tom Reed, Coastal Minister for Roads, said": the name before the role speaks;
        # "The President's Press Secretary, Ana Ruiz, said": the name after it
        person = _person_beside_role(text, lo, start, end, apposition)
        if person is not None:
            role = ", ".join(part for part in (mention.text, apposition) if part != person.text)
            return Mention(person.start, person.end, person.text, "name", role, "", person.name)
    if apposition and mention.kind != "pronoun":
        role, affiliation = apposition, mention.affiliation
        am = _AFFILIATION.search(apposition)
        if am:
            affiliation = am.group(1)
            role = apposition[: am.start()].strip()
        return Mention(
            mention.start,
            mention.end,
            mention.text,
            mention.kind,
            role,
            affiliation,
            mention.name,
        )
    return mention


_NAME_BEFORE_APPOSITION = re.compile(
    r"\s*(?:[^,]{1,25},\s+)?([A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|bin|al)){0,3}),\s*"
)
"""A clause that opens with a name and a comma, before a role ("Tom Reed, Coastal …")."""


def _person_beside_role(
    text: str, lo: int, role_start: int, role_end: int, apposition: str
) -> Mention | None:
    """Return the name set beside a role by commas: before it at the clause start, or after it."""
    opening = _NAME_BEFORE_APPOSITION.fullmatch(text, lo, role_start)
    if opening is not None:
        at, to = opening.span(1)
    elif apposition and _NAME_RUN.fullmatch(apposition):
        at = text.index(apposition, role_end)
        to = at + len(apposition)
    else:
        return None
    person = make_mention(text, at, to)
    return person if person is not None and person.kind == "name" else None


_OFFICE_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+(?:the\s+)?$")
"""The office before an organisation's name ("Governor of the …"), a role of its holder."""


def _holder_after_office(words: list[str]) -> list[str]:
    """Return the two or three words of a person's name after an office's name, else [].

    "Governor of the Morvesh Autonomous Region Ilyas Tamrov", "Council of Europe Secretary
    General Thorbjorn Jagland": the name follows the last organisation, place or title word.
    """
    lowered = [w.lower().rstrip(".") for w in words]
    last = max(
        (
            i
            for i, w in enumerate(lowered)
            if w in ORG_WORDS or w in PLACE_WORDS or w in PERSON_TITLES
        ),
        default=-1,
    )
    tail = words[last + 1 :]
    if (
        last < 1
        or not 2 <= len(tail) <= 3
        or not all(_CAP.match(w) for w in tail)
        or _is_org_name(" ".join(tail))
    ):
        return []
    return tail


def _ends_in_title(name: str) -> bool:
    """Whether a parsed name ends in a title word: a capitalised role ("Coastal Minister")."""
    words = _words(name)
    return bool(words) and words[-1] in PERSON_TITLES


_AFTER_STOP = re.compile(
    r"[,.;:!?()\[\]\"“”«»—–]|\s-\s|\s(?:in|on|at|during|after|before|when|who|which|that|as|"
    r"while|because|to|last|this|earlier|later|told|about|and|but|of\s+(?:the|a|his|her|their)"
    r"\s+(?:plan|proposal|idea|decision|move|bill|deal|report|case))\s"
)


_ASIDE = re.compile(r"\s*,\s*([^,.;:\"“”()]{3,90}?)\s*,")
_FINITE = frozenset(
    "is are was were has have had will would can could may might must said says do does did".split()  # noqa: SIM905
)


def apposition_end(text: str, at: int, hi: int) -> int | None:
    """Return where a role apposition right after a mention ends: the offset of its comma.

    ``at`` is the mention's end. The apposition is set off by two commas, names a role ("a
    spokeswoman for the ministry", "the group's director", "head of the Harbour Institute")
    and holds no finite verb, so "According to X, the harbour is sinking, …" has none.

    Examples
    --------
    >>> t = "According to Ada Lind, a spokeswoman for the port, the harbour is sinking."
    >>> t[apposition_end(t, t.index(",") , len(t)):]
    ', the harbour is sinking.'
    """
    m = _ASIDE.match(text, at, hi)
    if m is None:
        return None
    words = _words(m.group(1))
    if len(words) > 10 or not ROLE_NOUNS.intersection(words) or _FINITE.intersection(words):
        return None
    return m.end() - 1


_NAME_AND = re.compile(r"\b[A-Z][\w’'-]*\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$")
"""A name of the form "Centre of Social" that an "and" may continue ("… and Political Studies")."""


def subject_after(text: str, cue_end: int, hi: int, *, loose: bool = False) -> Mention | None:
    """Return the subject noun phrase right after an inverted cue ("said Alvi Karimov, ...").

    The phrase runs to the first comma, period or preposition; an apposition after a comma is
    kept as the role.

    Examples
    --------
    >>> t = '"No," said Kamil Rezvanov, spokesman for the governor.'
    >>> m = subject_after(t, t.index("said") + 4, len(t))
    >>> (m.text, m.role, m.affiliation)
    ('Kamil Rezvanov', 'spokesman', 'governor')
    """
    start = cue_end
    while start < hi and text[start] == " ":
        start += 1
    if start >= hi:
        return None
    end = hi
    for stop in _AFTER_STOP.finditer(text, start, hi):
        if stop.group() == "." and _abbreviation_before(text, stop.start(), start):
            continue
        if (
            stop.group() == " and "
            and text[stop.end() : stop.end() + 1].isupper()
            and _NAME_AND.search(text, start, stop.start())
        ):
            continue  # "the Institute of Coastal and Marine Studies": one name
        end = stop.start()
        break
    # keep "spokesman for the Kremlin": a role noun followed by for/of
    m = _ROLE_COMPLEMENT.match(text[end:hi])
    words = _words(text[start:end])
    if m and words and words[-1] in ROLE_NOUNS and text[end : end + 1] == " ":
        end += m.end()
    mention = make_mention(text, start, end, loose=loose)
    if mention is None:
        return None
    if (
        mention.kind == "description"
        and not text[start].isupper()
        and not _DETERMINED.match(text[start:end])
    ):
        words = _words(mention.text)
        if words[-1] not in ROLE_NOUNS:
            return None
    # apposition: ", spokesperson for the president" / ", a Democrat"
    after = text[mention.end : hi]
    am = _APPOSITION_AFTER.match(after)
    named = _NAME_AFTER.match(after)
    if named and mention.kind == "description":
        # "said the group's spokeswoman, Milena Vortis": the name is the speaker
        name_start = mention.end + named.start(1)
        name_end = mention.end + named.end(1)
        last_word = text[name_start : name_end - 1].split()[-1]
        if text[name_end - 1] == "." and len(last_word) > 1 and last_word not in _NAME_SUFFIXES:
            name_end -= 1  # the sentence's full stop, not an initial or "Jr."
        by_name = make_mention(text, name_start, name_end)
        if by_name is not None and by_name.kind == "name":
            role = _LEADING_ARTICLE.sub("", mention.text)
            return Mention(
                by_name.start,
                by_name.end,
                by_name.text,
                "name",
                role,
                by_name.affiliation,
                by_name.name,
            )
    if am and mention.kind in {"name", "organization"}:
        apposition = am.group(1).strip()
        role, affiliation = apposition, mention.affiliation
        pm = _AFFILIATION.search(apposition)
        if pm:
            affiliation = pm.group(1)
            role = apposition[: pm.start()].strip()
        return Mention(
            mention.start,
            mention.end,
            mention.text,
            mention.kind,
            role,
            affiliation,
            mention.name,
        )
    return mention


_RELATIVE_VERBS: frozenset[str] = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may",
     "might", "does", "did", "found", "made", "said", "says", "shows", "showed", "appears",
     "claims", "runs", "ran", "took", "takes", "leads", "led", "won", "oversees", "represents"}
)  # fmt: skip
_CLAUSE_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Then|So)\s+)?(He|She|I|They|We|It|he|she|they|we|it|"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+(?:also\s+|then\s+|later\s+)?"
    r"[a-z]+(?:ed|s)?\b[^,;]*$"
)


def _clause_subject(text: str, lo: int, end: int) -> Mention | None:
    """Return the pronoun or name that opens the clause ending at ``end``."""
    start = lo
    for b in re.finditer(r"[,;:]\s*|\b(?:that|when|because|while|and)\s+", text[lo:end]):
        start = lo + b.end()
    m = _CLAUSE_SUBJECT.match(text, start, end)
    if m is None:
        return None
    return make_mention(text, m.start(1), m.end(1))


def _abbreviation_before(text: str, dot: int, start: int = -1) -> bool:
    """Whether the period at ``dot`` ends an initial or an abbreviation ("B.", "Gen.")."""
    m = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    if m is None:
        return False
    word = m.group(1)
    if (
        dot - len(word) == start
        and len(word) <= 4
        and word[:1].isupper()
        and re.match(r"\s+[A-Z]", text[dot + 1 : dot + 3])
    ):
        return True  # "Del. Stacey Plaskett", "Gov. Earl Ray Tomblin"
    return len(word) == 1 or "." in word or word.lower() in ABBREVIATIONS


_OFFSET = itemgetter(0)
"""The sort key of ``(offset, entity)`` pairs (a C getter: cheaper than a lambda)."""


class _ParsedRun(NamedTuple):
    """What a capitalised run says by itself, before its context and the table are read."""

    words: tuple[str, ...]  # the name's words: no owner, title or sentence opener
    name: str  # the words joined, without a possessive ending
    surname: str  # the last word, lower case, without a possessive ending
    title_gender: str  # the gender a title marks ("Mr", "Ms"), else ''
    gender: str  # the title's gender, else the forename's or the surname's
    roles: frozenset[str]  # role nouns among the run's words
    org: str | None = None  # the organisation the run names, else None
    holds_office: bool = False  # ``org`` is an office, and ``words`` name its holder


def _drop_possessive(name: str) -> str:
    """Return ``name`` without a possessive ending ("Kadyrov’s" -> "Kadyrov")."""
    return name[:-2] if name.endswith(_POSSESSIVE_ENDINGS) else name


@lru_cache(maxsize=8192)
def _parse_run(run: str) -> _ParsedRun | None:
    """Parse a capitalised run (two or more words, or a name its context makes a person).

    Memoised: names recur within an article and across a corpus. None when nothing is left
    once the owner and the titles are stripped.
    """
    words = run.split()
    owner = (
        next((i for i, w in enumerate(words[:-1]) if w.endswith(_POSSESSIVE_ENDINGS)), -1)
        if "’s" in run or "'s" in run
        else -1
    )
    if owner >= 0:
        words = words[owner + 1 :]  # "Washington Blade’s Chris Johnson"
    lowered = [w.lower().rstrip(".") for w in words]
    # strip titles, remembering gender
    gender = ""
    roles = frozenset(w for w in lowered if w in ROLE_NOUNS)
    titles = [i for i, w in enumerate(lowered) if w in PERSON_TITLES]
    if titles:
        t = words[titles[-1]].lower().rstrip(".")
        if t in {"mr", "sir", "lord", "king", "prince"}:
            gender = "m"
        elif t in {"mrs", "ms", "miss", "lady", "dame", "queen", "princess"}:
            gender = "f"
        words = words[titles[-1] + 1 :]
    if not words or _POSSESSIVE.sub("", words[-1]) in _CALENDAR_HEADS:
        return None  # "Labor Day", "Christmas Eve": a date, never a person
    name = " ".join(words)
    org = None
    if _is_org_name(name) or _MEDIA_NAME.search(name):
        holder = _holder_after_office(words)
        if not holder:
            # an organisation, or a news medium ("Associated Press"): never a person
            return _ParsedRun((), "", "", gender, "", roles, _drop_possessive(name))
        # "Governor of the Morvesh Region Ilyas Tamrov": the office, then its holder
        org = " ".join(words[: -len(holder)])
        words = holder
    while len(words) >= 3 and GENITIVE_PLACE.search(words[0]):
        words = words[1:]  # "президента России Дмитрий Песков"
    while words and (
        words[0].lower() in _DETERMINERS
        or words[0].lower() in _STOP
        or words[0].lower() in _RUN_OPENERS
    ):
        words = words[1:]  # "But Trump", "Selon Igor Kotchetkov": a sentence opener
    if not words:
        return _ParsedRun((), "", "", gender, "", roles, org, org is not None)
    name = _drop_possessive(" ".join(words))
    surname = _drop_possessive(words[-1]).lower()
    full_gender = gender or _forenames().get(words[0].lower(), "") or _surname_gender(words[-1])
    return _ParsedRun(tuple(words), name, surname, gender, full_gender, roles, org, org is not None)


@dataclass
class _Entity:
    canonical: str
    kind: str
    gender: str = ""
    last_seen: int = -1
    roles: set[str] = field(default_factory=set)
    forms: dict[str, int] = field(default_factory=dict)

    def add_form(self, name: str) -> None:
        """Count a full form of the name and update the canonical form.

        The canonical form is the most frequent full form, the longest among equals
        ("Ramzan Kadyrov" over a one-off "Chechnya Ramzan Kadyrov").
        """
        self.forms[name] = self.forms.get(name, 0) + 1
        if " " in self.canonical and self.canonical not in self.forms:
            self.forms[self.canonical] = 1
        self.canonical = max(self.forms, key=lambda f: (self.forms[f], len(f)))


@dataclass
class EntityTable:
    """Names seen in one stretch of text (an article body or a teaser), for coreference.

    Build it with :meth:`from_text`, then call :meth:`resolve` for each mention in text order.
    """

    by_surname: dict[str, _Entity] = field(default_factory=dict)
    persons: list[tuple[int, _Entity]] = field(default_factory=list)
    last_speaker: _Entity | None = None
    history: list[tuple[int, _Entity]] = field(default_factory=list)
    orgs: list[tuple[int, str]] = field(default_factory=list)
    text: str = ""

    @classmethod
    def from_text(cls, text: str, spans: list[tuple[int, int]]) -> EntityTable:
        """Register every capitalised name of two or more words in ``spans`` of ``text``."""
        table = cls(text=text)
        lone: list[tuple[int, str]] = []  # lone capitalised words not (yet) known as persons,
        # with their lookup key
        for lo, hi in spans:
            skip_to = lo
            nicknames = _NICKNAME_THEN_SURNAME.search(text, lo, hi) is not None  # rare
            for m in _NAME_RUN.finditer(text, lo, hi):
                at = m.start()
                if at < skip_to:
                    continue  # the nickname or surname of a name read whole below
                run = m.group().rstrip(".")
                if nicknames and text.startswith((' "', " “"), m.end()):
                    nickname = _NICKNAME_THEN_SURNAME.match(text, m.end(), hi)
                    if nickname is not None:
                        # 'Robert C. "Bobby" Scott': the name around the nickname
                        run = f"{m.group()} {nickname.group(1)}"
                        skip_to = nickname.end()
                if (
                    " " not in run
                    and "\t" not in run
                    and "\u00a0" not in run
                    and not (
                        _SINGLE_NAME_NEXT.match(text, m.end()) and _SINGLE_NAME.match(text, at, hi)
                    )
                ):
                    # a lone capitalised word (most are sentence openers): a person only in
                    # "Rafael (his name has been changed)" or "Anna, 24,", or the surname of
                    # a person already named ("For Kemalova, the words …")
                    key = (run[:-2] if run.endswith(("’s", "'s")) else run).lower()
                    known = table.by_surname.get(key)
                    if known is not None:
                        table.persons.append((at, known))
                    else:
                        lone.append((at, key))
                    continue
                parsed = _parse_run(run)
                if parsed is None:
                    continue
                roles = parsed.roles
                if parsed.org is not None:
                    table.orgs.append((at, parsed.org))
                    if not parsed.holds_office:
                        continue  # an organisation, or a news medium: never a person
                    # the office before its holder's name is one of the holder's roles
                    office = _OFFICE_BEFORE.search(text, max(lo, at - 40), at)
                    if office is not None and office.group(1).lower() in ROLE_NOUNS:
                        roles = roles | {office.group(1).lower()}
                words = parsed.words
                if not words:
                    continue
                gender = parsed.title_gender
                if len(words) == 1 and not gender:
                    known = table.by_surname.get(parsed.surname)
                    if known is not None:
                        table.persons.append((at, known))  # "For Kemalova, …"
                        continue
                    pronoun = _SINGLE_NAME.match(text, at, hi)
                    if pronoun is None:
                        continue
                    gender = {"his": "m", "her": "f"}.get(pronoun.group(1) or "", "")
                gender = gender or parsed.gender
                ent = table.by_surname.get(parsed.surname)
                if ent is None:
                    ent = _Entity(parsed.name, "person", gender)
                    table.by_surname[parsed.surname] = ent
                if len(words) > 1:
                    ent.add_form(parsed.name)
                if gender and not ent.gender:
                    ent.gender = gender
                ent.roles |= roles | _roles_around(text, at, m.end(), hi)
                table.persons.append((at, ent))
        for m in _called_names(text):
            if any(lo <= m.start() < hi for lo, hi in spans):
                name = m.group(1)
                if name.lower() not in table.by_surname:
                    ent = _Entity(name, "person", _forenames().get(name.lower(), ""))
                    table.by_surname[name.lower()] = ent
                    table.persons.append((m.start(1), ent))
        for pos, key in lone:
            # "Daniyar noticed …" before "Daniyar, who is 29, …" makes the single name a person
            known = table.by_surname.get(key)
            if known is not None and " " not in known.canonical:
                table.persons.append((pos, known))
        table.persons.sort(key=_OFFSET)
        return table

    def by_role(self, role: str, at: int) -> _Entity | None:
        """Return the person registered with ``role`` who is meant at offset ``at``.

        That is the most recent holder named before ``at``; failing that, the first one named
        after it (a lead often says "the region's leader" and names him a paragraph later).
        """
        found = None
        roles = _ROLE_HYPONYMS.get(role, frozenset()) | {role}
        for pos, ent in self.persons:
            if not roles.isdisjoint(ent.roles):
                if pos >= at:
                    return found or ent
                found = ent
        return found

    def resolve(self, mention: Mention, *, continuing: bool = False) -> tuple[str, str]:
        """Return (canonical speaker, speaker_kind) for ``mention`` and remember it.

        ``continuing`` says the mention is in the same or the next paragraph as the previous
        attribution, so a pronoun prefers the previous speaker.
        """
        if mention.kind == "pronoun":
            return self._resolve_pronoun(mention, continuing=continuing)
        if mention.kind in {"organization", "description"}:
            words = _words(mention.text)
            if (
                len(words) <= 3
                and words[0] in {"the", "this"}
                and words[-1] in _GENERIC_ORG_HEADS
                and mention.text[4:].islower()
            ):
                # "the group", "the organisation": the organisation named last before it
                named = self._last_org(mention.start, words[-1])
                if named is not None:
                    ent = self._org(named)
                    self._remember(mention.start, ent)
                    return ent.canonical, "organization"
        if mention.kind == "organization":
            canonical = mention.name or _LEADING_ARTICLE.sub("", mention.text)
            ent = self._org(canonical)
            self._remember(mention.start, ent)
            return ent.canonical, "organization"
        if mention.kind == "name":
            name = _POSSESSIVE.sub("", mention.name or mention.text)
            if " " in name and (
                _MEDIA_NAME.search(name) or any(name == org for _, org in self.orgs)
            ):
                # "the Eastern Press reported": a medium or an organisation, never "he"
                ent = self._org(name)
                self._remember(mention.start, ent)
                return ent.canonical, "organization"
            surname = name.split()[-1].lower()
            found = self.by_surname.get(surname)
            if found is None:
                ent = _Entity(name, "person", _forenames().get(name.split()[0].lower(), ""))
                self.by_surname[surname] = ent
            else:
                ent = found
                if " " in name:
                    ent.add_form(name)
            g = _GENDERED_TITLE.match(mention.text)
            if g and not ent.gender:
                ent.gender = "m" if g.group(1) == "Mr" else "f"
            self._remember(mention.start, ent)
            return ent.canonical, "person"
        description = _LEADING_ARTICLE.sub("", mention.text)
        definite = _DEFINITE_ROLE.match(mention.text)
        if definite is not None:
            # "the governor himself", "his lawyer", "the minister": a person named earlier
            ent_by_role = self.by_role(definite.group(1).lower(), mention.start)
            if ent_by_role is not None and not self._owned_by_later_org(mention, ent_by_role):
                self._remember(mention.start, ent_by_role)
                return ent_by_role.canonical, "person"
        owned = _ITS_ROLE.match(mention.text)
        its_owner = self._its_owner(mention.start) if owned is not None else None
        if owned is not None and its_owner is not None:
            # "The Fishers Union … Its president said", no holder named: the union's
            description = f"{owned.group(1)} of {its_owner}"
        words = _words(_head_phrase(mention.text))
        first = words[0] if words else ""
        head = words[-1] if words else ""
        kind = "person"
        head_noun = next((w for w in reversed(words) if w in ROLE_NOUNS), head)
        if (head_noun in ORG_WORDS or head_noun in _DOCUMENTS) and head_noun not in (
            ANONYMOUS_HEADS
        ):
            kind = "organization"
            owner = re.match(
                r"(?:the\s+)?([A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)[’']s\s", mention.text
            )
            if owner and head_noun in _DOCUMENTS:
                # "HRW's report says …": the organisation speaks through its document
                return self._org(owner.group(1)).canonical, "organization"
        elif (
            first in {"a", "an", "some", "many", "several", "one", "two", "three", "other"}
            or head_noun in {"source", "sources", "insider", "insiders"}
            or (head_noun in ANONYMOUS_HEADS and first not in {"the", "his", "her", "its"})
            or (head_noun.endswith("s") and first not in {"the", "his", "her", "its", "their"})
        ):
            kind = "anonymous"
        plural = head_noun.endswith("s") and not head_noun.endswith(("ss", "us"))
        singular_anonymous = kind == "anonymous" and not plural and first != "some"
        if singular_anonymous and first in {"a", "an"} and head_noun in _PRIVATE_PERSONS:
            identified = self._identified_after(mention)
            if identified is not None:
                self._remember(mention.start, identified)
                return identified.canonical, "person"
        ent = _Entity(description, "person" if kind == "person" or singular_anonymous else "group")
        if kind == "person" and plural:
            ent.kind = "group"
        self._remember(mention.start, ent)
        return description, kind

    def _identified_after(self, mention: Mention) -> _Entity | None:
        """Return the person a lead's "A man who …" turns out to be, named just after it.

        News leads often identify their subject late: "A man who says he was held … has
        filed a complaint. ¶ Timur Osokin, 31, told …". That is the first person named by
        full name in the next 400 characters, when the description opens its sentence and
        that person is not introduced with a title or a role ("Police spokesman John Smith",
        "John Smith, a police spokesman", who are someone else).
        """
        if not self.text:
            return None
        opening = max(self.text.rfind(mark, 0, mention.start) for mark in ".!?\n") + 1
        head = self.text[opening : mention.start].strip()
        if head and head != mention.text:
            return None  # not the subject opening a sentence (a relative pronoun's antecedent is)
        k = self._n_before(mention.end)
        for pos, ent in self.persons[k : k + 3]:
            if pos - mention.end > 400:
                return None
            if " " not in ent.canonical or ent.kind != "person":
                continue
            run = _INTRODUCED_NAME.match(self.text, pos)
            if run is None:
                return None
            title = self.text[max(0, pos - 30) : pos].split()
            if (
                title
                and title[-1][-1] not in ".!?"
                and title[-1].lower() in (PERSON_TITLES | ROLE_NOUNS)
            ):
                return None
            apposition = _APPOSITION_AFTER.match(self.text, run.end())
            if apposition is not None and ROLE_NOUNS.intersection(_words(apposition.group(1))):
                return None
            return ent
        return None

    def _owned_by_later_org(self, mention: Mention, holder: _Entity) -> bool:
        """Whether "its"/"their" in ``mention`` points to an organisation named after ``holder``.

        "President Velt … The Fishers Union … Its president said": the union's president,
        not Velt, whose last mention comes before the union's.
        """
        if _words(mention.text)[:1] not in (["its"], ["their"]):
            return False
        owner = max((pos for pos, _ in self.orgs if pos < mention.start), default=-1)
        named = [pos for pos, ent in self.persons if ent is holder and pos < mention.start]
        return bool(named) and owner > named[-1]

    def _its_owner(self, at: int) -> str | None:
        """Return the organisation "its" at ``at`` points to, when nothing else can be meant.

        The organisation named last within 200 characters, with no other capitalised word
        between it and "its" except at a sentence start ("RT and its defenders": not the
        organisation named before RT).
        """
        named = [(pos, name) for pos, name in self.orgs if 0 < at - pos <= 200]
        if not named:
            return None
        pos, name = named[-1]
        between = self.text[pos + len(name) : at]
        if _CAPITAL_INSIDE.search(between):
            return None
        return _LEADING_ARTICLE.sub("", name)

    def _last_org(self, before: int, head: str) -> str | None:
        """Return the organisation named last within 1,500 characters before ``before``.

        One whose name has the description's head noun ("the network": "Harbour Network")
        comes first; news media (relays, not speakers) never count.
        """
        near = [
            name
            for pos, name in self.orgs
            if 0 < before - pos <= 1500 and len(name.split()) >= 2 and not _MEDIA_NAME.search(name)
        ]
        same = [name for name in near if head in name.lower()]
        found = same or near
        return found[-1] if found else None

    def _org(self, canonical: str) -> _Entity:
        key = org_key(canonical)
        for ent in self.by_surname.values():
            if ent.kind == "organization" and org_key(ent.canonical) == key:
                if len(canonical) > len(ent.canonical):
                    ent.canonical = canonical
                return ent
        ent = _Entity(canonical, "organization")
        self.by_surname["org:" + key] = ent
        return ent

    def _remember(self, position: int, ent: _Entity) -> None:
        self.last_speaker = ent
        self.history.append((position, ent))

    def _n_before(self, position: int) -> int:
        """Return how many person mentions (sorted by offset) come before ``position``."""
        return bisect_left(self.persons, position, key=_OFFSET)

    def _new_focus(self, mention: Mention, gender: str) -> bool:
        """Whether a new paragraph names another person before the pronoun.

        "“…,” said Ordynets. ¶ One of the men, Rafael (…), was held for nine days. He agreed
        …": the pronoun goes to the person its own paragraph is about, not the last speaker.
        """
        if not self.text or self.last_speaker is None or not self.history:
            return False
        para_start = self.text.rfind("\n", 0, mention.start) + 1
        if self.history[-1][0] >= para_start:
            return False  # the last attribution is in this paragraph: it keeps the focus
        return any(
            ent is not self.last_speaker
            and ent.kind == "person"
            and not (ent.gender and gender and ent.gender != gender)
            for _, ent in self.persons[self._n_before(para_start) : self._n_before(mention.start)]
        )

    def _resolve_pronoun(self, mention: Mention, *, continuing: bool) -> tuple[str, str]:
        p = mention.text.lower()
        p = {"him": "he", "her": "she", "them": "they"}.get(p, p)
        if p in {"i", "we"}:
            return mention.text, "unknown"
        if p in {"who", "which"}:
            if mention.name:
                kind = classify_mention(mention.name)
                antecedent = Mention(mention.start, mention.end, mention.name, kind)
                if kind == "name":
                    antecedent = Mention(
                        mention.start,
                        mention.end,
                        mention.name,
                        kind,
                        name=_name_part(mention.name),
                    )
                return self.resolve(antecedent)
            k = self._n_before(mention.start)
            if k and mention.start - self.persons[k - 1][0] < 120:
                self._remember(mention.start, self.persons[k - 1][1])
                return self.persons[k - 1][1].canonical, "person"
            return mention.text, "unknown"
        want_person = p in {"he", "she"}
        gender = {"he": "m", "she": "f"}.get(p, "")
        candidates: list[_Entity] = []
        if continuing and self.last_speaker is not None and not self._new_focus(mention, gender):
            candidates.append(self.last_speaker)
        # then the most recent mention before the pronoun, as a speaker or in any role
        k = self._n_before(mention.start)
        recent = self.persons[max(0, k - 12) : k]
        recent += [(pos, e) for pos, e in self.history if pos < mention.start]
        recent.sort(key=_OFFSET)
        candidates.extend(e for _, e in reversed(recent))
        for ent in candidates:
            if want_person:
                if ent.kind != "person":
                    continue
                if ent.gender and gender and ent.gender != gender:
                    continue
                if not ent.gender and gender:
                    ent.gender = gender
                self._remember(mention.start, ent)
                return ent.canonical, "person"
            if ent.kind in {"organization", "group"}:
                self._remember(mention.start, ent)
                kind = "organization" if ent.kind == "organization" else "anonymous"
                return ent.canonical, kind
        return mention.text, "unknown"


GENITIVE_PLACE = re.compile(r"[А-ЯЁ]\w*(?:ии|ни|вы|ы)$")
"""A Russian place name in the genitive ("России", "Чечни"), which can precede a name."""
_CALENDAR_HEADS: frozenset[str] = frozenset({"Day", "Eve", "Week", "Month", "Year"})
"""Last words of the capitalised names of days and seasons ("Labor Day", "Holy Week")."""
_RUN_OPENERS: frozenset[str] = frozenset(
    {"according", "after", "when", "while", "although", "if", "as", "in", "on", "at", "for",
     "with", "from", "by", "during", "meanwhile", "however", "earlier", "later", "selon",
     "según", "segundo", "laut", "secondo", "ifølge", "по", "durante", "después", "nach"}
)  # fmt: skip
_SINGLE_NAME = re.compile(
    r"[A-Z][\w’'-]+(?:\s+\((?:(his|her)\s+)?(?:real\s+)?name[^)]*\)|,\s+(?:who\s+is\s+)?\d{1,2}\b)"
)
"""A single name made a person by its context: "Rafael (his name has been changed)", "Anna, 24,"."""
_SINGLE_NAME_NEXT = re.compile(r",|\s{0,11}\(")
"""What can follow a word that :data:`_SINGLE_NAME` makes a person: a comma, or a bracket within
twelve characters (a cheap pre-check, tried before that pattern)."""
_CALLED_NAME = re.compile(
    r"\b(?:calling|called|named|identified\s+(?:only\s+)?as|known\s+(?:only\s+)?as)\s+"
    r"([A-Z][a-z’'-]+)\b(?!\s+[A-Z])"
)
"""A single name given to an unnamed source: "a student we are calling Emil"."""
_CALLED_WORDS = ("calling", "called", "named", "identified", "known")
"""The words a :data:`_CALLED_NAME` match opens with."""


def _called_names(text: str) -> list[re.Match[str]]:
    """Return the matches of :data:`_CALLED_NAME` in ``text``, as ``finditer`` gives them.

    A match opens with one of :data:`_CALLED_WORDS` and contains no other, so trying the
    pattern only where plain string search finds those words gives the same matches, several
    times faster than scanning the whole text with the pattern.
    """
    starts = word_offsets(text, _CALLED_WORDS)
    return [m for m in (_CALLED_NAME.match(text, at) for at in starts) if m is not None]


_MEDIA_NAME = re.compile(
    r"\b(?:News|Times|Post|Press|Agency|TV|Radio|Channel|Magazine|Journal|Telegraph|Guardian|"
    r"Herald|Tribune|Gazette|Gazeta|Daily|Weekly|Standard|Review|Observer|Wire|Today|Reuters|"
    r"Interfax|TASS|BBC|CNN|AFP|AP|Website|Blog|Blade|Ledger|Courier|Chronicle|Mirror|Express|"
    r"Examiner|Monitor|Bulletin|Dispatch|Diarist)\b"
)
"""Words that mark a news medium's name."""
_GENERIC_ORG_HEADS: frozenset[str] = frozenset(
    {"group", "organization", "organisation", "network", "charity", "ngo", "association",
     "alliance", "coalition", "foundation", "movement", "union", "watchdog", "campaign"}
)  # fmt: skip
"""Head nouns of a description that stands for an organisation named before ("the group")."""
_HEADS_OF = frozenset({"leader", "head", "president", "chief", "governor", "chairman", "premier"})
_ROLE_HYPONYMS = {"leader": _HEADS_OF, "head": _HEADS_OF}
"""Roles a description's general role word covers: "the region's leader" is its president,
"the head of the region" its governor."""
_CAPITAL_INSIDE = re.compile(r"(?<![.!?\n]\s)(?<![.!?\n])\b[A-Z]")
_ITS_ROLE = re.compile(r"[Ii]ts\s+([a-z][\w-]*(?<!s))$")
"""A singular role owned by "its" ("Its president", "its spokesman")."""
_DEFINITE_ROLE = re.compile(
    r"(?:the|his|her|their|its|[A-Z][\w’'-]*[’']s)\s+(?:\w+(?:[’']s)?\s+){0,2}?([a-z]+)"
    r"(?:\s+(?:himself|herself)|\s+(?:of|for|at)\s+[^,;:]{1,60})?$",
    re.IGNORECASE,
)
_ROLE_AFTER = re.compile(
    r",\s+(?:(?:the|a|an|his|her|their|its|[\w’'-]+[’']s)\s+(?:[\w-]+\s+){0,3}?|"
    r"(?:[A-Z][\w-]*\s+){0,3})([a-z]+)\s*[,.;]"
)
"""A role in apposition after a name: ", the group's director,", ", Kremlin spokesman," (a
verb phrase such as ", filed a complaint." is none)."""
_ROLE_BEFORE = re.compile(r"\b([a-z]+),?\s+$")
"""A role noun right before a name; matched at :func:`_last_word_start` only."""


_DOCUMENTS: frozenset[str] = frozenset(
    {"report", "reports", "study", "statement", "letter", "introduction", "memo", "poll",
     "survey", "analysis", "article", "ad", "video", "ruling", "decision", "document",
     "documents", "findings", "filing", "complaint", "data", "website", "post", "tweet"}
)  # fmt: skip


def _surname_gender(surname: str) -> str:
    """Return the gender a Slavic surname marks ("Kemalova" f, "Kemalov" m), else ''."""
    word = surname.lower()
    if word.endswith(("ova", "eva", "ina", "skaya", "ova’s", "eva’s")):
        return "f"
    if word.endswith(("ov", "ev", "in", "sky", "skiy", "yov")):
        return "m"
    return ""


def _last_word_start(text: str, lo: int, end: int) -> int:
    """Return where the only match of :data:`_ROLE_BEFORE` in ``text[lo:end]`` can start.

    The pattern is anchored at ``end``, so its match is the run of a-z letters before the
    white space (and the optional comma) that ends there. Trying the pattern at that run's
    start gives the match ``search`` would find, without trying every position of the window.
    """
    at = end
    while at > lo and text[at - 1].isspace():
        at -= 1
    if at > lo and text[at - 1] == ",":
        at -= 1
    while at > lo and "a" <= text[at - 1] <= "z":
        at -= 1
    return at


def _roles_around(text: str, start: int, end: int, hi: int) -> set[str]:
    """Return role nouns written right before or in apposition after a name."""
    roles = set()
    lo = max(0, start - 30)
    before = _ROLE_BEFORE.match(text, _last_word_start(text, lo, start), start)
    if before and before.group(1) in ROLE_NOUNS:
        roles.add(before.group(1))
    after = _ROLE_AFTER.match(text, end, min(hi, end + 80)) if text[end : end + 1] == "," else None
    if after and after.group(1) in ROLE_NOUNS:
        roles.add(after.group(1))
    return roles


def clear_caches() -> None:
    """Empty the memo caches of the string helpers (for honest repeated timings)."""
    for fn in (_words, _is_org_name, classify_mention, _head_phrase, _name_part, _split_role):
        fn.cache_clear()
    _parse_run.cache_clear()
    _subject_before.cache_clear()


def org_key(name: str) -> str:
    """Return a key shared by spelling variants of one organisation's name."""
    words = [w for w in _words(name) if w not in {"the", "of", "for", "and"}]
    # "Russia LGBT Network" and "Russian LGBT Network" are one organisation
    return " ".join(w[:5] for w in words)
