"""Cut a document into units the extractor reads: prose paragraphs, headings and table rows.

A unit's text is built from whole line fragments joined by one space, so every character of
the unit maps back to one character of the file (`Unit.file_offset`). Tabs, markdown pipes and
HTML tags are blanked to spaces or tabs of the same length, never removed, for the same reason.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate, count
from typing import NamedTuple

from ingest.privacy import column_names
from ingest.text import UPPER, fold

PROSE = "prose"
HEADING = "heading"
TABLE_TSV = "table_tsv"
TABLE_MARKDOWN = "table_markdown"
TABLE_CELLS = "table_cells"
TABLE_HEADER = "table_header"  # a table's header row, read for its years; it names columns

_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})"
# "[17:35, 14/09/2029] Văn phòng HĐND-UBND phường An Phong:": who wrote the message below
_CHAT_MESSAGE_HEADER = re.compile(
    r"^\[\d{1,2}:\d{2}(?:,\s*\d{1,2}/\d{1,2}/\d{4})?\]\s+([^:\n]{2,80}):$"
)
# "1️⃣ ": a digit, an optional emoji selector and the keycap
_KEYCAP_NUMBER = re.compile(r"^\d\ufe0f?\u20e3\s")
_HEADING_MARKERS: tuple[tuple[re.Pattern[str], int], ...] = (
    (
        re.compile(
            rf"^(?:Phần|PHẦN)\s+(?:{_ROMAN}|\d{{1,2}}|thứ)\b|^(?:Phụ lục|PHỤ LỤC|Phụ Lục)\b"
        ),
        0,
    ),
    (re.compile(rf"^{_ROMAN}[.)]\s"), 1),
    # an article of a resolution or a decision: "Điều 1. Đánh giá kết quả ... năm 2026"
    (re.compile(r"^(?:Điều|ĐIỀU)\s+\d{1,2}\s*[.:]\s"), 1),
    # a slide of a presentation: "Slide 9: MỤC TIÊU NĂM 2027"
    # (also numbered out of the deck: "Slide 5/12")
    (re.compile(r"^(?:Slide|SLIDE|Trang chiếu)\s+\d{1,2}(?:\s*/\s*\d{1,2})?\s*(?:[:.–-]\s|$)"), 1),
    # a chat message's header ("[19:22, 14/09/2029] Văn phòng ...:") ends the last one's sections
    (_CHAT_MESSAGE_HEADER, 0),
    (re.compile(r"^[A-ZĐ]\.\s"), 2),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s"), 5),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.?\s"), 4),
    (re.compile(r"^\d{1,2}[.)]\s"), 3),  # "1. Kết quả", "1) Hệ thống camera giám sát"
    (_KEYCAP_NUMBER, 3),  # a chat message's "1️⃣ KẾT QUẢ ..."
    (re.compile(r"^[a-zđ][).,]\s"), 6),
    (re.compile(r"^\(\d{1,2}\)\s"), 7),
)
_CAPS_RANK = 1
# Most lines carry no marker: one combined test spares trying each marker in turn.
_ANY_HEADING_MARKER = re.compile("|".join(f"(?:{p.pattern})" for p, _ in _HEADING_MARKERS))
# list bullets, also those a web page or a word processor leaves: "❖ ...", "➢ ...", "» ..."
_BULLETS = "-+•*–❖➢➤►▪◦○●»"
# and a chat message's emoji: "✅ ...", "👉 ...", "⚠️ ..."
_EMOJI_BULLET = f"[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\\s|{_KEYCAP_NUMBER.pattern[1:]}"
# a bullet, also one an emoji selector follows ("▪️ Hồ sơ trực tuyến: ...")
_BULLET = rf"[{_BULLETS}]\ufe0f?\s|{_EMOJI_BULLET}"
_ITEM_START = re.compile(
    # (also a note's mark: "(*) Chỉ tiêu thành phố giao ...", "(**) Bình quân khối phường ...")
    rf"^(?:{_BULLET}|\(\*{{1,3}}\)\s|\(\d{{1,2}}\)|\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}[.)]?\s|[a-zđ][).]\s|{_ROMAN}[.)]\s)"
)
_TERMINAL = re.compile(r"[.;:!?]\W{0,3}$")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]{0,40}>")
_SEPARATOR_CELL = re.compile(r"^[\s:|-]*$")
_BARE_ROW_NUMBER = re.compile(r"^\d{1,3}$")
_SIGNER_TITLES = (
    r"ỦY BAN|UỶ BAN|UBND|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG BAN|PHÓ TRƯỞNG BAN|GIÁM ĐỐC|BAN CHỈ ĐẠO|"
    r"THƯ KÝ|CHỦ TRÌ|CHỦ TỌA|BÍ THƯ|PHÓ BÍ THƯ|NGƯỜI LẬP|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|"
    r"THỨ TRƯỞNG|CỤC TRƯỞNG|TRƯỞNG PHÒNG|"
    # a form's maker, and an e-mail's closing and signature delimiter
    r"Người lập biểu|NGƯỜI LẬP BIỂU|Trân trọng|TRÂN TRỌNG|--"
)
# "(Đã ký)", "(Ký, ghi rõ họ tên)", "[đã ký]" between a signer's title and name
_SIGNED_MARK = re.compile(r"^[(\[]\s*(?i:đã ký|ký)\b[^)\]]*[)\]]$")
_SIGNATURE_TITLE = re.compile(rf"^(?:\*\*)?\s*(?:TM\.|KT\.|TL\.|Q\.|TUQ\.)?\s*(?:{_SIGNER_TITLES})")
_ANY_SIGNER_TITLE = re.compile(_SIGNER_TITLES)
_RECIPIENTS = "nơi nhận"
_PERSON_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]+\s+){1,5}[A-ZĐÀ-Ỹ][a-zđà-ỹ]+$")
# Inside a one-cell-per-line table only group rows ("I. NÂNG CAO ...") and appendices are headings.
_CELLS_TABLE_HEADING = re.compile(rf"^(?:{_ROMAN}[.)]\s+\S.{{10,}}|(?:Phụ lục|PHỤ LỤC)\b)")
_DIGITAL_STAMP = re.compile(r"đã ký lên văn bản|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
# A stamp is signed ("đã ký lên văn bản") or timed ("2025-03-14T09:10"); starting the time
# pattern with its literal "T" lets the regex engine skip straight to the candidates.
_SIGNED = "đã ký"
_STAMP_TIME = re.compile(r"T(?<=\d{4}-\d{2}-\d{2}T)\d{2}:\d{2}")
_CAPS_PROBE = 40


# Lines and pieces are made by the hundred per document: a named tuple takes about half the
# time of a frozen dataclass to build.
class Line(NamedTuple):
    number: int
    start: int
    text: str


@dataclass(frozen=True, slots=True)
class Heading:
    rank: int
    text: str
    line: int
    intertitle: bool = False  # a news post's subheading: a period or a place, but no role


class Piece(NamedTuple):
    """`length` characters of one line: at `file_start` in the file, `unit_start` in the unit."""

    line: int
    file_start: int
    unit_start: int
    length: int


@dataclass(frozen=True, slots=True)
class CellSpan:
    column: int
    start: int
    end: int


@dataclass
class Unit:
    shape: str
    text: str
    pieces: list[Piece]
    headings: tuple[Heading, ...]
    header: tuple[str, ...] = ()
    cells: list[CellSpan] = field(default_factory=list)
    caption: str = ""  # the line introducing a table ("Kết quả (số liệu đến ngày 20/11/2025):")
    _starts: list[int] | None = field(default=None, repr=False)

    def file_offset(self, unit_offset: int) -> tuple[int, int]:
        """Map an offset of the unit text to (file offset, line number)."""
        piece = self._piece_at(unit_offset)
        return piece.file_start + (unit_offset - piece.unit_start), piece.line

    def piece_start(self, unit_offset: int) -> int:
        """Offset in the unit text of the line fragment holding `unit_offset`."""
        return self._piece_at(unit_offset).unit_start

    def piece_bounds(self, unit_offset: int) -> tuple[int, int]:
        """Start and end, in the unit text, of the line fragment holding `unit_offset`."""
        piece = self._piece_at(unit_offset)
        return piece.unit_start, piece.unit_start + piece.length

    def _piece_at(self, unit_offset: int) -> Piece:
        return self.pieces[max(bisect_right(self._piece_starts(), unit_offset) - 1, 0)]

    def starts_piece(self, unit_offset: int) -> bool:
        """Does one of the unit's line fragments begin at `unit_offset`?"""
        starts = self._piece_starts()
        index = bisect_right(starts, unit_offset) - 1
        return index >= 0 and starts[index] == unit_offset

    def _piece_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [p.unit_start for p in self.pieces]
        return self._starts

    def column_of(self, unit_offset: int) -> int | None:
        for span in self.cells:
            if span.start <= unit_offset < span.end:
                return span.column
        return None

    def cell_text(self, column: int) -> str:
        parts = [self.text[s.start : s.end] for s in self.cells if s.column == column]
        return " ".join(p.strip() for p in parts if p.strip())

    def cell_bounds(self, unit_offset: int) -> tuple[int, int]:
        for span in self.cells:
            if span.start <= unit_offset < span.end:
                return span.start, span.end
        return 0, len(self.text)


@dataclass(frozen=True)
class Segmentation:
    lines: list[Line]
    units: list[Unit]
    excluded_lines: frozenset[int]
    signer_names: tuple[str, ...]
    page_lines: frozenset[int] = frozenset()  # page numbers and "Trang 2/5" of a PDF's pages
    # readers' comments under a social post: personal, like a signature (not the page's replies)
    comment_lines: frozenset[int] = frozenset()


def split_lines(text: str) -> list[Line]:
    raws = text.split("\n")
    starts = accumulate((len(raw) + 1 for raw in raws), initial=0)
    return list(map(Line, count(1), starts, raws))


def heading_rank(stripped: str) -> int | None:
    """Rank of a heading line (0 = top), or None for ordinary text."""
    plain = stripped.strip("*_ ").strip()
    if not plain or len(plain) > 220:
        return None
    for pattern, rank in _HEADING_MARKERS if _ANY_HEADING_MARKER.match(plain) else ():
        if marker := pattern.match(plain):
            if rank == 0:
                return 0
            if _looks_like_heading_body(plain) and not _VALUE_FIRST.match(plain, marker.end()):
                # a post numbers its sections in capitals ("1️⃣ KẾT QUẢ THÁNG 9") and its
                # items in sentence case ("1️⃣ Hồ sơ TTHC nộp trực tuyến đạt 96,2%")
                if pattern is _KEYCAP_NUMBER and not _opens_in_capitals(plain[marker.end() :]):
                    return None
                return rank
            return None
    # "CHỈ SỐ DTI NĂM 2027 (TP công bố tháng 4/2028)": capitals, and a note in brackets
    # (not a tally's item whose figures outweigh its letters: "+ TDP 1: 816/1.020 TK (80,0%)")
    bare = _CLOSING_ASIDE.sub("", plain) if plain.endswith((")", "]")) else plain
    if _is_caps(bare) and sum(map(str.isdigit, bare)) <= sum(map(str.isalpha, bare)):
        return _CAPS_RANK
    return None


# (or a note in square brackets: "CHỈ SỐ DTI NĂM 2029 [biểu đồ, nhãn dữ liệu]")
_CLOSING_ASIDE = re.compile(r"\s*(?:\([^()]{1,60}\)|\[[^\[\]]{1,60}\])$")


def _opens_in_capitals(body: str) -> bool:
    """Are the first two words mostly capitals ("VNeID THEO TỪNG TDP", not "Hồ sơ TTHC")?"""
    letters = [c for c in "".join(body.split()[:2]) if c.isalpha()]
    return bool(letters) and sum(map(str.isupper, letters)) >= 0.7 * len(letters)


def _looks_like_heading_body(plain: str) -> bool:
    if len(plain) > 160:
        return False
    if plain.endswith(";") or (
        plain.endswith(".") and (len(plain) > 70 or _RATE_INSIDE.search(plain))
    ):
        # an item of a list ("b) Số hóa 3.500 hồ sơ ...;"), a sentence, also a short one stating
        # a rate ("1. ... đúng hạn 100% (...).")
        return False
    # "b) Về kinh tế số: 864 hộ kinh doanh đã sử dụng ...," wrapped: an item's text goes on;
    # but a digest's item set in capitals is its headline ("2. PHƯỜNG LÊ CHÂN: 97,2% HỒ SƠ ...")
    return not (plain.endswith(",") or (_VALUE_AFTER_COLON.search(plain) and not _is_caps(plain)))


_VALUE_AFTER_COLON = re.compile(r":\s+\d")
_RATE_INSIDE = re.compile(r"\d\s*%")


def _is_caps(plain: str) -> bool:
    limit = len(plain) * 0.15
    # a prose line has enough lower-case letters in its first words to say no
    if sum(map(str.islower, plain[:_CAPS_PROBE])) > limit:
        return False
    lower = sum(map(str.islower, plain))
    if lower > limit:
        return False
    upper = sum(map(str.isupper, plain))
    return upper >= 4 and upper / (upper + lower) >= 0.85


def find_excluded_lines(text: str, lines: list[Line]) -> tuple[frozenset[int], tuple[str, ...]]:
    """Lines of distribution lists, signature blocks and digital-signature stamps; signer names.
    `lines` are those of `text` (split_lines)."""
    excluded: set[int] = set()
    names: list[str] = []
    stamped, openers = lines_to_visit(text, lines)
    resume = 0
    for i in sorted(stamped | openers):
        if i < resume:
            continue
        stripped = lines[i].text.strip().strip("*").strip()
        if i in stamped and _DIGITAL_STAMP.search(stripped):
            excluded.add(lines[i].number)
            continue
        starts_block = stripped.lower().startswith(_RECIPIENTS) or (
            _SIGNATURE_TITLE.match(stripped) and _signature_follows(lines, i)
        )
        if not starts_block:
            continue
        end = _signature_end(lines, i)
        for j in range(i, end + 1):
            excluded.add(lines[j].number)
            candidate = lines[j].text.strip().strip("*").strip()
            if _PERSON_NAME.match(candidate) and j > i:
                names.append(candidate)
        resume = end + 1
    return frozenset(excluded), tuple(dict.fromkeys(names))


# a comment's footer on a social page, from its age on: "2 ngày   Thích   Phản hồi   👍 37", "20
# giờ Thích Trả lời" (the extractor rejects the age as a date)
COMMENT_FOOTER = re.compile(
    r"\d+\s*(?:phút|giờ|ngày|tuần|tháng|năm)\s+Thích\s+(?:Phản hồi|Trả lời)\b"
)
_PAGE_AS_AUTHOR = re.compile(r"·\s*(?:Tác giả|Quản trị viên)\b")


def find_comment_lines(lines: list[Line]) -> tuple[frozenset[int], tuple[str, ...]]:
    """Readers' comments under a social post (the author's name, the comment, its footer) and
    the names of their authors; the page's own replies ("UBND phường ... · Tác giả") stay. In
    a chat export, the messages of anyone but the first message's sender are replies too."""
    found: set[int] = set()
    names: list[str] = []
    _add_chat_replies(lines, found, names)
    for index, line in enumerate(lines):
        if not COMMENT_FOOTER.match(line.text.lstrip()):
            continue
        start = index
        # back to the comment's author, not past the footer of the comment it answers
        while (
            start > 0
            and lines[start - 1].text.strip()
            and not COMMENT_FOOTER.match(lines[start - 1].text.lstrip())
            and start > index - 12
        ):
            start -= 1
        author = lines[start].text.strip()
        if start == index or _PAGE_AS_AUTHOR.search(author):
            continue
        found.update(lines[i].number for i in range(start, index + 1))
        names.append(author)
    return frozenset(found), tuple(dict.fromkeys(names))


def find_resident_quotes(lines: list[Line]) -> tuple[frozenset[int], tuple[str, ...]]:
    """A news feature's paragraphs quoting a resident ("Chị Phạm Thị H., tiểu thương ở chợ
    Cói, vui vẻ: “Giờ mỗi sáng có chừng 30 khách quét mã ...”"): their own experience, not the
    unit's figures, and their names are personal data. Whoever holds an office ("Ông ...,
    Trưởng thôn Lạc Dục, kể: ...") speaks for the unit, and a name without a description may
    be an official named before."""
    found: set[int] = set()
    names: list[str] = []
    for index, line in enumerate(lines):
        remark = _LISTED_REMARK.match(line.text)
        if remark and not _OFFICE.search(fold(remark.group("who"))):
            found.add(line.number)  # one line of a minutes' list of residents' remarks
            names.append(remark.group("name"))
            continue
        intro = _QUOTED_SPEAKER.match(_LEADING_MARKS.sub("", line.text))
        if not intro or _OFFICE.search(fold(intro.group("who"))):
            continue
        end = index
        while not _CLOSING_QUOTE.search(lines[end].text.rstrip().rstrip("*")):
            end += 1
            if end == len(lines) or end > index + _QUOTE_LINES or not lines[end].text.strip():
                break
        else:
            found.update(lines[i].number for i in range(index, end + 1))
            names.append(intro.group("name"))
    return frozenset(found), tuple(dict.fromkeys(names))


# "Chị Phạm Thị Huyền, tiểu thương bán rau ở chợ Cói, vui vẻ: “", "Bà Lê Thị Nụ, 71 tuổi, ..."
_QUOTED_SPEAKER = re.compile(
    rf"(?P<name>(?:Ông|Bà|Anh|Chị|Cô|Chú|Bác|Cụ|Em)(?:\s+[{UPPER}][^\W\d]*){{1,4}})\s*,"
    r"(?P<who>[^:“”\"]{3,160}):\s*[“\"]"
)
# a minutes' list of remarks, each a resident described in brackets: "- Ông Lê Văn A (hộ số 9,
# ngõ 2): nhà tôi 4 người ..." (one holding an office speaks for the unit: "- Ông ... (Trưởng
# thôn Đông): ...")
_LISTED_REMARK = re.compile(
    rf"^\s*[-+•]\s*(?P<name>(?:Ông|Bà|Anh|Chị|Cô|Chú|Bác|Cụ)(?:\s+[{UPPER}][^\W\d]*){{1,4}})"
    r"\s*\((?P<who>[^()]{2,80})\)\s*:"
)
_OFFICE = re.compile(
    r"\b(?:chu tich|bi thu|truong|giam doc|can bo|cong chuc|vien chuc|chuyen vien|nhan vien|"
    r"giao vien|dai dien|phu trach|cong an|thanh vien|uy vien|dai bieu|lanh dao|chi huy|"
    r"chu nhiem|pho (?:chu tich|giam doc|bi thu|truong|ban|phong))\b"
)
_CLOSING_QUOTE = re.compile(r"[”\"][.!]?$")
_LEADING_MARKS = re.compile(r"^[\W_]+")  # "🗨️ Chị ...", "**Bà ...", "- Anh ..."
_QUOTE_LINES = 8


def _add_chat_replies(lines: list[Line], found: set[int], names: list[str]) -> None:
    """A chat group's export ("[18:02, 14/09/2029] Phạm Thị Huệ - TT TDP 7:" over each
    message): what members other than the poster write is theirs, not the issuer's, and their
    names are personal data. The poster's own later messages stay."""
    headers = [
        (index, header.group(1).strip())
        for index, line in enumerate(lines)
        if "[" in line.text and (header := _CHAT_MESSAGE_HEADER.match(line.text.strip()))
    ]
    if not headers:
        return
    poster = headers[0][1]
    ends = [index for index, _ in headers[1:]] + [len(lines)]
    for (start, sender), end in zip(headers, ends, strict=True):
        if sender != poster:
            found.update(line.number for line in lines[start:end])
            names.append(sender.split(" - ")[0].strip())


def lines_to_visit(text: str, lines: list[Line]) -> tuple[set[int], set[int]]:
    """Indexes of the lines that may hold a digital-signature stamp, and of those that may open
    a distribution list or a signature block (they name the recipients or a signer's title),
    from one scan of the text instead of a test of every line."""
    starts = [line.start for line in lines]
    return _lines_at(starts, _stamp_offsets(text)), _lines_at(starts, _block_offsets(text, starts))


def _stamp_offsets(text: str) -> list[int]:
    """Where a digital-signature stamp may be, from one scan of the text."""
    return [m.start() for m in _STAMP_TIME.finditer(text)] + _find_all(text, _SIGNED)


def _block_offsets(text: str, starts: list[int]) -> list[int]:
    """Where a distribution list or a signature block may open, from one scan of the text."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would shift
        return starts
    return [m.start() for m in _ANY_SIGNER_TITLE.finditer(text)] + _find_all(lowered, _RECIPIENTS)


def _find_all(text: str, word: str) -> list[int]:
    found, offsets = text.find(word), []
    while found >= 0:
        offsets.append(found)
        found = text.find(word, found + 1)
    return offsets


def _lines_at(starts: list[int], offsets: list[int]) -> set[int]:
    return {bisect_right(starts, offset) - 1 for offset in offsets}


def _signature_follows(lines: list[Line], index: int) -> bool:
    """A signature title counts only when a personal name follows within a few lines."""
    for j in range(index + 1, min(index + 14, len(lines))):
        candidate = lines[j].text.strip().strip("*").strip()
        if not candidate:
            continue
        if _PERSON_NAME.match(candidate):
            return True
        if not (
            _SIGNATURE_TITLE.match(candidate)
            or _is_caps(candidate)
            or _SIGNED_MARK.match(candidate)
        ):
            return False
    return False


def _signature_end(lines: list[Line], index: int) -> int:
    """Index of the signer's name line closing the block (or a bounded fallback)."""
    limit = min(index + 40, len(lines))
    for j in range(index + 1, limit):
        candidate = lines[j].text.strip().strip("*").strip()
        if _PERSON_NAME.match(candidate) and _preceded_by_title(lines, j):
            return j
    for j in range(index + 1, limit):
        if heading_rank(lines[j].text.strip()) == 0 or _FOOTNOTE_TEXT.match(lines[j].text):
            return j - 1  # not the footnotes a converter set after the signature: "[1] Đo ..."
    return min(index + 12, len(lines) - 1)


_FOOTNOTE_TEXT = re.compile(r"\s*\[\d{1,2}\]\s+\S")


def _preceded_by_title(lines: list[Line], index: int) -> bool:
    for j in range(index - 1, max(index - 14, -1), -1):
        # (the signer's column of a two-column block: "- Lưu: VT.\t(Đã ký)")
        candidate = lines[j].text.split("\t")[-1].strip().strip("*").strip()
        if not candidate or _SIGNED_MARK.match(candidate):
            continue
        return bool(_SIGNATURE_TITLE.match(candidate) or _is_caps(candidate))
    return False


def _markdown_cells(raw: str, columns: int | None = None) -> str:
    """Blank the pipes and HTML tags of a markdown row without moving any character.

    `columns`: the width of a header written without outer pipes ("STT | Đơn vị | ..."), under
    which a row opening on a pipe has an empty first cell (" | Bình quân toàn thành phố | ...").
    """
    text = _HTML_TAG.sub(lambda m: " " * len(m.group()), raw)
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip()) - 1
    closing = last > first and text[last] == "|"
    pieces = text.count("|") + 1 - closing
    if text[first] == "|" and pieces != columns:
        text = f"{text[:first]} {text[first + 1 :]}"
    if closing:
        text = f"{text[:last]} {text[last + 1 :]}"
    return text.replace("|", "\t")


def _table_shape(raw: str) -> str | None:
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return TABLE_MARKDOWN
    if stripped.count(" | ") >= 3 or _PIPE_SEPARATOR_ROW.match(stripped):
        return TABLE_MARKDOWN  # "STT | Chỉ tiêu | 2026 | 2027": pipes without the outer ones
    if "\t" in raw.strip(" ") and raw.count("\t") >= 1 and stripped:
        return TABLE_TSV
    if "   " in stripped and _is_spaced_row(stripped):
        return TABLE_TSV  # columns laid out with spaces (OCR, PDF text in layout mode)
    if _is_semicolon_row(stripped):
        return TABLE_TSV  # a system's export: "Mã đơn vị;Tên đơn vị;Chỉ tiêu;Giá trị"
    return None


def _is_semicolon_row(stripped: str) -> bool:
    """Cells separated by bare semicolons, three at least; prose puts a space after its
    semicolons ("...; ...; ...")."""
    return stripped.count(";") >= 3 and _SEMICOLON_IN_PROSE.search(stripped) is None


def _is_spaced_row(stripped: str) -> bool:
    """A row whose columns are set apart by runs of spaces: at least three cells, opening on
    a row number or "STT", or holding a bare number."""
    cells = _COLUMN_GAP.split(stripped)
    if len(cells) < 3:
        return False
    first = cells[0].strip().lower()
    return first in {"stt", "tt"} or any(_BARE_VALUE.match(cell) for cell in cells)


def _heads_spaced_row(previous: str, row: str) -> bool:
    """Is `previous` the header of a table whose columns are laid out with spaces: as many
    cells as `row`, three at least, and no number in them but years?"""
    if "   " not in previous or "\t" in previous:
        return False
    cells = _COLUMN_GAP.split(previous)
    return (
        len(cells) >= 3
        and len(cells) == len(_COLUMN_GAP.split(row))
        and _is_header_row(previous, cells)
    )


def _spaced_cells(raw: str, columns: tuple[int, ...] = ()) -> str:
    """Tabs in place of the first space of each column gap, without moving any character. A
    row with fewer cells than its header's `columns` (where each header cell starts) is also
    split by a two-space gap ending where a column starts: an OCR's "tài khoản  %"."""
    tabbed = _COLUMN_GAP.sub(lambda m: "\t" + m.group()[1:], raw)
    if not columns or tabbed.count("\t") + 1 >= len(columns):
        return tabbed
    if len(columns) > 1 and len(raw) - len(raw.lstrip()) >= columns[1] - 1:
        # "        Cộng toàn xã   13.208 ...": the row opens in the second column, the first
        # (its number) left empty
        tabbed = "\t" + tabbed[1:]
    return _NARROW_GAP.sub(
        lambda m: "\t " if any(abs(m.end() - c) <= 1 for c in columns) else m.group(), tabbed
    )


def _column_starts(raw: str) -> tuple[int, ...]:
    """Where each cell of a header laid out with spaces starts."""
    return (len(raw) - len(raw.lstrip()), *(m.end() for m in _COLUMN_GAP.finditer(raw)))


_SEMICOLON_IN_PROSE = re.compile(r";\s")
# "Kỳ báo cáo: 6 tháng đầu năm 2026": a key of a few words, a colon, its value
_KEY_VALUE = re.compile(r"^\s*([^\W\d][^:\n]{0,30}?)\s*:\s*(\S.*?)?\s*$")
_VALUE_KEY = re.compile(r"gia tri|so lieu|ket qua|gia tri thuc hien")
_RECORD_VALUE = re.compile(
    r"(?:(?:[≥≤<>~]=?|(?i:tối thiểu|ít nhất|trên|dưới|khoảng|từ|không quá))\s*)?"
    r"\d[\d.,/]*\s*%?(?:\s*trở lên)?"
)
_GRID_BORDER = re.compile(r"^\+(?:[-=:]{2,}\+)+$")
_FOOTNOTE_RULE = re.compile(r"^_{5,}$")
_TABBED_ITEM = re.compile(
    rf"^\s*(?:[{_BULLETS}]|{_ROMAN}[.)]|\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}[.)]|[a-zđ][).])\t[^\t]+$"
)
_PIPE_SEPARATOR_ROW = re.compile(r"^:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+$")
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_NARROW_GAP = re.compile(r"(?<=\S)  (?=\S)")
_BARE_VALUE = re.compile(r"^[≥≤<>]?\s*\d[\d.,/]*\s*%?$")


class _UnitBuilder:
    def __init__(self) -> None:
        self.units: list[Unit] = []
        self.headings: list[Heading] = []

    def push_heading(self, heading: Heading) -> None:
        while self.headings and self.headings[-1].rank >= heading.rank:
            self.headings.pop()
        self.headings.append(heading)

    def close_sibling_heading(self, item: str) -> bool:
        """An item read as a paragraph ("b) Kết quả: trong đợt, ...") after its sibling read as
        a heading ("a) Lịch trực ... (từ ngày 31/01 đến hết ngày 06/02/2030):") ends that
        heading's section: what follows is the item's, not under its sibling's window."""
        if self.headings and _follows_as_sibling(self.headings[-1].text, item):
            self.headings.pop()
            return True
        return False

    def caption(self) -> str:
        """The paragraph just built, when it introduces what follows (ends with a colon, is a
        table's title: "Bảng 1. Chỉ tiêu ... (đơn vị tính: %)", or a note in brackets: "(Số liệu
        tính đến hết ngày 31/8/2031; ...)")."""
        if (
            self.units
            and self.units[-1].shape in (PROSE, HEADING)
            and (
                self.units[-1].text.rstrip().endswith(":")
                or _TABLE_TITLE.match(self.units[-1].text)
                or _BRACKETED_NOTES.fullmatch(self.units[-1].text.strip())
                or _UNIT_TITLE.fullmatch(self.units[-1].text.strip())
            )
        ):
            return self.units[-1].text
        return ""

    def continues_table(self) -> bool:
        """Is the paragraph just built a continuation mark ("Bảng 2 (tiếp theo)")?"""
        return bool(
            self.units
            and self.units[-1].shape in (PROSE, HEADING)
            and _CONTINUED.search(self.units[-1].text)
        )

    def add(self, shape: str, fragments: list[tuple[Line, int, str]], **extra: object) -> Unit:
        """fragments: (line, offset of fragment in line, fragment text)."""
        pieces, parts, cursor = [], [], 0
        for line, offset, fragment in fragments:
            if parts:
                cursor += 1
            pieces.append(Piece(line.number, line.start + offset, cursor, len(fragment)))
            parts.append(fragment)
            cursor += len(fragment)
        unit = Unit(shape, " ".join(parts), pieces, tuple(self.headings), **extra)  # type: ignore[arg-type]
        self.units.append(unit)
        return unit


_BRACKETED_NOTE = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)")
# (or two, one line each: "(Kèm theo Báo cáo số 27/BC-UBND ...)" over "(Số liệu tính đến ...)")
_BRACKETED_NOTES = re.compile(rf"{_BRACKETED_NOTE.pattern}(?:\s+{_BRACKETED_NOTE.pattern})?")
# a list's title closing on its unit: "Tỷ lệ hồ sơ trực tuyến (%)" over "Xã Hà Nam\t83,7"
_UNIT_TITLE = re.compile(r"[^\W\d][^\n.;:()]{2,80}\((?:%|[^()\d]{1,12})\)")


def _opens_a_list(text: str) -> bool:
    """A paragraph ending with a colon, or with a colon and emoji ("... như sau: 👇")."""
    tail = text.rstrip()
    if tail.endswith(":") or tail[-1:] < "\u2190":  # (no emoji or arrow lies below "←")
        return tail.endswith(":")
    return _TRAILING_SYMBOLS.sub("", text).endswith(":")


_TRAILING_SYMBOLS = re.compile(r"[\s\U0001F000-\U0001FAFF\u2190-\u27BF\uFE0F]+$")


def _fragment(line: Line, text: str | None = None) -> tuple[Line, int, str]:
    raw = line.text if text is None else text
    lead = len(raw) - len(raw.lstrip())
    return line, lead, raw.strip()


def segment(text: str) -> Segmentation:
    lines = split_lines(text)
    excluded, names = find_excluded_lines(text, lines)
    names = (*names, *column_names(text))  # "| Họ và tên |": persons listed in a table
    comments, commenters = (
        find_comment_lines(lines) if "Thích" in text or "] " in text else (frozenset(), ())
    )
    quotes, speakers = (
        find_resident_quotes(lines)
        if "“" in text or '"' in text or "):" in text
        else (frozenset(), ())
    )
    comments, commenters = comments | quotes, commenters + speakers
    excluded, names = excluded | comments, names + commenters
    page_lines = find_page_lines(lines)
    builder = _UnitBuilder()
    paragraph: list[tuple[Line, int, str]] = []
    paragraph_is_heading = False
    table_rows: list[list[tuple[Line, str]]] = []
    table_groups: list[Heading] = []  # its group rows ("I\tCHÍNH QUYỀN SỐ") head its rows only
    table_shape: str | None = None
    header: tuple[str, ...] = ()
    header_rows: set[tuple[str, ...]] = set()  # as written, to know them again on a new page
    list_lead = ""  # the paragraph ending with a colon that opened the list being read
    lead_is_last = False  # the unit just added is that lead-in
    cells_mode = False
    cells_row: list[tuple[Line, int, str]] = []
    cells_header: list[str] = []
    cells_header_open = False
    table_has_header = False
    bare_pipes_width: int | None = None  # a pipe table's header written without outer pipes
    table_caption = ""
    # the headings and list lead-in over a page's footnotes, until the next page resumes them
    above_footnotes: tuple[list[Heading], str] | None = None
    spaced_columns: tuple[int, ...] = ()  # where the cells of a header laid out with spaces start
    in_grid = False  # reading a grid table ("+-----+------+" borders between its rows)
    grid_row_open = False  # a "|" line since the last border: the next one goes on with its row

    def flush_paragraph() -> None:
        nonlocal paragraph, paragraph_is_heading, list_lead, lead_is_last
        if paragraph:
            item = not paragraph_is_heading and bool(_LIST_ITEM.match(paragraph[0][2]))
            # "Năm 2027, phường phấn đấu:" then "- 100% ...": the lead-in governs its items, and
            # a run in lower case right under it goes on with its sentence ("a) Tính đến ngày
            # 15/11/2031, các đơn vị ... gồm:" over "xã Hà Nam (79,4%), xã Thượng Hồng ...")
            run_on = lead_is_last and not paragraph_is_heading and paragraph[0][2][:1].islower()
            unit = builder.add(
                HEADING if paragraph_is_heading else PROSE,
                paragraph,
                caption=list_lead if item or run_on else "",
            )
            opens = _opens_a_list(unit.text)
            lead_is_last = opens
            if not item:
                leads = opens and not _CHAT_SENDER.match(unit.text)
                list_lead = unit.text if leads else ""
            elif not list_lead and opens:
                list_lead = unit.text  # "📌 UBND phường ... báo cáo nhanh ... như sau:" opens one
            elif opens:
                # "🎯 Tháng 11/2028, phường phấn đấu:" inside a list: a list of its own, under the
                # outer lead-in's cut-off (the item first, so that its period comes first)
                list_lead = f"{unit.text}\n{list_lead}"
        paragraph, paragraph_is_heading = [], False

    def open_header(line: Line, raw: str, written: tuple[str, ...], shape: str) -> None:
        """A table's header row: its columns' names, and a unit of its own for its years."""
        nonlocal header, header_rows, table_shape, table_has_header, bare_pipes_width
        nonlocal spaced_columns
        header, header_rows = written, {written}
        if shape == TABLE_TSV and "\t" not in line.text and _COLUMN_GAP.search(line.text):
            spaced_columns = _column_starts(line.text)  # laid out with spaces
        table_shape, table_has_header = shape, True
        if shape == TABLE_MARKDOWN and not line.text.strip().startswith("|"):
            bare_pipes_width = len(written)
        if _YEAR_IN_HEADER.search(line.text):
            builder.add(TABLE_HEADER, [_fragment(line, raw)])

    def flush_table() -> None:
        nonlocal table_rows, table_shape, table_has_header, table_caption, in_grid
        nonlocal bare_pipes_width, spaced_columns, list_lead
        for row in table_rows:
            _add_table_row(builder, row, table_shape or TABLE_TSV, header, table_caption)
        if table_rows and list_lead and list_lead == table_caption:
            # the caption led into the table: a list after it is not its items ("Bảng 1. ...
            # (số liệu tính đến ...):" over the table, then "- Đoàn kiểm tra xác suất ...")
            list_lead = ""
        table_rows, table_shape, table_has_header, in_grid = [], None, False, False
        bare_pipes_width, spaced_columns = None, ()
        if table_groups:
            kept = [h for h in builder.headings if all(h is not g for g in table_groups)]
            builder.headings = kept
            table_groups.clear()

    def flush_cells_row() -> None:
        nonlocal cells_row
        if cells_row:
            _add_cells_row(builder, cells_row, tuple(cells_header), table_caption)
        cells_row = []

    records = _record_blocks(lines)
    skip_to = 0
    for index, line in enumerate(lines):
        if index < skip_to:
            continue
        if index in records:
            # "Đơn vị: Xã A" / "Chỉ tiêu: ..." / "Giá trị: 82,4": one record, read as a table row
            flush_paragraph()
            flush_table()
            flush_cells_row()
            skip_to = records[index]
            _add_record(builder, lines[index:skip_to])
            continue
        if line.number in page_lines:
            if above_footnotes is not None:
                # the next page goes on with the body the footnotes interrupted
                flush_paragraph()
                builder.headings, list_lead = above_footnotes
                above_footnotes = None
            continue  # a page break inside a sentence: the sentence goes on after it
        if line.number in excluded:
            flush_paragraph()
            flush_table()
            flush_cells_row()
            continue
        if "\t" in line.text and _TABBED_ITEM.match(line.text):
            # "II.\tPHƯƠNG HƯỚNG ...", "-\tMở tối thiểu 40 lớp ...": a word processor's list
            # numbering set off by a tab, not a table's two cells
            line = line._replace(text=line.text.replace("\t", " "))
        stripped = line.text.strip()
        if not stripped:
            continue
        if _FOOTNOTE_RULE.match(stripped):
            # the rule a word processor draws over its footnotes: the notes speak for the whole
            # document, not for the section that ends the body ("III. PHƯƠNG HƯỚNG NĂM 2031")
            flush_paragraph()
            flush_table()
            flush_cells_row()
            above_footnotes = (builder.headings, list_lead)
            builder.headings = []
            continue
        if _GRID_BORDER.match(stripped):
            # "+-----+------+": a border between the rows of a grid table (a converter's ASCII
            # drawing); the "|" lines between two borders are one row, its cells wrapped
            in_grid, grid_row_open = True, False
            continue
        shape = (
            _table_shape(line.text)
            if "\t" in line.text or "|" in line.text or "   " in stripped or ";" in stripped
            else None
        )
        if not shape and spaced_columns and table_rows and _NUMBERED_LABEL_ROW.match(stripped):
            shape = TABLE_TSV  # a row of a table laid out with spaces whose label wrapped
        if shape:
            spaced_header = (
                paragraph.pop()
                if shape == TABLE_TSV
                and not table_rows
                and not table_has_header
                and paragraph
                and not paragraph_is_heading
                and _heads_spaced_row(paragraph[-1][2], stripped)
                else None
            )  # "Trụ cột      Điểm năm 2028     Xếp hạng 2029" over its rows: the header
            flush_paragraph()
            flush_cells_row()
            cells_mode = False
            if not table_rows and not table_has_header:
                # "Bảng 2 (tiếp theo)" over the rest of a table: the table's own caption goes on
                if not (builder.continues_table() and table_caption):
                    table_caption = builder.caption()
            if spaced_header:
                header_raw = _spaced_cells(spaced_header[0].text)
                written = tuple(_squash(c) for c in header_raw.split("\t"))
                open_header(spaced_header[0], header_raw, written, shape)
            if shape == TABLE_MARKDOWN:
                raw = _markdown_cells(line.text, bare_pipes_width)
            elif "\t" in line.text:
                raw = line.text
            elif _is_semicolon_row(stripped):
                raw = line.text.replace(";", "\t")
            else:
                raw = _spaced_cells(line.text, spaced_columns)
            cells = raw.split("\t")
            if all(_SEPARATOR_CELL.match(c) for c in cells):
                if (
                    shape == TABLE_MARKDOWN
                    and table_rows
                    and len(table_rows[-1]) == 1
                    and (
                        (len(table_rows) == 1 and not table_has_header)
                        or _is_header_row(
                            table_rows[-1][0][0].text.strip(), table_rows[-1][0][1].split("\t")
                        )
                    )
                ):
                    # the row over "|---|" is the header, by Markdown's own rule, even with numbers
                    # in it ("| Đơn vị | Xếp hạng tháng 10 | Xếp hạng tháng 9 |"); "| STT | ... |"
                    # over "|---|" after a table's rows: the header of a table of its own, set
                    # below the last one with only a blank line between
                    header_line, header_raw = table_rows.pop()[0]
                    if table_rows or table_has_header:
                        table_caption = ""  # a table of its own: the caption was the last one's
                    flush_table()
                    written = tuple(_squash(c) for c in header_raw.split("\t"))
                    open_header(header_line, header_raw, written, shape)
                continue
            # a row whose number cell is empty goes on with the row above, unless it has values
            # of its own ("| | Bình quân toàn thành phố | 617,63 |")
            is_continuation = (
                bool(table_rows)
                and not cells[0].strip()
                and (
                    not any(_BARE_VALUE.match(cell.strip()) for cell in cells)
                    or _wraps_its_label(table_rows[-1], cells)
                )
            )
            written = tuple(_squash(c) for c in cells)
            in_grid_row, grid_row_open = in_grid and grid_row_open, in_grid
            if in_grid_row and table_has_header and not table_rows:
                # the header's cells wrapped: "| Kế hoạch |" over "| 2026 |"
                header = tuple(_squash(f"{a} {b}") for a, b in zip(header, written, strict=False))
                header_rows.add(written)
                continue
            if in_grid_row and table_rows:
                table_rows[-1].append((line, raw))
                continue
            if table_rows and written in header_rows:
                continue  # the header again, on a new page
            if (
                table_has_header
                and _opens_on_header_cell(written)
                and not _opens_on_header_cell(header)
                and _is_header_row(stripped, cells)
            ):
                # a sheet's title block set in cells ("ỦY BAN NHÂN DÂN\t\t\tCỘNG HÒA ...") over
                # its real header ("STT\tChỉ tiêu\tĐVT\tNăm 2029 ..."): a table of its own
                flush_table()
                table_caption = builder.caption()
                open_header(line, raw, written, shape)
                continue
            if not table_rows and not table_has_header and _is_header_row(stripped, cells):
                open_header(line, raw, written, shape)
                continue
            if not table_rows and table_has_header and _is_second_header_row(written):
                # "| | | Kế hoạch | Thực hiện |" under "| STT | Chỉ tiêu | Năm 2025 | |"
                header = _merge_header_rows(header, written)
                header_rows.add(written)
                continue
            if table_has_header and _is_group_row(cells):
                # "I\tCHÍNH QUYỀN SỐ": a group of rows, a heading for the rows below it
                for row in table_rows:
                    _add_table_row(builder, row, table_shape or shape, header, table_caption)
                table_rows = []
                table_groups.append(Heading(2, _squash(" ".join(cells)), line.number))
                builder.push_heading(table_groups[-1])
                builder.add(HEADING, [_fragment(line, raw)])
                continue
            if is_continuation:
                table_rows[-1].append((line, raw))
            else:
                table_rows.append([(line, raw)])
            table_shape = shape
            continue
        flush_table()
        if stripped in {"TT", "STT"}:
            flush_paragraph()
            table_caption = builder.caption()
            cells_mode = True
            header = ()
            cells_header, cells_header_open = [stripped], True
            continue
        rank = heading_rank(stripped)
        if rank is not None and (
            (paragraph and _closes_a_list(paragraph[0][2], stripped))
            or (rank >= _ITEM_RANK and _wraps_an_item(stripped, _next_text(lines, index)))
        ):
            # "c. ... hết hạn hỗ trợ;" then "d. Tổng kinh phí ... 1,35 tỷ đồng."; "a) ... lên tối
            # thiểu 70%" over "(năm 2030 đạt 52,7%), bảo đảm ...": an item, not a heading
            rank = None
        intertitle = rank is None and not cells_mode and _is_intertitle(lines, index)
        if intertitle:
            rank = _CAPS_RANK
        if cells_mode and rank is not None and not _is_cells_group_row(stripped):
            rank = None
        if cells_mode and cells_header_open:
            if not _BARE_ROW_NUMBER.match(stripped) and rank is None and len(stripped) <= 80:
                # header cells one per line ("Tên chỉ tiêu", "Đơn vị tính", "Năm 2026")
                cells_header.append(_squash(stripped))
                builder.add(HEADING, [_fragment(line)])
                continue
            cells_header_open = False
        if cells_mode:
            starts_row = bool(_BARE_ROW_NUMBER.match(stripped)) and _starts_row(
                int(stripped), cells_row, len(cells_header)
            )
            if starts_row or rank is not None or len(stripped) > 120:
                flush_cells_row()
            if rank is not None and not _BARE_ROW_NUMBER.match(stripped):
                builder.push_heading(Heading(rank, _squash(stripped), line.number))
                builder.add(HEADING, [_fragment(line)])
                list_lead = ""  # a heading closes the list the table's caption opened
                continue
            if (
                len(stripped) <= 120
                and (cells_row or _BARE_ROW_NUMBER.match(stripped))
                and not _TABLE_NOTE.match(stripped)
            ):
                cells_row.append(_fragment(line))
                continue
            flush_cells_row()
            # a long line, a note under the table, or text where a row number should open the
            # next row: the table ended
            cells_mode = False
        if rank is not None:
            flush_paragraph()
            builder.push_heading(Heading(rank, _squash(stripped), line.number, intertitle))
            paragraph, paragraph_is_heading = [_fragment(line)], True
            continue
        if paragraph and _continues(
            paragraph[-1][2], stripped, paragraph_is_heading, lines_before=len(paragraph) > 1
        ):
            paragraph.append(_fragment(line))
            if paragraph_is_heading:
                builder.headings[-1] = Heading(
                    builder.headings[-1].rank,
                    _squash(" ".join(p[2] for p in paragraph)),
                    builder.headings[-1].line,
                )
            continue
        flush_paragraph()
        if builder.close_sibling_heading(stripped):
            list_lead = ""  # nor under the list its sibling's heading opened
        paragraph = [_fragment(line)]
    flush_paragraph()
    flush_table()
    flush_cells_row()
    return Segmentation(lines, builder.units, excluded, names, page_lines, comments)


def _next_text(lines: list[Line], index: int) -> str:
    """The next non-blank line, stripped."""
    return next((line.text.strip() for line in lines[index + 1 :] if line.text.strip()), "")


def _wraps_an_item(current: str, following: str) -> bool:
    """A long numbered line stating a value, broken mid-sentence onto the next line (a PDF's
    wrapping): an item of a list. A heading is short and states no value."""
    return (
        len(current) >= _WRAPPED_LINE
        and not _TERMINAL.search(current)
        and bool(_VALUE_IN_ITEM.search(_ITEM_START.sub("", current, count=1)))
        and bool(following)
        and (following[0].islower() or following[0] == "(")
    )


# a figure, not a year: "tối thiểu 70%", "thêm 150 hộ", "27/27 khu dân cư"
_VALUE_IN_ITEM = re.compile(r"(?<![\w/.,])(?!(?:19|20)\d\d\b)\d+(?:[.,/]\d+)*\s*(?:%|[^\W\d])")
# items are lettered or numbered: from "1." down (a Roman "II." or capitals head a part)
_ITEM_RANK = 3


def _closes_a_list(item: str, current: str) -> bool:
    """The last item of a list, ended by a full stop where its siblings end with a semicolon."""
    marker, previous_marker = _ITEM_MARKER.match(current), _ITEM_MARKER.match(item)
    return bool(
        marker
        and previous_marker
        and marker.group(1) == previous_marker.group(1)
        and item.rstrip().endswith(";")
        and current.rstrip().endswith(".")
    )


# an item's marker style: a letter or a number, and the stop after it ("a.", "b)", "1.")
_ITEM_MARKER = re.compile(r"^(?:[a-zđ]|\d{1,2})([.)])\s")


def _follows_as_sibling(heading: str, item: str) -> bool:
    """Whether `item` is marked as the item right after `heading` ("a)" then "b)", "2." then
    "3."), in the same style."""
    marker, previous = _ITEM_MARKER.match(item), _ITEM_MARKER.match(heading)
    if not (marker and previous and marker.group(1) == previous.group(1)):
        return False
    label, previous_label = marker.group(0)[:-2], previous.group(0)[:-2]
    if label.isdigit() and previous_label.isdigit():
        return int(label) == int(previous_label) + 1
    return (
        label.isalpha()
        and len(label) == len(previous_label) == 1
        and (ord(label) == ord(previous_label) + 1)
    )


def _is_intertitle(lines: list[Line], index: int) -> bool:
    """A news post's subheading: a short line standing alone, without closing punctuation,
    over a paragraph ("DTI cấp xã năm 2027: 19 đơn vị vượt 700 điểm")."""
    stripped = lines[index].text.strip()
    if not stripped or len(stripped) > _INTERTITLE_CHARACTERS:
        return False
    if not _INTERTITLE_WORDS[0] <= len(stripped.split()) <= _INTERTITLE_WORDS[1]:
        return False
    if not stripped[0].isupper():
        return False
    if _TERMINAL.search(stripped) or stripped.endswith(",") or _NOT_AN_INTERTITLE.match(stripped):
        return False
    if (index and lines[index - 1].text.strip()) or (
        index + 1 >= len(lines) or lines[index + 1].text.strip()
    ):
        return False
    following = next(
        (text for j in range(index + 2, len(lines)) if (text := lines[j].text.strip())), ""
    )
    if _UNIT_LABEL.match(stripped) and _TERMINAL.search(following):
        return True  # "Xã Vĩnh Thuận: nông sản lên sàn, ..." over even a short first paragraph
    return len(following) >= _INTERTITLE_PARAGRAPH


_UNIT_LABEL = re.compile(r"(?:Phường|Xã|Đặc khu|PHƯỜNG|XÃ|ĐẶC KHU) [^:]{1,40}:\s")
# syllables, not words: "Phường Lê Chân: 6/8 chỉ số thành phần đạt trên 80% số điểm tối đa"
_INTERTITLE_WORDS = (3, 18)
_INTERTITLE_CHARACTERS = 100
_INTERTITLE_PARAGRAPH = 120
_NOT_AN_INTERTITLE = re.compile(
    r"(?:[-+•*–❖➢➤►▪◦○●»|]|\(|\[|Ảnh|Nguồn|Theo |Tin liên quan|Xem thêm|Trang chủ)|.*[\t|]"
)


def find_page_lines(lines: list[Line]) -> frozenset[int]:
    """Page furniture of a document extracted from PDF: "Trang 2/5" and "- 3 -" lines, and a
    bare page number beside one of them or breaking a sentence ("... ký số đạt" / "2" /
    "99,1%, ..."). Bare numbers inside tables are cells, not page numbers."""
    found: set[int] = set()
    filled = [line for line in lines if line.text.strip()]
    in_footnotes = False  # below a footnote rule: the page's foot, its number closes it
    for index, line in enumerate(filled):
        stripped = line.text.strip()
        if _PAGE_MARKER.match(stripped):
            found.add(line.number)
            in_footnotes = False
            continue
        if _FOOTNOTE_RULE.match(stripped):
            in_footnotes = True
        if not _PAGE_NUMBER.match(stripped) or index == 0 or index + 1 == len(filled):
            continue
        if in_footnotes:
            found.add(line.number)  # "(1) Số liệu trích xuất ..." / "2" / the next page's text
            in_footnotes = False
            continue
        previous, following = filled[index - 1].text.strip(), filled[index + 1].text.strip()
        if _next_to_its_page(int(stripped), previous, following):
            found.add(line.number)
        elif _breaks_sentence(previous, following):
            found.add(line.number)
    return frozenset(found)


def _next_to_its_page(number: int, previous: str, following: str) -> bool:
    """ "Trang 1/3" then "2": the next page's number beside the last one's marker. Another
    number beside a marker ("14" before "- 2 -", or a row's "2" after it, in a table) is a
    cell."""
    for marker in (previous, following):
        if (found := _PAGE_MARKER.match(marker)) and (page := _FIRST_NUMBER.search(found.group())):
            if abs(int(page.group()) - number) == 1:
                return True
    return False


_FIRST_NUMBER = re.compile(r"\d+")


def _breaks_sentence(previous: str, following: str) -> bool:
    """A long prose line left open and a line that goes on with it in lower case or with a
    value: what stands between them is not part of the text."""
    return (
        len(previous) >= _WRAPPED_LINE
        and "\t" not in previous
        and "|" not in previous
        and not _TERMINAL.search(previous)
        and not _PAGE_NUMBER.match(following)
        and (following[:1].islower() or bool(_VALUE_GOES_ON.match(following)))
    )


_PAGE_MARKER = re.compile(
    r"^(?:trang|page)\s+\d{1,3}(?:\s*(?:/|trên|of)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$",
    re.IGNORECASE,
)
_PAGE_NUMBER = _BARE_ROW_NUMBER  # a number alone on its line: a page's, or a table row's
_VALUE_GOES_ON = re.compile(r"^\d+(?:[.,]\d+)*\s*%")


_WRAPPED_LINE = 60
# (also a rank's word: "xếp trong tốp" over "10 thành phố", "xếp thứ" over "97/114.")
# (and a bound's: "... của mỗi đơn vị đạt tối thiểu" over "92%, ...")
_VERB_OF_A_VALUE = re.compile(
    r"(?<!\w)(?i:đạt|là|chiếm|bằng|tốp|top|thứ|hạng|tối thiểu|tối đa|ít nhất|từ|trên|dưới)$"
)
_TABLE_TITLE = re.compile(r"(?:Bảng|BẢNG|Biểu|BIỂU)\s+\d+\s*[.:]")
_SENTENCE_OPENER = re.compile(
    r"^(?:Tính đến|Tính từ|Theo|Thực hiện|Căn cứ|Năm 20\d\d|Đến nay|Đến năm|Đến hết|Trong năm|"
    r"Hiện nay|Tuy nhiên|Ngoài ra|Bên cạnh đó|Đồng thời|Qua đó|Sau khi|Để |Từ ngày|Từ đầu|"
    r"Kết quả|Với |Nhằm)\b"
    r"|^(?:Câu hỏi|Trả lời|Hỏi|Đáp|Kính gửi)\s*:"  # a speaker's label: "Câu hỏi: Năm 2027, ..."
    rf"|^{_TABLE_TITLE.pattern}"  # a table's title: "Bảng 1. Chỉ tiêu ... (đơn vị tính: %)"
)
# "14/03/2026 09:10", "Ngày 05/09/2024": a news post's dateline stands on its own line.
_DATELINE_ONLY = re.compile(
    r"^[\s(]*(?:ngày|cập nhật:?)?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?"
    r"[\s)]*$",
    re.IGNORECASE,
)


def _continues(
    previous: str, current: str, previous_is_heading: bool, *, lines_before: bool = False
) -> bool:
    """Does `current` continue the sentence of `previous` (a line broken by PDF extraction)?
    `lines_before`: the paragraph holds more lines than `previous`."""
    if _DATELINE_ONLY.match(current):
        return False
    if _ITEM_START.match(current) and not (
        _is_count_going_on(current) or _closes_open_bracket(previous, current)
    ):
        return False
    first = current[0]
    if first == "%" and previous[-1:].isdigit():
        return True  # "bằng 87,3" over "% số công dân ...": the number's sign, broken off
    if previous[-1:].isalpha() and _NAME_END_THEN_VALUE.match(current):
        return True  # "..., xã Khúc Thừa" over "Dụ (72,4%), xã Hồng Châu ...": a name broken off
    if (
        lines_before
        and _VALUE_ALONE.fullmatch(current)
        and len(previous) < _WRAPPED_LINE
        and not _VERB_OF_A_VALUE.search(previous)
    ):
        # an infographic's tiles: "Tốp 5" / "toàn thành phố" over "400" / "hộ kinh doanh ...";
        # a block's title goes on with its figure ("Chỉ số DTI năm 2031 ..." / "746,8 điểm")
        return False
    if previous_is_heading:
        if first.isdigit() and len(previous) >= _WRAPPED_LINE and _VERB_OF_A_VALUE.search(previous):
            return True  # "1. Tỷ lệ ... đến ngày 30/11/2028 mới đạt" over "48,7% (...)": wrapped
        return first.islower() and not previous.endswith(":")
    if _TERMINAL.search(previous):
        # "...đúng hạn;\n trong đó 1.968 hồ sơ ...": a clause list goes on in lower case, and a
        # long line's label its value ("...; cùng kỳ 2025:" over "402 hộ.")
        if previous.endswith(":") and len(previous) >= _WRAPPED_LINE:
            return _is_count_going_on(current)
        return first.islower() and previous.endswith((",", ";"))
    if previous.endswith("-") or len(previous) >= _WRAPPED_LINE:
        # a long line without closing punctuation was wrapped, even before a proper noun
        # ("phường \n Nhị Chiểu"), but not before a word that opens a sentence
        return not _SENTENCE_OPENER.match(current)
    return first.islower() or first.isdigit() or first in "(\"“'"


def _closes_open_bracket(previous: str, current: str) -> bool:
    """ "còn 02 tổ dân phố (TDP số 5 và" over "19) có tỷ lệ ...": the number closes the bracket
    the line above left open, no item opens."""
    opened = previous.count("(") > previous.count(")")
    return opened and _BRACKETED_NUMBER_END.match(current) is not None


_BRACKETED_NUMBER_END = re.compile(r"\d{1,3}\)\s")


# a figure standing alone on its line, as an infographic sets it: "98,6% ●", "612 Mbps", "≥ 99%"
_VALUE_ALONE = re.compile(
    r"[≥≤>]?\s*\d[\d.,]*\s*(?:%|điểm|tỷ đồng|triệu(?: đồng)?|ngày|Mbps)?\s*[●○]?"
)
_NAME_END_THEN_VALUE = re.compile(rf"[{UPPER}][^\W\d]*\s*\(\s*\d")


def is_list_item(text: str) -> bool:
    """Does `text` open on a list's bullet or item number ("+ 16/16 thôn ...", "a) ...")?"""
    return _LIST_ITEM.match(text) is not None


def _is_count_going_on(current: str) -> bool:
    """ "29 trạm đã phát sóng", "93 % ;": a number with a lower-case noun or a percent sign
    goes on with the sentence the page broke, where an item's number ("2 Chính quyền số",
    "3. ...") opens a new one."""
    counted = _COUNT_START.match(current)
    return bool(counted) and (counted.group(1) == "%" or counted.group(1).islower())


# "Ghi chú: ...", "Nguồn: ...", "(*) ...": a note under a table, not its last row's cell
_TABLE_NOTE = re.compile(r"^(?:\(?\*+\)?\s|(?:ghi chú|nguồn|chú thích|lưu ý)\s*:)", re.IGNORECASE)
# "2. 100% kết quả ... được số hóa.": an item that opens on a value is no heading
_VALUE_FIRST = re.compile(r"\s*\d+(?:[.,]\d+)*\s*(?:%|/)")
# "Một là, ...", "Thứ hai, ...": a speech or resolution counts its items in words
_WORDED_ITEM = (
    r"(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là,\s|"
    r"Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),\s"
)
_CHAT_SENDER = re.compile(r"\[\d{1,2}:\d{2}")  # "[16:42, 15/10/2027] Name:" opens no list
_LIST_ITEM = re.compile(rf"^(?:{_BULLET}|[a-zđ][).]\s|\(?\d{{1,2}}[).]\s|{_WORDED_ITEM})")
_COUNT_START = re.compile(r"^\d+(?:[.,]\d+)*\s*(%|(?<=\s)[^\W\d_])")
_YEAR_IN_HEADER = re.compile(r"\d")
# not the digit of a name glued to its letters: "Q1/Q2/Q3/Q4", "Quý1"
_NUMBER_IN_ROW = re.compile(r"(?<![^\W\d_])\d+(?:[.,/]\d+)*")


def _is_header_row(text: str, cells: list[str]) -> bool:
    """A table's first row is its header when the only numbers in it are years, or when it
    opens on a header cell ("STT", "Chỉ tiêu") and no cell is a bare number: "Lũy kế 9 tháng"
    names a column, "9" alone would be a value."""
    if all(len(token) == 4 and token[:2] in {"19", "20"} for token in _NUMBER_IN_ROW.findall(text)):
        return True
    return _opens_on_header_cell(cells) and not any(_BARE_NUMBER_CELL.match(c) for c in cells)


def _opens_on_header_cell(cells: Sequence[str]) -> bool:
    """Does the row open on a header cell ("STT", "Chỉ tiêu", "Tên đơn vị")?"""
    return bool(cells) and fold(_squash(cells[0])).rstrip(".:") in _HEADER_FIRST_CELLS


_HEADER_FIRST_CELLS = frozenset(
    {
        "stt",
        "tt",
        "so tt",
        "chi tieu",
        "ten chi tieu",
        "noi dung",
        "ma",
        "ma so",
        "ma chi tieu",
        "don vi",
        "ten don vi",
    }
)
_BARE_NUMBER_CELL = re.compile(r"^\s*[-+≥≤<>~]?\s*\d[\d.,/ ]*%?\s*$")


def _is_second_header_row(cells: tuple[str, ...]) -> bool:
    """A row under the header that names the columns of its merged cells: the first cell left
    empty (the row number's, merged), short names, no cell a bare number (a name may hold a
    year or a date: "Lũy kế đến 15/11")."""
    filled = [cell for cell in cells if cell]
    return (
        not cells[0]
        and len(filled) >= 2
        and all(len(cell) <= _HEADER_CELL_LENGTH for cell in filled)
        and not any(_BARE_NUMBER_CELL.match(cell) for cell in filled)
    )


_HEADER_CELL_LENGTH = 40


def _merge_header_rows(groups: tuple[str, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """ "Năm 2025" over "Kế hoạch" and "Thực hiện": a merged cell spans the empty cells after
    it, and each column is named "Kế hoạch Năm 2025", "Thực hiện Năm 2025"."""
    merged, group = [], ""
    for index in range(max(len(groups), len(names))):
        above = groups[index] if index < len(groups) else ""
        below = names[index] if index < len(names) else ""
        group = above or (group if below else "")
        merged.append(f"{below} {group}".strip() if below else above)
    return tuple(merged)


def _squash(text: str) -> str:
    return " ".join(text.replace("*", " ").split())


def quote_marks_blanked(text: str) -> str:
    """An e-mail quoting an earlier message ("> Tỷ lệ ... đạt" on each line): the quote marks
    become spaces, so that "> 112/114" is no "greater than". Only when three lines or more are
    quoted text; a line "> 90% hồ sơ" alone in a plan keeps its comparator."""
    lines = text.split("\n")
    quoted = [line for line in lines if _QUOTE_MARK.match(line)]
    if len(quoted) < _MIN_QUOTED_LINES or not any(_QUOTED_WORDS.match(q) for q in quoted):
        return text
    return "\n".join(
        " " * len(found.group()) + line[found.end() :]
        if (found := _QUOTE_MARK.match(line))
        else line
        for line in lines
    )


def struck_spans(text: str) -> list[tuple[int, int]]:
    """What a draft showing its edits in Markdown has struck out ("đạt ~~81,2%~~ 82,3%"),
    marks included."""
    return [found.span() for found in _STRUCK.finditer(text)] if "~~" in text else []


def strike_marks_blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without what was struck out: "tối thiểu ~~85%~~ 90%" reads as "tối thiểu 90%".
    No-break spaces: runs of plain ones would set the value apart as a column of a table."""
    if not spans:
        return text
    parts, position = [], 0
    for start, end in spans:
        parts += [text[position:start], _NBSP * (end - start)]
        position = end
    return "".join(parts) + text[position:]


_STRUCK = re.compile(r"~~(?=\S)[^~\n]*?\S~~")


def emphasis_marks_blanked(text: str) -> str:
    """A document converted to Markdown: the marks of bold and italic spans ("**07** kế
    hoạch", "*Tính đến ngày 30/11/2026*,") and the backslashes escaping punctuation ("\\- Trong
    năm") become no-break spaces, so that a number reads next to its noun."""
    if "*" not in text and "\\" not in text:
        return text
    text = _EMPHASIS.sub(_emphasis_blanked, text)
    return _MARKDOWN_ESCAPE.sub(_NBSP, text)


def _emphasis_blanked(found: re.Match[str]) -> str:
    marks = _NBSP * len(found.group(1))
    return marks + found.group(2) + marks


def form_leaders_blanked(text: str) -> str:
    """A form filled in on its dotted lines ("Tổng số hộ (hộ): ....... 412 ....... hộ"): the
    leaders become no-break spaces, so that the value reads next to its label and its noun."""
    if "...." not in text and "……" not in text:
        return text
    return _FORM_LEADER.sub(lambda found: _NBSP * len(found.group()), text)


_FORM_LEADER = re.compile(r"[.…]*(?:\.{4}|…{2})[.…]*")


def ocr_percent_read(text: str) -> str:
    """A scan's percent sign read as "o/o" or "°/o" ("88,6 o/o") becomes "%" again."""
    if "/o" not in text:
        return text
    return _OCR_PERCENT.sub(lambda found: "%" + _NBSP * (len(found.group()) - 1), text)


_OCR_PERCENT = re.compile(r"(?<=\d) ?[o°]/o(?![\w/])")
_NBSP = "\u00a0"
_EMPHASIS = re.compile(r"(?<![*\w])(\*\*|\*)(?=[^\s*])([^*\n]*?[^\s*])\1(?![*\w])")
_MARKDOWN_ESCAPE = re.compile(r"\\(?=[-*_.#+!])")


_CONTINUED = re.compile(r"\((?i:tiếp(?: theo)?)\)\s*:?\s*$")
_QUOTE_MARK = re.compile(r"^[ \t]*>(?:[ \t]*>)*[ \t]?")
_QUOTED_WORDS = re.compile(r"^[ \t]*>(?:[ \t]*>)*[ \t]*[^\W\d_]")
_MIN_QUOTED_LINES = 3


def csv_as_cells(text: str) -> str:
    """A document saved as comma-separated values, or semicolon-separated as a spreadsheet in a
    Vietnamese locale saves it (most of its lines split outside quotes, and none writes ", " or
    "; " as prose does): each row's separators become tabs and its quotes spaces, a row with one
    filled cell (a title, a note) becomes a line of prose. Every character keeps its place."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    by_comma = sum(line.count(",") >= 2 for line in filled)
    by_semicolon = sum(line.count(";") >= 2 for line in filled)
    separator = ";" if by_semicolon > by_comma else ","
    if max(by_comma, by_semicolon) * 2 < len(filled):
        return text  # most documents: not even half their lines hold two separators
    rows = [_csv_separators(line, separator) for line in lines]
    filled_rows = [row for row, line in zip(rows, lines, strict=True) if line.strip()]
    if len(filled_rows) < _CSV_MIN_ROWS or sum(r is not None for r in filled_rows) * 2 < len(
        filled_rows
    ):
        return text
    converted = []
    for line, row in zip(lines, rows, strict=True):
        if row is None:
            converted.append(line)
            continue
        cells = "".join(" " if i in row or c == '"' else c for i, c in enumerate(line))
        single = sum(bool(cell.strip()) for cell in _split_at(line, row)) <= 1
        converted.append(
            cells if single else "".join("\t" if i in row else c for i, c in enumerate(cells))
        )
    return "\n".join(converted)


def collapsed_table_cells(text: str) -> str:
    """A table whose columns an OCR collapsed to single spaces: a header "STT Chỉ tiêu ĐVT KH
    năm 2033 TH quý I/2033 Cùng kỳ 2032" over rows "1 Tỷ lệ hồ sơ ... o/o 85 75,7 64,2" (some
    written with pipes). Each row's separators become tabs: its number, its indicator, its unit
    and as many values as the header names after the unit. Every character keeps its place."""
    if "STT " not in text and "TT " not in text:
        return text
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        columns = _collapsed_header(lines[index])
        if columns is None:
            index += 1
            continue
        lines[index] = _tabbed(lines[index], columns)
        values = len(columns) - 3  # after the number, the indicator and the unit
        index += 1
        while index < len(lines) and lines[index].strip():
            line = lines[index]
            if _PAGE_MARKER.match(line.strip()):
                index += 1
                continue
            if "|" in line and "\t" not in line:
                lines[index] = line.replace("|", "\t")
            elif row := _COLLAPSED_ROW.fullmatch(line):
                cuts = _row_cuts(row, values)
                if cuts is not None:
                    lines[index] = _tabbed(line, cuts)
            elif not _ROW_OR_WRAP.match(line):
                break  # the table has ended
            index += 1
    return "\n".join(lines)


def _collapsed_header(line: str) -> list[int] | None:
    """Where each cell of a collapsed header starts, when `line` is one: "STT" first, an
    indicator and a unit column, one value column at least, no tab, pipe or wide gap."""
    stripped = line.strip()
    if "\t" in line or "|" in line or "   " in stripped or not _COLLAPSED_HEAD.match(stripped):
        return None
    starts = [m.start() for m in _HEADER_CELL.finditer(line)]
    if len(starts) < 4 or not _UNIT_HEADER_CELL.search(line):  # noqa: PLR2004
        return None
    return starts


def _row_cuts(row: re.Match[str], values: int) -> list[int] | None:
    """Where the cells of a collapsed row start: its number, indicator, unit and values."""
    numbers = list(_ROW_VALUE.finditer(row.string, row.start("values"), row.end("values")))
    if len(numbers) != values:
        return None
    return [row.start("number"), row.start("indicator"), row.start("unit")] + [
        m.start() for m in numbers
    ]


def _tabbed(line: str, starts: list[int]) -> str:
    """`line` with the space before each of `starts` (but the first) made a tab."""
    chars = list(line)
    for start in starts[1:]:
        if start and chars[start - 1] == " ":
            chars[start - 1] = "\t"
    return "".join(chars)


_COLLAPSED_HEAD = re.compile(r"(?:STT|TT)\s+(?:Chỉ tiêu|Nội dung|Tên chỉ tiêu)\b")
_HEADER_CELL = re.compile(
    r"\b(?:STT|TT|Chỉ tiêu(?= ĐVT| Đơn vị)|Nội dung|Tên chỉ tiêu|ĐVT|Đơn vị tính|Ghi chú|"
    r"(?:KH|Kế hoạch|TH|Thực hiện|Ước TH|Ước thực hiện|Cùng kỳ|Chỉ tiêu|Mục tiêu|Năm)"
    r"(?:\s+(?:năm|quý|tháng|6 tháng|9 tháng))?(?:\s+[IVX\d]+(?:/\d{4})?)?)"
)
_UNIT_HEADER_CELL = re.compile(r"\b(?:ĐVT|Đơn vị tính)\b")
_VALUE = r"(?:[≥≤]\s?)?\d[\d.,]*|-"
_ROW_VALUE = re.compile(rf"(?<!\S)(?:{_VALUE})(?!\S)")
_COLLAPSED_ROW = re.compile(
    r"\s*(?P<number>\d{1,2})\s+(?P<indicator>\S.*?)\s+"
    r"(?P<unit>o/o|%|(?i:lượt người|tài khoản|hồ sơ|triệu đồng|tỷ đồng)|[^\W\d][^\s\d]*)\s+"
    rf"(?P<values>(?:{_VALUE})(?:\s+(?:{_VALUE}))*)\s*"
)
_ROW_OR_WRAP = re.compile(r"\s*(?:\d{1,2}\s|[^\W\d])")


def _csv_separators(line: str, separator: str = ",") -> set[int] | None:
    """Positions of the separators between cells (outside quotes), when the line reads as a
    CSV row: two separators at least, and none followed by a space outside quotes."""
    if line.count(separator) < 2 or (f"{separator} " in line and '"' not in line):
        return None
    separators: set[int] = set()
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            if line[index + 1 : index + 2] == " ":
                return None
            separators.add(index)
    return separators if len(separators) >= 2 else None


def _split_at(line: str, separators: set[int]) -> list[str]:
    cells, start = [], 0
    for index in sorted(separators):
        cells.append(line[start:index])
        start = index + 1
    return [*cells, line[start:]]


_CSV_MIN_ROWS = 5


def _record_blocks(lines: list[Line]) -> dict[int, int]:
    """Blocks of "Key: value" lines that are records of an export (three lines or more, one of
    them a value: `Giá trị`, `Số liệu`, `Kết quả`): start index → end index (exclusive)."""
    blocks: dict[int, int] = {}
    start = None
    for index in range(len(lines) + 1):
        text = lines[index].text if index < len(lines) else ""
        pair = _KEY_VALUE.match(text) if ":" in text else None
        if pair and start is None:
            start = index
        if pair is None and start is not None:
            pairs = [_KEY_VALUE.match(line.text) for line in lines[start:index]]
            if index - start >= 3 and any(map(_is_record_value, pairs)):
                blocks[start] = index
            start = None
    return blocks


def _is_record_value(pair: re.Match[str]) -> bool:
    """`Giá trị: 82,4`, `Giá trị: ≥ 90`, `Giá trị:` (left empty): a record's value, not prose
    ("Kết quả: đạt 92% kế hoạch")."""
    value = pair.group(2) or ""
    return bool(_VALUE_KEY.fullmatch(fold(pair.group(1)))) and (
        not value or bool(_RECORD_VALUE.fullmatch(value))
    )


def _add_record(builder: _UnitBuilder, block: list[Line]) -> None:
    """A record as a table row: its keys are the header, its values the cells (the keys
    blanked, so that every character keeps its place)."""
    fragments: list[tuple[Line, int, str]] = []
    spans: list[CellSpan] = []
    header: list[str] = []
    cursor = 0
    for column, line in enumerate(block):
        pair = _KEY_VALUE.match(line.text)
        if column:
            cursor += 1
        header.append(_squash(pair.group(1)))
        value_start = pair.start(2) if pair.group(2) is not None else len(line.text)
        raw = " " * value_start + line.text[value_start:]
        fragments.append((line, 0, raw))
        spans.append(CellSpan(column, cursor + value_start, cursor + len(raw)))
        cursor += len(raw)
    builder.add(TABLE_TSV, fragments, header=tuple(header), cells=spans)


def _add_table_row(
    builder: _UnitBuilder,
    row: list[tuple[Line, str]],
    shape: str,
    header: tuple[str, ...],
    caption: str = "",
) -> None:
    fragments: list[tuple[Line, int, str]] = []
    spans: list[CellSpan] = []
    cursor = 0
    for index, (line, raw) in enumerate(row):
        if index:
            cursor += 1
        fragments.append((line, 0, raw))
        column_start = 0
        for column, cell in enumerate(raw.split("\t")):
            spans.append(CellSpan(column, cursor + column_start, cursor + column_start + len(cell)))
            column_start += len(cell) + 1
        cursor += len(raw)
    builder.add(shape, fragments, header=header, cells=spans, caption=caption)


# "5     Hộ kinh doanh, doanh nghiệp sử dụng hoá": a row number, a gap, a label and no value
_NUMBERED_LABEL_ROW = re.compile(r"\d{1,2}\s{3,}[^\W\d][^\d]*")


def _wraps_its_label(row: list[tuple[Line, str]], cells: list[str]) -> bool:
    """An OCR's row whose label wrapped: "5  Hộ kinh doanh, doanh nghiệp sử dụng hoá" (no value)
    over "   đơn điện tử   hộ, DN   1.300   1.183" (the label going on in lower case, then the
    values)."""
    if len(row) != 1 or len(cells) < 2:
        return False
    above = row[0][1].split("\t")
    label = next((cell.strip() for cell in cells[1:] if cell.strip()), "")
    return (
        bool(_BARE_ROW_NUMBER.match(above[0].strip()))
        and not any(_BARE_VALUE.match(cell.strip()) for cell in above[1:])
        and not above[-1].rstrip().endswith(":")
        and label[:1].islower()
    )


def _is_group_row(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c.strip()]
    return (
        len(filled) in (1, 2)
        and bool(re.fullmatch(rf"{_ROMAN}\.?", filled[0]) or len(filled) == 1)
        and _is_caps(filled[-1])
    )


def _is_cells_group_row(stripped: str) -> bool:
    """Inside a one-cell-per-line table only group rows ("I. HẠ TẦNG SỐ") and appendices are
    headings; "1. Tỷ lệ ..." is a cell."""
    if not _CELLS_TABLE_HEADING.match(stripped):
        return bool(re.match(rf"^{_ROMAN}[.)]\s+\S", stripped) and _is_caps(stripped))
    return True


def _starts_row(number: int, row: list[tuple[Line, int, str]], header_cells: int) -> bool:
    """Is a bare number on its own line the next row's number, or a value cell of this row?"""
    if not row:
        return True
    if header_cells >= 3 and len(row) < header_cells:
        return False
    previous = row[0][2].strip()
    return not previous.isdigit() or number == int(previous) + 1


def _add_cells_row(
    builder: _UnitBuilder, row: list[tuple[Line, int, str]], header: tuple[str, ...], caption: str
) -> None:
    """A table row written one cell per line; when it has as many lines as the table has header
    cells, each line is a cell of the column of the same position."""
    if len(header) < 3 or len(row) != len(header):
        builder.add(TABLE_CELLS, row, caption=caption)
        return
    spans, cursor = [], 0
    for column, (_, _, fragment) in enumerate(row):
        spans.append(CellSpan(column, cursor, cursor + len(fragment)))
        cursor += len(fragment) + 1
    builder.add(TABLE_CELLS, row, header=header, cells=spans, caption=caption)


def section_path(headings: tuple[Heading, ...]) -> str:
    return " > ".join(h.text for h in headings)
