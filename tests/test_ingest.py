"""Loading into the raw layer: idempotent, each document whole or not at all, bad files reported."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from helpers import half_loaded_documents, run_wardwh

from ingest.load import ingest_paths
from ingest.settings import DOCUMENTS_DIR, REPO_ROOT

CORPUS = sorted(DOCUMENTS_DIR.glob("*.txt"))


def cli(*args: str, warehouse: Path, **kwargs) -> subprocess.CompletedProcess:
    return run_wardwh(*args, env={"WAREHOUSE_DIR": str(warehouse)}, **kwargs)


def counts(database: Path) -> dict[str, int]:
    with duckdb.connect(str(database), read_only=True) as connection:
        return {
            table: connection.execute(f"select count(*) from raw.{table}").fetchone()[0]
            for table in ("documents", "observations", "rejected_tokens")
        }


def test_ingest_is_idempotent_and_accounts_for_every_token(tmp_path):
    database = tmp_path / "wh.duckdb"
    first = ingest_paths(CORPUS, database)
    assert first.ok and first.count("loaded") == len(CORPUS)
    after_first = counts(database)
    second = ingest_paths(CORPUS, database)
    assert second.count("unchanged") == len(CORPUS) and second.facts == 0
    assert counts(database) == after_first
    with duckdb.connect(str(database), read_only=True) as connection:
        runs = connection.execute(
            "select files_seen, files_loaded, files_unchanged, files_failed, status "
            "from raw.ingest_runs order by started_at"
        ).fetchall()
    assert half_loaded_documents(database) == []
    assert runs == [(5, 5, 0, 0, "ok"), (5, 0, 5, 0, "ok")]


def test_a_changed_file_becomes_a_new_version(tmp_path):
    database = tmp_path / "wh.duckdb"
    document = tmp_path / CORPUS[0].name
    shutil.copy(CORPUS[0], document)
    ingest_paths([document], database)
    document.write_text(
        document.read_text(encoding="utf-8") + "\nPhụ lục bổ sung.\n", encoding="utf-8"
    )
    summary = ingest_paths([document], database)
    assert summary.count("loaded") == 1
    with duckdb.connect(str(database), read_only=True) as connection:
        versions = connection.execute(
            "select count(distinct document_id) from raw.documents where file_name = ?",
            [document.name],
        ).fetchone()[0]
    assert versions == 2


def test_bad_files_get_one_line_each_and_the_rest_still_loads(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(CORPUS[1], folder / CORPUS[1].name)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (folder / "noward.txt").write_text(
        "KẾ HOẠCH\nChuyển đổi số năm 2026\n\n- Đạt 100% hồ sơ.\n", encoding="utf-8"
    )
    result = cli("ingest", str(folder), str(tmp_path / "missing.txt"), warehouse=tmp_path / "wh")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4, result.stderr
    for name, reason in (
        ("empty.txt", "empty"),
        ("scan.txt", "binary"),
        ("noward.txt", "no issuer"),
        ("missing.txt", "no such"),
    ):
        assert any(name in line and reason in line.lower() for line in errors), (name, errors)
    assert "loaded 1" in result.stderr and "failed 4" in result.stderr
    assert counts(tmp_path / "wh" / "warehouse.duckdb")["documents"] == 1


def test_extract_cli_prints_jsonl_facts_and_counts():
    result = subprocess.run(
        [sys.executable, "-m", "ingest", "extract", str(CORPUS[1]), "--format", "jsonl"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["record"] == "fact" for r in records)
    assert {
        "document",
        "line",
        "char_start",
        "char_end",
        "section",
        "sentence",
        "ward_code",
        "kind",
        "indicator_text",
        "value",
        "unit",
        "comparator",
        "period_start",
        "period_end",
        "as_of",
    } <= set(records[0])
    assert (
        "tokens seen" in result.stderr
        and "facts kept" in result.stderr
        and "rejected" in result.stderr
    )
    text = CORPUS[1].read_text(encoding="utf-8")
    for record in records:
        assert text[record["char_start"] : record["char_end"]] == record["raw_token"]
        assert text.count("\n", 0, record["char_start"]) + 1 == record["line"]


def test_help_is_readable():
    result = subprocess.run(
        [sys.executable, "-m", "ingest", "--help"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    for command in ("run", "extract", "ingest", "build", "validate", "export"):
        assert command in result.stdout


@pytest.mark.parametrize(
    "table", ["documents", "document_texts", "observations", "rejected_tokens"]
)
def test_no_personal_data_in_the_raw_layer(tmp_path, table):
    database = tmp_path / "wh.duckdb"
    ingest_paths(CORPUS, database)
    with duckdb.connect(str(database), read_only=True) as connection:
        rows = connection.execute(f"select * from raw.{table}").fetchall()
    blob = json.dumps(rows, default=str, ensure_ascii=False)
    assert "@" not in blob
    for name in ("Phạm Thị Thanh Vân", "Bùi Quang Ngân", "Đinh Thị Thu Hà", "Trần Hồng Túc"):
        assert name not in blob


@pytest.mark.parametrize("command", ["build", "validate", "export"])
def test_later_steps_refuse_clearly_without_a_warehouse(tmp_path, command):
    result = cli(command, warehouse=tmp_path / "nothing-here")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert any(line.startswith("error:") for line in result.stderr.splitlines()), result.stderr
