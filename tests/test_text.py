import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.config import SHARED_DIR
from analysis.text import paragraph_spans, sentence_spans, sentences

SHARED_CORPUS = SHARED_DIR / "corpus" / "chechnya_dev.jsonl"
SHARED_SEED = SHARED_DIR / "seed"


def split(text):
    return [text[s:e] for s, e in sentence_spans(text)]


# Fictional sentences written for these tests: text -> expected sentences.
CASES = [
    # abbreviations
    ("Dr. Quill arrived. She spoke first.", ["Dr. Quill arrived.", "She spoke first."]),
    (
        "Mr. and Mrs. Oduya left. Sen. Vance stayed.",
        ["Mr. and Mrs. Oduya left.", "Sen. Vance stayed."],
    ),
    (
        "Officials in the U.S. Senate voted. Then they left.",
        ["Officials in the U.S. Senate voted.", "Then they left."],
    ),
    (
        "The U.S. and the U.K. agreed. Talks end today.",
        ["The U.S. and the U.K. agreed.", "Talks end today."],
    ),
    (
        "On Jan. 5 the court met. It ruled on Feb. 2.",
        ["On Jan. 5 the court met.", "It ruled on Feb. 2."],
    ),
    (
        "The firm, Kestrel Inc. of Norvale, said no. Shares fell.",
        ["The firm, Kestrel Inc. of Norvale, said no.", "Shares fell."],
    ),
    (
        "See No. 5 on p. 12 of the report. It is short.",
        ["See No. 5 on p. 12 of the report.", "It is short."],
    ),
    # initials
    (
        "A. B. Quill wrote the report. It was long.",
        ["A. B. Quill wrote the report.", "It was long."],
    ),
    (
        "The author, J. Oduya, declined. Others spoke.",
        ["The author, J. Oduya, declined.", "Others spoke."],
    ),
    # numbers
    (
        "It cost 3.5 million crowns. Then the price rose.",
        ["It cost 3.5 million crowns.", "Then the price rose."],
    ),
    (
        "Turnout was 61.2%. The count ended at 10 p.m. on Sunday.",
        ["Turnout was 61.2%.", "The count ended at 10 p.m. on Sunday."],
    ),
    # quotation marks: straight, curly, guillemets, German, question + attribution
    ('He said "Go home." Then he left.', ['He said "Go home."', "Then he left."]),
    ("“We are ready,” she said. “We will win.”", ["“We are ready,” she said.", "“We will win.”"]),
    ("“Is it true?” she asked. He nodded.", ["“Is it true?” she asked.", "He nodded."]),
    ('"Is it true?" she asked.', ['"Is it true?" she asked.']),
    (
        "“Is it true?” — she asked. Nobody answered.",
        ["“Is it true?” — she asked.", "Nobody answered."],
    ),
    ("«Это правда?» — спросил он. Потом ушёл.", ["«Это правда?» — спросил он.", "Потом ушёл."]),
    (
        "« Nous sommes prêts », a dit le maire. Puis il est parti.",
        ["« Nous sommes prêts », a dit le maire.", "Puis il est parti."],
    ),
    ("Il a dit « Non. » Puis il est parti.", ["Il a dit « Non. »", "Puis il est parti."]),
    (
        "Er sagte: „Das stimmt nicht.“ Dann ging er.",
        ["Er sagte: „Das stimmt nicht.“", "Dann ging er."],
    ),
    ("Er sagte. »Nein.« Dann ging er.", ["Er sagte.", "»Nein.« Dann ging er."]),
    ("‘Never,’ said Quill. ‘Not once.’", ["‘Never,’ said Quill.", "‘Not once.’"]),
    # other punctuation
    (
        "Why now? Nobody knows! Wait… Then silence.",
        ["Why now?", "Nobody knows!", "Wait…", "Then silence."],
    ),
    ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    (
        "The vote (held on Monday.) was close. Few expected it.",
        ["The vote (held on Monday.) was close.", "Few expected it."],
    ),
    ("¿Es verdad? ¡No lo sé!", ["¿Es verdad?", "¡No lo sé!"]),
    # lower-case continuation is not a sentence start (documented limit)
    ("See e.g. the report. it says more.", ["See e.g. the report. it says more."]),
    # paragraph breaks end sentences even without punctuation
    (
        "Headline without a stop\nFirst line of the body. Second.",
        ["Headline without a stop", "First line of the body.", "Second."],
    ),
    ("One.\r\n\r\nTwo.\n\n\n  Three.  ", ["One.", "Two.", "Three."]),
    ("", []),
    ("   \n\t \n", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sentence_spans_cases(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One.\n\n  Two. ", [(0, 4), (8, 12)]),
        ("\n\nA\r\nB\n", [(2, 3), (5, 6)]),
        ("", []),
        ("  \n ", []),
    ],
)
def test_paragraph_spans(text, expected):
    assert paragraph_spans(text) == expected


def test_sentences_table():
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": ["Dr. Quill spoke. She left.\n\nThe end.", "   "],
            "title": ["x", "y"],
        },
        index=[10, 20],
    )
    before = articles.copy()
    got = sentences(articles)
    expected = pd.DataFrame(
        {
            "article_id": ["a", "a", "a"],
            "paragraph": [0, 0, 1],
            "sentence": [0, 1, 2],
            "start": [0, 17, 28],
            "end": [16, 26, 36],
            "text": ["Dr. Quill spoke.", "She left.", "The end."],
        }
    ).astype({"paragraph": "int64", "sentence": "int64", "start": "int64", "end": "int64"})
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    assert got[["paragraph", "sentence", "start", "end"]].dtypes.eq("int64").all()
    pd.testing.assert_frame_equal(articles, before)


def test_sentences_requires_columns():
    with pytest.raises(ValueError, match="text"):
        sentences(pd.DataFrame({"article_id": ["a"]}))


def check_spans(text, spans):
    """Offsets round-trip, are sorted, do not overlap, are trimmed and cover every word."""
    previous_end = 0
    covered = [False] * len(text)
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        assert "\n" not in piece
        assert "\r" not in piece
        for i in range(start, end):
            covered[i] = True
        previous_end = end
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))


ALPHABET = st.sampled_from(
    list("abcXYZ ДЖ文 .!?…,;:'\"“”‘’«»„()-—\n\r\t\u00a0\u2028")
    + ["Dr.", "U.S.", "Jan.", " J. ", "3.5", "...", "?”", " — ", "\n\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_spans_properties(text):
    sentence = sentence_spans(text)
    check_spans(text, sentence)
    paragraphs = paragraph_spans(text)
    check_spans(text, paragraphs)
    # every sentence lies inside one paragraph
    for start, end in sentence:
        assert any(p <= start and end <= q for p, q in paragraphs)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_spans_never_raise_on_any_text(text):
    check_spans(text, sentence_spans(text))


def shared_texts():
    texts = []
    if SHARED_CORPUS.exists():
        with SHARED_CORPUS.open(encoding="utf-8") as handle:
            texts += [(r["id"], r["text"]) for r in map(json.loads, handle) if r]
    texts += [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SHARED_SEED.glob("*.txt"))]
    return texts


@pytest.mark.shared
@pytest.mark.skipif(not SHARED_CORPUS.exists(), reason="../shared corpus absent")
def test_sentence_offsets_round_trip_on_shared_corpus():
    texts = shared_texts()
    assert len(texts) >= 56
    articles = pd.DataFrame(texts, columns=["article_id", "text"])
    table = sentences(articles)
    by_id = dict(texts)
    for row in table.itertuples(index=False):
        assert by_id[row.article_id][row.start : row.end] == row.text
    for article_id, text in texts:
        check_spans(text, sentence_spans(text))
        assert (table["article_id"] == article_id).any()


def test_a_german_ordinal_date_does_not_end_a_sentence() -> None:
    text = "Die Kundgebung fand am 1. Mai statt. Es waren 12. Dann kam der Regen."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Die Kundgebung fand am 1. Mai statt.",
        "Es waren 12.",
        "Dann kam der Regen.",
    ]
