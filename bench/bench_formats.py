"""Reading speed of the document formats, in pages per second (figures, not a test).

    .venv/bin/python bench/bench_formats.py [--repeat 3] [--ocr-pages 12]

The five corpus documents are written as DOCX, as a text PDF and as a scanned PDF (150 dpi
rasters) by tests/document_builders.py. A DOCX has no pages of its own: its pages are those of
the same document as PDF. Reading = `ingest.read.read_document` (what `wardwh ingest` does before
extraction); "+ extract" adds `ingest.extract.extract_text`. One process, so figures are per core
(Tesseract runs with one thread per page).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from document_builders import write_docx, write_pdf, write_scan  # noqa: E402

from ingest import ocr  # noqa: E402
from ingest.extract import extract_text  # noqa: E402
from ingest.read import read_document  # noqa: E402
from ingest.settings import DOCUMENTS_DIR  # noqa: E402


def _timed(paths: list[Path], repeat: int, *, extract: bool) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for path in paths:
            decoded = read_document(path)
            if extract:
                extract_text(decoded.text, path.name)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ocr-pages", type=int, default=12, help="scanned pages to OCR")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        docx, pdf, scans, pages = [], [], [], 0
        for source in sorted(DOCUMENTS_DIR.glob("*.txt")):
            text = source.read_text(encoding="utf-8")
            docx.append(write_docx(text, Path(folder, f"{source.stem}.docx")))
            pdf.append(write_pdf(text, Path(folder, f"{source.stem}.pdf")))
            pages += read_document(pdf[-1]).page_count
            scans.append(write_scan(pdf[-1], Path(folder, f"{source.stem}.scan.pdf")))
        print(f"corpus: {len(pdf)} documents, {pages} pages as PDF")
        for label, paths in (("text PDF", pdf), ("DOCX", docx)):
            for extract in (False, True):
                seconds = _timed(paths, args.repeat, extract=extract)
                total = pages * args.repeat
                print(
                    f"{label:9} {'read + extract' if extract else 'read':15} "
                    f"{total / seconds:8.1f} pages/s  ({total} pages in {seconds:.2f} s)"
                )
        reason = ocr.unavailable_reason()
        if reason is not None:
            print(f"OCR       skipped: {reason}")
            return
        done, seconds = 0, 0.0
        for scan in scans:
            if done >= args.ocr_pages:
                break
            start = time.perf_counter()
            decoded = read_document(scan)
            seconds += time.perf_counter() - start
            done += decoded.page_count
        print(
            f"OCR       {'read':15} {done / seconds:8.2f} pages/s  ({done} pages in "
            f"{seconds:.1f} s, {ocr.OCR_DPI} dpi, Tesseract {ocr.LANGUAGE})"
        )


if __name__ == "__main__":
    main()
