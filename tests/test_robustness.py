"""Messy folders, crashes and concurrent runs: nothing lost, nothing half-loaded."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import duckdb
import pytest
from document_builders import corpus_copies
from helpers import fail_observation_inserts, half_loaded_documents, run_wardwh
from test_read import encode_cp1258, encode_tcvn3, encode_vni

from ingest.load import ingest_paths
from ingest.settings import DOCUMENTS_DIR, REPO_ROOT

CORPUS = sorted(DOCUMENTS_DIR.glob("*.txt"))
SAMPLE = CORPUS[1]  # a report: many facts, broken lines


def run_cli(*args: str, warehouse: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return run_wardwh(*args, env={"WAREHOUSE_DIR": str(warehouse), **(env or {})}, timeout=600)


def _processes_mentioning(path: Path, within_s: float) -> list[int]:
    """PIDs whose command line mentions `path`, after waiting up to `within_s` for them to go."""
    deadline = time.monotonic() + within_s
    while True:
        pids = []
        for entry in Path("/proc").iterdir():
            try:
                if entry.name.isdigit() and str(path) in (entry / "cmdline").read_text():
                    pids.append(int(entry.name))
            except OSError:
                continue
        if not pids or time.monotonic() > deadline:
            return pids
        time.sleep(0.2)


def document_count(database: Path) -> int:
    with duckdb.connect(str(database), read_only=True) as connection:
        return connection.execute("select count(*) from raw.documents").fetchone()[0]


# --- bad input ------------------------------------------------------------------------------


def _bad_inputs(folder: Path) -> dict[str, tuple[Path, str | None]]:
    """name → (path, expected fragment of the error reason, or None when it must load)."""
    text = SAMPLE.read_text(encoding="utf-8")
    cases: dict[str, tuple[Path, str | None]] = {}

    def add(name: str, data: bytes | str, expected: str | None) -> None:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        cases[name] = (path, expected)

    add("empty.txt", b"", "empty")
    add("whitespace.txt", b"  \n\t\n   \n", "whitespace")
    add("scan.txt", b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<< /Type /Catalog >>\n", "binary")
    add("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "binary")
    add("bom.txt", b"\xef\xbb\xbf" + text.encode("utf-8"), None)
    add("utf16.txt", text.encode("utf-16"), None)
    add("nfd.txt", unicodedata.normalize("NFD", text), None)
    add(
        "no_ward.txt",
        "KẾ HOẠCH\nChuyển đổi số năm 2026\n\n- Tỷ lệ hồ sơ trực tuyến đạt 90%.\n",
        "no issuer",
    )
    cut = "\n".join(CORPUS[3].read_text(encoding="utf-8").splitlines()[:192])
    add("cut_table.txt", cut, None)
    hostile = text + (
        "\n\n- Giá trị 1e309 và 999999999999999999999% và \x07\x1b[31m điều khiển.\n\n- "
        + "rất dài " * 40000
        + "đạt 50%.\n"
    )
    add("hostile.txt", hostile, None)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")  # a PDF now, but a corrupt one
    cases["notes.pdf"] = (folder / "notes.pdf", "corrupt pdf")
    (folder / "notes.xlsx").write_bytes(b"PK\x03\x04")
    cases["notes.xlsx"] = (folder / "notes.xlsx", "not a document")
    loop = folder / "loop"
    loop.mkdir()
    os.symlink(loop, loop / "again")
    return cases


def test_bad_inputs_each_get_one_line_and_the_rest_loads(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    cases = _bad_inputs(folder)
    missing = tmp_path / "does-not-exist.txt"
    result = run_cli("ingest", str(folder), str(missing), warehouse=tmp_path / "wh")
    assert result.returncode == 1, result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    for name, (_path, expected) in cases.items():
        lines = [line for line in errors if name in line]
        if expected is None:
            assert not lines, (name, lines)
        else:
            assert len(lines) == 1 and expected in lines[0].lower(), (name, lines)
    assert any(str(missing) in line and "no such" in line.lower() for line in errors)
    assert any("loop" in line.lower() for line in errors), errors
    assert all(len(line) < 400 for line in errors)
    database = tmp_path / "wh" / "warehouse.duckdb"
    assert document_count(database) == sum(1 for _, expected in cases.values() if expected is None)
    assert half_loaded_documents(database) == []
    with duckdb.connect(str(database), read_only=True) as connection:
        hostile_facts = connection.execute(
            "select max(value) from raw.observations o join raw.documents d using (document_id) "
            "where d.file_name = 'hostile.txt' and o.unit = 'percent'"
        ).fetchone()[0]
        reasons = dict(
            connection.execute(
                "select raw_token, reason from raw.rejected_tokens r join raw.documents d using (document_id) "
                "where d.file_name = 'hostile.txt' and raw_token in ('999999999999999999999', '309')"
            ).fetchall()
        )
    assert hostile_facts <= 100
    assert reasons == {"999999999999999999999": "implausible", "309": "identifier"}


def test_the_same_facts_come_out_of_every_encoding(tmp_path):
    # Legacy 8-bit encodings have no curly quotes or dashes; their writers typed ASCII ones.
    text = SAMPLE.read_text(encoding="utf-8").translate(str.maketrans("“”‘’–…", "\"\"''-."))
    variants = {
        "utf8.txt": text.encode("utf-8"),
        "bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),
        "nfd.txt": unicodedata.normalize("NFD", text).encode("utf-8"),
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
        "windows1258.txt": encode_cp1258(text),
        "tcvn3.txt": encode_tcvn3(text),
        "vni.txt": encode_vni(text),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
    database = tmp_path / "wh.duckdb"
    assert ingest_paths([tmp_path], database).ok
    with duckdb.connect(str(database), read_only=True) as connection:
        signatures = connection.execute(
            "select d.file_name, list(o.line || ':' || o.value || ':' || o.kind order by o.char_start) "
            "from raw.documents d join raw.observations o using (document_id) group by 1"
        ).fetchall()
    assert len({tuple(s[1]) for s in signatures}) == 1 and len(signatures) == len(variants)


def test_a_50_megabyte_file_loads(tmp_path):
    body = SAMPLE.read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as handle:
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(body)
    summary = ingest_paths([big], tmp_path / "wh.duckdb")
    assert summary.ok and summary.facts > 1000


# --- crashes ------------------------------------------------------------------------------------


def test_a_failure_inside_a_document_transaction_leaves_nothing(tmp_path, monkeypatch):
    database = tmp_path / "wh.duckdb"
    fail_observation_inserts(monkeypatch)
    summary = ingest_paths([SAMPLE], database)
    assert summary.count("failed") == 1 and "disk full" in summary.outcomes[0].reason
    monkeypatch.undo()
    with duckdb.connect(str(database), read_only=True) as connection:
        assert connection.execute("select count(*) from raw.observations").fetchone()[0] == 0
        assert connection.execute("select count(*) from raw.documents").fetchone()[0] == 0
    assert ingest_paths([SAMPLE], database).count("loaded") == 1


def test_a_bad_document_in_a_commit_group_fails_alone(tmp_path, monkeypatch):
    """Documents share a DuckDB transaction (group commit); one that cannot be written must not
    take the others of its group down with it."""
    paths = corpus_copies(tmp_path / "docs", 6)
    bad_id = fail_observation_inserts(monkeypatch, paths[2])
    database = tmp_path / "wh.duckdb"
    summary = ingest_paths([tmp_path / "docs"], database, jobs=1)
    failed = [o for o in summary.outcomes if o.status == "failed"]
    assert [o.path for o in failed] == [paths[2]] and "disk full" in failed[0].reason
    assert summary.count("loaded") == 5
    assert document_count(database) == 5 and half_loaded_documents(database) == []
    with duckdb.connect(str(database), read_only=True) as connection:
        assert not connection.execute(
            "select count(*) from raw.observations where document_id = ?", [bad_id]
        ).fetchone()[0]


def test_the_same_content_twice_in_one_run_loads_once(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_bytes(SAMPLE.read_bytes())
    (folder / "d.txt").write_bytes(CORPUS[0].read_bytes())
    database = tmp_path / "wh.duckdb"
    summary = ingest_paths([folder], database, jobs=1)
    assert summary.ok, summary.describe()
    assert document_count(database) == 2 and half_loaded_documents(database) == []


def test_sigkill_in_the_middle_of_an_ingest_loses_nothing(tmp_path):
    folder = tmp_path / "docs"
    paths = corpus_copies(folder, 400)
    warehouse = tmp_path / "wh"
    database = warehouse / "warehouse.duckdb"
    process = subprocess.Popen(
        [sys.executable, "-m", "ingest", "ingest", "-v", str(folder)],
        cwd=REPO_ROOT,
        env={**os.environ, "WAREHOUSE_DIR": str(warehouse)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Kill once the first document is reported loaded (its run row and group committed), not
    # after a fixed delay: on a loaded machine the schema alone may take longer than any delay.
    for line in process.stderr:
        if ": loaded" in line:
            break
    assert process.poll() is None, "the ingest ended before its first document was loaded"
    process.send_signal(signal.SIGKILL)
    process.stderr.close()
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert _processes_mentioning(folder, within_s=10) == [], "worker processes outlived the kill"
    loaded_before = document_count(database)
    assert loaded_before < len(paths), "the kill came too late to test anything"
    assert half_loaded_documents(database) == []
    rerun = run_cli("ingest", str(folder), warehouse=warehouse)
    assert rerun.returncode == 0, rerun.stderr
    assert document_count(database) == len(paths)
    assert half_loaded_documents(database) == []
    with duckdb.connect(str(database), read_only=True) as connection:
        statuses = [
            r[0]
            for r in connection.execute(
                "select status from raw.ingest_runs order by started_at"
            ).fetchall()
        ]
    assert statuses == ["interrupted", "ok"]


# --- concurrency ------------------------------------------------------------------------------


def test_two_ingests_at_once_wait_or_fail_clearly_and_the_work_completes(tmp_path):
    folder = tmp_path / "docs"
    paths = corpus_copies(folder, 60)
    warehouse = tmp_path / "wh"
    environment = {**os.environ, "WAREHOUSE_DIR": str(warehouse), "WARDWH_LOCK_TIMEOUT": "120"}
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "ingest", "ingest", str(folder)],
            cwd=REPO_ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outcomes = [(p.wait(timeout=600), p.stderr.read()) for p in processes]
    for code, stderr in outcomes:
        assert code == 0 or (code == 2 and "locked" in stderr), stderr
    database = warehouse / "warehouse.duckdb"
    assert document_count(database) == len(paths)
    assert half_loaded_documents(database) == []


def test_lock_timeout_gives_a_clear_message(tmp_path):
    warehouse = tmp_path / "wh"
    database = warehouse / "warehouse.duckdb"
    ingest_paths([SAMPLE], database)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,time; c=duckdb.connect({str(database)!r}); print('ok', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        result = run_cli(
            "ingest", str(SAMPLE), warehouse=warehouse, env={"WARDWH_LOCK_TIMEOUT": "1"}
        )
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 2
    assert "locked by another process" in result.stderr and str(database) in result.stderr


@pytest.mark.parametrize("mode", ["read_only"])
def test_analysts_read_only_connection_cannot_modify(tmp_path, mode):
    database = tmp_path / "wh.duckdb"
    ingest_paths([SAMPLE], database)
    with duckdb.connect(str(database), read_only=True) as connection:
        with pytest.raises(duckdb.Error):
            connection.execute("delete from raw.observations")
