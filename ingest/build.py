"""Run the dbt project (seeds, models, tests) programmatically.

`wardwh build` calls `run_dbt_build`; tests and notebooks may call it too. dbt is invoked in
process through `dbtRunner`, with the project and its `profiles.yml` at the repository root.
When `warehouse_dir` is given it is passed to dbt as `WAREHOUSE_DIR` (profiles.yml reads it), so
dbt builds the same DuckDB file the ingest wrote; `target="postgres"` builds the PostgreSQL
warehouse named by the PG* variables instead. Test failures never raise: the result says what
passed and failed, and the caller decides the exit code.

`build_warehouse` (what `wardwh build` runs) builds only what changed since the last successful
build of the same warehouse, recorded in raw.build_runs: new documents rebuild what depends on
the raw layer (`--select source:raw+`, the incremental models only take the new documents), a
changed seed or data test rebuilds everything, a changed model or macro rebuilds everything from
scratch (`--full-refresh`), and nothing changed means nothing to do.

With `log_file`, dbt prints nothing: its full log (every event, debug level included) goes to
that file, and `on_node` is called as each node finishes, for a progress bar. dbt fires events
from its worker threads, so `on_node` must be thread-safe.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ingest.settings import REPO_ROOT, WAREHOUSE_FILE_NAME, postgres_params

# dbt statuses, by kind of node (RunStatus / TestStatus values).
_PASSED = {"success", "pass"}
_FAILED = {"error", "fail", "runtime error"}
_WARNED = {"warn"}
_SKIPPED = {"skipped"}


_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


@dataclass(frozen=True)
class NodeFailure:
    """A node that errored or failed: the file it is defined in and dbt's message."""

    path: str  # relative to the project (models/marts/_marts.yml for a generic test)
    name: str
    resource_type: str
    status: str
    message: str


@dataclass(frozen=True)
class NodeEvent:
    """One dbt node finished (for progress bars and verbose lines)."""

    unique_id: str
    name: str
    resource_type: str
    status: str
    execution_time: float
    total: int | None  # nodes of the invocation, once dbt has said it

    def describe(self) -> str:
        return f"{self.status} {self.resource_type} {self.name} ({self.execution_time:.2f}s)"


@dataclass(frozen=True)
class BuildResult:
    """Outcome of one dbt invocation, counted by kind of node."""

    success: bool
    command: str
    models_passed: int = 0
    models_failed: int = 0
    seeds_passed: int = 0
    seeds_failed: int = 0
    tests_passed: int = 0
    tests_failed: int = 0
    tests_warned: int = 0
    unit_tests_passed: int = 0
    unit_tests_failed: int = 0
    skipped: int = 0
    failures: tuple[str, ...] = field(default_factory=tuple)
    error: str | None = None
    failed_nodes: tuple[NodeFailure, ...] = field(default_factory=tuple)
    log_path: Path | None = None
    elapsed_s: float | None = None  # dbt's own execution time, start-up and parsing excluded

    def describe(self) -> str:
        """One line for the CLI."""
        if self.error and not (self.models_passed or self.tests_passed or self.seeds_passed):
            return f"dbt {self.command} failed: {self.error}"
        if self.command != "build":
            return f"dbt {self.command} " + ("ok" if self.success else "FAILED")
        parts = [
            f"{self.seeds_passed} seeds",
            f"{self.models_passed} models",
            f"{self.tests_passed} data tests",
            f"{self.unit_tests_passed} unit tests passed",
        ]
        problems = []
        if self.models_failed or self.seeds_failed:
            problems.append(f"{self.models_failed + self.seeds_failed} models/seeds failed")
        if self.tests_failed or self.unit_tests_failed:
            problems.append(f"{self.tests_failed + self.unit_tests_failed} tests failed")
        if self.tests_warned:
            problems.append(f"{self.tests_warned} tests warned")
        if self.skipped:
            problems.append(f"{self.skipped} skipped")
        status = "ok" if self.success else "FAILED"
        line = f"dbt {self.command} {status}: " + ", ".join(parts)
        if problems:
            line += " (" + ", ".join(problems) + ")"
        if self.failures:
            line += "; failing: " + ", ".join(self.failures[:5])
            if len(self.failures) > 5:
                line += f" and {len(self.failures) - 5} more"
        return line


DEFAULT_WAREHOUSE = Path("data", "warehouse")  # profiles.yml's default for WAREHOUSE_DIR


@contextmanager
def _environment(warehouse_dir: Path | None, project_dir: Path) -> Iterator[None]:
    """Run dbt as an analyst's `dbt` typed in the project folder runs: from that folder, with
    WAREHOUSE_DIR set only for a warehouse other than the one the profile names already.

    dbt parses the whole project again (about 3 s) whenever the profile it renders differs
    from the last parse's, so `wardwh build` and a `dbt build` by hand must render one path.
    """
    previous_dir = Path.cwd()
    previous = os.environ.get("WAREHOUSE_DIR")
    if warehouse_dir is not None:
        warehouse_dir = Path(warehouse_dir).resolve()
        warehouse_dir.mkdir(parents=True, exist_ok=True)
        named = Path(previous).resolve() if previous else project_dir / DEFAULT_WAREHOUSE
        if warehouse_dir != named:
            os.environ["WAREHOUSE_DIR"] = str(warehouse_dir)
    os.chdir(project_dir)
    try:
        yield
    finally:
        os.chdir(previous_dir)
        if previous is None:
            os.environ.pop("WAREHOUSE_DIR", None)
        else:
            os.environ["WAREHOUSE_DIR"] = previous


class _EventSink:
    """dbt callback: writes every event to the log file and reports finished nodes."""

    def __init__(self, log_file: Path | None, on_node: Callable[[NodeEvent], None] | None) -> None:
        self._lock = threading.Lock()
        self._handle = None
        if log_file is not None:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            self._handle = log_file.open("w", encoding="utf-8")
        self._on_node = on_node
        self.total: int | None = None

    def __call__(self, message) -> None:  # noqa: ANN001 - dbt's EventMsg
        # an exception here would abort dbt's run: never let one escape
        try:
            info = message.info
            if self._handle is not None:
                stamp = datetime.fromtimestamp(info.ts.seconds + info.ts.nanos / 1e9, UTC).strftime(
                    "%Y-%m-%d %H:%M:%S.%f"
                )
                text = _ANSI.sub("", info.msg)
                with self._lock:
                    self._handle.write(f"{stamp} [{info.level:<5}] [{info.thread}]: {text}\n")
            if info.name == "LogStartLine" and message.data.total:
                self.total = int(message.data.total)
            elif info.name == "NodeFinished" and self._on_node is not None:
                node, result = message.data.node_info, message.data.run_result
                self._on_node(
                    NodeEvent(
                        unique_id=node.unique_id,
                        name=node.node_name,
                        resource_type=node.resource_type,
                        status=result.status or node.node_status,
                        execution_time=float(result.execution_time or 0.0),
                        total=self.total,
                    )
                )
        except Exception:  # noqa: BLE001
            pass

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def invoke_dbt(
    command: Sequence[str],
    project_dir: Path = REPO_ROOT,
    *,
    warehouse_dir: Path | None = None,
    target_path: Path | None = None,
    quiet: bool = False,
    log_file: Path | None = None,
    on_node: Callable[[NodeEvent], None] | None = None,
    target: str | None = None,
) -> BuildResult:
    """Run `dbt <command ...>` on the project and count what passed and failed.

    `target_path` redirects dbt's compiled files and artifacts (default: <project>/target);
    `target` is the profile's output (duckdb, the default, or postgres).
    `log_file` silences dbt's console and writes its full log there instead.
    """
    from dbt.cli.main import dbtRunner

    name = " ".join(command[:2]) if command[0] == "docs" else command[0]
    project_dir = Path(project_dir).resolve()
    args = [
        *command,
        "--project-dir",
        str(project_dir),
        "--profiles-dir",
        str(project_dir),
    ]
    if target_path is not None:
        args += ["--target-path", str(Path(target_path).resolve())]
    if target is not None and target != os.environ.get("WARDWH_TARGET", "duckdb"):
        # the profile's own default is not named: dbt would take the name for a change
        args += ["--target", target]
    if log_file is not None:
        log_file = Path(log_file).resolve()
        # dbt's own file log off (ours is complete), and nothing on the console
        args += ["--log-path", str(log_file.parent), "--log-level-file", "none"]
        args += ["--log-level", "none"]
    elif quiet:
        args.insert(0, "--quiet")
    sink = _EventSink(log_file, on_node)
    with _environment(warehouse_dir, project_dir):
        try:
            outcome = dbtRunner(callbacks=[sink]).invoke(args)
        except Exception as exc:  # dbt reports most problems in the result; be safe anyway
            return BuildResult(success=False, command=name, error=_one_line(exc), log_path=log_file)
        finally:
            sink.close()
            _release_duckdb()
    return _summarise(name, outcome, log_file)


def keep_latest_logs(folder: Path, pattern: str = "dbt-*.log", keep: int = 20) -> list[Path]:
    """Delete all but the `keep` newest logs matching `pattern` in `folder`; returns the deleted.

    One full dbt log per build (about 1.5 MB on the bundled corpus) would otherwise pile up.
    """
    logs = sorted(Path(folder).glob(pattern), key=lambda p: (p.stat().st_mtime, p.name))
    removed = logs[: max(len(logs) - keep, 0)]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _release_duckdb() -> None:
    """Close the DuckDB database dbt-duckdb keeps open in this process after a run.

    Without it, the next step of the same process (validate, export, a read-only query) cannot
    open the file: DuckDB refuses a second connection with another configuration.
    """
    try:
        from dbt.adapters.duckdb.connections import DuckDBConnectionManager
    except ImportError:  # pragma: no cover - dbt-duckdb is a dependency
        return
    environment = getattr(DuckDBConnectionManager, "_ENV", None)
    if environment is not None:
        try:
            environment.close()
        except Exception:  # closing is best effort; dropping the reference is what matters
            pass
    DuckDBConnectionManager.close_all_connections()


def run_dbt_build(
    project_dir: Path = REPO_ROOT,
    *,
    warehouse_dir: Path | None = None,
    select: str | None = None,
    target_path: Path | None = None,
    quiet: bool = False,
    log_file: Path | None = None,
    on_node: Callable[[NodeEvent], None] | None = None,
    target: str | None = None,
    full_refresh: bool = False,
    exclude_resource_types: Sequence[str] = (),
    write_json: bool = True,
) -> BuildResult:
    """`dbt build` (seeds, models, unit and data tests), optionally limited to `select`.

    `write_json=False` leaves dbt's JSON artifacts alone (writing the manifest takes most of a
    second) and removes the previous run_results.json rather than leave a stale one.
    """
    command = ["build"]
    if not write_json:
        command.append("--no-write-json")
        artifacts = Path(target_path) if target_path else Path(project_dir) / "target"
        (artifacts / "run_results.json").unlink(missing_ok=True)
    if select:
        command += ["--select", select]
    if full_refresh:
        command.append("--full-refresh")
    for resource_type in exclude_resource_types:
        command += ["--exclude-resource-type", resource_type]
    return invoke_dbt(
        command,
        project_dir,
        warehouse_dir=warehouse_dir,
        target_path=target_path,
        quiet=quiet,
        log_file=log_file,
        on_node=on_node,
        target=target,
    )


def run_dbt_docs_generate(
    project_dir: Path = REPO_ROOT,
    *,
    warehouse_dir: Path | None = None,
    target_path: Path | None = None,
    quiet: bool = False,
    static: bool = False,
    log_file: Path | None = None,
) -> BuildResult:
    """`dbt docs generate`: manifest, catalog and the site, offline, in the target path.

    `static` also writes `static_index.html`, one file with the manifest and catalog inside.
    """
    return invoke_dbt(
        ["docs", "generate", *(["--static"] if static else [])],
        project_dir,
        warehouse_dir=warehouse_dir,
        target_path=target_path,
        quiet=quiet,
        log_file=log_file,
    )


def _summarise(command: str, outcome: object, log_file: Path | None = None) -> BuildResult:
    counts: Counter[str] = Counter()
    failures: list[str] = []
    failed_nodes: list[NodeFailure] = []
    results = getattr(getattr(outcome, "result", None), "results", None) or []
    for item in results:
        node = getattr(item, "node", None)
        kind = str(getattr(node, "resource_type", "other"))
        kind = {"model": "models", "seed": "seeds", "test": "tests", "unit_test": "unit_tests"}.get(
            kind.split(".")[-1].lower(), "other"
        )
        status = str(getattr(item, "status", "")).split(".")[-1].lower()
        if status in _PASSED:
            counts[f"{kind}_passed"] += 1
        elif status in _WARNED:
            counts[f"{kind}_warned"] += 1
        elif status in _SKIPPED:
            counts["skipped"] += 1
        elif status in _FAILED:
            counts[f"{kind}_failed"] += 1
            failures.append(getattr(node, "name", "?"))
            failed_nodes.append(
                NodeFailure(
                    path=str(getattr(node, "original_file_path", "") or "?"),
                    name=str(getattr(node, "name", "?")),
                    resource_type=kind.rstrip("s").replace("unit_test", "unit test"),
                    status=status,
                    message=_one_line(getattr(item, "message", "") or status),
                )
            )
    exception = getattr(outcome, "exception", None)
    elapsed = getattr(getattr(outcome, "result", None), "elapsed_time", None)
    return BuildResult(
        success=bool(getattr(outcome, "success", False)),
        command=command,
        models_passed=counts["models_passed"],
        models_failed=counts["models_failed"],
        seeds_passed=counts["seeds_passed"],
        seeds_failed=counts["seeds_failed"],
        tests_passed=counts["tests_passed"],
        tests_failed=counts["tests_failed"],
        tests_warned=counts["tests_warned"],
        unit_tests_passed=counts["unit_tests_passed"],
        unit_tests_failed=counts["unit_tests_failed"],
        skipped=counts["skipped"],
        failures=tuple(failures),
        error=_one_line(exception) if exception else None,
        failed_nodes=tuple(failed_nodes),
        log_path=log_file,
        elapsed_s=float(elapsed) if isinstance(elapsed, int | float) else None,
    )


def _one_line(error: object) -> str:
    text = " ".join(str(error).split())
    return text[:300]


# ------------------------------------------------------------------------ incremental builds

BUILD_RUNS_SQL = """
create table if not exists raw.build_runs (
    build_id               varchar primary key,
    started_at             timestamp not null,
    finished_at            timestamp,
    target                 varchar not null,
    selection              varchar not null,
    code_fingerprint       varchar not null,
    reference_fingerprint  varchar not null,
    raw_signature          varchar not null,
    status                 varchar not null
)
"""
_CODE = ("models", "macros", "dbt_project.yml")  # a change rebuilds from scratch
_REFERENCE = ("seeds", "tests/dbt")  # a change rebuilds everything, incrementally


@dataclass(frozen=True)
class BuildPlan:
    """What a build has to do, and why."""

    selection: str  # full (from scratch) | all | raw (what depends on the raw layer) | none
    reason: str

    @property
    def dbt_arguments(self) -> dict:
        return {
            "full": {"full_refresh": True},
            "all": {},
            # unit tests check the SQL, which has not changed: only the data tests run again; and
            # target/manifest.json, written by the last build of this same code, stays as it is
            "raw": {
                "select": "source:raw+",
                "exclude_resource_types": ("unit_test",),
                "write_json": False,
            },
        }.get(self.selection, {})


@dataclass(frozen=True)
class BuildState:
    code_fingerprint: str
    reference_fingerprint: str
    raw_signature: str


def fingerprint(project_dir: Path, parts: Sequence[str]) -> str:
    """Hash of the names and contents of the project files under `parts`."""
    digest = hashlib.sha256()
    for part in parts:
        root = project_dir / part
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            digest.update(str(path.relative_to(project_dir)).encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def plan_build(previous: BuildState | None, current: BuildState, *, full: bool) -> BuildPlan:
    """Decide what to rebuild from the last successful build and the state now."""
    if full:
        return BuildPlan("full", "full rebuild requested")
    if previous is None:
        return BuildPlan("full", "first build of this warehouse")
    if previous.code_fingerprint != current.code_fingerprint:
        return BuildPlan("full", "models or macros changed")
    if previous.reference_fingerprint != current.reference_fingerprint:
        return BuildPlan("all", "seeds or data tests changed")
    if previous.raw_signature != current.raw_signature:
        return BuildPlan("raw", "documents were ingested")
    return BuildPlan("none", "nothing changed since the last build")


def _open(target: str, warehouse_dir: Path | None):
    """A connection to the warehouse (the raw layer's backend)."""
    from ingest.load import PostgresConnection, connect

    if target == "postgres":
        return PostgresConnection(postgres_params())
    from ingest.settings import warehouse_dir as default_dir

    return connect(Path(warehouse_dir or default_dir()) / WAREHOUSE_FILE_NAME)


def _raw_signature(connection) -> str:
    """Changes when a document is loaded (a new one, or one loaded again); a run that found
    nothing new leaves it alone, so its build has nothing to do."""
    documents = connection.execute("select count(*), max(ingested_at) from raw.documents")
    count, latest = documents.fetchone()
    return f"{count}|{latest}"


def _previous_state(connection, target: str) -> BuildState | None:
    row = connection.execute(
        "select code_fingerprint, reference_fingerprint, raw_signature from raw.build_runs "
        f"where target = {_literal(target)} and status = 'ok' order by finished_at desc limit 1"
    ).fetchone()
    return BuildState(*row) if row else None


def _literal(value: str | datetime) -> str:
    """A SQL string literal of a value the build writes itself (a target name, a fingerprint, a
    time). Not a bound parameter: DuckDB's Python client imports pandas before it binds one,
    about 0.3 s of each incremental build, and nothing else in the build needs pandas."""
    text = value.isoformat(sep=" ") if isinstance(value, datetime) else value
    return "'" + text.replace("'", "''") + "'"


def build_warehouse(
    project_dir: Path = REPO_ROOT,
    *,
    target: str = "duckdb",
    warehouse_dir: Path | None = None,
    full: bool = False,
    quiet: bool = False,
    log_file: Path | None = None,
    on_node: Callable[[NodeEvent], None] | None = None,
) -> tuple[BuildPlan, BuildResult | None]:
    """Build what changed since the last successful build (`full`: everything from scratch).

    Returns the plan and the dbt result (None when there was nothing to do). `log_file` and
    `on_node` are passed to dbt (see `invoke_dbt`).
    """
    project_dir = Path(project_dir).resolve()
    connection = _open(target, warehouse_dir)
    try:
        connection.execute(BUILD_RUNS_SQL)
        current = BuildState(
            fingerprint(project_dir, _CODE),
            fingerprint(project_dir, _REFERENCE),
            _raw_signature(connection),
        )
        plan = plan_build(_previous_state(connection, target), current, full=full)
    finally:
        connection.close()
    if plan.selection == "none":
        return plan, None
    started = datetime.now(UTC).replace(tzinfo=None)
    result = run_dbt_build(
        project_dir,
        warehouse_dir=warehouse_dir,
        quiet=quiet,
        target=target,
        log_file=log_file,
        on_node=on_node,
        **plan.dbt_arguments,
    )
    connection = _open(target, warehouse_dir)
    try:
        values = [
            f"{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}",
            started,
            datetime.now(UTC).replace(tzinfo=None),
            target,
            plan.selection,
            current.code_fingerprint,
            current.reference_fingerprint,
            current.raw_signature,
            "ok" if result.success else "failed",
        ]
        literals = ", ".join(map(_literal, values))
        connection.execute(f"insert into raw.build_runs values ({literals})")
    finally:
        connection.close()
    return plan, result
