"""Data-quality gate: the Great Expectations suites of `expectations/` run on the built warehouse.

GX's SQL datasource does not work on DuckDB (every metric errors through duckdb_engine), so each
dataset of the checkpoint is read from the warehouse *read-only* with DuckDB, turned into a pandas
DataFrame (via Polars) and validated by GX Core with an ephemeral context and a pandas datasource.
Great Expectations is imported only inside `run_checkpoint` (importing it costs seconds).

Files (all in `expectations/`):
- `checkpoint.json`: the datasets (a SQL query on the warehouse each), which suite validates which
  dataset, the columns that identify an offending row, and the suite parameters (e.g. the ward
  codes of `dim_ward`) computed from the warehouse before validation;
- `suites/<suite>.json`: one GX `ExpectationSuite` per dataset; every expectation carries
  `meta.name` (stable identifier) and `meta.severity` (`critical` fails the gate, `warning` is
  only reported).

Cross-table rules (ward code in `dim_ward`, gap = actual − target, status vs comparator) are derived
columns of the dataset queries and checked by ordinary GX expectations. The row-count collapse check
compares the row counts of this run with those of the latest previous *successful* run stored in
`quality.table_row_counts`; a drop of more than half is critical unless `WARDWH_ALLOW_SHRINK=1`.

Results are appended to `quality.validation_results` / `quality.validation_runs` /
`quality.table_row_counts` in the warehouse and written as a self-contained HTML report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import logging
import math
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import polars as pl

from ingest import settings

# Called as (suites done, suites in the checkpoint, suite just validated; "" before the first).
Progress = Callable[[int, int, str], None]

EXPECTATIONS_DIR = settings.REPO_ROOT / "expectations"
CHECKPOINT_FILE_NAME = "checkpoint.json"
SUITES_DIR_NAME = "suites"
ALLOW_SHRINK_ENV = "WARDWH_ALLOW_SHRINK"
SEVERITIES = ("critical", "warning")
SAMPLE_ROWS = 20  # offending rows kept per expectation
ROW_COUNTS_DATASET = "row_counts"

QUALITY_DDL = """
create schema if not exists quality;
create table if not exists quality.validation_runs (
    run_id              varchar not null,
    checkpoint          varchar not null,
    validated_at        timestamp not null,
    success             boolean not null,
    expectations        integer not null,
    failed_critical     integer not null,
    failed_warning      integer not null,
    allow_shrink        boolean not null,
    fingerprint         varchar not null,
    report_path         varchar,
    gx_version          varchar
);
create table if not exists quality.validation_results (
    run_id              varchar not null,
    suite               varchar not null,
    expectation         varchar not null,
    expectation_type    varchar not null,
    severity            varchar not null,
    success             boolean not null,
    observed_value      varchar,
    unexpected_count    bigint,
    unexpected_sample   varchar,
    message             varchar not null,
    validated_at        timestamp not null
);
create table if not exists quality.table_row_counts (
    run_id              varchar not null,
    table_name          varchar not null,
    row_count           bigint not null,
    validated_at        timestamp not null
);
"""


class GateConfigError(RuntimeError):
    """The checkpoint definition or a suite file is malformed."""


@dataclass(frozen=True)
class ExpectationResult:
    suite: str
    dataset: str
    expectation: str  # stable name (meta.name)
    expectation_type: str
    severity: str  # critical | warning
    success: bool
    observed_value: str | None
    unexpected_count: int | None
    offending_rows: list[dict[str, Any]]
    message: str
    description: str = ""

    @property
    def blocking(self) -> bool:
        return not self.success and self.severity == "critical"


@dataclass
class GateResult:
    run_id: str
    success: bool  # no critical failure
    results: list[ExpectationResult]
    validated_at: dt.datetime
    fingerprint: str
    report_path: Path | None = None
    row_counts: dict[str, int] = field(default_factory=dict)

    @property
    def failures(self) -> list[ExpectationResult]:
        return [r for r in self.results if not r.success]

    @property
    def critical_failures(self) -> list[ExpectationResult]:
        return [r for r in self.results if r.blocking]

    @property
    def warnings(self) -> list[ExpectationResult]:
        return [r for r in self.results if not r.success and r.severity == "warning"]

    @property
    def exit_code(self) -> int:
        return 0 if self.success else 1

    def summary(self) -> str:
        """Plain-text summary for the terminal: verdict, counts, then every failure."""
        verdict = "PASSED" if self.success else "FAILED"
        lines = [
            f"data-quality gate {verdict} (run {self.run_id}): {len(self.results)} expectations, "
            f"{len(self.critical_failures)} critical failure(s), {len(self.warnings)} warning(s)"
        ]
        lines += [f"  {r.message}" for r in _failures_first(self.failures)]
        if self.report_path:
            lines.append(f"  report: {self.report_path}")
        return "\n".join(lines)

    def describe(self) -> str:
        return self.summary()

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "success": self.success,
            "validated_at": self.validated_at.isoformat(),
            "fingerprint": self.fingerprint,
            "report_path": str(self.report_path) if self.report_path else None,
            "row_counts": self.row_counts,
            "results": [asdict(r) for r in self.results],
        }


# --------------------------------------------------------------------------- configuration


def load_checkpoint(expectations_dir: Path | None = None) -> dict[str, Any]:
    """The checkpoint definition (`expectations/checkpoint.json`), checked for consistency."""
    base = expectations_dir or EXPECTATIONS_DIR
    config = json.loads((base / CHECKPOINT_FILE_NAME).read_text(encoding="utf-8"))
    for validation in config.get("validations", []):
        for key in ("dataset", "suite"):
            if key not in validation:
                raise GateConfigError(f"checkpoint validation without {key!r}: {validation}")
        if validation["dataset"] != ROW_COUNTS_DATASET and "query" not in validation:
            raise GateConfigError(f"dataset {validation['dataset']!r} has no query")
    return config


def load_suite_dict(name: str, expectations_dir: Path | None = None) -> dict[str, Any]:
    """One suite file as a dict (GX `ExpectationSuite` JSON), with every expectation checked."""
    base = expectations_dir or EXPECTATIONS_DIR
    path = base / SUITES_DIR_NAME / f"{name}.json"
    suite = json.loads(path.read_text(encoding="utf-8"))
    if suite.get("name") != name:
        raise GateConfigError(f"{path}: suite name {suite.get('name')!r} != file name {name!r}")
    seen: set[str] = set()
    for expectation in suite.get("expectations", []):
        meta = expectation.get("meta") or {}
        label = meta.get("name")
        if not label or label in seen:
            raise GateConfigError(f"{path}: expectation without a unique meta.name: {expectation}")
        seen.add(label)
        if meta.get("severity") not in SEVERITIES:
            raise GateConfigError(f"{path}: {label}: meta.severity must be one of {SEVERITIES}")
    return suite


def _query_text(query: str | list[str]) -> str:
    return "\n".join(query) if isinstance(query, list) else query


# --------------------------------------------------------------------------- reading the warehouse


def _table_exists(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> bool:
    row = con.execute(
        "select count(*) from information_schema.tables where table_schema = ? and table_name = ?",
        [schema, table],
    ).fetchone()
    return bool(row and row[0])


def counted_tables(con: duckdb.DuckDBPyConnection, patterns: list[str]) -> list[str]:
    """Tables named by `schema.table` or `schema.*` patterns that exist, sorted."""
    found: set[str] = set()
    for pattern in patterns:
        schema, _, table = pattern.partition(".")
        if table == "*":
            rows = con.execute(
                "select table_name from information_schema.tables where table_schema = ?",
                [schema],
            ).fetchall()
            found.update(f"{schema}.{name}" for (name,) in rows)
        elif _table_exists(con, schema, table):
            found.add(pattern)
    return sorted(found)


def warehouse_fingerprint(
    con: duckdb.DuckDBPyConnection, tables: list[str]
) -> tuple[str, dict[str, int]]:
    """A content hash of the given tables (row count + sum of row hashes each) and their counts."""
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    for table in tables:
        count, hashed = con.execute(
            f"select count(*), coalesce(sum(hash(t)::hugeint), 0) from {table} t"
        ).fetchone()
        counts[table] = int(count)
        digest.update(f"{table}\t{count}\t{hashed}\n".encode())
    return digest.hexdigest(), counts


def _to_pandas(frame: pl.DataFrame):  # -> pandas.DataFrame (pandas is imported lazily by Polars)
    casts = [
        pl.col(name).cast(pl.Float64)
        for name, dtype in frame.schema.items()
        if isinstance(dtype, pl.Decimal)
    ]
    if casts:
        frame = frame.with_columns(casts)
    return frame.to_pandas()


def _previous_counts(
    con: duckdb.DuckDBPyConnection, run_id: str
) -> tuple[str | None, dict[str, int]]:
    if not (
        _table_exists(con, "quality", "validation_runs")
        and _table_exists(con, "quality", "table_row_counts")
    ):
        return None, {}
    row = con.execute(
        "select run_id from quality.validation_runs where success and run_id <> ? "
        "order by validated_at desc limit 1",
        [run_id],
    ).fetchone()
    if not row:
        return None, {}
    counts = con.execute(
        "select table_name, row_count from quality.table_row_counts where run_id = ?", [row[0]]
    ).fetchall()
    return row[0], {name: int(count) for name, count in counts}


def _row_count_frame(
    counts: dict[str, int],
    previous_run: str | None,
    previous: dict[str, int],
    threshold: float,
    allowed: bool,
    validated_tables: set[str],
) -> pl.DataFrame:
    rows = []
    for table in sorted(set(counts) | set(previous)):
        now = counts.get(table, 0)
        before = previous.get(table)
        ratio = None if not before else now / before
        rows.append(
            {
                "table_name": table,
                "row_count": now,
                "previous_row_count": before,
                "previous_run_id": previous_run if before is not None else None,
                "ratio_to_previous": ratio,
                "not_collapsed": ratio is None or ratio >= threshold,
                "shrink_allowed": allowed,
                "has_suite": table in validated_tables or table not in counts,
            }
        )
    schema = {
        "table_name": pl.String,
        "row_count": pl.Int64,
        "previous_row_count": pl.Int64,
        "previous_run_id": pl.String,
        "ratio_to_previous": pl.Float64,
        "not_collapsed": pl.Boolean,
        "shrink_allowed": pl.Boolean,
        "has_suite": pl.Boolean,
    }
    return pl.DataFrame(rows, schema=schema)


# --------------------------------------------------------------------------- GX results → ours


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if value is None or isinstance(value, (str, int, bool)):
        return value
    if hasattr(value, "item"):  # numpy scalar
        try:
            return _jsonable(value.item())
        except (ValueError, TypeError):
            pass
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError, ImportError):
        pass
    return str(value)


def _columns_of(kwargs: dict[str, Any]) -> str:
    if "column" in kwargs:
        return str(kwargs["column"])
    if "column_list" in kwargs:
        return ", ".join(map(str, kwargs["column_list"]))
    if "column_A" in kwargs:
        return f"{kwargs['column_A']}, {kwargs['column_B']}"
    return "table"


def _exception_messages(info: Any) -> list[str]:
    if not isinstance(info, dict):
        return []
    if "raised_exception" in info:
        return [str(info.get("exception_message"))] if info.get("raised_exception") else []
    messages: list[str] = []
    for nested in info.values():
        messages += _exception_messages(nested)
    return messages


def _message(
    severity: str,
    suite: str,
    name: str,
    etype: str,
    columns: str,
    success: bool,
    observed: str | None,
    rows: list[dict[str, Any]],
    errors: list[str],
    description: str,
) -> str:
    head = f"[{severity}] {suite}.{name} ({etype} on {columns})"
    if success:
        return f"{head}: passed ({observed})"
    text = f"{head} FAILED: {observed}"
    if description:
        text += f" — {description}"
    if errors:
        text += f"; error: {errors[0]}"
    if rows:
        sample = "; ".join(json.dumps(row, ensure_ascii=False, default=str) for row in rows[:5])
        more = f" (+{len(rows) - 5} more)" if len(rows) > 5 else ""
        text += f"; offending rows: {sample}{more}"
    return text


def _convert(
    suite: str, dataset: str, validation_result: Any, metas: dict[str, dict[str, Any]]
) -> ExpectationResult:
    config = validation_result.expectation_config
    meta = dict(config.meta or {})
    name = meta.get("name") or config.type
    meta = {**metas.get(name, {}), **meta}
    severity = meta.get("severity", "critical")
    result = _jsonable(dict(validation_result.result or {}))
    kwargs = {k: v for k, v in dict(config.kwargs).items() if k != "batch_id"}
    errors = _exception_messages(_jsonable(validation_result.exception_info))
    unexpected_count = result.get("unexpected_count")
    if "observed_value" in result:
        observed = json.dumps(result["observed_value"], ensure_ascii=False, default=str)
    elif unexpected_count is not None:
        observed = f"{unexpected_count} of {result.get('element_count')} rows unexpected"
    elif errors:
        observed = "error"
    else:
        observed = None
    rows_raw = (
        result.get("unexpected_index_list") or result.get("partial_unexpected_index_list") or []
    )
    rows = [row if isinstance(row, dict) else {"row_index": row} for row in rows_raw]
    if not rows and result.get("partial_unexpected_list"):
        rows = [{"value": value} for value in result["partial_unexpected_list"]]
    success = bool(validation_result.success)
    description = meta.get("description", "")
    if meta.get("explained_by"):
        description = f"{description} ({meta['explained_by']})".strip()
    return ExpectationResult(
        suite=suite,
        dataset=dataset,
        expectation=name,
        expectation_type=config.type,
        severity=severity,
        success=success,
        observed_value=observed,
        unexpected_count=int(unexpected_count) if unexpected_count is not None else None,
        offending_rows=[] if success else rows[:SAMPLE_ROWS],
        message=_message(
            severity,
            suite,
            name,
            config.type,
            _columns_of(kwargs),
            success,
            observed,
            rows,
            errors,
            description,
        ),
        description=description,
    )


def _unreadable(suite: str, dataset: str, error: Exception) -> ExpectationResult:
    text = f"{type(error).__name__}: {error}".splitlines()[0]
    return ExpectationResult(
        suite=suite,
        dataset=dataset,
        expectation="dataset_readable",
        expectation_type="dataset_readable",
        severity="critical",
        success=False,
        observed_value="error",
        unexpected_count=None,
        offending_rows=[],
        message=(
            f"[critical] {suite}.dataset_readable FAILED: "
            f"dataset {dataset!r} cannot be read — {text}"
        ),
        description="the dataset query runs on the warehouse",
    )


# --------------------------------------------------------------------------- the gate


def _code_parameters() -> dict[str, list[Any]]:
    """Domains defined once in the product's code, not copied into the suites."""
    from ingest.extract import REJECTION_REASONS

    return {"rejection_reasons": sorted(REJECTION_REASONS)}


def run_checkpoint(
    warehouse: Path,
    *,
    run_id: str,
    report_dir: Path | None = None,
    expectations_dir: Path | None = None,
    progress: Progress | None = None,
) -> GateResult:
    """Validate the built warehouse with every suite of the checkpoint and store the results.

    Returns the gate verdict (`success` is false when any critical expectation failed); never
    raises on bad data. Raises FileNotFoundError when the warehouse file does not exist.
    `progress` is told of each suite as it is validated.
    """
    warehouse = Path(warehouse)
    if not warehouse.is_file():
        raise FileNotFoundError(f"no warehouse at {warehouse}; run ingest and build first")
    config = load_checkpoint(expectations_dir)
    allow_shrink = os.environ.get(ALLOW_SHRINK_ENV, "").strip().lower() in {"1", "true", "yes"}
    threshold = float(config.get("shrink_threshold", 0.5))

    # 1. read every dataset and parameter read-only, then let go of the file
    frames: dict[str, Any] = {}
    read_errors: dict[str, Exception] = {}
    parameters: dict[str, list[Any]] = {}
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = counted_tables(con, config.get("row_count_tables", ["raw.*", "marts.*"]))
        fingerprint, counts = warehouse_fingerprint(con, tables)
        previous_run, previous = _previous_counts(con, run_id)
        parameters.update(_code_parameters())
        for name, query in config.get("parameters", {}).items():
            try:
                values = con.execute(_query_text(query)).fetchall()
                parameters[name] = sorted({row[0] for row in values if row[0] is not None}, key=str)
            except duckdb.Error:
                parameters[name] = []
        for validation in config["validations"]:
            dataset = validation["dataset"]
            try:
                if dataset == ROW_COUNTS_DATASET:
                    validated = {v["table"] for v in config["validations"] if v.get("table")}
                    frame = _row_count_frame(
                        counts, previous_run, previous, threshold, allow_shrink, validated
                    )
                else:
                    frame = con.execute(_query_text(validation["query"])).pl()
                frames[dataset] = _to_pandas(frame)
            except duckdb.Error as error:
                read_errors[dataset] = error
    finally:
        con.close()

    # 2. validate with GX (imported only here)
    results = _validate(
        config, frames, read_errors, parameters, allow_shrink, expectations_dir, progress
    )
    success = not any(r.blocking for r in results)
    validated_at = dt.datetime.now().replace(microsecond=0)

    gate = GateResult(
        run_id=run_id,
        success=success,
        results=results,
        validated_at=validated_at,
        fingerprint=fingerprint,
        row_counts=counts,
    )

    # 3. report and persistence
    report_dir = Path(report_dir) if report_dir else warehouse.parent / "reports"
    report_dir.mkdir(parents=True, exist_ok=True)
    gate.report_path = report_dir / f"quality_{_safe(run_id)}.html"
    gate.report_path.write_text(render_html_report(gate), encoding="utf-8")
    _store(warehouse, gate, config.get("name", "wardwh_gate"), allow_shrink)
    return gate


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)


def _validate(
    config: dict[str, Any],
    frames: dict[str, Any],
    read_errors: dict[str, Exception],
    parameters: dict[str, list[Any]],
    allow_shrink: bool,
    expectations_dir: Path | None,
    progress: Progress | None = None,
) -> list[ExpectationResult]:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    total = len(config["validations"])
    if progress:
        progress(0, total, "")
    import great_expectations as gx
    from great_expectations.core.expectation_suite import ExpectationSuite
    from great_expectations.data_context.types.base import ProgressBarsConfig

    _quiet_gx_logging()

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("warehouse")
    results: list[ExpectationResult] = []
    for position, validation in enumerate(config["validations"], start=1):
        dataset, suite_name = validation["dataset"], validation["suite"]
        suite_dict = load_suite_dict(suite_name, expectations_dir)
        metas: dict[str, dict[str, Any]] = {}
        order: list[str] = []
        for expectation in suite_dict["expectations"]:
            meta = expectation.setdefault("meta", {})
            env = meta.get("downgrade_when_env")
            if env and allow_shrink and env == ALLOW_SHRINK_ENV and meta["severity"] == "critical":
                meta["severity"] = "warning"
                meta["explained_by"] = f"explained by {ALLOW_SHRINK_ENV}=1, reported as a warning"
            expectation["severity"] = meta["severity"]  # GX's own severity field mirrors ours
            metas[meta["name"]] = meta
            order.append(meta["name"])
        if dataset in read_errors:
            results.append(_unreadable(suite_name, dataset, read_errors[dataset]))
            if progress:
                progress(position, total, suite_name)
            continue
        frame = frames[dataset]
        suite = context.suites.add(ExpectationSuite(**suite_dict))
        asset = source.add_dataframe_asset(dataset)
        batch_definition = asset.add_batch_definition_whole_dataframe(f"{dataset}_whole")
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(
                name=f"{dataset}__{suite_name}", data=batch_definition, suite=suite
            )
        )
        index_columns = [c for c in validation.get("index_columns", []) if c in frame.columns]
        result_format: dict[str, Any] = {"result_format": "COMPLETE"}
        if index_columns:
            result_format["unexpected_index_column_names"] = index_columns
        outcome = definition.run(
            batch_parameters={"dataframe": frame},
            expectation_parameters=parameters,
            result_format=result_format,
        )
        converted = [_convert(suite_name, dataset, r, metas) for r in outcome.results]
        converted.sort(
            key=lambda r: order.index(r.expectation) if r.expectation in order else len(order)
        )
        results += converted
        if progress:
            progress(position, total, suite_name)
    return results


def _quiet_gx_logging() -> None:
    """Some GX modules set their own loggers to INFO (e.g. the ephemeral docs folder line); the
    command line shows its own progress, so only GX warnings and errors get through."""
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    for name in list(logging.root.manager.loggerDict):
        if name.startswith("great_expectations."):
            logger = logging.getLogger(name)
            if logger.level and logger.level < logging.WARNING:
                logger.setLevel(logging.WARNING)


def _store(warehouse: Path, gate: GateResult, checkpoint: str, allow_shrink: bool) -> None:
    from importlib.metadata import version

    con = duckdb.connect(str(warehouse))
    try:
        con.execute("begin")
        con.execute(QUALITY_DDL)
        for table in ("validation_runs", "validation_results", "table_row_counts"):
            con.execute(f"delete from quality.{table} where run_id = ?", [gate.run_id])
        con.execute(
            "insert into quality.validation_runs values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                gate.run_id,
                checkpoint,
                gate.validated_at,
                gate.success,
                len(gate.results),
                len(gate.critical_failures),
                len(gate.warnings),
                allow_shrink,
                gate.fingerprint,
                str(gate.report_path) if gate.report_path else None,
                version("great_expectations"),
            ],
        )
        con.executemany(
            "insert into quality.validation_results values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [
                    gate.run_id,
                    r.suite,
                    r.expectation,
                    r.expectation_type,
                    r.severity,
                    r.success,
                    r.observed_value,
                    r.unexpected_count,
                    json.dumps(r.offending_rows, ensure_ascii=False, default=str)
                    if r.offending_rows
                    else None,
                    r.message,
                    gate.validated_at,
                ]
                for r in gate.results
            ],
        )
        con.executemany(
            "insert into quality.table_row_counts values (?, ?, ?, ?)",
            [
                [gate.run_id, table, count, gate.validated_at]
                for table, count in gate.row_counts.items()
            ],
        )
        con.execute("commit")
    finally:
        con.close()


def latest_gate(warehouse: Path) -> dict[str, Any] | None:
    """The latest stored validation run (dict of quality.validation_runs), or None."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        if not _table_exists(con, "quality", "validation_runs"):
            return None
        cursor = con.execute(
            "select * from quality.validation_runs order by validated_at desc, rowid desc limit 1"
        )
        row = cursor.fetchone()
        if not row:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))
    finally:
        con.close()


def current_fingerprint(warehouse: Path, expectations_dir: Path | None = None) -> str:
    """The fingerprint `run_checkpoint` would compute now (to tell whether data changed since)."""
    config = load_checkpoint(expectations_dir)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = counted_tables(con, config.get("row_count_tables", ["raw.*", "marts.*"]))
        return warehouse_fingerprint(con, tables)[0]
    finally:
        con.close()


# --------------------------------------------------------------------------- HTML report


def _failures_first(results: list[ExpectationResult]) -> list[ExpectationResult]:
    rank = {"critical": 0, "warning": 1}
    return sorted(results, key=lambda r: (r.success, rank.get(r.severity, 2)))


_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;
  margin:2rem;color:#1f2933;}
h1{font-size:1.4rem;margin-bottom:.2rem} h2{font-size:1.1rem;margin-top:2rem}
.verdict{display:inline-block;padding:.3rem .8rem;border-radius:4px;color:#fff;font-weight:600}
.pass{background:#2f855a}.fail{background:#c53030}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.85rem}
th,td{border:1px solid #cbd2d9;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f4f8} .critical{color:#c53030;font-weight:600}
.warning{color:#b7791f;font-weight:600} .ok{color:#2f855a}
.card{border:1px solid #cbd2d9;border-left:6px solid #c53030;padding:.5rem 1rem;margin:1rem 0}
.card.warning-card{border-left-color:#d69e2e} code{background:#f0f4f8;padding:0 .2rem}
.muted{color:#616e7c;font-size:.85rem}
"""


def render_html_report(gate: GateResult) -> str:
    """A self-contained HTML page (inline CSS, no script, no remote resource)."""
    e = html.escape
    failures = _failures_first(gate.failures)
    passed = [r for r in gate.results if r.success]
    verdict = "PASSED" if gate.success else "FAILED"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        f"<title>Chất lượng dữ liệu / Data quality — {e(gate.run_id)}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Kiểm tra chất lượng dữ liệu / Data-quality gate</h1>",
        f'<p><span class="verdict {"pass" if gate.success else "fail"}">{verdict}</span> '
        f"run <code>{e(gate.run_id)}</code> · {e(gate.validated_at.isoformat(sep=' '))} · "
        f"{len(gate.results)} expectations · {len(gate.critical_failures)} critical failure(s) · "
        f"{len(gate.warnings)} warning(s)</p>",
        f'<p class="muted">Warehouse fingerprint <code>{e(gate.fingerprint[:16])}</code>. Critical '
        "failures block the export; warnings are only reported.</p>",
        "<h2>Lỗi và cảnh báo / Failures and warnings</h2>",
    ]
    if not failures:
        parts.append('<p class="ok">Không có lỗi / No failure.</p>')
    for r in failures:
        card = "card" if r.severity == "critical" else "card warning-card"
        parts.append(f'<div class="{card}">')
        parts.append(
            f'<p><span class="{r.severity}">{e(r.severity.upper())}</span> '
            f"<code>{e(r.suite)}.{e(r.expectation)}</code> — "
            f"<code>{e(r.expectation_type)}</code></p>"
        )
        if r.description:
            parts.append(f"<p>{e(r.description)}</p>")
        parts.append(f"<p>Observed: {e(str(r.observed_value))}</p>")
        if not r.offending_rows:  # otherwise the table below says it better
            parts.append(f'<p class="muted">{e(r.message)}</p>')
        if r.offending_rows:
            columns: list[str] = []
            for row in r.offending_rows:
                columns += [c for c in row if c not in columns]
            parts.append(
                "<table><thead><tr>"
                + "".join(f"<th>{e(c)}</th>" for c in columns)
                + "</tr></thead><tbody>"
            )
            for row in r.offending_rows:
                parts.append(
                    "<tr>" + "".join(f"<td>{e(_cell(row.get(c)))}</td>" for c in columns) + "</tr>"
                )
            parts.append("</tbody></table>")
            if r.unexpected_count and r.unexpected_count > len(r.offending_rows):
                parts.append(
                    f'<p class="muted">{len(r.offending_rows)} of {r.unexpected_count} '
                    "rows shown.</p>"
                )
        parts.append("</div>")
    parts.append("<h2>Đạt / Passed</h2>")
    parts.append(
        "<table><thead><tr><th>suite</th><th>expectation</th><th>severity</th><th>type</th>"
        "<th>observed</th></tr></thead><tbody>"
    )
    for r in passed:
        parts.append(
            f"<tr><td>{e(r.suite)}</td><td>{e(r.expectation)}</td><td>{e(r.severity)}</td>"
            f"<td>{e(r.expectation_type)}</td><td>{e(str(r.observed_value))}</td></tr>"
        )
    parts.append("</tbody></table>")
    parts.append(
        "<h2>Số dòng / Row counts</h2>"
        "<table><thead><tr><th>table</th><th>rows</th></tr></thead><tbody>"
    )
    for table, count in sorted(gate.row_counts.items()):
        parts.append(f"<tr><td>{e(table)}</td><td>{count}</td></tr>")
    parts.append("</tbody></table></body></html>")
    return "\n".join(parts)


def _cell(value: Any) -> str:
    if value is None:
        return "∅"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
