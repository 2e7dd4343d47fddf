"""The closing summary of `wardwh run`: what each step left, as rows of a table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.console import SummaryRow

if TYPE_CHECKING:
    from ingest.build import BuildResult
    from ingest.export import ExportManifest
    from ingest.load import RunSummary
    from ingest.quality import GateResult


@dataclass(frozen=True)
class WarehouseFigures:
    """Counts of the built warehouse (current document versions only)."""

    documents: int
    facts: int
    facts_mapped: int
    indicators_mapped: int
    indicators_in_catalog: int
    unmapped_phrases: int


_FIGURES_SQL = """
select
    (select count(*) from marts.dim_document where is_current_version),
    (select coalesce(sum(facts_kept), 0) from marts.dim_document where is_current_version),
    (select coalesce(sum(facts_mapped), 0) from marts.dim_document where is_current_version),
    (select count(distinct indicator_code) from marts.fct_fact_mentions
        where indicator_code is not null),
    (select count(*) from marts.dim_indicator),
    (select count(*) from marts.mart_unmapped_phrases)
"""


def warehouse_figures(warehouse: Path) -> WarehouseFigures | None:
    """The figures, read-only; None when the marts are missing or the file is locked."""
    import duckdb

    try:
        with duckdb.connect(str(warehouse), read_only=True) as connection:
            row = connection.execute(_FIGURES_SQL).fetchone()
    except duckdb.Error:
        return None
    return WarehouseFigures(*(int(value) for value in row))


@dataclass
class RunOutcome:
    """What the steps of one `wardwh run` produced (None for a step that did not run)."""

    ingest: RunSummary | None = None
    build: BuildResult | None = None
    figures: WarehouseFigures | None = None
    gate: GateResult | None = None
    export: ExportManifest | None = None
    report_index: Path | None = None
    stopped_at: str | None = None


def summary_rows(outcome: RunOutcome) -> list[SummaryRow]:
    """The rows of the closing table, in the order a reader checks them."""
    rows: list[SummaryRow] = []
    if outcome.ingest is not None:
        from ingest.load import FAILED, LOADED, UNCHANGED

        failed = outcome.ingest.count(FAILED)
        rows.append(
            SummaryRow(
                "documents",
                f"{outcome.ingest.count(LOADED)} loaded, {outcome.ingest.count(UNCHANGED)} "
                f"unchanged, {failed} failed",
                failed=bool(failed),
            )
        )
    figures = outcome.figures
    if figures is not None:
        new = f" ({outcome.ingest.facts} new this run)" if outcome.ingest is not None else ""
        rows += [
            SummaryRow("facts", f"{figures.facts} in {figures.documents} documents{new}"),
            SummaryRow(
                "indicators mapped",
                f"{figures.indicators_mapped} of {figures.indicators_in_catalog} in the catalog; "
                f"{figures.facts_mapped} of {figures.facts} facts mapped",
            ),
            SummaryRow("unmapped phrases", f"{figures.unmapped_phrases} (mart_unmapped_phrases)"),
        ]
    elif outcome.ingest is not None:
        rows.append(SummaryRow("facts", f"{outcome.ingest.facts} new this run"))
    if outcome.build is not None:
        build = outcome.build
        text = build.describe().removeprefix(f"dbt {build.command} ")
        rows.append(SummaryRow("dbt build", text, failed=not build.success))
        if build.log_path is not None:
            rows.append(SummaryRow("dbt log", str(build.log_path)))
    if outcome.gate is not None:
        gate = outcome.gate
        verdict = "PASSED" if gate.success else "FAILED"
        rows.append(
            SummaryRow(
                "quality gate",
                f"{verdict}: {len(gate.results)} expectations, "
                f"{len(gate.critical_failures)} critical, {len(gate.warnings)} warnings",
                failed=not gate.success,
            )
        )
        if gate.report_path is not None:
            rows.append(SummaryRow("quality report", str(gate.report_path)))
    if outcome.export is not None:
        manifest = outcome.export
        rows.append(
            SummaryRow(
                "export",
                f"{manifest.export_root} ({len(manifest.tables)} tables, "
                f"{sum(t.row_count for t in manifest.tables.values())} rows)",
            )
        )
    elif outcome.stopped_at is not None:
        rows.append(SummaryRow("export", f"none: run stopped at {outcome.stopped_at}", True))
    if outcome.report_index is not None:
        rows.append(SummaryRow("dashboard", str(outcome.report_index)))
    return rows
