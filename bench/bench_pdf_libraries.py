"""pypdfium2 (ingest/read_pdf.py) against pdfplumber on Vietnamese PDFs: speed and quality.

    .venv/bin/python bench/bench_pdf_libraries.py

The five corpus documents are written as text PDFs (tests/document_builders.py: wrapped
paragraphs, bordered tables with wrapped cells, running header, page numbers), once with
precomposed Vietnamese letters (NFC) and once with the tone marks as separate combining glyphs
(NFD, as some PDF producers write them). Quality = recall of the .txt facts when the extractor
reads each library's text, and the share of the .txt's words found in it (accent-sensitive).
pdfplumber is given its plain `extract_text()`; ingest/read_pdf.py also rebuilds tables and
joins paragraphs, which is part of what is measured.
"""

from __future__ import annotations

import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from document_builders import write_pdf  # noqa: E402
from format_recall import compare  # noqa: E402

from ingest.extract import extract_text  # noqa: E402
from ingest.read import read_document  # noqa: E402
from ingest.read_pdf import read_pdf  # noqa: E402
from ingest.settings import DOCUMENTS_DIR  # noqa: E402


def _pdfplumber_text(path: Path) -> tuple[str, int]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        texts = [page.extract_text() or "" for page in pdf.pages]
    return unicodedata.normalize("NFC", "\n".join(texts)), len(texts)


def _pdfium_text(path: Path) -> tuple[str, int]:
    paged, _ = read_pdf(path.read_bytes())
    return paged.text, paged.page_count


def _word_share(reference: str, text: str) -> float:
    want = Counter(reference.split())
    got = Counter(text.split())
    return sum((want & got).values()) / sum(want.values())


def main() -> None:
    try:
        import pdfplumber  # noqa: F401
    except ImportError:
        print("pdfplumber is not installed (it comes with the dev extra)")
        return
    sources = sorted(DOCUMENTS_DIR.glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        for form in ("NFC", "NFD"):
            files = []
            for source in sources:
                text = unicodedata.normalize(form, source.read_text(encoding="utf-8"))
                files.append((source, write_pdf(text, Path(folder, f"{source.stem}.{form}.pdf"))))
            for name, reader in (("pypdfium2", _pdfium_text), ("pdfplumber", _pdfplumber_text)):
                matched = expected = pages = 0
                seconds = share = 0.0
                for source, pdf in files:
                    start = time.perf_counter()
                    text, count = reader(pdf)
                    seconds += time.perf_counter() - start
                    pages += count
                    reference = read_document(source).text
                    share += _word_share(reference, text) / len(files)
                    comparison = compare(
                        extract_text(reference, source.name).facts,
                        extract_text(text, source.name).facts,
                    )
                    matched += comparison.matched
                    expected += comparison.expected
                print(
                    f"{form} {name:10} {pages / seconds:7.1f} pages/s  fact recall "
                    f"{matched}/{expected} = {matched / expected:.3f}  words found {share:.3f}"
                )


if __name__ == "__main__":
    main()
