"""The same pipeline on a real PostgreSQL server: raw layer, dbt build, concurrency.

A module fixture starts a throwaway server from the Debian binaries (ingest.pg_server: initdb in
a temp dir, a free 127.0.0.1 port, as the `postgres` account when run as root) and stops it
after. Without the binaries every test here is skipped with the reason; CI installs them
(.ci/debian-packages.txt).
"""

from __future__ import annotations

import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pytest
from document_builders import corpus_copies
from helpers import fail_observation_inserts, run_wardwh

from ingest import load
from ingest.load import ensure_schema, ingest_paths
from ingest.load_postgres import PostgresConnection, postgres_ddl
from ingest.pg_server import find_binaries, temporary_server
from ingest.settings import DOCUMENTS_DIR

CORPUS = sorted(DOCUMENTS_DIR.glob("*.txt"))
RAW_TABLES = ("documents", "observations", "rejected_tokens")
MARTS = (
    "dim_document", "dim_indicator", "dim_period", "dim_ward", "fct_actuals",
    "fct_fact_mentions", "fct_gap_to_target", "fct_targets", "mart_reference_comparison",
    "mart_target_revisions", "mart_unmapped_phrases", "mart_ward_comparison",
    "mart_ward_scorecard",
)  # fmt: skip

# documents whose stored facts or rejections do not match their counts (tests/helpers.py has the
# DuckDB spelling)
HALF_LOADED_SQL = """
select d.document_id from raw.documents as d
left join (select document_id, count(*) as n from raw.observations group by 1) as o
    on o.document_id = d.document_id
left join (select document_id, count(*) as n from raw.rejected_tokens group by 1) as r
    on r.document_id = d.document_id
where d.facts_kept <> coalesce(o.n, 0) or d.tokens_rejected <> coalesce(r.n, 0)
   or d.tokens_seen <> coalesce(o.n, 0) + coalesce(r.n, 0)
union all
select o.document_id from raw.observations as o
where not exists (select 1 from raw.documents as d where d.document_id = o.document_id)
union all
select r.document_id from raw.rejected_tokens as r
where not exists (select 1 from raw.documents as d where d.document_id = r.document_id)
"""

pytestmark = pytest.mark.skipif(
    find_binaries() is None,
    reason="PostgreSQL server binaries not found (Debian package postgresql; CI installs it)",
)


@pytest.fixture(scope="module")
def server():
    with temporary_server() as running:
        yield running


@pytest.fixture
def database(server):
    """A fresh, empty database on the server for one test."""
    import psycopg

    name = f"t{time.monotonic_ns()}"
    with psycopg.connect(**_connect_args(server, "postgres"), autocommit=True) as admin:
        admin.execute(f"create database {name}")
    params = server.params.__class__(**{**server.params.__dict__, "dbname": name})
    yield params
    with psycopg.connect(**_connect_args(server, "postgres"), autocommit=True) as admin:
        admin.execute(f"drop database {name} with (force)")


def _connect_args(server, dbname: str) -> dict:
    return {"host": "127.0.0.1", "port": server.port, "user": "wardwh", "dbname": dbname}


def _query(params, sql: str) -> list[tuple]:
    connection = PostgresConnection(params)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _counts(params) -> dict[str, int]:
    return {t: _query(params, f"select count(*) from raw.{t}")[0][0] for t in RAW_TABLES}


def _cli(*args: str, params, warehouse: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    env = {
        "WAREHOUSE_DIR": str(warehouse),
        "PGHOST": params.host,
        "PGPORT": str(params.port),
        "PGUSER": params.user,
        "PGPASSWORD": "",
        "PGDATABASE": params.dbname,
    }
    return run_wardwh(*args, env=env, timeout=timeout)


# ------------------------------------------------------------------------------- raw layer


def test_the_schema_is_derived_from_the_duckdb_schema_file(database):
    schema_sql = load.SCHEMA_SQL.read_text(encoding="utf-8")
    statements = postgres_ddl(schema_sql)
    assert statements and not any("--" in s for s in statements)
    connection = PostgresConnection(database)
    try:
        ensure_schema(connection)
        postgres = connection.execute(
            "select table_name, column_name, data_type from information_schema.columns "
            "where table_schema = 'raw' order by table_name, ordinal_position"
        ).fetchall()
    finally:
        connection.close()
    with duckdb.connect() as local:
        local.execute(schema_sql)
        embedded = local.execute(
            "select table_name, column_name, data_type from information_schema.columns "
            "where table_schema = 'raw' order by table_name, ordinal_position"
        ).fetchall()
    assert [row[:2] for row in postgres] == [row[:2] for row in embedded]
    types = {(t, c): d for t, c, d in postgres}
    assert types[("observations", "value")] == "double precision"
    assert types[("documents", "issued_on")] == "date"


def test_ingest_matches_duckdb_and_is_idempotent(database, tmp_path):
    first = ingest_paths(CORPUS, None, postgres=database)
    assert first.ok and first.count("loaded") == len(CORPUS)
    embedded = tmp_path / "wh.duckdb"
    ingest_paths(CORPUS, embedded)
    with duckdb.connect(str(embedded), read_only=True) as local:
        expected = {
            t: local.execute(f"select count(*) from raw.{t}").fetchone()[0] for t in RAW_TABLES
        }
        facts = local.execute(
            "select document_id, line, char_start, kind, value, unit, comparator "
            "from raw.observations order by 1, 3"
        ).fetchall()
    assert _counts(database) == expected
    assert (
        _query(
            database,
            "select document_id, line, char_start, kind, value, unit, comparator "
            "from raw.observations order by 1, 3",
        )
        == facts
    )
    assert _query(database, HALF_LOADED_SQL) == []
    again = ingest_paths(CORPUS, None, postgres=database)
    assert again.count("unchanged") == len(CORPUS) and again.facts == 0
    assert _counts(database) == expected
    assert _query(database, "select status from raw.ingest_runs order by started_at") == [
        ("ok",),
        ("ok",),
    ]


def test_a_failure_inside_a_document_transaction_leaves_nothing(database, monkeypatch):
    fail_observation_inserts(monkeypatch)
    summary = ingest_paths(CORPUS[:1], None, postgres=database)
    assert summary.count("failed") == 1 and "disk full" in summary.outcomes[0].reason
    monkeypatch.undo()
    assert _counts(database) == {"documents": 0, "observations": 0, "rejected_tokens": 0}
    assert ingest_paths(CORPUS[:1], None, postgres=database).count("loaded") == 1


def test_a_bad_document_in_a_commit_group_fails_alone(database, monkeypatch):
    bad_id = fail_observation_inserts(monkeypatch, CORPUS[2])
    summary = ingest_paths(CORPUS, None, postgres=database, jobs=1)
    failed = [o for o in summary.outcomes if o.status == "failed"]
    assert [o.path for o in failed] == [CORPUS[2]] and "disk full" in failed[0].reason
    assert summary.count("loaded") == len(CORPUS) - 1
    bad_rows = f"select count(*) from raw.observations where document_id = '{bad_id}'"
    assert _query(database, bad_rows) == [(0,)]
    assert _counts(database)["documents"] == len(CORPUS) - 1


def test_an_unreachable_server_is_one_error_line(tmp_path, server):
    closed = server.params.__class__(**{**server.params.__dict__, "port": 1})
    done = _cli("ingest", "--target", "postgres", str(CORPUS[0]), params=closed, warehouse=tmp_path)
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and "postgresql://wardwh@127.0.0.1:1/" in errors[0]
    assert "cannot connect" in errors[0]


# ------------------------------------------------------------------------------------ dbt


def _marts(params) -> dict[str, int]:
    return {m: _query(params, f"select count(*) from marts.{m}")[0][0] for m in MARTS}


GAP_SQL = (
    "select ward_code, indicator_code, period_year, target_value, target_comparator, "
    "actual_value, actual_comparator, status, gap_value, baseline_year, required_change "
    "from marts.fct_gap_to_target order by ward_code, indicator_code, period_year"
)


def test_the_dbt_project_builds_unchanged_on_postgres(database, tmp_path, built_warehouse):
    assert ingest_paths(CORPUS, None, postgres=database).ok
    done = _cli("build", "--target", "postgres", params=database, warehouse=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:] + done.stdout[-3000:]
    assert "unit tests passed" in done.stderr and "FAILED" not in done.stderr
    with duckdb.connect(str(built_warehouse), read_only=True) as local:
        expected = {
            m: local.execute(f"select count(*) from marts.{m}").fetchone()[0] for m in MARTS
        }
        gaps = local.execute(GAP_SQL).fetchall()
        phrases = local.execute(
            "select indicator_phrase_normalized from marts.mart_unmapped_phrases order by 1"
        ).fetchall()
        medians = local.execute(
            "select indicator_code, period_year, ward_code, median_actual_value, actual_rank "
            "from marts.mart_ward_comparison order by 1, 2, 3"
        ).fetchall()
    assert _marts(database) == expected
    assert _query(database, GAP_SQL) == gaps
    assert (
        _query(database, "select indicator_phrase_normalized from marts.mart_unmapped_phrases "
               "order by 1") == phrases
    )  # fmt: skip
    assert (
        _query(database, "select indicator_code, period_year, ward_code, median_actual_value, "
               "actual_rank from marts.mart_ward_comparison order by 1, 2, 3") == medians
    )  # fmt: skip
    again = _cli("build", "--target", "postgres", params=database, warehouse=tmp_path)
    assert again.returncode == 0 and "up to date" in again.stderr


# ---------------------------------------------------------------------------- concurrency


def test_two_ingests_and_a_build_at_once_lose_nothing(database, tmp_path):
    assert ingest_paths(CORPUS, None, postgres=database).ok  # something for the build to read
    first = corpus_copies(tmp_path / "a", 30)
    second = corpus_copies(tmp_path / "b", 30, start=20)  # ten documents in both folders
    env_args = {"params": database, "warehouse": tmp_path / "wh"}
    with ThreadPoolExecutor(3) as pool:
        ingests = [
            pool.submit(_cli, "ingest", "--target", "postgres", str(tmp_path / "a"), **env_args),
            pool.submit(_cli, "ingest", "--target", "postgres", str(tmp_path / "b"), **env_args),
        ]
        time.sleep(1.0)
        build = pool.submit(_cli, "build", "--target", "postgres", **env_args)
        results = [f.result() for f in ingests] + [build.result()]
    for done in results:
        assert done.returncode == 0, done.stderr[-3000:]
    unique_files = {p.name for p in first + second}
    documents = _query(database, "select file_name from raw.documents")
    assert len(documents) == len(unique_files) + len(CORPUS)
    assert {name for (name,) in documents} >= unique_files
    assert _query(database, HALF_LOADED_SQL) == []
    statuses = _query(database, "select status, count(*) from raw.ingest_runs group by 1")
    assert dict(statuses) == {"ok": 3}
    # a build after the ingests sees every document
    final = _cli("build", "--target", "postgres", **env_args)
    assert final.returncode == 0, final.stderr[-3000:]
    current = _query(database, "select count(*) from marts.dim_document")[0][0]
    assert current == len(unique_files) + len(CORPUS)


def test_a_bi_reader_during_a_build_always_gets_an_answer(database, tmp_path):
    assert ingest_paths(CORPUS, None, postgres=database).ok
    env_args = {"params": database, "warehouse": tmp_path}
    assert _cli("build", "--target", "postgres", **env_args).returncode == 0
    expected = _query(database, "select count(*) from marts.fct_gap_to_target")[0][0]
    answers, errors, stop = [], [], threading.Event()

    def reader() -> None:
        connection = PostgresConnection(database)
        try:
            while not stop.is_set() and len(answers) < 5000:
                try:
                    answers.append(
                        connection.execute(
                            "select count(*) from marts.fct_gap_to_target as g "
                            "inner join marts.dim_ward as w on w.ward_code = g.ward_code"
                        ).fetchone()[0]
                    )
                except Exception as error:  # noqa: BLE001 - collected and asserted below
                    errors.append(error)
                time.sleep(0.01)
        finally:
            connection.close()

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        rebuild = _cli("build", "--target", "postgres", "--full", **env_args)
    finally:
        stop.set()
        thread.join(timeout=60)
    assert rebuild.returncode == 0, rebuild.stderr[-3000:]
    assert errors == []
    assert len(answers) > 10 and set(answers) == {expected}
