"""Which language an article is in, decided offline, and which articles an analysis can read.

:func:`detect_language` is a documented heuristic, not a statistical model: it needs no
download and no third-party data, and it says ``"und"`` (undetermined) rather than guess.

1. **Script.** The letters of the text are counted by Unicode script. A text written mostly
   in Greek, Arabic, Hebrew, Hangul, kana, Han, Thai, Devanagari, Georgian or Armenian gets
   that script's main language (``el``, ``ar``/``fa``/``ur``, ``he``, ``ko``, ``ja``, ``zh``,
   ``th``, ``hi``, ``ka``, ``hy``). Persian and Urdu are told from Arabic by their extra
   letters.
2. **Cyrillic** texts are told apart by letters only some alphabets have (Ukrainian ``ї є ґ
   і``, Belarusian ``ў``, Serbian ``ђ ћ``, Macedonian ``ѓ ќ ѕ``, Russian ``ы э ё``) together
   with stop-word profiles (ru, uk, bg, sr, be, mk).
3. **Latin** texts are scored against stop-word profiles of en, fr, de, es, pt, it, nl, da,
   sv, no, pl, cs, ro, tr, fi and hu. Each word votes for every language whose list holds it,
   its vote split between them (so "de", shared by five languages, counts little), and
   letters peculiar to a language (``ã õ`` Portuguese, ``ñ`` Spanish, ``ß`` German, ``ø æ``
   Danish/Norwegian, ``ł ą ę`` Polish...) add a little evidence.

The best profile wins only when it has enough evidence (at least :data:`MIN_VOTES` votes,
covering at least 4 % of the words) and leads the runner-up clearly; otherwise the answer is
``"und"``. Texts with fewer than :data:`MIN_LETTERS` letters are ``"und"``; only the first
:data:`MAX_CHARS` characters are read.

Limits: closely related languages (Danish/Norwegian Bokmål, Czech/Slovak, Serbian/Croatian in
Latin script, Spanish/Galician) can be confused on short texts; languages without a profile
that use the Latin script (e.g. Indonesian, Vietnamese, Swahili) come out as ``"und"`` or, if
they share many function words with a profiled language, as that language. A page whose
furniture is in another language than its body is judged by its majority.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import pandas as pd

from analysis.schema import ARTICLE_ID, LANGUAGE, TEXT, require_columns

UNDETERMINED = "und"
"""The ISO 639-2 code for "undetermined", returned when the heuristic refuses to guess."""

MIN_LETTERS = 20
"""Texts with fewer letters than this are ``"und"``."""

MAX_CHARS = 2000
"""Only the first this many characters are read (enough evidence, and fast on long texts)."""

MIN_VOTES = 2.0
"""Least stop-word evidence (split votes) a Latin or Cyrillic profile needs to win."""

MIN_SHARE = 0.04
"""Least share of the words that must be stop words of the winning profile."""

MIN_LEAD = 1.25
"""The winner's score must be at least this many times the runner-up's."""


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and of to in is that for it was on with as he his be at by this had not are but from "
        "or have an they which you were her she there been has their would will what all when who "
        "said says more about than them its into could after also other some these we our out up "
        "only over most did do does those while because between against during before should where "
        "being how i me my him any such monday tuesday wednesday thursday friday saturday sunday "
        "january february april june july august september october november december however "
        "although since until"
    ),
    "fr": _words(
        "le la les des du un une et est en que qui dans pour pas sur au aux ce cette il elle ils "
        "elles ne se sont avec par plus ont été être mais ou leur leurs son sa ses nous vous je on "
        "lui été selon comme aussi après avait sans sous entre déjà très dont où même tout tous "
        "c'est qu'il d'un d'une l'on lundi mardi mercredi jeudi vendredi samedi dimanche janvier "
        "février avril mai juin juillet août septembre octobre novembre décembre avant serait sera "
        "était fait peut encore depuis alors ainsi lors chez contre toujours autres deux nouveau "
        "nouvelle"
    ),
    "de": _words(
        "der die das und ist nicht ein eine einen einem einer zu den dem des mit sich auf für von "
        "im auch es sie er wird werden wurde wurden sind hat haben bei nach aus als wie noch über "
        "vor oder aber man nur durch habe sei seien laut dass ich wir ihr sein seine ihre kein "
        "keine zum zur vom bis gegen unter schon montag dienstag mittwoch donnerstag freitag "
        "samstag sonntag januar februar märz juni juli oktober dezember nach jetzt sollen soll "
        "sagte neue neuen"
    ),
    "es": _words(
        "el la los las de del y en que un una es por con no se al lo para su sus como más pero fue "
        "ha han son este esta estos estas también sobre entre desde hasta ya muy sin le les porque "
        "cuando donde había ser está están dijo según lunes martes miércoles jueves viernes sábado "
        "domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
        "diciembre antes nuevo nueva después además aunque"
    ),
    "pt": _words(
        "o a os as de do da dos das e em no na nos nas um uma que é por com não se ao aos para seu "
        "sua seus suas como mais mas foi ser são está estão também sobre entre pelo pela pelos "
        "pelas já muito sem ele ela eles elas isso esta este disse segundo têm tem há onde quando "
        "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro "
        "fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro antes "
        "será novo nova depois ainda também"
    ),
    "it": _words(
        "il lo la i gli le di del della dei delle e è un una che per non in con si al alla ai agli "
        "nel nella nei sono da dal dalla come più ma anche sul sulla questo questa stato stata "
        "essere ha hanno ci ne suo sua loro tra fra già molto secondo lunedì martedì mercoledì "
        "giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto "
        "settembre ottobre novembre dicembre prima sarà nuovo nuova dopo ancora dell'"
    ),
    "nl": _words(
        "de het een en van is in dat op te zijn niet met voor aan er die ook als maar om door bij "
        "naar dan wordt worden werd hij zij ze we wij ik je heeft hebben was waren nog geen uit "
        "over tot deze dit meer kan volgens maandag dinsdag woensdag donderdag vrijdag zaterdag "
        "zondag januari februari maart mei juni juli augustus oktober nieuwe zei zal na"
    ),
    "da": _words(
        "og i at det en er til på de den som med af for ikke har et han var hun jeg vi fra der "
        "også men efter kan vil skal om blev bliver havde sig meget nogen noget hvad hvor når nu "
        "end mod dem deres ud ind være siger sagde ingen mandag tirsdag onsdag torsdag fredag "
        "lørdag søndag januar februar marts maj juni juli oktober nye sagde"
    ),
    "sv": _words(
        "och i att det en är som på av för med till den inte har ett han var hon jag vi från de "
        "också men efter kan vill ska om blev blir hade sig mycket någon något vad var när nu än "
        "mot dem deras ut in vara säger sade inga eller under måndag tisdag onsdag torsdag fredag "
        "lördag söndag januari februari mars maj juni juli augusti oktober nya sade"
    ),
    "no": _words(
        "og i at det en er til på de den som med av for ikke har et han var hun jeg vi fra der "
        "også men etter kan vil skal om ble blir hadde seg mye noen noe hva hvor når nå enn mot "
        "dem deres ut inn være sier sa ingen ikkje eller mandag tirsdag onsdag torsdag fredag "
        "lørdag søndag januar februar mars mai juni juli oktober nye"
    ),
    "pl": _words(
        "i w na z do że się nie to jest jak o po za od przez a ale jego jej ich oraz dla był była "
        "było były być może tak już tylko czy który która które ten ta te tym go mu są został "
        "została przy według poniedziałek wtorek środa czwartek piątek sobota niedziela stycznia "
        "lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia "
        "przed nowy nowa"
    ),
    "cs": _words(
        "a v na se je že to z do o s ve k za jako ale by byl byla bylo jsou jsem není podle který "
        "která které také jeho jejich pro po od při už jen nebo"
    ),
    "ro": _words(
        "și în de la cu pe a al ale un o că nu este sunt din pentru care mai se sau dar fost au "
        "acest această lui ei după despre fiind"
    ),
    "tr": _words(
        "ve bir bu da de için ile olarak olan ama gibi daha çok en ne kadar sonra değil var yok şu "
        "o ise göre ancak her"
    ),
    "fi": _words(
        "ja on ei se että oli ovat olla mutta kun tai myös hän he joka jotka sen sitä mukaan tämä "
        "nämä ole vain kuin jo"
    ),
    "hu": _words(
        "a az és hogy nem is egy van volt meg de ez azt ki már mint csak el vagy pedig szerint "
        "után között amely aki"
    ),
    "ru": _words(
        "и в не на что с по как это к из за у от о же но а то для так его ее её они он она было "
        "был была были быть который которые которая уже или также если их при может только еще ещё "
        "этого после чтобы есть нет были вы мы я понедельник вторник среда среду четверг пятница "
        "пятницу суббота субботу воскресенье января февраля марта апреля мая июня июля августа "
        "сентября октября ноября декабря во до будет года году сказал заявил когда где там этот "
        "эти все всё ни бы ли со об под без через между того том чем более очень новый"
    ),
    "uk": _words(
        "і й в у не на що з до як це від за але та також його її він вона вони було був була були "
        "бути який яка які вже або якщо їх при може тільки ще після щоб є немає ми ви я через між "
        "понеділок вівторок середа четвер п'ятниця субота неділя січня лютого березня квітня "
        "травня червня липня серпня вересня жовтня листопада грудня до буде року сказав заявив "
        "коли де там цей ці все ні би чи без новий дуже"
    ),
    "bg": _words(
        "и в на не че с за от да се е са по като това към но а той тя те беше бил била били който "
        "която които още или ако при може само след между"
    ),
    "sr": _words(
        "и у на не да се је су за од са као то али који која које што из по био била било били још "
        "или ако при може само после између"
    ),
    "be": _words(
        "і ў у не на што з да як гэта ад за але таксама яго яе ён яна яны было быў была былі быць "
        "які якая якія ўжо або калі іх пры можа толькі яшчэ пасля каб ёсць"
    ),
    "mk": _words(
        "и во на не да се е се што од со како тоа но кој која кои уште или ако при може само по "
        "меѓу беше бил била биле ги ја го"
    ),
}
"""Stop-word profiles: frequent function words of each language, lower-cased."""

LATIN_LANGUAGES: tuple[str, ...] = (
    "en", "fr", "de", "es", "pt", "it", "nl", "da", "sv", "no",
    "pl", "cs", "ro", "tr", "fi", "hu",
)  # fmt: skip
CYRILLIC_LANGUAGES: tuple[str, ...] = ("ru", "uk", "bg", "sr", "be", "mk")

LETTER_HINTS: dict[str, dict[str, float]] = {
    "ã": {"pt": 1.0},
    "õ": {"pt": 1.0},
    "ñ": {"es": 1.0},
    "ß": {"de": 1.0},
    "ø": {"da": 0.5, "no": 0.5},
    "æ": {"da": 0.5, "no": 0.5},
    "å": {"da": 0.33, "no": 0.33, "sv": 0.34},
    "ł": {"pl": 1.0},
    "ą": {"pl": 1.0},
    "ę": {"pl": 1.0},
    "ś": {"pl": 1.0},
    "ż": {"pl": 1.0},
    "ě": {"cs": 1.0},
    "ř": {"cs": 1.0},
    "ů": {"cs": 1.0},
    "ș": {"ro": 1.0},
    "ț": {"ro": 1.0},
    "ă": {"ro": 1.0},
    "ğ": {"tr": 1.0},
    "ı": {"tr": 1.0},
    "ş": {"tr": 0.5, "ro": 0.5},
    "ő": {"hu": 1.0},
    "œ": {"fr": 1.0},
    "ç": {"fr": 0.5, "pt": 0.5},
    "è": {"fr": 0.5, "it": 0.5},
    "ê": {"fr": 0.5, "pt": 0.5},
    "ù": {"fr": 0.5, "it": 0.5},
    "ì": {"it": 1.0},
    "ò": {"it": 1.0},
    "ä": {"de": 0.25, "sv": 0.25, "fi": 0.25, "hu": 0.25},
    "ü": {"de": 0.5, "tr": 0.25, "hu": 0.25},
    "ű": {"hu": 1.0},
    "ї": {"uk": 1.0},
    "є": {"uk": 1.0},
    "ґ": {"uk": 1.0},
    "ў": {"be": 1.0},
    "ы": {"ru": 0.5, "be": 0.5},
    "э": {"ru": 0.5, "be": 0.5},
    "ё": {"ru": 0.5, "be": 0.5},
    "ђ": {"sr": 1.0},
    "ћ": {"sr": 1.0},
    "ѓ": {"mk": 1.0},
    "ќ": {"mk": 1.0},
    "ѕ": {"mk": 1.0},
}
"""Letters found in only one or a few of the profiled languages, and whom they point to."""

HINT_WEIGHT = 0.3
"""How many stop-word votes one occurrence of a hint letter is worth (capped per letter)."""

HINT_CAP = 3.0
"""Most votes a single hint letter can contribute, however often it occurs."""

# Scripts whose text maps to one language (ranges of code points).
_SCRIPT_RANGES: tuple[tuple[str, int, int], ...] = (
    ("latin", 0x0041, 0x024F),
    ("latin", 0x1E00, 0x1EFF),
    ("greek", 0x0370, 0x03FF),
    ("greek", 0x1F00, 0x1FFF),
    ("cyrillic", 0x0400, 0x052F),
    ("armenian", 0x0530, 0x058F),
    ("hebrew", 0x0590, 0x05FF),
    ("arabic", 0x0600, 0x06FF),
    ("arabic", 0x0750, 0x077F),
    ("arabic", 0xFB50, 0xFDFF),
    ("arabic", 0xFE70, 0xFEFF),
    ("devanagari", 0x0900, 0x097F),
    ("thai", 0x0E00, 0x0E7F),
    ("georgian", 0x10A0, 0x10FF),
    ("hangul", 0x1100, 0x11FF),
    ("hangul", 0xAC00, 0xD7AF),
    ("hangul", 0x3130, 0x318F),
    ("kana", 0x3040, 0x30FF),
    ("han", 0x4E00, 0x9FFF),
    ("han", 0x3400, 0x4DBF),
)

_SINGLE_LANGUAGE_SCRIPTS: dict[str, str] = {
    "greek": "el",
    "armenian": "hy",
    "hebrew": "he",
    "devanagari": "hi",
    "thai": "th",
    "georgian": "ka",
    "hangul": "ko",
    "kana": "ja",
}

_SCRIPT_WORDS: dict[str, re.Pattern[str]] = {
    "latin": re.compile(r"[a-zß-ÿĀ-ɏḀ-ỿ]+(?:'[a-zß-ÿĀ-ɏḀ-ỿ]+)?"),
    "cyrillic": re.compile(r"[Ѐ-ԯ]+(?:'[Ѐ-ԯ]+)?"),
}


_SCRIPT_PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(
        "["
        + "".join(f"\\u{low:04x}-\\u{high:04x}" for n, low, high in _SCRIPT_RANGES if n == name)
        + "]"
    )
    for name in dict.fromkeys(n for n, _, _ in _SCRIPT_RANGES)
}
_NOT_LETTER = re.compile(r"[\W\d_]+")
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_ASCII_NON_LETTERS = bytes(byte for byte in range(128) if not chr(byte).isalpha())
"""The ASCII bytes other than A-Z and a-z."""


def _script_counts(text: str) -> Counter[str]:
    """Count the letters of ``text`` by script ("latin" for A-Z, a-z and the Latin ranges).

    The ASCII letters are counted at C speed on the text's ASCII bytes; only the other
    characters go through the letter pattern and the script ranges.
    """
    n_ascii = len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    others = "" if text.isascii() else _NOT_LETTER.sub("", _ASCII_RUN.sub("", text))
    counts: Counter[str] = Counter()
    if n_ascii:
        counts["latin"] = n_ascii
    if others:
        for name, pattern in _SCRIPT_PATTERNS.items():
            n = len(pattern.findall(others))
            if n:
                counts[name] += n
    return counts


def _votes(languages: Sequence[str]) -> dict[str, tuple[tuple[str, float], ...]]:
    """Map each stop word of ``languages`` to the languages it votes for, vote split evenly."""
    owners: dict[str, list[str]] = {}
    for lang in languages:
        for word in STOPWORDS[lang]:
            owners.setdefault(word, []).append(lang)
    return {w: tuple((lang, 1.0 / len(ls)) for lang in ls) for w, ls in owners.items()}


_LATIN_VOTES = _votes(LATIN_LANGUAGES)
_CYRILLIC_VOTES = _votes(CYRILLIC_LANGUAGES)


def _profile_scores(
    words: list[str],
    lowered: str,
    languages: Sequence[str],
    votes: dict[str, tuple[tuple[str, float], ...]],
) -> dict[str, float]:
    scores = dict.fromkeys(languages, 0.0)
    for word, n in Counter(words).items():
        for lang, weight in votes.get(word, ()):
            scores[lang] += weight * n
    present = set(lowered)  # one pass, instead of counting each hint letter in the whole text
    for letter, hints in LETTER_HINTS.items():
        if letter in present:
            n = lowered.count(letter)
            for lang, weight in hints.items():
                if lang in scores:
                    scores[lang] += min(HINT_CAP, HINT_WEIGHT * n) * weight
    return scores


def _decide(scores: dict[str, float], n_words: int) -> str:
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score < MIN_VOTES or best_score < MIN_SHARE * n_words:
        return UNDETERMINED
    if runner_up > 0 and best_score < MIN_LEAD * runner_up:
        return UNDETERMINED
    return best


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the language ``text`` is written in, or ``"und"``.

    Offline heuristic (script, then stop-word profiles); see the module docstring for the
    method, the languages it knows and its limits.

    Parameters
    ----------
    text
        Any text; ``None`` or non-strings are treated as empty.

    Returns
    -------
    str
        A two-letter ISO 639-1 code such as ``"en"``, ``"ru"`` or ``"pt"``, or ``"und"`` when
        the text is too short or the evidence is unclear.

    Examples
    --------
    >>> detect_language("The minister said that the reports were false and would be checked.")
    'en'
    >>> detect_language("Министр сказал, что эти сообщения не подтвердились.")
    'ru'
    >>> detect_language("OK")
    'und'
    """
    if not isinstance(text, str):
        return UNDETERMINED
    text = unicodedata.normalize("NFC", text[:MAX_CHARS])
    scripts = _script_counts(text)
    n_letters = sum(scripts.values())
    if n_letters < MIN_LETTERS:
        return UNDETERMINED
    script, count = scripts.most_common(1)[0]
    if count < 0.5 * n_letters:
        return UNDETERMINED
    if script in _SINGLE_LANGUAGE_SCRIPTS:
        return _SINGLE_LANGUAGE_SCRIPTS[script]
    if script == "han":
        return "ja" if scripts["kana"] > 0.05 * n_letters else "zh"
    if script == "arabic":
        if any(c in text for c in "ٹڈڑںےھ"):
            return "ur"
        if any(c in text for c in "پچژگ") or "ی" in text:
            return "fa"
        return "ar"
    lowered = text.lower()
    wanted = "latin" if script == "latin" else "cyrillic"
    words = _SCRIPT_WORDS[wanted].findall(lowered.replace("’", "'"))
    if not words:
        return UNDETERMINED
    if script == "latin":
        scores = _profile_scores(words, lowered, LATIN_LANGUAGES, _LATIN_VOTES)
    else:
        scores = _profile_scores(words, lowered, CYRILLIC_LANGUAGES, _CYRILLIC_VOTES)
    return _decide(scores, len(words))


def normalise_language(value: object) -> str | None:
    """Return a declared language as a lower-case ISO 639-1 code, or ``None`` when missing.

    ``"EN"``, ``"en-US"`` and ``"en_GB"`` all give ``"en"``; empty strings and missing values
    give ``None``. Other values are returned lower-cased as they are.
    """
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    code = str(value).strip().lower().replace("_", "-")
    if not code:
        return None
    return code.split("-", 1)[0]


def language_support(articles: pd.DataFrame, *, supported: Sequence[str] = ("en",)) -> pd.DataFrame:
    """Say, per article, whether an analysis that reads ``supported`` languages can read it.

    The article's ``language`` is used when given (normalised, so ``"en-GB"`` is ``"en"``);
    when it is missing or the column is absent, it is detected with :func:`detect_language`.

    Parameters
    ----------
    articles
        The article table (at least ``article_id`` and ``text``).
    supported
        ISO 639-1 codes the analysis handles.

    Returns
    -------
    pandas.DataFrame
        One row per article, in input order, with a fresh RangeIndex:

        - ``article_id`` (str)
        - ``language`` (str): ISO 639-1 code, or ``"und"``
        - ``analysed`` (bool): whether the language is in ``supported``
        - ``reason`` (str): ``"analysed: language en supported"``,
          ``"not analysed: language ru unsupported"`` or
          ``"not analysed: language undetermined"``

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["x"], "language": ["ru"]})
    >>> language_support(arts)["reason"].tolist()
    ['not analysed: language ru unsupported']
    """
    require_columns(articles, (ARTICLE_ID, TEXT), what="articles")
    wanted = {code.lower() for code in supported}
    declared = (
        articles[LANGUAGE]
        if LANGUAGE in articles.columns
        else pd.Series(None, index=articles.index)
    )
    languages = []
    for given, text in zip(declared, articles[TEXT], strict=True):
        code = normalise_language(given)
        languages.append(code if code is not None else detect_language(text))
    analysed = [code in wanted for code in languages]
    reasons = [
        f"analysed: language {code} supported"
        if ok
        else (
            "not analysed: language undetermined"
            if code == UNDETERMINED
            else f"not analysed: language {code} unsupported"
        )
        for code, ok in zip(languages, analysed, strict=True)
    ]
    return pd.DataFrame(
        {
            ARTICLE_ID: articles[ARTICLE_ID].astype("string").reset_index(drop=True),
            LANGUAGE: pd.array(languages, dtype="string"),
            "analysed": pd.array(analysed, dtype="bool"),
            "reason": pd.array(reasons, dtype="string"),
        }
    )
