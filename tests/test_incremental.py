"""Incremental builds: `wardwh ingest one.txt && wardwh build` rebuilds only what changed.

The warehouse built once per session from the corpus (conftest.built_warehouse) is copied for
each test. The matching, de-duplication and mention models are incremental, keyed on
document_id; `wardwh build` selects what depends on the raw layer when only documents arrived.
Each incremental result is compared with a from-scratch build (`--full`) of the same raw data.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import dbt.cli.main
import duckdb
import pytest
from helpers import run_wardwh

from ingest.build import BuildState, _environment, _literal, build_warehouse, invoke_dbt, plan_build
from ingest.settings import DOCUMENTS_DIR, REPO_ROOT, WAREHOUSE_FILE_NAME

CORPUS = sorted(DOCUMENTS_DIR.glob("*.txt"))
MARKER = "untouched by the incremental build"


def cli(*args: str, warehouse: Path) -> subprocess.CompletedProcess:
    return run_wardwh(
        *args, env={"WAREHOUSE_DIR": str(warehouse), "WARDWH_TARGET": "duckdb"}, timeout=900
    )


@pytest.fixture
def warehouse(built_warehouse: Path, tmp_path: Path) -> Path:
    """A copy of the session's built warehouse (folder)."""
    folder = tmp_path / "warehouse"
    folder.mkdir()
    shutil.copy(built_warehouse, folder / WAREHOUSE_FILE_NAME)
    return folder


def _new_document(folder: Path, source: Path, name: str, extra: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(source.read_text(encoding="utf-8") + f"\n{extra}\n", encoding="utf-8")
    return path


def _differences(left: Path, right: Path) -> dict[str, tuple[int, int]]:
    """Per table of `marts` and `intermediate`: rows only in left, rows only in right."""
    with duckdb.connect() as con:
        con.execute(f"attach '{left}' as l (read_only)")
        con.execute(f"attach '{right}' as r (read_only)")
        tables = con.execute(
            "select table_schema, table_name from information_schema.tables "
            "where table_catalog = 'l' and table_schema in ('marts', 'intermediate') "
            "and table_type = 'BASE TABLE' order by 1, 2"
        ).fetchall()
        assert len(tables) >= 15
        found = {}
        for schema, table in tables:
            name = f"{schema}.{table}"
            only_left = con.execute(
                f"select count(*) from (select * from l.{name} except all select * from r.{name})"
            ).fetchone()[0]
            only_right = con.execute(
                f"select count(*) from (select * from r.{name} except all select * from l.{name})"
            ).fetchone()[0]
            if only_left or only_right:
                found[name] = (only_left, only_right)
        return found


def _full_rebuild_of(folder: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "from_scratch"
    copy.mkdir()
    shutil.copy(folder / WAREHOUSE_FILE_NAME, copy / WAREHOUSE_FILE_NAME)
    done = cli("build", "--full", warehouse=copy)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "[full: full rebuild requested]" in done.stderr
    return copy / WAREHOUSE_FILE_NAME


# ----------------------------------------------------------------------------------- plan


def test_the_plan_follows_what_changed():
    state = BuildState("code", "seeds", "raw")
    assert plan_build(None, state, full=False).selection == "full"
    assert plan_build(state, state, full=True).selection == "full"
    assert plan_build(state, state, full=False).selection == "none"
    assert plan_build(state, BuildState("code", "seeds", "raw2"), full=False).selection == "raw"
    assert plan_build(state, BuildState("code", "seeds2", "raw2"), full=False).selection == "all"
    assert plan_build(state, BuildState("code2", "seeds", "raw"), full=False).selection == "full"
    assert plan_build(state, BuildState("code", "seeds", "raw2"), full=False).dbt_arguments == {
        "select": "source:raw+",
        "exclude_resource_types": ("unit_test",),
        "write_json": False,  # the code is the last build's: so is its manifest
    }


@pytest.mark.parametrize(
    "value", ["duckdb", "it's", "'; drop table raw.build_runs; --", "Hải Phòng 100% \\ ''", ""]
)
def test_build_state_literals_read_back_as_written(value):
    with duckdb.connect() as con:
        assert con.execute(f"select {_literal(value)}").fetchone()[0] == value


def test_build_state_times_read_back_as_written():
    moment = datetime(2026, 12, 3, 14, 5, 6, 789012)
    with duckdb.connect() as con:
        assert con.execute(f"select {_literal(moment)}::timestamp").fetchone()[0] == moment


def test_dbt_renders_the_profile_a_dbt_typed_in_the_project_renders(tmp_path, monkeypatch):
    # dbt parses the whole project again when the rendered profile changes: `wardwh build` and
    # a `dbt build` by hand must name the same warehouse path, from the same folder
    project, caller = tmp_path / "project", tmp_path / "elsewhere"
    caller.mkdir()
    monkeypatch.delenv("WAREHOUSE_DIR", raising=False)
    monkeypatch.chdir(caller)
    with _environment(project / "data" / "warehouse", project):
        assert "WAREHOUSE_DIR" not in os.environ
        assert Path.cwd() == project
    with _environment(tmp_path / "other", project):
        assert os.environ["WAREHOUSE_DIR"] == str(tmp_path / "other")
    assert Path.cwd() == caller
    assert "WAREHOUSE_DIR" not in os.environ


def test_dbt_is_given_a_target_only_when_it_is_not_the_profiles_default(tmp_path, monkeypatch):
    calls = []

    class Runner:
        def __init__(self, callbacks):
            pass

        def invoke(self, args):
            calls.append(args)
            raise RuntimeError("not run")

    monkeypatch.setattr(dbt.cli.main, "dbtRunner", Runner)
    monkeypatch.delenv("WARDWH_TARGET", raising=False)
    for target in ("duckdb", "postgres"):
        assert not invoke_dbt(["parse"], tmp_path, target=target).success
    assert ["--target" in args for args in calls] == [False, True]


def test_a_build_with_nothing_new_does_nothing(warehouse):
    done = cli("build", warehouse=warehouse)
    assert done.returncode == 0 and "build: up to date" in done.stderr, done.stderr


# ------------------------------------------------------------------------- new documents


def test_one_new_document_does_not_rebuild_the_others(warehouse, tmp_path):
    database = warehouse / WAREHOUSE_FILE_NAME
    with duckdb.connect(str(database)) as con:
        old = con.execute(
            "select observation_id, document_id from intermediate.int_observations__indicator_matched "
            "where match_status = 'mapped' order by observation_id limit 1"
        ).fetchone()
        # rows a rebuild would rewrite: marked, so that only a rebuild can unmark them
        con.execute(
            "update intermediate.int_observations__indicator_matched set sentence = ? "
            "where observation_id = ?",
            [MARKER, old[0]],
        )
        con.execute(
            "update marts.fct_fact_mentions set sentence = ? where observation_id = ?",
            [MARKER, old[0]],
        )
        # a target of a ward the new document is not about
        other_ward_fact = con.execute(
            "select fact_id from marts.fct_targets where ward_code <> ("
            "select ward_code from raw.documents where file_name = ?) order by fact_id limit 1",
            [CORPUS[1].name],
        ).fetchone()[0]
        con.execute(
            "update marts.fct_targets set sentence = ? where fact_id = ?", [MARKER, other_ward_fact]
        )
    new = _new_document(tmp_path / "incoming", CORPUS[1], "new_report.txt", "Phụ lục bổ sung.")
    assert cli("ingest", str(new), warehouse=warehouse).returncode == 0
    done = cli("build", warehouse=warehouse)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "[raw: documents were ingested]" in done.stderr
    with duckdb.connect(str(database), read_only=True) as con:
        new_id = con.execute(
            "select document_id from raw.documents where file_name = 'new_report.txt'"
        ).fetchone()[0]
        marked = con.execute(
            "select count(*) from intermediate.int_observations__indicator_matched "
            "where observation_id = ? and sentence = ?",
            [old[0], MARKER],
        ).fetchone()[0]
        marked_mentions = con.execute(
            "select count(*) from marts.fct_fact_mentions where observation_id = ? and sentence = ?",
            [old[0], MARKER],
        ).fetchone()[0]
        new_mentions = con.execute(
            "select count(*) from marts.fct_fact_mentions where document_id = ?", [new_id]
        ).fetchone()[0]
        marked_targets = con.execute(
            "select count(*) from marts.fct_targets where fact_id = ? and sentence = ?",
            [other_ward_fact, MARKER],
        ).fetchone()[0]
        new_targets = con.execute(
            "select count(*) from marts.fct_targets where document_id = ?", [new_id]
        ).fetchone()[0]
        raw_facts = con.execute(
            "select count(*) from raw.observations where document_id = ?", [new_id]
        ).fetchone()[0]
    assert marked == 1 and marked_mentions == 1, "the old document was matched again"
    assert marked_targets == 1, "the targets of another ward were rebuilt"
    assert raw_facts > 0 and new_mentions > 0 and new_targets > 0


def test_incremental_marts_equal_a_build_from_scratch(warehouse, tmp_path):
    incoming = tmp_path / "incoming"
    # a new document, and a new version of a corpus file (same name, other content)
    documents = [
        _new_document(incoming, CORPUS[2], "another_ward_plan.txt", "Phụ lục."),
        _new_document(incoming, CORPUS[0], CORPUS[0].name, "Ghi chú: bản cập nhật."),
    ]
    done = cli("ingest", *map(str, documents), warehouse=warehouse)
    assert done.returncode == 0, done.stderr
    done = cli("build", warehouse=warehouse)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "[raw: documents were ingested]" in done.stderr
    database = warehouse / WAREHOUSE_FILE_NAME
    with duckdb.connect(str(database), read_only=True) as con:
        replaced = con.execute(
            "select count(*) from intermediate.int_observations__indicator_matched as m "
            "inner join intermediate.int_documents__versioned as d using (document_id) "
            "where not d.is_current_version"
        ).fetchone()[0]
        versions = con.execute(
            "select count(*) from raw.documents where file_name = ?", [CORPUS[0].name]
        ).fetchone()[0]
    assert versions == 2 and replaced == 0
    assert _differences(database, _full_rebuild_of(warehouse, tmp_path)) == {}


def test_a_changed_alias_rematches_every_document(warehouse, tmp_path):
    project = tmp_path / "project"
    for part in ("models", "macros", "seeds", "tests/dbt", "analyses"):
        shutil.copytree(REPO_ROOT / part, project / part)
    for name in ("dbt_project.yml", "profiles.yml"):
        shutil.copy(REPO_ROOT / name, project / name)
    aliases = project / "seeds" / "indicator_aliases.csv"
    lines = aliases.read_text(encoding="utf-8").splitlines()
    # the online-dossier alias no longer matches: its facts become unmapped in every document
    lines = [line for line in lines if ",GOV_ONLINE_DOSSIER_RATE," not in line]
    aliases.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan, result = build_warehouse(project, warehouse_dir=warehouse, quiet=True)
    assert plan.selection == "all" and result is not None and result.success, result
    database = warehouse / WAREHOUSE_FILE_NAME
    with duckdb.connect(str(database), read_only=True) as con:
        fingerprints = con.execute(
            "select count(distinct rules_fingerprint) from intermediate.int_observations__indicator_matched"
        ).fetchone()[0]
        dossier = con.execute(
            "select count(*) from marts.fct_fact_mentions "
            "where indicator_code = 'GOV_ONLINE_DOSSIER_RATE'"
        ).fetchone()[0]
    assert fingerprints == 1 and dossier == 0
    copy = tmp_path / "scratch"
    copy.mkdir()
    shutil.copy(database, copy / WAREHOUSE_FILE_NAME)
    plan, result = build_warehouse(project, warehouse_dir=copy, full=True, quiet=True)
    assert result is not None and result.success
    assert _differences(database, copy / WAREHOUSE_FILE_NAME) == {}
