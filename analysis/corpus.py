"""Reading a corpus of articles, and writing tables: the project's only file I/O for data.

:func:`load_corpus` turns files on disk into the article table (see :mod:`analysis.schema`) and
accounts for every input record: each one ends up either in ``Corpus.articles`` or in
``Corpus.rejected`` with the reason, so no article disappears silently.

What is accepted
----------------
A **file**, read by its suffix:

- ``.jsonl`` / ``.ndjson``: one JSON object per line (blank lines are ignored).
- ``.json``: a list of article objects, a single article object, or an object whose
  ``articles`` field is such a list.
- ``.csv``: comma-separated with a header row (UTF-8, optional BOM); empty cells are missing
  values; a row with more cells than the header is rejected.
- ``.parquet``: one row per article.
- ``.txt`` / ``.md``: one article per file. An optional header block of ``key: value`` lines
  (keys ``id``, ``article_id``, ``title``, ``outlet``, ``published``, ``url``, ``author``,
  ``language``), ended by a blank line, may open the file; a Markdown front-matter block
  between two ``---`` lines is read the same way. The rest of the file is the text, unchanged.
  The id defaults to the file name without its suffix.
- ``.html`` / ``.htm``: a saved web page, one article. The main text is extracted with
  trafilatura (navigation, footers and other boilerplate dropped); title, date, author,
  canonical URL and site name (as ``outlet``) come from the page's metadata. The id is the file
  name without its suffix.

A **folder**:

- If it holds files named ``articles.jsonl``, ``articles.ndjson``, ``articles.json``,
  ``articles.csv`` or ``articles.parquet``, it is a *corpus folder*: only those files are
  read, and everything beside them (``README.md``, annotation files such as ``gold.jsonl``,
  ``events.csv``) is companion material and is skipped. ``data/sample/`` is such a folder.
- Otherwise every file in it and its sub-folders is read by its suffix, so one folder may mix
  ``.txt``, ``.md``, ``.html`` and table files. Hidden files and folders (name starting with
  ``.``) and ``README``/``LICENSE``/``CHANGELOG`` files are skipped. Any other file type
  becomes a rejected row ("unsupported file type").

Fields and their variants
-------------------------
Only an id (``article_id``, or ``id``) and ``text`` are required; ``outlet``, ``url``,
``title``, ``published``, ``author`` and ``language`` are optional (``headline``, ``date``,
``byline`` and ``lang`` are accepted for them when the usual name is absent). Extra fields
(e.g. ``notes``) are kept as extra columns. ``published`` may be a full timestamp, a date
(``2017-04-03``) or a month (``2017-04``, read as its first day), or missing. A missing
``language`` is detected with :func:`analysis.language.detect_language`.

What is rejected (``severity='error'``: the record is not in the article table)
-------------------------------------------------------------------------------
Malformed JSON lines, records that are not objects, a missing or empty id, a missing, null,
non-string or blank text, a repeated id (the first occurrence is kept; the rejection names
where it was), CSV rows with too many cells, undecodable bytes, unreadable Parquet files,
HTML pages without extractable text, and unsupported file types.

Bytes that are not valid in ``encoding`` (UTF-8 by default) are never guessed at: a JSONL
line with bad bytes is rejected on its own; a CSV, JSON, text or Markdown file with bad bytes
is rejected whole, with the byte offset of the first bad byte, so the user can fix the file or
load it again with the right ``encoding``. HTML pages are decoded by trafilatura, which reads
the page's declared charset.

What is kept with a warning (``severity='warning'``)
---------------------------------------------------
An unparseable ``published`` value: the article is kept with ``published`` = NaT.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.language import detect_language, normalise_language
from analysis.schema import (
    ARTICLE_ID,
    AUTHOR,
    LANGUAGE,
    OUTLET,
    PUBLISHED,
    REJECTED_COLUMNS,
    TEXT,
    TITLE,
    URL,
    parse_published,
    validate_articles,
)

TABLE_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".ndjson", ".json", ".csv", ".parquet"})
"""File types that hold many articles, one per line, item or row."""

DOCUMENT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".html", ".htm"})
"""File types that hold one article each."""

SUPPORTED_SUFFIXES: frozenset[str] = TABLE_SUFFIXES | DOCUMENT_SUFFIXES
"""Every file type :func:`load_corpus` reads."""

CORPUS_FILE_STEM = "articles"
"""A folder holding ``articles.<table suffix>`` files is a corpus folder: only those are read."""

SKIPPED_STEMS: frozenset[str] = frozenset({"readme", "license", "licence", "changelog"})
"""Documentation files skipped in a folder of articles (compared lower-case, without suffix)."""

HEADER_KEYS: frozenset[str] = frozenset(
    {"id", ARTICLE_ID, TITLE, OUTLET, PUBLISHED, URL, AUTHOR, LANGUAGE}
)
"""Keys accepted in the ``key: value`` header block of a ``.txt`` or ``.md`` article."""

FIELD_ALIASES: Mapping[str, str] = {
    "id": ARTICLE_ID,
    "headline": TITLE,
    "date": PUBLISHED,
    "byline": AUTHOR,
    "lang": LANGUAGE,
}
"""Other names accepted for article fields, used when the usual name is absent."""

MAX_PROBLEMS_IN_ERROR = 5
"""How many problems the error for an all-bad corpus names."""

_HEADER_LINE = re.compile(r"^([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*$")
_ID_IN_BROKEN_JSON = re.compile(r'"(?:article_id|id)"\s*:\s*"([^"\\]{1,200})"')


@dataclass(frozen=True)
class Corpus:
    """A loaded corpus: the article table and every input record that could not be used.

    Attributes
    ----------
    articles
        The article table (:data:`analysis.schema.ARTICLE_COLUMNS`, then any extra fields).
    rejected
        One row per problem, with columns ``source`` (str, the file), ``location`` (str,
        e.g. ``"line 3"``, ``"row 2"``, ``"item 1"`` or ``"file"``), ``article_id`` (str or
        NA when unknown), ``reason`` (str) and ``severity`` (``"error"``: the record is not
        in ``articles``; ``"warning"``: it is, with a field set to missing).
    """

    articles: pd.DataFrame
    rejected: pd.DataFrame


class _Collector:
    """Accumulates good records and rejections while files are read."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.problems: list[dict[str, Any]] = []
        self.first_seen: dict[str, str] = {}
        self.n_records = 0

    def reject(
        self,
        source: Path,
        location: str,
        reason: str,
        *,
        article_id: str | None = None,
        severity: str = "error",
    ) -> None:
        self.problems.append(
            {
                "source": str(source),
                "location": location,
                ARTICLE_ID: article_id,
                "reason": reason,
                "severity": severity,
            }
        )

    def add(self, record: object, source: Path, location: str) -> None:
        self.n_records += 1
        if not isinstance(record, Mapping):
            self.reject(source, location, f"record is a {type(record).__name__}, not an object")
            return
        fields = _canonical_fields(record)
        article_id = _clean_id(fields.get(ARTICLE_ID))
        if article_id is None:
            self.reject(source, location, "no article id (field 'article_id' or 'id')")
            return
        reason = _text_problem(fields)
        if reason is not None:
            self.reject(source, location, reason, article_id=article_id)
            return
        where = f"{source} {location}"
        if article_id in self.first_seen:
            self.reject(
                source,
                location,
                f"duplicate article_id {article_id!r}; first seen at {self.first_seen[article_id]}",
                article_id=article_id,
            )
            return
        self.first_seen[article_id] = where
        fields[ARTICLE_ID] = article_id
        published = fields.get(PUBLISHED)
        if not _is_missing(published) and parse_published(published) is pd.NaT:
            self.reject(
                source,
                location,
                f"unparseable published date {published!r}; kept with published = NaT",
                article_id=article_id,
                severity="warning",
            )
            fields[PUBLISHED] = None
        language = normalise_language(fields.get(LANGUAGE))
        fields[LANGUAGE] = language if language is not None else detect_language(fields[TEXT])
        self.rows.append(fields)


def _is_missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and pd.isna(value):
        return True
    return isinstance(value, str) and not value.strip()


def _canonical_fields(record: Mapping[Any, Any]) -> dict[str, Any]:
    fields = {str(key): value for key, value in record.items()}
    for alias, name in FIELD_ALIASES.items():
        if alias in fields and _is_missing(fields.get(name)):
            fields[name] = fields.pop(alias)
    return fields


def _clean_id(value: object) -> str | None:
    if _is_missing(value) or isinstance(value, (dict, list)):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _text_problem(fields: Mapping[str, Any]) -> str | None:
    if TEXT not in fields:
        return "no 'text' field"
    text = fields[TEXT]
    if text is None or text is pd.NA or (isinstance(text, float) and pd.isna(text)):
        return "text is missing (null)"
    if not isinstance(text, str):
        return f"text is a {type(text).__name__}, not a string"
    if not text.strip():
        return "text is empty"
    return None


def _decode(data: bytes, encoding: str) -> str:
    codec = "utf-8-sig" if encoding.lower().replace("_", "-") in {"utf-8", "utf8"} else encoding
    return data.decode(codec)


def _decode_error(error: UnicodeDecodeError, encoding: str, base: int = 0) -> str:
    bad = error.object[error.start : error.start + 1].hex()
    return (
        f"not valid {encoding}: byte 0x{bad} at byte offset {base + error.start}"
        " (fix the file, or load it with the right encoding=)"
    )


def _read_jsonl(path: Path, collector: _Collector, encoding: str) -> None:
    offset = 0
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            line_start = offset
            offset += len(raw)
            if raw.strip():
                _read_jsonl_line(raw, path, f"line {number}", line_start, collector, encoding)


def _read_jsonl_line(
    raw: bytes, path: Path, location: str, line_start: int, collector: _Collector, encoding: str
) -> None:
    try:
        line = _decode(raw, encoding)
    except UnicodeDecodeError as error:
        collector.n_records += 1
        collector.reject(path, location, _decode_error(error, encoding, line_start))
        return
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        collector.n_records += 1
        found = _ID_IN_BROKEN_JSON.search(line)
        collector.reject(
            path,
            location,
            f"malformed JSON: {error.msg} at column {error.colno}",
            article_id=found.group(1) if found else None,
        )
        return
    collector.add(record, path, location)


def _read_json(path: Path, collector: _Collector, encoding: str) -> None:
    text = _read_text(path, collector, encoding)
    if text is None:
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        collector.n_records += 1
        collector.reject(
            path,
            "file",
            f"malformed JSON: {error.msg} at line {error.lineno}, column {error.colno}",
        )
        return
    if isinstance(data, Mapping) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, list):
        for number, item in enumerate(data, start=1):
            collector.add(item, path, f"item {number}")
    else:
        collector.add(data, path, "file")


def _read_text(path: Path, collector: _Collector, encoding: str) -> str | None:
    """Decode a whole file, or reject it (as one record) and return ``None``."""
    try:
        return _decode(path.read_bytes(), encoding)
    except UnicodeDecodeError as error:
        collector.n_records += 1
        collector.reject(path, "file", _decode_error(error, encoding) + "; no record read")
        return None


def _read_csv(path: Path, collector: _Collector, encoding: str) -> None:
    text = _read_text(path, collector, encoding)
    if text is None:
        return
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        for number, row in enumerate(reader, start=1):
            location = f"row {number}"
            if None in row:
                collector.n_records += 1
                found = _clean_id(row.get(ARTICLE_ID) or row.get("id"))
                collector.reject(
                    path,
                    location,
                    f"row has {len(reader.fieldnames or []) + len(row[None])} cells, "
                    f"header has {len(reader.fieldnames or [])}",
                    article_id=found,
                )
                continue
            # CSV has no null: an empty cell is a missing value (an empty text stays empty)
            record = {k: (None if v == "" and k != TEXT else v) for k, v in row.items()}
            collector.add(record, path, location)
    except csv.Error as error:
        collector.n_records += 1
        collector.reject(
            path, f"line {reader.line_num}", f"CSV error: {error}; rest of file unread"
        )


def _read_parquet(path: Path, collector: _Collector, encoding: str) -> None:
    try:
        table = pd.read_parquet(path)
    except Exception as error:  # noqa: BLE001 - pyarrow raises many types for bad files
        collector.n_records += 1
        collector.reject(path, "file", f"cannot read Parquet file: {error}")
        return
    for number, record in enumerate(table.to_dict(orient="records"), start=1):
        collector.add(record, path, f"row {number}")


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """Split an optional ``key: value`` header block (or ``---`` front matter) from the text."""
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":
        for end in range(1, len(lines)):
            if lines[end].strip() == "---":
                header = _parse_header(lines[1:end])
                if header is not None:
                    return header, "\n".join(lines[end + 1 :]).lstrip("\r\n")
                break
        return {}, text
    for end, line in enumerate(lines):
        if not line.strip():
            if end == 0:
                return {}, text
            header = _parse_header(lines[:end])
            if header is None:
                return {}, text
            return header, "\n".join(lines[end + 1 :])
    return {}, text


def _parse_header(lines: list[str]) -> dict[str, str] | None:
    header: dict[str, str] = {}
    for line in lines:
        match = _HEADER_LINE.match(line.strip("\r"))
        if match is None or match.group(1).lower() not in HEADER_KEYS:
            return None
        header[match.group(1).lower()] = match.group(2)
    return header


def _read_document(path: Path, collector: _Collector, encoding: str) -> None:
    text = _read_text(path, collector, encoding)
    if text is None:
        return
    header, body = _split_header(text)
    record: dict[str, Any] = {ARTICLE_ID: path.stem, **header, TEXT: body}
    if "id" in header and ARTICLE_ID not in header:
        record[ARTICLE_ID] = record.pop("id")
    collector.add(record, path, "file")


def _read_html(path: Path, collector: _Collector, encoding: str) -> None:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            path.read_bytes(), with_metadata=True, include_comments=False
        )
    except Exception as error:  # noqa: BLE001 - a bad page must not stop the corpus
        collector.n_records += 1
        collector.reject(path, "file", f"HTML extraction failed: {error}", article_id=path.stem)
        return
    meta: dict[str, Any] = {}
    if document is not None:
        meta = document if isinstance(document, dict) else document.as_dict()
    if _is_missing(meta.get("text")):
        collector.n_records += 1
        collector.reject(path, "file", "no main text found in the HTML page", article_id=path.stem)
        return
    record = {
        ARTICLE_ID: path.stem,
        OUTLET: meta.get("sitename"),
        URL: meta.get("url"),
        TITLE: meta.get("title"),
        PUBLISHED: meta.get("date"),
        AUTHOR: meta.get("author"),
        LANGUAGE: meta.get("language"),
        TEXT: meta["text"],
    }
    collector.add(record, path, "file")


_READERS = {
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".json": _read_json,
    ".csv": _read_csv,
    ".parquet": _read_parquet,
    ".txt": _read_document,
    ".md": _read_document,
    ".html": _read_html,
    ".htm": _read_html,
}


def corpus_files(path: Path) -> list[Path]:
    """Return the files :func:`load_corpus` reads for ``path``, in reading order.

    A file is returned as it is. For a folder, see the module docstring: its ``articles.*``
    files if it has any, else every visible file except documentation, sorted by path
    (including files of unsupported types, which :func:`load_corpus` rejects).
    """
    if not path.is_dir():
        return [path]
    corpus_files = sorted(
        p
        for p in path.iterdir()
        if p.is_file() and p.stem == CORPUS_FILE_STEM and p.suffix.lower() in TABLE_SUFFIXES
    )
    if corpus_files:
        return corpus_files
    found = []
    for file in sorted(path.rglob("*")):
        relative = file.relative_to(path)
        if any(part.startswith(".") for part in relative.parts) or not file.is_file():
            continue
        if file.stem.lower() in SKIPPED_STEMS:
            continue
        found.append(file)
    return found


def load_corpus(path: str | Path, *, encoding: str = "utf-8") -> Corpus:
    """Load articles from a file or folder, accounting for every input record.

    See the module docstring for the accepted files, fields and the reasons a record is
    rejected. Nothing raises on a bad record; it becomes a row of ``Corpus.rejected``.

    Parameters
    ----------
    path
        A file (``.jsonl``, ``.ndjson``, ``.json``, ``.csv``, ``.parquet``, ``.txt``, ``.md``,
        ``.html``, ``.htm``) or a folder of them.
    encoding
        How the text files are encoded (UTF-8 by default, with or without a byte-order mark).

    Returns
    -------
    Corpus
        ``articles``: the article table, in reading order, with a fresh RangeIndex:
        ``article_id`` (str), ``outlet`` (str or NA), ``url`` (str or NA), ``title`` (str or
        NA), ``published`` (datetime64[ns, UTC], NaT when unknown or unparseable), ``author``
        (str or NA), ``language`` (str, ISO 639-1 as given or detected, ``"und"`` when
        undetermined), ``text`` (str, as stored), then any extra input fields.
        ``rejected``: ``source`` (str), ``location`` (str), ``article_id`` (str or NA),
        ``reason`` (str), ``severity`` (str, ``"error"`` or ``"warning"``).

    Raises
    ------
    FileNotFoundError
        When ``path`` does not exist.
    ValueError
        When no article could be loaded; the message names the first few problems.

    Examples
    --------
    >>> corpus = load_corpus("data/sample")  # doctest: +SKIP
    >>> corpus.articles.groupby("outlet").size()  # doctest: +SKIP
    """
    root = Path(path)
    if not root.exists():
        raise FileNotFoundError(f"corpus path {root} does not exist")
    collector = _Collector()
    for file in corpus_files(root):
        reader = _READERS.get(file.suffix.lower())
        if reader is None:
            collector.n_records += 1
            collector.reject(
                file,
                "file",
                f"unsupported file type {file.suffix or '(no suffix)'!r}; accepted: "
                + ", ".join(sorted(SUPPORTED_SUFFIXES)),
            )
            continue
        try:
            reader(file, collector, encoding)
        except OSError as error:
            collector.n_records += 1
            collector.reject(file, "file", f"cannot read file: {error}")
    rejected = pd.DataFrame(collector.problems, columns=list(REJECTED_COLUMNS)).astype("string")
    if not collector.rows:
        errors = [p for p in collector.problems if p["severity"] == "error"]
        if not errors:
            raise ValueError(f"no article records found in {root}")
        listed = "; ".join(
            f"{p['source']} {p['location']}: {p['reason']}" for p in errors[:MAX_PROBLEMS_IN_ERROR]
        )
        more = len(errors) - MAX_PROBLEMS_IN_ERROR
        raise ValueError(
            f"no article could be loaded from {root} ({len(errors)} bad record(s)): {listed}"
            + (f"; and {more} more" if more > 0 else "")
        )
    articles = validate_articles(pd.DataFrame(collector.rows))
    return Corpus(articles=articles, rejected=rejected)


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` to ``path`` as CSV, Parquet or JSONL, chosen by the suffix.

    The project's only table writer. Parent folders are created. The index is not written.
    Datetimes are written in ISO 8601; JSONL is UTF-8 with one object per line.

    Parameters
    ----------
    df
        Any table.
    path
        Ends in ``.csv``, ``.parquet`` or ``.jsonl``.

    Returns
    -------
    pathlib.Path
        The path written.

    Raises
    ------
    ValueError
        For any other suffix.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in {".csv", ".parquet", ".jsonl"}:
        raise ValueError(f"cannot write {target}: suffix must be .csv, .parquet or .jsonl")
    target.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        df.to_csv(target, index=False)
    elif suffix == ".parquet":
        df.to_parquet(target, index=False)
    else:
        df.to_json(target, orient="records", lines=True, force_ascii=False, date_format="iso")
    return target
