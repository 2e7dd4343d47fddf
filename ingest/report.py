"""`wardwh report`: the ward dashboard, a static HTML site generated from the Parquet export.

The site is read from the export (never from the live DuckDB file, so it cannot block a build);
only the details of the quality gate are read from the warehouse, read-only, when it can be
opened (else the page shows the verdict the export's manifest records). Nothing is recomputed:
gaps, statuses, ranks and attainment are the marts' values, and the metric definitions are the
dbt docs blocks of `models/docs/metrics.md`.

Layout of the output folder (default `report/` beside the export; replaced as a whole):
    index.html          city overview: rankings, wards, coverage of the 114 units, quality gate
    wards/<code>.html   one page per ward with documents
    quality.html        the quality-gate result
    metrics.html        metric definitions and the indicator catalog (direction of each)

Every page is self-contained (inline CSS, inline SVG charts, a few lines of inline script for
the language switch), works offline over file://, and shows Vietnamese and English labels.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest import settings
from ingest.dbt_docs import metric_blocks
from ingest.errors import PathError
from ingest.svg_charts import (
    STATUS_COLOURS,
    TARGET_COLOUR,
    Bar,
    Cell,
    Point,
    bounded,
    coverage_grid,
    number,
    ranking_bars,
    signed,
    status_bar,
    trend,
)

ASSETS_DIR = Path(__file__).with_name("report_assets")
# Indicators of the city overview's rankings (catalog codes; one per scope of 5G coverage).
HEADLINE_INDICATORS = (
    "INF_5G_COVERAGE_RESIDENTIAL_GROUPS",
    "INF_5G_COVERAGE_POPULATION",
    "GOV_ONLINE_DOSSIER_RATE",
)
REQUIRED_TABLES = ("dim_ward", "dim_indicator", "dim_document", "fct_gap_to_target")
OPTIONAL_TABLES = (
    "fct_targets",
    "fct_actuals",
    "mart_target_revisions",
    "mart_ward_comparison",
    "mart_ward_scorecard",
)
STATUS_LABELS = {
    "met": ("Đạt", "Met"),
    "not_met": ("Chưa đạt", "Not met"),
    "no_result": ("Chưa có kết quả", "No result yet"),
    "no_target": ("Không có mục tiêu", "No target"),
}
KIND_LABELS = {
    "plan": ("Kế hoạch", "Plan"),
    "report": ("Báo cáo", "Report"),
    "decision": ("Quyết định", "Decision"),
}
DIRECTION_LABELS = {
    "higher_is_better": ("↑ càng cao càng tốt", "↑ higher is better"),
    "lower_is_better": ("↓ càng thấp càng tốt", "↓ lower is better"),
}


class ReportError(PathError):
    """The dashboard cannot be written: `path` is what is wrong, `reason` says why."""


@dataclass(frozen=True)
class ReportResult:
    index: Path
    ward_pages: int
    units: int
    units_with_documents: int
    notes: tuple[str, ...] = ()

    def describe(self) -> str:
        return (
            f"{self.index} (city overview, {self.ward_pages} ward pages, "
            f"{self.units_with_documents} of {self.units} units with documents, quality gate, "
            "metric definitions)"
        )


# --------------------------------------------------------------------------- reading


@dataclass
class ExportData:
    """The export's tables as lists of rows (column → value); missing columns read as None."""

    root: Path
    manifest: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]
    notes: list[str] = field(default_factory=list)

    def rows(self, table: str) -> list[dict[str, Any]]:
        return self.tables.get(table, [])

    def description(self, table: str, column: str) -> str:
        columns = self.manifest.get("tables", {}).get(table, {}).get("columns", [])
        return next((c.get("description", "") for c in columns if c["name"] == column), "")


def read_export(export_dir: Path) -> ExportData:
    """The tables the dashboard uses, from the Parquet export (raises ReportError)."""
    import polars as pl

    root = Path(export_dir)
    manifest_path = root / "manifest.json"
    if not manifest_path.is_file():
        raise ReportError(root, "no export here; run `wardwh export` (or `wardwh run`) first")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ReportError(manifest_path, f"unreadable manifest: {error}") from error
    data = ExportData(root=root, manifest=manifest, tables={})
    for table in REQUIRED_TABLES + OPTIONAL_TABLES:
        info = manifest.get("tables", {}).get(table)
        folder = root / table
        if info is None or not folder.is_dir():
            if table in REQUIRED_TABLES:
                raise ReportError(folder, "table missing from the export")
            data.notes.append(f"{table} is not in the export; its section is left out")
            continue
        try:
            frame = pl.read_parquet(
                str(folder / "**" / "*.parquet"), hive_partitioning=bool(info.get("partition_by"))
            )
        except (OSError, pl.exceptions.PolarsError) as error:
            raise ReportError(folder, f"unreadable Parquet: {error}") from error
        data.tables[table] = frame.to_dicts()
    return data


def read_gate_details(warehouse: Path | None, run_id: str | None) -> dict[str, Any] | None:
    """The stored results of the gate run `run_id`, read-only; None when not readable."""
    if warehouse is None or run_id is None or not Path(warehouse).is_file():
        return None
    import duckdb

    try:
        with duckdb.connect(str(warehouse), read_only=True) as con:
            cursor = con.execute("select * from quality.validation_runs where run_id = ?", [run_id])
            run = cursor.fetchone()
            if run is None:
                return None
            names = [d[0] for d in cursor.description]
            cursor = con.execute(
                "select suite, expectation, expectation_type, severity, success, observed_value, "
                "unexpected_count, message from quality.validation_results where run_id = ? "
                "order by success, severity, suite, expectation",
                [run_id],
            )
            columns = [d[0] for d in cursor.description]
            results = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    except duckdb.Error:
        return None
    return {"run": dict(zip(names, run, strict=True)), "results": results}


# --------------------------------------------------------------------------- shaping


def _unit_suffix(unit: str | None) -> str:
    return "%" if unit == "percent" else f" {unit}" if unit else ""


def _with_unit(value: float | None, comparator: str | None, unit: str | None) -> str | None:
    return None if value is None else bounded(value, comparator) + _unit_suffix(unit)


def _gap_unit(unit: str | None) -> str:
    return " đ.p./pp" if unit == "percent" else f" {unit}" if unit else ""


def _source(fact: dict[str, Any] | None, documents: dict[str, dict[str, Any]]) -> dict | None:
    """Where a number comes from: its document, line and sentence."""
    if not fact:
        return None
    document = documents.get(fact.get("document_id") or "", {})
    return {
        "file_name": document.get("file_name") or fact.get("document_id"),
        "document_number": document.get("document_number"),
        "kind": document.get("document_kind"),
        "issued_on": document.get("issued_on"),
        "line": fact.get("line_number"),
        "lines": fact.get("source_line_numbers"),
        "mentions": fact.get("mention_count"),
        "sentence": fact.get("sentence"),
        "section": fact.get("section_path"),
    }


@dataclass
class Site:
    """Everything the templates show, shaped once from the export."""

    data: ExportData
    indicators: dict[str, dict[str, Any]]
    pillar_order: dict[str, int]
    units: list[dict[str, Any]]
    wards: list[dict[str, Any]]  # units with documents
    documents: dict[str, dict[str, Any]]
    gap_by_ward: dict[str, list[dict[str, Any]]]
    targets: dict[str, dict[str, Any]]
    actuals: dict[str, dict[str, Any]]


def shape(data: ExportData) -> Site:
    indicators = {row["indicator_code"]: row for row in data.rows("dim_indicator")}
    pillar_order = {}
    for row in data.rows("mart_ward_scorecard"):
        if row.get("pillar_code") is not None and row.get("pillar_sort_order") is not None:
            pillar_order[row["pillar_code"]] = int(row["pillar_sort_order"])
    # dim_ward may also list the city and the nation (issuers of reference documents)
    units = [
        row for row in data.rows("dim_ward") if (row.get("unit_level") or "commune") == "commune"
    ]
    units.sort(key=lambda row: (str(row.get("ward_type") or ""), str(row.get("ward_name") or "")))
    gap_by_ward: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in data.rows("fct_gap_to_target"):
        gap_by_ward[row["ward_code"]].append(row)
    documents = {row["document_id"]: row for row in data.rows("dim_document")}
    with_documents = {
        row.get("ward_code")
        for row in documents.values()
        if row.get("is_current_version", True) and row.get("ward_code")
    }
    wards = [
        unit for unit in units if unit.get("has_documents") or unit["ward_code"] in with_documents
    ]
    wards.sort(key=lambda row: str(row.get("ward_name") or ""))
    return Site(
        data=data,
        indicators=indicators,
        pillar_order=pillar_order,
        units=units,
        wards=wards,
        documents=documents,
        gap_by_ward=gap_by_ward,
        targets={row["fact_id"]: row for row in data.rows("fct_targets")},
        actuals={row["fact_id"]: row for row in data.rows("fct_actuals")},
    )


def _indicator_sort_key(site: Site, code: str) -> tuple:
    indicator = site.indicators.get(code, {})
    pillar = indicator.get("pillar_code") or ""
    return (site.pillar_order.get(pillar, 99), pillar, indicator.get("indicator_name_vi") or code)


def _indicator_view(site: Site, code: str) -> dict[str, Any]:
    indicator = site.indicators.get(code, {})
    return {
        "code": code,
        "name_vi": indicator.get("indicator_name_vi") or code,
        "name_en": indicator.get("indicator_name_en") or code,
        "pillar_vi": indicator.get("pillar_name_vi") or indicator.get("pillar_code") or "",
        "pillar_en": indicator.get("pillar_name_en") or indicator.get("pillar_code") or "",
        "unit": indicator.get("unit"),
        "direction": indicator.get("direction"),
    }


def ward_view(site: Site, ward: dict[str, Any]) -> dict[str, Any]:
    """The content of one ward page."""
    code = ward["ward_code"]
    rows = sorted(
        site.gap_by_ward.get(code, []),
        key=lambda r: (*_indicator_sort_key(site, r["indicator_code"]), r["period_year"]),
    )
    documents = sorted(
        (
            d
            for d in site.documents.values()
            if d.get("ward_code") == code and d.get("is_current_version", True)
        ),
        key=lambda d: (str(d.get("issued_on") or ""), d.get("file_name") or ""),
    )
    lines = []
    for row in rows:
        if row.get("target_value") is None:  # a result alone: listed under latest results
            continue
        unit = row.get("unit")
        target = site.targets.get(row.get("target_fact_id") or "")
        actual = site.actuals.get(row.get("actual_fact_id") or "")
        baseline = site.actuals.get(row.get("baseline_fact_id") or "")
        gap = row.get("gap_value")
        lines.append(
            {
                "indicator": _indicator_view(site, row["indicator_code"]),
                "year": row["period_year"],
                "status": row.get("status"),
                "target": _with_unit(row.get("target_value"), row.get("target_comparator"), unit),
                "result": _with_unit(row.get("actual_value"), row.get("actual_comparator"), unit),
                "as_of": row.get("actual_as_of"),
                "gap": None if gap is None else signed(gap) + _gap_unit(unit),
                "gap_sign": None if gap is None else ("behind" if gap < 0 else "ahead"),
                "attainment": None
                if row.get("attainment_ratio") is None
                else f"{100 * row['attainment_ratio']:.0f}%",
                "baseline": _with_unit(
                    row.get("baseline_value"), row.get("baseline_comparator"), unit
                ),
                "baseline_year": row.get("baseline_year"),
                "required_change": None
                if row.get("required_change") is None
                else signed(row["required_change"]) + _gap_unit(unit),
                "revisions": row.get("target_revision_count") or 0,
                "target_source": _source(target, site.documents),
                "result_source": _source(actual, site.documents),
                "baseline_source": _source(baseline, site.documents),
            }
        )
    latest: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row.get("actual_value") is not None:
            current = latest.get(row["indicator_code"])
            if current is None or row["period_year"] >= current["period_year"]:
                latest[row["indicator_code"]] = row
    latest_results = [
        {
            "indicator": _indicator_view(site, r["indicator_code"]),
            "year": r["period_year"],
            "result": _with_unit(r["actual_value"], r.get("actual_comparator"), r.get("unit")),
            "as_of": r.get("actual_as_of"),
            "source": _source(site.actuals.get(r.get("actual_fact_id") or ""), site.documents),
        }
        for r in sorted(
            latest.values(), key=lambda r: _indicator_sort_key(site, r["indicator_code"])
        )
    ]
    charts = []
    by_indicator: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_indicator[row["indicator_code"]].append(row)
    for indicator_code, series in by_indicator.items():
        results = [
            Point(r["period_year"], r["actual_value"], r.get("actual_comparator"))
            for r in series
            if r.get("actual_value") is not None
        ]
        targets = [
            Point(r["period_year"], r["target_value"], r.get("target_comparator"))
            for r in series
            if r.get("target_value") is not None
        ]
        if len(results) + len(targets) < 2:
            continue
        view = _indicator_view(site, indicator_code)
        charts.append(
            {
                "indicator": view,
                "svg": trend(
                    results,
                    targets,
                    unit=view["unit"],
                    label=f"{view['name_vi']} / {view['name_en']}",
                ),
            }
        )
    revisions: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for row in site.data.rows("mart_target_revisions"):
        if row.get("ward_code") == code:
            revisions[(row["indicator_code"], row["period_year"])].append(row)
    revision_groups = []
    for (indicator_code, year), items in sorted(
        revisions.items(), key=lambda kv: (*_indicator_sort_key(site, kv[0][0]), kv[0][1])
    ):
        view = _indicator_view(site, indicator_code)
        revision_groups.append(
            {
                "indicator": view,
                "year": year,
                "revisions": [
                    {
                        "number": r.get("revision_number"),
                        "kind": r.get("revision_kind"),
                        "value": _with_unit(
                            r.get("target_value"), r.get("target_comparator"), view["unit"]
                        ),
                        "change": None
                        if r.get("value_change") is None
                        else signed(r["value_change"]),
                        "current": r.get("is_current_target"),
                        "document_number": r.get("document_number"),
                        "issued_on": r.get("issued_on"),
                        "source": _source(
                            {
                                "document_id": r.get("document_id"),
                                "line_number": r.get("line_number"),
                                "sentence": r.get("sentence"),
                            },
                            site.documents,
                        ),
                    }
                    for r in sorted(items, key=lambda r: r.get("revision_number") or 0)
                ],
            }
        )
    statuses = Counter(row.get("status") for row in rows)
    return {
        "ward": ward,
        "documents": documents,
        "lines": lines,
        "latest_results": latest_results,
        "charts": charts,
        "revision_groups": revision_groups,
        "statuses": statuses,
        "status_svg": status_bar(
            dict(statuses), {s: f"{vi} / {en}" for s, (vi, en) in STATUS_LABELS.items()}
        ),
    }


def _ranking(site: Site, code: str) -> dict[str, Any] | None:
    """Wards ranked on one indicator: results of the latest year with results, and targets of
    the year most wards set one for (ranks from mart_ward_comparison)."""
    if code not in site.indicators:
        return None
    view = _indicator_view(site, code)
    rows = [r for r in site.data.rows("mart_ward_comparison") if r["indicator_code"] == code]
    if not rows:  # without the comparison mart: the gap table, unranked
        rows = [r for rs in site.gap_by_ward.values() for r in rs if r["indicator_code"] == code]
    ward_names = {w["ward_code"]: w.get("ward_name") or w["ward_code"] for w in site.wards}

    def panel(value: str, rank: str, comparator: str, colour: str) -> dict[str, Any] | None:
        with_value = [r for r in rows if r.get(value) is not None]
        if not with_value:
            return None
        per_year = Counter(r["period_year"] for r in with_value)
        if value == "actual_value":
            year = max(per_year)
        else:  # most wards, then the earliest such year
            year = min(per_year, key=lambda y: (-per_year[y], y))
        chosen = sorted(
            (r for r in with_value if r["period_year"] == year),
            key=lambda r: (r.get(rank) is None, r.get(rank) or 0, ward_names.get(r["ward_code"])),
        )
        bars = [
            Bar(
                label=ward_names.get(r["ward_code"], r.get("ward_name") or r["ward_code"]),
                value=r[value],
                comparator=r.get(comparator),
                rank=r.get(rank),
                colour=colour,
                href=f"wards/{r['ward_code']}.html",
            )
            for r in chosen
        ]
        missing = sorted(set(ward_names) - {r["ward_code"] for r in chosen}, key=ward_names.get)
        bars += [
            Bar(
                label=ward_names[w],
                value=None,
                note=f"không có số liệu năm {year} / no value for {year}",
                href=f"wards/{w}.html",
            )
            for w in missing
        ]
        kind = "results" if value == "actual_value" else "targets"
        return {
            "year": year,
            "kind": kind,
            "rows": chosen,
            "svg": ranking_bars(
                bars,
                unit=view["unit"],
                label=f"{view['name_vi']} / {view['name_en']} — {kind} {year}",
            ),
        }

    return {
        "indicator": view,
        "results": panel("actual_value", "actual_rank", "actual_comparator", "#2b6cb0"),
        "targets": panel("target_value", "target_rank", "target_comparator", TARGET_COLOUR),
    }


def overview_view(site: Site) -> dict[str, Any]:
    ward_rows = []
    for ward in site.wards:
        rows = site.gap_by_ward.get(ward["ward_code"], [])
        statuses = Counter(r.get("status") for r in rows)
        ward_rows.append(
            {
                "ward": ward,
                "documents": sum(
                    1
                    for d in site.documents.values()
                    if d.get("ward_code") == ward["ward_code"] and d.get("is_current_version", True)
                ),
                "targets": sum(1 for r in rows if r.get("target_value") is not None),
                "results": sum(1 for r in rows if r.get("actual_value") is not None),
                "statuses": statuses,
            }
        )
    covered = {w["ward_code"] for w in site.wards}
    cells = [
        Cell(
            code=u["ward_code"],
            label=f"{u.get('ward_type') or ''} {u.get('ward_name') or ''} ({u['ward_code']}): "
            + (
                f"{u.get('document_count') or 'có'} văn bản / documents"
                if u["ward_code"] in covered
                else "chưa có văn bản / no document yet"
            ),
            filled=u["ward_code"] in covered,
            href=f"wards/{u['ward_code']}.html" if u["ward_code"] in covered else None,
        )
        for u in site.units
    ]
    without: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for unit in site.units:
        if unit["ward_code"] not in covered:
            without[unit.get("ward_type") or "?"].append(unit)
    statuses = Counter(
        r.get("status") for rows in site.gap_by_ward.values() for r in rows if r.get("status")
    )
    rankings = [r for r in (_ranking(site, code) for code in HEADLINE_INDICATORS) if r]
    return {
        "ward_rows": ward_rows,
        "coverage_svg": coverage_grid(
            cells, label=f"{len(covered)} / {len(site.units)} đơn vị có văn bản / units covered"
        ),
        "units_without": dict(sorted(without.items())),
        "covered": len(covered),
        "statuses": statuses,
        "status_svg": status_bar(
            dict(statuses), {s: f"{vi} / {en}" for s, (vi, en) in STATUS_LABELS.items()}
        ),
        "rankings": rankings,
        "documents": sum(1 for d in site.documents.values() if d.get("is_current_version", True)),
    }


def gate_view(data: ExportData, details: dict[str, Any] | None) -> dict[str, Any]:
    gate = data.manifest.get("quality_gate") or {}
    view: dict[str, Any] = {
        "run_id": gate.get("run_id"),
        "success": gate.get("success"),
        "validated_at": gate.get("validated_at"),
        "details": details is not None,
        "failures": [],
        "passed": [],
        "counts": {},
    }
    if details:
        run = details["run"]
        view["counts"] = {
            "expectations": run.get("expectations"),
            "critical": run.get("failed_critical"),
            "warnings": run.get("failed_warning"),
        }
        view["gx_version"] = run.get("gx_version")
        view["failures"] = [r for r in details["results"] if not r["success"]]
        view["passed"] = [r for r in details["results"] if r["success"]]
    return view


def metrics_view(site: Site, project_dir: Path) -> dict[str, Any]:
    from markdown_it import MarkdownIt

    markdown = MarkdownIt("commonmark", {"html": False}).enable("table")
    blocks = [
        {"name": name, "html": markdown.render(text)}
        for name, text in metric_blocks(project_dir).items()
    ]
    catalog = sorted(site.indicators, key=lambda code: _indicator_sort_key(site, code))
    return {
        "blocks": blocks,
        "catalog": [
            {
                **_indicator_view(site, code),
                "scope": site.indicators[code].get("scope"),
                "value_type": site.indicators[code].get("value_type"),
            }
            for code in catalog
        ],
    }


# --------------------------------------------------------------------------- rendering


def _environment():
    from jinja2 import ChainableUndefined, Environment, FileSystemLoader, select_autoescape

    environment = Environment(
        loader=FileSystemLoader(str(ASSETS_DIR)),
        autoescape=select_autoescape(["html"]),
        undefined=ChainableUndefined,  # a column missing from a newer export shows blank
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(
        status_labels=STATUS_LABELS,
        status_colours=STATUS_COLOURS,
        kind_labels=KIND_LABELS,
        direction_labels=DIRECTION_LABELS,
        style=(ASSETS_DIR / "style.css").read_text(encoding="utf-8"),
        script=(ASSETS_DIR / "lang.js").read_text(encoding="utf-8"),
        number=number,
    )
    return environment


def render_site(
    site: Site,
    gate_details: dict[str, Any] | None,
    *,
    project_dir: Path,
    docs_href: str | None = None,
) -> dict[str, str]:
    """relative path → HTML of every page of the dashboard (SVG inserted with `|safe`)."""
    data = site.data
    environment = _environment()
    common = {
        "manifest": data.manifest,
        "gate": gate_view(data, gate_details),
        "docs_href": docs_href,
        "unit_count": len(site.units),
    }
    overview = overview_view(site)
    pages = {
        "index.html": environment.get_template("index.html").render(
            root="", page="overview", **common, **overview
        ),
        "quality.html": environment.get_template("quality.html").render(
            root="", page="quality", **common
        ),
        "metrics.html": environment.get_template("metrics.html").render(
            root="", page="metrics", **common, **metrics_view(site, project_dir)
        ),
    }
    ward_template = environment.get_template("ward.html")
    for ward in site.wards:
        view = ward_view(site, ward)
        pages[f"wards/{ward['ward_code']}.html"] = ward_template.render(
            root="../", page="ward", **common, **view
        )
    return pages


def write_report(
    export_dir: Path,
    out: Path,
    *,
    warehouse: Path | None = None,
    project_dir: Path | None = None,
    docs_dir: Path | None = None,
) -> ReportResult:
    """Read the export, render every page and put the site in `out` (replaced as a whole)."""
    data = read_export(export_dir)
    gate_run = (data.manifest.get("quality_gate") or {}).get("run_id")
    details = read_gate_details(warehouse, gate_run)
    notes = list(data.notes)
    if details is None and gate_run:
        notes.append("quality-gate details not readable from the warehouse; verdict only")
    out = Path(out).resolve()
    docs_dir = Path(docs_dir) if docs_dir else settings.docs_dir()
    docs_href = None
    if (docs_dir / "index.html").is_file():
        docs_href = Path(os.path.relpath(docs_dir / "index.html", out)).as_posix()
    site = shape(data)
    pages = render_site(
        site, details, project_dir=project_dir or settings.REPO_ROOT, docs_href=docs_href
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        for relative, html in pages.items():
            path = work / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(html, encoding="utf-8")
        os.chmod(work, 0o755)
        old = None
        if out.exists():
            old = work.with_name(work.name + ".old")
            out.rename(old)
        work.rename(out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return ReportResult(
        index=out / "index.html",
        ward_pages=sum(1 for name in pages if name.startswith("wards/")),
        units=len(site.units),
        units_with_documents=len(site.wards),
        notes=tuple(notes),
    )
