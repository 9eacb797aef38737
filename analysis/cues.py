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
from functools import lru_cache
from typing import NamedTuple

from analysis.config import PACKAGE_DATA_DIR

__all__ = ["Cue", "find_cues", "load_cues"]


class Cue(NamedTuple):
    """One cue occurrence: offsets, the words, their lemma and tier.

    A named tuple rather than a frozen dataclass: as immutable, and several times cheaper to
    build (every stretch of every article makes some).
    """

    start: int
    end: int
    text: str
    lemma: str
    tier: str

    @property
    def participle(self) -> bool:
        """Whether the cue is a participle ("adding", "voicing hope"), not "according to"."""
        first = self.text.split(" ", 1)[0]
        return first.endswith("ing") and first.lower() != "according"


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


_SENTENCE_INITIAL = frozenset({"according to", "said", "says"})
"""Cues that may start a sentence with a capital; every other cue matches lower case only, so
that "States" or "Plan" in a name is never a cue."""


def _sentence_initial(text: str, at: int, start: int) -> bool:
    """Whether the word at ``at`` opens a sentence, a line or a quotation."""
    before = text[max(start, at - 4) : at].rstrip()
    return at <= start or not before or before[-1] in ".!?:\n\"“”'‘’«»(—–-"


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[a-z]+(?:[-'’][a-z]+)*")
"""Twice as fast as :data:`_WORD`; finds every cue word of a lexicon whose first words are all
plain ASCII (English), since such a word is bounded by non-letters either way."""


@lru_cache(maxsize=32)
def _word_pattern(language: str, tiers: tuple[str, ...]) -> re.Pattern[str]:
    """Return the word pattern that finds every first word of the lexicon's cues."""
    if all(_ASCII_WORD.fullmatch(first) for first in _index(language, tiers)):
        return _ASCII_WORD
    return _WORD


@lru_cache(maxsize=32)
def _letters_only(language: str, tiers: tuple[str, ...]) -> bool:
    """Whether every first word of the lexicon's cues is plain a-z (English)."""
    return all(first.isascii() and first.isalpha() for first in _index(language, tiers))


_A_TO_Z = bytes(byte if 97 <= byte <= 122 else 32 for byte in range(256))
"""A byte table that keeps a-z and turns every other byte into a space."""


@lru_cache(maxsize=32)
def _index(
    language: str, tiers: tuple[str, ...]
) -> dict[str, list[tuple[re.Pattern[str] | None, str, str, str]]]:
    """Map each cue's first word to (pattern for the rest, cue, lemma, tier), longest first."""
    index: dict[str, list[tuple[re.Pattern[str] | None, str, str, str]]] = {}
    entries = [(c, v) for c, v in load_cues(language).items() if v[1] in tiers]
    for cue, (lemma, tier) in sorted(entries, key=lambda e: -len(e[0])):
        words = cue.split()
        rest = None
        if len(words) > 1:
            rest = re.compile("".join(r"\s+" + re.escape(w) for w in words[1:]) + r"(?![\w'’-])")
        index.setdefault(words[0], []).append((rest, cue, lemma, tier))
    return index


def find_cues(
    text: str, start: int, end: int, *, language: str = "en", tiers: tuple[str, ...] = ("speech",)
) -> list[Cue]:
    """Return the cues of ``tiers`` in ``text[start:end]``, in order.

    Words are looked up in the lexicon one by one (a multi-word cue by its first word, then
    the rest), which is much faster than one regular expression with hundreds of
    alternatives.

    Examples
    --------
    >>> [c.text for c in find_cues("He said so, according to her.", 0, 29)]
    ['said', 'according to']
    """
    index = _index(language, tiers)
    if not index:
        return []
    # most stretches hold no cue word: find the few candidate words with C-speed scans and
    # look only at their occurrences
    low = text[start:end].lower()
    if _letters_only(language, tiers):
        # a whole word of such a lexicon is a run of a-z once every other byte of the UTF-8
        # is blanked: a byte table finds the runs at C speed, without a pattern
        words = low.encode("utf-8", "surrogatepass").translate(_A_TO_Z).decode("ascii").split()
    else:
        words = _word_pattern(language, tiers).findall(low)
    candidates = index.keys() & words  # a set
    if not candidates:
        return []
    found: list[Cue] = []
    for first in candidates:
        for a, b in _occurrences(text, low, start, end, first):
            word = text[a:b]
            capital = word != word.lower()
            if capital and not _sentence_initial(text, a, start):
                continue  # "Chief Says Terrorists …": a title-case headline, not a sentence start
            for rest, cue, lemma, tier in index[first]:
                if capital and language == "en" and cue not in _SENTENCE_INITIAL:
                    continue
                if rest is None:
                    found.append(Cue(a, b, word, lemma, tier))
                    break
                tail = rest.match(text, b, end)
                if tail is not None:
                    found.append(Cue(a, tail.end(), text[a : tail.end()], lemma, tier))
                    break
    found.sort(key=lambda cue: cue.start)
    followers: list[Cue | None] = [*found[1:], None] if found else []
    return [
        cue
        for cue, after in zip(found, followers, strict=True)
        if not _noun_before_verb(text, cue, after)
        and (cue.text not in _CUE_ONLY_BEFORE_THAT or _THAT_NEXT.match(text, cue.end))
    ]


_CUE_ONLY_BEFORE_THAT = frozenset({"alleged", "state"})
"""Cue words that are mostly something else ("the alleged abuses", "state officials", "state
Sen. Drovic"): a cue only when "that" follows."""
_THAT_NEXT = re.compile(r"\s+that\b")


def _noun_before_verb(text: str, cue: Cue, after: Cue | None) -> bool:
    """Whether ``cue`` is a plural noun because a verb cue follows it at once.

    "which advocates say …", "the reports suggesting …": an inflected form in -s right before
    a verb that is not one itself (a base form, a past tense or a participle) is the verb's
    subject or the participle's head. "says claims …" stays ambiguous and is kept.
    """
    return (
        after is not None
        and cue.text.endswith("s")
        and cue.text != cue.lemma
        and not after.text.endswith("s")
        and not text[cue.end : after.start].strip()
    )


_WORD_PUNCTUATION = "_'’-"
"""Characters that, besides letters and digits, continue a word (tested inline: a hot loop)."""


def _occurrences(text: str, low: str, start: int, end: int, word: str) -> list[tuple[int, int]]:
    """Return the spans of ``word`` as a whole word in ``text[start:end]``.

    ``low`` is ``text[start:end].lower()``; only the first letter may be a capital. Plain
    string search, which is much cheaper than compiling a pattern per cue word.
    """
    if len(low) != end - start:  # lower-casing changed the length: fall back to a pattern
        return [m.span() for m in _pattern_for(word).finditer(text, start, end)]
    spans = []
    i = low.find(word)
    while i >= 0:
        a, b = start + i, start + i + len(word)
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        if (
            not (before.isalnum() or before in _WORD_PUNCTUATION)
            and not (after.isalnum() or after in _WORD_PUNCTUATION)
            and text[a + 1 : b] == word[1:]
        ):
            spans.append((a, b))
        i = low.find(word, i + 1)
    return spans


@lru_cache(maxsize=512)
def _pattern_for(word: str) -> re.Pattern[str]:
    body = re.escape(word)
    if word[:1].isalpha():
        body = f"[{re.escape(word[0])}{re.escape(word[0].upper())}]" + re.escape(word[1:])
    return re.compile(r"(?<![\w'’-])" + body + r"(?![\w'’-])")
