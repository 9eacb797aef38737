import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.__main__ import COMMANDS, build_parser, main
from analysis.config import PROJECT_ROOT, SHARED_DIR

SHARED_CORPUS = SHARED_DIR / "corpus" / "chechnya_dev.jsonl"

# Fictional texts written for this test.
BODY = (
    "NORVALE (AP) — The Norvale council approved the Kestrel River bridge on Tuesday after a "
    "decade of dispute, and the mayor said construction would begin in the spring. Opponents "
    "said the money should have gone to schools and promised to ask the auditor to review it."
)
OTHER = (
    "Farmers in the Varda valley say the dry summer cut their wheat harvest by a third, and "
    "the agriculture ministry has promised an emergency fund without saying when it will open."
)
WEATHER = (
    "The weather in Norvale was cold and wet all week, and the forecasters at the regional "
    "office expect more rain until the end of the month."
)


@pytest.fixture
def corpus_file(tmp_path):
    records = [
        {"id": "a1", "outlet": "Norvale Post", "published": "2021-03-01", "text": BODY},
        {"id": "a2", "outlet": "Kestrel Daily (AP)", "published": "2021-03-02", "text": BODY},
        {"id": "a3", "outlet": "Valley News", "published": "2021-05-09", "text": OTHER},
        {"id": "a4", "outlet": "Norvale Post", "published": "soon", "text": WEATHER},
        {"id": "a5", "text": ""},
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n{broken", encoding="utf-8")
    return path


def test_summary_prints_counts_dates_languages_duplicates_and_rejections(corpus_file, capsys):
    assert main(["summary", str(corpus_file)]) == 0
    out = capsys.readouterr().out
    assert "Articles: 4 loaded; rejected records: 2 not loaded, 1 loaded with a warning" in out
    assert "Date range: 2021-03-01 to 2021-05-09 (1 undated)" in out
    assert "Languages: en 4" in out
    assert "Near-duplicates: 1 copies in 1 clusters; 3 articles without reprints" in out
    assert "Wire signatures: AP 2" in out
    assert "Articles per outlet (3 outlets" in out
    lines = out.splitlines()
    assert any(line.split() == ["Norvale", "Post", "2"] for line in lines)
    assert any(line.split() == ["Kestrel", "Daily", "1"] for line in lines)
    assert "Rejected records (3; showing 3):" in out
    assert "text is empty" in out
    assert "malformed JSON" in out
    assert "unparseable published date 'soon'" in out


def test_summary_options(corpus_file, capsys):
    assert main(["summary", str(corpus_file), "--no-duplicates", "--max-rejected", "1"]) == 0
    out = capsys.readouterr().out
    assert "Near-duplicates" not in out
    assert "Rejected records (3; showing 1):" in out


def test_errors_go_to_stderr_with_status_1(tmp_path, capsys):
    assert main(["summary", str(tmp_path / "missing")]) == 1
    assert "does not exist" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    assert main(["summary", str(bad)]) == 1
    assert "no article could be loaded" in capsys.readouterr().err


def test_no_command_prints_help_and_returns_2(capsys):
    assert main([]) == 2
    assert "summary" in capsys.readouterr().err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["no-such-command"])
    assert info.value.code == 2


def test_every_command_is_registered():
    parser = build_parser()
    actions = [a for a in parser._actions if a.dest == "command"]
    assert len(actions[0].choices) == len(COMMANDS)
    assert "summary" in actions[0].choices


def run_module(*args):
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        check=False,
    )


def test_python_m_analysis_help():
    result = run_module("--help")
    assert result.returncode == 0
    assert "usage: coverage-analysis" in result.stdout
    assert "summary" in result.stdout


def test_python_m_analysis_summary_help():
    result = run_module("summary", "--help")
    assert result.returncode == 0
    assert "CORPUS" in result.stdout
    assert "--encoding" in result.stdout


def test_console_script_installed():
    script = Path(sys.executable).parent / "coverage-analysis"
    if not script.exists():
        pytest.skip("console script not installed in this environment")
    result = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert "summary" in result.stdout


@pytest.mark.shared
@pytest.mark.skipif(not SHARED_CORPUS.exists(), reason="../shared corpus absent")
def test_summary_on_shared_corpus(capsys):
    assert main(["summary", str(SHARED_CORPUS)]) == 0
    out = capsys.readouterr().out
    assert "Articles: 56 loaded; rejected records: 0 not loaded" in out
    assert "Rejected records" not in out


def test_quotes_command_leaves_requests_out_unless_asked(tmp_path, capsys):
    import pandas as pd

    text = (
        "The Norvale council approved the bridge on Tuesday. Opponents called on the auditor "
        "to review the contract. The mayor said construction would begin in the spring."
    )
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "language": "en", "text": text}) + "\n")
    default, with_requests = tmp_path / "q.csv", tmp_path / "qr.csv"
    assert main(["quotes", str(corpus), str(default)]) == 0
    assert main(["quotes", str(corpus), str(with_requests), "--requests"]) == 0
    capsys.readouterr()
    assert pd.read_csv(default)["rule"].tolist() == ["indirect:svc"]
    assert pd.read_csv(with_requests)["rule"].tolist() == ["indirect:request", "indirect:svc"]
