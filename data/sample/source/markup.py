"""Inline markup and annotation records for the sample corpus.

An article's text is written with inline spans, whose marks are removed on output:

- ``⟦3|...⟧``: quote 3; its annotation is ``quotes[3]``.
- ``⟦@3|...⟧``: the speaker mention used by quote 3; ``⟦@3,4|...⟧`` is shared by quotes 3 and 4.
- ``⟦!key|...⟧``: a span in quotation marks that is not a quote; ``key`` is one of
  :data:`IGNORE_NOTES`.

Spans may nest (a partial quote inside an indirect statement, a mention inside a quote).
Offsets are never typed by hand: :func:`parse` computes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

OPEN, CLOSE = "⟦", "⟧"

IGNORE_NOTES = {
    "scare": "scare quotes: no statement is attributed",
    "title": "title of a work in quotation marks, not a quote",
    "embedded": "quote within a quote: part of the enclosing quote, not a separate statement",
    "headline": "in a headline: headlines are not annotated (as in the seed, where a teaser "
    "headline's statement is not a quote)",
    "word": "a word mentioned in quotation marks, not a quote",
    "slogan": "scare quotes around a slogan: no statement is attributed",
}


@dataclass
class Q:
    """The annotation of one quote span.

    ``cue`` is None for a continuation (no mention either). ``src`` names the sources credited
    with the cue when they differ from ``[speaker]`` (a conjoined speaker). ``nomarks`` marks a
    direct quote without quotation marks (a Q&A answer).
    """

    kind: str
    speaker: str
    cue: str | None = None
    note: str | None = None
    alt: list[str] | None = None
    src: list[str] | None = None
    nomarks: bool = False


@dataclass
class S:
    """A cited source; ``cues`` are added to those of the quotes it speaks."""

    source: str
    type: str
    role: str | None = None
    affiliation: str | None = None
    cues: list[str] = field(default_factory=list)
    note: str | None = None


@dataclass
class Article:
    """One article: metadata, marked-up text and its gold annotation."""

    id: str
    outlet: str
    url: str
    title: str | None
    published: str | None
    author: str | None
    language: str
    text: str
    quotes: dict[int, Q]
    sources: list[S]
    not_sources: list[str]
    frames: list[str]
    dominant: str
    stance: str
    citations: list[tuple[str, str]] = field(default_factory=list)
    derived_from: dict[str, str] | None = None


def parse(marked: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Remove the inline marks; return the plain text and ``(label, start, end)`` spans."""
    out: list[str] = []
    stack: list[tuple[str, int]] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    i = 0
    while i < len(marked):
        c = marked[i]
        if c == OPEN:
            j = marked.index("|", i)
            stack.append((marked[i + 1 : j], pos))
            i = j + 1
        elif c == CLOSE:
            label, start = stack.pop()
            spans.append((label, start, pos))
            i += 1
        else:
            out.append(c)
            pos += 1
            i += 1
    if stack:
        raise ValueError(f"unclosed spans: {stack}")
    return "".join(out), spans
