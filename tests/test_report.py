"""The ward dashboard (`wardwh report`): written from the export, self-contained, and rendered
by a real headless Chromium (no console error, charts drawn, a screenshot of a ward page).

Expected values are read from the export with Polars here, never taken from the report code.
"""

from __future__ import annotations

import html
import re
import shutil
import threading
from html.parser import HTMLParser
from pathlib import Path

import polars as pl
import pytest
from helpers import run_wardwh

from ingest import report
from ingest.dbt_docs import metric_blocks
from ingest.docs_site import make_server, write_docs_site
from ingest.settings import REPO_ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def table(export: Path, name: str) -> pl.DataFrame:
    folder = export / name
    partitioned = any(p.is_dir() for p in folder.iterdir())
    return pl.read_parquet(str(folder / "**" / "*.parquet"), hive_partitioning=partitioned)


@pytest.fixture(scope="module")
def site(gated_export, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dashboard") / "report"
    result = report.write_report(gated_export.export, out, warehouse=gated_export.warehouse)
    assert result.index == out / "index.html"
    return out


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append((tag, name, value))


# ----------------------------------------------------------------------------- content


def test_one_page_per_ward_with_documents(site: Path, gated_export) -> None:
    wards = table(gated_export.export, "dim_ward").filter(pl.col("has_documents"))
    assert len(wards) >= 2
    pages = {p.stem for p in (site / "wards").glob("*.html")}
    assert pages == set(wards["ward_code"].to_list())
    index = read(site / "index.html")
    for code, name in wards.select("ward_code", "ward_name").iter_rows():
        assert f'href="wards/{code}.html"' in index
        assert html.escape(name) in read(site / "wards" / f"{code}.html")


def test_coverage_shows_all_114_units_and_names_those_without_documents(
    site: Path, gated_export
) -> None:
    units = table(gated_export.export, "dim_ward")
    wards = units.filter(pl.col("unit_level") == "commune")
    assert len(wards) == 114 and len(units) == 116  # and the city and the nation
    index = read(site / "index.html")
    assert index.count('<rect class="unit') == 114
    assert index.count('<rect class="unit filled"') == wards["has_documents"].sum()
    coverage = index[index.index('id="coverage"') :]
    for name in wards.filter(~pl.col("has_documents"))["ward_name"].to_list():
        assert html.escape(name) in coverage


def test_ward_page_has_every_target_with_its_status_and_sentence(site: Path, gated_export) -> None:
    gaps = table(gated_export.export, "fct_gap_to_target")
    targets = table(gated_export.export, "fct_targets")
    ward = (
        gaps.filter(pl.col("target_value").is_not_null())
        .group_by("ward_code")
        .len()
        .sort("len", descending=True)["ward_code"][0]
    )
    page = read(site / "wards" / f"{ward}.html")
    rows = gaps.filter((pl.col("ward_code") == ward) & pl.col("target_value").is_not_null())
    for status in ("met", "not_met", "no_result"):
        expected = rows.filter(pl.col("status") == status).height
        assert page.count(f'<tr class="status-row {status}">') == expected, status
    sentences = targets.join(rows.select(fact_id="target_fact_id"), on="fact_id")["sentence"]
    assert len(sentences) == rows.height
    for sentence in sentences.to_list():
        assert html.escape(sentence) in page, sentence
    # a target whose year has no result shows the earlier result it starts from
    with_baseline = rows.filter(pl.col("baseline_value").is_not_null())
    for year in with_baseline["baseline_year"].to_list():
        assert f"({year})" in page


def test_gap_and_revisions_are_shown(site: Path, gated_export) -> None:
    gaps = table(gated_export.export, "fct_gap_to_target").filter(pl.col("gap_value").is_not_null())
    revisions = table(gated_export.export, "mart_target_revisions")
    assert gaps.height and revisions.height
    for ward, gap in gaps.select("ward_code", "gap_value").iter_rows():
        page = read(site / "wards" / f"{ward}.html")
        css = "behind" if gap < 0 else "ahead"
        assert f'<span class="gap {css}">' in page
    for ward, sentence in revisions.select("ward_code", "sentence").iter_rows():
        page = read(site / "wards" / f"{ward}.html")
        revised = page[page.index('id="revisions"') :]
        assert html.escape(sentence) in revised


def test_city_rankings_per_5g_scope_and_online_dossier_rate(site: Path, gated_export) -> None:
    index = read(site / "index.html")
    comparison = table(gated_export.export, "mart_ward_comparison")
    for code in report.HEADLINE_INDICATORS:
        assert f'id="rank-{code}"' in index
        rows = comparison.filter(
            (pl.col("indicator_code") == code) & pl.col("actual_rank").is_not_null()
        )
        if rows.is_empty():
            continue
        year = rows["period_year"].max()
        section = index[index.index(f'id="rank-{code}"') :]
        section = section[: section.index("</section>")]
        for rank, name in (
            rows.filter(pl.col("period_year") == year)
            .select("actual_rank", "ward_name")
            .iter_rows()
        ):
            assert html.escape(f"{rank}. {name}") in section


def test_quality_page_shows_the_stored_gate_result(site: Path, gated_export) -> None:
    import duckdb

    with duckdb.connect(str(gated_export.warehouse), read_only=True) as con:
        run_id, expectations = con.execute(
            "select run_id, expectations from quality.validation_runs"
        ).fetchone()
        suites = [
            r[0]
            for r in con.execute("select distinct suite from quality.validation_results").fetchall()
        ]
    page = read(site / "quality.html")
    assert run_id in page and f'<div class="figure">{expectations}</div>' in page
    for suite in suites:
        assert suite in page


def test_metric_definitions_are_the_dbt_docs_blocks(site: Path, gated_export) -> None:
    page = read(site / "metrics.html")
    blocks = metric_blocks(REPO_ROOT)
    assert {"metric_gap", "metric_status", "metric_comparator", "metric_direction"} <= set(blocks)
    plain = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    plain = re.sub(r" ([,.:;])", r"\1", plain)
    for name, text in blocks.items():
        assert f'id="{name}"' in page
        first_line = " ".join(re.sub(r"[*`]", "", text).split("\n")[0].split())
        assert first_line in plain, name
    indicators = table(gated_export.export, "dim_indicator")
    for code, direction in indicators.select("indicator_code", "direction").iter_rows():
        row = page[page.index(f"<code>{code}</code>") :]
        row = row[: row.index("</tr>")]
        assert ("lower is better" if direction == "lower_is_better" else "higher is better") in row


# ----------------------------------------------------------------------------- the site


def test_pages_are_self_contained(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 6
    for page in pages:
        text = read(page)
        parser = _Links()
        parser.feed(text)
        for tag, _attribute, link in parser.links:
            assert "://" not in link and not link.startswith("//"), (page, tag, link)
            target = link.split("#")[0]
            if target:
                assert (page.parent / target).resolve().is_file(), (page, link)
        assert "<link" not in text and "<script src" not in text and "@import" not in text


def test_no_personal_data_on_any_page(site: Path) -> None:
    """Names, e-mails and phones of signature blocks never reach the warehouse, so neither the
    dashboard; checked on the visible text of every page."""
    email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
    phone = re.compile(r"(?<![\w/.,])(?:\+84|0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}(?![\w/])")
    signers = ("Phạm Thị Thanh Vân", "Bùi Quang Ngân", "Đinh Thị Thu Hà", "Trần Hồng Túc")
    for page in site.rglob("*.html"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", read(page)))
        assert len(text) > 500
        assert not email.search(text), (page, email.search(text))
        assert not phone.search(text), (page, phone.search(text))
        assert not any(name in text for name in signers), page


def test_rewriting_gives_identical_files(site: Path, gated_export, tmp_path: Path) -> None:
    again = tmp_path / "report"
    report.write_report(gated_export.export, again, warehouse=gated_export.warehouse)
    first = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first == second


def test_without_the_warehouse_the_quality_page_says_so(gated_export, tmp_path: Path) -> None:
    result = report.write_report(gated_export.export, tmp_path / "report", warehouse=None)
    assert any("quality-gate details" in note for note in result.notes)
    page = read(tmp_path / "report" / "quality.html")
    assert "could not be read" in page and "gate-shared" in page
    assert '<div class="figure">' not in page  # no counts without the stored results


def test_extra_columns_and_city_level_units_are_tolerated(gated_export, tmp_path: Path) -> None:
    """Newer exports add columns (e.g. dim_ward.unit_level with the city and the nation as
    issuers); the dashboard keeps working and still counts the 114 commune-level units."""
    export = tmp_path / "export"
    shutil.copytree(gated_export.export, export)
    ward_file = export / "dim_ward" / "part-0.parquet"
    wards = pl.read_parquet(ward_file).with_columns(issuer_note=pl.lit("x"))
    assert set(wards["unit_level"]) == {"commune", "city", "nation"}
    city = wards.filter(pl.col("unit_level") == "city").with_columns(
        ward_code=pl.lit("31b"), ward_name=pl.lit("Thành phố Hải Phòng"), has_documents=True
    )
    pl.concat([wards, city]).write_parquet(ward_file)
    gap_folder = export / "fct_gap_to_target"
    for part in gap_folder.rglob("*.parquet"):
        pl.read_parquet(part).with_columns(page=pl.lit(1)).write_parquet(part)
    result = report.write_report(export, tmp_path / "report", warehouse=None)
    assert result.units == 114
    index = read(tmp_path / "report" / "index.html")
    assert index.count('<rect class="unit') == 114
    assert "Thành phố Hải Phòng" not in index


def test_missing_export_is_one_error_line(tmp_path: Path) -> None:
    with pytest.raises(report.ReportError) as raised:
        report.write_report(tmp_path / "nothing", tmp_path / "report")
    assert raised.value.path == tmp_path / "nothing"
    done = run_wardwh("report", env={"EXPORT_DIR": str(tmp_path / "nothing")}, timeout=120)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"error: {tmp_path / 'nothing'}: no export here; run `wardwh export` (or `wardwh run`) "
        "first"
    ]
    assert not (tmp_path / "report").exists()


# ----------------------------------------------------------------------------- in a browser


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (Debian package chromium, .ci/debian-packages.txt)")
    playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    with playwright_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


class PageWatch:
    """A page that records console errors, page errors and any request leaving localhost."""

    def __init__(self, browser) -> None:  # noqa: ANN001
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.remote_requests: list[str] = []
        self.page.on(
            "console",
            lambda m: self.console_errors.append(m.text) if m.type == "error" else None,
        )
        self.page.on("pageerror", lambda e: self.page_errors.append(str(e)))

        def route(request_route) -> None:  # noqa: ANN001
            url = request_route.request.url
            if url.startswith(("file:", "data:", "about:", "http://127.0.0.1")):
                request_route.continue_()
            else:  # offline means offline: nothing may be fetched from elsewhere
                self.remote_requests.append(url)
                request_route.abort()

        self.context.route("**/*", route)

    def open(self, url: str) -> None:
        self.page.goto(url, wait_until="load")

    def assert_clean(self) -> None:
        assert not self.console_errors, self.console_errors
        assert not self.page_errors, self.page_errors
        assert not self.remote_requests, self.remote_requests

    def close(self) -> None:
        self.context.close()


def _visible_svg_count(page, selector: str) -> int:  # noqa: ANN001
    return sum(
        1
        for box in (element.bounding_box() for element in page.query_selector_all(selector))
        if box and box["width"] > 0 and box["height"] > 0
    )


def test_dashboard_renders_in_chromium(browser, site: Path, gated_export, tmp_path: Path) -> None:
    server = make_server(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    watch = PageWatch(browser)
    try:
        watch.open(base + "index.html")
        page = watch.page
        assert _visible_svg_count(page, "svg.chart") >= 3
        assert _visible_svg_count(page, "svg.chart rect.bar") >= 1
        assert _visible_svg_count(page, "svg.chart rect.unit") == 114
        # the language switch hides one language
        page.click(".langs button[data-lang=en]")
        assert not page.locator("h1 .vi").is_visible() and page.locator("h1 .en").is_visible()
        page.click(".langs button[data-lang=vi]")
        assert page.locator("h1 .vi").is_visible() and not page.locator("h1 .en").is_visible()
        page.click(".langs button[data-lang=both]")

        ward = (
            table(gated_export.export, "fct_gap_to_target")
            .filter(pl.col("target_value").is_not_null())
            .group_by("ward_code")
            .len()
            .sort("len", descending=True)["ward_code"][0]
        )
        watch.open(base + f"wards/{ward}.html")
        assert _visible_svg_count(page, "svg.chart") >= 2
        marks = _visible_svg_count(page, "svg.chart circle.result") + _visible_svg_count(
            page, "svg.chart path.target"
        )
        assert marks >= 2
        details = page.locator("details").first
        details.locator("summary").click()
        assert details.locator("blockquote").is_visible()
        screenshot = tmp_path / f"ward-{ward}.png"
        page.screenshot(path=str(screenshot), full_page=True)
        print(f"\nward page screenshot: {screenshot}")
        assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert screenshot.stat().st_size > 20_000

        for name in ("quality.html", "metrics.html"):
            watch.open(base + name)
            assert page.locator("h1").is_visible()
        # over file:// as well: the site needs no server
        watch.open((site / "index.html").as_uri())
        assert _visible_svg_count(page, "svg.chart rect.unit") == 114
        watch.assert_clean()
    finally:
        watch.close()
        server.shutdown()
        server.server_close()


def test_dbt_docs_render_offline_in_chromium(
    browser, gated_export, tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("docs-browser")
    warehouse = root / "warehouse"
    warehouse.mkdir()
    shutil.copy(gated_export.warehouse, warehouse / "warehouse.duckdb")
    site = write_docs_site(
        REPO_ROOT, root / "docs", warehouse_dir=warehouse, log_file=root / "dbt-docs.log"
    )
    watch = PageWatch(browser)
    try:
        watch.open(site.index.as_uri() + "#!/model/model.wardwh.fct_gap_to_target")
        page = watch.page
        page.wait_for_selector("text=fct_gap_to_target", timeout=30_000)
        # the metric definition, rendered from its docs block, on the column it describes
        page.wait_for_selector("text=negative gap is always behind", timeout=30_000)
        watch.open(site.index.as_uri() + "#!/seed/seed.wardwh.indicators")
        page.wait_for_selector("text=higher_is_better", timeout=30_000)
        watch.assert_clean()
    finally:
        watch.close()
