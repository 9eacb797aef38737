"""Paragraphs and sentences with character offsets into the original text.

Every span is a ``(start, end)`` pair such that ``text[start:end]`` is the paragraph or
sentence, trimmed of surrounding white space. The text itself is never rewritten, so every
table built from these spans can point back into the article.

The sentence splitter is a rule-based one written for news text (it needs no NLTK data, unlike
TextBlob's ``.sentences``). A sentence ends at ``.``, ``!``, ``?`` or ``…``, optionally followed
by closing quotation marks or brackets, when white space and then a sentence opener follow
(a capital letter, a digit, an opening quotation mark or bracket, or a letter of a caseless
script). A dash after a closing quotation mark continues the sentence ("“Why?” — she
asked."); a closing guillemet may follow a space ("« Non. »"), and » may open a quotation
("»Nein.«"). It does not end after a known abbreviation ("Dr.", "Sen.", "Jan.", "U.S."),
after a single initial ("J. K. Rowling") or inside a number; "No.", "p.", "vol." and the like
count as abbreviations only before a number ("No. 5", but "she said no. Then ..."). Sentences
never cross paragraph breaks (any line break). Limits: a sentence that really ends with an
abbreviation ("... in the U.S. The next ...") is joined to the next one; lower-case sentence
starts are not split (so Danish "1. maj" stays whole); a German ordinal date ("am 1. Mai")
does not end a sentence, but other ordinals written with a period ("der 2. Weltkrieg") do.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from analysis.schema import ARTICLE_ID, TEXT, require_columns

Span = tuple[int, int]

# fmt: off
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # titles and ranks
        "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt",
        "capt", "cmdr", "sgt", "maj", "adm", "pres", "supt", "insp", "det", "rev", "fr",
        "st", "sr", "jr", "hon", "amb", "atty", "messrs", "mme", "mlle", "del", "sens", "reps",
        "govs", "cllr",
        # months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        # companies, places, misc
        "inc", "co", "corp", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "ave",
        "blvd", "rd", "mt", "ft", "no", "nos", "vol", "vols", "p", "pp", "fig", "cf",
        "vs", "v", "etc", "al", "approx", "est", "ca", "ibid", "op", "cit", "ed", "eds",
        # other languages in the corpus
        "sra", "dra", "hr", "frau", "herr", "bzw", "nr", "sig", "dott",
        "г", "гг", "им", "т", "д", "ул", "пр", "см",
    }
)
"""Lower-cased words (without the final period) after which a period does not end a sentence."""
# fmt: on

NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(
    {"no", "nos", "nr", "vol", "vols", "p", "pp", "fig"}
)
"""Abbreviations that only count as such before a number ("No. 5", "p. 12")."""
ORDINAL_MONTHS: frozenset[str] = frozenset(
    {
        "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli",
        "August", "September", "Oktober", "November", "Dezember",
    }
)  # fmt: skip
"""Month names written after an ordinal date's period ("am 1. Mai", "bis 12. Oktober")."""

OPENING_QUOTES = "\"'“‘„«‹‚「"
CLOSING_QUOTES = "\"'”’»›‘“」"

_PARAGRAPH = re.compile(r"\S(?:[^\r\n]*\S)?")
"""A line's text without the white space around it: from its first to its last non-space
character, never across a line break (one C-speed scan instead of trimming each line)."""
_BOUNDARY = re.compile(
    # French typography spaces the closing guillemet: « Non. » Puis ...
    # "[.!?…]" first, then more of ".!?" after one of them (the same matches as "[.!?]+|…"):
    # a leading character set lets the scan skip every other character at C speed
    r"[.!?…](?:(?<=[.!?])[.!?]*)?(?:[ \u00a0\u202f][»›])?["
    + re.escape(CLOSING_QUOTES)
    + r")\]]*(?=\s)"
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\.?$")
# German typography opens with »: Er sagte. »Nein.«
_OPENER = re.compile(r"[\d" + re.escape(OPENING_QUOTES) + r"»›(\[¿¡—–-]|[^\W\d_]")


def paragraph_spans(text: str) -> list[Span]:
    r"""Return the ``(start, end)`` offsets of each non-blank line of ``text``, trimmed.

    A paragraph is any run of text between line breaks; blank lines are skipped.

    Examples
    --------
    >>> paragraph_spans("One.\n\n  Two. ")
    [(0, 4), (8, 12)]
    """
    return list(_paragraph_spans(text))


@lru_cache(maxsize=1024)
def _paragraph_spans(text: str) -> tuple[Span, ...]:
    """Split one text; memoised so sentences, quotation marks and page furniture share it."""
    return tuple(match.span() for match in _PARAGRAPH.finditer(text))


def sentence_spans(text: str) -> list[Span]:
    """Return the ``(start, end)`` offsets of each sentence of ``text``, in order.

    Sentences never cross a line break. See the module docstring for the rules and limits.

    Examples
    --------
    >>> text = 'Dr. Smith said "Go." Then he left.'
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Dr. Smith said "Go."', 'Then he left.']
    """
    return list(_sentence_spans(text))


@lru_cache(maxsize=1024)
def _sentence_spans(text: str) -> tuple[Span, ...]:
    """Split one text; memoised so the quote and source extractors share one split."""
    spans: list[Span] = []
    for para_start, para_end in paragraph_spans(text):
        spans.extend(_split_paragraph(text, para_start, para_end))
    return tuple(spans)


def _split_paragraph(text: str, start: int, end: int) -> list[Span]:
    spans = []
    sentence_start = start
    for match in _BOUNDARY.finditer(text, start, end):
        cut = match.end()
        if not _ends_sentence(text, match.start(), cut, end):
            continue
        s, e = _trim(text, sentence_start, cut)
        if s < e:
            spans.append((s, e))
        sentence_start = cut
    s, e = _trim(text, sentence_start, end)
    if s < e:
        spans.append((s, e))
    return spans


def _ends_sentence(text: str, mark: int, cut: int, para_end: int) -> bool:
    """Whether the punctuation at ``text[mark:cut]`` closes a sentence."""
    at = cut  # the first character after the white space (no copy of the paragraph's rest)
    while at < para_end and text[at].isspace():
        at += 1
    if at == para_end or not _OPENER.match(text, at, para_end):
        return False
    first = text[at]
    if first.isalpha() and first.islower():
        return False
    if first in "—–-" and any(c in CLOSING_QUOTES for c in text[mark:cut]):
        return False  # attribution after a quoted sentence: "“Why?” — she asked."
    if text[mark] != ".":
        return True
    if cut - mark > 1 and text[mark : mark + 3] == "...":
        return True
    # the search starts where a run of letters, digits and periods before the mark begins:
    # no match can start earlier, and retrying every position of a 40-character window is slow
    word_start = mark
    lo = max(0, mark - 40)
    while word_start > lo and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    before = _WORD_BEFORE.search(text, word_start, mark + 1)
    if before is None:
        # "am 1. Mai": a German ordinal date, not the end of a sentence
        day = text[word_start:mark]
        return not (
            day.isdigit() and len(day) <= 2 and _next_word(text, at, para_end) in ORDINAL_MONTHS
        )
    word = before.group(1)
    if "." in word:  # U.S., e.g., a.m.
        return False
    if len(word) == 1 and word.isupper():  # an initial: "J. K. Rowling"
        return False
    if word.lower() in NUMBER_ABBREVIATIONS:  # "No. 5", but "said no. Then"
        return not first.isdigit()
    return word.lower() not in ABBREVIATIONS


def word_offsets(text: str, words: tuple[str, ...]) -> list[int]:
    """Return the offset of every occurrence of each of ``words`` in ``text``, sorted.

    Plain string search: a pattern whose every match opens with one of ``words`` need only be
    tried at these offsets, which is much cheaper than scanning the whole text with it.

    Examples
    --------
    >>> word_offsets("she said he said", ("said", "he"))
    [1, 4, 9, 12]
    """
    offsets = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            offsets.append(at)
            at = text.find(word, at + 1)
    offsets.sort()
    return offsets


def _next_word(text: str, at: int, end: int) -> str:
    stop = at
    while stop < end and text[stop].isalpha():
        stop += 1
    return text[at:stop]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    r"""Return one row per sentence of every article.

    Parameters
    ----------
    articles
        The article table (at least ``article_id`` and ``text``).

    Returns
    -------
    pandas.DataFrame
        ``article_id`` (str), ``paragraph`` (int, 0-based index of the paragraph in the
        article), ``sentence`` (int, 0-based index within the article), ``start`` and ``end``
        (int, offsets into the article's text) and ``text`` (str, ``text[start:end]``).

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["One. Two.\nThree."]})
    >>> sentences(arts)["text"].tolist()
    ['One.', 'Two.', 'Three.']
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    rows = []
    for article_id, text in zip(articles[ARTICLE_ID], articles[TEXT], strict=True):
        index = 0
        for paragraph, (p_start, p_end) in enumerate(paragraph_spans(text)):
            for s, e in _split_paragraph(text, p_start, p_end):
                rows.append((article_id, paragraph, index, s, e, text[s:e]))
                index += 1
    return pd.DataFrame(
        rows, columns=[ARTICLE_ID, "paragraph", "sentence", "start", "end", "text"]
    ).astype({"paragraph": "int64", "sentence": "int64", "start": "int64", "end": "int64"})
