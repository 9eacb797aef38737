import json

import pandas as pd
import pytest

from analysis.config import SHARED_DIR
from analysis.language import detect_language, language_support, normalise_language

CORPUS = SHARED_DIR / "corpus" / "chechnya_dev.jsonl"

# Fictional sentences written for this test, one or two per language.
SENTENCES = [
    ("en", "The mayor of Norvale said on Tuesday that the new bridge would open before winter."),
    ("en", "Police in the town have not confirmed the report, and the family is still waiting."),
    ("fr", "Le maire de Norvale a déclaré mardi que le nouveau pont serait ouvert avant l'hiver."),
    (
        "de",
        (
            "Der Bürgermeister von Norvale sagte am Dienstag, dass die neue Brücke im Herbst "
            "eröffnet werde."
        ),
    ),
    (
        "es",
        "El alcalde de Norvale dijo el martes que el nuevo puente se abrirá antes del invierno.",
    ),
    (
        "pt",
        (
            "O prefeito de Norvale disse na terça-feira que a nova ponte não será aberta antes "
            "do inverno."
        ),
    ),
    (
        "it",
        "Il sindaco di Norvale ha detto martedì che il nuovo ponte sarà aperto prima dell'inverno.",
    ),
    (
        "nl",
        "De burgemeester van Norvale zei dinsdag dat de nieuwe brug voor de winter open zal zijn.",
    ),
    (
        "da",
        (
            "Borgmesteren i Norvale sagde tirsdag, at den nye bro vil blive åbnet efter "
            "sommeren, og at det er meget vigtigt."
        ),
    ),
    (
        "sv",
        (
            "Borgmästaren i Norvale sade på tisdagen att den nya bron ska öppnas efter "
            "sommaren och att det är mycket viktigt."
        ),
    ),
    (
        "no",
        (
            "Ordføreren i Norvale sa tirsdag at den nye broen skal åpnes etter sommeren, og at "
            "det er mye som gjenstår."
        ),
    ),
    (
        "pl",
        (
            "Burmistrz Norvale powiedział we wtorek, że nowy most zostanie otwarty przed zimą, "
            "ale nie podał daty."
        ),
    ),
    ("ru", "Мэр города Норвейл заявил во вторник, что новый мост будет открыт до зимы."),
    (
        "uk",
        (
            "Мер міста Норвейл заявив у вівторок, що новий міст буде відкрито до зими, але "
            "точної дати ще немає."
        ),
    ),
    ("el", "Ο δήμαρχος της πόλης είπε την Τρίτη ότι η νέα γέφυρα θα ανοίξει πριν από τον χειμώνα."),
    ("ar", "قال رئيس بلدية المدينة يوم الثلاثاء إن الجسر الجديد سيفتح قبل الشتاء."),
    ("zh", "市长星期二表示，新桥将在冬天之前开放，但具体日期尚未确定。"),
    ("ja", "市長は火曜日、新しい橋は冬までに開通すると述べました。"),
    ("ko", "시장은 화요일 새 다리가 겨울 전에 개통될 것이라고 말했습니다."),
]


@pytest.mark.parametrize(("expected", "text"), SENTENCES)
def test_detect_language_fictional_sentences(expected, text):
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "OK",
        "   \n  ",
        "12345 67890 !!!",
        "Norvale Kestrel Ambrose",  # names only: no function words to go by
    ],
)
def test_detect_language_refuses_to_guess(text):
    assert detect_language(text) == "und"


def test_detect_language_non_string_is_undetermined():
    assert detect_language(None) == "und"  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("EN", "en"),
        ("en-US", "en"),
        ("pt_BR", "pt"),
        ("", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_normalise_language(value, expected):
    assert normalise_language(value) == expected


def test_language_support_declared_and_detected():
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d"],
            "language": ["en-GB", "ru", None, None],
            "text": [
                "x",
                "y",
                "Мэр города заявил, что новый мост будет открыт до зимы, но это не точно.",
                "??",
            ],
        }
    )
    before = articles.copy()
    got = language_support(articles)
    expected = pd.DataFrame(
        {
            "article_id": pd.array(["a", "b", "c", "d"], dtype="string"),
            "language": pd.array(["en", "ru", "ru", "und"], dtype="string"),
            "analysed": [True, False, False, False],
            "reason": pd.array(
                [
                    "analysed: language en supported",
                    "not analysed: language ru unsupported",
                    "not analysed: language ru unsupported",
                    "not analysed: language undetermined",
                ],
                dtype="string",
            ),
        }
    )
    pd.testing.assert_frame_equal(got, expected)
    pd.testing.assert_frame_equal(articles, before)


def test_language_support_without_language_column_and_custom_supported():
    articles = pd.DataFrame(
        {
            "article_id": ["p"],
            "text": ["O prefeito disse que a nova ponte não será aberta antes do inverno."],
        },
        index=[7],
    )
    got = language_support(articles, supported=("en", "pt"))
    assert got.index.tolist() == [0]
    assert got.loc[0, "language"] == "pt"
    assert bool(got.loc[0, "analysed"])


def test_language_support_requires_columns():
    with pytest.raises(ValueError, match="text"):
        language_support(pd.DataFrame({"article_id": ["a"]}))


@pytest.mark.shared
@pytest.mark.skipif(not CORPUS.exists(), reason="../shared corpus absent")
def test_detect_language_matches_shared_corpus():
    wrong = []
    with CORPUS.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            got = detect_language(record["text"])
            if got != record["language"]:
                wrong.append((record["id"], record["language"], got))
    assert wrong == []
