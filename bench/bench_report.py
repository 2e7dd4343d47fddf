"""Time to write the ward dashboard, on the export as it is or with every unit given data.

    .venv/bin/python bench/bench_report.py [--export data/export] [--wards 114]

With --wards N, the rows of the wards that have documents are copied onto other units of
dim_ward (new document and fact ids) until N units have data, so the figures show the cost of
a city where every ward has published. Prints pages, size and seconds; runs in one process.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from itertools import cycle
from pathlib import Path

import polars as pl

from ingest import report
from ingest.settings import export_dir

CLONED = {
    "dim_document": ("document_id",),
    "fct_gap_to_target": ("target_fact_id", "actual_fact_id", "baseline_fact_id"),
    "fct_targets": ("fact_id", "document_id"),
    "fct_actuals": ("fact_id", "document_id"),
    "mart_target_revisions": ("fact_id", "document_id"),
    "mart_ward_comparison": (),
    "mart_ward_scorecard": (),
}


def _read(root: Path, table: str, manifest: dict) -> pl.DataFrame:
    partitioned = bool(manifest["tables"][table]["partition_by"])
    return pl.read_parquet(str(root / table / "**" / "*.parquet"), hive_partitioning=partitioned)


def fabricate(source: Path, target: Path, wards: int) -> None:
    """A copy of the export in which `wards` units have data (one file per table)."""
    manifest = json.loads((source / "manifest.json").read_text(encoding="utf-8"))
    units = _read(source, "dim_ward", manifest)
    donors = units.filter(pl.col("has_documents"))["ward_code"].to_list()
    others = [c for c in units["ward_code"].to_list() if c not in donors]
    plan = list(zip(others[: max(wards - len(donors), 0)], cycle(donors), strict=False))
    names = dict(units.select("ward_code", "ward_name").iter_rows())
    tables = {t: _read(source, t, manifest) for t in (*CLONED, "dim_indicator")}
    for table, ids in CLONED.items():
        frame = tables[table]
        copies = [frame]
        for clone, donor in plan:
            rows = frame.filter(pl.col("ward_code") == donor).with_columns(
                ward_code=pl.lit(clone),
                **({"ward_name": pl.lit(names[clone])} if "ward_name" in frame.columns else {}),
                **{c: pl.col(c) + f"-{clone}" for c in ids if c in frame.columns},
            )
            copies.append(rows)
        tables[table] = pl.concat(copies)
    covered = set(donors) | {clone for clone, _ in plan}
    tables["dim_ward"] = units.with_columns(has_documents=pl.col("ward_code").is_in(covered))
    for table, frame in tables.items():
        (target / table).mkdir(parents=True)
        frame.write_parquet(target / table / "part-0.parquet")
        manifest["tables"][table]["partition_by"] = []
    (target / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--export", type=Path, default=export_dir())
    parser.add_argument("--wards", type=int, default=0, help="units given data (0: as exported)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = args.export
        if args.wards:
            source = Path(tmp) / "export"
            fabricate(args.export, source, args.wards)
        started = time.perf_counter()
        result = report.write_report(source, Path(tmp) / "report")
        seconds = time.perf_counter() - started
        files = list((Path(tmp) / "report").rglob("*.html"))
        megabytes = sum(f.stat().st_size for f in files) / 1e6
    print(
        f"units with data: {result.units_with_documents} of {result.units}; "
        f"pages: {len(files)} ({megabytes:.1f} MB)"
    )
    print(f"dashboard written in {seconds:.2f} s ({1000 * seconds / len(files):.0f} ms per page)")


if __name__ == "__main__":
    main()
