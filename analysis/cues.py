"""Reporting cues: the lexicon of words that introduce reported speech, and finding them.

The lexicon ships as ``data/reporting_cues.tsv`` (English, derived from the PolNeAR cue counts
in the project's design brief, expanded to every inflection) and ``data/reporting_cues_*.tsv``
for other languages. Each cue has a tier:

* ``speech``: speech and writing (say, tell, add, write, according to, …). These name sources.
* ``stance``: beliefs, plans and evidence (think, believe, show, find, expect, want, …), which
  PolNeAR also counts as attributions. They are weaker evidence of a quoted source.

Cues are matched with one precompiled regular expression per language and tier set, longest
alternative first, on lower-case word boundaries (a capital is allowed only on the first letter,
for sentence starts such as "According to").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.config import PACKAGE_DATA_DIR

__all__ = ["Cue", "find_cues", "load_cues"]


@dataclass(frozen=True)
class Cue:
    """One cue occurrence: offsets, the words, their lemma and tier."""

    start: int
    end: int
    text: str
    lemma: str
    tier: str


@lru_cache(maxsize=16)
def load_cues(language: str = "en") -> dict[str, tuple[str, str]]:
    """Return ``{cue: (lemma, tier)}`` for ``language`` (empty when none is configured).

    Examples
    --------
    >>> load_cues("en")["said"]
    ('say', 'speech')
    """
    name = "reporting_cues.tsv" if language == "en" else f"reporting_cues_{language}.tsv"
    path = PACKAGE_DATA_DIR / name
    if not path.exists():
        return {}
    out: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3 or parts[0] == "cue":
            continue
        out[parts[0].strip().lower()] = (parts[1].strip(), parts[2].strip())
    return out


_SENTENCE_INITIAL = frozenset({"according to"})
"""Cues that may start a sentence with a capital; every other cue matches lower case only, so
that "States" or "Plan" in a name is never a cue."""


@lru_cache(maxsize=32)
def _pattern(language: str, tiers: tuple[str, ...]) -> re.Pattern[str] | None:
    cues = [c for c, (_, tier) in load_cues(language).items() if tier in tiers]
    if not cues:
        return None
    alternatives = []
    for c in sorted(cues, key=len, reverse=True):
        body = r"\s+".join(re.escape(w) for w in c.split())
        first = c[0]
        if first.isalpha() and c in _SENTENCE_INITIAL:
            body = f"[{first}{first.upper()}]" + body[len(re.escape(first)) :]
        alternatives.append(body)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")(?![\w'’-])")


def find_cues(
    text: str, start: int, end: int, *, language: str = "en", tiers: tuple[str, ...] = ("speech",)
) -> list[Cue]:
    """Return the cues of ``tiers`` in ``text[start:end]``, in order.

    Examples
    --------
    >>> [c.text for c in find_cues("He said so, according to her.", 0, 29)]
    ['said', 'according to']
    """
    pattern = _pattern(language, tiers)
    if pattern is None:
        return []
    lexicon = load_cues(language)
    out = []
    for m in pattern.finditer(text, start, end):
        key = " ".join(m.group().lower().split())
        lemma, tier = lexicon.get(key, (key, "speech"))
        out.append(Cue(m.start(), m.end(), m.group(), lemma, tier))
    return out
