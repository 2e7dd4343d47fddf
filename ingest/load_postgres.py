"""The raw layer on PostgreSQL: the DuckDB schema translated, rows copied, ingests side by side.

`ingest.load` drives both backends; this module gives it a PostgreSQL connection that answers
the same calls as a DuckDB connection (`execute` with `?` parameters, explicit transactions)
plus what a shared server needs:

- the DDL is `ingest/schema.sql` translated (`postgres_ddl`), never a second copy, so a column
  added there exists on both backends;
- several ingests may run at once: each document's transaction takes an advisory lock on its
  id and skips a document another ingest has just loaded (`claim_document`); each run holds a
  session lock on its run id, so only runs whose process is gone are marked interrupted;
- a document's commit does not wait for the disk (synchronous_commit off): a server crash can
  undo the last documents of a running ingest, whole, never half, and the next run loads them
  again; the run's final commit waits (`durable_commit`), which makes every earlier one durable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# DuckDB types that PostgreSQL spells differently (the others, varchar integer bigint date
# timestamp boolean, are the same).
_TYPE_NAMES = (
    (re.compile(r"\bdouble\b(?!\s+precision)", re.IGNORECASE), "double precision"),
    (re.compile(r"\bblob\b", re.IGNORECASE), "bytea"),
    (re.compile(r"\b(?:ubigint|hugeint|uhugeint)\b", re.IGNORECASE), "numeric"),
    (re.compile(r"\buinteger\b", re.IGNORECASE), "bigint"),
    (re.compile(r"\b(?:utinyint|tinyint|usmallint)\b", re.IGNORECASE), "smallint"),
)


class WarehouseUnavailableError(RuntimeError):
    """The warehouse cannot be opened (server down, refused, locked)."""


@dataclass(frozen=True)
class PostgresParams:
    """Where the PostgreSQL warehouse is (the libpq variables PGHOST, PGPORT, ...)."""

    host: str = "localhost"
    port: int = 5432
    user: str = "wardwh"
    password: str = ""
    dbname: str = "wardwh"

    def describe(self) -> str:
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.dbname}"


def _strip_comments(sql: str) -> str:
    """SQL without `--` comments (quoted strings kept as they are)."""
    out, quoted, index = [], False, 0
    while index < len(sql):
        char = sql[index]
        if char == "'":
            quoted = not quoted
        elif not quoted and sql.startswith("--", index):
            index = sql.find("\n", index)
            if index < 0:
                break
            continue
        out.append(char)
        index += 1
    return "".join(out)


def postgres_ddl(duckdb_sql: str) -> list[str]:
    """The statements of a DuckDB schema file, in PostgreSQL."""
    sql = _strip_comments(duckdb_sql)
    for pattern, replacement in _TYPE_NAMES:
        sql = pattern.sub(replacement, sql)
    return [statement.strip() for statement in sql.split(";") if statement.strip()]


_LOCK_KEY = "hashtextextended(?, 0)"  # a 64-bit advisory-lock key from a text


class PostgresConnection:
    """A psycopg connection answering the calls `ingest.load` makes on a DuckDB connection."""

    def __init__(self, params: PostgresParams, *, connect_timeout_s: int = 10):
        import psycopg

        self.params = params
        try:
            self._connection = psycopg.connect(
                host=params.host,
                port=params.port,
                user=params.user,
                password=params.password or None,
                dbname=params.dbname,
                autocommit=True,  # transactions are explicit, as on DuckDB
                connect_timeout=connect_timeout_s,
                application_name="wardwh ingest",
            )
            self._connection.execute("set synchronous_commit = off")
        except psycopg.Error as error:
            reason = " ".join(str(error).split()) or type(error).__name__
            raise WarehouseUnavailableError(
                f"{params.describe()}: cannot connect to PostgreSQL: {reason}"
            ) from error

    def execute(self, sql: str, parameters: Sequence | None = None):
        """Run one statement; `?` placeholders as in DuckDB."""
        statement = sql.strip()
        if statement.lower() == "begin transaction":
            statement = "begin"
        elif parameters:
            statement = statement.replace("%", "%%").replace("?", "%s")
        return self._connection.execute(statement, parameters or None)

    def ensure_schema(self, duckdb_sql: str) -> None:
        """Create the raw schema from the DuckDB schema file (concurrent ingests may race)."""
        import psycopg

        # two first ingests at once would both try to create the tables: one waits for the other
        self.execute("begin")
        try:
            self.execute(f"select pg_advisory_xact_lock({_LOCK_KEY})", ["wardwh schema"])
            for statement in postgres_ddl(duckdb_sql):
                self.execute(statement)
            self.execute("commit")
        except psycopg.Error:
            self.execute("rollback")
            raise

    def copy_rows(self, table: str, columns: list[str], rows: list[dict]) -> None:
        """Append rows with COPY (inside the caller's transaction)."""
        names = ", ".join(columns)
        with self._connection.cursor() as cursor:
            with cursor.copy(f"copy {table} ({names}) from stdin") as copy:
                for row in rows:
                    copy.write_row([row[name] for name in columns])

    def durable_commit(self) -> None:
        """Commit the open transaction and wait until it (and all before it) is on disk."""
        self.execute("set local synchronous_commit = on")
        self.execute("commit")

    def begin_run(self, run_id: str) -> None:
        """Hold a session lock on the run for as long as this connection lives."""
        self.execute(f"select pg_advisory_lock({_LOCK_KEY})", [run_id])

    def mark_interrupted_runs(self) -> None:
        """Mark 'running' runs whose ingest is gone (nobody holds their lock) as interrupted."""
        running = self.execute(
            "select run_id from raw.ingest_runs where status = 'running'"
        ).fetchall()
        for (run_id,) in running:
            if self.execute(f"select pg_try_advisory_lock({_LOCK_KEY})", [run_id]).fetchone()[0]:
                self.execute(
                    "update raw.ingest_runs set status = 'interrupted' "
                    "where run_id = ? and status = 'running'",
                    [run_id],
                )
                self.execute(f"select pg_advisory_unlock({_LOCK_KEY})", [run_id])

    def claim_document(self, document_id: str, extractor_version: str) -> bool:
        """In the document's transaction: wait for any other ingest writing the same document;
        True when it is already loaded by this extractor version (nothing to write)."""
        self.execute(f"select pg_advisory_xact_lock({_LOCK_KEY})", [document_id])
        row = self.execute(
            "select extractor_version from raw.documents where document_id = ?", [document_id]
        ).fetchone()
        return row is not None and row[0] == extractor_version

    def close(self) -> None:
        self._connection.close()
