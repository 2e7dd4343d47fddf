"""Periods and cut-off dates as the genre writes them.

`(2025 - 2027)`, `giai đoạn 2026-2030`, `đến cuối năm 2027`, `năm 2025`, `trong tháng 5/2025`,
`Quý III/2025`, `6 tháng đầu năm 2025`; cut-offs `Tính đến ngày 30/9/2025`, `tính đến 17h ngày
12-4-2024`, `đến ngày 20/11/2025`, and the end of a reporting window `từ 1/7 đến 15/12/2025`.
Pure functions over one string; offsets refer to that string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from ingest.text import Cue

_YEAR = r"(20\d\d)"
_DAY_MONTH_YEAR = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
_DAY_MONTH = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})"
_WORDED_DATE = r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
_CLOCK = r"(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}(?:\s*(?:phút|p|'))?)?\s*,?\s*)"

# A year named only to compare with ("tăng 14,3% so với năm 2024", "gấp 2 lần năm 2023"), or
# inside a date or a citation, is not a period.
# the years a numbered group of records was formed in define the group, neither its period nor
# its cut-off: "nhóm 3 từ năm 2011 đến ngày 30/6/2025 có 63,8 mét giá" (the holding is of the
# document's cut-off)
_GROUP_FROM = rf"\bnhóm\s+\d{{1,2}}\s+(?:\(\s*)?từ\s+(?:năm\s+)?{_YEAR}"
_GROUP_FROM_BEFORE = re.compile(rf"{_GROUP_FROM}\s+$", re.IGNORECASE)
_NOT_A_PERIOD = re.compile(
    # (or kept as it was: "Duy trì 100% hồ sơ ... được số hóa như năm 2030")
    rf"(?:so với|cùng kỳ|lần|\bnhư)(?:\s+cùng kỳ)?(?:\s+(?:cuối|đầu|hết))?(?:\s+năm)?\s*{_YEAR}"
    # (or a school year's term: "So với học kỳ I năm học 2033 - 2034, số phòng ... tăng từ 09
    # lên 14 phòng": the end value is of the report's school year)
    rf"|so với\s+(?:cùng kỳ\s+)?(?:học kỳ\s+[IV\d]+\s+)?năm học\s+{_YEAR}\s*[-–]\s*{_YEAR}"
    # "giảm 8,1% so với dự toán năm 2029": what the value is set against
    rf"|so với\s+(?:dự toán|kế hoạch|kết quả|số liệu)\s+năm\s+{_YEAR}"
    # (or by its horizon: "So với mục tiêu đến năm 2035, số đèn ... mới đạt 76,1%")
    rf"|so với\s+(?:mục tiêu|chỉ tiêu|kế hoạch)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+{_YEAR}"
    rf"|\blần\s+[^\d,;()]{{1,30}}?\s+năm\s+{_YEAR}"  # "gấp gần 1,3 lần dự toán năm 2027"
    rf"|ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+{_YEAR}"
    rf"|\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*{_YEAR}"
    r"|\d+\s*/\s*20\d\d\s*/\s*[A-ZĐ]"
    r"|(?:số|Số)\s*\d+[^\s,;]*"
    # when a result was published, not what it measures: "do UBND thành phố công bố tháng 3/2027"
    rf"|(?:công bố|ban hành|phê duyệt)\s+(?:vào\s+)?tháng\s+\d{{1,2}}\s*[/.-]\s*{_YEAR}"
    # a law named by its year: "theo Luật Bảo vệ dữ liệu cá nhân năm 2025"
    rf"|(?-i:\b(?:Bộ luật|Luật))\s+[^\d,;.()]{{2,60}}?\s+năm\s+{_YEAR}"
    # a span to now: "từ năm 2025 đến nay" (the result is of the year written in)
    rf"|từ\s+(?:năm\s+)?{_YEAR}\s+(?:đến|tới)\s+nay"
    # nor a running total from a year on: "(lũy kế từ năm 2026)" is the stock at the cut-off
    rf"|lũy kế\s+(?:tính\s+)?từ\s+(?:năm\s+)?{_YEAR}(?!\s*(?:[-–—/]|đến|tới))"
    # a birth year names who is counted: "812 trẻ sinh năm 2025 (6 tuổi)", "(..., sinh năm 2020)"
    # (not an intake's year: "Trong kỳ tuyển sinh năm 2032")
    # (a clause read from after its noun opens on it: " sinh năm 2025 (6 tuổi)")
    rf"|(?:\b(?:trẻ|em|người|cháu|dân)|[(,]|^)\s*sinh\s+(?:năm\s+)?{_YEAR}"
    # the target a group of units missed names the group: "riêng các đơn vị chưa đạt chỉ tiêu năm
    # 2031 phải đạt từ 92% trở lên" (a target of the lead-in's year)
    r"|\b(?:các|những)\s+(?:đơn vị|xã|phường|đặc khu|thôn|tổ dân phố)(?:,\s*(?:xã|phường|đặc khu))*"
    rf"\s+(?:chưa|không)\s+(?:đạt|hoàn thành)\s+chỉ tiêu(?:\s+năm)?\s+{_YEAR}"
    # when things were bought or put into use, which says which ones, or what they are: "16 máy
    # (mua trước năm 2027)", "máy mua giai đoạn 2027 - 2029", "01 máy chủ (đưa vào sử dụng năm
    # 2026)" (not "Năm 2030, phường mua 50 máy": the year of the purchase counted)
    rf"|\bmua\s+(?:(?:từ|trước|sau)\s+(?:năm\s+)?{_YEAR}"
    rf"|(?:trong\s+)?giai đoạn\s+{_YEAR}\s*[-–—]\s*{_YEAR})"
    rf"|\(\s*(?:đưa vào sử dụng|lắp đặt|trang bị)\s+(?:từ\s+|trước\s+)?(?:năm\s+)?{_YEAR}"
    # the base year of constant prices: "theo giá so sánh năm 2010"
    rf"|giá\s+(?:so sánh|cố định)(?:\s+năm)?\s+{_YEAR}"
    # the years a numbered group of records was formed in define the group (its end day below)
    rf"|{_GROUP_FROM}"
    # records formed since the last century: "sổ hộ tịch đăng ký từ năm 1995 đến năm 2015" (what
    # was digitised, not when)
    rf"|từ\s+(?:năm\s+)?19\d\d\s*(?:[-–—]|(?:đến|tới)(?:\s+hết)?(?:\s+năm)?)\s*{_YEAR}",
    re.IGNORECASE,
)
_RANGE = re.compile(
    rf"(?:(?:giai đoạn|thời kỳ|từ năm|từ)\s+)?{_YEAR}\s*(?:[-–—]|đến(?:\s+hết)?(?:\s+năm)?)\s*"
    rf"{_YEAR}",
    re.IGNORECASE,
)
_HORIZON = Cue(
    rf"(?:đến|tới|trước)\s+(?:hết\s+|cuối\s+)?(?:năm\s+)?{_YEAR}(?!\s*[-–])",
    words=("đến", "tới", "trước"),
)
_MONTH_OR_QUARTER = Cue(
    rf"(?:tháng\s+\d{{1,2}}|quý\s+(?:[IVX]+|\d))\s*(?:/|năm|-)\s*{_YEAR}"
    rf"|\d{{1,2}}\s+tháng\s+(?:đầu|cuối)\s+năm\s+{_YEAR}",
    words=("tháng", "quý"),
)
# also a plan's or an estimate's year, a harvest's: "KH 2030: 70%", "Ước TH 2030", "vụ 2030"
_SINGLE = Cue(
    # (a crop's season too: "vụ Xuân 2029", "vụ Đông 2028")
    rf"\b(?:năm|vụ(?:\s+(?:xuân|mùa|đông|hè thu|đông xuân|chiêm))?|kh|ước th|ưth|kế hoạch|"
    rf"chỉ tiêu|mục tiêu)\s+{_YEAR}\b"
    # a Lunar New Year by its year, with or without its name in the cycle: "chợ Tết Tân Hợi
    # 2031", "Tết Nguyên đán Canh Tuất 2030"
    rf"|\btết(?:\s+nguyên\s+đán)?(?:\s+[^\W\d]+\s+[^\W\d]+)?\s+{_YEAR}\b",
    words=("năm", "vụ", "kh", "ước th", "ưth", "hoạch", "tiêu", "tết"),
)

_AS_OF = Cue(
    rf"tính\s+đến(?:\s+hết)?\s+{_CLOCK}?(?:ngày\s+)?(?:{_DAY_MONTH_YEAR}|{_WORDED_DATE})"
    rf"|(?:đến|tới)(?:\s+hết)?\s+{_CLOCK}?ngày\s+(?:{_DAY_MONTH_YEAR}|{_WORDED_DATE})"
    # "kết quả CĐS đến 15/10/2027", not "từ 01/10 đến 15/10/2027" (a window, read below)
    rf"|(?<!\d\s)(?<!\d)(?:đến|tới)(?:\s+hết)?\s+{_DAY_MONTH_YEAR}"
    # a stated moment: "Tại thời điểm 01/7/2025, toàn phường có 186 camera", also one named by
    # what happened then, its day in brackets: "Tại thời điểm khai trương (02/9/2031), ..." or
    # after "ngày": "(tồn tại tính tại thời điểm kiểm tra ngày 14/3/2033; ...)"
    rf"|(?:tại|vào)\s+thời\s+điểm\s+(?:[^\d(),;.:]{{1,40}}?(?:\(\s*|\s(?=ngày\s)))?(?:ngày\s+)?"
    rf"{_DAY_MONTH_YEAR}"
    # the day data were drawn from a database: "Theo dữ liệu trích xuất từ Cơ sở dữ liệu quốc gia
    # về dân cư ngày 15/5/2031, trên địa bàn có 812 trẻ ..."
    rf"|trích\s+xuất\s+(?:(?!trước|sau)[^\d,;.:]){{0,80}}?\bngày\s+{_DAY_MONTH_YEAR}"
    # the day a verifier read the data: "qua kiểm tra trên nền tảng giám sát ngày 03/12/2031, có
    # ... số camera thực tế đang kết nối là 41 camera"
    rf"|qua\s+kiểm\s+tra\s+[^\d,;.:]{{0,60}}?\bngày\s+{_DAY_MONTH_YEAR}"
    # a quick report's moment on a day it named and dated in brackets just before: "riêng mùng
    # 1 Tết (02/02/2030), đến 20 giờ 00 hệ thống ghi nhận 09 hồ sơ"
    rf"|\(\s*{_DAY_MONTH_YEAR}\s*\)\s*,?\s*(?:đến|tới|lúc)\s+{_CLOCK}",
    words=("đến", "tới", "lúc", "thời điểm", "trích xuất", "kiểm tra"),
)
_AS_OF_IN_YEAR = Cue(
    # (also "VP đã cập nhật lại số liệu đến 17h ngày 13/10:")
    rf"(?:tính|số liệu)\s+đến(?:\s+hết)?\s+{_CLOCK}?(?:ngày\s+)?{_DAY_MONTH}(?!\s*[/.-]?\s*\d)"
    # a quick report's moments of the day, each dating the figures after it: "lúc cao điểm (05
    # giờ 00 ngày 16/9) chỉ còn khoảng 41%; đến 20 giờ 00 ngày 16/9 đạt 78,5%"
    rf"|(?:(?:tại|vào)\s+thời\s+điểm|lúc)\s+(?:[^\d(),;.:]{{1,40}}?\(\s*)?{_CLOCK}?"
    rf"ngày\s+{_DAY_MONTH}(?!\s*[/.-]?\s*\d)"
    rf"|(?:đến|tới)\s+{_CLOCK}ngày\s+{_DAY_MONTH}(?!\s*[/.-]?\s*\d)",
    words=("tính", "liệu", "điểm", "lúc", "giờ", "h"),
)
# a table column headed by a moment of the day alone: "| 05 giờ 00 ngày 16/9 |"
_MOMENT_HEADER = re.compile(rf"\s*{_CLOCK}ngày\s+{_DAY_MONTH}(?:\s*/\s*(\d{{4}}))?\s*")
# months to a date or a month: "(từ tháng 7/2025 đến 30/6/2030)", "từ tháng 1/2029 đến tháng 6/2029"
_MONTHS_WINDOW = Cue(
    rf"từ\s+tháng\s+\d{{1,2}}\s*[/.-]\s*{_YEAR}\s+(?:đến|tới)(?:\s+hết)?\s+"
    # (or to a year's end: "(từ tháng 10/2032 đến hết năm 2033)")
    rf"(?:(?:(?:ngày\s+)?\d{{1,2}}\s*[/.-]\s*|tháng\s+)\d{{1,2}}\s*[/.-]\s*|năm\s+){_YEAR}",
    words=("tháng",),
)
# (also with a dash, as a table cell writes it: "Từ 01/4 - 15/7/2033", "(01/01 - 28/02/2033)")
_WINDOW = Cue(
    rf"(?:từ\s+(?:ngày\s+)?|\(\s*(?=\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{4}})?\s*[-–]))"
    rf"{_DAY_MONTH}(?:\s*[/.-]\s*(\d{{4}}))?"
    rf"(?:\s+(?:đến|tới)(?:\s+hết)?\s+|\s*[-–]\s*)(?:ngày\s+)?{_DAY_MONTH_YEAR}",
    words=("từ", "("),
)


@dataclass(frozen=True, slots=True)
class PeriodPhrase:
    """A period written in the text. A horizon ("đến năm 2030") has no start of its own."""

    start: int | None
    end: int
    offset: int
    end_offset: int
    # a horizon written "trước năm 2025" (before it) rather than "đến năm 2030" (up to it)
    before: bool = False

    @property
    def horizon(self) -> bool:
        return self.start is None

    def years(self, reference_year: int | None, *, actual: bool) -> tuple[int, int]:
        """(start, end): a horizon starts at the document's reference year; a result belongs
        to the last year of its period."""
        if actual:
            return self.end, self.end
        if self.start is None:
            start = reference_year if reference_year and reference_year <= self.end else self.end
            return start, self.end
        return self.start, self.end


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=16384)
def period_phrases(text: str) -> tuple[PeriodPhrase, ...]:
    """Every period phrase in `text`, in order, each year used once (ranges before single years)."""
    found: list[PeriodPhrase] = []
    if "20" not in text:
        return ()
    for match in _WINDOW.finditer(text):
        # a window across years, "từ ngày 01/10/2033 đến ngày 30/6/2034", spans both
        year = int(match.group(6))
        first = min(int(match.group(3) or year), year)
        found.append(PeriodPhrase(first, year, match.start(), match.end()))
    for match in _MONTHS_WINDOW.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if first <= last:
            found.append(PeriodPhrase(first, last, match.start(), match.end()))
    text = _blank(_blank_spans(text, found), _NOT_A_PERIOD)
    for match in _RANGE.finditer(text):
        first, last = int(match.group(1)), int(match.group(2))
        if first <= last:
            found.append(PeriodPhrase(first, last, match.start(), match.end()))
    text = _blank_spans(text, found)
    for match in _HORIZON.finditer(text):
        before = match.group().lower().startswith("trước")
        found.append(PeriodPhrase(None, int(match.group(1)), match.start(), match.end(), before))
    text = _blank_spans(text, found)
    for pattern in (_MONTH_OR_QUARTER, _SINGLE):
        for match in pattern.finditer(text):
            year = int(next(g for g in match.groups() if g))
            found.append(PeriodPhrase(year, year, match.start(), match.end()))
        text = _blank_spans(text, found)
    return tuple(sorted(found, key=lambda p: p.offset))


def _blank_spans(text: str, phrases: list[PeriodPhrase]) -> str:
    for phrase in phrases:
        text = (
            text[: phrase.offset]
            + " " * (phrase.end_offset - phrase.offset)
            + text[phrase.end_offset :]
        )
    return text


@lru_cache(maxsize=4096)
def cut_off_dates(text: str, year: int | None = None) -> tuple[tuple[int, date], ...]:
    """(offset, date) of each cut-off of results: "tính đến ...", "đến ngày ...", window ends;
    with `year`, also one written without its year ("Cũng tính đến ngày 12/9, ...")."""
    found: list[tuple[int, date]] = []
    if year:
        for match in _AS_OF_IN_YEAR.finditer(text):
            day_of_month, month = (group for group in match.groups() if group)
            if day := valid_date(day_of_month, month, str(year)):
                found.append((match.start(), day))
    for match in _AS_OF.finditer(text):
        parts = [g for g in match.groups() if g]
        if _GROUP_FROM_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "nhóm 3 từ năm 2011 đến ngày 30/6/2025": the group's last day
        if day := valid_date(*parts[:3]):
            found.append((match.start(), day))
    for match in _WINDOW.finditer(text):
        if day := valid_date(match.group(4), match.group(5), match.group(6)):
            found.append((match.start(), day))
    return tuple(sorted(set(found)))


def moment_header(text: str, year: int | None) -> date | None:
    """The day of a column headed by a moment alone ("05 giờ 00 ngày 16/9"): its figures' own."""
    if not (match := _MOMENT_HEADER.fullmatch(text)):
        return None
    day, month, written = match.groups()
    return valid_date(day, month, written or str(year)) if written or year else None


def last_day_of_span(text: str, year: int | None = None) -> date | None:
    """The last day of the first month or quarter `text` names: "quý II/2027" → 30/6/2027,
    "tháng 8/2027" → 31/8/2027, "6 tháng đầu năm 2027" → 30/6/2027, "10 tháng năm 2027" →
    31/10/2027; "tháng 4" in `year`."""
    if not (match := _SPAN_END.search(text)):
        return None
    quarter, month, year_written, first_months, first_months_year = match.groups()
    if quarter:
        last_month = 3 * (_ROMAN_QUARTERS.get(quarter.upper()) or int(quarter))
    else:
        last_month = int(month or first_months)
    if not 1 <= last_month <= _MONTHS:
        return None
    written = year_written or first_months_year
    if not (written or year):
        return None
    year = int(written) if written else year
    next_month = date(year + last_month // _MONTHS, last_month % _MONTHS + 1, 1)
    return next_month - timedelta(days=1)


def first_day_of_span(text: str, year: int | None = None) -> date | None:
    """The first day of the first month or quarter `text` names: "quý III/2029" → 1/7/2029,
    "tháng 8/2027" → 1/8/2027, "6 tháng đầu năm 2027" → 1/1/2027; "tháng 4" in `year`."""
    if not (ended := last_day_of_span(text, year)):
        return None
    match = _SPAN_END.search(text)
    months = 3 if match.group(1) else 1 if match.group(2) else int(match.group(4))
    first_month = ended.month - months + 1
    return date(ended.year, first_month, 1) if first_month >= 1 else None


_SPAN_END = re.compile(
    rf"(?:quý\s+([IV]+|[1-4])|tháng\s+(\d{{1,2}}))(?:\s*(?:/|năm|-)\s*{_YEAR}|(?![\d/]))"
    # (the first months of a year are also said without "đầu": "10 tháng năm 2034")
    rf"|(\d{{1,2}})\s+tháng\s+(?:đầu\s+)?năm\s+{_YEAR}",
    re.IGNORECASE,
)
_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}
_MONTHS = 12


def valid_date(day: str, month: str, year: str) -> date | None:
    """The date written as day, month and year, or None where there is no such day."""
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


# the lunar months by their names in a date: "27 tháng Chạp", "mùng 10 tháng Giêng"
LUNAR_MONTHS = {
    "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "một": 11, "chạp": 12,
}  # fmt: skip
_LUNAR_MONTH = r"tháng\s+(Giêng|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười|Một|Chạp)\b"
# a lunar day dated by its solar day in brackets right after it: "27 tháng Chạp (30/01)",
# "mùng 1 Tết (02/02/2030)" (the first month's)
_LUNAR_DAY_DATED = re.compile(
    rf"(?<![\d/])(\d{{1,2}})\s+(?:{_LUNAR_MONTH}|(Tết))\s*\(\s*(?:ngày\s+)?{_DAY_MONTH}"
    rf"(?:\s*/\s*(\d{{4}}))?",
    re.IGNORECASE,
)


def lunar_day_anchors(text: str, year: int | None) -> dict[int, tuple[int, date]]:
    """Per lunar month, one of its days the text dates by the solar day in brackets after it
    ("27 tháng Chạp (30/01)" → {12: (27, 30/01)}), so that its other days can be dated too; a
    solar day without its year is in `year`."""
    anchors: dict[int, tuple[int, date]] = {}
    for found in _LUNAR_DAY_DATED.finditer(text):
        month = LUNAR_MONTHS[found.group(2).lower()] if found.group(2) else 1
        written = found.group(6) or (str(year) if year else None)
        if written and (solar := valid_date(found.group(4), found.group(5), written)):
            anchors.setdefault(month, (int(found.group(1)), solar))
    return anchors


def lunar_to_solar(day: int, month_name: str, anchors: dict[int, tuple[int, date]]) -> date | None:
    """The solar day of a lunar day, counted from the day of its month the text dated."""
    anchor = anchors.get(LUNAR_MONTHS.get(month_name.lower(), 0))
    if anchor is None or not 1 <= day <= 30:
        return None
    return anchor[1] + timedelta(days=day - anchor[0])
