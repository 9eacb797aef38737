"""coverage-analysis: who is quoted, which sources are cited, how a story is framed and in what tone.

The public functions take the article table (see :mod:`analysis.schema`) and return tidy
DataFrames; chart functions in :mod:`analysis.plots` take those tables and return matplotlib
objects.
"""

from analysis.language import detect_language, language_support
from analysis.schema import ARTICLE_COLUMNS, validate_articles
from analysis.text import paragraph_spans, sentence_spans, sentences

__all__ = [
    "ARTICLE_COLUMNS",
    "detect_language",
    "language_support",
    "paragraph_spans",
    "sentence_spans",
    "sentences",
    "validate_articles",
]
