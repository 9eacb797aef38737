from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import pipeline
from analysis.config import SAMPLE_DIR


def make_notebook(path: Path, *cells: str, title: str = "A test notebook") -> Path:
    """Write a small notebook: a heading, a parameters cell, then ``cells``."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    parameters = nbformat.v4.new_code_cell('articles_path = ""\noutput_dir = ""')
    parameters.metadata["tags"] = ["parameters"]
    nb.cells = [
        nbformat.v4.new_markdown_cell(f"# {title}"),
        parameters,
        *[nbformat.v4.new_code_cell(c) for c in cells],
    ]
    nbformat.write(nb, path)
    return path


WRITES_OUTPUTS = """
import pandas as pd
import matplotlib.pyplot as plt
from analysis.pipeline import report_dirs, save_table
from analysis.plots import save_figure
figures_dir, tables_dir = report_dirs(output_dir)
save_table(pd.DataFrame({"article_id": ["a"], "n": [1]}), "01-counts", tables_dir=tables_dir)
fig, ax = plt.subplots()
ax.plot([1, 2])
save_figure(fig, "01-line", figures_dir=figures_dir)
"""


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in {"href", "src"} and value:
                self.targets.append(value)


def links_of(index: Path) -> list[str]:
    parser = Links()
    parser.feed(index.read_text(encoding="utf-8"))
    return parser.targets


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "my-corpus"
    folder.mkdir()
    (folder / "articles.jsonl").write_text('{"id": "a", "text": "Hello."}\n', encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("data/sample", "sample"),
        ("../shared/corpus/chechnya_dev.jsonl", "chechnya_dev"),
        ("corpus/", "corpus"),
    ],
)
def test_report_name(path, name):
    assert pipeline.report_name(path) == name


def test_report_dirs():
    assert pipeline.report_dirs("out/x") == (Path("out/x/figures"), Path("out/x/tables"))


def test_save_table_writes_csv_and_parquet(tmp_path):
    table = pd.DataFrame({"article_id": ["a", "b"], "n_quotes": [1, 0]})
    csv, parquet = pipeline.save_table(table, "02-quotes", tables_dir=tmp_path / "t")
    assert csv.name == "02-quotes.csv"
    pd.testing.assert_frame_equal(pd.read_csv(csv), table, check_dtype=False)
    pd.testing.assert_frame_equal(pd.read_parquet(parquet), table)


@pytest.mark.parametrize("slug", ["", "a b", "../x"])
def test_save_table_rejects_bad_slugs(tmp_path, slug):
    with pytest.raises(ValueError, match="slug"):
        pipeline.save_table(pd.DataFrame({"a": [1]}), slug, tables_dir=tmp_path)


def test_list_notebooks_in_number_order(tmp_path):
    for name in ["02-b.ipynb", "01-a.ipynb", "scratch.ipynb", "10-c.ipynb"]:
        make_notebook(tmp_path / name)
    assert [p.name for p in pipeline.list_notebooks(tmp_path)] == [
        "01-a.ipynb",
        "02-b.ipynb",
        "10-c.ipynb",
    ]


def test_list_notebooks_empty_folder_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="no numbered notebooks"):
        pipeline.list_notebooks(tmp_path)


def test_project_notebooks_are_listed():
    names = [p.name for p in pipeline.list_notebooks()]
    assert names == sorted(names)
    assert names[0].startswith("01-")


def test_run_report_writes_everything_and_links_resolve(tmp_path, corpus):
    nb = make_notebook(tmp_path / "01-writes.ipynb", WRITES_OUTPUTS, title="Writes things")
    report = pipeline.run_report(corpus, tmp_path / "reports", notebooks=[nb], progress=False)
    folder = tmp_path / "reports" / "my-corpus"
    assert report.ok
    assert report.folder == folder
    for name in [
        "index.html",
        "notebooks/01-writes.ipynb",
        "notebooks/01-writes.html",
        "figures/01-line.png",
        "figures/01-line.svg",
        "tables/01-counts.csv",
        "tables/01-counts.parquet",
    ]:
        assert (folder / name).stat().st_size > 0, name
    executed = nbformat.read(folder / "notebooks/01-writes.ipynb", as_version=4)
    injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert str(corpus.resolve()) in injected[0].source
    targets = links_of(report.index)
    assert "figures/01-line.svg" in targets
    assert "tables/01-counts.parquet" in targets
    for target in targets:
        assert (folder / target).is_file(), target
    assert "Writes things" in report.index.read_text(encoding="utf-8")


def test_failing_notebook_stops_the_run_and_keeps_earlier_outputs(tmp_path, corpus):
    first = make_notebook(tmp_path / "01-writes.ipynb", WRITES_OUTPUTS)
    second = make_notebook(tmp_path / "02-fails.ipynb", "x = 1", "raise KeyError('no such column')")
    third = make_notebook(tmp_path / "03-never.ipynb", "y = 2")
    with pytest.raises(pipeline.NotebookError) as caught:
        pipeline.run_report(
            corpus, tmp_path / "out", notebooks=[first, second, third], progress=False
        )
    error = caught.value
    assert error.notebook.name == "02-fails.ipynb"
    assert error.cell == 4  # heading, parameters, injected parameters, x = 1, the raise
    assert "KeyError" in str(error)
    assert "no such column" in str(error)
    assert "02-fails.ipynb" in str(error)
    folder = tmp_path / "out" / "my-corpus"
    assert (folder / "figures/01-line.png").is_file()
    assert (folder / "notebooks/02-fails.ipynb").is_file()
    assert not (folder / "notebooks/03-never.ipynb").exists()
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert "failed" in page
    assert "not run" in page
    for target in links_of(folder / "index.html"):
        assert (folder / target).is_file(), target


def test_missing_corpus_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        pipeline.run_report(tmp_path / "nope", tmp_path / "out", progress=False)


def test_report_paths_resolve_from_the_project_root():
    paths = pipeline.report_paths("data/sample", "reports/sample")
    assert paths.corpus == SAMPLE_DIR.resolve()
    assert paths.figures == paths.output / "figures"
    assert paths.tables == paths.output / "tables"
    assert paths.name == "sample"


def test_load_table_reads_what_save_table_wrote(tmp_path):
    table = pd.DataFrame({"article_id": ["a"], "n": [2]})
    pipeline.save_table(table, "02-counts", tables_dir=tmp_path)
    pd.testing.assert_frame_equal(pipeline.load_table("02-counts", tables_dir=tmp_path), table)


def test_load_table_names_the_notebook_to_run(tmp_path):
    with pytest.raises(FileNotFoundError, match="notebook numbered 02"):
        pipeline.load_table("02-missing", tables_dir=tmp_path)


def test_cli_report_failure_exits_non_zero_naming_the_notebook(monkeypatch, capsys, tmp_path):
    from analysis.__main__ import main

    def failing(*args, **kwargs):
        raise pipeline.NotebookError(
            Path("03-sources.ipynb"), 7, "KeyError: 'outlet'", tmp_path / "03-sources.ipynb"
        )

    monkeypatch.setattr(pipeline, "run_report", failing)
    status = main(["report", "--corpus", str(SAMPLE_DIR), "--out", str(tmp_path), "--quiet"])
    err = capsys.readouterr().err
    assert status == 1
    assert "03-sources.ipynb failed in cell 7" in err
    assert "KeyError: 'outlet'" in err


def test_cli_report_missing_corpus_exits_non_zero(capsys, tmp_path):
    from analysis.__main__ import main

    status = main(["report", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path)])
    assert status == 1
    assert "does not exist" in capsys.readouterr().err


def test_cli_report_passes_filters_as_parameters(monkeypatch, tmp_path):
    from analysis.__main__ import main

    seen = {}

    def recording(corpus, out, **kwargs):
        seen.update(kwargs, corpus=corpus, out=out)
        return pipeline.Report(Path(corpus), tmp_path, tmp_path / "index.html")

    monkeypatch.setattr(pipeline, "run_report", recording)
    argv = ["report", "--corpus", "c", "--out", "o", "--outlet", "A", "--date-from", "2024-01-01"]
    assert main([*argv, "--quiet"]) == 0
    assert seen["parameters"] == {"date_from": "2024-01-01", "outlets": ["A"]}
    assert seen["progress"] is False


def test_run_report_removes_a_previous_runs_outputs(tmp_path, corpus):
    stale = tmp_path / "out" / "my-corpus" / "figures" / "09-old-chart.png"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    keep = stale.parent / "notes.txt"
    keep.write_text("mine", encoding="utf-8")
    nb = make_notebook(tmp_path / "01-empty.ipynb", "x = 1")
    pipeline.run_report(corpus, tmp_path / "out", notebooks=[nb], progress=False)
    assert not stale.exists()
    assert keep.exists()
    assert "09-old-chart" not in (tmp_path / "out" / "my-corpus" / "index.html").read_text()
