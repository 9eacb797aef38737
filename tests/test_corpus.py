import json

import pandas as pd
import pytest

from analysis.config import SHARED_DIR
from analysis.corpus import Corpus, corpus_files, load_corpus, write_table
from analysis.schema import ARTICLE_COLUMNS, REJECTED_COLUMNS

SHARED_CORPUS = SHARED_DIR / "corpus" / "chechnya_dev.jsonl"
SHARED_SEED = SHARED_DIR / "seed"

# Fictional article texts written for these tests.
EN = (
    "The mayor of Norvale said on Tuesday that the new bridge would open before winter. "
    "Engineers have worked on it for two years."
)
RU = "Мэр города Норвейл заявил во вторник, что новый мост будет открыт до зимы, но это не точно."


def jsonl_line(**fields):
    return json.dumps(fields, ensure_ascii=False)


def reasons_by_location(rejected):
    return dict(zip(rejected["location"], rejected["reason"], strict=True))


def test_jsonl_every_failure_mode(tmp_path):
    lines = [
        jsonl_line(id="good-1", text=EN, published="2017-04-03", outlet="Norvale Post"),
        '{"id": "broken-1", "text": "unterminated',
        "",
        jsonl_line(article_id="good-2", text=EN, published="2017-04", notes="month only"),
        json.dumps(["not", "an", "object"]),
        jsonl_line(text=EN),
        jsonl_line(id="no-text"),
        jsonl_line(id="null-text", text=None),
        jsonl_line(id="empty-text", text="   \n "),
        jsonl_line(id="number-text", text=42),
        jsonl_line(id="good-1", text="A second copy of the same id."),
        jsonl_line(id="bad-date", text=EN, published="next Tuesday-ish"),
        jsonl_line(id="good-3", text=RU, published=None),
    ]
    raw = "\n".join(lines).encode("utf-8")
    raw += b'\n{"id": "latin1", "text": "caf\xe9"}\n'
    path = tmp_path / "articles.jsonl"
    path.write_bytes(raw)

    corpus = load_corpus(path)

    assert isinstance(corpus, Corpus)
    assert corpus.articles["article_id"].tolist() == ["good-1", "good-2", "bad-date", "good-3"]
    assert list(corpus.articles.columns[: len(ARTICLE_COLUMNS)]) == list(ARTICLE_COLUMNS)
    assert list(corpus.rejected.columns) == list(REJECTED_COLUMNS)
    reasons = reasons_by_location(corpus.rejected)
    assert reasons["line 2"].startswith("malformed JSON")
    assert reasons["line 5"] == "record is a list, not an object"
    assert reasons["line 6"] == "no article id (field 'article_id' or 'id')"
    assert reasons["line 7"] == "no 'text' field"
    assert reasons["line 8"] == "text is missing (null)"
    assert reasons["line 9"] == "text is empty"
    assert reasons["line 10"] == "text is a int, not a string"
    assert reasons["line 11"] == f"duplicate article_id 'good-1'; first seen at {path} line 1"
    assert reasons["line 12"].startswith("unparseable published date 'next Tuesday-ish'")
    assert "byte 0xe9 at byte offset" in reasons["line 14"]
    severity = dict(zip(corpus.rejected["location"], corpus.rejected["severity"], strict=True))
    assert severity["line 12"] == "warning"
    assert set(severity.values()) == {"error", "warning"}
    # the id of a malformed line is recovered for the report
    ids = dict(zip(corpus.rejected["location"], corpus.rejected["article_id"], strict=True))
    assert ids["line 2"] == "broken-1"
    assert (corpus.rejected["source"] == str(path)).all()
    # every non-blank input line is accounted for exactly once (the warning row is kept)
    errors = (corpus.rejected["severity"] == "error").sum()
    assert len(corpus.articles) + errors == 13


def test_jsonl_fields_dates_and_languages(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        "\n".join(
            [
                jsonl_line(id="a", text=EN, published="2017-04-03", notes="x"),
                jsonl_line(id="b", text=EN, published="2017-04", language="EN-gb"),
                jsonl_line(id="c", text=RU, published=None, headline="Мост"),
                jsonl_line(id=7, text=EN, date="2019-01-16T10:30:00+03:00"),
            ]
        ),
        encoding="utf-8",
    )
    articles = load_corpus(path).articles
    assert articles["article_id"].tolist() == ["a", "b", "c", "7"]
    assert articles["published"].tolist() == [
        pd.Timestamp("2017-04-03", tz="UTC"),
        pd.Timestamp("2017-04-01", tz="UTC"),
        pd.NaT,
        pd.Timestamp("2019-01-16 07:30", tz="UTC"),
    ]
    assert articles["language"].tolist() == ["en", "en", "ru", "en"]
    assert articles.loc[2, "title"] == "Мост"
    assert articles.loc[0, "notes"] == "x"
    assert str(articles["published"].dtype) == "datetime64[ns, UTC]"


def test_csv_good_bad_and_bom(tmp_path):
    path = tmp_path / "articles.csv"
    body = (
        "article_id,outlet,title,published,text\r\n"
        f'c1,Norvale Post,"Bridge, at last",2018-05-01,"{EN}"\r\n'
        'c2,Norvale Post,,,"Line one.\nLine two, with ""quotes""."\r\n'
        "c3,Norvale Post,Empty,2018-05-02,\r\n"
        f'c4,Too,Many,2018-05-03,"{EN}",extra\r\n'
        f'c5,Kestrel Daily,Late,not a date,"{EN}"\r\n'
    )
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    corpus = load_corpus(path)
    assert corpus.articles["article_id"].tolist() == ["c1", "c2", "c5"]
    assert corpus.articles.loc[1, "text"] == 'Line one.\nLine two, with "quotes".'
    assert corpus.articles.loc[0, "title"] == "Bridge, at last"
    assert pd.isna(corpus.articles.loc[1, "title"])
    assert pd.isna(corpus.articles.loc[2, "published"])
    reasons = reasons_by_location(corpus.rejected)
    assert reasons == {
        "row 3": "text is empty",
        "row 4": "row has 6 cells, header has 5",
        "row 5": "unparseable published date 'not a date'; kept with published = NaT",
    }


def test_csv_not_utf8_rejected_with_offset_then_read_with_encoding(tmp_path):
    french = "Le café de Norvale a fermé ses portes mardi, selon le maire de la ville."
    path = tmp_path / "latin.csv"
    path.write_bytes(f'id,text\nl1,"{french}"\n'.encode("latin-1"))
    # 'id,text\n' is 8 bytes, 'l1,"Le caf' 10 more: the first bad byte is at offset 18
    with pytest.raises(ValueError, match=r"not valid utf-8: byte 0xe9 at byte offset 18"):
        load_corpus(path)
    corpus = load_corpus(path, encoding="latin-1")
    assert corpus.articles.loc[0, "text"] == french
    assert corpus.articles.loc[0, "language"] == "fr"


def test_parquet_and_json(tmp_path):
    table = pd.DataFrame(
        {"id": ["p1", "p2", "p3"], "text": [EN, None, RU], "published": ["2020-01-02", None, "x"]}
    )
    table.to_parquet(tmp_path / "a.parquet")
    (tmp_path / "b.json").write_text(
        json.dumps([{"id": "j1", "text": EN}, {"id": "j2", "text": ""}, "junk"]), encoding="utf-8"
    )
    (tmp_path / "c.json").write_text(json.dumps({"id": "j3", "text": EN}), encoding="utf-8")
    (tmp_path / "d.parquet").write_bytes(b"PAR1 this is not a parquet file")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["article_id"].tolist() == ["p1", "p3", "j1", "j3"]
    got = set(
        zip(
            corpus.rejected["source"].str.rsplit("/", n=1).str[-1],
            corpus.rejected["location"],
            corpus.rejected["reason"].str.slice(0, 25),
            strict=True,
        )
    )
    assert got == {
        ("a.parquet", "row 2", "text is missing (null)"),
        ("a.parquet", "row 3", "unparseable published dat"),
        ("b.json", "item 2", "text is empty"),
        ("b.json", "item 3", "record is a str, not an o"),
        ("d.parquet", "file", "cannot read Parquet file:"),
    }


TXT_WITH_HEADER = f"""title: Bridge to open before winter
outlet: Norvale Post
published: 2021-11-02
author: Ada Quill
url: https://post.example/bridge

{EN}

"We are ready," she said.
"""

MD_FRONT_MATTER = f"""---
id: md-custom-id
title: A bridge, at last
language: en
---

{EN}
"""

TXT_COLON_FIRST_LINE = f"""Note: this line looks like a header but is not one.

{EN}
"""

HTML_PAGE = f"""<html><head><title>Bridge to open - Norvale Post</title>
<meta name="author" content="Ada Quill">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://post.example/bridge">
<meta property="og:site_name" content="Norvale Post"></head>
<body><nav>Home | World | Sport | Weather</nav>
<article><h1>Bridge to open</h1><p>{EN}</p>
<p>"We are ready," she said. The council will vote on the final budget next month, and
residents have been invited to a public meeting at the town hall.</p></article>
<footer>Cookie policy. Subscribe now.</footer></body></html>"""


def test_text_markdown_and_html_documents(tmp_path):
    (tmp_path / "bridge.txt").write_text(TXT_WITH_HEADER, encoding="utf-8")
    (tmp_path / "front.md").write_text(MD_FRONT_MATTER, encoding="utf-8")
    (tmp_path / "note.txt").write_text(TXT_COLON_FIRST_LINE, encoding="utf-8")
    (tmp_path / "plain.md").write_text(RU, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("title: Nothing here\n\n   \n", encoding="utf-8")
    (tmp_path / "bad-bytes.txt").write_bytes(b"Norvale caf\xe9 news, in Latin-1.")
    (tmp_path / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "blank.htm").write_text("<html><head><title>x</title></head><body></body></html>")

    corpus = load_corpus(tmp_path)
    arts = corpus.articles.set_index("article_id")
    assert sorted(arts.index) == ["bridge", "md-custom-id", "note", "page", "plain"]
    bridge = arts.loc["bridge"]
    assert bridge["title"] == "Bridge to open before winter"
    assert bridge["outlet"] == "Norvale Post"
    assert bridge["author"] == "Ada Quill"
    assert bridge["url"] == "https://post.example/bridge"
    assert bridge["published"] == pd.Timestamp("2021-11-02", tz="UTC")
    assert bridge["text"] == f'{EN}\n\n"We are ready," she said.\n'
    assert arts.loc["md-custom-id", "title"] == "A bridge, at last"
    assert arts.loc["md-custom-id", "text"].strip() == EN
    assert arts.loc["note", "text"] == TXT_COLON_FIRST_LINE
    assert pd.isna(arts.loc["note", "title"])
    assert arts.loc["plain", "language"] == "ru"
    page = arts.loc["page"]
    assert page["title"] == "Bridge to open"
    assert page["outlet"] == "Norvale Post"
    assert page["author"] == "Ada Quill"
    assert page["published"] == pd.Timestamp("2024-03-05", tz="UTC")
    assert EN in page["text"]
    assert "Cookie policy" not in page["text"]
    assert "Home | World" not in page["text"]

    by_file = dict(
        zip(
            corpus.rejected["source"].str.rsplit("/", n=1).str[-1],
            corpus.rejected["reason"],
            strict=True,
        )
    )
    assert by_file["empty.txt"] == "text is empty"
    assert by_file["bad-bytes.txt"].startswith("not valid utf-8: byte 0xe9 at byte offset 11")
    assert by_file["blank.htm"] == "no main text found in the HTML page"
    assert len(by_file) == 3


def test_mixed_folder_skips_hidden_and_docs_and_rejects_unsupported(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "sub" / "one.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(jsonl_line(id="two", text=EN), encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder\n\nNot an article.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(EN, encoding="utf-8")
    (tmp_path / ".git" / "config.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "noext").write_text(EN, encoding="utf-8")

    names = [p.relative_to(tmp_path).as_posix() for p in corpus_files(tmp_path)]
    assert names == ["noext", "scan.pdf", "sub/one.txt", "two.jsonl"]
    corpus = load_corpus(tmp_path)
    assert corpus.articles["article_id"].tolist() == ["one", "two"]
    reasons = corpus.rejected["reason"].tolist()
    assert len(reasons) == 2
    assert reasons[0].startswith("unsupported file type '(no suffix)'")
    assert reasons[1].startswith("unsupported file type '.pdf'")


def test_corpus_folder_reads_only_articles_files(tmp_path):
    (tmp_path / "articles.jsonl").write_text(
        jsonl_line(id="s1", text=EN) + "\n" + jsonl_line(id="s2", text=RU) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "gold.jsonl").write_text(jsonl_line(article_id="s1", quotes=[]), encoding="utf-8")
    (tmp_path / "events.csv").write_text("date,label\n2020-01-01,Vote\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("Fictional.", encoding="utf-8")
    assert corpus_files(tmp_path) == [tmp_path / "articles.jsonl"]
    corpus = load_corpus(tmp_path)
    assert corpus.articles["article_id"].tolist() == ["s1", "s2"]
    assert corpus.rejected.empty


def test_duplicates_across_files_name_the_first_location(tmp_path):
    (tmp_path / "a.jsonl").write_text(jsonl_line(id="x", text=EN), encoding="utf-8")
    (tmp_path / "x.txt").write_text(RU, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["text"].tolist() == [EN]
    assert corpus.rejected.loc[0, "reason"] == (
        f"duplicate article_id 'x'; first seen at {tmp_path / 'a.jsonl'} line 1"
    )


def test_all_bad_raises_naming_the_first_problems(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(["{oops", jsonl_line(id="e", text=""), "[1]"] * 3), encoding="utf-8")
    with pytest.raises(ValueError, match=r"9 bad record\(s\)") as info:
        load_corpus(path)
    message = str(info.value)
    assert "line 1: malformed JSON" in message
    assert "line 2: text is empty" in message
    assert "and 4 more" in message


def test_empty_and_missing_inputs(tmp_path):
    with pytest.raises(ValueError, match="no article records found"):
        load_corpus(tmp_path)
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no article records found"):
        load_corpus(tmp_path / "empty.jsonl")
    with pytest.raises(FileNotFoundError):
        load_corpus(tmp_path / "nope")


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".jsonl"])
def test_write_table_round_trip(tmp_path, suffix):
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(
            [
                jsonl_line(id="a", text=EN, published="2017-04-03", outlet="Norvale Post"),
                jsonl_line(id="b", text=RU + "\nВторой абзац.", published=None, notes="n"),
            ]
        ),
        encoding="utf-8",
    )
    articles = load_corpus(source).articles
    written = write_table(articles, tmp_path / "out" / f"table{suffix}")
    assert written == tmp_path / "out" / f"table{suffix}"
    again = load_corpus(written).articles
    pd.testing.assert_frame_equal(again[list(ARTICLE_COLUMNS)], articles[list(ARTICLE_COLUMNS)])
    assert again["notes"].tolist()[1] == "n"


def test_write_table_rejects_unknown_suffix(tmp_path):
    with pytest.raises(ValueError, match="suffix"):
        write_table(pd.DataFrame({"a": [1]}), tmp_path / "t.xlsx")


@pytest.mark.shared
@pytest.mark.skipif(not SHARED_CORPUS.exists(), reason="../shared corpus absent")
def test_shared_corpus_loads_every_article():
    expected = [
        json.loads(line)["id"]
        for line in SHARED_CORPUS.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    corpus = load_corpus(SHARED_CORPUS)
    assert corpus.articles["article_id"].tolist() == expected
    assert corpus.rejected.empty
    assert corpus.articles["published"].notna().sum() == 46


@pytest.mark.shared
@pytest.mark.skipif(not SHARED_SEED.exists(), reason="../shared seed absent")
def test_shared_seed_folder_loads_every_article():
    files = sorted(p for p in SHARED_SEED.iterdir() if p.suffix == ".txt")
    corpus = load_corpus(SHARED_SEED)
    assert corpus.articles["article_id"].tolist() == [p.stem for p in files]
    assert corpus.rejected.empty
    assert (corpus.articles["language"] == "en").all()
