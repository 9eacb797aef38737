"""Tests for analysis.furniture: paragraph labels on invented page layouts."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.furniture import LABELS, furniture, label_paragraphs


def labels(text: str, title: str | None = None) -> list[str]:
    return [label for _, _, label in label_paragraphs(text, title=title)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Storm hits the northern coast\nBy Jane Roe\nThe storm hit on Monday, officials said.",
            ["headline", "byline", "body"],
        ),
        (
            (
                "Crowds gather in the square. (Getty Images / Ann Lee.)Source: Getty Images / Ann Lee.\n"
                "The crowd grew all afternoon."
            ),
            ["caption", "body"],
        ),
        ("Photo: Ann Lee\nThe crowd grew all afternoon.", ["credit", "body"]),
        # a wire dateline opens a short body paragraph: not a caption
        (
            "Council rejects report\nVELMORA, July 6. /TASS/. The council said the report was false.",
            ["headline", "body"],
        ),
        (
            "Council rejects report\nDUNMARSK, May 13 (Reuters) - The governor denied it.",
            ["headline", "body"],
        ),
        # negative: an agency credit after a caption still makes it a caption
        (
            "The governor at a rally in Dunmarsk. Photo: /TASS/\nThe rally was short.",
            ["caption", "body"],
        ),
        (
            (
                "The council met on Monday.\n\n7 Jul 2017 - 1:10 PM  UPDATED 7 Jul 2017 - 1:14 PM\n\n"
                "It voted to reopen the shelter."
            ),
            ["body", "dateline", "body"],
        ),
        (
            (
                "The council met on Monday and voted to reopen the shelter.\n\n"
                "Minister denies arrests in the region\n"
                "“Nothing of the kind has happened here,” the minister said."
            ),
            ["body", "teaser_headline", "teaser"],
        ),
        (
            (
                "The council met on Monday and voted to reopen the shelter.\n\n"
                "Related: More shelters close in the north\nThree shelters closed in May."
            ),
            ["body", "teaser_headline", "teaser"],
        ),
        ("One sentence of body text only.", ["body"]),
        ("", []),
    ],
)
def test_labels(text: str, expected: list[str]) -> None:
    assert labels(text) == expected


def test_title_column_marks_the_headline() -> None:
    text = "Shelter reopens.\nThe council voted on Monday to reopen the shelter."
    assert labels(text, title="Shelter reopens")[0] == "headline"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Shelter reopens after two years (updated)", ["headline", "headline", "byline", "body"]),
        ("Shelter reopens after two years", ["headline", "headline", "byline", "body"]),
        # a title that only shares its opening words is another line
        ("Shelter reopens", ["headline", "body", "teaser_headline", "teaser"]),
    ],
)
def test_title_column_marks_the_headline_despite_a_scraped_tail(
    title: str, expected: list[str]
) -> None:
    text = (
        "News\n\nShelter reopens after two years\n\nBy Ada Quill\n\n"
        "The council voted on Monday to reopen the shelter."
    )
    assert labels(text, title=title) == expected


def test_a_long_paragraph_under_a_sub_heading_is_body_not_a_teaser() -> None:
    section = " ".join(["The commission met again in November and heard more witnesses."] * 4)
    teaser = "Three shelters closed in May after the funding ran out."
    text = (
        "The council voted on Monday to reopen the shelter for the winter.\n\n"
        f"A second wave\n\n{section}\n\nMore shelters close\n\n{teaser}"
    )
    assert labels(text) == ["body", "body", "body", "teaser_headline", "teaser"]
    # an explicit "Related:" line keeps its teaser, however long
    related = f"The council met.\n\nRelated: A second wave\n\n{section}"
    assert labels(related) == ["body", "teaser_headline", "teaser"]


def test_body_paragraph_ending_without_a_period_after_the_lead_is_long_enough_to_stay_body() -> (
    None
):
    text = (
        "The council met on Monday.\n\n"
        "Reports have surfaced that the officials continued their campaign against the "
        "community in the region, according to a local group\n\nMore text follows here."
    )
    assert labels(text)[1] == "body"


def test_spans_round_trip_and_table_shape() -> None:
    text = "Headline here\nBy Jane Roe\n\nBody text, said someone."
    spans = label_paragraphs(text)
    assert [text[a:b] for a, b, _ in spans] == [
        "Headline here",
        "By Jane Roe",
        "Body text, said someone.",
    ]
    table = furniture(pd.DataFrame({"article_id": ["a", "b"], "text": [text, "Only body."]}))
    assert list(table.columns) == ["article_id", "paragraph", "start", "end", "label"]
    assert set(table["label"]) <= set(LABELS)
    assert table["article_id"].tolist() == ["a", "a", "a", "b"]
    assert isinstance(table.index, pd.RangeIndex)


def test_bad_text_names_the_article() -> None:
    with pytest.raises(ValueError, match="'x'"):
        furniture(pd.DataFrame({"article_id": ["x"], "text": [3]}))


@pytest.mark.parametrize(
    "opened",
    [
        "“The shelter must stay open. They have",  # a page cut off inside a quotation
        "“We will not stop until every man is home",  # a quotation that goes on below
    ],
)
def test_a_short_paragraph_opening_an_unclosed_quotation_is_body(opened: str) -> None:
    text = f"The council voted on Monday to reopen the shelter.\n\n{opened}\n\nRelated stories"
    assert labels(text)[:2] == ["body", "body"]
