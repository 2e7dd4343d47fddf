"""`wardwh`: the one command line of the product (ingest → build → validate → export → report)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import UTC
from pathlib import Path

from ingest import settings
from ingest.console import Console, Verbosity

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_FAILED = 2
TARGET_HELP = "warehouse backend (default: $WARDWH_TARGET, else duckdb)"

DESCRIPTION = """\
Turn the digital-transformation plans and reports of Hải Phòng's wards into a DuckDB
warehouse of targets and results.

  wardwh run                     ingest data/documents, build, validate, export, report
  wardwh extract FILE...         print the facts of documents (no warehouse involved)
  wardwh evaluate GOLD PRED      score extracted facts against your own annotation
  wardwh ingest PATH...          load documents into the raw layer of the warehouse
  wardwh build                   run `dbt build` (seeds, models, tests) on the warehouse
  wardwh validate                run the data-quality gate (Great Expectations)
  wardwh export                  write marts and dimensions to Parquet for BI tools
  wardwh report                  write the ward dashboard (static HTML) from the export
  wardwh docs                    write (or serve) the dbt docs site, offline

The warehouse lives in $WAREHOUSE_DIR (default: data/warehouse/warehouse.duckdb in the
repository); the Parquet export in $EXPORT_DIR (default: data/export); the dashboard in
$REPORT_DIR and the dbt docs in $DOCS_DIR (default: report/ and docs/ beside the export).
On a terminal each step shows a progress bar; -q prints only error lines, -v one line per
file, dbt node and quality suite (options of run, ingest, build, validate, export, report, docs).
`ingest` and `build` also work on a PostgreSQL warehouse: --target postgres (or
WARDWH_TARGET=postgres), reached with PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE.
"""


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _console(args: argparse.Namespace) -> Console:
    if getattr(args, "console", None) is None:
        verbosity = Verbosity.NORMAL
        if getattr(args, "quiet", False):
            verbosity = Verbosity.QUIET
        elif getattr(args, "verbose", False):
            verbosity = Verbosity.VERBOSE
        args.console = Console(verbosity)
    return args.console


def cmd_extract(args: argparse.Namespace) -> int:
    from ingest.extract import as_record, extract_text
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
        for _, item in records:
            row = as_record(item)
            if args.format == "jsonl":
                print(json.dumps(row, ensure_ascii=False))
            else:
                print(_table_line(row))
        ward = extraction.meta.ward
        _say(
            f"{path.name}: ward {ward.name or '?'} ({ward.code or ward.reason}); "
            f"tokens seen {extraction.tokens_seen}, facts kept {len(extraction.facts)}, "
            f"rejected {len(extraction.rejected)}"
        )
    return status


def cmd_evaluate(args: argparse.Namespace) -> int:
    from ingest.evaluate import (
        AnnotationError,
        load_gold,
        load_predictions,
        report,
        score_documents,
        summary,
    )

    try:
        gold = load_gold(args.gold)
        predicted = (
            load_predictions(args.predicted)
            if args.predicted.suffix == ".jsonl" and args.predicted.is_file()
            else _extract_predictions(args.predicted)
        )
    except AnnotationError as error:
        _say(f"error: {error}")
        return EXIT_FAILED
    total, per_document = score_documents(gold, predicted)
    unmatched = sorted(set(gold) - set(predicted))
    if unmatched:
        _say(f"warning: no predictions for {len(unmatched)} annotated documents: {unmatched[:5]}")
    if args.json:
        print(json.dumps(summary(total), ensure_ascii=False, indent=2))
    else:
        print(report(total, per_document, show=args.show))
    return EXIT_OK


def _extract_predictions(path) -> dict[str, list[dict]]:  # noqa: ANN001
    """Facts of the documents under `path`, extracted now, keyed like the gold."""
    from ingest.evaluate import AnnotationError, document_key
    from ingest.extract import as_record, extract_text
    from ingest.read import ReadError, discover, read_document

    discovery = discover([path])
    if not discovery.documents:
        reasons = "; ".join(str(e) for e in discovery.errors) or "no document found"
        raise AnnotationError(f"{path}: {reasons}")
    predicted: dict[str, list[dict]] = {}
    for document in discovery.documents:
        try:
            text = read_document(document).text
        except ReadError as error:
            _say(f"error: {error}")
            continue
        facts = extract_text(text, document.name).facts
        predicted[document_key(document.name)] = [as_record(f) for f in facts]
    return predicted


def _table_line(row: dict) -> str:
    if row["record"] == "fact":
        return (
            f"{row['document']}:{row['line']}\t{row['kind']}\t{row['comparator']}\t{row['value']:g}"
            f"\t{row['unit']}\t{row['period_start']}-{row['period_end']}\t{row['indicator_text']}"
        )
    return f"{row['document']}:{row['line']}\trejected\t{row['reason']}\t{row['raw_token']}"


def cmd_ingest(args: argparse.Namespace) -> int:
    from ingest.load import FAILED, WarehouseUnavailableError, ingest_paths

    console = _console(args)
    with console.step("ingest", "files") as step:

        def progress(position: int, total: int, outcome) -> None:  # noqa: ANN001
            step.set_total(total)
            if outcome.status == FAILED:
                console.error(outcome.path, outcome.reason)
            if position == 0:  # a discovery error, not one of the documents
                return
            facts = f", {outcome.facts} facts" if outcome.facts else ""
            step.advance(outcome.path.name, detail=f"  {outcome.path}: {outcome.status}{facts}")

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
            console.error(settings.warehouse_path(), _reason(error, settings.warehouse_path()))
            return EXIT_FAILED
    if getattr(args, "outcome", None) is not None:
        args.outcome.ingest = summary
    console.info(f"ingest: {summary.describe()}")
    return EXIT_OK if summary.ok else EXIT_PARTIAL


def _reason(error: Exception, where: Path) -> str:
    """The message of `error` without a leading `<where>: ` (the error line names it already)."""
    return str(error).removeprefix(f"{where}: ")


def _lock_timeout() -> float | None:
    value = os.environ.get("WARDWH_LOCK_TIMEOUT")
    return float(value) if value else None


def _target(args: argparse.Namespace) -> str:
    return getattr(args, "target", None) or settings.warehouse_target()


def _require_warehouse(console: Console) -> bool:
    if settings.warehouse_path().exists():
        return True
    console.error(settings.warehouse_path(), "no warehouse yet; run `wardwh ingest` first")
    return False


def cmd_build(args: argparse.Namespace) -> int:
    from ingest.build import build_warehouse, keep_latest_logs
    from ingest.load import WarehouseUnavailableError

    console = _console(args)
    target = _target(args)
    if target == "duckdb" and not _require_warehouse(console):
        return EXIT_FAILED
    run_id = getattr(args, "run_id", None) or _new_run_id()
    log_file = settings.logs_dir() / f"dbt-{run_id}.log"
    with console.step("build", "dbt nodes") as step:
        step.describe("parsing the dbt project")

        def on_node(event) -> None:  # noqa: ANN001
            if event.total:
                step.set_total(event.total)
            step.advance(event.name, detail=f"  {event.describe()}")

        try:
            plan, result = build_warehouse(
                settings.REPO_ROOT,
                target=target,
                warehouse_dir=settings.warehouse_dir(),
                full=getattr(args, "full", False),
                log_file=log_file,
                on_node=on_node,
            )
        except WarehouseUnavailableError as error:
            console.error(settings.warehouse_path(), str(error))
            return EXIT_FAILED
    if result is None:
        console.info(f"build: up to date ({plan.reason})")
        return EXIT_OK
    keep_latest_logs(log_file.parent)
    for failure in result.failed_nodes:
        console.error(
            settings.REPO_ROOT / failure.path,
            f"{failure.resource_type} {failure.name} {failure.status}: {failure.message}",
        )
    if result.error and not result.failed_nodes:
        console.error(settings.REPO_ROOT / "dbt_project.yml", f"dbt build: {result.error}")
    if getattr(args, "outcome", None) is not None:
        args.outcome.build = result
    console.info(f"build: {result.describe()} [{plan.selection}: {plan.reason}]")
    console.info(f"build: dbt log in {log_file}")
    return EXIT_OK if result.success else EXIT_FAILED


def cmd_validate(args: argparse.Namespace) -> int:
    from ingest.quality import SUITES_DIR_NAME, run_checkpoint

    console = _console(args)
    with console.step("quality gate", "suites") as step:

        def progress(done: int, total: int, suite: str) -> None:
            step.set_total(total)
            if done == 0:
                step.describe("loading Great Expectations")
            else:
                step.advance(suite, detail=f"  suite {suite} validated")

        try:
            result = run_checkpoint(
                settings.warehouse_path(),
                run_id=args.run_id or _new_run_id(),
                progress=progress,
            )
        except FileNotFoundError:
            console.error(settings.warehouse_path(), "no warehouse yet; run ingest and build first")
            return EXIT_FAILED
    suites = settings.REPO_ROOT / "expectations" / SUITES_DIR_NAME
    for failure in result.critical_failures:
        console.error(suites / f"{failure.suite}.json", failure.message)
    for warning in result.warnings:
        console.warning(suites / f"{warning.suite}.json", warning.message)
    if getattr(args, "outcome", None) is not None:
        args.outcome.gate = result
    console.info(f"validate: {result.summary().splitlines()[0]}")
    if result.report_path:
        console.info(f"validate: report in {result.report_path}")
    return EXIT_OK if result.success else EXIT_FAILED


def cmd_export(args: argparse.Namespace) -> int:
    from ingest.export import ExportBlockedError, export_warehouse

    console = _console(args)
    try:
        manifest = export_warehouse(
            settings.warehouse_path(), settings.export_dir(), run_id=args.run_id or _new_run_id()
        )
    except ExportBlockedError as error:
        console.error(settings.export_dir(), f"export refused: {error}")
        return EXIT_FAILED
    except FileNotFoundError:
        console.error(settings.warehouse_path(), "export refused: no warehouse yet")
        return EXIT_FAILED
    if getattr(args, "outcome", None) is not None:
        args.outcome.export = manifest
    console.info(f"export: {manifest.describe()}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from ingest.report import ReportError, write_report

    console = _console(args)
    out = Path(args.out).resolve() if getattr(args, "out", None) else settings.report_dir()
    try:
        report = write_report(settings.export_dir(), out, warehouse=settings.warehouse_path())
    except ReportError as error:
        console.error(error.path, error.reason)
        return EXIT_FAILED
    for note in report.notes:
        console.warning(report.index, note)
    if getattr(args, "outcome", None) is not None:
        args.outcome.report_index = report.index
    console.info(f"report: {report.describe()}")
    return EXIT_OK


def cmd_docs(args: argparse.Namespace) -> int:
    from ingest.docs_site import DocsError, serve, write_docs_site

    console = _console(args)
    if not _require_warehouse(console):
        return EXIT_FAILED
    out = Path(args.out).resolve() if args.out else settings.docs_dir()
    with console.step("dbt docs", "steps", total=2) as step:
        step.describe("dbt docs generate --static")
        try:
            site = write_docs_site(
                settings.REPO_ROOT,
                out,
                warehouse_dir=settings.warehouse_dir(),
                log_file=settings.logs_dir() / f"dbt-docs-{_new_run_id()}.log",
                on_generated=lambda: step.advance("catalog and manifest"),
            )
        except DocsError as error:
            console.error(error.path, error.reason)
            return EXIT_FAILED
        step.advance("offline site written")
    console.info(f"docs: {site.describe()}")
    if args.serve:
        console.info(f"docs: serving {out} on http://127.0.0.1:{args.port}/ (Ctrl-C stops)")
        try:
            serve(out, port=args.port)
        except OSError as error:
            console.error(f"127.0.0.1:{args.port}", f"cannot serve the docs: {error}")
            return EXIT_FAILED
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    from ingest.run_summary import RunOutcome, summary_rows, warehouse_figures

    console = _console(args)
    args.paths = args.paths or [str(settings.DOCUMENTS_DIR)]
    args.run_id = _new_run_id()
    args.target = "duckdb"  # validate, export and report read the DuckDB warehouse
    args.outcome = outcome = RunOutcome()
    status = cmd_ingest(args)
    if status != EXIT_FAILED:
        for step in (cmd_build, cmd_validate, cmd_export, cmd_report):
            step_status = step(args)
            if step is cmd_build and step_status == EXIT_OK:
                outcome.figures = warehouse_figures(settings.warehouse_path())
            if step_status != EXIT_OK:
                outcome.stopped_at = step.__name__.removeprefix("cmd_")
                written = "the export is written" if outcome.export else "nothing exported"
                console.info(f"run: stopped at {outcome.stopped_at}; {written}")
                status = step_status
                break
    else:
        outcome.stopped_at = "ingest"
    console.summary(f"wardwh run {args.run_id}", summary_rows(outcome))
    return status


def _new_run_id() -> str:
    from datetime import datetime
    from uuid import uuid4

    return f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid4().hex[:8]}"


def _verbosity_options(parser: argparse.ArgumentParser, *, default: object) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "-q", "--quiet", action="store_true", default=default, help="print only error lines"
    )
    group.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default,
        help="also print one line per file, dbt node and quality suite",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wardwh", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    _verbosity_options(parser, default=False)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # -q/-v also after the command; SUPPRESS keeps `wardwh -q run` from being reset
    common = argparse.ArgumentParser(add_help=False)
    _verbosity_options(common, default=argparse.SUPPRESS)

    extract = commands.add_parser("extract", help="print the facts of documents")
    extract.add_argument("paths", nargs="+", help="document files or folders")
    extract.add_argument("--format", choices=("jsonl", "table"), default="table")
    extract.add_argument("--rejected", action="store_true", help="also print rejected tokens")
    extract.set_defaults(handler=cmd_extract)

    evaluate = commands.add_parser(
        "evaluate",
        help="score extracted facts against a hand annotation",
        description="Match gold facts with extracted facts on document, line (±1) and value; "
        "print recall, precision, F1, attribute accuracies and the misses. GOLD: a folder of "
        "<document stem>.jsonl files or one JSONL whose lines name their document. PRED: the "
        "JSONL written by `wardwh extract --format jsonl`, or documents to extract now.",
    )
    evaluate.add_argument("gold", type=Path, help="annotation folder or JSONL file")
    evaluate.add_argument("predicted", type=Path, help="predictions JSONL, or documents")
    evaluate.add_argument("--json", action="store_true", help="print the totals as JSON")
    evaluate.add_argument("--show", type=int, default=20, help="misses to list (default 20)")
    evaluate.set_defaults(handler=cmd_evaluate)

    ingest = commands.add_parser(
        "ingest", help="load documents into the warehouse raw layer", parents=[common]
    )
    ingest.add_argument("paths", nargs="+", help="document files or folders")
    ingest.add_argument("--target", choices=settings.TARGETS, help=TARGET_HELP)
    ingest.set_defaults(handler=cmd_ingest)

    for name, handler, text in (
        ("build", cmd_build, "run dbt build on the warehouse (full log in $WAREHOUSE_DIR/logs)"),
        ("validate", cmd_validate, "run the data-quality gate"),
        ("export", cmd_export, "write the Parquet export"),
    ):
        sub = commands.add_parser(name, help=text, parents=[common])
        sub.add_argument("--run-id", help=argparse.SUPPRESS)
        sub.set_defaults(handler=handler)
        if name == "build":
            sub.add_argument("--target", choices=settings.TARGETS, help=TARGET_HELP)
            sub.add_argument("--full", action="store_true", help="rebuild everything from scratch")

    report = commands.add_parser(
        "report", help="write the ward dashboard (static HTML) from the export", parents=[common]
    )
    report.add_argument("--out", help="folder of the dashboard (default: $REPORT_DIR)")
    report.set_defaults(handler=cmd_report)

    docs = commands.add_parser(
        "docs", help="write the dbt docs site, offline; --serve to browse it", parents=[common]
    )
    docs.add_argument("--out", help="folder of the site (default: $DOCS_DIR)")
    docs.add_argument("--serve", action="store_true", help="serve it on localhost after writing")
    docs.add_argument("--port", type=int, default=8080, help="port for --serve (default 8080)")
    docs.set_defaults(handler=cmd_docs)

    run = commands.add_parser(
        "run", help="ingest, build, validate, export and write the dashboard", parents=[common]
    )
    run.add_argument("paths", nargs="*", help="document files or folders (default: data/documents)")
    run.set_defaults(handler=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except BrokenPipeError:
        # the reader stopped early ("wardwh extract ... | head"): say nothing more, and let the
        # interpreter's own flush at exit find stdout closed rather than raise again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
