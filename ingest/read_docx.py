"""Read a Word (.docx) document into the plain text the extractor reads.

Body paragraphs and tables come out in document order, one line per paragraph; a table row is
one line with its cells separated by TAB (the segmenter's tab-separated table shape). A cell
merged across rows is repeated in each row; one merged across columns is written once, followed
by empty cells, so the columns still line up with the header and no number is counted twice.
Automatic numbering ("1.", "a)", "II.") is written in front of the paragraph as Word shows it, so
numbered headings keep their outline numbers. Deleted revisions, headers, footers, comments and
field codes are left out. The archive is checked before anything is parsed: a DOCX whose
declared uncompressed size is out of bounds (a "zip bomb") is refused.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

__all__ = ["DocxReadError", "MAX_ENTRIES", "MAX_UNCOMPRESSED", "docx_text"]

MAX_UNCOMPRESSED = 256 * 1024 * 1024  # bytes, all entries together
MAX_RATIO = 200  # uncompressed / compressed, per entry of more than 1 MB
MAX_ENTRIES = 10_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED = {f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delText", f"{_W}commentReference"}
_SKIPPED |= {f"{_W}footnoteReference", f"{_W}endnoteReference"}


class DocxReadError(Exception):
    """The DOCX cannot be read; the message is the one-line reason."""


def docx_text(data: bytes) -> str:
    """The document's text; raise DocxReadError for a corrupt, encrypted or oversized file."""
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocxReadError("password-protected DOCX; remove the password and ingest it again")
        raise DocxReadError("a Word 97-2003 file named .docx; rename it to .doc")
    _check_archive(data)
    import docx  # python-docx: imported here, only documents of this format need it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise DocxReadError(f"corrupt DOCX ({type(error).__name__}: {error})") from None
    except Exception as error:  # noqa: BLE001 - lxml and python-docx raise many kinds
        raise DocxReadError(f"corrupt DOCX ({type(error).__name__})") from None
    numbering = _Numbering(document)
    lines: list[str] = []
    _block_lines(document.element.body, numbering, lines)
    return "\n".join(lines)


def _check_archive(data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise DocxReadError("corrupt DOCX (not a zip archive, or truncated)") from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise DocxReadError(f"DOCX with too many parts ({len(entries)})")
        total = sum(entry.file_size for entry in entries)
        if total > MAX_UNCOMPRESSED:
            raise DocxReadError(
                f"DOCX expands to {total} bytes (limit {MAX_UNCOMPRESSED}); refused as a zip bomb"
            )
        for entry in entries:
            if entry.file_size > 1 << 20 and entry.file_size > MAX_RATIO * max(
                entry.compress_size, 1
            ):
                ratio = entry.file_size // max(entry.compress_size, 1)
                raise DocxReadError(
                    f"DOCX part {entry.filename} is compressed {ratio} times; refused as a zip bomb"
                )
        if "word/document.xml" not in archive.namelist():
            raise DocxReadError("corrupt DOCX (no word/document.xml)")
        bad = archive.testzip()
        if bad is not None:
            raise DocxReadError(f"corrupt DOCX (damaged part {bad})")


# --------------------------------------------------------------------------------------------
# body


def _block_lines(container, numbering: _Numbering, lines: list[str]) -> None:  # noqa: ANN001
    """Paragraphs and tables of a body (or content control), in order."""
    for child in container.iterchildren():
        if child.tag == f"{_W}p":
            lines.append(numbering.label(child) + _paragraph_text(child).replace("\t", " "))
        elif child.tag == f"{_W}tbl":
            lines.extend(_table_lines(child))
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            inner = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            if inner is not None:
                _block_lines(inner, numbering, lines)


def _paragraph_text(paragraph) -> str:  # noqa: ANN001
    """Visible text of a paragraph: runs, hyperlinks, insertions; tabs and breaks as spaces."""
    parts: list[str] = []
    stack = [paragraph]
    while stack:
        node = stack.pop()
        tag = node.tag
        if not isinstance(tag, str) or tag in _SKIPPED:
            continue
        if tag == f"{_W}t":
            parts.append((node.text or "").replace("\n", " ").replace("\r", " "))
        elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}ptab"):
            parts.append(" ")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{_W}pPr" or tag == f"{_W}rPr":
            continue
        else:
            stack.extend(reversed(list(node)))
    return "".join(parts)


def _cell_text(cell) -> str:  # noqa: ANN001
    """All the text of a cell (paragraphs, nested tables) on one line."""
    texts = [_paragraph_text(p) for p in cell.iter(f"{_W}p")]
    return " ".join(" ".join(texts).split())


def _table_lines(table) -> list[str]:  # noqa: ANN001
    """One line per row; cells by grid column, merged cells resolved (see the module doc)."""
    rows: list[list[str]] = []
    above: dict[int, str] = {}  # grid column → text of the cell above, for vertical merges
    for row in table.iterchildren(f"{_W}tr"):
        cells: list[str] = []
        column = _grid_before(row)
        cells += [""] * column
        for cell in row.iterchildren(f"{_W}tc"):
            properties = cell.find(f"{_W}tcPr")
            span = _int_attribute(properties, "gridSpan", 1)
            merge = properties.find(f"{_W}vMerge") if properties is not None else None
            if merge is not None and merge.get(f"{_W}val", "continue") == "continue":
                text = above.get(column, "")
            else:
                text = _cell_text(cell)
            for offset in range(span):
                above[column + offset] = text
            cells += [text] + [""] * (span - 1)
            column += span
        if any(cells):
            rows.append(cells)
    return ["\t".join(cell.replace("\t", " ") for cell in row) for row in rows]


def _grid_before(row) -> int:  # noqa: ANN001
    properties = row.find(f"{_W}trPr")
    return _int_attribute(properties, "gridBefore", 0)


def _int_attribute(properties, name: str, default: int) -> int:  # noqa: ANN001
    if properties is None:
        return default
    element = properties.find(f"{_W}{name}")
    try:
        return int(element.get(f"{_W}val")) if element is not None else default
    except (TypeError, ValueError):
        return default


# --------------------------------------------------------------------------------------------
# automatic numbering


@dataclass
class _Level:
    format: str = "decimal"
    text: str = "%1."
    start: int = 1


class _Numbering:
    """Word's list numbering, rendered the way Word shows it in front of a paragraph."""

    def __init__(self, document) -> None:  # noqa: ANN001
        self.levels: dict[str, dict[int, _Level]] = {}  # numId → level index → level
        self.abstract_of: dict[str, str] = {}  # numId → abstractNumId (counters are shared)
        self.style_numbering: dict[str, tuple[str, int]] = {}  # styleId → (numId, level)
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        abstract: dict[str, dict[int, _Level]] = {}
        if root is not None:
            for node in root.iterchildren(f"{_W}abstractNum"):
                levels = {}
                for level in node.iterchildren(f"{_W}lvl"):
                    levels[int(level.get(f"{_W}ilvl", "0"))] = _Level(
                        _child_value(level, "numFmt", "decimal"),
                        _child_value(level, "lvlText", ""),
                        int(_child_value(level, "start", "1") or 1),
                    )
                abstract[node.get(f"{_W}abstractNumId")] = levels
            for node in root.iterchildren(f"{_W}num"):
                abstract_id = _child_value(node, "abstractNumId", "")
                self.levels[node.get(f"{_W}numId")] = abstract.get(abstract_id, {})
                self.abstract_of[node.get(f"{_W}numId")] = abstract_id
        for style in document.styles.element.iterchildren(f"{_W}style"):
            properties = style.find(f"{_W}pPr")
            reference = properties.find(f"{_W}numPr") if properties is not None else None
            if reference is not None:
                number = _child_value(reference, "numId", "")
                level = int(_child_value(reference, "ilvl", "0") or 0)
                self.style_numbering[style.get(f"{_W}styleId")] = (number, level)

    def label(self, paragraph) -> str:  # noqa: ANN001
        """The number Word shows in front of the paragraph ("1. ", "a) "), or ""."""
        properties = paragraph.find(f"{_W}pPr")
        if properties is None:
            return ""
        reference = properties.find(f"{_W}numPr")
        style = properties.find(f"{_W}pStyle")
        number, level = None, 0
        if style is not None and style.get(f"{_W}val") in self.style_numbering:
            number, level = self.style_numbering[style.get(f"{_W}val")]
        if reference is not None:
            number = _child_value(reference, "numId", number or "")
            level = int(_child_value(reference, "ilvl", str(level)) or 0)
        if not number or number == "0" or number not in self.levels:
            return ""
        levels = self.levels[number]
        if level not in levels:
            return ""
        counters = self.counters.setdefault(self.abstract_of[number], [0] * 9)
        for deeper in range(level + 1, 9):
            counters[deeper] = 0
        counters[level] = counters[level] + 1 if counters[level] else levels[level].start
        text = levels[level].text
        for index in range(level + 1):
            shown = levels.get(index, _Level())
            value = counters[index] or shown.start
            text = text.replace(f"%{index + 1}", _format_number(value, shown.format))
        if levels[level].format in ("bullet", "none"):
            return "- " if levels[level].format == "bullet" else ""
        return f"{text} " if text else ""


def _child_value(node, name: str, default: str) -> str:  # noqa: ANN001
    child = node.find(f"{_W}{name}")
    return child.get(f"{_W}val", default) if child is not None else default


def _format_number(value: int, style: str) -> str:
    if style in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, remainder = divmod(value - 1, 26)
            letters = chr(ord("a") + remainder) + letters
        return letters if style == "lowerLetter" else letters.upper()
    if style in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if style == "lowerRoman" else roman
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while value >= number:
            out, value = out + letters, value - number
    return out
