"""Keep personal data (names, e-mail addresses, phone numbers) out of everything we store."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ingest.text import Cue, fold

NAME_PLACEHOLDER = "[họ tên]"
EMAIL_PLACEHOLDER = "[email]"
PHONE_PLACEHOLDER = "[số điện thoại]"

# A number after "ĐT:", however its digits are grouped ("ĐT: 0220 3 852 417"): found as a
# number of three groups or more first (a case-sensitive scan), then its label checked.
_GROUPED_NUMBER = re.compile(
    r"[+0](?<![\d.,/][+0])(?:(?<=\+)84|(?<=0)\d{1,3})(?:[ .]\d{1,4}){2,4}(?![\d/])"
)
_PHONE_LABEL = re.compile(r"(?:\bđt|điện thoại|\bsđt|\btel|\bfax|hotline|đường dây nóng)\s*:?\s*$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Vietnamese mobile/landline numbers: 0xx xxx xxxx, +84 ..., with optional spaces or dots.
PHONE = re.compile(
    # opens on the class [+0] so that the scan skips ahead to the candidates
    r"[+0](?:(?<=\+)84[ .-]?\d{2,3}|(?<![\d/.,]0)(?<=0)\d{2,3})[ .-]?\d{3}[ .-]?\d{3,4}(?![\d/])"
    # a landline with a four-digit area code: "0225 3876 214", "0220.3852.416"
    r"|0(?<![\d/.,]0)\d{3}[ .-]\d{4}[ .-]\d{3}(?![\d/])"
)
_SYLLABLE = r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]+"
# A person addressed by title inside prose or a table cell: "Đồng chí Nguyễn Văn A".
# The title opens with one character class, not an alternation, so that the regex engine can
# skip ahead to those characters instead of trying every position of the text.
TITLED_NAME = re.compile(
    r"(?P<title>[ĐđÔôBbAaCcEe](?:(?<=[Đđ])ồng chí|(?<=[Đđ])/c|(?<=[Ôô])ng|(?<=[Bb])à|(?<=[Bb])ác|"
    r"(?<=[Aa])nh|(?<=[Cc])hị|(?<=[Cc])ô|(?<=[Cc])hú|(?<=[Cc])ụ|(?<=[Cc])háu|(?<=[Ee])m))"
    rf"\s+(?P<name>{_SYLLABLE}(?:\s+{_SYLLABLE}){{1,4}})"
)
_PERSON = rf"{_SYLLABLE}(?:\s+{_SYLLABLE}){{1,4}}"
# A person named after a role and a colon: "Người xuất dữ liệu: Lương Thị Kim Oanh (...)",
# "Cán bộ đầu mối: Lê Thị Ngọc Ánh, Văn phòng ...", "Trưởng ban biên tập: Đào Minh Hiếu".
# Found from the colon (a case-sensitive scan), then the role before it checked.
_AFTER_COLON_NAME = re.compile(rf":\s*(?P<name>{_PERSON})(?=\s*(?:$|[,(;.–-]))", re.MULTILINE)
_ROLE_BEFORE_COLON = re.compile(
    r"(?:người|cán bộ|công chức|đầu mối|trưởng|phó|thư ký|chủ trì|chủ tọa|biên tập|phụ trách|"
    r"liên hệ)[^:\n]{0,30}$"
)
# The sender of a chat message: "[08:15, 12/10/2026] Nguyễn Văn Bình: ...", at a line's start
# or inside a paragraph joined from the lines
CHAT_SPEAKER = re.compile(
    r"\[[^\]\n]{0,20}\d{1,2}:\d{2}[^\]\n]{0,20}\]"
    rf"\s*(?P<name>{_PERSON})(?=\s*(?:[-–][^:\n]{{0,40}})?:)"
)
_SPEAKER_OPENING = re.compile(rf"\s*(?P<name>({_SYLLABLE})(?:\s+{_SYLLABLE}){{1,3}})\s*:")
# A police or army officer by rank: "Thiếu tá Lê Văn Khải".
RANKED_NAME = re.compile(
    r"[TĐ](?<!\w[TĐ])(?:(?<=T)(?:hiếu|rung|hượng)|(?<=Đ)ại) (?:tá|úy|uý)"
    rf"\s+(?P<name>{_PERSON})"
)
# A reporter's byline: "Phạm Ngọc Anh (Báo Hải Phòng)", "Nguyễn Hà - Trung tâm VHTT&TT".
BYLINE = re.compile(
    rf"^[ \t*]*(?P<name>{_PERSON})\s*[(–-]\s*(?:Báo|Đài|Tạp chí|TTXVN|Cổng|Trung tâm|"
    r"Phóng viên|PV|CTV)\b[^\n]*$",
    re.MULTILINE,
)
# An official named after the office, before what they said: "Chủ tịch UBND phường Phạm Quang
# Duy cho biết", "Cục trưởng Cục Chuyển đổi số quốc gia Trần Minh Tuấn nhấn mạnh, ...".
_AFTER_OFFICE = (
    rf"\b[^,.;:()\n]{{1,80}}?\s(?P<run>{_SYLLABLE}(?:\s+{_SYLLABLE}){{1,7}})"
    r"(?=\s*,|\s+(?:cho biết|phát biểu|nhấn mạnh|khẳng định|chia sẻ|yêu cầu|đề nghị|chỉ đạo|"
    r"nêu rõ|nêu|cho rằng|thông tin|báo cáo|kết luận|đánh giá)\b)"
)
OFFICE_BEFORE_NAME = re.compile(
    # the offices, opening on a character class so that the scan skips ahead to them
    r"[CBGVT](?<!\w[CBGVT])(?:(?<=C)(?:hủ tịch|ục trưởng|hánh Văn phòng)|(?<=B)(?:í thư|ộ trưởng)|"
    r"(?<=G)iám đốc|(?<=V)ụ trưởng|(?<=T)(?:hứ trưởng|rưởng phòng|rưởng ban|hủ tướng|ổ trưởng|"
    r"rưởng thôn))" + _AFTER_OFFICE
)
# The run of capitalised words before the verb may start with a place ("UBND phường Lê Chân
# Phạm Quang Duy"): the person's name is its last three or four words, from a family name, and
# is no unit's name ("Chủ tịch UBND phường Lê Thanh Nghị cho biết").
_FAMILY_NAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lương Đinh Trịnh Đào "
    "Cao Đoàn Vương Trương Tạ Lưu Chu Phùng Quách Tô Mạc Nghiêm Triệu Doãn Kiều Lại".split()
)


def column_names(text: str) -> tuple[str, ...]:
    """The persons a table lists in a column of their own ("| STT | Giải | Họ và tên | ..."),
    a pipe or tab table's: to be left out wherever the document names them."""
    if not _NAME_COLUMN_WORDS.search(text):
        return ()
    names: list[str] = []
    column: int | None = None
    for line in text.split("\n"):
        separator = "|" if "|" in line else "\t" if "\t" in line else None
        if separator is None:
            column = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split(separator)]
        if column is None:
            column = next((i for i, cell in enumerate(cells) if is_name_header(cell)), None)
        elif column < len(cells) and _PERSON_CELL.fullmatch(cells[column]):
            names.append(cells[column])
    return tuple(dict.fromkeys(names))


def is_name_header(cell: str) -> bool:
    """Does a table's header cell head a column of persons' names ("Họ và tên")?"""
    return bool(_NAME_HEADER.fullmatch(cell.strip()))


_NAME_COLUMN_WORDS = Cue(r"(?i:họ và tên|họ tên|họ, tên)", flags=0)
_NAME_HEADER = re.compile(r"(?i:họ và tên|họ tên|họ, tên)(?:\s+[^\W\d]+){0,3}")
_PERSON_CELL = re.compile(_PERSON)


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` names a person outside a signature block: after "Ông", "Bà", "Anh", "Chị",
    "Đồng chí" or a rank, after a role and a colon, in a byline or a chat message's header, or
    after an office before what they said."""
    spans = [
        (m.start("name"), m.end("name")) for m in TITLED_NAME.finditer(text) if is_titled_name(m)
    ]
    for match in _AFTER_COLON_NAME.finditer(text) if ":" in text else ():
        if _ROLE_BEFORE_COLON.search(text[max(0, match.start() - 45) : match.start()].lower()):
            spans.append(match.span("name"))
    spans += [m.span("name") for m in BYLINE.finditer(text)]
    spans += [m.span("name") for m in RANKED_NAME.finditer(text)]
    if "[" in text:
        spans += [m.span("name") for m in CHAT_SPEAKER.finditer(text)]
    if (speaker := _SPEAKER_OPENING.match(text)) and speaker.group(2) in _FAMILY_NAMES:
        # a message cut from its header ("Lê Quang Huy: Em chào ..."), not a unit ("Lê Chân: ...")
        if fold(speaker.group("name")) not in _places():
            spans.append(speaker.span("name"))
    for match in OFFICE_BEFORE_NAME.finditer(text):
        words = list(re.finditer(r"\S+", match.group("run")))
        for word in words[max(0, len(words) - 4) : -2]:
            person = match.group("run")[word.start() :]
            if word.group() in _FAMILY_NAMES and fold(person) not in _places():
                spans.append((match.start("run") + word.start(), match.end("run")))
                break
    return _merged(spans)


def _places() -> frozenset[str]:
    from ingest.issuer import unit_names  # the seed of units is read once, when first needed

    return unit_names()


def personal_spans(text: str, names: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """Where `text` holds e-mails, phone numbers, persons it names (`name_spans`) and the
    given names, each with its placeholder; sorted, without overlaps."""
    found = [(s, e, EMAIL_PLACEHOLDER) for s, e in email_spans(text)] if "@" in text else []
    found += [(s, e, PHONE_PLACEHOLDER) for s, e in phone_spans(text)]
    found += [(s, e, NAME_PLACEHOLDER) for s, e in name_spans(text)]
    if names:
        found += [(*m.span(), NAME_PLACEHOLDER) for m in names_pattern(tuple(names)).finditer(text)]
    spans: list[tuple[int, int, str]] = []
    for start, end, placeholder in sorted(found):
        if spans and start < spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]), spans[-1][2])
        else:
            spans.append((start, end, placeholder))
    return spans


def redact(text: str, names: Iterable[str] = ()) -> str:
    """`text` with its personal data (`personal_spans`) replaced by placeholders."""
    return _redacted(text, tuple(names))


@lru_cache(maxsize=4096)
def _redacted(text: str, names: tuple[str, ...]) -> str:
    # the facts of one sentence share its sentence and section: each is redacted once
    return redacted_slice(text, 0, len(text), personal_spans(text, names))


def redacted_slice(text: str, low: int, high: int, spans: list[tuple[int, int, str]]) -> str:
    """`text[low:high]` with the `personal_spans` of the whole `text` replaced, also those the
    slice cuts ("...ởng Cục ... Trần Minh Tuấn": the name is found with its title)."""
    pieces, cursor = [], low
    for span_start, span_end, placeholder in spans:
        if span_end <= cursor or span_start >= high:
            continue
        pieces += [text[cursor : max(cursor, span_start)], placeholder]
        cursor = min(span_end, high)
    pieces.append(text[cursor:high])
    return "".join(pieces)


def is_titled_name(match: re.Match[str]) -> bool:
    """The title must start a word ("Ông", not the end of "Công")."""
    start = match.start()
    return start == 0 or not match.string[start - 1].isalnum()


def names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern for a set of personal names (longest first)."""
    return _names_pattern(tuple(sorted(set(names), key=len, reverse=True)))


@lru_cache(maxsize=64)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in names if n) or r"(?!x)x", re.IGNORECASE)


def email_spans(text: str) -> list[tuple[int, int]]:
    """The spans `EMAIL.finditer` finds, found from each "@" back to where its address starts.

    Tried at every position, the pattern rescans each long word to its end, which costs
    quadratic time; an address can only start where the run of address characters before its
    "@" starts.
    """
    spans: list[tuple[int, int]] = []
    scanned = 0
    at = text.find("@")
    while at >= 0:
        start = at
        while start > scanned and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        found = EMAIL.match(text, start) if start < at else None
        if found:
            spans.append(found.span())
            scanned = found.end()
            at = text.find("@", scanned)
        else:
            at = text.find("@", at + 1)
    return spans


def phone_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in PHONE.finditer(text)]
    for match in _GROUPED_NUMBER.finditer(text):
        if _PHONE_LABEL.search(text[max(0, match.start() - 16) : match.start()].lower()):
            spans.append(match.span())
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans, overlapping ones joined (two patterns may find the same name or number)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
