"""Page furniture: label each paragraph of an article as body text or something else.

Stored news pages carry more than the article: the headline, photo captions and credits, the
byline, a date line, and "related story" teasers (a short headline line followed by a line or
two of its standfirst). Quote and source extraction must not let a caption or a teaser donate a
speaker to the body, so every paragraph gets one label:

============== ==============================================================================
label          what it is
============== ==============================================================================
body           article text
headline       the article's own headline (the first line, when it looks like one, or the line
               equal to the ``title`` column, give or take a scraped tail such as "(updated)")
caption        a photo caption: text that carries a photo credit ("(Getty Images / …)",
               "Photo: …", "AFP PHOTO / …")
credit         a line that is only a credit or a source line ("Source: Getty Images / …",
               "Read more via …")
byline         a short line of two to four capitalised words near the top ("Michaela Morgan",
               "By Jane Doe")
dateline       a date or time line ("7 Jul 2017 - 1:10 PM  UPDATED …", "April 13, 2017")
teaser_headline a short headline-like line after the lead ("Related: …", or a line of at most
               16 words without closing punctuation that is followed by a paragraph)
teaser         the paragraph that follows a teaser headline
============== ==============================================================================

Limits: the rules read only the shape of each line (length, capitals, closing punctuation,
credit and date patterns); a body sub-heading followed by a short paragraph is labelled a
teaser headline, and that paragraph a teaser, which only keeps speakers from crossing it (a
longer paragraph, over 30 words, is body, and so is its sub-heading). A caption glued to the next
sentence without a line break ("…Tallis.)Source: …") is one caption paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from analysis.schema import ARTICLE_ID, TEXT, TITLE, require_columns
from analysis.text import paragraph_spans

__all__ = ["LABELS", "furniture", "label_paragraphs"]

LABELS: tuple[str, ...] = (
    "body",
    "headline",
    "caption",
    "credit",
    "byline",
    "dateline",
    "teaser_headline",
    "teaser",
)
"""Every paragraph label, in the order of the module table."""

_CREDIT = re.compile(
    # the lookahead names the characters a match can start with, so the scan rejects most
    # positions with one test; it changes no match
    r"(?=[garepsifcф©/])(?:\b(?:Getty\s+Images|AFP\s+PHOTO|AP\s+Photo|Reuters/|REUTERS/|EPA|Shutterstock|"
    r"Photo(?:graph)?\s*(?:by|:|credit)|Image\s*(?::|by|credit)|Picture\s*:|Фото|Foto\s*:|"
    r"Photo\s*©|©|Credit\s*:|Courtesy\s+of|Illustration\s*:)|/\s*(?:AFP|AP|Reuters|EPA|"
    r"Getty|TASS|RIA|Sputnik)\b)",
    re.IGNORECASE,
)
_WIRE_DATELINE = re.compile(
    r"\s*[A-ZÀ-ÖØ-ÞА-ЯЁ][^\n,/()]{0,40},\s+[^\n/()]{1,30}?[\s.,]*[/(]\s*"
    r"(?:TASS|AFP|AP|Reuters|RIA(?:\s+Novosti)?|Sputnik|Interfax|EFE|ANSA|DPA|Xinhua)"
    r"\s*[/)][\s.:—–-]*"
)
"""A wire dateline opening a paragraph: "MOSCOW, July 6. /TASS/.", "GROZNY, May 13 (Reuters) -"."""
_ONLY_CREDIT = re.compile(
    r"^\s*(?:Source|Photo|Image|Credit|Picture|Read\s+more(?:\s+via)?|Via|Фото|Foto)\b"
    r"[^.!?]{0,80}$",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^\s*(?:Related(?:\s+(?:stories|story|articles|coverage|content))?|Read\s+more|"
    r"Read\s+also|Also\s+read|See\s+also|More\s+on\s+this|Recommended|Читайте\s+также|"
    r"Lire\s+aussi|Mehr\s+zum\s+Thema|Leia\s+também|Lea\s+también|Leggi\s+anche)\b",
    re.IGNORECASE,
)
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = re.compile(
    r"^\s*(?:(?:Published|Updated|UPDATED|Posted|Last\s+updated)\s*:?\s*)?"
    r"(?:\w+day,?\s+)?(?:\d{1,2}\s+" + _MONTHS + r"\.?\s+\d{4}|" + _MONTHS + r"\.?\s+\d{1,2},?\s+"
    r"\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|date\s+\d{4}(?:-\d{2})?)"
    r"[\s\d:.,APMapmUTCGMT+\-–|/()A-Za-z]{0,80}$"
)
_BYLINE = re.compile(
    r"^\s*(?:By\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+|and|de|van|von))"
    r"{1,4}(?:\s*[,|]\s*[A-Z][\w ]{0,40})?\s*$"
)
_END_CHARS = frozenset('.!?…:;"”’»)')
_OPEN_QUOTATION = re.compile(r'\s*[“"«„][^”"»]*$')
"""A paragraph that opens a quotation and never closes it: the quotation goes on in the
next paragraph, or the stored page was cut off inside it. Body text, however short."""
_WORD = re.compile(r"\w+")


def label_paragraphs(text: str, *, title: str | None = None) -> list[tuple[int, int, str]]:
    r"""Return ``(start, end, label)`` for each paragraph of ``text`` (see the module table).

    Parameters
    ----------
    text
        The article text.
    title
        The article's headline when known; a paragraph equal to it is the headline.

    Returns
    -------
    list of tuple
        One ``(start, end, label)`` per paragraph of :func:`analysis.text.paragraph_spans`.

    Examples
    --------
    >>> t = "Storm hits coast\nBy Jane Roe\nThe storm hit on Monday, officials said."
    >>> [label for _, _, label in label_paragraphs(t)]
    ['headline', 'byline', 'body']
    """
    return list(_labels(text, title if isinstance(title, str) else None))


@lru_cache(maxsize=1024)
def _labels(text: str, title: str | None) -> tuple[tuple[int, int, str], ...]:
    """Label the paragraphs of one text; memoised so quotes and sources share one pass."""
    spans = paragraph_spans(text)
    labels = ["body"] * len(spans)
    norm_title = _norm(title) if isinstance(title, str) and title.strip() else ""
    seen_body = False
    for i, (a, b) in enumerate(spans):
        para = text[a:b]
        n_words = len(para.split())  # cheap tests first: most paragraphs are long body text
        ends_open = para.rstrip()[-1:] not in _END_CHARS
        if norm_title and n_words <= 40 and _is_title(_norm(para), norm_title):
            labels[i] = "headline"
        elif n_words <= 14 and _ONLY_CREDIT.match(para):
            labels[i] = "credit"
        elif (n_words <= 60 or para.lstrip().startswith("•")) and _is_caption(para, n_words):
            labels[i] = "caption"
        elif n_words <= 16 and _DATE.match(para):
            labels[i] = "dateline"
        elif not seen_body and i <= 4 and n_words <= 6 and ends_open and _BYLINE.match(para):
            labels[i] = "byline"
        elif n_words <= 20 and _RELATED.match(para):
            labels[i] = "teaser_headline"
        elif i == 0 and n_words <= 25 and ends_open and len(spans) > 1:
            labels[i] = "headline"
        elif (
            seen_body
            and n_words <= 16
            and ends_open
            and i + 1 < len(spans)
            and not para.rstrip().endswith(",")
            and not _OPEN_QUOTATION.match(para)
        ):
            labels[i] = "teaser_headline"
        elif labels[i - 1] == "teaser_headline" if i else False:
            heading = text[spans[i - 1][0] : spans[i - 1][1]]
            if n_words <= _TEASER_MAX_WORDS or _RELATED.match(heading):
                labels[i] = "teaser"
            else:
                # a section of the body under its sub-heading ("Background", "A second
                # wave"), not a teaser's standfirst: both are body
                labels[i - 1] = "body"
                seen_body = True
        else:
            seen_body = True
    return tuple((a, b, label) for (a, b), label in zip(spans, labels, strict=True))


_TEASER_MAX_WORDS = 30
"""The longest standfirst a teaser has (the shared corpus' run to 26 words); a longer
paragraph after a short line is body text under a sub-heading."""


_CREDIT_HINTS: tuple[str, ...] = (
    "getty", "photo", "afp", "ap ", "reuters", "epa", "shutterstock", "image", "picture",
    "credit", "courtesy", "illustration", "©", "фото", "foto", "tass", "ria", "sputnik", "/",
)  # fmt: skip


def _is_caption(para: str, n_words: int) -> bool:
    """Whether a photo credit marks ``para`` as a caption.

    A wire dateline such as "MOSCOW, July 6. /TASS/." opening a body paragraph is not one.
    """
    low = para.lower()
    for hint in _CREDIT_HINTS:  # a loop, not any(): no generator to run for every paragraph
        if hint in low:
            break
    else:
        return False  # a cheap test first: most paragraphs mention no photo or agency
    credit = _CREDIT.search(para)
    if credit is None:
        return False
    wire = _WIRE_DATELINE.match(para)
    if wire is not None and len(para[wire.end() :].split()) >= 3:
        return False  # "GROZNY, May 13. /TASS/. A probe …": a dateline opening body text
    return n_words <= 20 or credit.start() > 0.3 * len(para) or para.lstrip().startswith("•")


def _is_title(para: str, title: str) -> bool:
    """Whether a normalised paragraph is the normalised ``title``, up to a scraped suffix.

    Stored titles and page headlines often differ by a tail one of them adds ("… (updated)",
    "… | Outlet", "… - Outlet News"): the shorter counts as the longer when it opens it, has
    at least four words and is at least 60% of its length.
    """
    if para == title:
        return True
    short, long_ = sorted((para, title), key=len)
    return (
        long_.startswith(short + " ") and short.count(" ") >= 3 and len(short) >= 0.6 * len(long_)
    )


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.lower()))


def furniture(articles: pd.DataFrame) -> pd.DataFrame:
    r"""Label every paragraph of every article (see :func:`label_paragraphs`).

    Parameters
    ----------
    articles
        The article table (at least ``article_id`` and ``text``; ``title`` is used if present).

    Returns
    -------
    pandas.DataFrame
        ``article_id`` (str), ``paragraph`` (int, 0-based), ``start`` and ``end`` (int, offsets
        of the paragraph in the text), ``label`` (str, one of :data:`LABELS`).

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["Photo: Jane Roe\nIt rained."]})
    >>> furniture(arts)["label"].tolist()
    ['credit', 'body']
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    titles = articles[TITLE] if TITLE in articles.columns else [None] * len(articles)
    rows = []
    for article_id, text, title in zip(articles[ARTICLE_ID], articles[TEXT], titles, strict=True):
        if not isinstance(text, str):
            raise ValueError(  # noqa: TRY004 - the project reports bad input as ValueError
                f"article {article_id!r}: text is not a string ({text!r})"
            )
        t = title if isinstance(title, str) else None
        for k, (a, b, label) in enumerate(label_paragraphs(text, title=t)):
            rows.append((article_id, k, a, b, label))
    return pd.DataFrame(rows, columns=[ARTICLE_ID, "paragraph", "start", "end", "label"]).astype(
        {"paragraph": "int64", "start": "int64", "end": "int64"}
    )
