"""Fixtures shared by the test modules."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _build_warehouse(directory: Path) -> Path:
    """Ingest the bundled corpus and run dbt build into `directory`; return the DuckDB file."""
    env = {**os.environ, "WAREHOUSE_DIR": str(directory)}
    env.pop("WARDWH_ALLOW_SHRINK", None)
    for step in (["ingest", "data/documents"], ["build"]):
        command = [sys.executable, "-m", "ingest", *step]
        done = subprocess.run(
            command, cwd=REPO, env=env, capture_output=True, text=True, timeout=900
        )
        if done.returncode != 0:
            pytest.fail(
                f"{' '.join(step)} failed ({done.returncode}):\n"
                f"{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
            )
    return directory / "warehouse.duckdb"


@pytest.fixture(scope="session")
def built_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse built once per session from the bundled corpus (copy it before changing it)."""
    directory = tmp_path_factory.getbasetemp() / "wardwh-built"
    marker = directory / ".built"
    if not marker.exists():
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True)
        _build_warehouse(directory)
        marker.touch()
    return directory / "warehouse.duckdb"


@dataclass(frozen=True)
class GatedExport:
    """A copy of the built warehouse on which the quality gate passed, and its Parquet export."""

    warehouse: Path
    export: Path


@pytest.fixture(scope="session")
def gated_export(built_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> GatedExport:
    """Shared by the dashboard, docs and notebook tests (copy before changing either)."""
    from ingest import export, quality

    root = tmp_path_factory.mktemp("gated-export")
    warehouse = root / "warehouse" / "warehouse.duckdb"
    warehouse.parent.mkdir()
    shutil.copy(built_warehouse, warehouse)
    os.environ.pop(quality.ALLOW_SHRINK_ENV, None)
    gate = quality.run_checkpoint(warehouse, run_id="gate-shared", report_dir=root / "reports")
    assert gate.success, gate.summary()
    export.export_warehouse(warehouse, root / "export", run_id="export-shared")
    return GatedExport(warehouse=warehouse, export=root / "export")
