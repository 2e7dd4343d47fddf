"""OCR of scanned pages and images with the Tesseract command line and its Vietnamese model.

Tesseract is optional (Debian `tesseract-ocr` + `tesseract-ocr-vie`): `unavailable_reason()` says
why OCR cannot run, and callers turn that into one clear error line. `WARDWH_TESSERACT` names
another binary; set it to an empty string to switch OCR off. Each page is sent to Tesseract as
PNG on stdin; its TSV output gives words with positions and confidences, grouped here into lines.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from functools import lru_cache

from ingest.page_text import Page, PagedText, PageLine, assemble

__all__ = ["OCR_DPI", "OcrError", "ocr_page", "read_image", "unavailable_reason"]

# measured on the corpus scans (150 dpi rasters): fact recall 0.94 at 200 dpi, 0.91 at 300 dpi,
# and 300 dpi was no faster (README, "Document formats")
OCR_DPI = 200
LANGUAGE = "vie"
PAGE_TIMEOUT_S = 180.0
INSTALL_HINT = "install tesseract-ocr-vie"
TESSERACT_ENV = "WARDWH_TESSERACT"


class OcrError(Exception):
    """OCR could not run on a page; the message is the one-line reason."""


def unavailable_reason() -> str | None:
    """None when Tesseract with the Vietnamese model can run; else why not."""
    return _probe(_command(), os.environ.get("PATH", ""))


def _command() -> str:
    return os.environ.get(TESSERACT_ENV, "tesseract")


@lru_cache(maxsize=4)
def _probe(command: str, _path: str) -> str | None:
    executable = shutil.which(command) if command else None
    if executable is None:
        return f"OCR not installed; {INSTALL_HINT}"
    try:
        done = subprocess.run(
            [executable, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"OCR cannot start ({type(error).__name__}); {INSTALL_HINT}"
    languages = {line.strip() for line in (done.stdout + done.stderr).splitlines()}
    if LANGUAGE not in languages:
        return f"Vietnamese OCR model missing; {INSTALL_HINT}"
    return None


def ocr_page(image, number: int, *, dpi: int = OCR_DPI) -> Page:  # noqa: ANN001 - a PIL image
    """OCR one page image (PIL) into a Page of lines with positions and mean word confidence."""
    reason = unavailable_reason()
    if reason is not None:
        raise OcrError(reason)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    command = [shutil.which(_command()) or _command(), "stdin", "stdout", "-l", LANGUAGE]
    command += ["--dpi", str(dpi), "--psm", "4", "tsv"]
    # one thread per page: the ingest already reads several files in parallel
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            command,
            input=buffer.getvalue(),
            capture_output=True,
            timeout=PAGE_TIMEOUT_S,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise OcrError(f"OCR of page {number} took longer than {PAGE_TIMEOUT_S:g} s") from None
    except OSError as error:
        raise OcrError(f"OCR cannot start ({error.strerror or error})") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = message[-1] if message else f"exit {done.returncode}"
        raise OcrError(f"OCR failed on page {number}: {detail}")
    return Page(number, float(image.height), tuple(parse_tsv(done.stdout.decode("utf-8"))))


def parse_tsv(tsv: str) -> list[PageLine]:
    """Lines (in Tesseract's reading order) from its TSV output: words grouped by line id."""
    lines: dict[tuple[str, str, str], list[tuple[str, float, float, float, float, float]]] = {}
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t")
        if len(fields) < 12 or fields[0] != "5":
            continue
        text = fields[11].strip()
        if not text:
            continue
        left, top, width, height = (float(v) for v in fields[6:10])
        key = (fields[2], fields[3], fields[4])
        lines.setdefault(key, []).append(
            (text, left, left + width, top, top + height, float(fields[10]))
        )
    out = []
    for words in lines.values():
        scores = [w[5] for w in words if w[5] >= 0]
        out.append(
            PageLine(
                text=" ".join(w[0] for w in words),
                top=min(w[3] for w in words),
                bottom=max(w[4] for w in words),
                x0=words[0][1],
                x1=max(w[2] for w in words),
                first_word=words[0][2] - words[0][1],
                confidence=round(sum(scores) / len(scores), 2) if scores else None,
            )
        )
    return out


def read_image(data: bytes, *, max_pages: int = 300) -> PagedText:
    """OCR an image file (PNG, JPEG, or a TIFF of several pages)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except Image.DecompressionBombError:
        raise OcrError("image too large (more pixels than a scanned page can have)") from None
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise OcrError(f"corrupt or unsupported image ({type(error).__name__})") from None
    pages: list[Page] = []
    for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
        if number > max_pages:
            raise OcrError(f"more than {max_pages} pages to OCR; split the file")
        dpi = frame.info.get("dpi", (OCR_DPI, OCR_DPI))[0] or OCR_DPI
        pages.append(ocr_page(frame.convert("L"), number, dpi=int(round(float(dpi)))))
    return assemble(pages)
