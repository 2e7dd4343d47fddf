"""Who a document speaks for, and which unit each of its numbers belongs to.

Units are the 114 commune-level units of Hải Phòng (`seeds/haiphong_units.csv`), the city itself
(code `31`) and, for context, the nation (`VN`). Former districts (named in the seed's history of
each unit) and other provinces are recognised too, so that a document they issued is attributed
to them, with a reason, rather than refused or credited to a ward it merely mentions.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile
from pathlib import Path

from ingest.settings import SEEDS_DIR
from ingest.text import UPPER, Cue, fold

UNITS_FILE = SEEDS_DIR / "haiphong_units.csv"
CITY_CODE = "31"
CITY_NAME = "Hải Phòng"
NATION_CODE = "VN"
NATION_NAME = "Việt Nam"

COMMUNE = "commune"
CITY = "city"
DISTRICT = "district"
PROVINCE = "province"
NATION = "nation"

_HEAD_LINES = 60
_HEADER_LINES = 12  # non-empty lines before the title that carry the issuing body
_LEAD_CHARACTERS = 700

_COMMUNE_TYPES = {"phuong": "phường", "xa": "xã", "dac khu": "đặc khu"}
_NAME = rf"[{UPPER}][^\W\d_]*(?:\s+[{UPPER}\d][^\W_]*){{0,3}}"
_UNIT_KINDS = (
    "phường", "xã", "đặc khu", "thị trấn", "quận", "huyện", "thị xã", "thành phố", "tỉnh",
)  # fmt: skip
_MENTION = Cue(
    rf"\b((?i:{'|'.join(_UNIT_KINDS)})|TP\.?)\s+({_NAME})", words=(*_UNIT_KINDS, "tp"), flags=0
)
# "của Hải Phòng", "Hải Phòng là ...": the city named without "thành phố" (not in an address
# "..., Hải An, Hải Phòng)" nor in an office's name "Thuế cơ sở 5 Hải Phòng").
_BARE_CITY = re.compile(
    r"(?:(?<=của )|(?<=tại )|(?<=ở )|(?<=, )|(?<=: )|(?<=\) - )|(?<=[-•»] )|^"
    # the subject after a goal's year: "đặt mục tiêu đến năm 2030 Hải Phòng thuộc nhóm 5 ..."
    r"|(?<=năm \d{4} ))"
    r"Hải Phòng\b(?!\s*\))(?!,\s*ngày)"
    r"(?=\s+(?:là|đạt|có|đứng|xếp|nằm|dẫn|vẫn|tiếp tục|[a-zđ]))"
    # a headline opening on it, as on a commune: "- Hải Phòng: 108/114 xã, phường ... (12/09/2033)"
    r"|(?:(?<=[-•»] )|^)Hải Phòng(?=\s*:\s)",
    re.MULTILINE,
)
_CITY_NAME_WRITTEN = "Hải Phòng"
_HISTORY_BEFORE = re.compile(r"(?:hình thành từ|sáp nhập|hợp nhất|trên cơ sở)\s+(?:\S+\s+){0,3}$")
_CITY_HEADLINE = re.compile(r"^[\s*#]*(?:TP\.?\s*)?Hải Phòng\b")
# the masthead of the city's newspaper or broadcaster: "BÁO HẢI PHÒNG ĐIỆN TỬ", "Đài Phát thanh
# và Truyền hình Hải Phòng"
_CITY_MASTHEAD = re.compile(
    r"^[\s*#]*(?i:báo|đài phát thanh và truyền hình|truyền hình)\s+(?i:hải phòng)\b"
)
_MASTHEAD_HEAD_LINES = 8
_HEADLINE_CHARACTERS = 150
_LISTED_UNIT_AFTER = re.compile(r"\s*(?:,|và|cùng)\s*(?i:phường|xã|đặc khu)\s")
_NATION_BODY = re.compile(
    r"^\s*(?:CHÍNH PHỦ|THỦ TƯỚNG CHÍNH PHỦ|QUỐC HỘI|BỘ\s+[A-ZĐ]|BAN CHỈ ĐẠO (?:TRUNG ƯƠNG|CỦA "
    r"CHÍNH PHỦ|QUỐC GIA)|VĂN PHÒNG CHÍNH PHỦ|ỦY BAN QUỐC GIA)"
)
_ISSUING_BODY_BEFORE = re.compile(
    r"(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|đảng ủy|đảng uỷ|hđnd|hội đồng nhân dân|"
    r"ban chỉ đạo[^,.;]{0,80}|cổng thông tin(?: điện tử)?|trang thông tin(?: điện tử)?|"
    r"cổng ttđt|trang ttđt|"
    r"công an|tại)\s*$",
    re.IGNORECASE,
)
# the city named in whose document it is, or in a partner's name ("phối hợp với Thuế cơ sở 2
# thành phố Hải Phòng")
_REFERENCE_BEFORE = re.compile(
    # (also opening a sentence: "Phối hợp với Thuế cơ sở 6 thành phố Hải Phòng hướng dẫn ...")
    r"\b(?:của|theo|thực hiện|chỉ đạo|hướng dẫn|[Pp]hối hợp với)\s+(?:\S+\s+){0,5}$"
    # (a partner's long name: "Phối hợp với Trung tâm Dịch vụ nông nghiệp thành phố Hải Phòng mở
    # 24 lớp", "Phối hợp với Trung tâm Ứng dụng tiến bộ khoa học và công nghệ thành phố Hải Phòng
    # chuyển giao 03 mô hình": what is done is the issuer's)
    r"|\b[Pp]hối hợp với\s+(?:\S+\s+){6,12}$"
)
# the field of a rank: "xếp thứ 3 cả nước", "tốp 10 toàn quốc"
_RANK_FIELD_BEFORE = re.compile(r"(?i:thứ|tốp|top|hạng)\s+\d+(?:\s*/\s*\d+)?\s*$")
# the field a superlative or a rank is taken in: "thấp nhất khối xã", "Xếp hạng DTI trong khối
# phường", "tốp 10 khối phường"
_RANK_FIELD_OF_GROUP = re.compile(
    # (also a label's "Xếp hạng DTI khối xã: thứ 26")
    r"(?:\bnhất|\b(?:xếp|thứ) hạng\b[^,;:.]{0,40}?\s+trong|"
    r"\b(?:xếp|thứ) hạng(?:\s+(?:chỉ số\s+)?(?:DTI|chuyển đổi số))?(?:\s+năm\s+\d{4})?|"
    r"\b(?:thứ|tốp|top)\s+\d+(?:\s*/\s*\d+)?"
    r"|\b(?:dẫn đầu|đứng đầu|đứng cuối|cuối bảng)(?:\s+của)?)"  # "Xã A dẫn đầu khối xã"
    r"\s+(?:trong\s+)?(?:các\s+)?$",
    re.IGNORECASE,
)
_COMPARED_WITH_GROUP = re.compile(
    r"\b(?:hơn|vượt|dưới|trên)\s+(?:mức\s+)?(?:bình quân|trung bình|mặt bằng)(?:\s+chung)?"
    r"(?:\s+của)?\s*$"
    r"|\bthuộc\s*$",  # the group a unit belongs to: "phường Đồ Sơn dù thuộc khối phường nhưng ..."
    re.IGNORECASE,
)
_PREDICATE_AFTER = re.compile(r"\s+(?:là|đạt|đứng|xếp|dẫn đầu|vẫn|tiếp tục)\b")
# an address's label, and each part after it: "(địa chỉ: số 36 đường 20/8, xã Vĩnh Bảo, thành
# phố Hải Phòng)"
_ADDRESS_LABEL = r"địa chỉ:?(?:[^;()]{0,60},)?"
_ADDRESS_LABEL_BEFORE = re.compile(rf"\b{_ADDRESS_LABEL}\s*$", re.IGNORECASE)
_ADDRESS_BEFORE = re.compile(
    # ("đo tại trụ sở đặc khu Cát Hải": the seat of the unit, whose value it is)
    # (not a group's own number: "cùng Cụm thi đua số 7, xã A và xã B lần lượt xếp thứ ...")
    rf"(?:\b(?<!cụm )(?<!khối )(?<!nhóm )(?<!thi đua )số\s+\d+[^,;()]{{0,40}},?|{_ADDRESS_LABEL}|"
    r"trụ sở(?: chính)?(?: tại|:)|có trụ sở|tọa lạc tại|"
    r"đường\s+\S+(?:\s+\S+)?,|"
    r"phố\s+\S+(?:\s+\S+)?,)\s*$",
    re.IGNORECASE,
)
_GROUP_OF_UNITS = Cue(
    r"\b(?:[Cc]ác|(?:của|toàn bộ|cả) \d+) (?:phường|xã|đặc khu|đơn vị)(?:,? (?:phường|xã|đặc khu))*"
    r" (?:còn lại|khác|cũ)\b"
    r"|\b\d+ (?:phường|xã|đơn vị)(?:,? (?:phường|xã))* \(cũ\)"  # a column "04 phường (cũ)"
    # "Nhóm 1: 45 phường", "Nhóm 2 (67 xã)", "khối xã" (not "nhóm 10 đơn vị dẫn đầu", a rank)
    r"|\b(?:[Nn]hóm \d+(?=\s*[:(])|[Kk]hối (?:phường|xã|đặc khu)\b|KHỐI (?:PHƯỜNG|XÃ|ĐẶC KHU)\b)"
    # each of the units addressed: "tỷ lệ ... của mỗi đơn vị đạt tối thiểu 92%" (not an average
    # per unit: "bình quân mỗi phường, xã, đặc khu khoảng 21 lớp")
    r"|(?<![Bb]ình quân )\b[Mm]ỗi (?:đơn vị|xã|phường|đặc khu)\b"
    # units counted in words: "Năm 2029, ba xã chi tổng cộng 7,85 tỷ đồng"
    r"|\b(?:[Hh]ai|[Bb]a|[Bb]ốn|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười)"
    r" (?:xã|phường|đặc khu|đơn vị)\b"
    # the average of several: "bình quân 05 đơn vị thí điểm đạt 86,1%" (not "cao hơn bình quân
    # 05 đơn vị": what the owner is compared with)
    r"|(?<!hơn )(?<!vượt )(?<!dưới )(?<!trên )(?<!mức )(?:[Bb]ình quân|[Tt]rung bình)"
    r" (?:các|\d+) (?:đơn vị|xã|phường|đặc khu)\b"
    # the sum over units counted: "tổng kinh phí năm 2032 của 06 xã khoảng 5,4 tỷ đồng" (not
    # the former units a commune keeps the records of, "hồ sơ địa chính của 05 phường (cũ)":
    # the word after the units is seen, not a bracket)
    r"|\bcủa \d+ (?:đơn vị|xã|phường|đặc khu)(?= [^\W\d])(?! (?:và|với|trong|thuộc|cũ)\b)"
    # an emulation cluster, a group of communes ("Cụm thi đua số 9"), and the cluster named
    # bare, capitalised, in its own report: "bình quân Cụm đạt 92,9%", "Toàn Cụm duy trì 92 tổ",
    # "các xã trong Cụm đã ban hành 38 văn bản" (not its head's role, "Cụm trưởng", nor a place
    # or a group inside a commune: "Cụm 4", "Cụm công nghiệp", "cụm dân cư", "cụm loa")
    r"|\b(?:[Cc]ụm thi đua(?: số \d+)?|CỤM THI ĐUA(?: SỐ \d+)?|Cụm\b"
    r"(?! (?:trưởng|phó|công nghiệp|dân cư|tổ|loa|thôn|làng|di tích|\d)))",
    words=("còn lại", "khác", "cũ", "nhóm", "khối", "mỗi ", "hai ", "ba ", "bốn ", "sáu ", "bảy ",
           "tám ", "chín ", "mười ", "bình quân", "trung bình", "của ", "cụm"),
    flags=0,
)  # fmt: skip
# a count of units then as many of their names: "vốn Công ty đầu tư cho 3 phường Nam Đồ Sơn, Đồ
# Sơn, Hưng Đạo": several, none the owner (not the former units a commune was formed from:
# "sắp xếp 03 xã Chiến Thắng, An Thọ, An Thái (cũ)", whose new commune owns what follows)
_UNITS_NAMED = Cue(
    rf"(?<!sắp xếp )(?<!sáp nhập )(?<!hợp nhất )(?<!nhập )\b(\d+) (?:phường|xã|đặc khu)"
    rf" (?>({_NAME}(?:(?:,| và) {_NAME})+))(?!\s*\(\s*cũ)",
    words=("phường ", "xã ", "đặc khu "),
    flags=0,
)
_NAMES_SEPARATOR = re.compile(r",|\svà\s")
# an area named after a unit or a former district: "bình quân khu vực Thủy Nguyên" (several
# units); not a place inside the unit ("tại khu vực Hoàng Lâm")
_AREA = Cue(rf"\b(?:[Kk]hu vực|[Cc]ụm) ({_NAME})", words=("khu vực", "cụm"), flags=0)
# the average over the whole network of a bank or a business, which serves several communes:
# "thấp hơn bình quân toàn Chi nhánh Nam Sách (74,9%)" (not the unit's own value, no code)
_NETWORK_AVERAGE = Cue(
    r"(?:[Bb]ình quân|[Tt]rung bình)(?: chung)?(?: của)? toàn"
    rf" (?:[Cc]hi nhánh|[Cc]ông ty|[Tt]ổng công ty|[Hh]ệ thống)(?:\s+{_NAME})?",
    words=("bình quân", "trung bình"),
    flags=0,
)
_FORMER_AFTER = re.compile(r"\s*\(?\s*cũ\b")
_FORMER_BARE = re.compile(rf"(?<!\w)({_NAME})\s*\(\s*cũ\s*\)")
_CITY_SUBJECT = Cue(
    r"(?:toàn thành phố|toàn TP\b|cấp thành phố|(?:thành phố|TP\.?)\s+Hải Phòng|"
    # the whole of a city body: "Bình quân toàn Đảng bộ thành phố đạt 88,4%"
    r"toàn (?:Đảng bộ|Đoàn Thanh niên|Hội [^,;.\d()]{2,30}?) thành phố|"
    r"trên địa bàn thành phố|"
    r"(?:chỉ tiêu|mục tiêu|tiến độ)(?: chung)?(?: năm 20\d\d)? của thành phố"
    r"|(?:bình quân|trung bình)(?: chung)?(?: của)? (?:thành phố|TP\b)"  # "Bình quân TP"
    # a department of the city acting: "Sở Nông nghiệp và Môi trường thành phố hỗ trợ 30 bộ cảm
    # biến" (not one whose plan is cited: "theo hướng dẫn của Sở ... thành phố")
    r"|(?-i:Sở\s+[A-ZĐ])[^,;:.()\d]{2,50}?\s+thành phố(?!\s+(?-i:[A-ZĐ]))"
    # the city as a clause's subject: "Năm 2030, thành phố phấn đấu ... đạt tối thiểu 92%"
    # (not the provinces of "9/34 tỉnh, thành phố đạt từ 720 điểm")
    r"|(?:^|(?<=[,;:.]\s)|(?<=[“\"(]))(?<!tỉnh, )thành phố"
    r"(?=\s+(?:phấn đấu|quyết tâm|đặt mục tiêu|đạt)\b))",
    words=("thành phố", "tp"),
)
# the city, or its council, setting itself a goal after a year or in a bracket: "đến hết năm
# 2031 thành phố phấn đấu ...", "(UBND thành phố đặt mục tiêu ...)": the subject, even after
# "theo Kế hoạch ..." or "thực hiện mục tiêu chung"
CITY_GOAL = Cue(
    r"(?:(?<=\d{4} )|(?<=[,;:.(]\s)|(?<=[(“\"]))(?:(?:UBND|Ủy ban nhân dân|HĐND) )?thành phố"
    r"(?=\s+(?:phấn đấu|quyết tâm|đặt mục tiêu)\b)",
    words=("thành phố",),
    flags=0,
)
# a resolution of the Party's Centre setting its goals: "Nghị quyết số 57-NQ/TW đặt mục tiêu đến
# năm 2030: ...; quy mô kinh tế số đạt tối thiểu 30% GDP": the nation's, each clause of its
# sentence (a commune's programme that takes them up sets its own)
NATION_GOAL = re.compile(r"-NQ/TW\b[^;:.,]{0,60}?\s(?:đặt|đề ra|xác định)\s+(?:các\s+)?mục tiêu")
# the nation named as a clause's subject: "; Việt Nam thuộc nhóm 30 nước dẫn đầu ..." (not a
# body named after it: "Ủy ban MTTQ Việt Nam phường có ...")
_NATION_NAMED = re.compile(
    r"(?:^|(?<=[.;:,(]\s)|(?<=^\s))Việt Nam(?=\s+(?:thuộc|đứng|xếp|nằm|phấn đấu|trở thành)\b)"
)
# a business named after the city is not the city: "Bưu điện thành phố Hải Phòng cử 02 cán bộ",
# "Công ty Điện lực thành phố Hải Phòng"
_NAMED_AFTER_THE_CITY = re.compile(
    r"(?:Bưu điện|Điện lực|Viễn thông|Ngân hàng|Công ty|Tổng công ty|Chi nhánh|Viettel|VNPT"
    rf"|MobiFone)(?:\s+[{UPPER}][^\W\d]*){{0,4}}\s+$"
)
# The city as the scope of a value ("... của toàn thành phố đạt", "chỉ tiêu chung của thành phố
# là"), never a reference to one of its documents ("theo Kế hoạch của thành phố"). "Chỉ tiêu
# thành phố giao" is the ward's own target, set by the city: not its scope.
_CITY_SCOPE = re.compile(r"(?i:toàn|trên địa bàn|chỉ tiêu|mục tiêu|tiến độ|bình quân|trung bình)")
# "(Cổng TTĐT thành phố) - ...", "UBND thành phố vừa ban hành": the city's own bodies.
_CITY_BODY = re.compile(
    r"(?i:cổng ttđt|cổng thông tin điện tử|ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+"
    r"(?i:thành phố)\b(?!\s+[A-ZĐ])"
)
_NATION_BODY_IN_LEAD = re.compile(
    r"(?:^|[.)]\s+|-\s+|(?i:theo)\s+(?:(?i:số liệu|báo cáo|thông tin)(?:\s+(?i:của))?\s+)?)"
    r"(?:Bộ\s+[A-ZĐ]\w*|Chính phủ|Thủ tướng Chính phủ|Ban Chỉ đạo (?:Trung ương|"
    r"của Chính phủ|quốc gia)|Quốc hội)\b",
    re.MULTILINE,
)
_NATION_SUBJECT = Cue(r"(?:cả nước|toàn quốc|trên toàn quốc)", words=("cả nước", "toàn quốc"))
_PLACE_DATE = re.compile(rf"^\s*({_NAME})\s*,\s*ngày\b")
# The other provinces and centrally run cities, by the names news writes without "tỉnh"
# ("Quảng Ninh đạt 81,2%"): the 33 besides Hải Phòng since 12 June 2025 (Nghị quyết
# 202/2025/QH15), then the 29 merged into them. "Hồ Chí Minh" is left out (a person's name in
# "tư tưởng Hồ Chí Minh"), and so is any name that is also a commune of Hải Phòng.
_PROVINCE_NAMES = (
    "Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn",
    "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai",
    "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi",
    "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long",
    "Đồng Tháp", "Cà Mau", "An Giang",
    "Hà Giang", "Yên Bái", "Bắc Kạn", "Vĩnh Phúc", "Hòa Bình", "Bắc Giang", "Thái Bình",
    "Hải Dương", "Hà Nam", "Nam Định", "Quảng Bình", "Quảng Nam", "Kon Tum", "Bình Định",
    "Ninh Thuận", "Đắk Nông", "Bình Thuận", "Phú Yên", "Bình Dương", "Bà Rịa - Vũng Tàu",
    "Bình Phước", "Long An", "Sóc Trăng", "Hậu Giang", "Bến Tre", "Trà Vinh", "Tiền Giang",
    "Bạc Liêu", "Kiên Giang",
)  # fmt: skip
# The header ends at the title ("KẾ HOẠCH", "BẢN TIN ...") or at the first outline item of the
# body ("1. PHƯỜNG HẢI AN: ..."), whose units are the subjects of its items, not the issuer.
_HEADER_END = re.compile(
    r"^(?:KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|CÔNG VĂN|THÔNG BÁO|TỜ TRÌNH|CHỈ THỊ|NGHỊ QUYẾT|BẢN TIN|"
    r"THÔNG CÁO|CHƯƠNG TRÌNH|ĐỀ ÁN|HƯỚNG DẪN|KẾT LUẬN)\b|^(?:\d{1,2}|[IVX]{1,4})\.\s"
)


@dataclass(frozen=True)
class WardMatch:
    """The unit a document (or a fact) is attributed to; `code` is null for units outside the
    warehouse's dimension (a former district, another province), and `reason` says why."""

    code: str | None
    name: str | None
    as_written: str | None
    reason: str | None
    level: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    level: str
    code: str | None
    name: str
    as_written: str
    start: int
    end: int
    note: str | None = None  # why a commune named in the text has no code

    @property
    def unknown(self) -> bool:
        """A "phường X" that is none of the 114 units in a document written after the merger."""
        return self.level == COMMUNE and self.code is None and self.note is None

    def as_match(self) -> WardMatch:
        reason = self.note
        if self.code is None and reason is None:
            reason = {
                DISTRICT: f"issued by {self.as_written}, a district-level unit, not one of the "
                "114 commune-level units",
                PROVINCE: f"issued by {self.as_written}, outside Hải Phòng",
                COMMUNE: f"{self.as_written} is none of the 114 commune-level units of Hải Phòng",
            }.get(self.level, f"{self.as_written}: unit not in the warehouse")
        return WardMatch(self.code, self.name, self.as_written, reason, self.level)


CITY_MATCH = WardMatch(CITY_CODE, CITY_NAME, CITY_NAME, None, CITY)
NATION_MATCH = WardMatch(NATION_CODE, NATION_NAME, NATION_NAME, None, NATION)


@dataclass(frozen=True)
class _Unit:
    code: str
    name: str
    unit_type: str


@lru_cache(maxsize=1)
def _communes(path: Path = UNITS_FILE) -> dict[tuple[str, str], tuple[_Unit, ...]]:
    """Units by (folded type, folded name); several units may fold alike ("Cẩm Giang" and
    "Cẩm Giàng")."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    index: dict[tuple[str, str], tuple[_Unit, ...]] = {}
    for row in rows:
        key = (fold(row["unit_type"]), fold(row["unit_name"]))
        index[key] = (
            *index.get(key, ()),
            _Unit(row["unit_code"], row["unit_name"], row["unit_type"]),
        )
    return index


def unit_names() -> frozenset[str]:
    """The folded names of the 114 units and of the former districts: places, not persons."""
    return frozenset(name for _, name in _communes()) | _former_districts()


def _syllables(text: str) -> tuple[tuple[str, str], ...]:
    """Each syllable as (letters without the tone, its tone): "Hoà" and "Hòa" are one name
    (the tone is only placed differently), "Cẩm Giàng" and "Cẩm Giang" are two."""
    keys = []
    for syllable in unicodedata.normalize("NFD", text.lower()).split():
        tones = "".join(c for c in syllable if c in _TONE_MARKS)
        letters = "".join(c for c in syllable if c not in _TONE_MARKS)
        keys.append((unicodedata.normalize("NFC", letters), tones))
    return tuple(keys)


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _pick(units: tuple[_Unit, ...], written: str) -> _Unit | None:
    if len(units) == 1:
        return units[0]
    same = [u for u in units if _syllables(u.name) == _syllables(written)]
    return same[0] if len(same) == 1 else None


@lru_cache(maxsize=1)
def _former_districts(path: Path = UNITS_FILE) -> frozenset[str]:
    """Folded names of the districts the 114 units were formed from ("le chan", "an lao")."""
    names = set()
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for match in re.finditer(r"\(([^;()]+);", row["former_units"]):
                kind_and_name = fold(match.group(1))
                name = re.sub(r"^(?:quan|huyen|thi xa|thanh pho)\s+", "", kind_and_name)
                if name != "hai phong":
                    names.add(name)
    return frozenset(names)


def _resolve(
    kind_written: str, name_written: str, start: int, end: int, before_merger: bool = False
) -> Mention | None:
    kind = fold(kind_written).rstrip(".")
    kind_written = kind_written.lower()
    if kind == "xa" and fold(name_written).split()[0] == "hoi":
        return None  # "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "xã hội số": society, not a commune
    if name_written.isupper():  # a header line: "UBND TỈNH NGHỆ AN"
        name_written = name_written.title()
    folded_name = fold(name_written)
    if kind in ("thanh pho", "tp"):
        if folded_name.startswith("hai phong"):
            return Mention(CITY, CITY_CODE, CITY_NAME, f"thành phố {CITY_NAME}", start, end)
        district = _prefix_in(folded_name, _former_districts())
        if district:
            return Mention(DISTRICT, None, name_written, f"thành phố {name_written}", start, end)
        return Mention(PROVINCE, None, name_written, f"thành phố {name_written}", start, end)
    if kind in _COMMUNE_TYPES or kind == "thi tran":
        if before_merger:
            # communes named before 1 July 2025 are former units, whatever their name today
            written = f"{kind_written} {name_written}"
            note = f"{written}: a commune-level unit before the 1 July 2025 reorganisation"
            return Mention(COMMUNE, None, name_written, written, start, end, note)
        communes = _communes()
        for length in range(min(4, len(folded_name.split())), 0, -1):
            candidate = " ".join(folded_name.split()[:length])
            written = " ".join(name_written.split()[:length])
            if unit := _pick(communes.get((kind, candidate), ()), written):
                return Mention(
                    COMMUNE, unit.code, unit.name, f"{kind_written} {written}", start, end
                )
        return Mention(COMMUNE, None, name_written, f"{kind_written} {name_written}", start, end)
    if kind in ("quan", "huyen", "thi xa"):
        return Mention(DISTRICT, None, name_written, f"{kind_written} {name_written}", start, end)
    if kind == "tinh":
        return Mention(PROVINCE, None, name_written, f"tỉnh {name_written}", start, end)
    return None


def _prefix_in(folded_name: str, names: frozenset[str]) -> str | None:
    words = folded_name.split()
    for length in range(min(4, len(words)), 0, -1):
        if " ".join(words[:length]) in names:
            return " ".join(words[:length])
    return None


def mentions(text: str, before_merger: bool = False) -> list[Mention]:
    """Units named in `text` ("phường Lê Chân", "tỉnh Nghệ An", "TP. Hải Phòng", "Hải Phòng"),
    leaving out addresses ("số 18 Hoàng Diệu, phường Hồng Bàng") and history ("hình thành
    từ thị trấn Tiên Lãng")."""
    found = []
    for match in _MENTION.finditer(text):
        if _ADDRESS_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue
        if _HISTORY_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        mention = _resolve(
            match.group(1), match.group(2), match.start(), match.end(), before_merger
        )
        if (
            mention is not None
            and mention.level == COMMUNE
            and _FORMER_AFTER.match(text, match.end())
        ):
            # "xã Tân Trào (cũ)": the unit before the reorganisation, whatever its name now
            mention = replace(mention, code=None, note=f"{mention.as_written} (cũ): a former unit")
        if mention is not None:
            found.append(mention)
    for match in _FORMER_BARE.finditer(text) if "cũ" in text else ():
        if not any(m.start <= match.start() < m.end for m in found):
            # "Lập Lễ (cũ)": a unit before the reorganisation, named without its kind
            name = match.group(1)
            note = f"{name} (cũ): a former unit"
            found.append(Mention(COMMUNE, None, name, name, match.start(), match.end(1), note))
    for match in _BARE_CITY.finditer(text) if _CITY_NAME_WRITTEN in text else ():
        found.append(Mention(CITY, CITY_CODE, CITY_NAME, CITY_NAME, match.start(), match.end()))
    for match in _bare_provinces().finditer(text):
        start = match.start()
        if (
            start
            and text[start - 1] != "\n"
            and not _SUBJECT_POSITION.search(text[max(0, start - 7) : start])
        ):
            continue
        if any(m.start <= start < m.end for m in found):
            continue  # "tỉnh Quảng Ninh", already found with its kind
        if _ADDRESS_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue
        name = match.group()
        found.append(Mention(PROVINCE, None, name, name, match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def place_cell(cell: str) -> WardMatch | None:
    """A table cell holding only a province's or the city's name ("Đà Nẵng", "Thành phố Hồ
    Chí Minh", "Hải Phòng"): the row of that place, in a table of provinces."""
    name = _PLACE_KIND.sub("", " ".join(cell.split()))
    if name == CITY_NAME:
        return CITY_MATCH
    if name in _PROVINCE_NAMES or name == "Hồ Chí Minh":  # a whole cell names no person
        return Mention(PROVINCE, None, name, name, 0, len(name)).as_match()
    return None


_PLACE_KIND = re.compile(r"^(?i:tỉnh|thành phố|thủ đô|tp\.?)\s+")


@lru_cache(maxsize=1)
def _bare_provinces() -> re.Pattern[str]:
    """Another province named without "tỉnh", before a verb or a bracket; `mentions` keeps it
    where a subject stands (`_SUBJECT_POSITION`). The names come first in the pattern, so that
    the scan skips ahead to their first letters."""
    names = [n for n in _PROVINCE_NAMES if fold(n) not in unit_names()]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})\b(?=\s*(?:\(|:|,|[a-zđ]))")


# At the start of a clause, or after "của", "tại", "ở", "và", "với", "như", "hơn", "sau"
_SUBJECT_POSITION = re.compile(
    r"(?:[.;:,(] |(?i:của|tại|với|như|hơn|sau|thủ đô) |(?<!\w)[vV]à |(?<!\w)ở )$"
)


@lru_cache(maxsize=16384)
def subject_of(text: str, before_merger: bool = False) -> WardMatch | None:
    """The unit a value belongs to when the words before it name one: the nearest commune of
    Hải Phòng, "toàn thành phố", "cả nước", or a unit outside the warehouse."""
    candidates: list[tuple[int, WardMatch]] = []
    for mention in mentions(text, before_merger):
        if mention.unknown:
            continue
        if mention.level == CITY and (
            (
                _REFERENCE_BEFORE.search(text, 0, mention.start)
                and not _PREDICATE_AFTER.match(text, mention.end)
            )
            or _NAMED_AFTER_THE_CITY.search(text, max(0, mention.start - 80), mention.start)
        ):
            # "theo Kế hoạch của thành phố", not "chỉ số của Hải Phòng xếp thứ 3"; nor a
            # business named after the city: "Bưu điện thành phố Hải Phòng"
            continue
        candidates.append((mention.end, mention.as_match()))
    for match in CITY_GOAL.finditer(text):
        candidates.append((match.end(), CITY_MATCH))
    for match in _CITY_SUBJECT.finditer(text):
        if (
            _compared_with(text, match)
            or _NAMED_AFTER_THE_CITY.search(text, max(0, match.start() - 80), match.start())
            or _ADDRESS_LABEL_BEFORE.search(text, max(0, match.start() - 80), match.start())
        ):
            continue  # (nor the last part of an address: "địa chỉ: ..., thành phố Hải Phòng")
        if _RANK_FIELD_BEFORE.search(text, 0, match.start()):
            continue  # the field a rank is taken in: "xã phấn đấu vào tốp 20 toàn thành phố"
        if _CITY_SCOPE.match(match.group()) or not _REFERENCE_BEFORE.search(text, 0, match.start()):
            candidates.append((match.end(), CITY_MATCH))
    for match in _NATION_SUBJECT.finditer(text):
        if not _RANK_FIELD_BEFORE.search(text, 0, match.start()):  # "xếp thứ 3 cả nước"
            candidates.append((match.end(), NATION_MATCH))
    for match in _NATION_NAMED.finditer(text):
        candidates.append((match.end(), NATION_MATCH))
    for match in _GROUP_OF_UNITS.finditer(text):
        if _RANK_FIELD_OF_GROUP.search(text, 0, match.start()) or _COMPARED_WITH_GROUP.search(
            text, 0, match.start()
        ):
            # "thấp nhất khối xã": the field a superlative ranks in; "cao hơn bình quân khối
            # xã": what the owner is compared with
            continue
        # "Các xã còn lại: từ 80% trở lên", "của 04 đơn vị cũ": several communes, none named
        # ("từ 05 phường cũ" is history, the ward's own)
        reason = f"{match.group()}: a group of communes, not one"
        candidates.append((match.end(), WardMatch(None, None, match.group(), reason, COMMUNE)))
    for match in _UNITS_NAMED.finditer(text):
        if int(match.group(1)) == len(_NAMES_SEPARATOR.split(match.group(2))):
            reason = f"{match.group()}: several communes, each named"
            candidates.append((match.end(), WardMatch(None, None, match.group(), reason, COMMUNE)))
    for match in _NETWORK_AVERAGE.finditer(text):
        if not _compared_with(text, match):  # (its own value: "... (74,9%)")
            reason = f"{match.group()}: an average over a network of several communes"
            candidates.append((match.end(), WardMatch(None, None, match.group(), reason, COMMUNE)))
    for match in _AREA.finditer(text):
        if fold(match.group(1)).lower() in unit_names():
            reason = f"{match.group()}: an area of several communes"
            candidates.append((match.end(), WardMatch(None, None, match.group(), reason, COMMUNE)))
    if not candidates:
        return None
    return max(candidates, key=lambda c: c[0])[1]


def _compared_with(text: str, city: re.Match[str]) -> bool:
    """Whether the city's mention is what the owner is compared with ("cao hơn bình quân toàn
    thành phố (89,7%), đứng thứ 4"), not the owner of the value that follows ("cao hơn mức
    bình quân toàn thành phố là 84,7%"; but "... là 93,1%, xếp thứ 5/45": the city's value is
    given, the rank is the owner's)."""
    compared = _COMPARED_WITH_GROUP.search(text, 0, city.start()) or (
        _AVERAGE_WORD.match(city.group()) and _COMPARED_BEFORE_AVERAGE.search(text, 0, city.start())
    )
    if not compared or _OWN_BRACKET_AFTER.fullmatch(text, city.end()):
        return False  # "cao hơn bình quân chung của thành phố (91,7%)": the average's own value
    own_value = _PREDICATE_AFTER.match(text, city.end())
    return not own_value or bool(re.search(r"\d", text[own_value.end() :]))


_AVERAGE_WORD = re.compile(r"(?i:bình quân|trung bình)\b")
_OWN_BRACKET_AFTER = re.compile(r"\s*\(?\s*")
_COMPARED_BEFORE_AVERAGE = re.compile(r"\b(?:hơn|vượt|dưới|trên)\s+$", re.IGNORECASE)


def resolve_issuer(text: str, before_merger: bool = False) -> WardMatch:
    """The unit that issued the document: its header, else the body named in its lead, else the
    commune named most often; the city, a district, a province or the nation where no commune
    of Hải Phòng speaks."""
    lines = text.split("\n")
    if header := _header_issuer(lines, before_merger):
        return header
    if lead := _lead_issuer(text, before_merger):
        return lead
    return _voted_issuer(text, _nth_line_start(text, _HEAD_LINES), before_merger)


def _header_issuer(lines: list[str], before_merger: bool) -> WardMatch | None:
    """The issuing body above the title: "UBND PHƯỜNG LÊ CHÂN", "CHÍNH PHỦ", "UBND TỈNH ..."."""
    block: list[str] = []
    seen = 0
    for line in lines:
        stripped = line.strip().strip("*").strip()
        if not stripped:
            continue
        if seen >= _HEADER_LINES or _HEADER_END.match(stripped):
            break
        seen += 1
        # a header laid out in two columns ("ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI ..."): each
        # column is a line of its own
        block += [cell.strip() for cell in _HEADER_COLUMNS.split(stripped) if cell.strip()]
    if not block:
        return None
    levels = {COMMUNE: 0, DISTRICT: 1, CITY: 2, PROVINCE: 2, NATION: 3}
    found: list[WardMatch] = []
    places: list[WardMatch] = []
    for line in block:
        if line.upper() != line and not re.match(r"^(?:UBND|ỦY BAN|UỶ BAN|ĐẢNG)", line):
            if (place := _PLACE_DATE.match(line)) and not before_merger:
                places += _place_issuer(place.group(1))
            continue
        if _NATION_BODY.match(line):
            found.append(NATION_MATCH)
        for mention in mentions(line, before_merger):
            if not mention.unknown:
                found.append(mention.as_match())
    # "Lê Chân, ngày ..." names the place of the body above it, which may be a district
    known = found or places
    if not known:
        return None
    # the most local body in the header is the issuer (a city department under the city, a
    # ward's committee under the city's party committee)
    return min(known, key=lambda m: levels.get(m.level or COMMUNE, 0))


_HEADER_COLUMNS = re.compile(r"\s{3,}|\t")


def _place_issuer(name: str) -> list[WardMatch]:
    """`Lê Chân, ngày 05 tháng 01 năm 2026`: the place is the issuer's own name."""
    folded = fold(name)
    if folded.startswith("hai phong"):
        return [CITY_MATCH]
    units = tuple(
        unit
        for (_, unit_name), same_name in _communes().items()
        for unit in same_name
        if unit_name == folded
    )
    unit = _pick(units, name)
    return [WardMatch(unit.code, unit.name, name, None, COMMUNE)] if unit else []


def _lead_issuer(text: str, before_merger: bool) -> WardMatch | None:
    """A news post or portal page names its subject in the headline or lead: "UBND phường X
    vừa ...", "Phường X: 100% ..."."""
    lead = text[:_LEAD_CHARACTERS]
    first_line = next((line for line in lead.split("\n") if line.strip()), "")
    if _CITY_HEADLINE.match(first_line):
        return CITY_MATCH
    first_mention = next((m.start for m in mentions(lead, before_merger) if not m.unknown), None)
    nation = _NATION_BODY_IN_LEAD.search(lead) or _NATION_SUBJECT.search(first_line)
    if nation and (first_mention is None or nation.start() < first_mention):
        return NATION_MATCH
    if (body := _CITY_BODY.search(lead)) and not _REFERENCE_BEFORE.search(lead, 0, body.start()):
        if not any(m.start < body.start() and not m.unknown for m in mentions(lead, before_merger)):
            return CITY_MATCH
    if _CITY_MASTHEAD.match(first_line):
        # the city's newspaper speaks of the commune its headline names ("Xã Nam Sách: ...",
        # "Chủ tịch UBND xã Hà Tây: ..."), else for the city ("Ba địa phương, ba lối đi ...")
        head = "\n".join(takewhile(_above_the_lead, lead.split("\n")[1:_MASTHEAD_HEAD_LINES]))
        named = (m for m in mentions(head, before_merger) if not m.unknown and m.code)
        commune = next((m for m in named if m.level == COMMUNE), None)
        return commune.as_match() if commune else CITY_MATCH
    headline_end = lead.find(first_line) + len(first_line) if first_line else 0
    for mention in mentions(lead, before_merger):
        if mention.unknown:
            continue
        before = " ".join(lead[max(0, mention.start - 80) : mention.start].split()) + " "
        if _REFERENCE_BEFORE.search(before):
            continue
        starts_headline = mention.end <= headline_end and not lead[: mention.start].strip(" *#-–\n")
        if _LISTED_UNIT_AFTER.match(lead, mention.end) and not starts_headline:
            continue  # "Ghi nhận tại phường Hồng An, phường Lê Thanh Nghị và xã ...": several
        if _ISSUING_BODY_BEFORE.search(before) or starts_headline:
            return mention.as_match()
    return None


def _above_the_lead(line: str) -> bool:
    """A masthead's lines and the headline end where the lead paragraph, a sentence, begins."""
    # (Markdown's emphasis is blanked with no-break spaces before the issuer is read)
    return len(line) <= _HEADLINE_CHARACTERS and not line.replace("*", " ").strip().endswith(".")


def _voted_issuer(text: str, head_end: int, before_merger: bool) -> WardMatch:
    votes: Counter[str] = Counter()
    by_key: dict[str, WardMatch] = {}
    for mention in mentions(text, before_merger):
        if mention.unknown:
            continue
        key = mention.code or f"{mention.level}:{fold(mention.name)}"
        weight = 3 if mention.start < head_end else 1
        votes[key] += weight if mention.level == COMMUNE else weight / 10
        by_key.setdefault(key, mention.as_match())
    if _NATION_SUBJECT.search(text[:head_end]) or _NATION_BODY.search(text[:head_end]):
        votes[NATION_CODE] += 0.05
        by_key.setdefault(NATION_CODE, NATION_MATCH)
    if not votes:
        return WardMatch(
            None, None, None, "names no Vietnamese administrative unit (commune, city, province)"
        )
    ranked = votes.most_common()
    best_key, best_votes = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == best_votes and CITY_CODE in votes:
        return CITY_MATCH  # a report that names many wards alike speaks for the city
    if len(ranked) > 1 and ranked[1][1] == best_votes:
        tied = ", ".join(
            sorted(by_key[k].as_written or k for k, v in votes.items() if v == best_votes)
        )
        return WardMatch(None, None, tied, f"ambiguous issuer: {tied}")
    return by_key[best_key]


def _nth_line_start(text: str, count: int) -> int:
    position = 0
    for _ in range(count):
        position = text.find("\n", position) + 1
        if position == 0:
            return len(text)
    return position
