"""`wardwh`: the one command line of the product (ingest → build → validate → export)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from datetime import UTC, date

from ingest import settings

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_FAILED = 2
TARGET_HELP = "warehouse backend (default: $WARDWH_TARGET, else duckdb)"

DESCRIPTION = """\
Turn the digital-transformation plans and reports of Hải Phòng's wards into a DuckDB
warehouse of targets and results.

  wardwh run                     ingest data/documents, build, validate, export (the main job)
  wardwh extract FILE...         print the facts of documents (no warehouse involved)
  wardwh ingest PATH...          load documents into the raw layer of the warehouse
  wardwh build                   run `dbt build` (seeds, models, tests) on the warehouse
  wardwh validate                run the data-quality gate (Great Expectations)
  wardwh export                  write marts and dimensions to Parquet for BI tools

The warehouse lives in $WAREHOUSE_DIR (default: data/warehouse/warehouse.duckdb in the
repository); the Parquet export in $EXPORT_DIR (default: data/export). `ingest` and `build`
also work on a PostgreSQL warehouse: --target postgres (or WARDWH_TARGET=postgres), reached
with PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE.
"""


def _json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not serialisable: {type(value).__name__}")


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_extract(args: argparse.Namespace) -> int:
    from ingest.extract import extract_text
    from ingest.read import ReadError, discover, read_document

    discovery = discover(args.paths)
    status = EXIT_OK
    for error in discovery.errors:
        _say(f"error: {error}")
        status = EXIT_PARTIAL
    for path in discovery.documents:
        try:
            decoded = read_document(path)
        except ReadError as error:
            _say(f"error: {error}")
            status = EXIT_PARTIAL
            continue
        extraction = extract_text(decoded.text, path.name)
        records = [("fact", f) for f in extraction.facts]
        if args.rejected:
            records += [("rejected", r) for r in extraction.rejected]
        for record_type, item in records:
            row = {"record": record_type, **dataclasses.asdict(item)}
            if args.format == "jsonl":
                print(json.dumps(row, ensure_ascii=False, default=_json_default))
            else:
                print(_table_line(row))
        ward = extraction.meta.ward
        _say(
            f"{path.name}: ward {ward.name or '?'} ({ward.code or ward.reason}); "
            f"tokens seen {extraction.tokens_seen}, facts kept {len(extraction.facts)}, "
            f"rejected {len(extraction.rejected)}"
        )
    return status


def _table_line(row: dict) -> str:
    if row["record"] == "fact":
        return (
            f"{row['document']}:{row['line']}\t{row['kind']}\t{row['comparator']}\t{row['value']:g}"
            f"\t{row['unit']}\t{row['period_start']}-{row['period_end']}\t{row['indicator_text']}"
        )
    return f"{row['document']}:{row['line']}\trejected\t{row['reason']}\t{row['raw_token']}"


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.load import WarehouseUnavailableError, ingest_paths

    def progress(position: int, total: int, outcome) -> None:  # noqa: ANN001
        if outcome.status == "failed":
            _say(f"error: {outcome.path}: {outcome.reason}")
        elif args.verbose or total > 50 and position % 100 == 0:
            _say(f"[{position}/{total}] {outcome.path.name}: {outcome.status}")

    postgres = settings.postgres_params() if _target(args) == "postgres" else None
    try:
        summary = ingest_paths(
            args.paths,
            settings.warehouse_path(),
            lock_timeout_s=_lock_timeout(),
            progress=progress,
            postgres=postgres,
        )
    except WarehouseUnavailableError as error:
        _say(f"error: {error}")
        return EXIT_FAILED
    _say(f"ingest: {summary.describe()}")
    return EXIT_OK if summary.ok else EXIT_PARTIAL


def _lock_timeout() -> float | None:
    value = os.environ.get("WARDWH_LOCK_TIMEOUT")
    return float(value) if value else None


def _target(args: argparse.Namespace) -> str:
    return getattr(args, "target", None) or settings.warehouse_target()


def cmd_build(args: argparse.Namespace) -> int:
    from ingest.build import build_warehouse
    from ingest.load import WarehouseUnavailableError

    target = _target(args)
    if target == "duckdb" and not settings.warehouse_path().exists():
        _say(f"error: {settings.warehouse_path()}: no warehouse yet; run `wardwh ingest` first")
        return EXIT_FAILED
    try:
        plan, result = build_warehouse(
            settings.REPO_ROOT,
            target=target,
            warehouse_dir=settings.warehouse_dir(),
            full=getattr(args, "full", False),
        )
    except WarehouseUnavailableError as error:
        _say(f"error: {error}")
        return EXIT_FAILED
    if result is None:
        _say(f"build: up to date ({plan.reason})")
        return EXIT_OK
    _say(f"build: {result.describe()} [{plan.selection}: {plan.reason}]")
    return EXIT_OK if result.success else EXIT_FAILED


def cmd_validate(args: argparse.Namespace) -> int:
    from ingest.quality import run_checkpoint

    try:
        result = run_checkpoint(settings.warehouse_path(), run_id=args.run_id or _new_run_id())
    except FileNotFoundError as error:
        _say(f"error: {error}")
        return EXIT_FAILED
    _say(f"validate: {result.describe()}")
    return EXIT_OK if result.success else EXIT_FAILED


def cmd_export(args: argparse.Namespace) -> int:
    from ingest.export import ExportBlockedError, export_warehouse

    try:
        manifest = export_warehouse(
            settings.warehouse_path(), settings.export_dir(), run_id=args.run_id or _new_run_id()
        )
    except (ExportBlockedError, FileNotFoundError) as error:
        _say(f"error: export refused: {error}")
        return EXIT_FAILED
    _say(f"export: {manifest.describe()}")
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    args.paths = args.paths or [str(settings.DOCUMENTS_DIR)]
    args.run_id = _new_run_id()
    args.target = "duckdb"  # validate and export read the DuckDB warehouse
    ingest_status = cmd_ingest(args)
    if ingest_status == EXIT_FAILED:
        return ingest_status
    for step in (cmd_build, cmd_validate, cmd_export):
        status = step(args)
        if status != EXIT_OK:
            _say(f"run: stopped at {step.__name__.removeprefix('cmd_')}; nothing exported")
            return status
    return ingest_status


def _new_run_id() -> str:
    from datetime import datetime
    from uuid import uuid4

    return f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid4().hex[:8]}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wardwh", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="print the facts of documents")
    extract.add_argument("paths", nargs="+", help="document files or folders")
    extract.add_argument("--format", choices=("jsonl", "table"), default="table")
    extract.add_argument("--rejected", action="store_true", help="also print rejected tokens")
    extract.set_defaults(handler=cmd_extract)

    ingest = commands.add_parser("ingest", help="load documents into the warehouse raw layer")
    ingest.add_argument("paths", nargs="+", help="document files or folders")
    ingest.add_argument("-v", "--verbose", action="store_true", help="one line per file")
    ingest.add_argument("--target", choices=settings.TARGETS, help=TARGET_HELP)
    ingest.set_defaults(handler=cmd_ingest)

    for name, handler, text in (
        ("build", cmd_build, "run dbt build on the warehouse"),
        ("validate", cmd_validate, "run the data-quality gate"),
        ("export", cmd_export, "write the Parquet export"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--run-id", help=argparse.SUPPRESS)
        sub.set_defaults(handler=handler)
        if name == "build":
            sub.add_argument("--target", choices=settings.TARGETS, help=TARGET_HELP)
            sub.add_argument("--full", action="store_true", help="rebuild everything from scratch")

    run = commands.add_parser("run", help="ingest, build, validate and export")
    run.add_argument("paths", nargs="*", help="document files or folders (default: data/documents)")
    run.add_argument("-v", "--verbose", action="store_true")
    run.set_defaults(handler=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.handler(args)


if __name__ == "__main__":
    raise SystemExit(main())
