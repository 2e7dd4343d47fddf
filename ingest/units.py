"""What a number counts: the noun after it, read as a unit (`1.250 hồ sơ` → dossiers).

Patterns match the accent-folded text (`ingest.text.fold`). The vocabulary is open: a counted
noun outside it becomes its own unit (its first syllables, as written), so a count is never lost
for want of a name; the indicator catalog maps units to indicators.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.text import fold

PERCENT = "percent"
RATIO = "ratio"
RANK = "rank"

# Multipliers written between a number and its noun: "2,8 triệu hồ sơ".
# not money ("2,3 tỷ đồng"), nor "ngân hàng" (a bank), whose fold is that of "ngàn"
_MAGNITUDE = re.compile(
    r"^\s*(trieu|nghin|ngan|ty|ti)\b(?!\s*(?:dong|vnd|usd|do la)\b)(?<!ngan(?= hang\b))"
)
_MAGNITUDES = {"trieu": 1e6, "nghin": 1e3, "ngan": 1e3, "ty": 1e9, "ti": 1e9}

# times or sessions per span, before the span's word (rounds too, with a slash: "01 đợt/quý")
_TIMES_PER = (
    r"(?:lan|buoi|(?:phien(?:\s+[a-z]+)?|dot)(?=\s*/))\s*(?:/|moi|mot|trong|(?:trong\s*)?mot)\s*"
    r"(?:mot\s*)?"
)

# (folded pattern after the number, unit). Order matters: longer phrases first.
_VOCABULARY: tuple[tuple[str, str], ...] = (
    (r"t[iy]\s*(?:dong|vnd)", "vnd_billion"),
    (r"trieu\s*(?:dong|vnd)", "vnd_million"),
    (r"(?:nghin|ngan)\s*(?:dong|vnd)", "vnd_thousand"),
    (r"t[iy]\s*(?:usd|do la)", "usd_billion"),
    (r"trieu\s*(?:usd|do la)", "usd_million"),
    (r"(?:usd|do la)", "usd"),
    # "2 lần/năm", "2 lần mỗi năm", "2 lần trong năm", "02 buổi/tuần": a frequency, whichever
    # way it is said; also sessions per span, "02 phiên livestream/tháng"
    (rf"{_TIMES_PER}tuan", "times_per_week"),
    (rf"{_TIMES_PER}thang", "times_per_month"),
    (rf"{_TIMES_PER}quy", "times_per_quarter"),
    (rf"{_TIMES_PER}nam", "times_per_year"),
    (r"luot (?:truy cap|xem)", "visits"),
    # a download is an act, counted in turns: "512.730 lượt tải" (its "tải" folds like "tại")
    (r"luot tai", "lượt"),
    (r"luot binh chon", "votes"),  # a reader poll's: "1.032 lượt bình chọn"
    (
        # (not the times something happened: "1.286 lượt mã độc", "4.517 lượt tấn công", "11
        # lượt hỗ trợ tại nhà", "3,6 triệu lượt phương tiện")
        r"(?:luot nguoi|nguoi|"
        r"luot(?!\s+(?:ma doc|tan cong|tin|canh bao|su co|phan anh|thu|ho tro|phuong tien|xe|"
        r"thanh toan|giao dich|du thi|thi))|"
        r"can bo|cong chuc|vien chuc|cbcc|cb,\s?cc|giao vien|dang vien|"
        r"hoc sinh|sinh vien|hoc vien|dong chi|doan vien|hoi vien|nhan vien|lao dong|cu tri|"
        r"ngu dan|nong dan|cong nhan|tieu thuong|chu tau|nhan khau|giang vien|tinh nguyen vien|"
        # a contractor's workers, and staff by how they hold the post: "(02 chuyên trách, 01 kiêm
        # nhiệm)" after "03 công chức"
        r"nhan cong|chuyen trach|kiem nhiem|"
        r"(?:hanh )?khach(?! san)|"
        r"bac si|y si|dieu duong|ho sinh|duoc si|nhan vien y te|"
        r"tuyen truyen vien|bao cao vien|"
        r"(?:dien thoai|tong dai) vien|"  # a call centre's staff: "24 điện thoại viên", not phones
        # (those paid: "đối tượng hưởng", "1.087 đối tượng nhận qua tài khoản")
        r"doi tuong (?:bao tro|btxh|chinh sach|huong|nhan)|cong dan|tre em|tre)",
        "persons",
    ),
    (r"dong", "vnd"),
    (r"thanh vien", "members"),
    (r"(?:to dan pho|tdp|khu pho|khu dan cu|kdc)", "residential_groups"),
    (r"to roi", "leaflets"),
    (
        r"(?:to cong nghe|to cnscd|to cns|to ho tro|to ung cuu|to cong tac|to|"
        r"doi (?:tinh nguyen|xung kich|thanh nien|ho tro)|nhom (?:ho tro|tinh nguyen|cong nghe))",
        "teams",
    ),
    (r"(?:dich vu cong|dvctt|dvc|dich vu)", "services"),
    (r"(?:co so du lieu|csdl)", "databases"),
    (r"(?:bo du lieu|tap du lieu)", "datasets"),
    (r"(?:ban ghi|truong du lieu|truong thong tin)", "records"),
    # not "Bản quyền" (a licence), "bản ghi", "bản đồ", "bản sao", nor "áp phích" (a poster)
    (r"(?:thon|xom|ap(?! phich)|ban(?! (?:quyen|ghi|do|sao|tin))|lang)", "villages"),
    (r"(?:y kien phan anh|phan anh|kien nghi|pakn|don thu|khieu nai)", "complaints"),
    (
        # a place ("46 điểm thanh toán bằng mã QR", "12 điểm Wi-Fi", "08 điểm chi trả"), not a
        # score's points
        r"(?:trung tam|diem (?:phuc vu|tiep nhan|giao dich|ho tro|thanh toan|wi-?fi|truy cap"
        r"|ket noi|cham soc|ban hang|du lich|camera|phat|hoc tap|gom hang|thu gom|chi tra"
        r"|dia danh|di tich))",
        "centres",
    ),
    (
        # (also a header's "Hộ KD có mã QR")
        r"(?:doanh nghiep|dn|ho kinh doanh|hkd|ho kd|hop tac xa|htx|co so kinh doanh"
        r"|co so san xuat)",
        "businesses",
    ),
    (
        r"(?:he thong|phan mem|nen tang|ung dung|trang thong tin|cong thong tin|website)",
        "systems",
    ),
    (r"(?:tram|bts)", "stations"),
    # (and a note's shorthand: "33 cam ✓", "lắp 2 cam mới"; not "cảm kết", "cảm biến")
    (r"(?:camera|cam(?=\s*(?:[^\w\s]|$)|\s+(?:ket noi|lap|moi|an ninh|ai|giam sat)\b))", "cameras"),
    (r"(?:ho so|bo ho so)", "dossiers"),
    # (not a vehicle, a way or a method: "phương tiện", "phương thức", "phương pháp")
    (r"(?:phuong(?!\s+(?:tien|thuc|phap)\b)|xa|dac khu|don vi hanh chinh cap xa)", "communes"),
    (r"(?:thu tuc|tthc)", "procedures"),
    (r"(?:tai khoan|tk)\b", "accounts"),  # also a header's "TK VNeID mức 2 đã kích hoạt"
    (r"(?:ho dan|ho gia dinh|ho(?!\s+tro\b(?!\s+(?:len|xuong)\b)))", "households"),  # not "hỗ trợ"
    (
        r"(?:van ban|ke hoach|quyet dinh|cong van|bao cao|thong bao|chi thi|huong dan|quy che|"
        r"nghi quyet)",
        "documents",
    ),
    (r"giao dich", "transactions"),
    (r"(?:may|thiet bi|bo thiet bi|bo may|laptop|dien thoai|smartphone)", "machines"),
    (r"quay", "counters"),
    (r"(?:nhom,? lop|lop|khoa hoc|khoa dao tao)", "classes"),  # a kindergarten's "nhóm, lớp"
    # (not "cuộc gọi", a call; nor "phiên bản", a version: "Windows 10 phiên bản 22H2")
    (r"(?:buoi|hoi nghi|hoi thao|cuoc(?!\s+goi)|phien(?!\s+ban)|dot)", "sessions"),
    # not "trang trại", a farm: "9 trang trại tham gia"; nor "trang bị", equipment ("Trong đó trang
    # bị mới" heads a column of new devices)
    (r"trang(?!\s+(?:trai|bi)\b)", "pages"),
    (r"gb", "gigabytes"),
    (r"(?:met|m)", "metres"),
    # an archive's boxes: "1.492 hộp" (its fold is that of "họp", "hợp": not "hợp đồng", "hợp lệ";
    # nor a mailbox, "hộp thư")
    (r"(?:thung|hop(?!\s+(?:dong|le|tac|nhat|phap|ly|chuan|thuc|nhan|thanh|thu)\b))", "boxes"),
    (r"diem truong\b", "schools"),  # "02 điểm trường": a school's sites, not a score
    (r"diem(?! cau)", "points"),
    (r"(?:chi tieu|tieu chi)", "indicators"),
    (r"(?:nhiem vu|cong viec)", "tasks"),
    (r"truong hop", "cases"),
    (r"truong", "schools"),
)
# One alternation tried once, in the vocabulary's order: the first noun that matches wins, as
# if each were tried in turn (every noun opens on a letter, so all see the same spaces skipped).
_VOCABULARY_PATTERN = re.compile(
    r"^\s*(?:" + "|".join(f"(?P<noun{i}>{p}\\b)" for i, (p, _) in enumerate(_VOCABULARY)) + ")"
)
CANONICAL_UNITS = frozenset(
    {PERCENT, RATIO, RANK, "level", "hours", "mbps", "gbps", "count"}
    | {unit for _, unit in _VOCABULARY}
)

# Nouns that describe a plan's own structure ("9 nhiệm vụ trọng tâm", "(03 chỉ tiêu)") or an
# administrative history ("05 phường cũ"): counted, but not an indicator's value.
_STRUCTURE_NOUN = re.compile(
    r"^\s*(?:nhom (?:nhiem vu|giai phap|chi tieu|muc tieu|noi dung)|nhiem vu|giai phap|"
    r"muc tieu|chi tieu|tieu chi|tru cot|phan(?! anh| mem)|noi dung|chuong|dieu|khoan|muc|buoc|"
    r"phu luc|ket qua noi bat|diem nhan|diem noi bat|de xuat|hop phan|bieu(?: mau)?|mau bieu|"
    r"linh vuc|bai hoc(?: kinh nghiem)?|"
    r"dot pha|quan diem|nguyen tac|cap)\b"
)
_ADMINISTRATIVE_NOUN = re.compile(
    r"^\s*(?:(?:phuong|xa|thi tran|quan|huyen|don vi hanh chinh)(?:,? (?:phuong|xa|thi tran))? cu"
    r"|don vi hanh chinh)\b"
)
# Words that cannot head a counted noun phrase: the number is then not a count.
_NOT_A_NOUN = re.compile(  # (the phrases first: "tối thiểu" is no "tới")
    r"^\s*(?:so voi|tro len|tro xuong|toi thieu|toi da|it nhat|va|hoac|den|toi|trong|tren|duoi|"
    r"cua|la|thi|nhung|tu|voi|cho|o|tai|theo|nam|thang|ngay|len|xuong|khoang)\b"
)
# as written: a noun that folds like one of them ("04 chợ", "120 đèn", "05 tủ") is a noun;
# a text written without its accents ("tang 5 so voi") keeps the folded reading
_FUNCTION_WORDS = frozenset(
    "và hoặc đến tới trong trên dưới của là thì nhưng từ với cho ở tại theo năm tháng ngày lên "
    "xuống khoảng".split()
) | {"so với", "trở lên", "trở xuống", "tối thiểu", "tối đa", "ít nhất"}


def _function_word(rest_folded: str, rest: str) -> bool:
    found = _NOT_A_NOUN.match(rest_folded)
    if not found:
        return False
    written = " ".join(rest[: found.end()].lower().split())
    return written in _FUNCTION_WORDS or fold(written) == written


# (also a word of time or of what is left: "100 bộ trước ngày 31/3", "50 bộ còn lại", "1.011.240
# kWh cùng kỳ năm trước"; a verb that opens on the noun's second word: "07 tuyến tham quan ảo"
# counts "tuyến"; how the things work together: "60 kênh đồng thời" counts "kênh"; what they are
# about: "37 tin về thủ đoạn mới" counts "tin"; what they record: "368 video bài giảng" counts
# "video", a lesson being a thing of its own)
_NOUN_STOP = re.compile(
    r"\s(?:của|được|đã|đang|sẽ|trên|tại|và|ở|với|cho|theo|trong|thuộc|có|đạt|là|để|từ|đến|"
    r"như|nhằm|gồm|tham gia|tham quan|thực hiện|trước|sau|còn|cùng kỳ|đồng thời|về|"
    r"cần)(?!\w)"  # (a need is no part of the noun: "173 cột cần chỉnh trang" counts "cột")
    r"|(?<=\S)\sbài giảng(?!\w)"  # (past the noun's first word: "1.212 bài giảng" counts lessons)
)
_NEXT_WORD = re.compile(r"\s+[^\W\d_]+")


# Words that measure the noun after them, each a unit alone ("vụ vi phạm" counts "vụ"), but for
# compounds that name a thing of their own ("vụ việc", a case)
_MEASURE_WORDS = frozenset(
    {
        "vụ",
        "tấn",
        "tạ",
        "ha",
        "tem",
        "chiếc",
        "cái",
        "phiếu",
        "bài",
        "tàu",
        "ca",
        "lượt",
        "pa-nô",
        "tờ",
        "cuốn",  # "18.460 cuốn sách", "58 quyển sổ địa chính": books counted as volumes
        "quyển",
        "bộ",  # a set: "2.596 bộ điều khiển đèn" counts "bộ"
        "km",  # a length: "hạ ngầm 28,2 km cáp treo" measures the cable in km
        "liều",  # "46.820 liều vắc xin": doses
        "giá",  # an archive's shelves: "14 giá di động" (not "giá trị", below)
    }
)
# (but "37 bài hướng dẫn" counts "bài")
_MEASURE_COMPOUNDS = frozenset(
    {"vụ việc", "vụ án", "bài viết", "bài báo", "bài giảng", "bài học", "bài toán", "bài thi"}
    | {"bộ phận", "bộ đội", "bộ ngành"}  # a department, soldiers, ministries
    | {"giá trị"}  # values: "03 giá trị cốt lõi"
)


@dataclass(frozen=True, slots=True)
class CountedNoun:
    unit: str
    multiplier: float
    end: int  # offset (in the text given) just past the words that made the unit


def magnitude(folded_after: str) -> tuple[float, int]:
    """(multiplier, length of the magnitude word) written right after a number."""
    if found := _MAGNITUDE.match(folded_after):
        return _MAGNITUDES[found.group(1)], found.end()
    return 1.0, 0


def vocabulary_unit(folded_after: str) -> tuple[str, int] | None:
    """Canonical unit of the noun at the start of `folded_after`, with its length."""
    found = _VOCABULARY_PATTERN.match(folded_after)
    if not found:
        return None
    unit = _VOCABULARY[int(found.lastgroup[len("noun") :])][1]
    if unit == "persons" and (counted := _TIMES_OF.match(folded_after)):
        # "4.068 lượt hồ sơ": lượt counts times of what follows; persons only alone or of
        # persons ("lượt người dân", "lượt cán bộ"); of an act it counts the acts ("6.412 lượt
        # khám bệnh", "1.146 lượt đặt lịch"): the measure word `lượt`, as `counted_noun` reads
        rest = folded_after[counted.end() :]
        following = vocabulary_unit(rest)
        if following and following[0] != "persons":
            return following[0], counted.end() + following[1]
        if not following and noun_follows(rest):
            return None
    return unit, found.end()


_TIMES_OF = re.compile(r"^\s*luot\s+")


def bare_times(folded_after: str) -> bool:
    """`lượt` with no noun of its own after it ("5.987 lượt;", "1.600 lượt trong quý")."""
    found = _BARE_TIMES.match(folded_after)
    return bool(found) and not noun_follows(folded_after[found.end() :])


def noun_follows(folded_rest: str) -> bool:
    """Whether the words after a measure word bring a noun of their own ("bản đồ" after "tờ"),
    not a mark or a function word ("tờ;", "lượt trong quý")."""
    rest = folded_rest.lstrip()
    return rest[:1].isalpha() and not _NOT_A_NOUN.match(rest)


def times_of_acts(folded: str) -> bool:
    """Whether the last `lượt` with a noun in `folded` counts acts ("lượt khám bệnh", "Lượt sử
    dụng Trợ lý ảo"), not persons ("lượt người dân") nor visits ("lượt truy cập")."""
    return times_named(folded) == "lượt"


def times_named(folded: str) -> str | None:
    """The unit of the last `lượt` with a noun in `folded`: "lượt" of acts ("lượt khám bệnh"),
    else the noun's ("lượt truy cập" → visits, "lượt người dân" → persons); None without one."""
    last = None
    for last in _TIMES_OF_A_NOUN.finditer(folded):  # noqa: B007 - the last one is wanted
        pass
    if last is None:
        return None
    named = vocabulary_unit(folded[last.start() :])
    return named[0] if named else "lượt"


def names_persons(folded: str) -> bool:
    """Whether any word of `folded` opens a noun of persons ("so nguoi duoc ho tro", "luot
    nguoi dan"), not of acts ("luot thanh toan") nor of things."""
    return any(
        (named := vocabulary_unit(folded[word.start() :])) and named[0] == "persons"
        for word in _WORD_START.finditer(folded)
    )


_WORD_START = re.compile(r"(?<![a-z0-9])[a-z]")
_BARE_TIMES = re.compile(r"^\s*luot\b")
_TIMES_OF_A_NOUN = re.compile(r"\bluot\s+(?=[a-z])")


# a meter ("3.524 đồng hồ nước"), whose first word folds to the "đồng" of money; as written, so
# that a sum followed by "hỗ trợ" ("20 triệu đồng hỗ trợ") stays money
_CLOCK = re.compile(r"\s*đồng hồ(?!\w)", re.IGNORECASE)


def counted_noun(folded_after: str, original_after: str) -> CountedNoun | None:
    """The unit of a count: a vocabulary noun, or the first syllables of any other noun."""
    multiplier, skip = magnitude(folded_after)
    rest_folded, rest = folded_after[skip:], original_after[skip:]
    if per_area := _PER_AREA.match(rest):
        return CountedNoun(per_area_unit(per_area), multiplier, skip + per_area.end())
    if known := vocabulary_unit(rest_folded):
        unit, length = known
        if unit == "vnd" and rest.lstrip()[:4].lower() == "dòng":
            return None  # "Hiển thị 5 dòng": rows, which fold to the "đồng" of money
        if unit == "vnd" and _CLOCK.match(rest):
            known = None  # "lắp 3.524 đồng hồ nước": meters, not the "đồng" of money
    if known:
        if not (unit == "teams" and rest.lstrip()[:2].lower() == "tờ"):
            return CountedNoun(unit, multiplier, skip + length)
        # sheets, which fold to the "tổ" of teams: printed ones alone ("phát 2.500 tờ tại ..."),
        # else sheets of what follows ("264 tờ bản đồ": the measure word, below)
        if not noun_follows(rest_folded[length:]):
            return CountedNoun("leaflets", multiplier, skip + length)
    if _function_word(rest_folded, rest):
        return None
    # (a loanword's syllables joined by hyphens are one word: "01 cột ăng-ten")
    words = re.match(r"^\s*([^\W\d_]+(?:-[^\W\d_]+)*(?:\s+[^\W\d_]+(?:-[^\W\d_]+)*)?)", rest)
    if not words:
        return None
    phrase = words.group(1)
    # (with the word after the phrase, for a verb of two words that opens on its second one)
    following = _NEXT_WORD.match(rest, words.end(1))
    if stop := _NOUN_STOP.search(" " + phrase.lower() + (following.group() if following else "")):
        phrase = phrase[: max(stop.start() - 1, 0)]
    phrase = phrase.strip()
    if not phrase:
        return None
    first = phrase.split()[0]
    if phrase.lower().split()[1:] in (["cao"], ["thấp"], ["lớn"], ["nhỏ"]):
        phrase = first  # "816 đèn cao áp": a noun's size or height qualifies it, no noun of its own
    if first.lower() in _MEASURE_WORDS and phrase.lower() not in _MEASURE_COMPOUNDS:
        phrase = first  # "41 vụ vi phạm", "5 tấn quả": the measure word is the unit
    if "-" in first:
        phrase = first  # "02 ki-ốt tra cứu": a loanword is a whole noun, the words after qualify it
    return CountedNoun(_as_unit(phrase), multiplier, skip + words.start(1) + len(phrase))


# a yield, a mass per area ("64,8 tạ/ha", a table's unit cell "Tạ/ha"): the area is part of the
# measure, which the mass alone ("tạ") would misread as a quantity harvested
_PER_AREA = re.compile(r"\s*(tạ|tấn|kg)\s*/\s*(ha|sào|m2|m²)(?!\w)", re.IGNORECASE)


def per_area_unit(found: re.Match[str]) -> str:
    return f"{found.group(1).lower()}/{found.group(2).lower()}"


def measure_word(word: str) -> bool:
    """A word that measures what it counts ("tem", "phiếu", "lượt"), a unit alone."""
    return word in _MEASURE_WORDS


def _as_unit(phrase: str) -> str:
    """A noun as a unit, in lower case but for an acronym written in capitals ("164 mã QR")."""
    return " ".join(
        word if len(word) > 1 and word.isupper() else word.lower() for word in phrase.split()
    )


def structure_noun(folded_after: str) -> bool:
    """`9 nhiệm vụ trọng tâm`, `(03 chỉ tiêu)`: the plan's structure, not a value."""
    _, skip = magnitude(folded_after)
    return bool(_STRUCTURE_NOUN.match(folded_after[skip:]))


def administrative_noun(folded_after: str) -> bool:
    return bool(_ADMINISTRATIVE_NOUN.match(folded_after))


def unit_word(cell: str) -> str | None:
    """A cell that is only a unit ("%", "Tỷ lệ (%)", "Hồ sơ", "Người") as a unit name."""
    folded = " " + fold(cell).strip(" .:()")
    if "%" in folded or re.fullmatch(r"\s*(?:t[iy] le|phan tram)\b.*", folded):
        return PERCENT
    if speed := re.fullmatch(r"\s*(mbps|gbps)(?:/s)?", folded):
        return speed.group(1)
    if re.fullmatch(r"\s*(?:hang|thu hang|xep hang)", folded):
        return RANK
    if re.fullmatch(r"\s*(?:gio|so gio)", folded):
        return "hours"
    if cell.strip(" .:()").lower() == "tờ":
        return "leaflets"  # "In tờ rơi ... | Tờ": not the "tổ" it folds to
    known = vocabulary_unit(folded)
    if known and len(folded[known[1] :].split()) <= 1:
        return known[0]
    return None


def stated_unit(cell: str, capitalised: bool = True) -> str | None:
    """A unit written for a row (its "Đơn vị tính" cell, a bracket closing its indicator): a
    canonical unit ("%", "Hồ sơ"), else the noun as written, in lower case, as a count keeps any
    counted noun ("Sản phẩm" → "sản phẩm"). `capitalised=False` takes a noun only in lower case
    ("(sản phẩm)", not "(DTI)")."""
    if known := unit_word(cell):
        return known
    if (per_area := _PER_AREA.match(cell.strip(" .:()"))) and per_area.end() == len(
        cell.strip(" .:()")
    ):
        return per_area_unit(per_area)
    words = cell.strip(" .:()").split()
    if not 1 <= len(words) <= 3 or not all(word.isalpha() for word in words):
        return None
    phrase = " ".join(words)
    if _DAYS_CELL.fullmatch(fold(phrase)):
        return "ngày"  # how long a service may take: "Thời gian xử lý phản ánh | Ngày | ≤ 2"
    if len(words) > 2:
        return None
    if not capitalised and phrase != phrase.lower():
        return None
    # (as written: a cell "Đèn" is a noun, though it folds like "đến")
    if _function_word(fold(phrase), phrase) or _NOT_A_UNIT_WORD.match(fold(phrase)):
        return None
    return _as_unit(phrase)  # (an acronym keeps its capitals: a cell "TB" of storage)


_DAYS_CELL = re.compile(r"ngay(?: lam viec)?", re.IGNORECASE)
# words a bracket or a unit cell holds that are no unit: "Xã A (cũ)", "(dự kiến)"; a classifier
# ("Chiếc", "Bộ") leaves the noun to the indicator ("Camera IP thân trụ | Chiếc"); a package
# ("Gói") is itself what a cost table counts ("Hỗ trợ kỹ thuật ... | Gói | 01")
_NOT_A_UNIT_WORD = re.compile(
    r"^\s*(?:cu|moi|du kien|uoc|tam tinh|luy ke|khac|chung|chiec|cai|bo|con)\s*$"
)
