"""The data-quality gate (ingest/quality.py + expectations/) on a warehouse built from the corpus.

A real warehouse is built once per session (ingest of data/documents, then dbt build); every test
that changes data works on its own copy. Each critical expectation is shown to fail on a copy into
which the test injected the matching defect, with a message naming the expectation and the rows.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from ingest import quality

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def warehouse(built_warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the built warehouse (tests may change it)."""
    monkeypatch.delenv(quality.ALLOW_SHRINK_ENV, raising=False)
    target = tmp_path / "wh" / "warehouse.duckdb"
    target.parent.mkdir()
    shutil.copy(built_warehouse, target)
    return target


def _sql(warehouse: Path, *statements: str) -> None:
    con = duckdb.connect(str(warehouse))
    try:
        for statement in statements:
            con.execute(statement)
    finally:
        con.close()


def _one(warehouse: Path, query: str) -> tuple:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        row = con.execute(query).fetchone()
    finally:
        con.close()
    assert row is not None, f"no row for {query}"
    return row


def _failed(gate: quality.GateResult, suite: str, expectation: str) -> quality.ExpectationResult:
    matches = [r for r in gate.results if r.suite == suite and r.expectation == expectation]
    assert matches, (
        f"{suite}.{expectation} did not run; ran: "
        f"{[f'{r.suite}.{r.expectation}' for r in gate.results]}"
    )
    result = matches[0]
    assert not result.success, f"{suite}.{expectation} passed but should have failed"
    return result


# ----------------------------------------------------------------------------- configuration


def test_checkpoint_and_suites_are_consistent_gx_suites() -> None:
    import great_expectations as gx
    from great_expectations.core.expectation_suite import ExpectationSuite

    config = quality.load_checkpoint()
    suite_files = {p.stem for p in (quality.EXPECTATIONS_DIR / "suites").glob("*.json")}
    referenced = {v["suite"] for v in config["validations"]}
    assert referenced == suite_files, "every suite file is used by the checkpoint and vice versa"
    context = gx.get_context(mode="ephemeral")
    for name in sorted(referenced):
        suite_dict = quality.load_suite_dict(name)
        suite = context.suites.add(ExpectationSuite(**suite_dict))
        assert len(suite.expectations) == len(suite_dict["expectations"]) > 0
        for expectation in suite_dict["expectations"]:
            assert expectation["meta"]["severity"] in {"critical", "warning"}
            assert expectation["meta"].get("description"), (
                f"{name}: {expectation['meta']['name']} has no description"
            )


def test_great_expectations_is_imported_lazily() -> None:
    code = "import sys, ingest.quality, ingest.export; print('great_expectations' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def test_missing_warehouse_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        quality.run_checkpoint(tmp_path / "nothing.duckdb", run_id="r0")


# ----------------------------------------------------------------------------- a clean corpus


def test_clean_corpus_passes_and_results_are_stored(warehouse: Path, tmp_path: Path) -> None:
    gate = quality.run_checkpoint(warehouse, run_id="clean-1", report_dir=tmp_path / "reports")
    assert gate.success, gate.summary()
    assert gate.exit_code == 0
    assert not gate.critical_failures
    suites = {r.suite for r in gate.results}
    assert {"raw_observations", "raw_documents", "warehouse_row_counts"} <= suites
    assert any(s.startswith("marts_") for s in suites)

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        stored = con.execute(
            "select count(*), count(distinct suite), bool_and(success or severity = 'warning') "
            "from quality.validation_results where run_id = 'clean-1'"
        ).fetchone()
        run = con.execute(
            "select success, expectations, failed_critical from quality.validation_runs "
            "where run_id = 'clean-1'"
        ).fetchone()
        columns = {r[0] for r in con.execute("describe quality.validation_results").fetchall()}
    finally:
        con.close()
    assert stored == (len(gate.results), len(suites), True)
    assert run == (True, len(gate.results), 0)
    assert {
        "run_id",
        "suite",
        "expectation",
        "severity",
        "success",
        "observed_value",
        "unexpected_sample",
        "validated_at",
    } <= columns

    report = (tmp_path / "reports" / "quality_clean-1.html").read_text(encoding="utf-8")
    assert gate.report_path == tmp_path / "reports" / "quality_clean-1.html"
    assert "PASSED" in report and "<style>" in report
    for remote in ("http://", "https://", "<script", "<link"):
        assert remote not in report, f"the report must work offline: found {remote!r}"


def test_report_goes_to_warehouse_reports_by_default(warehouse: Path) -> None:
    gate = quality.run_checkpoint(warehouse, run_id="default-report")
    assert gate.report_path == warehouse.parent / "reports" / "quality_default-report.html"
    assert gate.report_path.is_file()


def test_quality_history_accumulates_over_runs(warehouse: Path, tmp_path: Path) -> None:
    for run_id in ("h-1", "h-2", "h-2"):  # validating the same run id again replaces its rows
        quality.run_checkpoint(warehouse, run_id=run_id, report_dir=tmp_path)
    runs, results = _one(
        warehouse,
        "select (select count(*) from quality.validation_runs where run_id like 'h-%'), "
        "(select count(distinct run_id) from quality.validation_results where run_id like 'h-%')",
    )
    assert (runs, results) == (2, 2)
    latest = quality.latest_gate(warehouse)
    assert latest is not None and latest["run_id"] == "h-2" and latest["success"]


# ----------------------------------------------------------------------------- injected defects

# Each defect: the SQL that injects it, the suite and expectation that must fail, and a query
# returning the values (document, line or grain keys) that the failure message must name.
PERCENT_OBSERVATION = (
    "observation_id = (select min(observation_id) from raw.observations where unit = 'percent')"
)
RAW_AT = (
    "select d.file_name, o.line from raw.observations o join raw.documents d using (document_id) "
    "where {}"
)


def rate_fact(table: str) -> str:
    return (
        f"fact_id = (select min(fact_id) from marts.{table} join marts.dim_indicator "
        "using (indicator_code) where unit = 'percent')"
    )


def fact_at(table: str, condition: str) -> str:
    return (
        f"select d.file_name, f.line_number, f.fact_id from marts.{table} f "
        f"join marts.dim_document d using (document_id) where {condition}"
    )


def first_gap(condition: str) -> str:
    key = "ward_code || indicator_code || period_year"
    return f"{key} = (select min({key}) from marts.fct_gap_to_target where {condition})"


GAP_KEYS = "select ward_code, indicator_code, period_year from marts.fct_gap_to_target"
SIGNED_GAP = (
    "(actual_value - target_value) * case when direction = 'lower_is_better' then -1 else 1 end"
)


def defect(name: str, sql: str, suite: str, expectation: str, locate: str):
    return pytest.param([sql], suite, expectation, locate, id=name)


DEFECTS = [
    defect(
        "raw-rate-150",
        f"update raw.observations set value = 150 where {PERCENT_OBSERVATION}",
        "raw_observations",
        "rate_within_0_100",
        RAW_AT.format("o.value = 150"),
    ),
    defect(
        "mart-rate-150",
        f"update marts.fct_actuals set actual_value = 150 where {rate_fact('fct_actuals')}",
        "marts_fct_actuals",
        "actual_value_rate_within_0_100",
        fact_at("fct_actuals", "f.actual_value = 150"),
    ),
    defect(
        "duplicated-grain-row",
        # a copy of the table with one row twice (dimensions keep a primary-key constraint)
        "create or replace table marts.fct_gap_to_target as select * from marts.fct_gap_to_target "
        "union all (select * from marts.fct_gap_to_target order by all limit 1)",
        "marts_fct_gap_to_target",
        "grain_unique",
        f"{GAP_KEYS} group by all having count(*) > 1",
    ),
    defect(
        "unknown-ward-code",
        f"update marts.fct_targets set ward_code = '99999' where {rate_fact('fct_targets')}",
        "marts_fct_targets",
        "ward_code_in_dim_ward",
        fact_at("fct_targets", "f.ward_code = '99999'").replace("select ", "select f.ward_code, "),
    ),
    defect(
        "unknown-indicator",
        "update marts.fct_targets set indicator_code = 'NOT_IN_CATALOG' where "
        + rate_fact("fct_targets"),
        "marts_fct_targets",
        "indicator_code_in_dim_indicator",
        fact_at("fct_targets", "f.indicator_code = 'NOT_IN_CATALOG'"),
    ),
    defect(
        "null-provenance-line",
        f"update marts.fct_actuals set line_number = null where {rate_fact('fct_actuals')}",
        "marts_fct_actuals",
        "line_number_not_null",
        fact_at("fct_actuals", "f.line_number is null").replace("f.line_number, ", ""),
    ),
    defect(
        "null-provenance-sentence",
        "update marts.fct_fact_mentions set sentence = null where observation_id = "
        "(select min(observation_id) from marts.fct_fact_mentions)",
        "marts_fct_fact_mentions",
        "sentence_not_null",
        "select observation_id, line_number from marts.fct_fact_mentions where sentence is null",
    ),
    defect(
        "wrong-gap",
        "update marts.fct_gap_to_target set gap_value = gap_value + 7 where "
        + first_gap("gap_value is not null"),
        "marts_fct_gap_to_target",
        "gap_consistent_with_target_and_actual",
        f"{GAP_KEYS} where abs(gap_value - {SIGNED_GAP}) > 1",
    ),
    defect(
        "status-without-result",
        "update marts.fct_gap_to_target set status = 'met' where "
        + first_gap("status = 'no_result'"),
        "marts_fct_gap_to_target",
        "status_consistent_with_comparator",
        f"{GAP_KEYS} where status = 'met' and actual_value is null",
    ),
    defect(
        "period-start-after-end",
        "update raw.observations set period_start = period_end + 1 where observation_id = "
        "(select min(observation_id) from raw.observations where period_end is not null)",
        "raw_observations",
        "period_start_le_period_end",
        RAW_AT.format("o.period_start > o.period_end"),
    ),
    defect(
        "implausible-year",
        f"update raw.observations set period_end = 2999 where {PERCENT_OBSERVATION}",
        "raw_observations",
        "period_end_plausible",
        RAW_AT.format("o.period_end = 2999"),
    ),
    defect(
        "comparator-out-of-domain",
        f"update raw.observations set comparator = 'between' where {PERCENT_OBSERVATION}",
        "raw_observations",
        "comparator_in_domain",
        RAW_AT.format("o.comparator = 'between'"),
    ),
    defect(
        "kind-out-of-domain",
        f"update raw.observations set kind = 'forecast' where {PERCENT_OBSERVATION}",
        "raw_observations",
        "kind_in_domain",
        RAW_AT.format("o.kind = 'forecast'"),
    ),
    defect(
        "personal-data",
        "update raw.observations set sentence = sentence || ' liên hệ nguyen.van.a@example.vn' "
        f"where {PERCENT_OBSERVATION}",
        "raw_observations",
        "sentence_without_email",
        RAW_AT.format("o.sentence like '%@example.vn%'"),
    ),
]


@pytest.mark.parametrize(("statements", "suite", "expectation", "locate"), DEFECTS)
def test_injected_defect_fails_the_gate(
    warehouse: Path,
    tmp_path: Path,
    statements: list[str],
    suite: str,
    expectation: str,
    locate: str,
) -> None:
    _sql(warehouse, *statements)
    gate = quality.run_checkpoint(warehouse, run_id="defect", report_dir=tmp_path)
    assert not gate.success and gate.exit_code == 1
    result = _failed(gate, suite, expectation)
    assert result.severity == "critical" and result in gate.critical_failures
    assert expectation in result.message and suite in result.message
    for token in _one(warehouse, locate):
        assert str(token) in result.message, f"{token!r} not named in: {result.message}"
    assert result.offending_rows
    stored = _one(
        warehouse,
        f"select success, unexpected_sample from quality.validation_results "
        f"where run_id = 'defect' and suite = '{suite}' and expectation = '{expectation}'",
    )
    assert stored[0] is False and stored[1]
    assert json.loads(stored[1])
    report = gate.report_path.read_text(encoding="utf-8")
    assert "FAILED" in report
    assert report.index(expectation) < report.index("Passed"), "failures are listed first"


# ----------------------------------------------------------------------------- warnings, row counts


def test_a_warning_is_reported_and_stored_but_does_not_block(
    warehouse: Path, tmp_path: Path
) -> None:
    _sql(
        warehouse,
        f"update raw.observations set unit = 'furlongs 2' where {PERCENT_OBSERVATION}",
    )
    gate = quality.run_checkpoint(warehouse, run_id="warn", report_dir=tmp_path)
    assert gate.success, gate.summary()
    warning = _failed(gate, "raw_observations", "unit_is_a_noun")
    assert warning.severity == "warning" and warning in gate.warnings
    assert "furlongs" in warning.message
    stored = _one(
        warehouse,
        "select v.success, v.severity, r.success, r.failed_warning "
        "from quality.validation_results v join quality.validation_runs r using (run_id) "
        "where run_id = 'warn' and v.expectation = 'unit_is_a_noun'",
    )
    assert stored == (False, "warning", True, len(gate.warnings))
    assert "WARNING" in gate.report_path.read_text(encoding="utf-8")


def test_row_counts_collapsing_since_the_last_good_run_fail_unless_explained(
    warehouse: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = quality.run_checkpoint(warehouse, run_id="before", report_dir=tmp_path)
    assert first.success, first.summary()
    _sql(warehouse, "delete from raw.observations where hash(observation_id) % 4 <> 0")
    observations = first.row_counts["raw.observations"]

    gate = quality.run_checkpoint(warehouse, run_id="after", report_dir=tmp_path)
    assert not gate.success
    result = _failed(gate, "warehouse_row_counts", "row_count_not_collapsed")
    assert result.severity == "critical"
    assert "raw.observations" in result.message and str(observations) in result.message
    assert [r.expectation for r in gate.critical_failures] == ["row_count_not_collapsed"]

    monkeypatch.setenv(quality.ALLOW_SHRINK_ENV, "1")
    explained = quality.run_checkpoint(warehouse, run_id="after-explained", report_dir=tmp_path)
    assert explained.success, explained.summary()
    result = _failed(explained, "warehouse_row_counts", "row_count_not_collapsed")
    assert result.severity == "warning" and quality.ALLOW_SHRINK_ENV in result.message

    # the explained run is the new baseline: the smaller corpus no longer counts as a collapse
    monkeypatch.delenv(quality.ALLOW_SHRINK_ENV)
    again = quality.run_checkpoint(warehouse, run_id="after-again", report_dir=tmp_path)
    assert again.success, again.summary()
    assert not [r for r in again.failures if r.suite == "warehouse_row_counts"], again.summary()


def test_a_new_mart_without_a_suite_is_a_warning(warehouse: Path, tmp_path: Path) -> None:
    _sql(warehouse, "create table marts.mart_new_analysis as select 1 as x")
    gate = quality.run_checkpoint(warehouse, run_id="new-mart", report_dir=tmp_path)
    assert gate.success
    result = _failed(gate, "warehouse_row_counts", "every_table_has_a_suite")
    assert "marts.mart_new_analysis" in result.message
