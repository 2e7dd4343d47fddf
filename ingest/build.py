"""Run the dbt project (seeds, models, tests) programmatically.

`wardwh build` calls `run_dbt_build`; tests and notebooks may call it too. dbt is invoked in
process through `dbtRunner`, with the project and its `profiles.yml` at the repository root.
When `warehouse_dir` is given it is passed to dbt as `WAREHOUSE_DIR` (profiles.yml reads it), so
dbt builds the same DuckDB file the ingest wrote. Test failures never raise: the result says
what passed and failed, and the caller decides the exit code.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ingest.settings import REPO_ROOT

# dbt statuses, by kind of node (RunStatus / TestStatus values).
_PASSED = {"success", "pass"}
_FAILED = {"error", "fail", "runtime error"}
_WARNED = {"warn"}
_SKIPPED = {"skipped"}


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


@contextmanager
def _environment(warehouse_dir: Path | None) -> Iterator[None]:
    """Set WAREHOUSE_DIR for dbt while it runs, and restore the previous value after."""
    if warehouse_dir is None:
        yield
        return
    warehouse_dir = Path(warehouse_dir).resolve()
    warehouse_dir.mkdir(parents=True, exist_ok=True)
    previous = os.environ.get("WAREHOUSE_DIR")
    os.environ["WAREHOUSE_DIR"] = str(warehouse_dir)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("WAREHOUSE_DIR", None)
        else:
            os.environ["WAREHOUSE_DIR"] = previous


def invoke_dbt(
    command: Sequence[str],
    project_dir: Path = REPO_ROOT,
    *,
    warehouse_dir: Path | None = None,
    target_path: Path | None = None,
    quiet: bool = False,
) -> BuildResult:
    """Run `dbt <command ...>` on the project and count what passed and failed.

    `target_path` redirects dbt's compiled files and artifacts (default: <project>/target).
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
    if quiet:
        args.insert(0, "--quiet")
    with _environment(warehouse_dir):
        try:
            outcome = dbtRunner().invoke(args)
        except Exception as exc:  # dbt reports most problems in the result; be safe anyway
            return BuildResult(success=False, command=name, error=_one_line(exc))
        finally:
            _release_duckdb()
    return _summarise(name, outcome)


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
) -> BuildResult:
    """`dbt build` (seeds, models, unit and data tests), optionally limited to `select`."""
    command = ["build"]
    if select:
        command += ["--select", select]
    return invoke_dbt(
        command, project_dir, warehouse_dir=warehouse_dir, target_path=target_path, quiet=quiet
    )


def run_dbt_docs_generate(
    project_dir: Path = REPO_ROOT,
    *,
    warehouse_dir: Path | None = None,
    target_path: Path | None = None,
    quiet: bool = False,
) -> BuildResult:
    """`dbt docs generate`: manifest, catalog and the static site, offline, in the target path."""
    return invoke_dbt(
        ["docs", "generate"],
        project_dir,
        warehouse_dir=warehouse_dir,
        target_path=target_path,
        quiet=quiet,
    )


def _summarise(command: str, outcome: object) -> BuildResult:
    counts: Counter[str] = Counter()
    failures: list[str] = []
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
    exception = getattr(outcome, "exception", None)
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
    )


def _one_line(error: object) -> str:
    text = " ".join(str(error).split())
    return text[:300]
