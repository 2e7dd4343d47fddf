"""Parquet export of the marts for city BI tools and analysts.

Every table and view of the `marts` schema (dimensions, facts, analyst marts) is written under one
export folder, one sub-folder per table, zstd-compressed Parquet, hive-partitioned by
`period_year` when a fact or mart has that column (dimensions stay one file), rows in a
deterministic order (the table's grain keys from the data-quality suites, then every other
column). A `manifest.json` (tables, columns,
DuckDB types, dbt descriptions, row counts, partitioning, files and their hashes, source
documents, run id, schema version) and a `README.md` (how to load it) sit beside the tables.

The export is written into a fresh sibling folder and swapped into place in one step (Linux
`renameat2(RENAME_EXCHANGE)`, else two renames), so readers see the old export or the new one,
never a half-written one. It refuses to run unless the latest data-quality gate stored in the
warehouse passed on exactly the data being exported (same fingerprint).

Layout:
    <export_root>/manifest.json
    <export_root>/README.md
    <export_root>/<table>/part-0.parquet                               (no period year)
    <export_root>/<table>/period_year=2026/part-0.parquet              (partitioned)
    <export_root>/<table>/period_year=__HIVE_DEFAULT_PARTITION__/...   (null period year)
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ingest import quality, settings
from ingest.dbt_docs import doc_blocks, resolve_doc_references

EXPORT_SCHEMA_VERSION = "1.1.0"  # 1.1: unit levels (city, nation) in dim_ward, reference_source
EXPORT_SCHEMA = "marts"
MANIFEST_FILE_NAME = "manifest.json"
README_FILE_NAME = "README.md"
PARTITION_COLUMNS = ("period_year",)
NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
DATA_FILE_NAME = "part-0.parquet"
# Column names that would hold personal data: never exported (none exists; this is a guard).
PERSONAL_DATA_COLUMN = re.compile(
    r"e_?mail|phone|telephone|signer|signatory|person_name|full_name", re.I
)
_STALE_TEMP_SECONDS = 3600


class ExportBlockedError(RuntimeError):
    """The data-quality gate has not passed on the data that would be exported."""


@dataclass
class TableExport:
    name: str
    kind: str  # dimension | fact | mart | other
    description: str
    row_count: int
    partition_by: list[str]
    order_by: list[str]
    columns: list[dict[str, Any]]
    files: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "description": self.description,
            "row_count": self.row_count,
            "partition_by": self.partition_by,
            "order_by": self.order_by,
            "columns": self.columns,
            "files": self.files,
        }


@dataclass
class ExportManifest:
    schema_version: str
    run_id: str
    exported_at: str
    export_root: Path
    tables: dict[str, TableExport]
    source_documents: list[dict[str, Any]]
    quality_gate: dict[str, Any] | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "run_id": self.run_id,
            "exported_at": self.exported_at,
            "format": {
                "file_format": "parquet",
                "compression": "zstd",
                "partitioning": "hive",
                "null_partition_value": NULL_PARTITION,
                "column_types": "DuckDB logical types of the warehouse",
            },
            "quality_gate": self.quality_gate,
            "source_documents": self.source_documents,
            "tables": {name: table.to_dict() for name, table in sorted(self.tables.items())},
        }

    def describe(self) -> str:
        rows = sum(t.row_count for t in self.tables.values())
        files = sum(len(t.files) for t in self.tables.values())
        return (
            f"{len(self.tables)} tables, {rows} rows, {files} Parquet files in {self.export_root} "
            f"(schema {self.schema_version}, run {self.run_id})"
        )

    def contract(self) -> dict[str, Any]:
        """The part of the manifest that consumers rely on: table → column names and types."""
        return contract_of(self.to_dict())


def contract_of(manifest: dict[str, Any]) -> dict[str, Any]:
    return {
        "schema_version": manifest["schema_version"],
        "tables": {
            name: {
                "partition_by": table["partition_by"],
                "columns": [{"name": c["name"], "type": c["type"]} for c in table["columns"]],
            }
            for name, table in sorted(manifest["tables"].items())
        },
    }


# --------------------------------------------------------------------------- dbt documentation


def _dbt_docs(repo_root: Path) -> dict[str, dict[str, Any]]:
    """table → {"description": str, "columns": {column: description}} from dbt's docs.

    The models' YAML files are read first; `target/manifest.json` (written by `dbt build`)
    fills what the YAML lacks.
    """
    docs: dict[str, dict[str, Any]] = {}
    blocks = doc_blocks(repo_root)  # YAML descriptions may be {{ doc("...") }} references

    def merge(name: str, description: str | None, columns: dict[str, str]) -> None:
        entry = docs.setdefault(name, {"description": "", "columns": {}})
        if description and not entry["description"]:
            entry["description"] = resolve_doc_references(description, blocks).strip()
        for column, text in columns.items():
            if text and not entry["columns"].get(column):
                entry["columns"][column] = resolve_doc_references(text, blocks).strip()

    models_dir = repo_root / "models"
    if models_dir.is_dir():
        import yaml

        for path in sorted([*models_dir.rglob("*.yml"), *models_dir.rglob("*.yaml")]):
            try:
                content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            except (yaml.YAMLError, OSError):
                continue
            if not isinstance(content, dict):
                continue
            for model in content.get("models") or []:
                if not isinstance(model, dict) or "name" not in model:
                    continue
                columns = {
                    str(c["name"]): str(c.get("description") or "")
                    for c in model.get("columns") or []
                    if isinstance(c, dict) and "name" in c
                }
                merge(str(model["name"]), model.get("description"), columns)

    manifest_path = repo_root / "target" / "manifest.json"
    if manifest_path.is_file():
        try:
            nodes = json.loads(manifest_path.read_text(encoding="utf-8")).get("nodes", {})
        except (json.JSONDecodeError, OSError):
            nodes = {}
        for node in nodes.values():
            if node.get("resource_type") != "model":
                continue
            name = node.get("alias") or node.get("name")
            columns = {
                c: (v or {}).get("description", "") for c, v in (node.get("columns") or {}).items()
            }
            merge(name, node.get("description"), columns)
    return docs


def _grain_keys(expectations_dir: Path | None = None) -> dict[str, list[str]]:
    """table → grain columns, from the `grain_unique` expectations of the mart suites."""
    keys: dict[str, list[str]] = {}
    try:
        config = quality.load_checkpoint(expectations_dir)
    except (OSError, json.JSONDecodeError):
        return keys
    for validation in config.get("validations", []):
        table = validation.get("table") or ""
        if not table.startswith(f"{EXPORT_SCHEMA}."):
            continue
        try:
            suite = quality.load_suite_dict(validation["suite"], expectations_dir)
        except (OSError, json.JSONDecodeError, quality.GateConfigError):
            continue
        for expectation in suite.get("expectations", []):
            kwargs = expectation.get("kwargs", {})
            if (expectation.get("meta") or {}).get("name") != "grain_unique":
                continue
            columns = kwargs.get("column_list") or (
                [kwargs["column"]] if "column" in kwargs else []
            )
            keys[table.split(".")[-1]] = list(columns)
    return keys


def _kind(table: str) -> str:
    for prefix, kind in (("dim_", "dimension"), ("fct_", "fact"), ("mart_", "mart")):
        if table.startswith(prefix):
            return kind
    return "other"


# --------------------------------------------------------------------------- writing


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check_gate(warehouse: Path) -> dict[str, Any]:
    latest = quality.latest_gate(warehouse)
    if latest is None:
        raise ExportBlockedError(
            "no data-quality validation stored in the warehouse: run `validate` first"
        )
    if not latest["success"]:
        raise ExportBlockedError(
            f"the latest data-quality validation (run {latest['run_id']}) failed: "
            "fix the data, rebuild, validate"
        )
    if latest["fingerprint"] != quality.current_fingerprint(warehouse):
        raise ExportBlockedError(
            f"the warehouse changed since the last passed validation (run {latest['run_id']}): "
            "validate again"
        )
    return {
        "run_id": latest["run_id"],
        "validated_at": latest["validated_at"].isoformat() if latest["validated_at"] else None,
        "success": bool(latest["success"]),
        "fingerprint": latest["fingerprint"],
    }


def _source_documents(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    for table in (f"{EXPORT_SCHEMA}.dim_document", "raw.documents"):
        schema, name = table.split(".")
        columns = {
            row[0]
            for row in con.execute(
                "select column_name from information_schema.columns "
                "where table_schema = ? and table_name = ?",
                [schema, name],
            ).fetchall()
        }
        if {"document_id", "file_name"} <= columns:
            current = "is_current_version" if "is_current_version" in columns else "true"
            rows = con.execute(
                f"select distinct document_id, file_name, {current} from {table} "
                "order by file_name, document_id"
            ).fetchall()
            return [
                {"document_id": d, "sha256": d, "file_name": f, "is_current_version": bool(c)}
                for d, f, c in rows
            ]
    return []


def _write_table(
    con: duckdb.DuckDBPyConnection,
    staging: Path,
    table: str,
    columns: list[tuple[str, str]],
    order_by: list[str],
    partition: str | None,
) -> list[dict[str, Any]]:
    folder = staging / table
    folder.mkdir()
    data_columns = [name for name, _ in columns if name != partition]
    select_list = ", ".join(_quote(c) for c in data_columns)
    order = ", ".join(f"{_quote(c)} asc nulls last" for c in order_by)
    source = f"{EXPORT_SCHEMA}.{_quote(table)}"
    options = "(format parquet, compression zstd, row_group_size 100000)"
    targets: list[tuple[Path, str]] = []
    if partition is None:
        targets.append((folder / DATA_FILE_NAME, "true"))
    else:
        values = [
            row[0]
            for row in con.execute(
                f"select distinct {_quote(partition)} from {source} order by 1 nulls last"
            ).fetchall()
        ]
        # An empty table still gets one (empty) file, so that readers see its columns.
        for value in values or [None]:
            label = NULL_PARTITION if value is None else str(value)
            sub = folder / f"{partition}={label}"
            sub.mkdir()
            condition = (
                f"{_quote(partition)} is null"
                if value is None
                else f"{_quote(partition)} = {int(value)}"
            )
            targets.append((sub / DATA_FILE_NAME, condition))
    files = []
    for path, condition in targets:
        con.execute(
            f"copy (select {select_list} from {source} where {condition} order by {order}) "
            f"to {_literal(path)} {options}"
        )
        rows = con.execute(f"select count(*) from read_parquet({_literal(path)})").fetchone()[0]
        files.append(
            {
                "path": path.relative_to(staging).as_posix(),
                "rows": int(rows),
                "bytes": path.stat().st_size,
                "sha256": _sha256(path),
            }
        )
    return files


def _write_readme(staging: Path, manifest: ExportManifest) -> None:
    example = next((n for n, t in sorted(manifest.tables.items()) if t.partition_by), None) or next(
        iter(sorted(manifest.tables)), "dim_ward"
    )
    lines = [
        "# Ward digital-transformation warehouse — Parquet export",
        "",
        f"Schema version **{manifest.schema_version}**, run `{manifest.run_id}`, "
        f"exported {manifest.exported_at}.",
        "Written only after the data-quality gate passed. `manifest.json` lists every table, its",
        "columns (name, DuckDB type, description), row count, partitioning and files with their",
        "SHA-256.",
        "",
        "One folder per table; facts and marts with a `period_year` column are hive-partitioned",
        f"(`{example}/period_year=2026/part-0.parquet`; a missing year is `{NULL_PARTITION}`).",
        "Files are zstd-compressed Parquet; rows are sorted by the table's grain.",
        "",
        "| table | kind | rows | partitioned by |",
        "|---|---|---|---|",
    ]
    for name, table in sorted(manifest.tables.items()):
        lines.append(
            f"| `{name}` | {table.kind} | {table.row_count} | "
            f"{', '.join(table.partition_by) or '—'} |"
        )
    lines += [
        "",
        "## Loading",
        "",
        "Paths are relative to this folder. The partition column `period_year` is stored in the",
        "folder names and comes back as the last column; give its type (INTEGER) as below to get",
        "exactly the warehouse types, or let the reader infer it (an integer, 64-bit in DuckDB and",
        "Polars, 32-bit in PyArrow).",
        "",
        "DuckDB — also the way to feed a BI tool: Power BI, Tableau, Superset or Metabase connect",
        "to DuckDB (ODBC/JDBC driver or native connector) on an in-memory database holding these",
        "views; or use the tool's own Parquet connector with hive partitioning enabled:",
        "```sql",
        f"create view {example} as select * from read_parquet('{example}/**/*.parquet',",
        "    hive_partitioning = true, hive_types = {'period_year': INTEGER});",
        "create view dim_ward as select * from read_parquet('dim_ward/*.parquet');",
        "```",
        "Polars:",
        "```python",
        "import polars as pl",
        f"df = pl.read_parquet('{example}/**/*.parquet', hive_partitioning=True,",
        "                     hive_schema={'period_year': pl.Int32})",
        "```",
        "PyArrow / pandas:",
        "```python",
        "import pyarrow as pa, pyarrow.dataset as ds",
        "years = ds.partitioning(pa.schema([('period_year', pa.int32())]), flavor='hive')",
        f"table = ds.dataset('{example}', format='parquet', partitioning=years).to_table()",
        "df = table.to_pandas()",
        "```",
        "Column names and types are a contract: they change only with a new schema version",
        "(`schema_version` in `manifest.json`).",
        "",
    ]
    (staging / README_FILE_NAME).write_text("\n".join(lines), encoding="utf-8")


def _exchange(staging: Path, export_root: Path) -> None:
    """Put `staging` in place of `export_root` atomically; the old export ends up in `staging`."""
    libc_name = ctypes.util.find_library("c")
    if libc_name:
        try:
            libc = ctypes.CDLL(libc_name, use_errno=True)
            renameat2 = libc.renameat2
        except (OSError, AttributeError):
            renameat2 = None
        if renameat2 is not None:
            at_fdcwd, rename_exchange = -100, 2
            result = renameat2(
                at_fdcwd, os.fsencode(staging), at_fdcwd, os.fsencode(export_root), rename_exchange
            )
            if result == 0:
                return
    # Fallback: two renames (for an instant the folder is absent, never half-written).
    old = staging.with_name(staging.name + ".old")
    os.rename(export_root, old)
    os.rename(staging, export_root)
    os.rename(old, staging)


def _clean_stale(parent: Path, prefix: str) -> None:
    now = time.time()
    for path in parent.glob(f"{prefix}*"):
        try:
            if path.is_dir() and now - path.stat().st_mtime > _STALE_TEMP_SECONDS:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            continue


def export_warehouse(
    warehouse: Path,
    export_root: Path,
    *,
    run_id: str,
    schema_version: str = EXPORT_SCHEMA_VERSION,
    require_gate: bool = True,
    repo_root: Path | None = None,
) -> ExportManifest:
    """Write every table of `marts` to Parquet under `export_root`, replacing it atomically.

    Raises ExportBlockedError (and writes nothing) unless the latest data-quality gate stored in
    the warehouse passed on the current data; `require_gate=False` skips that check (tests only).
    """
    warehouse = Path(warehouse)
    export_root = Path(export_root).absolute()
    if not warehouse.is_file():
        raise FileNotFoundError(f"no warehouse at {warehouse}")
    gate = _check_gate(warehouse) if require_gate else None
    docs = _dbt_docs(repo_root or settings.REPO_ROOT)
    grains = _grain_keys()

    parent = export_root.parent
    parent.mkdir(parents=True, exist_ok=True)
    prefix = f".{export_root.name}.tmp-"
    _clean_stale(parent, prefix)
    staging = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(staging, 0o777 & ~umask)
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            tables = [
                row[0]
                for row in con.execute(
                    "select table_name from information_schema.tables "
                    "where table_schema = ? order by table_name",
                    [EXPORT_SCHEMA],
                ).fetchall()
            ]
            exported: dict[str, TableExport] = {}
            for table in tables:
                columns = [
                    (name, dtype)
                    for name, dtype in con.execute(
                        "select column_name, data_type from information_schema.columns "
                        "where table_schema = ? and table_name = ? order by ordinal_position",
                        [EXPORT_SCHEMA, table],
                    ).fetchall()
                ]
                personal = [name for name, _ in columns if PERSONAL_DATA_COLUMN.search(name)]
                if personal:
                    raise ExportBlockedError(
                        f"{table}: column(s) {personal} look like personal data; not exported"
                    )
                names = [name for name, _ in columns]
                # Facts and marts are partitioned by year; dimensions are small lookups (and
                # dim_period is keyed by the year itself), so they stay one file.
                partition = (
                    None
                    if _kind(table) == "dimension"
                    else next((c for c in PARTITION_COLUMNS if c in names), None)
                )
                grain = [c for c in grains.get(table, []) if c in names]
                order_by = grain + [c for c in names if c not in grain]
                table_docs = docs.get(table, {"description": "", "columns": {}})
                data_columns = [c for c in columns if c[0] != partition] + [
                    c for c in columns if c[0] == partition
                ]
                row_count = con.execute(
                    f"select count(*) from {EXPORT_SCHEMA}.{_quote(table)}"
                ).fetchone()[0]
                files = _write_table(con, staging, table, columns, order_by, partition)
                exported[table] = TableExport(
                    name=table,
                    kind=_kind(table),
                    description=table_docs["description"],
                    row_count=int(row_count),
                    partition_by=[partition] if partition else [],
                    order_by=grain or names,
                    columns=[
                        {
                            "name": name,
                            "type": dtype,
                            "description": table_docs["columns"].get(name, ""),
                        }
                        for name, dtype in data_columns
                    ],
                    files=files,
                )
            sources = _source_documents(con)
        finally:
            con.close()
        manifest = ExportManifest(
            schema_version=schema_version,
            run_id=run_id,
            exported_at=dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            export_root=export_root,
            tables=exported,
            source_documents=sources,
            quality_gate=gate,
        )
        (staging / MANIFEST_FILE_NAME).write_text(
            json.dumps(manifest.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        _write_readme(staging, manifest)
        if export_root.exists():
            _exchange(staging, export_root)  # staging now holds the previous export
            shutil.rmtree(staging, ignore_errors=True)
        else:
            os.rename(staging, export_root)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return manifest


def read_manifest(export_root: Path) -> dict[str, Any]:
    return json.loads((Path(export_root) / MANIFEST_FILE_NAME).read_text(encoding="utf-8"))
