"""coverage-analysis: who is quoted, which sources are cited, how a story is framed and in what tone.

The public functions take the article table (see :mod:`analysis.schema`) and return tidy
DataFrames; chart functions in :mod:`analysis.plots` take those tables and return matplotlib
objects.
"""

from analysis.citations import citation_network, extract_citations
from analysis.corpus import Corpus, load_corpus, write_table
from analysis.duplicates import drop_reprints, find_duplicates
from analysis.entity_tone import entity_tone, entity_tone_by, find_mentions
from analysis.evaluation import evaluate_quotes, load_quote_table
from analysis.frame_evaluation import (
    evaluate_frames,
    frame_labels,
    load_frame_gold,
    stance_confusion,
)
from analysis.framing import (
    detect_frames,
    dominant_frame,
    frame_scores,
    frame_shares,
    load_codebook,
)
from analysis.gazetteer import load_gazetteer, load_source_types
from analysis.language import detect_language, language_support
from analysis.pipeline import load_table, run_report, save_table
from analysis.quotes import explain_quotes, extract_quotes
from analysis.schema import ARTICLE_COLUMNS, validate_articles
from analysis.sentiment import (
    load_adjustments,
    score_sentiment,
    tone_by_voice,
    voice_tone_by_outlet,
)
from analysis.sources import (
    canonical_sources,
    citing_events,
    count_sources,
    evaluate_sources,
    extract_mentions,
    extract_sources,
    source_diversity,
    sources_from_gold,
    top_sources,
)
from analysis.stance import (
    denial_by_outlet,
    denial_measure,
    score_stance,
    stance_by_outlet,
    stance_cues,
)
from analysis.target_tone import score_target_tone, target_tone_by_article
from analysis.text import paragraph_spans, sentence_spans, sentences

__all__ = [
    "ARTICLE_COLUMNS",
    "Corpus",
    "canonical_sources",
    "citation_network",
    "citing_events",
    "count_sources",
    "denial_by_outlet",
    "denial_measure",
    "detect_frames",
    "detect_language",
    "dominant_frame",
    "drop_reprints",
    "entity_tone",
    "entity_tone_by",
    "evaluate_frames",
    "evaluate_quotes",
    "evaluate_sources",
    "explain_quotes",
    "extract_citations",
    "extract_mentions",
    "extract_quotes",
    "extract_sources",
    "find_duplicates",
    "find_mentions",
    "frame_labels",
    "frame_scores",
    "frame_shares",
    "language_support",
    "load_adjustments",
    "load_codebook",
    "load_corpus",
    "load_frame_gold",
    "load_gazetteer",
    "load_quote_table",
    "load_source_types",
    "load_table",
    "paragraph_spans",
    "run_report",
    "save_table",
    "score_sentiment",
    "score_stance",
    "score_target_tone",
    "sentence_spans",
    "sentences",
    "source_diversity",
    "sources_from_gold",
    "stance_by_outlet",
    "stance_confusion",
    "stance_cues",
    "target_tone_by_article",
    "tone_by_voice",
    "top_sources",
    "validate_articles",
    "voice_tone_by_outlet",
    "write_table",
]
