"""Build the corpus documents as wards publish them: DOCX, a PDF with a text layer, a scan.

Used by tests/test_formats.py and bench/bench_formats.py, so no binary fixture is committed.
`corpus_copies` makes distinct copies of the corpus texts for the load tests and benchmarks.
The text of a .txt becomes blocks: paragraphs (one per non-blank line) and tables (runs of
tab-separated or markdown rows). DOCX gets real Word tables; the PDF gets bordered tables with
wrapped cells, a running header and page numbers; the scan is the PDF rasterised (no text
layer) with a red stamp on the first page.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
_HTML_P = re.compile(r"</?p>")
_SEPARATOR = re.compile(r"^[\s:|-]*$")


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]


def blocks(text: str) -> list[Paragraph | Table]:
    """Paragraphs and tables of a plain-text document, in order."""
    out: list[Paragraph | Table] = []
    rows: list[tuple[str, ...]] = []

    def flush() -> None:
        if rows:
            width = max(len(row) for row in rows)
            out.append(Table(tuple(row + ("",) * (width - len(row)) for row in rows)))
            rows.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.count("|") >= 2:
            if _SEPARATOR.match(stripped):
                continue
            cells = stripped.strip("|").split("|")
            rows.append(tuple(" ".join(_HTML_P.sub(" ", c).split()) for c in cells))
            continue
        if "\t" in line.strip(" ") and stripped:
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
            continue
        flush()
        if stripped:
            out.append(Paragraph(stripped))
    flush()
    return out


def write_docx(text: str, path: Path) -> Path:
    """A Word document: one paragraph per line, Word tables for the tables."""
    import docx

    document = docx.Document()
    for block in blocks(text):
        if isinstance(block, Paragraph):
            document.add_paragraph(block.text)
            continue
        table = document.add_table(rows=len(block.rows), cols=len(block.rows[0]))
        table.style = "Table Grid"
        for row, values in zip(table.rows, block.rows, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    document.save(str(path))
    return path


def write_pdf(text: str, path: Path, *, header: str = "Văn bản điện tử") -> Path:
    """A text PDF (A4, DejaVu Sans): wrapped paragraphs, bordered tables, header, page numbers."""
    from fpdf import FPDF

    class _Document(FPDF):
        def header(self) -> None:
            self.set_font("body", size=8)
            self.cell(0, 5, header, align="R")
            self.ln(8)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("body", size=8)
            self.cell(0, 5, f"Trang {self.page_no()}", align="C")

    pdf = _Document(format="A4")
    pdf.add_font("body", fname=str(FONT))
    pdf.add_font("body", style="B", fname=str(FONT_BOLD))
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for block in blocks(text):
        if isinstance(block, Paragraph):
            pdf.set_font("body", size=11)
            pdf.multi_cell(0, 5.5, block.text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            continue
        pdf.set_font("body", size=8)
        usable = pdf.w - pdf.l_margin - pdf.r_margin
        widths = _column_widths(pdf, block.rows, usable)
        with pdf.table(
            col_widths=widths,
            first_row_as_headings=False,
            line_height=4,
            text_align="LEFT",
        ) as table:
            for values in block.rows:
                row = table.row()
                for value in values:
                    row.cell(value)
        pdf.ln(2)
    pdf.output(str(path))
    return path


def _column_widths(pdf, rows: tuple[tuple[str, ...], ...], usable: float) -> tuple[float, ...]:  # noqa: ANN001
    """Each column as wide as its longest word (so no number is split), the rest shared out."""
    padding = 2 * pdf.c_margin + 1
    columns = range(len(rows[0]))
    least = [
        max((pdf.get_string_width(w) for row in rows for w in row[i].split()), default=0) + padding
        for i in columns
    ]
    wish = [min(40, max(len(row[i]) for row in rows)) + 1 for i in columns]
    spare = max(usable - sum(least), 0.0)
    return tuple(least[i] + spare * wish[i] / sum(wish) for i in columns)


def write_scan(pdf_path: Path, path: Path, *, dpi: int = 150) -> Path:
    """Rasterise a PDF to a grey image per page (no text layer) and save them as one PDF."""
    import pypdfium2
    from PIL import ImageDraw

    pages = []
    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        for index in range(len(document)):
            page = document[index]
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("RGB")
            page.close()
            if index == 0:  # the red stamp of a signed document, over the top right corner
                draw = ImageDraw.Draw(image)
                x, y, r = image.width * 0.78, image.height * 0.08, image.width * 0.09
                draw.ellipse((x - r, y - r, x + r, y + r), outline=(200, 20, 20), width=6)
            pages.append(image)
    finally:
        document.close()
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    path.write_bytes(buffer.getvalue())
    return path


def corpus_copies(folder: Path, count: int, start: int = 0) -> list[Path]:
    """`count` distinct documents (a unique trailing line each) named like the bundled corpus
    files, numbered from `start`: two calls with overlapping numbers share those documents."""
    from ingest.settings import DOCUMENTS_DIR

    corpus = sorted(DOCUMENTS_DIR.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + count):
        source = corpus[index % len(corpus)]
        path = folder / f"{index:04d}_{source.name}"
        path.write_text(
            source.read_text(encoding="utf-8") + f"\n\n(bản sao {index})\n", encoding="utf-8"
        )
        paths.append(path)
    return paths
