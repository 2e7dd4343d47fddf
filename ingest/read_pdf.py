"""Read a PDF: its text layer with pypdfium2 (PDFium), or OCR for pages that are scans.

Each page is read from the positions of its characters, not from the order of the content
stream: characters are grouped into lines by baseline and ordered left to right, with a space
where the gap between two glyphs is wider than a fraction of the font size. Bordered tables are
rebuilt from the page's ruling lines (path objects): one line per table row, cells separated by
TAB; a cell merged across rows is repeated in each row, one merged across columns is written
once with empty cells after it. A page with almost no text but a large image is a scan: it is
rendered and OCR-ed when Tesseract is installed. Pages are opened and closed one at a time, so
memory stays bounded whatever the page count.
"""

from __future__ import annotations

import ctypes
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ingest import ocr
from ingest.page_text import Page, PagedText, PageLine, assemble

__all__ = ["MAX_PAGES", "MAX_OCR_PAGES", "PdfReadError", "read_pdf"]

MAX_PAGES = 5000
MAX_OCR_PAGES = 300
MIN_TEXT_CHARS = 16  # a page with fewer characters than this is blank or a scan
SCAN_IMAGE_AREA = 0.3  # ... a scan when an image covers this fraction of it
SPACE_GAP = 0.15  # a gap wider than this many font sizes separates two words
TOLERANCE = 2.0  # points: ruling lines closer than this are one line
RULING_WIDTH = 3.0  # points: a path thinner than this is a ruling line


class PdfReadError(Exception):
    """The PDF cannot be read; the message is the one-line reason."""


@dataclass(slots=True)
class _Glyph:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    baseline: float
    size: float


def read_pdf(data: bytes, *, max_pages: int = MAX_PAGES) -> tuple[PagedText, bool]:
    """Text of a PDF and whether OCR was used; raise PdfReadError when it cannot be read."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise PdfReadError(_open_reason(error)) from None
    try:
        count = len(document)
        if count == 0:
            raise PdfReadError("PDF without pages")
        if count > max_pages:
            raise PdfReadError(f"too many pages ({count}; the limit is {max_pages})")
        pages: list[Page] = []
        scanned: list[int] = []
        for index in range(count):
            page = document[index]
            try:
                pages.append(_read_page(page, index + 1, scanned))
            finally:
                page.close()
            if len(scanned) > MAX_OCR_PAGES:
                raise PdfReadError(
                    f"more than {MAX_OCR_PAGES} scanned pages to OCR; split the file"
                )
    finally:
        document.close()
    return assemble(pages), bool(scanned)


def _open_reason(error: pdfium.PdfiumError) -> str:
    code = getattr(error, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return "password-protected PDF; remove the password and ingest it again"
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return "PDF with an unsupported security handler"
    return "corrupt PDF (PDFium cannot open it)"


def _read_page(page: pdfium.PdfPage, number: int, scanned: list[int]) -> Page:
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        glyphs = _glyphs(textpage, height)
    finally:
        textpage.close()
    if sum(1 for g in glyphs if not g.text.isspace()) < MIN_TEXT_CHARS and _is_scan(page):
        reason = ocr.unavailable_reason()
        if reason is not None:
            raise PdfReadError(f"scanned PDF: {reason} (page {number} has no text layer)")
        scanned.append(number)
        image = page.render(scale=ocr.OCR_DPI / 72, grayscale=True).to_pil()
        try:
            return ocr.ocr_page(image, number)
        except ocr.OcrError as error:
            raise PdfReadError(str(error)) from None
    horizontal, vertical = _rulings(page, height)
    return Page(number, height, tuple(_layout(glyphs, horizontal, vertical)))


def _is_scan(page: pdfium.PdfPage) -> bool:
    area = page.get_width() * page.get_height()
    covered = 0.0
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
        left, bottom, right, top = image.get_bounds()
        covered += max(0.0, right - left) * max(0.0, top - bottom)
    return covered >= SCAN_IMAGE_AREA * area


# --------------------------------------------------------------------------------------------
# characters


def _glyphs(textpage: pdfium.PdfTextPage, height: float) -> list[_Glyph]:
    """Visible characters in content order; combining marks stay with their base letter."""
    raw = textpage.raw
    box = pdfium_c.FS_RECTF()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    glyphs: list[_Glyph] = []
    for index in range(pdfium_c.FPDFText_CountChars(raw)):
        code = pdfium_c.FPDFText_GetUnicode(raw, index)
        if code in (0, 0x0A, 0x0D, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
            continue
        if pdfium_c.FPDFText_IsGenerated(raw, index) == 1:
            continue
        char = chr(code)
        if pdfium_c.FPDFText_IsHyphen(raw, index) == 1 or code == 0x02:
            char = "\xad"
        if char.isspace():
            continue  # word spaces come from the gaps between glyphs
        if unicodedata.combining(char) and glyphs:
            glyphs[-1].text += char
            continue
        # the loose box spans the advance width and the font's ascent to descent
        pdfium_c.FPDFText_GetLooseCharBox(raw, index, box)
        pdfium_c.FPDFText_GetCharOrigin(raw, index, origin_x, origin_y)
        size = pdfium_c.FPDFText_GetFontSize(raw, index)
        glyph_top, glyph_bottom = height - box.top, height - box.bottom
        if size <= 0:
            size = max(glyph_bottom - glyph_top, 1.0)
        glyphs.append(
            _Glyph(
                char,
                box.left,
                max(box.right, box.left),
                glyph_top,
                glyph_bottom,
                height - origin_y.value,
                size,
            )
        )
    return glyphs


def _group_lines(glyphs: list[_Glyph]) -> list[list[_Glyph]]:
    """Glyphs grouped by baseline (top to bottom), each line ordered left to right."""
    lines: list[list[_Glyph]] = []
    baseline = 0.0
    for glyph in sorted(glyphs, key=lambda g: (g.baseline, g.x0)):
        if lines and abs(glyph.baseline - baseline) <= 0.4 * glyph.size:
            lines[-1].append(glyph)
        else:
            lines.append([glyph])
            baseline = glyph.baseline
    for line in lines:
        line.sort(key=lambda g: g.x0)
    return lines


def _line_text(line: list[_Glyph]) -> tuple[str, float]:
    """Text of a line of glyphs, and the right edge of its first word."""
    parts: list[str] = []
    previous: _Glyph | None = None
    first_word_end = line[0].x1 if line else 0.0
    in_first_word = True
    for glyph in line:
        if previous is not None and glyph.x0 - previous.x1 > SPACE_GAP * max(
            glyph.size, previous.size
        ):
            parts.append(" ")
            in_first_word = False
        if in_first_word:
            first_word_end = glyph.x1
        parts.append(glyph.text)
        previous = glyph
    return unicodedata.normalize("NFC", "".join(parts)), first_word_end


def _free_lines(glyphs: list[_Glyph]) -> list[PageLine]:
    lines = []
    for line in _group_lines(glyphs):
        text, first_word_end = _line_text(line)
        lines.append(
            PageLine(
                text,
                min(g.top for g in line),
                max(g.bottom for g in line),
                line[0].x0,
                line[-1].x1,
                first_word_end - line[0].x0,
            )
        )
    return lines


# --------------------------------------------------------------------------------------------
# tables from ruling lines


@dataclass(frozen=True, slots=True)
class _Rule:
    at: float  # y of a horizontal rule, x of a vertical one (from the page's top-left)
    start: float
    end: float


def _rulings(page: pdfium.PdfPage, height: float) -> tuple[list[_Rule], list[_Rule]]:
    """Horizontal and vertical rules: thin paths, and the four sides of rectangular paths."""
    horizontal: list[_Rule] = []
    vertical: list[_Rule] = []
    for path in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = path.get_bounds()
        top, bottom = height - top, height - bottom
        width, tall = right - left, bottom - top
        if tall <= RULING_WIDTH and width > RULING_WIDTH:
            horizontal.append(_Rule((top + bottom) / 2, left, right))
        elif width <= RULING_WIDTH and tall > RULING_WIDTH:
            vertical.append(_Rule((left + right) / 2, top, bottom))
        elif width > RULING_WIDTH and tall > RULING_WIDTH and _is_rectangle(path):
            horizontal += [_Rule(top, left, right), _Rule(bottom, left, right)]
            vertical += [_Rule(left, top, bottom), _Rule(right, top, bottom)]
    return horizontal, vertical


def _is_rectangle(path: pdfium.PdfObject) -> bool:
    count = pdfium_c.FPDFPath_CountSegments(path.raw)
    if not 4 <= count <= 6:
        return False
    return all(
        pdfium_c.FPDFPathSegment_GetType(pdfium_c.FPDFPath_GetPathSegment(path.raw, i))
        != pdfium_c.FPDF_SEGMENT_BEZIERTO
        for i in range(count)
    )


def _cluster(values: list[float]) -> list[float]:
    out: list[list[float]] = []
    for value in sorted(values):
        if out and value - out[-1][-1] <= TOLERANCE:
            out[-1].append(value)
        else:
            out.append([value])
    return [sum(group) / len(group) for group in out]


def _walls(rules: list[_Rule], positions: list[float]) -> list[list[tuple[float, float]]]:
    """For each clustered position, the spans its rules cover."""
    walls: list[list[tuple[float, float]]] = [[] for _ in positions]
    for rule in rules:
        index = min(range(len(positions)), key=lambda i: abs(positions[i] - rule.at))
        walls[index].append((rule.start - TOLERANCE, rule.end + TOLERANCE))
    return walls


def _covered(spans: list[tuple[float, float]], point: float) -> bool:
    return any(start <= point <= end for start, end in spans)


class _Grid:
    """Boxes between consecutive rules; boxes enclosed by rules on four sides are table boxes."""

    def __init__(self, horizontal: list[_Rule], vertical: list[_Rule]) -> None:
        self.ys = _cluster([r.at for r in horizontal])
        self.xs = _cluster([r.at for r in vertical])
        self.row_walls = _walls(horizontal, self.ys)
        self.column_walls = _walls(vertical, self.xs)
        self.parent: dict[tuple[int, int], tuple[int, int]] = {}
        if len(self.ys) < 2 or len(self.xs) < 3:
            return
        boxes = [
            (i, j)
            for i in range(len(self.ys) - 1)
            for j in range(len(self.xs) - 1)
            if self._enclosed(i, j)
        ]
        self.parent = {box: box for box in boxes}
        for i, j in boxes:
            for neighbour, wall in (((i, j + 1), self._wall_right), ((i + 1, j), self._wall_below)):
                if neighbour in self.parent and not wall(i, j):
                    _union(self.parent, (i, j), neighbour)

    def _mid(self, i: int, j: int) -> tuple[float, float]:
        return (self.xs[j] + self.xs[j + 1]) / 2, (self.ys[i] + self.ys[i + 1]) / 2

    def _enclosed(self, i: int, j: int) -> bool:
        x, y = self._mid(i, j)
        return (
            any(_covered(self.column_walls[k], y) for k in range(j + 1))
            and any(_covered(self.column_walls[k], y) for k in range(j + 1, len(self.xs)))
            and any(_covered(self.row_walls[k], x) for k in range(i + 1))
            and any(_covered(self.row_walls[k], x) for k in range(i + 1, len(self.ys)))
        )

    def _wall_right(self, i: int, j: int) -> bool:
        return _covered(self.column_walls[j + 1], self._mid(i, j)[1])

    def _wall_below(self, i: int, j: int) -> bool:
        return _covered(self.row_walls[i + 1], self._mid(i, j)[0])

    def box_at(self, x: float, y: float) -> tuple[int, int] | None:
        i, j = bisect_right(self.ys, y) - 1, bisect_right(self.xs, x) - 1
        return (i, j) if (i, j) in self.parent else None


def _find(parent: dict, box: tuple[int, int]) -> tuple[int, int]:
    while parent[box] != box:
        parent[box] = parent[parent[box]]
        box = parent[box]
    return box


def _union(parent: dict, a: tuple[int, int], b: tuple[int, int]) -> None:
    root_a, root_b = _find(parent, a), _find(parent, b)
    if root_a != root_b:
        parent[max(root_a, root_b)] = min(root_a, root_b)


def _merge_rules(rules: list[_Rule]) -> list[_Rule]:
    """Collinear rules that overlap or touch become one (the cell borders of one table line)."""
    merged: list[_Rule] = []
    for rule in sorted(rules, key=lambda r: (round(r.at / TOLERANCE), r.start)):
        last = merged[-1] if merged else None
        if (
            last is not None
            and abs(last.at - rule.at) <= TOLERANCE
            and rule.start <= last.end + TOLERANCE
        ):
            merged[-1] = _Rule(last.at, last.start, max(last.end, rule.end))
        else:
            merged.append(rule)
    return merged


def _rule_groups(
    horizontal: list[_Rule], vertical: list[_Rule]
) -> list[tuple[list[_Rule], list[_Rule]]]:
    """Rules that cross or touch each other, grouped: one group per table."""
    parent = {("h", i): ("h", i) for i in range(len(horizontal))}
    parent.update({("v", i): ("v", i) for i in range(len(vertical))})
    for i, h in enumerate(horizontal):
        for k, v in enumerate(vertical):
            if (
                h.start - TOLERANCE <= v.at <= h.end + TOLERANCE
                and v.start - TOLERANCE <= h.at <= v.end + TOLERANCE
            ):
                _union(parent, ("h", i), ("v", k))
    groups: dict = {}
    for key in parent:
        side, index = key
        group = groups.setdefault(_find(parent, key), ([], []))
        group[0 if side == "h" else 1].append(horizontal[index] if side == "h" else vertical[index])
    return [group for group in groups.values() if group[0] and group[1]]


def _layout(glyphs: list[_Glyph], horizontal: list[_Rule], vertical: list[_Rule]) -> list[PageLine]:
    """Lines of a page top to bottom: free text lines and table rows."""
    free = glyphs
    rows: list[PageLine] = []
    groups = _rule_groups(_merge_rules(horizontal), _merge_rules(vertical))
    for group_horizontal, group_vertical in groups:
        grid = _Grid(group_horizontal, group_vertical)
        if not grid.parent:
            continue
        outside: list[_Glyph] = []
        in_cells: dict[tuple[int, int], list[_Glyph]] = {}
        for glyph in free:
            box = grid.box_at((glyph.x0 + glyph.x1) / 2, (glyph.top + glyph.bottom) / 2)
            if box is None:
                outside.append(glyph)
            else:
                in_cells.setdefault(_find(grid.parent, box), []).append(glyph)
        columns = sorted({j for _, j in grid.parent})
        if len(columns) < 2:  # a frame around text, not a table
            continue
        free = outside
        rows += _table_rows(grid, set(grid.parent), columns, in_cells)
    return sorted(_free_lines(free) + rows, key=lambda line: line.top)


def _table_rows(
    grid: _Grid,
    boxes: set[tuple[int, int]],
    columns: list[int],
    in_cells: dict[tuple[int, int], list[_Glyph]],
) -> list[PageLine]:
    texts = {
        cell: " ".join(_line_text(line)[0] for line in _group_lines(glyphs))
        for cell, glyphs in in_cells.items()
    }
    out = []
    for i in sorted({i for i, _ in boxes}):
        cells: list[str] = []
        previous = None
        for j in columns:
            cell = _find(grid.parent, (i, j)) if (i, j) in boxes else None
            # a cell merged across columns is written once; across rows, in every row
            cells.append("" if cell is None or cell == previous else texts.get(cell, ""))
            previous = cell
        cleaned = [" ".join(c.replace("\xad ", "").split()) for c in cells]
        if any(cleaned):
            out.append(PageLine("\t".join(cleaned), grid.ys[i], grid.ys[i + 1], is_table_row=True))
    return out
