"""The source-type taxonomy and the gazetteer of known sources: loading, checking, matching.

Both are plain tab-separated files that a user edits for their own story:

* ``data/source_types.tsv``: one row per source type (``source_type``, ``label``, ``group``,
  ``role_words``, ``description``). ``group`` folds the types into ``official``,
  ``civil_society``, ``media``, ``anonymous`` and ``unknown`` for per-article diversity
  shares. ``role_words`` (separated by ``|``) are the words that type a source nobody listed
  in the gazetteer ("minister", "activist group", "newspaper"). A role word written all in
  lower case matches in any case; one with a capital letter ("UN", "Kremlin", "Times")
  matches only as written.
* ``data/gazetteer_chechnya.tsv``: one row per known source (``name``, ``aliases`` separated
  by ``|``, ``source_type``, ``kind`` = person/organization/media, ``affiliation``,
  ``note``), the starter list for the Chechnya case study. Add rows for your own story, or
  pass your own file to :func:`load_gazetteer`.

Matching is literal up to spelling accidents: an alias matches as a whole word
(case-sensitively), with straight and curly apostrophes treated alike and accents on Latin
letters ignored on both sides ("Novaya Gazeta" matches "Nóvaya Gazeta" and "Novaïa Gazeta");
an alias written in Cyrillic also matches with up to three extra letters at the end of each
word, a crude allowance for Russian case endings ("Кадырова", "Москальковой"). A stored page
cut off in the middle of a name ("... according to Amnesty Internationa" at the very end of
the text) matches the alias of two or more words whose last word it begins, when at least
three letters of that word remain. Limits: no fuzzy matching beyond that, so transliteration
variants ("Novaja", "Nowaja Gaseta") need their own aliases, and a short alias ("AP", "UN")
matches any occurrence of that word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.config import PACKAGE_DATA_DIR

SOURCE_TYPES_PATH = PACKAGE_DATA_DIR / "source_types.tsv"
"""The shipped source-type taxonomy."""

GAZETTEER_PATH = PACKAGE_DATA_DIR / "gazetteer_chechnya.tsv"
"""The shipped starter gazetteer for the Chechnya case study."""

SOURCE_TYPE_COLUMNS: tuple[str, ...] = (
    "source_type",
    "label",
    "group",
    "role_words",
    "description",
)
GAZETTEER_COLUMNS: tuple[str, ...] = (
    "name",
    "aliases",
    "source_type",
    "kind",
    "affiliation",
    "note",
)
GROUPS: frozenset[str] = frozenset({"official", "civil_society", "media", "anonymous", "unknown"})
"""The groups a source type may fold into."""

GAZETTEER_KINDS: frozenset[str] = frozenset({"person", "organization", "media"})
"""Kinds a gazetteer row may have."""

REQUIRED_TYPES: frozenset[str] = frozenset({"anonymous", "unknown"})
"""Types every taxonomy must define: the analysis falls back on them."""

EPITHETS: frozenset[str] = frozenset(
    {"strongman", "authoritarian", "autocratic", "hardline", "hard-line", "controversial",
     "embattled", "notorious", "powerful", "outspoken", "longtime", "long-time", "feared",
     "iron-fisted", "pro-kremlin", "kremlin-backed", "moscow-backed", "kremlin-appointed",
     "moscow-appointed"}
)  # fmt: skip
"""Words a description may add without changing whom it names: "Chechnya's strongman leader"
is the gazetteer's "Chechnya's leader". Words that change the person ("former", "deputy",
"acting", "rebel") are not among them."""


def _read_tsv(path: Path, columns: tuple[str, ...], what: str) -> pd.DataFrame:
    if not Path(path).is_file():
        raise ValueError(f"{what} file {path} does not exist")
    table = pd.read_csv(
        path, sep="\t", dtype="string", keep_default_na=False, comment=None, quoting=3
    )
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{what} file {path} lacks column(s) {missing}")
    return table[list(columns)].apply(lambda col: col.str.strip()).reset_index(drop=True)


def load_source_types(path: Path | str | None = None) -> pd.DataFrame:
    """Load and check the source-type taxonomy.

    Parameters
    ----------
    path
        A tab-separated file with the columns listed below; the shipped
        ``data/source_types.tsv`` when ``None``.

    Returns
    -------
    pandas.DataFrame
        One row per type: ``source_type`` (str, the id used in every table), ``label`` (str),
        ``group`` (str: official, civil_society, media, anonymous or unknown),
        ``role_words`` (str, ``|``-separated) and ``description`` (str).

    Raises
    ------
    ValueError
        When the file is missing, a column is missing, an id is empty or repeated, a group is
        not one of :data:`GROUPS`, or ``anonymous`` or ``unknown`` is not defined.

    Examples
    --------
    >>> "ngo_activist" in load_source_types()["source_type"].tolist()
    True
    """
    where = Path(path) if path is not None else SOURCE_TYPES_PATH
    table = _read_tsv(where, SOURCE_TYPE_COLUMNS, "source-type")
    ids = table["source_type"]
    if (ids == "").any():
        raise ValueError(f"source-type file {where} has a row without a source_type")
    repeated = ids[ids.duplicated()].tolist()
    if repeated:
        raise ValueError(f"source-type file {where} repeats source_type {repeated}")
    bad = table.loc[~table["group"].isin(sorted(GROUPS)), "source_type"].tolist()
    if bad:
        raise ValueError(
            f"source-type file {where}: type(s) {bad} have a group outside {sorted(GROUPS)}"
        )
    absent = sorted(REQUIRED_TYPES - set(ids))
    if absent:
        raise ValueError(f"source-type file {where} must define the type(s) {absent}")
    return table


def load_gazetteer(
    path: Path | str | None = None, *, source_types: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Load and check a gazetteer of known sources.

    Parameters
    ----------
    path
        A tab-separated file with the columns listed below; the shipped Chechnya starter
        gazetteer when ``None``.
    source_types
        The taxonomy the ``source_type`` column must use; :func:`load_source_types` when
        ``None``.

    Returns
    -------
    pandas.DataFrame
        One row per known source: ``name`` (str, the canonical name), ``aliases`` (str,
        ``|``-separated other spellings, may be empty), ``source_type`` (str),
        ``kind`` (str: person, organization or media), ``affiliation`` (str, may be empty)
        and ``note`` (str, may be empty).

    Raises
    ------
    ValueError
        Naming the row when a name is empty or repeated, a type is not in the taxonomy, a kind
        is not one of :data:`GAZETTEER_KINDS`, or one alias belongs to two names.

    Examples
    --------
    >>> gaz = load_gazetteer()
    >>> gaz.loc[gaz["name"] == "All Out", "source_type"].item()
    'ngo_activist'
    """
    where = Path(path) if path is not None else GAZETTEER_PATH
    table = _read_tsv(where, GAZETTEER_COLUMNS, "gazetteer")
    types = set((source_types if source_types is not None else load_source_types())["source_type"])
    seen: dict[str, str] = {}
    for line, row in enumerate(table.itertuples(index=False), start=2):
        name = str(row.name)
        if not name:
            raise ValueError(f"gazetteer {where}, line {line}: empty name")
        if row.source_type not in types:
            raise ValueError(
                f"gazetteer {where}, line {line} ({name}): type {row.source_type!r} is not in "
                f"the taxonomy {sorted(types)}"
            )
        if row.kind not in GAZETTEER_KINDS:
            raise ValueError(
                f"gazetteer {where}, line {line} ({name}): kind {row.kind!r} is not one of "
                f"{sorted(GAZETTEER_KINDS)}"
            )
        for alias in (name, *split_aliases(str(row.aliases))):
            key = normalise_alias(alias)
            if key in seen and seen[key] != name:
                raise ValueError(
                    f"gazetteer {where}, line {line} ({name}): alias {alias!r} already "
                    f"belongs to {seen[key]!r}"
                )
            seen[key] = name
    return table


def split_aliases(aliases: str) -> list[str]:
    """Return the non-empty ``|``-separated entries of ``aliases``, stripped."""
    return [a.strip() for a in aliases.split("|") if a.strip()]


def normalise_alias(alias: str) -> str:
    """Return the form under which an alias is compared: curly apostrophes made straight."""
    return alias.replace("’", "'").strip()


def _base_letter(char: str) -> str:
    """Return the ASCII letter under an accented Latin letter ("ó" -> "o"), else ``char``."""
    if char.isascii():
        return char
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isalpha() else char


_VARIANTS: dict[str, str] = {}
for _code in range(0xC0, 0x250):
    _char = chr(_code)
    if _char.isalpha() and _base_letter(_char) != _char:
        _VARIANTS[_base_letter(_char)] = _VARIANTS.get(_base_letter(_char), "") + _char
_FOLD = str.maketrans({c: base for base, chars in _VARIANTS.items() for c in chars})


def fold_accents(text: str) -> str:
    """Return ``text`` with accents removed from Latin letters (same length, same offsets).

    Examples
    --------
    >>> fold_accents("Nóvaya Gazeta, Novaïa Gazeta")
    'Novaya Gazeta, Novaia Gazeta'
    """
    return text.translate(_FOLD)


_AT_END = re.compile(r"\s*\Z")
"""Only white space is left: a match here is at the very end of the text."""

_ACCENTED = re.compile("[" + "".join(_VARIANTS.values()) + "]")


@lru_cache(maxsize=512)
def _folded(text: str) -> str:
    """Return :func:`fold_accents` of ``text``, memoised: a matcher scans one text many times."""
    return fold_accents(text) if _ACCENTED.search(text) else text


@dataclass(frozen=True)
class Entry:
    """One gazetteer row, as the matcher returns it."""

    name: str
    source_type: str
    kind: str
    affiliation: str


@dataclass(frozen=True)
class Match:
    """One gazetteer match in a text: the entry and the matched span."""

    entry: Entry
    start: int
    end: int
    alias: str


@dataclass(frozen=True)
class Matcher:
    """A compiled gazetteer.

    ``starts`` finds the word starts whose first letter begins some alias; ``by_first`` holds,
    per first letter, one alternation of those aliases (named groups, longest first), tried
    only at those starts. This is much faster than one alternation of every alias tried at
    every position; both run on the text with accents folded (:func:`fold_accents`).
    ``entries`` maps group names to entries, ``by_alias`` lower-cased, folded aliases, and
    ``tails`` the lower-cased, folded beginnings of the aliases of two or more words cut
    inside their last word (for text cut off at its end), ``tail_words`` their last words.
    """

    starts: re.Pattern[str] | None
    by_first: dict[str, re.Pattern[str]]
    entries: dict[str, Entry]
    by_alias: dict[str, Entry]
    tails: dict[str, Entry]
    tail_words: frozenset[str] = frozenset()
    whole_texts: dict[str, tuple[Match, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    looked_up: dict[str, Entry | None] = field(default_factory=dict, compare=False, repr=False)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        """Yield the non-overlapping gazetteer matches in ``text[start:end]``, leftmost first.

        A whole text's matches are memoised (names and phrases recur, articles are cut into
        many phrases), and a span of a text scanned before is answered from that text's
        matches whenever that gives the same result (no match crosses the span's bounds, the
        span does not end inside a word or at the end of the text).
        """
        if self.starts is None:
            return
        stop = len(text) if end is None else end
        whole = self.whole_texts.get(text)
        if whole is not None and (start or stop < len(text)):
            inside = _within(whole, text, start, stop)
            if inside is not None:
                yield from inside
                return
        if start == 0 and stop == len(text):
            if whole is None:
                if len(self.whole_texts) >= 1024:
                    self.whole_texts.clear()
                whole = self.whole_texts[text] = tuple(self._scan(text, start, stop))
            yield from whole
            return
        yield from self._scan(text, start, stop)

    def _scan(self, text: str, start: int, stop: int) -> list[Match]:
        """Return the matches of ``text[start:stop]``, scanning it."""
        if self.starts is None:
            return []
        pos = start
        found_all: list[Match] = []
        folded = text if text.isascii() else _folded(text)  # same offsets
        for candidate in self.starts.finditer(folded, start, stop):  # one character each
            at = candidate.start()
            if at < pos:
                continue  # inside the alias matched last
            found = self.by_first[folded[at]].match(folded, at, stop)
            if found is None:
                continue
            entry = self.entries.get(found.lastgroup or "")
            if entry is not None:
                found_all.append(Match(entry, found.start(), found.end(), text[at : found.end()]))
            pos = max(found.end(), at + 1)
        if self.tails and _AT_END.match(text, stop):
            cut = self._cut_at_end(folded, start, stop)
            if cut is not None:
                found_all = [m for m in found_all if m.end <= cut.start] + [cut]
        return found_all

    def _cut_at_end(self, text: str, pos: int, stop: int) -> Match | None:
        """Return the alias whose beginning ends ``text[pos:stop]`` (accents folded), if any."""
        tail = text[max(pos, stop - 80) : stop].rstrip()
        words = tail.split()
        if not tail[-1:].isalpha() or normalise_alias(words[-1]).lower() not in self.tail_words:
            return None
        for n in range(min(6, len(words)), 1, -1):
            key = normalise_alias(" ".join(words[-n:])).lower()
            entry = self.tails.get(key)
            if entry is not None:
                end = begin = max(pos, stop - 80) + len(tail)
                for word in reversed(words[-n:]):
                    begin = text.rindex(word, pos, begin)
                return Match(entry, begin, end, text[begin:end])
        return None

    def lookup(self, name: str) -> Entry | None:
        """Return the entry whose name or alias is ``name`` (case and apostrophes ignored).

        A leading "the" and the :data:`EPITHETS` of a description are ignored when the name
        is not found as written.
        """
        if name in self.looked_up:
            return self.looked_up[name]
        key = fold_accents(normalise_alias(name)).lower()
        plain = " ".join(word for word in key.split() if word not in EPITHETS)
        found = None
        for form in dict.fromkeys((key, plain)):  # "Chechnya's strongman leader"
            found = self.by_alias.get(form) or (
                self.by_alias.get(form[4:]) if form.startswith("the ") else None
            )
            if found is not None:
                break
        if len(self.looked_up) >= 65536:
            self.looked_up.clear()
        self.looked_up[name] = found
        return found


_WORD_GOES_ON = re.compile(r"[\w-]|['’]\w\w")


def _within(whole: tuple[Match, ...], text: str, start: int, stop: int) -> list[Match] | None:
    """Return the matches of ``text[start:stop]`` from those of the whole text, or ``None``.

    ``None`` when they could differ from a scan of the span alone: a match crosses a bound,
    the span ends where an alias could not end in the whole text, or it reaches the end of
    the text (where an alias cut off at the end is matched).
    """
    if _AT_END.match(text, stop) or _WORD_GOES_ON.match(text, stop):
        return None
    inside = []
    for match in whole:
        if match.end <= start:
            continue
        if match.start >= stop:
            break
        if match.start < start or match.end > stop:
            return None
        inside.append(match)
    return inside


def _alias_regex(alias: str) -> str:
    words = fold_accents(normalise_alias(alias)).split()
    parts = []
    for word in words:
        escaped = re.escape(word).replace("'", "['’]")
        if re.search("[А-Яа-яЁё]", word):
            escaped += r"[а-яё]{0,3}"
        parts.append(escaped)
    return r"\s+".join(parts)


def build_matcher(gazetteer: pd.DataFrame) -> Matcher:
    """Compile ``gazetteer`` (see :func:`load_gazetteer`) into a :class:`Matcher`.

    Longer aliases win over shorter ones at the same position ("Russian LGBT Network" over
    "LGBT Network"). Leading "the" is not part of an alias; write it in the text's own form
    only when it is part of the name.
    """
    key = tuple(
        tuple(str(v) for v in row)
        for row in gazetteer[["name", "aliases", "source_type", "kind", "affiliation"]].itertuples(
            index=False
        )
    )
    return _build(key)


@lru_cache(maxsize=8)
def _build(rows: tuple[tuple[str, ...], ...]) -> Matcher:
    aliases: dict[str, Entry] = {}
    for name, alias_field, source_type, kind, affiliation in rows:
        entry = Entry(name, source_type, kind, affiliation)
        for alias in (name, *split_aliases(alias_field)):
            aliases.setdefault(fold_accents(normalise_alias(alias)), entry)
    ordered = sorted(aliases, key=lambda a: (-len(a), a))
    groups = {f"g{i}": alias for i, alias in enumerate(ordered)}
    by_alias = {a.lower(): e for a, e in aliases.items()}
    tails = _tails(aliases)
    if not groups:
        return Matcher(None, {}, {}, by_alias, tails, _last_words(tails))
    firsts: dict[str, list[str]] = {}
    for group, alias in groups.items():
        firsts.setdefault(alias[0], []).append(group)
    by_first = {
        char: re.compile(
            "(?:"
            + "|".join(f"(?P<{g}>{_alias_regex(groups[g])})" for g in members)
            + r")(?![\w-]|['’]\w\w)"
        )
        for char, members in firsts.items()
    }
    starts = re.compile(_start_regex(groups.values()))
    entries = {g: aliases[a] for g, a in groups.items()}
    return Matcher(starts, by_first, entries, by_alias, tails, _last_words(tails))


def _start_regex(aliases: Iterable[str]) -> str:
    """Return a regex for where an alias may start: its first letter, or its whole alias.

    An alias opened by a capital or another character is looked for wherever that character
    opens a word; one opened by a lower-case letter ("the Kremlin") only where the whole alias
    stands, so that the common words opened by the same letter ("the") are not tried one by
    one. Every branch matches just the alias's first character (so that one scan yields every
    candidate, adjacent ones included) and only then looks back for the start of a word
    (``_WORD_START``): a regex that opens with a look-behind is tried at every position of
    the text, one that opens with a character only where that character stands.
    """
    capitals: set[str] = set()
    lower_rests: dict[str, set[str]] = {}
    for alias in aliases:
        if alias[0].islower():
            # a lower-case letter is never escaped, so the alias's regex opens with it
            lower_rests.setdefault(alias[0], set()).add(_alias_regex(alias)[1:])
        else:
            capitals.add(alias[0])
    options = ["[" + re.escape("".join(sorted(capitals))) + "]" + _WORD_START] if capitals else []
    for first, rests in sorted(lower_rests.items()):
        ordered = sorted(rests, key=lambda r: (-len(r), r))
        options.append(first + _WORD_START + "(?=" + "|".join(ordered) + ")")
    return "|".join(options)


_WORD_START = r"(?<=(?<![\w-]).)"
"""Put after a regex's first character: that character opens a word (no letter, digit,
underscore or hyphen before it)."""


def _last_words(tails: dict[str, Entry]) -> frozenset[str]:
    """Return the cut last words of ``tails`` ("internationa"): most texts fail at once."""
    return frozenset(key.rsplit(" ", 1)[-1] for key in tails)


def _tails(aliases: dict[str, Entry]) -> dict[str, Entry]:
    """Beginnings of multi-word aliases cut inside the last word, at least 3 letters kept.

    A beginning shared by aliases of different entries is ambiguous and left out.
    """
    whole = {alias.lower() for alias in aliases}
    out: dict[str, Entry | None] = {}
    for alias, entry in aliases.items():
        words = alias.lower().split()
        if len(words) < 2 or len(words[-1]) < 4:
            continue
        for keep in range(3, len(words[-1])):
            key = " ".join([*words[:-1], words[-1][:keep]])
            if key in whole or out.get(key, entry) != entry:
                out[key] = None
            else:
                out[key] = entry
    return {k: e for k, e in out.items() if e is not None}


@dataclass(frozen=True)
class RoleLexicon:
    """Role words of every source type, compiled for fast scanning.

    As in :class:`Matcher`, ``starts`` finds candidate word starts and ``by_first`` holds one
    alternation per lower-cased first letter; ``types`` maps group names to source types.
    """

    starts: re.Pattern[str] | None
    by_first: dict[str, re.Pattern[str]]
    types: dict[str, str]
    found: dict[str, list[tuple[int, int, str]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def types_in(self, text: str) -> list[tuple[int, int, str]]:
        """Return ``(start, end, source_type)`` of every role word in ``text``, in order."""
        if text not in self.found:
            if len(self.found) >= 65536:
                self.found.clear()
            self.found[text] = self._scan(text)
        return list(self.found[text])

    def _scan(self, text: str) -> list[tuple[int, int, str]]:
        """Return the role words of ``text``, scanning it."""
        if self.starts is None:
            return []
        found: list[tuple[int, int, str]] = []
        pos = 0
        for candidate in self.starts.finditer(text):  # one character each
            at = candidate.start()
            if at < pos:
                continue  # inside the role word matched last
            pattern = self.by_first.get(text[at].lower())
            match = pattern.match(text, at) if pattern is not None else None
            if match is None or match.lastgroup not in self.types:
                continue
            found.append((match.start(), match.end(), self.types[match.lastgroup or ""]))
            pos = max(match.end(), at + 1)
        return found


def build_role_lexicon(source_types: pd.DataFrame) -> RoleLexicon:
    """Compile the ``role_words`` of a taxonomy (see :func:`load_source_types`)."""
    key = tuple(
        (str(t), str(w))
        for t, w in zip(source_types["source_type"], source_types["role_words"], strict=False)
    )
    return _build_roles(key)


@lru_cache(maxsize=8)
def _build_roles(rows: tuple[tuple[str, str], ...]) -> RoleLexicon:
    words: dict[str, str] = {}
    for source_type, role_words in rows:
        for word in split_aliases(role_words):
            words.setdefault(normalise_alias(word), source_type)
    ordered = sorted(words, key=lambda w: (-len(w), w))
    if not ordered:
        return RoleLexicon(None, {}, {})
    parts: dict[str, list[str]] = {}
    types = {}
    for i, word in enumerate(ordered):
        regex = re.escape(word).replace("'", "['’]").replace(r"\ ", r"\s+")
        if word == word.lower():
            regex = f"(?i:{regex})"
        parts.setdefault(word[0].lower(), []).append(f"(?P<r{i}>{regex})")
        types[f"r{i}"] = words[word]
    by_first = {
        char: re.compile("(?:" + "|".join(alternatives) + r")(?![\w-])")
        for char, alternatives in parts.items()
    }
    letters = "".join(sorted({c for char in parts for c in (char, char.upper())}))
    starts = re.compile("[" + re.escape(letters) + "]" + _WORD_START)
    return RoleLexicon(starts, by_first, types)
