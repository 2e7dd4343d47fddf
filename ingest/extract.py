"""Find every target and result in a ward document; account for every other number.

Rules follow the genre (section roles, wording, table shapes) as written down in
`ingest/EXTRACTION_RULES.md`; nothing here knows a particular document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ingest.issuer import (
    CITY,
    CITY_GOAL,
    COMMUNE,
    NATION_GOAL,
    NATION_MATCH,
    mentions,
    place_cell,
    subject_of,
)
from ingest.metadata import NEWS, DocumentMeta, WardMatch, extract_metadata
from ingest.numbers import NUMBER_TOKEN, NumberFormatError, is_plausible, parse_number
from ingest.periods import (
    PeriodPhrase,
    cut_off_dates,
    first_day_of_span,
    last_day_of_span,
    lunar_day_anchors,
    lunar_to_solar,
    moment_header,
    period_phrases,
    valid_date,
)
from ingest.privacy import (
    email_spans,
    is_name_header,
    name_spans,
    names_pattern,
    personal_spans,
    phone_spans,
    redact,
    redacted_slice,
)
from ingest.segment import (
    COMMENT_FOOTER,
    HEADING,
    PROSE,
    TABLE_CELLS,
    TABLE_HEADER,
    TABLE_MARKDOWN,
    TABLE_TSV,
    CellSpan,
    Heading,
    Segmentation,
    Unit,
    collapsed_table_cells,
    csv_as_cells,
    emphasis_marks_blanked,
    form_leaders_blanked,
    is_list_item,
    ocr_percent_read,
    quote_marks_blanked,
    section_path,
    segment,
    strike_marks_blanked,
    struck_spans,
)
from ingest.text import UPPER, Cue, fold, squash
from ingest.units import (
    CANONICAL_UNITS,
    PERCENT,
    RANK,
    administrative_noun,
    bare_times,
    counted_noun,
    measure_word,
    names_persons,
    stated_unit,
    structure_noun,
    times_named,
    times_of_acts,
    unit_word,
    vocabulary_unit,
)

EXTRACTOR_VERSION = "2.103.0"

TARGET = "target"
ACTUAL = "actual"
# Every reason a numeric token can be rejected with (EXTRACTION_RULES.md explains each one).
REJECTION_REASONS = frozenset(
    {
        "year", "date", "document_number", "legal_citation", "outline_number", "clock_time",
        "technology", "speed_threshold", "duration", "age", "ordinal", "schedule",
        "name_or_address", "range_bound", "implausible", "other", "signature_block",
        "phone_number", "email", "url", "identifier", "descriptive_quantity", "no_unit",
        "unparseable", "unsegmented", "indicator_qualifier", "group_definition",
        "plan_structure", "administrative_structure", "rank_denominator", "denominator",
        "page_number", "translation", "struck_out", "page_counter", "citizen_comment",
    }
)  # fmt: skip
REDACTED = "[redacted]"
# rejections stored without their token or its line
_PERSONAL_REASONS = frozenset({"email", "phone_number", "signature_block", "citizen_comment"})


@dataclass(frozen=True, slots=True)
class Fact:
    document: str
    line: int
    char_start: int
    char_end: int
    section: str
    sentence: str
    source_shape: str
    kind: str
    indicator_text: str
    value: float
    unit: str
    numerator: float | None
    denominator: float | None
    comparator: str
    period_start: int | None
    period_end: int | None
    as_of: date | None
    raw_token: str
    ward_code: str | None
    ward_name: str | None
    ward_reason: str | None
    ward_level: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    document: str
    line: int
    char_start: int
    char_end: int
    raw_token: str
    reason: str
    context: str


@dataclass(frozen=True)
class Extraction:
    document: str
    meta: DocumentMeta
    facts: list[Fact]
    rejected: list[Rejection]
    tokens_seen: int
    # where the personal data is, so that a stored copy of the text can leave it out
    excluded_lines: frozenset[int] = frozenset()
    signer_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Measure:
    value: float
    unit: str
    numerator: float | None = None
    denominator: float | None = None
    range_lower: bool = False
    unit_end: int = 0  # unit offset where the value and its unit word end
    comparator: str | None = None  # stated by the unit itself ("tốp 10" is at most 10th)


class _TrailingRun:
    """A run of alternatives at the end of a text ("... đạt là", "tỷ lệ: "), to strip.

    A text that does not end in one alternative cannot end in a run of them; testing that on
    the last few characters first spares trying the run at every position of a long phrase.
    """

    def __init__(self, alternatives: str, reach: int, flags: int = 0) -> None:
        self.run = re.compile(rf"(?:{alternatives})+$", flags)
        self.last = re.compile(rf"(?:{alternatives})$", flags)
        self.reach = reach + 1  # `$` also matches before a final newline

    def strip(self, text: str) -> str:
        if not self.last.search(text, max(0, len(text) - self.reach)):
            return text
        if len(text) <= _END_WINDOW:
            return self.run.sub("", text)
        # only the tail: a `(...)+$` pattern tried at every position of a long clause costs
        # quadratic time
        head, tail = text[:-_END_WINDOW], text[-_END_WINDOW:]
        stripped = self.run.sub("", tail)
        return head + stripped if stripped else self.run.sub("", text)


_END_WINDOW = 120


class _EndWord:
    """A pattern matched at the end of the folded words before a value ("... ngay", "so:"), and
    the endings the text must then have, after whitespace (and one colon when `colon`).

    Testing the ending costs much less than the pattern, which is tried at every position.
    """

    def __init__(self, pattern: str, ends: tuple[str, ...], colon: bool = False) -> None:
        self.pattern = re.compile(pattern)
        self.ends = ends
        self.colon = colon

    @classmethod
    def words(cls, *words: str) -> _EndWord:
        """One of `words`, a whole word, closing the text (before any whitespace)."""
        return cls(rf"\b(?:{'|'.join(words)})\s*$", words)

    def search(self, text: str) -> re.Match[str] | None:
        tail = text.rstrip()
        if self.colon and tail.endswith(":"):
            tail = tail[:-1].rstrip()
        return self.pattern.search(text) if tail.endswith(self.ends) else None


# the title in quotes of things just counted: 'in 420 áp phích "Nhận diện 6 thủ đoạn lừa đảo"'
_COUNTED_THINGS_TITLE_BEFORE = re.compile(
    r"\d[\d.,]*\s+[^\W\d][^\d\"“”;:.,]{0,30}\s[\"“][^\"“”]{0,40}$"
)
_URL_SCHEME = Cue(r"(?:https?://|www\.)[^\s>]+", flags=0)
_DOMAIN_END = re.compile(r"\.(?:vn|com|net|org|gov)\b[^\s<>]*")
_DOC_SUFFIX = re.compile(r"^(?:\s?[-/]\s?[A-ZĐ]|\s[A-ZĐ]{2,}[-/])")
# "tuần 46" is a calendar week; "mỗi tuần 2 buổi" counts
_DATE_WORD_BEFORE = _EndWord(
    # not a span's "lũy kế 9 tháng 38.214 tài khoản": the months counted, then the value
    r"\b(?:ngay|(?<!\d )thang|quy|(?<!moi )(?<!hang )(?<!\d )tuan)\s*$",
    ends=("ngay", "thang", "quy", "tuan"),
)
# a count each period, the period written first: "mỗi quý 01 đợt", "hằng tháng 02 lần" (not the
# quarter "quý 01" nor the month "tháng 02"), as "mỗi tuần 2 buổi"
_EVERY_PERIOD_BEFORE = re.compile(r"\b(?:moi|hang)\s+(tuan|thang|quy|nam)\s*$")
_SESSIONS_OR_TIMES_AFTER = re.compile(r"^\s*(?:lan|dot|buoi)\b")
_TIMES_AFTER = re.compile(r"^\s*(?:lan|dot)\b")
_TIMES_PER = {
    "tuan": "times_per_week", "thang": "times_per_month", "quy": "times_per_quarter",
    "nam": "times_per_year",
}  # fmt: skip
_DATE_CONTEXT = re.compile(
    r"\b(?:ngay|truoc|sau|tu|den)\b(?! nay\b)[^.;]{0,20}$"  # not "đến nay, 5/5 chợ": until now
    r"|\bngay chuyen doi so(?: quoc gia)?\s*\(?\s*$"  # "Ngày Chuyển đổi số quốc gia 10/10"
)
_LEGAL_KINDS = (
    "dieu", "khoan", "chuong", "de an", "nghi quyet", "nghi dinh", "quyet dinh", "ke hoach",
    "chi thi", "thong tu", "luat", "cong van", "van ban", "chuong trinh", "thong bao", "to trinh",
    "bao cao", "ke hoach hanh dong",
)  # fmt: skip
_LEGAL_BEFORE = _EndWord(
    rf"\b(?:{'|'.join(_LEGAL_KINDS)})(?: so)?\s*:?\s*$", ends=(*_LEGAL_KINDS, "so"), colon=True
)
_SUM_BRACKET_BEFORE = Cue(r"\d\s*(?:trieu |ty |nghin )?dong\s*\(\s*$", flags=0)
_SHARE_OF_A_VALUE_AFTER = re.compile(r"^\s*%\s*gia tri\b")
# how a count is worked out, its share per place in the bracket after it: the 02 of "huy động 44
# đoàn viên tình nguyện (02 đoàn viên/thôn)"
_COUNT_THEN_BRACKET_BEFORE = re.compile(r"\d[\d.,]*\s+[^\W\d][^()\d;.:]{0,40}\(\s*$")
_PER_PLACE_SHARE_AFTER = re.compile(
    r"^\s*[^\W\d][^()\d/;]{0,25}/\s*(?:thôn|tổ dân phố|TDP|xã|phường|đơn vị|lớp|trường)\s*\)"
)
# a budget line's working in brackets, factors joined by a times sign: "(88 đợt × 03 người ×
# 100.000 đồng): 26,4 triệu đồng" (the line's sum after it is the value, not its rate)
_MULTIPLIED_FACTORS = re.compile(r"\d[^()×]*(?:×|\sx\s)\s*\d")
# (also a pass bar: "trả lời đúng từ 21/30 câu trở lên")
_ANSWERED_BEFORE = Cue(r"\b(?:dung|dat)(?: tu)?\s*$", flags=0)
_QUESTIONS_AFTER = re.compile(r"^\s*cau\b")
_CROSS_REFERENCE_BEFORE = Cue(r"\b(?:tai|theo)\s+(?:diem|tiet)\s*$", flags=0)
_KEY_LABEL = re.compile(r"\s*[-+•]?\s*([^\W\d][^:;\d]{1,80}?)\s*:\s*")
# "89,1% ➡️ 96,2%", "214 → 356 camera": a post's arrow from where a value stood to where it is
_ARROW = r"(?:➡\ufe0f?|→|⇒|➔|➜|=>|->)"
_LISTED_BEFORE_ITS_NOUN = re.compile(rf"\s*(?:,|và|hoặc|{_ARROW})\s*\d[\d.,]*(?=\s+[^\W\d])")
_RISEN_TO_COUNT_AFTER = re.compile(r"\s*(?:lên|xuống)(?:\s+còn)?\s+\d[\d.,]*(?=\s+[^\W\d])")
_BARE_MONEY_AFTER = re.compile(r"^\s*(ty|trieu)\b(?!\s+(?:dong|usd|luot|nguoi|ho|ban))")
_SPENT_BEFORE = re.compile(
    # (or a source of the money: "trong đó nguồn xã hội hóa hơn 300 triệu")
    r"\b(?:chi|kinh phi|ngan sach|giai ngan|dau tu|bo tri|du toan|von|nguon)\b[^.;%\d]{0,40}$"
)
# the verb, not "Báo cáo số": "đã báo cáo 31.560 tài khoản", also after the body that reports,
# as a verification report quotes it: "UBND xã báo cáo 45 camera đã kết nối"
_REPORTED_BEFORE = re.compile(
    r"\b(?:da|duoc|chua|se|(?:ubnd|uy ban nhan dan)(?: xa| phuong| thanh pho)?) bao cao\s*$"
)
_NUMBER_LABEL_BEFORE = _EndWord(r"\bso\s*:\s*$", ends=(":",))
_DOCUMENT_NUMBER_LABEL = re.compile(r"(?:^|[\s(*])(?:Số|SỐ)\s*:\s*$")
_ORDINAL_WORDS = (
    "lan", "giai doan", "thu", "dot", "ky", "phien ban", "khoa", "to", "phan", "stt", "phu luc",
    "phuong an",  # a submission's options by number: "tổng chi phí của Phương án 2 thấp hơn ..."
)  # fmt: skip
# "kỳ 2" is a term's number; "định kỳ 02 lần/năm" (periodic) and "quá hạn trong kỳ" / "127 hồ
# sơ" (within the period) count
_ORDINAL_BEFORE = _EndWord(
    rf"\b(?:{'|'.join(_ORDINAL_WORDS)})(?<!dinh ky)(?<!dang ky)(?<!trong ky)\s*$",
    ends=_ORDINAL_WORDS,
)
_UNIT_NAME_REACH = 40


def _ends_a_unit_name(before: str) -> bool:
    """Whether the words right before a value end a commune's name whose last word is an
    ordinal's ("trong đó xã Tứ Kỳ 1,05 tỷ đồng": Tứ Kỳ's money, not a term "kỳ 1")."""
    named = [m for m in mentions(before) if m.level == COMMUNE and m.code]
    return bool(named) and not before[named[-1].end :].strip()


# "thu 6,4 tỷ đồng", "tiêu thụ 4.150 tấn": verbs whose fold is that of the ordinal "thứ"
_COLLECTS_BEFORE = re.compile(r"(?<!\w)[Tt]h[uụ]\s*$")
# "khởi tố 02 vụ", "truy tố 03 bị can": the verb whose fold is that of the team "tổ 02"
_PROSECUTES_BEFORE = re.compile(r"(?<!\w)tố\s*$")
# "khóa 05 tài khoản mạng xã hội", "khóa 146 thuê bao": the verb "lock" before what it locks,
# whose fold is that of a course's label "khóa 5"
_LOCKS_BEFORE = re.compile(r"(?<!\w)kh(?:óa|oá)\s*$")
_LOCKED_AFTER = re.compile(
    r"^\s*(?:tai khoan|tk|thue bao|sim|so dien thoai|trang|website|fanpage|kenh|nhom)\b"
)
# "tầng 2 trụ sở"; a form's "Cột 3 lấy theo ...", "Dòng 2 và dòng 4"
# (not "hạ tầng 860 triệu đồng", infrastructure)
_FLOOR_BEFORE = Cue(r"(?i:\b(?:(?<!hạ )tầng|cột|dòng|bảng|biểu))\s*$", flags=0)
# "dòng 1, 2 và 3", "các TDP số 7, 15, 22", "số liệu chỉ tiêu 2, 6 do Công an xã ... cung cấp":
# labels listed after the first
_ROWS_CITED_BEFORE = Cue(
    # (or an index's criteria by code: "các chỉ số 1.2, 1.3, 3.2 và 6.3")
    r"(?i:\b(?:dòng|số|stt|chỉ tiêu|chỉ số|tiêu chí))\s+\d+(?:\.\d)?(?:\s*(?:,|và)\s*\d+(?:\.\d)?)*"
    r"\s*(?:,|và)\s*$",
    flags=0,
)
# a school's room by its number, "tại phòng 205 khu nhà A", "các phòng 301, 302" (not "nguồn dự
# phòng 150 triệu đồng"), and a lesson period of its timetable, "vào tiết 3 sáng thứ Hai" (not
# "Chi tiết 16 đơn vị", "điều tiết 17 học sinh", "thời tiết")
# (nor the city: "Hải Phòng 27°C", "thành phố Hải Phòng" over a dateline)
_ROOM_BEFORE = _EndWord(r"(?<!\bdu )(?<!\bhai )\bphong ?$", ends=("phong",))
_LESSON_PERIOD_BEFORE = _EndWord(r"(?<!\bchi )(?<!\bdieu )(?<!\bthoi )\btiet ?$", ends=("tiet",))
_ADDRESS_BEFORE = _EndWord.words("so")
_LEVEL_BEFORE = _EndWord.words("muc")
# "lúc 8 giờ", "vào khung giờ 17 giờ - 18 giờ": a time of day
_CLOCK_BEFORE = _EndWord(
    r"\b(?:truoc|sau|luc|hoi|tu|den|vao(?: khoang)?|khung gio(?: cao diem| thap diem)?)\s*$"
    r"|\bgio\s*[-–]\s*$",
    ends=("truoc", "sau", "luc", "hoi", "tu", "den", "vao", "khoang", "gio", "diem", "-", "–"),
)
# "14 giờ 00", "14 giờ 25 phút, ngày ...": an hour with its minutes is a time of day ("8 giờ 30
# phút" alone may be a duration)
_CLOCK_MINUTES_AFTER = re.compile(
    r"^\s*gio\s*\d{2}\b(?:(?!\s*phut)|\s*phut\s*,?\s*(?:ngay|sang|chieu|toi|thu)\b)"
    r"|^\s*gio\s+(?:sang|trua|chieu|toi|dem)\b"  # "8 giờ sáng hôm sau"
)
_CODE_BEFORE = re.compile(rf"\b[{UPPER}]{{2,}}[-_]$")
# "80 - 85%", "80÷85%", "60% - 65%"
_RANGE_AFTER = re.compile(r"^\s*%?\s*[-–÷]\s*\d+(?:[.,]\d+)?")
_RANGE_BOUND_BEFORE = re.compile(r"\d\s*%?\s*[-–÷]\s*$")
# "214/219 – 97,7%": a fraction, then its rate after a dash, is no range
_FRACTION_THEN_DASH = re.compile(r"\d/\d+(?:[.,]\d+)*\s*[-–]\s*$")
# "từ 3 đến 5 người": written out, a range of counts (folded text; "từ 01/01 đến 30/9" and
# "từ 75% đến 80%" are not: a date, and a rate's own sign)
_FROM_BEFORE = _EndWord.words("tu")
# "07 (bảy) văn bản", "15 (mười lăm) tổ": the number again in words, in brackets
_IN_WORDS_AFTER = re.compile(
    r"^\s*\((?:\s*(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram|nghin|ngan|trieu|"
    r"linh|le|ty)\b)+\s*\)"
)
_SPAN_AFTER = re.compile(r"^\s*%?\s+(?:den|toi)\s+\d+(?:[.,]\d+)?(?![\d/.,-])")
# (also of a size in metres: "cao từ 18 m đến 45 m", the 45 bounds the heights)
_SPAN_BOUND_BEFORE = _EndWord(
    r"\btu\s+\d+(?:[.,]\d+)?\s*(?:%|\s(?:k|c)?m)?\s+(?:den|toi)\s+$", ends=("den", "toi")
)
_PERCENT_AFTER = re.compile(r"^\s*\\?%")
_PERCENT_WORDS_AFTER = re.compile(r"^\s*(?:phan tram|t[iy] le)\b")
# "20 giây]" (seconds; the fold of "giấy", paper, so only where no noun follows)
_DURATION_AFTER = re.compile(
    r"^\s*(?:(?:thang|ngay|nam|tuan|phut)\b|giay(?=\s*(?:[,;.)\]-]|$))"
    # (not the "quỹ" of a fund, which folds like a quarter: "01 Quỹ tín dụng nhân dân")
    r"|quy\b(?!\s+(?:tin dung|dau tu|ho tro|khuyen hoc|phat trien|bao hiem|vi nguoi ngheo)\b))"
)
_FREQUENCY_AFTER = re.compile(r"^\s*(?:lan|buoi)\s*(?:/|moi\b|trong\b)")
_DAYS_AFTER = re.compile(r"^\s*ngay(?: lam viec)?\b")
_PROCESSING_TIME_BEFORE = re.compile(
    # also how long a dossier's review takes: "thời gian xét duyệt ... bình quân 4,2 ngày làm việc"
    # or an appraisal's: "rút ngắn thời gian thẩm định, cấp mã ... xuống tối đa 03 ngày làm việc"
    # or a card's handover: "thời gian trả thẻ căn cước bình quân 4,8 ngày làm việc", or a
    # failed payment's refund: "thời gian hoàn tiền giao dịch lỗi bình quân 1,2 ngày làm việc"
    r"\bthoi gian (?:giai quyet|xu ly|tra (?:ket qua|the)|phan hoi|tra loi|cap|xet duyet"
    r"|tham dinh|hoan tien)\b"
    r"[^;.]*$"
    # the service itself under a limit: "Trả lời phản ánh trên Zalo OA tối đa 2 ngày làm việc"
    r"|\b(?:giai quyet|xu ly|tra ket qua|phan hoi|tra loi)\b[^;.\d]{0,60}"
    r"\b(?:toi da|khong qua|trong vong)\s*$"
)
# how long recordings are kept, what a storage system holds or must hold: "Thời gian lưu trữ dữ
# liệu hình ảnh tối thiểu 30 ngày; riêng camera AI ... tối thiểu 90 ngày", "đầu ghi ... chỉ lưu
# được khoảng 7 ngày, thấp hơn yêu cầu tối thiểu 30 ngày" (a device's specification under its
# lead-in is read before: "lưu trữ tối thiểu 30 ngày")
_RETENTION_TIME_BEFORE = re.compile(
    r"\b(?:thoi gian luu tru|luu(?: tru)? duoc)\b[^;.]*(?:;\s*rieng\b[^;.]*)?$"
)
# a tile's figure over its label: "1,4 ngày" / "thời gian giải quyết trung bình/hồ sơ"
_PROCESSING_TIME_AFTER = re.compile(
    r"^\s*ngay(?: lam viec)?\s+thoi gian (?:giai quyet|xu ly|tra ket qua|phan hoi|tra loi)\b"
)
_MINUTES_AFTER = re.compile(r"^\s*phut\b")
# (not at times only: "thời gian chờ tại quầy có lúc trên 30 phút")
_WAITING_TIME_BEFORE = re.compile(r"\bthoi gian cho\b(?![^;.]*\bco (?:luc|ngay|hom|khi)\b)[^;.]*$")
# how long a response may take, a service's time limit: "Thời gian từ khi nền tảng phát cảnh báo
# đến khi lực lượng Công an xã có mặt tại hiện trường không quá 10 phút"
_RESPONSE_TIME_BEFORE = Cue(
    r"\bthoi gian (?:tu khi|tu luc|phan ung|co mat|tiep can)\b[^;.]*"
    r"\b(?:khong qua|toi da|duoi|trong vong)\s*$",
    flags=0,
)
_PER_TIME_AFTER = re.compile(r"^\s*gio\s*/\s*lan\b")
# days per item handled: "trung bình 1,6 ngày/phản ánh", also in working days ("kiểm soát chi
# bình quân 1,4 ngày làm việc/hồ sơ"), per meeting ("gửi tài liệu trước bình quân 2 ngày/cuộc
# họp") or per transaction refunded ("hoàn tiền ... bình quân 1,2 ngày làm việc/giao dịch")
_DAYS_PER_ITEM_AFTER = re.compile(
    r"^\s*ngay(?: lam viec)?\s*/\s*"
    r"(?:phan anh|ho so|kien nghi|vu viec|yeu cau|cuoc hop|giao dich)\b"
)
# a limit on how long a task may take: "cập nhật biến động ... trong thời hạn tối đa 03 ngày làm
# việc"; not a deadline counted from an event ("gửi báo cáo ... trong thời hạn tối đa 3 ngày làm
# việc sau khi kết thúc mỗi quý")
# (also the limit a regulation or a body's rules set, in brackets beside the time taken, in a
# clause of its own: "; riêng lĩnh vực đất đai bình quân 11,4 ngày làm việc/hồ sơ (thời hạn theo
# quy định không quá 15 ngày làm việc)")
_TIME_LIMIT_BEFORE = Cue(
    r"\bthoi han\s+(?:(?:giai quyet\s+)?theo quy (?:dinh|che)(?:\s+la)?\s*:?\s*)?"
    r"(?:toi da|khong qua)\s*$"
    # (the rule alone opening the bracket: "11,4 ngày làm việc/hồ sơ (quy định tối đa 15 ngày")
    r"|\(\s*(?:theo\s+)?quy (?:dinh|che)(?:\s+la)?\s*:?\s*(?:toi da|khong qua)\s*$",
    flags=0,
)
_FROM_AN_EVENT_AFTER = re.compile(r"^\s*ngay(?: lam viec)?\s+(?:sau|ke tu|truoc)\b")
# minutes per item handled or served: "tiết kiệm bình quân 14 phút/hồ sơ", "(38 phút/lượt)",
# a class's records signed: "giảm từ 45 phút/lớp ... xuống còn 12 phút/lớp"
_MINUTES_PER_ITEM_AFTER = re.compile(
    r"^\s*phut\s*/\s*(?:ho so|luot|nguoi|giao dich|phan anh|yeu cau|thu tuc|lop)\b"
)
# (past a footnote's marker a word processor set right after the value: "15.937(7), đạt")
_CLAUSE_CLOSE = re.compile(r"^(?:\(\d{1,2}\)|\[\d{1,2}\])?\s*(?:[;.,)]|$)")
_RATE_SUBJECT = re.compile(r"\bt[iy] le\b")
_RATE_VERB = re.compile(r"\b(?:dat|la)\s*$")
_SPEED_AFTER = re.compile(r"^\s*(gbps|mbps|kbps|gb/s|mb/s)")
# A speed is measured after these words; elsewhere it qualifies a noun ("cáp quang 1 Gbps").
_SPEED_MEASURED_BEFORE = Cue(
    r"\b(?:dat|la|trung binh|binh quan|len toi|len den|muc)\s*(?:tren|khoang|hon|toi thieu|gan)?"
    r"\s*[$\\a-z{}≥>~]*\s*$"
    # "tốc độ truy cập tại trụ sở xã: 286 Mbps", "Tốc độ tải xuống ...: từ 300 Mbps trở lên"
    # (or a label naming the line: "• Internet tại trụ sở UBND phường: 612 Mbps")
    r"|\b(?:toc do|internet|bang thong|duong truyen)\b[^,;.:]{0,100}:"
    r"\s*(?:tu|toi thieu|khong duoi|tren)?\s*$"
    # "(mức ... giao: 300 Mbps)", also with its bound: "(chỉ tiêu: từ 300 Mbps trở lên)"
    r"|\b(?:chi tieu|muc tieu|ke hoach|giao)\b[^,;.\d]{0,40}:\s*(?:tu|toi thieu|khong duoi)?\s*$"
    # a floor a criteria set states: "(mức tối thiểu theo Bộ tiêu chí: 300 Mbps)"
    r"|\bmuc toi (?:thieu|da)\b[^,;.\d]{0,40}:\s*$"
    # the extreme of those measured: "tại nhà văn hóa thôn thấp nhất 112,4 Mbps"
    r"|\b(?:thap nhat|cao nhat)\s*(?:la|dat)?\s*$"
    r"|\bdo duoc\s*$"  # "đo được 212,6 Mbps"
    # a cell labelled with its measurement's day: "Đo ngày 10/7/2033: 438,6 Mbps"
    r"|\bdo(?: kiem)? ngay \d{1,2}/\d{1,2}/20\d\d\s*:\s*$"
    r"|\b(?:tai xuong|tai len)\s*:?\s*$"  # a cell's "Tải xuống 412,6 Mbps"
    r"|\b(?:trung binh|binh quan)\b[^,;.\d]{0,40}\b(?:tren|khoang|hon|toi thieu|gan|dat)\s*$"
    # "đạt 218,6 Mbps (năm 2026: 142,3 Mbps)": the same measure another year
    r"|\b[mg]bps\s*\(\s*(?:nam|cung ky|quy|thang|tuan|ky|truoc|sau)\b[^():]{0,30}:\s*$"
    # "đạt 486,3 Mbps, cao nhất tại Trường THCS Đại Đức (712,4 Mbps)": the sites measured (also
    # in a clause of their own: "... (từ 150 Mbps trở lên); thấp nhất tại phòng 205 (64,8 Mbps)")
    r"|\b[mg]bps\b[^.]{0,80}\b(?:cao nhat|thap nhat)\b[^;().]{0,60}\(\s*$"
    # a list of sites measured: "đạt 612,4 Mbps (...), tại Trường THCS Nam Sách 318,5 Mbps"
    r"|\b[\d.,]+ [mg]bps\b[^;]{0,40}, tai [^,;.()\d]{1,50}$"
    # "lần lượt là 42,5 Mbps, 38,1 Mbps và 51,7 Mbps": listed after a measured one
    r"|\blan luot (?:la |dat )?[\d.,]+ [mg]bps(?:\s*,\s*[\d.,]+ [mg]bps)*\s*(?:,|va)\s*$",
    flags=0,
)
# a clause whose subject is the speed: "- Tốc độ truy cập Internet ... tại trụ sở từ 500 Mbps trở
# lên" (not "tỷ lệ hộ có Internet tốc độ từ 100 Mbps trở lên", whose speed qualifies the homes)
# a speed a unit must keep or raise: "bảo đảm tốc độ tải xuống ... tại trụ sở từ 150 Mbps"
# a device's specification: "tốc độ đỉnh theo thiết kế của thiết bị vô tuyến (cấu hình ...) lên
# tới 1,5 Gbps", "tốc độ tối đa lý thuyết", "tốc độ danh định"
_DESIGN_SPEED_BEFORE = Cue(
    r"\btoc do (?:(?:dinh|toi da)\b[^\d]{0,20}?\b(?:ly thuyet|theo thiet ke)|danh dinh)\b",
    words=("toc do",),
    flags=0,
)
_SPEED_KEPT_BEFORE = re.compile(
    # (past a technology or a speed before: "tốc độ tải xuống 4G ... từ 40 Mbps trở lên, 5G từ")
    # (or a count of places: "tốc độ tải xuống di động tại 03 chợ từ 50 Mbps")
    # (or a line's bandwidth raised: "nâng băng thông đường truyền tại Trạm lên 500 Mbps")
    r"\b(?:bao dam|dam bao|nang|duy tri)\s+(?:toc do|bang thong)\b"
    r"(?:[^\d;.]|\d+\s*(?:g|mbps|gbps)\b|\d{1,3}(?=\s+[^\W\d])){3,120}?\s"
    r"(?:tu|toi thieu|khong duoi|tren|it nhat|dat|len)\s*$"
    # the line itself raised to it: "nâng cấp đường truyền tại trụ sở lên 300 Mbps" (not to a
    # cable of a class: "lên cáp quang tốc độ từ 1 Gbps")
    r"|\bnang(?: cap)?\s+duong truyen\b[^\d;.]{0,80}?\slen\s*$"
)
_SPEED_SUBJECT = re.compile(
    # its place may hold a comma: "tại trụ sở cơ quan Đảng, chính quyền phường từ 1 Gbps"
    # (after any bullet: "👉 Tốc độ Internet tại trụ sở UBND xã từ 500 Mbps trở lên")
    # (its network may be named: "tốc độ tải xuống 4G trung bình trên địa bàn xã từ 60 Mbps")
    # (or after an item's letter: "c) Tốc độ truy cập Internet tại Trung tâm ... từ 300 Mbps")
    r"\s*(?:[^\w\s]*|[a-z]\))\s*toc do\s+(?:[^\d]|\dg\b){3,120}?\s"
    r"(?:tu|toi thieu|khong duoi|tren|it nhat)\s*"
)
_REJECT_AFTER: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), reason)
    for pattern, reason in (
        # a post's dateline: "28 tháng 12 lúc 17:45", the day and the month
        (r"^\s*thang\s+\d{1,2}\s+luc\s+\d", "date"),
        (r"^\s*luc\s+\d{1,2}[:h]\d\d\b", "date"),
        (_DURATION_AFTER.pattern, "duration"),
        (r"^\s*thg\s*\d{1,2}\b", "date"),  # a mail client's "13 thg 5, 2030"
        (r"^\s*tuoi\b", "age"),
        # a school's timetable: "học 2 buổi/ngày", a course's "(03 tiết/tuần, trong 08 tuần)";
        # not a frequency of the vocabulary ("02 buổi/tuần" is one)
        (r"^\s*(?:tiet\s*/\s*(?:tuan|ngay|buoi|thang)|buoi\s*/\s*ngay)\b", "schedule"),
        # (not a shop: "274 cửa hàng, cơ sở kinh doanh", which folds like "của")
        (r"^\s*(?:cap|con so|cua(?!\s+hang\b))\b", "descriptive_quantity"),
        # how many times something happened ("điều chỉnh hồ sơ mời thầu 02 lần", "đo 5 lần
        # liên tiếp"): no level; "02 lần/năm" is a frequency
        (
            r"^\s*lan\b(?!\s*(?:/|moi\b|mot\b|trong (?:mot )?(?:nam|thang|tuan|quy)\b|luot\b))",
            "descriptive_quantity",
        ),
    )
)
_RANK_BEFORE = _EndWord(
    r"\b(?:(?:dung|xep|vi tri|dung o vi tri|lui xuong|tut xuong|vuon len) thu|"
    r"(?:xep|dong) hang(?: thu)?|top|"  # "đồng hạng 5 với phường An Biên": a tie
    r"(?:nam trong|trong|thuoc|len|vao) (?:top|nhom)|"
    # "lần lượt xếp thứ 2 và thứ 3": the ranks of a list
    r"(?:dung|xep) thu \d+(?:\s*,\s*thu \d+)*\s*(?:,|va)\s*thu|"
    # "xếp thứ 23/114 xã, phường, đặc khu và thứ 11 trong khối phường": a rank in another field
    r"(?:dung|xep) thu \d+/\d+[^;.\d]{0,40}\bva thu|"
    # another year's place after a rank's move: "giảm 12 bậc (năm 2027: thứ 101)"
    r"\bbac\s*\(\s*nam 20\d\d\s*:\s*thu|"
    # or after the rank itself: "xếp thứ 27/114 xã, phường, đặc khu (năm 2028: thứ 58)", also
    # an earlier quarter's: "xếp thứ 41/114 xã, phường, đặc khu (quý II/2033: thứ 56)"
    r"(?:dung|xep) thu \d+(?:/\d+)?[^;.()\d]{0,40}"
    r"\(\s*(?:nam|quy [ivx]+\s*/)\s*20\d\d\s*:\s*thu|"
    r"\bbac so voi (?:nam )?20\d\d\s*\(\s*thu|"  # "tăng 17 bậc so với năm 2029 (thứ 46)"
    r"\bdiem\s*,\s*thu|"  # a score and its place: "(735,6 điểm, thứ 18)"
    # places a label calls ranks: "Xếp hạng DTI khối xã: thứ 26 (năm 2029) ➡️ thứ 9"
    r"\bxep hang\b[^;.:]{0,60}:[^;.:]{0,40}\bthu|"
    # the places of the units a rank is set beside: "xếp thứ 14/45 phường, sau phường A (thứ 3)"
    r"\b(?:dung|xep) thu \d+[^;.]{0,40}\b(?:sau|truoc|tren|duoi)\b[^;.]{0,80}\(\s*thu|"
    r"thu \d+\s*\)\s*(?:,|va)[^;.()]{0,40}\(\s*thu)"  # "... (thứ 3) và phường B (thứ 8)"
    r"\s*$",
    ends=("thu", "hang", "top", "nhom"),
)
_TOP_BEFORE = _EndWord.words("top", "nhom", "mot trong")
_UNITS_COUNTED_IN_A_TOP = _EndWord(
    r"\b(?!20\d\d\b)\d+(?:/\d+)?\s+(?:xa|phuong|dac khu|don vi|dia phuong)"
    r"(?:,\s*(?:xa|phuong|dac khu))*\s+(?:nam trong|thuoc|trong|vao|lot vao) (?:top|nhom)\s*$",
    ends=("top", "nhom"),
)
# "Thứ 8/114": an ordinal out of a field is a rank
_ORDINAL_RANK_BEFORE = _EndWord.words("thu")
# "từ thứ 71 lên thứ 34", "từ thứ 8 năm 2027 lên thứ 3 năm 2028": places moved from and to, or
# held in a year, are ranks (a weekday, "thứ 3", is dated by a day, never by a year alone, and a
# week runs "từ thứ 2 đến thứ 6"; "lần thứ 3 năm 2025" counts events)
_RANK_MOVE_BEFORE = _EndWord(r"\b(?:tu|len|xuong) thu\s*$", ends=("thu",))
_RANK_YEAR_AFTER = re.compile(r"^\s*\(?\s*nam (?:19|20)\d\d\b")
_RANK_MOVE_FROM_AFTER = re.compile(r"^[^;.:]{0,30}?\b(?:len|xuong) thu \d")
_RANK_MOVE_TO_BEFORE = re.compile(r"\btu thu \d+[^;.:]{0,30}?\b(?:len|xuong) thu\s*$")
_RANK_LEAD_IN = re.compile(r"\bxep hang\b[^:;.]{0,60}:\s*$")  # "Xếp hạng DTI năm 2025: 37/114"
# "một trong 10 đơn vị dẫn đầu": among the first ten
_ONE_OF_BEFORE = _EndWord(r"\bmot trong(?: so)?\s*$", ends=("mot trong", "so"))
_GROUP_WORD_BEFORE = Cue(r"\bnhom\s*$", flags=0)
# "10 đơn vị dẫn đầu", "20 đơn vị có Chỉ số chuyển đổi số cấp xã cao nhất" (not past a clause)
_LEADING_GROUP_AFTER = re.compile(
    r"^\s*(?:[^\s,;.]+\s+){1,12}?(?:dan dau|dung dau|tot nhat|cao nhat)\b"
)
_GROUP_BEFORE = _EndWord.words("lop", "khoi")
# also a dashboard card's delta under its figure: "▼ 15 hồ sơ", "▲ 7 đơn vị"
_ARROW_IN_BRACKET_BEFORE = re.compile(r"\(\s*[▲▼↑↓]\s*$|[▲▼🔺🔻]\ufe0f?\s*$")
# "số 3", "Chỉ tiêu số 8": a label; "tổng số 77", "số lượng 1.200" are counts
_CHANGE_BEFORE = _EndWord(
    r"(?:\b(?:gap|tang|giam|len|xuong|nhay|tut|cai thien|cao hon|thap hon|thu hep|rut ngan|"
    r"noi rong)"
    r"|(?<![^\s(])[▲▼↑↓])"  # a dashboard's arrows: "▲ 274 hồ sơ so với cùng kỳ", "(↑ 1 bậc)"
    r"(?:\s+(?:gan|khoang|hon|tren|xap xi|toi thieu|it nhat|tu))?\s*$",
    ends=(
        "gap", "tang", "giam", "len", "xuong", "nhay", "tut", "thien", "gan", "khoang", "hon",
        "tren", "xi", "thieu", "nhat", "tu", "hep", "ngan", "rong", "▲", "▼", "↑", "↓",
    ),
)  # fmt: skip
# "Mục tiêu: 90% (+5,11%)": a signed value in brackets after another is their difference
_SIGNED_AFTER_A_VALUE = re.compile(r"\d\s*%?\s*\(\s*[+\-−]\s*$")
# a chart's axis: "Trục Y (Số hồ sơ): 0, 300, 600, 900, 1.200"
_AXIS_TICKS_BEFORE = Cue(
    r"(?i:\btrục\s+(?:x|y|tung|hoành))\b[^.;:]{0,60}:\s*(?:\d[\d.,]*\s*,\s*)*$", flags=0
)
# "tăng 02 thôn so với quý II/2026": a change of a count against another time, not the count
# also "tăng 06 đơn vị đạt từ 90% trở lên so với thời điểm 30/6/2028"
# (past a bracket beside it: "tăng 25,0 triệu đồng (+1,02%) so với dự toán giao đầu năm")
_COMPARED_COUNT_AFTER = re.compile(
    r"^\s*[^\W\d][^;.,(]{0,40}?(?:\([^()]{0,20}\)\s*)?\bso (?:voi|cung ky)\b"
    # (also restated as a rate before the comparison: "giảm 5 vụ, tương đương giảm 18,5% so với
    # cùng kỳ")
    r"|^\s*[^\W\d][^;.,(]{0,40}?,\s*tuong duong\b[^;.()]{0,40}?\bso (?:voi|cung ky)\b"
)
# a budget's adjustment, an item opening on it: "- Bổ sung 150,0 triệu đồng từ nguồn dự phòng",
# "- Giảm 40,0 triệu đồng nguồn xã hội hóa"
_ADJUSTMENT_BEFORE = Cue(
    r"(?:^|[-;:.+•]\s*)(?:bo sung|giam|tang|dieu chinh (?:giam|tang))(?: them)?\s*$", flags=0
)
_CHANGE_AFTER = re.compile(r"^\s*(?:lan|bac|hang|vi tri|diem phan tram)\b")
_COUNTED_AFTER = re.compile(r"^\s*[^\W\d]")
# (not "không thấp hơn 740 điểm", a floor; past the year compared with: "cao hơn năm 2031 là
# 4,2 điểm")
_DIFFERENCE_BEFORE = Cue(
    r"(?<!khong )\b(?:cao|thap) hon\b(?:[^\d,;.()]|(?<!\d)(?:19|20)\d\d(?!\d)){1,40}$", flags=0
)
_POINTS_AFTER = re.compile(r"^\s*diem\b")
# what one option or field exceeds another by, in money or in a yield: "Phương án 1 có tổng mức
# đầu tư thấp hơn 1.640 triệu đồng", "năng suất ... cao hơn bình quân 3,5 tạ/ha" (not a floor:
# "không thấp hơn 46.320 triệu đồng")
_DIFFERENCE_MEASURE_AFTER = re.compile(
    r"^\s*(?:diem\b|(?:t[iy]|trieu|nghin|ngan)?\s*(?:dong|usd|vnd)\b|(?:ta|tan|kg)\s*/\s*ha\b)"
)
_DIFFERENCE_NOUN_AFTER = re.compile(r"^\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+chenh lech\b")
_GAP_SUBJECT = Cue(
    # (also narrowed: "Khoảng cách giữa hai khối đã thu hẹp từ 142,6 điểm xuống còn 86,43 điểm")
    r"(?:^|[.;]\s*)(?:khoang cach|chenh lech)\b(?:[^;.\d]|\d[\d,]*\s*diem){0,80}\b(?:la|con|tu)"
    r"(?:\s+(?:tren|duoi|khoang|gan|hon|xap xi))?\s*$",
    flags=0,  # "vẫn còn trên 100 điểm"
)
# "(giảm 27,4 điểm)": a score's change, said with no comparison (not "tăng lên 745 điểm", a level)
_COMPARISON_HEADING = re.compile(r"^\W*(?:[ivx\d]{1,4}[.)]\s*)?so sanh\b")
_SCORE_CHANGE_BEFORE = Cue(
    r"\b(?:tang|giam|cai thien|thu hep|rut ngan)(?:\s+(?:them|gan|khoang|hon|tren))?\s*$", flags=0
)
# "(tuần trước: 41.503 TK, tăng 423 TK)": the change since the value the bracket states
_PRIOR_VALUE_BRACKET = re.compile(
    r"\(\s*(?:(?:tuan|thang|quy|ky|nam) truoc|cung ky[^():]{0,15}|nam 20\d\d)\s*:[^()]*$"
)
_COMPARED_THEN_CHANGE = re.compile(
    # (past a figure's thousands: "So với cùng kỳ năm 2026 (17.459 tài khoản), số ... tăng")
    # (or a label: "So với 17h ngày 12/10: tăng 96 TK")
    r"\bso voi\b(?:[^.;:()]|\([^()]*\)|(?<=\d)\.(?=\d)|:(?=\s*(?:tang|giam)\b))*"
    r"\b(?:tang|giam)(?:\s+(?:gan|khoang|hon|tren|them))?\s*$"
)
# "số 18", "chỉ tiêu số 8": a label; not the "số" of "chuyển đổi số", "ký số", "kỹ năng số"
_LABEL_BEFORE = _EndWord(
    # (nor "con số 96 hộ", the figure)
    r"(?<!tong )(?<!luong )(?<!doi )(?<!ky )(?<!nang )(?<!te )(?<!hoi )(?<!quyen )(?<!con )"
    r"\bso\s*$",
    ends=("so",),
)
# "trụ sở", whose fold is that of "trụ số": "đo kiểm tại trụ sở 01 lần/quý" (not "lưu trữ số 2")
_HEADQUARTERS_BEFORE = re.compile(r"(?i:trụ sở)\s*$")
# "tài khoản định danh điện tử mức 2" names the account's kind; "đạt mức 2" states a level
_LEVEL_STATED_BEFORE = re.compile(
    r"\b(?:đạt|là|ở|lên|từ|tối thiểu|ít nhất|trên|duy trì|xếp|nâng|thuộc)\s+mức\s*$",
    re.IGNORECASE,
)
# "sản phẩm OCOP từ 3 sao trở lên", "tàu có chiều dài từ 15 m trở lên": a class of things
_CLASS_UNTIL = re.compile(
    r"^\s*\S+(?:\s+\S+)?\s+(?:tro (?:len|xuong)\b|den (?:duoi )?\d)"  # also a band: "từ 12 m đến"
)
# the top of a class's band: the 15 of "tàu có chiều dài từ 12 m đến dưới 15 m"
_CLASS_BAND_TOP_BEFORE = re.compile(
    r"\b(?:chieu dai|cong suat|dien tich|trong tai)\b[^,;]{0,25}\btu \d+(?:[.,]\d+)?\s*\S{0,4}"
    r"\s+den (?:duoi )?$"
)
_AREA_AFTER = re.compile(r"\s*(?:km²|km2|ha|héc-ta)(?!\w)")
# an area an indicator measures, not a place's size: "diện tích vùng trồng được cấp mã số đạt
# 186,5 ha (vải thiều 152,3 ha, ...)" (not "diện tích tự nhiên 14,87 km²")
_AREA_MEASURED_BEFORE = re.compile(
    r"\bdien tich\b(?! tu nhien)[^;.]{0,80}\b(?:dat|la|len|tang them|them)\b[^;.]{0,40}$"
    # "với tổng diện tích 286,4 ha", "diện tích cà rốt, dưa chuột xuất khẩu tối thiểu 260 ha"
    # (not "Trên tổng diện tích 1.286 ha vải thiều", a base; "dự án ... (diện tích 38,6 ha)")
    r"|\bdien tich\b(?! tu nhien)[^;.\d]{0,60}\b(?:toi thieu|it nhat|khoang)\s*$"
    r"|\bvoi (?:tong )?dien tich\s*$"
    r"|\b(?:mo rong|nang)\b[^;.]{0,60}\blen\s*$"  # "mở rộng vùng sản xuất lúa ... lên 450 ha"
    # an area just sown, harvested or cleared: "Vụ Đông đã gieo trồng 412,6 ha", "đã giải phóng
    # mặt bằng 4,82 ha", and its plan in brackets after it: "(kế hoạch: 400 ha)"
    r"|\b(?:gieo (?:trong|cay|sa)|trong moi|thu hoach|giai phong mat bang)\s*$"
    r"|\(\s*(?:ke hoach|chi tieu|muc tieu)\b[^();.\d]{0,30}:\s*$"
    # the parts of an area just given: "đạt 92,4 ha (năm 2030: 80,1 ha), trong đó lúa 60,2 ha, rau
    # 32,2 ha" (not the parts of a place's size, "diện tích tự nhiên ..., trong đó")
    r"|^(?!.*\btu nhien\b).*\d\s*ha\b[^;.]{0,60}\btrong do\b[^;.\d]{0,40}"
    r"(?:\d[\d.,]*\s*ha,[^;.\d]{0,40})*$"  # (each part written with its thousands: "1.148 ha,")
    # the area a crop is grown on, an indicator's own: "tổng diện tích lúa của thành viên 1.920
    # ha" (not "dự án ... (diện tích 38,6 ha)", a project's size)
    r"|\bdien tich\s+(?:lua|rau|cay|trong|gieo|canh tac|nuoi trong|san xuat)\b[^;.\d]{0,50}$"
    # the area a service was done on: "Dịch vụ làm đất ... thực hiện trên 1.864 ha"
    r"|\bthuc hien\s+(?:(?:tren|khoang|hon|duoc)\s+)?$"
)
_CROP_AREA_AFTER = re.compile(
    r"^\s*ha\s+(?:vai|lua|rau|ca rot|dua|cay|hoa|che|ngo|khoai|nhan|thanh long|cam|buoi|"
    r"nuoi trong|mat nuoc|dat (?:trong|nong nghiep|canh tac)|vung trong)\b"
)
_AREA_BASE_BEFORE = re.compile(r"\btren\s+(?:tong (?:dien tich|so)\s+)?$")
_SCORING_HEADING = re.compile(
    r"\s*(?:[\divx]{1,4}[.)]\s*|dieu \d+\s*[.:]\s*)?"
    r"(?:huong dan (?:cach )?cham diem|cach (?:cham|tinh) diem|diem thuong|diem tru"
    # a notice's own scale and bands before the results it rates ("I. TIÊU CHÍ, THANG ĐIỂM VÀ
    # CÁCH XẾP LOẠI" over "tổng 100 điểm: lãnh đạo, chỉ đạo (15 điểm); ..."): the rules, no result
    r"|(?:tieu chi,? )?thang diem|cach xep loai)\b"
)


def _labelled_sentence(label: str, separator: str = ":") -> Cue:
    """The folded text from a sentence's (or an item's) label and colon up to here, within that
    sentence: "b) Nguyên nhân: khoảng 2.100 người ...", "Điểm thưởng: ... cộng 10 điểm"."""
    return Cue(
        # (also after an answer's label: "Trả lời: Nguyên nhân chủ yếu là ...")
        rf"(?:^|[.;:]\s|\n|[a-zđ\d][.)]\s|[-+•]\s)\s*(?:{label})\s*(?:{separator})(?:[^.]|\.\d)*$",
        flags=0,
    )


_SCORING_LABEL = _labelled_sentence(r"diem thuong|diem tru|cach (?:cham|tinh) diem")
# a score's penalty or bonus: "đơn vị không hoàn thành ... bị trừ 10 điểm", "được cộng 5 điểm"
# and what each indicator scores: "Mỗi chỉ tiêu được chấm tối đa 10 điểm"
# (not a self-assessment's "xã tự chấm 648,20 điểm": the score it gave itself)
_PENALTY_BEFORE = Cue(
    r"\b(?:bi tru|tru|duoc cong|cong them|cong|(?<!tu )cham(?: toi da)?)\s*$", flags=0
)
_METHOD_LABEL = _labelled_sentence(
    r"vi du(?: \d{1,2}| minh hoa)?|chang han|cong thuc(?: tinh)?|cach tinh|cham diem|dinh nghia|"
    # how a supervision or a survey was done: "3. Phương thức: khảo sát ... 04 thôn; phát 150 phiếu"
    r"phuong (?:thuc|phap)(?: giam sat| khao sat| kiem tra)?"
)
# how a target is worked out: "Chỉ tiêu của tổ dân phố tính bằng 85% số hộ và 70% số người
# dân của tổ, làm tròn lên" (not new targets)
_TARGET_METHOD_BEFORE = Cue(
    r"\bchi tieu\b[^.;:]{0,40}\b(?:duoc )?tinh (?:bang|theo)\b[^.;]{0,80}$", flags=0
)
_PRIZES_AFTER = re.compile(
    r"^\s*giai\s*\)"
    # an award's tiers: "01 giải Nhất", "11 giải cá nhân", "03 giải tập thể", "01 giải đơn vị"
    r"|^\s*giai (?:nhat|nhi|ba|khuyen khich|dac biet|ca nhan|tap the|don vi)\b"
)
_VERSION_AFTER = re.compile(r"^\s*phien ban\b")
# a criterion by its number: "còn tiêu chí 7 chưa đạt", "(tiêu chí 2 và tiêu chí 4)"
_CRITERION_BEFORE = _EndWord.words("tieu chi", "tieu chi so")
# a criterion's code: "Chỉ tiêu 8.4 xác định theo kết quả khảo sát", "chỉ tiêu 19.3 chưa đạt" (a
# dot before one or two digits is no thousands' separator)
_CRITERION_CODE = re.compile(r"\d{1,2}\.\d{1,2}")
_CRITERION_CODE_BEFORE = _EndWord.words("chi tieu", "chi so", "tieu chi", "tieu chi so")
# all of a few: "đạt cả 02 chỉ tiêu", "hoàn thành 100% cả 02 chỉ tiêu"
_BOTH_BEFORE = _EndWord.words("ca")
# all of the places or bodies just named, each of them: "..., cả 03 tổ đều có tỷ lệ ... dưới
# 50%" (not things all handled alike: "Cả 186 hồ sơ đều được trả kết quả đúng hạn" counts)
_EACH_OF_THEM_AFTER = re.compile(
    r"^\s*(?:to|thon|xa|phuong|don vi|truong|diem)\b(?:\s+[^\W\d]+){0,2}?\s+deu\b"
)
# where something runs, all of the places: "triển khai tại cả 05 điểm trường", "ở cả 03 thôn"
# (which places, not how many; a sample's "chọn ngẫu nhiên trên cả 04 loại sổ" is its design)
_AT_ALL_BEFORE = _EndWord(r"(?<!ngau nhien )\b(?:tai|o|tren) ca\s*$", ends=("ca",))
_INDICATORS_AFTER = re.compile(r"^\s*(?:chi tieu|tieu chi)\b")
# the villages a pilot runs in: "tại 03 thôn thí điểm"
_PILOT_UNITS_AFTER = re.compile(r"^\s*(?:thon|to dan pho|tdp|xa|phuong|don vi)\s+thi diem\b")
# the units a cited document is about, in its subject: "Thực hiện Quyết định số 85/QĐ-UBND ngày
# 10/01/2031 của UBND thành phố về thí điểm chính quyền số tại 05 xã, phường; ..."
_CITED_SUBJECT_BEFORE = Cue(
    r"\b(?:quyet dinh|ke hoach|nghi quyet|cong van|chi thi|thong bao|van ban) so\b[^;()]{0,80}"
    r"\bve\b[^;:.\d]{0,150}$",
    flags=0,
)
_SUBJECT_UNITS_AFTER = re.compile(r"^\s*(?:xa|phuong|dac khu|thon|to dan pho|tdp|don vi)\b")
# what each one is granted: "Mỗi hộ kinh doanh ... được cấp 01 tài khoản duy nhất", or has:
# "mỗi quầy có 01 thiết bị đánh giá" (not a frequency: "mỗi tuần có 02 buổi")
_EACH_GRANTED_BEFORE = Cue(
    r"\bmoi\b[^.;:\d]{0,150}\bduoc (?:cap|trang bi)\s*$"
    r"|\bmoi (?!(?:tuan|thang|quy|nam|ngay|ky|dot|lan)\b)[^.;:,\d]{1,30}\bco\s*$",
    words=("moi",),
    flags=0,
)
# an example in brackets: "(ví dụ: Metformin 500 mg, uống 02 viên/ngày)"
_EXAMPLE_IN_BRACKETS = Cue(r"\(\s*(?:vi du|chang han)\b[^()]*$", flags=0)
# a clinical threshold says who has a condition: "tăng huyết áp (huyết áp từ 140/90 mmHg trở
# lên)", "đường huyết lúc đói từ 7,0 mmol/l trở lên"
_CLINICAL_BOUND_BEFORE = _EndWord.words("tu", "tren", "duoi")
_CLINICAL_UNIT_AFTER = re.compile(r"^\s*(?:mmhg|mmol\s*/\s*l|mg\s*/\s*dl)(?!\w)")
# the bar a unit is recognised at: "được công nhận đạt chuẩn ... khi đạt 07/07 tiêu chí"
_RECOGNISED_WHEN_BEFORE = Cue(r"\bkhi (?:dat|hoan thanh|co)\s*$", flags=0)
# a village's size in brackets after its name: "thôn Đông Hải (512 hộ)"
_VILLAGE_SIZE_BEFORE = Cue(
    rf"(?i:thôn|tổ dân phố|TDP|khu phố)\s+[{UPPER}][^\W\d]*(?:\s+[{UPPER}][^\W\d]*)*"
    r"(?:\s+\d{1,2})?\s*\(\s*$",
    flags=0,
)
# (or its area, or a site's in it: "thôn Cồn Cát (100 m², cột cao 36 m)")
_SIZE_UNIT_AFTER = re.compile(r"^\s*(?:ho|nhan khau|nguoi|khau|m2|m²|ha)(?!\w)")
# a product named with its number: "máy cài Windows 10", "Office 365"
_PRODUCT_BEFORE = Cue(r"\b(?:Windows|Office|Android|iOS|Ubuntu|macOS|iPhone|Galaxy)\s$", flags=0)
# what a code, a login or a language model is like: "mã kích hoạt (OTP) 6 chữ số", "bật xác
# thực 2 lớp", "mật khẩu tối thiểu 12 ký tự", "giới hạn ngữ cảnh 64.000 token/phiên"
_FORMAT_AFTER = re.compile(r"^\s*(?:chu so|ky tu|token)\b")
_TWO_FACTOR_BEFORE = Cue(r"\bxac thuc\s*$", flags=0)
_LAYERS_AFTER = re.compile(r"^\s*(?:lop|yeu to)\b")
_AWARDEES_AFTER = re.compile(r"^\s*(?:tap the|ca nhan)\b")
# "mỗi giải 1.500.000 đồng", "mức thưởng kèm theo mỗi đơn vị 20.000.000 đồng"
_EACH_PRIZE_BEFORE = Cue(
    r"\b(?:muc thuong(?: [^\d,;.]{0,30})?|moi giai|tien thuong moi giai"
    r"|duoc thuong(?: them)?|thuong them(?: giai (?:nhat|nhi|ba|khuyen khich))?"
    # "được thưởng thêm mỗi tổ 2.000.000 đồng", "mỗi cá nhân 300.000 đồng"
    # (not an average: "bình quân mỗi đơn vị 4.722 lượt dự thi")
    r"|(?:duoc thuong(?: them)? )?(?<!binh quan )(?<!trung binh )"
    r"moi (?:ca nhan|tap the|to|chi hoi|don vi))\s*$"
    # what an award gives in all: "Tổng giá trị giải thưởng là 21.500.000 đồng"
    r"|\btong (?:gia tri giai thuong|so tien thuong|tien thuong)(?: la)?\s*:?\s*$"
    r"|\bgiai (?:nhat|nhi|ba|khuyen khich)(?:\s*\(\d+ giai\))?\s*:\s*$"  # "Giải Nhì (01 giải):"
    # its prize in a bracket: "01 giải Nhất (3.000.000 đồng)", "01 giải đơn vị có nhiều lượt dự
    # thi nhất (1.500.000 đồng)"
    r"|\bgiai (?:nhat|nhi|ba|khuyen khich|dac biet|don vi[^()\d]{0,50})\s*\(\s*$",
    flags=0,
)
# (also an index's: "Bộ chỉ số ... gồm 08 chỉ số thành phần")
# (not a knowledge base's entries: "gồm 296 thủ tục và 1.420 câu hỏi - trả lời mẫu")
_PARTS_AFTER = re.compile(
    r"^\s*(?:cau hoi(?!\s*[-–]\s*(?:tra loi|dap)\b)|nhom(?!,? lop)|khoi|chi so thanh phan|tru cot"
    r"|chuyen de"
    # a test's parts: "gồm 30 câu hỏi trắc nghiệm và 01 bài thực hành ký số"
    r"|bai (?:thuc hanh|tu luan|trac nghiem))\b"
)
# "thấp nhất trong 3 trụ cột": among an index's parts
_AMONG_BEFORE = _EndWord.words("trong")
_AWARD_BEFORE = re.compile(
    r"\b(?:tang|trao)\s+(?:giay khen|bang khen|giai thuong|danh hieu)\b[^;.\d]{0,50}"
    # (the first recipients may be named in brackets: "cho 03 chi hội (Đông Am, Tây Am, Lạc
    # Dục) và 07 hội viên")
    r"(?:\d+\s+[^;.\d]{1,30}(?:\s*\([^;.\d()]{1,80}\))?\s+va\s+)?$"
)
_MORE_PARTS_BEFORE = re.compile(r"\bgom\s+\d+\s+[^;.\d]{1,40}\bva\s*$")
_INDEX_PARTS_AFTER = re.compile(r"^\s*(?:chi so thanh phan|tru cot)\b")
_OF_PARTS_BEFORE = _EndWord.words("cua", "thuoc")
# the count of a list that follows: "Đoàn chỉ ra 03 tồn tại: (1) ..."; who is on a team:
# "Đoàn kiểm tra (04 thành viên)"
# (also "05 tồn tại chủ yếu của xã Vĩnh Hải:", and past a clause on the list's figures: "Kết
# luận chỉ ra 07 tồn tại, hạn chế; số liệu tại thời điểm kiểm tra (...) cụ thể như sau:")
_LISTED_AFTER = re.compile(
    r"\s*(?:ton tai|han che|bai hoc|giai phap|kien nghi|hoat dong)\b[^:;.\d]{0,60}"
    r"(?::|;[^.:;]{0,100}\bnhu sau\s*:)"
)  # ("gồm 06 hoạt động chính:" over the list of them)
_LISTED_REACH = 180
_TEAM_BEFORE = re.compile(
    # (also "Đoàn kiểm tra của Sở Khoa học và Công nghệ (05 thành viên)", a class's helpers
    # "Tổ trưởng Tổ trợ giảng (03 thành viên)")
    r"\b(?:doan(?! vien| thanh nien)|to (?:cong tac|kiem tra|giup viec|tu danh gia|tham dinh"
    r"|bien tap|luu dong|trien khai|ho tro|nghiem thu|thu ky|tro giang|cong nghe so)"
    # (also a board's control committee: "thành viên HĐQT, Ban Kiểm soát (03 thành viên)")
    r"|doi ung cuu|hoi dong|ban (?:chi dao|quan ly|to chuc|giam khao|chi huy|bien tap|kiem soat))"
    r"(?:[ ,][^()]{0,40})?"
    r"\s*\((?:\s*\d+ thanh vien,\s*trong do)?\s*$"  # "(04 thành viên, trong đó 02 kỹ thuật viên"
)
# each team's size: "08 tổ hỗ trợ ... (mỗi tổ từ 03 đến 05 thành viên)"
# what each household sends to a group or a meeting: "Mỗi hộ cử 01 thành viên tham gia nhóm ..."
_EACH_HOUSEHOLD_SENDS_BEFORE = re.compile(r"\bmoi ho(?: gia dinh)? (?:cu|chon cu)\s*$")
_EACH_TEAM_BEFORE = re.compile(r"\(\s*moi (?:to|doi|nhom|doan)\b(?: (?:tu|gom|co))?\s*$")
# (or each class's staff, its teachers and helpers: "mỗi lớp bố trí 01 giảng viên ... và từ 03 đến
# 05 tình nguyện viên")
_EACH_CLASS_STAFFED_BEFORE = Cue(
    r"\bmoi (?:lop|to|doi|nhom)(?: hoc)? (?:bo tri|phan cong|co|gom)"
    r"(?:\s+\d+\s+[^;.\d]{1,80}?(?:\s+va|,))?(?:\s+tu)?\s*$",
    flags=0,
)
_CLASS_STAFF_AFTER = re.compile(
    r"^\s*(?:(?:den|-|–)\s*\d+\s*)?(?:giang vien|bao cao vien|tro giang|tinh nguyen vien"
    r"|huong dan vien)\b"
)
# a duty roster's shift: "Ca ngày (từ 7 giờ 30 đến 17 giờ 00): 02 công chức ...; ca đêm ..."
_SHIFT_REACH = 120
_SHIFT_BEFORE = re.compile(r"\bca (?:ngay|dem|sang|chieu|toi|truc)\b[^;:]{0,60}:[^;:]{0,40}$")
_STARS_AFTER = re.compile(r"^\s*sao\b(?!\s*(?:luu|ke|chep))")
_ATTENDANCE_HEADER = re.compile(r"\s*thanh phan\b")
# "Tham dự có các đồng chí ...; Tổ trưởng 09 Tổ ... (tổng số 31 đại biểu, vắng 02 đồng chí)"
_ATTENDED_BY = re.compile(
    r"\s*(?:tham du|du hop|du (?:hoi nghi|hoi thao|le|buoi \w+))(?: co| gom)?\b"
)
# (also an item's: "4. Thành phần: Dự hội nghị có 52 đại biểu ... và 286 người dân")
_MEETING_FIELD = re.compile(
    r"\s*(?:thoi gian|dia diem|chu tri|thu ky|thanh phan)\s*:|\s*\d{1,2}[.)]\s*thanh phan\s*:"
    # a report's item on who the team was: "1. Thành phần Đoàn kiểm tra: Đoàn gồm 07 thành viên"
    # (also each team's, its size in brackets: "2. Thành phần mỗi tổ (04 thành viên): 01 ...")
    r"|\s*\d{1,2}[.)]\s*thanh phan (?:moi )?(?:doan|to)\b[^:;.\d]{0,40}?"
    r"(?:\(\s*\d+ thanh vien\s*\)\s*)?:"
)
_PRESENT_BEFORE = re.compile(r"\bco mat\s*:?\s*$")
_ATTENDEES_OR_MEMBERS_AFTER = re.compile(  # "Thành phần: 29/31 đại biểu"
    # (also a shift's leader: "Ca đêm (...): 01 lãnh đạo UBND xã, 01 công chức ...")
    r"^\s*(?:thanh vien|dong chi|can bo|cong chuc|dai bieu|nhan vien|ky thuat vien|lanh dao)\b"
)
# a meeting's attendance, its verb after the members: "Phiên họp có 05/07 thành viên Ban dự"
_ATTENDED_AFTER = re.compile(
    r"^\s*(?:thanh vien|dong chi|dai bieu)\b[^;.,\d]{0,30}?\s(?:tham du|du|co mat)\b"
)
_OUTLINE = re.compile(r"^\s*(?:[\divx]{1,4}|[a-zđ])[.)]\s*")
# (also hedged: "(mỗi buổi khoảng 2 giờ, vào sáng thứ Bảy)")
_EACH_SESSION_BEFORE = Cue(
    r"\bmoi (?:buoi|ca|lop|phien|tiet)(?: hoc)?(?: (?:khoang|chung|tu|toi da|toi thieu))?\s*$",
    flags=0,
)
_LASTED_BEFORE = Cue(r"\b(?:dien ra|keo dai)(?: trong)?\s*$", flags=0)
_TIME_SPAN_AFTER = re.compile(r"^\s*(?:gio|phut|ngay)\b")
_SESSION_PART_AFTER = re.compile(
    r"^\s*(?:phieu dang ky chat van|dai bieu (?:chat van|phat bieu)|phieu cau hoi|"
    r"luot (?:y kien |)(?:phat bieu|tranh luan|chat van)|y kien (?:phat bieu|tranh luan))\b"
)
# (and the points a meeting connects: "hội nghị trực tuyến với 114 điểm cầu")
_ATTENDEES_AFTER = re.compile(r"^\s*(?:dong chi|dai bieu|diem cau)\b")
# a campaign's volunteers counted as comrades: "Tổng số tình nguyện viên tham gia: 186 đồng chí"
_VOLUNTEERS_BEFORE = re.compile(r"\b(?:tinh nguyen vien|doan vien|hoi vien)\b[^;.]{0,40}$")
# party members counted as comrades in a breakdown of a count, or as whom a service reached:
# "2.946 đảng viên; trong đó 318 đồng chí được miễn ...", "..., 61 đồng chí thường xuyên làm việc
# xa", "tập huấn cho 104 đồng chí bí thư" (not who attended: "vắng 02 đồng chí")
_COMRADES_COUNTED_BEFORE = re.compile(
    r"\b(?:trong do|cho)\s*$|\btrong do\b[^.;()]*\bdong chi\b[^.;()]*,\s*$"
)
_COMRADES_AFTER = re.compile(r"^\s*dong chi\b")
_MADE_INTO_BEFORE = Cue(r"\b(?:lap thanh|giu|gui)\s*$", flags=0)  # "Đoàn kiểm tra giữ 01 bản"
_COPIES_AFTER = re.compile(r"^\s*ban\b")
# "Trưởng 09 tổ dân phố", "Trưởng thôn của 18 thôn"; whose staff ("tập huấn cho cán bộ 26 thôn")
_HEADS_OF_BEFORE = Cue(
    r"(?i:\btrưởng|\bcán bộ)(?:\s+(?i:thôn|tổ dân phố|khu phố))?(?:\s+của)?\s*$", flags=0
)
# the places a recurring task runs in, then how often: "tuyên truyền tại 18 thôn, mỗi tháng 01 đợt"
_AT_PLACES_BEFORE = _EndWord.words("tai")
_PLACES_EACH_PERIOD_AFTER = re.compile(
    r"^\s*(?:to dan pho|thon|khu pho|khu dan cu)\s*,\s*(?:moi|hang)\s+(?:tuan|thang|quy|nam)\b"
)
# (also a body's branches: "chỉ đạo Chi hội trưởng 11 chi hội lập danh sách")
_HEADED_AFTER = re.compile(
    r"^\s*(?:to dan pho|thon|khu pho|xom|xa|phuong|dac khu|don vi|chi hoi|chi bo|chi doan)\b"
)
# the genre's shorthand for its commonest nouns, in capitals only ("hs" may be anything)
_ABBREVIATED_NOUNS = {"HS": "dossiers", "TK": "accounts", "PAKN": "complaints"}
_ABBREVIATED_NOUN = re.compile(rf"\s*({'|'.join(_ABBREVIATED_NOUNS)})\b")
# a column of planned or reached counts named by the shorthand: "Chỉ tiêu TK", "TH HS"
_PLANNED_ABBREVIATION = re.compile(
    rf"(?i:chỉ tiêu|kế hoạch|mục tiêu|thực hiện|kh|th)\s+\(?({'|'.join(_ABBREVIATED_NOUNS)})\)?"
)
# "Nhóm 1: 45 phường", "khối phường (45 đơn vị)", "khối xã gồm 67 xã": how many units a group has
_GROUP_LABEL_BEFORE = Cue(
    r"\b(?:nhom \d+|khoi (?:phuong|xa|dac khu))\s*(?:[:(]|\s(?:gom|co)(?: tat ca)?)\s*$", flags=0
)
_UNITS_DIVIDED_AFTER = re.compile(
    r"^\s*(?:xa|phuong|dac khu)(?:,\s*(?:xa|phuong|dac khu))*\s+(?:duoc )?chia thanh\b"
)
_ASSIGNED_TO_BEFORE = Cue(r"\bgiao\b[^\d,;.]{0,40}\bcho\s*$", flags=0)
# "cho công dân ... trên địa bàn 114 xã, phường, đặc khu": where, every unit at once
_ALL_UNITS_SCOPE_BEFORE = Cue(r"\btren dia ban\s*(?:ca |toan bo |tat ca )?$", flags=0)
# the units a target is assigned to, or where it holds ("giao chỉ tiêu cụ thể cho 16 thôn")
_UNITS_AFTER = re.compile(
    r"^\s*(?:xa|phuong|dac khu|don vi|so|co quan|dia phuong|thon|to dan pho|tdp)\b"
)
# the units a measure takes first, by a level they fall short of: "ưu tiên 05 thôn có tỷ lệ dưới
# 85%", "ưu tiên 03 tổ dân phố có điểm thấp nhất"
_PRIORITY_BEFORE = _EndWord.words("uu tien", "uu tien cho", "uu tien truoc")
_UNITS_BELOW_A_LEVEL_AFTER = re.compile(
    r"^\s*(?:xa|phuong|dac khu|don vi|thon|to dan pho|tdp|truong)\b[^;.\d]{0,20}?\b(?:co\s+"
    r"(?:t[iy] le|diem|chi so|toc do|so)\b[^;.\d]{0,40}?\b(?:duoi|thap|chua dat|khong dat)\b"
    r"|chua co\b)"  # or that still lack it: "ưu tiên 04 thôn chưa có sóng 5G"
)
# "tại nhà văn hóa tổ dân phố 02 lần/tháng", "tại nhà văn hóa thôn 03 buổi/tuần": how often,
# not the place's number
# (also rounds per span: "mỗi thôn 01 đợt/quý", no village's number)
_PER_PERIOD_AFTER = re.compile(r"^\s*(?:lan|buoi|dot)\s*/")
# "giao chỉ tiêu cho 114 xã, phường, đặc khu", "thứ hạng chung trong 114 xã, phường, đặc khu"
_FOR_BEFORE = Cue(r"\b(?:cho|toi|den|voi|trong(?: tong)?(?: so)?)\s*$", flags=0)
_ALL_KINDS_OF_UNITS_AFTER = re.compile(r"^\s*(?:xa|phuong|dac khu),\s*(?:xa|phuong|dac khu)\b")
# what a sentence labelled as causes counts are reasons ("b) Nguyên nhân: ...", "- Nguyên nhân chủ
# yếu: ...", "Nguyên nhân tỷ lệ ... chưa cao: ..."); a section of causes may still report a
# result of its own
# "2. Nguyên nhân", "b) Nguyên nhân của hạn chế" (not "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN")
_CAUSES_HEADING = re.compile(r"^\W*(?:[\divxlc]{1,4}|[a-dđ])?[.)/]?\s*nguyen nhan\b")
_CAUSES_LABEL = _labelled_sentence(
    r"nguyen nhan(?: [^.;:\d]{1,60})?", separator=r":|\bla\b(?: do\b)?"
)
# ("chậm do phường chỉ có 01 máy quét": the unit itself may be the reason's subject)
_BECAUSE_BEFORE = Cue(
    r"(?:^|[\s(,])(?i:do|vì|bởi)(?:\s+(?i:phường|xã|đặc khu|đơn vị))?"
    # "do xã tổng hợp cả 146 hồ sơ ...": the unit's doing, then the count
    r"(?:(?:\s+[^\W\d]+){1,3}?\s+(?i:cả|thêm)"
    # or what it left out: "(chênh lệch do xã chưa tính 53 hồ sơ quá hạn ...)"
    r"|(?:\s+[^\W\d]+){0,2}?\s+(?i:chưa|không)\s+(?i:tính|tổng hợp|cập nhật))?"
    r"(?:\s+(?i:chỉ|mới|vẫn|còn|có|khoảng|gần|hơn|trên|quy mô dân số|dân số))*\s*$",
    flags=0,
)
# a grading scale's bands: "đạt từ 100% đến dưới 105% kế hoạch được đánh giá "Đạt""
_GRADE_BAND_AFTER = re.compile(
    r"^(?:\s*%?\s*den (?:duoi )?\d+(?:[.,]\d+)?\s*%?)?"  # "từ 100% đến dưới 105% ..."
    r"[^;.\d]{0,40}?(?:duoc |bi )?(?:danh gia|xep loai|xep muc)(?: la)?\s*[\"“]"
    r"|^[^;.\d]{0,12}?\bla\s*[\"“]"
)
_PLAN_CONTENTS_BEFORE = re.compile(
    r"\b(?:ke hoach|chuong trinh|de an|ke hoach nay)\s+(?:gom|bao gom|xac dinh|chia thanh|co)\b"
    r"[^.;]*$|\b(?:chia|gop) thanh\s*$|\blo trinh\s*$"
)
_ASSIGNED_BEFORE = _EndWord.words("giao")
# the tranches a payment is made in, the decision's structure, not sessions held: "Kinh phí ...
# được cấp làm 02 đợt: đợt 1 ..." (also split after its schedule: "Thanh toán theo tháng, chia
# làm 24 đợt")
_PAID_IN_TRANCHES_BEFORE = _EndWord(
    r"\b(?:cap|cap phat|thanh toan|chi tra|giai ngan|tam ung)"
    r"(?:\s+theo (?:thang|quy|nam|ky)\s*,?\s*chia)?\s+(?:lam|thanh)\s*$",
    ends=("lam", "thanh"),
)
_TRANCHES_AFTER = re.compile(r"^\s*dot\b")
_LEAD_BODIES_AFTER = re.compile(r"^\s*co quan(?:,\s*don vi)?\s+(?:chu tri|thuc hien)\b")
_VILLAGES_AND_GROUPS_AFTER = re.compile(
    r"^\s*(?:thon|to dan pho|khu pho)(?:,\s*(?:thon|to dan pho|khu pho|khu dan cu))+\b"
)
_PARTY_CELLS_AFTER = re.compile(r"^\s*chi bo\s*\)")
# (not a measure's verb between: "Chỉ số phục vụ người dân, doanh nghiệp ... đạt từ 90 điểm");
# also the sellers a count sorts: "trong đó 04 đơn vị có gian hàng trên từ 03 sàn trở lên"
_NOUN_BEFORE_CLASS = re.compile(
    r"\b(?:san pham|tau|xe|hoc sinh|nguoi|ho|doanh nghiep|co so|chieu dai|cong suat|dien tich"
    r"|don vi|hop tac xa|htx|trang trai)"
    r"\b(?:(?!\bdat\b)[^,;]){0,25}\btu\s*$"
)
_MONEY_AFTER = re.compile(r"^\s*(?:t[iy]|trieu|nghin|ngan)?\s*(?:dong|usd|vnd)\b")
_RANK_OUT_OF = re.compile(r"^\s*(?:trong|tren)\s+(?:tong so\s+|so\s+)?(\d+)\b")
_RANK_DENOMINATOR_BEFORE = _EndWord(
    r"\b(?:xep|dung|vi tri)\s+thu\s+\d+\s+(?:trong|tren)\s+(?:tong so\s+|so\s+)?$",
    ends=("trong", "tren", "so"),
)
# (also what a scan or a camera is like: "độ phân giải 300 dpi")
_QUALIFIER_BEFORE = _EndWord.words(
    "cap do", "loai", "hang muc", "phien ban", "chuan", "do phan giai"
)
# An indicator's definition: "tính trên tổng số 14 thôn", "được tính là đã phủ sóng khi trên
# 95% diện tích", "lấy trung bình của 03 lần đo"
_BASE_BEFORE = _EndWord(
    r"\b(?:tinh tren(?: tong so| co so)?|tren tong so)\s*$", ends=("tren", "so")
)
# (also "Thôn được xác định có sóng 4G ổn định khi RSRP trung bình từ -105 dBm trở lên")
_DEFINITION_REACH = 240  # "... được xác định đạt ngưỡng ... khi đồng thời có ..., độ trễ không quá"
_DEFINITION_BEFORE = Cue(
    r"\bduoc (?:tinh|xac dinh|coi)(?: la)?\b[^;.]{0,80}\bkhi\b[^;.]{0,140}$", flags=0
)
_SAMPLING_BEFORE = Cue(
    r"\b(?:sai so|do tin cay|co mau)\b[^.;]{0,80}$"
    # an inspection's sample: "Đoàn kiểm tra xác suất 50 hồ sơ", "Kiểm tra ngẫu nhiên 30 hộ"
    # (or an estimate's: "ước tính trên cơ sở kiểm đếm xác suất 10% số hộp")
    r"|\b(?:kiem tra|kiem dem|chon|lay mau|khao sat)\s+(?:xac suat|ngau nhien)"
    r"(?:\s+(?:toi thieu|it nhat))?\s*$"
    # a quick survey's sample: "Khảo sát nhanh 200 người mua hàng tại chợ cho thấy 71,5% ..."
    r"|\bkhao sat nhanh\s*$"
    # its share and where it was drawn, in the bracket after it: "kiểm tra xác suất 3.800 bản
    # ghi (5% tổng số bản ghi, chọn ngẫu nhiên trên cả 04 loại sổ)"; a check "trên mẫu 1.500"
    r"|\b(?:kiem tra|chon|lay mau)\s+(?:xac suat|ngau nhien)\s+\d[\d.,]*\s+[^\W\d]+"
    r"(?:\s+[^\W\d]+)?\s*\(\s*(?:khoang\s+)?$"
    # (or its second part after "và": "kiểm tra xác suất 60 hồ sơ thủ tục hành chính và 20 máy")
    r"|\b(?:kiem tra|chon|lay mau)\s+(?:xac suat|ngau nhien)\s+\d[\d.,]*\s+[^\W\d][^;.()\d]{0,60}"
    r"\sva\s*$"
    r"|\bngau nhien\s+(?:tren|trong|tai)(?: ca)?\s*$|\btren mau\s*$"
    # where a measurement was taken: "Kết quả đo kiểm ngày 20/5/2032 tại 09 trường:"
    r"|\bket qua do(?: kiem)?\b[^;.:]{0,60}\btai\s*$"
    # where a measurement was taken: "tổ chức đo kiểm tại 12 thôn có nhiều phản ánh"
    r"|\bdo kiem tai\s*$"
    # where a verifier went to check: "khảo sát thực tế tại 03 thôn ngày 02/12/2031"
    r"|\b(?:khao sat|kiem tra) thuc te tai\s*$"
    # how many points each unit was measured at: "mỗi đơn vị đo tại tối thiểu 05 điểm"
    r"|\bmoi\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+do(?: kiem)?\s+tai(?:\s+(?:toi thieu|it nhat))?\s*$"
    # where a survey's sample was drawn: the 42 of "Khảo sát 600 hộ tại 42 TDP" (also after how it
    # was drawn, of a longer noun: "khảo sát ngẫu nhiên 150 hộ kinh doanh tại 04 khu chợ"); and its
    # share per unit: the 60 of "khảo sát chọn mẫu 1.320 hộ tại 22 thôn (60 hộ/thôn)"
    r"|\bkhao sat(?:\s+(?:ngau nhien|xac suat|nhanh|chon mau))?\s+\d[\d.,]*(?:\s+[^\W\d]+){1,3}"
    r"\s+tai\s+"
    r"(?:\d[\d.,]*\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*\(\s*)?$",
    flags=0,
)
# an inspection sample's breakdown in the bracket after it, past its first part: the second 40
# of "kiểm tra ngẫu nhiên 80 hồ sơ (40 hồ sơ năm 2030 và 40 hồ sơ quý I/2031)"
_SAMPLE_PARTS_REACH = 140
_SAMPLE_PARTS_BEFORE = Cue(
    r"\b(?:kiem tra|chon|lay mau)\s+(?:xac suat|ngau nhien)\s+\d[\d.,]*\s+[^\W\d]+"
    r"(?:\s+[^\W\d]+)?\s*\(\s*(?:khoang\s+)?\d[^();:]*?(?:,|\bva)\s*$",
    flags=0,
)
# the sample named again as the base of a finding: the 80 of "trong 80 hồ sơ được kiểm tra có
# 71 hồ sơ ...", "trong số 150 hộ được khảo sát"
_SAMPLE_BASE_BEFORE = _EndWord(r"\btrong(?: tong)?(?: so)?\s*$", ends=("trong", "so"))
# (also a sample drawn at random, its finding after "có": "trong 100 hồ sơ kiểm tra xác suất có
# 12 hồ sơ sai sót")
_SAMPLE_BASE_AFTER = re.compile(
    r"^\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:(?:da\s+)?duoc\s+(?:kiem tra|khao sat)\b"
    r"|(?:kiem tra|khao sat)\s+(?:xac suat|ngau nhien)\s+co\b)"
)
# the sample itself: the 600 (not "khảo sát 420 phiếu, thu về 398 phiếu hợp lệ", a count)
_SURVEYED_BEFORE = Cue(r"\bkhao sat(?: chon mau)?\s*$", flags=0)  # "khảo sát chọn mẫu 1.320 hộ"
_DRAWN_AT_AFTER = re.compile(r"^\s*[^\W\d]+(?:\s+[^\W\d]+)?\s+tai\s+\d")
_SURVEY_METHOD_HEADING = re.compile(r"\W*(?i:phương pháp (?:khảo sát|điều tra|đánh giá|tính))\b")
_METHOD_BEFORE = _EndWord(r"\blay (?:trung binh|binh quan) cua\s*$", ends=("cua",))
_COMPOSITION_BEFORE = re.compile(
    r"(?:\b(?:toan (?:tinh|thanh pho|quan|huyen)|thanh pho|tinh|quan|huyen)\s+"
    r"(?:hien\s+)?(?:co|gom)"
    r"|sau sap xep[^.;]{0,40}|don vi hanh chinh[^.;]{0,20}\(|[(,]\s*\d+\s+\w+(?:\s\w+)?,?)\s*$"
)
_FORMED_FROM_BEFORE = re.compile(
    r"\b(?:thanh lap|sap nhap|hop nhat|hinh thanh tu|tren co so(?! du lieu))\b[^.;]{0,60}$"
)
_OF_BEFORE = re.compile(r"\bcua\s*$")
_RESULTS_OF_BEFORE = re.compile(
    r"\b(?:ket qua|bao cao|so lieu)(?: [^\d,;.]{0,20})? cua"
    # (and the second of a pair: "Kết quả của 06 tổ dân phố Hoàn thành xuất sắc và 03 tổ dân phố
    # Không hoàn thành")
    r"(?:\s+\d+\s+[^\d,;.()]{1,60}\s+va)?\s*$"
)
# the sources a sentence opens on: "Theo số liệu của 04 ngân hàng có phòng giao dịch trên địa
# bàn, ...": whose figures are gathered, whatever they are
_SOURCES_OF_FIGURES_BEFORE = re.compile(
    r"(?:^|[.;:]\s*|\n\W*)theo (?:so lieu|bao cao|thong ke|thong bao)(?: [^\d,;.]{0,20})? cua\s*$"
)
# the units a sum goes to, the sum right after their noun: "Phân bổ cho 09 thôn 585 triệu
# đồng", "hỗ trợ hoạt động Tổ công nghệ số cộng đồng 8 thôn 270 triệu đồng" (the sum is the fact)
_SUM_AFTER_NOUN = re.compile(r"^\s*(?:khoang\s+)?[\d.,]+\s*(?:ty|trieu|nghin)?\s*dong\b")
# (past a bracket that explains the subject: "Số tài khoản ... của trẻ em dưới 14 tuổi (tích
# hợp trên tài khoản VNeID của cha, mẹ hoặc người giám hộ) được kích hoạt là 1.734")
_COUNT_SUBJECT = re.compile(
    r"\bso(?: luong)?\s+([a-z]+(?: [a-z]+){0,2})(?:[^,;.%]|\([^()]*\)){0,80}"
    r"(?:\b(?:la|dat)|:)\s*$"
)
_COUNT_SUBJECT_REACH = 240
# a form's field "3. Số trạm BTS trên địa bàn xã (trạm): 23": the unit in the label's brackets
_BRACKET_UNIT_LEAD = re.compile(r"\(([^()]{1,20})\)\s*:\s*$")
# "Số hộ kinh doanh dùng hóa đơn điện tử là 968 hộ": a bare "hộ" repeats the subject's noun
_BUSINESS_SUBJECT = re.compile(r"\b(?:ho kinh doanh|hkd|ho kd)\b[^;.%\d]{0,120}$")  # also "HKD"
# "Tải xuống (Mbps)", "Thời gian phản hồi bình quân (giờ)": the bracket of a header
_MEASUREMENT_UNITS = {
    "mbps": "mbps", "gbps": "gbps", "ms": "ms", "dbm": "dbm", "gio": "hours",
    "tan": "tấn", "ha": "ha", "kg": "kg",  # "Sản lượng (tấn)", "Diện tích (ha)"
    "km": "km",  # "Cáp đã ngầm hóa (km)": a length laid, as "đã ngầm hóa 41,8 km"
    # how long a service may take: "Thời hạn giải quyết (ngày làm việc)"
    "ngay": "ngày", "ngay lam viec": "ngày",
    # how long one waits or a call lasts: "Thời gian chờ bình quân (phút)", as "chờ 14 phút"
    "phut": "phút",
}  # fmt: skip
_OWN_COLUMN_UNITS = frozenset({PERCENT, RANK, *_MEASUREMENT_UNITS.values()})
# a column of things counted by their measure word, in lower case: "Tem QR đã in (tem)"
_MEASURE_WORD_BRACKET = re.compile(r"\(\s*([^\W\d_]+(?:-[^\W\d_]+)?)\s*\)\s*$")
_POINTS_AT_END = re.compile(r"\bdiem\s*$")
# "Số sản phẩm", "Số lượng gian hàng": what a column counts, one or two words (not "Số liệu ...")
_COUNTED_HEADER = re.compile(
    r"(?:số lượng|tổng số|số)\s+(?!liệu\b|thứ tự\b)([^\W\d]+(?: [^\W\d]+)?)"
    r"(?: (?:hợp lệ|thu về|phát ra|hoàn thành))?"  # "Số phiếu hợp lệ": the ballots counted
)
# a column of things counted by what they have: "Phòng học có máy chiếu", "Phòng máy được nối
# mạng"; a noun outside the vocabulary is its own unit, as in "Số sản phẩm"
_HAVING_HEADER = re.compile(
    r"(?!(?:tỷ lệ|tỉ lệ|số|tổng|ghi chú)\b)([^\W\d]+(?: [^\W\d]+)?) (?:có|được)\s"
)
# the last kind of household a sentence names before a count of "hộ" is the one counted
_HOUSEHOLDS_NAMED = re.compile(r"\bho (kinh doanh|gia dinh|dan|ngheo|can ngheo|nong dan)\b")
_BARE_HOUSEHOLD_AFTER = re.compile(r"^\s*ho\b(?!\s+(?:gia dinh|dan|ngheo|can ngheo))")
_PERCENTAGE_POINTS_AFTER = re.compile(r"^\s*diem (?:phan tram\b|%)")  # also "1,3 điểm %"
_OUT_OF_AFTER = re.compile(r"^\s*tren\s+(\d+)(?=\s)")
_OUT_OF_BEFORE = _EndWord(r"\b\d+\s+tren\s*$", ends=("tren",))
# a condition: "chỉ cần 01 chiếc điện thoại", "nếu mỗi thôn chỉ cần thêm 20 hộ"
_ONLY_NEED_BEFORE = _EndWord(r"\bchi can(?: them)?\s*$", ends=("can", "them"))
_PAIR_AFTER = re.compile(r",\s?(\d)\s+[^\W\d]")
_PAIR_BEFORE = re.compile(r"(?<![\d.,])(\d),\s?$")
_WORD_AFTER = re.compile(r"\s+[^\W\d]")
_UNITS_NOUN_AFTER = re.compile(r"^\s*don vi\b")  # "của 04 đơn vị: phường A, ..."
_PAGE_COUNTER_BEFORE = Cue(
    r"\b(?:luot xem|binh luan|luot thich|thich|chia se)\s*:\s*$|\b(?:facebook|zalo)\s*\(\s*$",
    flags=0,
)
# a social post's counters: "💬 86 bình luận", "↗️ 45 lượt chia sẻ", "👍 264 thích", "👍 1,2K"
_PAGE_COUNTER_AFTER = re.compile(
    r"^\s*(?:k\b\s*)?(?:(?:luot )?binh luan|(?:luot )?chia se|(?:luot )?thich|luot xem)\b"
)
# (not the views a result reached: "phiên livestream Lễ khai mạc đạt 21.370 lượt xem", "với 27.400
# lượt xem", "với tổng số 12.800 lượt xem")
_VIEWS_REACHED_BEFORE = Cue(
    r"\b(?:dat|voi|thu hut|ghi nhan)(?: tong(?: so| cong)?)?(?: (?:khoang|gan|hon|tren))?\s*$",
    flags=0,
)
_WEIGHT_BEFORE = Cue(r"\btrong so\s*(?:la\s*|:\s*)?$", flags=0)
_SCALE_PARTS_BEFORE = re.compile(r"\b(?:thang diem|diem toi da)\b(?:[^.;]|\.\d)*$")
_BRACKETED_POINTS_AFTER = re.compile(r"^\s*diem\s*\)")
_BELOW_BEFORE = Cue(r"\bduoi\s*$", flags=0)
_OF_MAXIMUM_AFTER = re.compile(r"^\s*%\s*(?:so )?diem toi da\b")
_SCALE_BEFORE = Cue(r"\b(?:thang diem|diem toi da)(?: toi da)?\s*(?:la\s*|:\s*)?$", flags=0)
_SCALE_TOTAL_BEFORE = re.compile(r"\(\s*tong\s*$")
# points a unit fell short by or lost: "xã còn thiếu 261,5 điểm", "mất 41 điểm"
_SHORTFALL_BEFORE = Cue(  # not "tối thiểu"
    r"\b(?:con thieu|(?<!toi )thieu|bi mat|mat)(?:\s+(?:khoang|gan|hon|tren|xap xi))?\s*$", flags=0
)


# a fee per item, and a fee's rate: "lệ phí ... 10.000 đồng/lần", "bằng 50% mức thu khi ..."
# (not "phí" alone, which folds like the "phi" of "thanh toán phi tiền mặt"); a contract's unit
# price or rent per period: "Đơn giá thuê dịch vụ trọn gói: 24.500.000 đồng/tháng"
_FEE_WORD = re.compile(
    r"\b(?:le phi|muc thu|muc phi|phi duy tri|phi dich vu|phi thuong nien|cuoc|don gia|gia thue)\b"
)
# the top of a range the value opens, before its unit: "từ 4.000 đến 5.000 đồng/kg"
_RANGE_TOP = r"(?:\s*(?:den|-|–)\s*[\d.,]+)?"
# (a fee per anything: "lệ phí cấp giấy phép xây dựng ... 75.000 đồng/giấy phép")
_PER_ITEM_MONEY_AFTER = re.compile(
    rf"^{_RANGE_TOP}\s*(?:dong\s*/\s*[a-z]"
    r"|/\s*(?:lan|lieu|ban|ho so|giao dich|trang|thang|nam|tin nhan)\b)"
)
_RATE_OF_A_FEE_AFTER = re.compile(r"^\s*%\s*(?:muc thu|muc phi|le phi)\b")
# a support rate by class of person, which a law sets: "Nhà nước hỗ trợ tiền đóng theo tỷ lệ ...:
# 50% đối với người thuộc hộ nghèo, 40% đối với ..."
_SUPPORT_RATE_BEFORE = Cue(r"\bho tro\b[^.;]{0,120}:[^.:]{0,80}$", flags=0)
_RATE_PER_CLASS_AFTER = re.compile(r"^\s*%\s*doi voi\b")
_STILL_TO_ADD_BEFORE = Cue(
    # (also what a unit needs to add to reach its target, and each of the values listed: "để về
    # đích năm 2035, ... mỗi năm phường cần lắp thêm khoảng 400 đèn và 2.300 đồng hồ")
    r"\b(?:con (?:phai|can)|can)\s+(?:[^\W\d]+\s+){0,2}?them(?:\s+(?:khoang|gan|hon|tren|it nhat))?"
    r"\s*(?:(?<=\s)[\d.,]+\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*(?:,|va)\s+)*$",
    words=("them",),
    flags=0,
)
# what a result still lacks, in a bracket after saying it fell short: "chỉ tiêu 100% hộ kinh
# doanh tại chợ ... chưa hoàn thành (còn 08 hộ)" (a gap, not a count of its own)
_REMAINDER_OF_A_MISS_BEFORE = Cue(
    r"\bchua (?:hoan thanh|dat)\s*\(\s*(?:van\s+)?con(?:\s+(?:lai|khoang|gan|hon|tren))?\s*$",
    flags=0,
)
_TEMPERATURE_BEFORE = Cue(r"\bnhiet do\b[^;.]{0,80}$", flags=0)
_DEGREES_AFTER = re.compile(r"^\s*(?:do|°)")
_SHARE_OF_BEFORE = Cue(r"\bbang\s+(?:khoang|gan|chua den|hon)?\s*$", flags=0)
_AVERAGE_AFTER = re.compile(r"^\s*(?:binh quan|trung binh|muc|so voi)\b")
# what a value just stated, or a target, still lacks: "(86,2%) – còn thiếu", "so với chỉ tiêu
# còn thiếu"
_SHORTFALL_OF_A_VALUE = re.compile(
    # (also of a share of the population: "đạt 87,8% dân số, còn thiếu 4.725 người")
    # (or a bound's bracket: "chưa đạt yêu cầu (từ 90% trở lên), còn thiếu 1.043 tài khoản")
    r"(?:\d\s*%?(?:\s*tro len)?\s*\)?\s*[,;–-]?|\d\s*%\s*(?:dan so|so dan)\s*,"
    r"|\b(?:chi tieu|ke hoach|muc tieu)[^.\d]{0,20}"
    # (also a bracket after a count: "chỉ tiêu 1.300 người (còn thiếu 174 người)")
    r"|\d\s+(?:[^\W\d]+\s+){0,6}?[^\W\d]+\s*\()\s*con\s+thieu\s*$"
)
# "còn thiếu 813 tài khoản so với chỉ tiêu": how far from the target
_SHORT_OF_A_TARGET_AFTER = re.compile(
    # (also "còn thiếu 07 thôn, tổ dân phố có sóng 4G ổn định ... so với chỉ tiêu thành phố giao")
    # (or of the whole it is a share of: "còn thiếu khoảng 4.240 tài khoản so với số công dân
    # thuộc diện", the gap to all of them)
    r"^[^;.]{0,100}?\bso voi\s+(?:chi tieu|ke hoach|muc tieu|(?:tong )?so\s+[^\W\d])"
)
_MAXIMUM_IN_BRACKETS_BEFORE = re.compile(r"\(\s*toi da\s*$")  # "Kinh tế số (tối đa 300 điểm)"
# "mốc này chiếm 40% số điểm của chỉ tiêu" (a weight), not "đạt 71,9% số điểm" (a result)
_SHARE_BEFORE = Cue(r"\bchiem\s*$", flags=0)
_SHARE_OF_POINTS_AFTER = re.compile(r"^\s*%\s*(?:so |tong )?diem\b")
_GRADING_BEFORE = Cue(r"\bxep loai\s*:[^.]*$", flags=0)
# the bar of the bodies a sentence reminds or praises, in a bracket after their names: "Nhắc
# nhở Trường A, Trường B (điểm thẩm định dưới 75 điểm)": why they are named, not a value
_ADDRESSED_BAR_BEFORE = Cue(
    r"(?:^|[.;:]\s|\n|\d[.)]\s|[-+•]\s)\s*(?:nhac nho|phe binh|bieu duong|tuyen duong)\b"
    r"[^.;:()]*\([^()]*\b(?:duoi|tren|tu|thap hon|cao hon)\s*$",
    flags=0,
)


def _in_anecdote(folded: str, low: int, start: int) -> bool:
    """A speech's story of one day or one person ("có ngày người dân phải chờ tới 2 giờ", "Có
    đồng chí tổ trưởng ... đã đến một hộ 5 lần"): its numbers tell the story, not a level."""
    return bool(
        _ANECDOTE_BEFORE.search(folded, max(low, start - 140), start)
        or _HONOREE_STORY_BEFORE.search(folded, max(low, start - _HONOREE_REACH), start)
        or _TYPICAL_CASE_BEFORE.search(folded, max(low, start - _TYPICAL_CASE_REACH), start)
    )


# (also one occasion of a series: "có đợt phải tạm dừng thu nhận hồ sơ khoảng 3 giờ")
_ANECDOTE_BEFORE = re.compile(
    r"(?:^|[.;!?:]\s*|,\s*)co (?:ngay|hom|luc|lan|dot|dong chi|cu|truong hop|nguoi|ho)\b"
    r"[^.;!?]{0,120}$"
)
# what one person named for an award did: "đề nghị tặng Giấy khen cho đồng chí Trần Văn Lộc, 79
# tuổi, ... đã hướng dẫn 17 hội viên cài đặt VNeID" (not "cho 03 chi hội và 08 hội viên")
_HONOREE_STORY_BEFORE = Cue(
    r"\b(?:tang|trao|khen thuong)\s+(?:(?:giay khen|bang khen|ky niem chuong)\s+)?cho\s+"
    r"(?:dong chi|ong|ba|cu)\s+[^\d.;!?]+,[^.;!?]*$",
    flags=0,
)
_HONOREE_REACH = 200
# a typical case told from its day: "Điển hình: ngày 17/9/2031, ông N.V.A. (...) bị đối tượng ...
# yêu cầu chuyển 350 triệu đồng" (past a name's initials, not past the sentence)
_TYPICAL_CASE_BEFORE = re.compile(
    r"(?:^|[.;!?]\s+)dien hinh(?: la| nhu)?\s*[:,]?\s*(?:vao\s+)?ngay \d"
    r"(?:[^.;!?]|\.(?!\s+[^\W\d]))*$"
)
_TYPICAL_CASE_REACH = 250
_TARIFF_BEFORE = Cue(
    # a rate in brackets or after a comma: "(mức 50.000 đồng/hộ/tháng)", "hỗ trợ đi lại cho
    # người cao tuổi thuộc hộ nghèo, mức 50.000 đồng/người"
    r"\bmuc (?:ho tro|chi|boi duong|thu lao|phu cap|thue|phan bo)\b(?:[^.;]|\.(?=\d)){0,90}$"
    r"|[(,]\s*muc\s*$|\bho tro\s*$"
    # an allocation's fixed part per unit: "gồm phần cố định 40 triệu đồng/thôn, phần còn lại ..."
    r"|\bphan co dinh\s*$"  # "hỗ trợ 50% cước thuê bao", "hỗ trợ 100% chi phí in tem"
    # a rate a role is paid: "Tổ trưởng được phụ cấp 400.000 đồng/tháng, tổ viên 200.000 đồng"
    r"|\bduoc (?:ho tro|phu cap|boi duong)\b(?:[^.;]|\.(?=\d)){0,40}$"
    # the pay roles are voted, each after the last: "Thù lao Chủ tịch HĐQT 6,5 triệu
    # đồng/tháng; thành viên HĐQT, Ban Kiểm soát (03 thành viên) 2,0 triệu đồng/người/tháng"
    r"|\b(?:thu lao|phu cap)\b(?:[^.]|\.(?=\d)){0,100}$",
    flags=0,
)
# the shares of a profit set aside for funds, listed in a bracket: "sau khi trích các quỹ theo Điều
# lệ (quỹ đầu tư phát triển 30%, quỹ dự phòng tài chính 10%)": an allocation formula
_FUND_SHARES_BEFORE = Cue(r"\btrich\b[^.;()]{0,40}\bquy\b[^.;()]{0,40}\([^()]*$", flags=0)
# an advance's share of the sum it is paid from: "đợt 1 tạm ứng 60% trước ngày ..."
_ADVANCE_BEFORE = _EndWord.words("tam ung")
_SHARE_OF_A_PRICE_AFTER = re.compile(r"^\s*%\s*(?:gia|chi phi|kinh phi|cuoc)\b")
# money per something: "200.000 đồng/buổi", "7.800 đồng/kg"
_MONEY_PER = rf"^{_RANGE_TOP}\s*(?:nghin |trieu )?(?:dong|d)\s*/\s*"
# a unit price: "giá bán bình quân tại ruộng 7.800 đồng/kg", "chi phí in tem 250 đồng/tem"
_UNIT_PRICE_AFTER = re.compile(
    rf"{_MONEY_PER}"
    r"(?:kg|tan|ta|tem|cai|chiec|qua|lit|m2|m²|bao|bo|may|chung thu|thiet bi|goi|the|lan|ho so"
    # a rate per shift or per child: "hỗ trợ 150.000 đồng/ca", "28.000 đồng/ngày/trẻ"
    r"|ca|tre|hoc sinh|ngay\s*/\s*(?:tre|hoc sinh|nguoi)"
    # a per-diem: "hỗ trợ tiền ăn 100.000 đồng/người/ngày" (not an income "đồng/người/năm")
    r"|nguoi\s*/\s*(?:ngay|buoi))\b"
)
# a fee waived: "miễn phí 100% phí giao dịch"
_WAIVED_BEFORE = Cue(r"\b(?:mien|giam)(?: phi)?\s*$", flags=0)
_FEE_AFTER = re.compile(r"^\s*%\s*(?:phi|le phi|cuoc)\b")
# a price or a tax rate: "đơn giá 1.650.000 đồng/chứng thư/năm", "thuế GTGT 10%"
# what each item costs on average: "Đơn giá số hóa 3D bình quân 68 triệu đồng/di tích", "Chi phí
# tính toán bình quân khoảng 96 đồng/câu hỏi" (not a sum per span of time: "... đồng/năm")
_COST_PER_ITEM_BEFORE = Cue(
    r"\b(?:don gia|chi phi)\b[^;.]{0,40}\bbinh quan(?: khoang)?\s*$"
    # (the average first: "Bình quân chi phí hỗ trợ khoảng 2,6 triệu đồng/hộ kinh doanh")
    r"|\b(?:binh quan|trung binh) (?:chi phi|kinh phi|don gia)\b[^;.\d]{0,30}?(?: khoang)?\s*$",
    flags=0,
)
_PER_ITEM_AFTER = re.compile(
    r"^\s*[^\W\d_]*\s*(?:dong|d)\s*/\s*(?!(?:thang|nam|ngay|tuan|quy)\b)[a-z]"
)
# (or an average cost written for one item, the one and the sum both: "Kinh phí tổ chức 01 lớp học
# bình quân 4,2 triệu đồng", "chi phí 01 bộ máy tính trung bình 15 triệu đồng"; not a sum of
# its own: "Dự toán kinh phí giai đoạn 1 được phê duyệt là 1,86 tỷ đồng")
_COST_WORD_BEFORE = Cue(r"\b(?:kinh phi|chi phi|don gia)\b[^;.:\d]{0,40}$", flags=0)
_ONE_ITEM_COSTED_AFTER = re.compile(
    r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+(?:binh quan|trung binh)(?: khoang)?\s+"
    r"[\d.,]+\s*(?:trieu|ty|nghin)?\s*(?:dong|d)\b"
)
# what a priced set comes with: "bộ trung tâm kèm 01 đầu báo khói khoảng 1.250.000 đồng/bộ"
# (the set's contents, priced per set, not a count of the unit)
_BUNDLED_BEFORE = _EndWord(r"\bkem(?: theo)?\s*$", ends=("kem", "kem theo"))
_PRICED_PER_SET_AFTER = re.compile(
    r"^[^;.\d]{0,60}?(?:khoang\s+)?[\d.,]+\s*(?:nghin |trieu )?(?:dong|d)\s*/\s*[^\W\d]"
)
_COST_OF_ONE_BEFORE = Cue(
    r"\b(?:kinh phi|chi phi|don gia)\b[^;.:\d]{0,40}\b0?1\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}"
    r"\s+(?:binh quan|trung binh)(?: khoang)?\s*$",
    flags=0,
)
# a price per item, its noun and what it is for between: "(giá nước bình quân 9.600 đồng/m3)",
# "Đơn giá thuê dịch vụ camera 120.000 đồng/camera/tháng" (as written: "giá", not "gia đình")
_PRICE_WORD_BEFORE = re.compile(
    r"(?<!\w)(?i:giá)\s[^;.:()\d]{0,50}$"
    # (further when the price opens its sentence and names where it is paid: "Giá thuê vị trí
    # đặt trạm trên đất, công trình công cộng bình quân 36 triệu đồng/vị trí/năm")
    r"|(?:^|[.;:\n]\s*)Giá\s[^;.:()\d]{0,90}$"
)
# (not the "vật" of "cơ sở vật chất", whose fold is that of "VAT": "Cơ sở vật chất gồm 24 phòng
# học" counts the rooms)
# (not the "vật" of supplies or things it folds like: "cung ứng vật tư và 3.912 lượt phản ánh")
_TAX_WORDS = r"thue (?:gtgt|vat|gia tri gia tang)|vat(?! (?:chat|tu|lieu|dung|nuoi|the|ly|pham)\b)"
_PRICE_OR_TAX_BEFORE = Cue(
    rf"\b(?:don gia|gia ban(?: le)?|{_TAX_WORDS})\b"
    r"[^;.\d]{0,20}$",
    flags=0,
)
# the tax a sum holds, in money, is an amount, not the rate: "trong đó giá trị trước thuế
# 812.000.000 đồng, thuế GTGT 81.200.000 đồng"
_TAX_BEFORE = Cue(rf"\b(?:{_TAX_WORDS})\s*$", flags=0)
# an interest rate, the price of credit or the yield of a deposit, not an indicator of the unit:
# "Lãi suất cho vay ngắn hạn ... hiện áp dụng từ 4,5%/năm", "lãi suất tiền gửi ... là 5,2%/năm"
_INTEREST_RATE_BEFORE = Cue(r"\blai suat\b[^;.%]{0,100}$", flags=0)
_PERCENT_A_YEAR_AFTER = re.compile(r"^\s*%\s*/\s*(?:nam|thang)\b")
# a cap on a class's size, a norm a regulation sets: "lớp 1 không quá 35 học sinh/lớp (Thông tư
# số 28/2020/TT-BGDĐT)", "tối đa 25 trẻ/nhóm"
_SIZE_CAP_BEFORE = _EndWord(r"\b(?:khong qua|toi da)\s*$", ends=("qua", "da"))
_PER_CLASS_AFTER = re.compile(r"^\s*(?:tre|hoc sinh|hoc vien|chau)\s*/\s*(?:lop|nhom)\b")
# (or a plan's norm for each class, named as one: "sĩ số mỗi lớp từ 25 đến 35 học viên", "(mỗi lớp
# không quá 35 học viên, ...)"; not a bare "mỗi lớp từ 25 đến 35 học viên", the classes' intake)
_CLASS_SIZE_BEFORE = Cue(
    r"\bsi so (?:moi|mot) lop(?: hoc)?(?: tu| khong qua| toi da)?\s*$"
    r"|\bmoi lop(?: hoc)? (?:khong qua|toi da)\s*$",
    flags=0,
)
_LEARNERS_AFTER = re.compile(r"^\s*(?:(?:den|-|–)\s*\d+\s*)?(?:tre|hoc sinh|hoc vien|chau|nguoi)\b")
_DAY_RANGE_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s*-\s*$")
# a day whose year the next day of the pair writes: "(10/7 và 20/7/2031)", "15/7, 22/7/2031"
_DATED_DAY_AFTER = re.compile(r"^\s*(?:và|,|;)\s*\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b")
# a map's scale: "bản đồ số tỷ lệ 1/2.000"
_RATIO_WORD_BEFORE = Cue(r"\bt[iy] le\s*$", flags=0)  # "tỷ lệ 1/500: 241 tờ"
_MAP_SCALE = re.compile(
    r"1/(?:200|250|500|1\.?000|2\.?000|2\.?500|5\.?000|10\.?000|25\.?000|50\.?000)"
)
_MAP_SCALE_BEFORE = Cue(r"\bban do\b[^;.]{0,30}\bt[iy] le\s*$", flags=0)
_PER_SESSION_AFTER = re.compile(
    rf"{_MONEY_PER}"
    r"(?:buoi|ngay|nguoi|luot|lop|hoc vien|tiet|thon|to dan pho|tdp|don vi|ho|htx|hop tac xa"
    r"|chu the|co so|san pham|doanh nghiep|vi tri|thang)\b"
)
# a class of businesses by their takings: "Hộ kinh doanh có doanh thu dưới 1 tỷ đồng/năm được
# khuyến khích ...", "có doanh thu từ 1 tỷ đồng đến dưới 3 tỷ đồng/năm"
_REVENUE_CLASS_BEFORE = Cue(
    r"\bco (?:tong )?doanh thu(?: [^\d\s,;.]+){0,4}\s+(?:tu|duoi|tren|khong qua)\s*$"
    r"|\bco (?:tong )?doanh thu\b[^.;()]{0,20}\btu [\d.,]+ (?:trieu |ty )?dong\s+den (?:duoi )?$",
    flags=0,
)
# a class of bid packages or contracts by their price: "gói thầu có giá dưới 50 triệu đồng",
# "hợp đồng có giá trị từ 5 tỷ đồng trở lên": which ones are meant, not what one costs
_PRICE_CLASS_BEFORE = Cue(
    # (the class named by its field: "dự án lĩnh vực công nghệ thông tin có tổng mức đầu tư dưới
    # 120 tỷ đồng", a project group's legal threshold)
    r"\b(?:goi thau|hop dong|du an|cong trinh)(?: [^\d\s,;.]+){0,6}? co (?:gia|gia tri|tong muc"
    r" dau tu)(?: goi thau| hop dong)?\s+(?:tu|duoi|tren|khong qua)\s*$",
    flags=0,
)
# a class of vessels by their length: "tàu từ 12 m đến dưới 15 m", "tàu dưới 15 m"
_VESSEL_CLASS_BEFORE = Cue(
    r"\btau(?: ca)?(?: co chieu dai)?\s+(?:tu|duoi|tren)\s*$"
    r"|\btau(?: ca)?(?: co chieu dai)?\s+tu [\d.,]+ m\s+den (?:duoi )?$",
    flags=0,
)
_LENGTH_IN_METRES = re.compile(r"^\s*m\b")
_ANY_UNIT_HAVING_BEFORE = Cue(
    r"\bdon vi(?: nao)? co (?:tu|tren|duoi)\s*$"
    # a reward proposed for whichever unit meets it: "đề xuất khen thưởng tổ dân phố hoàn thành
    # 100% chỉ tiêu trước ngày 15/12"
    # (also several kinds of unit: "đề xuất khen thưởng tổ, thôn hoàn thành 100% chỉ tiêu")
    r"|\bkhen thuong (?:cho )?(?:cac )?(?:thon|to dan pho|tdp|don vi|tap the|ca nhan|to)"
    r"(?:,\s*(?:thon|to dan pho|tdp|don vi|tap the|ca nhan|to))*\s+"
    r"(?:nao\s+)?(?:hoan thanh|dat)\s*(?:tu\s*)?$",
    flags=0,
)
# the class a count is of, by a bound on what each has: "(trong đó 37 nhà trọ có từ 10 phòng trở
# lên)" (what the counted boarding houses are, not a measure)
_COUNT_OF_A_CLASS_BEFORE = Cue(
    r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.]*\s+(?:[^\W\d]+\s+){1,4}?co (?:tu|tren|duoi)\s*$",
    words=("co tu", "co tren", "co duoi"),
    flags=0,
)
# who share what is counted: "17 trạm dùng chung hạ tầng giữa từ 02 doanh nghiệp trở lên"
_SHARED_AMONG_BEFORE = _EndWord.words("giua tu")
_CLASS_BOUND_AFTER = re.compile(r"^\s*[^\W\d]+(?:\s+[^\W\d]+){0,2}\s+tro (?:len|xuong)\b")
_ANY_UNIT_BEFORE = re.compile(r"\bdon vi(?: nao)?\s+(?:co|dat)\b[^;.]{0,80}$")
_REWARD_AFTER = re.compile(r"^\s*%?[^;.\d]{0,30}?\b(?:duoc cong|bi tru|duoc thuong|cong them)\b")
_CITED_DOCUMENT_AFTER = re.compile(
    r"^\s+(?:Quyết định|Nghị quyết|Kế hoạch|Công văn|Thông báo|Chỉ thị|Văn bản|Thông tư|Nghị định)"
    r"\s+số\b"
)
_FORMER_UNITS_AFTER = re.compile(
    r"^\s*(?:don vi|phuong|xa)(?: hanh chinh)?(?: cap xa)?\s*\(?\s*cu\b"
)
_NAMED_UNITS_AFTER = re.compile(
    rf"^\s*\S+(?:\s+(?:khu|cấp xã))?\s+[{UPPER}][^\W\d]*(?:\s+[{UPPER}][^\W\d]*){{0,2}}\s*,"
    rf"\s*[{UPPER}]"
)
_NAMED_AS_UNITS_AFTER = re.compile(
    # (a name may end on its number: "04 thôn là Kim Đới 1, Kim Đới 2, Xuân Ổ và Hòa Liễu 2")
    rf"^\s*\S+(?:\s+dân phố)?\s+(?:là|gồm)\s+[{UPPER}][^\W\d]*(?:\s+[{UPPER}][^\W\d]*){{0,2}}"
    rf"(?:\s+\d{{1,2}})?\s*(?:,|và)\s*[{UPPER}]"
)
_OF_A_DISTRICT_AFTER = re.compile(r"^\s*\S+(?: \S+)?\s+thuoc (?:huyen|quan|thi xa)\b")
_AT_BEFORE = re.compile(r"\b(?:tai|o)\s*$")
_MARKETS_AFTER = re.compile(r"^\s*(?:cho|thi truong)\b")
# the schools, service points or rooms where what the clause has just counted is: "08 tổ hỗ trợ
# tuyển sinh tại 08 trường", "214 lượt hỗ trợ ... tại 05 điểm hỗ trợ" (not "gắn mã QR tại 64 điểm")
# (or the things a clause names in the plural: "các cuộc họp tại 04 điểm sinh hoạt cộng đồng")
_COUNTED_AT_BEFORE = re.compile(r"(?:\d|\bcac)\s+[^\d;:()%]{1,50}\btai\s*$")
# (or the things a bound on a share of their own parts picks: "bổ sung 1.200 cổng quang tại 38
# tủ, hộp đã sử dụng trên 90% số cổng")
_CLASSED_BY_A_SHARE_AFTER = re.compile(
    r"^\s*[^\W\d][^\d;.:%()]{0,40}\s(?:tren|duoi)\s+\d+(?:[.,]\d+)?\s*%\s*(?:tong )?so\s+[^\W\d]"
)
# (or the rooms: "12 camera lắp tại 12 phòng học")
_SITES_AFTER = re.compile(r"^\s*(?:truong|diem|phong)\b")
# the villages devices are installed in, right after their count: "lắp đặt 24 camera AI tại 08
# thôn trung tâm" (where the counted cameras go); as written, "lắp" (not "thành lập 226 tổ ... tại
# 226 tổ dân phố", which folds alike)
_INSTALLED_AT_BEFORE = re.compile(r"\b[Ll]ắp(?: đặt)?(?: mới)?\s+\d+\s+[^\d;:()%]{1,40}\btại\s*$")
# the residential groups or villages where the times just counted took place: "hỗ trợ 1.384
# lượt người dân nộp hồ sơ tại 42 tổ dân phố" (not the bodies set up there, each a count of
# coverage: "thành lập 38 tổ công nghệ số tại 38 tổ dân phố")
_TIMES_COUNTED_AT_BEFORE = re.compile(r"\d\s+luot\b[^\d;:()%]{1,50}\btai\s*$")
_VILLAGES_AFTER = re.compile(r"^\s*(?:thon|to dan pho|tdp|khu dan cu)\b")
_AMONG_RANKED_BEFORE = re.compile(
    r"\b(?:cao nhat|thap nhat|dung dau|dung cuoi|nhieu nhat|it nhat)\s+trong(?: so)?\s*$"
)
_POPULATION_BEFORE = re.compile(
    r"\b(?:hoc sinh|tieu thuong|hoi vien|doan vien|giao vien|nguoi dan|cu tri)\s*$"
)
_PLACES_AFTER = re.compile(
    r"^\s*(?:truong|cho|thon|to dan pho|tdp|khu dan cu|xa|phuong|dac khu|don vi|chi hoi)\b"
)
_CONTENTS_BEFORE = re.compile(r"\b(?:gom|bao gom|gom co)\s*$")
# the whole unit's parts in a bracket after it: "Bình quân toàn phường (31 tổ dân phố): ..."
_WHOLE_UNIT_BRACKET_BEFORE = re.compile(r"\btoan (?:xa|phuong|dac khu)\s*\(\s*$")
_CLUSTERS_AFTER = re.compile(r"^\s*cum dan cu\b")
_PROVINCES_AFTER = re.compile(r"^\s*(?:tinh|huyen|quan|thanh pho|dia phuong)\b")
_SERVICE_NUMBER_BEFORE = _EndWord.words("tong dai", "hotline", "duong day nong", "dau so")
_MODEL_BEFORE = _EndWord.words("mo hinh")
# a military or border unit named by its number: "Tiểu đoàn 12", "Hải đội 2"
_FORCE_UNIT_BEFORE = _EndWord.words(
    "tieu doan", "trung doan", "lu doan", "su doan", "dai doi", "hai doi", "tram ra da"
)
# a time of day read "17:45": its hour, and its minutes after it
_CLOCK_READING = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?![\d%])")
_CLOCK_HOUR_BEFORE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):$")
_CLOCK_MINUTES_BEFORE = _EndWord(r"\b\d{1,2}\s*(?:gio|h)\s*$", ends=("gio", "h"))
# the next times of a list of them: "đo 03 lần vào khoảng 9 giờ, 14 giờ và 16 giờ"
_CLOCK_LIST_BEFORE = re.compile(
    r"\b(?:vao|luc)(?: khoang)? \d{1,2} gio(?:\s*,\s*\d{1,2} gio)*\s*(?:,|va)\s*$"
)
# a village, group or area named with a number: "Thôn Phú Kê 2", "Tổ dân phố Đông Hải 3"
_PLACE_NAME_BEFORE = Cue(
    rf"\b(?i:thôn|xóm|ấp|bản|khu phố|khu vực|khu|tổ dân phố|tổ|đội)\s+(?:[{UPPER}]\w*\s+){{1,3}}$",
    words=("thôn", "xóm", "ấp", "bản", "khu", "tổ", "đội"),
    flags=0,
)
# a place named by its number, also in a list: "TDP 5 và TDP 10 cùng 92,7%", "TDP 3, 7, 11",
# "bãi tắm Khu 2"
_NUMBERED_PLACE_BEFORE = _EndWord(
    r"\b(?:tdp|to dan pho|thon|khu pho|xom|(?<!dac )khu)\s+(?:so\s+)?(?:\d+\s*(?:,|va)\s*)*$",
    ends=("tdp", "pho", "thon", "xom", "khu", "so", ",", "va"),
)
# a road named by its number: "tuyến đường 351 đoạn qua phường", "Quốc lộ 10"; an address's lot:
# "số 3 lô 22 đường Lê Hồng Phong"
_ROAD_NUMBER_BEFORE = Cue(r"(?i:\b(?:đường|quốc lộ|tỉnh lộ|đường tỉnh|QL|lô))\s*$", flags=0)
_LENGTH_AFTER = re.compile(r"^\s*(?:km|m|met)\b")
# a value the writer withdraws: "(không phải 418 hộ, 82,6% như đã gửi)", "421 chứ không phải 412"
_WITHDRAWN_BEFORE = Cue(r"\(\s*(?:khong|ko) phai\b[^()]*$|\bchu (?:khong|ko) phai\s*$", flags=0)
# what a correction adds to a figure reported before: "nay bổ sung 58 hộ đăng ký sau ..."
_CORRECTION_ADDS_BEFORE = _EndWord(
    r"\bnay (?:bo sung|cong them)(?: them)?\s*$", ends=("sung", "them")
)
# items a document names elsewhere: "xử lý dứt điểm 22 bản ghi nêu tại mục 2"
_NAMED_ELSEWHERE_AFTER = re.compile(
    # (its noun may be long: "37 camera hư hỏng, mất kết nối nêu tại khoản 1 Điều 1")
    # (but not past a word bringing another noun: "đồng, chuyển vào tài khoản nêu tại mục I";
    # nor a word glued to the number: "4G ... tại các thôn nêu trên")
    r"^(?:\s+(?!(?:vao|cho|tai|theo|cua|den|tu|va|de|voi|o)\b)[^\W\d]\S*){1,8}?\s+"
    r"(?:(?:neu|ke|liet ke)\s+(?:tai|o|trong)\s+"
    r"(?:muc|bang|phu luc|diem|khoan)\b|(?:neu|noi) tren\b)"
)
_VOTE_AFTER = re.compile(
    r"^\s*(?:/\s*\d+\s*)?(?:dai bieu|phieu)\b[^;.()\d]{0,30}\b(?:bieu quyet|tan thanh|nhat tri)\b"
    # or who attended it: "với 31/33 đại biểu có mặt"
    r"|^\s*(?:/\s*\d+\s*)?dai bieu\s+(?:co mat|du hop|tham du|vang mat)\b"
)
_HOUSEHOLDS_AFTER = re.compile(r"^\s*(?:/\s*\d+\s*)?ho\b(?! kinh doanh)")
_MEETING_VOTES = re.compile(r"\b(?:hoi nghi|cuoc hop|phien hop)\s+bieu quyet\b[^.]*:")
_VOTE_SHARE_BEFORE = Cue(
    r"\b(?:tan thanh|nhat tri|bieu quyet thong qua)\s*\(\s*(?:dat\s*)?$", flags=0
)
_COUNCIL_GROUPS_AFTER = re.compile(r"^\s*to dai bieu\b")
# a shortfall's reasons: staff away, bad weather
_ABSENCE_AFTER = re.compile(
    r"^\s*(?:cong chuc|can bo|vien chuc|nhan vien|thanh vien|nguoi|cbcc)\b[^,;.\d]{0,50}?"
    r"\b(?:nghi (?:che do|thai san|sinh|phep|om|huu|viec|khong luong)|di hoc|chuyen cong tac|"
    r"thoi viec|vang mat|(?:duoc |bi )?dieu dong)\b"
)
_HARDSHIP_AFTER = re.compile(
    r"^\s*(?:dot|tran|con)\s+(?:mua|bao|lu|ngap|thien tai|dich|ret|sat lo|trieu cuong)\b"
)
# (also schools' boards: "đề nghị Ban Giám hiệu 06 trường tiểu học, trung học cơ sở ...")
_ADDRESSEES_BEFORE = Cue(
    r"\b(?:chu tich|giam doc|thu truong|nguoi dung dau|ban giam hieu)"
    r"(?:\s+(?:uy ban nhan dan|ubnd))?(?:\s+\d+\s+[^\d;.:]{1,30}?\s+va)?\s*$",
    flags=0,  # "người đứng đầu 14 sở, ngành và 114 phường"
)
_ADDRESSED_UNITS_AFTER = re.compile(
    r"^\s*(?:xa|phuong|dac khu|don vi|so|co quan|dia phuong|truong(?! hop))\b"
)
_LUNAR_DAY_BEFORE = _EndWord.words("mung", "mong")
_LUNAR_AFTER = re.compile(r"^(?:\s*,\s*\d{1,2})*\s*(?:thang \w+ )?am lich\b")
# "cách đất liền thành phố Hải Phòng khoảng 110 km", "cách đảo từ 30 hải lý trở lên"
# (and the area a radius draws: "vùng biển trong bán kính 20 hải lý quanh đảo"; not "bán kính
# phủ sóng di động trên biển trên 45 km", a coverage's own reach)
_DISTANCE_BEFORE = re.compile(r"\bcach\b[^,;.\d]{0,50}$|\btrong ban kinh\s*$")
# "cách ... 20 km", "cách đảo từ 20 đến 40 hải lý"
_DISTANCE_AFTER = re.compile(
    r"^\s*(?:(?:den|-|–)\s*\d+(?:[.,]\d+)?\s*)?(?:km|ki-?lo-?met|m|met|hai ly)\b"
)
# a threshold named as one: "Dưới ngưỡng -120 dBm", "ngưỡng đạt điểm tối đa 6.000"
_THRESHOLD_BEFORE = Cue(r"\bnguong\b[^;.\d]{0,25}$", flags=0)
# a thing's size: "cột anten cao 36 m", "dài nhất khoảng 350 m", "diện tích 120 m²"
_SIZE_BEFORE = re.compile(  # (not "tàu có chiều dài từ 15 m trở lên": a class of vessels)
    r"(?<!chieu )\b(?:cao|dai(?: nhat)?|rong|sau|dien tich)(?:\s+(?:khoang|gan|hon|tren|toi da))?"
    r"\s*$"
    # a size in brackets ("trên trục đường trung tâm (chiều dài khoảng 1,2 km)"), a limit on it
    # ("cột ăng-ten ... có chiều cao không quá 45 m")
    r"|\(\s*chieu (?:cao|dai|rong)(?:\s+(?:khoang|gan|hon|tren|toi da))?\s*$"
    r"|\bchieu (?:cao|dai|rong)\s+(?:khong qua|khong vuot qua|toi da)\s*$"
    # its width and height: "biển tên (kích thước 40 cm x 60 cm)", "kích thước 4 x 2,5 m"
    r"|\bkich thuoc\b[^;.()\d]{0,30}(?:[\d.,]+\s*(?:cm|mm|m)?\s*[x×]\s*)?$"
    r"|\bchieu cao\s*$"  # a building's: "nhà ở riêng lẻ 4 tầng, chiều cao 16,8 m"
    # the heights of the things it names, from the lowest: "Chiều cao cột anten từ 18 m"
    r"|(?<!co )\bchieu cao\b[^;.\d]{0,30}\btu\s*$"
)
# a building's floors and a plot's density, what a house is or may be: "nhà ở riêng lẻ 4 tầng",
# "tầng cao tối đa 5 tầng, mật độ xây dựng không quá 80%"
# (and its bays, "kết cấu 5 gian 2 chái", not a fair's stalls, "38 gian trưng bày")
_BUILDING_PARTS_AFTER = re.compile(r"^\s*(?:tầng|gian(?=\s+\d+\s+chái)|chái)\b", re.IGNORECASE)
# what a device or a picture is like: "màn hình cảm ứng 43 inch", "ảnh toàn cảnh 360 độ", "máy
# quét laser độ chính xác ±2 mm", a UPS's rating "bộ lưu điện 3 kVA", a scanner's speed "tốc độ
# 40 trang/phút" (the "VA" in capitals: "3 va 4" is "3 và 4" written without accents)
_SPECIFICATION_AFTER = re.compile(
    r"^\s*(?:inch\b|độ\b(?!\s+(?:tuổi|phủ))|°|(?-i:k?VA)\b|trang\s*/\s*phút\b)", re.IGNORECASE
)
# a computer's memory and drives: "RAM 16 GB, ổ SSD 512 GB", "ổ cứng HDD 500 GB" (a class of
# machines by their memory, "số máy có RAM dưới 8 GB", is a group)
_DRIVE_BEFORE = Cue(
    r"\b(?:ram|ssd|hdd)(?:\s+(duoi|tren|tu))?\s*$", words=("ram", "ssd", "hdd"), flags=0
)
_STORAGE_AFTER = re.compile(r"^\s*(?:gb|tb)\b")
# the drives a device holds, counted before their size: "thiết bị NAS (02 ổ cứng 4 TB)"
_DRIVES_SIZED_AFTER = re.compile(
    r"^\s*(?:khay )?o(?: cung)?(?: (?:ssd|hdd))?\s+[\d.,]+\s*(?:gb|tb)\b"
)
# a printer's or a scanner's sides ("in 2 mặt", "quét 2 mặt"), a recorder's channels ("các đầu ghi
# 16 kênh và 32 kênh"), a load a rating holds at ("lưu điện 15 phút ở mức tải 70%")
_SIDES_BEFORE = _EndWord.words("in", "quet")
_SIDES_AFTER = re.compile(r"^\s*mat\b")
_RECORDER_BEFORE = Cue(r"\bdau ghi(?: hinh)?(?:\s+[\d.,]+\s+kenh\s*(?:,|va))?\s*$", flags=0)
_CHANNELS_AFTER = re.compile(r"^\s*kenh\b")
_LOAD_BEFORE = Cue(r"\bmuc tai\s*$", flags=0)
# a technology named with its generation: "09 bộ phát Wi-Fi 6" (not a count of "phủ sóng")
_GENERATION_BEFORE = Cue(r"\bwi-?fi\s*$", flags=0)
_PRECISION_BEFORE = Cue(r"\bdo chinh xac\s*(?:±|\+/-)?\s*$", flags=0)
# a device's memory: "máy tính bảng (..., bộ nhớ trong 64 GB)", not gigabytes of data stored
_MEMORY_BEFORE = Cue(r"\bbo nho(?: trong)?\s*$", flags=0)
# a device's rated speed per minute or second: "máy quét khổ A4 tốc độ 40 trang/phút" (what the
# scanner is like, not pages scanned)
_DEVICE_SPEED_BEFORE = Cue(r"\btoc do\s*$", flags=0)
_PER_MINUTE_AFTER = re.compile(r"^\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*/\s*(?:phut|giay)\b")
# a planning norm says how capacity is worked out, not a target of its own: "định mức năng suất
# 180 trang/ngày/người", "định mức 1.200 trang/ngày/máy" (a measured "đạt 164 trang/ngày/người"
# stays a result)
_PLANNING_NORM_BEFORE = Cue(r"\bdinh muc(?: nang suat| cong suat| lao dong)?\s*$", flags=0)
_BUILDING_DENSITY_BEFORE = Cue(
    r"\bmat do xay dung(?:\s+(?:toi da|khong qua|tu|duoi|tren))?\s*$", flags=0
)
# a resolution with its bound: "quét ... với độ phân giải tối thiểu 300 dpi"
_RESOLUTION_BEFORE = Cue(r"\bdo phan giai\s+(?:toi thieu|tu|it nhat|khong duoi|tren)\s*$", flags=0)
_PACK_BEFORE = re.compile(  # (also of a box: "đóng gói ổi loại hộp 1 kg và 2 kg")
    r"\bloai(?:\s+(?:hop|tui|goi|thung|chai|hu))?\s+(?:[\d.,]+\s*(?:kg|g|lit|ml)\s*(?:,|va)\s*)*$"
)
_PACK_AFTER = re.compile(r"^\s*(?:kg|g|gam|lit|ml)\b")
_CAPACITY_BEFORE = Cue(r"\b(?:dung tich|suc chua|cong suat|trong tai)(?: khoang)?\s*$", flags=0)
# a room's seats say what it is like: "phòng họp (diện tích 60 m², 40 chỗ ngồi)"
_SEATS_AFTER = re.compile(r"^\s*cho ngoi\b")
# a child's or a person's height and weight ("chiều cao trung bình của trẻ 5 tuổi 109,6 cm", "cân
# nặng trung bình 18,2 kg"): what the children are like, followed for their growth, no indicator
_BODY_SIZE_BEFORE = Cue(
    r"\b(?:chieu cao|can nang)\b(?:[^;:.\d%]|\d{1,2}(?= tuoi)){0,40}$",
    words=("chieu cao", "can nang"),
)
_BODY_SIZE_AFTER = re.compile(r"^\s*(?:cm|kg)(?!\w)")
_SIZE_AFTER = re.compile(
    r"^\s*(?:m|met|m2|m²|km|cm|mm|inch)(?!\w)|^\s*[x×]\s*[\d.,]+\s*(?:cm|mm|m)(?!\w)"
)
# (or a disruption: "không để xảy ra sự cố ... gây gián đoạn hệ thống quá 4 giờ": which incidents)
_SIGNAL_LOST_FOR_BEFORE = re.compile(
    r"\b(?:mat (?:ket noi|tin hieu)|gian doan)\b[^,;.]{0,30}(?<!khong )\b(?:qua|tren)\s*$"
)
# a time limit that says which of the items counted before it are meant: "trong đó 5/6 sự cố được
# khắc phục trong vòng 12 giờ", "100% sự cố được tiếp nhận, xử lý trong vòng 24 giờ"
_COUNTED_WITHIN_BEFORE = Cue(
    r"\d(?:[\d.,/]*\d)?\s*%?\s+[^;.\d]{0,50}\bduoc\b[^;.\d]{0,60}\btrong vong\s*$", flags=0
)
# a deadline counted from an event, how long a report may wait: "báo cáo ... trong thời hạn 04 giờ
# kể từ khi phát hiện", "trong thời hạn tối đa 12 giờ khi xảy ra sự cố" (not a service's time)
_EVENT_DEADLINE_BEFORE = Cue(r"\btrong thoi han(?: toi da| khong qua)?\s*$", flags=0)
_FROM_AN_EVENT_HOURS_AFTER = re.compile(
    r"^\s*gio(?: lam viec)?\s+(?:ke tu|tu khi|sau khi|khi xay ra)\b"
)
# (also a body reorganised out of former ones: "Hợp tác xã được tổ chức lại từ 03 HTX ... (cũ)")
_MERGER_BEFORE = re.compile(r"\b(?:sap nhap|hop nhat|tren co so|to chuc lai tu)\b[^.;,]{0,30}$")
_COMPLETION_BEFORE = re.compile(
    r"\b(?:hoan thanh|dat|vuot|chua dat|chua hoan thanh|da thuc hien|xong)\b[^.;]{0,40}$"
)
_COMPLETION_AFTER = re.compile(
    r"^\s*\S+(?:\s+\S+){0,3}?(?:\s+(?:tai|o|trong) (?:bang|phu luc|bieu)(?: \d+| tren| nay)?)?"
    r"\s+(?:da |chua )?"
    r"(?:hoan thanh|dat|vuot|chua dat|khong dat|ve dich|can dich|cham tien do|cham)\b"
)
# "97/114 phường, xã có tỷ lệ ... từ 80% trở lên": the rate says which units are counted
_UNITS_WITH_RATE_FROM = _EndWord(
    r"(?:(?:\d+(?:/\d+)?\s*%?|cac|nhung)\s+"
    r"(?:phuong|xa|dac khu|don vi|dia phuong|tinh|huyen|thon|to dan pho|to|truong|doanh nghiep"
    # (also fields of procedures: "05/07 nhóm lĩnh vực có tỷ lệ ... từ", or an association's
    # branches: "còn 04 chi hội có tỷ lệ hội viên ... dưới 85%")
    r"|(?:nhom )?linh vuc|chi hoi|chi bo)"
    r"|\b(?:phuong|xa|dac khu|don vi|thon|to dan pho)\s+nao"  # "Đơn vị nào có tỷ lệ ... dưới"
    r"|\b(?:don vi|bo phan))"  # "người đứng đầu đơn vị có tỷ lệ ... dưới 60%": any unit
    # "các xã có điểm DTI năm 2029 dưới 700 điểm", "Đơn vị có chỉ tiêu đạt dưới 80% kế hoạch"
    # (not past the colon after which such units are set a target: "17 đơn vị chưa đạt chỉ tiêu
    # ...: tăng ... và không thấp hơn 92%")
    r"[^;.%]{0,60}\b(?:co|dat)\s+(?:t[iy] le|tong diem|diem|chi tieu)\b[^;.%:]*"
    r"\b(tu|duoi|tren|thap hon|cao hon)\s*$",
    ends=("tu", "duoi", "tren", "hon"),
)
# the floor of how often the units a share counts are served: the 04 of "100% thôn được hỗ trợ
# tối thiểu 04 đợt/năm" (the 100 is the target)
_SHARE_OF_UNITS_SERVED_BEFORE = Cue(
    r"\d\s*%\s*(?:so\s+)?(?:to dan pho|tdp|thon|xa|phuong|don vi|truong)\s+duoc\s+[^;.%\d]{0,40}"
    r"\b(?:toi thieu|it nhat|tu)\s*$",
    flags=0,
)
# a counting rule: "đợt kéo dài cả ngày tính 02 buổi", what a session is worth, not a count
_COUNTS_AS_BEFORE = Cue(
    r"\b(?:ca ngay|nua ngay|keo dai)\b[^;.\d]{0,30}\btinh(?: la| thanh| bang)?\s*$", flags=0
)
# "100% tổ dân phố có tỷ lệ kích hoạt tài khoản định danh điện tử từ"
_SHARE_OF_UNITS_FROM = Cue(
    r"\bt[iy] le (?:so )?(?:to dan pho|tdp|thon|xa|phuong|don vi|truong|co quan)\b[^;.%\d]{0,40}"
    r"\b(?:dat|co)\b[^;.%\d]{0,30}\btu\s*$",
    flags=0,
)
# the bracket a target's name opens states that target's level, not the bar of the units counted
# before it: "97/114 xã, phường, đặc khu đạt chỉ tiêu chung của thành phố (từ 90% trở lên)"
_TARGET_LEVEL_BRACKET = Cue(r"\bchi tieu\b[^;.()%\d]{0,60}\(\s*tu\s*$", flags=0)
# what the units a clause names must reach is their target, not the bar that names them: "riêng
# các đơn vị chưa đạt chỉ tiêu năm 2031 phải đạt từ 92% trở lên"
_DEMANDED_LEVEL_BEFORE = Cue(r"\b(?:phai|can) (?:dat|duy tri)(?: duoc)?(?: muc)?\s+tu\s*$", flags=0)
_SHARE_REACH = 70
_GROUP_REACH = 140  # "97/114 phường, xã có tỷ lệ thanh toán trực tuyến nghĩa vụ tài chính từ"
# "27/114 đơn vị đạt từ 700 điểm trở lên", "10/12 chỉ tiêu có số liệu đạt từ 80% kế hoạch năm
# trở lên": the threshold of a counted group
_UNITS_REACHING = _EndWord(
    # also "9/34 tỉnh, thành phố đạt từ", "100% xã, phường, đặc khu đạt điểm DTI từ" (not a
    # rank's "tốp 15 đơn vị dẫn đầu thành phố, tổng điểm đạt từ 780 điểm": the unit's own score)
    # a count, or a group addressed: "Đối với các đơn vị đã đạt từ 95% trở lên: duy trì ..."
    # or their number: "Số đơn vị đạt từ 80% chỉ tiêu Chiến dịch trở lên: 41/114"
    r"(?<!top )(?<!nhom )(?:\b\d+(?:/\d+)?\s*%?|\b(?:doi voi|voi|cho) (?:cac|nhung)|\bso)\s+"
    r"(?:don vi|phuong|xa|dac khu|tinh|dia phuong|chi tieu|nhiem vu|mo hinh|san pham|thon|"
    r"to dan pho|tdp|chi so|tru cot|chi bo)(?:,\s*(?:phuong|xa|dac khu|thanh pho))*"
    # (also where they are listed: "06/08 chỉ tiêu tại Bảng 1 đạt từ 80% kế hoạch năm trở lên")
    r"(?:\s+(?:tai|o|trong) (?:bang|phu luc|bieu)(?: \d+)?)?"
    r"(?:\s+[^;.%\d]{0,50}?)?\s+(?:dat|hoan thanh)\s+(?:diem\s+\S+\s+)?tu\s*$"
    # the units that have already reached it: "- Các xã đã đạt từ 95% trở lên duy trì ..."
    r"|\bcac\s+(?:don vi|phuong|xa|dac khu|dia phuong)(?:,\s*(?:phuong|xa|dac khu))*"
    r"(?:\s+[^;.%\d]{0,40}?)?\s+da\s+(?:dat|hoan thanh)\s+tu\s*$",
    ends=("tu",),
)
# the field a selection is drawn from, by a threshold: "Trong số các đơn vị tiếp nhận từ 50 PAKN
# trở lên, 05 đơn vị có tỷ lệ ... cao nhất là: ..."
_AMONG_UNITS_PAST = _EndWord(
    r"\btrong so (?:cac|nhung) (?:don vi|xa|phuong|dac khu|dia phuong|thon|to dan pho|tdp|chi bo)"
    r"\b[^;.%\d]{0,50}?\b(?:tu|tren|duoi)\s*$",
    ends=("tu", "tren", "duoi"),
)
# "... đạt từ 700 điểm trở lên", or a band "... đạt từ 80% đến dưới 90%"
_THEN_AND_UP = re.compile(
    r"^\s*(?:\\?%|diem)[^;.]{0,30}?\btro (?:len|xuong)\b|^\s*\\?%?\s*den (?:duoi )?\d"
)
_BAND_TOP_BEFORE = Cue(r"\bdat tu \d+(?:[.,]\d+)?\s*%?\s*den (?:duoi )?$", flags=0)
# "không còn đơn vị nào dưới 350 điểm", "còn 06 đơn vị dưới 80%": units counted by a threshold
_UNITS_PAST_A_THRESHOLD = Cue(
    # (or a signal's: "không còn thôn nào có RSRP trung bình dưới -105 dBm")
    r"\b(?:don vi|xa|phuong|dia phuong|thon|to dan pho|tdp) nao\s+(?:co\s+)?(?:[^\d;.,]{1,30}?\s+)?"
    r"(?:duoi|thap hon|tren|cao hon)\s*-?\s*$"
    r"|\b(?!20\d\d\b)\d+(?:/\d+)?\s+"
    # (also the indicators a report counts: "Còn 03 chỉ tiêu đạt dưới 80% kế hoạch")
    # (or an association's branches by their members' share: "06 chi hội có trên 60% hội viên
    # là nữ")
    r"(?:don vi|xa|phuong|dac khu|dia phuong|to dan pho|tdp|thon|chi tieu|chi so|tru cot|chi bo"
    r"|chi hoi)(?:,\s*(?:xa|phuong|dac khu))*"
    # (also with their names in brackets: "còn 03 thôn (Bùi Xá, Phú Khê, Kênh Triều) có số tài
    # khoản kích hoạt bình quân dưới 15 tài khoản/buổi")
    r"(?:\s*\([^()\d;.]{1,80}\))?(?:\s+[^;.,%]{0,40}?)?\s+(?:deu\s+)?(?:duoi|tren)\s*$"
    # or the rate they all reached: "Có 17 chi bộ đạt tỷ lệ kích hoạt 100%"
    r"|\b(?!20\d\d\b)\d+(?:/\d+)?\s+(?:don vi|xa|phuong|dac khu|to dan pho|tdp|thon|chi bo)"
    r"\s+(?:deu\s+)?dat\s+t[iy] le\b[^\d;.,%()]{0,40}$"
    # or the rate of units named after their count: "tại 03 thôn Đông Hải, Tân Lập 2, Cẩm Khê, tỷ
    # lệ ... còn dưới 40%"
    # (or with no comma: "tại 02 thôn Đông Lão, Phú Lương tỷ lệ còn dưới 40%")
    r"|\btai\s+\d+\s+(?:thon|to dan pho|tdp|xa|phuong|don vi)\s[^;.%]{0,80}?[,\s]"
    r"\s*t[iy] le\b[^\d;.,%()]{0,80}?\s(?:con\s+|van\s+)?(?:duoi|tren)\s*$"
    # or the bar in a bracket after the units a clause singles out: "Riêng thôn Lạc Dục và thôn
    # Dân An 2 (năm 2029 đạt dưới 85%) phấn đấu ...", what they must reach being the target
    r"|\brieng\s+(?:cac\s+)?(?:thon|to dan pho|tdp|xa|phuong|don vi)\s[^;.()]{1,80}"
    r"\([^()]{0,30}?\b(?:duoi|tren)\s*$",
    flags=0,
)
# "112/114 xã, phường, đặc khu đã số hóa 100% kết quả giải quyết": the share the units counted
# have reached (also "23 đơn vị thực hiện 100% gói thầu qua mạng")
_UNITS_DOING_A_SHARE = _EndWord(
    r"\b(?!20\d\d\b)\d+(?:/\d+)?\s+(?:don vi|xa|phuong|dac khu|dia phuong|to dan pho|tdp|thon)"
    r"(?:,\s*(?:xa|phuong|dac khu))*"
    # (also with the group they are counted in: "05/06 xã trong Cụm hoàn thành 100% chỉ tiêu")
    r"(?:\s+(?:trong|thuoc|cua)(?:\s+[a-z]+){1,3}?)?\s+(?:da\s+|deu\s+)?"
    r"(?:so hoa|ket noi|cap nhat|hoan thanh|trien khai|chi tra|cap|thuc hien)\s*$",
    ends=("hoa", "noi", "nhat", "thanh", "khai", "tra", "cap", "hien"),
)
# things counted by a share of their own parts they are past: "38 tủ, hộp đã sử dụng trên 90%
# số cổng" (the 90 says which boxes, as the 10 of "37 nhà trọ có từ 10 phòng trở lên")
_COUNTED_PAST_A_SHARE = _EndWord(
    r"\b(?!20\d\d\b)\d+(?:[.,]\d+)?\s+[^\W\d][^\d;.:%()]{0,40}\s(?:tren|duoi)\s*$",
    ends=("tren", "duoi"),
)
_SHARE_OF_THEIR_OWN = re.compile(r"^\s*%\s*(?:tong )?so\s+[^\W\d]")
_PERCENT_AND_UP = re.compile(r"^\s*(?:\\?%|diem)\s*tro (?:len|xuong)\b")
_PERCENT_OR_POINTS = re.compile(r"^\s*(?:\\?%|diem\b)")
_SIGNAL_LEVEL_AFTER = re.compile(r"^\s*dbm\b")
# a rate per item as the bar: "dưới 15 tài khoản/buổi" (not a frequency after a place said
# above: "tại 04 thôn nêu trên 02 lần/tuần")
_RATE_PER_ITEM_AFTER = re.compile(
    r"^\s*(?!(?:lan|buoi|dot)\b)[^\W\d]+(?:\s+[^\W\d]+)?\s*/\s*[^\W\d]"
)
# a bracket saying which signal a noun means: "thiết bị có tín hiệu tốt (RSRP từ -100 dBm trở
# lên)", "mất kết nối do sóng yếu (RSRP dưới -118 dBm)": a threshold, not a measurement
_SIGNAL_BOUND_BRACKET = re.compile(
    # (also the strength named before its measure: "(cường độ tín hiệu RSRP dưới -110 dBm)")
    r"\(\s*(?:rsrp|rsrq|cuong do(?: tin hieu)?(?:\s+rsr[pq])?)\s+(?:tu|duoi|tren|khong duoi)"
    r"\s*[-−]?\s*$"
)
# "tỷ lệ hộ có ít nhất 01 thành viên dùng VNeID đạt 71,4%": the count says which households
# (also a floor on how often: "tỷ lệ phụ huynh đăng nhập ứng dụng ít nhất 02 lần/tuần đạt 80,5%"
# says which parents are counted; not past the rate's own verb, "đạt tối thiểu")
_RATE_SUBJECT_HAS_BEFORE = _EndWord(
    r"\bt[iy] le\b[^;:.%]*\bco(?: it nhat| toi thieu)?\s*$"
    r"|\bt[iy] le\b(?:(?!\b(?:dat|la)\b)[^;:.%])*\b(?:it nhat|toi thieu)\s*$",
    ends=("co", "nhat", "thieu"),
)
# "10.874/11.530 hộ gia đình có ít nhất 01 thành viên dùng VNeID", "1.320 người dân hoàn thành ít
# nhất 01 khóa học", "100% tổ dân phố được phủ sóng 5G của ít nhất 02 nhà mạng": which
# households, people or places are counted
_HOUSEHOLD_MEMBERS_BEFORE = _EndWord(
    # (not a task's "tái cấu trúc quy trình của tối thiểu 25 thủ tục": its target)
    r"\b(?:ho|gia dinh)\s+co\s+(?:it nhat|toi thieu)\s*$"
    r"|(?<!quy trinh )\bcua\s+(?:it nhat|toi thieu)\s*$"
    r"|(?:\d[\d.,]*\s*%|\b(?:nguoi dan|nguoi|ho|hoc sinh|can bo|cong chuc|vien chuc|cong dan|"
    r"doanh nghiep|san pham|hoi vien|nong dan|hoc vien|dang vien|doan vien|"
    # (a school's staff too: "49 giáo viên hoàn thành ít nhất 01 khóa học trên nền tảng ...")
    r"giao vien|nhan vien|"
    # (not past "đạt", whose fold is that of "đặt phòng")
    r"to dan pho|thon|khu dan cu)\b)"
    r"(?:(?!\b(?:va\b|hoac\b|dat\b(?! (?:phong|hang|mua|lich|cho)\b)))[^,;.%]){0,60}"
    # (also a second verb of the same subject: "4.317 người dân đã tạo tài khoản và hoàn thành")
    r"\b(?:va\s+)?(?:co|cua|thuc hien|su dung|dung|tham gia|hoan thanh|tren|qua)\s+"
    r"(?:it nhat|toi thieu)\s*$",
    ends=("nhat", "thieu"),
)
# a slide's "5G: 64/64 TDP, ≥ 02 nhà mạng": the carriers that cover them
_COVERAGE_FLOOR_BEFORE = re.compile(r"\b[2-6]g\b[^;.]{0,60}(?:≥|>=)\s*$")
_ALL_OR_WHOSE_BEFORE = re.compile(r"\bca\s*$")
_WITHIN_BEFORE = Cue(r"\btrong vong\s*$", flags=0)
_WITHIN_RATE_AFTER = re.compile(r"^\s*(?:gio|ngay|phut)(?: lam viec)?\b[^;.\d]{0,20}\bdat\s*\d")
_CARRIERS_AFTER = re.compile(r"^\s*nha mang\b")
# "87 hộ có doanh thu trực tuyến trên 500 triệu đồng/năm": which households are counted
# (and which cases: "không để quá 02 vụ lừa đảo mới có thiệt hại từ 100 triệu đồng trở lên")
_COUNTED_BY_A_MEASURE_BEFORE = _EndWord(
    # (also whom something is for: "miễn phí ... cho hộ kinh doanh có doanh thu dưới 200 triệu")
    r"(?:\b\d[\d.,]*|\b(?:so|cho|cac|nhung))\s+"
    r"(?:ho|nguoi|hoi vien|thanh vien|doanh nghiep|hop tac xa|co so|san pham|vu)\b"
    r"[^;.%\d]{0,40}?"
    r"\bco\s+(?:doanh thu|thu nhap|san luong|quy mo|dien tich|von|thiet hai)\b[^;.%\d]{0,30}?"
    r"\b(?:tren|tu|duoi|hon)\s*$"
    # "trong đó 11 hộ đạt trên 500 triệu đồng": those of the households above past a higher mark
    r"|\btrong do\s+\d[\d.,]*\s+(?:ho|doanh nghiep|hop tac xa)\s+dat\s+(?:tren|tu)\s*$",
    ends=("tren", "tu", "duoi", "hon"),
)
# "05 đơn vị có tỷ lệ ... thấp nhất thành phố gồm:", "04 đơn vị chậm nhất", "05 đơn vị xếp cuối",
# "03 đơn vị tăng bậc nhiều nhất": a ranking's selection; "04 đơn vị nêu tại Bảng 1": units listed
# elsewhere
_UNITS_SELECTED_AFTER = re.compile(
    r"^\s*(?:don vi|xa|phuong|dac khu|dia phuong|to dan pho|tdp|thon)(?:,\s*(?:xa|phuong|dac khu))*"
    r"\b(?:[^;.:\d%]{0,80}?\b(?:thap nhat|cao nhat|cham nhat|nhanh nhat|dan dau|dung dau|"
    r"dung cuoi|xep cuoi|cuoi bang|nhieu nhat)\b"
    r"|\s+(?:(?:neu|ke|liet ke|tong hop|co ten)\s+)?(?:tai|o|trong)\s+(?:bang|phu luc|muc)\b"
    r"|\s+(?:nay|neu tren|noi tren)\b"  # "giao chỉ tiêu riêng cho 06 xã này"
    # whose list an appendix gives: "17 đơn vị chưa đạt ... (danh sách tại Phụ lục 02 kèm theo)"
    r"|[^;.:\d()]{0,80}\(\s*danh sach\s+(?:tai|o|theo)\s+(?:bang|phu luc|bieu)\b"
    # the units a list then names: "còn 07 đơn vị có nhiều chỉ tiêu đạt thấp, ..., cụ thể:"
    r"|[^;.:]{0,100}?\b(?:cu the|gom|nhu sau)\s*:)"
)
_SELECTION_REACH = 140  # "07 đơn vị có nhiều chỉ tiêu đạt thấp, chậm so với lộ trình, cụ thể:"
# "Trích 15 đơn vị theo từng khối", "Thứ hạng xét trên 114 đơn vị": which units a table shows
_UNITS_SHOWN_BEFORE = _EndWord(r"\b(?:trich|xet tren)\s*$", ends=("trich", "tren"))
# (also the villages a caption picks: "(đơn vị tính: cơ sở; ...; trích 06 thôn có nhiều cơ sở
# nhất)")
_UNITS_SHOWN_AFTER = re.compile(r"^\s*(?:don vi|thon|to dan pho|tdp|xom|khu dan cu|xa|phuong)\b")
# a bracket opening on the rows a table picks, whatever they list: "Bảng 1. Một số trạm BTS ...
# (trích 06 trạm; danh mục đầy đủ tại Phụ lục 01)"
_ROWS_PICKED_BEFORE = re.compile(r"\(\s*trich\s*$")
_RATE_VALUE_LATER = re.compile(
    r"^[^;.%]{0,100}?\b(?:dat|la)\s+[$\\a-z ]{0,12}\d+(?:[.,]\d+)?\s*\\?%"
)
# "tỷ lệ hồ sơ ... của 114 xã, phường đạt 90,1%": the count says whose rate it is
_RATE_OF_LABEL_AFTER = re.compile(r"^\s*[^\W\d][^:;.\d%]{0,40}:\s*\d[\d.,]*\s*%")
_RATE_SCOPE_BEFORE = Cue(
    r"(?:\b(?:t[iy] le|toc do|bang thong)\b[^;:.]*"
    r"|\d\s*%(?:[^;:.,%\d]|(?<=lop )\d{1,2}|\d{1,3}(?= tuoi)){0,80})"
    r"\b(?:cua|tai|trong)(?:\s[^;:.\d%]{0,40}\bva)?\s*$"  # "tại chợ Cẩm Giàng và 03 chợ"
    # whose members are counted: "156 tình nguyện viên là thành viên tổ ... của 26 thôn"
    # "Tổ công nghệ số cộng đồng của 16 thôn", "nhóm Zalo của 62 tổ dân phố": whose they are
    r"|\b(?:thanh vien|to cong nghe|nhom zalo)\b[^;:.,%\d()]{0,60}\bcua\s*$",
    flags=0,
)  # also "100% thành viên Tổ công nghệ số cộng đồng của 11 thôn được tập huấn", "100% học
# sinh từ lớp 6 trở lên của 03 trường THCS"
_STRUCTURE_BEFORE = _EndWord(
    r"\b(?:gom|bao gom|voi|co|tap trung|xac dinh|dat ra|de ra|theo|tong hop)\s*(?:co\s*)?$",
    ends=("gom", "voi", "co", "trung", "dinh", "ra", "theo", "hop"),
)  # "Kế hoạch đặt ra 14 chỉ tiêu" (folded, "đặt ra" reads as "đạt"), "tổng hợp 9 câu hỏi"
# the fields the procedures counted fall into are counted too, not a plan's parts: "được công bố
# là 412 thủ tục, thuộc 31 lĩnh vực"
_PROCEDURES_OF_FIELDS_BEFORE = re.compile(r"\b(?:thu tuc|tthc)\b[^.;]{0,12}\bthuoc\s*$")
_FIELDS_AFTER = re.compile(r"^\s*linh vuc\b")
_ACRONYM_AFTER = re.compile(r"^\s[A-ZĐ]{2,}\b")
_FIRST_FEW_AFTER = re.compile(r"^\s*(?:dau tien|cuoi cung|tiep theo)\b")  # "02 khóa học đầu tiên"
_CAPITALISED = re.compile(rf"^\s[{UPPER}]")
_COMPARATORS: tuple[tuple[str, str], ...] = (
    ("không thấp hơn", "ge"),
    ("không dưới", "ge"),
    ("không ít hơn", "ge"),
    ("tối thiểu", "ge"),
    ("ít nhất", "ge"),
    ("\\geq", "ge"),
    ("\\ge", "ge"),
    ("≥", "ge"),
    (">=", "ge"),
    ("không vượt quá", "le"),
    ("không quá", "le"),
    ("tối đa", "le"),
    ("\\leq", "le"),
    ("\\le", "le"),
    ("≤", "le"),
    ("<=", "le"),
    ("thấp hơn", "lt"),  # before "hơn", which ends it
    ("ít hơn", "lt"),
    ("nhỏ hơn", "lt"),
    ("cao hơn", "gt"),
    ("lớn hơn", "gt"),
    ("nhiều hơn", "gt"),
    ("trên", "gt"),
    ("hơn", "gt"),
    ("vượt", "gt"),
    (">", "gt"),
    ("\\gt", "gt"),
    ("chưa đạt", "lt"),
    ("chưa đến", "lt"),
    ("chưa tới", "lt"),
    ("chưa", "lt"),
    ("dưới", "lt"),
    ("<", "lt"),
    ("\\lt", "lt"),
    ("xấp xỉ", "approx"),
    ("khoảng", "approx"),
    ("trong vòng", "le"),
    ("trong thời hạn", "le"),
    ("gần", "approx"),
    ("tiệm cận", "approx"),
    ("~", "approx"),
)
_NOT_BEYOND = Cue(r"\bkhông\s+(?:để|được|cho)\b[^,;.\d]{0,40}\bquá\s*$", flags=0)
_ANY_COMPARATOR_AT_END = re.compile("(?:" + "|".join(re.escape(p) for p, _ in _COMPARATORS) + ")$")
_COMPARATOR_REACH = max(len(phrase) for phrase, _ in _COMPARATORS) + 1


def _ending_comparators(lowered: str) -> list[tuple[str, str]]:
    """The (phrase, comparator) pairs of `_COMPARATORS` that `lowered` ends with, in their
    order; one test of all the phrases at once comes first, since most texts end in none."""
    if not _ANY_COMPARATOR_AT_END.search(lowered, max(0, len(lowered) - _COMPARATOR_REACH)):
        return []
    return [(phrase, c) for phrase, c in _COMPARATORS if lowered.endswith(phrase)]


_FILLERS = _TrailingRun(
    r"\s|\$|\{|\}|\(|đạt|là|lần lượt|được|bảo đảm|đảm bảo|phấn đấu|chiếm|với|cho|ở|mức", reach=8
)
_FROM_AT_END = Cue(r"\btừ$", flags=0)
_BOUND_LATER = re.compile(r"^[^,;.()\d]{0,60}?\btrở (lên|xuống)\b")
# "90% trở lên", also past the value's unit: "52,3 tỷ đồng trở lên"
_COMPARATOR_AFTER = re.compile(
    r"^\s*(?:\\?%|\$|\})*\s*(?:\$)?\s*(?:[^\W\d_]+\s+){0,3}?trở (lên|xuống)"
)
# "tối thiểu 90% và 100% xã, phường, đặc khu đạt ...": a value with a subject and verb of its own
_OWN_PREDICATE_AFTER = re.compile(
    r"\s*%?\s*[^\W\d][^,;.\d]{0,30}(?:,[^,;.\d]{1,20}){0,3}\s"
    # "tối thiểu 70%, 100% hộ kinh doanh, doanh nghiệp khai, nộp thuế ...": its own subject
    r"(?:đạt|có|được|sử dụng|thực hiện|tham gia|khai|nộp|kết nối|triển khai|áp dụng|hoàn thành)\b"
)
_COORDINATION = re.compile(r"(?:\\?%|\$|\})*\s*(?:và|hoặc|,)\s*$")
_LIST_CLOSES_ON_AND_AFTER = re.compile(r"[^,;.()\d%]*\svà\s+\d")
_VALUE_AND_UNIT_WORD = re.compile(r"(?<=\d)\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}$")
# matched, case-sensitively, against lower-cased clauses
_TARGET_CUES = Cue(
    # (a standard a result falls short of: "thấp hơn yêu cầu tối thiểu 30 ngày")
    r"phấn đấu|mục tiêu|dự kiến|\bsẽ\b|đến (?:hết )?năm 20\d\d|kế hoạch năm 20\d\d"
    r"|(?:mức|yêu cầu) tối thiểu",
    words=("phấn đấu", "mục tiêu", "dự kiến", "sẽ", "năm 20", "tối thiểu"),
    flags=0,
)
# a label ("Kết quả: ...", "kết quả đạt được,"), not results handled ("tổng hợp kết quả, báo cáo
# ...", "trả kết quả, hỗ trợ ...")
_RESULTS_LABEL = (
    r"(?<!tổng hợp )(?<!trả )(?<!theo dõi )(?<!báo cáo )(?<!đánh giá )\bkết quả(?: đạt được)?[,:]"
)
# "hiện có 27 trạm" (not "nâng cấp 01 trạm hiện có tại thôn ...", "nâng cấp 02 trạm BTS hiện có
# lên 5G": the existing ones)
_NOW_HAVING = r"hiện có(?!\s*(?:tại|ở|trên địa bàn|lên|sang|thành|[,;.)]))"
_ACTUAL_CUES = Cue(
    r"\bđã (?:hoàn thành|đạt|thực hiện|triển khai|được|tổ chức|chi|cấp|bố trí|có \d|ban hành)"
    rf"|tính đến|{_NOW_HAVING}|chưa đạt|{_RESULTS_LABEL}",
    words=("đã ", "tính đến", "hiện có", "kết quả", "chưa đạt"),
    flags=0,
)
_RESULT_ROLE = re.compile(
    r"ket qua|ton tai|han che|kho khan|vuong mac|danh gia|tinh hinh|so ket|tong ket|ve dich|"
    r"can dich|so lieu|thuc trang|hien trang|"
    # "III. SO SÁNH VỚI THÁNG TRƯỚC VÀ CHỈ TIÊU NĂM 2030": results compared
    r"^\s*(?:[ivx\d]+[.)]\s*)?so (?:sanh|voi)\b"
    # a sheet's "BIỂU TỔNG HỢP CHỈ TIÊU ... THÁNG 8": what was done (not "Tổng hợp kế hoạch")
    r"|^\s*(?:[ivx\d]+[.)]\s*)?(?:bieu |bang )?tong hop\b(?! (?:ke hoach|muc tieu|nhiem vu))"
)
_TARGET_ROLE = re.compile(
    r"muc tieu|chi tieu|nhiem vu|giai phap|to chuc thuc hien|dinh huong|tam nhin|phuong huong|"
    r"ke hoach|phu luc|yeu cau|"
    # "6) Kiến nghị", "IV. ĐỀ XUẤT": what a unit asks for (not "hồ sơ đề xuất cấp độ" in a title)
    r"^\W*(?:[ivxlc\d]{1,4}|[a-dđ])?[.)]?\s*(?:kien nghi|de xuat|de nghi)\b"
)
_EXPECTED_RESULTS = re.compile(r"\bket qua (?:du kien|can dat|mong doi|mong muon|phan dau)\b")
# "Một số chỉ tiêu chủ yếu", "So sánh một số chỉ tiêu": indicators named, no targets set
_TARGETS_MET_BEFORE = Cue(r"\b(?:hoan thanh|dat|vuot|dat va vuot)\s*$", flags=0)
_TARGETS_AFTER = re.compile(r"^\s*(?:chi tieu|nhiem vu)\b")
_SOME_INDICATORS = re.compile(r"\b(?:mot so chi tieu|cac chi tieu khac)\b")
_ACTUAL_HEADER = re.compile(
    r"(?:ket qua|thuc hien|uoc|da dat|dat duoc|hien trang|so lieu|cung ky|luy ke|so bo)\b"
)
# what is done already: "TK đã kích hoạt", "Hồ sơ đã giải quyết" (not "Điểm tối đa")
_DONE_HEADER = re.compile(
    r"(?<!toi )\bda (?:kich hoat|giai quyet|tiep nhan|cap|so hoa|ket noi|lap dat|trien khai)\b"
)
_ACTUAL_HEADER_NO_YEAR = re.compile(
    r"(?:da dat|dat duoc|ket qua (?:dat duoc|thuc hien)|uoc (?:dat|thuc hien))\b"
)
_INDICATOR_THEN_KIND = re.compile(r"\b(kh|th|uth)\s+(?:nam\s+)?(20\d\d)\b")
# last year, or last school year, said in words: "cùng kỳ năm trước", "cùng kỳ năm học trước"
_LAST_YEAR_WORDS = r"nam (?:hoc )?(?:truoc|ngoai)"
_LAST_YEAR_HEADER = re.compile(rf"(?:so lieu |ket qua )?cung ky(?: {_LAST_YEAR_WORDS})?")
# a measure's column of last year's same period, "Tỷ lệ đúng hạn cùng kỳ năm trước (%)" (not a
# change against it: "Tăng so cùng kỳ năm trước")
_MEASURE_LAST_YEAR_HEADER = re.compile(
    rf"[^()]*?(?<!\bso )(?<!\bso voi )\bcung ky {_LAST_YEAR_WORDS}(?:\s*\([^()]*\))?"
)
# "Năm 2026 (ước)", "2027 (KH)": the words in brackets say what the year's column holds
_QUALIFIED_YEAR_HEADER = re.compile(r"(?:nam\s*)?20\d\d\s*\(\s*([^()]+?)\s*\)")
_HEADER_ABBREVIATIONS = {"kh": "ke hoach", "th": "thuc hien", "uth": "uoc thuc hien"}
_MEASURE_BEFORE_GROUP = re.compile(
    r"^(?:so luong|t[iy] le|gia tri|thanh tien)(?:\s*\(%\))?\s+(?=(?:ke hoach|kh|thuc hien|th|"
    r"uoc|uth|chi tieu|muc tieu|ket qua|du kien|du toan)\b)"
)  # also "Số lượng dự kiến", "Thành tiền dự toán (đồng)" of a tender
# also a bare "TH/KH 2031 (%)": the year after the ratio is the result's, not a plan column's
_SHARE_OF_PLAN_HEADER = re.compile(
    r"(?:(?:%|t[iy] le|so sanh)\s*(?:%\s*)?(?:(?:uth|th|thuc hien|uoc thuc hien|uoc)\s*)?"
    r"(?:so (?:voi )?|/\s*)|(?:uth|th)\s*/\s*)(?:kh|ke hoach|chi tieu)\b"
)
_AGREED_HEADER = re.compile(r"\btheo (?:hd|hop dong|ke hoach)\s*$")
# a column of what a criteria set or a rule requires: "Yêu cầu theo Bộ tiêu chí", "Mức yêu cầu",
# "Yêu cầu tối thiểu" (a standard, not a result; not "Đạt yêu cầu", a count of those who passed)
_REQUIREMENT_HEADER = re.compile(
    r"(?:muc\s+)?yeu cau(?:\s*$|\s*\(|\s+(?:theo|cua|toi thieu|toi da|can dat)\b)"
)
# a column of the sums a decision allocates: "Kinh phí phân bổ (triệu đồng)" beside columns a
# caption dates as last year's results
_ALLOCATED_HEADER = re.compile(r"^(?:kinh phi|du toan|ngan sach|von)\s+(?:duoc\s+)?phan bo\b")
# a column of the targets some body set: "Chỉ tiêu Sở giao", "Chỉ tiêu UBND xã giao cho phường"
# (not "Chỉ tiêu giao dịch ...": the header ends on "giao" or names whom or when)
_ASSIGNED_BY = r"(?:\S+\s+){1,4}?giao(?:\s*$|\s+(?:cho|nam)\b|\s+\d)"
_TARGET_HEADER = re.compile(r"(?:ke hoach|chi tieu|muc tieu|phan dau|kpi|du kien|du toan)\b")
_TARGET_OF_HEADER = re.compile(r"\s*chi tieu\s+\S")
_TARGET_HEADER_NO_YEAR = re.compile(
    # ("Chỉ tiêu Chiến dịch": a campaign's targets)
    # (and who set it: "Chỉ tiêu TP giao", "Chỉ tiêu phường đề ra")
    r"(?:chi tieu (?:(?:tp|thanh pho|cap tren|phuong|xa|dac khu)\s+)?(?:cu the|(?:duoc |da )?giao|"
    r"de ra|ke hoach|phan dau|chien dich|dot|phong trao|dieu chinh)|muc tieu|ke hoach|"
    rf"phan dau|du kien|du toan)\b|chi tieu\s+{_ASSIGNED_BY}"
)
# "(tăng 14,3% so với năm 2024)": the year of comparison is not the fact's period.
# "chưa đạt chỉ tiêu 30%" names the target; "đảm bảo mục tiêu 100%" reports it reached.
_NAMED_TARGET_BEFORE = Cue(
    r"(?<!đảm bảo )(?<!bảo đảm )(?<!hoàn thành )(?<!\d )(?:chỉ tiêu|mục tiêu)"
    # (also a month's or a quarter's: "(tháng 4 là 89,2%; chỉ tiêu tháng 5 là 92%)")
    r"(?: chung)?(?: của [^,;.%\d]{1,30}?)?"
    r"(?: (?:năm|tháng \d{1,2}|quý [IVX\d]+)(?:\s*/\s*20\d\d| 20\d\d)?)?"
    # (or a campaign's round: "(chỉ tiêu đợt: 95%)")
    # (or of the programme that set it: "thấp hơn chỉ tiêu năm 2036 của Chương trình hành động
    # (từ 25% trở lên)")
    r"(?: (?:của )?(?:[Nn]ghị quyết|[Cc]hiến dịch|[Kk]ế hoạch|[Đđ]ề án|[Cc]hương trình"
    r"(?: hành động)?|đợt)"
    # (by its number and who issued it: "(chỉ tiêu Kế hoạch số 36/KH-UBND của UBND xã: từ 85%")
    r"(?: số \d+/[^\s,;()]+(?: của [^,;.%\d():]{1,30}?)?)?)?"
    r"(?: (?:đối với|cho) [^,;.%\d():]{1,25}?)?"  # "... năm 2031 đối với cấp xã là từ 90%"
    # "(chỉ tiêu Nghị quyết: 9%)", "(chỉ tiêu Chiến dịch: 150; ...)", "đạt 70,2% chỉ tiêu năm
    # 2027 (8.000 lượt người)"
    # (and who set it: "chưa đạt chỉ tiêu năm 2030 thành phố giao (từ 96% trở lên)")
    r"(?: (?:là|đề ra|được giao|(?:(?:thành phố|TP|cấp trên) )?giao))?\s*[:(]?"
    # (with its bound: "(chỉ tiêu chung của thành phố năm 2034 là từ 95% trở lên)")
    r"(?:\s*(?:từ|tối thiểu|ít nhất|trên|không dưới))?\s*$"
    # "bằng 61,9% kế hoạch năm 2029 (20.000 trang)", "so với kế hoạch năm là 85%", also an
    # estimate's: "đạt 78,8% dự toán năm (1,6 tỷ đồng)"
    r"|(?:kế hoạch|dự toán)(?: năm(?: học)?(?: 20\d\d)?)?\s*(?:\(|là|:)\s*$"
    # a bracket right after the target it names, met or not: "hoàn thành chỉ tiêu Kế hoạch số
    # 27 (từ 90% trở lên)", "chưa đạt chỉ tiêu của Kế hoạch số 27/KH-UBND (85%)"
    r"|(?<!\d )(?:chỉ tiêu|mục tiêu)"  # (not a count of targets met: "6/8 chỉ tiêu (75%)")
    # (by whoever set it: "chỉ tiêu Thành ủy giao (từ 95% trở lên)", also after its school year:
    # "chỉ tiêu năm học 2028 - 2029 phường giao (từ 150 Mbps trở lên)")
    # (a giver's name of up to 8 words: "chỉ tiêu Phòng Văn hóa - Xã hội xã giao (từ 90%")
    r"(?: năm học 20\d\d\s*-\s*20\d\d(?= (?:[^\s,;()%\d]+ ){0,8}?(?:được )?giao\b))?"
    # (or by its term and who set it: "chỉ tiêu học kỳ I nhà trường đề ra (từ 85% trở lên)")
    r"(?: (?:[^\s,;()%\d]+ ){0,8}?(?:được )?giao(?: cho (?:phường|xã|đặc khu))?| đề ra"
    r"| học kỳ [IViv]+(?: (?:[^\s,;()%\d]+ ){0,4}?đề ra)?)?"
    # (of its school year, in the plan: "chỉ tiêu năm học 2028 - 2029 tại Kế hoạch số 214/...")
    r"(?: năm học 20\d\d\s*-\s*20\d\d)?"
    r"(?: (?:của |tại )?(?:[Kk]ế hoạch|[Nn]ghị quyết|[Đđ]ề án|[Cc]hiến dịch)"
    r"(?: số \d+(?:/[^\s,;()]+)?)?)?"
    # (or a ceiling: "đạt mục tiêu đề ra (không quá 2%)", also after the indicator's name:
    # "vượt chỉ tiêu Nghị quyết HĐND xã giao (tỷ lệ hộ nghèo dưới 0,8%)")
    r"(?: năm 20\d\d)?\s*\((?:[^(),;:%\d]{1,50}?\s(?=(?:từ|tối thiểu|ít nhất|trên|không dưới"
    r"|không quá|tối đa|dưới)\s*$))?"
    r"(?:\s*(?:từ|tối thiểu|ít nhất|trên|không dưới|không quá|tối đa|dưới))?\s*$"
    # the level a contract or a provider commits to: "(mức cam kết trong hợp đồng: tối thiểu"
    r"|\bmức cam kết\b[^,;.%\d():]{0,40}:\s*(?:từ|tối thiểu|ít nhất|trên|không dưới)?\s*$"
    # what a criteria set requires, named before its value: "(mức tối thiểu theo Bộ tiêu chí:
    # 300 Mbps)", "chưa đạt yêu cầu của Bộ tiêu chí (từ 90% trở lên)"
    r"|\b(?:yêu cầu|mức tối thiểu|mức tối đa) (?:của|theo) (?:[Bb]ộ )?tiêu chí\b[^,;.%\d():]{0,40}"
    r"[:(]\s*(?:từ|tối thiểu|ít nhất|trên|không dưới)?\s*$",
    words=("chỉ tiêu", "mục tiêu", "kế hoạch", "dự toán", "mức cam kết", "tiêu chí"),
    flags=0,
)
# "vượt chỉ tiêu thu hút đầu tư đề ra là 30%": the value named is the target, not the result.
# "Chỉ tiêu chung của thành phố năm 2026 về nội dung này là 85%": the sentence names a target
# ("Chỉ tiêu năm 2030 tại Kế hoạch số 27/KH-UBND của UBND xã: 180 hộ": a plan cited by number)
_TARGET_SUBJECT = re.compile(
    r"\s*(?:[-+•]\s*|[(\[]\d{1,2}[)\]]\s*)?"  # a bullet, or a footnote's marker
    # (also an estimate as the subject: "Dự toán kinh phí ... năm 2033 là 1.450 triệu đồng")
    r"(?:Chỉ tiêu|Mục tiêu|CHỈ TIÊU|MỤC TIÊU|Dự toán|DỰ TOÁN)\b[^%\d;.]{0,60}?(?:20\d\d)?"
    r"(?:[^%\d;.]|\bsố \d+/[A-ZĐ][A-ZĐ0-9-]*){0,100}?(?:là|:)"
    r"(?:\s+(?:từ|tối thiểu|ít nhất|trên|không dưới))?\s*$"  # "... là từ 80% trở lên"
)
_NAMED_TARGET_NEAR = Cue(
    # (also a floor set: "Mức tối thiểu thành phố giao: 500 Mbps")
    # (past a phase's number: "Dự toán kinh phí giai đoạn 1 được phê duyệt là 1,86 tỷ đồng")
    # (and staff allotted: "Biên chế công chức được giao năm 2033 là 64 người")
    r"(?:chỉ tiêu|mục tiêu|kế hoạch|dự toán|biên chế|mức tối thiểu|mức tối đa)"
    r"(?:[^,;.%\d]|giai đoạn \d\b){0,60}?"
    r"(?:năm 20\d\d[^,;.%\d]{0,30}?)?"
    # (also given at the year's start: "bằng 88,6% dự toán giao đầu năm (2,1 tỷ đồng)", or for its
    # school year: "Mức tối thiểu phường giao năm học 2028 - 2029: 200 Mbps")
    r"(?:đề ra|đặt ra|được giao|giao|được duyệt|được phê duyệt)"
    r"(?: năm 20\d\d| đầu năm| năm học 20\d\d\s*-\s*20\d\d)?"
    r"(?: cho(?: [^,;.%\d]{1,50}?)?)?"
    # ("Dự toán giao cho xã năm 2027 để thực hiện nhiệm vụ chuyển đổi số là 2,65 tỷ đồng")
    r"(?: năm 20\d\d)?(?: để [^,;.%\d]{1,60}?)?(?: là|:)?"
    r"(?: (?:từ|tối thiểu|ít nhất|trên|khoảng))?\s*\(?\s*$"  # "dự toán thành phố giao (32,92"
    # (a task named with a comma, up to its "là": "Dự toán giao năm 2032 cho nhiệm vụ ứng dụng
    # CNTT, chuyển đổi số của xã là 215 triệu đồng")
    r"|dự toán (?:được )?giao(?: năm 20\d\d)? cho [^;.%\d]{1,80}? là\s*$",
    words=("chỉ tiêu", "mục tiêu", "kế hoạch", "dự toán", "biên chế", "mức tối"),
    flags=0,
)
# Wording right before a value that says whether it is set or reached; the nearest one wins.
# ("đạt 10/13 chỉ tiêu được giao": a count of targets met, not a cue)
_TARGET_WORDING = Cue(
    # (not the share of one reached: "đạt 67,4% mục tiêu (9.436/14.000 hộ)")
    r"phấn đấu|quyết tâm|(?<!đảm bảo )(?<!bảo đảm )(?<!hoàn thành )(?<!đạt )(?<!% )mục tiêu|"
    # "chỉ tiêu thành phố giao cho phường năm 2027 ... là 85%": who set it may come between
    r"(?<!\d )chỉ tiêu(?: (?:thành phố|tỉnh|cấp trên|ubnd thành phố|huyện))?"
    r" (?:đề ra|được giao|giao|đặt ra|kế hoạch|là)|"
    r"kế hoạch (?:đề ra|đặt ra|giao)|dự kiến|\bsẽ\b|hướng tới|cần đạt|định hướng|"
    # what a unit must reach: "phải đạt tối thiểu 80%", "phải trở lại tốp 15"
    r"phải (?:đạt|trở lại|vào|giữ vững|nâng|bố trí|hoàn thành)|"
    # (not a line's "tốc độ cam kết 1 Gbps": the speed it is sold at, whose clause is no target)
    r"(?<!đã )(?<!tốc độ )(?<!băng thông )cam kết|"  # "UBND xã cam kết ... tổ chức 06 lớp"
    # a request to a body: "đề nghị Công an phường cấp tài khoản lưu động ... 02 lần/tháng"
    r"đề nghị (?:ubnd|ủy ban|sở|công an|phòng|trung tâm|ban|các|thành phố|cấp trên|bộ|nhà mạng|"
    # (or a carrier by its name: "đề nghị VNPT ... nâng cấp đường truyền lên 300 Mbps")
    r"doanh nghiệp|phường|xã|đặc khu|vnpt|viettel|mobifone|fpt|nhà cung cấp)\b|"
    # a proposal of works still to do: "Đề xuất lắp mới 01 trạm năm 2035" (not one made before:
    # "đã đề xuất")
    r"(?<!đã )(?<!được )(?i:đề xuất) (?:lắp|bổ sung|đầu tư|xây dựng|nâng cấp|hạ ngầm)|"
    r"\d\s*%\s*/\s*$|"  # a result over its target: "(91,7%/92%)"
    r"\bmức tối (?:thiểu|đa)\b|"  # a standard: "chưa bảo đảm mức tối thiểu 3% theo Nghị quyết"
    # "Nghị quyết ... giao chỉ tiêu năm 2029 tỷ lệ ... đạt từ 85%", a promise: "hứa 90%"
    r"\bgiao chỉ tiêu\b|\bhứa\b",
    words=("phấn đấu", "quyết tâm", "mục tiêu", "chỉ tiêu", "kế hoạch", "dự kiến", "sẽ", "hướng",
           "cần đạt", "phải ", "cam kết", "đề nghị", "đề xuất", "%", "mức tối", "hứa"),
)  # fmt: skip
_ACTUAL_WORDING = Cue(
    # (also "(hiện đo được 312,4 Mbps)", "(hiện mới 14/17 thôn có sóng)")
    r"\bđã (?:đạt|hoàn thành)\b|\bđã\b|đạt được|\bmới đạt|(?<!chứng )\bchỉ đạt|đến nay|hiện nay|"
    rf"{_NOW_HAVING}|hiện còn|tính đến|"
    r"(?<!thực )\bhiện (?:mới|đạt|đo được|là)\b|\bđo được\b|"
    # (also a measurement's: "tốc độ cam kết 300 Mbps, kết quả đo ngày 20/9/2029 đạt 186,4 Mbps")
    rf"{_RESULTS_LABEL}|[(,;:]\s*kết quả (?:thực hiện |đo(?: kiểm)?\b[^,;()]{{0,40}}?)?(?:đạt|là)\b"
    r"|chưa đạt|"
    r"\bước (?:đạt|thực hiện|tính)|thực tế",
    words=("đã", "đạt được", "mới đạt", "chỉ đạt", "đến nay", "hiện ", "tính đến", "kết quả",
           "chưa đạt", "ước ", "thực tế", "đo được"),
)  # fmt: skip
# the parts of an estimate: "Dự toán giao cho phường năm 2029 ... là 5,604 tỷ đồng, gồm:",
# "Dự toán kinh phí giai đoạn 1 được phê duyệt là 1,86 tỷ đồng, gồm:", and each part after it
# ("...; ngân sách phường 420 triệu đồng"); not an estimate a spent sum is compared with ("Tổng
# kinh phí thực hiện ... là 1.486 triệu đồng, bằng 95,9% dự toán giao (...), gồm: ...")
_ESTIMATE_PARTS = (
    r"(?<!% )(?<!bằng )(?<!với )(?i:dự toán)\s+(?:[^;:\d]|giai đoạn \d\b){0,40}?"
    r"(?:(?:được\s+)?giao|(?:được\s+)?(?:phê\s+)?duyệt)\b[^;]{0,160}\bgồm\s*:[^.:]*$"
)
_ESTIMATE_PARTS_LEAD = Cue(_ESTIMATE_PARTS, words=("dự toán",))
# A sentence that opens on the future governs its later clauses.
_TARGET_SENTENCE = Cue(
    r"phấn đấu|(?:trong )?thời gian tới|(?:tuần|tháng|quý) tới|dự kiến|\bsẽ\b|đặt mục tiêu|"
    # "Mục tiêu tuần tới của xã: ...", "Mục tiêu năm 2030: điểm DTI trên 700 điểm"
    r"mục tiêu (?:đến|là)|(?i:mục tiêu)(?:[^:;.\d]|20\d\d){0,40}:|"
    # "Đề xuất chỉ tiêu KH 2027: TL HS TT từ 93%" (not the "kh" of "chỉ tiêu không đạt, cụ thể:")
    r"chỉ tiêu (?:(?-i:KH)\b|kế hoạch)[^:;.]{0,20}:|"
    # "Chỉ tiêu năm 2028 thành phố giao cho phường như sau:"
    r"(?<!\()(?i:chỉ tiêu)[^:;.()]{0,80}\b(?:giao|đề ra)\b[^:;.()]{0,80}:\s*$|"
    # "Đề nghị giao chỉ tiêu năm 2029 cho các xã, phường, đặc khu như sau:"
    r"\b(?:giao|đề ra|đặt ra)\s+(?i:chỉ tiêu)[^:;.()]{0,80}:\s*$|"
    # "Năm 2031, phường cam kết với Thành ủy, UBND thành phố:" (not a level's label, whose value
    # alone it sets: "đạt 99,8% (mức cam kết trong hợp đồng: tối thiểu 99,5%); xảy ra 02 sự cố")
    r"(?<!mức )cam kết[^:;.\d]{0,60}:|"
    # a speech's "Năm 2032, tôi đề nghị ... tập trung thực hiện 5 nhiệm vụ trọng tâm sau:"
    r"\bđề nghị\b[^:;.]{0,120}\bnhiệm vụ\b[^:;.]{0,40}\bsau\s*:\s*$|"
    + _ESTIMATE_PARTS,
    words=("phấn đấu", "thời gian tới", " tới", "dự kiến", "sẽ", "mục tiêu", "chỉ tiêu", "cam kết",
           "dự toán", "đề nghị"),
)  # fmt: skip
# a list's lead-in announcing results: "Kết quả đạt được của cấp xã năm 2028 như sau:"
_RESULTS_LEAD = re.compile(r"(?i:kết quả (?:đạt được|thực hiện))[^:;.]{0,80}:\s*$")
# "(KH 2025: 45%)", "kế hoạch năm 2026": the plan's figure, when nothing nearer says otherwise.
# "KH 2025: 90%", "(KH: 90%)": the plan's figure
_PLAN_FIGURE = Cue(
    # also a quarter's or a month's: "KH quý IV/2027: 95%"
    r"\b(?:KH|kế hoạch)(?:(?: năm| quý [IVX\d]+\s*/| tháng \d{1,2}\s*/)?\s?20\d\d\s*:?"
    r"|(?: năm)?\s*:)\s*$"
    r"|\bchỉ tiêu năm(?:\s?20\d\d)?\s*:\s*$"  # "(chỉ tiêu năm 2030: từ 95% trở lên)"
    r"|(?<!vượt )\bKH\s+$"  # a slide's "81,7% – dưới KH 90%", "76,2%, KH 85%"
    # the plan a result is set against: "mới đạt 78,9% so với kế hoạch 85%"
    r"|\bso với (?:kế hoạch|chỉ tiêu|mục tiêu)(?: (?:năm )?20\d\d)?(?: là)?\s+$",
    words=(" 20", "kh", "kế hoạch", "chỉ tiêu", "mục tiêu", "là"),
)
# the time limit a regulation sets, beside the time taken: "bình quân 4,1 ngày làm việc/hồ sơ
# (thời hạn giải quyết theo quy định không quá 07 ngày làm việc)": a standard, a target; also
# the rules a body set itself: "(thời hạn theo Quy chế không quá 5 ngày làm việc)"
_STATUTORY_LIMIT = Cue(
    r"\bthời (?:hạn|gian)\b[^;.%\d()]{0,40}?\btheo (?:quy định|quy chế)(?: là)?\s*"
    r"(?:không quá|tối đa|:)?\s*$"
    # (the rule alone opening the bracket: "(quy định tối đa 15 ngày làm việc)")
    r"|\(\s*(?:theo\s+)?quy (?:định|chế)(?: là)?\s*:?\s*(?:không quá|tối đa)\s*$",
    words=("quy định", "quy chế"),
)
# A bare "đã" inside a noun phrase ("hồ sơ đã được tiếp nhận") does not outweigh a target cue.
_WEAK_ACTUAL = re.compile(r"\bđã\b", re.IGNORECASE)
_ASIDE = re.compile(r"\((?:[^()\s]+\s+){4,}[^()]*\)")
# "tỷ lệ ... dữ liệu đã số hóa đạt từ 50%": the "đã" of a noun's relative clause, the measure's
# verb still to come; it tells nothing of the value's kind
# (also past a level's number: "công dân thuộc diện đã kích hoạt tài khoản ... mức 2 đạt")
_RELATIVE_CLAUSE_VERB = re.compile(
    r"(?:\s+(?:được\s+)?[^\W\d]+){1,8}(?:\s+mức\s+\d)?\s+(?:đạt|là|chiếm)\b"
)
# nothing but a bound between a lead-in's colon and its value: ": từ 95%", ": tối thiểu 90%"
# (or a rank's word: "(chỉ tiêu năm 2029: tốp 15 khối phường)")
_BARE_BOUND = re.compile(
    r"\s*(?:(?:từ|tối thiểu|ít nhất|trên|dưới|không quá|khoảng|≥|≤|tốp|top|thứ)\s*)?"
)
_COMPARED_WITH_A_TARGET = re.compile(
    # (also the units that met it: "Đơn vị đạt mục tiêu hồ sơ trực tuyến", not "để đạt mục tiêu")
    r"(?:vượt|cao hơn|thấp hơn|so với|hoàn thành|về đích|(?<!để )đạt)"
    r"\s+(?:mục tiêu|chỉ tiêu|kế hoạch)"
    # (with its horizon: "So với mục tiêu đến năm 2035, số đèn ... mới đạt 76,1%": this year's)
    r"(?:\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+20\d\d)?"
)
_HORIZON_WORDING = Cue(r"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(20\d\d)", words=("năm",))
_CITED_KINDS = (
    "kế hoạch", "quyết định", "nghị quyết", "đề án", "chương trình", "chỉ thị", "thông tư",
    "nghị định", "luật", "chiến lược",
)  # fmt: skip
_CITATION_BEFORE = Cue(rf"\b(?:{'|'.join(_CITED_KINDS)})\b[^;]*$", words=_CITED_KINDS)
# a cited document's title ends where it is said to set its goals: "Nghị quyết số 57-NQ/TW đặt
# mục tiêu đến năm 2030: ...", "Chương trình ... phấn đấu đến năm 2040: ..." (the horizon is the
# goals' period, no part of the title)
_GOAL_SET_BEFORE = re.compile(
    r"(?i:\b(?:phấn đấu|(?:đặt|đề ra|xác định)\s+(?:các\s+)?mục tiêu))\s*$"
)
_GOAL_SET_TO_HORIZON = re.compile(
    r"(?i:\b(?:phấn đấu|(?:đặt|đề ra|xác định)\s+(?:các\s+)?mục tiêu))\s+(?:đến|tới)\s+"
    r"(?:hết\s+|cuối\s+)?năm\s+20\d\d"
)
_PAST_TARGET_YEARS = 3
_AFTER_PERIOD_REACH = 120
# a count's restatement in the bracket after its noun (and a grade it names): " 1 (70 học sinh)"
_RESTATING_BRACKET = re.compile(r"\s*(?:\d{1,2}\s*)?\(\s*\d[\d.,]*\s+[^\d()]{1,20}\)")
# a value, with its unit, opening its bracket: "(70 học sinh"
_OPENS_ITS_BRACKET = re.compile(r"\(\s*\d[\d.,]*(?:\s+[^\d()]{1,20})?")
# "năm 2028 là 2,4 tỷ đồng": the period leads into the next value
# "năm 2025 đã là 11.847 hồ sơ": the adverbs a link may carry
_LINK_ADVERBS = r"(?:(?:đã|mới|chỉ|cũng|vẫn|đều|ước)\s+)*"
_LINKS_TO_VALUE = re.compile(
    rf"\s*(?:{_LINK_ADVERBS}(?:là|đạt|:)\s*(?:\$|\\geq|≥|khoảng|gần|trên|tối thiểu|ít nhất|từ)?"
    r"|\$?\\geq|≥|tối thiểu|ít nhất|tối đa|không quá|không dưới)\s*$"
)
# "(cùng kỳ năm 2025: 91,5%)", "Cùng kỳ 2026: 5.337 hồ sơ", "trong khi cùng kỳ năm 2026 tỷ lệ
# này là 71,6%": last year's value (not "so với cùng kỳ năm 2025", a comparison)
# the value a change starts from, labelled after it: "tăng từ 68,5% của cùng kỳ năm 2031"; a
# value its own period follows: "(845.300 kWh cùng kỳ năm 2029, ...)"; a school counts by its
# school year: "(cùng kỳ năm học trước: 12 lớp)" is last school year's, the year before the report's
_SAME_PERIOD_AFTER = re.compile(
    r"\s*(?:của\s+)?cùng kỳ(?:\s+năm\s+(20\d\d)|\s+năm\s+(?:học\s+)?trước)?\b"
)
_SAME_PERIOD_VALUE = Cue(
    # "(cùng kỳ năm 2025: 91,5%)", "so với cùng kỳ năm 2026 (87,5%)"
    rf"\bcung ky(?:(?: nam)? (20\d\d)| {_LAST_YEAR_WORDS})?\s*[:(]\s*$"
    # (also what it had: "...; cùng kỳ năm 2031 có 219 hộ kinh doanh")
    r"|(?<!so voi )\bcung ky(?: nam)? (20\d\d)\b[^;.%\d:]{0,75}\b(?:la|dat|co|xep thu|dung thu)\s*$"
    # every value of the bracket: "So với cùng kỳ năm 2028 (10.412 tài khoản, đạt 85,2% ...", also
    # of last year's: "tăng 512 hồ sơ so với cùng kỳ năm trước (1.940 hồ sơ, trực tuyến 71,3%)"
    rf"|\bcung ky(?:(?: nam)? (20\d\d)| {_LAST_YEAR_WORDS})\s*\([^()]{{0,60}}$"
    # or of a bracket it labels: "(cùng kỳ năm 2028: 19 sự cố, bình quân 6 giờ)", also as the
    # bracket's second label: "(quý II/2029: 642 lượt, 10,7%; cùng kỳ năm 2028: 95 lượt, 1,9%)"
    rf"|[(;]\s*cung ky(?:(?: nam)? (20\d\d)| {_LAST_YEAR_WORDS})?\s*:[^();]{{0,60}}$"
    # "tăng 21,5 điểm phần trăm so với năm 2026 (71,4%)", "tăng 2 bậc so với năm 2026 (xếp thứ 8",
    # every value of the bracket: "So với năm 2028 (2.214/2.903 đảng viên kích hoạt, đạt 76,3%)"
    # (also of a part of it: "tăng 07 thôn so với cuối năm 2033 (31/42 thôn)"; not a target the
    # bracket names: "giảm 15% ... so với năm 2034 (chỉ tiêu chung của thành phố: giảm từ 10%")
    r"|\bso voi (?:(?:cuoi|dau|giua) )?nam (20\d\d)\s*\((?!\s*(?:chi tieu|muc tieu|ke hoach)\b)"
    r"[^()]{0,60}$"
    # a bracket opening on last year's same period and what it did: "(cùng kỳ năm 2033 thu hồi
    # 186 triệu đồng, đạt 5,5%)"
    rf"|\(\s*cung ky(?:(?: nam)? (20\d\d)| {_LAST_YEAR_WORDS})\s+[^\W\d][^();]{{0,60}}$"
    # and after a year it is higher or lower than, also a festival's: "cao hơn Tết Kỷ Dậu 2029
    # (86,4%)", "thấp hơn năm 2028 (91,2%)"
    r"|\b(?<!khong )(?:cao|thap|nhieu|it) hon (?:ca )?(?:nam |tet (?:[a-z]+ ){0,2})(20\d\d)"
    r"\s*\([^()]{0,60}$"
    # "gấp 1,5 lần năm 2029 (4.276 triệu đồng)": that year's value, also of the thing compared
    # ("gấp khoảng 1,65 lần chợ Tết năm 2029 (7.516 lượt)")
    r"|\bgap (?:khoang |gan |hon )?[\d.,]+ lan(?: so voi)?(?: [a-z]+){0,3} nam (20\d\d)\s*\(\s*$"
    # a clause opening on last year's same time, a festival's too: "; cùng kỳ Tết Kỷ Dậu 2029
    # tiếp nhận 2.115 hồ sơ, tỷ lệ trực tuyến 78,6%" (both its values)
    r"|;\s*cung ky (?:nam |tet (?:[a-z]+ ){0,2})?(20\d\d)\b(?:[^;().]|\.(?=\d)){0,90}$"
    # a chart's label: "Ngô Quyền cùng kỳ 2028   89,1"
    r"|\bcung ky(?: nam)? (20\d\d)[ \t]{3,}$"
    # "năm ngoái mới 24/32 thôn", "năm trước là 89,1%": last year said in words
    r"|(?<!\d )(?<!so voi )\bnam (?:ngoai|truoc)\s*[,:]?\s*"
    r"(?:(?:moi|chi|da|cung|la|dat|co)\s+){0,3}$",
    flags=0,
)
_LEADS_INTO_NUMBER = re.compile(rf"\s*{_LINK_ADVERBS}(?:là|đạt|:)\s*(?:\$|\\geq|≥)?\s*\d")
# ("..., còn năm 2026 ..." opens a contrast; "tổ dân phố còn lõm sóng" is "still")
_CONTRAST = re.compile(
    # (not "còn lại", what remains: "04 vùng trồng còn lại trong vụ Đông 2030")
    r"\b(?:trong khi|trong lúc|nhưng|tuy nhiên|song)\b|(?:^|[,;])\s*còn\b(?! lại)"
    # a comparison with another period's value: "kế hoạch năm (4.200 triệu đồng), cao hơn cả năm
    # 2030 (3.900 triệu đồng)"
    r"|\b(?<!không )(?:cao|thấp|nhiều|ít) hơn\b",  # (not a bound: "không thấp hơn 99%")
    re.IGNORECASE,
)
# names and thresholds that hold digits but no value: "5G", "4.0", "cáp quang tốc độ từ 1 Gbps"
_TECHNOLOGY_NAME = re.compile(
    r"\b[2-6]G\b|\b4\.0\b|\b\d+(?:[.,]\d+)?\s*(?:[GMK]bps)\b", re.IGNORECASE
)
_PERIOD_AFTER = re.compile(r"^[\s,(]*(?:vào|trong|của|cho|tại thời điểm)?\s*$", re.IGNORECASE)
_PLAN_NUMBER = re.compile(r"(?i:\bđề án)\s+\d{1,3}\b")  # "Đề án 06", a plan named by its number
_RATE_ONLY = Cue(
    r"\bt[iỉỷy]\s?lệ\s*(?:đạt|là|chiếm)?\s*(?:\$|\\geq|≥|trên|khoảng)?\s*$", words=("lệ",)
)
_RESPECTIVELY = Cue(r"(?:đạt\s+)?(?:tối thiểu\s+|ít nhất\s+)?lần lượt", words=("lần lượt",))
_RATE_LIST_SPLIT = re.compile(r"\s*(?:,|\bvà\b)\s*(?=t[iỉỷy]\s?lệ\b)", re.IGNORECASE)
_TIỶ_LE = re.compile(r"\bt[iỉỷy]\s?lệ\b", re.IGNORECASE)
# a post's emoji, bullets and arrows around an indicator: "▪️ Hồ sơ trực tuyến: ... ➡️ ..."
_SYMBOLS = "\u2190-\u21ff\u25a0-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u20e3"
_LEADING_NOISE = re.compile(
    r"^(?:[-+•*–=]|\s|(?:trong đó|đồng thời|và|trở lên|trở xuống|tương đương|đạt)(?!\w)|,|;|:|\.)+"
    rf"|^[{_SYMBOLS}\s]+",
    re.IGNORECASE,
)
_TRAILING_NOISE = _TrailingRun(
    rf"[\s,;:.\-+({_SYMBOLS}]|\b(?:trong đó|tỷ lệ|tỉ lệ|đạt|chiếm|gồm|với|là|tăng|giảm)$",
    reach=8,
    flags=re.IGNORECASE,
)
_LATEX = re.compile(r"\\(?:geq|leq|ge|le|gt|lt)\b|\\%|\$")
# not a column of targets: "Chỉ tiêu được giao", "Chỉ tiêu năm 2026", "Chỉ tiêu KH", nor one
# of a phase's targets: "Chỉ tiêu đến 30/6/2032", "Chỉ tiêu giai đoạn 1", "Chỉ tiêu quý III"
_INDICATOR_HEADER = re.compile(
    r"chi tieu(?!\s+(?:duoc giao|giao|nam|kh\b|ke hoach|chien dich|dieu chinh|da giao|cu\b"
    rf"|(?:den|toi|truoc|quy|thang)\b|giai doan|\d|{_ASSIGNED_BY}))"
    r"|ten nhiem vu|nhiem vu|noi dung|hang muc|tieu chi"
)
# (or a criterion's code: "| Mã | Chỉ số / tiêu chí | Điểm tối đa | ...")
_ROW_NUMBER_HEADER = re.compile(r"^\s*(?:stt|tt|so tt|so thu tu|#|ma|ma so)\s*$")
# not "Hàng hóa, dịch vụ" (goods), whose fold begins as that of "Hạng", nor a budget's "Hạng mục"
# a column of fractions, a part over its whole: "Trường triển khai/tổng số trường"
_FRACTION_HEADER = re.compile(r"^[^/|]*\w\s*/\s*(?:tong so|tong)\b")
_RANK_HEADER = re.compile(r"^\s*(?:xep hang|thu hang|hang(?! hoa| muc)|vi tri|xep thu)\b")
_EXPLANATION_HEADER = re.compile(
    r"^\s*(?:giai thich|cach tinh|dinh nghia|phuong phap tinh|ly do|nguyen nhan)"
)
_ASIDE_HEADER = re.compile(rf"{_EXPLANATION_HEADER.pattern}|^\s*ghi chu")
_UNIT_COUNT_HEADER = re.compile(r"^\s*so (?:don vi|xa|phuong|xa, phuong)(?: hanh chinh)?\s*$")
_BOUND_ONLY = re.compile(r"\s*(?:duoi|tren|thap hon|cao hon)\s*")
_CHANGE_HEADER = re.compile(  # also "So với năm 2027 (+/- điểm %)"
    # (and a budget's "Điều chỉnh" column: "+150,0", "(85,0)"; not "Dự toán sau điều chỉnh")
    r"(?:tang|giam)\b[^%]{0,12}\b(?:giam|tang)\b|chenh lech\b|dieu chinh(?: tang, giam)?\s*$"
    r"|.*?\+\s*/\s*-|.*?\bdiem (?:%|phan tram)"
    # "Tăng so tuần trước", "Tăng thêm trong tháng": how much was added, not a level
    r"|(?:tang|giam)(?: them)? (?:so (?:voi )?|trong )(?:tuan|thang|quy|ky|nam|ngay)\b"
)
_CODE_HEADER = re.compile(r"ma\b")  # "Mã đơn vị", "Mã chỉ tiêu", "Mã số"
_CODE_LABEL_BEFORE = Cue(r"\bma (?:don vi|dvhc|so|dinh danh)\s*:\s*$", flags=0)
_PLACE_HEADER = re.compile(r"\s*(?:ten\s+)?(?:thon|to dan pho|tdp|khu pho|khu dan cu|xom|ap)\s*$")
# a register's columns that locate or size each listed thing, "Tọa độ (vĩ độ; kinh độ)", "Cao cột
# (m)", "Chiều cao (m)": where a station stands and how tall it is, no value of the ward's
_LOCATION_HEADER = re.compile(r"\s*(?:toa do|vi do|kinh do)\b")
# (a height in metres: not "Cao điểm", "Cao đẳng")
_HEIGHT_HEADER = re.compile(r"\s*(?:chieu |do )?cao\b[^()]*\(\s*m\s*\)")
# the index's scale and a plan's own scoring: "Điểm tối đa", "Trọng số (%)", "Cách chấm điểm"
_QUANTITY_HEADER = re.compile(r"\s*(?:so luong|khoi luong)\b")
_TIME_UNIT_CELL = re.compile(r"(?:thang|nam|ngay|tuan|quy|gio)")
# ... or a column of its term beside a unit price: "Số tháng thuê", "Thời gian thuê (tháng)"
_TERM_HEADER = re.compile(
    r"\s*(?:so (?:thang|nam|ngay|quy)|thoi gian|thoi han)(?: thue| su dung| duy tri)?"
    r"(?:\s*\((?:thang|nam|ngay|quy)\))?\s*$"
)
_UNIT_PRICE_HEADER = re.compile(r"\s*don gia\b")
# ... and a cost table's unit price ("Đơn giá (triệu đồng)"): what one costs, not a value
_AWARD_HEADER = re.compile(r"\s*(?:tien thuong|muc thuong|giai thuong)\b")
# the terms of a scale, a cost, a tender or a fee, not values: "Đơn giá", "Bảo đảm dự thầu
# (đồng)", "Lệ phí nộp trực tuyến (đồng)"
_SCALE_HEADER = re.compile(
    r"(?:(?:so )?diem|muc|gia tri) toi da\b|thang diem\b|diem chuan\b|trong so\b|don gia\b|"
    r"le phi\b|muc (?:thu|phi)\b|"
    r"bao dam du thau\b|"
    r"(?:cach|phuong phap|huong dan) (?:cham|tinh) diem\b|tieu chi cham\b"
)
# the speed a line is sold at, a measurement table's column beside what was measured: "Tốc độ cam
# kết (Mbps) | Tải xuống (Mbps)", as the prose "tốc độ cam kết 300 Mbps" qualifies the line
_CONTRACTED_SPEED_HEADER = re.compile(
    r"\s*(?:toc do|bang thong)(?: \w+)? (?:cam ket|thue bao|theo hop dong|dang ky)\b"
)
_STATED_IN_CELL = re.compile(r"\b(?:dự kiến|phấn đấu|đạt|tiếp nhận)\b", re.IGNORECASE)
_PLACE_CELL = re.compile(
    r"^\s*(?:phuong|xa|dac khu|thi tran|huyen|quan|tinh|thanh pho|binh quan|toan)\s+\S"
)
# (also before the period a merged header cell adds: "Kế hoạch (người) Quý III/2027")
_BRACKETED = re.compile(r"\(([^()]{1,30})\)\s*(?:(?:nam|quy|thang)\s+[\divx/]+\s*|20\d\d\s*)?$")
_CLOSING_BRACKET = re.compile(r"\(([^()]{1,20})\)\s*$")
_MEASURE_UNIT_NAMES = r"don vi tinh|dvt|don vi do"
_UNIT_HEADER = re.compile(rf"^\s*(?:{_MEASURE_UNIT_NAMES}|don vi)\s*$")
# "Đơn vị tính", not "Đơn vị", which may name communes
_MEASURE_UNIT_HEADER = re.compile(rf"^\s*(?:{_MEASURE_UNIT_NAMES})\s*$")
_VALUE_CELL_WORDS = 6


def as_record(item: Fact | Rejection) -> dict:
    """A fact or rejection as a JSON-ready dict (dates as ISO strings), as `wardwh extract`
    prints it and `wardwh evaluate` reads it."""
    record = {"record": "fact" if isinstance(item, Fact) else "rejected"}
    for name in item.__slots__:
        value = getattr(item, name)
        record[name] = value.isoformat() if isinstance(value, date) else value
    return record


def extract_text(text: str, document: str) -> Extraction:
    """Extract facts and rejected tokens from the decoded text of one document."""
    # same length: every offset still points into the document
    text = quote_marks_blanked(collapsed_table_cells(csv_as_cells(text)))
    struck = struck_spans(text)
    # what was struck out is read by no rule, its numbers are rejected as such
    reading = ocr_percent_read(
        form_leaders_blanked(emphasis_marks_blanked(strike_marks_blanked(text, struck)))
    )
    segmentation = segment(reading)
    meta = extract_metadata(reading, segmentation.signer_names)
    skip_spans = _skip_spans(reading)
    if struck:
        skip_spans = sorted([*skip_spans, *((s, e, "struck_out") for s, e in struck)])
    context = _DocumentContext(
        document,
        meta,
        segmentation,
        _personal_data_lines(reading, segmentation, skip_spans),
        invitation=_INVITATION.search(reading, 0, _INVITATION_HEAD) is not None,
        headline_commune=_headline_commune(meta),
        cut_off=_head_cut_off(reading),
        lettered_item_paragraphs=_lettered_item_paragraphs(segmentation),
        lunar_anchors=lunar_day_anchors(reading, meta.reference_year),
        **_named_units(reading, meta),
    )
    decided: dict[int, Fact | Rejection] = {}
    for unit in segmentation.units:
        for item in _extract_unit(unit, context, skip_spans):
            decided[item.char_start] = item
    facts: list[Fact] = []
    rejected: list[Rejection] = []
    seen = 0
    line_starts = [line.start for line in segmentation.lines]
    starts = sorted(decided)
    for match in NUMBER_TOKEN.finditer(text):
        # a unit may read one token as several ("88/89/91/92" under "Q1/Q2/Q3/Q4")
        first = bisect_left(starts, match.start())
        last = bisect_left(starts, match.end(), first)
        items = [decided[start] for start in starts[first:last]] or [
            _unsegmented(match, text, line_starts, context, skip_spans)
        ]
        seen += len(items)
        for item in items:
            (facts if isinstance(item, Fact) else rejected).append(item)
    if len(facts) + len(rejected) != seen:
        raise AssertionError(f"{document}: token accounting broken")
    return Extraction(
        document,
        meta,
        facts,
        rejected,
        seen,
        segmentation.excluded_lines,
        segmentation.signer_names,
    )


def _named_units(text: str, meta: DocumentMeta) -> dict[str, object]:
    """Several communes a city's or a newspaper's document names with their kind, by the name
    alone, to know them again when it drops the kind."""
    if meta.ward is None or meta.ward.level == COMMUNE:
        return {}
    named = {
        m.name: m.as_match()
        for m in mentions(text, meta.before_merger)
        if m.code and m.level == COMMUNE and not m.unknown
    }
    if len(named) < _BARE_NAMES_FROM:
        return {}
    alternatives = "|".join(re.escape(name) for name in sorted(named, key=len, reverse=True))
    return {
        "bare_names": re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"),
        "named_units": named,
    }


_BARE_NAMES_FROM = 2


def _lettered_item_paragraphs(segmentation: Segmentation) -> frozenset[int]:
    """The paragraphs that go on with a lettered item under the same headings: "a) Dân cư: Tổ
    có 286 hộ ..." then "Tổ đứng thứ 3/46 ..." before "b) ...". They are the item's second
    paragraph, under the lead-in the item is, not a paragraph closing a bulleted list."""
    found: set[int] = set()
    open_item = None
    for unit in segmentation.units:
        if unit.shape == PROSE and _LETTERED_ITEM.match(unit.text):
            open_item = unit.headings
        elif unit.shape == PROSE and open_item is not None and unit.headings == open_item:
            if is_list_item(unit.text):
                open_item = None  # a bulleted list of its own under the item
            else:
                found.add(id(unit))
        else:
            open_item = None
    return frozenset(found)


_LETTERED_ITEM = re.compile(r"[a-zđ]\)\s")


@dataclass(frozen=True)
class _DocumentContext:
    document: str
    meta: DocumentMeta
    segmentation: Segmentation
    personal_data_lines: frozenset[int]
    invitation: bool = False  # "GIẤY MỜI": its logistics hold no values
    headline_commune: WardMatch | None = None
    # "Số liệu tính đến 31/12/2032" alone under an infographic's title: its results' cut-off
    cut_off: date | None = None
    # the communes the document names with their kind ("xã Thanh Hà"), to know them again when
    # it names them bare ("trong đó Tiên Lãng 2,6 tỷ đồng, Thanh Hà 3,15 tỷ đồng")
    bare_names: re.Pattern[str] | None = None
    named_units: dict[str, WardMatch] = field(default_factory=dict)
    # per lunar month, a day of it the document dates by a solar day ("27 tháng Chạp (30/01)"),
    # to date its other lunar days
    lunar_anchors: dict[int, tuple[int, date]] = field(default_factory=dict)
    # (ids of) the later paragraphs of a lettered item, read as the item's own (_as_of)
    lettered_item_paragraphs: frozenset[int] = frozenset()

    @property
    def default_kind(self) -> str:
        return self.meta.default_fact_kind

    @property
    def horizon_start(self) -> int | None:
        """First year of a target written to a horizon ("đến năm 2030"): the reference year, but
        never before the document was issued."""
        years = [y for y in (self.meta.reference_year, self.meta.issue_year) if y]
        return max(years) if years else None

    def default_period(self, kind: str) -> tuple[int | None, int | None]:
        """A target with no period of its own belongs to the plan's horizon; a result to the
        reference year, or, in a document about years ("tổng kết giai đoạn 2021 - 2025"), to
        their last one the document has seen."""
        year = self.meta.reference_year
        start = self.horizon_start
        horizon = self.meta.horizon_year
        if kind == TARGET and horizon and start and start <= horizon:
            return start, horizon
        if kind == ACTUAL and year and horizon and year < horizon:
            last = min(horizon, self.meta.issue_year or horizon)
            return last, last
        return year, year

    @property
    def ward(self) -> WardMatch:
        return self.meta.ward

    @property
    def home(self) -> WardMatch:
        """Whose the values are that no clause, cell or heading attributes: the issuer's, or the
        commune a city portal's news post opens its headline on."""
        return self.headline_commune or self.meta.ward

    def redact(self, text: str) -> str:
        return redact(text, self.segmentation.signer_names)

    def unit_is_clean(self, unit: Unit) -> bool:
        """No line of the unit or of its headings holds anything that redaction would touch."""
        lines = {p.line for p in unit.pieces} | {h.line for h in unit.headings}
        return not (lines & self.personal_data_lines)


def _head_cut_off(text: str) -> date | None:
    """A cut-off standing alone on a line of the document's head ("Số liệu tính đến
    31/12/2032", "(Cập nhật đến ngày 15/11/2028)"): every result's, unless its own says
    otherwise."""
    lines = [line for line in text[:_INVITATION_HEAD].split("\n") if line.strip()]
    for index, line in enumerate(lines):
        # the head ends where its body starts: past its eighth line, at a sentence or a rate
        # (a web page's navigation and filters come before its cut-off)
        if index >= _HEAD_CUT_OFF_LINES and _BODY_LINE.search(line):
            break
        if found := _CUT_OFF_LINE.fullmatch(line.strip()):
            try:
                return date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
            except ValueError:
                return None
    return None


_HEAD_CUT_OFF_LINES = 8
_BODY_LINE = re.compile(r"\d\s*%|(?:\S+\s+){9}\S+.*[.:;]\s*$")
_CUT_OFF_LINE = re.compile(
    r"\(?\s*(?i:số liệu\s+)?(?i:(?:tính|cập nhật)\s+)?"
    # (or a window's end: "(Số liệu tính từ ngày 01/4/2031 đến hết ngày 30/6/2031)")
    r"(?:(?i:từ\s+(?:ngày\s+)?)\d{1,2}/\d{1,2}(?:/20\d\d)?\s+)?(?i:đến)\s+(?i:hết\s+)?"
    # (also at a time of the day: "Số liệu tính đến 16h30 ngày 19/9/2031.")
    r"(?:\d{1,2}\s*(?i:h|giờ)\s*(?:\d{2})?\s*(?i:phút)?\s+)?(?i:ngày\s+)?"
    r"(\d{1,2})/(\d{1,2})/(20\d\d)\s*\)?\.?"
)


def _skip_spans(text: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), "url") for m in _URL_SCHEME.finditer(text)]
    for match in _DOMAIN_END.finditer(text):
        start = match.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-_"):
            start -= 1
        if start < match.start():
            spans.append((start, match.end(), "url"))
    spans += [(s, e, "email") for s, e in email_spans(text)]
    spans += [(s, e, "phone_number") for s, e in phone_spans(text)]
    spans += [(s, e, "translation") for s, e in _translation_spans(text)]
    return sorted(spans)


def _translation_spans(text: str) -> list[tuple[int, int]]:
    """Lines, or bracketed passages, in English: a translation repeating the Vietnamese beside
    it ("(The online dossier rate reached 91.2%)"), whose numbers are the same facts again."""
    # (a word's end first: "\b" before the words would keep the regex engine from skipping to
    # their first letters, and "the" is in every "theo")
    if not (_ENGLISH_WORD_END.search(text) and _ENGLISH_WORD.search(text)):
        return []
    spans = []
    position = 0
    for line in text.split("\n"):
        if _is_english(line):
            spans.append((position, position + len(line)))
        else:
            for start, end in _bracketed(line):
                if _is_english(line[start:end]):
                    spans.append((position + start, position + end))
        position += len(line) + 1
    return spans


def _bracketed(line: str) -> list[tuple[int, int]]:
    """Spans of the outermost bracketed passages of a line."""
    spans, depth, opened = [], 0, 0
    for index, char in enumerate(line):
        if char == "(":
            if depth == 0:
                opened = index
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, index + 1))
    return spans


def _in_open_bracket(text: str, end: int) -> bool:
    """Is `end` inside a bracket opened before it? ("a) Năm 2028, ... (năm 2027: ..." is; the
    outline's "a)" closes nothing)"""
    depth = 0
    for char in text[:end]:
        if char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
    return depth > 0


def _unit_tokens(unit: Unit) -> list[re.Match[str]]:
    """The numeric tokens of a unit; thousands set apart by a space never join two lines (the
    unit's text joins its lines with a space: "12" over "480 hồ sơ" are two numbers)."""
    tokens = []
    for match in NUMBER_TOKEN.finditer(unit.text):
        if (
            " " in match.group()
            and unit.piece_start(match.start()) != unit.piece_start(match.end() - 1)
        ) or ("/" in match.group() and _is_series_cell(unit, match)):
            tokens += _PLAIN_NUMBER.finditer(unit.text, match.start(), match.end())
        else:
            tokens.append(match)
    return tokens


def _is_series_cell(unit: Unit, match: re.Match[str]) -> bool:
    """A cell "88/89/91/92" under "Lộ trình (Q1/Q2/Q3/Q4)": one value per period its column's
    header lists, not a fraction or a date."""
    header = _column_header(unit, match.start())
    cell_start, cell_end = unit.cell_bounds(match.start())
    if header is None or match.group() != squash(unit.text[cell_start:cell_end]):
        return False
    for series in _HEADER_SERIES.finditer(fold(header)):
        labels = re.split(r"\s*/\s*", series.group())
        if (
            len(labels) == match.group().count("/") + 1
            and all(_PERIOD_LABEL.fullmatch(label) for label in labels)
            # "Q1/Q2/Q3/Q4", "2026/2027/2028"; not the one quarter of "Quý I/2027"
            and len({bool(_YEAR.fullmatch(label)) for label in labels}) == 1
        ):
            return True
    return False


_HEADER_SERIES = re.compile(r"[^\W_]+(?: [^\W_]+)?(?:\s*/\s*[^\W_]+(?: [^\W_]+)?)+")
# "Q1", "quý II", "T6", "tháng 9", "6 tháng", "2027", "năm"
_PERIOD_LABEL = re.compile(
    r"(?:q|quy|t|thang)\s*(?:\d{1,2}|[ivx]+)|[ivx]+|\d{1,2} thang|20\d\d|(?:ca )?nam"
)


def _is_english(passage: str) -> bool:
    words = re.findall(r"[^\W\d_]+", passage)
    if len(words) < _ENGLISH_MIN_WORDS:
        return False
    plain = sum(word.isascii() for word in words)
    function_words = {word.lower() for word in words} & _ENGLISH_FUNCTION_WORDS
    return plain >= 0.9 * len(words) and len(function_words) >= 2


_FRACTION_CELL = re.compile(r"(\d+)/(\d+)")
_PLAIN_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ENGLISH_MIN_WORDS = 5
# English words no Vietnamese text writes, even without its accents
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and was were with for reached which has have had from its their this that by are "
    "is been at least than more will into over about approximately total rate target year "
    "residents online provide build".split()
)
_ENGLISH_WORDS = r"(?:the|The|of|and|was|were|with)\b"
_ENGLISH_WORD = re.compile(rf"\b{_ENGLISH_WORDS}")
_ENGLISH_WORD_END = re.compile(_ENGLISH_WORDS)


def _personal_data_lines(
    text: str, segmentation: Segmentation, skip_spans: list[tuple[int, int, str]]
) -> frozenset[int]:
    """Lines (and the lines after them, for sentences broken across lines) that need redaction."""
    starts = [line.start for line in segmentation.lines]
    offsets = [start for start, _, reason in skip_spans if reason != "url"]
    offsets += [start for start, _ in name_spans(text)]
    if segmentation.signer_names:
        offsets += [m.start() for m in names_pattern(segmentation.signer_names).finditer(text)]
    lines: set[int] = set()
    for offset in offsets:
        line = bisect_right(starts, offset)
        lines.update((line - 1, line, line + 1, line + 2))
    return frozenset(lines)


def _skip_reason(start: int, spans: list[tuple[int, int, str]]) -> str | None:
    """Reason of the skipped span (URL, e-mail, phone) holding `start`; spans are sorted."""
    index = bisect_right(spans, (start, _NO_END))
    for span_start, span_end, reason in reversed(spans[max(0, index - _SPAN_OVERLAP) : index]):
        if span_start <= start < span_end:
            return reason
    return None


_NO_END = float("inf")
_SPAN_OVERLAP = 4  # spans may nest (a URL inside an e-mail): look back a few


def _is_logistics(unit: Unit) -> bool:
    """An invitation's who, when, where and programme ("1. Thành phần (khoảng 60 đại biểu):",
    "2. Thời gian: 08 giờ 00 phút", "4. Chương trình hội nghị:"): no values of indicators."""
    return any(_LOGISTICS_ITEM.match(h.text) for h in unit.headings) or bool(
        _LOGISTICS_ITEM.match(unit.text)
    )


def _in_a_schedule(unit: Unit) -> bool:
    """A work schedule's items ("Lịch công tác tuần tới": "- 14h00 thứ Ba, 27/3: Đoàn kiểm tra
    của Sở (05 thành viên) làm việc tại ..."): who goes where and when, no values."""
    # (also a chat message's list under its lead-in: "📌 LỊCH CÔNG TÁC TUẦN TỚI (...):", and
    # its short items read as headings under it: "1. Thứ Bảy 15/11: nhà văn hóa TDP 4, ...")
    return any(_SCHEDULE_HEADING.match(h.text) for h in unit.headings[-2:]) or bool(
        unit.caption and _SCHEDULE_HEADING.match(unit.caption)
    )


_SCHEDULE_HEADING = re.compile(
    # (any schedule: "III. LỊCH CẤP TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ LƯU ĐỘNG ...", not "lịch sử")
    r"\W*(?:[\dIVX]{1,4}[.)]\s*)?(?i:lịch(?!\s+sử)|chương trình công tác)\b"
)
_LOGISTICS_ITEM = re.compile(
    r"\s*\d{1,2}\.\s*(?:Thành phần|Thời gian|Địa điểm|Chương trình|Đề nghị|Đầu mối|Lịch trình)\b"
)
_INVITATION = Cue(r"^\s*GIẤY MỜI\s*$|Số\s*:\s*\d+/GM-", flags=re.MULTILINE)
_INVITATION_HEAD = 2000  # characters: the header and title of a document


def _unsegmented(match, text, line_starts, context, skip_spans) -> Rejection:  # noqa: ANN001
    line_index = bisect_right(line_starts, match.start()) - 1
    line_number = line_index + 1
    reason = _skip_reason(match.start(), skip_spans)
    if reason is None and line_number in context.segmentation.page_lines:
        reason = "page_number"
    if reason is None and line_number in context.segmentation.comment_lines:
        reason = "citizen_comment"
    if reason is None:
        excluded = line_number in context.segmentation.excluded_lines
        reason = "signature_block" if excluded else "unsegmented"
    raw = REDACTED if reason in _PERSONAL_REASONS else match.group()
    line_text = context.segmentation.lines[line_index].text
    return Rejection(
        context.document,
        line_number,
        match.start(),
        match.end(),
        raw,
        reason,
        context.redact(squash(line_text))[:240] if reason not in _PERSONAL_REASONS else REDACTED,
    )


def _extract_unit(unit: Unit, context: _DocumentContext, skip_spans) -> list[Fact | Rejection]:  # noqa: ANN001
    text = unit.text
    tokens = _unit_tokens(unit)
    if not tokens:
        return []
    folded = fold(text)
    if len(folded) != len(text):
        folded = "".join(fold(c)[:1] or " " for c in text)
    clean = context.unit_is_clean(unit)
    measures: dict[int, _Measure] = {}
    reasons: dict[int, str] = {}
    places = [unit.file_offset(match.start()) for match in tokens]
    logistics = (context.invitation and _is_logistics(unit)) or _in_a_schedule(unit)
    for index, match in enumerate(tokens):
        skip = _skip_reason(places[index][0], skip_spans) or ("schedule" if logistics else None)
        if skip:
            reasons[index] = skip
            continue
        outcome = _classify(unit, match, text, folded)
        if not isinstance(outcome, str) and (
            unit.shape == TABLE_HEADER or (unit.cells and _qualifies_indicator(unit, match))
        ):
            outcome = "indicator_qualifier"  # also a column's name: "TDP 1", "Xã hội số (300 điểm)"
        if isinstance(outcome, str):
            reasons[index] = outcome
        else:
            measures[index] = outcome
    items: list[Fact | Rejection] = []
    facts_by_index: dict[int, Fact] = {}
    boundaries: list[tuple[int, int]] | None = None
    personal: list[tuple[int, int, str]] | None = None  # found once, for the first context
    for index, match in enumerate(tokens):
        file_start, line = places[index]
        file_end = file_start + len(match.group())
        if index in reasons:
            reason = reasons[index]
            raw = REDACTED if reason in {"email", "phone_number"} else match.group()
            low, high = max(0, match.start() - 80), match.end() + 80
            if clean:
                window = text[low:high]
            else:
                if personal is None:
                    personal = personal_spans(text, context.segmentation.signer_names)
                window = redacted_slice(text, low, high, personal)
            items.append(
                Rejection(context.document, line, file_start, file_end, raw, reason, squash(window))
            )
            continue
        measure = measures[index]
        if boundaries is None:
            boundaries = _clause_boundaries(text) if not unit.cells else []
        fact = _build_fact(
            unit, context, tokens, index, measure, measures, facts_by_index, boundaries,
            (line, file_start, file_end, clean),
        )  # fmt: skip
        facts_by_index[index] = fact
        items.append(fact)
    if unit.shape in (TABLE_TSV, TABLE_MARKDOWN, TABLE_CELLS):
        items = _propagate_row_comparators(items)
    return items


def _opens_its_line(unit: Unit, start: int) -> bool:
    """Does the value open its line, after a bullet at most ("▪ 412 – hộ kinh doanh ...")?"""
    return not unit.cells and bool(
        _BULLET_ONLY.fullmatch(unit.text, unit.piece_start(start), start)
    )


_FIGURE_LABEL_DASH = re.compile(r"\s*[–—-](?=\s+[^\W\d_])")
_BULLET_ONLY = re.compile(r"\s*[^\w\s(]?\ufe0f?\s*")


def _fact_fields(fact: Fact) -> dict:
    return {name: getattr(fact, name) for name in Fact.__slots__}


def _classify(unit: Unit, match: re.Match[str], text: str, folded: str) -> _Measure | str:
    raw = match.group()
    start, end = match.start(), match.end()
    low, high = unit.cell_bounds(start) if unit.cells else (0, len(text))
    after = text[end : min(end + 60, high)]
    folded_after = folded[end : min(end + 60, high)]
    folded_before = folded[max(low, start - 60) : start]
    before_char = text[start - 1] if start else ""
    if (dash := _FIGURE_LABEL_DASH.match(after)) and _opens_its_line(unit, start):
        # a box's "▪ 412 – hộ kinh doanh, hợp tác xã ... có gian hàng": its label names it
        after, folded_after = after[dash.end() :], folded_after[dash.end() :]
    if _is_outline(unit, match, text):
        return "outline_number"
    if _SPLIT_PART_AFTER.match(after) and (split := _split_count_unit(text, low, start)):
        # "46 camera (trụ sở 14, ..., các thôn 26)": a part of the count, not a place's number
        return _Measure(parse_number(raw), split, unit_end=end)
    column_header = _folded_column_header(unit, start)  # read once for the checks below
    if _is_condition(text, folded, start):
        return "group_definition"  # "Đơn vị hoàn thành 100% chỉ tiêu ... được tặng Bằng khen"
    if any(_SANCTION_ARTICLE.match(heading.text) for heading in unit.headings):
        return "group_definition"  # a contract's "Điều 6. Phạt vi phạm": the sanction's terms
    if _WITHDRAWN_BEFORE.search(folded_before):
        return "struck_out"  # "(không phải 418 hộ, 82,6% như đã gửi)"
    if _CORRECTION_ADDS_BEFORE.search(folded_before):
        return "descriptive_quantity"  # "nay bổ sung 58 hộ ..., nâng tổng số lên 1.184 hộ"
    if _NAMED_ELSEWHERE_AFTER.match(folded_after):
        return "group_definition"  # "22 bản ghi nêu tại mục 2": items listed before
    if _VOTE_AFTER.match(folded_after) or _VOTE_SHARE_BEFORE.search(folded_before):
        return "schedule"  # the session's vote: "29/31 đại biểu có mặt biểu quyết tán thành"
    if _HOUSEHOLDS_AFTER.match(folded_after) and _MEETING_VOTES.search(
        folded, _sentence_start(text, start), start
    ):
        # a residents' meeting votes by households: "Hội nghị biểu quyết bằng hình thức giơ
        # tay: 118/125 hộ tán thành, 04 hộ không tán thành" (not a clearance's "12 hộ không
        # tán thành phương án", which no meeting votes on)
        return "schedule"
    if _COUNCIL_GROUPS_AFTER.match(folded_after):
        return "administrative_structure"  # "05 Tổ đại biểu": the council's own groups
    if _headed(column_header, _EXPLANATION_HEADER):
        if not _STATED_IN_CELL.search(text[low:start]):
            return "indicator_qualifier"  # "Giải thích chỉ tiêu": how it is measured, not a value
    if _headed(column_header, _AWARD_HEADER):
        return "plan_structure"  # "Tiền thưởng (đồng)": an award's prize, not a value
    if _headed(column_header, _SCALE_HEADER):
        return "indicator_qualifier"  # "Điểm tối đa": the index's scale, not the unit's score
    if _headed(column_header, _CONTRACTED_SPEED_HEADER):
        return "speed_threshold"  # "Tốc độ cam kết (Mbps)": the line's, beside the measured one
    if _headed(column_header, _QUANTITY_HEADER) and _TIME_UNIT_CELL.fullmatch(
        fold(_unit_column_cell(unit) or "")
    ):
        return "duration"  # a cost table's "Thuê dịch vụ ... | Tháng | 12": how long, not a value
    if _headed(column_header, _TERM_HEADER) and any(
        _UNIT_PRICE_HEADER.match(fold(name)) for name in unit.header
    ):
        return "duration"  # "Đơn giá (đồng/tháng) | Số tháng thuê | Thành tiền": the term priced
    if _headed(column_header, _CODE_HEADER) or _CODE_LABEL_BEFORE.search(folded_before):
        return "identifier"  # "Mã đơn vị: 11629", a column or a header's field
    if _headed(column_header, _PLACE_HEADER):
        return "name_or_address"  # "Thôn | Đông Tiến 1": a place named by its number
    if _headed(column_header, _LOCATION_HEADER):
        return "name_or_address"  # "Tọa độ | 21,1172; 106,2985": where a listed thing stands
    if _headed(column_header, _HEIGHT_HEADER):
        return "descriptive_quantity"  # "Cao cột (m) | 42": a listed thing's size
    if _headed(column_header, _CHANGE_HEADER):
        return "descriptive_quantity"  # "Tăng (+), giảm (-)": a change, not a level
    if _headed(column_header, _UNIT_COUNT_HEADER):
        return "administrative_structure"  # "Khối phường | Số đơn vị: 45": a block's size
    if _headed(column_header, _ASIDE_HEADER) and _BOUND_ONLY.fullmatch(folded, low, start):
        return "group_definition"  # a note "Dưới 90%, nhiều lao động đi làm xa": the row's class
    if text.endswith("#DIV/", max(low, start - 5), start):
        return "unparseable"  # a spreadsheet's error "#DIV/0!" in a cell
    if _RATE_OF_A_FEE_AFTER.match(folded_after) or (
        _PER_ITEM_MONEY_AFTER.match(folded_after)
        and _FEE_WORD.search(folded, _sentence_start(text, start), start)
    ):
        return "indicator_qualifier"  # a fee's tariff: "Nộp lệ phí trực tuyến 10.000 đồng/lần"
    if _RATE_PER_CLASS_AFTER.match(folded_after) and _SUPPORT_RATE_BEFORE.search(
        folded, _sentence_start(text, start), start
    ):
        # "hỗ trợ tiền đóng theo tỷ lệ ...: 50% đối với người thuộc hộ nghèo": a law's rate
        return "indicator_qualifier"
    if _SUM_BRACKET_BEFORE.search(folded_before) and _SHARE_OF_A_VALUE_AFTER.match(folded_after):
        # "tạm ứng 395.307.000 đồng (30% giá trị Hợp đồng)": a payment's terms, said of its sum
        return "indicator_qualifier"
    if _MONEY_AFTER.match(folded_after) and _in_calculation_bracket(text, start, low):
        # "(88 đợt × 03 người × 100.000 đồng)": the rate the line's sum is worked out at (the
        # count of sessions it multiplies stays a planned count: "(40 buổi x 1.200.000 đồng/buổi)")
        return "indicator_qualifier"
    if _CLOCK_READING.match(text, start) or _CLOCK_HOUR_BEFORE.search(
        text, max(0, start - 3), start
    ):
        return "clock_time"  # a post's "lúc 17:45", a transcript's "00:41 tỷ lệ hồ sơ ..."
    if _WITHIN_BEFORE.search(folded_before) and _WITHIN_RATE_AFTER.match(folded_after):
        # "liên hệ lại với người dân trong vòng 24 giờ đạt 88,4%": which are counted
        return "group_definition"
    if _CLINICAL_UNIT_AFTER.match(folded_after) and _CLINICAL_BOUND_BEFORE.search(folded_before):
        return "group_definition"  # "(huyết áp từ 140/90 mmHg trở lên)": who has the condition
    if any(is_name_header(cell) for cell in unit.header):
        return "plan_structure"  # a table listing persons by name (an award's winners): theirs
    if (
        "/" in raw
        and _ANSWERED_BEFORE.search(folded_before)
        and _QUESTIONS_AFTER.match(folded_after)
    ):
        return "group_definition"  # "312 bài trả lời đúng 30/30 câu": which entries are counted
    if "/" in raw:
        outcome = _classify_slash(raw, after, folded_before, unit, match, text)
        if isinstance(outcome, _Measure) and _METHOD_LABEL.search(
            folded, max(0, start - 400), start
        ):
            return "indicator_qualifier"  # "- Ví dụ 1: ... T03 = 357/412 x 100 = 86,7": invented
        return outcome
    percent_after = bool(_PERCENT_AFTER.match(after))
    every = _EVERY_PERIOD_BEFORE.search(folded_before)
    every = every if every and _SESSIONS_OR_TIMES_AFTER.match(folded_after) else None
    if _DATE_WORD_BEFORE.search(folded_before) and not percent_after and not every:
        return "date"
    if before_char == "/" and len(raw) == 4 and raw.isdigit():
        return "date"
    if _DOC_SUFFIX.match(after):
        return "document_number"
    if len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2100 and not percent_after:
        return "year"
    if before_char.isalpha() or _CODE_BEFORE.search(text[max(low, start - 8) : start]):
        return "identifier"  # "5G" glued, or a code: "HTS-01", "KTS_03"
    if before_char and before_char in "\"“”'‘’«":
        return "name_or_address"
    if _COUNTED_THINGS_TITLE_BEFORE.search(text, max(low, start - 90), start):
        return "name_or_address"  # "dán 420 áp phích "Nhận diện 6 thủ đoạn ..."": their title
    speed = _SPEED_AFTER.match(folded_after)
    if after[:1].isalpha() and not speed:
        glued = _classify_glued(after)
        if glued not in {"gigabytes", "metres"}:
            return glued
    if _NUMBER_LABEL_BEFORE.search(folded_before) and _DOCUMENT_NUMBER_LABEL.search(
        text[max(0, start - 12) : start]
    ):
        return "document_number"
    if _PERCENTAGE_POINTS_AFTER.match(folded_after) or _SIGNED_AFTER_A_VALUE.search(
        text, max(low, start - 12), start
    ):
        # "cao hơn kế hoạch 2,4 điểm phần trăm", "Mục tiêu: 90% (+5,11%)": a difference
        return "descriptive_quantity"
    if _AXIS_TICKS_BEFORE.search(text, max(low, start - 120), start):
        return "indicator_qualifier"  # a chart axis's ticks: a scale
    if (
        _LEGAL_BEFORE.search(folded_before)
        and not percent_after
        and not _MONEY_AFTER.match(folded_after)  # "Về khoản 1,2 tỷ đồng": a sum, no clause
        and not (
            (folded_before.rstrip().endswith(":") or _REPORTED_BEFORE.search(folded_before))
            and (vocabulary_unit(folded_after) or _COUNTED_AFTER.match(folded_after))
        )
    ):
        # not "(chỉ tiêu Nghị quyết: 9%)", "(kế hoạch: 1.005 hộ)", "đã báo cáo 31.560 tài khoản"
        return "legal_citation"
    if _CROSS_REFERENCE_BEFORE.search(folded_before):
        return "legal_citation"  # "07 quyển sổ nêu tại điểm 3 mục II": where it was said
    if (
        _RANGE_BOUND_BEFORE.search(text[max(low, start - 6) : start])
        and not _FRACTION_THEN_DASH.search(text, max(low, start - 20), start)
    ) or _SPAN_BOUND_BEFORE.search(folded_before):
        return "range_bound"
    rank = not percent_after and (
        _RANK_BEFORE.search(folded_before)
        or (
            _RANK_MOVE_BEFORE.search(folded_before)
            and (
                _RANK_YEAR_AFTER.match(folded_after)
                or _RANK_MOVE_FROM_AFTER.match(folded_after)
                or _RANK_MOVE_TO_BEFORE.search(folded_before)
            )
        )
        or (
            (_ONE_OF_BEFORE.search(folded_before) or _GROUP_WORD_BEFORE.search(folded_before))
            and _LEADING_GROUP_AFTER.match(folded_after)
        )  # "một trong 10 đơn vị dẫn đầu", "Nhóm 20 đơn vị dẫn đầu"
    )
    if rank and _titles_a_group(unit, folded, match):
        # a heading or a caption "2. Nhóm 05 đơn vị dẫn đầu": the group it shows
        return "group_definition"
    if rank and _UNITS_COUNTED_IN_A_TOP.search(folded_before):
        # "Có ít nhất 03 xã thuộc tốp 30 toàn thành phố": the top group the counted units
        # belong to, like the bar of "27/114 đơn vị đạt từ 700 điểm", not their rank
        return "group_definition"
    if _CRITERION_CODE.fullmatch(raw) and _CRITERION_CODE_BEFORE.search(folded_before):
        return "ordinal"
    if (
        not rank
        and _ORDINAL_BEFORE.search(folded_before)
        and not _COLLECTS_BEFORE.search(text, max(low, start - 8), start)
        and not _ends_a_unit_name(text[max(low, start - _UNIT_NAME_REACH) : start])
        and not _PROSECUTES_BEFORE.search(text, max(low, start - 8), start)
        and not (
            _LOCKS_BEFORE.search(text, max(low, start - 8), start)
            and _LOCKED_AFTER.match(folded_after)
        )
    ):
        if not (_DURATION_AFTER.match(folded_after) or _FREQUENCY_AFTER.match(folded_after)):
            return "ordinal"  # not "tại nhà văn hóa tổ 02 lần/tháng": how often
    if raw.isdigit() and not (percent_after or _MONEY_AFTER.match(folded_after)):
        if _ROOM_BEFORE.search(folded_before):
            return "name_or_address"
        if _LESSON_PERIOD_BEFORE.search(folded_before):
            return "ordinal"
    if _FLOOR_BEFORE.search(text, max(low, start - 8), start) or _ROWS_CITED_BEFORE.search(
        text, max(low, start - 40), start
    ):
        return "ordinal"  # "tầng 2 trụ sở" (the fold of "tầng" is that of "tăng"), "dòng 1, 2 và 3"
    if _GROUP_BEFORE.search(folded_before):
        return "group_definition"
    if (
        (_UNITS_REACHING.search(folded_before) and _THEN_AND_UP.match(folded_after))
        or _BAND_TOP_BEFORE.search(folded_before)
        or _AMONG_UNITS_PAST.search(folded_before)
    ):
        # "có 27/114 đơn vị đạt từ 700 điểm trở lên", a band "từ 80% đến dưới 90%"
        return "group_definition"
    threshold = _UNITS_WITH_RATE_FROM.search(folded[max(low, start - _GROUP_REACH) : start])
    if threshold and "%" in threshold.group(0)[:8]:
        # "100% xã có tỷ lệ ... trên 70%": a target on every unit, read near the value only
        threshold = _UNITS_WITH_RATE_FROM.search(folded[max(low, start - _SHARE_REACH) : start])
    if threshold and (
        _TARGET_LEVEL_BRACKET.search(folded, max(low, start - 80), start)
        or _DEMANDED_LEVEL_BEFORE.search(folded_before)
    ):
        threshold = None
    if threshold and (
        _PERCENT_AND_UP.match(folded_after)
        if threshold.group(1) == "tu"
        else _PERCENT_OR_POINTS.match(folded_after)
    ):
        return "group_definition"  # "97/114 phường có tỷ lệ ... từ 80% trở lên", "... dưới 90%"
    if _SHARE_OF_UNITS_FROM.search(folded_before) and _PERCENT_AND_UP.match(folded_after):
        return "group_definition"  # "tỷ lệ tổ dân phố đạt từ 8% trở lên là 81,5%": which count
    if _SHARE_OF_UNITS_SERVED_BEFORE.search(folded_before) and _PER_PERIOD_AFTER.match(
        folded_after
    ):
        return (
            "group_definition"  # "100% thôn được hỗ trợ tối thiểu 04 đợt/năm": the bar, not a value
        )
    if _UNITS_PAST_A_THRESHOLD.search(folded[max(low, start - _GROUP_REACH) : start]) and (
        _PERCENT_OR_POINTS.match(folded_after)
        or _SIGNAL_LEVEL_AFTER.match(folded_after)
        or _RATE_PER_ITEM_AFTER.match(folded_after)
    ):
        return "group_definition"  # "không còn đơn vị nào dưới 350 điểm": a threshold
    if _SIGNAL_BOUND_BRACKET.search(folded_before) and _SIGNAL_LEVEL_AFTER.match(folded_after):
        return "group_definition"  # "(RSRP từ -100 dBm trở lên)": which signal counts as good
    if _COUNTED_PAST_A_SHARE.search(folded_before) and _SHARE_OF_THEIR_OWN.match(folded_after):
        return "group_definition"  # "38 tủ đã dùng trên 90% số cổng": a bound on what each has
    if _UNITS_DOING_A_SHARE.search(folded_before) and _PERCENT_OR_POINTS.match(folded_after):
        return "group_definition"  # "112/114 xã, phường đã số hóa 100% kết quả": which are counted
    if _CHANGE_BEFORE.search(folded_before) and (
        _headed(column_header, _ASIDE_HEADER)  # a notes cell's "Tăng 02 trạm 5G"
        or _PRIOR_VALUE_BRACKET.search(folded, max(low, start - 80), start)
        or _CHANGE_AFTER.match(folded_after)
        or _COMPARED_COUNT_AFTER.match(folded_after)
        or (
            _COUNTED_AFTER.match(folded_after)
            and _COMPARED_THEN_CHANGE.search(folded, max(low, start - 120), start)
        )
    ):
        # "gấp 1,7 lần năm 2024", "tăng 4 bậc", "So với cùng kỳ năm 2026, số tài khoản ... tăng
        # 3.208 tài khoản": a change, not a level
        return "descriptive_quantity"
    if _ARROW_IN_BRACKET_BEFORE.search(folded_before) or (
        before_char == "+"
        and text[start - 2 : start - 1] in ("(", " ", "")
        and ("," in raw or "." in raw or after.lstrip().startswith("%"))  # not "+0700"
    ):
        # "15.362 hồ sơ (▲ 2.114 hồ sơ)", "(+1,02%)": a change beside a level
        return "descriptive_quantity"
    if _ADJUSTMENT_BEFORE.search(folded_before) and _MONEY_AFTER.match(folded_after):
        return "descriptive_quantity"  # "- Giảm 40,0 triệu đồng nguồn xã hội hóa": a change
    if (
        (_DIFFERENCE_BEFORE.search(folded_before) and _DIFFERENCE_MEASURE_AFTER.match(folded_after))
        or (_SCORE_CHANGE_BEFORE.search(folded_before) and _POINTS_AFTER.match(folded_after))
        or _GAP_SUBJECT.search(folded[max(low, start - 120) : start])
        or _DIFFERENCE_NOUN_AFTER.match(folded_after)  # "362 tài khoản chênh lệch là của ..."
        or (
            # "III. SO SÁNH VỚI ĐỢT KHẢO SÁT TRƯỚC": "số phiếu hợp lệ tăng 166 phiếu"
            _SCORE_CHANGE_BEFORE.search(folded_before)
            and unit.headings
            and _COMPARISON_HEADING.match(fold(unit.headings[-1].text))
        )
    ):
        # "cao hơn phường Hạ Long 7,1 điểm", "Khoảng cách giữa ... là 335,88 điểm": a difference
        return "descriptive_quantity"
    if _ONLY_NEED_BEFORE.search(folded_before) or _vague_pair(text, start, match.end()):
        return "descriptive_quantity"  # "chỉ cần 01 chiếc điện thoại", "đi lại 2, 3 lần"
    if _RANK_DENOMINATOR_BEFORE.search(folded_before):
        return "rank_denominator"
    if _OUT_OF_BEFORE.search(folded_before) and vocabulary_unit(folded_after):
        return "denominator"  # the 52 of "45 trên 52 thôn"
    if _CLOCK_MINUTES_BEFORE.search(folded_before):
        return "clock_time"  # the minutes of "từ 7 giờ 30 đến 11 giờ 30"
    if (
        (
            _PLACE_NAME_BEFORE.search(text[max(low, start - 40) : start])
            # (not a value after it: "thôn Đông Hải 112,6 triệu đồng")
            and not ("," in raw or _MONEY_AFTER.match(folded_after))
        )
        # (nor a sum after the noun a count names: "Phân bổ cho 09 thôn 585 triệu đồng")
        or (_NUMBERED_PLACE_BEFORE.search(folded_before) and not _MONEY_AFTER.match(folded_after))
        or (
            _ROAD_NUMBER_BEFORE.search(text, max(low, start - 15), start)
            and not _LENGTH_AFTER.match(folded_after)
        )
    ) and not (percent_after or _PER_PERIOD_AFTER.match(folded_after)):
        return "name_or_address"  # "Thôn Phú Kê 2 chưa thành lập tổ", "TDP 3, 7, 11 rà soát"
    if (
        _WEIGHT_BEFORE.search(folded_before)
        or (_SHARE_BEFORE.search(folded_before) and _SHARE_OF_POINTS_AFTER.match(folded_after))
        or _SCALE_BEFORE.search(folded_before)
        or (_MAXIMUM_IN_BRACKETS_BEFORE.search(folded_before) and _POINTS_AFTER.match(folded_after))
        or (_BELOW_BEFORE.search(folded_before) and _OF_MAXIMUM_AFTER.match(folded_after))
        or (
            _SCALE_TOTAL_BEFORE.search(folded_before)
            and _SCALE_PARTS_BEFORE.search(folded, max(0, start - 200), start)
        )  # "thang điểm của Bộ chỉ số (tổng 1.000 điểm)"
        or (
            text[start - 1 : start] == "("
            and _BRACKETED_POINTS_AFTER.match(folded_after)
            and _SCALE_PARTS_BEFORE.search(folded, max(0, start - 200), start)
        )
    ):
        # "tổng trọng số 100%", "chiếm 40% số điểm", "thang điểm 1.000 điểm", its parts
        # ("...: Chính quyền số (400 điểm), ..."), a floor ("chỉ số thành phần nào dưới 50%
        # số điểm tối đa"; "đạt 71,9% số điểm tối đa" is a score): the scoring
        return "indicator_qualifier"
    if text.endswith("[^", 0, start):
        return "outline_number"  # a Markdown footnote's marker: "[^2]"
    if _TARIFF_BEFORE.search(folded, max(low, start - 110), start) and (
        _PER_SESSION_AFTER.match(folded_after) or _SHARE_OF_A_PRICE_AFTER.match(folded_after)
    ):
        # "Mức hỗ trợ giảng viên 200.000 đồng/buổi", "(mức 50.000 đồng/hộ/tháng)", "mức hỗ trợ
        # 50% giá thiết bị": a unit rate
        return "indicator_qualifier"
    if _FUND_SHARES_BEFORE.search(folded, max(low, start - 110), start) and _PERCENT_AFTER.match(
        folded_after
    ):
        return "indicator_qualifier"  # "(quỹ đầu tư phát triển 30%, ...)": a fund's share
    if _ADVANCE_BEFORE.search(folded_before) and _PERCENT_OR_POINTS.match(folded_after):
        return "indicator_qualifier"  # "đợt 1 tạm ứng 60%": a payment's share, not a target
    if (
        _UNIT_PRICE_AFTER.match(folded_after)
        or (
            _PRICE_OR_TAX_BEFORE.search(folded_before)
            and not (_TAX_BEFORE.search(folded_before) and _MONEY_AFTER.match(folded_after))
        )
        or (_COST_PER_ITEM_BEFORE.search(folded_before) and _PER_ITEM_AFTER.match(folded_after))
        or (
            raw in ("1", "01")
            and _COST_WORD_BEFORE.search(folded_before)
            and _ONE_ITEM_COSTED_AFTER.match(folded_after)
        )
        or (_COST_OF_ONE_BEFORE.search(folded_before) and _MONEY_AFTER.match(folded_after))
        or (_BUNDLED_BEFORE.search(folded_before) and _PRICED_PER_SET_AFTER.match(folded_after))
        or (
            _PER_ITEM_AFTER.match(folded_after)
            and _PRICE_WORD_BEFORE.search(text, max(low, start - 100), start)
        )
        or (_WAIVED_BEFORE.search(folded_before) and _FEE_AFTER.match(folded_after))
        or (
            _PERCENT_A_YEAR_AFTER.match(folded_after)
            and _INTEREST_RATE_BEFORE.search(folded, max(low, start - 110), start)
        )
        or _FORMAT_AFTER.match(folded_after)
        or (_SIZE_CAP_BEFORE.search(folded_before) and _PER_CLASS_AFTER.match(folded_after))
        or (_CLASS_SIZE_BEFORE.search(folded_before) and _LEARNERS_AFTER.match(folded_after))
        or (_TWO_FACTOR_BEFORE.search(folded_before) and _LAYERS_AFTER.match(folded_after))
    ):
        return "indicator_qualifier"  # "giá bán bình quân tại ruộng 7.800 đồng/kg": a price
    if _PRODUCT_BEFORE.search(text, max(low, start - 12), start):
        return "name_or_address"  # "máy cài Windows 10": a product's name
    if _VILLAGE_SIZE_BEFORE.search(text, max(low, start - 50), start) and _SIZE_UNIT_AFTER.match(
        folded_after
    ):
        return "descriptive_quantity"  # "thôn Đông Hải (512 hộ)": the village's size
    if _CRITERION_BEFORE.search(folded_before):
        return "ordinal"  # "còn tiêu chí 7 chưa đạt": which criterion
    if (
        (
            _BOTH_BEFORE.search(folded_before)
            and (_INDICATORS_AFTER.match(folded_after) or _EACH_OF_THEM_AFTER.match(folded_after))
        )
        or _PILOT_UNITS_AFTER.match(folded_after)
        or _AT_ALL_BEFORE.search(folded_before)
    ):
        # "TDP đạt cả 02 chỉ tiêu", "tại 03 thôn thí điểm", "tại cả 05 điểm trường": which
        return "group_definition"
    if _SUBJECT_UNITS_AFTER.match(folded_after) and _CITED_SUBJECT_BEFORE.search(
        folded, max(low, start - 300), start
    ):
        return "group_definition"  # "Quyết định số ... về thí điểm ... tại 05 xã": its subject
    if _GRADING_BEFORE.search(folded, max(low, start - _GROUP_REACH), start):
        return "group_definition"  # "Xếp loại: từ 90 điểm trở lên - Hoàn thành xuất sắc; ..."
    if _ADDRESSED_BAR_BEFORE.search(folded, max(low, start - _GROUP_REACH), start):
        return "group_definition"  # "Nhắc nhở Trường A (điểm thẩm định dưới 75 điểm)": the bar
    if (
        _ANY_UNIT_HAVING_BEFORE.search(folded_before)
        or (
            (
                _COUNT_OF_A_CLASS_BEFORE.search(folded_before)
                or _SHARED_AMONG_BEFORE.search(folded_before)
            )
            and _CLASS_BOUND_AFTER.match(folded_after)
        )
        or _REVENUE_CLASS_BEFORE.search(folded, max(low, start - 80), start)
        or _PRICE_CLASS_BEFORE.search(folded_before)
        or (_VESSEL_CLASS_BEFORE.search(folded_before) and _LENGTH_IN_METRES.match(folded_after))
    ) or (_REWARD_AFTER.match(folded_after) and _ANY_UNIT_BEFORE.search(folded_before)):
        # a rule on whichever unit meets it: "Đơn vị có từ 03 chỉ tiêu trở lên đạt dưới 70%
        # ...", "đơn vị có tỷ lệ ... đạt 100% được cộng 5 điểm"
        return "group_definition"
    if _PAGE_COUNTER_BEFORE.search(folded_before) or (
        _PAGE_COUNTER_AFTER.match(folded_after) and not _VIEWS_REACHED_BEFORE.search(folded_before)
    ):
        return "page_counter"  # a web page's "Lượt xem: 1.482 | Thích: 57 | Chia sẻ: 14"
    if _CITED_DOCUMENT_AFTER.match(after):
        return "outline_number"  # a footnote's marker: "2 Quyết định số 1632/QĐ-UBND ..."
    if _FORMER_UNITS_AFTER.match(folded_after) and not _OF_BEFORE.search(folded_before):
        return "administrative_structure"  # "Ủy ban nhân dân 03 đơn vị cũ": the units before
    if _ADDRESSEES_BEFORE.search(folded_before) and _ADDRESSED_UNITS_AFTER.match(folded_after):
        return "name_or_address"  # "Chủ tịch Ủy ban nhân dân 114 xã, phường": whom it addresses
    if _ABSENCE_AFTER.match(folded_after) or _HARDSHIP_AFTER.match(folded_after):
        return "descriptive_quantity"  # "02 công chức nghỉ chế độ thai sản", "03 đợt mưa bão"
    if (
        (
            _ATTENDEES_AFTER.match(folded_after)
            and not _VOLUNTEERS_BEFORE.search(folded_before)
            and not (
                _COMRADES_AFTER.match(folded_after)
                and _COMRADES_COUNTED_BEFORE.search(folded, max(low, start - 160), start)
            )
        )
        or (_MADE_INTO_BEFORE.search(folded_before) and _COPIES_AFTER.match(folded_after))
        or _headed(column_header, _ATTENDANCE_HEADER)
        or (not unit.cells and _MEETING_FIELD.match(folded))
        or (not unit.cells and _ATTENDED_BY.match(folded, _sentence_start(text, start)))
        or (
            unit.headings
            and _ATTENDANCE_HEADER.match(_OUTLINE.sub("", fold(unit.headings[-1].text)))
        )
    ):
        # minutes' "Thành phần: 17 đồng chí", "Địa điểm: ... kết nối đến 114 điểm cầu", "lập
        # thành 03 bản"; who is on a team ("III. THÀNH PHẦN ĐOÀN KIỂM TRA", a column "Thành
        # phần đoàn": "Đoàn số 1 (05 thành viên)")
        return "schedule"
    if _HEADS_OF_BEFORE.search(text, max(low, start - 30), start) and _HEADED_AFTER.match(
        folded_after
    ):
        return "name_or_address"  # "Trưởng 09 tổ dân phố ... chịu trách nhiệm thi hành"
    if _AT_PLACES_BEFORE.search(folded_before) and _PLACES_EACH_PERIOD_AFTER.match(folded_after):
        return "group_definition"  # "tuyên truyền tại 18 thôn, mỗi tháng 01 đợt": where it runs
    if (
        _FOR_BEFORE.search(folded_before)
        and _ALL_KINDS_OF_UNITS_AFTER.match(folded_after)
        and not _in_indicator_column(unit, start)  # (the cell rule names it a qualifier)
    ):
        return "group_definition"  # "giao chỉ tiêu cho 114 xã, phường, đặc khu": all of them
    if _PRIORITY_BEFORE.search(folded_before) and _UNITS_BELOW_A_LEVEL_AFTER.match(folded_after):
        return "group_definition"  # "ưu tiên 05 thôn có tỷ lệ dưới 85%": the group addressed
    if (
        _ASSIGNED_TO_BEFORE.search(folded_before) or _ALL_UNITS_SCOPE_BEFORE.search(folded_before)
    ) and _UNITS_AFTER.match(folded_after):
        return "group_definition"  # "chỉ tiêu ... đề nghị giao cho 05 đơn vị xếp cuối": whose
    if (
        _GROUP_LABEL_BEFORE.search(folded_before) and not _PERCENT_OR_POINTS.match(folded_after)
    ) or _UNITS_DIVIDED_AFTER.match(folded_after):
        # "Nhóm 1: 45 phường", "114 xã, phường, đặc khu được chia thành 03 nhóm": how many
        # units there are, not how many reached something ("97/114 xã, phường, đặc khu đạt"),
        # nor the group's rate ("bình quân khối xã: 83,4%")
        return "administrative_structure"
    lead = folded[max(0, start - 400) : start]
    if (
        _SCORING_LABEL.search(lead)
        or (_PENALTY_BEFORE.search(folded_before) and folded_after.lstrip().startswith("diem"))
        or _in_scoring_section(unit.headings)
        or _METHOD_LABEL.search(lead)
        or (percent_after and _TARGET_METHOD_BEFORE.search(lead))
        or _EXAMPLE_IN_BRACKETS.search(lead)  # "(ví dụ: Metformin 500 mg, ...)": invented
        or _EACH_GRANTED_BEFORE.search(lead)  # "Mỗi hộ ... được cấp 01 mã": a rule on each
        or _SPECIFICATION_BRACKET.search(lead)
        or (not unit.cells and _in_rated_sentence(text, folded, start))
        # invented figures: under "2. Ví dụ cách tính (số liệu giả định)", a sample row's table
        or (
            unit.cells  # a sample row's table: "3. Ví dụ điền biểu (số liệu giả định):"
            and (
                any(_INVENTED.search(fold(heading.text)) for heading in unit.headings)
                or _INVENTED.search(fold(unit.caption.partition("\n")[0]))
            )
        )
        or _headed(column_header, _PRICE_HEADER)  # "Giá bán bình quân (đồng/kg)": a unit price
        # a recognition's criteria: "Bộ tiêu chí ... gồm 08 tiêu chí, mỗi tiêu chí tối đa 12,5
        # điểm", "Tổ dân phố được công nhận khi đạt từ 80 điểm trở lên ..."
        or _CRITERIA.search(folded, _sentence_start(text, start), start)
        or (
            unit.caption
            and _BULLETED.match(text)  # (its items, not the numbered points after it)
            and _SPECIFICATION.search(fold(_lead_sentence(unit.caption)))
        )
        # the items a recognition's criteria list: "Thôn được công nhận khi đạt đồng thời 04 tiêu
        # chí sau:" over "a) Tỷ lệ ... từ 60% trở lên;"
        or (unit.caption and _CRITERIA.search(fold(_lead_sentence(unit.caption))))
    ):
        # a regulation's "Điều 4. Cách chấm điểm ...", "Điểm thưởng: ... cộng 10 điểm", a
        # guideline's "- Công thức: Tỷ lệ = (A / B) × 100%", "- Ví dụ: xã A tiếp nhận 1.200 hồ
        # sơ ...": its rules and invented figures; a device's specification ("đáp ứng yêu cầu kỹ
        # thuật tối thiểu sau:" over "- Camera: độ phân giải tối thiểu 4 MP, ống kính 2,8 mm")
        return "indicator_qualifier"
    if (
        _AREA_AFTER.match(after)
        and not _AREA_MEASURED_BEFORE.search(folded[max(low, start - _GROUP_REACH) : start])
        and not (
            # "1.280 ha vải thiều": what is grown (not "trên 1 ha đất trồng trọt", a per-hectare
            # base, nor "Trên tổng diện tích 1.286 ha vải thiều", the whole)
            _CROP_AREA_AFTER.match(folded_after) and not _AREA_BASE_BEFORE.search(folded_before)
        )
    ):
        return "descriptive_quantity"  # "diện tích tự nhiên 14,87 km²": the place's size
    if (
        _STILL_TO_ADD_BEFORE.search(folded_before)
        or _REMAINDER_OF_A_MISS_BEFORE.search(folded_before)
        or (_TEMPERATURE_BEFORE.search(folded_before) and _DEGREES_AFTER.match(folded_after))
    ):
        # "Như vậy, ... còn phải vận động thêm khoảng 1.180 công dân": the gap left to a target
        # (or "chưa hoàn thành (còn 08 hộ)"); a forecast's "nhiệt độ thấp nhất 24 đến 26 độ":
        # the weather
        return "descriptive_quantity"
    if _SHORTFALL_BEFORE.search(folded_before) and (
        folded_after.lstrip().startswith("diem")
        or _SHORTFALL_OF_A_VALUE.search(folded_before)
        or _SHORT_OF_A_TARGET_AFTER.match(folded_after)
    ):
        # "còn thiếu 261,5 điểm", "mất 41 điểm", "594/689 hộ (86,2%) – còn thiếu 27 hộ": a gap
        return "descriptive_quantity"
    if _in_programme_title(text[max(low, start - 80) : start]):
        return "name_or_address"  # "tham gia Đề án phát triển bền vững 1 triệu ha lúa ..."
    if start >= 2 and text[start - 1] in ".," and text[start - 2].isalpha():
        return "unparseable"  # "l.250", "9l,4%": an OCR's letter for a digit
    if _CAUSES_LABEL.search(lead) or (
        unit.headings and _CAUSES_HEADING.match(fold(unit.headings[-1].text))
    ):
        # "b) Nguyên nhân: ... khoảng 2.100 người đi làm ăn xa", or an item under "2. Nguyên nhân"
        return "descriptive_quantity"
    if _BECAUSE_BEFORE.search(text, max(low, start - 40), start):
        return "descriptive_quantity"  # "chưa hoàn thành do còn 03 hộ chưa bàn giao mặt bằng"
    if _STARS_AFTER.match(folded_after) or _GRADE_BAND_AFTER.match(folded_after):
        return "group_definition"  # "khách sạn 5 sao"; "từ 105% kế hoạch trở lên được đánh giá"
    if (
        _SERVICE_NUMBER_BEFORE.search(folded_before)
        or _MODEL_BEFORE.search(folded_before)
        or _FORCE_UNIT_BEFORE.search(folded_before)
    ):
        return "name_or_address"  # "Tổng đài 1022", "mô hình 4 lớp", "Tiểu đoàn 12"
    if _LUNAR_DAY_BEFORE.search(folded_before) or _LUNAR_AFTER.match(folded_after):
        return "date"  # "các ngày mùng 1, 6, 11 âm lịch"
    if _DISTANCE_AFTER.match(folded_after) and _DISTANCE_BEFORE.search(folded_before):
        return "descriptive_quantity"  # "điểm giao dịch cách hơn 7 km": where, not how much
    if _PACK_AFTER.match(folded_after) and _PACK_BEFORE.search(folded_before):
        return "group_definition"  # "đóng túi loại 2 kg và 5 kg": the sizes sold
    if _CAPACITY_BEFORE.search(folded_before) or _SEATS_AFTER.match(folded_after):
        return "descriptive_quantity"  # "01 kho lạnh (dung tích 20 tấn)": what a thing is like
    if (_SIZE_AFTER.match(folded_after) and _SIZE_BEFORE.search(folded_before)) or (
        _BODY_SIZE_AFTER.match(folded_after) and _BODY_SIZE_BEFORE.search(folded_before)
    ):
        # "cột anten cao 36 m", "cân nặng trung bình 18,2 kg": what a thing or a person is like
        return "descriptive_quantity"
    if (
        _BUILDING_PARTS_AFTER.match(after)
        or _BUILDING_DENSITY_BEFORE.search(folded_before)
        or _SPECIFICATION_AFTER.match(after)
        or _PRECISION_BEFORE.search(folded_before)
        or _MEMORY_BEFORE.search(folded_before)
        or (_DEVICE_SPEED_BEFORE.search(folded_before) and _PER_MINUTE_AFTER.match(folded_after))
        or _PLANNING_NORM_BEFORE.search(folded_before)
        or _COUNTS_AS_BEFORE.search(folded_before)
        or (
            _COUNT_THEN_BRACKET_BEFORE.search(folded_before) and _PER_PLACE_SHARE_AFTER.match(after)
        )
        or _DRIVES_SIZED_AFTER.match(folded_after)
        or (_SIDES_BEFORE.search(folded_before) and _SIDES_AFTER.match(folded_after))
        or (_RECORDER_BEFORE.search(folded_before) and _CHANNELS_AFTER.match(folded_after))
        or (_LOAD_BEFORE.search(folded_before) and percent_after)
    ):
        return "indicator_qualifier"
    if _STORAGE_AFTER.match(folded_after) and (drive := _DRIVE_BEFORE.search(folded_before)):
        return "group_definition" if drive.group(1) else "indicator_qualifier"
    if len(raw) == 1 and _GENERATION_BEFORE.search(folded_before):
        return "technology"  # (not "Wi-Fi 25 điểm": a count of places)
    if _THRESHOLD_BEFORE.search(folded_before):
        return "group_definition"  # "Dưới ngưỡng -120 dBm": a class's bound
    if (
        _LABEL_BEFORE.search(folded_before)
        and not _PERCENT_AFTER.match(after)
        and not _HEADQUARTERS_BEFORE.search(text, max(low, start - 8), start)
        # (nor a digital thing done so often: "sinh hoạt về học liệu số 02 lần/tháng")
        and not _FREQUENCY_AFTER.match(folded_after)
    ):
        return "name_or_address" if _CAPITALISED.match(after) else "ordinal"
    if (
        _SAMPLING_BEFORE.search(folded_before)
        or (_SURVEYED_BEFORE.search(folded_before) and _DRAWN_AT_AFTER.match(folded_after))
        or _SAMPLE_PARTS_BEFORE.search(folded, max(low, start - _SAMPLE_PARTS_REACH), start)
        or (_SAMPLE_BASE_BEFORE.search(folded_before) and _SAMPLE_BASE_AFTER.match(folded_after))
        or (unit.headings and _SURVEY_METHOD_HEADING.match(unit.headings[-1].text))
    ):
        return "indicator_qualifier"  # a survey's design: "Cỡ mẫu ... 120 phiếu", "Sai số ±0,9%"
    if (
        _QUALIFIER_BEFORE.search(folded_before)
        or _METHOD_BEFORE.search(folded_before)
        or _RESOLUTION_BEFORE.search(folded_before)
    ):
        return "indicator_qualifier"
    if _DEFINITION_BEFORE.search(folded[max(low, start - _DEFINITION_REACH) : start]):
        return "indicator_qualifier"
    if _BASE_BEFORE.search(folded_before):
        return "group_definition"
    try:
        value = parse_number(raw, decimal_dot_preferred=percent_after)
    except NumberFormatError:
        return "unparseable"
    if not is_plausible(value):
        return "implausible"
    if every and (times := _TIMES_AFTER.match(folded_after)):
        # "mỗi quý 02 đợt" as "02 đợt/quý" (but "mỗi tuần 2 buổi" counts sessions)
        return _Measure(value, _TIMES_PER[every.group(1)], unit_end=end + times.end())
    if (out_of := _OUT_OF_AFTER.match(folded_after)) and not rank:
        whole = float(out_of.group(1))
        if value <= whole and vocabulary_unit(folded_after[out_of.end() :]):
            # "45 trên 52 thôn": a count out of a whole, as "45/52 thôn"
            return _Measure(value, "ratio", value, whole, unit_end=end + out_of.end())
    if rank:
        top = bool(_TOP_BEFORE.search(folded_before))
        out_of = _RANK_OUT_OF.match(folded_after)
        denominator = float(out_of.group(1)) if out_of else None
        return _Measure(
            value,
            RANK,
            value if denominator else None,
            denominator,
            comparator="le" if top else None,
            unit_end=end,
        )
    if speed:
        own_clause = re.split(r"[;,.]", folded[max(low, start - 120) : start])[-1]
        if _DESIGN_SPEED_BEFORE.search(own_clause):
            return "indicator_qualifier"  # a device's design peak, not a speed measured or set
        # a speed alone on its line is that line's value ("142,6 Mbps" over its label)
        line_start, line_end = unit.piece_bounds(start)
        if unit.cells:  # "486,2 Mbps" alone in a value cell: the row's measurement
            line_start, line_end = unit.cell_bounds(start)
        alone = not (
            text[line_start:start].strip() or text[end + speed.end() : line_end].strip()
        ) and (not unit.cells or unit.column_of(start) != _indicator_column(unit))
        measured = (
            _SPEED_MEASURED_BEFORE.search(folded, max(low, start - 120), start)
            or _SPEED_KEPT_BEFORE.search(folded, max(low, start - 160), start)
            # "thấp hơn bình quân chung của thành phố (412,5 Mbps)": the average's own speed
            or _AVERAGE_IN_BRACKET_BEFORE.search(text, max(low, start - 80), start)
            # "thấp hơn mức tối thiểu thành phố giao (500 Mbps)": the floor's own speed
            or _FLOOR_IN_BRACKET_BEFORE.search(folded_before)
        )
        if not (
            measured
            or alone
            or _SPEED_SUBJECT.fullmatch(clause := re.split(r"[;:.]", folded[low:start])[-1])
            # (or after a comma: "100% thôn có điểm học ..., tốc độ Internet tại điểm học từ")
            or _SPEED_SUBJECT.fullmatch(clause.rsplit(",", 1)[-1])
        ):
            return "speed_threshold"
        unit_name = "gbps" if speed.group(1).startswith("g") else "mbps"
        return _Measure(value, unit_name, unit_end=end + speed.end())
    range_lower = False
    unit_after, unit_folded_after = after, folded_after
    range_match = _RANGE_AFTER.match(after) or (
        _FROM_BEFORE.search(folded_before) and _SPAN_AFTER.match(folded_after)
    )
    if range_match:
        range_lower = True
        unit_after = after[range_match.end() :]
        unit_folded_after = folded_after[range_match.end() :]
    if spelled := _IN_WORDS_AFTER.match(unit_folded_after):
        unit_after = unit_after[spelled.end() :]
        unit_folded_after = unit_folded_after[spelled.end() :]
    shift = end + (len(after) - len(unit_after))
    if (
        _LEVEL_BEFORE.search(folded_before)
        and not _PERCENT_AFTER.match(unit_after)
        and not _MONEY_AFTER.match(unit_folded_after)  # "với mức 350 triệu đồng/năm": an amount
    ):
        stated = _LEVEL_STATED_BEFORE.search(text[max(low, start - 30) : start])
        if _in_indicator_column(unit, start) or not stated:
            return "indicator_qualifier"
        if re.match(r"^\s*con so", unit_folded_after):
            return "descriptive_quantity"
        return _Measure(value, "level", range_lower=range_lower, unit_end=end)
    if found := _PERCENT_AFTER.match(unit_after) or _PERCENT_WORDS_AFTER.match(unit_folded_after):
        if not is_plausible(value) or value > 1000:
            return "implausible"
        return _Measure(value, PERCENT, range_lower=range_lower, unit_end=shift + found.end())
    if COMMENT_FOOTER.match(text, start):
        return "date"  # a comment's age: "20 giờ   Thích   Phản hồi"
    if _EACH_SESSION_BEFORE.search(folded_before) and _TIME_SPAN_AFTER.match(folded_after):
        return "duration"  # "84 buổi học (mỗi buổi 2,5 giờ)": how long each lasts
    if _LASTED_BEFORE.search(folded_before) and _TIME_SPAN_AFTER.match(unit_folded_after):
        return "duration"  # "Phiên chất vấn diễn ra trong 2 giờ 15 phút": how long it lasted
    if re.match(r"^\s*gio\b", unit_folded_after):
        if (
            _CLOCK_BEFORE.search(folded_before)
            or _CLOCK_MINUTES_AFTER.match(unit_folded_after)
            or _CLOCK_LIST_BEFORE.search(folded_before)
        ):
            return "clock_time"
        if _SIGNAL_LOST_FOR_BEFORE.search(folded_before):
            return "group_definition"  # "tàu cá mất kết nối VMS quá 06 giờ": which are meant
        if _COUNTED_WITHIN_BEFORE.search(folded, max(low, start - 120), start):
            return "group_definition"  # "5/6 sự cố được khắc phục trong vòng 12 giờ"
        if _EVENT_DEADLINE_BEFORE.search(folded_before) and _FROM_AN_EVENT_HOURS_AFTER.match(
            unit_folded_after
        ):
            return "duration"  # "báo cáo ... trong thời hạn 04 giờ kể từ khi phát hiện"
        if _in_anecdote(folded, low, start):
            return "descriptive_quantity"  # "có ngày người dân phải chờ tới 2 giờ"
        if _PER_TIME_AFTER.match(unit_folded_after):
            return "indicator_qualifier"  # "báo cáo vị trí 04 giờ/lần": a rule's interval
        return _Measure(value, "hours", range_lower=range_lower, unit_end=end)
    if (days := _DAYS_AFTER.match(unit_folded_after)) and (
        _PROCESSING_TIME_BEFORE.search(folded, max(low, start - 200), start)
        or _DAYS_PER_ITEM_AFTER.match(unit_folded_after)
        or _PROCESSING_TIME_AFTER.match(unit_folded_after)
        or _RETENTION_TIME_BEFORE.search(folded, max(low, start - 200), start)
        or (
            _TIME_LIMIT_BEFORE.search(folded, max(low, start - 60), start)
            and not _FROM_AN_EVENT_AFTER.match(unit_folded_after)
        )
    ):
        # "Thời gian giải quyết ... tối đa 3 ngày làm việc": how long a service takes, a value
        return _Measure(value, "ngày", range_lower=range_lower, unit_end=shift + days.end())
    if (
        (minutes := _MINUTES_AFTER.match(unit_folded_after))
        and (
            _WAITING_TIME_BEFORE.search(folded, max(low, start - 120), start)
            or _RESPONSE_TIME_BEFORE.search(folded, max(low, start - 160), start)
            or _MINUTES_PER_ITEM_AFTER.match(unit_folded_after)
        )
        and not _in_anecdote(folded, low, start)
    ):
        # "thời gian chờ trung bình ... là 23 phút/lượt": how long people wait, a value
        return _Measure(value, "phút", range_lower=range_lower, unit_end=shift + minutes.end())
    for pattern, reason in _REJECT_AFTER:
        if pattern.match(unit_folded_after):
            return reason
    if _in_anecdote(folded, low, start):
        return "descriptive_quantity"  # "Có đồng chí tổ trưởng đã đến một hộ 5 lần ..."
    if _is_bare_rate(folded, max(low, start - 240), start, after, value):
        return _Measure(value, PERCENT, range_lower=range_lower, unit_end=end)
    return _count(
        unit,
        match,
        text,
        folded,
        folded_before,
        unit_after,
        unit_folded_after,
        value,
        shift,
        range_lower,
    )


# a scheme joined by its title, whose words run on in lower case up to the number: "tham gia Đề án
# phát triển bền vững 1 triệu ha lúa chuyên canh" (the number is part of the name; not a clause
# that goes on to a value: "Đề án này dự kiến khoảng 12.500 tỷ đồng", "Đề án đến 100% chi bộ")
_PROGRAMME_TITLE_BEFORE = re.compile(
    r"(?i:tham gia|thực hiện|triển khai)\s+Đề án((?:\s+[^\W\d_]+){1,8})\s+$"
)
_NOT_IN_A_TITLE = frozenset("này dự kiến đến khoảng đạt là với có từ trên tổng cho tại của".split())


def _in_programme_title(before: str) -> bool:
    found = _PROGRAMME_TITLE_BEFORE.search(before)
    if not found:
        return False
    words = found.group(1).split()
    return found.group(1).islower() and not _NOT_IN_A_TITLE.intersection(words)


def _titles_a_group(unit: Unit, folded: str, match: re.Match[str]) -> bool:
    """Does a line open on the group the value sizes, with no subject of its own: a heading
    "II. TỐP 5 VÀ NHÓM 5 ĐƠN VỊ XẾP CUỐI", a caption "Bảng 1. Tốp 5 đơn vị dẫn đầu ..."? (A cell
    or an infographic's tile "Tốp 5" alone on its line ranks its unit.)"""
    line_start, line_end = unit.piece_bounds(match.start())
    if not _GROUP_TITLE.fullmatch(folded, line_start, match.start()):
        return False
    # "TỐP 5 VÀ NHÓM 5 ĐƠN VỊ XẾP CUỐI"
    shown = _ANOTHER_GROUP.sub("", folded[match.end() : line_end], count=1)
    # (or a subheading that names the group: "Tốp 10: chín phường, một xã")
    return bool(
        _LEADING_GROUP_AFTER.match(shown)
        or _UNITS_SELECTED_AFTER.match(shown)
        or (unit.shape == HEADING and shown.lstrip().startswith(":"))
        # a dashboard widget's title over its list: "Top 5 đơn vị"
        or _UNITS_ALONE.fullmatch(shown) is not None
    )


_UNITS_ALONE = re.compile(r"\s*(?:don vi|xa, phuong(?:, dac khu)?|dia phuong)\s*")


_ANOTHER_GROUP = re.compile(r"^\s*va\s+(?:top|nhom)\s+\d+")
_GROUP_TITLE = re.compile(
    r"\W*(?:(?:[ivx]+|\d{1,2})[.)]\s*)?(?:bang \d+\s*[.:]\s*)?"
    r"(?:(?:top|nhom)\s+\d+\s+va\s+)?(?:top|nhom)\s*"
)


_CRITERIA = Cue(
    r"\bbo tieu chi\b[^.;()]{0,60}\bgom\b|\bduoc cong nhan\b[^.;]{0,40}\bkhi\b", flags=0
)
_INVENTED = Cue(r"\bso lieu gia dinh\b|\bdong mau\b|^\W*(?:\d{1,2}[.)]\s*)?vi du\b", flags=0)
_PRICE_HEADER = re.compile(r"\s*(?:gia ban|don gia)\b|.*\((?:nghin |trieu )?dong\s*/\s*[^\W\d]")
_SPECIFICATION = re.compile(r"\b(?:yeu cau|thong so|tieu chuan|cau hinh)(?: toi thieu)? ky thuat\b")
_BULLETED = re.compile(r"\s*[-+•*–]")
# (or after its colon, in the same sentence: "đáp ứng yêu cầu kỹ thuật tối thiểu: màn hình cảm
# ứng từ 15,6 inch, máy in nhiệt khổ giấy 80 mm, bộ nhớ trong 64 GB")
_SPECIFICATION_BRACKET = re.compile(
    rf"{_SPECIFICATION.pattern}"
    r"(?:[^()]*\([^()]*|(?: toi thieu)?(?: (?:nhu )?sau)?\s*:(?:[^.]|\.\d)*)$"
)


# a device's ratings: its protection class ("cấp bảo vệ IP66", "chống va đập IK08", "chuẩn IP67")
# makes every figure of its sentence a specification ("Đèn LED ... công suất 60 W, hiệu suất
# phát quang từ 140 lm/W trở lên, ..., tuổi thọ tối thiểu 50.000 giờ; ... tự động giảm 40% công
# suất từ 23 giờ"), not a table row's name cell ("Camera IP ngoài trời 4MP, chuẩn IP67 | 16")
_PROTECTION_CLASS = Cue(
    r"\b(?:cap bao ve|chuan|chong (?:bui|nuoc|va dap)[^\d;.]{0,20}?)\s+i[pk]\s?\d{2}\b",
    words=("cap bao ve", "chuan", "chong "),
    flags=0,
)
# what a system is designed to ensure: "Hệ thống được thiết kế bảo đảm độ rọi trung bình ... từ
# 15 lux trở lên": its design, not a result
_DESIGNED_TO_BEFORE = Cue(r"\bduoc thiet ke (?:de )?(?:bao dam|dam bao|dap ung)\b", flags=0)


def _in_rated_sentence(text: str, folded: str, start: int) -> bool:
    """Whether the sentence around `start` lists a device's ratings, or a design's before it."""
    low = _sentence_start(text, start)
    if _DESIGNED_TO_BEFORE.search(folded, low, start):
        return True
    return bool(_PROTECTION_CLASS.search(folded, low, _sentence_end(text, start)))


@lru_cache(maxsize=1024)
def _in_scoring_section(headings: tuple[Heading, ...]) -> bool:
    """Under a scoring guide's heading, in any part of its section ("I. HƯỚNG DẪN CÁCH CHẤM
    ĐIỂM" over "1. Thang điểm gồm: ... (350 điểm)")."""
    return any(_SCORING_HEADING.match(fold(heading.text)) for heading in headings)


# a contract's or a regulation's article on penalties ("Điều 7. Phạt vi phạm hợp đồng", "Điều 9.
# Thưởng, phạt"): its rates, caps and the breaches that trigger them are terms, not values
# (as written: "phạt", not the "phát" of "phát triển", which folds alike)
_SANCTION_ARTICLE = re.compile(r"(?i:điều)\s+\d+\s*[.:]\s*[^.:]{0,30}?\b(?i:phạt)\b")


def _is_condition(text: str, folded: str, start: int) -> bool:
    """A sentence on any unit that meets a condition, and what follows for it: a reward's or a
    sanction's terms ("Đơn vị có từ 03 chỉ tiêu trở lên đạt dưới 80% ... thì người đứng đầu
    không được xem xét ..."), not a target."""
    if "thi" not in folded and "duoc" not in folded:
        return False
    sentence_start = _sentence_start(text, start)
    # "...; thôn có ... được thưởng", "(tổ dân phố có tỷ lệ ... từ 95% trở lên được xét tặng ...)"
    clause_start = (
        max(folded.rfind(";", sentence_start, start), folded.rfind("(", sentence_start, start)) + 1
    )
    if not (
        _CONDITION_SUBJECT.match(folded, sentence_start)
        or (clause_start and _CONDITION_CLAUSE_SUBJECT.match(folded, clause_start))
    ):
        return False
    return bool(_CONSEQUENCE.search(folded, sentence_start, _sentence_end(text, start)))


_CONDITION_SUBJECT = re.compile(
    # (after an item's label: "4. Khen thưởng: thôn hoàn thành 100% chỉ tiêu ... được tặng")
    r"\W*(?:\d{1,2}[.)]\s*)?(?:[a-z][a-z ]{0,30}:\s*)?(?:cac )?"
    r"(?:(?:don vi|tap the|ca nhan)(?:,\s*(?:tap the|ca nhan))?\s+(?!tinh\b)"
    # any village: "Thôn hoàn thành 100% chỉ tiêu ... được UBND xã khen thưởng"
    r"|(?:thon|to dan pho|tdp)\s+(?:nao\s+)?(?:hoan thanh|dat|co|xep)\b)"
)
# a clause of its own on any unit that meets a condition: "...; thôn có nhiều hộ ... nhất được
# thưởng 3.000.000 đồng"
_CONDITION_CLAUSE_SUBJECT = re.compile(
    r"\s*(?:cac )?(?:thon|to dan pho|tdp|don vi)\s+(?:nao\s+)?(?:hoan thanh|dat|co|xep)\b"
)
_CONSEQUENCE = re.compile(
    r"\bduoc\s+(?:[^;.]{0,50}\s)?(?:tang|khen thuong|thuong|xem xet|xet)\b"
    r"|\bthi\s+(?:nguoi|bi|phai)\b"
    # "..., Tổ trưởng giải trình bằng văn bản": its head answers for it
    r"|\b(?:to truong|truong thon|nguoi dung dau|thu truong|chu tich)\b[^;.]{0,30}"
    r"\b(?:giai trinh|kiem diem)\b"
)


_NAMES_REACH = 160  # "tại 6 thôn Hà Liễu 1, Hà Liễu 2, Thanh Xá, Văn Tảo, Tiền Tiến và Đồng Ngọ"


def _names_as_many(after: str, value: float) -> bool:
    """Whether a count's noun is followed by as many names or numbered labels as it counts."""
    listed = _LISTED_NAMES_AFTER.match(after)
    if listed and len(_LIST_SEPARATOR.split(listed.group(1))) == value:
        return True
    if not (which := _WHICH_ARE_AFTER.match(after)):
        return False
    names = _LIST_SEPARATOR.split(which.group(2).strip())
    if which.group(1):
        return len(names) == value > 1 and all(name[:1].isupper() for name in names)
    # after a colon, a name may open on its kind: "với 02 hệ thống: Hệ thống thông tin báo cáo
    # của thành phố và nền tảng Hải Phòng Smart"
    return (
        len(names) == value > 1
        and names[0][:1].isupper()
        and all(_CAPITALISED_WORD.search(name) for name in names)
    )


def _units_named_after(after: str, value: float) -> bool:
    """Whether a count of units is followed, in its clause, by "là" and as many units named."""
    if not (which := _UNITS_WHICH_ARE_AFTER.match(after)):
        return False
    names = _LIST_SEPARATOR.split(which.group(1).strip())
    return len(names) == value > 1 and all(_UNIT_NAMED.match(name) for name in names)


# the count's clause may hold a threshold and its commas ("05 xã, phường, đặc khu có tỷ lệ ...
# dưới 80% là"); each member opens on its kind ("phường Đồ Sơn, ... và đặc khu Cát Hải")
_UNITS_NAMES_REACH = 320
_UNITS_WHICH_ARE_AFTER = re.compile(r"[^.;:()]{0,200}?\s(?:là|gồm)\s+([^.;:()]+?)\s*(?:[.;:(]|$)")
_UNIT_NAMED = re.compile(rf"(?i:phường|xã|đặc khu|thôn|tổ dân phố|tdp)\s+[{UPPER}]")
_LISTED_NAME = (  # (a name may end on its number: "Hà Liễu 1, Hà Liễu 2")
    rf"(?:[{UPPER}][^\W\d]*(?:\s+[{UPPER}][^\W\d]*){{0,3}}(?:\s+\d{{1,2}}(?!\s*[^\W\d]))?"
    r"|\d{1,3}(?=\s*(?:,|và\b|[.;)]|$)))"  # "tổ dân phố số 5, 12 và 60"
)
_LIST_SEPARATOR = re.compile(r"\s*(?:,|\bvà\b)\s*")
_CAPITALISED_WORD = re.compile(rf"(?<!\w)[{UPPER}]")
_LISTED_NAMES_AFTER = re.compile(
    # (not names in brackets: "hiện có 03 nhà mạng (VNPT, Viettel, Mobiphone) phủ sóng" counts)
    rf"\s*(?:[^\W\d{UPPER}][^\W\d]*\s+){{1,4}}?(?:số\s+)?"
    rf"({_LISTED_NAME}(?:\s*(?:,|\bvà\b)\s*{_LISTED_NAME})+)"
)

# the count then names its members, each spelt out: "03 điểm chưa lắp đặt là Nhà văn hóa thôn
# Đông, Điểm trường Tây Sơn và Trạm Y tế xã Tân Lập" (which ones, not how many), also past the
# threshold they fall below and to names ending on a number: "còn 03 thôn dưới 40% là Đông
# Hải, Tân Lập 2 và Cẩm Khê", the rate they fall short in spelt out ("còn 04 thôn có tỷ lệ người
# dân kích hoạt tài khoản định danh điện tử dưới 90% là ...")
_WHICH_ARE_AFTER = re.compile(
    # (past a technology's name too: "04 tổ dân phố chưa có sóng 5G là Đồng Châu, ...")
    r"\s*(?:(?:[^\W\d]+\s+|\d+(?:,\d+)?\s*%\s+|\d[^\W\d]+\s+){1,20}?(là)\s+"
    r"|(?:[^\W\d]+\s+){0,5}[^\W\d]+\s*:\s*)"
    # (the names end where a clause in lower case goes on after a comma: "là Hiệp Thượng 2, Tiểu
    # Lương và Lê Xá 1, cả 03 tổ đều có ...")
    rf"((?:[^.;:()\d]|(?<=\s)\d{{1,2}}(?=\s*(?:,|và\b|[.;)]|$)))+?)"
    rf"\s*(?:[.;:]|,\s*(?=[^\W\d{UPPER}])|$)"
)


def _vague_pair(text: str, start: int, end: int) -> bool:
    """ "đi lại 2, 3 lần": two or three, a way of speaking, not a count."""
    token = text[start:end]
    if len(token) != 1 or not token.isdigit():
        return False
    value = int(token)
    if (after := _PAIR_AFTER.match(text, end)) and int(after.group(1)) == value + 1:
        return True
    before = _PAIR_BEFORE.search(text, max(0, start - 4), start)
    return bool(before and int(before.group(1)) == value - 1 and _WORD_AFTER.match(text, end))


def _folded_reach(folded: str, start: int, reach: int) -> str:
    """The folded words of up to `reach` characters before `start`, past the usual window."""
    return folded[max(0, start - reach) : start]


def _count(
    unit, match, text, folded, folded_before, after, folded_after, value, shift, range_lower
):  # noqa: ANN001, PLR0913
    """A count of a counted noun (`1.250 hồ sơ`, `2,8 triệu lượt`), or why it is not one."""
    start, end = match.start(), match.end()
    if abbreviated := _ABBREVIATED_NOUN.match(after):  # "5.926 HS", "31.482 TK"
        unit_name = _ABBREVIATED_NOUNS[abbreviated.group(1)]
        return _Measure(value, unit_name, range_lower=range_lower, unit_end=end)
    known = vocabulary_unit(folded_after)
    if administrative_noun(folded_after) or (_MERGER_BEFORE.search(folded_before) and known):
        return "administrative_structure"
    if (known and known[0] == "communes") or _UNITS_NOUN_AFTER.match(folded_after):
        if _COMPOSITION_BEFORE.search(folded_before):
            return "administrative_structure"  # "thành phố có 114 đơn vị hành chính (45 phường"
        if _FORMED_FROM_BEFORE.search(folded_before):
            return "administrative_structure"  # "thành lập trên cơ sở ... dân số của 05 phường"
        if _OF_BEFORE.search(folded_before):
            return "group_definition"  # "kết quả thực hiện các chỉ tiêu của 114 xã, phường"
        if _NAMED_UNITS_AFTER.match(after):
            return "administrative_structure"  # "03 xã Ngũ Phúc, Kiến Quốc, Du Lễ": names counted
        if _OF_A_DISTRICT_AFTER.match(folded_after):
            return "administrative_structure"  # "6 xã thuộc huyện Tứ Kỳ (cũ)": a district's units
    if (
        known
        and known[0] in {"villages", "residential_groups"}
        and (
            (_AT_BEFORE.search(folded_before) and _NAMED_UNITS_AFTER.match(after))
            or _NAMED_AS_UNITS_AFTER.match(after)
        )
    ):
        # "tại 4 thôn Đông Tác, Quý Kim, ...", "còn 3 thôn là Cẩm Khê, Tân Lập và Đồng Bể":
        # where, not how many
        return "name_or_address"
    if (
        known
        and known[0] in {"communes", "villages", "residential_groups"}
        and _units_named_after(text[shift : shift + _UNITS_NAMES_REACH].split("\n", 1)[0], value)
    ):
        # "Có 04 xã, phường có tỷ lệ phủ sóng 5G ... dưới 75% là xã An Lão, phường Đồ Sơn, ...
        # và đặc khu Bạch Long Vĩ": which units, not how many
        return "name_or_address"
    if _names_as_many(text[shift : shift + _NAMES_REACH].split("\n", 1)[0], value):
        # "với 03 nhà mạng Viettel, VNPT, MobiFone", "tại 06 tổ dân phố số 5, 12, 19, 33, 47
        # và 60": a count of the names right after it, which say who or where
        return "name_or_address"
    if (
        known
        and known[0] in {"villages", "residential_groups"}
        and _RESULTS_OF_BEFORE.search(folded_before)
    ):
        return "group_definition"  # "tổng hợp kết quả của 08 tổ dân phố như sau:": whose
    if _SOURCES_OF_FIGURES_BEFORE.search(folded_before):
        return "group_definition"  # "Theo số liệu của 04 ngân hàng ...": whose figures
    if (
        known
        and known[0] in {"villages", "residential_groups", "communes"}
        and _SUM_AFTER_NOUN.match(folded_after[known[1] :])
    ):
        return "group_definition"  # "Phân bổ cho 09 thôn 585 triệu đồng": whose sum, not a count
    if _OF_BEFORE.search(folded_before) and _PROVINCES_AFTER.match(folded_after):
        return "group_definition"  # "tính trên kết quả của 34 tỉnh, thành phố"
    if _FROM_BEFORE.search(folded_before) and _CLASS_UNTIL.match(folded_after):
        if _NOUN_BEFORE_CLASS.search(folded_before) or _STARS_AFTER.match(folded_after):
            return "group_definition"  # "khách sạn từ 3 sao trở lên": a class of hotels
    if _CLASS_BAND_TOP_BEFORE.search(folded_before):
        return "group_definition"
    if _PAID_IN_TRANCHES_BEFORE.search(folded_before) and _TRANCHES_AFTER.match(folded_after):
        return "plan_structure"  # "được cấp làm 02 đợt": how the payment is split
    if _PLAN_CONTENTS_BEFORE.search(folded_before) and not _MONEY_AFTER.match(folded_after):
        return "plan_structure"
    if _ASSIGNED_BEFORE.search(folded_before) and _LEAD_BODIES_AFTER.match(folded_after):
        return "plan_structure"  # "giao 09 cơ quan, đơn vị chủ trì thực hiện": who leads
    if (
        _CONTENTS_BEFORE.search(folded_before) or _WHOLE_UNIT_BRACKET_BEFORE.search(folded_before)
    ) and (
        _VILLAGES_AND_GROUPS_AFTER.match(folded_after)
        or (known and known[0] in {"villages", "residential_groups"})
        or _CLUSTERS_AFTER.match(folded_after)
    ):
        # "xã ... gồm 27 thôn, tổ dân phố", "được thành lập trên cơ sở sắp xếp 03 xã ..., gồm
        # 16 thôn", "Địa bàn tổ gồm 04 cụm dân cư", "toàn phường (31 tổ dân phố)": its parts
        return "administrative_structure"
    if text[start - 1 : start] == "(" and _PARTY_CELLS_AFTER.match(folded_after):
        return "name_or_address"  # "Các chi bộ trực thuộc (42 chi bộ) tổ chức quán triệt"
    if _RATE_SCOPE_BEFORE.search(folded_before):
        return "group_definition"
    if (
        _AMONG_RANKED_BEFORE.search(folded_before) or _POPULATION_BEFORE.search(folded_before)
    ) and _PLACES_AFTER.match(folded_after):
        # "03 tổ dân phố thấp nhất trong 27 tổ dân phố": the field; "học sinh 03 trường trung
        # học cơ sở": where a population comes from
        return "group_definition"
    if _AT_BEFORE.search(folded_before) and _MARKETS_AFTER.match(folded_after):
        return "group_definition"  # "giao dịch ... tại 03 chợ trong tháng 01", "tại 10 thị trường"
    if _COUNTED_AT_BEFORE.search(folded_before) and _CLASSED_BY_A_SHARE_AFTER.match(folded_after):
        return "group_definition"  # "lắp 120 cổng tại 38 tủ đã dùng trên 90% số cổng": where
    if (
        _SITES_AFTER.match(folded_after)
        and _COUNTED_AT_BEFORE.search(folded_before)
        and not _in_indicator_column(unit, start)
    ):
        return "group_definition"  # "08 tổ hỗ trợ tuyển sinh tại 08 trường": where they are
    if _VILLAGES_AFTER.match(folded_after) and (
        _INSTALLED_AT_BEFORE.search(text, max(0, start - 80), start)
        or _TIMES_COUNTED_AT_BEFORE.search(folded_before)
    ):
        # "lắp đặt 24 camera AI tại 08 thôn trung tâm": where the cameras go; "1.384 lượt người
        # dân ... tại 42 tổ dân phố": where the times counted took place
        return "group_definition"
    if _RATE_OF_LABEL_AFTER.match(folded_after):
        return "group_definition"  # "Tiểu thương 03 chợ có mã QR: 100%": whose rate the label says
    if _HOUSEHOLD_MEMBERS_BEFORE.search(folded_before) and not _in_indicator_column(unit, start):
        return "group_definition"  # (in an indicator's cell, the cell rule names it a qualifier)
    if _CARRIERS_AFTER.match(folded_after) and (
        _COVERAGE_FLOOR_BEFORE.search(folded_before) or _ALL_OR_WHOSE_BEFORE.search(folded_before)
    ):  # "Cả 03 nhà mạng: thời gian phản hồi ...": each of them, not how many
        return "group_definition"
    if _CARRIERS_AFTER.match(folded_after) and _COVERAGE_FLOOR_BEFORE.search(folded_before):
        return "group_definition"
    if _RATE_SUBJECT_HAS_BEFORE.search(folded_before) and _RATE_VALUE_LATER.match(folded_after):
        return "group_definition"  # "tỷ lệ hộ có ít nhất 01 thành viên dùng VNeID đạt 71,4%"
    if (
        _COUNTED_BY_A_MEASURE_BEFORE.search(folded_before)
        or (
            _UNITS_SELECTED_AFTER.match(
                folded_after if unit.cells else folded[match.end() : match.end() + _SELECTION_REACH]
            )
            and not _ONE_OF_BEFORE.search(folded_before)
        )
        or (_UNITS_SHOWN_BEFORE.search(folded_before) and _UNITS_SHOWN_AFTER.match(folded_after))
        or _ROWS_PICKED_BEFORE.search(folded_before)
    ):
        return "group_definition"
    reach = min(
        match.end() + _LISTED_REACH, unit.cell_bounds(match.start())[1] if unit.cells else len(text)
    )
    if _LISTED_AFTER.match(folded, match.end(), reach):
        return "plan_structure"
    if (
        _ATTENDEES_OR_MEMBERS_AFTER.match(folded_after)
        and (
            _TEAM_BEFORE.search(folded_before)
            or _EACH_TEAM_BEFORE.search(folded_before)
            or _SHIFT_BEFORE.search(_folded_reach(folded, start, _SHIFT_REACH))
        )
        or (
            _CLASS_STAFF_AFTER.match(folded_after)
            and _EACH_CLASS_STAFFED_BEFORE.search(_folded_reach(folded, start, _SHIFT_REACH))
        )
    ):
        # "Ban Giám khảo (05 thành viên)", "Ca đêm (...): 01 công chức", "mỗi lớp bố trí 01 giảng
        # viên": who works each one
        return "schedule"
    if _ATTENDEES_OR_MEMBERS_AFTER.match(folded_after) and _EACH_HOUSEHOLD_SENDS_BEFORE.search(
        folded_before
    ):
        return "indicator_qualifier"  # "mỗi hộ cử 01 thành viên tham gia nhóm Zalo": per household
    if _SESSION_PART_AFTER.match(folded_after):
        return "schedule"  # a session's course: "06 phiếu đăng ký chất vấn", "02 lượt tranh luận"
    if (
        _PRIZES_AFTER.match(folded_after)
        or _EACH_PRIZE_BEFORE.search(folded_before)
        or _AWARDEES_AFTER.match(folded_after)  # "cho 08 tập thể và 06 cá nhân": who is awarded
    ):
        return "plan_structure"  # an award's "Giải Nhì (02 giải): ..., mỗi giải 4.000.000 đồng"
    if _AWARD_BEFORE.search(_folded_reach(folded, start, _SHIFT_REACH)):
        return "plan_structure"  # "tặng Giấy khen cho 04 chi hội và 09 hội viên": who is awarded
    if _PARTS_AFTER.match(folded_after) and (
        _STRUCTURE_BEFORE.search(folded_before)
        or _MORE_PARTS_BEFORE.search(folded_before)  # "gồm 30 câu hỏi trắc nghiệm và 01 câu hỏi"
        or _AMONG_BEFORE.search(folded_before)
        # "tài liệu kiểm chứng của 19 chỉ số thành phần thuộc 06 trụ cột": the index's parts
        or (_INDEX_PARTS_AFTER.match(folded_after) and _OF_PARTS_BEFORE.search(folded_before))
    ):
        return "plan_structure"  # "Phiếu khảo sát gồm 12 câu hỏi", "(gồm 04 nhóm)"
    if structure_noun(folded_after) and not (
        _PROCEDURES_OF_FIELDS_BEFORE.search(folded_before) and _FIELDS_AFTER.match(folded_after)
    ):
        bracketed = text[start - 1 : start] == "("
        done = _COMPLETION_AFTER.match(folded_after)
        met = done is not None and not re.search(r"[,;:]", done.group())
        if bracketed or (_STRUCTURE_BEFORE.search(folded_before) and not met):
            return "plan_structure"  # not "trong đó có 09 chỉ tiêu về đích sớm": targets met
        if not (_COMPLETION_BEFORE.search(folded_before) or _COMPLETION_AFTER.match(folded_after)):
            return "plan_structure"
    noun = counted_noun(folded_after, after)
    if (
        noun
        and _CONTENTS_BEFORE.search(folded_before)
        and folded_after[noun.end :].lstrip()[:1] == ":"
    ):
        return "plan_structure"  # "Nội dung mỗi lớp gồm 5 chuyên đề: ..."
    capitalised = _CAPITALISED.match(after)
    if (
        noun
        and capitalised
        and noun.unit not in CANONICAL_UNITS
        and not _ACRONYM_AFTER.match(after)
    ) or (noun and _VERSION_AFTER.match(folded_after)):
        noun = None  # (a product's version too: "Windows 10 phiên bản 22H2")
    if noun is None or capitalised and noun.unit not in CANONICAL_UNITS:
        if _ADDRESS_BEFORE.search(folded_before) and capitalised:
            return "name_or_address"
        low = unit.cell_bounds(start)[0] if unit.cells else 0
        if capitalised or re.search(r"\b[A-Z][a-z]+\s$", text[max(low, start - 20) : start]):
            if named := _bracket_count_unit(text, max(low, start - 120), start, after):
                return _Measure(value, named, range_lower=range_lower, unit_end=end)
            return "name_or_address"
    if noun is not None:
        if _FIRST_FEW_AFTER.match(folded_after[noun.end :]):
            return "ordinal"
        if not is_plausible(value * noun.multiplier):
            return "implausible"
        counted_unit = noun.unit
        if counted_unit == "households" and _BARE_HOUSEHOLD_AFTER.match(folded_after):
            # a bare "hộ" repeats the subject's noun ("Số hộ kinh doanh ... là 968 hộ"), or the
            # households its sentence named last ("571 hộ kinh doanh ... (chỉ tiêu: 650 hộ)")
            named = _HOUSEHOLDS_NAMED.findall(_sentence_so_far(text, start))
            if _BUSINESS_SUBJECT.search(_folded_reach(folded, start, _GROUP_REACH)) or (
                named and named[-1] == "kinh doanh"
            ):
                counted_unit = "businesses"
        elif counted_unit == "persons" and bare_times(folded_after):
            # a bare "lượt" repeats the acts its sentence counted last ("6.412 lượt khám bệnh
            # (quý II: 5.987 lượt)") or the visits ("286.450 lượt truy cập (năm 2029: 112.300
            # lượt)"), persons only when they were persons
            named = times_named(_sentence_so_far(text, start))
            if named in ("lượt", "visits"):
                counted_unit = named
        elif counted_unit == "leaflets" and after.lstrip()[:2].lower() == "tờ":
            # a bare "tờ" after map sheets counts sheets: "264 tờ bản đồ (tỷ lệ 1/500: 71 tờ)"
            if _MAPS.search(_sentence_so_far(text, start)):
                counted_unit = "tờ"
        return _Measure(
            value * noun.multiplier,
            counted_unit,
            range_lower=range_lower,
            unit_end=shift + noun.end,
        )
    if table_unit := _value_cell_unit(unit, start, end) or _cells_row_unit(unit, start, end):
        return _Measure(value, table_unit, range_lower=range_lower, unit_end=end)
    if _CLAUSE_CLOSE.match(after) and (
        lead := _BRACKET_UNIT_LEAD.search(text, max(0, start - 30), start)
    ):
        if stated := unit_word(lead.group(1)):
            return _Measure(value, stated, range_lower=range_lower, unit_end=end)
    wide_before = _folded_reach(folded, start, _GROUP_REACH)
    if _CLAUSE_CLOSE.match(after) and (
        subject := _COUNT_SUBJECT.search(_folded_reach(folded, start, _COUNT_SUBJECT_REACH))
    ):
        # "số tài khoản định danh điện tử được kích hoạt là 11.086,": the subject names the noun
        counted = vocabulary_unit(subject.group(1))
        if counted and not (
            subject.group().rstrip().endswith(":") and counted[0].startswith("vnd")
        ):
            return _Measure(value, counted[0], range_lower=range_lower, unit_end=end)
    piece_start = unit.piece_start(start)
    if _CLAUSE_CLOSE.match(after) and (label := _KEY_LABEL.fullmatch(text, piece_start, start)):
        # a key-value line "Máy lấy số thứ tự tự động: 02", "Camera giám sát ...: 09": the
        # label's noun is the count's, also after "tổng" ("• Tổng điểm: 742,18")
        named = vocabulary_unit(_TOTAL_WORD.sub("", fold(label.group(1)), count=1))
        if named and named[0] not in _NOT_ITEM_NOUNS and not named[0].startswith("vnd"):
            return _Measure(value, named[0], range_lower=range_lower, unit_end=end)
    if (listed := _LISTED_BEFORE_ITS_NOUN.match(after)) and (
        noun := vocabulary_unit(folded_after[listed.end() :])
    ):
        # "lần lượt là 412 và 367 tài khoản": the first of a pair shares the second's noun
        return _Measure(value, noun[0], range_lower=range_lower, unit_end=end)
    if (
        (risen := _RISEN_TO_COUNT_AFTER.match(after))
        and _EARLIER_VALUE_BEFORE.search(text, max(0, start - 30), start)
        and (noun := counted_noun(folded_after[risen.end() :], after[risen.end() :]))
    ):
        # "tăng từ 09 lên 14 phòng": the start of a change shares the noun of its end, and a
        # bare "hộ" the businesses its subject names, as the end's does ("Số hộ kinh doanh ...:
        # nâng từ 500 lên 650 hộ")
        counted_unit = noun.unit
        if (
            counted_unit == "households"
            and _BARE_HOUSEHOLD_AFTER.match(folded_after[risen.end() :])
            and _BUSINESS_SUBJECT.search(_folded_reach(folded, start, _GROUP_REACH))
        ):
            counted_unit = "businesses"
        return _Measure(value, counted_unit, range_lower=range_lower, unit_end=end)
    if (sum_word := _BARE_MONEY_AFTER.match(folded_after)) and _SPENT_BEFORE.search(wide_before):
        # "xã đã chi 1,2 tỷ cho chuyển đổi số": money said without its "đồng"
        unit_name = "vnd_billion" if sum_word.group(1) == "ty" else "vnd_million"
        return _Measure(value, unit_name, range_lower=range_lower, unit_end=end + sum_word.end())
    if (unit.shape == PROSE or (unit.cells and not unit.header)) and (
        captioned := _caption_unit(unit.caption)
    ):
        # (or a headerless list's under a title closing on its unit: "Tỷ lệ hồ sơ trực tuyến
        # (%)" over "Xã Hà Nam\t83,7")
        # an item of "Phân kỳ kinh phí theo năm (đơn vị tính: triệu đồng):", "- Năm 2031: 8.600;"
        return _Measure(value, captioned, range_lower=range_lower, unit_end=end)
    if (
        not unit.cells
        and unit.headings
        and _CLAUSE_CLOSE.match(after)
        and _CHART_LABEL.fullmatch(text, unit.piece_start(start), start)
        and (charted := _CHART_UNIT.search(unit.headings[-1].text))
        and (stated := stated_unit(charted.group(1)))
    ):
        # a chart's data labels under its title: "HỒ SƠ TRỰC TUYẾN 6 THÁNG – SO SÁNH (%)" over
        # "Phường Ngô Quyền   93,4"
        return _Measure(value, stated, range_lower=range_lower, unit_end=end)
    if named := _bracket_count_unit(text, max(low, start - 120), start, after):
        return _Measure(value, named, range_lower=range_lower, unit_end=end)
    return "no_unit"


def _bracket_count_unit(text: str, low: int, start: int, after: str) -> str | None:
    """The noun of the count a bracket of labelled figures follows: "186 đồng chí (chỉ tiêu
    Chiến dịch: 150; hè 2028: 142)", "27 trạm BTS (Viettel 12, VNPT 9, MobiFone 6)"."""
    if (
        _BRACKET_VALUE_CLOSE.match(after)
        and (counted := _BRACKET_AFTER_A_COUNT.search(text, low, start))
        and "trở lên" not in counted.group()  # (not a class's members: "từ 95 điểm trở lên (A 3")
    ):
        if named := vocabulary_unit(fold(counted.group(1))):
            return named[0]
        # else the noun as the count reads it, also outside the vocabulary: "11 vị trí trạm BTS
        # mới (Viettel 05, ...)" → "vị trí"
        noun = text[counted.start(1) : start]
        outside = counted_noun(" " + fold(noun), " " + noun)
        return outside.unit if outside else None
    return None


# a count split in a bracket by where or whose its parts are, each label with its figure (also in
# lower case, "các thôn 26"), the figures adding up to the count: "46 camera giám sát (trụ sở 14,
# Trung tâm Phục vụ hành chính công 06, các thôn 26)", "03 đường truyền cáp quang (VNPT 02,
# Viettel 01)"; each part counts the count's noun, in the vocabulary or not
_SPLIT_BRACKET = re.compile(
    r"\(((?:[^\W\d][^();:,\d]{0,60}?\s+\d[\d.,]*\s*,\s*)+[^\W\d][^();:,\d]{0,60}?\s+\d[\d.,]*)"
    r"\s*\)"
)
_SPLIT_PART_AFTER = re.compile(r"\s*[,)]")
_SPLIT_FIGURE = re.compile(r"\d[\d.,]*(?=\s*(?:,|$))")
_COUNT_BEFORE_SPLIT = re.compile(r"(\d[\d.,]*)\s+([^\W\d][^()\d;:.]{0,60}?)\s*$")


def _split_count_unit(text: str, low: int, start: int) -> str | None:
    """The noun of the count a bracket splits into labelled parts that add up to it."""
    opening = _opening_bracket(text, start, max(low, start - 120))
    if opening is None:
        return None
    split = _SPLIT_BRACKET.match(text, opening)
    counted = _COUNT_BEFORE_SPLIT.search(text, max(low, opening - 80), opening)
    if not split or split.end() <= start or not counted:
        return None
    try:
        parts = [parse_number(figure) for figure in _SPLIT_FIGURE.findall(split.group(1))]
        whole = parse_number(counted.group(1))
    except NumberFormatError:
        return None
    if len(parts) < 2 or abs(sum(parts) - whole) > 1e-9:
        return None
    noun = counted_noun(fold(counted.group(2)), counted.group(2))
    return noun.unit if noun and noun.multiplier == 1.0 else None


@lru_cache(maxsize=1024)
def _header_indicator_column(header: tuple[str, ...]) -> int | None:
    """The column naming the indicator: "Chỉ tiêu", "Tên nhiệm vụ", else the first text column
    after a row-number column ("| Nhóm đối tượng | Số người | Tỷ lệ (%) |")."""
    folded = [fold(name) for name in header]
    named = next(
        (
            i
            for i, name in enumerate(folded)
            if _INDICATOR_HEADER.search(name) and not _header_unit(header[i])
        ),
        None,
    )  # not "Chỉ tiêu Chiến dịch (tài khoản)": a column of values
    if named is not None:
        return named
    if all(_YEAR_ONLY.fullmatch(name) for name in header):
        return None  # "2029 | 2030 | 2031" over a row of values: no column names the indicator
    for index, name in enumerate(folded):
        if (
            name.strip()
            and not _ROW_NUMBER_HEADER.match(name)
            and not _MEASURE_UNIT_HEADER.match(name)
            and not _header_unit(header[index])
        ):
            return index
    return None


def _indicator_column(unit: Unit) -> int | None:
    return _header_indicator_column(unit.header)


@lru_cache(maxsize=1024)
def _header_unit(name: str) -> str | None:
    """Unit stated by a value column's header: "Tỷ lệ (%)", "Số người hoàn thành", "Xếp hạng"."""
    folded = " " + fold(name).strip()
    if _RANK_HEADER.match(folded):
        return RANK
    if "%" in folded:
        return PERCENT
    bracketed = _BRACKETED.search(folded)
    if bracketed and (measured := _MEASUREMENT_UNITS.get(bracketed.group(1).strip())):
        return measured  # "Tải xuống (Mbps)", "Độ trễ (ms)", "RSRP (dBm)"
    named = vocabulary_unit(bracketed.group(1)) if bracketed else None
    if (
        named
        and named[0] == "persons"
        and _BARE_TIMES_BRACKET.fullmatch(bracketed.group(1))
        and not names_persons(folded[: bracketed.start()])
    ):
        # "Thanh toán không dùng tiền mặt (lượt)", "Đặt lịch trực tuyến (lượt)": the times of
        # the act the header names; persons only when it names them ("Người được hỗ trợ (lượt)")
        return "lượt"
    if named and named[0] not in ("communes", "documents"):
        # "Dự toán giao (triệu đồng)", "Số hộ (hộ)"; not "Đơn vị (phường, xã)"; the "hộ" of
        # "Hộ kinh doanh thanh toán không dùng tiền mặt KH 2030 (hộ)" are businesses
        return _narrowed_by_indicator(named[0], _YEAR.sub(" ", name))
    if (measured := _MEASURE_WORD_BRACKET.search(name)) and (
        measure_word(measured.group(1))
        # the header's own noun again: "Cổng quang lắp đặt (cổng)" counts ports
        or name.split()[0].lower() == measured.group(1).lower()
    ):
        return stated_unit(measured.group(1), capitalised=False)
    counted = re.sub(r"^\s*(?:so luong|so|tong so|tong)\s+", " ", folded)
    if counted != folded and (known := vocabulary_unit(counted)):
        return known[0]
    if abbreviated := _PLANNED_ABBREVIATION.fullmatch(name.strip()):
        return _ABBREVIATED_NOUNS[abbreviated.group(1)]  # "Chỉ tiêu TK", "KH 2027 (HS)"
    if noun := _COUNTED_HEADER.fullmatch(name.strip().lower()):
        return noun.group(1)  # "Số sản phẩm": a noun outside the vocabulary, its own unit
    if (having := _HAVING_HEADER.match(name.strip().lower())) and not vocabulary_unit(
        fold(having.group(1))
    ):
        named = counted_noun(" " + fold(having.group(1)), " " + having.group(1))
        if named and named.unit not in CANONICAL_UNITS:
            return named.unit  # "Phòng học có bảng tương tác"
    if _SITE_HEADER.match(folded):
        return None  # a school's site: "Điểm chính | Điểm lẻ Định Sơn", no score's points
    if re.fullmatch(r"\s*(?:tong )?diem\b.*", folded) or (
        bracketed and _POINTS_AT_END.search(bracketed.group(1))
    ):
        return "points"  # also "Kinh tế số (tối đa 300 điểm)"
    if _TARGET_OF_HEADER.match(folded):
        # "Chỉ tiêu hỗ trợ hộ", "Chỉ tiêu lớp học": the targets' noun ends the header
        words = folded.split()
        for tail in (" ".join(words[-2:]), words[-1]):
            # (the noun whole: "lớp học", "hộ"; not "tro" of "hỗ trợ")
            if (known := vocabulary_unit(tail)) and known[1] >= len(tail.split()[0]):
                return known[0]
        # or right after "chỉ tiêu": "Chỉ tiêu lượt dự thi", "Chỉ tiêu học sinh tham gia Ngày hội"
        counted = folded.split("chi tieu", 1)[1].strip()
        if _BARE_TIMES_HEADER.match(counted) and (named := times_named(counted)):
            return named
        if (known := vocabulary_unit(counted)) and known[1] >= len(counted.split()[0]):
            return known[0]
    return None


_BARE_TIMES_HEADER = re.compile(r"luot\s")
_BARE_TIMES_BRACKET = re.compile(r"\s*luot\s*")


def _businesses_or(unit: Unit, indicator_column: int | None, stated: str | None) -> str | None:
    """The row's unit cell as its indicator's name narrows it."""
    if indicator_column is None:
        return stated
    return _narrowed_by_indicator(stated, unit.cell_text(indicator_column))


def _narrowed_by_indicator(stated: str | None, indicator: str) -> str | None:
    """A unit cell's word as the row's indicator reads it: "Hộ" of "Số hộ kinh doanh ..." counts
    businesses, "Lượt" of "Lượt truy cập ..." visits, "Điểm" of "Điểm du lịch ..." places, not
    points of a score."""
    folded = fold(indicator)
    if stated == "households" and _BUSINESS_SUBJECT.search(folded + " "):
        return "businesses"
    if stated == "persons" and (named := vocabulary_unit(folded)) and named[0] == "visits":
        return "visits"
    if stated == "persons" and times_of_acts(_ROW_COUNT_WORD.sub("", folded, count=1)):
        return "lượt"  # "Lượt sử dụng Trợ lý ảo | Lượt": uses, not persons
    if stated == "leaflets" and _MAPS.search(folded):
        return "tờ"  # "Bản đồ địa chính được số hóa | Tờ": map sheets
    if stated == "points" and _PLACES_NAMED_POINTS.match(folded):
        named = vocabulary_unit(folded)
        return named[0] if named and named[0] != "points" else "count"
    return stated


_MAPS = re.compile(r"\bban do\b")
_ROW_COUNT_WORD = re.compile(r"^\s*(?:tong\s+)?so\s+")  # "Số lượt ...", "Tổng số lượt ..."
# "Điểm du lịch", "Số điểm (phát) Wi-Fi công cộng", "Điểm giao dịch": places called "điểm"
_PLACES_NAMED_POINTS = re.compile(
    r"\s*(?:so\s+)?diem\s+"
    r"(?:du lich|di tich|dia danh|giao dich|(?:phat )?wi-?fi|truy cap|ban hang|tham quan)\b"
)


def _in_indicator_column(unit: Unit, offset: int) -> bool:
    """Numbers inside the indicator's name ("tài khoản VNeID mức 2") are part of the name."""
    if not (unit.cells and unit.header):
        return False
    column = _indicator_column(unit)
    return column is not None and unit.column_of(offset) == column


def _qualifies_indicator(unit: Unit, match: re.Match[str]) -> bool:
    """A measure inside the indicator's cell of a row whose values stand in cells of their own."""
    if not _in_indicator_column(unit, match.start()):
        return False
    return _row_has_value_cells(unit) or (
        # counts under "Kết quả thực hiện" ("22 tổ, 143 thành viên") beside "Tổ công nghệ số
        # cộng đồng hoạt động tại 100% thôn"; not a value the cell labels ("Tồn tại, hạn
        # chế" cell "Tài khoản chưa bật xác thực hai yếu tố: 29/47 tài khoản")
        not _LABELLED_IN_CELL.search(unit.text, unit.cell_bounds(match.start())[0], match.start())
        and _row_has_result_cells(unit)
    )


_LABELLED_IN_CELL = re.compile(r":[^:]*$")


def _row_has_result_cells(unit: Unit) -> bool:
    """Does a cell after the indicator's, under "Kết quả ..." or "Số liệu", hold a number?"""
    return any(
        _ANY_DIGIT.search(unit.text, span.start, span.end) and _under_value_header(unit, span)
        for span in _cells_after_indicator(unit)
    )


def _row_has_value_cells(unit: Unit) -> bool:
    """Is a cell of the row after its indicator a bare value ("78,4",
    "≥ 90", "Từ 70 trở lên"), or the empty cell of a `Giá trị` column? Then the row states its
    values there, and a number inside the indicator's name qualifies it ("Tỷ lệ hộ có ít nhất
    01 thành viên dùng VNeID")."""
    for span in _cells_after_indicator(unit):
        cell = fold(unit.text[span.start : span.end])
        if _VALUE_CELL.match(cell) or _PLACEHOLDER_CELL.match(cell):
            return True  # (a sheet's "-": a value not given, still the row's value)
        if not cell.strip() and _under_value_header(unit, span):
            return True  # a value left empty ("chưa gửi số liệu"), still the row's value
    return False


def _cells_after_indicator(unit: Unit) -> Iterator[CellSpan]:
    """The row's cells after its indicator's (the row number stands before it)."""
    indicator = _indicator_column(unit)
    if indicator is not None:
        yield from (span for span in unit.cells if span.column > indicator)


def _under_value_header(unit: Unit, span: CellSpan) -> bool:
    """Does the cell stand under a `Giá trị`, `Số liệu` or `Kết quả ...` header?"""
    return span.column < len(unit.header) and bool(
        _VALUE_HEADER.match(fold(unit.header[span.column]).strip())
    )


_VALUE_HEADER = re.compile(r"(?:gia tri|so lieu|ket qua)\b")
_PLACEHOLDER_CELL = re.compile(r"^\s*[-–—]\s*$")
_VALUE_CELL = re.compile(
    r"^\s*(?:[≥≤<>~]=?|\\geq|\\leq|tu|toi thieu|it nhat|tren|duoi|khoang|gan|top|khong qua)?\s*"
    r"\d[\d.,]*(?:/\d[\d.,]*)?\s*%?\s*(?:tro len|tro xuong)?\s*$"
)


def _column_header(unit: Unit, offset: int) -> str | None:
    """The header of the table column the value at `offset` stands in."""
    if not (unit.cells and unit.header):
        return None
    column = unit.column_of(offset)
    return unit.header[column] if column is not None and column < len(unit.header) else None


def _in_column_headed(unit: Unit, offset: int, header: re.Pattern[str]) -> bool:
    """Does the value at `offset` stand in a table column whose (folded) header matches?"""
    return _headed(_folded_column_header(unit, offset), header)


def _folded_column_header(unit: Unit, offset: int) -> str | None:
    written = _column_header(unit, offset)
    return fold(written).strip() if written is not None else None


def _headed(folded_header: str | None, header: re.Pattern[str]) -> bool:
    """Does a column's folded header (None outside a table's columns) match?"""
    return folded_header is not None and bool(header.match(folded_header))


_HOURS_HEADER = re.compile(r"\s*(?:so |tong so )?gio\b")
# a column per site of a school ("Điểm chính | Điểm lẻ Đông Hải | Điểm trường Tân Lập"): a place,
# whose values count what the row names, not a score's points
_SITE_HEADER = re.compile(r"\s*diem (?:chinh|le|truong)\b")
_PART_OF_HEADER = re.compile(r"^\s*trong do\s*:?\s*")


def _value_cell_unit(unit: Unit, start: int, end: int) -> str | None:
    """A bare number alone in a value cell of a table: the unit of a column whose header states a
    rate or a rank, else of the row's "Đơn vị" cell, of its column's header, or of the
    indicator's noun."""
    if not (unit.cells and unit.header):
        return None
    column = unit.column_of(start)
    indicator_column = _indicator_column(unit)
    cell_start, cell_end = unit.cell_bounds(start)
    rest = (unit.text[cell_start:start] + unit.text[end:cell_end]).strip()
    if column is None or column == indicator_column or len(rest.split()) > 3:
        return None
    from_header = _header_unit(unit.header[column]) if column < len(unit.header) else None
    if from_header in (PERCENT, RANK, "points") or (from_header or "").startswith(("vnd", "usd")):
        # "Tỷ lệ % so với KH" of a row counted in "Hồ sơ"; "Thành tiền (triệu đồng)" of "Máy";
        # "Điểm tự chấm" of a row "Tỷ lệ ... (100% đạt điểm tối đa)"
        return from_header
    if column < len(unit.header) and _QUANTITY_HEADER.match(fold(unit.header[column])):
        # "Số lượng" of a row in "Chứng thư"; of a row in a classifier ("Bộ", "Chiếc"), what
        # its item names ("Mua sắm máy tính để bàn ...": machines)
        stated = _businesses_or(unit, indicator_column, _unit_column_unit(unit))
        return stated or _item_noun(unit, indicator_column) or "count"
    if stated := _unit_column_unit(unit) or _indicator_bracket_unit(unit, indicator_column):
        return _businesses_or(unit, indicator_column, stated)
    if from_header:
        return from_header
    if captioned := _caption_unit(unit.caption):
        return captioned  # "Bảng 1. ... (đơn vị tính: hồ sơ; số liệu tính đến ngày 30/4/2030):"
    own_header = fold(unit.header[column]) if column < len(unit.header) else ""
    # "Số buổi | Lượt người dân được hỗ trợ | Trong đó: người cao tuổi | Giờ tình nguyện": a
    # column per measure, each header naming what it counts
    if _HOURS_HEADER.match(own_header):
        return "hours"  # "Giờ tình nguyện", "Số giờ": an amount of hours, never a clock time
    named = (
        None
        if _SITE_HEADER.match(own_header)
        else vocabulary_unit(_PART_OF_HEADER.sub("", own_header))
    )
    if named:
        # not "Kế hoạch 2026", "Xã hội số", "Chỉ tiêu năm 2026": a value column of the row's own
        if named[0] not in ("documents", "communes", "indicators"):
            return named[0]  # a column per indicator: "Tài khoản VNeID kích hoạt"
    if column < len(unit.header):
        # "Ngân sách xã (triệu đồng) | Xã hội hóa (triệu đồng) | Tổng", "Điểm 2026 | Mục tiêu
        # 2027": a value column that states no unit has the one amount its neighbours state
        # (not a rate, a rank or a measurement: those belong to their own column)
        beside = {
            _header_unit(h)
            for i, h in enumerate(unit.header)
            if i not in (column, indicator_column) and not _SCALE_HEADER.search(fold(h))
        } - {None}
        if len(beside) == 1 and not beside & _OWN_COLUMN_UNITS:
            return beside.pop()
    if indicator_column is None:
        # a row of values under a title that states their unit: "HỒ SƠ TRỰC TUYẾN QUA CÁC NĂM (%)"
        titled = _CLOSING_BRACKET.search(unit.headings[-1].text) if unit.headings else None
        return unit_word(titled.group(1)) if titled else None
    indicator = fold(unit.cell_text(indicator_column))
    if _PLACE_CELL.match(indicator) or place_cell(unit.cell_text(indicator_column)):
        # rows of units, columns of indicators: "Tổng điểm | Chính quyền số | Kinh tế số"
        for left in range(min(column, len(unit.header)) - 1, indicator_column, -1):
            if beside := _header_unit(unit.header[left]):
                return beside
        return "count"
    if _RATE_SUBJECT.match(indicator):
        return PERCENT
    if _RANK_HEADER.match(" " + indicator):
        return RANK  # a row "Xếp hạng DTI cấp xã | 20 | 14"
    counted = re.sub(r"^(?:so luong|so|tong so)\s+", " ", indicator)
    known = vocabulary_unit(counted)
    return known[0] if known else "count"


@lru_cache(maxsize=256)
def _caption_unit(caption: str) -> str | None:
    """The unit a table's caption states for all its cells: "(đơn vị tính: hồ sơ)", "ĐVT: hộ"."""
    if not caption:
        return None
    if found := _CAPTION_UNIT.search(fold(caption)):
        if stated_unit(found.group(1)) == "ngày":
            return "ngày"  # "(đơn vị tính: ngày làm việc)": how long services take
        # a noun outside the vocabulary as written: "(đơn vị tính: vị trí; ...)" → "vị trí"
        return unit_word(found.group(1)) or stated_unit(caption[found.start(1) : found.end(1)])
    # a title closing on its unit: "Tỷ lệ hồ sơ trực tuyến (%)"
    closing = _CHART_UNIT.search(caption.rstrip()[-16:])
    return stated_unit(closing.group(1)) if closing else None


_CAPTION_UNIT = re.compile(r"\b(?:don vi tinh|dvt|don vi)\s*:\s*([^;:,()]{1,20}?)\s*(?:[;,)]|$)")


def _cells_row_unit(unit: Unit, start: int, end: int) -> str | None:
    """A number alone on its line in a one-cell-per-line row takes the unit written a few
    cells before it ("%" or "Hồ sơ" in the "Đơn vị tính" cell)."""
    if unit.shape != TABLE_CELLS:
        return None
    starts = [p.unit_start for p in unit.pieces]
    index = bisect_right(starts, start) - 1
    piece = unit.pieces[index]
    if (
        unit.text[piece.unit_start : piece.unit_start + piece.length].strip()
        != unit.text[start:end]
    ):
        return None
    earlier_pieces = unit.pieces[max(1, index - 3) : index]
    for position, earlier in reversed(list(enumerate(earlier_pieces))):
        if stated := unit_word(unit.text[earlier.unit_start : earlier.unit_start + earlier.length]):
            if position:  # the cell before the unit's names the indicator
                named = earlier_pieces[position - 1]
                indicator = unit.text[named.unit_start : named.unit_start + named.length]
                return _narrowed_by_indicator(stated, indicator)
            return stated
    return None


def _indicator_bracket_unit(unit: Unit, indicator_column: int | None) -> str | None:
    """A unit in brackets closing the indicator's cell: "Thời gian phản hồi (giờ)"."""
    if indicator_column is None:
        return None
    found = _CLOSING_BRACKET.search(unit.cell_text(indicator_column))
    if found and _NUMBERED_GROUP.fullmatch(found.group(1)):
        return None  # a group row's "Tiểu học (lớp 1)": the grade, the columns say the units
    if found and _TIME_PER_ITEM.match(fold(found.group(1))):
        return stated_unit(found.group(1).partition("/")[0], capitalised=False)
    return stated_unit(found.group(1), capitalised=False) if found else None


# a numbered group closing a row's label, "Tiểu học (lớp 1)", "THCS (khối 9)": no unit
_NUMBERED_GROUP = re.compile(r"\s*\w+\s+\d{1,2}\s*")
# a time per item closing an indicator's cell, "Thời gian tiết kiệm bình quân (phút/hồ sơ)":
# minutes, as "14 phút/hồ sơ" in a sentence (not a time per span: "(giờ/ngày)")
_TIME_PER_ITEM = re.compile(
    r"\s*(?:phut|giay|gio|ngay(?: lam viec)?)\s*/\s*(?!(?:ngay|tuan|thang|nam|quy)\b)[a-z]"
)


def _unit_column_cell(unit: Unit) -> str | None:
    """The text of the row's "Đơn vị tính" cell, or None where the row has none."""
    for column, name in enumerate(unit.header):
        if _UNIT_HEADER.match(fold(name)):
            cell = unit.cell_text(column).strip()
            if not _PLACE_CELL.match(fold(cell)):  # "Đơn vị: Phường Hồng Bàng" names a place
                return cell
    return None


def _item_noun(unit: Unit, indicator_column: int | None) -> str | None:
    """The first counted noun an item's cell names ("Lắp đặt camera giám sát ...": cameras)."""
    if indicator_column is None:
        return None
    item = fold(unit.cell_text(indicator_column))
    for word in re.finditer(r"\b[a-z]", item):
        if (named := vocabulary_unit(item[word.start() :])) and named[0] not in _NOT_ITEM_NOUNS:
            return named[0]
    # else a measure word opening it, a unit alone: "Bộ lưu điện (UPS) 1.000 VA | Bộ | 06" → bộ
    written = unit.cell_text(indicator_column).strip()
    opening = counted_noun(fold(written), written)
    return opening.unit if opening and measure_word(opening.unit) else None


# what an item is done for or by, not what it counts ("cho cán bộ", "tại Bộ phận Một cửa")
_RANK_LABEL_AFTER = re.compile(r"\s+(?:thu hang|xep hang)\b")
_MONTH_OF_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])/(?:19|20)\d\d")
_MONTH_WORD_BEFORE = _EndWord.words("thang", "quy")
# a label, a run of spaces, then the figure closing its line; a chart title's unit in brackets
_CHART_LABEL = re.compile(r"[^\W\d][^\n]{1,60}?[ \t]{3,}")
_CHART_UNIT = re.compile(r"\(([^()\d]{1,12})\)")
# a count, then a bracket of labelled figures of the same thing up to this one
# (or named without a colon, each label with its figure: "27 trạm BTS (Viettel 12, VNPT 9, MobiFone
# 6)"; not a list of names one of which holds a number: "03 thôn (Đông Xuyên, Cồn Cát, Đồng Tâm 2)";
# also split by whether they are on time: "798 PAKN (trong hạn 671, quá hạn 127)")
_BRACKET_AFTER_A_COUNT = re.compile(
    r"\d[\d.,]*\s+([^\W\d][^\W\d ]*(?: [^\W\d]+)?)(?:\s(?:[^();:\d]|\d(?=[^\W\d])){0,50}?)?\s*\("
    r"(?:(?:[^();]*;)*[^();:]*:"
    rf"|(?:[^();:,\d]+\d[\d.,]*\s*,\s*)*(?:[{UPPER}][^\W\d]*(?: [{UPPER}][^\W\d]*)?"
    r"|(?:trong|quá|đúng|trễ|chậm) hạn))\s*$"
)
_BRACKET_VALUE_CLOSE = re.compile(r"\s*[;),]")
_TOTAL_WORD = re.compile(r"^(?:tong|tong so)\s+")
_NOT_ITEM_NOUNS = frozenset({"persons", "communes", "documents", "indicators", "vnd"})


def _unit_column_unit(unit: Unit) -> str | None:
    """The row's "Đơn vị tính" cell as a unit: `%` → percent, `Hồ sơ` → dossiers."""
    cell = _unit_column_cell(unit)
    return None if cell is None else stated_unit(cell)


def _is_bare_rate(folded: str, low: int, start: int, after: str, value: float) -> bool:
    """`Tỷ lệ ... đạt 85,87;`: a rate whose percent sign the writer left out."""
    if value > 100 or not _CLAUSE_CLOSE.match(after):
        return False
    clause = folded[low:start].rsplit(";", 1)[-1]
    return bool(_RATE_SUBJECT.search(clause) and _RATE_VERB.search(clause))


def _in_calculation_bracket(text: str, start: int, low: int) -> bool:
    """Whether the token stands in a bracket whose factors are multiplied ("(03 bộ × 12 tháng
    × 250.000 đồng/tháng)"): the working of the sum written after it, not values of their own."""
    opened = _opening_bracket(text, start, low)
    if opened is None or "\n" in text[opened:start]:
        return False
    closed = text.find(")", start)
    if closed < 0 or "\n" in text[start:closed]:
        return False
    return bool(_MULTIPLIED_FACTORS.search(text, opened, closed))


def _classify_glued(after: str) -> str:
    lowered = after.lower()
    if re.match(r"^(?:gbps|mbps|kbps)", lowered):
        return "speed_threshold"
    if re.match(r"^gb\b", lowered):
        return "gigabytes"
    if re.match(r"^g\b", lowered):
        return "technology"
    if re.match(r"^m\b", lowered):
        return "metres"
    if re.match(r"^h\d{0,2}\b", lowered):
        return "clock_time"
    return "identifier"


def _classify_slash(raw, after, folded_before, unit, match, text) -> _Measure | str:  # noqa: ANN001
    if _DOC_SUFFIX.match(after):
        return "document_number"
    if _MAP_SCALE_BEFORE.search(folded_before) or (
        _RATIO_WORD_BEFORE.search(folded_before) and _MAP_SCALE.fullmatch(raw)
    ):
        return "indicator_qualifier"  # "bản đồ số tỷ lệ 1/2.000": the map's scale
    if _RECOGNISED_WHEN_BEFORE.search(folded_before):
        return "group_definition"  # "được công nhận ... khi đạt 07/07 tiêu chí": the bar
    if _SHARE_OF_BEFORE.search(folded_before) and _AVERAGE_AFTER.match(fold(after)):
        return "descriptive_quantity"  # "chỉ bằng khoảng 1/5 bình quân đặc khu": a comparison
    if (
        not unit.cells
        and _ATTENDEES_OR_MEMBERS_AFTER.match(fold(after))
        and (
            _MEETING_FIELD.match(fold(text[: match.start()]))
            or _PRESENT_BEFORE.search(folded_before)
            or _ATTENDED_AFTER.match(fold(after))
        )
    ):
        # minutes' "Thành phần: 19/21 đồng chí thành viên Ban Chỉ đạo", "có mặt 04/05 thành viên"
        return "schedule"
    if (
        not unit.cells
        and _PRESENT_BEFORE.search(folded_before)
        and _HOUSEHOLDS_AFTER.match(fold(after))
    ):
        # a residents' meeting counts the households present: "có mặt 152/170 hộ"
        return "schedule"
    parts = raw.split("/")
    if (
        len(parts) == 2
        and _MONTH_OF_YEAR.fullmatch(raw)
        and _MONTH_WORD_BEFORE.search(folded_before)
    ):
        return "date"  # "Tháng 6/2031: 11/45" in a row of ranks
    if len(parts) == 2 and (
        _RANK_BEFORE.search(folded_before)
        or (
            _ORDINAL_RANK_BEFORE.search(folded_before)
            and not _COLLECTS_BEFORE.search(text, max(0, match.start() - 8), match.start())
        )  # (not "nghiệm thu 03/07 nhiệm vụ": the verb, not "thứ")
        or _RANK_LEAD_IN.search(folded_before)
        or _RANK_LABEL_AFTER.match(fold(after))  # a box's "21/114 – thứ hạng DTI năm 2028"
        or _is_rank_row(unit)
        or _in_column_headed(unit, match.start(), _RANK_HEADER)  # "Xếp hạng 2029 | 12/114"
    ):
        ratio = _ratio(parts, match.end(), text)
        if isinstance(ratio, _Measure):
            return _Measure(
                ratio.value, RANK, ratio.numerator, ratio.denominator, unit_end=ratio.unit_end
            )
        return ratio
    if not all(p.isdigit() for p in parts):
        if len(parts) == 2:
            return _ratio(parts, match.end(), text)
        return "other"
    numbers = [int(p) for p in parts]
    if len(numbers) == 3:
        day, month, year = numbers
        return "date" if 1 <= day <= 31 and 1 <= month <= 12 and 1900 <= year <= 2100 else "other"
    if len(numbers) > 3:
        return "other"
    first, second = numbers
    if (first, second) == (24, 7) or (
        (first, second) == (24, 24) and fold(after).lstrip().startswith("gio")
    ):
        return "schedule"  # "24/7", "trực 24/24 giờ" (not "24/24 thôn")
    if 1 <= first <= 12 and 1900 <= second <= 2100:
        return "date"
    if 1 <= first <= 53 and 1900 <= second <= 2100 and folded_before.rstrip().endswith("tuan"):
        return "date"  # a week of the year: "tuần 46/2029"
    if first <= second and _DURATION_AFTER.match(fold(after)):
        return "duration"  # "đã qua 45/60 ngày của Chiến dịch": time elapsed
    bracketed = (
        text[max(0, match.start() - 1) : match.start()] == "("
        and text[match.end() : match.end() + 1] == ")"
    )
    date_like = 1 <= first <= 31 and 1 <= second <= 12
    if date_like and _DAY_RANGE_BEFORE.search(text, max(0, match.start() - 4), match.start()):
        return "date"  # "các tuần (06-07/3, 13-14/3, 20-21/3 ...)": the days of a weekend
    counted_after = re.sub(r"^\s*\)", " ", fold(after))
    if first <= second and vocabulary_unit(counted_after):
        return _ratio(parts, match.end(), text)  # "6/6 khu dân cư", "(114/114) phường, xã"
    if date_like and (
        _row_of_fractions(unit, match)
        or _counted_cell(unit, match)
        or _in_column_headed(unit, match.start(), _FRACTION_HEADER)
    ):
        # "9/11" beside "18/18 | 21/21 | 14/15", or a cell of a row counting "thôn", or under
        # "Trường triển khai/tổng số trường": no date
        return _ratio(parts, match.end(), text)
    if date_like and (
        _DATE_CONTEXT.search(folded_before)
        or bracketed
        or _DATED_DAY_AFTER.match(after)
        or re.match(r"^\s*(?:hàng|hằng) năm", after)
    ):
        return "date"
    if date_like and not re.match(r"^\s*[\w]", after):
        return "date"
    return _ratio(parts, match.end(), text)


def _row_of_fractions(unit: Unit, match: re.Match[str]) -> bool:
    """Does another cell of the row hold a fraction that is no date ("21/21", "14/15")?"""
    if not unit.cells:
        return False
    own = unit.column_of(match.start())
    for span in unit.cells:
        if span.column != own and (found := _FRACTION_CELL.fullmatch(_squash_cell(unit, span))):
            first, second = int(found.group(1)), int(found.group(2))
            if first <= second and (second > 12 or first > 31):
                return True
    return False


# a row label closing on the noun its cells count: "Trường thu học phí KDTM (trường)"
_LABEL_UNIT_BRACKET = re.compile(r"\(\s*([^()]+?)\s*\)\s*$")


def _counted_noun_bracket(label: str) -> bool:
    """Does the folded row label close on a bracket holding only a counted noun ("(trường)",
    "(thôn)"), not a sum of money?"""
    bracket = _LABEL_UNIT_BRACKET.search(label)
    noun = vocabulary_unit(bracket.group(1)) if bracket else None
    return bool(noun and noun[1] == len(bracket.group(1)) and not noun[0].startswith("vnd"))


def _counted_cell(unit: Unit, match: re.Match[str]) -> bool:
    """Is the fraction a cell of its own in a row whose "Đơn vị tính" names what it counts, or
    whose label does ("Số tiêu chí đạt | 7/7 | 6/7")?"""
    if not unit.cells:
        return False
    column = _indicator_column(unit)
    label = fold(unit.cell_text(column)).strip("* ") if column is not None else ""
    counting = label.startswith("so ") or _counted_noun_bracket(label)
    if not (_unit_column_unit(unit) or counting):
        return False
    start, end = unit.cell_bounds(match.start())
    return bool(_FRACTION_CELL.fullmatch(squash(unit.text[start:end]).strip("* ")))


def _is_rank_row(unit: Unit) -> bool:
    """A table row of ranks: "Xếp hạng chỉ số DTI cấp xã | ... | 23/114", or its unit
    "Thứ hạng"."""
    if not (unit.cells and unit.header):
        return False
    column = _indicator_column(unit)
    if column is not None and _RANK_HEADER.match(" " + fold(unit.cell_text(column))):
        return True
    return _unit_column_unit(unit) == RANK


def _ratio(parts: list[str], end: int, text: str) -> _Measure | str:
    try:
        numerator = parse_number(parts[0])
        denominator = parse_number(parts[1])
    except NumberFormatError:
        return "unparseable"
    if not (is_plausible(numerator) and is_plausible(denominator)):
        return "implausible"
    return _Measure(numerator, "ratio", numerator, denominator, unit_end=end)


def _is_outline(unit: Unit, match: re.Match[str], text: str) -> bool:
    start, end = match.start(), match.end()
    if unit.cells:
        whole_cell = _cell_is_token(unit, start, match.group())
        if whole_cell and len(match.group()) <= 2 and _numbers_the_columns(unit):
            return True
        column = unit.column_of(start)
        if column == 0 and text[start:end].strip() and whole_cell:
            # a first column headed "Xếp hạng" holds ranks, not row numbers, one headed by a
            # year its values ("2029 | 2030" over "72,5 | 81,2")
            return not (
                unit.header
                and (
                    _RANK_HEADER.match(fold(unit.header[0])) or _YEAR_ONLY.fullmatch(unit.header[0])
                )
            )
    if unit.shape == TABLE_CELLS and start == unit.pieces[0].unit_start:
        return (
            text[
                unit.pieces[0].unit_start : unit.pieces[0].unit_start + unit.pieces[0].length
            ].strip()
            == match.group()
        )
    at_line_start = unit.starts_piece(start) or (
        text[start - 1 : start] == "(" and unit.starts_piece(start - 1)
    )
    following = text[end : end + 2]
    if at_line_start and unit.shape == HEADING and _CAPITALS_AFTER.match(text, end):
        return True  # an infographic's "01  CHÍNH QUYỀN SỐ"
    if at_line_start and (following[:1] in {".", ")"} and not following[1:2].isdigit()):
        # not "(TDP số 5 và" over "19) có tỷ lệ ...": a wrapped line closing a bracket
        marker = start - 1 if text[start - 1 : start] == "(" else start  # "(1)" opens its own
        if "/" in match.group():
            return False  # "xếp thứ" over "97/114.": a rank, wrapped
        return following[:1] == "." or not _in_open_bracket(text, marker)
    if text[start - 1 : start] == "(" and following[:1] == ")" and "/" not in match.group():
        return True
    return False


_YEAR_ONLY = re.compile(r"\s*(?:năm\s+)?20\d\d\s*", re.IGNORECASE)
_CAPITALS_AFTER = re.compile(rf"\s{{1,4}}[{UPPER}]{{2,}}(?:\s+[{UPPER}&-]+)*\s*$")


def _numbers_the_columns(unit: Unit) -> bool:
    """A form's row under its header that numbers the columns: "A | B | C | 1 | 2 | 3"."""
    cells = [squash(unit.text[span.start : span.end]) for span in unit.cells]
    labels = [cell.strip("()") for cell in cells if cell]
    if len(labels) < _NUMBERED_COLUMNS or not all(_COLUMN_LABEL.fullmatch(c) for c in labels):
        return False
    numbers = [int(label) for label in labels if label.isdigit()]
    first = numbers[0] if numbers else 0
    lettered = len(numbers) < len(labels)
    return numbers == list(range(first, first + len(numbers))) and (lettered or first == 1)


_NUMBERED_COLUMNS = 3
_COLUMN_LABEL = re.compile(rf"[{UPPER}]|\d{{1,2}}")


def _cell_is_token(unit: Unit, offset: int, token: str) -> bool:
    cell_start, cell_end = unit.cell_bounds(offset)
    return unit.text[cell_start:cell_end].strip().rstrip(".") == token


# "…đạt 65%; phấn đấu cuối năm đạt 90%": the second value has no subject of its own.
_SUBJECTLESS = re.compile(
    r"(?:phấn đấu|dự kiến)[\s,]*(?:(?:đến|hết|trong|năm|cuối|\d{4})[\s,]*)*", re.IGNORECASE
)
_SAME_MEASURE_BRACKET = re.compile(
    r"\s*\(\s*(?:cùng kỳ\s*)?(?:năm|quý|tháng)?\s*(?:[\dIVX]+(?:/\d{4})?)?\s*:\s*", re.IGNORECASE
)
_LIST_OPENER = re.compile(r"\b(?:gồm|như|sau)\s*$", re.IGNORECASE)
_CLAUSE_END = re.compile(rf";|:\s|[.!?](?=\s+[-+{UPPER}\d])")


def _clause_boundaries(text: str) -> list[tuple[int, int]]:
    """Clause ends, except a colon that opens a list ("bao gồm: tiểu học, THCS")."""
    return [
        m.span()
        for m in _CLAUSE_END.finditer(text)
        if not (m.group().startswith(":") and _LIST_OPENER.search(text, 0, m.start()))
    ]


def _clause_bounds(unit: Unit, offset: int, boundaries: list[tuple[int, int]]) -> tuple[int, int]:
    """Clause around `offset`: a table cell, or text between `;`, `: ` and sentence ends."""
    if unit.cells:
        return unit.cell_bounds(offset)
    start = 0
    for boundary_start, boundary_end in boundaries:
        if boundary_end <= offset:
            start = boundary_end
        elif boundary_start >= offset:
            return start, boundary_start
    return start, len(unit.text)


def _build_fact(
    unit, context, tokens, index, measure, measures, facts_by_index, boundaries, where
) -> Fact:  # noqa: ANN001, PLR0913
    """The fact of the value `tokens[index]`; `where` is (line, file start, file end, whether
    the unit is free of personal data)."""
    text = unit.text
    match = tokens[index]
    clause_start, clause_end = _clause_bounds(unit, match.start(), boundaries)
    clause = text[clause_start:clause_end]
    previous_measure_end = clause_start
    previous_index = None
    for earlier in range(index - 1, -1, -1):
        if earlier in measures and tokens[earlier].start() >= clause_start:
            previous_measure_end = max(measures[earlier].unit_end, tokens[earlier].end())
            previous_index = earlier
            break
    next_measure_start = clause_end
    for later in range(index + 1, len(tokens)):
        if later in measures and tokens[later].start() < clause_end:
            next_measure_start = tokens[later].start()
            break
    prefix = text[previous_measure_end : match.start()]
    comparator = _comparator(
        text[clause_start : match.start()],
        text[match.end() : clause_end],
        measure,
        facts_by_index.get(previous_index) if previous_index is not None else None,
        text[match.end() : match.end() + _SUBJECT_REACH * 3],
    )
    if comparator == "eq" and (
        floor := _FLOOR_LABEL.search(text, max(0, match.start() - 80), match.start())
    ):
        comparator = "ge" if floor.group(1) == "thiểu" else "le"  # "(mức tối thiểu ...: 300)"
    if (
        comparator == "eq"
        and unit.cells
        and (bound := _BOUND_HEADER.search(_column_header(unit, match.start()) or ""))
    ):
        comparator = "ge" if bound.group(1) == "thiểu" else "le"  # "| Tỷ lệ tối thiểu (%) |"
    as_of = _as_of(
        unit,
        match.start(),
        measure.unit_end,
        clause_end,
        context.meta.reference_year,
        in_lettered_item=id(unit) in context.lettered_item_paragraphs,
    )
    if as_of and context.meta.issued_on and as_of > context.meta.issued_on:
        as_of = None  # "lũy kế đến ngày 31/12/2026" in a plan is a deadline, not a cut-off
    # "Lễ hội ... (từ ngày 12 đến ngày 14/3/2030) đón 18.300 lượt khách" under the head's cut-off
    # of 15/12/2030: the days of an event that ended before it, no cut-off of its results
    sentence_start = _sentence_start(text, clause_start)
    event_ended = bool(
        as_of
        and context.cut_off
        and as_of < context.cut_off
        and any(
            valid_date(*days.groups()) == as_of
            for days in _EVENT_DAYS.finditer(text, sentence_start, match.start())
        )
    )
    if not event_ended and context.cut_off and (as_of is None or as_of == context.cut_off):
        # "Chợ Tết ... (họp từ ngày 20 đến ngày 29 tháng Chạp) bố trí 146 gian hàng": the event's
        # days are lunar, dated by the solar days the document gives that lunar month
        event_ended = any(
            (ended := lunar_to_solar(int(days.group(1)), days.group(2), context.lunar_anchors))
            and ended < context.cut_off
            for days in _LUNAR_EVENT_DAYS.finditer(text, sentence_start, match.start())
        )
    if event_ended:
        as_of = None
    reference_year = context.meta.reference_year
    previous_fact = facts_by_index.get(previous_index) if previous_index is not None else None
    aside = _aside(text, clause_start, tokens[previous_index], match.start()) if (
        previous_index is not None
    ) else None  # fmt: skip
    aside_end = aside[1] if aside else None
    if aside:
        # "lên tối thiểu 70% (năm 2030 đạt 52,7%), bảo đảm 100% hồ sơ ...": a value in an aside
        # closed before this one passes on neither its kind nor its year; the value before the
        # aside does ("phấn đấu ... 100% hồ sơ (khoảng 3.600 hồ sơ) và đưa 15 điểm Wi-Fi")
        previous_fact = next(
            (
                facts_by_index[earlier]
                for earlier in range(previous_index - 1, -1, -1)
                if earlier in facts_by_index and clause_start <= tokens[earlier].start() < aside[0]
            ),
            None,
        )
    # the cues from the previous value on, so that one sees the number it follows: "đạt 10/13
    # chỉ tiêu được giao (tỷ lệ 76,9%)" counts targets met, it sets none
    cue_zone = prefix
    if previous_index is not None:
        cue_zone = text[tokens[previous_index].start() : match.start()]
    kind = _wording_kind(cue_zone, reference_year)
    stated, shared, from_lead = kind is not None, False, False
    if (
        kind is None
        and previous_fact is not None
        and not _CONTRAST.search(prefix)
        # (not the value a move reaches from one a bracket dates: "từ 08 thôn (năm 2033) lên
        # 22/22 thôn", the start a past result, the end the section's own)
        and not _FROM_A_DATED_VALUE_TO.fullmatch(prefix)
    ):
        # "A đạt 80%, B 90%": values share their verb; not past a contrast ("(chỉ tiêu thành
        # phố giao: 93%), trong khi bình quân chung của thành phố là 91,6%")
        kind, stated, shared = previous_fact.kind, True, True
    if (
        kind is None
        and boundaries
        and _TARGET_SENTENCE.search(text[_sentence_start(text, clause_start) : clause_start])
    ):
        # "Thời gian tới, xã phấn đấu ...; đến cuối năm, ... 70%": a cue the value inherits
        kind, stated, shared = TARGET, True, True
    if kind is None and _lead_sets_targets(unit):
        # an item of the list "Năm 2027, phường phấn đấu:" opens (but "(năm 2030: 97,4%)" in
        # it, a year past, is a result)
        kind, stated, shared, from_lead = TARGET, True, True, True
    if kind is None and unit.shape == PROSE and unit.caption and _RESULTS_LEAD.search(unit.caption):
        # an item of "Kết quả đạt được của cấp xã năm 2028 như sau:", even in a decision
        kind, stated, shared = ACTUAL, True, True
    if kind is None:
        # words after a value belong to it only when no other value follows in the clause
        # (and not an aside closed before it: "(năm 2025 đã bố trí 1.985 triệu đồng), gồm ...")
        own_end = match.end() if next_measure_start < clause_end else clause_end
        if labelled := _LABEL_BRACKET_OPEN.search(text, match.end(), own_end):
            own_end = labelled.start()  # "đạt 72,5% (mục tiêu: 85%)": the label is the next's
        own_clause = text[aside_end or clause_start : own_end]
        kind = _kind(unit.headings, own_clause, context)
        if _TARGETS_MET_BEFORE.search(fold(prefix)) and _TARGETS_AFTER.match(
            fold(text[match.end() : match.end() + 30])
        ):
            kind = ACTUAL  # "hoàn thành 14/17 chỉ tiêu của Kế hoạch năm 2026": targets met
    # (a sentence's own lead-in counts: "Mục tiêu năm 2029: tỷ lệ ... đạt tối thiểu 85%")
    lead = text[_sentence_start(text, clause_start) : clause_start]
    lead_and_clause = (lead if lead.rstrip().endswith(":") else "").lower() + clause.lower()
    from_lead = from_lead or (
        shared
        and (
            _lead_sets_targets(unit)
            # (an estimate's parts stay targets under a section's cut-off too)
            or bool(
                _ESTIMATE_PARTS_LEAD.search(
                    text, _sentence_start(text, clause_start), match.start()
                )
            )
        )
    )
    if as_of and kind == TARGET and not from_lead and not _TARGET_CUES.search(lead_and_clause):
        kind, stated, shared = ACTUAL, True, False
    before_value = text[clause_start : match.start()].lower()
    named_zone = prefix.lower()
    plan_lead = False
    if _BARE_BOUND.fullmatch(before_value) and text[:clause_start].rstrip().endswith(":"):
        # "(chỉ tiêu giao năm 2026: 85%)", "(KH: 90%)", "(chỉ tiêu năm 2030: từ 95% trở lên)":
        # the lead-in before the colon names it
        lead = text[max(0, clause_start - _SUBJECT_REACH * 2) : clause_start]
        before_value = named_zone = lead.lower()
        plan_lead = bool(_PLAN_FIGURE.search(before_value)) or bool(
            _TARGET_LABEL.match(text, _sentence_start(text, clause_start), clause_start)
        )  # a form's field "13. Chỉ tiêu được giao năm 2026 đối với tỷ lệ tại mục 12 (%): 90"
    if (
        plan_lead
        or (unit.cells and _PLAN_FIGURE.search(before_value))  # a cell's "KH năm 2028: 95%"
        or (
            _NAMED_TARGET_BEFORE.search(before_value)
            and not (measure.denominator and _SHARE_OF_TARGET_BRACKET.search(before_value))
        )
        or _NAMED_TARGET_NEAR.search(named_zone)
        or _TARGET_SUBJECT.match(text, _sentence_start(text, clause_start), match.start())
        or _in_targets_bracket(text, match.start())
        or _STATUTORY_LIMIT.search(before_value)
    ):
        kind, stated, shared = TARGET, True, False
    explicit = _period(
        unit, clause_start, clause_end, match, measure, kind, context.horizon_start,
        next_measure_start,
    )  # fmt: skip
    own_cut_off = _OWN_CUT_OFF.search(text, clause_start, match.start())
    if (
        explicit is None
        and boundaries
        and not own_cut_off
        and not _NOW_OPENING.match(text, clause_start)  # "...; hiện toàn xã có 27 trạm BTS"
    ):
        # "Phương hướng năm 2026: phấn đấu 100% ...", "Năm 2025, ...; tỷ lệ ... đạt 91,3%"; not
        # past a clause's own cut-off ("Năm 2021, ... 18,4%; đến ngày 30/11/2025, ... 89,6%")
        head = _sentence_head_period(text, clause_start, boundaries)
        if head and _records_span(head, context.meta.reference_year):
            head = None  # "Số hóa sổ hộ tịch đăng ký từ năm 1995 đến năm 2015: 14.620 trang"
        if head and (kind == ACTUAL or _plausible_target(head, context.horizon_start)):
            explicit = head.years(context.horizon_start, actual=kind == ACTUAL)
    if (
        explicit is None
        and (item_lead := _item_lead_period(text, match.start(), context.meta.reference_year))
        and (kind == ACTUAL or _plausible_target(item_lead, context.horizon_start))
    ):
        # "a) Năm 2029: ... . UBND xã đã bố trí 180 triệu đồng ...": every sentence of the item
        explicit = item_lead.years(context.horizon_start, actual=kind == ACTUAL)
    if (
        (not stated or shared)  # a kind passed on from the previous value yields to a past year
        and kind == TARGET
        and explicit
        and context.horizon_start
        and explicit[1] < context.horizon_start
        # (not the horizon a goal was set to: "Nghị quyết đặt mục tiêu đến năm 2030: ... trên
        # 80%" quoted in 2036 stays that goal)
        and not _GOAL_SET_TO_HORIZON.search(
            text, _sentence_start(text, clause_start), match.start()
        )
    ):
        # "Năm 2025, tỷ lệ ... đạt 34,6%" in a 2026 plan: a year already past states a result
        kind, explicit = ACTUAL, (explicit[1], explicit[1])
    elif (
        kind == TARGET
        and (label := _bracket_label(text, match.start()))
        and _RESULTS_BRACKET_LABEL.match(fold(label))
    ):
        kind = ACTUAL  # "đạt tối thiểu 85% (kết quả năm 2031: 78,5%)": the year's result beside it
        if explicit:  # of a span's last year: "(kết quả năm học 2028 - 2029: 86,4% ...)"
            explicit = (explicit[1], explicit[1])
    elif (
        kind == TARGET
        and explicit
        and explicit[1] <= context.meta.reference_year
        and _YEAR_REACHED_BRACKET.search(text, max(0, match.start() - 40), match.start())
    ):
        # "100% hồ sơ ... (năm 2029 đạt 94,6%)" in a report on 2029: that year's result (of a
        # school year, its last year's: "(năm học 2029 - 2030 đạt 93,8%)")
        kind = ACTUAL
        explicit = (explicit[1], explicit[1])
    elif (
        kind == TARGET
        and explicit is None
        and _TERM_REACHED_BRACKET.search(text, max(0, match.start() - 40), match.start())
    ):
        # "đạt từ 88% trở lên (học kỳ I đạt 83,6%)" in a report on semester I: the term's
        # result beside the next term's target, of the report's year and cut-off
        kind = ACTUAL
    elif kind == TARGET and _RUNNING_TOTAL_BRACKET.search(
        text, max(0, match.start() - 60), match.start()
    ):
        kind = ACTUAL  # "từ 95% trở lên (lũy kế 9 tháng đạt 93,7%)": the total reached so far
        if explicit:
            explicit = (explicit[1], explicit[1])
    period = explicit
    if period is None and kind == TARGET:
        # "2. Phát triển hạ tầng số (cơ quan chủ trì: UBND xã; hoàn thành trước quý II/2028):
        # ... lắp mới 06 trạm BTS": the item's deadline ends its targets' period
        period = _item_deadline_years(text, match.start(), context.horizon_start)
    results_caption = False
    lead_sentence = _lead_sentence(unit.caption) if unit.caption else ""
    if period is None and unit.caption and (captioned := _caption_periods(unit.caption)):
        if unit.shape != PROSE:  # a table's caption: "Kết quả năm 2025 (số liệu đến ...):"
            period = captioned[-1].years(context.horizon_start, actual=kind == ACTUAL)
            results_caption = _results_year(unit.caption, captioned[-1].offset)
        elif (
            lead_sentence != unit.caption
            and (own := period_phrases(lead_sentence))
            and (own[0].offset <= _LEAD_PERIOD_REACH or _TARGET_SENTENCE.search(lead_sentence))
        ):
            # "Kính thưa các đồng chí! Năm 2032, tôi đề nghị ...:": its last sentence leads in
            period = own[0].years(context.horizon_start, actual=kind == ACTUAL)
        elif captioned[0].offset <= _LEAD_PERIOD_REACH or _TARGET_SENTENCE.search(unit.caption):
            # a list's lead-in that opens on its period or sets targets: "Năm 2027, ...:"
            period = captioned[0].years(context.horizon_start, actual=kind == ACTUAL)
        elif _LEAD_CLOSE.fullmatch(unit.caption, captioned[-1].end_offset):
            # or that closes on it: "...; trong đó một số chỉ tiêu chủ yếu đến năm 2030:"
            period = captioned[-1].years(context.horizon_start, actual=kind == ACTUAL)
    headed = (
        None
        if period
        else _heading_years(unit.headings, context.horizon_start, kind == ACTUAL, reference_year)
    )
    stated_period = period or headed
    period = stated_period or context.default_period(kind)
    documents_cut_off = as_of is None and kind == ACTUAL and not event_ended
    if documents_cut_off:
        as_of = context.cut_off
    if _EARLIER_VALUE_BEFORE.search(
        text, max(0, match.start() - 30), match.start()
    ) and _RISE_TO_AFTER.match(text, measure.unit_end):
        as_of = None  # "tăng từ 74,1% lên 86,3%": where it stood before the cut-off
        sentence_head = fold(text[_sentence_start(text, clause_start) : match.start()])
        if explicit is None and (compared := _COMPARED_YEAR.search(sentence_head)):
            # "So với cùng kỳ năm 2029, tỷ lệ ... tăng từ 89,7% lên 96,5%": 2029's value
            period = (int(compared.group(1)),) * 2
        elif explicit is None and period[1] and _COMPARED_LAST_YEAR.search(sentence_head):
            # "So với cùng kỳ năm trước, số cuộc họp ... tăng từ 14 lên 31 cuộc": last year's
            period = (period[1] - 1,) * 2
        elif (
            explicit is None
            and unit.headings
            and (compared := _COMPARED_HEADING.search(fold(unit.headings[-1].text)))
        ):
            # under "IV. SO SÁNH VỚI KẾT QUẢ NĂM 2032": the section compares with 2032, whose
            # value a change starts from ("tỷ lệ hài lòng tăng từ 68,5% lên 89,7%")
            period = (int(compared.group(1)),) * 2
    if as_of and _FIGURE_REPORTED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
        as_of = None  # "số đã báo cáo là 38.417 tài khoản, nay đính chính thành ...": earlier
    if _ARROW_TO_VALUE.match(text, measure.unit_end):
        # "SO VỚI NĂM 2030:" over "89,1% ➡️ 96,2%": the compared year's value, before the cut-off
        as_of = None
        lead_in = unit.caption.partition("\n")[0]
        if explicit is None and (compared := _COMPARED_YEAR.search(fold(f"{lead_in} {prefix}"))):
            period = (int(compared.group(1)),) * 2
    label = _bracket_label(text, match.start()) if kind == ACTUAL or as_of else None
    line_start = text.rfind("\n", 0, match.start()) + 1
    if as_of and label is None and (own := _LINE_LABEL.fullmatch(text, line_start, match.start())):
        label = own.group(1)  # a line labelled with its own span: "Tháng 3/2032: 91,4%"
    if kind == ACTUAL and label and (moment := _MOMENT_LABEL.fullmatch(label)):
        as_of = date(int(moment.group(3)), int(moment.group(2)), int(moment.group(1)))
        explicit = period = (as_of.year, as_of.year)  # the bracket's own moment, not its clause's
    elif (
        kind == ACTUAL
        and label is None  # (not another time's in brackets: "(năm 2031: 39,5 Mbps)")
        and (
            measured := _MEASURED_ON.search(
                text, _sentence_start(text, clause_start), match.start()
            )
        )
    ):
        # "tốc độ tải xuống đo tại Nhà văn hóa ngày 20/10/2032 đạt 86,4 Mbps": the day measured
        if measured_on := valid_date(*measured.groups()):
            as_of = measured_on
            explicit = period = (as_of.year, as_of.year)
    elif kind == ACTUAL and (measured_on := _caption_measured_on(unit, match.start())):
        # "Bảng 3. ... (...; tốc độ đo ngày 12/6/2034)" over "Tốc độ tải xuống 5G (Mbps)": the day
        # the column it names was measured (the other columns keep the report's cut-off)
        as_of = measured_on
        explicit = period = (as_of.year, as_of.year)
    elif (
        kind == ACTUAL
        and label is None
        and unit.cells
        and (measured := _MEASURED_ON.search(unit.caption.partition("\n")[0]))
        and _header_unit(_column_header(unit, match.start()) or "") in _MEASUREMENT_UNITS.values()
    ):
        # a measurement column under "Bảng 1. Kết quả đo tốc độ đường truyền ngày 23/9/2032" or
        # "(số liệu tính đến ngày 31/5/2032; tốc độ Internet đo ngày 20/5/2032)": that day's
        if measured_on := valid_date(*measured.groups()):
            as_of = measured_on
            explicit = period = (as_of.year, as_of.year)
    elif (
        kind == ACTUAL
        and label is None
        and unit.caption
        and (checked := _CHECKED_ON_LEAD.search(unit.caption.partition("\n")[0]))
        and (checked_on := valid_date(*checked.groups()))
    ):
        # "Qua đối chiếu trên Hệ thống ... ngày 05/12/2033, số liệu thực tế như sau:" over its
        # items: the figures stand as on the day they were checked, not the report's cut-off
        as_of = checked_on
        explicit = period = (as_of.year, as_of.year)
    if as_of and label:
        if _EARLIER_SPAN_LABEL.fullmatch(label):
            as_of = None  # "(tuần trước: 83,9%)": the week before the cut-off
        elif _NOW_LABEL.fullmatch(fold(label)):
            # "70 km cáp (hiện nay: 41,8 km)": the level now, of no cut-off day, in the year the
            # document is written (not the horizon of the target beside it)
            as_of = None
            if reference_year:
                explicit = period = (reference_year, reference_year)
        elif _ended_before(label, as_of):
            # "(quý II/2027: 29 lớp)", "(tháng 4 là 93,3%)" under a cut-off of a later month
            as_of = None
    if as_of and _ended_before(_column_header(unit, match.start()), as_of):
        as_of = None  # a column "Quý I" under a cut-off of 15/12: that quarter's own figure
    if (
        as_of
        and unit.cells
        and (own := _CELL_LABEL.fullmatch(text, unit.cell_bounds(match.start())[0], match.start()))
        and _ended_before(own.group(1), as_of)
    ):
        as_of = None  # a note "Bình quân TP 6 tháng đầu năm 2033: 1,4%" under 15/7: the half's
    if as_of and unit.cells and (ended := _row_days_end(unit, as_of.year)) and ended < as_of:
        as_of = None  # "Tuần 1 | 07/10 - 13/10 | 1.126" under a cut-off of 17/11: that week's own
    own_clause_start = max(clause_start, text.rfind(";", 0, match.start()) + 1)
    if (
        as_of
        and (
            span := _SPAN_OF_CLAUSE.search(text, own_clause_start, match.start())
            or (
                unit.shape == PROSE  # (a table row "| Quý I/2028 | 11 |" keeps a caption's)
                and (
                    _SPAN_OPENING.match(text, own_clause_start, match.start())
                    or _SPAN_OPENING.match(text, sentence_start, match.start())
                )
            )
        )
        and _ended_before(span.group(1), as_of)
    ):
        # "trong tháng 01/2032 là 12.640 giao dịch" under 15/02/2032: January's; also a clause
        # opening on its month ("...; tháng 10/2034 tiếp nhận 02 vụ" under 30/11/2034) and a
        # sentence opening on its span, past a source ("Theo thông báo của ..., 10 tháng năm
        # 2034 toàn thành phố xảy ra 1.186 vụ ...; số vụ ... của xã chiếm 1,6%")
        as_of = None
    if kind == ACTUAL and as_of:
        if documents_cut_off and explicit is None and headed and headed[1] < as_of.year:
            as_of = None  # "II. CHỈ SỐ DTI NĂM 2028" under a cut-off of 2029: the heading's year
        elif explicit is None or explicit[1] == as_of.year:
            period = (as_of.year, as_of.year)
        else:
            as_of = None  # "kết quả năm 2023" under a later cut-off: the year written wins
    if (
        same := _SAME_PERIOD_VALUE.search(fold(text[max(0, match.start() - 110) : match.start()]))
    ) or (same := _SAME_PERIOD_AFTER.match(text, measure.unit_end)):
        # last year's value at this point of the year
        written = next((group for group in same.groups() if group), None)
        year = int(written) if written else (period[1] - 1 if period[1] else None)
        kind, period, as_of = ACTUAL, (year, year), None
    if _PLAN_BRACKET_AFTER.match(text, measure.unit_end):
        kind, as_of = TARGET, None  # "nâng từ 92% (kế hoạch năm 2029) lên 96%": the plan's figure
    elif previous_fact and previous_fact.kind == TARGET and _PLAN_RAISED.fullmatch(prefix):
        # "... (kế hoạch năm 2029) lên 96%": the plan raised to it
        kind, as_of = TARGET, None
        if period == (previous_fact.period_start, previous_fact.period_end):
            period = context.default_period(TARGET)
    header_kind, header_period = _column_header_meaning(
        unit, match.start(), context.horizon_start, last_year=period[1] - 1 if period[1] else None
    )
    if not (header_kind or header_period):
        header_kind, header_period = _row_label_meaning(unit)
        if header_period and _cell_states_year(unit, match.start()):
            header_period = None  # "Ghi chú: Cùng kỳ năm 2025: 71,9%": the cell's own year
    if header_kind is None and header_period and as_of and (header_period[0] or 0) > as_of.year:
        # "Lắp mới năm 2029 - 2030" beside columns a caption dates 31/12/2027: still to come
        header_kind = TARGET
    elif (
        header_kind is None and as_of and _begins_after(_column_header(unit, match.start()), as_of)
    ):
        # "Bảng 2. Lộ trình bàn giao ... (số liệu hiện trạng tính đến ngày 30/6/2029)" over a
        # column "Quý III/2029": a span that starts after the cut-off is still to come
        header_kind, as_of = TARGET, None
    if header_kind is None and header_period and reference_year:
        # a bare "Năm 2025" column: a year past, or the year a report is about, holds results
        past = header_period[1] < reference_year
        if past or (header_period[1] == reference_year and context.default_kind == ACTUAL):
            header_kind = ACTUAL
    if header_kind == TARGET and kind == ACTUAL and as_of and not header_period and stated_period:
        # "Bảng 2. Dân số và chỉ tiêu năm 2030 giao cho các thôn (số nhân khẩu ... tính đến
        # ngày 31/12/2029):" over a column "Chỉ tiêu ...": the cut-off dates the results beside
        # it, the targets keep the year the caption or heading gives
        period = stated_period
    kind = header_kind or kind
    if (
        header_kind == TARGET
        and not header_period
        and reference_year
        and (header := _column_header(unit, match.start())) is not None
        and _REQUIREMENT_HEADER.match(fold(header).strip())
    ):
        # "Yêu cầu" beside "768,42 (năm 2029)": the standard in force the year the document is
        # about, not the year another cell of the row writes
        period = (reference_year, reference_year)
    if header_period:
        period = header_period
        if kind == ACTUAL and period[0] != period[1]:
            period = (period[1], period[1])  # "Thu KDTM năm học 2030 - 2031": a result's last year
        if as_of and as_of.year != period[1]:
            as_of = None  # "Cùng kỳ 2025" under a 2026 cut-off: the column's year wins
    elif kind == TARGET and results_caption:
        # "(Số hộ ... và kết quả năm 2031: số liệu tính đến ...)" over a target column: the
        # year of the results the caption names, not of the targets beside them
        period = _heading_years(
            unit.headings, context.horizon_start, False, reference_year
        ) or context.default_period(TARGET)
    suffix_start = measure.unit_end if measure.unit == "percent" else match.end()
    indicator = _indicator(unit, match.start(), prefix, text[suffix_start:next_measure_start])
    if previous_fact and (not indicator or _TIỶ_LE.fullmatch(indicator)):
        # "2.980 hồ sơ nộp trực tuyến, tỷ lệ đạt 86,2%": the rate of what was just counted.
        indicator = squash(f"{indicator} {previous_fact.indicator_text}")
    elif _TIỶ_LE.fullmatch(indicator):
        indicator = squash(_LATEX.sub(" ", clause))
    if (
        previous_index is None
        and not _clean_phrase(prefix)
        and (label := _value_label(text, clause_start))
        and not indicator.startswith(label)
    ):
        # "▪️ Hồ sơ trực tuyến: 89,1% ➡️ 96,2%", "• Tiếp nhận: 12.486 hồ sơ": the label before the
        # colon names it, with any noun after the value
        indicator = squash(f"{label} {indicator}")
    indicator = indicator or squash(_LATEX.sub(" ", clause))
    if facts_by_index and len(prefix) < 80 and _SUBJECTLESS.fullmatch(_clean_phrase(prefix)):
        indicator = facts_by_index[max(facts_by_index)].indicator_text
    elif facts_by_index and (last := max(facts_by_index)) in measures:
        last_end = max(measures[last].unit_end, tokens[last].end())
        if _SAME_MEASURE_BRACKET.fullmatch(text, last_end, match.start()):
            # "đạt 84,6% (năm 2025: 76,2%)": the same indicator another year
            indicator = facts_by_index[last].indicator_text
    in_clause = [i for i in measures if clause_start <= tokens[i].start() < clause_end]
    listed = _respective_run(text, clause_start, clause, tokens, in_clause, index)
    position = listed.index(index) if listed else 0
    indicator = _respective_subject(clause, len(listed), position) or indicator
    sentence = _sentence(unit, clause)
    section = section_path(unit.headings)
    line, char_start, char_end, clean = where
    if not clean:
        section, sentence = context.redact(section), context.redact(sentence)
        indicator = context.redact(indicator)
    ward = (
        _respective_unit(
            text, clause_start, clause, len(listed), position, context.meta.before_merger
        )
        or _counted_communes_owner(text, clause_start, match, measure.unit, context)
        or _attributed_unit(unit, clause_start, match.start(), context)
    )
    unit_name, value = measure.unit, measure.value
    if unit_name == "dbm" and text[match.start() - 1 : match.start()] in ("-", "−"):
        value = -value  # a signal's strength, "RSRP (dBm) | -84"
    return Fact(
        document=context.document,
        line=line,
        char_start=char_start,
        char_end=char_end,
        section=section,
        sentence=sentence,
        source_shape=PROSE
        if unit.shape not in (TABLE_TSV, TABLE_MARKDOWN, TABLE_CELLS)
        else unit.shape,
        kind=kind,
        indicator_text=indicator,
        value=value,
        unit=unit_name,
        numerator=measure.numerator,
        denominator=measure.denominator,
        comparator=comparator,
        period_start=period[0],
        period_end=period[1],
        as_of=as_of if kind == ACTUAL else None,
        raw_token=match.group(),
        ward_code=ward.code,
        ward_name=ward.name,
        ward_reason=ward.reason,
        ward_level=ward.level,
    )


def _counted_communes_owner(
    text: str,
    clause_start: int,
    match: re.Match[str],
    unit_name: str,
    context,  # noqa: ANN001
) -> WardMatch | None:
    """Whose a count of communes is in a commune's document, when its clause names no owner
    before it: out of all the city's units ("41/114 xã, phường, đặc khu đã hoàn thành"), the
    city's; out of fewer ("05/06 xã đạt từ 96% trở lên", in a cluster's report), a group's: a
    commune counts no communes of its own."""
    if unit_name != "ratio" or context.home.level != COMMUNE:
        return None
    if not (counted := _COMMUNES_COUNTED.match(text, match.start())):
        return None
    if subject_of(text[clause_start : match.start()], context.meta.before_merger):
        return None
    if int(counted.group(1)) == _CITY_UNITS:
        return subject_of(_CITY, context.meta.before_merger)
    reason = f"{counted.group()}: a group of communes, not one"
    return WardMatch(None, None, counted.group(), reason, COMMUNE)


# (communes by their kind: "đơn vị" may count schools or cooperatives, "47/49 đơn vị")
_COMMUNES_COUNTED = re.compile(r"\d+\s*/\s*(\d+)\s+(?:xã|phường|đặc khu)\b")
_CITY_UNITS = 114  # the city's commune-level units: all of them are the city


def _bracketed_unit(
    text: str, clause_start: int, offset: int, before_merger: bool
) -> WardMatch | None:
    """The unit named right before the bracket a clause opens inside, which holds its figures:
    "xã A (71,4%; còn 38/133 PAKN quá hạn)": the second clause is A's too."""
    opened = _opening_bracket(text, clause_start, max(0, clause_start - _BRACKET_OWNER_REACH))
    if opened is None or ")" in text[clause_start:offset]:
        return None
    named_before = text[max(0, opened - 60) : opened]
    named = [m for m in mentions(named_before, before_merger) if m.code]
    if not named or named_before[named[-1].end :].strip():
        return None
    return named[-1].as_match()


_BRACKET_OWNER_REACH = 80  # "(71,4%; còn 38/133 PAKN quá hạn)": a few figures before the clause


def _attributed_unit(unit: Unit, clause_start: int, offset: int, context) -> WardMatch:  # noqa: ANN001
    """The unit named before the value in its clause ("xã An Lão đạt 87%"), else the subject
    opening its sentence ("Phường A: ..."), else the document's issuer."""
    text = unit.text
    before_merger = context.meta.before_merger
    if unit.cells or unit.shape == TABLE_CELLS:
        # a cell that says whose its value is ("Chỉ tiêu chung của thành phố là 80%"), else a
        # table row names its unit in a cell of its own ("| 1 | Phường Hồng An | 701,2 |"),
        # not inside an indicator's name ("Camera kết nối Trung tâm IOC thành phố")
        cell_start = unit.cell_bounds(offset)[0] if unit.cells else unit.piece_start(offset)
        if named := subject_of(text[cell_start:offset], before_merger):
            return named
        for cell in _row_cells(unit):
            if _LABELS_A_VALUE.search(cell):
                continue  # "Bình quân toàn thành phố: 89,2%" labels its own value, not the row's
            if _cell_words(cell) <= _UNIT_CELL_WORDS and (
                named := subject_of(cell, before_merger) or place_cell(cell)
            ):
                return named
        # a column per unit: "| Chỉ tiêu | Phường Hưng Đạo | Xã Kiến Hưng | Bình quân toàn
        # thành phố |"
        column = unit.column_of(offset) if unit.cells else None
        if column is not None and column < len(unit.header):
            header = unit.header[column]
            named_in_header = [m for m in mentions(header, before_merger) if m.code]
            if named_in_header and _MORE_NAMED_AFTER.match(header, named_in_header[0].end):
                # "Đặc khu Cát Hải, Bạch Long Vĩ": one target for several units, none's alone
                return WardMatch(None, None, header, f"{header}: several units", COMMUNE)
            if _KIND_ONLY_HEADER.fullmatch(header.strip()):
                # "Khối phường | Khối xã | Đặc khu": a column per kind of unit, none named
                return WardMatch(None, None, header, f"{header}: a group of communes", COMMUNE)
            if _cell_words(header) <= _UNIT_CELL_WORDS and (
                named := subject_of(header, before_merger)
            ):
                return named
        return _section_unit(unit, context) or context.home
    clause = text[clause_start:offset].lstrip(" ;:,")
    if _ADDRESS_BRACKET_OPEN.search(text, _sentence_start(text, clause_start), clause_start) and (
        ")" in clause
    ):
        # "Chi nhánh Vĩnh Bảo (địa chỉ: số 36 ..., xã Vĩnh Bảo, thành phố Hải Phòng) mở mới 186
        # tài khoản": the clause opens inside an address, whose places own nothing
        clause = clause[clause.index(")") + 1 :]
    if (average := _AVERAGE_IN_BRACKET_BEFORE.search(text, max(0, offset - 80), offset)) and (
        named := subject_of(average.group(1), before_merger)
        # "bình quân chung của Hội LHPN thành phố (88,7%)": the city's body, for the city
        or (subject_of(_CITY, before_merger) if _OF_THE_CITY.search(average.group(1)) else None)
    ):
        return named  # "thấp hơn bình quân khối phường (96,1%)": the group's own average
    if (label := _FIGURE_LABEL.match(text, offset)) and _opens_its_line(unit, offset):
        # "▪ 21/114 – thứ hạng DTI năm 2028 của Thanh Hà": the label after the figure says whose
        if bare := _bare_unit(label.group(1), context):
            return subject_of(label.group(1)[bare[0] :], before_merger) or bare[1]
        if named := subject_of(label.group(1), before_merger):
            return named
    if context.home.level == CITY and (owns := list(_OWN_UNIT_SUBJECT.finditer(clause))):
        # a city's report: "đặc khu Bạch Long Vĩ đứng cuối ...; tỷ lệ ... của đặc khu mới đạt
        # 76,9%": the unit of that kind the sentence named last
        word = owns[-1].group(1)
        earlier = text[_sentence_start(text, clause_start) : clause_start]
        named = [
            m for m in mentions(earlier, before_merger)
            if not m.unknown and m.code and fold(m.as_written or "").startswith(fold(word))
        ]  # fmt: skip
        if named:
            return named[-1].as_match()
        if item_unit := _paragraph_unit(text, before_merger):
            return item_unit  # "**Đặc khu Bạch Long Vĩ:** ... 100% hồ sơ TTHC của đặc khu"
    if context.home.level == COMMUNE and any(word in clause for word in _OWN_UNIT_WORDS):
        # "..., trong khi phường mới đạt 82,3%": the issuing ward, unnamed, after another unit
        owns = list(_OWN_UNIT_SUBJECT.finditer(clause))
        if owns:
            return (
                subject_of(clause[owns[-1].end(1) :], before_merger)
                or _speaker_unit(text[_sentence_start(text, clause_start) : clause_start], context)
                or _section_unit(unit, context)
                or context.home
            )
    if formed := _FORMED_FROM.search(clause):
        # "Xã A được thành lập trên cơ sở sắp xếp 03 xã B, C, D (cũ), gồm 16 thôn với khoảng
        # 33.800 nhân khẩu": the units it was formed from own nothing said of it
        clause = clause[: formed.start()]
    if bare := _bare_unit(clause, context):
        # "ba xã chi ... 7,85 tỷ đồng, trong đó Tiên Lãng 2,6 tỷ đồng": the nearer name wins
        return subject_of(clause[bare[0] :], before_merger) or bare[1]
    if named := subject_of(clause, before_merger):
        return named
    if named := _bracketed_unit(text, clause_start, offset, before_merger):
        return named
    if text[:clause_start].rstrip().endswith(":"):
        # "(chỉ tiêu chung của thành phố: 50%)", "xã A giảm 12 bậc (năm 2027: thứ 101)": the
        # value's lead-in names whose it is; a bracket's own label, also over an indicator's
        # name: "(chỉ tiêu chung của thành phố: tỷ lệ ... từ 95% trở lên)"
        low = max(0, clause_start - _SUBJECT_REACH * 2)
        labelled = _LABELLED_VALUE_START.fullmatch(text, clause_start, offset)
        if labelled:
            for lead_in in (_LEAD_IN, _LEAD_IN_BEFORE_BRACKET):
                lead = lead_in.search(text, low, clause_start)
                if lead and (named := subject_of(lead.group(1), before_merger)):
                    return named
        elif (
            # (not past the bracket's close: "(chỉ tiêu chung của thành phố: từ 95% trở lên),
            # riêng lĩnh vực hộ tịch từ 98% trở lên" goes on with the sentence's owner)
            ")" not in text[clause_start:offset]
            and (label := _BRACKET_LABEL_BEFORE.search(text, low, clause_start))
            and (named := subject_of(label.group(1), before_merger))
        ):
            return named
        elif (
            ")" in text[clause_start:offset]
            and (lead := _LEAD_IN_BEFORE_BRACKET.search(text, low, clause_start))
            and (named := subject_of(lead.group(1), before_merger))
        ):
            # "xã A mới đạt 88,6% (năm 2030: 84,9%), chưa đạt chỉ tiêu thành phố giao (từ 90%
            # trở lên)": past the bracket of its other year, the sentence goes on with A's
            return named
    sentence_start = _sentence_start(text, clause_start)
    # "Tính đến ngày 31/3/2026, Hải Phòng đạt ...", "Theo đó, đến năm 2028, xã A phấn đấu ..."
    while opening := _SENTENCE_OPENING.match(text, sentence_start, clause_start):
        sentence_start = opening.end()
    head = text[sentence_start : min(clause_start, sentence_start + _SUBJECT_REACH)]
    if (
        (label := _UNIT_ITEM_LABEL.match(text))
        and sentence_start < label.end() <= clause_start
        and (item_unit := _paragraph_unit(text, before_merger))
        and item_unit.code is None
    ):
        return item_unit  # "b) Xã A và xã B (...): điểm DTI từ 720 điểm": neither's alone
    if (group := _UNITS_LISTED_ITEM_LABEL.match(text)) and sentence_start < group.end() <= (
        clause_start
    ):
        # "c) 17 đơn vị chưa đạt chỉ tiêu ... (danh sách tại Phụ lục 02 kèm theo): ... không
        # thấp hơn 92%": a group's target, none's alone
        return WardMatch(None, None, group.group(1), f"{group.group(1)}: a group", COMMUNE)
    if (every := _EVERY_UNIT_ITEM_LABEL.match(text)) and sentence_start < every.end() <= (
        clause_start
    ):
        if context.home.level == CITY and _CITY_BODY_EVENT_BRACKET.search(
            text, max(0, offset - 160), offset
        ):
            return context.home  # "... tập huấn do Sở Tài chính tổ chức (dự kiến 04 lớp)"
        # "b) UBND các xã, phường, đặc khu: cử tối thiểu 02 công chức ...": what each is asked
        return WardMatch(None, None, every.group(1), f"{every.group(1)}: each of them", COMMUNE)
    if (given := _GIVEN_TO_LEAD.match(text, sentence_start, clause_start)) and (
        named := subject_of(given.group(1), before_merger)
    ):
        return named  # "Chỉ tiêu thành phố giao cho mỗi xã, phường năm 2032: ...": each's
    if context.home.level == COMMUNE and CITY_GOAL.search(text, sentence_start, clause_start):
        # "Theo Quy hoạch, đến năm 2035 thành phố phấn đấu 100% ...; tỷ lệ ... tối thiểu 40%;
        # ngầm hóa tối thiểu 60% ...": the goals the city sets, each clause of its sentence
        return subject_of(_CITY, before_merger)
    if context.home.level == COMMUNE and NATION_GOAL.search(text, sentence_start, clause_start):
        # "Nghị quyết số 57-NQ/TW đặt mục tiêu đến năm 2030: ...; quy mô kinh tế số đạt tối
        # thiểu 30% GDP": the goals the Party's Centre sets for the nation, each clause
        return NATION_MATCH
    if context.home.level == CITY and _CITY_BODY_OPENING.match(text, sentence_start, offset):
        # "Sở Y tế đã đề nghị UBND thành phố bố trí 3,2 tỷ đồng ...", under a section addressed to
        # a group of communes: what the city's body does, not what each of them is asked
        return context.home
    return (
        subject_of(head, before_merger)
        or _paragraph_unit(text, before_merger)
        or _lead_in_group(unit, before_merger)
        or _section_unit(unit, context)
        or context.home
    )


def _lead_in_group(unit: Unit, before_merger: bool) -> WardMatch | None:
    """The group of communes a list's lead-in speaks for ("Năm 2032, các xã trong Cụm thống
    nhất phấn đấu đạt các chỉ tiêu sau:" over "- 100% hồ sơ ... được số hóa"): what each item
    sets is the group's, none's alone (a lead-in naming one commune gives it nothing here)."""
    if unit.shape != PROSE or not unit.caption:
        return None
    named = subject_of(_lead_sentence(unit.caption), before_merger)
    return named if named is not None and named.code is None and named.level == COMMUNE else None


_CITY = "toàn thành phố"
# a bracket opening an address: "(địa chỉ: số 36 đường 20/8, xã Vĩnh Bảo, ..."
_ADDRESS_BRACKET_OPEN = re.compile(r"(?i)\(\s*(?:địa chỉ|trụ sở)\b[^()]*$")
_OF_THE_CITY = re.compile(r"(?i)\bcủa\b.*\bthành phố\s*$")
_FORMED_FROM = Cue(r"(?i)\b(?:thành lập|hình thành)\s+(?:trên cơ sở|từ)\b", flags=0)


def _bare_unit(text: str, context) -> tuple[int, WardMatch] | None:  # noqa: ANN001
    """Where the last commune named bare ("trong đó Tiên Lãng 2,6 tỷ đồng") that the document
    named with its kind ends, and the commune; not a place named after it ("chợ Tiên Lãng")."""
    if context.bare_names is None:
        return None
    found = [
        m
        for m in context.bare_names.finditer(text)
        if not _PLACE_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]
    return (found[-1].end(), context.named_units[found[-1].group()]) if found else None


# (or the target a body set, named before its bracket: "cao hơn chỉ tiêu năm học 2028 - 2029 phường
# giao (từ 150 Mbps trở lên)")
# (also past the floor's school year, "mức tối thiểu phường giao năm học 2028 - 2029 (200 Mbps)",
# and as a bracket's label: "(mức tối thiểu phường giao năm học 2028 - 2029: 200 Mbps)")
_FLOOR_NAMED = (
    r"muc toi (?:thieu|da)\b[^;.()\d]{0,40}(?:\bnam (?:hoc )?20\d\d(?:\s*-\s*20\d\d)?\s*)?"
)
_FLOOR_IN_BRACKET_BEFORE = Cue(
    rf"\b{_FLOOR_NAMED}\(\s*$|\(\s*{_FLOOR_NAMED}:\s*$"
    r"|\bchi tieu\b[^;.()]{0,60}\bgiao\s*\(\s*(?:tu|toi thieu|tren|khong duoi)?\s*$",
    flags=0,
)
_AVERAGE_IN_BRACKET_BEFORE = Cue(
    r"(?i:bình quân|trung bình)\s+((?:chung\s+)?(?:của\s+)?[^();,.\d]{2,40}?)"
    # (the average's own year between: "bình quân toàn thành phố năm 2030 (63,7%)")
    r"(?:\s+năm\s+20\d\d)?\s*\("
    # (also another year's, labelled after it: "bình quân toàn thành phố (84,6%; năm 2029: 61,3%)")
    r"(?:[^()]{0,30};\s*[^();:\d]{0,20}(?:20\d\d)?\s*:)?\s*$",
    flags=0,
)
_FIGURE_LABEL = re.compile(r"[\d.,/]+\s*(?:%|[^\W\d_]+(?:\s+đồng)?)?\s*[–—-]\s+([^\n]+)")
_PLACE_WORD_BEFORE = re.compile(
    r"(?i:\b(?:xã|phường|đặc khu|thôn|tổ|xóm|đường|phố|chợ|huyện|quận|thị xã|khu|khu vực|cụm|"
    r"trường|sông|cầu|bến|cảng))\s+$"
)


def _paragraph_unit(text: str, before_merger: bool) -> WardMatch | None:
    """The unit a bulletin's item opens on ("**Phường Ngô Quyền:** ...", "Xã A và xã B: ..."):
    whose its values are, sentence after sentence."""
    if not (label := _UNIT_ITEM_LABEL.match(text)):
        return None
    named = [m for m in mentions(label.group(1), before_merger) if m.code]
    if len(named) > 1:  # "Xã Tiên Lãng và xã Quyết Thắng: ... Hai xã đã cùng đưa 23 sản phẩm"
        return WardMatch(None, None, label.group(1), f"{label.group(1)}: several units", COMMUNE)
    return subject_of(label.group(1), before_merger)


_UNIT_ITEM_LABEL = re.compile(
    r"\W*(?:[a-zđ][).]\s+)?"  # also a lettered item: "b) Xã A và xã B (...): ..."
    rf"((?:Phường|Xã|Đặc khu|PHƯỜNG|XÃ|ĐẶC KHU)\s+[{UPPER}][^:;.,\d()]{{1,60}}?"
    # or a list of three or more: "a) Đặc khu A, xã B, xã C: ..." (not a pair in a list of each
    # unit's targets, "- Phường A, phường B: tỷ lệ ... đạt 95%": the first one's)
    rf"(?:(?:,\s*(?:phường|xã|đặc khu|Phường|Xã|Đặc khu)\s+[{UPPER}][^:;.,\d()]{{1,60}}?){{2,}})?)"
    r"\s*(?:\([^()]{0,120}\))?\s*:"
)


# an item opening on units an appendix lists: "c) 17 đơn vị chưa đạt ... (danh sách tại Phụ lục
# 02 kèm theo):"
_UNITS_LISTED_ITEM_LABEL = re.compile(
    r"\W*(?:[a-zđ][).]\s+)?(\d+\s+(?:đơn vị|xã|phường|đặc khu)\b[^:;.()]{0,80}"
    r"\((?i:danh sách)\s+(?:tại|theo|ở)\s+(?i:phụ lục|bảng|biểu)\b[^()]*\))\s*:"
)
# an item opening on every unit of a kind: "b) UBND các xã, phường, đặc khu: cử ...", "- Các xã,
# phường: ..."
_EVERY_UNIT_ITEM_LABEL = re.compile(
    r"\W*(?:[a-zđ][).]\s+)?((?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:các|Các|CÁC)\s+"
    r"(?i:xã|phường|đặc khu|đơn vị)(?:,\s*(?i:xã|phường|đặc khu))*(?:\s+(?i:và)\s+(?i:xã|phường|"
    r"đặc khu))?)\s*:"
)
# what a city's body organises, in the bracket after it: "tập huấn ... do Sở Tài chính tổ chức
# trong tháng 3/2032 (dự kiến 04 lớp ...)": the body's own, not the units' sent to it
_CITY_BODY_EVENT_BRACKET = re.compile(
    r"\bdo (?:Sở|(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) thành phố)\s[^;.()]{0,60}?"
    r"\b(?:tổ chức|chủ trì)\b[^;.()]{0,40}\(\s*(?:(?i:dự kiến)\s+)?$"
)
# a lead-in naming whom a target is given to: "Chỉ tiêu thành phố giao cho mỗi xã, phường, đặc
# khu năm 2032:" (the receiver owns it, not the city giving it)
_GIVEN_TO_LEAD = re.compile(r"\W*(?i:chỉ tiêu)\b[^:;.()]{0,40}?\bgiao cho\s+([^:;.()]{1,60}?)\s*:")
# a city's body as the subject acting itself: "Sở Y tế đã đề nghị ...", "5. Sở Khoa học và Công
# nghệ sẽ phối hợp ... tổ chức 02 đợt tập huấn"
_CITY_BODY_OPENING = re.compile(
    r"\W*(?:[\dIVX]{1,4}[.)]\s*|[a-zđ][.)]\s*)?"
    r"(?:Sở|(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) thành phố)\s+(?:[^\W\d]+\s+){0,6}?"
    r"(?:đã|sẽ|đề nghị|phối hợp|bố trí|phân bổ|cấp|tổ chức|hỗ trợ)\s"
)
_OWN_UNIT_WORDS = ("phường", "xã", "đặc khu")
_KIND_ONLY_HEADER = re.compile(r"(?i:(?:các\s+)?(?:phường|xã|đặc khu))(?:\s*\([^()]{1,20}\))?")
_LABELLED_VALUE_START = re.compile(r"\s*(?:(?:xếp )?(?:thứ|hạng)\s*)?")
# more units after the one a header names: "Đặc khu Cát Hải, Bạch Long Vĩ", "Xã A và xã B"
# (a name, capitalised; not "Phường Dương Kinh, kỳ báo cáo")
_MORE_NAMED_AFTER = re.compile(
    rf"\s*(?:,|và\b|&)\s*(?:(?:xã|phường|đặc khu|Xã|Phường|Đặc khu)\s+)?[{UPPER}]"
)


def _speaker_unit(sentence: str, context) -> WardMatch | None:  # noqa: ANN001
    """The commune of whoever speaks ("Ông ..., Chủ tịch UBND xã Vĩnh Thuận, cho biết: ... xã
    có 326 hộ"): what "xã" and "phường" then mean in their words."""
    if not (speaker := _SPEAKER_ROLE.search(sentence)):
        return None
    named = subject_of(speaker.group(1), context.meta.before_merger)
    return named if named is not None and named.level == COMMUNE and named.code else None


_SPEAKER_ROLE = re.compile(
    r"(?i:chủ tịch|phó chủ tịch|bí thư|phó bí thư|lãnh đạo)\s+"
    r"(?:(?i:ubnd|ủy ban nhân dân|đảng ủy)\s+)?"
    r"((?i:phường|xã|đặc khu)\s[^,:;]{1,40})[,:]?\s*"
    r"(?:[^:;]{0,40}?(?i:cho biết|chia sẻ|nói|khẳng định|thông tin|phát biểu))?\s*[:,]"
)


def _headline_commune(meta: DocumentMeta) -> WardMatch | None:
    """The commune a city portal's news post is about, when its headline opens on it ("Xã
    Khúc Thừa Dụ: 6 tháng đầu năm 2030, ..."), or a city body's document on one commune
    ("THÔNG BÁO / Kết quả kiểm tra công tác chuyển đổi số năm 2032 tại xã Vĩnh Hải")."""
    if meta.ward.level != CITY or not meta.title:
        return None
    if meta.kind != NEWS:
        named = [m for m in mentions(meta.title, meta.before_merger) if not m.unknown]
        if len(named) == 1 and named[0].level == COMMUNE and named[0].code:
            if _ABOUT_ONE_UNIT.search(meta.title, 0, named[0].start):
                return named[0].as_match()
        return None
    if not (opening := _OPENS_ON_A_COMMUNE.match(meta.title)):
        return None
    named = next((m for m in mentions(meta.title, meta.before_merger) if not m.unknown), None)
    if named is None or named.start > opening.end() or named.level != COMMUNE or not named.code:
        return None
    return named.as_match()


def _section_unit(unit: Unit, context) -> WardMatch | None:  # noqa: ANN001
    """The commune a section's heading names ("PHƯỜNG AN BIÊN: 96,3% HỒ SƠ ..." in a digest of
    news, "3. Phường Hồng An" in a city's report)."""
    for heading in reversed(unit.headings):
        if group := _GROUP_SECTION.match(heading.text):
            # "1. Đối với các xã nêu tại Bảng 1": what each of them is asked, none named
            reason = f"{group.group(1)}: a group of communes, not one"
            return WardMatch(None, None, group.group(1), reason, COMMUNE)
        if not (_OPENS_ON_A_COMMUNE.match(heading.text) or _SPEAKER_OF_A_UNIT.match(heading.text)):
            continue  # "1. Tính đến ngày ..., của xã Quyết Thắng là 86,1%": an item, not a title
        named = subject_of(heading.text, context.meta.before_merger)
        if named is not None:
            return named if named.level == COMMUNE and named.code else None
    return None


_GROUP_SECTION = re.compile(
    r"\s*(?:[\dIVX]{1,4}[.)]\s*|[a-zđ][.)]\s*)?"
    # also what they are asked: "3. Đề nghị Chủ tịch UBND các đơn vị nêu tại mục 2:"
    r"(?i:đối với|(?:đề nghị|yêu cầu)(?:\s+chủ tịch)?(?:\s+(?:ubnd|ủy ban nhân dân))?)\s+"
    # (also a group counted: "2. Đối với 05 xã nêu tại Phụ lục 02")
    r"((?i:các|những|\d+)\s+(?i:xã|phường|đặc khu|đơn vị|địa phương)\b[^:;]*)"
)
_LABELS_A_VALUE = re.compile(r":\s*[≥≤<>~]?\s*\d")
_ABOUT_ONE_UNIT = re.compile(r"(?i:\b(?:tại|đối với|của))\s+$")
_OPENS_ON_A_COMMUNE = re.compile(r"\s*(?:[\dIVX]{1,4}[.)]\s*)?(?i:phường|xã|đặc khu)\s")
# minutes giving the floor to a unit: "2. Đồng chí ..., Chủ tịch UBND xã Vĩnh Bảo:", "- Đại diện
# Ủy ban nhân dân phường An Biên phát biểu:"
_SPEAKER_OF_A_UNIT = re.compile(
    r"\s*(?:[\dIVX]{1,4}[.)]\s*|[a-zđ][.)]\s*|[-+•]\s*)?"
    r"(?i:đồng chí|đ/c|ông|bà|đại diện|ý kiến(?: phát biểu)?(?: của)?)\s[^:;]{0,120}?"
    r"(?:(?i:ubnd|ủy ban nhân dân|uỷ ban nhân dân|đảng ủy|đảng uỷ|hđnd)\s+)?"
    r"(?i:phường|xã|đặc khu)\s[^:;,.]{1,40}?(?:\s+(?i:phát biểu|báo cáo))?\s*:\s*$"
)


_SUBJECT_REACH = 30
# "phường mới đạt", "toàn xã có": a commune's own word for itself as the clause's subject (not
# "các xã", "100% xã", "xã, phường")
_OWN_UNIT_SUBJECT = re.compile(
    r"(?<![\w%])(?<!% )(?<!các )(?<!mỗi )(?<!từng )(?<!khối )(?<!cấp )"
    r"(?<![^0-9]\d )(?<![^0-9]\d\d )(?<![^0-9]\d\d\d )(?:toàn )?(phường|xã|đặc khu)\s+"
    r"(?:(?:mới|đã|vẫn|chỉ|cũng|hiện|đều|mới chỉ|phấn đấu)\s+)*"
    r"(?:đạt|có|là|xếp|đứng|cao hơn|thấp hơn|vượt|chiếm)\b"  # "..., đặc khu cao hơn ... và xếp thứ"
)
_SENTENCE_OPENING = re.compile(
    r"\s*(?:[-+•]\s*)?(?:(?:tính đến|tính từ|đến|trong|năm|quý|tháng|từ|sau)\b[^,;:]{0,40}|"
    r"theo đó|cụ thể|bên cạnh đó|ngoài ra|đồng thời|mặt khác|"
    r"ở (?:nhóm|khối|tốp|cuối|đầu)\b[^,;:]{0,30}),\s*",  # "Ở nhóm cuối, đặc khu A ..."
    re.IGNORECASE,
)
_LEAD_PERIOD_REACH = 5
_LEAD_CLOSE = re.compile(r"\s*(?:như sau)?\s*:\s*")
_LEAD_IN = re.compile(r"([^(;.]*):\s*$")
_LEAD_IN_BEFORE_BRACKET = re.compile(r"([^(;.]*)\([^();.]*:\s*$")  # "xã A giảm 12 bậc (năm 2027:"
_BRACKET_LABEL_BEFORE = re.compile(r"\(([^();.:]*):\s*$")  # "(chỉ tiêu chung của thành phố:"
_UNIT_CELL_WORDS = 6  # "Phường Hồng An", "Toàn thành phố", "Xã Tiên Lãng (cũ)"
# (or which part of a unit's holdings: "UBND phường Cộng Hòa (cũ) (phần bàn giao)")
_COUNT_IN_BRACKETS = re.compile(r"\(\s*(?:\d+|(?:một\s+)?phần\b)[^()]*\)\s*$", re.IGNORECASE)


def _cell_words(cell: str) -> int:
    """Words of a cell naming a unit, a closing count or part aside: "Bình quân khối phường (45
    đơn vị)", "Xã A (cũ) (phần bàn giao)"."""
    return len(_COUNT_IN_BRACKETS.sub("", cell).split())


def _row_cells(unit: Unit) -> list[str]:
    """The cells of a table row: its cell spans, else its lines (one cell per line)."""
    if unit.cells:
        return [unit.text[span.start : span.end] for span in unit.cells]
    return [unit.text[p.unit_start : p.unit_start + p.length] for p in unit.pieces]


_SENTENCE_END = re.compile(rf"[.!?](?=\s+[-+{UPPER}\d])")


# a bracket opened after a value whose label ends its clause on a colon: "(mục tiêu" of
# "(mục tiêu: 85%)"
_LABEL_BRACKET_OPEN = re.compile(r"\([^()]*$")
_NOW_OPENING = re.compile(r"[\s;,]*(?i:hiện(?: nay| tại| giờ)?)\b")


def _lead_sets_targets(unit: Unit) -> bool:
    """Is the unit an item of a list whose lead-in sets targets ("Năm 2027, phường phấn đấu:")?"""
    caption = _lead_sentence(unit.caption)
    return unit.shape == PROSE and bool(caption) and bool(_TARGET_SENTENCE.search(caption))


def _results_year(caption: str, offset: int) -> bool:
    """Whether the year at `offset` in a table's caption dates results: "kết quả năm 2031",
    "số liệu tính đến ngày 31/12/2031"."""
    return bool(_RESULTS_YEAR_BEFORE.search(fold(caption[max(0, offset - 30) : offset])))


_RESULTS_YEAR_BEFORE = re.compile(
    r"\b(?:ket qua(?: thuc hien)?|thuc hien|so lieu(?: tinh)? den(?: ngay)?|tinh den(?: ngay)?)"
    r"\s*$"
)


def _caption_periods(caption: str) -> tuple[PeriodPhrase, ...]:
    """The periods a lead-in or a caption gives its values, not an aside's that holds a value
    of its own: "Tổng kinh phí ... là 186,5 triệu đồng (năm 2029 đã chi 97,3 triệu đồng), gồm:"
    dates none of its items."""
    return tuple(
        phrase
        for phrase in period_phrases(caption)
        if not _in_valued_aside(caption, phrase.offset, len(caption))
    )


def _lead_sentence(caption: str) -> str:
    """The sentence of a lead-in that introduces its list: "Năm 2032, tôi đề nghị ... sau:" of
    "Kính thưa các đồng chí! Năm 2032, tôi đề nghị ... sau:"."""
    nearest = caption.partition("\n")[0]  # (the lead-ins around it follow, nearest first)
    opened = _CLOSED_SENTENCE.search(nearest)
    return nearest[opened.end() :] if opened else caption


_CLOSED_SENTENCE = re.compile(r".*[.!?]\s+(?=[A-ZĐÀ-Ỹ])")


def _value_label(text: str, clause_start: int) -> str:
    """A short label without figures ending on a colon right before the clause."""
    lead = text[_sentence_start(text, clause_start) : clause_start].rstrip()
    if not lead.endswith(":") or _ANY_DIGIT.search(lead) or len(lead.split()) > _LABEL_WORDS:
        return ""
    return _clean_phrase(lead)


_ANY_DIGIT = re.compile(r"\d")
_LABEL_WORDS = 12


def _sentence_start(text: str, offset: int) -> int:
    ends = _sentence_ends(text)
    index = bisect_right(ends, offset) - 1
    return ends[index] if index >= 0 else 0


def _sentence_end(text: str, offset: int) -> int:
    ends = _sentence_ends(text)
    index = bisect_right(ends, offset)
    return ends[index] if index < len(ends) else len(text)


def _sentence_so_far(text: str, offset: int) -> str:
    """The folded words of the sentence before `offset`: what a bare noun may repeat."""
    return fold(text[_sentence_start(text, offset) : offset])


@lru_cache(maxsize=256)
def _sentence_ends(text: str) -> list[int]:
    return [found.end() for found in _SENTENCE_END.finditer(text)]


def _respective_run(
    text: str,
    clause_start: int,
    clause: str,
    tokens: list[re.Match[str]],
    in_clause: list[int],
    index: int,
) -> list[int]:
    """The values listed after "lần lượt" ("22,4% và 25,1%") with the token at `index`, not
    those of a clause going on after them ("..., trong khi bình quân toàn thành phố là 46,7%")."""
    if len(in_clause) < 2 or not (found := _RESPECTIVELY.search(clause)):
        return []
    runs: list[list[int]] = [[]]
    for i in in_clause:
        token = tokens[i]
        if token.start() < clause_start + found.end():
            continue
        gap_start = tokens[runs[-1][-1]].end() if runs[-1] else 0
        if runs[-1] and not _LIST_GAP.fullmatch(text, gap_start, token.start()):
            if len(runs) == 1 and _SECOND_LIST_GAP.fullmatch(text, gap_start, token.start()):
                runs.append([i])  # "xếp thứ 111 và thứ 110, với 521,75 điểm và 531,53 điểm"
                continue
            break
        runs[-1].append(i)
    # a second list is respective too when it is as long as the first
    return next((run for run in runs if index in run and len(run) == len(runs[0])), [])


# (a unit word may follow each value: "lần lượt là 498,07 điểm và 512,36 điểm")
_LIST_GAP = re.compile(
    r"[\s%]*(?:[^\W\d]+(?:\s+[^\W\d]+)?(?=\s*(?:,|\bvà\b)))?"
    r"\s*(?:,|;|\bvà\b|,\s*và\b)?\s*(?:tối thiểu|ít nhất|thứ)?\s*"  # "thứ 2 và thứ 3"
)
# (or their ranks after their rates: "lần lượt đạt 97,8% và 96,5%, xếp thứ 21 và thứ 34")
_SECOND_LIST_GAP = re.compile(
    r"[\s%]*(?:[^\W\d]+\s*)?,?\s*(?:với|tương ứng(?:\s+(?:là|với))?|xếp (?:hạng )?thứ)\s*"
)


def _respective_unit(
    text: str, clause_start: int, clause: str, count: int, position: int, before_merger: bool
) -> WardMatch | None:
    """`Phường A, phường B: lần lượt đạt 92% và 89%`: the i-th value is the i-th unit's."""
    if count < 2 or not (found := _RESPECTIVELY.search(clause)):
        return None
    # the units its own clause lists ("...; xã A và phường B lần lượt xếp thứ 2 và thứ 3"),
    # else those of the sentence ("Phường A, phường B: lần lượt đạt 92% và 89%")
    for lead_start in (clause_start, _sentence_start(text, clause_start)):
        lead = text[lead_start : clause_start + found.start()]
        named = [m for m in mentions(lead, before_merger) if not m.unknown]
        if len(named) == count:
            return named[position].as_match()
    return None


def _respective_subject(clause: str, count: int, position: int) -> str | None:
    """`Tỷ lệ A và Tỷ lệ B đạt lần lượt là 100% và 70%`: the i-th value measures the i-th rate."""
    if count < 2:
        return None
    found = _RESPECTIVELY.search(clause)
    if not found:
        return None
    parts = _RATE_LIST_SPLIT.split(clause[: found.start()])
    if len(parts) != count:
        return None
    return _clean_phrase(parts[position]) or None


# a value labelled as a floor or ceiling, "(mức tối thiểu ...: 300)", or in a bracket after the
# floor it names: "thấp hơn mức tối thiểu thành phố giao (300 Mbps)" bounds the floor, whatever
# the "thấp hơn" says of the unit's own value
# (also past the floor's school year: "(mức tối thiểu phường giao năm học 2028 - 2029: 200 Mbps)")
_FLOOR_LABEL = Cue(
    r"(?i:\bmức tối )(thiểu|đa)\b[^:;.()\d]{0,40}"
    r"(?:(?i:năm)(?: học)? 20\d\d(?:\s*-\s*20\d\d)?\s*)?[:(]\s*$",
    flags=0,
)
# a column of bounds: "Tỷ lệ tối thiểu (%)", "Số hộ ... sử dụng HĐĐT tối thiểu (hộ)", also of a
# year's: "Chỉ tiêu tối thiểu năm học 2028 - 2029 (%)"
_BOUND_HEADER = re.compile(
    r"(?i:\btối )(thiểu|đa)\b(?=\s*(?:$|[^\w\s]|(?i:năm(?: học)?|giai đoạn)\s+20\d\d))"
)
# a bounded value, its unit, then a bracket opening on the value being read
_BOUND_THEN_BRACKET = re.compile(
    r"([\d.,/]+)\s*%?(?:\s+[^\W\d()]+){0,3}?(?:\s+trở (?:lên|xuống))?\s*\(\s*$"
)
_CLOSES_BRACKET = re.compile(r"\s*%?(?:\s*[^\W\d()]+){0,3}\s*\)")
# a bound restated in other terms, however far its bracket stands: "Tối thiểu 90% cán bộ, công
# chức được bồi dưỡng kỹ năng số (tương đương 36/40 người)"
_EQUIVALENT_BRACKET = re.compile(r"\(\s*tương đương\s*$")


def _comparator(
    before: str, after: str, measure: _Measure, previous: Fact | None, following: str = ""
) -> str:
    """`after` runs to the clause's end, `following` past it (a subject listed with commas)."""
    if measure.comparator:
        return measure.comparator
    if measure.range_lower:
        return "ge"
    if found := _COMPARATOR_AFTER.match(after):
        return "ge" if found.group(1) == "lên" else "le"
    tail = before[-60:].lower()
    stripped = _FILLERS.strip(tail)
    if measure.unit == "dbm":
        stripped = stripped.rstrip("-−").rstrip()  # "không thấp hơn -100 dBm": the sign aside
    if _FROM_AT_END.search(stripped) and (bound := _BOUND_LATER.match(after)):
        return "ge" if bound.group(1) == "lên" else "le"  # "đạt từ 90% số công dân ... trở lên"
    coordination = _COORDINATION.search(stripped)
    if (
        previous is not None
        and coordination
        and previous.comparator != "eq"
        # (a count's own passive is no subject of its own: "... và 330 tài khoản được kích hoạt")
        and not (measure.unit == PERCENT and _OWN_PREDICATE_AFTER.match(following))
    ):
        # "≥ 80%, 90%": shared only when what stands before the comma is that value ("gần 6.850
        # người ... mức 2, đạt 72,4%" ends on another number)
        listed = stripped[: coordination.start()]
        # "tối thiểu 560 điểm, 550 điểm và 520 điểm": each value with the same unit word; a
        # count of other things joined by "và" too ("bố trí tối thiểu 04 nhân công và 02 máy
        # quét": one bounded list)
        # (also a comma in a list of counts of other things that closes on "và": "tiếp nhận
        # tối thiểu 770 hồ sơ, 1.100 lượt người dân và 330 tài khoản")
        same_noun = measure.unit == previous.unit or (
            (
                coordination.group().strip() == "và"
                or _LIST_CLOSES_ON_AND_AFTER.match(after) is not None
            )
            and PERCENT not in (measure.unit, previous.unit)
        )
        if same_noun and (unit_word := _VALUE_AND_UNIT_WORD.search(listed)):
            listed = listed[: unit_word.start()]
        if listed.endswith(previous.raw_token.lower()):
            return previous.comparator
    if (
        previous is not None
        and previous.comparator in ("ge", "le")
        and (restated := _BOUND_THEN_BRACKET.search(tail))
        and restated.group(1) == previous.raw_token.lower()
        and _CLOSES_BRACKET.match(after)
    ):
        return previous.comparator  # "tối thiểu 92% (15.571 tài khoản)": the floor restated
    if (
        previous is not None
        and previous.comparator in ("ge", "le")
        and _EQUIVALENT_BRACKET.search(tail)
    ):
        return previous.comparator  # "tối thiểu 90% cán bộ ... (tương đương 36/40 người)"
    if _NOT_BEYOND.search(stripped):
        return "le"  # "Không để phát sinh quá 05 phản ánh"
    if stripped.endswith(("đạt và vượt", "đạt, vượt", "đạt hoặc vượt", "hoàn thành và vượt")):
        return "eq"  # "đã đạt và vượt 7/10 chỉ tiêu": counts those met, exceeded or not
    for phrase, comparator in _ending_comparators(stripped):
        before_phrase = stripped[-len(phrase) - 1 : -len(phrase)]
        if phrase.isalpha() and before_phrase.isalpha():
            continue  # the end of a longer word
        if phrase == "trên" and (_SAID_ABOVE.search(stripped) or _COUNTED_ON.search(stripped)):
            # "tại 04 thôn nêu trên 02 lần/tuần": said above, no bound; "gồm 3.412 đèn trên 96
            # tuyến đường": where the things counted stand
            continue
        return comparator
    return "eq"


_SAID_ABOVE = re.compile(r"\b(?:nêu|nói|như|kể)\s+trên$")
# "trên" right after a count and its noun is "on", not "over": "gồm 3.412 đèn trên 96 tuyến
# đường" (not a share's "đạt 85% trên 40 tổ dân phố", nor a verb's bound after a year, a level
# or a rank: "đến năm 2030 có trên 120 camera", "mức 2 đạt trên 92%", "tốp 10 khối xã với trên")
_COUNTED_ON = re.compile(
    r"(?<!năm )(?<!mức )(?<!tốp )(?<!top )(?<!thứ )(?<![\d.,])\d[\d.,]*"
    r"(?:\s+(?!(?:có|đạt|là|được|với|chiếm|còn|khoảng|gần|cả|lên|xuống)\b)[^\W\d]+){1,3}\s+trên$"
)


@lru_cache(maxsize=4096)
def _role(headings: tuple[Heading, ...]) -> str | None:
    """Role of the nearest heading that has one: results or targets."""
    for heading in reversed(headings):
        if heading.intertitle:
            continue  # "Chủ tịch phường: "Chưa hài lòng với hai chỉ tiêu"" names no section
        # a section's role is named where its heading opens ("II. TỒN TẠI, HẠN CHẾ"), not in an
        # item read as a heading ("3. Vận động thêm 50 hộ ...; số hóa 100% hồ sơ, kết quả ...")
        folded = fold(heading.text)[:_ROLE_REACH]
        if _EXPECTED_RESULTS.search(folded):
            return TARGET  # "IV. KẾT QUẢ DỰ KIẾN ĐẾN NĂM 2030": what the plan expects to reach
        if _RESULT_ROLE.search(folded):
            return ACTUAL
        if _TARGET_ROLE.search(_SOME_INDICATORS.sub("", folded)):
            return TARGET
    return None


_ROLE_REACH = 60


def _wording_kind(prefix: str, reference_year: int | None) -> str | None:
    """Kind stated by the words just before a value: the nearest cue wins."""
    if _PLAN_FIGURE.search(prefix):
        return TARGET
    if "(" in prefix:
        # an aside closed before the value speaks of something else: "2,1 tỷ đồng (đã được bố
        # trí tại Nghị quyết số 24/NQ-HĐND ...) và nguồn xã hội hóa khoảng 550 triệu đồng"; a
        # label stays: "Năm 2027 (dự kiến): 95%"
        prefix = _ASIDE.sub(lambda m: " " * len(m.group()), prefix)
    cues = [(m.end(), TARGET) for m in _TARGET_WORDING.finditer(prefix)]
    cues += [
        (m.end(), ACTUAL)
        for m in _ACTUAL_WORDING.finditer(prefix)
        if not (_WEAK_ACTUAL.fullmatch(m.group()) and _RELATIVE_CLAUSE_VERB.match(prefix, m.end()))
    ]
    for horizon in _HORIZON_WORDING.finditer(prefix):
        year = int(horizon.group(1))
        if _RECORDS_FROM_BEFORE.search(prefix, max(0, horizon.start() - 40), horizon.start()):
            continue  # "hồ sơ hình thành từ năm 2026 đến năm 2028": the records' years
        if _COMPARED_TARGET_BEFORE.search(prefix, max(0, horizon.start() - 30), horizon.start()):
            continue  # "So với mục tiêu đến năm 2035, ... mới đạt 76,1%": what it is set against
        if reference_year and year != reference_year:
            cues.append((horizon.end(), TARGET if year > reference_year else ACTUAL))
    if not cues:
        return None
    cues.sort()
    kind = cues[-1][1]
    if kind == ACTUAL and any(k == TARGET for _, k in cues):
        # (a past horizon is an actual cue of its own: "đến năm 2030 ... đạt" with no verb cue)
        nearest = max((m.end() for m in _ACTUAL_WORDING.finditer(prefix)), default=-1)
        strong = [
            m for m in _ACTUAL_WORDING.finditer(prefix) if not _WEAK_ACTUAL.fullmatch(m.group())
        ]
        if not strong and nearest == cues[-1][0]:
            return TARGET
    return kind


def _has_target_cue(lowered: str, reference_year: int | None) -> bool:
    """A target cue, but not "đến năm 2025" in a document of 2025 ("Đến năm 2025, tỷ lệ ... đạt
    86,3%" in a report on the term 2020 - 2025 says where it got)."""
    for cue in _TARGET_CUES.finditer(lowered):
        horizon = _HORIZON_WORDING.pattern.match(cue.group())
        if not (horizon and reference_year and int(horizon.group(1)) <= reference_year):
            return True
    return False


def _kind(headings: tuple[Heading, ...], clause: str, context) -> str:  # noqa: ANN001
    """Kind from the clause's wording, else the section's role, else the document's kind."""
    base = _role(headings) or context.default_kind
    # "đạt 94,6%, cao hơn mục tiêu 4,6 điểm phần trăm": the target it is compared with
    lowered = _COMPARED_WITH_A_TARGET.sub(" ", clause.lower())
    if base == TARGET and _ACTUAL_CUES.search(lowered) and not _TARGET_CUES.search(lowered):
        return ACTUAL
    if (
        base == ACTUAL
        and _has_target_cue(lowered, context.meta.reference_year)
        and not _ACTUAL_CUES.search(lowered)
    ):
        return TARGET
    return base


def _opening_bracket(text: str, offset: int, low: int = 0) -> int | None:
    """Where the bracket holding `offset` opens (at or after `low`), if one is open there."""
    opened = text.rfind("(", low, offset)
    return None if opened < 0 or ")" in text[opened:offset] else opened


def _in_targets_bracket(text: str, start: int) -> bool:
    """Is `start` inside a bracket that opens on the targets someone set, over a list of them:
    "(chỉ tiêu thành phố giao cho phường: tỷ lệ ... từ 90% trở lên; ... tối thiểu 97%)"."""
    opened = _opening_bracket(text, start, max(0, start - _TARGETS_BRACKET_REACH))
    if opened is None or not (
        _TARGETS_BRACKET_LEAD.match(text, opened + 1, start)
        or (
            # (a bracket of its own labels is not: "chỉ tiêu phường giao (tháng 9: 4/5 ...)")
            _TARGETS_NAMED_BEFORE_BRACKET.search(text, max(0, opened - 120), opened)
            and ":" not in text[opened:start]
        )
    ):
        return False
    # not an item labelled its own way: "(chỉ tiêu TP giao: 92%; năm 2030: 89,1%)"
    item = text.rfind(";", opened, start)
    return item < 0 or ":" not in text[item:start]


_TARGETS_BRACKET_REACH = 600  # a bracket listing six targets, each with its indicator's name
# who set them names them so: "(chỉ tiêu thành phố giao cho xã:", "(các chỉ tiêu Đảng ủy đề ra:"
_TARGETS_BRACKET_LEAD = re.compile(
    r"\s*(?i:các\s+)?(?i:chỉ tiêu|mục tiêu)\s[^();:%\d]{0,50}?(?i:giao|đề ra)\b"
    r"(?:[^();:%\d]|\b20\d\d\b){0,60}:"  # (and their horizon: "... đến hết năm 2029:")
)

# or the bracket follows the targets it lists, named with who set them: "So với chỉ tiêu kinh
# doanh năm 2032 Chi nhánh giao (mở mới 1.500 tài khoản; phát triển 7.000 người ...)" (not a
# share of one, "đạt 96% chỉ tiêu giao (...)", a count of them, "đạt 10/13 chỉ tiêu được giao
# (tỷ lệ 76,9%)", nor one met: "vượt chỉ tiêu ... giao (...)")
_TARGETS_NAMED_BEFORE_BRACKET = re.compile(
    r"(?<!%\s)(?<!%)(?<!\d\s)(?<!đạt\s)(?<!vượt\s)(?<!thành\s)\b(?i:chỉ tiêu|mục tiêu)\s"
    r"(?:[^();:%\d]|\b20\d\d\b){0,60}?\b(?i:giao|đề ra)\s*$"
)


def _bracket_label_periods(text: str, start: int) -> tuple[PeriodPhrase, ...]:
    """The periods of the label opening the bracket that holds `start`: "(năm 2027: ...", an
    infographic's bare "(2031: 94,8%)", else of a bracket around that one ("(kết quả năm
    2028: ...; tỷ lệ ... 91,7% (bình quân toàn thành phố: 89,2%))")."""
    low = max(0, start - _LABEL_REACH)
    while (opened := _opening_bracket(text, start, low)) is not None:
        label = _BRACKET_LABEL.match(text, opened + 1, start)
        if label and (periods := _label_periods(label.group(1))):
            return periods
        start = opened  # the bracket around this one, if any
    return ()


_LABEL_REACH = 240  # "(kết quả năm 2028: tổng thu ... 86,4 tỷ đồng; tỷ lệ ... ước đạt 91,7%"


def _label_periods(label: str) -> tuple[PeriodPhrase, ...]:
    if bare := _BARE_YEAR.fullmatch(label):
        year = int(bare.group(1))
        return (PeriodPhrase(year, year, bare.start(1), bare.end(1)),)
    return period_phrases(label)


_BARE_YEAR = re.compile(r"\s*(20\d\d)\s*")


def _ended_before(span: str | None, as_of: date) -> bool:
    """Whether the month or quarter `span` names ends before the cut-off ("Quý I", "(tháng 4
    là ...", "trong tháng 01/2032" under 15/02/2032): a figure of that span, not of the cut-off."""
    ended = last_day_of_span(span, as_of.year) if span else None
    return ended is not None and ended < as_of


def _begins_after(span: str | None, as_of: date) -> bool:
    """Whether the month or quarter `span` names begins after the cut-off ("Quý III/2029"
    under 30/6/2029): a figure planned for it, not one reached."""
    begins = first_day_of_span(span, as_of.year) if span else None
    return begins is not None and begins > as_of


def _row_days_end(unit: Unit, year: int) -> date | None:
    """The last day of the days a table row names in a cell of its own ("07/10 - 13/10"), or of
    the month its cell names ("Tháng 3/2032")."""
    for cell in _row_cells(unit):
        if (found := _DAYS_CELL.fullmatch(cell.strip())) and (
            ended := valid_date(found.group(1), found.group(2), found.group(3) or str(year))
        ):
            return ended
        if _SPAN_CELL.fullmatch(cell.strip()) and (ended := last_day_of_span(cell, year)):
            return ended
    label = next((cell.strip() for cell in _row_cells(unit) if _ROW_LABEL_CELL.match(cell)), "")
    if found := _DAY_ROW_LABEL.fullmatch(label):
        # a by-day table's row label names its one day, alone or in brackets after the day's
        # other name ("| 27 tháng Chạp (30/01) | 173 |", "| Ngày 28/01/2030 | 146 |")
        day, month, written = found.group(1, 2, 3) if found.group(1) else found.group(4, 5, 6)
        return valid_date(day, month, written or str(year))
    return None


_DAYS_CELL = re.compile(r"\d{1,2}/\d{1,2}(?:/20\d\d)?\s*[-–]\s*(\d{1,2})/(\d{1,2})(?:/(20\d\d))?")
# a by-month table's row label: "| Tháng 3/2032 | 112 | 4.850 |" (not "Cộng 6 tháng"; a quarter's
# row "| Quý I/2028 | 11 |" under a caption's cut-off keeps it)
_SPAN_CELL = re.compile(r"(?i:tháng)\s+\d{1,2}(?:/20\d\d)?")
# the row's label: its first cell that is not its number ("| 3 | ...", "| II | ...")
_ROW_LABEL_CELL = re.compile(r"\s*(?![IVX\d]+\.?\s*$)\S")
_DAY_ROW_LABEL = re.compile(
    r"(?:(?i:ngày)\s+)?(\d{1,2})/(\d{1,2})(?:/(20\d\d))?"
    r"|[^()]*\(\s*(\d{1,2})/(\d{1,2})(?:/(20\d\d))?(?:,[^()]*)?\)"
)


def _bracket_label(text: str, start: int) -> str | None:
    """The label opening the bracket that holds `start`: "năm 2027" of "(năm 2027: ..."."""
    opened = _opening_bracket(text, start, max(0, start - _SUBJECT_REACH * 2))
    if opened is None:
        return None
    label = _BRACKET_LABEL.match(text, opened + 1, start)
    return label.group(1) if label else None


# a month, a quarter or the first months of a year ("10 tháng năm 2034", "6 tháng đầu năm 2031")
_SPAN = r"((?i:tháng|quý)\s+[^\s,;:]+|\d{1,2}\s+tháng\s+(?:đầu\s+)?năm\s+20\d\d)"
# "trong tháng 01/2032", also "Theo kết quả 6 tháng đầu năm 2031 do Sở ... tổng hợp, ... xếp thứ
# 9/67", and the span compared with: "So với quý III/2030 (1.874 hồ sơ, tỷ lệ trực tuyến 81,2%),
# ...", and the review of a part of the year: "Tại đợt sơ kết 6 tháng đầu năm 2031, Hội ... xếp
# thứ 17/114"
_SPAN_OF_CLAUSE = re.compile(r"(?i:trong|riêng|vào|kết quả|so với|sơ kết)\s+" + _SPAN)
# a clause or a sentence opening on its span, also past its source: "...; tháng 10/2034 tiếp nhận
# 02 vụ", "Theo thông báo của Công an thành phố, 10 tháng năm 2034 toàn thành phố ..."
# (or past the index whose round it is: "Theo kết quả đánh giá Bộ chỉ số phục vụ người dân,
# doanh nghiệp quý III/2033 do UBND thành phố công bố, xã đạt 84,62 điểm")
_SPAN_OPENING = re.compile(
    r"\s*(?:[-+•]\s+|[a-zđ]\)\s+)?(?:(?i:theo)\s[^,;.]{0,60},\s*"
    # (or an item opening on such a round: "đ) Kết quả chấm điểm ... quý II/2034 do ... công bố:")
    r"|(?i:(?:theo )?kết quả (?:đánh giá|xếp hạng|chấm điểm))\s[^;.()]{0,80}?"
    r"\s(?=(?i:tháng|quý)\s))?" + _SPAN
)
# a result's label beside a target: "(kết quả năm 2031: 78,5%)", or the level reached now: "100%
# xã, phường có sóng 5G (hiện nay: 109/114)", which is no cut-off (_NOW_LABEL)
_RESULTS_BRACKET_LABEL = re.compile(
    r"\s*(?:ket qua|thuc hien|th|uoc th|uth|da dat|hien nay|hien tai)\b"
)
_NOW_LABEL = re.compile(r"\s*(?:hien nay|hien tai)\b\s*")  # folded
# a bracket opening on a year that is no later than the report's and what it reached: "(năm 2029
# đạt 94,6%)" after a target for 2030
# (also a part of that year: "tối thiểu 70% (6 tháng đầu năm 2031 đạt 52,4%)", "(quý I/2031 đạt")
# (or a school year's: "(năm học 2029 - 2030 đạt 93,8%)")
_YEAR_REACHED_BRACKET = re.compile(
    r"\(\s*(?:(?:\d{1,2}|sáu|chín) tháng(?: đầu)?\s+|quý\s+[IV]{1,3}\s*/\s*)?(?:năm\s+)?"
    r"(?:học\s+20\d\d\s*-\s*)?20\d\d\s+(?:đã\s+)?đạt\s*$",
    re.IGNORECASE,
)
# a bracket opening on a school term with no year and what it reached: "(học kỳ I đạt 83,6%)"
_TERM_REACHED_BRACKET = re.compile(r"\(\s*(?i:học kỳ)\s+[IV]{1,2}\s+(?:đã\s+)?đạt\s*$")
# a bracket opening on the running total and what it reached, beside a target: "(lũy kế 9
# tháng đạt 93,7%)", "(lũy kế đến 30/9: 90,2%)"
_RUNNING_TOTAL_BRACKET = Cue(
    r"\((?:lũy|luỹ) kế\b[^();%]{0,40}?(?:\s(?:đã\s+)?đạt|\slà|:)\s*$",
    words=("lũy kế", "luỹ kế"),
)
# a bracket dated by its own label: "(tại thời điểm 15/9/2031 là 91/114)"
_MOMENT_LABEL = re.compile(  # (also a measurement's "(kết quả đo ngày 26/12/2031: 212,6 Mbps)")
    r"\s*(?:(?:tại\s+)?thời\s+điểm|(?:kết quả\s+)?(?:đo|đo kiểm|kiểm tra)\s+ngày)\s+(?:ngày\s+)?"
    r"(\d{1,2})/(\d{1,2})/(20\d\d)\s*"
)
_MEASURED_ON = Cue(
    # (the place measured may hold a number: "đo tại Nhà văn hóa TDP Kênh Dương 5 ngày ...";
    # the day before a colon dates the list after it: "Kết quả đo kiểm ngày 26/02/2032 tại 12
    # điểm: ... 4G ... đạt 46,8 Mbps, ...; ... đo được 684,2 Mbps")
    r"\b(?i:đo|đo kiểm)\b(?:[^;,.()\d]|\d(?![\d/])){0,40}?\bngày\s+(\d{1,2})/(\d{1,2})/(20\d\d)\b"
    r"(?!\s*(?:đến|[-–]))"  # (not a span's first day: "đo kiểm từ ngày 12/8/2032 đến ngày 16/8")
    # (or further in its sentence: "kết quả đo ngày 12/8/2032 tại dãy hàng cá, cường độ tín
    # hiệu 4G chỉ khoảng -112 dBm, tốc độ tải xuống đạt 3,2 Mbps")
    r"(?:[^;]{0,50}|(?:[^;.]|\.\d){0,120}|[^.:]*:(?:[^.]|\.\d)*)$",
    flags=0,
)


# a list's lead-in that checks the figures on a day: "Qua đối chiếu trên Hệ thống ... ngày
# 05/12/2033, số liệu thực tế như sau:", "Kiểm tra ngày 12/3/2031 tại 04 thôn, kết quả như sau:"
_CHECKED_ON_LEAD = re.compile(
    r"\b(?i:đối chiếu|kiểm tra|rà soát|xác minh)\b[^;.()]{0,80}?"
    r"\bngày\s+(\d{1,2})/(\d{1,2})/(20\d\d)\b"
    r"(?!\s*(?:đến|[-–]))[^;.()]{0,40}?\b(?i:như sau|sau đây)\s*:\s*$"
)


def _caption_measured_on(unit: Unit, offset: int) -> date | None:
    """The day a table's caption says the value's column was measured on, naming the column by
    its first words: "(tốc độ đo ngày 12/6/2034)" over "Tốc độ tải xuống (Mbps)"."""
    if not (unit.cells and unit.caption and (header := _folded_column_header(unit, offset))):
        return None
    for measured in _CAPTION_MEASURED_ON.finditer(unit.caption):
        if header.startswith(fold(measured.group(1)).strip()):
            return valid_date(*measured.groups()[1:])
    return None


_CAPTION_MEASURED_ON = re.compile(
    r"(?:^|[(;,])\s*([^\W\d][^();,:\d]{1,40}?)\s+(?i:đo|đo kiểm)\s+ngày\s+"
    r"(\d{1,2})/(\d{1,2})/(20\d\d)\b"
)
_EARLIER_SPAN_LABEL = re.compile(r"\s*(?i:tuần|tháng|quý|kỳ) (?i:trước|liền kề trước)\s*")
# "(tăng) từ 74,1% lên 86,3%", also the start's rate in the bracket after its count: the 1,12 of
# "giảm từ 86 hộ (1,12%) đầu năm xuống còn 52 hộ"
_EARLIER_VALUE_BEFORE = Cue(r"(?i:\btừ)(?:\s+[\d.,]+\s*[^\W\d]*\s*\()?\s*$", flags=0)
# "điều chỉnh từ 146 camera thành", also past the start's own time: "từ 84,2% (tháng 3) lên",
# "từ 86 hộ (1,12%) đầu năm xuống"
_RISE_TO_AFTER = re.compile(
    r"\s*%?\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:(?:đầu|cuối) (?:năm|kỳ)\s*)?(?:lên|xuống|thành)\b"
)
# a figure a correction replaces: "số đã báo cáo 92,7%, số đúng là 95,3%"
_FIGURE_REPORTED_BEFORE = re.compile(r"(?i:\bsố (?:liệu )?đã báo cáo)(?:\s+là)?\s*$")
_ARROW_TO_VALUE = re.compile(rf"\s*{_ARROW}\s*(?:thứ\s*)?\d")
# the year such a value stood in: "📊 SO VỚI NĂM 2030:", "so với năm 2029: 74% → 81%"
# (a school year's last year: "So với học kỳ I năm học 2033 - 2034, ... tăng từ 09 lên 14")
_COMPARED_YEAR = re.compile(
    r"\bso voi (?:cung ky )?(?:(?:hoc ky [iv\d]+ )?nam hoc 20\d\d\s*-\s*|nam )?(20\d\d)\b"
)
_COMPARED_LAST_YEAR = re.compile(rf"\bso voi cung ky {_LAST_YEAR_WORDS}\b")
# a section that compares with an earlier year: "IV. SO SÁNH VỚI KẾT QUẢ GIÁM SÁT NĂM 2032"
_COMPARED_HEADING = re.compile(r"\bso sanh voi\b[^.;()]{0,60}?\bnam (20\d\d)\s*$")
_BRACKET_LABEL = re.compile(r"\s*([^();:]{1,50}?)(?::|\s+là\b)")  # "(năm 2027: ", "(tháng 4 là "
_PLAN_BRACKET = r"\s*\((?i:kế hoạch|chỉ tiêu|KH)(?:\s+(?:năm\s+)?20\d\d)?\)"
_PLAN_BRACKET_AFTER = re.compile(_PLAN_BRACKET)
_FROM_A_DATED_VALUE_TO = re.compile(r"\s*\(\s*năm \d{4}\s*\)\s*(?:lên|xuống)\s*(?:mức\s*)?")
_PLAN_RAISED = re.compile(rf"{_PLAN_BRACKET}\s*(?:lên|xuống)\s*(?:mức\s*)?")
_LINE_LABEL = re.compile(r"[ \t]*((?i:tháng|quý) [^();:\n]{1,20}?)[ \t]*:[ \t]*")
# a cell's own label before its value: "| Bình quân TP 6 tháng đầu năm 2033: 1,4% |"
_CELL_LABEL = re.compile(r"\s*([^();:|\n]{1,60}?)\s*:\s*")


def _in_valued_aside(text: str, offset: int, value_start: int) -> bool:
    """Is `offset` inside brackets closed before the value that hold a value of their own
    ("2.410 triệu đồng (năm 2028 đã bố trí 1.985 triệu đồng), gồm ... 360 triệu đồng": the
    year is the bracket's)? A bracket holding only a period labels what follows: "(năm 2025):"."""
    opened = _opening_bracket(text, offset)
    if opened is None:
        return False
    closed = text.find(")", offset, value_start)
    if closed < 0:
        return False
    inside = text[opened + 1 : closed]
    for phrase in reversed(period_phrases(inside)):
        # (a window's months are no value: "(từ tháng 10/2032 đến hết năm 2033)")
        inside = inside[: phrase.offset] + " " + inside[phrase.end_offset :]
    return bool(_ANY_DIGIT.search(_YEARS.sub(" ", inside)))


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


def _aside(
    text: str, clause_start: int, previous: re.Match[str], start: int
) -> tuple[int, int] | None:
    """Where the bracket holding the previous value opens and closes, when it closes before
    `start` (it may open before the clause a colon inside it starts: "(chỉ tiêu năm: 1.500
    hộ), bằng 80,9% kế hoạch năm")."""
    opened = _opening_bracket(text, previous.start(), max(0, clause_start - _SUBJECT_REACH))
    if opened is None:
        return None
    closed = text.find(")", previous.end(), start)
    if closed < 0 or "(" in text[previous.end() : closed]:
        return None
    return opened, closed + 1


def _period(unit, clause_start, clause_end, match, measure, kind, reference_year, next_value):  # noqa: ANN001, PLR0913
    """Period written for this value: right after it, in the words before it, in its clause."""
    text = unit.text
    actual = kind == ACTUAL

    def usable(phrase: PeriodPhrase) -> bool:
        if _records_span(phrase, reference_year):
            return False  # "số hóa 6.800 hồ sơ hình thành từ năm 2015 đến năm 2024"
        return actual or _plausible_target(phrase, reference_year)

    def written(start: int, end: int) -> list[PeriodPhrase]:
        # "hồ sơ hình thành từ năm 2015 đến năm 2024": the records' years, however recent
        phrases = period_phrases(text[start:end])
        return [
            p
            for p in phrases
            if usable(p)
            and not _RECORDS_BEFORE.search(
                text, max(start, start + p.offset - 30), start + p.offset
            )
            and not _in_valued_aside(text, start + p.offset, match.start())
        ]

    value_end = max(measure.unit_end, match.end())
    # (not a bracket's label: "100% (năm 2029: 86,4%)" dates the bracket's value only)
    after = [
        p
        for p in written(value_end, clause_end)
        if not _labels_bracket(text, value_end + p.offset, value_end + p.end_offset)
    ]
    if actual and reference_year:
        # "mới đạt 47,3%, chưa bảo đảm mục tiêu đề ra cho năm 2030": a year to come is a target's
        after = [p for p in after if (p.start or p.end) <= reference_year]
    if after and _binds_after(text, value_end, after[0], next_value):
        return after[0].years(reference_year, actual=actual)
    # (not the year of where a move started: "vươn từ thứ 58 năm 2029 lên thứ 5 với 95,8%",
    # "tăng từ 35,2% (năm 2029) lên 41,8%")
    # (not past this year named after it: "triển khai từ năm học 2025 - 2026, năm học này đã ký
    # số 100% học bạ": the document's year)
    this_year = None
    for this_year in _THIS_YEAR.finditer(text, clause_start, match.start()):  # noqa: B007
        pass
    before = [
        p
        for p in written(clause_start, match.start())
        if not (
            _MOVED_TO.search(text, clause_start + p.end_offset, match.start())
            and _MOVED_FROM.search(text, clause_start, clause_start + p.offset)
        )
        and not (this_year and clause_start + p.end_offset <= this_year.start())
    ]
    if before:
        return before[-1].years(reference_year, actual=actual)
    if not text[clause_start : match.start()].strip() and (
        lead := _BRACKET_LEAD.search(text, max(0, clause_start - 40), clause_start)
    ):
        # "(năm 2026: 80,1%)": the bracket's lead-in is the period of the value it introduces
        if lead_periods := [p for p in _label_periods(lead.group(1)) if usable(p)]:
            return lead_periods[-1].years(reference_year, actual=actual)
    if labelled := [p for p in _bracket_label_periods(text, match.start()) if usable(p)]:
        # "(năm 2027: 538,20 điểm, xếp thứ 50/114)": every value of the bracket has its year
        return labelled[-1].years(reference_year, actual=actual)
    if unit.cells or unit.shape == TABLE_CELLS:
        # not a "Lý do" or "Giải thích" cell's years ("lùi tiến độ sang Quý I/2027")
        row_text = _row_text(unit)
        if row := [
            p
            for p in _periods_not_of_records(row_text)
            if usable(p) and not _labels_bracket(row_text, p.offset, p.end_offset)
        ]:
            return row[0].years(reference_year, actual=actual)
    return None


def _labels_bracket(text: str, start: int, end: int) -> bool:
    """Does the period at `start`:`end` open a bracket as its label ("(năm 2029: 86,4%)")?"""
    return bool(
        _BRACKET_OPENED_BEFORE.search(text, max(0, start - 12), start)
        and _LABEL_CLOSED_AFTER.match(text, end)
    )


_BRACKET_OPENED_BEFORE = re.compile(r"\(\s*(?i:kết quả\s+)?$")
_LABEL_CLOSED_AFTER = re.compile(r"\s*(?::|\blà\b)")


def _periods_not_of_records(text: str) -> list[PeriodPhrase]:
    """The periods of `text` but the years records span ("hồ sơ hộ tịch hình thành từ năm 2015
    đến năm 2024")."""
    return [
        p
        for p in period_phrases(text)
        if not _RECORDS_BEFORE.search(text, max(0, p.offset - 30), p.offset)
    ]


def _row_text(unit: Unit) -> str:
    """A table row's text without its explanation and note cells ("Năm 2026: đạt 78,9%" in a
    `Ghi chú` cell dates that value only)."""
    if not (unit.cells and unit.header):
        return unit.text
    return " | ".join(
        unit.text[span.start : span.end]
        for span in unit.cells
        if not (
            span.column < len(unit.header)
            and _ASIDE_HEADER.match(fold(unit.header[span.column]).strip())
        )
    )


def _plausible_target(phrase: PeriodPhrase, reference_year: int | None) -> bool:
    """A target does not end years before its document was written ("từ năm 1975 đến năm 2015"
    describes the records, not the target's period)."""
    # (a horizon alone is no span of records: "Nghị quyết đặt mục tiêu đến năm 2030: ... trên
    # 80%" quoted in a report of 2036 is still the target of 2030)
    return not reference_year or phrase.horizon or phrase.end >= reference_year - _PAST_TARGET_YEARS


def _records_span(phrase: PeriodPhrase, reference_year: int | None) -> bool:
    """Years long past that a result's records span ("hồ sơ hộ tịch đăng ký từ năm 1995 đến
    năm 2015, đạt 85%"): what was digitised, not when."""
    return (
        reference_year is not None
        and phrase.start != phrase.end  # one year ("năm 2015") may be a baseline
        # nor is a horizon reached a span: "đến năm 2030 ... đã đạt 86,9%" in 2036 is 2030's
        # result (one before a year still is: "163 trường hợp chết trước năm 2025")
        and not (phrase.horizon and not phrase.before)
        and phrase.end < reference_year - _PAST_RESULT_YEARS
    )


_PAST_RESULT_YEARS = 5
_THIS_YEAR = re.compile(r"(?i:\bnăm nay|\bnăm(?: học)? này)\b")
_MOVED_FROM = re.compile(r"(?i:\btừ)\b")
_MOVED_TO = re.compile(r"(?i:\b(?:lên|xuống))\b")
_TARGET_LABEL = re.compile(
    r"\s*(?:\d{1,2}[.)]\s*)?(?i:chỉ tiêu|mục tiêu|kế hoạch)(?: năm 20\d\d)?(?: được)? giao\b"
)
_BRACKET_LEAD = re.compile(r"[(;]\s*([^();]{1,30}?):\s*$")  # also "(...: 70%; năm 2027: 61,3%)"
# "hồ sơ hình thành trong năm 2020", "chuẩn nghèo đa chiều giai đoạn 2026 - 2030": the years of
# the records, or of the standard a rate is measured by, not of the value
# the first year of the span records were made in, before its "đến năm"
_RECORDS_FROM_BEFORE = re.compile(
    r"(?i:hình thành|đăng ký|phát sinh|lưu trữ)\s+(?:trong\s+)?(?i:từ)\s+(?:năm\s+)?20\d\d\s+$"
)
# a fraction in the bracket after the share of a target reached restates the result, its whole
# the target: "đạt 67,4% mục tiêu (9.436/14.000 hộ)" (the 9.436 this year's, as the 67,4%)
_SHARE_OF_TARGET_BRACKET = re.compile(r"\d\s*%\s*(?:mục tiêu|chỉ tiêu|kế hoạch)\s*\(\s*$")
# the target a result is set against, by its horizon: "So với mục tiêu đến năm 2035, ..."
_COMPARED_TARGET_BEFORE = re.compile(r"(?i:so với)\s+(?i:mục tiêu|chỉ tiêu|kế hoạch)\s+$")
_RECORDS_BEFORE = re.compile(
    # (not the field of work "công tác văn thư, lưu trữ năm 2032", whose year is the work's)
    r"(?i:hình thành|đăng ký|phát sinh|(?<!văn thư, )(?<!văn thư - )(?<!văn thư và )lưu trữ)"
    r"\s+(?:trong\s+)?$|(?i:chuẩn nghèo)[^,;.\d]{0,20}$"
    # when the things counted were installed: "74 camera hư hỏng, chủ yếu là camera lắp đặt trước
    # năm 2024" (not a deadline: "hoàn thành lắp đặt trước năm 2030")
    r"|(?<!hoàn thành )(?i:lắp đặt|trang bị|mua sắm)\s+$"
)


def _binds_after(text: str, value_end: int, phrase: PeriodPhrase, next_value: int) -> bool:
    """Does a period written after a value belong to it ("đạt 80% vào năm 2025", "03 cơ sở dữ
    liệu ... trong 2 năm đầu (2026 - 2027)"), rather than to the value that follows ("2,1 tỷ
    đồng, năm 2028 là 2,4 tỷ đồng"; "25/25 thôn, trong khi năm 2026 mới được 17/25")?"""
    start, end = value_end + phrase.offset, value_end + phrase.end_offset
    if (restated := _RESTATING_BRACKET.match(text, value_end)) and restated.end() <= start:
        # "02 lớp 1 (70 học sinh) cho Trường ... từ năm học 2032 - 2033": the bracket restates
        # the count, and the period after it is both values'
        # (a value between the bracket and the period still stops it: the gap holds its digits)
        next_value, value_end = max(next_value, end), restated.end()
    if end > next_value:
        return False
    if _LINKS_TO_VALUE.match(text, end, next_value) or _LEADS_INTO_NUMBER.match(text, end):
        return False  # "(năm 2025: 1,12 tỷ đồng)": the period names the number it leads into
    gap = text[value_end:start]
    # "(năm 2025 mới đạt 41,7%)": a parenthesis that also holds the next value is that value's
    opened = gap.count("(") > gap.count(")")
    if opened and ")" not in text[end:next_value]:
        return False
    if gap.count(")") > gap.count("(") and not _OPENS_ITS_BRACKET.fullmatch(
        text, text.rfind("(", 0, value_end), value_end
    ):
        # "(năm 2029: 18/31 di tích, 72 mã QR), vượt kế hoạch năm 2030": its bracket's (but a
        # bracket restating a count, "02 lớp 1 (70 học sinh) ... từ năm học 2032 - 2033", is not)
        return False
    if _PERIOD_AFTER.match(gap):
        return True
    if _CONTRAST.search(gap) or _SINGLED_OUT.search(gap):
        return False
    # (a name's number is no value between: "bố trí 85 triệu đồng từ nguồn kinh phí thực hiện Đề
    # án 06 năm 2035": the sum's year)
    named = _PLAN_NUMBER.sub("", _TECHNOLOGY_NAME.sub("", gap))
    return not (len(gap) > _AFTER_PERIOD_REACH or re.search(r"\d", named))


# a clause singling out a part, whose period is its own: "tối thiểu 60%, riêng chợ Tết Tân Hợi
# 2031 từ 70% trở lên" (60 keeps the list's year)
_SINGLED_OUT = re.compile(r"[,;]\s*(?i:riêng)\b")
# an item's label: "a)", "2."
_ITEM_LABEL = r"(?:\d{1,2}|[a-zđ])[.)]"
# an item that opens on its period before a colon, past a bracket of its own: "a) Năm 2029:",
# "- Quý III/2030 (số liệu đến ngày 30/9/2030):"
_ITEM_PERIOD_LEAD = re.compile(
    rf"\s*(?:{_ITEM_LABEL}\s*|[-–•+*]\s*)?"
    # (first, in one pass, whether a bracket or a colon comes within a lead-in's reach: most
    # texts have none, and the lead-in's two bounds alone try every split of it before failing)
    r"(?=[^:;.()]{1,50}?\s*[(:])"
    r"([^:;.()\d]{0,20}[^:;.()]{1,30}?)\s*(?:\([^()]*\))?\s*:"
)


def _item_lead_period(text: str, start: int, reference_year: int | None) -> PeriodPhrase | None:
    """The period an item's lead-in opens on, for a value in a later sentence of the item, with
    no cut-off or "now" of its own between ("a) Năm 2029: ... . UBND xã đã bố trí 180 triệu
    đồng ...": 2029)."""
    lead = _ITEM_PERIOD_LEAD.match(text)
    if not lead or lead.end() > _sentence_start(text, start):
        return None  # (the lead's own sentence: its head period, or none)
    phrases = period_phrases(lead.group(1))
    if len(phrases) != 1 or phrases[0].offset > _LEAD_PERIOD_REACH:
        return None
    if _records_span(phrases[0], reference_year) or _OWN_CUT_OFF.search(text, lead.end(), start):
        return None
    return phrases[0]


def _sentence_head_period(text: str, clause_start: int, boundaries) -> PeriodPhrase | None:  # noqa: ANN001
    """ "Năm 2025, phường hoàn thành ...; tỷ lệ ... đạt 91,3%": a period in the first clause of
    a sentence (not inside a cited document's title) governs the clauses that follow."""
    sentence_start = _sentence_start(text, clause_start)
    if sentence_start >= clause_start:
        return None
    first_end = next((b for b, _ in boundaries if b > sentence_start), clause_start)
    if (
        _SPEAKER_LABEL.fullmatch(text, sentence_start, first_end)
        or _ITEM_ROLE_LABEL.fullmatch(text, sentence_start, first_end)
    ) and first_end < clause_start:
        # "Đáp: Năm 2027, phường phấn đấu ...": the label of who speaks opens no period, nor an
        # item's label ("2. Mục đích: ... thực hiện chỉ tiêu năm 2030 ...: tỷ lệ ... 80%")
        sentence_start = first_end + 1
        first_end = next((b for b, _ in boundaries if b > sentence_start), clause_start)
    head = text[sentence_start : min(first_end, clause_start)]
    # (a period opening a clause after a cited document is no part of its title: "Theo Kế hoạch
    # số 186/KH-UBND ..., đến năm 2030 Hải Phòng phấn đấu ...")
    phrases = [
        p
        for p in _periods_not_of_records(head)
        if not (
            _CITATION_BEFORE.search(head[: p.offset])
            and not head[: p.offset].rstrip().endswith(",")
            and not _GOAL_SET_BEFORE.search(head[: p.offset])
        )
        and not _in_open_bracket(head, p.offset)
        and not _THIS_YEAR.search(head, p.end_offset)  # "từ năm học 2025 - 2026, năm học này"
    ]  # "(năm 2026 có 5 địa phương)": an aside's year governs nothing after it
    return phrases[-1] if phrases else None


# an event's days in brackets after its name: "Lễ hội ... (từ ngày 12 đến ngày 14/3/2030)"
_EVENT_DAYS = re.compile(
    r"\(\s*(?i:từ)\s+(?:ngày\s+)?\d{1,2}(?:\s*/\s*\d{1,2})?\s+(?:đến|tới)\s+(?:hết\s+)?"
    r"(?:ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(20\d\d)\s*\)"
)
# an event's days in lunar months: "(họp từ ngày 20 đến ngày 29 tháng Chạp)"
_LUNAR_EVENT_DAYS = re.compile(
    r"\([^()\d]{0,20}?\b(?i:từ)\s+(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+\w+)?\s+(?:đến|tới)\s+"
    r"(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\w+)\s*\)"
)
# a clause's own time, which the period opening its sentence does not override: a cut-off, or
# "hiện nay" ("... từ cuối năm 2027; hiện nay, tỷ lệ ... là 91,6%")
_OWN_CUT_OFF = Cue(
    r"\b(?i:tính đến|đến)\s+(?:hết\s+)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*20\d\d"
    r"|\b(?i:hiện nay|hiện tại|đến nay)\b"
    # "...năm 2028, ...; 6 tháng đầu năm, tỷ lệ ... đạt 97,3%": the document's own part of a year
    r"|\b(?i:(?:3|6|9|sáu|chín) tháng(?: đầu)? năm|năm nay)\b(?!\s*(?:20\d\d|\d))",
    flags=0,
)
_SPEAKER_LABEL = re.compile(r"\s*(?:[-–•*]\s*)?(?i:câu hỏi|hỏi|đáp|trả lời|phóng viên|pv)\s*:?\s*")
# an item's label naming its role: "2. Mục đích:", "b) Yêu cầu:"
_ITEM_ROLE_LABEL = re.compile(
    rf"\s*(?:{_ITEM_LABEL}\s*|[-–•*]\s*)?"
    r"(?i:mục đích|mục tiêu|yêu cầu|nội dung|phạm vi)(?: chung| cụ thể)?\s*:?\s*"
)


_VALUED_ASIDE = re.compile(r"\([^()]*?\d+(?:[.,]\d+)?\s*%[^()]*\)")


@lru_cache(maxsize=4096)
def _heading_years(
    headings: tuple[Heading, ...],
    horizon_start: int | None,
    actual: bool,
    reference_year: int | None = None,
) -> tuple[int, int] | None:
    for heading in reversed(headings):
        # not a bracket stating another year's value: "(9) Tỷ lệ ... tối thiểu 95% (năm 2028 ước
        # đạt 91,7%); ..." heads the items after it with no year of 2028
        heading_text = _VALUED_ASIDE.sub(" ", heading.text)
        if phrases := period_phrases(heading_text):
            if (
                actual
                and reference_year
                and (phrases[0].start or 0) > reference_year
                and _TARGET_SENTENCE.search(heading.text)
            ):
                continue  # "Năm 2029: phấn đấu ..." over "... mới đạt 58,4%": not a result's year
            if _COMPARED_WITH_HEADING.search(fold(heading_text[: phrases[0].offset])):
                continue  # "5. So sánh với mục tiêu và Cuộc thi năm 2029": the year compared with
            return phrases[0].years(horizon_start, actual=actual)
        if (
            not actual
            and (deadline := _DEADLINE_HEADING.search(heading_text))
            and horizon_start
            and int(deadline.group(1)) >= horizon_start
        ):
            # "a) Giai đoạn 1 (đến ngày 30/6/2032):": the phase's targets, to its deadline's year
            return horizon_start, int(deadline.group(1))
    return None


_COMPARED_WITH_HEADING = re.compile(r"\bso (?:sanh )?voi\b")
# a deadline a heading gives the targets under it (not a cut-off: "tính đến ngày ...")
_DEADLINE_HEADING = Cue(
    r"(?<!tính )(?<!liệu )\b(?:đến|trước)\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"\s*[/.-]\s*(20\d\d)\b",
    words=("đến", "trước"),
)


# an item's label whose bracket sets its deadline: "2. Phát triển hạ tầng số (cơ quan chủ trì:
# UBND xã; hoàn thành trước quý II/2028):", "b) ... (thời hạn: tháng 9/2029):"
_ITEM_DEADLINE_LABEL = re.compile(
    rf"\W*{_ITEM_LABEL}\s+[^:;()\n]{{3,100}}\((?:[^()]*?[;,]\s*)?"
    r"(?i:hoàn thành|thời hạn(?: hoàn thành)?)\s*:?\s*(?:trước|đến|chậm nhất|trong)?\s*(?:hết\s+)?"
    r"(?:ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*|quý\s+[IV]+\s*/\s*|tháng\s+\d{1,2}\s*/\s*|năm\s+)"
    r"(20\d\d)\s*\)\s*:"
)


# an item that opens on its deadline's day, the phase's targets after the colon: "a) Đến ngày
# 31/12/2032: 100% hộ kinh doanh tại chợ có mã QR; ..." (a day alone reads as a cut-off)
_ITEM_DEADLINE_LEAD = re.compile(
    rf"\W*(?:{_ITEM_LABEL}|[-–•+])\s*(?i:đến|trước)\s+(?:hết\s+)?ngày\s+\d{{1,2}}\s*/\s*\d{{1,2}}"
    r"\s*/\s*(20\d\d)\s*:"
)


def _item_deadline_years(
    text: str, offset: int, horizon_start: int | None
) -> tuple[int, int] | None:
    """The period of a target under an item whose label's bracket, or lead-in, gives a
    deadline: from the plan's first year to the deadline's (like a phase's heading "a) Giai
    đoạn 1 (đến ngày 30/6/2032):")."""
    label = _ITEM_DEADLINE_LABEL.match(text) or _ITEM_DEADLINE_LEAD.match(text)
    if not (label and horizon_start and label.end() <= offset):
        return None
    year = int(label.group(1))
    return (horizon_start, year) if year >= horizon_start else None


def _column_header_meaning(
    unit: Unit, offset: int, horizon_start: int | None = None, last_year: int | None = None
) -> tuple[str | None, tuple[int, int] | None]:
    """A table column headed "Thực hiện 2025" holds results of 2025; "Kế hoạch 2026" targets;
    "Định hướng 2030" targets from the plan's year to 2030; "Cùng kỳ năm trước" results of
    `last_year`.

    A bare "Kết quả" header says nothing: in a plan's indicator list it holds the expected
    result, i.e. the target.
    """
    if not unit.header:
        return None, None
    column = unit.column_of(offset)
    if column is None or column >= len(unit.header):
        return None, None
    header = unit.header[column]
    folded = fold(header)
    if _ASIDE_HEADER.match(folded.strip()):
        return None, None  # "Ghi chú" under a merged "Năm 2028": a note dates its own values
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", header)]
    period = (years[0], years[-1]) if years else None
    phrases = period_phrases(header)
    if len(phrases) == 1 and phrases[0].horizon:  # "Mục tiêu đến 2030": from the plan's year
        period = phrases[0].years(horizon_start, actual=False)
    folded = folded.strip()
    if qualified := _QUALIFIED_YEAR_HEADER.fullmatch(folded):
        folded = _HEADER_ABBREVIATIONS.get(qualified.group(1), qualified.group(1))
    # "Số lượng Kế hoạch năm 2029", "Tỷ lệ (%) Thực hiện quý I/2029": a merged header's group
    folded = _MEASURE_BEFORE_GROUP.sub("", folded)
    first, _, rest = folded.partition(" ")
    if first in _HEADER_ABBREVIATIONS:  # "KH 2026", "TH năm 2026", "ƯTH 2026"
        folded = f"{_HEADER_ABBREVIATIONS[first]} {rest}"
    if _SHARE_OF_PLAN_HEADER.match(folded):
        # "% ƯTH so KH", "Tỷ lệ % so với kế hoạch": how much of the plan the result reached
        return ACTUAL, (period[1], period[1]) if period else None
    if (
        last_year
        and not years
        and (
            _LAST_YEAR_HEADER.fullmatch(folded)
            or (_MEASURE_LAST_YEAR_HEADER.fullmatch(folded) and not _CHANGE_HEADER.match(folded))
        )
    ):
        return ACTUAL, (last_year, last_year)
    if (
        _AGREED_HEADER.search(folded)
        or _ALLOCATED_HEADER.match(folded)
        or _REQUIREMENT_HEADER.match(folded)
    ):
        return TARGET, period  # "Số bản ghi theo HĐ": what a contract set, beside what was done
    if (_ACTUAL_HEADER.match(folded) and (years or _ACTUAL_HEADER_NO_YEAR.match(folded))) or (
        _DONE_HEADER.search(folded)
    ):
        return ACTUAL, (period[1], period[1]) if period else None
    if _TARGET_HEADER.match(folded) and (
        years or _TARGET_HEADER_NO_YEAR.match(folded) or _header_unit(header)
    ):
        return TARGET, period  # also "Chỉ tiêu Chiến dịch (tài khoản)", a column of values
    if years and folded.startswith("dinh huong"):
        # "Định hướng 2030": to the plan's horizon, as "đến năm 2030"
        start = horizon_start if horizon_start and horizon_start < years[-1] else years[-1]
        return TARGET, (start, years[-1])
    if abbreviated := _INDICATOR_THEN_KIND.search(folded):
        # "Hồ sơ trực tuyến TH 2027 (%)", "Hồ sơ trực tuyến KH 2028 (%)"
        year = int(abbreviated.group(2))
        return (ACTUAL if abbreviated.group(1) != "kh" else TARGET), (year, year)
    if len(years) == 1 or (len(phrases) == 1 and phrases[0].start):
        # "Năm 2025", "Điểm 2026", "Điểm DTI 2028 (điểm)", "Giai đoạn 2 (năm 2029 - 2030)": a
        # year's or a span's values, past or planned
        return None, period
    return None, None


def _row_label_meaning(unit: Unit) -> tuple[str | None, tuple[int, int] | None]:
    """A table with a row per year ("2024 | 58,7 | 18.904", "Kế hoạch 2027 | 95 | 36.500"),
    or a row with a period cell ("...;Quý III/2026;87,6", "...;Kế hoạch năm 2026;90"): the
    label or that cell gives the row's period, and says targets when it names a plan."""
    if not unit.cells:
        return None, None
    found = _YEAR_ROW_LABEL.fullmatch(fold(_squash_cell(unit, unit.cells[0])))
    for span in unit.cells[1:] if found is None else ():
        cell = fold(_squash_cell(unit, span))
        if any(c.isalpha() for c in cell) and (found := _PERIOD_CELL.fullmatch(cell)):
            break
    kind = _kind_cell(unit)
    if found is None:
        return kind, None
    year = int(found.group(2))
    if found.group(1) and _TARGET_HEADER.match(found.group(1)):
        kind = TARGET
    return kind, (year, year)


def _cell_states_year(unit: Unit, offset: int) -> bool:
    """Does the value's own cell write a year before it ("Ghi chú: Cùng kỳ năm 2025: 71,9%")?
    Then the row's period is not the value's."""
    if not unit.cells:
        return False
    cell_start = unit.cell_bounds(offset)[0]
    return bool(_YEAR.search(unit.text, cell_start, offset))


def _kind_cell(unit: Unit) -> str | None:
    """A cell under "Loại số liệu" that says `Kế hoạch` or `Thực hiện`."""
    for span in unit.cells:
        if span.column < len(unit.header) and _KIND_HEADER.match(fold(unit.header[span.column])):
            cell = fold(_squash_cell(unit, span))
            if _TARGET_HEADER.fullmatch(cell):
                return TARGET
            if _ACTUAL_HEADER.fullmatch(cell):
                return ACTUAL
    return None


def _squash_cell(unit: Unit, span: CellSpan) -> str:
    return squash(unit.text[span.start : span.end])


_YEAR = re.compile(r"\b20\d\d\b")
_KIND_HEADER = re.compile(r"\s*loai (?:so lieu|du lieu|gia tri)\b")
_PLAN_OR_RESULT_WORDS = r"(ke hoach|kh|chi tieu|muc tieu|thuc hien|uoc thuc hien|uoc)"
_YEAR_ROW_LABEL = re.compile(rf"(?:nam\s*)?(?:{_PLAN_OR_RESULT_WORDS}\s*(?:nam\s*)?)?(20\d\d)")
# "Quý III/2026", "9 tháng 2025", "6 tháng đầu năm 2026", "Năm 2025", "Kế hoạch năm 2026"
_PERIOD_CELL = re.compile(
    rf"(?:{_PLAN_OR_RESULT_WORDS}\s*)?(?:nam|quy\s*[ivx1-4]+\s*(?:/|nam)?|"
    r"(?:\d{1,2}|sau|chin)\s*thang(?:\s*dau)?(?:\s*nam)?|thang\s*\d{1,2}\s*(?:/|nam)?)?\s*(20\d\d)"
    r"(?:\s*(?:thanh pho |cap tren |duoc )?(?:giao|de ra))?"  # "Chỉ tiêu năm 2029 thành phố giao"
)


def _as_of(
    unit: Unit,
    offset: int,
    value_end: int,
    clause_end: int,
    year: int | None,
    in_lettered_item: bool = False,
) -> date | None:
    """The last cut-off written before the value in its paragraph, else one right after it in
    its clause ("đạt 95% (tính đến ngày 20/11/2025)"); one without its year is in `year`."""
    before = [
        day
        for position, day in _cut_offs(unit.text, year)
        if position < offset and not _in_closed_bracket(unit.text, position, offset)
    ]
    if before:
        return before[-1]
    if (header := _column_header(unit, offset)) and (headed := _cut_offs(header, year)):
        return headed[-1][1]  # a column "TH đến 30/11/2028"
    if header and (moment := moment_header(header, year)):
        return moment  # a column per update of a quick report: "| 12 giờ 00 ngày 16/9 |"
    if unit.caption and (captioned := _cut_offs(unit.caption, year)):
        if len(captioned) > 1 and (header := _column_header(unit, offset)):
            return _column_cut_off(unit.caption, header, captioned) or captioned[-1][1]
        return captioned[-1][1]
    # (not past the bracket the value stands in: "(chỉ tiêu ... là từ 95% trở lên), đến ngày
    # 31/8/2034 xã Hà Bắc mới đạt 81,4%")
    following = unit.text[value_end:clause_end].split(")", 1)[0]
    if reason := _REASON_OR_CONTRAST.search(following):
        following = following[: reason.start()]  # "hạ từ 70% xuống 55%, do đến ngày 30/6 ..."
    if after := cut_off_dates(following, year):
        return after[0][1]
    for heading in reversed(unit.headings):
        # "1️⃣ KẾT QUẢ THÁNG 9 (số liệu tính đến 30/9/2030) 👇": the results of its section; one
        # ending with a colon leads into a table or a list ("2. ... (số liệu tính đến ngày
        # 30/6/2029) như sau:" over "a) Về hạ tầng số:" and its items), not a paragraph
        if (headed := _cut_offs(heading.text, year)) and (
            not heading.text.rstrip().endswith(":")
            or unit.shape != PROSE
            or is_list_item(unit.text)
            or in_lettered_item
        ):
            return headed[-1][1]
    return None


def _in_closed_bracket(text: str, position: int, offset: int) -> bool:
    """Whether the cut-off at `position` dates a figure of its own in a bracket that closes
    before `offset`: "(tại thời điểm 15/9/2031 là 91/114)", not the sentences after it (as
    "Kết quả (tính đến ngày 30/9/2026): ..." does)."""
    if text.rfind("(", 0, position) <= text.rfind(")", 0, position):
        return False
    close = text.find(")", position, offset)
    return close != -1 and bool(_FIGURE_AFTER_DATE.match(text, position, close))


_FIGURE_AFTER_DATE = re.compile(r"\D*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\D+\d")


def _column_cut_off(
    caption: str, header: str, cut_offs: tuple[tuple[int, date], ...]
) -> date | None:
    """The cut-off a caption gives the value's column by its name: "(số đã báo cáo tính đến
    ngày 15/12/2029; số đính chính tính đến ngày 31/12/2029)" over "Số đã báo cáo"."""
    column = fold(header).strip()
    for position, day in cut_offs:
        opening = max(caption.rfind(mark, 0, position) for mark in "(;:") + 1
        named = _CUT_OFF_LEAD.sub("", fold(caption[opening:position])).strip()
        # ("số xã báo cáo tính đến ..." over a column "Xã báo cáo": the figures it names)
        figures = _FIGURES_WORD.sub("", named)
        if len(figures) > 3 and (column.startswith(named) or column.startswith(figures)):
            return day
    return None


# (also "số đã báo cáo ngày 05/11 là số liệu tính đến ...": what the column's figures are)
_CUT_OFF_LEAD = re.compile(r"\s*(?:la\s+)?(?:so lieu\s+)?(?:tinh)?\s*$")
_FIGURES_WORD = re.compile(r"^(?:so lieu|so)\s+")
_REASON_OR_CONTRAST = Cue(r"\b(?:do|vì|bởi|nhưng|trong khi|song|tuy nhiên)\b")


def _cut_offs(text: str, year: int | None = None) -> tuple[tuple[int, date], ...]:
    # (a heading in capitals too: "I. KẾT QUẢ THỰC HIỆN ĐẾN NGÀY 31/10/2030")
    cued = "đến" in text or "Đến" in text or "ĐẾN" in text or "điểm" in text or "ĐIỂM" in text
    cued = cued or "lúc" in text or "Lúc" in text  # "lúc cao điểm (05 giờ 00 ngày 16/9)"
    cued = cued or "trích xuất" in text or "kiểm tra" in text
    cued = cued or _DASH_WINDOW.search(text) is not None
    return cut_off_dates(text, year) if cued else ()


# a window written with a dash ends on its cut-off: "(01/01 - 28/02/2033)", "Từ 01/4 - 15/7/2033"
_DASH_WINDOW = re.compile(
    r"(?:từ|Từ|\()\s*(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*[-–]"
)


def _indicator(unit: Unit, token_start: int, prefix: str, suffix: str) -> str:
    if unit.cells and unit.header:
        column = unit.column_of(token_start)
        indicator_column = _indicator_column(unit)
        if column is not None and indicator_column is not None and column != indicator_column:
            cell_start, cell_end = unit.cell_bounds(token_start)
            cell = unit.text[cell_start:cell_end]
            if len(_LATEX.sub(" ", cell).split()) <= _VALUE_CELL_WORDS:
                return squash(unit.cell_text(indicator_column))
    before = _clean_phrase(prefix)
    after = _clean_phrase(suffix)
    words_after = after.split()
    if len(words_after) > 30:
        after = " ".join(words_after[:30])
    rate = None
    for rate in _TIỶ_LE.finditer(before):  # noqa: B007 - the last rate phrase names the indicator
        pass
    if rate is not None:
        return squash(before[rate.start() :])
    if _RATE_ONLY.search(prefix):
        return "tỷ lệ"
    if len(before.split()) < 3:
        return after or before
    return squash(f"{before} {after}") if after else before


_FOOTNOTE_MARK = re.compile(r"[(\[]\d{1,2}[)\]](?!\s*\w)|(?<=\w)[(\[]\d{1,2}[)\]]")


@lru_cache(maxsize=256)  # a value's prefix is cleaned for its indicator and its subject
def _clean_phrase(text: str) -> str:
    text = _FOOTNOTE_MARK.sub(" ", _LATEX.sub(" ", text.replace("\t", " ")))
    text = squash(text)
    if leading := _LEADING_NOISE.match(text):
        text = text[leading.end() :]
    text = _FILLERS.strip(text)
    if endings := _ending_comparators(text.lower()):
        text = text[: -len(endings[0][0])]
    text = _FILLERS.strip(text)
    return _TRAILING_NOISE.strip(text).strip()


def _sentence(unit: Unit, clause: str) -> str:
    if unit.cells:
        cells = (unit.text[span.start : span.end].strip() for span in unit.cells)
        return squash(" | ".join(c for c in cells if c))
    return squash(clause)


def _propagate_row_comparators(items: list[Fact | Rejection]) -> list[Fact | Rejection]:
    """A comparator stated in a table row for a value applies to that value's other cells: the
    same value of the same kind and period ("Tỷ lệ ... ≥ 90%" | "90"), not the result that
    happens to equal its target ("Tối thiểu 3" | "3")."""

    def key(fact: Fact) -> tuple:
        return fact.value, fact.unit, fact.kind, fact.period_start, fact.period_end

    stated = {
        key(item): item.comparator
        for item in items
        if isinstance(item, Fact) and item.comparator != "eq"
    }
    result: list[Fact | Rejection] = []
    for item in items:
        if isinstance(item, Fact) and item.comparator == "eq" and key(item) in stated:
            item = Fact(**{**_fact_fields(item), "comparator": stated[key(item)]})
        result.append(item)
    return result
