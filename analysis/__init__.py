"""coverage-analysis: who is quoted, which sources are cited, how a story is framed and in what tone.

The public functions take the article table (see :mod:`analysis.schema`) and return tidy
DataFrames; chart functions in :mod:`analysis.plots` take those tables and return matplotlib
objects.
"""

from analysis.corpus import Corpus, load_corpus, write_table
from analysis.duplicates import drop_reprints, find_duplicates
from analysis.evaluation import evaluate_quotes, load_quote_table
from analysis.language import detect_language, language_support
from analysis.quotes import explain_quotes, extract_quotes
from analysis.schema import ARTICLE_COLUMNS, validate_articles
from analysis.text import paragraph_spans, sentence_spans, sentences

__all__ = [
    "ARTICLE_COLUMNS",
    "Corpus",
    "detect_language",
    "drop_reprints",
    "evaluate_quotes",
    "explain_quotes",
    "extract_quotes",
    "find_duplicates",
    "language_support",
    "load_corpus",
    "load_quote_table",
    "paragraph_spans",
    "sentence_spans",
    "sentences",
    "validate_articles",
    "write_table",
]
