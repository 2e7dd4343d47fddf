"""dbt docs (`wardwh docs`): an offline site, every model, column and seed described, and the
metric definitions written once (docs blocks) and used by the models and the export."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from helpers import run_wardwh

from ingest import docs_site
from ingest.dbt_docs import doc_blocks, parse_doc_blocks, resolve_doc_references
from ingest.settings import REPO_ROOT

# column → docs block it must be described by
METRIC_COLUMNS = {
    ("fct_gap_to_target", "gap_value"): "metric_gap",
    ("fct_gap_to_target", "attainment_ratio"): "metric_attainment",
    ("fct_gap_to_target", "is_met"): "metric_is_met",
    ("fct_gap_to_target", "status"): "metric_status",
    ("fct_gap_to_target", "target_comparator"): "metric_comparator",
    ("fct_gap_to_target", "direction"): "metric_direction",
    ("fct_gap_to_target", "baseline_value"): "metric_baseline",
    ("fct_gap_to_target", "required_change"): "metric_required_change",
    ("dim_indicator", "direction"): "metric_direction",
    ("mart_ward_comparison", "gap_value"): "metric_gap",
    ("mart_ward_comparison", "actual_rank"): "metric_rank",
    ("mart_ward_scorecard", "met_share"): "metric_met_share",
    ("mart_reference_comparison", "difference_value"): "metric_reference_difference",
    ("mart_reference_comparison", "is_less_ambitious"): "metric_less_ambitious",
}
# model → macros of macros/gap_semantics.sql it must call (the formulas live there only)
METRIC_MACROS = {
    "fct_gap_to_target": {
        "target_is_met",
        "gap_value",
        "attainment_ratio",
        "gap_status",
        "required_change",
    },
    "mart_ward_scorecard": {"met_share"},
    "mart_reference_comparison": {"gap_value", "is_less_ambitious"},
    "mart_ward_comparison": {"direction_sign"},
}


@pytest.fixture(scope="module")
def site(gated_export, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("docs")
    warehouse = root / "warehouse"
    warehouse.mkdir()
    shutil.copy(gated_export.warehouse, warehouse / "warehouse.duckdb")
    written = docs_site.write_docs_site(
        REPO_ROOT, root / "docs", warehouse_dir=warehouse, log_file=root / "dbt-docs.log"
    )
    assert written.index == root / "docs" / "index.html"
    assert written.models >= 30 and written.seeds >= 7
    return root / "docs"


@pytest.fixture(scope="module")
def manifest(site: Path) -> dict:
    return json.loads((site / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalog(site: Path) -> dict:
    return json.loads((site / "catalog.json").read_text(encoding="utf-8"))


def _own(manifest: dict, kind: str) -> dict[str, dict]:
    return {
        uid: node
        for uid, node in manifest["nodes"].items()
        if node["resource_type"] == kind and node["package_name"] == "wardwh"
    }


def test_every_model_seed_and_column_has_a_description(manifest: dict, catalog: dict) -> None:
    missing = []
    nodes = {**_own(manifest, "model"), **_own(manifest, "seed")}
    assert len(nodes) >= 37
    for uid, node in nodes.items():
        if not node["description"].strip():
            missing.append(uid)
        declared = {name.lower(): c for name, c in node["columns"].items()}
        # the columns the warehouse really has, declared or not
        actual = catalog["nodes"].get(uid, {}).get("columns", {})
        assert actual, f"{uid} is not in the catalog"
        for column in actual:
            if not (declared.get(column.lower(), {}).get("description") or "").strip():
                missing.append(f"{uid}.{column}")
    for uid, source in manifest["sources"].items():
        if not source["description"].strip():
            missing.append(uid)
    assert not missing, missing


def test_metric_columns_are_described_by_their_docs_block(manifest: dict) -> None:
    blocks = doc_blocks(REPO_ROOT)
    models = {node["name"]: node for node in _own(manifest, "model").values()}
    for (model, column), block in METRIC_COLUMNS.items():
        dbt_text = manifest["docs"][f"doc.wardwh.{block}"]["block_contents"]
        assert dbt_text.strip() == blocks[block]  # our reader agrees with dbt's parser
        assert models[model]["columns"][column]["description"] == dbt_text, (model, column)
    seed = next(n for n in _own(manifest, "seed").values() if n["name"] == "indicators")
    assert seed["columns"]["direction"]["description"].strip() == blocks["metric_direction"]


def test_models_compute_metrics_with_the_macros(manifest: dict) -> None:
    models = {node["name"]: node for node in _own(manifest, "model").values()}
    for model, macros in METRIC_MACROS.items():
        called = {m.split(".")[-1] for m in models[model]["depends_on"]["macros"]}
        assert macros <= called, (model, macros - called)
    compiled = (REPO_ROOT / "models" / "marts" / "fct_gap_to_target.sql").read_text()
    assert "'no_target'" not in compiled, "the status formula belongs in gap_semantics.sql"


def test_export_manifest_carries_the_rendered_definitions(gated_export) -> None:
    exported = json.loads((gated_export.export / "manifest.json").read_text(encoding="utf-8"))
    blocks = doc_blocks(REPO_ROOT)
    for (table, column), block in METRIC_COLUMNS.items():
        columns = {c["name"]: c for c in exported["tables"][table]["columns"]}
        assert columns[column]["description"] == blocks[block], (table, column)
    assert "{{" not in json.dumps(exported)


def test_site_is_one_offline_file(site: Path) -> None:
    page = (site / "index.html").read_text(encoding="utf-8")
    assert '"send_anonymous_usage_stats": false' in page or (
        '"send_anonymous_usage_stats":false' in page
    )
    assert "getIcon(item.type" in page and ' xlink:href="{{' not in page
    docs_site.make_offline(page)  # raises if a remote resource is referenced
    assert "fct_gap_to_target" in page and "negative gap is always behind" in page


def test_make_offline_refuses_remote_resources_and_turns_tracking_off() -> None:
    tracked = '<script>var m = {"send_anonymous_usage_stats": true};</script>'
    assert '"send_anonymous_usage_stats": false' in docs_site.make_offline(tracked)
    for remote in (
        '<script src="https://cdn.example.org/lib.js"></script>',
        "<link rel=stylesheet href='//fonts.example.org/css'>",
        '<img src="http://example.org/x.png">',
    ):
        with pytest.raises(ValueError, match="remote resource"):
            docs_site.make_offline(f"<html>{remote}</html>")
    local = '<link rel="icon" href="data:,"><script src="app.js"></script>'
    assert docs_site.make_offline(local) == local


def test_doc_blocks_parser_and_references() -> None:
    text = (
        "{# a comment with {% docs hidden %}x{% enddocs %} #}\n{% docs a %}\nA **b**\n{% enddocs %}"
    )
    assert parse_doc_blocks(text) == {"a": "A **b**"}
    assert resolve_doc_references("x {{ doc('a') }} y", {"a": "A"}) == "x A y"
    assert resolve_doc_references('{{ doc("missing") }}', {}) == '{{ doc("missing") }}'


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_wardwh_docs_writes_and_serves_the_site(gated_export, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    shutil.copy(gated_export.warehouse, warehouse / "warehouse.duckdb")
    port = _free_port()
    env = {**os.environ, "WAREHOUSE_DIR": str(warehouse), "DOCS_DIR": str(tmp_path / "docs")}
    server = subprocess.Popen(
        [sys.executable, "-m", "ingest", "docs", "--serve", "--port", str(port)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html") as response:
                    body = response.read().decode("utf-8")
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read()
                assert time.monotonic() < deadline, "the docs server did not start"
                time.sleep(1)
        assert response.status == 200 and "fct_gap_to_target" in body
        assert (tmp_path / "docs" / "index.html").is_file()
        assert list((warehouse / "logs").glob("dbt-docs-*.log"))
    finally:
        server.terminate()
        server.wait(timeout=30)
        server.stdout.close()
        server.stderr.close()


def test_wardwh_docs_without_a_warehouse_is_one_error_line(tmp_path: Path) -> None:
    done = run_wardwh("docs", env={"WAREHOUSE_DIR": str(tmp_path / "none")}, timeout=120)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"error: {tmp_path / 'none' / 'warehouse.duckdb'}: no warehouse yet; run `wardwh ingest` "
        "first"
    ]
