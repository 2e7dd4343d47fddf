"""Fixtures shared by the test modules."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
