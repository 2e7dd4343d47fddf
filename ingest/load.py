"""Load extractions into the raw layer: each document whole or not at all, idempotent.

The embedded DuckDB file is the default; `postgres=PostgresParams(...)` loads a PostgreSQL
server instead (ingest.load_postgres), where several ingests may run at once.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import signal
import sys
import time
import uuid
from collections.abc import Callable, Container, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import repeat
from pathlib import Path

import duckdb

from ingest.extract import EXTRACTOR_VERSION, Extraction, extract_text
from ingest.load_postgres import PostgresConnection, PostgresParams, WarehouseUnavailableError
from ingest.privacy import redact
from ingest.read import DecodedText, ReadError, decode_document, discover, read_file

SCHEMA_SQL = Path(__file__).with_name("schema.sql")
DEFAULT_LOCK_TIMEOUT_S = 30.0
_PR_SET_PDEATHSIG = 1
PARALLEL_THRESHOLD = 20  # below this many files, starting worker processes costs more than it saves
# Group commit: a transaction costs about 12 ms on DuckDB whatever it holds, which bound the
# ingest at about 70 documents/s; a group of documents shares one. The time bound keeps a slow
# stream (OCR) committing: an interrupted run loses the open group, about 2 s of work plus the
# document being read when the time ran out.
GROUP_DOCUMENTS = 64
GROUP_SECONDS = 2.0

LOADED = "loaded"
UNCHANGED = "unchanged"
FAILED = "failed"


class WarehouseLockedError(WarehouseUnavailableError):
    """Another process holds the DuckDB file."""


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: str
    reason: str | None = None
    facts: int = 0
    rejected: int = 0
    document_id: str | None = None


@dataclass
class RunSummary:
    run_id: str
    outcomes: list[FileOutcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def facts(self) -> int:
        return sum(o.facts for o in self.outcomes if o.status == LOADED)

    @property
    def rejected(self) -> int:
        return sum(o.rejected for o in self.outcomes if o.status == LOADED)

    @property
    def ok(self) -> bool:
        return self.count(FAILED) == 0

    def describe(self) -> str:
        return (
            f"files seen {len(self.outcomes)}, loaded {self.count(LOADED)}, "
            f"unchanged {self.count(UNCHANGED)}, failed {self.count(FAILED)}; "
            f"facts {self.facts}, rejected tokens {self.rejected} (run {self.run_id})"
        )


def connect(database: Path, *, read_only: bool = False, lock_timeout_s: float | None = None):
    """Open the warehouse, waiting up to `lock_timeout_s` while another process holds it."""
    if not read_only:
        database.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + (
        DEFAULT_LOCK_TIMEOUT_S if lock_timeout_s is None else lock_timeout_s
    )
    delay = 0.05
    while True:
        try:
            return duckdb.connect(
                str(database),
                read_only=read_only,
                config={"autoinstall_known_extensions": False, "autoload_known_extensions": False},
            )
        except duckdb.IOException as error:
            if "lock" not in str(error).lower():
                raise
            if time.monotonic() >= deadline:
                holder = str(error).split("(PID ")[-1].split(")")[0] if "PID" in str(error) else "?"
                raise WarehouseLockedError(
                    f"{database}: warehouse is locked by another process (PID {holder}); "
                    "wait for it to finish or set WARDWH_LOCK_TIMEOUT"
                ) from error
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def ensure_schema(connection) -> None:
    if isinstance(connection, PostgresConnection):
        connection.ensure_schema(SCHEMA_SQL.read_text(encoding="utf-8"))
        return
    connection.execute(SCHEMA_SQL.read_text(encoding="utf-8"))


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _document_row(prepared: Prepared, run_id: str) -> dict:
    extraction = prepared.extraction
    meta = extraction.meta
    return {
        "document_id": prepared.document_id,
        "file_name": prepared.source.name,
        "source_path": str(prepared.source),
        "ward_code": meta.ward.code,
        "ward_name": meta.ward.name,
        "ward_as_written": meta.ward.as_written,
        "ward_reason": meta.ward.reason,
        "issuer_level": meta.ward.level,
        "document_kind": meta.kind,
        "document_number": meta.number,
        "issued_on": meta.issued_on,
        "reference_year": meta.reference_year,
        "horizon_year": meta.horizon_year,
        "title": meta.title,
        "encoding": prepared.encoding,
        "size_bytes": prepared.size_bytes,
        "line_count": prepared.line_count,
        "tokens_seen": extraction.tokens_seen,
        "facts_kept": len(extraction.facts),
        "tokens_rejected": len(extraction.rejected),
        "extractor_version": EXTRACTOR_VERSION,
        "run_id": run_id,
        "ingested_at": _now(),
        "source_format": prepared.decoded.source_format,
        "page_count": prepared.decoded.page_count,
    }


_OBSERVATION_COLUMNS = (
    "line",
    "char_start",
    "char_end",
    "section",
    "sentence",
    "source_shape",
    "kind",
    "indicator_text",
    "value",
    "unit",
    "numerator",
    "denominator",
    "comparator",
    "period_start",
    "period_end",
    "as_of",
    "raw_token",
    "ward_code",
    "ward_name",
    "ward_level",
    "ward_reason",
)
_DOCUMENT_TABLES = (
    "raw.observations",
    "raw.rejected_tokens",
    "raw.document_texts",
    "raw.documents",
)
_REJECTED_COLUMNS = ("line", "char_start", "char_end", "raw_token", "reason", "context")


def _observation_rows(document_id: str, extraction: Extraction, decoded: DecodedText) -> list[dict]:
    pages, confidence = decoded.line_pages, decoded.line_confidence
    return [
        {
            "observation_id": f"{document_id[:16]}:{fact.char_start}",
            "document_id": document_id,
            **{name: getattr(fact, name) for name in _OBSERVATION_COLUMNS},
            "page": _at_line(pages, fact.line),
            "source_format": decoded.source_format,
            "ocr_confidence": _at_line(confidence, fact.line),
        }
        for fact in extraction.facts
    ]


def stored_text(text: str, extraction: Extraction) -> str:
    """The text kept in raw.document_texts: same lines, personal data never stored.

    Signature blocks and distribution lists (found when the text was segmented for extraction)
    become empty lines; names, e-mails and phone numbers elsewhere are replaced by placeholders
    (ingest.privacy).
    """
    excluded = extraction.excluded_lines
    return "\n".join(
        "" if number in excluded else redact(line, extraction.signer_names)
        for number, line in enumerate(text.split("\n"), start=1)
    )


def _at_line(values: tuple | None, line: int):  # noqa: ANN202
    """The value of a 1-based line in a per-line tuple (None when there is none)."""
    return values[line - 1] if values is not None and 0 < line <= len(values) else None


def _rejected_rows(document_id: str, extraction: Extraction) -> list[dict]:
    return [
        {"document_id": document_id, **{name: getattr(r, name) for name in _REJECTED_COLUMNS}}
        for r in extraction.rejected
    ]


def _insert(connection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = _table_columns(connection, table)
    if isinstance(connection, PostgresConnection):
        connection.copy_rows(table, columns, rows)
        return
    import pyarrow as pa  # here, not at the top: `wardwh build` opens the warehouse without it

    arrow_rows = pa.table({name: [row[name] for row in rows] for name in columns})
    connection.register("incoming_rows", arrow_rows)
    try:
        connection.execute(f"insert into {table} by name select * from incoming_rows")
    finally:
        connection.unregister("incoming_rows")


_COLUMNS: dict[str, list[str]] = {}


def _table_columns(connection, table: str) -> list[str]:
    """Columns of a raw table (fixed by schema.sql, so looked up once per process)."""
    if table not in _COLUMNS:
        query = f"select * from {table} limit 0"
        description = connection.execute(query).description
        _COLUMNS[table] = [getattr(c, "name", None) or c[0] for c in description]
    return _COLUMNS[table]


@dataclass(frozen=True)
class Prepared:
    """A file read and extracted, ready to be stored (or the reason it cannot be)."""

    source: Path
    status: str
    reason: str | None = None
    document_id: str | None = None
    encoding: str | None = None
    size_bytes: int = 0
    line_count: int = 0
    extraction: Extraction | None = None
    decoded: DecodedText | None = None


def prepare(source: Path, known: frozenset[str] = frozenset()) -> Prepared:
    """Read and extract one file, skipping decoding (OCR...) when its content is already loaded."""
    try:
        data = read_file(source)
        document_id = hashlib.sha256(data).hexdigest()
        if document_id in known:
            return Prepared(source, UNCHANGED, document_id=document_id)
        decoded = decode_document(source, data)
    except ReadError as error:
        return Prepared(source, FAILED, error.reason)
    try:
        extraction = extract_text(decoded.text, source.name)
    except Exception as error:  # noqa: BLE001 - one bad file must not stop the others
        return Prepared(source, FAILED, f"extraction failed: {type(error).__name__}: {error}")
    issuer = extraction.meta.ward
    if issuer.code is None and issuer.level is None and issuer.as_written is None:
        # a document that names no administrative unit at all cannot be attributed to anyone
        return Prepared(source, FAILED, f"no issuer: {issuer.reason}")
    return Prepared(
        source,
        LOADED,
        None,
        decoded.sha256,
        decoded.encoding,
        decoded.size_bytes,
        decoded.text.count("\n") + 1,
        extraction,
        decoded,
    )


def store(
    connection, prepared: Prepared, run_id: str, *, replaces_existing: bool = True
) -> FileOutcome:
    """Write one prepared document in one transaction; never raises for a bad file.

    `replaces_existing=False` (the document id is known to be new) skips the deletes, which
    would otherwise scan the raw tables once per document.
    """
    if prepared.status != LOADED:
        return _outcome(prepared)
    connection.execute("begin transaction")
    try:
        if isinstance(connection, PostgresConnection):
            # another ingest may be writing the same document now: wait for it, then skip
            if connection.claim_document(prepared.document_id, EXTRACTOR_VERSION):
                connection.execute("rollback")
                return FileOutcome(prepared.source, UNCHANGED, document_id=prepared.document_id)
            replaces_existing = True
        _write(connection, [prepared], run_id, replacing=replaces_existing)
        connection.execute("commit")
    except Exception as error:  # noqa: BLE001
        connection.execute("rollback")
        return FileOutcome(prepared.source, FAILED, f"load failed: {type(error).__name__}: {error}")
    return _outcome(prepared)


def store_group(
    connection, group: list[Prepared], run_id: str, known_ids: Container[str]
) -> list[FileOutcome]:
    """Write several prepared documents in one transaction (group commit).

    Each document is still written whole or not at all: if the group's transaction fails, it is
    rolled back and every document is stored again in its own transaction, so that a bad
    document fails alone. On PostgreSQL the group first claims its documents, in one order so
    that two ingests never wait for each other in a circle; those another ingest has loaded
    meanwhile are left out and reported unchanged.
    """
    loadable = [p for p in group if p.status == LOADED]
    if len(loadable) < 2:
        return _store_one_by_one(connection, group, run_id, known_ids)
    already_loaded: set[str] = set()
    connection.execute("begin transaction")
    try:
        if isinstance(connection, PostgresConnection):
            for document_id in sorted({p.document_id for p in loadable}):
                if connection.claim_document(document_id, EXTRACTOR_VERSION):
                    already_loaded.add(document_id)
            loadable = [p for p in loadable if p.document_id not in already_loaded]
            replacing = True
        else:
            replacing = any(p.document_id in known_ids for p in loadable)
        if loadable:
            _write(connection, loadable, run_id, replacing=replacing)
        connection.execute("commit")
    except Exception:  # noqa: BLE001 - find the document at fault, one transaction each
        connection.execute("rollback")
        return _store_one_by_one(connection, group, run_id, known_ids)
    return [
        FileOutcome(p.source, UNCHANGED, document_id=p.document_id)
        if p.document_id in already_loaded
        else _outcome(p)
        for p in group
    ]


def _store_one_by_one(
    connection, group: list[Prepared], run_id: str, known_ids: Container[str]
) -> list[FileOutcome]:
    return [
        store(connection, p, run_id, replaces_existing=p.document_id in known_ids) for p in group
    ]


def _write(connection, documents: list[Prepared], run_id: str, *, replacing: bool) -> None:
    """The statements of a load, inside the caller's transaction."""
    if replacing:
        ids = [p.document_id for p in documents]
        for table in _DOCUMENT_TABLES:
            connection.execute(f"delete from {table} where document_id = any(?)", [ids])
    _insert(connection, "raw.documents", [_document_row(p, run_id) for p in documents])
    _insert(
        connection,
        "raw.observations",
        [
            row
            for p in documents
            for row in _observation_rows(p.document_id, p.extraction, p.decoded)
        ],
    )
    _insert(
        connection,
        "raw.rejected_tokens",
        [row for p in documents for row in _rejected_rows(p.document_id, p.extraction)],
    )
    _insert(
        connection,
        "raw.document_texts",
        [
            {"document_id": p.document_id, "text": stored_text(p.decoded.text, p.extraction)}
            for p in documents
        ],
    )


def _outcome(prepared: Prepared) -> FileOutcome:
    """What a stored (or refused) document reports."""
    if prepared.status != LOADED:
        return FileOutcome(
            prepared.source, prepared.status, prepared.reason, document_id=prepared.document_id
        )
    return FileOutcome(
        prepared.source,
        LOADED,
        facts=len(prepared.extraction.facts),
        rejected=len(prepared.extraction.rejected),
        document_id=prepared.document_id,
    )


def _groups(stream: Iterable[Prepared]) -> Iterator[list[Prepared]]:
    """Prepared documents in commit groups: at most GROUP_DOCUMENTS, at most GROUP_SECONDS
    since the group's first document arrived, and never the same document twice in a group."""
    group: list[Prepared] = []
    ids: set[str] = set()
    opened = 0.0
    for prepared in stream:
        if prepared.document_id in ids:
            yield group
            group, ids = [], set()
        if not group:
            opened = time.monotonic()
        group.append(prepared)
        if prepared.document_id:
            ids.add(prepared.document_id)
        if len(group) >= GROUP_DOCUMENTS or time.monotonic() - opened >= GROUP_SECONDS:
            yield group
            group, ids = [], set()
    if group:
        yield group


def _prepared_stream(sources: list[Path], known: frozenset[str], jobs: int) -> Iterator[Prepared]:
    """Prepare files in order, on `jobs` processes when there are enough files to pay for it."""
    if jobs <= 1 or len(sources) < PARALLEL_THRESHOLD:
        yield from (prepare(source, known) for source in sources)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent) as pool:
        yield from pool.map(prepare, sources, repeat(known), chunksize=8)


def _die_with_parent() -> None:
    """Make a worker exit when the ingest process is killed (SIGKILL leaves no cleanup)."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)


def default_jobs() -> int:
    configured = os.environ.get("WARDWH_JOBS")
    return int(configured) if configured else min(os.cpu_count() or 1, 4)


def ingest_paths(
    paths: Iterable[str | Path],
    database: Path,
    *,
    lock_timeout_s: float | None = None,
    progress: Callable[[int, int, FileOutcome], None] | None = None,
    jobs: int | None = None,
    postgres: PostgresParams | None = None,
) -> RunSummary:
    """Ingest files and folders; returns the run summary (also stored in raw.ingest_runs).

    `database` is the DuckDB file, unless `postgres` names a PostgreSQL warehouse.
    """
    discovery = discover(paths)
    summary = RunSummary(run_id=f"{_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}")
    for error in discovery.errors:
        summary.outcomes.append(FileOutcome(error.path, FAILED, error.reason))
        if progress:
            progress(0, len(discovery.documents), summary.outcomes[-1])
    if postgres is not None:
        connection = PostgresConnection(postgres)
    else:
        connection = connect(database, lock_timeout_s=lock_timeout_s)
    try:
        ensure_schema(connection)
        if isinstance(connection, PostgresConnection):
            connection.begin_run(summary.run_id)  # before the run row: see mark_interrupted_runs
            connection.mark_interrupted_runs()
        else:
            connection.execute(
                "update raw.ingest_runs set status = 'interrupted' where status = 'running'"
            )
        connection.execute(
            "insert into raw.ingest_runs (run_id, started_at, extractor_version, status) "
            "values (?, ?, ?, 'running')",
            [summary.run_id, _now(), EXTRACTOR_VERSION],
        )
        versions = dict(
            connection.execute(
                "select document_id, extractor_version from raw.documents"
            ).fetchall()
        )
        known = frozenset(d for d, version in versions.items() if version == EXTRACTOR_VERSION)
        total = len(discovery.documents)
        stream = _prepared_stream(
            discovery.documents, known, default_jobs() if jobs is None else jobs
        )
        for group in _groups(stream):
            for outcome in store_group(connection, group, summary.run_id, versions):
                if outcome.status == LOADED:
                    versions[outcome.document_id] = EXTRACTOR_VERSION
                summary.outcomes.append(outcome)
                if progress:
                    progress(len(summary.outcomes) - len(discovery.errors), total, outcome)
        _finish_run(connection, summary)
    finally:
        connection.close()
    return summary


def _finish_run(connection, summary: RunSummary) -> None:
    failures = [o for o in summary.outcomes if o.status == FAILED]
    connection.execute("begin transaction")
    for outcome in failures:
        connection.execute(
            "insert into raw.ingest_errors values (?, ?, ?, ?)",
            [summary.run_id, str(outcome.path), outcome.reason, _now()],
        )
    status = (
        "ok"
        if not failures
        else ("failed" if not summary.count(LOADED) + summary.count(UNCHANGED) else "partial")
    )
    connection.execute(
        "update raw.ingest_runs set finished_at = ?, files_seen = ?, files_loaded = ?, "
        "files_unchanged = ?, files_failed = ?, facts = ?, rejected_tokens = ?, status = ? "
        "where run_id = ?",
        [
            _now(),
            len(summary.outcomes),
            summary.count(LOADED),
            summary.count(UNCHANGED),
            len(failures),
            summary.facts,
            summary.rejected,
            status,
            summary.run_id,
        ],
    )
    if isinstance(connection, PostgresConnection):
        connection.durable_commit()
    else:
        connection.execute("commit")
