"""Charts of the ward dashboard as inline SVG markup (no JavaScript, no library, no download).

Pure functions: data in, an `<svg>` string out. Every mark carries a `<title>` (the browser shows
it on hover) and every chart a `role="img"` with an `aria-label`, so a chart reads without
colour. Values are never recomputed here: the caller passes what the marts say.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

FONT = "system-ui,-apple-system,'Segoe UI','Noto Sans','DejaVu Sans',sans-serif"
RESULT_COLOUR = "#2b6cb0"
TARGET_COLOUR = "#dd6b20"
GRID_COLOUR = "#e2e8f0"
TEXT_COLOUR = "#1f2933"
MUTED_COLOUR = "#616e7c"
STATUS_COLOURS = {
    "met": "#2f855a",
    "not_met": "#c53030",
    "no_result": "#a0aec0",
    "no_target": "#3182ce",
}
COMPARATOR_SYMBOLS = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<", "eq": "", "approx": "≈"}


def number(value: float | None) -> str:
    """A value as people write it: no exponent, at most two decimals, no trailing zeros."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def signed(value: float | None) -> str:
    """A gap or a change: `+11.8`, `-3`, `0`."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return ("+" if value > 0 else "") + number(value)


def bounded(value: float | None, comparator: str | None) -> str:
    """`≥ 80`, `> 70`, `100`: a value with the bound its comparator states."""
    symbol = COMPARATOR_SYMBOLS.get(comparator or "eq", "")
    return f"{symbol}{number(value)}" if symbol else number(value)


def _a(value: object) -> str:
    return escape(str(value), quote=True)


def _svg(width: float, height: float, label: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'aria-label="{_a(label)}" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'width="{width:.0f}" height="{height:.0f}" font-family="{_a(FONT)}" font-size="12">'
        f"<title>{escape(label)}</title>" + "".join(body) + "</svg>"
    )


def _scale_max(values: Sequence[float], unit: str | None) -> float:
    largest = max([v for v in values if v is not None] or [0.0])
    if unit == "percent":
        return max(100.0, largest)
    if largest <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(largest))
    return math.ceil(largest / magnitude * 1.05) * magnitude


@dataclass(frozen=True)
class Bar:
    """One row of a ranking chart."""

    label: str
    value: float | None
    comparator: str | None = None
    rank: int | None = None
    note: str = ""  # shown after the value (a year, "no value")
    colour: str = RESULT_COLOUR
    href: str | None = None


def ranking_bars(bars: Sequence[Bar], *, unit: str | None, label: str, width: int = 520) -> str:
    """Horizontal bars, one per ward, in the order given (best first); rows without a value
    show their note instead of a bar."""
    row, top, left, right = 24, 8, 190, 120
    plot = width - left - right
    height = top * 2 + row * max(len(bars), 1)
    maximum = _scale_max([b.value for b in bars if b.value is not None], unit)
    body: list[str] = []
    for tick in (0.0, 0.5, 1.0):
        x = left + plot * tick
        body.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{height - top}" '
            f'stroke="{GRID_COLOUR}"/>'
        )
    for i, bar in enumerate(bars):
        y = top + i * row
        rank = f"{bar.rank}. " if bar.rank is not None else ""
        name = escape(f"{rank}{bar.label}")
        text = (
            f'<text x="{left - 8}" y="{y + 16}" text-anchor="end" fill="{TEXT_COLOUR}">'
            f"{name}</text>"
        )
        if bar.href:
            text = f'<a href="{_a(bar.href)}">{text}</a>'
        body.append(text)
        if bar.value is None:
            body.append(
                f'<text x="{left + 4}" y="{y + 16}" fill="{MUTED_COLOUR}" font-style="italic">'
                f"{escape(bar.note)}</text>"
            )
            continue
        length = max(plot * max(bar.value, 0.0) / maximum, 1.0)
        value_text = f"{bounded(bar.value, bar.comparator)}{'%' if unit == 'percent' else ''}"
        tip = f"{bar.label}: {value_text} {bar.note}".strip()
        body.append(
            f'<rect class="bar" x="{left}" y="{y + 4}" width="{length:.1f}" height="{row - 8}" '
            f'fill="{bar.colour}" rx="2"><title>{escape(tip)}</title></rect>'
        )
        body.append(
            f'<text x="{left + length + 6:.1f}" y="{y + 16}" fill="{TEXT_COLOUR}">'
            f'{escape(value_text)} <tspan fill="{MUTED_COLOUR}">{escape(bar.note)}</tspan></text>'
        )
    return _svg(width, height, label, body)


@dataclass(frozen=True)
class Point:
    year: int
    value: float
    comparator: str | None = None


def trend(
    results: Sequence[Point],
    targets: Sequence[Point],
    *,
    unit: str | None,
    label: str,
    width: int = 320,
    height: int = 170,
) -> str:
    """Results (line) and targets (diamonds) of one indicator over the years."""
    left, right, top, bottom = 40, 48, 18, 28
    years = sorted({p.year for p in [*results, *targets]})
    first, last = (years[0], years[-1]) if years else (0, 1)
    span = max(last - first, 1)
    plot_w, plot_h = width - left - right, height - top - bottom
    maximum = _scale_max([p.value for p in [*results, *targets]], unit)

    def x(year: int) -> float:
        if first == last:
            return left + plot_w / 2
        return left + plot_w * (year - first) / span

    def y(value: float) -> float:
        return top + plot_h * (1 - max(min(value, maximum), 0.0) / maximum)

    body: list[str] = []
    for tick in (0.0, 0.5, 1.0):
        ty = top + plot_h * (1 - tick)
        body.append(
            f'<line x1="{left}" y1="{ty:.1f}" x2="{width - right}" y2="{ty:.1f}" '
            f'stroke="{GRID_COLOUR}"/>'
            f'<text x="{left - 4}" y="{ty + 4:.1f}" text-anchor="end" font-size="10" '
            f'fill="{MUTED_COLOUR}">{number(maximum * tick)}</text>'
        )
    for year in years:
        body.append(
            f'<text x="{x(year):.1f}" y="{height - 8}" text-anchor="middle" font-size="10" '
            f'fill="{MUTED_COLOUR}">{year}</text>'
        )
    suffix = "%" if unit == "percent" else ""
    ordered = sorted(results, key=lambda p: p.year)
    if len(ordered) > 1:
        path = " ".join(f"{x(p.year):.1f},{y(p.value):.1f}" for p in ordered)
        body.append(
            f'<polyline points="{path}" fill="none" stroke="{RESULT_COLOUR}" stroke-width="2"/>'
        )
    for p in ordered:
        cx, cy = x(p.year), y(p.value)
        tip = f"{p.year} kết quả / result: {bounded(p.value, p.comparator)}{suffix}"
        body.append(
            f'<circle class="result" cx="{cx:.1f}" cy="{cy:.1f}" r="4" '
            f'fill="{RESULT_COLOUR}"><title>{escape(tip)}</title></circle>'
            f'<text x="{cx + 7:.1f}" y="{cy + 13:.1f}" font-size="10" fill="{RESULT_COLOUR}">'
            f"{escape(bounded(p.value, p.comparator))}</text>"
        )
    for p in sorted(targets, key=lambda p: p.year):
        cx, cy = x(p.year), y(p.value)
        tip = f"{p.year} mục tiêu / target: {bounded(p.value, p.comparator)}{suffix}"
        body.append(
            f'<path class="target" d="M{cx:.1f},{cy - 6:.1f} L{cx + 6:.1f},{cy:.1f} '
            f'L{cx:.1f},{cy + 6:.1f} L{cx - 6:.1f},{cy:.1f} Z" fill="{TARGET_COLOUR}">'
            f"<title>{escape(tip)}</title></path>"
            f'<text x="{cx + 8:.1f}" y="{cy - 6:.1f}" font-size="10" fill="{TARGET_COLOUR}">'
            f"{escape(bounded(p.value, p.comparator))}</text>"
        )
    return _svg(width, height, label, body)


@dataclass(frozen=True)
class Cell:
    """One unit of the coverage grid."""

    code: str
    label: str
    filled: bool
    href: str | None = None


def coverage_grid(cells: Sequence[Cell], *, label: str, columns: int = 19) -> str:
    """A square per unit: filled (has a document) or empty."""
    size, gap = 22, 4
    rows = max(math.ceil(len(cells) / columns), 1)
    width, height = columns * (size + gap) + gap, rows * (size + gap) + gap
    body: list[str] = []
    for i, cell in enumerate(cells):
        cx, cy = gap + (i % columns) * (size + gap), gap + (i // columns) * (size + gap)
        fill, stroke = ("#38a169", "#276749") if cell.filled else ("#edf2f7", "#cbd2d9")
        square = (
            f'<rect class="unit{" filled" if cell.filled else ""}" x="{cx}" y="{cy}" '
            f'width="{size}" height="{size}" rx="3" fill="{fill}" stroke="{stroke}">'
            f"<title>{escape(cell.label)}</title></rect>"
        )
        if cell.href:
            square = f'<a href="{_a(cell.href)}">{square}</a>'
        body.append(square)
    return _svg(width, height, label, body)


def status_bar(counts: dict[str, int], labels: dict[str, str], *, width: int = 560) -> str:
    """One stacked bar of the statuses, in the order of `labels`."""
    height, top = 34, 4
    total = sum(counts.get(status, 0) for status in labels) or 1
    body: list[str] = []
    x = 0.0
    for status, text in labels.items():
        count = counts.get(status, 0)
        if not count:
            continue
        part = width * count / total
        body.append(
            f'<rect class="status-{status}" x="{x:.1f}" y="{top}" width="{part:.1f}" '
            f'height="{height - 2 * top}" fill="{STATUS_COLOURS[status]}">'
            f"<title>{escape(text)}: {count}</title></rect>"
        )
        if part > 28:
            body.append(
                f'<text x="{x + part / 2:.1f}" y="{height / 2 + 4:.1f}" text-anchor="middle" '
                f'fill="#fff" font-weight="600">{count}</text>'
            )
        x += part
    label = ", ".join(f"{labels[s]}: {counts.get(s, 0)}" for s in labels)
    return _svg(width, height, label, body)
