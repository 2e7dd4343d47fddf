"""Document metadata: issuer, kind, number, issue date, title, reference year and horizon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from itertools import islice

from ingest.issuer import WardMatch, resolve_issuer
from ingest.periods import period_phrases
from ingest.privacy import redact
from ingest.text import Cue, fold, squash

__all__ = ["DocumentMeta", "WardMatch", "extract_metadata"]

_HEAD_LINES = 60
# Communes were merged on this day: names written before it are former units.
COMMUNE_MERGER = date(2025, 7, 1)
_LEAD_LINES = 6
_TITLE_LINES = 4

PLAN = "plan"
REPORT = "report"
DECISION = "decision"
NEWS = "news"
# A "Tờ trình" proposes targets and their budget for approval, a "Chương trình" (programme)
# sets them: both are read as plans.
# Minutes, a speech, a form of figures report; a resolution and a meeting's conclusions decide;
# any other announcement ("THÔNG BÁO" over "Kết quả ...") reports; a directive ("CHỈ THỊ")
# directs, as a decision. A press release ("THÔNG CÁO BÁO CHÍ", "Số: 96/TCBC-UBND") is news, and
# so is a radio or television programme ("CHƯƠNG TRÌNH PHÁT THANH"): a broadcast, no programme
# of action. A contract ("HỢP ĐỒNG THUÊ DỊCH VỤ ...") binds its parties to volumes, sums and
# service levels still to be delivered: read as a decision.
_KIND_WORDS = (
    ("ke hoach", PLAN), ("bao cao", REPORT), ("quyet dinh", DECISION), ("to trinh", PLAN),
    ("chuong trinh phat thanh", NEWS), ("chuong trinh truyen hinh", NEWS),
    ("chuong trinh", PLAN), ("bien ban", REPORT), ("bai phat bieu", REPORT),
    ("tham luan", REPORT), ("bai tham luan", REPORT), ("bieu mau bao cao", REPORT),
    ("nghi quyet", DECISION), ("chi thi", DECISION),
    ("thong bao ket luan", DECISION), ("thong bao ket qua", REPORT), ("thong bao", REPORT),
    ("huong dan", PLAN), ("hop dong", DECISION),
)  # fmt: skip
# A project ("ĐỀ ÁN", "PHƯƠNG ÁN") sets targets too, its kind word alone on its title line (not
# "BAN CHỈ ĐẠO ... ĐỀ ÁN 06", "ĐỀ ÁN 06: ...": a programme it reports on)
_PROJECT_TITLES = ("de an", "phuong an")
# An appendix or indicator table sent "(Kèm theo Kế hoạch số ...)" is part of that plan.
_ATTACHED_TO = re.compile(r"\(?\s*(?:ban hanh )?kem theo (ke hoach|bao cao|quyet dinh)\b")
# An official letter asking for work to be done sets what is to be reached: "V/v đôn đốc đẩy
# nhanh tiến độ ...", "V/v triển khai ..."
_WORK_ASKED = re.compile(r"(?:don doc|day nhanh|trien khai|tang cuong|to chuc thuc hien)\b")
# The kind code of a document number: "Số: 97/BC-UBND" is a report.
_NUMBER_KINDS = {
    "KH": PLAN, "BC": REPORT, "QĐ": DECISION, "TT": PLAN, "NQ": DECISION, "BB": REPORT,
    "TB": REPORT, "CT": DECISION, "ĐA": PLAN, "PA": PLAN,
}  # fmt: skip
_LEADING_NOTE = re.compile(r"^\((?:trích|tóm tắt|dự thảo)\)\s*", re.IGNORECASE)
_NUMBER = re.compile(r"Số\s*:\s*(\d+)\s*/\s*([A-ZĐ][A-ZĐ0-9-]*(?:/[A-ZĐ0-9-]+)?)")
_SELF_REFERENCE = Cue(
    r"[Kk]èm theo\s+(?:Kế hoạch|Quyết định|Báo cáo)\s+số\s*(\d+)?\s*/\s*([A-ZĐ][A-ZĐ-]*)"
    r"\s+ngày\s+(\d{1,2})?\s*(?:tháng\s*|/)\s*(\d{1,2})?\s*(?:năm\s*|/)\s*(\d{4})",
    flags=0,
)
_PLACE_DATE = re.compile(r"ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})", re.IGNORECASE)
# A news post's dateline: "14/03/2026 09:10", "Ngày đăng: 19/12/2025 | Lượt xem: 1.254",
# "Cập nhật lúc 08:45, 03/10/2025": a short line near the top with a date and few words.
_DATELINE = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(20\d\d)(?![\d/])")
_DATELINE_WORDS = 8
# a social-media page's post: "6 tháng 4, 2030 lúc 09:20 · 🌏"
_SOCIAL_DATELINE = re.compile(r"(\d{1,2}) tháng (\d{1,2}),? (20\d\d)\b(?= lúc|\s*·|\s*$)")
# A bulletin's issue line: "Số 11 (tháng 11/2026) - Phát hành ngày 25-11-2026"; a broadcast's
# "Phát sóng lúc 6 giờ 15, thứ Hai, ngày 16/11/2026".
_PUBLISHED = re.compile(
    r"(?i:phát hành|xuất bản|ngày đăng|đăng ngày|cập nhật|phát sóng)[^\n]{0,60}?"
    r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(20\d\d)(?![\d/])"
)
_TITLE_STOP = re.compile(
    r"^(Căn cứ|Thực hiện|Kính gửi|Kính thưa|Thưa\b|Phần\b|I\.|QUYẾT ĐỊNH:|Theo đề nghị)"
)
# A title may itself open on "Thực hiện" ("KẾ HOẠCH / Thực hiện Chỉ thị số 04/CT-UBND ... giai
# đoạn 2026 - 2030"); the preamble's "Thực hiện Kế hoạch số ..., UBND xã báo cáo như sau:" or
# "Thực hiện ...;" goes on into the body.
_TITLE_OPENING = re.compile(r"Thực hiện\b.*[^:;,.\s]\s*$")
_BODY_TERM_BEFORE = re.compile(r"(?i:khóa|khoá)\s+\w+,?\s+(?i:nhiệm kỳ)\s*$")
# a school year in a report's title ("Kết quả tuyển sinh ... năm học 2031 - 2032" written in 2031)
# is the year it reports on, no horizon its targets run to
_SCHOOL_YEAR_BEFORE = re.compile(r"(?i:năm học)\s*$")
_PLAN_YEAR = re.compile(r"(?<!đến )(?<!tới )năm (20\d{2})(?!\s*[-–])")
# "đến năm 2030, định hướng đến năm 2045": the horizon is the first year, not the orientation.
_TITLE_HORIZON = re.compile(
    r"(?<!định hướng )(?<!tầm nhìn )(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(20\d\d)"
)


_FULL_DATE = re.compile(r"(?<![\d/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*(20\d\d)(?![\d/])")


def _names_year(text: str, year: int | None) -> bool:
    """Does `text` speak of `year` ("đến cuối năm 2029"), not as a date's ("ngày 05 tháng 01 năm
    2029")?"""
    pattern = rf"(?<!tháng \d )(?<!tháng \d\d )\bnăm\s+{year}\b"
    return bool(year) and re.search(pattern, text, re.IGNORECASE) is not None


_LEAD_YEAR = re.compile(
    r"(?:kế hoạch|kết quả|chuyển đổi số|thực hiện|triển khai|nhiệm vụ|chỉ tiêu|mục tiêu)"
    r"[^.;\n]{0,60}?\bnăm\s+(20\d\d)(?!\s*[-–])",
    re.IGNORECASE,
)
# Headlines that announce a plan (targets) rather than report results.
_PLAN_HEADLINE = re.compile(
    r"\b(?:ban hành|triển khai|phê duyệt|xây dựng|thông qua)\s+(?:\w+\s+){0,2}kế hoạch|"
    r"\bđặt mục tiêu|\bphấn đấu|\bmục tiêu\b|\bchỉ tiêu\b[^.\n]{0,40}\b(?:giao|đề ra)",
    re.IGNORECASE,
)
_RESULT_HEADLINE = re.compile(
    r"\b(?:kết quả|đạt|hoàn thành|sơ kết|tổng kết|đến nay|dẫn đầu|xếp thứ|đứng thứ|tăng|vượt|"
    r"đã|về đích|cán đích)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DocumentMeta:
    ward: WardMatch
    kind: str
    number: str | None
    issued_on: date | None
    issue_year: int | None
    reference_year: int | None
    title: str | None
    horizon_year: int | None = None
    default_fact_kind: str = "target"

    @property
    def before_merger(self) -> bool:
        if self.issued_on:
            return self.issued_on < COMMUNE_MERGER
        return bool(self.issue_year and self.issue_year < COMMUNE_MERGER.year)


def document_kind(lines: list[str]) -> str:
    """plan, report or decision from the title line, the "V/v" line or the number's kind code;
    news when there is none of them."""
    # a form saved from a spreadsheet sets its title beside other cells: "Biểu số 02\tBÁO CÁO ..."
    cells = [cell for line in lines[:_HEAD_LINES] for cell in line.split("\t")]
    for cell in cells:
        stripped = _LEADING_NOTE.sub("", cell.strip().strip("*#").strip())
        if stripped and stripped.upper() == stripped:
            folded = fold(stripped)
            if folded in _PROJECT_TITLES:
                return PLAN
            for words, kind in _KIND_WORDS:
                if folded.startswith(words):
                    return _announcement_kind(lines, cell) if words == "thong bao" else kind
    for line in _non_empty(lines)[:3]:
        folded = fold(line.strip().strip("*#").strip())
        for words, kind in _KIND_WORDS:
            if folded.startswith(words) and not folded.endswith((".", ";")) and len(folded) < 200:
                return kind
    for line in _non_empty(lines)[:8]:
        if attached := _ATTACHED_TO.match(fold(line.strip())):
            return dict(_KIND_WORDS)[attached.group(1)]
        if subject := re.match(r"^v/v\s+(.*)", fold(line.strip())):
            for words, kind in _KIND_WORDS:
                if subject.group(1).startswith(words):
                    return kind
            if _WORK_ASKED.match(subject.group(1)):
                return PLAN
    head = "\n".join(lines[:_HEAD_LINES])
    if (number := _NUMBER.search(head)) and (kind := _NUMBER_KINDS.get(number.group(2)[:2])):
        return kind
    return NEWS


def _announcement_kind(lines: list[str], title: str) -> str:
    """ "THÔNG BÁO" over "Kết luận của Chủ tịch ..." decides; over "Kết quả ..." it reports."""
    following = _non_empty(lines[lines.index(title) + 1 :] if title in lines else [])
    if following and fold(following[0].strip()).startswith("ket luan"):
        return DECISION
    return REPORT


def _non_empty(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


# a portal's breadcrumb or menu above its headline: "Trang chủ > Tin tức - Sự kiện > Chuyển đổi số"
_NAVIGATION = re.compile(r"\s[>»›|]\s")


def _title(lines: list[str], kind: str) -> str | None:
    if kind == NEWS:
        squashed = (squash(line.strip("*# ")) for line in lines if line.strip())
        shown = (line for line in squashed if not _NAVIGATION.search(line))
        for index, line in enumerate(islice(shown, 3)):
            if _dateline(line) is not None:
                continue
            if len(line.split()) >= 4 and not line.isupper():
                return line
            if index and len(line.split()) >= 6 and re.search(r"[:\d]", line):
                # set in capitals below the portal's name: "KẾT QUẢ CHUYỂN ĐỔI SỐ QUÝ I/2026:
                # NHIỀU PHƯỜNG, XÃ BỨT PHÁ ..."
                return line
        return None
    for index, line in enumerate(lines[:_HEAD_LINES]):
        stripped = line.strip().strip("*#").strip()
        folded = fold(stripped)
        if any(folded.startswith(w) for w, _ in _KIND_WORDS) or folded in _PROJECT_TITLES:
            if stripped.upper() != stripped:
                return squash(stripped)
            parts = []
            for following in lines[index + 1 : index + 16]:
                text = following.strip()
                if not text:
                    continue
                if (parts and text.upper() == text) or (
                    _TITLE_STOP.match(text) and (parts or not _TITLE_OPENING.match(text))
                ):
                    break
                if text.endswith(".") or len(parts) >= _TITLE_LINES:
                    break  # a title never ends with a full stop: this is the body
                if text.endswith(";") and parts:
                    break  # a first line may end on ";": "Sơ kết 6 tháng ...;" / "phương hướng ..."
                parts.append(text)
            return squash(" ".join(parts)) or None
    return None


def extract_metadata(text: str, signer_names: tuple[str, ...] = ()) -> DocumentMeta:
    lines = text.split("\n")
    head = "\n".join(lines[:_HEAD_LINES])
    kind = document_kind(lines)
    number = None
    if match := _NUMBER.search(head):
        number = f"{int(match.group(1)):02d}/{match.group(2)}"
    issued_on, issue_year = None, None
    if match := _PLACE_DATE.search(head):
        issued_on, issue_year = _date(match.group(1), match.group(2), match.group(3))
    if issued_on is None:
        for line in _non_empty(lines)[:_LEAD_LINES]:
            if (dateline := _dateline(line)) is not None:
                issued_on, issue_year = dateline, dateline.year
                break
    if issued_on is None:
        lead_lines = "\n".join(_non_empty(lines)[:_LEAD_LINES])
        if found := _PUBLISHED.search(lead_lines):
            issued_on, issue_year = _date(*found.groups())
    if reference := _SELF_REFERENCE.search(text):
        if number is None and reference.group(1):
            number = f"{int(reference.group(1)):02d}/{reference.group(2)}"
        ref_date, ref_year = _date(reference.group(3), reference.group(4), reference.group(5))
        issued_on = issued_on or ref_date
        issue_year = issue_year or ref_year
    if issued_on is not None:
        issue_year = issued_on.year
    title = _title(lines, kind)
    if mail := _mail_header(lines):
        # an e-mail: its subject is its title, its sending date its date, and what it sends
        # says what it is ("[KHẨN] Giải trình, bổ sung số liệu ... 4 tháng đầu năm 2030")
        title, sent = mail
        issued_on, issue_year = (sent, sent.year) if sent else (issued_on, issue_year)
        kind = _mail_kind(title) or kind
    reference_year, horizon_year = _years_of(title or "", issue_year, kind)
    lead = " ".join(_non_empty(lines)[:_LEAD_LINES])
    # a title that dates itself ("Điểm tin ... tuần từ 10/3 đến 16/3/2031") is not overridden
    # by a year its lead names ("... CẤP XÃ NĂM 2030")
    if reference_year == issue_year and (not title or not period_phrases(title)):
        if (found := _LEAD_YEAR.search(lead)) and not _names_year(lead, issue_year):
            # (a lead that speaks of the year it was written in is about that year: "đến cuối
            # năm 2029, ... nửa trên bảng xếp hạng Chỉ số chuyển đổi số (DTI) năm 2028")
            reference_year = int(found.group(1))
        elif issue_year is None and (found := _PLAN_YEAR.search(lead)):
            reference_year = int(found.group(1))
    if reference_year is None and (dated := _FULL_DATE.search(lead)):
        # a note pasted from a phone, dated only by the dates it writes: "BC nhanh tuần 38
        # (15/9 - 19/9/2031)", "Số liệu tính đến 16h30 ngày 19/9/2031"
        reference_year = int(dated.group(1))
    if reference_year is None and (dated := _FULL_DATE.search(head)):
        # a page copied from a web application, its navigation first: the first date of its
        # head, a filter's or an update stamp's ("Cập nhật lúc 07:15 12/05/2032")
        reference_year = int(dated.group(1))
    before_merger = (
        issued_on < COMMUNE_MERGER if issued_on else bool(issue_year and issue_year < 2025)
    )
    return DocumentMeta(
        ward=resolve_issuer(text, before_merger),
        kind=kind,
        number=number,
        issued_on=issued_on,
        issue_year=issue_year,
        reference_year=reference_year,
        title=redact(title, signer_names) if title else None,
        horizon_year=horizon_year,
        default_fact_kind=_default_fact_kind(kind, title, lead),
    )


def _dateline(line: str) -> date | None:
    # (a portal's first field: "Thứ Tư, 21/11/2029 - 09:20 | Lượt xem: 1.486 | Cỡ chữ: A- A A+")
    stripped = line.strip()
    first_field = stripped.split("|", 1)[0]
    # words, not the separators between a portal's fields ("Thứ Tư, 17/11/2027 | 09:35 | ...")
    words = [token for token in first_field.split() if any(c.isalnum() for c in token)]
    if len(words) > _DATELINE_WORDS or re.search(r"\bsố\b|/[A-ZĐ]", stripped, re.I):
        return None
    if found := _DATELINE.search(stripped) or _SOCIAL_DATELINE.match(stripped):
        return _date(*found.groups())[0]
    return None


def _years_of(
    title: str, issue_year: int | None, kind: str = PLAN
) -> tuple[int | None, int | None]:
    """(reference year, horizon) from a title: "năm 2026", "quý III/2025" → that year;
    "giai đoạn 2026 - 2030" → 2026 to 2030; "đến năm 2030" → the issue year to 2030. A report
    on years not over yet ("Sơ kết giữa kỳ ... giai đoạn 2026 - 2030" of 2028) is about the
    year it was written in, and one titled with a year first ("năm 2030 và giai đoạn 2026 -
    2030") about that year."""
    titled_year, horizon_year = None, None
    for phrase in period_phrases(title):
        if _BODY_TERM_BEFORE.search(title, 0, phrase.offset):
            continue  # "tại Kỳ họp thứ 9, HĐND xã khóa I, nhiệm kỳ 2026 - 2031": the council's term
        if phrase.start is not None and phrase.start < phrase.end:
            if titled_year is not None:
                return titled_year, phrase.end
            if kind in (REPORT, NEWS) and issue_year and phrase.start < issue_year:
                # "Tổng kết ... giai đoạn 2021 - 2025" written in 2025: the last year it has seen
                return min(issue_year, phrase.end), phrase.end
            if (
                kind in (REPORT, NEWS)
                and phrase.end == phrase.start + 1
                and _SCHOOL_YEAR_BEFORE.search(title, 0, phrase.offset)
            ):
                return phrase.start, None
            return phrase.start, phrase.end
        if phrase.horizon:
            if horizon_year is None and (horizon := _TITLE_HORIZON.search(title)):
                horizon_year = int(horizon.group(1))
        elif titled_year is None:
            titled_year = phrase.end
    return titled_year or issue_year, horizon_year


def _mail_header(lines: list[str]) -> tuple[str, date | None] | None:
    """The subject and sending date of an e-mail whose header opens the text ("Từ: ..." /
    "From: ..." then "Chủ đề:" / "Subject:" and "Gửi:" / "Sent:" / "Date:")."""
    head = _non_empty(lines)[:_MAIL_HEADER_LINES]
    if not head or not _MAIL_FROM.match(head[0]):
        return None
    subject, sent = None, None
    for line in head:
        if subject is None and (found := _MAIL_SUBJECT.match(line)):
            subject = _MAIL_TAGS.sub("", found.group(1)).strip()
        if sent is None and _MAIL_SENT.match(line):
            sent = _mail_date(line)
    return (subject, sent) if subject else None


def _mail_date(line: str) -> date | None:
    if found := _NUMERIC_DATE.search(line):
        return _date(*found.groups())[0]
    if found := _WORDED_MAIL_DATE.search(line):  # "Thứ Năm, 16 tháng 5, 2030 08:12"
        return _date(found.group(1), found.group(2), found.group(3))[0]
    if found := _ENGLISH_MAIL_DATE.search(line):  # "Wednesday, May 15, 2030 5:46 PM"
        month = _ENGLISH_MONTHS.index(found.group(1)[:3].lower()) + 1
        return _date(found.group(2), str(month), found.group(3))[0]
    return None


def _mail_kind(subject: str) -> str | None:
    folded = fold(subject)
    if _MAIL_PLAN.search(folded):
        return PLAN
    if _MAIL_REPORT.search(folded):
        return REPORT
    return None


_MAIL_HEADER_LINES = 8
_MAIL_FROM = re.compile(r"(?:Từ|From)\s*:")
_MAIL_SUBJECT = re.compile(r"(?:Chủ đề|Tiêu đề|Subject)\s*:\s*(.+)")
_MAIL_SENT = re.compile(r"(?:Gửi(?: lúc)?|Sent|Date|Ngày gửi)\s*:")
_MAIL_TAGS = re.compile(r"^(?:\s*(?:(?:FW|Fwd|RE|TL|TR)\s*:|\[[^\]]{1,30}\]))+", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(20\d\d)(?![\d/])")
_WORDED_MAIL_DATE = re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(20\d\d)")
_ENGLISH_MAIL_DATE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),\s+(20\d\d)"
)
_ENGLISH_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MAIL_PLAN = re.compile(r"\bke hoach\b")
_MAIL_REPORT = re.compile(r"\b(?:bao cao|giai trinh|so lieu|ket qua)\b")


def _default_fact_kind(kind: str, title: str | None, lead: str) -> str:
    """What an unmarked number states: a report's a result, a plan's a target; news decides
    by its headline and lead."""
    if kind == REPORT:
        return "actual"
    if kind != NEWS:
        return "target"
    for text in (title or "", lead):
        if _RESULT_HEADLINE.search(text):
            return "actual"
        if _PLAN_HEADLINE.search(text):
            return "target"
    return "actual"


def _date(day: str | None, month: str | None, year: str | None) -> tuple[date | None, int | None]:
    if not year:
        return None, None
    if day and month:
        try:
            return date(int(year), int(month), int(day)), int(year)
        except ValueError:
            return None, int(year)
    return None, int(year)
