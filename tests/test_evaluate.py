"""`wardwh evaluate GOLD PRED`: the scorer analysts use on documents they annotated."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from helpers import run_wardwh

from ingest.evaluate import load_gold, load_predictions, score_documents

REPO = Path(__file__).resolve().parent.parent


def _fact(line: int, value: float, **attributes: object) -> dict:
    return {"line": line, "value": value, **attributes}


def test_matching_is_on_document_line_within_one_and_value():
    gold = {"a": [_fact(10, 80.0, kind="target"), _fact(20, 5.0), _fact(30, 7.0)]}
    predicted = {
        "a": [
            _fact(11, 80.0, kind="actual"),  # one line off: matches, kind disagrees
            _fact(20, 6.0),  # another value: no match
            _fact(33, 7.0),  # three lines off: no match
        ]
    }
    total, _ = score_documents(gold, predicted)
    assert (total.gold, total.predicted, total.matched) == (3, 3, 1)
    assert round(total.recall, 3) == 0.333 and round(total.precision, 3) == 0.333
    assert total.attribute_accuracy("kind") == 0.0
    assert [m["line"] for m in total.misses] == [20, 30]


def test_among_candidates_the_agreeing_one_is_chosen():
    gold = {"a": [_fact(5, 10.0, unit="machines"), _fact(5, 10.0, unit="counters")]}
    predicted = {"a": [_fact(5, 10.0, unit="counters"), _fact(5, 10.0, unit="machines")]}
    total, _ = score_documents(gold, predicted)
    assert total.attribute_accuracy("unit") == 1.0


def test_a_count_in_the_gold_matches_any_counted_noun_but_not_a_rate():
    gold = {"a": [_fact(1, 3.0, unit="count"), _fact(2, 4.0, unit="count")]}
    predicted = {"a": [_fact(1, 3.0, unit="nhà mạng"), _fact(2, 4.0, unit="percent")]}
    total, _ = score_documents(gold, predicted)
    assert total.attribute_hits["unit"] == 1


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return run_wardwh(*args)


def test_cli_scores_extract_output_and_lists_the_misses(tmp_path: Path):
    document = REPO / "data" / "documents" / "001_75b61c35c230f7a5.txt"
    extracted = _run("extract", str(document), "--format", "jsonl")
    assert extracted.returncode == 0, extracted.stderr
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(extracted.stdout, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    annotation = REPO / "tests" / "fixtures" / "annotations" / "001_75b61c35c230f7a5.jsonl"
    gold_lines = annotation.read_text(encoding="utf-8").splitlines()
    invented = json.dumps({"line": 3, "value": 12345.0, "kind": "actual"})
    (gold_dir / annotation.name).write_text("\n".join([*gold_lines, invented]), encoding="utf-8")

    result = _run("evaluate", str(gold_dir), str(predictions), "--json")
    assert result.returncode == 0, result.stderr
    totals = json.loads(result.stdout)
    assert totals["gold"] == len(gold_lines) + 1
    assert totals["recall"] == pytest.approx(len(gold_lines) / (len(gold_lines) + 1))
    assert [m["value"] for m in totals["misses"]] == [12345.0]
    assert set(totals["attributes"]) >= {"kind", "comparator", "period_start", "as_of"}

    text_report = _run("evaluate", str(gold_dir), str(document))
    assert "recall" in text_report.stdout and "12345" in text_report.stdout


def test_cli_refuses_a_broken_annotation_with_one_line(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"document": "a.txt", "line": 1, "value": 2}\n{not json\n', encoding="utf-8")
    result = _run("evaluate", str(gold), str(REPO / "data" / "documents"))
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "gold.jsonl:2" in errors[0] and "not JSON" in errors[0]


def test_loaders_key_documents_by_file_stem(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"document": "x/report.docx", "line": 4, "value": 1}\n', encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(
        '{"record": "fact", "document": "report.txt", "line": 4, "value": 1.0}\n'
        '{"record": "rejected", "document": "report.txt", "line": 5, "raw_token": "2026"}\n',
        encoding="utf-8",
    )
    assert set(load_gold(gold)) == set(load_predictions(predictions)) == {"report"}
    assert len(load_predictions(predictions)["report"]) == 1
