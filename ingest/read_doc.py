"""Read a legacy Word 97-2003 (.doc) file by converting it to DOCX with LibreOffice headless.

LibreOffice is optional (Debian `libreoffice-writer-nogui`); without it a .doc gets one clear
line. `WARDWH_SOFFICE` names another binary (empty switches conversion off). Each conversion runs
in its own temporary folder with its own LibreOffice profile, so parallel ingests do not share a
profile lock, and is killed after `CONVERT_TIMEOUT_S`.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from ingest.read_docx import DocxReadError, docx_text

__all__ = ["CONVERT_TIMEOUT_S", "DocReadError", "doc_text", "unavailable_reason"]

CONVERT_TIMEOUT_S = 120.0
SOFFICE_ENV = "WARDWH_SOFFICE"
INSTALL_HINT = "install libreoffice-writer-nogui"


class DocReadError(Exception):
    """The .doc cannot be read; the message is the one-line reason."""


def _executable() -> str | None:
    command = os.environ.get(SOFFICE_ENV, "soffice")
    return shutil.which(command) if command else None


def unavailable_reason() -> str | None:
    if _executable():
        return None
    return f"legacy .doc needs LibreOffice, not installed; {INSTALL_HINT}"


def doc_text(data: bytes) -> str:
    """Text of a Word 97-2003 document (see `read_docx.docx_text` for its shape)."""
    executable = _executable()
    if executable is None:
        raise DocReadError(unavailable_reason() or "")
    if not data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise DocReadError("not a Word 97-2003 file (no OLE2 header)")
    with tempfile.TemporaryDirectory(prefix="wardwh-doc-") as folder:
        source = Path(folder) / "document.doc"
        source.write_bytes(data)
        command = [
            executable,
            f"-env:UserInstallation={Path(folder, 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(Path(folder, "out")),
            str(source),
        ]
        process = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,  # so a timeout kills LibreOffice's helper processes too
            env={**os.environ, "HOME": folder},
        )
        try:
            _, stderr = process.communicate(timeout=CONVERT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise DocReadError(
                f"LibreOffice did not convert the .doc within {CONVERT_TIMEOUT_S:g} s"
            ) from None
        converted = Path(folder, "out", "document.docx")
        if process.returncode != 0 or not converted.exists():
            detail = stderr.decode("utf-8", "replace").strip().splitlines()
            raise DocReadError(
                "LibreOffice could not convert the .doc (corrupt or password-protected)"
                + (f": {detail[-1][:120]}" if detail else "")
            )
        try:
            return docx_text(converted.read_bytes())
        except DocxReadError as error:
            raise DocReadError(f"converted .doc unreadable: {error}") from None
