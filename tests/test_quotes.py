"""Tests for analysis.quotes: every case of the issue as text -> expected rows, negatives too.

All sentences are invented for these tests. Accuracy on real news is measured by the
``shared`` tests at the bottom, against the shared gold sets with the shared scorers.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import evaluate_quotes, explain_quotes, extract_quotes, load_quote_table
from analysis.config import SAMPLE_DIR, SHARED_DIR
from analysis.quotes import QUOTE_COLUMNS


def quotes_of(text: str, **columns: object) -> pd.DataFrame:
    frame = pd.DataFrame(
        {"article_id": ["t"], "text": [text], **{k: [v] for k, v in columns.items()}}
    )
    return extract_quotes(frame)


def rows(text: str, **columns: object) -> list[tuple[str, str, str, str]]:
    table = quotes_of(text, language=columns.pop("language", "en"), **columns)
    return list(zip(table["kind"], table["quote"], table["speaker"], table["cue"], strict=True))


# --------------------------------------------------------------------------- the contract


def test_columns_types_and_offsets() -> None:
    text = '"The plan will fail," said Jane Doe. Doe left.'
    table = quotes_of(text)
    assert list(table.columns) == list(QUOTE_COLUMNS)
    assert isinstance(table.index, pd.RangeIndex)
    row = table.iloc[0]
    assert text[row["start"] : row["end"]] == row["quote"] == "The plan will fail,"
    assert text[int(row["speaker_start"]) : int(row["speaker_end"])] == "Jane Doe"
    assert row["quote_id"] == "t:q0"
    assert table["speaker_start"].dtype == "float64"
    assert 0 <= row["confidence"] <= 1


def test_empty_input_and_no_quotes() -> None:
    empty = extract_quotes(pd.DataFrame({"article_id": [], "text": []}))
    assert list(empty.columns) == list(QUOTE_COLUMNS)
    assert empty.empty
    assert quotes_of("Nothing was said here at all.").empty


def test_input_not_mutated_and_errors_name_the_article() -> None:
    frame = pd.DataFrame({"article_id": ["a"], "text": ['"Go home now," Ann Lee said.']})
    before = frame.copy()
    extract_quotes(frame)
    pd.testing.assert_frame_equal(frame, before)
    with pytest.raises(ValueError, match="'b'"):
        extract_quotes(pd.DataFrame({"article_id": ["b"], "text": [None]}))
    with pytest.raises(ValueError, match="text"):
        extract_quotes(pd.DataFrame({"article_id": ["c"]}))


# --------------------------------------------------------------------------- marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight marks
        (
            '"The plan will fail," said Jane Doe.',
            [("direct", "The plan will fail,", "Jane Doe", "said")],
        ),
        # curly marks, "X said"
        (
            "“We will not stop,” Marta Ruiz said.",
            [("direct", "We will not stop,", "Marta Ruiz", "said")],
        ),
        # single marks nested in double ones stay inside the quotation
        (
            "“He called it ‘a disgrace’ and walked out,” Marta Ruiz said.",
            [("direct", "He called it ‘a disgrace’ and walked out,", "Marta Ruiz", "said")],
        ),
        # the two-apostrophe marks of some wire copy
        (
            "''We have the votes now,'' said Paul Greer.",
            [("direct", "We have the votes now,", "Paul Greer", "said")],
        ),
        # a partial quotation opened with “ and closed with ’
        (
            "Ruiz writes that leaders must hold a “full and impartial inquiry into the abuses.’",
            [
                (
                    "partial",
                    "leaders must hold a “full and impartial inquiry into the abuses.’",
                    "Ruiz",
                    "writes",
                )
            ],
        ),
    ],
)
def test_quotation_marks(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert rows(text) == expected


def test_apostrophes_are_not_quotes() -> None:
    assert quotes_of("The group’s director didn’t see the activists’ plans in the ’90s.").empty
    assert quotes_of("It's the group's plan, isn't it? Rock 'n' roll.").empty


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = (
        "“We will win this fight, Ruiz said at the rally.\n\nThe rally ended at noon in the rain."
    )
    table = quotes_of(text)
    assert len(table) == 1
    assert "\n" not in table.loc[0, "quote"]
    assert table.loc[0, "end"] <= text.index("\n")


def test_multi_paragraph_quote_gives_one_row_per_paragraph() -> None:
    text = (
        "Lena Berg wrote to the council:\n\n"
        "“The first camp closed in May. Nobody was told where the men went.\n\n"
        "“The second camp is still open, and we ask you to act.”"
    )
    table = quotes_of(text)
    assert table["kind"].tolist() == ["direct", "direct"]
    assert table["speaker"].tolist() == ["Lena Berg", "Lena Berg"]
    assert table.loc[0, "quote"].startswith("The first camp")
    assert table.loc[1, "quote"].startswith("The second camp")


# --------------------------------------------------------------------------- cue positions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It is over," said Jane Doe.', ("Jane Doe", "said")),
        ('"It is over," Jane Doe said.', ("Jane Doe", "said")),
        ('"It is over," says Jane Doe.', ("Jane Doe", "says")),
        ('"It is over," Jane Doe, the group\'s director, said.', ("Jane Doe", "said")),
        ("“We fled at night,” Adam Khan told AFP.", ("Adam Khan", "told")),
        ("“The numbers are rising,” Lena Berg wrote in an email.", ("Lena Berg", "wrote")),
        ("“The numbers are rising,” Lena Berg said in a statement.", ("Lena Berg", "said")),
        ("Lena Berg said: “The numbers are rising and nobody acts.”", ("Lena Berg", "said")),
        ("“Why does nobody act?” Lena Berg asked.", ("Lena Berg", "asked")),
    ],
)
def test_cue_positions_for_direct_quotes(text: str, expected: tuple[str, str]) -> None:
    table = quotes_of(text)
    assert len(table) == 1
    assert table.loc[0, "kind"] == "direct"
    assert (table.loc[0, "speaker"], table.loc[0, "cue"]) == expected


def test_split_quote_gives_both_fragments_the_speaker() -> None:
    table = quotes_of("“We tried,” said Omar Basri, “but the doors stayed shut.”")
    assert table["quote"].tolist() == ["We tried,", "but the doors stayed shut."]
    assert table["speaker"].tolist() == ["Omar Basri", "Omar Basri"]


def test_via_is_the_relaying_medium() -> None:
    table = quotes_of("“We fled at night,” Adam Khan told AFP.")
    assert table.loc[0, "via"] == "AFP"
    assert table.loc[0, "speaker"] == "Adam Khan"
    table = quotes_of("“We fled at night,” Adam Khan told The Northern Herald.")
    assert table.loc[0, "via"] == "Northern Herald"


# --------------------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    ("text", "speaker", "mention", "kind"),
    [
        # surname-only later mention resolves to the full name
        (
            "Enrique Vidal Soto runs the hotline. “Calls doubled this week,” Soto said.",
            "Enrique Vidal Soto",
            "Soto",
            "person",
        ),
        # a pronoun resolves to the right earlier person
        (
            "Maria Lopez, a nurse, saw the camp. “It was terrible,” she said.",
            "Maria Lopez",
            "she",
            "person",
        ),
        # gender picks the antecedent
        (
            "Ms. Carla Brandt met Mr. Otto Weiss on Monday. “We agreed on nothing,” she said.",
            "Carla Brandt",
            "she",
            "person",
        ),
        (
            "Ms. Carla Brandt met Mr. Otto Weiss on Monday. “We agreed on nothing,” he said.",
            "Otto Weiss",
            "he",
            "person",
        ),
        # a description only
        ("“There is no proof,” the country’s foreign minister said.", None, None, "person"),
        # an organisation
        (
            "The Northern Rights Network says arrests have resumed in the region.",
            "Northern Rights Network",
            "The Northern Rights Network",
            "organization",
        ),
        # anonymous
        (
            "A source close to the ministry said the list of names was real.",
            None,
            "A source close to the ministry",
            "anonymous",
        ),
        (
            "A spokesman for the Kremlin said the reports were lies.",
            None,
            "A spokesman for the Kremlin",
            "anonymous",
        ),
    ],
)
def test_speakers(text: str, speaker: str | None, mention: str | None, kind: str) -> None:
    table = quotes_of(text)
    assert len(table) == 1
    row = table.iloc[0]
    if speaker is not None:
        assert row["speaker"] == speaker
    if mention is not None:
        assert row["speaker_mention"] == mention
    assert row["speaker_kind"] == kind


def test_quote_paragraph_without_cue_continues_the_previous_speaker() -> None:
    text = (
        "Enrique Vidal Soto runs the hotline.\n\n"
        "“Calls doubled this week,” Soto said.\n\n"
        "“Most callers are young men from the villages.”"
    )
    table = quotes_of(text)
    assert table["speaker"].tolist() == ["Enrique Vidal Soto", "Enrique Vidal Soto"]
    assert table.loc[1, "cue"] == ""
    assert table.loc[1, "rule"] == "direct:continuation"


def test_a_quote_far_from_any_speaker_stays_unknown() -> None:
    text = (
        "“Calls doubled this week,” Soto said.\n\nThe hotline opened in 2015.\n\n"
        "The city has two shelters.\n\n“Nobody knows how many are left.”"
    )
    table = quotes_of(text)
    assert table.loc[1, "speaker_kind"] == "unknown"
    assert table.loc[1, "speaker"] == ""


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        (
            "Human Rights League President Carl Dunne said the silence was shameful.",
            "President",
            "Human Rights League",
        ),
        ("Tomas Varga from Open Doors said the list was real.", "", "Open Doors"),
        ("Kremlin spokesman Dmitri Orlov said the claims were false.", "spokesman", "Kremlin"),
        (
            "“No such people live here,” said Ruslan Temirov, spokesperson for the regional head.",
            "spokesperson",
            "regional head",
        ),
        # lower-case words before the title are part of the role, not a body's name
        (
            "Human rights commissioner Vera Lind said no complaint had arrived.",
            "Human rights commissioner",
            "",
        ),
    ],
)
def test_roles_and_affiliations(text: str, role: str, affiliation: str) -> None:
    row = quotes_of(text).iloc[0]
    assert (row["role"], row["affiliation"]) == (role, affiliation)


def test_the_holder_named_after_an_office_is_the_speaker() -> None:
    table = quotes_of(
        "Council of Europe Secretary General Tomas Varga said the reports were grave."
    )
    assert table[["speaker", "speaker_kind", "role", "affiliation"]].to_numpy().tolist() == [
        ["Tomas Varga", "person", "Secretary General", "Council of Europe"]
    ]
    text = (
        "Governor of the Varnia Autonomous Region Ilyas Tamrov answered the report.\n\n"
        "Speaking on Wednesday, the head of the region said:\n\n"
        "“I have read what they write about us, and it is all lies.”"
    )
    assert set(quotes_of(text)["speaker"]) == {"Ilyas Tamrov"}


def test_a_named_speaker_joined_to_their_group_is_the_speaker() -> None:
    text = "Varnia leader Ramzan Orlov and his administration said there were no such people."
    table = quotes_of(text)
    assert table[["speaker", "speaker_kind", "role"]].to_numpy().tolist() == [
        ["Ramzan Orlov", "person", "leader"]
    ]
    assert table.loc[0, "speaker_mention"].endswith("and his administration")


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reed, Coastal Minister for Roads, Rail and Ports, has stated that the bridge held.",
        "Earlier, Tom Reed, Coastal Minister for Roads, has stated that the bridge held.",
        "The Governor's Press Secretary, Tom Reed, has confirmed that the bridge held.",
    ],
)
def test_a_capitalised_role_beside_a_name_is_the_role_not_the_speaker(text: str) -> None:
    table = quotes_of(text)
    assert table["speaker"].tolist() == ["Tom Reed"]
    assert "Minister" in table.loc[0, "role"] or "Secretary" in table.loc[0, "role"]


# --------------------------------------------------------------------------- indirect speech


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        (
            "Varga said that the camp had been moved to the north.",
            "the camp had been moved to the north",
            "Varga",
            "said",
        ),
        (
            "Varga says the camp has been moved to the north.",
            "the camp has been moved to the north",
            "Varga",
            "says",
        ),
        (
            "The camp was moved to the north in May, according to Open Doors.",
            "The camp was moved to the north in May",
            "Open Doors",
            "according to",
        ),
        (
            "According to Open Doors, the camp was moved to the north in May.",
            "the camp was moved to the north in May",
            "Open Doors",
            "According to",
        ),
        (
            "The camp was moved to the north, the ministry said in a statement.",
            "The camp was moved to the north",
            "ministry",
            "said",
        ),
    ],
)
def test_indirect_speech(text: str, quote: str, speaker: str, cue: str) -> None:
    assert rows(text) == [("indirect", quote, speaker, cue)]


def test_coordinated_attributions_are_split() -> None:
    text = "Activists noted that the raids stopped, but officials have confirmed that they resumed."
    table = quotes_of(text)
    assert table["quote"].tolist() == ["the raids stopped", "they resumed"]
    assert table["speaker"].tolist() == ["Activists", "officials"]


def test_relayed_statement_keeps_speaker_and_via() -> None:
    table = quotes_of("Orlov says investigators found no trace of the men, according to NBC News.")
    assert table[["speaker", "via"]].to_numpy().tolist() == [["Orlov", "NBC News"]]
    # a person addressed is not a relaying medium
    assert quotes_of("Varga told Orlov that the reports were false.").loc[0, "via"] == ""
    # a directive or a refusal is no statement
    assert quotes_of("Varga told Orlov not to believe the reports.").empty
    assert quotes_of("A police officer in the town declined to comment on the case.").empty
    assert quotes_of("Through a spokesman, the governor declined to comment.").empty


def test_a_second_verb_of_the_same_subject_reports_its_own_statement() -> None:
    table = quotes_of("The ministry failed to act, and later said there was no evidence of abuse.")
    assert table[["quote", "speaker"]].to_numpy().tolist() == [
        ["there was no evidence of abuse", "ministry"]
    ]
    both = quotes_of("Varga promised to keep working and said she would answer every letter.")
    assert both["quote"].tolist() == ["she would answer every letter"]  # a promise is no statement
    but = quotes_of("Varga praised the plan but has said she will vote against it.")
    assert but["quote"].tolist()[-1] == "she will vote against it"
    called = quotes_of("Orlov attacked the treaty and called for new tariffs on steel.")
    assert called["quote"].tolist()[-1] == "new tariffs on steel"
    # "and state" before a noun is no second verb
    assert len(quotes_of("Orlov said the raids broke federal and state law by design.")) == 1


def test_requests_and_promises_are_no_statements_unless_asked_for() -> None:
    text = (
        "All Together called on the government to open an inquiry. "
        "The ministry pledged to investigate. Orlov told reporters that nothing happened."
    )
    assert quotes_of(text)["quote"].tolist() == ["nothing happened"]
    table = extract_quotes(pd.DataFrame({"article_id": ["t"], "text": [text]}), requests=True)
    assert table["rule"].tolist() == ["indirect:request", "indirect:request", "indirect:svc"]
    assert table["speaker"].tolist()[:2] == ["All Together", "ministry"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "It holds people in a prison where men have said they were tortured, local "
                "residents told activists."
            ),
            [
                [
                    "It holds people in a prison where men have said they were tortured",
                    "local residents",
                ],
                ["they were tortured", "men"],
            ],
        ),
    ],
)
def test_a_closing_attribution_around_an_inner_one(text: str, expected: list[list[str]]) -> None:
    assert quotes_of(text)[["quote", "speaker"]].to_numpy().tolist() == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause after the cue: no closing attribution
        "Orlov said the plan, which officials say saves money, was dropped in May.",
        # words besides the subject between the comma and the cue
        "In his book, Mr. Orlov said that he considered debt a last resort.",
    ],
)
def test_no_closing_attribution_without_its_shape(text: str) -> None:
    assert "indirect:csv" not in quotes_of(text)["rule"].tolist()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her uncle was insisting she leave the house.", []),
        ("Orlov demanded that he be fired.", []),
        ("Orlov said he had been fired.", ["he had been fired"]),
    ],
)
def test_a_demand_in_the_subjunctive_is_a_request(text: str, expected: list[str]) -> None:
    assert quotes_of(text)["quote"].tolist() == expected


def test_a_belief_about_someone_named_before_is_no_statement() -> None:
    assert quotes_of("He asked about another man, whom Ali knew to be gay.").empty
    assert quotes_of("Ali knew that the man was gay.")["quote"].tolist() == ["the man was gay"]


def test_a_requests_quoted_words_stay_as_a_partial_quote() -> None:
    text = "The mayor urged residents to stay at home and not to “spread panic” online."
    table = quotes_of(text)
    assert table[["kind", "quote", "speaker", "rule"]].to_numpy().tolist() == [
        ["partial", "spread panic", "mayor", "partial:request"]
    ]
    with_requests = extract_quotes(
        pd.DataFrame({"article_id": ["t"], "text": [text]}), requests=True
    )
    assert with_requests["rule"].tolist() == ["indirect:request"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll rose on Monday, with officials saying that at least 40 people had died.",
            [["at least 40 people had died", "officials"]],
        ),
        (
            "With officials saying the toll could rise, the city prepared.",
            [["the toll could rise", "officials"]],
        ),
        # without the comma "with" belongs to the verb before it: no absolute clause
        ("She spoke with reporters saying the plan was dead.", []),
    ],
)
def test_the_subject_of_an_absolute_clause_speaks(text: str, expected: list[list[str]]) -> None:
    assert quotes_of(text)[["quote", "speaker"]].to_numpy().tolist() == expected


def test_a_pronoun_subject_after_a_time_phrase() -> None:
    text = "Pavel Orlov did not answer. In May he told the broadcaster that no depot exists."
    table = quotes_of(text)
    assert table[["quote", "speaker", "speaker_mention"]].to_numpy().tolist() == [
        ["no depot exists", "Pavel Orlov", "he"]
    ]


def test_the_object_of_a_cue_before_a_quotation_is_not_its_speaker() -> None:
    text = (
        "Ahlborn said she would ask Varnia for access to the region, including the depot, "
        "“as soon as possible.”"
    )
    assert "Varnia" not in quotes_of(text)["speaker"].tolist()


def test_an_aside_attributes_the_clause_before_it() -> None:
    text = "The shelter's address has to stay secret, the volunteers say, to protect the men."
    table = quotes_of(text)
    assert table["quote"].tolist() == ["The shelter's address has to stay secret"]
    assert table["speaker_mention"].tolist() == ["the volunteers"]


def test_an_aside_before_a_quotation_reports_both() -> None:
    text = (
        "The shelter's address has to stay secret, the volunteers say, to protect the men: "
        "“Their families are looking for them.”"
    )
    table = quotes_of(text)
    assert table[["kind", "quote"]].to_numpy().tolist() == [
        ["indirect", "The shelter's address has to stay secret"],
        ["direct", "Their families are looking for them."],
    ]
    # a comma straight before the quotation is no aside
    asked = quotes_of("Asked about the depot, Orlov said, “There is no depot.”")
    assert asked["kind"].tolist() == ["direct"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The camps, which rights advocates say are illegal, were built in 2016.",
            "are illegal",
            "rights advocates",
        ),
        (
            "The port expanded the depots, which advocates say hold two hundred men.",
            "hold two hundred men",
            "advocates",
        ),
    ],
)
def test_a_noun_in_s_before_a_verb_cue_is_its_subject(text: str, quote: str, speaker: str) -> None:
    table = quotes_of(text)
    assert table[["quote", "speaker"]].to_numpy().tolist() == [[quote, speaker]]


def test_a_verb_cue_before_a_plural_noun_stays_a_cue() -> None:
    table = quotes_of("Orlov says reports of the raids are false.")
    assert table[["quote", "speaker", "cue"]].to_numpy().tolist() == [
        ["reports of the raids are false", "Orlov", "says"]
    ]


def test_a_relative_clause_statement_ends_at_its_comma_and_names_its_antecedent() -> None:
    table = quotes_of("Pavel Orlov, who said he was beaten, left the country in May.")
    assert table["quote"].tolist() == ["he was beaten"]
    assert table["speaker"].tolist() == ["Pavel Orlov"]
    # the mention at the cue is still the relative pronoun, with its offsets
    assert table["speaker_mention"].tolist() == ["who"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject came first: two words after the cue are a verb phrase, not an object
        (
            "He was held in one of the camps that its governor says doesn’t exist:",
            ["doesn’t exist"],
        ),
        (
            "He was held in one of the camps that its governor says doesn't exist.",
            ["doesn't exist"],
        ),
        # set off by commas, the relative clause ends at its comma
        ("The camps, which he said were closed in May, reopened.", ["were closed in May"]),
        ("The accusations, which he denied angrily, were old.", []),
        # reports that "emerged" or "surfaced" state their clause; nothing else emerges
        ("Claims emerged in April that men were held in a depot.", ["men were held in a depot"]),
        ("Details emerged on Monday about the raids.", []),
        ("Tensions surfaced when the council met.", []),
        # a source named in the same sentence is the one cited
        (
            "Reports have surfaced that the raids resumed, according to the Harbour Trust.",
            ["Reports have surfaced that the raids resumed"],
        ),
        # a document noun with a participial cue reports, also inside another's statement
        ("He read the letters saying that his brother was alive.", ["his brother was alive"]),
        (
            "Kardin called the reports suggesting that 40 men were held an “attack”.",
            [
                "the reports suggesting that 40 men were held an “attack”",
                "40 men were held an “attack”",
            ],
        ),
        # a plural head before its modifier agrees with a plural cue
        (
            "Testimonies gathered by the group indicate that the men were held for weeks.",
            ["the men were held for weeks"],
        ),
        # a bare object stays no statement, a subject pronoun opens a clause
        ("He denied the accusations.", []),
        ("Orlov told her nothing.", []),
        ("Orlov said they lied.", ["they lied"]),
        ("Regional prosecutors have said they wil", ["they wil"]),  # a text cut mid-word
    ],
)
def test_short_and_relative_clause_statements(text: str, expected: list[str]) -> None:
    assert quotes_of(text)["quote"].tolist() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to Ada Lind, a spokeswoman for the port, the harbour is sinking.",
            ["the harbour is sinking", "Ada Lind"],
        ),
        (
            "According to Ada Lind, director of the Harbour Institute, the harbour is sinking.",
            ["the harbour is sinking", "Ada Lind"],
        ),
        # no role, a finite verb: the words after the comma are the content
        (
            "According to Ada Lind, the harbour is sinking, and the city is worried.",
            ["the harbour is sinking, and the city is worried", "Ada Lind"],
        ),
        # "and" inside an organisation's name, and a lower-case role before the name
        (
            (
                "According to the head of the Institute of Coastal and Marine Studies, "
                "oceanographer Ada Lind, the harbour is sinking."
            ),
            ["the harbour is sinking", "Ada Lind"],
        ),
        # the sentence's full stop is not part of the name
        (
            "The harbour is sinking, said the institute's head, Ada Lind.",
            ["The harbour is sinking", "Ada Lind"],
        ),
    ],
)
def test_according_to_skips_the_speakers_apposition(text: str, expected: list[str]) -> None:
    table = quotes_of(text)
    assert table[["quote", "speaker"]].to_numpy().tolist() == [expected]


def test_second_verb_keeps_the_speaker() -> None:
    text = (
        "Ruslan Temirov denies the existence of the camps, but says 'if there are any, close them'"
    )
    table = quotes_of(text)
    assert table["speaker"].tolist() == ["Ruslan Temirov", "Ruslan Temirov"]
    assert table.loc[0, "quote"] == "the existence of the camps"


def test_expressed_hope_and_concern_report_a_statement() -> None:
    table = quotes_of("The minister expressed concern that the reports were exaggerated.")
    assert table[["quote", "cue"]].to_numpy().tolist() == [
        ["the reports were exaggerated", "expressed concern"]
    ]
    assert quotes_of("The minister expressed concern about the reports.").empty
    after = quotes_of("“It is not over,” Varga said, voicing hope that the men come home.")
    assert after["quote"].tolist()[-1] == "the men come home"
    assert after["speaker"].tolist() == ["Varga", "Varga"]


def test_a_participle_after_a_statement_adds_a_second_statement() -> None:
    text = (
        "Mayor Ilse Varga said the town “had no such camps,” adding that “if there were "
        "any, nobody told me.”"
    )
    table = quotes_of(text)
    assert table["quote"].tolist() == [
        "the town “had no such camps",
        "if there were any, nobody told me.",
    ]
    assert table["speaker"].tolist() == ["Ilse Varga", "Ilse Varga"]
    assert table["cue"].tolist() == ["said", "adding"]
    # a participle that names no statement ("calling …", "citing …") does not split
    named = quotes_of("Ilse Varga denied the reports, calling them “a provocation.”")
    assert len(named) == 1


@pytest.mark.parametrize(
    ("text", "speaker", "rule"),
    [
        ("“We will not be silent about the camps.” ― Lena Berg", "Lena Berg", "direct:dash"),
        (
            "“The plan will fail,” Lena Berg said, adding that nobody had been consulted.",
            "Lena Berg",
            "direct:after",
        ),
    ],
)
def test_signatures_and_participles(text: str, speaker: str, rule: str) -> None:
    table = quotes_of(text)
    assert table.loc[0, "speaker"] == speaker
    assert table.loc[0, "rule"] == rule
    assert (table["speaker"] == speaker).all()


def test_headline_colon_gives_the_speaker() -> None:
    text = "Varga: The camps were closed months before the inspection\nThe report was published."
    table = quotes_of(text)
    assert table[["speaker", "cue"]].to_numpy().tolist() == [["Varga", ":"]]


def test_a_paragraph_signed_on_the_next_line_is_the_signers_quote() -> None:
    text = (
        "Report on the detentions\n\n"
        "They took my phone and my passport. I have not seen my brother since.\n\n"
        "− “Anzor,” a survivor now living abroad\n\n"
        "In March the authorities began a new wave of detentions."
    )
    table = quotes_of(text)
    assert table[["kind", "speaker", "rule"]].to_numpy().tolist() == [
        ["direct", "Anzor", "direct:epigraph"]
    ]
    assert table.loc[0, "quote"].startswith("They took my phone")
    # an ordinary paragraph after a body paragraph signs nothing
    assert quotes_of("The men were held for weeks in a former depot.\n\nThe court met.").empty


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [
        ("— A message from an activist on a social network", "activist on a social network"),
        ("— a survivor from the island", "survivor from the island"),
        ("— Ada Lind", "Ada Lind"),
    ],
)
def test_a_pull_quote_signed_on_the_next_line_takes_the_signer(
    signature: str, speaker: str
) -> None:
    text = (
        "The news sparked fears.\n\n“Run away from the island as soon as possible”\n\n"
        f"{signature}\n\nThe Daily Lantern reported that groups were worried."
    )
    table = quotes_of(text)
    assert table[["quote", "speaker", "rule"]].to_numpy().tolist()[0] == [
        "Run away from the island as soon as possible",
        speaker,
        "direct:signed",
    ]


def test_an_answer_after_a_reporters_question_belongs_to_the_one_asked() -> None:
    text = (
        "At the briefing, spokeswoman Ilse Varga admitted she had not read the report:\n\n"
        "“Will the government respond to the report?” asked Pavel Orlov of the Daily Post.\n\n"
        "“Look, we will study it when it reaches us.”"
    )
    table = quotes_of(text)
    assert table["speaker"].tolist() == ["Ilse Varga", "Pavel Orlov", "Ilse Varga"]
    # a statement that ends in a colon is still a statement when it is a clause of its own
    assert table.loc[0, "quote"] == "she had not read the report"
    assert table.loc[2, "rule"] == "direct:answer"
    # a speaker who asks and answers in one paragraph keeps the answer
    own = quotes_of("“Who reads these reports?” Orlov asked. “Nobody does.”")
    assert own["speaker"].tolist() == ["Orlov", "Orlov"]


def test_an_unmarked_line_after_a_lead_in_is_the_lead_speakers_quote() -> None:
    text = (
        "Igor Orlov, a lawyer for the network, says the doubts are gone.\n\n"
        "He comments:\n"
        "People often ask us whether it makes sense to appeal to the institutions at all.\n\n"
        "The network was founded in 2006."
    )
    table = quotes_of(text)
    assert table[["speaker", "rule"]].to_numpy().tolist() == [
        ["Igor Orlov", "indirect:svc"],
        ["Igor Orlov", "direct:block"],
    ]
    # what the block reports ("people ask us …") is part of it, not a quote of "People"
    assert table.loc[1, "quote"].startswith("People often ask us")


def test_interview_answers_belong_to_the_interviewee() -> None:
    text = (
        "The lawyer Orla Bennick has represented detainees for a decade.\n\n"
        "Daily Post: Why does the capital protect the governor?\n\n"
        "Bennick: Because he delivers. He delivers votes and quiet.\n\n"
        "Daily Post: What would help?\n\n"
        "Bennick: Money and visas."
    )
    table = quotes_of(text)
    # a short answer whose first sentence has few words is still the whole paragraph
    assert table["quote"].tolist() == ["Because he delivers. He delivers votes and quiet"]
    assert table["speaker"].tolist() == ["Orla Bennick"]
    assert table["kind"].tolist() == ["direct"]


def test_title_case_navigation_lines_give_no_reported_speech() -> None:
    text = (
        "The council met on Monday to discuss the shelters.\n"
        "Regional Chief Says Elections Will Be Held In Spring\n"
        "Ministry Announces New Rules For Drivers"
    )
    assert quotes_of(text).empty


def test_role_descriptions_resolve_to_the_named_holder() -> None:
    text = (
        "A spokesman for regional governor Ilyas Tamrov called the story a lie.\n\n"
        "The governor himself has said that the region lives by its traditions."
    )
    table = quotes_of(text)
    assert table.loc[table["cue"] == "said", "speaker"].tolist() == ["Ilyas Tamrov"]
    # a lead's description names its holder a paragraph later; "leader" covers a president
    later = (
        "The province's strongman leader said that no one had been detained.\n\n"
        "Provincial President Pavel Orlov has faced criticism since the spring."
    )
    assert quotes_of(later)["speaker"].tolist() == ["Pavel Orlov"]
    # a description with a post-modifier, and a role written before a name with a comma
    head = "Governor Ilyas Tamrov spoke.\n\nThe head of the region said the reports were false."
    assert quotes_of(head)["speaker"].tolist() == ["Ilyas Tamrov"]
    lawyer = "His lawyer, Pavel Drozd, filed a complaint.\n\nOsokin’s lawyer said it was false."
    assert quotes_of(lawyer)["speaker"].tolist() == ["Pavel Drozd"]


@pytest.mark.parametrize(
    "opening", ["When the reporter asks", "The moment the reporter asks", "After the reporter asks"]
)
def test_a_participle_after_a_subordinate_clause_has_the_main_clause_subject(
    opening: str,
) -> None:
    text = (
        f"{opening} Governor Ilyas Tamrov about the depot, Tamrov dismisses the claims as "
        "nonsense, while stating that no one was held."
    )
    table = quotes_of(text)
    assert table[["quote", "speaker"]].to_numpy().tolist() == [["no one was held", "Ilyas Tamrov"]]


@pytest.mark.parametrize(
    "text",
    [
        "Orlov said categorically that the depot was closed.",
        "Orlov said only that the depot was closed.",
    ],
)
def test_an_adverb_before_that_is_not_part_of_the_statement(text: str) -> None:
    assert quotes_of(text)["quote"].tolist() == ["the depot was closed"]


def test_a_page_cut_off_inside_a_short_quotation_keeps_it_for_the_previous_speaker() -> None:
    text = (
        "Pavel Orlov of the Harbour Network said the depot was closed.\n\n“World leaders, including"
    )
    table = quotes_of(text)
    assert table[["quote", "speaker", "rule"]].to_numpy().tolist()[-1] == [
        "World leaders, including",
        "Pavel Orlov",
        "direct:continuation",
    ]
    # three words in marks that the text goes on after are a scare quote
    assert quotes_of("Orlov saw “world leaders, including” nobody.\n\nThen he left.").empty


@pytest.mark.parametrize("verb", ["gushed", "bragged", "confided", "marvelled", "sneered"])
def test_expressive_verbs_of_speech_report(verb: str) -> None:
    table = quotes_of(f"Orlov {verb} that the harbour had never been busier.")
    assert table[["quote", "speaker"]].to_numpy().tolist() == [
        ["the harbour had never been busier", "Orlov"]
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Orlov met a fisherman who said the boats were gone.", "fisherman"),
        ("Tamrov never paid an architect who said the depot was unsafe.", "architect"),
        # set off by a comma, the relative clause still names the subject before it
        (
            "Residents of the town, who said the depot was closed, protested.",
            "Residents of the town",
        ),
    ],
)
def test_a_restrictive_who_names_the_noun_phrase_before_it(text: str, speaker: str) -> None:
    assert quotes_of(text)["speaker"].tolist() == [speaker]


def test_a_holiday_is_not_a_person_and_state_before_a_title_is_no_cue() -> None:
    text = 'Pavel Orlov spoke on Labor Day in Tarvel.\n\n"The harbour is watching," he said.'
    assert quotes_of(text)["speaker"].tolist() == ["Pavel Orlov"]
    assert quotes_of("Orlov's niece, state senator Marina Drovic, waved to the crowd.").empty
    assert quotes_of("State officials state that the depot is closed.")["quote"].tolist() == [
        "the depot is closed"
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a lower-case role before the apposed name
        ('"It is big!" Orlov\'s niece, state senator Marina Drovic, shouted.', "Marina Drovic"),
        ("Orlov's niece, rights lawyer Marina Drovic, said the port was closed.", "Marina Drovic"),
        # a party and district in brackets after the name
        ("The senator, Marina Drovic (D-Tarvel), said the port was closed.", "Marina Drovic"),
        # a list is no role: the subject speaks
        (
            "As many tax experts, including Mr. Goldberg, have pointed out, the port is free.",
            "many tax experts",
        ),
    ],
)
def test_an_apposed_name_behind_a_role_or_before_brackets_speaks(text: str, speaker: str) -> None:
    assert quotes_of(text)["speaker"].tolist() == [speaker]


def test_a_nickname_in_quotation_marks_stays_inside_the_name() -> None:
    text = (
        'Rep. Robert C. "Bobby" Orlov opened his yard on Monday.\n\n'
        '"It is a big year," he said. Later Orlov said the port was closed.'
    )
    assert set(quotes_of(text)["speaker"]) == {"Robert C. Orlov"}


def test_its_role_belongs_to_the_organisation_named_last() -> None:
    text = (
        "President Oskar Velt of Kardovia met the delegation on Monday. The Marovian Fishers "
        "Union was not invited. Its president said the meeting was a farce."
    )
    assert quotes_of(text)["speaker"].tolist() == ["president of Marovian Fishers Union"]
    # another capitalised name between them leaves "its" unresolved
    other = "The Harbour Network met Orlov in Tarvel. Its director said men were held."
    assert quotes_of(other)["speaker"].tolist() == ["Its director"]
    # a holder named after the organisation is its president
    named = (
        "The Marovian Fishers Union met on Monday. Lena Drovic, its president, was there. "
        "Its president said the meeting was a farce."
    )
    assert quotes_of(named)["speaker"].tolist() == ["Lena Drovic"]


def test_sources_named_in_the_text_become_persons() -> None:
    text = (
        "Another detainee, a student we are calling Emil, said guards beat him.\n\n"
        "“They used the electric wire on me,” he said."
    )
    table = quotes_of(text)
    assert table["speaker"].tolist() == ["Emil", "Emil"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new paragraph about another person takes the pronoun from the last speaker
        (
            (
                "“We are full,” said Sami Valen, director of the shelter.\n\n"
                "One of the men we moved, Tomas (his name has been changed), was held for a "
                "week. He agreed to let us publish part of his story:\n\n"
                "“They beat us every night.”"
            ),
            [("direct", "Sami Valen"), ("direct", "Tomas")],
        ),
        # a single name established later is a person at its earlier mentions too
        (
            (
                "The first thing Oren noticed was the smell. He says the cell was dark.\n\n"
                "Oren, who is 31, was held for ten days."
            ),
            [("indirect", "Oren")],
        ),
        # negative: in the speaker's own paragraph, the pronoun stays with the speaker
        (
            (
                "“We will appeal,” said Vera Lanskaya, who met Tomas Brandt on Monday. "
                "She said the court had ignored the evidence."
            ),
            [("direct", "Vera Lanskaya"), ("indirect", "Vera Lanskaya")],
        ),
        # "the group" is the organisation named last; a relaying medium is never it
        (
            (
                "The Meridian Shelter Network told the Valley Times it had moved 12 people.\n\n"
                "The group said it needed more money."
            ),
            [("indirect", "Meridian Shelter Network"), ("indirect", "Meridian Shelter Network")],
        ),
        # negative: a named organisation keeps its own name
        (
            (
                "The Meridian Shelter Network said it had moved 12 people. "
                "The Harbour Aid Network said it had moved none."
            ),
            [("indirect", "Meridian Shelter Network"), ("indirect", "Harbour Aid Network")],
        ),
        # a cue-less quotation after a paragraph about another named person is theirs
        (
            (
                "Oren, 29, was held for ten days.\n\n"
                "“That is an instruction,” said Hanna Vell, a researcher.\n\n"
                "Oren was released after his employer paid a fee. He left the same week.\n\n"
                "“My mother called me once.”"
            ),
            [("direct", "Hanna Vell"), ("direct", "Oren")],
        ),
        # negative: a paragraph that goes on about the speaker keeps the speaker
        (
            (
                "Oren, 29, was held for ten days.\n\n"
                "“That is an instruction,” said Hanna Vell, a researcher.\n\n"
                "Vell has studied the region for years.\n\n"
                "“Nobody listens.”"
            ),
            [("direct", "Hanna Vell"), ("direct", "Hanna Vell")],
        ),
        # a news medium is not a person for "he"
        (
            (
                "Rafe Okoro left the region after a week, the Eastern Press reported.\n\n"
                "He said the arrests had doubled."
            ),
            [("indirect", "Eastern Press"), ("indirect", "Rafe Okoro")],
        ),
        (
            (
                "Rafe Okoro left the region after a week, the Valley Ledger reported.\n\n"
                "He said the arrests had doubled."
            ),
            [("indirect", "Valley Ledger"), ("indirect", "Rafe Okoro")],
        ),
        # nor is a body named "… Mechanism" or "… Forum"
        (
            (
                "Ivo Marek spoke first. The Harbour Mechanism was adopted in 1991, according "
                "to the Valley Forum. He said the vote was a mistake."
            ),
            [("indirect", "Valley Forum"), ("indirect", "Ivo Marek")],
        ),
    ],
)
def test_pronoun_and_description_resolution(text: str, expected: list[tuple[str, str]]) -> None:
    table = quotes_of(text)
    assert list(zip(table["kind"], table["speaker"], strict=True)) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Timur Vask, 31, told a press conference that he was beaten.", "Timur Vask"),
        ("“I am a name,” Timur Vask said on Tuesday.", "Timur Vask"),
        # someone introduced with a title or a role is someone else
        ("Police spokesman John Smith said the complaint was examined.", "man"),
        ("John Smith, a police spokesman, said the complaint was examined.", "man"),
    ],
)
def test_a_leads_a_man_who_is_the_person_named_next(second: str, expected: str) -> None:
    text = f"A man who says he was held for 12 days has filed a complaint.\n\n{second}"
    assert quotes_of(text)["speaker"].tolist()[0] == expected


def test_negated_cues_report_nothing() -> None:
    assert quotes_of("Checks by the ministry have not confirmed the reports of arrests.").empty


def test_partial_fragments_option_follows_the_seed_convention() -> None:
    text = "Varga said the raids were “a provocation” and that “nobody was detained.”"
    statement = quotes_of(text)
    assert statement["kind"].tolist() == ["partial"]
    frame = pd.DataFrame({"article_id": ["t"], "text": [text]})
    fragments = extract_quotes(frame, partial="fragments")
    assert fragments["kind"].tolist() == ["indirect", "partial", "partial"]
    assert fragments["quote"].tolist()[1:] == ["a provocation", "nobody was detained."]
    assert (fragments["speaker"] == "Varga").all()
    with pytest.raises(ValueError, match="partial"):
        extract_quotes(frame, partial="both")


# --------------------------------------------------------------------------- non-quotes


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “gay propaganda” law was passed in 2013.",  # scare quotes
        "“Unchained” is a new film about the crackdown in the republic.",  # a title
        "Ahmed “The Hawk” Bashir arrived in the city on Monday.",  # a nickname
        "The camp was closed in May after the visit.",  # no marks, no cue
        "Officials have continued their crackdown on the community.",  # 'continued' is no cue
        "The report’s claims were denied by nobody at all.",  # a noun, not a cue
    ],
)
def test_non_quotes(text: str) -> None:
    assert quotes_of(text).empty


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Two Men Died in Custody in Varnia, Activist Says\n\nTwo men died in May.",
            "Two Men Died in Custody in Varnia",
            "Activist",
        ),
        (
            "Orlov Says the Museum Will Tell of Suffering\n\nThe museum opened.",
            "the Museum Will Tell of Suffering",
            "Orlov",
        ),
    ],
)
def test_title_case_headline_attributions(text: str, quote: str, speaker: str) -> None:
    table = quotes_of(text)
    assert table[["quote", "speaker", "rule"]].to_numpy().tolist() == [
        [quote, speaker, "headline:says"]
    ]


def test_a_title_case_line_inside_the_article_attributes_nothing() -> None:
    text = "The men were freed.\n\nRelated\n\nIntelligence Chief Says Threat Is Rising\n\nEnd."
    assert quotes_of(text).empty


def test_headline_fragment_is_not_a_quote() -> None:
    text = "‘Out of reach’: Fears grow over missing men\nPolice arrested six men on Monday."
    assert quotes_of(text).empty


def test_caption_does_not_donate_a_speaker() -> None:
    text = (
        "Maria Lopez speaks at a rally in Oslo. (Photo: Jan Berg / Reuters)\n"
        "By Anna Holm\n"
        "“We will not be silent any longer,” she said."
    )
    table = quotes_of(text)
    assert len(table) == 1
    assert table.loc[0, "speaker"] != "Maria Lopez"
    assert table.loc[0, "speaker_kind"] == "unknown"


def test_teaser_takes_its_speaker_from_its_own_headline() -> None:
    text = (
        "“The hotline is busy every night,” said Lena Berg.\n\n"
        "The council will meet again in June to discuss the shelters.\n\n"
        "Minister denies arrests in the region\n"
        "“Nothing of the kind has happened here.”"
    )
    table = quotes_of(text)
    teaser = table[table["section"] == "teaser"]
    assert "Nothing of the kind has happened here." in teaser["quote"].tolist()
    assert (teaser["speaker"] == "Minister").all()
    body = table[table["section"] == "body"]
    assert body["speaker"].tolist() == ["Lena Berg"]


def test_canonical_speaker_names_across_the_corpus() -> None:
    frame = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "text": [
                "“The lists are fake,” said Timur Zakirov.",
                "“The lists are fake,” said Timur Zakirov.",
                "“Nobody was detained,” said Timor Zakirov.",
            ],
        }
    )
    assert set(extract_quotes(frame)["speaker"]) == {"Timur Zakirov"}


# --------------------------------------------------------------------------- other languages


def test_non_english_quotes_found_by_marks_without_english_rules() -> None:
    # Polish has no cue list: the quotation is found by its marks, the speaker stays unknown
    text = "„Nie wrócimy do tego kraju”, powiedział rzecznik grupy w poniedziałek."
    table = quotes_of(text, language="pl")
    assert table["quote"].tolist() == ["Nie wrócimy do tego kraju"]
    assert table["speaker_kind"].tolist() == ["unknown"]
    assert table["rule"].tolist() == ["direct:marks_only"]
    # English cue words in another language are never read as cues
    assert quotes_of("Die Gruppe said nichts über den Plan der Regierung.", language="de").empty


@pytest.mark.parametrize(
    ("language", "text", "quote", "speaker", "cue"),
    [
        (
            "de",
            "„Ich bin ein Name und kein Gerücht“, sagte Timo Brandt vor Journalisten.",
            "Ich bin ein Name und kein Gerücht",
            "Timo Brandt",
            "sagte",
        ),
        (
            "ru",
            "«Никаких задержаний у нас не было», — заявил пресс-секретарь Олег Варнов.",
            "Никаких задержаний у нас не было",
            "Олег Варнов",
            "заявил",
        ),
        (
            "fr",
            "« Nous ne partirons pas avant la fin de l'enquête », a déclaré Marc Lenoir.",
            "Nous ne partirons pas avant la fin de l'enquête",
            "Marc Lenoir",
            "déclaré",
        ),
        (
            "fr",
            "Selon Marc Lenoir, « la situation est très grave pour les hommes ».",
            "la situation est très grave pour les hommes",
            "Marc Lenoir",
            "Selon",
        ),
        (
            "es",
            "Morosh respondió que Kardavia «no necesita inspectores que le digan cómo vivir».",
            "no necesita inspectores que le digan cómo vivir",
            "Morosh",
            "respondió",
        ),
    ],
)
def test_configured_languages_attribute_names_next_to_their_cues(
    language: str, text: str, quote: str, speaker: str, cue: str
) -> None:
    table = quotes_of(text, language=language)
    assert table[["quote", "speaker", "cue"]].to_numpy().tolist() == [[quote, speaker, cue]]


def test_guillemets() -> None:
    text = "« Nous ne partirons pas avant la fin de l'enquête », explique le porte-parole."
    table = quotes_of(text, language="fr")
    assert table["quote"].tolist() == ["Nous ne partirons pas avant la fin de l'enquête"]


# --------------------------------------------------------------------------- audit view


def test_explain_quotes_marks_quotes_and_speakers() -> None:
    out = explain_quotes('"It is over," said Jane Doe.')
    assert "[[Q0 It is over,]]" in out
    assert "{{S0 Jane Doe}}" in out
    assert "rule=direct:inverted" in out
    row = {"article_id": "x", "text": '"It is over," said Jane Doe.'}
    assert "[[Q0" in explain_quotes(row)


# --------------------------------------------------------------------------- properties


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab XY.,:;\n\"'“”‘’«»„-—()said told according to He she")),
        max_size=300,
    )
)
def test_arbitrary_text_never_raises_and_spans_round_trip(text: str) -> None:
    table = quotes_of(text)
    for row in table.itertuples(index=False):
        assert 0 <= row.start <= row.end <= len(text)
        assert text[row.start : row.end] == row.quote
        if row.speaker_start == row.speaker_start:
            assert 0 <= row.speaker_start <= row.speaker_end <= len(text)
            assert text[int(row.speaker_start) : int(row.speaker_end)] == row.speaker_mention


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_never_raises(text: str) -> None:
    table = quotes_of(text)
    assert all(
        text[a:b] == q for a, b, q in zip(table["start"], table["end"], table["quote"], strict=True)
    )


# --------------------------------------------------------------------------- accuracy floors

POLNEAR = SHARED_DIR / "bench" / "quotes" / "polnear_dev.jsonl"
SEED = SHARED_DIR / "bench" / "seed" / "seed_gold.json"
needs_shared = pytest.mark.skipif(
    not (POLNEAR.exists() and SEED.exists()), reason="../shared gold sets absent"
)


def _predictions(records: list[dict[str, object]]) -> dict[str, list[dict[str, object]]]:
    frame = pd.DataFrame(
        {"article_id": [r["id"] for r in records], "text": [r["text"] for r in records]}
    )
    pred: dict[str, list[dict[str, object]]] = {}
    for row in extract_quotes(frame).to_dict("records"):
        q: dict[str, object] = {
            "start": int(row["start"]),
            "end": int(row["end"]),
            "speaker": row["speaker"] or None,
            "kind": row["kind"],
        }
        if row["speaker_start"] == row["speaker_start"]:
            q["speaker_start"] = int(row["speaker_start"])
            q["speaker_end"] = int(row["speaker_end"])
        pred.setdefault(str(row["article_id"]), []).append(q)
    return pred


@pytest.fixture(scope="module")
def polnear_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    lines = POLNEAR.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    pred = _predictions(records)
    path = tmp_path_factory.mktemp("polnear") / "pred.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({"id": r["id"], "quotes": pred.get(str(r["id"]), [])}) + "\n")
    scorer = POLNEAR.parent / "score.py"
    out = {}
    for kinds in ("direct", "direct,mixed", "all"):
        res = subprocess.run(
            [
                sys.executable,
                str(scorer),
                str(POLNEAR),
                str(path),
                f"--kinds={kinds}",
                "--bootstrap=0",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        last = res.stdout.strip().splitlines()[-1]
        out[kinds] = {k: float(v) for k, v in (kv.split("=") for kv in last.split()[2:])}
    return out


@pytest.mark.shared
@needs_shared
def test_polnear_dev_direct_floor(polnear_scores: dict[str, dict[str, float]]) -> None:
    direct = polnear_scores["direct"]
    assert direct["overlapF1"] >= 0.93
    assert direct["speakerAcc"] >= 0.95
    assert direct["e2eF1"] >= 0.90


@pytest.mark.shared
@needs_shared
def test_polnear_dev_mixed_and_all_floors(polnear_scores: dict[str, dict[str, float]]) -> None:
    assert polnear_scores["direct,mixed"]["overlapF1"] >= 0.88
    assert polnear_scores["all"]["overlapF1"] >= 0.70


@pytest.mark.shared
@needs_shared
def test_seed_floor() -> None:
    spec = importlib.util.spec_from_file_location("seed_score", SEED.parent / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    record = json.loads(Path(SEED).read_text(encoding="utf-8"))
    pred = _predictions([record])
    gold = {record["id"]: record["quotes"]}
    every = module.score(gold, pred, None)
    assert every["F1"] >= 0.93
    assert every["speaker_acc"] >= 0.98
    direct = module.score(gold, pred, {"direct", "partial"})
    assert direct["F1"] >= 0.95
    assert direct["speaker_acc"] >= 0.95


@pytest.mark.skipif(not (SAMPLE_DIR / "gold.jsonl").exists(), reason="no sample gold")
def test_sample_corpus_floor() -> None:
    """The project's own (fictional) gold for data/sample, scored with evaluate_quotes."""
    articles = pd.read_json(SAMPLE_DIR / "articles.jsonl", lines=True, dtype=False)
    gold = load_quote_table(SAMPLE_DIR / "gold.jsonl")
    scores = evaluate_quotes(gold, extract_quotes(articles)).scores.set_index("scope")
    assert scores.loc["all", "f1"] >= 0.76
    assert scores.loc["all", "speaker_accuracy"] >= 0.93
    assert scores.loc["direct", "recall"] >= 0.95


CHECHNYA_GOLD = (
    Path(__file__).resolve().parent.parent / "data" / "gold" / "chechnya_dev_quotes.jsonl"
)
CORPUS = SHARED_DIR / "corpus" / "chechnya_dev.jsonl"


@pytest.mark.shared
@pytest.mark.skipif(
    not (CHECHNYA_GOLD.exists() and CORPUS.exists() and SEED.exists()),
    reason="real Chechnya gold or the shared corpus absent",
)
def test_real_chechnya_gold_floor() -> None:
    """Offset-only gold for real coverage, texts read from ../shared, scored as the seed."""
    spec = importlib.util.spec_from_file_location("seed_score", SEED.parent / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    texts = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    lines = CHECHNYA_GOLD.read_text(encoding="utf-8").splitlines()
    gold_records = [json.loads(line) for line in lines if line.strip()]
    records = [{"id": r["id"], "text": texts[r["id"]]} for r in gold_records]
    pred = _predictions(records)
    gold = {r["id"]: r["quotes"] for r in gold_records}
    ignore = {r["id"]: r.get("ignore", []) for r in gold_records}
    every = module.score(gold, pred, None, ignore)
    assert every["F1"] >= 0.84
    assert every["speaker_acc"] >= 0.89
    direct = module.score(gold, pred, {"direct", "partial"}, ignore)
    assert direct["F1"] >= 0.94
    assert direct["speaker_acc"] >= 0.87
