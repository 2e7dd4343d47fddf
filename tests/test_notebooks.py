"""The analyst notebooks (notebooks/*.ipynb) run top to bottom on the export of the bundled corpus.

Each notebook is executed with nbclient in a kernel of this interpreter, with EXPORT_DIR pointing at
a fresh Parquet export and WAREHOUSE_DIR pointing nowhere (the notebooks must read the export,
never the live DuckDB file). Every notebook must render at least one PNG chart and convert to HTML.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
EXPECTED = {
    "01_ward_comparison.ipynb",
    "02_gap_to_target_overview.ipynb",
    "03_provenance_and_revisions.ipynb",
}


@pytest.fixture(scope="session")
def export_dir(gated_export, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shared Parquet export with no warehouse beside it: the notebooks cannot
    reach the DuckDB file, even by accident."""
    root = tmp_path_factory.mktemp("nb-export") / "export"
    shutil.copytree(gated_export.export, root)
    return root


def test_the_three_notebooks_exist() -> None:
    assert {p.name for p in NOTEBOOKS} >= EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_reads_only_the_export(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    source = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "code")
    for forbidden in ("duckdb", "warehouse.duckdb", "WAREHOUSE_DIR"):
        assert forbidden not in source, (
            f"{path.name} must read the Parquet export, not the warehouse ({forbidden})"
        )
    assert "EXPORT_DIR" in source
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), (
        f"{path.name} is committed without outputs"
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_and_renders_charts(
    path: Path, export_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nbclient import NotebookClient
    from nbconvert import HTMLExporter

    monkeypatch.setenv("EXPORT_DIR", str(export_dir))
    monkeypatch.setenv("WAREHOUSE_DIR", str(tmp_path / "no-warehouse-here"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name="python3",
        timeout=300,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell

    outputs = [
        o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])
    ]
    errors = [o for o in outputs if o.get("output_type") == "error"]
    assert not errors, errors
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert images, f"{path.name} rendered no PNG chart"

    body, _ = HTMLExporter().from_notebook_node(notebook)
    html_path = tmp_path / f"{path.stem}.html"
    html_path.write_text(body, encoding="utf-8")
    assert body.count("data:image/png;base64") >= len(images)
