"""Scale: files → marts, one new document → updated marts, analyst query latency; DuckDB and
PostgreSQL side by side. Prints figures (never a test).

    .venv/bin/python bench/bench_scale.py --scenario haiphong   # 114 units × 5 years
    .venv/bin/python bench/bench_scale.py --scenario national   # 3,300 units × 1 year
    .venv/bin/python bench/bench_scale.py --units 40 --years 1 --targets duckdb,postgres

For each target (duckdb: the embedded file; postgres: a throwaway server from the Debian
binaries, see ingest/pg_server.py) it measures, each step in its own process as a user runs it:

1. files → marts: `ingest` of the whole corpus (WARDWH_JOBS workers, default 2) and a full
   `build`; wall time, documents/s and the peak memory of the process tree (sampled);
2. one new document → updated marts: `ingest one.txt` then `build` (incremental), twice (the
   second with dbt's partial parse warm); dbt's own execution time is printed beside the wall
   time, the rest is interpreter start, dbt start-up and parse;
3. the analyses/ queries: compiled by dbt for the target, each run --repeat times on a
   read-only connection; median and p95 latency.

Corpora come from bench/generate_corpus.py (or --corpus DIR, a folder it wrote). Beyond the 114
units of Hải Phòng the product knows no unit names, so for more units the benchmark simulates a
national unit list: the ingest processes resolve wards against the generated units.csv
(ingest.issuer patched in the benchmark only) and dbt builds a copy of the project whose
haiphong_units seed is that list.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(REPO))

from generate_corpus import UnitWriter, generate, make_units  # noqa: E402

from ingest.settings import WAREHOUSE_FILE_NAME  # noqa: E402

SCENARIOS = {"haiphong": (114, 5), "national": (3300, 1)}
PROJECT_PARTS = ("models", "macros", "seeds", "tests/dbt", "analyses")


# ------------------------------------------------------------------ steps (run as processes)


def _use_units(units_csv: Path) -> None:
    """Make the ward resolver know the generated units (benchmark only; see the docstring)."""
    from ingest import issuer

    try:
        index = issuer._communes.__wrapped__(units_csv)
        issuer._communes = lambda path=None: index
        issuer.subject_of.cache_clear()
    except AttributeError as error:  # the resolver was rewritten: adapt this function
        raise SystemExit(f"error: cannot give the resolver the generated units: {error}") from error


def step_ingest(args: argparse.Namespace) -> int:
    from ingest.load import ingest_paths
    from ingest.settings import postgres_params

    if args.units_csv:
        _use_units(Path(args.units_csv))
    postgres = postgres_params() if args.target == "postgres" else None
    summary = ingest_paths(
        args.paths,
        Path(args.warehouse) / WAREHOUSE_FILE_NAME,
        postgres=postgres,
        jobs=int(os.environ.get("WARDWH_JOBS", "2")),
    )
    print(json.dumps({"loaded": summary.count("loaded"), "failed": summary.count("failed")}))
    failures = [o for o in summary.outcomes if o.status == "failed"][:3]
    for outcome in failures:
        print(f"error: {outcome.path}: {outcome.reason}", file=sys.stderr)
    return 0 if summary.ok else 1


def step_build(args: argparse.Namespace) -> int:
    from ingest.build import build_warehouse

    # logged as `wardwh build` logs: dbt's complete log in a file of ours, its own file log off
    plan, result = build_warehouse(
        Path(args.project),
        target=args.target,
        warehouse_dir=Path(args.warehouse),
        full=args.full,
        log_file=Path(args.warehouse) / "logs" / "dbt-build.log",
    )
    line = result.describe() if result else "up to date"
    summary = {
        "selection": plan.selection,
        "ok": bool(result and result.success),
        "dbt_seconds": result.elapsed_s if result else None,
    }
    print(json.dumps(summary))
    print(f"build: {line}", file=sys.stderr)
    return 0 if result is None or result.success else 2


# -------------------------------------------------------------------------------- measuring


class Timed:
    """A step run as a subprocess: wall time and the sampled peak RSS of its process tree."""

    def __init__(self, argv: list[str], env: dict[str, str]):
        import psutil

        started = time.perf_counter()
        process = subprocess.Popen(
            argv, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        peak, done = 0, threading.Event()

        def sample() -> None:
            nonlocal peak
            root = psutil.Process(process.pid)
            while not done.is_set():
                try:
                    tree = [root, *root.children(recursive=True)]
                    peak = max(peak, sum(p.memory_info().rss for p in tree))
                except psutil.Error:
                    pass
                done.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        self.stdout, self.stderr = process.communicate()
        done.set()
        sampler.join()
        self.seconds = time.perf_counter() - started
        self.peak_mb = peak / 2**20
        self.returncode = process.returncode
        if process.returncode not in (0, 1):
            raise SystemExit(f"error: {' '.join(argv[2:5])} failed:\n{self.stderr[-3000:]}")


def _dbt_seconds(step: Timed) -> float | None:
    """dbt's own execution time of a build step (start-up and parsing excluded)."""
    return json.loads(step.stdout.strip().splitlines()[-1]).get("dbt_seconds")


def _project_copy(work: Path, units_csv: Path | None, units: int) -> Path:
    """The dbt project, with the generated units as the unit seed when they are not the 114."""
    if units_csv is None:
        return REPO
    project = work / "project"
    if project.exists():
        return project
    for part in PROJECT_PARTS:
        shutil.copytree(REPO / part, project / part)
    for name in ("dbt_project.yml", "profiles.yml"):
        shutil.copy(REPO / name, project / name)
    with units_csv.open(encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    with (project / "seeds" / "haiphong_units.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            row["former_units"] = row["former_units"] or f"{row['unit_name']} (synthetic)"
            writer.writerow(row)
    # fewer than the 114: the name variants of the units left out have no unit to refer to
    codes = {row["unit_code"] for row in rows}
    variants = project / "seeds" / "ward_name_variants.csv"
    with variants.open(encoding="utf-8") as source:
        lines = source.read().splitlines(keepends=True)
    kept = [line for line in lines[1:] if line.split(",", 1)[0] in codes]
    variants.write_text("".join(lines[:1] + kept), encoding="utf-8")
    marts = project / "models" / "marts" / "_marts.yml"
    # dim_ward holds the communes, the city and the nation
    written = marts.read_text(encoding="utf-8")
    if "expected: 116" not in written:
        raise SystemExit("error: dim_ward's row count test changed: adapt _project_copy")
    marts.write_text(written.replace("expected: 116", f"expected: {units + 2}"), encoding="utf-8")
    return project


def _compiled_analyses(project: Path, target: str, env: dict[str, str]) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from dbt.cli.main import dbtRunner; "
         "r = dbtRunner().invoke(sys.argv[1:]); sys.exit(0 if r.success else 1)",
         "--quiet", "compile", "--select", "resource_type:analysis", "--project-dir",
         str(project), "--profiles-dir", str(project), "--target", target],
        env=env, cwd=REPO, capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode != 0:
        raise SystemExit(f"error: dbt compile of analyses failed:\n{done.stdout[-2000:]}")
    folder = project / "target" / "compiled" / "wardwh" / "analyses"
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.sql"))}


def _latencies(target: str, warehouse: Path, queries: dict[str, str], repeat: int, env) -> dict:
    """{query: {reader: (median ms, p95 ms, rows)}}. Readers: `python`, every row fetched as
    Python tuples (a script's loop); on DuckDB also `arrow`, the result as an Arrow table, the
    way Polars, pandas and the BI tools' drivers read it."""
    if target == "postgres":
        from ingest.load_postgres import PostgresConnection, PostgresParams

        params = PostgresParams(
            host=env["PGHOST"],
            port=int(env["PGPORT"]),
            user=env["PGUSER"],
            dbname=env["PGDATABASE"],
        )
        connection = PostgresConnection(params)
        readers = {"python": lambda sql: connection.execute(sql).fetchall()}
    else:
        import duckdb

        connection = duckdb.connect(str(warehouse / WAREHOUSE_FILE_NAME), read_only=True)
        readers = {
            "python": lambda sql: connection.execute(sql).fetchall(),
            "arrow": lambda sql: connection.execute(sql).to_arrow_table(),
        }
    figures: dict[str, dict[str, tuple[float, float, int]]] = {}
    try:
        for name, sql in queries.items():
            figures[name] = {}
            for reader, run in readers.items():
                rows = len(run(sql))  # warm-up
                times = []
                for _ in range(repeat):
                    started = time.perf_counter()
                    run(sql)
                    times.append((time.perf_counter() - started) * 1000)
                times.sort()
                p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
                figures[name][reader] = (statistics.median(times), p95, rows)
    finally:
        connection.close()
    return figures


def _one_new_document(work: Path, units_csv: Path | None, number: int) -> Path:
    """A further plan of the first unit, for a year after the corpus's."""
    unit = make_units(1)[0]
    writer = UnitWriter(unit, 2025, seed=number)
    document = writer.plan(2040 + number)
    folder = work / f"incoming-{number}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / document.file
    path.write_text(document.text(), encoding="utf-8")
    return path


def measure_target(target, corpus, work, units_csv, units, repeat, server_env) -> dict:
    warehouse = work / f"warehouse-{target}"
    warehouse.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "WAREHOUSE_DIR": str(warehouse), **server_env, "PYTHONPATH": str(REPO)}
    project = _project_copy(work, units_csv, units)
    me = [sys.executable, str(Path(__file__).resolve())]
    units_args = ["--units-csv", str(units_csv)] if units_csv else []
    common = ["--target", target, "--warehouse", str(warehouse)]

    ingest = Timed([*me, "--step", "ingest", *common, *units_args, str(corpus)], env)
    loaded = json.loads(ingest.stdout.strip().splitlines()[-1])
    print(f"  {target}: ingest {ingest.seconds:.1f} s ({loaded})", flush=True)
    build = Timed([*me, "--step", "build", *common, "--project", str(project), "--full"], env)
    print(f"  {target}: full build {build.seconds:.1f} s", flush=True)
    figures = {
        "documents": loaded["loaded"],
        "failed": loaded["failed"],
        "ingest": ingest,
        "build": build,
        "build_dbt": _dbt_seconds(build),
        "increments": [],
    }
    for number in (1, 2):
        document = _one_new_document(work / target, units_csv, number)
        one = Timed([*me, "--step", "ingest", *common, *units_args, str(document)], env)
        again = Timed([*me, "--step", "build", *common, "--project", str(project)], env)
        selection = json.loads(again.stdout.strip().splitlines()[-1])["selection"]
        figures["increments"].append((one, again, _dbt_seconds(again), selection))
        print(
            f"  {target}: one new document: ingest {one.seconds:.1f} s, "
            f"build {again.seconds:.1f} s ({selection})",
            flush=True,
        )
    queries = _compiled_analyses(project, target, env)
    figures["queries"] = _latencies(target, warehouse, queries, repeat, env)
    return figures


# ---------------------------------------------------------------------------------- report


def report(results: dict[str, dict], megabytes: float) -> None:
    targets = list(results)
    width = 22

    def row(label: str, cells: list[str]) -> None:
        print(f"{label:36}" + "".join(f"{cell:>{width}}" for cell in cells))

    def each(cell) -> list[str]:  # noqa: ANN001
        return [cell(results[t]) for t in targets]

    print("\n== files → marts " + "=" * 62)
    row("", targets)
    row("documents loaded (failed)", each(lambda r: f"{r['documents']} ({r['failed']})"))
    row("ingest (2 workers)", each(lambda r: f"{r['ingest'].seconds:.1f} s"))
    row("  documents/s", each(lambda r: f"{r['documents'] / r['ingest'].seconds:.1f}"))
    row("  MB/s", each(lambda r: f"{megabytes / r['ingest'].seconds:.2f}"))
    row("  peak memory (process tree)", each(lambda r: f"{r['ingest'].peak_mb:.0f} MB"))
    row("dbt build, full", each(lambda r: f"{r['build'].seconds:.1f} s"))
    row("  of which dbt execution", each(lambda r: f"{r['build_dbt'] or 0:.1f} s"))
    row("  peak memory (process tree)", each(lambda r: f"{r['build'].peak_mb:.0f} MB"))
    row("files → marts total", each(lambda r: f"{r['ingest'].seconds + r['build'].seconds:.1f} s"))
    print("\n== one new document → updated marts " + "=" * 42)
    for index, label in enumerate(("first", "second (warm)")):
        steps = {t: results[t]["increments"][index] for t in targets}
        row(f"{label}: ingest", [f"{steps[t][0].seconds:.1f} s" for t in targets])
        row(f"{label}: build", [f"{steps[t][1].seconds:.1f} s ({steps[t][3]})" for t in targets])
        row("  of which dbt execution", [f"{steps[t][2] or 0:.1f} s" for t in targets])
        row(
            f"{label}: total",
            [f"{steps[t][0].seconds + steps[t][1].seconds:.1f} s" for t in targets],
        )
    for reader, title in (
        ("python", "rows fetched as Python tuples"),
        ("arrow", "result as an Arrow table (Polars, BI drivers)"),
    ):
        print(f"\n== analyses, {title}: median / p95 ms (rows) ".ljust(80, "="))
        for name in sorted(next(iter(results.values()))["queries"]):
            cells = [results[t]["queries"][name].get(reader) for t in targets]
            row(name[:36], ["{:.1f} / {:.1f} ({})".format(*c) if c else "n/a" for c in cells])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scenario", choices=sorted(SCENARIOS))
    parser.add_argument("--units", type=int)
    parser.add_argument("--years", type=int)
    parser.add_argument("--corpus", type=Path, help="a folder written by generate_corpus.py")
    parser.add_argument("--targets", default="duckdb,postgres")
    parser.add_argument("--repeat", type=int, default=30, help="runs of each analysis")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    # internal: one step, run as its own process by the benchmark
    parser.add_argument("--step", choices=("ingest", "build"), help=argparse.SUPPRESS)
    parser.add_argument("--target", default="duckdb", help=argparse.SUPPRESS)
    parser.add_argument("--warehouse", help=argparse.SUPPRESS)
    parser.add_argument("--units-csv", help=argparse.SUPPRESS)
    parser.add_argument("--project", help=argparse.SUPPRESS)
    parser.add_argument("--full", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.step == "ingest":
        return step_ingest(args)
    if args.step == "build":
        return step_build(args)

    units, years = SCENARIOS.get(args.scenario, (114, 1))
    units, years = args.units or units, args.years or years
    targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    work = args.keep or Path(tempfile.mkdtemp(prefix="wardwh-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus_root = args.corpus or work / "corpus"
        if args.corpus is None:
            started = time.perf_counter()
            counts = generate(corpus_root, units, years, 2025)
            print(
                f"generated {counts['documents']} documents ({counts['bytes'] / 1e6:.1f} MB) "
                f"for {counts['units']} units × {years} years in "
                f"{time.perf_counter() - started:.1f} s"
            )
        documents = corpus_root / "documents"
        megabytes = sum(p.stat().st_size for p in documents.iterdir()) / 1e6
        with (corpus_root / "units.csv").open(encoding="utf-8") as handle:
            unit_count = sum(1 for _ in handle) - 1
        units_csv = corpus_root / "units.csv" if unit_count != 114 else None
        results = {}
        for target in targets:
            print(f"measuring {target} ...", flush=True)
            if target == "postgres":
                from ingest.pg_server import ServerUnavailableError, temporary_server

                try:
                    with temporary_server(durable=True) as server:
                        results[target] = measure_target(
                            target, documents, work, units_csv, unit_count, args.repeat,
                            server.environment(),
                        )  # fmt: skip
                except ServerUnavailableError as error:
                    print(f"postgres: skipped: {error}")
            else:
                try:
                    results[target] = measure_target(
                        target, documents, work, units_csv, unit_count, args.repeat, {}
                    )
                except SystemExit as error:  # report the other target anyway
                    print(f"{target}: failed: {error}")
        print(
            f"\ncorpus: {documents} ({megabytes:.1f} MB), {unit_count} units; "
            f"{os.cpu_count()} cores"
        )
        if results:
            report(results, megabytes)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
