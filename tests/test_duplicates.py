import numpy as np
import pandas as pd
import pytest

from analysis.duplicates import (
    DUPLICATE_COLUMNS,
    detect_wire,
    drop_reprints,
    find_duplicates,
    normalise_headline,
)

# A fictional wire story and fictional unrelated stories, written for these tests.
WIRE_BODY = [
    (
        "The Norvale city council approved the long-delayed Kestrel River bridge on Tuesday, "
        "ending a dispute that had divided the town for almost a decade."
    ),
    (
        "Mayor Ada Quill told reporters that construction would begin in the spring and that the "
        "bridge should carry its first traffic before the end of next year."
    ),
    (
        '"This is a good day for everyone who has waited in traffic on the old ferry road," Quill '
        "said after the vote, which passed by seven votes to two."
    ),
    (
        "Opponents argued that the project was too expensive and that the money should have gone "
        "to schools and the regional hospital instead."
    ),
    (
        "Councillor Bram Oduya, who voted against the plan, said he would ask the regional auditor "
        "to review the contracts before any work starts on the river bank."
    ),
    (
        "The bridge is expected to cost about 40 million crowns, most of it paid by the regional "
        "government in Kestria and a smaller share by the town itself."
    ),
    (
        "Engineers from the firm that designed it said the structure would be built to withstand "
        "the spring floods that closed the ferry for three weeks last year."
    ),
]

UNRELATED_A = (
    "Farmers in the Varda valley say the dry summer has cut their wheat harvest by a third, "
    "and many fear they will not be able to repay the loans they took for new machinery. "
    "The agriculture ministry has promised an emergency fund but has not said when it will "
    "open or how much each farm can expect to receive. Local cooperatives are now organising "
    "shared storage so that smaller growers can wait for better prices in the winter months."
)
UNRELATED_B = (
    "The Norvale museum reopened its east wing on Saturday after a two-year renovation that "
    "uncovered painted ceilings hidden under layers of plaster since the last century. "
    "Curators said visitors would be able to see the restored rooms for free during the first "
    "month, and that a new gallery of river maps will open in the autumn. The renovation was "
    "paid for by a private foundation and a lottery grant, the museum director said."
)
FIRE = [
    (
        "A fire destroyed a timber warehouse on the Norvale docks early on Sunday morning, and "
        "smoke could be seen from the far side of the Kestrel River for several hours."
    ),
    (
        "Fire crews from three towns worked through the night to stop the flames from reaching a "
        "fuel depot next to the warehouse, the regional fire service said."
    ),
    (
        "Nobody was hurt, but around forty families living nearby were told to keep their windows "
        "closed and a primary school will stay shut on Monday as a precaution."
    ),
    (
        "The owner of the warehouse, a family firm that has traded timber in the port for sixty "
        "years, said it was too early to say what had caused the blaze."
    ),
]

# Same topic as the wire story, written independently: must not be clustered with it.
SAME_TOPIC = (
    "Residents of Norvale remain divided about the Kestrel River bridge that the council "
    "approved this week. Shop owners near the old ferry road hope the crossing will bring "
    "more customers, while families on the east bank worry about noise and heavy lorries. "
    "Several people interviewed on Wednesday said they had not been consulted about the "
    "route, and a petition asking for a public hearing has collected a few hundred names."
)


def table(rows):
    return pd.DataFrame(rows, columns=["article_id", "outlet", "title", "published", "text"])


@pytest.fixture(scope="module")
def articles():
    syndicated_a = "NORVALE (AP) — " + "\n\n".join(WIRE_BODY)
    # a second outlet: other headline, other dateline, last paragraph cut
    syndicated_b = "NORVALE, Kestria (AP) — " + "\n\n".join(WIRE_BODY[:-1])
    original = "\n\n".join(FIRE)
    update = original + (
        "\n\nUPDATE: Police said on Monday afternoon that they were treating the fire as "
        "suspicious and asked anyone who was on the docks after midnight to come forward."
    )
    return table(
        [
            [
                "river-b",
                "Kestrel Daily (AP)",
                "Town says yes to bridge",
                "2021-03-02",
                syndicated_b,
            ],
            ["river-a", "Norvale Post", "Council approves bridge", "2021-03-01", syndicated_a],
            ["farm", "Valley News", "Harvest down a third", "2021-03-01", UNRELATED_A],
            ["museum", "Norvale Post", "Museum wing reopens", "2021-03-03", UNRELATED_B],
            ["topic", "Kestrel Daily", "Bridge divides residents", "2021-03-04", SAME_TOPIC],
            ["fire-1", "Norvale Post", "Docks fire", "2021-03-01", original],
            ["fire-2", "Norvale Post", "Docks fire: police suspect arson", "2021-03-02", update],
        ]
    )


def test_columns_and_index(articles):
    result = find_duplicates(articles)
    assert tuple(result.columns) == DUPLICATE_COLUMNS
    assert result.index.equals(pd.RangeIndex(len(articles)))
    assert result["article_id"].tolist() == articles["article_id"].tolist()


def test_syndicated_copies_with_other_headline_and_dateline(articles):
    result = find_duplicates(articles).set_index("article_id")
    # the earlier-published copy is the original although it comes second in the input
    assert pd.isna(result.loc["river-a", "duplicate_of"])
    assert result.loc["river-b", "duplicate_of"] == "river-a"
    assert result.loc["river-a", "cluster_id"] == result.loc["river-b", "cluster_id"]
    assert 0.8 < result.loc["river-b", "similarity"] < 1.0
    assert result.loc["river-a", "wire"] == "AP"
    assert result.loc["river-b", "wire"] == "AP"
    assert result.loc["river-a", "reason"] == "original of 1 copy"
    assert result.loc["river-b", "reason"].startswith("near-duplicate of river-a (Jaccard 0.")


def test_update_with_added_paragraph(articles):
    result = find_duplicates(articles).set_index("article_id")
    assert result.loc["fire-2", "duplicate_of"] == "fire-1"
    assert pd.isna(result.loc["fire-1", "duplicate_of"])
    assert result.loc["fire-2", "similarity"] > 0.7


def test_unrelated_and_same_topic_articles_are_not_clustered(articles):
    result = find_duplicates(articles).set_index("article_id")
    for article_id in ["farm", "museum", "topic"]:
        assert pd.isna(result.loc[article_id, "duplicate_of"])
        assert result.loc[article_id, "reason"] == "unique"
        assert pd.isna(result.loc[article_id, "similarity"])
    clusters = result["cluster_id"]
    assert clusters.nunique() == len(result) - 2
    assert len({clusters["farm"], clusters["museum"], clusters["topic"]}) == 3


def test_input_is_not_mutated(articles):
    before = articles.copy()
    find_duplicates(articles)
    pd.testing.assert_frame_equal(articles, before)


def test_headline_variant_lowers_the_bar():
    base = "\n\n".join(WIRE_BODY[:4])
    edited = "\n\n".join([WIRE_BODY[0], WIRE_BODY[2], UNRELATED_A, WIRE_BODY[3]])
    same_headline = table(
        [
            [
                "n1",
                "The Norvale Times",
                "Opinion | Why the Bridge Vote Matters - The Norvale Times",
                "2021-03-01",
                base,
            ],
            ["n2", "Kestrel Daily", "Why the Bridge Vote Matters", "2021-03-02", edited],
        ]
    )
    other_headline = same_headline.assign(
        title=["Why the Bridge Vote Matters", "Something Else Entirely"]
    )
    got = find_duplicates(same_headline)
    similarity = got.loc[1, "similarity"]
    assert 0.3 <= similarity < 0.6
    assert got.loc[1, "duplicate_of"] == "n1"
    assert got.loc[1, "reason"].startswith("same headline as n1")
    assert find_duplicates(other_headline)["duplicate_of"].isna().all()


def test_shared_wire_signature_lowers_the_bar():
    base = "\n\n".join(WIRE_BODY[:4])
    edited = "\n\n".join([WIRE_BODY[0], WIRE_BODY[2], UNRELATED_A, WIRE_BODY[3]])
    wire = table(
        [
            ["w1", "Norvale Post", "A", "2021-03-01", "NORVALE (Reuters) - " + base],
            ["w2", "Kestrel Daily", "B", "2021-03-02", "NORVALE (Reuters) - " + edited],
        ]
    )
    got = find_duplicates(wire)
    assert got.loc[1, "duplicate_of"] == "w1"
    assert got.loc[1, "reason"].startswith("same wire (Reuters) as w1")
    # no wire, no headline: the same texts stay apart
    plain = wire.assign(text=[base, edited])
    assert find_duplicates(plain)["duplicate_of"].isna().all()


def test_undated_articles_are_never_the_original_of_a_dated_one():
    texts = ["\n\n".join(WIRE_BODY)] * 3
    got = find_duplicates(
        table(
            [
                ["x", None, None, None, texts[0]],
                ["y", None, None, "2020-05", texts[1]],
                ["z", None, None, "2020-04-30", texts[2]],
            ]
        )
    )
    assert got["duplicate_of"].tolist()[:2] == ["z", "z"]
    assert pd.isna(got.loc[2, "duplicate_of"])
    assert got["similarity"].tolist()[:2] == [1.0, 1.0]
    assert got.loc[2, "reason"] == "original of 2 copies"


def test_large_group_of_identical_copies_and_short_texts():
    text = "\n\n".join(WIRE_BODY)
    rows = [[f"c{i:03d}", None, None, None, text] for i in range(70)]
    rows += [
        ["tiny-1", None, None, None, "Bridge approved."],
        ["tiny-2", None, None, None, "Bridge approved."],
        ["tiny-3", None, None, None, "Museum reopens."],
        ["empty", None, None, None, ""],
    ]
    got = find_duplicates(table(rows)).set_index("article_id")
    assert (got.loc["c001":"c069", "duplicate_of"] == "c000").all()
    assert got.loc["tiny-2", "duplicate_of"] == "tiny-1"
    assert pd.isna(got.loc["tiny-3", "duplicate_of"])
    assert pd.isna(got.loc["empty", "duplicate_of"])


def test_generated_corpus_finds_planted_copies_across_chunks():
    rng = np.random.default_rng(7)
    vocabulary = np.array([f"w{i}" for i in range(5000)])
    n = 2600
    texts = [" ".join(rng.choice(vocabulary, size=200)) for _ in range(n)]
    planted = {}
    for copy, source in zip(
        range(2400, 2600), rng.choice(2400, size=200, replace=False), strict=True
    ):
        words = texts[source].split()
        cut = int(rng.integers(0, 10))  # drop a few words at the end, change one word
        words = words[: len(words) - cut]
        words[int(rng.integers(0, len(words)))] = "changed"
        texts[copy] = " ".join(words)
        planted[f"a{copy}"] = f"a{source}"
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "text": texts})
    got = find_duplicates(arts).set_index("article_id")
    found = got["duplicate_of"].dropna().to_dict()
    assert found == planted


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        ("NORVALE (AP) — The council voted.", None, "AP"),
        ("The Associated Press\n\nNORVALE -- The council voted.", None, "AP"),
        ("NORVALE, March 3 (Reuters) - The council voted.", None, "Reuters"),
        ("The council voted.\n\n(Reporting by Ada Quill; Editing by Bram Oduya)", None, None),
        ("NORVALE, Kestria, Sept 14 (Kestrel Wire) - The council voted.", None, "Kestrel Wire"),
        (
            "Home\nBy staff\n\nNORVALE, Sept 14 (Kestrel Wire) -- The council voted.",
            None,
            "Kestrel Wire",
        ),
        ("NORVALE, May 2 (Associated Press) — The council voted.", None, "AP"),
        (
            "A bridge in Norvale. (Photo: Ada Quill / Kestrel Wire)\n\nThe council voted.",
            None,
            None,
        ),
        ("NORVALE (AFP) - The council voted.", None, "AFP"),
        ("The council voted on Tuesday. — AFP", None, "AFP"),
        ("NORVALE, 3 марта. /TASS/. The council voted.", None, "TASS"),
        ("НОРВЕЙЛ, 3 марта – РИА Новости. Совет проголосовал.", None, "RIA Novosti"),
        ("NORVALE (EFE) — El consejo votó.", None, "EFE"),
        ("The council voted.", "Kestrel Daily (AP)", "AP"),
        ("The council voted.", "Kestrel Daily (reprint of Norvale Post)", None),
        ("The mayor told AFP the council would vote. Reuters reported it first.", None, None),
        ("", None, None),
    ],
)
def test_detect_wire(text, outlet, expected):
    assert detect_wire(text, outlet=outlet) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Opinion | The Bridge Nobody Wanted - The Norvale Times", "the bridge nobody wanted"),
        ("The Bridge Nobody Wanted", "the bridge nobody wanted"),
        ("UPDATE 2-Council approves Kestrel River bridge", "council approves kestrel river bridge"),
        (
            "Council approves Kestrel River bridge | Norvale Post",
            "council approves kestrel river bridge",
        ),
        ("Bridge - approved", None),
        ("Vote", None),
        (None, None),
    ],
)
def test_normalise_headline(title, expected):
    assert normalise_headline(title) == expected


def test_drop_reprints(articles):
    duplicates = find_duplicates(articles)
    kept = drop_reprints(articles, duplicates)
    assert kept["article_id"].tolist() == ["river-a", "farm", "museum", "topic", "fire-1"]
    assert kept.index.equals(pd.RangeIndex(5))
    with pytest.raises(ValueError, match="no row in the duplicates table"):
        drop_reprints(articles, duplicates.iloc[:3])


@pytest.mark.parametrize("bad", [{"threshold": 1.5}, {"related_threshold": -0.1}])
def test_threshold_validation(articles, bad):
    with pytest.raises(ValueError, match="between 0 and 1"):
        find_duplicates(articles, **bad)


def test_missing_columns():
    with pytest.raises(ValueError, match="text"):
        find_duplicates(pd.DataFrame({"article_id": ["a"]}))
