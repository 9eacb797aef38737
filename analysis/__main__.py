"""Command line: ``python -m analysis <command>`` or ``coverage-analysis <command>``.

Each command is one small pair of functions: ``_add_<command>(subparsers)`` declares its
arguments and sets ``run`` to ``_run_<command>(args) -> int``. To add a command, write that
pair and append the ``_add_`` function to :data:`COMMANDS`. Commands only orchestrate: they
call the package's functions and print; they hold no analysis logic.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version

import pandas as pd

from analysis.schema import outlet_name


def _add_summary(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "summary",
        help="load a corpus and print what it holds and what was rejected",
        description=(
            "Load CORPUS (a file or folder; see analysis.corpus for the accepted formats) and "
            "print the number of articles per outlet, the date range, the languages, the "
            "near-duplicates found and every rejected record with its reason."
        ),
    )
    parser.add_argument("corpus", metavar="CORPUS", help="corpus file or folder")
    parser.add_argument(
        "--encoding", default="utf-8", help="encoding of the text files (default: utf-8)"
    )
    parser.add_argument(
        "--max-rejected",
        type=int,
        default=50,
        metavar="N",
        help="list at most N rejected records (default: 50; all are counted)",
    )
    parser.add_argument(
        "--no-duplicates", action="store_true", help="skip near-duplicate detection"
    )
    parser.set_defaults(run=_run_summary)


def _run_summary(args: argparse.Namespace) -> int:
    from analysis.corpus import load_corpus

    corpus = load_corpus(args.corpus, encoding=args.encoding)
    articles, rejected = corpus.articles, corpus.rejected
    errors = int((rejected["severity"] == "error").sum())
    warnings = int((rejected["severity"] == "warning").sum())
    print(f"Corpus: {args.corpus}")
    print(
        f"Articles: {len(articles)} loaded; rejected records: {errors} not loaded, "
        f"{warnings} loaded with a warning"
    )
    published = articles["published"].dropna()
    undated = len(articles) - len(published)
    if len(published):
        print(
            f"Date range: {published.min():%Y-%m-%d} to {published.max():%Y-%m-%d}"
            f" ({undated} undated)"
        )
    else:
        print(f"Date range: none ({undated} undated)")
    languages = articles["language"].value_counts()
    print("Languages: " + ", ".join(f"{code} {n}" for code, n in languages.items()))
    if not args.no_duplicates:
        _print_duplicates(articles)
    outlets = (
        articles["outlet"]
        .map(outlet_name, na_action="ignore")
        .fillna("(unknown outlet)")
        .value_counts()
        .rename_axis("outlet")
        .reset_index(name="articles")
    )
    print(f"\nArticles per outlet ({len(outlets)} outlets; wire/reprint notes dropped):")
    print(outlets.to_string(index=False))
    if len(rejected):
        shown = rejected.head(args.max_rejected)
        print(f"\nRejected records ({len(rejected)}; showing {len(shown)}):")
        print(
            shown.fillna({"article_id": "-"}).to_string(
                index=False, columns=["severity", "source", "location", "article_id", "reason"]
            )
        )
    return 0


def _print_duplicates(articles: pd.DataFrame) -> None:
    from analysis.duplicates import find_duplicates

    duplicates = find_duplicates(articles)
    copies = duplicates["duplicate_of"].notna()
    clusters = duplicates.loc[copies, "cluster_id"].nunique()
    print(
        f"Near-duplicates: {int(copies.sum())} copies in {clusters} clusters; "
        f"{len(articles) - int(copies.sum())} articles without reprints"
    )
    wires = duplicates["wire"].value_counts()
    if len(wires):
        print("Wire signatures: " + ", ".join(f"{name} {n}" for name, n in wires.items()))


def _add_report(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from analysis.config import REPORTS_DIR, SAMPLE_DIR

    parser = subparsers.add_parser(
        "report",
        help="run every notebook headlessly on a corpus and write the report",
        description=(
            "Run the numbered notebooks in order on CORPUS (papermill) and write "
            "OUT/<corpus name>/: executed notebooks and their HTML, figures (PNG, SVG), "
            "tables (CSV, Parquet) and index.html. A failing notebook stops the run with the "
            "notebook, cell and error named; what was written before stays."
        ),
    )
    parser.add_argument("--corpus", default=str(SAMPLE_DIR), help="corpus file or folder")
    parser.add_argument("--out", default=str(REPORTS_DIR), help="parent folder of the report")
    parser.add_argument("--date-from", help="first publication date to include (YYYY-MM-DD)")
    parser.add_argument("--date-to", help="last publication date to include (YYYY-MM-DD)")
    parser.add_argument(
        "--outlet", action="append", default=[], help="include only this outlet (repeatable)"
    )
    parser.add_argument("--story-title", help="the story's name, used in the notebooks' text")
    parser.add_argument(
        "--events",
        help="key dates for the timeline, a CSV of date,label (default: events.csv "
        "beside the corpus; data/events/ has the Chechnya case study's)",
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(run=_run_report)


def _run_report(args: argparse.Namespace) -> int:
    from analysis.pipeline import NotebookError, run_report

    parameters = {
        "date_from": args.date_from,
        "date_to": args.date_to,
        "outlets": list(args.outlet),
        "story_title": args.story_title,
        "events_path": args.events,
    }
    try:
        report = run_report(
            args.corpus,
            args.out,
            parameters={k: v for k, v in parameters.items() if v},
            progress=not args.quiet,
        )
    except NotebookError as error:
        print(f"coverage-analysis report: error: {error}", file=sys.stderr)
        if error.executed is not None:
            print(f"The failed notebook, with its traceback: {error.executed}", file=sys.stderr)
        return 1
    print(
        f"Report: {report.index} ({len(report.runs)} notebooks in {report.seconds:.0f} s; "
        f"{sum(1 for _ in (report.folder / 'figures').glob('*.png'))} figures, "
        f"{sum(1 for _ in (report.folder / 'tables').glob('*.csv'))} tables)"
    )
    return 0


def _add_quotes(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "quotes",
        help="extract every quote of a corpus and who said it; write the quote table",
        description=(
            "Load CORPUS, run analysis.extract_quotes and write the quote table to OUT "
            "(.csv, .parquet or .jsonl, chosen by the suffix). Prints counts by kind, speaker "
            "kind and section."
        ),
    )
    parser.add_argument("corpus", metavar="CORPUS", help="corpus file or folder")
    parser.add_argument("out", metavar="OUT", help="output table: .csv, .parquet or .jsonl")
    parser.add_argument(
        "--speech-only",
        action="store_true",
        help="indirect speech from speech cues only (no belief/evidence cues such as 'think')",
    )
    parser.add_argument(
        "--partial",
        choices=("statement", "fragments"),
        default="statement",
        help="reported speech with quoted words as one statement row (default) or as the "
        "statement plus one row per quoted fragment (the seed gold's convention)",
    )
    parser.add_argument(
        "--requests",
        action="store_true",
        help="also write requests and promises ('called on X to ...', 'pledged to ...') as "
        "rows with rule 'indirect:request' (PolNeAR counts them; the seed gold does not)",
    )
    parser.set_defaults(run=_run_quotes)


def _run_quotes(args: argparse.Namespace) -> int:
    from analysis.corpus import load_corpus, write_table
    from analysis.quotes import extract_quotes

    corpus = load_corpus(args.corpus)
    tiers = ("speech",) if args.speech_only else ("speech", "stance")
    quotes = extract_quotes(
        corpus.articles, tiers=tiers, partial=args.partial, requests=args.requests
    )
    path = write_table(quotes, args.out)
    print(f"{len(quotes)} quotes from {len(corpus.articles)} articles written to {path}")
    for column in ("kind", "speaker_kind", "section"):
        counts = quotes[column].value_counts()
        print(f"{column}: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    return 0


def _add_evaluate(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "evaluate",
        help="score predicted quotes against gold quotes",
        description=(
            "Score PRED against GOLD with analysis.evaluate_quotes: precision, recall and F1 "
            "by kind, speaker accuracy, end-to-end F1, and how the errors shift the share of "
            "quotes per speaker kind. Both files may be quote tables (.csv, .parquet, .jsonl "
            "rows with article_id) or JSON/JSONL articles with 'quotes' (the shared gold "
            "format)."
        ),
    )
    parser.add_argument("gold", metavar="GOLD", help="gold quotes")
    parser.add_argument("pred", metavar="PRED", help="predicted quotes")
    parser.add_argument(
        "--by",
        default="speaker_kind",
        help="column of the headline statistic (default: speaker_kind)",
    )
    parser.set_defaults(run=_run_evaluate)


def _run_evaluate(args: argparse.Namespace) -> int:
    from analysis.evaluation import evaluate_quotes, load_quote_table

    gold, pred = load_quote_table(args.gold), load_quote_table(args.pred)
    result = evaluate_quotes(gold, pred, by=args.by)
    print(result.scores.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    by = args.by if args.by in gold.columns and args.by in pred.columns else "speaker"
    print(f"\nShare of quotes by {by}, gold vs predicted:")
    print(result.shift.head(15).to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    return 0


def _add_sources(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "sources",
        help="count who and what each article cites, by type; write the source table",
        description=(
            "Load CORPUS, run analysis.extract_sources (and the quote extractor, unless "
            "--quotes gives a quote table) and write the source table to OUT (.csv, .parquet "
            "or .jsonl). Prints source types per outlet share and the sources cited by the "
            "most outlets. --citations also writes the outlet-to-outlet citation table."
        ),
    )
    parser.add_argument("corpus", metavar="CORPUS", help="corpus file or folder")
    parser.add_argument("out", metavar="OUT", help="output table: .csv, .parquet or .jsonl")
    parser.add_argument("--quotes", help="a quote table to use instead of extracting quotes")
    parser.add_argument("--gazetteer", help="a gazetteer TSV (default: the Chechnya starter)")
    parser.add_argument("--citations", metavar="CITATIONS_OUT", help="write citations here")
    parser.set_defaults(run=_run_sources)


def _run_sources(args: argparse.Namespace) -> int:
    from analysis.citations import extract_citations
    from analysis.corpus import load_corpus, write_table
    from analysis.gazetteer import load_gazetteer
    from analysis.sources import count_sources, extract_sources, top_sources

    corpus = load_corpus(args.corpus)
    gazetteer = load_gazetteer(args.gazetteer) if args.gazetteer else None
    quotes = None
    if args.quotes:
        from analysis.evaluation import load_quote_table

        quotes = load_quote_table(args.quotes)
    sources = extract_sources(corpus.articles, quotes, gazetteer=gazetteer)
    path = write_table(sources, args.out)
    print(f"{len(sources)} source rows from {len(corpus.articles)} articles written to {path}")
    counts = count_sources(sources, by=())
    print(counts.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print("\nSources cited by the most outlets:")
    print(top_sources(sources, corpus.articles, n=15).to_string(index=False))
    if args.citations:
        citations = extract_citations(corpus.articles, gazetteer=gazetteer)
        cited = write_table(citations, args.citations)
        print(f"\n{len(citations)} outlet-to-outlet citations written to {cited}")
    return 0


COMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _add_summary,
    _add_report,
    _add_quotes,
    _add_evaluate,
    _add_sources,
]
"""Functions that each add one subcommand; append to add a command."""


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser with every subcommand in :data:`COMMANDS`."""
    parser = argparse.ArgumentParser(
        prog="coverage-analysis",
        description=(
            "Analyse how the news covers a story: who is quoted, which sources are cited, "
            "how it is framed and in what tone, across outlets and over time."
        ),
    )
    try:
        package_version = version("coverage-analysis")
    except PackageNotFoundError:  # running from a source tree that is not installed
        package_version = "unknown"
    parser.add_argument("--version", action="version", version=f"%(prog)s {package_version}")
    subparsers = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    for add_command in COMMANDS:
        add_command(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Returns 0 on success, 1 when the command fails on its input (the message goes to standard
    error) and 2 on a usage error.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        status: int = args.run(args)
    except (ValueError, FileNotFoundError) as error:
        print(f"{parser.prog} {args.command}: error: {error}", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":
    sys.exit(main())
