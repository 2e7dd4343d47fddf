"""Reading layer: find document files and decode them to clean Unicode text.

`discover` expands the paths given on the command line into candidate files (plus the paths it
cannot use); `read_document` reads one file and returns its text as NFC Unicode with "\\n" line
endings, whatever it was written in: UTF-8 (with or without BOM), UTF-16 (with or without BOM),
Windows-1258, or the legacy Vietnamese font encodings TCVN3 (ABC, .VnTime) and VNI (VNI-Times).
Legacy encodings are recognised by scoring candidate decodings for valid Vietnamese syllables.
Files named .docx, .pdf, .doc or as an image are dispatched by suffix to `read_docx`,
`read_pdf`, `read_doc` and `ocr`; their text gets the same cleaning. Nothing here writes
anything or keeps state between calls.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DOCUMENT_SUFFIXES",
    "SOURCE_FORMATS",
    "DecodedText",
    "Discovery",
    "ReadError",
    "decode_document",
    "discover",
    "read_document",
    "read_file",
]

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
# text, also a spreadsheet saved as comma- or tab-separated values (read as a table)
TEXT_SUFFIXES = frozenset({".txt", ".md", ".csv", ".tsv"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".tif", ".tiff"})
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | {".docx", ".pdf", ".doc"} | IMAGE_SUFFIXES
SOURCE_FORMATS = ("text", "docx", "pdf", "ocr", "doc")


@dataclass(frozen=True)
class DecodedText:
    """One document's text: NFC, "\\n" line endings, control characters removed."""

    path: Path
    text: str = field(repr=False)
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni"; else the format
    sha256: str  # hex digest of the raw bytes (of the original file): the document's identity
    size_bytes: int
    source_format: str = "text"  # one of SOURCE_FORMATS
    # page (1-based) of each line of `text`, for PDF and OCR; None for text and Word files
    line_pages: tuple[int, ...] | None = field(default=None, repr=False)
    # mean OCR word confidence (0-100) of each line; None unless OCR was used
    line_confidence: tuple[float | None, ...] | None = field(default=None, repr=False)
    page_count: int | None = None


class ReadError(Exception):
    """A file that cannot be read as a document; str() is one line: '<path>: <reason>'."""

    path: Path
    reason: str

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        self.reason = _one_line(reason)
        super().__init__(f"{_one_line(str(self.path))}: {self.reason}")

    def __reduce__(self) -> tuple[type[ReadError], tuple[Path, str]]:
        return (type(self), (self.path, self.reason))


@dataclass(frozen=True)
class Discovery:
    """Candidate documents (deduplicated by resolved path, sorted) and unusable paths."""

    documents: list[Path]
    errors: list[ReadError]


# --------------------------------------------------------------------------------------------
# discovery


def discover(paths: Iterable[str | Path]) -> Discovery:
    """Expand files and folders into candidate documents (DOCUMENT_SUFFIXES in folders).

    A file named explicitly is always a candidate. Folders are walked recursively (hidden
    entries, whose names start with ".", are skipped); other files in them become errors, as do
    missing paths and symlink loops. Directory cycles are reported once and never followed.
    """
    documents: dict[str, Path] = {}
    errors: dict[tuple[str, str], ReadError] = {}
    visited: set[tuple[int, int]] = set()

    def add_document(path: Path) -> None:
        key = os.path.realpath(path)
        known = documents.get(key)
        if known is None or path < known:
            documents[key] = path

    def add_error(path: Path, reason: str) -> None:
        error = ReadError(path, reason)
        errors.setdefault((str(error.path), error.reason), error)

    for given in paths:
        raw = os.fspath(given)
        if raw == "":
            add_error(Path(raw), "empty path")
            continue
        path = Path(raw)
        info = _stat(path)
        if isinstance(info, str):
            add_error(path, info)
            continue
        if stat.S_ISDIR(info.st_mode):
            _walk(path, info, visited, add_document, add_error)
        else:
            add_document(path)
    return Discovery(
        documents=sorted(documents.values()),
        errors=sorted(errors.values(), key=lambda error: (str(error.path), error.reason)),
    )


def _walk(
    root: Path,
    root_info: os.stat_result,
    visited: set[tuple[int, int]],
    add_document: Callable[[Path], None],
    add_error: Callable[[Path, str], None],
) -> None:
    """Walk one folder depth-first, following symlinks but never a directory cycle."""
    root_key = (root_info.st_dev, root_info.st_ino)
    if root_key in visited:
        return
    visited.add(root_key)
    stack = [(root, frozenset({root_key}))]
    while stack:
        folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as entries:
                names = sorted(entry.name for entry in entries)
        except OSError as exc:
            add_error(folder, _os_reason(folder, exc))
            continue
        for name in names:
            if name.startswith("."):
                continue
            child = folder / name
            info = _stat(child)
            if isinstance(info, str):
                add_error(child, info)
                continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key in ancestors:
                    add_error(child, "symlink loop")
                elif key not in visited:
                    visited.add(key)
                    stack.append((child, ancestors | {key}))
            elif not stat.S_ISREG(info.st_mode):
                add_error(child, f"not a regular file ({_file_kind(info.st_mode)})")
            elif child.suffix.lower() in DOCUMENT_SUFFIXES:
                add_document(child)
            else:
                add_error(child, f"not a document file ({child.suffix or 'no extension'})")


# --------------------------------------------------------------------------------------------
# reading


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> DecodedText:
    """Read one document and return its clean NFC text; raise ReadError when it is unusable."""
    path = Path(path)
    return decode_document(path, read_file(path, max_bytes=max_bytes))


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a document file (its sha256 is the document id); ReadError if unusable."""
    data = _read_bytes(Path(path), max_bytes)
    if not data:
        raise ReadError(path, "empty file")
    return data


def decode_document(path: Path, data: bytes) -> DecodedText:
    """Decode the bytes of `path` by its suffix: Word, PDF, image (OCR), else text."""
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES and suffix in DOCUMENT_SUFFIXES:
        return _decode_formatted(path, data, suffix)
    kind = _binary_kind(data)
    if kind is not None:
        raise ReadError(path, f"binary content ({kind}), not text")
    try:
        decoded, encoding = _decode(data)
    except _UndecodableError as exc:
        raise ReadError(path, str(exc)) from None
    if not _NON_SPACE.search(decoded):
        raise ReadError(path, "only whitespace" if decoded else "empty file")
    text = _clean(decoded)
    if not _NON_SPACE.search(text):
        raise ReadError(path, "only control characters and whitespace")
    return DecodedText(
        path=path,
        text=text,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
    )


def _decode_formatted(path: Path, data: bytes, suffix: str) -> DecodedText:
    """DOCX, PDF, legacy DOC or image: each reader gives text; lines are cleaned one by one."""
    from ingest import ocr, read_doc, read_docx, read_pdf

    pages: tuple[int, ...] | None = None
    confidence: tuple[float | None, ...] | None = None
    page_count: int | None = None
    try:
        if suffix == ".docx":
            text, source_format = read_docx.docx_text(data), "docx"
        elif suffix == ".doc":
            text, source_format = read_doc.doc_text(data), "doc"
        elif suffix == ".pdf":
            paged, used_ocr = read_pdf.read_pdf(data)
            text, pages, page_count = paged.text, paged.line_pages, paged.page_count
            source_format = "ocr" if used_ocr else "pdf"
            confidence = paged.line_confidence if used_ocr else None
        else:
            reason = ocr.unavailable_reason()
            if reason is not None:
                raise ReadError(path, f"scanned image: {reason}")
            paged = ocr.read_image(data)
            text, pages, page_count = paged.text, paged.line_pages, paged.page_count
            source_format, confidence = "ocr", paged.line_confidence
    except (
        read_docx.DocxReadError,
        read_doc.DocReadError,
        read_pdf.PdfReadError,
        ocr.OcrError,
    ) as error:
        raise ReadError(path, str(error)) from None
    lines = [_clean(line).replace("\n", " ") for line in text.split("\n")]
    if not any(_NON_SPACE.search(line) for line in lines):
        label = {"docx": "DOCX", "doc": "DOC", "pdf": "PDF", "ocr": "OCR"}[source_format]
        raise ReadError(path, f"{label} without any text")
    return DecodedText(
        path=path,
        text="\n".join(lines),
        encoding=source_format,
        sha256=hashlib.sha256(data).hexdigest(),
        size_bytes=len(data),
        source_format=source_format,
        line_pages=pages,
        line_confidence=confidence,
        page_count=page_count,
    )


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    info = _stat(path)
    if isinstance(info, str):
        raise ReadError(path, info)
    if not stat.S_ISREG(info.st_mode):
        raise ReadError(path, f"not a regular file ({_file_kind(info.st_mode)})")
    if info.st_size > max_bytes:
        raise ReadError(path, f"too large ({info.st_size} bytes; the limit is {max_bytes})")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ReadError(path, _os_reason(path, exc)) from None
    if len(data) > max_bytes:  # the file grew after stat()
        raise ReadError(path, f"too large (more than {max_bytes} bytes)")
    return data


def _stat(path: Path) -> os.stat_result | str:
    """The path's status (following symlinks), or the reason it has none."""
    try:
        return os.stat(path)
    except OSError as exc:
        return _os_reason(path, exc)
    except ValueError:  # e.g. an embedded NUL character
        return "invalid path"


def _os_reason(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return "no such file or directory (broken symbolic link)"
        return "no such file or directory"
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOTDIR:
        return "no such file or directory (a parent is not a directory)"
    message = exc.strerror or exc.__class__.__name__
    return message[:1].lower() + message[1:]


def _file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISDIR, "directory"),
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
    )
    return next((name for test, name in kinds if test(mode)), "special file")


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP/DOCX"),
    (b"PK\x05\x06", "ZIP/DOCX"),
    (b"PK\x07\x08", "ZIP/DOCX"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2/DOC"),
    (b"\x1f\x8b\x08", "GZIP"),
)


def _binary_kind(data: bytes) -> str | None:
    """Name of the binary format whose magic number starts the file (after blanks), if any."""
    head = data[:1024].lstrip(b" \t\r\n")
    return next((kind for magic, kind in _MAGIC if head.startswith(magic)), None)


class _UndecodableError(Exception):
    """The bytes are not text in any supported encoding; the message is the reason."""


def _decode(data: bytes) -> tuple[str, str]:
    """Decode raw bytes; return (text, encoding). Cheap UTF-8 first, legacy scoring last."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise _UndecodableError("UTF-32 text is not supported; convert to UTF-8")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data, "utf-8", len(codecs.BOM_UTF8)), "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE):
        text, encoding = _strict(data, "utf-16-le", 2), "utf-16"
    elif data.startswith(codecs.BOM_UTF16_BE):
        text, encoding = _strict(data, "utf-16-be", 2), "utf-16"
    elif b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise _UndecodableError("binary content (NUL bytes), not text")
        text, encoding = _strict(data, codec, 0), "utf-16"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            if _mostly_utf8(data, exc.start):
                bad = data[exc.start]
                raise _UndecodableError(
                    f"undecodable: invalid UTF-8 byte 0x{bad:02x} at offset {exc.start} "
                    "(the rest looks like UTF-8)"
                ) from None
            return _decode_legacy(data)
    return _repair_mojibake(text, encoding)


def _strict(data: bytes, codec: str, skip: int) -> str:
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        label = "UTF-8" if codec == "utf-8" else "UTF-16"
        raise _UndecodableError(
            f"undecodable: invalid {label} data at offset {exc.start + skip}"
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit in every other position, as in UTF-16."""
    sample = data[: 1 << 16]
    sample = sample[: len(sample) - len(sample) % 2]
    pairs = len(sample) // 2
    if pairs == 0:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= pairs / 4 and even * 8 <= odd:
        return "utf-16-le"
    if even >= pairs / 4 and odd * 8 <= even:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes, error_at: int) -> bool:
    """Whether the bytes around the first UTF-8 error are otherwise valid multi-byte UTF-8."""
    window = data[max(0, error_at - (1 << 16)) : error_at + (1 << 16)]
    text = window.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(_NON_ASCII.findall(text)) - bad
    return good >= 8 and good >= 8 * bad


# --------------------------------------------------------------------------------------------
# cleaning

_NON_SPACE = re.compile(r"\S")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Characters that str.splitlines() treats as line breaks but universal newlines do not: they
# become a space, so line numbers stay those of the file and split("\n") == splitlines().
_BREAK_LIKE = re.compile("[\x0b\x0c\x85\u2028\u2029]")
# Other control characters, soft hyphens, zero-width and bidi controls, stray BOMs.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\xad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
_CONTROL_ESCAPE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _clean(text: str) -> str:
    """Normalise line endings, drop invisible/control characters, then NFC."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BREAK_LIKE.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _one_line(text: str) -> str:
    return _CONTROL_ESCAPE.sub(
        lambda match: match.group().encode("unicode_escape").decode("ascii"), text
    )


# --------------------------------------------------------------------------------------------
# Vietnamese syllables (used to score candidate decodings)

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_ONSETS = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split()
# Vowel groups: some need a final consonant, some may take one, some end in a glide.
_NEED_CODA = "ă â oă uâ iê yê uô ươ uyê oo".split()
_MAY_CODA = "a e ê i o ô ơ u ư oa oe uê uy".split()
_NO_CODA = (
    "y ai ao au ay âu ây eo êu ia iu oi ôi ơi ua uơ ui ưa ưi ưu iêu yêu oai oao oay oeo "
    "uây uôi ươi ươu uya uyu"
).split()
_CODAS = "ch ng nh c m n p t".split()


def _alternation(options: list[str]) -> str:
    return "|".join(sorted(options, key=len, reverse=True))


_SYLLABLE = re.compile(
    f"(?:{_alternation(_ONSETS)})?"
    f"(?:(?:{_alternation(_NEED_CODA)})(?:{_alternation(_CODAS)})"
    f"|(?:{_alternation(_MAY_CODA)})(?:{_alternation(_CODAS)})?"
    f"|(?:{_alternation(_NO_CODA)}))"
)
_COMMON_WORDS = frozenset(
    "của và các được người năm phường chuyển đổi số trong những đã với để đến từ về này "
    "một có là không thực hiện tại ủy nhân dân kế hoạch việc công tác đạo xã hội điện tử "
    "dịch vụ trực tuyến chính quyền chỉ tiêu mục đạt kết quả ngày tháng".split()
)
# A run of letters or Latin-1 symbols: mojibake symbols stay inside the word they spoil.
_TOKEN = re.compile(r"[^\s\d!-/:-@\[-`{-~\u2010-\u2bff]+")
_MAX_TOKENS = 20_000
_SAMPLE = 1 << 18  # bytes or characters looked at to recognise an encoding
_ALPHABET = frozenset(
    "bcdđghklmnpqrstvx"
    + "".join(
        unicodedata.normalize("NFC", vowel + tone)
        for vowel in "aăâeêioôơuưy"
        for tone in ("", *_TONE_MARKS)
    )
)


@lru_cache(maxsize=1 << 16)
def _is_syllable(word: str) -> bool:
    """Whether a lowercase word is one well-formed Vietnamese syllable (at most one tone)."""
    word = unicodedata.normalize("NFC", word)
    if not _ALPHABET.issuperset(word):
        return False
    decomposed = unicodedata.normalize("NFD", word)
    bare = [char for char in decomposed if char not in _TONE_MARKS]
    if len(decomposed) - len(bare) > 1:
        return False
    return _SYLLABLE.fullmatch(unicodedata.normalize("NFC", "".join(bare))) is not None


class _Score(NamedTuple):
    good: int  # non-ASCII words that are Vietnamese syllables
    bad: int  # non-ASCII words that are not
    common: int  # good words that are among the commonest in ward documents

    @property
    def confident(self) -> bool:
        return self.good > 0 and self.good >= 2 * self.bad

    @property
    def value(self) -> int:
        return self.good + 2 * self.common - 2 * self.bad


def _score(text: str) -> _Score:
    good = bad = common = 0
    for match in _TOKEN.finditer(unicodedata.normalize("NFC", text)):
        word = match.group().lower()
        if word.isascii():
            continue
        if _is_syllable(word):
            good += 1
            common += word in _COMMON_WORDS
        else:
            bad += 1
        if good + bad >= _MAX_TOKENS:
            break
    return _Score(good, bad, common)


# --------------------------------------------------------------------------------------------
# legacy 8-bit encodings

_GRAVE, _ACUTE, _TILDE, _HOOK, _DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"


def _windows_byte(byte: int, codec: str = "cp1252") -> str:
    """What Windows shows for a byte: the code page's character, else the Latin-1 one."""
    try:
        return bytes([byte]).decode(codec)
    except UnicodeDecodeError:
        return chr(byte)


# TCVN 5712:1993 (VN1 layout; TCVN3/ABC fonts use the lowercase letters and Ă Â Ê Ô Ơ Ư Đ,
# .VnTimeH fonts draw the same lowercase codes as capitals). Rows are 16 bytes each.
_TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 0x80
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 0x90
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # 0xA0
    f"{_GRAVE}{_HOOK}{_TILDE}{_ACUTE}{_DOT}àảãáạẲằẳẵắẴ"  # 0xB0
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # 0xC0
    "éẹềểễếệìỉỄẾỒĩíịò"  # 0xD0
    "Ổỏõóọồổỗốộờởỡớợù"  # 0xE0
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # 0xF0
)
_TCVN3_LOW = {
    0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ",
    0x12: "Ự", 0x13: "Ỳ", 0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ",
}  # fmt: skip
# Bytes whose capital letter clashes with Windows punctuation (‘ ’ “ ” • – — …) typed into
# .VnTime documents: read as punctuation unless they continue a capitalised syllable.
_TCVN3_AMBIGUOUS = {
    0x85: "Ặ", 0x91: "Ị", 0x92: "Ò", 0x93: "Ỏ", 0x94: "Õ", 0x95: "Ó", 0x96: "Ọ", 0x97: "Ộ",
}  # fmt: skip

# VNI-Windows: letter + a following byte carrying the diacritic(s); a few letters are one byte.
_VNI_MARKS = {
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRCUMFLEX, "á": _CIRCUMFLEX + _ACUTE, "à": _CIRCUMFLEX + _GRAVE,
    "å": _CIRCUMFLEX + _HOOK, "ã": _CIRCUMFLEX + _TILDE, "ä": _CIRCUMFLEX + _DOT,
    "ê": _BREVE, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE,
    "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}  # fmt: skip
_VNI_LETTERS = {
    "ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
}  # fmt: skip


def _tcvn3_table() -> dict[int, str]:
    table = {byte: _windows_byte(byte) for byte in range(0x80, 0x100)}
    table.update((0x80 + offset, char) for offset, char in enumerate(_TCVN3_HIGH))
    table.update((byte, _windows_byte(byte)) for byte in _TCVN3_AMBIGUOUS)
    table.update(_TCVN3_LOW)
    return table


def _vni_table() -> dict[int, str]:
    table = {byte: _windows_byte(byte) for byte in range(0x80, 0x100)}
    for lower, marks in _VNI_MARKS.items():
        table[ord(lower)] = table[ord(lower.upper())] = marks
    for lower, letter in _VNI_LETTERS.items():
        table[ord(lower)], table[ord(lower.upper())] = letter, letter.upper()
    return table


_AMBIGUOUS_PUNCTUATION = re.compile("[…‘’“”•–—]")
_LETTERS_UP_TO_END = re.compile(r"[^\W\d_]+\Z")
_LETTERS = re.compile(r"[^\W\d_]*")
_AMBIGUOUS_LETTER = {_windows_byte(byte): letter for byte, letter in _TCVN3_AMBIGUOUS.items()}


def _tcvn3_capitals(text: str) -> str:
    """Read ambiguous TCVN3 bytes as capitals where they continue a capitalised syllable."""

    def choose(match: re.Match[str]) -> str:
        source, start = match.string, match.start()
        if start == 0 or not source[start - 1].isupper():
            return match.group()
        before = _LETTERS_UP_TO_END.search(source, max(0, start - 16), start)
        after = _LETTERS.match(source, start + 1)
        letter = _AMBIGUOUS_LETTER[match.group()]
        word = (before.group() if before else "") + letter + (after.group() if after else "")
        return letter if _is_syllable(word.lower()) else match.group()

    return _AMBIGUOUS_PUNCTUATION.sub(choose, text)


class _LegacyCodec:
    """An 8-bit encoding given as a byte → text table (ASCII passes through unless listed)."""

    def __init__(
        self, name: str, table: Mapping[int, str], after: Callable[[str], str] | None = None
    ) -> None:
        full = {byte: chr(byte) for byte in range(0x100)} | dict(table)
        self.name = name
        self._after = after
        single = all(len(text) == 1 for text in full.values())
        self._charmap: str | dict[int, str] = (
            "".join(full[byte] for byte in range(0x100)) if single else full
        )
        # The same table for text that went through Windows-1252 (or Latin-1) on its way here.
        mojibake: dict[int, str] = {}
        for byte, text in full.items():
            if byte >= 0x80 or text != chr(byte):
                mojibake[byte] = text
                mojibake.setdefault(ord(_windows_byte(byte)), text)
        self._mojibake = mojibake

    def decode(self, data: bytes) -> str:
        text = codecs.charmap_decode(data, "strict", self._charmap)[0]
        return self._after(text) if self._after else text

    def decode_mojibake(self, text: str) -> str:
        text = text.translate(self._mojibake)
        return self._after(text) if self._after else text


_CP1258 = _LegacyCodec("cp1258", {b: _windows_byte(b, "cp1258") for b in range(0x80, 0x100)})
_TCVN3 = _LegacyCodec("tcvn3", _tcvn3_table(), after=_tcvn3_capitals)
_VNI = _LegacyCodec("vni", _vni_table())
_LEGACY = (_TCVN3, _VNI, _CP1258)  # ties go to the earlier: TCVN3 was the national standard


def _best_legacy(decodings: list[tuple[_LegacyCodec, str]]) -> tuple[_LegacyCodec, _Score]:
    scored = [(codec, _score(text)) for codec, text in decodings]
    return max(scored, key=lambda pair: pair[1].value)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Pick the legacy encoding whose decoding reads best as Vietnamese, or give up."""
    sample = data[:_SAMPLE]
    codec, score = _best_legacy([(codec, codec.decode(sample)) for codec in _LEGACY])
    if not score.confident:
        raise _UndecodableError("unrecognised legacy encoding; convert to UTF-8")
    return codec.decode(data), codec.name


# Vietnamese letters that only proper Unicode text has (a legacy font seen through Windows-1252
# never produces them), and Latin-1/Windows-1252 characters that such mojibake is full of.
_VIETNAMESE_ONLY = re.compile("[ăđĩũơưĂĐĨŨƠƯ\u1ea0-\u1ef9\u0300-\u0303\u0306\u0309\u031b\u0323]")
_VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ"
_MOJIBAKE_SIGNS = re.compile(
    "["
    + re.escape(
        "".join(
            char
            for char in sorted({_windows_byte(byte) for byte in range(0x80, 0x100)})
            if char not in _VIETNAMESE_LATIN1 and char not in "\xa0‘’“”•–—…€"
        )
    )
    + "]"
)


def _repair_mojibake(text: str, encoding: str) -> tuple[str, str]:
    """Convert Unicode text that is really a legacy font seen through Windows-1252."""
    sample = text[:_SAMPLE]
    signs = len(_MOJIBAKE_SIGNS.findall(sample))
    if signs < 8 or signs <= 4 * len(_VIETNAMESE_ONLY.findall(sample)):
        return text, encoding
    codec, score = _best_legacy([(codec, codec.decode_mojibake(sample)) for codec in _LEGACY])
    if not score.confident or score.value <= _score(sample).value:
        return text, encoding
    return codec.decode_mojibake(text), codec.name
