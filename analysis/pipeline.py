"""The headless report: run every notebook on a corpus and collect what they write.

:func:`run_report` executes the numbered notebooks in ``notebooks/`` in order with papermill,
passing each the corpus path and the report folder as parameters, and writes
``<out>/<corpus-name>/``::

    index.html               a page linking everything below
    notebooks/NN-*.ipynb     the executed notebooks
    notebooks/NN-*.html      their HTML export (nbconvert)
    figures/*.png, *.svg     every chart (written by the notebooks via plots.save_figure)
    tables/*.csv, *.parquet  every table (written by the notebooks via save_table)

A notebook that raises stops the run: :class:`NotebookError` names the notebook, the cell and
the error; everything written before it stays, the failed notebook is kept (with its
traceback) and exported, and ``index.html`` is still written, saying which notebook failed.

This module only orchestrates; the analysis lives in the notebooks' ``analysis`` calls.
"""

from __future__ import annotations

import html
import json
import logging
import os
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.config import PROJECT_ROOT, REPORTS_DIR, SAMPLE_DIR

logger = logging.getLogger(__name__)

NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
"""Where the numbered notebooks live."""

KERNEL_NAME = "python3"
"""The kernelspec the notebooks declare."""

OUTPUT_SUFFIXES = frozenset({".ipynb", ".html", ".png", ".svg", ".csv", ".parquet"})
"""Files in the report's sub-folders that a new run replaces (others are left alone)."""

FIGURES = "figures"
TABLES = "tables"
NOTEBOOKS = "notebooks"


class NotebookError(RuntimeError):
    """A notebook failed while the report ran.

    Attributes
    ----------
    notebook
        The source notebook that failed.
    cell
        Index of the failing cell in the executed notebook (papermill adds one cell with the
        injected parameters after the ``parameters`` cell), or None when the failure was not in
        a cell (e.g. the kernel did not start).
    error
        The error's type and message.
    executed
        The executed notebook written up to the failure (with the traceback), if any.
    """

    def __init__(
        self, notebook: Path, cell: int | None, error: str, executed: Path | None = None
    ) -> None:
        self.notebook = notebook
        self.cell = cell
        self.error = error
        self.executed = executed
        where = f"cell {cell} of the executed notebook" if cell is not None else "to start"
        super().__init__(f"notebook {notebook.name} failed in {where}: {error}")


@dataclass
class NotebookRun:
    """What happened to one notebook in a report run."""

    notebook: Path
    executed: Path
    html: Path | None
    seconds: float
    error: str | None = None


@dataclass
class Report:
    """The outcome of :func:`run_report`."""

    corpus: Path
    folder: Path
    index: Path
    runs: list[NotebookRun] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when every notebook ran without error."""
        return all(run.error is None for run in self.runs)


def report_name(corpus: str | Path) -> str:
    """Return the report folder name for a corpus path: its folder or file name without suffix.

    Examples
    --------
    >>> report_name("data/sample")
    'sample'
    >>> report_name("../shared/corpus/chechnya_dev.jsonl")
    'chechnya_dev'
    """
    path = Path(corpus)
    name = path.name if path.is_dir() or not path.suffix else path.stem
    return name or path.resolve().name


def report_dirs(output_dir: str | Path) -> tuple[Path, Path]:
    """Return ``(figures_dir, tables_dir)`` inside a report folder (not created here).

    Examples
    --------
    >>> figures_dir, tables_dir = report_dirs("reports/sample")
    >>> figures_dir.name, tables_dir.name
    ('figures', 'tables')
    """
    folder = Path(output_dir)
    return folder / FIGURES, folder / TABLES


@dataclass(frozen=True)
class ReportPaths:
    """Where a notebook reads its corpus and writes its outputs (see :func:`report_paths`)."""

    corpus: Path
    """The corpus file or folder (absolute)."""
    output: Path
    """The report folder (absolute)."""
    figures: Path
    """``output/figures``."""
    tables: Path
    """``output/tables``."""
    events: Path
    """The key-dates file: ``events.csv`` beside the corpus unless given."""
    name: str
    """The corpus name (:func:`report_name`)."""
    source: str
    """How captions name the data source."""


def _from_root(path: str | Path) -> Path:
    """Resolve a relative path from the project root (notebooks run from any folder)."""
    candidate = Path(path).expanduser()
    return (candidate if candidate.is_absolute() else PROJECT_ROOT / candidate).resolve()


def report_paths(
    articles_path: str | Path,
    output_dir: str | Path | None = None,
    *,
    events_path: str | Path | None = None,
) -> ReportPaths:
    """Resolve a notebook's parameters into the paths it reads and writes.

    Relative paths are taken from the project root, so a notebook opened in JupyterLab (whose
    working folder is ``notebooks/``) and one run by the pipeline read the same files.

    Parameters
    ----------
    articles_path
        The corpus file or folder.
    output_dir
        The report folder; by default ``reports/<corpus name>``.
    events_path
        The key-dates CSV; by default ``events.csv`` in the corpus folder (or beside the file).

    Returns
    -------
    ReportPaths

    Examples
    --------
    >>> report_paths("data/sample").name
    'sample'
    """
    corpus = _from_root(articles_path)
    name = report_name(corpus)
    output = _from_root(output_dir) if output_dir else (REPORTS_DIR / name).resolve()
    figures, tables = report_dirs(output)
    folder = corpus if corpus.is_dir() else corpus.parent
    events = _from_root(events_path) if events_path else folder / "events.csv"
    sample = corpus == SAMPLE_DIR.resolve()
    shown = "/".join(corpus.parts[-2:]) if corpus.is_dir() else "/".join(corpus.parts[-3:])
    source = "fictional sample corpus (data/sample)" if sample else shown
    return ReportPaths(corpus, output, figures, tables, events, name, source)


def save_table(df: pd.DataFrame, slug: str, *, tables_dir: str | Path) -> list[Path]:
    """Write ``df`` as ``<slug>.csv`` and ``<slug>.parquet`` into ``tables_dir``.

    The writing itself is :func:`analysis.corpus.write_table`, the project's one table writer.

    Parameters
    ----------
    df
        The table.
    slug
        File name without suffix, e.g. ``"02-quotes"``: lower-case letters, digits, hyphens.
    tables_dir
        Folder to write into; created when missing.

    Returns
    -------
    list of pathlib.Path
        The CSV path, then the Parquet path.

    Raises
    ------
    ValueError
        When ``slug`` is empty or holds characters other than ``a-z0-9-``.
    """
    from analysis.corpus import write_table

    if not slug or any(not (c.isascii() and (c.isalnum() or c == "-")) for c in slug):
        raise ValueError(f"table slug {slug!r} must be non-empty and use only a-z, 0-9 and '-'")
    folder = Path(tables_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{slug.lower()}.csv", folder / f"{slug.lower()}.parquet"]
    for path in paths:
        write_table(df, path)
    return paths


def load_table(slug: str, *, tables_dir: str | Path) -> pd.DataFrame:
    """Read a table an earlier notebook wrote with :func:`save_table` (its Parquet copy).

    Notebooks are chained by their outputs: a later notebook reads what an earlier one wrote
    instead of computing it again, so every figure of the report rests on the same tables.

    Parameters
    ----------
    slug
        The table's name, e.g. ``"02-quotes-per-article"``.
    tables_dir
        The report's ``tables`` folder.

    Returns
    -------
    pandas.DataFrame

    Raises
    ------
    FileNotFoundError
        When the table is missing; the message names the notebook that writes it.
    """
    path = Path(tables_dir) / f"{slug}.parquet"
    if not path.is_file():
        raise FileNotFoundError(
            f"table {slug} not found in {Path(tables_dir)}: run the notebook numbered "
            f"{slug[:2]} first (or the whole report: python -m analysis report)"
        )
    return pd.read_parquet(path)


def list_notebooks(notebooks_dir: str | Path = NOTEBOOKS_DIR) -> list[Path]:
    """Return the numbered notebooks (``NN-*.ipynb``) of a folder in execution order.

    Raises
    ------
    ValueError
        When the folder holds no numbered notebook.
    """
    folder = Path(notebooks_dir)
    found = sorted(p for p in folder.glob("*.ipynb") if p.name[:2].isdigit() and p.name[2:3] == "-")
    if not found:
        raise ValueError(f"no numbered notebooks (NN-name.ipynb) in {folder}")
    return found


def _kernel_manager_class() -> type:
    """Return a kernel manager that runs notebooks with this interpreter and inline charts.

    Whatever ``python3`` kernelspec a machine has installed (a user-level one may point at
    another Python without this package), the kernel is started with ``sys.executable``; and
    ``MPLBACKEND=Agg`` (set for headless runs) is replaced by the inline backend inside the
    kernel, so executed notebooks keep their charts.
    """
    from jupyter_client.manager import AsyncKernelManager

    class ThisInterpreterKernelManager(AsyncKernelManager):
        def format_kernel_cmd(self, extra_arguments: list[str] | None = None) -> list[str]:
            command: list[str] = super().format_kernel_cmd(extra_arguments)
            spec = self.kernel_spec
            if spec is not None and spec.language == "python" and command:
                command[0] = sys.executable
            return command

        async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
            env = dict(kw.get("env") or os.environ)
            env["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
            kw["env"] = env
            await super()._async_launch_kernel(kernel_cmd, **kw)

    return ThisInterpreterKernelManager


def execute_notebook(
    notebook: str | Path,
    executed: str | Path,
    *,
    parameters: Mapping[str, Any],
    kernel_name: str = KERNEL_NAME,
    cwd: str | Path = PROJECT_ROOT,
    progress_bar: bool = False,
) -> Path:
    """Execute one notebook with papermill and write the executed copy to ``executed``.

    The kernel runs with the current interpreter (see ``_kernel_manager_class``), so the
    notebook sees the same installation of ``analysis`` as the caller.

    Parameters
    ----------
    notebook
        The source notebook (it needs a cell tagged ``parameters``).
    executed
        Where to write the executed notebook (its folder is created).
    parameters
        Values injected after the ``parameters`` cell. Only the names the notebook's
        ``parameters`` cell declares are injected, so one set of report-wide options (such as
        ``events_path``, which only the overview reads) serves every notebook.
    kernel_name
        Kernelspec name.
    cwd
        Working directory of the kernel.
    progress_bar
        Show papermill's per-cell progress bar.

    Returns
    -------
    pathlib.Path
        ``executed``.

    Raises
    ------
    NotebookError
        When a cell raises or the kernel fails; the executed notebook written so far stays.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    source, target = Path(notebook), Path(executed)
    target.parent.mkdir(parents=True, exist_ok=True)
    declared = pm.inspect_notebook(str(source))
    try:
        pm.execute_notebook(
            str(source),
            str(target),
            parameters={k: v for k, v in parameters.items() if k in declared},
            kernel_name=kernel_name,
            cwd=str(cwd),
            progress_bar=progress_bar,
            kernel_manager_class=_kernel_manager_class(),
            # the kernel's start-up chatter (e.g. ipykernel's TCP notice) would bury the progress
            extra_arguments=["--IPKernelApp.log_level=ERROR"],
        )
    except PapermillExecutionError as error:
        first_line = (error.source or "").strip().splitlines()[:1]
        code = f" (code: {first_line[0][:80]})" if first_line else ""
        count = f", In [{error.exec_count}]" if error.exec_count is not None else ""
        raise NotebookError(
            source,
            int(error.cell_index),
            f"{error.ename}: {error.evalue}{code}{count}",
            target if target.exists() else None,
        ) from error
    except Exception as error:  # kernel start, missing parameters cell, unreadable notebook
        raise NotebookError(
            source, None, f"{type(error).__name__}: {error}", target if target.exists() else None
        ) from error
    return target


def export_html(executed: str | Path) -> Path:
    """Export an executed notebook to a standalone HTML file beside it (same name, ``.html``).

    Returns
    -------
    pathlib.Path
        The HTML file.
    """
    import nbformat
    from nbconvert import HTMLExporter

    path = Path(executed)
    notebook = nbformat.read(path, as_version=4)
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(notebook)
    target = path.with_suffix(".html")
    target.write_text(body, encoding="utf-8")
    return target


def run_report(
    corpus: str | Path = SAMPLE_DIR,
    out_dir: str | Path = REPORTS_DIR,
    *,
    notebooks: Sequence[str | Path] | None = None,
    parameters: Mapping[str, Any] | None = None,
    kernel_name: str = KERNEL_NAME,
    progress: bool = True,
) -> Report:
    """Run every notebook on ``corpus`` headlessly and write the report to ``out_dir/<name>/``.

    Parameters
    ----------
    corpus
        The corpus path given to each notebook as ``articles_path`` (anything
        :func:`analysis.load_corpus` reads).
    out_dir
        Parent folder of the report; the report goes to ``out_dir / report_name(corpus)``.
        The previous run's notebooks, figures and tables there are removed first, so the
        report never mixes two runs.
    notebooks
        Notebooks to run, in order; by default every numbered notebook in ``notebooks/``.
    parameters
        Extra parameters for every notebook (e.g. ``{"outlets": ["Example Daily"]}``).
    kernel_name
        Kernelspec name (the notebooks declare ``python3``).
    progress
        Show a progress bar on the console.

    Returns
    -------
    Report
        The report folder, its ``index.html`` and the per-notebook runs.

    Raises
    ------
    NotebookError
        When a notebook fails. The notebooks before it, the failed notebook (executed up to
        the error, and its HTML) and ``index.html`` are written first.
    FileNotFoundError
        When ``corpus`` does not exist.
    """
    from tqdm.auto import tqdm

    corpus_path = Path(corpus)
    if not corpus_path.exists():
        raise FileNotFoundError(f"corpus {corpus_path} does not exist")
    folder = Path(out_dir) / report_name(corpus_path)
    sources = [Path(p) for p in notebooks] if notebooks is not None else list_notebooks()
    for sub in (NOTEBOOKS, FIGURES, TABLES):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        for stale in (folder / sub).glob("*"):
            if stale.is_file() and stale.suffix in OUTPUT_SUFFIXES:
                stale.unlink()  # a previous run's output must not pass for this run's
    values = {
        **(parameters or {}),
        "articles_path": str(corpus_path.resolve()),
        "output_dir": str(folder.resolve()),
    }
    report = Report(corpus=corpus_path, folder=folder, index=folder / "index.html")
    started = time.perf_counter()
    bar = tqdm(sources, desc="report", unit="notebook", disable=not progress, file=sys.stderr)
    try:
        for source in bar:
            bar.set_postfix_str(source.stem)
            executed = folder / NOTEBOOKS / source.name
            t0 = time.perf_counter()
            try:
                execute_notebook(source, executed, parameters=values, kernel_name=kernel_name)
            except NotebookError as error:
                run = NotebookRun(
                    source,
                    executed,
                    _try_export(executed),
                    time.perf_counter() - t0,
                    str(error),
                )
                report.runs.append(run)
                raise
            run = NotebookRun(source, executed, export_html(executed), time.perf_counter() - t0)
            report.runs.append(run)
            logger.info("%s done in %.1f s", source.name, run.seconds)
    finally:
        bar.close()
        report.seconds = time.perf_counter() - started
        write_index(report, pending=sources[len(report.runs) :])
    return report


def _try_export(executed: Path) -> Path | None:
    """Export a failed notebook's executed copy to HTML when one was written."""
    if not executed.exists():
        return None
    try:
        return export_html(executed)
    except Exception:  # the notebook may be half-written; the error is already reported
        logger.exception("could not export %s to HTML", executed)
        return None


def _notebook_title(path: Path) -> str:
    """Return the first markdown heading of a notebook, or its file name."""
    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError):
        return path.stem
    for cell in cells:
        if cell.get("cell_type") != "markdown":
            continue
        text = "".join(cell.get("source", []))
        for line in text.splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip()
    return path.stem


def _table_rows(path: Path) -> int | None:
    """Return the number of rows of a Parquet table, or None when it cannot be read."""
    try:
        import pyarrow.parquet as pq

        return int(pq.read_metadata(path).num_rows)
    except (OSError, ValueError):  # an unreadable file is listed without a row count
        return None


def _href(path: Path, folder: Path) -> str:
    """Return ``path`` relative to ``folder`` as a URL path."""
    return html.escape(path.relative_to(folder).as_posix(), quote=True)


def _pretty(slug: str) -> str:
    """Return a file slug as words: '02-top-speakers' gives 'Top speakers'."""
    words = slug[3:] if slug[:2].isdigit() and slug[2:3] == "-" else slug
    words = words.replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def _by_notebook(paths: Iterable[Path]) -> dict[str, list[Path]]:
    """Group output files by the two-digit notebook prefix of their names."""
    groups: dict[str, list[Path]] = {}
    for path in sorted(paths):
        groups.setdefault(path.name[:2] if path.name[:2].isdigit() else "other", []).append(path)
    return groups


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;
max-width:72rem;padding:0 1.5rem;color:#222;line-height:1.45}
h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem}
h3{margin:1.4rem 0 .4rem}.meta{color:#555;margin-top:0}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.35rem .6rem;border-bottom:1px solid #e3e3e3;vertical-align:top}
th{background:#f4f6f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
.ok{color:#009E73;font-weight:600}.failed{color:#D55E00;font-weight:600}.pending{color:#8c8c8c}
.error{background:#fdf0e9;border-left:4px solid #D55E00;padding:.6rem 1rem;white-space:pre-wrap;
font-family:ui-monospace,monospace;font-size:.85rem}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(21rem,1fr));gap:1.2rem}
figure{margin:0;border:1px solid #e3e3e3;border-radius:6px;padding:.6rem;background:#fff}
figure img{width:100%;height:14rem;object-fit:contain;object-position:top left}
figcaption{font-size:.9rem;margin-top:.4rem}a{color:#0072B2}
"""


def write_index(report: Report, *, pending: Sequence[Path] = ()) -> Path:
    """Write ``index.html`` for a report folder: notebooks, figures and tables, all linked.

    Every link is relative and points to a file that exists when the page is written.

    Parameters
    ----------
    report
        The run so far.
    pending
        Notebooks that did not run because an earlier one failed.

    Returns
    -------
    pathlib.Path
        The index page.
    """
    folder = report.folder
    figures_dir, tables_dir = report_dirs(folder)
    titles = {run.notebook.name[:2]: _notebook_title(run.notebook) for run in report.runs}
    titles.update({p.name[:2]: _notebook_title(p) for p in pending})
    status = "complete" if report.ok and not pending else "stopped by an error"
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        f"<title>Coverage report: {html.escape(folder.name)}</title><style>{_CSS}</style>",
        "</head><body>",
        f"<h1>Coverage report: {html.escape(folder.name)}</h1>",
        (
            f"<p class='meta'>Corpus <code>{html.escape(str(report.corpus))}</code> · generated "
            f"{generated} · {len(report.runs)} of {len(report.runs) + len(pending)} notebooks "
            f"run in {report.seconds:.0f} s · {status}</p>"
        ),
    ]
    parts.append("<h2>Notebooks</h2><table><tr><th>Notebook</th><th>Read</th>")
    parts.append("<th>Status</th><th class='num'>Seconds</th></tr>")
    for run in report.runs:
        links = []
        if run.html is not None and run.html.exists():
            links.append(f"<a href='{_href(run.html, folder)}'>HTML</a>")
        if run.executed.exists():
            links.append(f"<a href='{_href(run.executed, folder)}'>notebook</a>")
        state = "<span class='ok'>ok</span>" if run.error is None else "<span class='failed'>"
        state += "" if run.error is None else "failed</span>"
        parts.append(
            f"<tr><td>{html.escape(_notebook_title(run.notebook))}<br><small>"
            f"{html.escape(run.notebook.name)}</small></td><td>{' · '.join(links)}</td>"
            f"<td>{state}</td><td class='num'>{run.seconds:.1f}</td></tr>"
        )
    for path in pending:
        parts.append(
            f"<tr><td>{html.escape(_notebook_title(path))}<br><small>{html.escape(path.name)}"
            "</small></td><td></td><td class='pending'>not run</td><td></td></tr>"
        )
    parts.append("</table>")
    for run in report.runs:
        if run.error is not None:
            parts.append(f"<p class='error'>{html.escape(run.error)}</p>")
    figures = [p for p in figures_dir.glob("*.png")] if figures_dir.exists() else []
    parts.append(f"<h2>Figures ({len(figures)})</h2>")
    for prefix, paths in _by_notebook(figures).items():
        parts.append(f"<h3>{html.escape(titles.get(prefix, prefix))}</h3><div class='grid'>")
        for png in paths:
            svg = png.with_suffix(".svg")
            svg_link = f" · <a href='{_href(svg, folder)}'>SVG</a>" if svg.exists() else ""
            parts.append(
                f"<figure><a href='{_href(png, folder)}'><img src='{_href(png, folder)}' "
                f"alt='{html.escape(_pretty(png.stem))}' loading='lazy'></a><figcaption>"
                f"<strong>{html.escape(_pretty(png.stem))}</strong> <small>{html.escape(png.stem)}"
                f"</small><br><a href='{_href(png, folder)}'>PNG</a>{svg_link}"
                "</figcaption></figure>"
            )
        parts.append("</div>")
    tables = sorted(tables_dir.glob("*.csv")) if tables_dir.exists() else []
    parts.append(f"<h2>Tables ({len(tables)})</h2>")
    parts.append("<table><tr><th>Table</th><th class='num'>Rows</th><th>Files</th></tr>")
    for prefix, paths in _by_notebook(tables).items():
        parts.append(f"<tr><th colspan='3'>{html.escape(titles.get(prefix, prefix))}</th></tr>")
        for csv in paths:
            parquet = csv.with_suffix(".parquet")
            rows = _table_rows(parquet) if parquet.exists() else None
            links = [f"<a href='{_href(csv, folder)}'>CSV</a>"]
            if parquet.exists():
                links.append(f"<a href='{_href(parquet, folder)}'>Parquet</a>")
            parts.append(
                f"<tr><td>{html.escape(_pretty(csv.stem))} <small>{html.escape(csv.stem)}</small>"
                "</td><td class='num'>"
                f"{'' if rows is None else f'{rows:,}'}</td><td>{' · '.join(links)}</td></tr>"
            )
    parts.append("</table></body></html>")
    report.index.parent.mkdir(parents=True, exist_ok=True)
    report.index.write_text("\n".join(parts), encoding="utf-8")
    return report.index
