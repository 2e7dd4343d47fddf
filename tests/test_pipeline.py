"""The whole job (`wardwh run`) end to end: repeatable, and no personal data anywhere."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest

from ingest.settings import REPO_ROOT

SIGNERS = ("Phạm Thị Thanh Vân", "Bùi Quang Ngân", "Đinh Thị Thu Hà", "Trần Hồng Túc")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
# not inside identifiers such as hex digests
PHONE = re.compile(r"(?<![\w/.,])(?:\+84|0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}(?![\w/])")


def run_job(warehouse: Path, export: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ingest", "run"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "WAREHOUSE_DIR": str(warehouse), "EXPORT_DIR": str(export)},
        timeout=1800,
    )


def snapshot(database: Path) -> dict[str, object]:
    """Row counts of every table, and the identifiers of raw and mart rows."""
    with duckdb.connect(str(database), read_only=True) as connection:
        tables = connection.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_schema in ('raw', 'staging', 'intermediate', 'marts') order by 1, 2"
        ).fetchall()
        state: dict[str, object] = {
            f"{schema}.{table}": connection.execute(
                f'select count(*) from {schema}."{table}"'
            ).fetchone()[0]
            for schema, table in tables
            # run logs grow by one row per run, by design
            if not table.endswith(("ingest_runs", "ingest_errors"))
        }
        state["document_ids"] = connection.execute(
            "select list(document_id order by 1) from raw.documents"
        ).fetchone()[0]
        state["observation_ids"] = connection.execute(
            "select md5(string_agg(observation_id, ',' order by observation_id)) from raw.observations"
        ).fetchone()[0]
        state["gap_keys"] = connection.execute(
            "select md5(string_agg(ward_code || indicator_code || period_year, ',' "
            "order by ward_code, indicator_code, period_year)) from marts.fct_gap_to_target"
        ).fetchone()[0]
    return state


@pytest.fixture(scope="module")
def three_runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("pipeline")
    warehouse, export = root / "warehouse", root / "export"
    snapshots, results = [], []
    for _ in range(3):
        result = run_job(warehouse, export)
        results.append(result)
        assert result.returncode == 0, result.stderr[-4000:]
        snapshots.append(snapshot(warehouse / "warehouse.duckdb"))
    return warehouse, export, snapshots, results


def test_three_runs_give_identical_counts_and_identifiers(three_runs):
    _, _, snapshots, results = three_runs
    assert snapshots[0]["marts.fct_gap_to_target"] > 0
    assert snapshots[0] == snapshots[1] == snapshots[2]
    assert "loaded 5" in results[0].stderr and "unchanged 5" in results[1].stderr


def _strings_of_warehouse(database: Path) -> list[str]:
    with duckdb.connect(str(database), read_only=True) as connection:
        columns = connection.execute(
            "select table_schema, table_name, column_name from information_schema.columns "
            "where data_type = 'VARCHAR' and table_schema not in ('information_schema', 'pg_catalog')"
        ).fetchall()
        values = []
        for schema, table, column in columns:
            values += [
                row[0]
                for row in connection.execute(
                    f'select distinct "{column}" from {schema}."{table}" where "{column}" is not null'
                ).fetchall()
            ]
    return values


def _strings_of_export(export: Path) -> list[str]:
    values: list[str] = []
    for parquet in export.rglob("*.parquet"):
        frame = pl.read_parquet(parquet)
        for column in frame.columns:
            if frame[column].dtype == pl.Utf8:
                values += [v for v in frame[column].unique().to_list() if v]
    return values


def test_no_personal_data_in_warehouse_or_export(three_runs):
    warehouse, export, _, _ = three_runs
    strings = _strings_of_warehouse(warehouse / "warehouse.duckdb") + _strings_of_export(export)
    assert len(strings) > 1000
    blob = "\n".join(strings)
    assert not EMAIL.search(blob), EMAIL.search(blob)
    assert not PHONE.search(blob), PHONE.search(blob)
    for name in SIGNERS:
        assert name not in blob
