"""Synthetic corpus for measuring scale: plans and reports of any number of units and years.

    .venv/bin/python bench/generate_corpus.py OUT [--units 114] [--years 5] [--first-year 2025]

Writes OUT/documents/*.txt (four documents per unit and year: the year's plan, a six-month
report, a training plan that revises some targets, and the year-end report with the next
year's direction), OUT/facts.jsonl (every fact planted: file, line, kind, indicator, value,
unit, comparator, period) and OUT/units.csv (the units, in the layout of
seeds/haiphong_units.csv). The first units are the 114 of Hải Phòng (seeds/haiphong_units.csv);
beyond 114 the generator invents unit names, so `--units 3300` is a national year.

The sentences are templates written for this benchmark in the genre of the real documents; the
planted facts let a benchmark check that the synthetic documents are read as intended. They are
never ground truth for the extractor's tests (tests/fixtures/annotations is).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
UNITS_SEED = REPO / "seeds" / "haiphong_units.csv"
DOCUMENTS_PER_UNIT_YEAR = 4


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    unit_type: str  # phường | xã | đặc khu
    province: str


@dataclass(frozen=True)
class Indicator:
    code: str
    phrase: str  # subject of the sentence, lower case
    unit: str  # percent or a count unit
    start: tuple[float, float]  # range of the first year's result
    growth: tuple[float, float]  # range of the yearly improvement
    template: str = "{phrase} đạt {cmp}{value}%"  # how a value is written after the phrase


@dataclass(frozen=True)
class PlantedFact:
    file: str
    line: int
    kind: str  # target | actual
    indicator_code: str
    value: float
    unit: str
    comparator: str
    period_start: int
    period_end: int


RATES = (
    Indicator(
        "GOV_ONLINE_DOSSIER_RATE",
        "tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến",
        "percent",
        (35, 70),
        (4, 9),
    ),
    Indicator(
        "GOV_FULL_PROCESS_ONLINE_SERVICES",
        "tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình",
        "percent",
        (40, 75),
        (3, 8),
    ),
    Indicator(
        "DAT_DOSSIERS_DIGITISED",
        "tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa",
        "percent",
        (50, 85),
        (2, 6),
    ),
    Indicator(
        "INF_5G_COVERAGE_RESIDENTIAL_GROUPS",
        "tỷ lệ tổ dân phố được phủ sóng 5G",
        "percent",
        (30, 80),
        (5, 12),
    ),
    Indicator(
        "INF_FIBRE_HOUSEHOLDS",
        "tỷ lệ hộ dân có Internet cáp quang",
        "percent",
        (60, 92),
        (1, 5),
    ),
    Indicator(
        "SOC_VNEID_RESIDENTS",
        "tỷ lệ người dân có tài khoản định danh điện tử VNeID",
        "percent",
        (55, 88),
        (2, 6),
    ),
    Indicator(
        "SOC_ADULT_DIGITAL_SIGNATURE",
        "tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân",
        "percent",
        (10, 45),
        (4, 10),
    ),
    Indicator(
        "SOC_E_HEALTH_RECORDS",
        "tỷ lệ người dân có hồ sơ sức khỏe điện tử",
        "percent",
        (40, 80),
        (3, 8),
    ),
    Indicator(
        "GOV_ONLINE_SERVICE_SATISFACTION",
        "tỷ lệ người dân, doanh nghiệp hài lòng khi sử dụng dịch vụ công trực tuyến",
        "percent",
        (70, 92),
        (1, 3),
    ),
    Indicator(
        "GOV_WORK_RECORDS_ELECTRONIC",
        "tỷ lệ hồ sơ công việc được xử lý trên môi trường điện tử",
        "percent",
        (60, 90),
        (2, 6),
    ),
    Indicator(
        "GOV_OFFICIALS_DIGITAL_SIGNATURE",
        "tỷ lệ cán bộ, công chức được cấp chữ ký số",
        "percent",
        (70, 95),
        (1, 5),
    ),
    Indicator(
        "WF_OFFICIALS_DIGITAL_SKILLS_TRAINED",
        "tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số",
        "percent",
        (40, 80),
        (5, 10),
    ),
    Indicator(
        "ECO_CASHLESS_ADMIN_PAYMENTS",
        "tỷ lệ giao dịch thanh toán phí, lệ phí không dùng tiền mặt",
        "percent",
        (30, 70),
        (4, 9),
    ),
    Indicator(
        "ECO_DIGITAL_ECONOMY_SHARE",
        "tỷ trọng kinh tế số trong GRDP",
        "percent",
        (6, 15),
        (1, 3),
    ),
    Indicator(
        "SEC_SYSTEMS_SECURITY_LEVEL_APPROVED",
        "tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn thông tin",
        "percent",
        (50, 90),
        (3, 8),
    ),
    Indicator(
        "DAT_CIVIL_STATUS_RECORDS_DIGITISED",
        "tỷ lệ hồ sơ hộ tịch được số hóa",
        "percent",
        (45, 85),
        (4, 9),
    ),
)

COUNTS = (
    Indicator(
        "SOC_COMMUNITY_TECH_TEAM_MEMBERS",
        "Tổ công nghệ số cộng đồng",
        "members",
        (20, 160),
        (2, 15),
        "{phrase} có {value} thành viên",
    ),
    Indicator(
        "INF_PSC_COUNTERS",
        "Trung tâm phục vụ hành chính công",
        "counters",
        (3, 8),
        (0, 1),
        "{phrase} bố trí {value} quầy tiếp nhận và trả kết quả",
    ),
    Indicator(
        "WF_DIGITAL_SKILLS_CLASSES",
        "lớp tập huấn kỹ năng số",
        "classes",
        (2, 6),
        (0, 2),
        "tổ chức {value} {phrase} cho người dân",
    ),
)

# Prose of the genre without facts: citations, dates, durations and lists the extractor rejects.
FILLER = (
    "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
    "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
    "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án "
    "phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số "
    "quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;",
    "Thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về thúc đẩy "
    "chuyển đổi số liên thông, đồng bộ, nhanh, hiệu quả đáp ứng yêu cầu sắp xếp tổ chức bộ máy;",
    "Tiếp tục quán triệt, tuyên truyền sâu rộng đến cán bộ, đảng viên và Nhân dân về vai trò, ý "
    "nghĩa của chuyển đổi số trong phát triển kinh tế - xã hội của địa phương.",
    "Duy trì hoạt động của Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo, "
    "chuyển đổi số và Đề án 06; phân công nhiệm vụ cụ thể cho từng thành viên.",
    "Hệ thống họp trực tuyến được duy trì thông suốt, bảo đảm phục vụ các cuộc họp từ thành phố "
    "đến cơ sở theo đúng hướng dẫn.",
    "Rà soát, đánh giá hiện trạng trang thiết bị tại Trung tâm phục vụ hành chính công để kịp "
    "thời đề xuất bổ sung máy tính, máy scan, máy in phục vụ người dân, doanh nghiệp.",
    "Đẩy mạnh phong trào Bình dân học vụ số, hướng dẫn người dân cài đặt, sử dụng các ứng dụng "
    "dịch vụ công trên thiết bị di động.",
    "Tổ chức Chiến dịch 90 ngày làm sạch dữ liệu dân cư, bảo đảm dữ liệu đúng, đủ, sạch, sống.",
    "Phối hợp với các doanh nghiệp viễn thông mở rộng vùng phủ sóng 4G, 5G, nâng cao chất lượng "
    "đường truyền băng rộng cố định tốc độ trên 01 Gbps.",
    "Công tác bảo đảm an toàn, an ninh mạng được quan tâm; không để xảy ra sự cố mất an toàn "
    "thông tin nghiêm trọng trên hệ thống của đơn vị.",
    "Thường xuyên cập nhật tiến độ thực hiện nhiệm vụ trên Hệ thống thông tin giám sát, đánh giá "
    "việc thực hiện Nghị quyết số 57-NQ/TW trước 16 giờ hằng ngày.",
    "Nguồn nhân lực chuyển đổi số còn mỏng, phần lớn cán bộ kiêm nhiệm, chưa được đào tạo chuyên "
    "sâu về công nghệ thông tin.",
    "Một bộ phận người dân, nhất là người cao tuổi, còn ngại sử dụng dịch vụ công trực tuyến và "
    "thanh toán không dùng tiền mặt.",
    "Hạ tầng tại một số thôn, tổ dân phố xa trung tâm chưa đồng bộ, tốc độ đường truyền chưa đáp "
    "ứng yêu cầu.",
    "Bố trí kinh phí thường xuyên cho ứng dụng công nghệ thông tin theo Nghị định số "
    "45/2020/NĐ-CP và Thông tư số 03/2023/TT-BTC.",
    "Thực hiện chế độ báo cáo định kỳ trước ngày 15 hằng tháng và báo cáo đột xuất khi có yêu cầu.",
    "Giao Văn phòng HĐND và UBND chủ trì, phối hợp với các phòng chuyên môn theo dõi, đôn đốc "
    "việc triển khai Kế hoạch này.",
    "Các tổ chức chính trị - xã hội tăng cường tuyên truyền, vận động hội viên tham gia các nền "
    "tảng số.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo về Ủy ban "
    "nhân dân để xem xét, giải quyết.",
    "Triển khai hiệu quả Cổng Dịch vụ công quốc gia, Hệ thống thông tin giải quyết thủ tục hành "
    "chính của thành phố; công khai, minh bạch tiến độ giải quyết hồ sơ.",
    "Lồng ghép nội dung chuyển đổi số vào các cuộc họp tổ dân phố, thôn, sinh hoạt chi bộ để "
    "tuyên truyền đến từng hộ gia đình.",
    "Khuyến khích các hộ kinh doanh, hợp tác xã ứng dụng nền tảng thương mại điện tử, thanh toán "
    "qua mã QR trong giao dịch hằng ngày.",
    "Tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ chuyển đổi số; kịp thời biểu dương các "
    "tập thể, cá nhân có thành tích tiêu biểu.",
    "Kiện toàn Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố; giao nhiệm vụ hướng dẫn người "
    "dân kỹ năng số cơ bản.",
    "Rà soát, chuẩn hóa dữ liệu hộ tịch, đất đai, an sinh xã hội để kết nối, chia sẻ với cơ sở dữ "
    "liệu quốc gia về dân cư.",
)

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô")
MIDDLE = ("Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Hữu", "Ngọc")
GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Mai", "Nam", "Sơn", "Tâm")

PROVINCES = (
    "Tuyên Quang", "Cao Bằng", "Lai Châu", "Lào Cai", "Thái Nguyên", "Điện Biên", "Lạng Sơn",
    "Sơn La", "Phú Thọ", "Bắc Ninh", "Quảng Ninh", "Hưng Yên", "Ninh Bình", "Thanh Hóa",
    "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa",
    "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau",
    "An Giang", "Cần Thơ", "Hà Nội",
)  # fmt: skip
FIRST_SYLLABLES = (
    "An", "Bình", "Cát", "Đông", "Gia", "Hòa", "Hưng", "Kim", "Lạc", "Long", "Minh", "Mỹ",
    "Nam", "Ninh", "Phú", "Phúc", "Quang", "Sơn", "Tân", "Thạch", "Thanh", "Thịnh", "Thuận",
    "Tiên", "Trung", "Trường", "Vĩnh", "Xuân", "Yên", "Đại", "Đức", "Hồng", "Lâm", "Lộc",
    "Ngọc", "Phong", "Quế", "Tam", "Vân", "Bảo",
)  # fmt: skip
SECOND_SYLLABLES = (
    "An", "Bình", "Châu", "Điền", "Đông", "Giang", "Hà", "Hải", "Hòa", "Hưng", "Khánh", "Lạc",
    "Lâm", "Lợi", "Long", "Lộc", "Minh", "Mỹ", "Nghĩa", "Ninh", "Phong", "Phú", "Phước",
    "Quang", "Sơn", "Tân", "Thành", "Thịnh", "Thủy", "Tiến", "Trung", "Tường", "Vinh", "Xuân",
    "Yên", "Bắc", "Tây", "Đoài", "Thượng", "Hạ",
)  # fmt: skip
# not "Nam": "xã An Thành năm 2025" folds to "an thanh nam", which would name "An Thành Nam"
THIRD_SYLLABLES = ("Bắc", "Đông", "Tây", "Thượng", "Trung", "Hạ")
HAIPHONG = "Hải Phòng"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c))


def haiphong_units() -> list[Unit]:
    with UNITS_SEED.open(encoding="utf-8") as handle:
        return [
            Unit(row["unit_code"], row["unit_name"], row["unit_type"], HAIPHONG)
            for row in csv.DictReader(handle)
        ]


def make_units(count: int) -> list[Unit]:
    """The 114 units of Hải Phòng first, then invented ones (unique, never a real name)."""
    units = haiphong_units()[:count]
    taken = {(u.unit_type, _fold(u.name)) for u in units}
    names = [f"{a} {b}" for a in FIRST_SYLLABLES for b in SECOND_SYLLABLES if a != b]
    names += [f"{n} {c}" for n in list(names) for c in THIRD_SYLLABLES if not n.endswith(c)]
    random.Random(2025).shuffle(names)
    candidates = iter((name, kind) for name in names for kind in ("xã", "phường"))
    index = 0
    while len(units) < count:
        name, kind = next(candidates)
        if (kind, _fold(name)) in taken:
            continue
        taken.add((kind, _fold(name)))
        province = PROVINCES[index // 100 % len(PROVINCES)]
        units.append(Unit(f"{90001 + index:05d}", name, kind, province))
        index += 1
    return units


def _number(value: float) -> str:
    """Vietnamese notation: decimal comma, at most one decimal, dot for thousands."""
    if value == int(value):
        whole = int(value)
        return f"{whole:,}".replace(",", ".") if whole >= 10000 else str(whole)
    return f"{value:.1f}".replace(".", ",")


class Writer:
    """Lines of one document, with the facts planted on them."""

    def __init__(self, file: str):
        self.file = file
        self.lines: list[str] = []
        self.facts: list[PlantedFact] = []

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def fact(self, line: str, *facts: tuple) -> None:
        """Add a line stating facts: (kind, indicator, value, comparator, start, end) each."""
        self.lines.append(line)
        for kind, indicator, value, comparator, start, end in facts:
            self.facts.append(
                PlantedFact(
                    self.file,
                    len(self.lines),
                    kind,
                    indicator.code,
                    float(value),
                    indicator.unit,
                    comparator,
                    start,
                    end,
                )  # fmt: skip
            )

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


@dataclass
class Trajectory:
    """Results of one unit for one indicator, year after year, and the targets set for them."""

    indicator: Indicator
    first_year: int
    start: float
    growth: float

    def actual(self, year: int) -> float:
        value = self.start + self.growth * (year - self.first_year)
        if self.indicator.unit == "percent":
            return round(min(value, 99.5), 1)
        return float(round(value))

    def target(self, year: int) -> float:
        if self.indicator.unit == "percent":
            return float(min(100, 5 * round((self.actual(year) + 4) / 5)))
        return float(round(self.actual(year) * 1.1 + 1))


class UnitWriter:
    """The documents of one unit: consistent trajectories, one random stream per unit."""

    def __init__(self, unit: Unit, first_year: int, seed: int, detail: int = 4):
        self.unit = unit
        self.detail = detail
        self.random = random.Random(f"{seed}:{unit.code}")
        self.trajectories = {
            i.code: Trajectory(
                i,
                first_year,
                round(self.random.uniform(*i.start), 1 if i.unit == "percent" else 0),
                self.random.uniform(*i.growth),
            )
            for i in RATES + COUNTS
        }
        self.signer = (
            f"{self.random.choice(SURNAMES)} {self.random.choice(MIDDLE)} "
            f"{self.random.choice(GIVEN)}"
        )

    # ---------------------------------------------------------------- shared pieces
    @property
    def full_name(self) -> str:
        return f"{self.unit.unit_type} {self.unit.name}"

    def header(self, w: Writer, number: int, code: str, day: int, month: int, year: int) -> None:
        place = self.unit.name
        w.add(
            "ỦY BAN NHÂN DÂN",
            self.full_name.upper(),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            f"Số: {number:02d}/{code}-UBND",
            f"{place}, ngày {day:02d} tháng {month:02d} năm {year}",
            "",
        )

    def filler(self, w: Writer, count: int) -> None:
        """`count` × detail sentences of prose without facts (the bulk of a real document)."""
        for sentence in self.random.choices(FILLER, k=count * self.detail):
            w.add(f"- {sentence}")

    def signature(self, w: Writer) -> None:
        w.add(
            "",
            "Nơi nhận:",
            f"- UBND {'thành phố' if self.unit.province == HAIPHONG else 'tỉnh'};",
            "- Thường trực Đảng ủy, HĐND;",
            "- Lưu: VT.",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "",
            self.signer,
        )

    def comparator(self) -> tuple[str, str]:
        return self.random.choice(
            (("", "eq"), ("", "eq"), ("tối thiểu ", "ge"), ("≥ ", "ge"), ("trên ", "gt"))
        )

    def rate_line(self, indicator: Indicator, value: float, written: str = "") -> str:
        sentence = indicator.template.format(
            phrase=indicator.phrase, cmp=written, value=_number(value)
        )
        return sentence[0].upper() + sentence[1:]

    def count_line(self, indicator: Indicator, value: float) -> str:
        sentence = indicator.template.format(phrase=indicator.phrase, value=_number(value))
        return sentence[0].upper() + sentence[1:]

    def pick(self, pool: tuple[Indicator, ...], low: int, high: int) -> list[Indicator]:
        return sorted(self.random.sample(pool, self.random.randint(low, high)), key=pool.index)

    # ---------------------------------------------------------------- documents
    def plan(self, year: int) -> Writer:
        """The year's digital-transformation plan: targets of the year, 2030 horizon, appendix."""
        w = Writer(f"{self.unit.code}_{year}_1_ke-hoach.txt")
        self.header(w, self.random.randint(1, 30), "KH", self.random.randint(5, 25), 1, year)
        w.add(
            "KẾ HOẠCH",
            f"Chuyển đổi số trên địa bàn {self.full_name} năm {year}",
            "",
        )
        self.filler(w, 2)
        w.add(
            f"Ủy ban nhân dân {self.unit.unit_type} ban hành Kế hoạch chuyển đổi số năm {year} "
            "như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU",
        )
        self.filler(w, 2)
        w.add("II. MỤC TIÊU", f"1. Chỉ tiêu cụ thể năm {year}")
        chosen = self.pick(RATES, 8, 12)
        for indicator in chosen[:-3]:
            written, comparator = self.comparator()
            value = self.trajectories[indicator.code].target(year)
            w.fact(
                f"- {self.rate_line(indicator, value, written)};",
                ("target", indicator, value, comparator, year, year),
            )
        for indicator in COUNTS:
            value = self.trajectories[indicator.code].target(year)
            w.fact(
                f"- {self.count_line(indicator, value)};",
                ("target", indicator, value, "eq", year, year),
            )
        w.add("2. Định hướng đến năm 2030")
        for indicator in self.pick(RATES, 2, 3):
            value = float(min(100, self.trajectories[indicator.code].target(year) + 10))
            w.fact(
                f"- {self.rate_line(indicator, value)}.",
                ("target", indicator, value, "eq", year, 2030),
            )
        w.add("III. NHIỆM VỤ, GIẢI PHÁP")
        self.filler(w, 5)
        spending = round(self.random.uniform(0.3, 3.0), 1)
        w.add("IV. KINH PHÍ")
        w.fact(
            f"Tổng kinh phí thực hiện chuyển đổi số năm {year} là {_number(spending)} tỷ đồng.",
            ("target", Indicator("GOV_DT_SPENDING", "", "vnd_billion", (0, 0), (0, 0)),
             spending, "eq", year, year),
        )  # fmt: skip
        w.add("V. TỔ CHỨC THỰC HIỆN")
        self.filler(w, 3)
        self.signature(w)
        w.add(
            "", "PHỤ LỤC", f"CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM {year}", f"STT\tChỉ tiêu\tKế hoạch {year}"
        )
        for position, indicator in enumerate(chosen[-3:], start=1):
            value = self.trajectories[indicator.code].target(year)
            w.fact(
                f"{position}\t{self.rate_line(indicator, 0).split(' đạt ')[0]}\t{_number(value)}%",
                ("target", indicator, value, "eq", year, year),
            )
        return w

    def half_year_report(self, year: int) -> Writer:
        """Results at 30 June: a partial year, stated with an as-of date."""
        w = Writer(f"{self.unit.code}_{year}_2_bao-cao-6-thang.txt")
        self.header(w, self.random.randint(30, 90), "BC", self.random.randint(1, 10), 7, year)
        w.add(
            "BÁO CÁO",
            f"Kết quả thực hiện chuyển đổi số 6 tháng đầu năm {year}",
            "",
            f"Thực hiện Kế hoạch chuyển đổi số năm {year}, Ủy ban nhân dân {self.unit.unit_type} "
            "báo cáo kết quả như sau:",
            "I. KẾT QUẢ ĐẠT ĐƯỢC",
        )
        self.filler(w, 2)
        for indicator in self.pick(RATES, 4, 7):
            trajectory = self.trajectories[indicator.code]
            value = round((trajectory.actual(year - 1) + trajectory.actual(year)) / 2, 1)
            sentence = indicator.template.format(
                phrase=indicator.phrase, cmp="", value=_number(value)
            )
            w.fact(
                f"- Tính đến ngày 30/6/{year}, {sentence}.",
                ("actual", indicator, value, "eq", year, year),
            )
        w.add("II. TỒN TẠI, HẠN CHẾ")
        self.filler(w, 3)
        w.add(f"III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM {year}")
        self.filler(w, 3)
        self.signature(w)
        return w

    def training_plan(self, year: int) -> Writer:
        """A later plan of the same year that raises some of the year's targets (revisions)."""
        w = Writer(f"{self.unit.code}_{year}_3_ke-hoach-binh-dan-hoc-vu-so.txt")
        self.header(w, self.random.randint(90, 150), "KH", self.random.randint(1, 28), 9, year)
        w.add(
            "KẾ HOẠCH",
            f"Triển khai Phong trào Bình dân học vụ số năm {year}",
            "",
        )
        self.filler(w, 2)
        w.add("I. MỤC TIÊU")
        for indicator in self.pick(RATES, 2, 4):
            value = float(min(100, self.trajectories[indicator.code].target(year) + 5))
            w.fact(
                f"- Phấn đấu đến hết năm {year}, {indicator.phrase} đạt {_number(value)}%.",
                ("target", indicator, value, "eq", year, year),
            )
        w.add("II. NHIỆM VỤ, GIẢI PHÁP")
        self.filler(w, 4)
        self.signature(w)
        return w

    def annual_report(self, year: int) -> Writer:
        """Results of the year (prose and table against the plan) and next year's direction."""
        w = Writer(f"{self.unit.code}_{year}_4_bao-cao-nam.txt")
        self.header(w, self.random.randint(150, 250), "BC", self.random.randint(10, 25), 12, year)
        w.add(
            "BÁO CÁO",
            f"Kết quả thực hiện chuyển đổi số năm {year}, phương hướng, nhiệm vụ năm {year + 1}",
            "",
        )
        self.filler(w, 2)
        w.add(f"I. KẾT QUẢ THỰC HIỆN NĂM {year}")
        chosen = self.pick(RATES, 8, 12)
        for indicator in chosen[:-4]:
            value = self.trajectories[indicator.code].actual(year)
            w.fact(
                f"- {self.rate_line(indicator, value)};",
                ("actual", indicator, value, "eq", year, year),
            )
        for indicator in COUNTS:
            value = self.trajectories[indicator.code].actual(year)
            w.fact(
                f"- {self.count_line(indicator, value)};",
                ("actual", indicator, value, "eq", year, year),
            )
        self.filler(w, 3)
        w.add(
            f"Bảng kết quả các chỉ tiêu năm {year}",
            f"STT\tChỉ tiêu\tKế hoạch năm {year}\tThực hiện năm {year}",
        )
        for position, indicator in enumerate(chosen[-4:], start=1):
            trajectory = self.trajectories[indicator.code]
            target, actual = trajectory.target(year), trajectory.actual(year)
            name = self.rate_line(indicator, 0).split(" đạt ")[0]
            w.fact(
                f"{position}\t{name}\t{_number(target)}%\t{_number(actual)}%",
                ("target", indicator, target, "eq", year, year),
                ("actual", indicator, actual, "eq", year, year),
            )
        w.add("II. TỒN TẠI, HẠN CHẾ")
        self.filler(w, 2)
        w.add(f"III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {year + 1}")
        for indicator in self.pick(RATES, 3, 5):
            value = self.trajectories[indicator.code].target(year + 1)
            w.fact(
                f"- Phấn đấu {indicator.phrase} đạt {_number(value)}%;",
                ("target", indicator, value, "eq", year + 1, year + 1),
            )
        self.filler(w, 3)
        self.signature(w)
        return w

    def documents(self, year: int) -> list[Writer]:
        return [
            self.plan(year),
            self.half_year_report(year),
            self.training_plan(year),
            self.annual_report(year),
        ]


def generate(
    out: Path, units: int, years: int, first_year: int, seed: int = 11, detail: int = 4
) -> dict:
    """Write the corpus; return counts (documents, facts, bytes)."""
    documents = out / "documents"
    documents.mkdir(parents=True, exist_ok=True)
    chosen = make_units(units)
    written = facts = size = 0
    with (out / "facts.jsonl").open("w", encoding="utf-8") as planted:
        for unit in chosen:
            writer = UnitWriter(unit, first_year, seed, detail)
            for year in range(first_year, first_year + years):
                for document in writer.documents(year):
                    data = document.text().encode("utf-8")
                    (documents / document.file).write_bytes(data)
                    size += len(data)
                    written += 1
                    for fact in document.facts:
                        planted.write(json.dumps(asdict(fact), ensure_ascii=False) + "\n")
                        facts += 1
    with (out / "units.csv").open("w", encoding="utf-8", newline="") as handle:
        table = csv.writer(handle)
        table.writerow(["unit_code", "unit_name", "unit_type", "former_units", "source_url"])
        for unit in chosen:
            table.writerow([unit.code, unit.name, unit.unit_type, "", "synthetic"])
    return {"documents": written, "facts": facts, "bytes": size, "units": len(chosen)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="output folder (documents/, facts.jsonl)")
    parser.add_argument("--units", type=int, default=114, help="number of units (default 114)")
    parser.add_argument("--years", type=int, default=5, help="number of years (default 5)")
    parser.add_argument("--first-year", type=int, default=2025)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--detail",
        type=int,
        default=4,
        help="prose sentences per section, as a multiple (default 4: about 9 KB a document)",
    )
    args = parser.parse_args(argv)
    if args.units < 1 or args.years < 1:
        print("error: --units and --years must be at least 1", file=sys.stderr)
        return 2
    counts = generate(args.out, args.units, args.years, args.first_year, args.seed, args.detail)
    print(
        f"generated {counts['documents']} documents ({counts['bytes'] / 1e6:.1f} MB) for "
        f"{counts['units']} units × {args.years} years, {counts['facts']} planted facts "
        f"→ {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
