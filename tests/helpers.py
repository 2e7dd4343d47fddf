"""Checks on a warehouse, and the way to run the CLI, shared by several test modules."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb

REPO_ROOT = Path(__file__).resolve().parent.parent


def run_wardwh(
    *args: str, env: dict[str, str] | None = None, timeout: int = 300, **kwargs
) -> subprocess.CompletedProcess[str]:
    """`python -m ingest ARGS` from the repository root, with `env` added to the environment."""
    return subprocess.run(
        [sys.executable, "-m", "ingest", *args],
        cwd=REPO_ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        **kwargs,
    )


HALF_LOADED_SQL = """
select d.document_id from raw.documents d
left join (select document_id, count(*) n from raw.observations group by 1) o using (document_id)
left join (select document_id, count(*) n from raw.rejected_tokens group by 1) r using (document_id)
where d.facts_kept != coalesce(o.n, 0) or d.tokens_rejected != coalesce(r.n, 0)
   or d.tokens_seen != coalesce(o.n, 0) + coalesce(r.n, 0)
union all
select distinct o.document_id from raw.observations o anti join raw.documents d using (document_id)
union all
select distinct r.document_id from raw.rejected_tokens r anti join raw.documents d using (document_id)
"""


def half_loaded_documents(database: Path) -> list[str]:
    """Documents whose stored facts or rejections do not match the counts stored with them."""
    with duckdb.connect(str(database), read_only=True) as connection:
        return [row[0] for row in connection.execute(HALF_LOADED_SQL).fetchall()]


def fail_observation_inserts(monkeypatch, document: Path | None = None) -> str | None:  # noqa: ANN001
    """Make the loader's insert into raw.observations fail ("disk full") after it ran: for the
    rows of `document`, or for every document. Returns the failing document's id."""
    from ingest import load

    failing_id = hashlib.sha256(document.read_bytes()).hexdigest() if document else None
    real_insert = load._insert

    def failing_insert(connection, table, rows):  # noqa: ANN001
        real_insert(connection, table, rows)
        if table == "raw.observations" and (
            failing_id is None or any(row["document_id"] == failing_id for row in rows)
        ):
            raise RuntimeError("disk full")

    monkeypatch.setattr(load, "_insert", failing_insert)
    return failing_id
