"""The notebooks: committed clean, one parameters cell, thin; and they run on data/sample.

The executing tests (marked ``notebooks``) run the whole report once on ``data/sample`` through
:func:`analysis.pipeline.run_report` (papermill, one kernel per notebook, in order) and then
check each notebook's figures and tables and the index page's links.
"""

from __future__ import annotations

import ast
import json
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import pipeline
from analysis.config import PROJECT_ROOT, SAMPLE_DIR, SHARED_DIR

NOTEBOOKS = pipeline.list_notebooks()

EXPECTED: dict[str, dict[str, list[str]]] = {
    "01-corpus-overview": {
        "figures": ["01-articles-per-outlet", "01-coverage-over-time", "01-languages"],
        "tables": [
            "01-articles",
            "01-rejected",
            "01-duplicates",
            "01-articles-per-outlet",
            "01-coverage-over-time",
            "01-events",
            "01-languages",
            "01-language-support",
        ],
    },
    "02-who-speaks": {
        "figures": [
            "02-quotes-per-article",
            "02-quotes-per-outlet",
            "02-top-speakers",
            "02-speaker-types-per-outlet",
            "02-quote-kinds-per-outlet",
            "02-voice-sides-per-outlet",
        ],
        "tables": [
            "02-quotes",
            "02-sources",
            "02-quotes-per-article",
            "02-quotes-per-outlet",
            "02-top-speakers",
            "02-speaker-types-per-outlet",
            "02-quote-kinds-per-outlet",
            "02-voice-sides-per-outlet",
        ],
    },
    "03-sources": {
        "figures": [
            "03-sources-per-article",
            "03-source-types-per-outlet",
            "03-sources-in-most-outlets",
            "03-anonymous-per-outlet",
            "03-talked-about",
            "03-citation-network",
            "03-first-reports",
        ],
        "tables": [
            "03-sources",
            "03-source-diversity",
            "03-source-types-per-outlet",
            "03-sources-in-most-outlets",
            "03-anonymous-per-outlet",
            "03-mentions",
            "03-talked-about",
            "03-citations",
            "03-citation-network",
            "03-first-reports",
        ],
    },
    "04-framing-and-tone": {
        "figures": [
            "04-frame-shares-per-outlet",
            "04-dominant-frames",
            "04-doubt-per-outlet",
            "04-denial-per-outlet",
            "04-tone-by-voice",
            "04-tone-over-time",
            "04-entity-tone",
        ],
        "tables": [
            "04-frames",
            "04-frame-shares-per-outlet",
            "04-dominant-frame",
            "04-dominant-frames",
            "04-stance",
            "04-stance-per-outlet",
            "04-denial",
            "04-denial-per-outlet",
            "04-tone-by-voice",
            "04-tone-by-voice-per-outlet",
            "04-tone-per-article",
            "04-entity-tone",
            "04-entity-tone-per-target",
            "04-entity-tone-per-outlet",
        ],
    },
    "05-outlet-profiles": {
        "figures": ["05-outlet-profiles"],
        "tables": ["05-outlet-profiles"],
    },
    "06-article-walkthrough": {
        "figures": ["06-walkthrough-sentence-tone"],
        "tables": [
            "06-walkthrough-quotes",
            "06-walkthrough-sources",
            "06-walkthrough-marks",
            "06-walkthrough-sentence-tone",
        ],
    },
}
"""Per notebook: figures and tables it must write (beyond these it may write more)."""

# tables that may legitimately be empty on a clean corpus
MAY_BE_EMPTY = {"01-rejected"}


def code_cells(path: Path) -> list[str]:
    nb = nbformat.read(path, as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "code"]


def test_every_notebook_has_expectations():
    assert sorted(EXPECTED) == sorted(p.stem for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_clean_with_one_parameters_cell(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    nb = nbformat.reads(json.dumps(raw), as_version=4)
    nbformat.validate(nb)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], "outputs must be stripped"
            assert cell.execution_count is None
    assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_layout_heading_imports_parameters(path):
    nb = nbformat.read(path, as_version=4)
    heading, imports, parameters = nb.cells[:3]
    assert heading.cell_type == "markdown"
    assert heading.source.startswith(f"# {path.stem[:2]} ")
    assert "**Writes**" in heading.source
    for node in ast.parse(imports.source).body:
        assert isinstance(node, ast.Import | ast.ImportFrom)
    assert "parameters" in parameters.metadata.get("tags", [])
    for node in ast.parse(parameters.source).body:
        assert isinstance(node, ast.Assign)
        ast.literal_eval(node.value)  # literals only (papermill's rule)
    names = {t.id for node in ast.parse(parameters.source).body for t in node.targets}
    assert {"articles_path", "output_dir", "date_from", "date_to", "outlets"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_cells_are_thin(path):
    for source in code_cells(path):
        tree = ast.parse(source)
        for node in ast.walk(tree):
            assert not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            assert not isinstance(node, ast.For | ast.While | ast.Lambda), source
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names]
                module = getattr(node, "module", None) or ""
                assert module != "re", "no regular expressions"
                assert "re" not in names, "no regular expressions"
        assert "../" not in source, "paths are resolved from the project root"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_figure_is_saved(path):
    sources = "\n".join(code_cells(path))
    for slug in EXPECTED[path.stem]["figures"]:
        assert f'save_figure(ax.figure, "{slug}"' in sources or f'"{slug}"' in sources


def test_nbstripout_keeps_the_parameters_tag():
    nbstripout = pytest.importorskip("nbstripout")
    nb = nbformat.read(NOTEBOOKS[0], as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [nbformat.v4.new_output("stream", text="noise")]
            cell.execution_count = 3
    stripped = nbstripout.strip_output(nb, keep_output=False, keep_count=False, keep_id=True)
    tagged = [c for c in stripped.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert all(c.outputs == [] for c in stripped.cells if c.cell_type == "code")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.targets += [v for k, v in attrs if k in {"href", "src"} and v]


@pytest.fixture(scope="session")
def sample_report(tmp_path_factory) -> pipeline.Report:
    out = tmp_path_factory.mktemp("reports")
    return pipeline.run_report(SAMPLE_DIR, out, progress=False)


def assert_not_empty(path: Path) -> None:
    assert path.is_file(), f"{path.name} missing"
    assert path.stat().st_size > 0, f"{path.name} is empty"


@pytest.mark.notebooks
def test_report_runs_every_notebook(sample_report):
    assert sample_report.ok
    assert [r.notebook.name for r in sample_report.runs] == [p.name for p in NOTEBOOKS]
    for run in sample_report.runs:
        assert_not_empty(run.executed)
        assert run.html is not None
        assert_not_empty(run.html)


@pytest.mark.notebooks
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_notebook_writes_its_figures_and_tables(sample_report, name):
    figures, tables = pipeline.report_dirs(sample_report.folder)
    for slug in EXPECTED[name]["figures"]:
        assert_not_empty(figures / f"{slug}.png")
        assert_not_empty(figures / f"{slug}.svg")
    for slug in EXPECTED[name]["tables"]:
        assert_not_empty(tables / f"{slug}.csv")
        table = pd.read_parquet(tables / f"{slug}.parquet")
        if slug not in MAY_BE_EMPTY:
            assert len(table) > 0, f"{slug} has no rows"


@pytest.mark.notebooks
def test_executed_notebooks_show_their_charts(sample_report):
    for run in sample_report.runs:
        if not EXPECTED[run.notebook.stem]["figures"]:
            continue
        nb = nbformat.read(run.executed, as_version=4)
        images = [
            o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "data" in o
            if "image/png" in o["data"]
        ]  # fmt: skip
        assert images, f"{run.notebook.name} shows no chart"


@pytest.mark.notebooks
def test_index_links_point_to_existing_files(sample_report):
    parser = Links()
    parser.feed(sample_report.index.read_text(encoding="utf-8"))
    assert parser.targets
    for target in parser.targets:
        assert "://" not in target
        assert (sample_report.folder / target).is_file(), target
    linked = set(parser.targets)
    figures, tables = pipeline.report_dirs(sample_report.folder)
    for path in [*figures.iterdir(), *tables.iterdir()]:
        assert path.relative_to(sample_report.folder).as_posix() in linked, path.name


@pytest.mark.notebooks
@pytest.mark.shared
@pytest.mark.skipif(not (SHARED_DIR / "corpus").is_dir(), reason="../shared/corpus absent")
def test_report_runs_on_the_shared_corpus(tmp_path):
    events = PROJECT_ROOT / "data" / "events" / "chechnya-2017.csv"
    report = pipeline.run_report(
        SHARED_DIR / "corpus",
        tmp_path,
        parameters={"events_path": str(events), "story_title": "Chechnya purge, 2017-2020"},
        progress=False,
    )
    assert report.ok
    figures, tables = pipeline.report_dirs(report.folder)
    assert len(pd.read_parquet(tables / "01-events.parquet")) == len(pd.read_csv(events))
    for expected in EXPECTED.values():
        for slug in expected["figures"]:
            assert_not_empty(figures / f"{slug}.png")
        for slug in expected["tables"]:
            assert_not_empty(tables / f"{slug}.parquet")
