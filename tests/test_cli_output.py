"""What `wardwh` prints: progress per step (bars on a terminal, a few plain lines elsewhere), the
closing summary table, dbt's full log in a file, -q and -v, and one `error:` line per failure.

Expected figures are read from the warehouse here, never from the code that prints them.
"""

from __future__ import annotations

import io
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from helpers import run_wardwh

from ingest.build import keep_latest_logs, run_dbt_build
from ingest.console import Console, SummaryRow, Verbosity, plain_milestones
from ingest.settings import REPO_ROOT

DOCUMENTS = REPO_ROOT / "data" / "documents"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def wardwh(*args: str, warehouse: Path, export: Path | None = None, timeout: int = 1800):
    env = {"WAREHOUSE_DIR": str(warehouse), "WARDWH_ALLOW_SHRINK": ""}
    if export is not None:
        env["EXPORT_DIR"] = str(export)
    return run_wardwh(*args, env=env, timeout=timeout)


def summary_of(stderr: str) -> dict[str, str]:
    """label → value of the closing summary (plain form: two spaces, label, two spaces, value)."""
    lines = stderr.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("wardwh run "))
    rows = {}
    for line in lines[start + 1 :]:
        label, value = re.match(r"^  (\S.*?)  +(\S.*)$", line).groups()
        rows[label] = value
    return rows


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("cli-run")
    done = wardwh("run", warehouse=root / "warehouse", export=root / "export")
    assert done.returncode == 0, done.stderr[-4000:]
    return root, done


# ----------------------------------------------------------------------------- wardwh run


def test_run_prints_a_short_plain_log_when_not_on_a_terminal(first_run) -> None:
    _, done = first_run
    assert done.stdout == ""
    err = done.stderr
    assert "\x1b[" not in err and "\r" not in err
    lines = err.splitlines()
    assert len(lines) <= 40, err
    for noise in ("Running with dbt", "Concurrency:", " START ", "INFO:", "[RUN]"):
        assert noise not in err, noise
    assert "ingest: 5/5 files (100%)" in lines
    assert any(re.fullmatch(r"build: (\d+)/\1 dbt nodes \(100%\)", line) for line in lines)
    assert any(re.fullmatch(r"quality gate: (\d+)/\1 suites \(100%\)", line) for line in lines)
    for step in ("ingest", "build", "quality gate"):
        milestones = [line for line in lines if re.match(rf"{step}: \d+/\d+ ", line)]
        assert 1 <= len(milestones) <= 4, milestones


def test_summary_table_matches_the_warehouse(first_run) -> None:
    root, done = first_run
    rows = summary_of(done.stderr)
    with duckdb.connect(str(root / "warehouse" / "warehouse.duckdb"), read_only=True) as con:
        facts = con.execute("select count(*) from raw.observations").fetchone()[0]
        mapped = con.execute(
            "select count(distinct indicator_code) from marts.fct_fact_mentions"
        ).fetchone()[0]
        catalog = con.execute("select count(*) from marts.dim_indicator").fetchone()[0]
        unmapped = con.execute("select count(*) from marts.mart_unmapped_phrases").fetchone()[0]
        expectations, critical = con.execute(
            "select expectations, failed_critical from quality.validation_runs"
        ).fetchone()
    assert rows["documents"] == "5 loaded, 0 unchanged, 0 failed"
    assert rows["facts"] == f"{facts} in 5 documents ({facts} new this run)"
    assert rows["indicators mapped"].startswith(f"{mapped} of {catalog} in the catalog")
    assert rows["unmapped phrases"].startswith(f"{unmapped} ")
    assert rows["quality gate"].startswith(f"PASSED: {expectations} expectations, {critical} ")
    assert rows["export"].startswith(f"{root / 'export'} (")
    assert Path(rows["dashboard"]).is_file()
    assert Path(rows["dashboard"]) == root / "report" / "index.html"
    assert Path(rows["quality report"]).is_file()


def test_dbt_log_file_holds_the_full_log(first_run) -> None:
    root, done = first_run
    log = Path(summary_of(done.stderr)["dbt log"])
    assert log.parent == root / "warehouse" / "logs" and log.name.startswith("dbt-")
    assert f"build: dbt log in {log}" in done.stderr.splitlines()
    text = log.read_text(encoding="utf-8")
    assert "\x1b[" not in text
    assert "Running with dbt=" in text and "[debug]" in text
    for node in ("dim_ward", "fct_gap_to_target", "mart_ward_scorecard"):
        assert re.search(rf"OK created sql table model marts\.{node}\b", text), node
    assert "Completed successfully" in text


def test_quiet_run_prints_nothing_when_all_is_well(first_run) -> None:
    root, _ = first_run
    done = wardwh("run", "-q", warehouse=root / "warehouse", export=root / "export")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    again = wardwh("-q", "ingest", str(DOCUMENTS), warehouse=root / "warehouse")
    assert again.returncode == 0 and again.stderr == ""


def test_verbose_build_prints_one_line_per_node(first_run, tmp_path: Path) -> None:
    root, _ = first_run
    shutil.copy(root / "warehouse" / "warehouse.duckdb", tmp_path / "warehouse.duckdb")
    done = wardwh("build", "--full", "-v", warehouse=tmp_path)  # a copy is up to date
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    counts = re.search(
        r"(\d+) seeds, (\d+) models, (\d+) data tests, (\d+) unit tests passed", done.stderr
    )
    seeds, models, tests, unit_tests = map(int, counts.groups())
    assert sum(1 for line in lines if re.match(r"  success seed ", line)) == seeds
    assert sum(1 for line in lines if re.match(r"  success model ", line)) == models
    assert sum(1 for line in lines if re.match(r"  pass test ", line)) == tests
    assert sum(1 for line in lines if re.match(r"  pass unit_test ", line)) == unit_tests


def test_verbose_ingest_prints_one_line_per_file(tmp_path: Path) -> None:
    done = wardwh("ingest", "--verbose", str(DOCUMENTS), warehouse=tmp_path)
    assert done.returncode == 0, done.stderr
    for document in DOCUMENTS.glob("*.txt"):
        assert re.search(rf"^  {re.escape(str(document))}: loaded, \d+ facts$", done.stderr, re.M)


def test_only_the_latest_dbt_logs_are_kept(tmp_path: Path) -> None:
    for index in range(25):
        log = tmp_path / f"dbt-2026010{index // 10}T0000{index % 10:02d}-x.log"
        log.write_text("log")
        os.utime(log, (1_000_000 + index, 1_000_000 + index))
    (tmp_path / "other.log").write_text("not a dbt log")
    removed = keep_latest_logs(tmp_path, keep=20)
    assert len(removed) == 5 and all(not p.exists() for p in removed)
    kept = sorted(p.name for p in tmp_path.glob("dbt-*.log"))
    assert len(kept) == 20 and "dbt-20260100T000000-x.log" not in kept
    assert (tmp_path / "other.log").exists()


# ----------------------------------------------------------------------------- failures


def test_bad_files_get_one_error_line_each_in_every_mode(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(DOCUMENTS / "002_5ff484b46b8ac1a0.txt", folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 8)
    for mode in ([], ["-q"], ["-v"]):
        warehouse = tmp_path / f"wh{''.join(mode)}"
        done = wardwh("ingest", *mode, str(folder), warehouse=warehouse)
        assert done.returncode == 1, done.stderr
        errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
        assert sorted(errors) == sorted(
            [
                f"error: {folder / 'blob.txt'}: {errors_reason(done.stderr, 'blob.txt')}",
                f"error: {folder / 'empty.txt'}: empty file",
            ]
        )
        if mode == ["-q"]:
            assert done.stderr.splitlines() == errors
        else:
            assert "failed 2" in done.stderr


def errors_reason(stderr: str, name: str) -> str:
    line = next(line for line in stderr.splitlines() if f"/{name}: " in line)
    reason = line.split(f"/{name}: ", 1)[1]
    assert reason and "\n" not in reason
    return reason


def test_failed_dbt_node_is_reported_with_its_file(built_warehouse: Path, tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    for name in ("dbt_project.yml", "profiles.yml"):
        shutil.copy(REPO_ROOT / name, project / name)
    for folder in ("models", "macros", "seeds", "analyses", "tests/dbt"):
        shutil.copytree(REPO_ROOT / folder, project / folder)
    broken = project / "models" / "staging" / "stg_broken.sql"
    broken.write_text("select * from raw.no_such_table\n", encoding="utf-8")
    warehouse = tmp_path / "warehouse"
    warehouse.mkdir()
    shutil.copy(built_warehouse, warehouse / "warehouse.duckdb")
    events = []
    result = run_dbt_build(
        project,
        warehouse_dir=warehouse,
        select="stg_broken",
        target_path=tmp_path / "target",
        log_file=tmp_path / "dbt.log",
        on_node=events.append,
    )
    assert not result.success
    assert [(f.path, f.name, f.status) for f in result.failed_nodes] == [
        ("models/staging/stg_broken.sql", "stg_broken", "error")
    ]
    assert "no_such_table" in result.failed_nodes[0].message
    assert "\n" not in result.failed_nodes[0].message
    assert [(e.name, e.status) for e in events] == [("stg_broken", "error")]
    assert "no_such_table" in (tmp_path / "dbt.log").read_text(encoding="utf-8")


def test_failing_gate_prints_one_error_line_per_critical_failure(
    built_warehouse: Path, tmp_path: Path
) -> None:
    shutil.copy(built_warehouse, tmp_path / "warehouse.duckdb")
    with duckdb.connect(str(tmp_path / "warehouse.duckdb")) as con:
        con.execute(
            "update raw.observations set comparator = 'between' where observation_id = "
            "(select min(observation_id) from raw.observations where unit = 'percent')"
        )
    done = wardwh("validate", warehouse=tmp_path)
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    suite_file = REPO_ROOT / "expectations" / "suites" / "raw_observations.json"
    assert any(
        line.startswith(f"error: {suite_file}: [critical] raw_observations.comparator_in_domain")
        for line in errors
    ), errors
    assert all("FAILED" in line for line in errors)
    assert "data-quality gate FAILED" in done.stderr


# ----------------------------------------------------------------------------- on a terminal


def run_in_terminal(args: list[str], env: dict[str, str], timeout: float = 600) -> str:
    """Run a command with a pseudo-terminal as stdin/stdout/stderr; return what it drew."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        args, cwd=REPO_ROOT, env=env, stdin=slave, stdout=slave, stderr=slave, close_fds=True
    )
    os.close(slave)
    output = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # the other side closed
                    break
                if not chunk:
                    break
                output += chunk
            elif process.poll() is not None:
                break
    finally:
        process.wait(timeout=60)
        os.close(master)
    return output.decode("utf-8", errors="replace")


def test_a_terminal_gets_progress_bars(tmp_path: Path) -> None:
    env = {**os.environ, "WAREHOUSE_DIR": str(tmp_path), "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    drawn = run_in_terminal([sys.executable, "-m", "ingest", "ingest", str(DOCUMENTS)], env)
    assert "━" in drawn and ANSI.search(drawn), drawn[-2000:]
    plain = ANSI.sub("", drawn)
    assert re.search(r"ingest\s+━+\s+5/5 files", plain), plain[-2000:]
    assert "ingest: files seen 5, loaded 5" in plain


# ----------------------------------------------------------------------------- the console


def test_plain_progress_prints_at_most_four_milestones() -> None:
    assert plain_milestones(0) == set()
    assert plain_milestones(3) == {1, 2, 3}
    assert plain_milestones(274) == {68, 137, 205, 274}
    stream = io.StringIO()
    console = Console(Verbosity.NORMAL, stream=stream, interactive=False)
    with console.step("build", "dbt nodes") as step:
        step.set_total(10)
        for _ in range(10):
            step.advance("x", detail="  detail")
    assert stream.getvalue().splitlines() == [
        "build: 2/10 dbt nodes (20%)",
        "build: 5/10 dbt nodes (50%)",
        "build: 7/10 dbt nodes (70%)",
        "build: 10/10 dbt nodes (100%)",
    ]


def test_verbosity_levels() -> None:
    outputs = {}
    for verbosity in Verbosity:
        stream = io.StringIO()
        console = Console(verbosity, stream=stream, interactive=False)
        with console.step("ingest", "files", total=1) as step:
            step.advance("a.txt", detail="  a.txt: loaded")
        console.info("ingest: done")
        console.warning("suite.json", "a warning")
        console.error("bad.txt", "empty\nfile  [x]")
        console.summary("wardwh run r1", [SummaryRow("documents", "1 loaded")])
        outputs[verbosity] = stream.getvalue().splitlines()
    assert outputs[Verbosity.QUIET] == ["error: bad.txt: empty file [x]"]
    assert outputs[Verbosity.NORMAL] == [
        "ingest: 1/1 files (100%)",
        "ingest: done",
        "warning: suite.json: a warning",
        "error: bad.txt: empty file [x]",
        "wardwh run r1",
        "  documents  1 loaded",
    ]
    assert outputs[Verbosity.VERBOSE] == ["  a.txt: loaded", *outputs[Verbosity.NORMAL]]


def test_error_lines_keep_brackets_on_a_terminal() -> None:
    stream = io.StringIO()
    console = Console(Verbosity.NORMAL, stream=stream, interactive=True)
    console.error("/docs/[draft].txt", "bad [bold]bytes[/bold]")
    assert ANSI.sub("", stream.getvalue()).strip() == (
        "error: /docs/[draft].txt: bad [bold]bytes[/bold]"
    )


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    # "wardwh extract ... | head -1": the extraction of the corpus is far more than a pipe holds
    process = subprocess.Popen(
        [sys.executable, "-m", "ingest", "extract", "--format", "jsonl", str(DOCUMENTS)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout.readline().startswith(b"{")
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8", errors="replace")
    assert process.wait(timeout=120) == 1
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr, stderr
