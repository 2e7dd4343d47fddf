"""The Parquet export (ingest/export.py) of a warehouse built from the corpus.

Checks the layout, the manifest, the column contract (tests/fixtures/export_contract.json), that
DuckDB, Polars and PyArrow read the files as-is, determinism, atomic replacement and that nothing
is exported before the data-quality gate passed on the very data being exported.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq
import pytest

from ingest import export, quality

REPO = Path(__file__).resolve().parent.parent
CONTRACT = REPO / "tests" / "fixtures" / "export_contract.json"
UPDATE_CONTRACT_ENV = "WARDWH_UPDATE_EXPORT_CONTRACT"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@pytest.fixture(scope="session")
def gated_warehouse(built_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the built warehouse on which the data-quality gate passed (not to be modified)."""
    target = tmp_path_factory.mktemp("gated") / "warehouse.duckdb"
    shutil.copy(built_warehouse, target)
    os.environ.pop(quality.ALLOW_SHRINK_ENV, None)
    gate = quality.run_checkpoint(target, run_id="gate-ok", report_dir=target.parent / "reports")
    assert gate.success, gate.summary()
    return target


@pytest.fixture(scope="session")
def exported(
    gated_warehouse: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, export.ExportManifest]:
    root = tmp_path_factory.mktemp("export") / "export"
    manifest = export.export_warehouse(gated_warehouse, root, run_id="export-1")
    return root, manifest


def _warehouse_tables(warehouse: Path) -> dict[str, int]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        names = [
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables "
                "where table_schema = 'marts' order by 1"
            ).fetchall()
        ]
        return {
            name: con.execute(f'select count(*) from marts."{name}"').fetchone()[0]
            for name in names
        }
    finally:
        con.close()


def _hashes(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*.parquet"))
    }


# ----------------------------------------------------------------------------- the gate comes first


def test_export_refuses_without_a_passed_gate(built_warehouse: Path, tmp_path: Path) -> None:
    copy = tmp_path / "warehouse.duckdb"
    shutil.copy(built_warehouse, copy)
    root = tmp_path / "export"
    with pytest.raises(export.ExportBlockedError, match="no data-quality validation"):
        export.export_warehouse(copy, root, run_id="x")
    assert not root.exists()


def test_export_refuses_after_a_failed_gate_or_changed_data(
    gated_warehouse: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "warehouse.duckdb"
    shutil.copy(gated_warehouse, copy)
    con = duckdb.connect(str(copy))
    con.execute(
        "update raw.observations set value = 150 where observation_id = "
        "(select min(observation_id) from raw.observations where unit = 'percent')"
    )
    con.close()
    root = tmp_path / "export"
    with pytest.raises(export.ExportBlockedError, match="changed since"):
        export.export_warehouse(copy, root, run_id="x")
    gate = quality.run_checkpoint(copy, run_id="gate-bad", report_dir=tmp_path)
    assert not gate.success
    with pytest.raises(export.ExportBlockedError, match="failed"):
        export.export_warehouse(copy, root, run_id="x")
    assert not root.exists()


# ----------------------------------------------------------------------------- layout and manifest


def test_every_mart_and_dimension_is_exported(gated_warehouse: Path, exported) -> None:
    root, manifest = exported
    counts = _warehouse_tables(gated_warehouse)
    assert counts, "the warehouse has marts"
    assert set(manifest.tables) == set(counts)
    assert any(name.startswith("dim_") for name in counts) and any(
        name.startswith("fct_") for name in counts
    )
    on_disk = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert on_disk == json.loads(json.dumps(manifest.to_dict(), ensure_ascii=False))
    assert (
        on_disk["schema_version"] == export.EXPORT_SCHEMA_VERSION
        and on_disk["run_id"] == "export-1"
    )
    assert on_disk["quality_gate"]["run_id"] == "gate-ok" and on_disk["quality_gate"]["success"]
    for name, count in counts.items():
        table = on_disk["tables"][name]
        assert table["row_count"] == count
        assert sum(f["rows"] for f in table["files"]) == count
        assert (root / name).is_dir()
        for file in table["files"]:
            path = root / file["path"]
            assert path.is_file() and file["path"].startswith(f"{name}/")
            assert hashlib.sha256(path.read_bytes()).hexdigest() == file["sha256"]
            meta = pq.ParquetFile(path).metadata
            if meta.num_row_groups:
                assert meta.row_group(0).column(0).compression == "ZSTD"
        for column in table["columns"]:
            assert set(column) >= {"name", "type", "description"}
        if "period_year" in [c["name"] for c in table["columns"]] and table["kind"] != "dimension":
            assert table["partition_by"] == ["period_year"]
            assert all(
                re.search(r"/period_year=[^/]+/part-0\.parquet$", f["path"]) for f in table["files"]
            )
            assert table["columns"][-1]["name"] == "period_year", (
                "partition column comes last, as readers see it"
            )
        else:
            assert table["partition_by"] == [] and [f["path"] for f in table["files"]] == [
                f"{name}/part-0.parquet"
            ]
    assert (root / "README.md").is_file()


def test_manifest_lists_source_documents_and_dbt_descriptions(
    gated_warehouse: Path, exported
) -> None:
    _, manifest = exported
    con = duckdb.connect(str(gated_warehouse), read_only=True)
    try:
        documents = {
            tuple(r)
            for r in con.execute("select document_id, file_name from raw.documents").fetchall()
        }
    finally:
        con.close()
    assert {(d["sha256"], d["file_name"]) for d in manifest.source_documents} == documents
    described = [c for t in manifest.tables.values() for c in t.columns if c["description"]]
    assert described, "column descriptions come from the dbt docs"


def test_column_contract_changes_only_with_the_schema_version(exported) -> None:
    _, manifest = exported
    live = manifest.contract()
    if os.environ.get(UPDATE_CONTRACT_ENV) == "1":
        CONTRACT.parent.mkdir(parents=True, exist_ok=True)
        CONTRACT.write_text(json.dumps(live, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    committed = json.loads(CONTRACT.read_text(encoding="utf-8"))
    hint = (
        "the export columns changed: bump EXPORT_SCHEMA_VERSION in ingest/export.py, then "
        f"rewrite the contract with {UPDATE_CONTRACT_ENV}=1 pytest tests/test_export.py -k contract"
    )
    if committed["schema_version"] == live["schema_version"]:
        assert live["tables"] == committed["tables"], hint
    else:
        pytest.fail(
            f"schema version {live['schema_version']} has no committed contract (contract is "
            f"{committed['schema_version']}): rewrite it with {UPDATE_CONTRACT_ENV}=1"
        )


# ----------------------------------------------------------------------------- readers


# warehouse type of a partition column → (PyArrow type, Polars type), for typed reads
PARTITION_TYPES = {"INTEGER": (pa.int32(), pl.Int32), "BIGINT": (pa.int64(), pl.Int64)}


def _read_three(root: Path, name: str, table: export.TableExport, *, typed: bool) -> dict:
    """The table as DuckDB, Polars and PyArrow read it: as-is (types of the partition column
    inferred from the folder names) or typed (partition column types from the manifest)."""
    pattern = str(root / name / "**" / "*.parquet")
    types = {c["name"]: c["type"] for c in table.columns if c["name"] in table.partition_by}
    if typed and types:
        hive_types = ", ".join(f"'{c}': {t}" for c, t in types.items())
        duck = f"read_parquet('{pattern}', hive_partitioning = true, hive_types = {{{hive_types}}})"
        polars = pl.read_parquet(
            pattern,
            hive_partitioning=True,
            hive_schema={c: PARTITION_TYPES[t][1] for c, t in types.items()},
        )
        partitioning = pads.partitioning(
            pa.schema([(c, PARTITION_TYPES[t][0]) for c, t in types.items()]), flavor="hive"
        )
    else:
        duck = f"read_parquet('{pattern}', hive_partitioning = true)"
        polars = pl.read_parquet(pattern, hive_partitioning=True)
        partitioning = "hive" if types else None
    arrow = pads.dataset(root / name, format="parquet", partitioning=partitioning).to_table()
    return {
        "duckdb": duckdb.sql(f"select * from {duck}").pl(),
        "polars": polars,
        "pyarrow": pl.from_arrow(arrow),
    }


def test_duckdb_polars_and_pyarrow_read_the_export_as_is(gated_warehouse: Path, exported) -> None:
    root, manifest = exported
    con = duckdb.connect(str(gated_warehouse), read_only=True)
    try:
        for name, table in manifest.tables.items():
            columns = [c["name"] for c in table.columns]
            source = con.execute(f'select * from marts."{name}"').pl().select(columns)
            expected = source.sort(columns, nulls_last=True)
            for typed in (False, True):
                for reader, frame in _read_three(root, name, table, typed=typed).items():
                    where = f"{reader} ({'typed' if typed else 'as-is'}) reading {name}"
                    assert frame.columns == columns, where
                    assert frame.height == table.row_count, where
                    if typed:  # with the manifest's partition types, the schema is the warehouse's
                        assert frame.schema == source.schema, where
                    else:
                        frame = frame.with_columns(
                            [pl.col(c).cast(source.schema[c]) for c in table.partition_by]
                        )
                    assert frame.sort(columns, nulls_last=True).equals(expected), where
    finally:
        con.close()


def test_rows_are_in_grain_order(exported) -> None:
    root, manifest = exported
    for table in manifest.tables.values():
        for file in table.files:
            frame = pl.read_parquet(root / file["path"])
            keys = [c for c in table.order_by if c in frame.columns]
            assert frame.equals(frame.sort(keys, nulls_last=True, maintain_order=True)), (
                f"{file['path']} is not sorted"
            )


def test_an_empty_table_is_still_readable_with_its_columns(gated_warehouse: Path, tmp_path: Path):
    copy = tmp_path / "warehouse.duckdb"
    shutil.copy(gated_warehouse, copy)
    con = duckdb.connect(str(copy))
    con.execute("delete from marts.mart_target_revisions")
    con.close()
    root = tmp_path / "export"
    manifest = export.export_warehouse(copy, root, run_id="empty", require_gate=False)
    table = manifest.tables["mart_target_revisions"]
    assert table.row_count == 0 and table.partition_by == ["period_year"]
    columns = [c["name"] for c in table.columns]
    readers = _read_three(root, "mart_target_revisions", table, typed=True)
    for reader, frame in readers.items():
        assert frame.columns == columns and frame.height == 0, reader


# ----------------------------------------------------------------------------- re-runs


def test_export_is_deterministic_and_replaces_the_previous_one(
    gated_warehouse: Path, tmp_path: Path
) -> None:
    root = tmp_path / "data" / "export"
    export.export_warehouse(gated_warehouse, root, run_id="first")
    first = _hashes(root)
    (root / "stray.txt").write_text("left by someone", encoding="utf-8")
    export.export_warehouse(gated_warehouse, root, run_id="second")
    assert _hashes(root) == first, "same data, same bytes"
    assert export.read_manifest(root)["run_id"] == "second"
    assert not (root / "stray.txt").exists(), "the second export replaces the first"
    assert sorted(p.name for p in root.parent.iterdir()) == ["export"], (
        "no temporary folder is left behind"
    )


def test_a_failed_export_leaves_the_previous_one_intact(
    gated_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "export"
    export.export_warehouse(gated_warehouse, root, run_id="good")
    before = _hashes(root)
    calls = {"n": 0}
    original = export._write_table

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return original(*args, **kwargs)

    monkeypatch.setattr(export, "_write_table", failing)
    with pytest.raises(OSError, match="disk full"):
        export.export_warehouse(gated_warehouse, root, run_id="bad")
    assert _hashes(root) == before
    assert export.read_manifest(root)["run_id"] == "good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export"]


def test_no_personal_data_is_exported(exported) -> None:
    root, manifest = exported
    for name, table in manifest.tables.items():
        assert not [c for c in table.columns if export.PERSONAL_DATA_COLUMN.search(c["name"])]
        frame = pl.read_parquet(
            root / name / "**" / "*.parquet", hive_partitioning=bool(table.partition_by)
        )
        for column in frame.columns:
            if frame.schema[column] == pl.String:
                found = frame.filter(pl.col(column).str.contains(EMAIL.pattern))
                assert found.height == 0, f"e-mail address in {name}.{column}"
