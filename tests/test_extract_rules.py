"""Each extraction rule on short passages written in the genre's style (not taken from the corpus)."""

from __future__ import annotations

from datetime import date

import pytest

from ingest.extract import Fact, extract_text


def plan(body: str, ward: str = "Hòa Bình", year: int = 2026, kind: str = "KẾ HOẠCH") -> str:
    # a plan is issued early in its year, a report at the end of the year it reports on
    month = "02" if kind == "KẾ HOẠCH" else "12"
    return (
        "ỦY BAN NHÂN DÂN\n"
        f"PHƯỜNG {ward.upper()}\n\n"
        f"Số: 12/{'KH' if kind == 'KẾ HOẠCH' else 'BC'}-UBND\n\n"
        f"{ward}, ngày 10 tháng {month} năm {year}\n\n"
        f"{kind}\n"
        f"Chuyển đổi số phường {ward} năm {year}\n\n"
        f"{body}\n"
    )


def report(body: str, ward: str = "Hòa Bình", year: int = 2025) -> str:
    return plan(body, ward, year, kind="BÁO CÁO")


def city_report(body: str, year: int = 2029) -> str:
    """A report of the city's department of science and technology on a quarter's results."""
    return (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 77/BC-SKHCN\n"
        f"Hải Phòng, ngày 12 tháng 4 năm {year}\n\nBÁO CÁO\nKết quả chuyển đổi số quý I/{year}\n\n"
        f"{body}\n"
    )


def facts_of(text: str) -> list[Fact]:
    extraction = extract_text(text, "sample.txt")
    assert len(extraction.facts) + len(extraction.rejected) == extraction.tokens_seen
    return extraction.facts


def only(text: str) -> Fact:
    facts = facts_of(text)
    assert len(facts) == 1, [(f.raw_token, f.unit) for f in facts]
    return facts[0]


def rejections(text: str) -> dict[str, str]:
    return {r.raw_token: r.reason for r in extract_text(text, "sample.txt").rejected}


# --- number formats -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("- Tỷ lệ hồ sơ được số hóa đạt 91,25%.", 91.25, "percent"),
        ("- Tỷ lệ hồ sơ được số hóa đạt 64.5%.", 64.5, "percent"),
        ("- Có 12.480 người dân được hướng dẫn cài đặt ứng dụng.", 12480, "persons"),
        ("- Trang bị 05 máy tính cho bộ phận một cửa.", 5, "machines"),
        ("- Năm nay phường bố trí 2,375 tỷ đồng cho chuyển đổi số.", 2.375, "vnd_billion"),
        ("- Tỷ lệ người dân dùng ví điện tử đạt $\\geq 65\\%$.", 65, "percent"),
        ("- 100 tỷ lệ hồ sơ được xử lý trực tuyến.", 100, "percent"),
        ("- Tốc độ Internet cố định trung bình tại trụ sở phường trên 150 Mbps.", 150, "mbps"),
    ],
)
def test_number_formats(sentence, value, unit):
    fact = only(plan(f"I. MỤC TIÊU\n\n{sentence}"))
    assert fact.value == pytest.approx(value)
    assert fact.unit == unit


def test_fraction_keeps_both_parts_and_the_rate_beside_it_is_its_own_fact():
    facts = facts_of(
        report(
            "1. Kết quả đạt được\n\n- Đã có 4.512/5.300 người dân có tài khoản VNeID, đạt 85,1%."
        )
    )
    ratio, rate = facts
    assert (ratio.unit, ratio.value, ratio.numerator, ratio.denominator) == (
        "ratio",
        4512,
        4512,
        5300,
    )
    assert (rate.unit, rate.value) == ("percent", 85.1)


def test_counts_in_the_unit_vocabulary():
    text = report(
        "1. Kết quả đạt được\n\n"
        "- Tổ công nghệ số cộng đồng có 45 thành viên; bố trí 06 quầy tiếp nhận; tổ chức 08 buổi "
        "tập huấn và 03 lớp bồi dưỡng; lưu trữ 120 thùng hồ sơ tương đương 96,5 mét; số hóa "
        "24.000 trang tài liệu (35GB); phát thanh 2 lần/tuần."
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (45, "members"),
        (6, "counters"),
        (8, "sessions"),
        (3, "classes"),
        (120, "boxes"),
        (96.5, "metres"),
        (24000, "pages"),
        (35, "gigabytes"),
        (2, "times_per_week"),
    ]


def test_times_of_a_noun_and_places_named_points():
    text = report(
        "1. Kết quả đạt được\n\n"
        "- Công an phường thu nhận 4.068 lượt hồ sơ cấp căn cước; hướng dẫn 1.250 lượt người; "
        "còn 570 công dân chưa kích hoạt tài khoản; lắp đặt 46 điểm thanh toán bằng mã QR và "
        "12 điểm Wi-Fi công cộng; Chỉ số DTI đạt 612,5 điểm."
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (4068, "dossiers"),
        (1250, "persons"),
        (570, "persons"),
        (46, "centres"),
        (12, "centres"),
        (612.5, "points"),
    ]


# --- comparators ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "comparator"),
    [
        ("Tỷ lệ phủ sóng 5G đạt ≥ 90%.", "ge"),
        ("Tỷ lệ phủ sóng 5G đạt $\\geq 90\\%$.", "ge"),
        ("Tối thiểu 90% hồ sơ được xử lý trực tuyến.", "ge"),
        ("Bảo đảm ít nhất 90% cán bộ có chữ ký số.", "ge"),
        ("Tỷ lệ hồ sơ trực tuyến đạt từ 90% trở lên.", "ge"),
        ("Tỷ lệ hồ sơ trực tuyến đạt 90 % trở lên.", "ge"),
        ("Tỷ lệ hồ sơ trực tuyến đạt trên 90%.", "gt"),
        ("Tỷ lệ hồ sơ trực tuyến đạt gần 90%.", "approx"),
        ("Tỷ lệ hồ sơ trực tuyến đạt khoảng 90%.", "approx"),
        ("Tỷ lệ hồ sơ trực tuyến không quá 90%.", "le"),
        ("Tỷ lệ hồ sơ trực tuyến đạt 90%.", "eq"),
        ("Tỷ lệ người cao tuổi dùng dịch vụ công trực tuyến thấp hơn 30%.", "lt"),
        ("Tỷ lệ hộ dùng ví điện tử còn ít hơn 40%.", "lt"),
        ("Tỷ lệ giao dịch không dùng tiền mặt lớn hơn 70%.", "gt"),
    ],
)
def test_comparator_wording(sentence, comparator):
    assert only(plan(f"II. MỤC TIÊU\n\n- {sentence}")).comparator == comparator


def test_from_a_value_to_a_bound_later_in_its_clause():
    text = plan(
        "II. MỤC TIÊU\n\n- Phấn đấu đến hết năm 2026 đạt từ 90% số công dân thuộc diện cấp "
        "trở lên; trụ cột Kinh tế số đạt từ 60% số điểm tối đa trở lên.\n"
    )
    assert [f.comparator for f in facts_of(text)] == ["ge", "ge"]


def test_a_result_beside_the_target_it_missed_in_a_plan():
    text = plan(
        "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n\nHai chỉ tiêu chưa hoàn thành là tỷ lệ thanh toán "
        "trực tuyến (chỉ tiêu giao ≥ 75%) và tỷ lệ người dân dùng dịch vụ công trực tuyến (kết "
        "quả đạt 61,3%, chỉ tiêu giao 70%).\n"
    )
    assert [(f.value, f.kind) for f in facts_of(text)] == [
        (75, "target"), (61.3, "actual"), (70, "target")
    ]  # fmt: skip


def test_a_comparator_is_shared_only_with_the_value_right_before_the_comma():
    text = report(
        "II. KẾT QUẢ\n\nToàn xã có gần 6.850 người đã kích hoạt tài khoản định danh điện tử "
        "mức 2, đạt 72,4% dân số; tỷ lệ hộ có cáp quang ở hai khu dân cư đạt trên 80%, 85%.\n"
    )
    assert [(f.value, f.comparator) for f in facts_of(text)] == [
        (6850, "approx"), (72.4, "eq"), (80, "gt"), (85, "gt")
    ]  # fmt: skip


def test_a_lists_lead_in_governs_its_items_when_it_opens_on_their_period_or_sets_targets():
    text = (
        "UBND PHƯỜNG HÒA BÌNH\nNgày đăng: 18/12/2025\n\n5 kết quả nổi bật về chuyển đổi số năm "
        "2025\n\nNăm 2025, phường đạt nhiều kết quả. Tỷ lệ hồ sơ trực tuyến đạt 86,6%.\n\n"
        "Năm 2026, phường Hòa Bình phấn đấu:\n- 100% khu dân cư được phủ sóng 5G;\n"
        "- Tỷ lệ thanh toán trực tuyến tối thiểu 65%.\n"
    )
    extraction = extract_text(text, "news.txt")
    assert [(f.value, f.kind, f.period_end) for f in extraction.facts] == [
        (86.6, "actual", 2025), (100, "target", 2026), (65, "target", 2026)
    ]  # fmt: skip
    fives = [r.reason for r in extraction.rejected if r.raw_token == "5"]
    assert fives == ["plan_structure", "technology"]  # the headline's count, then "5G"


def test_a_submission_proposes_targets():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN MINH\nSố: 203/TTr-UBND\nTân Minh, ngày 24 tháng 11 năm 2025\n\n"
        "TỜ TRÌNH\nĐề nghị thông qua chỉ tiêu chuyển đổi số của xã Tân Minh năm 2026\n\n"
        "I. ĐÁNH GIÁ KẾT QUẢ ƯỚC THỰC HIỆN NĂM 2025\n"
        "- Tỷ lệ hồ sơ nộp trực tuyến ước đạt 87,3% (chỉ tiêu giao năm 2025: 85%).\n"
        "II. CHỈ TIÊU ĐỀ XUẤT NĂM 2026\n"
        "Trên cơ sở kết quả năm 2025, UBND xã đề xuất các chỉ tiêu sau:\n"
        "1. Tỷ lệ hồ sơ nộp trực tuyến từ 92% trở lên.\n"
        "2. 100% kết quả giải quyết thủ tục hành chính được số hóa.\n"
        "Đề nghị bố trí 1,6 tỷ đồng (gấp gần 1,4 lần năm 2025). Hồ sơ kèm theo gồm 02 phụ lục.\n"
    )
    extraction = extract_text(text, "submission.txt")
    assert extraction.meta.kind == "plan"
    assert [(f.value, f.kind, f.period_end) for f in extraction.facts] == [
        (87.3, "actual", 2025), (85, "target", 2025), (92, "target", 2026),
        (100, "target", 2026), (1.6, "target", 2026),
    ]  # fmt: skip
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["1,4"], reasons["02"]) == ("descriptive_quantity", "plan_structure")


def test_a_programme_sets_targets_to_its_horizon():
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\n\nCHƯƠNG TRÌNH\nCHUYỂN ĐỔI SỐ QUỐC GIA GIAI ĐOẠN 2026 - 2030\n"
        "(Ban hành kèm theo Quyết định số 412/QĐ-TTg ngày 26 tháng 02 năm 2026)\n\n"
        "II. NHIỆM VỤ\n1. Đưa vào vận hành 02 trung tâm dữ liệu quốc gia.\n"
    )
    extraction = extract_text(text, "programme.txt")
    assert extraction.meta.kind == "plan"
    assert [(f.value, f.kind, f.period_start, f.period_end) for f in extraction.facts] == [
        (2, "target", 2026, 2030)
    ]


def test_a_shortfall_is_a_result_below_the_value():
    fact = only(
        report("2. Tồn tại, hạn chế\n\n- Tỷ lệ người dân có chữ ký số còn thấp, chưa đạt 40%.")
    )
    assert (fact.kind, fact.comparator) == ("actual", "lt")


def test_respectively_shares_the_comparator():
    facts = facts_of(
        plan(
            "II. MỤC TIÊU\n\n- Tỷ lệ DVC trực tuyến và DVC toàn trình đạt tối thiểu lần lượt là 100% và 80%."
        )
    )
    assert [(f.value, f.comparator) for f in facts] == [(100, "ge"), (80, "ge")]


# --- periods --------------------------------------------------------------------------------


def test_year_heading_gives_the_period_of_results_in_a_plan():
    text = plan(
        "Phần I\n\nĐÁNH GIÁ KẾT QUẢ NĂM 2025\n\n1. Kết quả đạt được\n\n"
        "- Tỷ lệ hồ sơ xử lý trực tuyến đạt 71,4%.\n\n"
        "Phần II\n\nMỤC TIÊU NĂM 2026\n\n- Tỷ lệ hồ sơ xử lý trực tuyến đạt ≥ 85%."
    )
    result, target = facts_of(text)
    assert (result.kind, result.period_start, result.period_end) == ("actual", 2025, 2025)
    assert (target.kind, target.period_start, target.period_end) == ("target", 2026, 2026)


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Tỷ lệ cán bộ có chứng chỉ quản trị dữ liệu (2026 - 2028) đạt 60%.", (2026, 2028)),
        ("Đến năm 2030, 100% hồ sơ được số hóa.", (2026, 2030)),
        ("Phấn đấu hết năm 2026 đạt 100% giao dịch không dùng tiền mặt.", (2026, 2026)),
        ("Tỷ lệ hồ sơ số hóa đạt 95%.", (2026, 2026)),
    ],
)
def test_period_forms(sentence, period):
    fact = only(plan(f"II. MỤC TIÊU\n\n- {sentence}"))
    assert (fact.period_start, fact.period_end) == period


def test_horizon_heading_applies_to_its_items():
    fact = only(
        plan("2. Mục tiêu cụ thể đến năm 2030\n\n- 100% cơ sở dữ liệu chuyên ngành được kết nối.")
    )
    assert (fact.period_start, fact.period_end) == (2026, 2030)


def test_as_of_date_of_a_result():
    fact = only(
        report("II. KẾT QUẢ\n\n- Tính đến ngày 30/9/2025, phường đã hoàn thành 12/15 chỉ tiêu.")
    )
    assert fact.as_of == date(2025, 9, 30)
    assert (fact.kind, fact.unit, fact.period_end) == ("actual", "ratio", 2025)


def test_a_period_after_a_value_belongs_to_the_next_value_it_leads_into():
    text = plan(
        "II. NHIỆM VỤ\n\n"
        "- Lắp đặt mới 06 trạm BTS 5G trong năm 2027 và 03 trạm trong năm 2028.\n"
        "- Tổng kinh phí dự kiến 4,5 tỷ đồng; trong đó năm 2027 là 2,1 tỷ đồng, năm 2028 là "
        "2,4 tỷ đồng.\n",
        year=2027,
    )
    periods = [(f.value, f.period_start, f.period_end) for f in facts_of(text)]
    assert periods == [
        (6, 2027, 2027), (3, 2028, 2028), (4.5, 2027, 2027), (2.1, 2027, 2027), (2.4, 2028, 2028)
    ]  # fmt: skip


def test_targets_year_by_year_in_one_sentence():
    text = plan(
        "II. MỤC TIÊU\n\n- Tỷ lệ thanh toán trực tuyến năm 2026 tối thiểu 55%, năm 2027 tối thiểu "
        "65%, năm 2028 tối thiểu 75%.\n- 100% trường học được kết nối cáp quang tốc độ từ 1 Gbps "
        "trở lên trong năm 2026.\n",
        year=2026,
    )
    periods = [(f.value, f.period_start, f.period_end) for f in facts_of(text)]
    assert periods == [(55, 2026, 2026), (65, 2027, 2027), (75, 2028, 2028), (100, 2026, 2026)]


def test_a_contrast_keeps_the_next_clauses_period_from_the_value_before_it():
    text = report(
        "II. KẾT QUẢ\n\nHệ thống hội nghị truyền hình đã kết nối tới 25/25 thôn, trong khi 6 "
        "tháng đầu năm 2026 mới kết nối được 17/25 thôn.",
        year=2027,
    )
    assert [(f.value, f.period_end) for f in facts_of(text)] == [(25, 2027), (17, 2026)]


def test_the_years_a_results_records_span_are_not_its_period():
    text = report(
        "II. KẾT QUẢ\n\nXã đã số hóa 4.236 hồ sơ hộ tịch đăng ký từ năm 1995 đến năm 2015, "
        "đạt khoảng 85% khối lượng cần số hóa.",
        year=2026,
    )
    assert {(f.period_start, f.period_end) for f in facts_of(text)} == {(2026, 2026)}


# --- section roles and wording ----------------------------------------------------------------


def test_report_defaults_to_results_and_strive_wording_is_a_target():
    text = report(
        "I. KẾT QUẢ TRIỂN KHAI\n\n- Tỷ lệ TTHC phi địa giới đạt 76%, hoàn thành chỉ tiêu giao; "
        "phấn đấu hết năm 2025 đạt 100%."
    )
    result, target = facts_of(text)
    assert (result.kind, target.kind) == ("actual", "target")
    assert (target.period_start, target.period_end) == (2025, 2025)


def test_sentences_broken_across_lines_are_joined():
    text = report(
        "II. KẾT QUẢ\n\n- Ủy ban nhân dân phường đã tổ chức trên 15 buổi tập huấn cho\n\n"
        "cán bộ, công chức về kỹ năng số cơ bản."
    )
    fact = only(text)
    assert fact.comparator == "gt" and fact.unit == "sessions"
    assert "kỹ năng số cơ bản" in fact.sentence


# --- table shapes ---------------------------------------------------------------------------


def test_tab_separated_rows_take_the_indicator_cell_and_the_row_comparator():
    text = plan(
        "PHỤ LỤC: CHỈ TIÊU NĂM 2026\n\n"
        "TT\tChỉ tiêu\tKPI\tKết quả\n"
        "1\tTỷ lệ hồ sơ xử lý toàn trình trên môi trường điện tử\t75%\tĐạt tối thiểu 75%\n"
    )
    kpi, result = facts_of(text)
    assert kpi.indicator_text == "Tỷ lệ hồ sơ xử lý toàn trình trên môi trường điện tử"
    assert (kpi.comparator, result.comparator) == ("ge", "ge")
    assert kpi.source_shape == "table_tsv" and kpi.kind == "target"


def test_markdown_rows_with_paragraph_cells():
    text = plan(
        "Phụ lục\n\n| STT | Tên nhiệm vụ | Đơn vị chủ trì |\n|---|---|---|\n"
        "| 1 | <p>Số hóa hồ sơ hộ tịch,</p> <p>bảo đảm 100% dữ liệu được cập nhật.</p> | Văn phòng |\n"
    )
    fact = only(text)
    assert fact.source_shape == "table_markdown" and fact.value == 100
    assert "<p>" not in fact.sentence


def test_a_header_row_may_name_columns_with_numbers_in_words():
    # "Lũy kế 9 tháng" names a column: the row is the header, not the first row of values
    text = report(
        "Kết quả thực hiện các chỉ tiêu:\n"
        "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2025\tThực hiện quý III\tLũy kế 9 tháng"
        "\tTỷ lệ % so với KH\n"
        "1\tHồ sơ tiếp nhận trực tuyến\tHồ sơ\t10.000\t-\t8.120\t81,2\n"
    )
    planned, done, share = facts_of(text)
    assert (planned.value, planned.unit, planned.kind) == (10000, "dossiers", "target")
    assert (done.value, done.unit, done.kind) == (8120, "dossiers", "actual")
    # a column headed by a rate holds rates, whatever the row counts; the "-" of an empty cell
    # before a value is no range
    assert (share.value, share.unit, share.kind) == (81.2, "percent", "actual")


def test_a_year_column_qualified_in_brackets_says_what_it_holds():
    text = plan(
        "PHỤ LỤC\n\nSTT\tChỉ tiêu\tĐơn vị tính\tNăm 2026 (ước)\tNăm 2027 (KH)\n"
        "1\tTỷ lệ hộ gia đình có cáp quang\t%\t81,3\t90\n",
        year=2027,
    )
    estimate, planned = facts_of(text)
    assert (estimate.kind, estimate.period_start, estimate.period_end) == ("actual", 2026, 2026)
    assert (planned.kind, planned.period_start, planned.period_end) == ("target", 2027, 2027)


def test_a_one_cell_per_line_table_ends_where_text_goes_on_without_a_row_number():
    text = plan(
        "PHỤ LỤC\n\nSTT\nChỉ tiêu\nĐơn vị tính\nNăm 2026 (ước)\nChỉ tiêu năm 2027\n"
        "1\nTỷ lệ hộ gia đình có ít nhất 01 thành viên dùng VNeID\n%\n78,4\nTừ 90 trở lên\n"
        "IV. NHIỆM VỤ, GIẢI PHÁP\n"
        "1. Phối hợp với doanh nghiệp viễn thông lắp đặt thêm 03 trạm BTS phát sóng 5G.\n",
        year=2027,
    )
    estimate, planned, stations = facts_of(text)
    # the number inside the indicator's name qualifies it: the row's values are in their cells
    assert rejections(text)["01"] == "indicator_qualifier"
    assert (estimate.value, estimate.unit, estimate.kind) == (78.4, "percent", "actual")
    assert (planned.value, planned.unit, planned.comparator) == (90, "percent", "ge")
    assert (stations.value, stations.unit, stations.source_shape) == (3, "stations", "prose")


def test_a_note_under_a_one_cell_per_line_table_is_not_its_last_rows_cell():
    text = plan(
        "PHỤ LỤC\n\nSTT\nChỉ tiêu\nĐơn vị tính\nNăm 2026\nNăm 2028\nNăm 2030\n"
        "1\nKinh phí bố trí cho chuyển đổi số\nTỷ đồng\n1,8\n2,5\n3,2\n"
        "Ghi chú: Chỉ tiêu các năm 2027, 2029 do Phòng Kinh tế đề xuất hằng năm.\n"
    )
    periods = [(f.value, f.unit, f.period_start, f.period_end) for f in facts_of(text)]
    assert periods == [
        (1.8, "vnd_billion", 2026, 2026),
        (2.5, "vnd_billion", 2028, 2028),
        (3.2, "vnd_billion", 2030, 2030),
    ]


def test_a_cell_that_names_whose_value_it_is():
    text = plan(
        "PHỤ LỤC\n\nSTT\tChỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2026\tGhi chú\n"
        "1\tTỷ lệ hồ sơ trực tuyến\t%\t85\tChỉ tiêu chung của thành phố là 80%\n"
    )
    assert [(f.value, f.ward_code) for f in facts_of(text)] == [(85, "11533"), (80, "31")]


def test_columns_laid_out_with_spaces_are_a_table():
    # OCR and PDF text in layout mode set columns apart with runs of spaces, not tabs
    text = report(
        "5. Kết quả một số chỉ tiêu năm 2025:\n"
        "STT   Chỉ tiêu                              Đơn vị tính    Kế hoạch 2025    Thực hiện 2025\n"
        "1     Tỷ lệ hồ sơ TTHC xử lý trực tuyến      %              90               91,3\n"
        "2     Kinh phí chi cho chuyển đổi số         Triệu đồng     850              912\n"
        "                                                       Trang 2\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.kind) for f in facts] == [
        (90, "percent", "target"),
        (91.3, "percent", "actual"),
        (850, "vnd_million", "target"),
        (912, "vnd_million", "actual"),
    ]
    assert {f.source_shape for f in facts} == {"table_tsv"}
    assert rejections(text)["1"] == "outline_number"


def test_a_second_header_row_names_the_columns_a_merged_cell_groups():
    header = "| STT | Chỉ tiêu | Đơn vị tính | Năm 2025 | | Năm 2026 | |\n"
    text = report(
        "Bảng 1. Kết quả:\n\n" + header
        + "| | | | Kế hoạch | Thực hiện | Kế hoạch | Thực hiện |\n|---|---|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ hồ sơ trực tuyến | % | 70 | 74,6 | 85 | 88,3 |\n\n"
        + header + "|---|---|---|---|---|---|---|\n"
        "| 2 | Camera kết nối IOC | Camera | - | 40 | 60 | 57 |\n",
        year=2026,
    )  # fmt: skip
    cells = [(f.value, f.kind, f.period_end) for f in facts_of(text)]
    assert cells == [
        (70, "target", 2025), (74.6, "actual", 2025), (85, "target", 2026), (88.3, "actual", 2026),
        (40, "actual", 2025), (60, "target", 2026), (57, "actual", 2026),
    ]  # fmt: skip


def test_a_table_with_a_row_per_year():
    text = report(
        "Bảng 1. Chỉ tiêu qua các năm (số liệu năm 2025 tính đến ngày 30/11/2025):\n"
        "Năm\tTỷ lệ hồ sơ trực tuyến (%)\tTài khoản VNeID kích hoạt\n"
        "2024\t58,7\t18.904\n2025\t76,3\t29.615\nKế hoạch 2026\t95\t36.500\n",
        year=2025,
    )
    rows = [(f.value, f.unit, f.kind, f.period_end, f.as_of) for f in facts_of(text)]
    assert rows == [
        (58.7, "percent", "actual", 2024, None),
        (18904, "accounts", "actual", 2024, None),
        (76.3, "percent", "actual", 2025, date(2025, 11, 30)),
        (29615, "accounts", "actual", 2025, date(2025, 11, 30)),
        (95, "percent", "target", 2026, None),
        (36500, "accounts", "target", 2026, None),
    ]


def test_a_heading_may_caption_a_table_and_last_years_column_keeps_its_year():
    text = report(
        "3. Kết quả một số chỉ tiêu (số liệu tính đến ngày 30/9/2025):\n"
        "| STT | Chỉ tiêu | ĐVT | Lũy kế 9 tháng | Cùng kỳ 2024 | So với cùng kỳ (%) |\n"
        "|---|---|---|---|---|---|\n| 1 | Hồ sơ TTHC tiếp nhận | Hồ sơ | 3.742 | 3.105 | 120,5 |\n"
    )
    cells = [(f.value, f.unit, f.period_end, f.as_of) for f in facts_of(text)]
    assert cells == [
        (3742, "dossiers", 2025, date(2025, 9, 30)),
        (3105, "dossiers", 2024, None),
        (120.5, "percent", 2025, date(2025, 9, 30)),
    ]


def test_a_pipe_table_without_its_outer_pipes():
    text = plan(
        "Các chỉ tiêu theo từng năm như sau:\n\nSTT | Chỉ tiêu | Đơn vị tính | 2026 | 2027\n"
        "--- | --- | --- | --- | ---\n1 | Tổ công nghệ số cộng đồng hoạt động hiệu quả | Tổ | 32 | 36\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.period_end) for f in facts] == [
        (32, "teams", 2026),
        (36, "teams", 2027),
    ]
    assert {f.source_shape for f in facts} == {"table_markdown"}


def test_a_table_of_units_with_scores_a_page_break_and_the_citys_row():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSố: 642/QĐ-UBND\nHải Phòng, ngày 09 tháng 3 năm 2026\n\n"
        "QUYẾT ĐỊNH\nCông bố kết quả Chỉ số chuyển đổi số cấp xã năm 2025\n\n"
        "Điều 1. Năm 2025, có 27/114 đơn vị đạt từ 700 điểm trở lên; kết quả như sau:\n"
        "STT\tĐơn vị\tTổng điểm\tChính quyền số\tXã hội số\tXếp hạng\n"
        "1\tPhường Lê Chân\t847,54\t352,18\t254,30\t1\n"
        "\tBình quân toàn thành phố\t617,63\t268,40\t185,31\t-\n"
        "\nSTT\nĐơn vị\nTỷ lệ hồ sơ trực tuyến (%)\nXếp hạng\n"
        "1\nXã An Lão\n93,48\n14\n- 2 -\n2\nXã Hà Nam\n71,15\n102\n"
    )
    facts = extract_text(text, "city.txt").facts
    assert [(f.value, f.unit, f.ward_code) for f in facts] == [
        (27, "ratio", "31"),
        (847.54, "points", "11383"), (352.18, "points", "11383"), (254.3, "points", "11383"),
        (1, "rank", "11383"),
        (617.63, "points", "31"), (268.4, "points", "31"), (185.31, "points", "31"),
        (93.48, "percent", "11629"), (14, "rank", "11629"),
        (71.15, "percent", "10843"), (102, "rank", "10843"),
    ]  # fmt: skip


def test_a_budget_table_with_units_in_its_headers_brackets():
    text = report(
        "II. KẾT QUẢ GIẢI NGÂN (số liệu đến ngày 30/11/2025):\n"
        "STT\tNội dung\tDự toán giao (triệu đồng)\tThực hiện (triệu đồng)\tTỷ lệ giải ngân (%)\n"
        "1\tMua sắm máy tính\t1.250\t1.198\t95,8\n\n"
        "Năm 2026, UBND xã dự kiến bố trí tổng kinh phí chuyển đổi số 4,1 tỷ đồng.\n"
    )
    cells = [(f.value, f.unit, f.kind, f.as_of) for f in facts_of(text)]
    assert cells == [
        (1250, "vnd_million", "target", None),
        (1198, "vnd_million", "actual", date(2025, 11, 30)),
        (95.8, "percent", "actual", date(2025, 11, 30)),
        (4.1, "vnd_billion", "target", None),
    ]


def test_a_report_comparing_years_in_a_table_and_in_brackets():
    text = report(
        "II. SO SÁNH MỘT SỐ CHỈ TIÊU\nCác chỉ tiêu được tổng hợp tại bảng sau:\n"
        "Chỉ tiêu\tNăm 2024\tNăm 2025\tKế hoạch 2026\n"
        "Tỷ lệ hồ sơ xử lý trực tuyến (%)\t71,3\t88,6\t≥ 92\nXếp hạng DTI cấp xã\t20\t14\tTốp 10\n\n"
        "III. KẾT QUẢ KHÁC\nTổng kinh phí năm 2025 là 1,85 tỷ đồng (năm 2024: 1,12 tỷ đồng). Số tài khoản định danh "
        "được kích hoạt là 11.086, trong đó 1.320 người dân hoàn thành ít nhất 01 khóa học.\n"
    )
    facts = [(f.value, f.unit, f.kind, f.period_end) for f in facts_of(text)]
    assert facts == [
        (71.3, "percent", "actual", 2024), (88.6, "percent", "actual", 2025),
        (92, "percent", "target", 2026), (20, "rank", "actual", 2024),
        (14, "rank", "actual", 2025), (10, "rank", "target", 2026),
        (1.85, "vnd_billion", "actual", 2025), (1.12, "vnd_billion", "actual", 2024),
        (11086, "accounts", "actual", 2025), (1320, "persons", "actual", 2025),
    ]  # fmt: skip
    assert rejections(text)["01"] == "group_definition"


def test_indicator_codes_are_not_values():
    text = report(
        "II. KẾT QUẢ (số liệu đến ngày 30/11/2025):\n\n"
        "| Mã | Chỉ tiêu | Đơn vị tính | Chỉ tiêu giao | Kết quả |\n|---|---|---|---|---|\n"
        "| HTS-01 | Tỷ lệ tổ dân phố được phủ sóng 5G | % | 100 | 96,4 |\n"
    )
    assert [(f.value, f.kind) for f in facts_of(text)] == [(100, "target"), (96.4, "actual")]
    assert rejections(text)["01"] == "identifier"


def test_last_years_value_at_this_point_and_long_subjects():
    text = report(
        "II. KẾT QUẢ\n\nTỷ lệ văn bản đi được ký số đạt 97,2% (cùng kỳ năm 2024: 91,5%). Số tài "
        "khoản định danh điện tử mức 2 được kích hoạt mới trong quý là 36.420. Cũng trong quý "
        "IV/2025, có 97/114 phường, xã có tỷ lệ thanh toán trực tuyến nghĩa vụ tài chính từ 70% "
        "trở lên.\n"
    )
    facts = [(f.value, f.unit, f.period_end) for f in facts_of(text)]
    assert facts == [
        (97.2, "percent", 2025), (91.5, "percent", 2024), (36420, "accounts", 2025),
        (97, "ratio", 2025),
    ]  # fmt: skip
    assert rejections(text)["70"] == "group_definition"


def test_one_cell_per_line_tables_take_the_row_period():
    text = plan(
        "PHỤ LỤC\n\nTT\n\nNhiệm vụ\n\nSản phẩm\n\nThời gian\n\n"
        "1\n\nSố hóa hồ sơ\n\nhọc sinh\n\n100% hồ sơ\n\nđược số hóa\n\nNăm 2027-\n\n2028\n\n"
        "2\n\nTuyên truyền\n\nThường xuyên\n"
    )
    fact = only(text)
    assert fact.source_shape == "table_cells"
    assert (fact.period_start, fact.period_end) == (2027, 2028)


# --- what is not a fact ---------------------------------------------------------------------


def test_rejected_tokens_carry_their_reason():
    reasons = rejections(
        plan(
            "Căn cứ Quyết định số 215/QĐ-UBND ngày 14/3/2025 và Nghị quyết 57-NQ/TW;\n\n"
            "1. Hạ tầng số\n\n- Phủ sóng 4G, 5G; tốc độ trên 100 Mbps; báo cáo trước 16 giờ; "
            "kiểm tra định kỳ 6 tháng; trẻ em dưới 6 tuổi; khắc phục lần 2; "
            "trụ sở số 25 Trần Phú; giám sát 24/7; Kế hoạch gồm 9 nhiệm vụ trọng tâm."
        )
    )
    assert reasons["215"] == "document_number"
    assert reasons["14/3/2025"] == "date"
    assert reasons["57"] == "document_number"
    assert reasons["1"] == "outline_number"
    assert reasons["5"] == "technology"
    assert reasons["100"] == "speed_threshold"
    assert reasons["16"] == "clock_time"
    assert reasons["2026"] == "year"
    assert reasons["25"] == "name_or_address"
    assert reasons["24/7"] == "schedule"
    assert reasons["9"] == "plan_structure"
    assert reasons["2"] == "ordinal"


def test_a_range_keeps_its_lower_bound():
    fact = only(report("II. KẾT QUẢ\n\n- Luôn bố trí 2-4 người hỗ trợ người dân."))
    assert (fact.value, fact.comparator, fact.unit) == (2, "ge", "persons")


def test_a_count_inside_a_rates_subject_defines_its_group():
    text = report(
        "II. KẾT QUẢ\n\n- Tỷ lệ hộ gia đình có ít nhất 01 thành viên sử dụng ứng dụng VNeID "
        "đạt 71,4%.\n"
    )
    assert rejections(text)["01"] == "group_definition"
    assert [f.value for f in facts_of(text)] == [71.4]


def test_minutes_names_with_numbers_and_announced_lists_are_not_values():
    text = report(
        "II. KẾT QUẢ\n\n- Công chức trực hướng dẫn từ 7 giờ 30 đến 11 giờ 30 sáng thứ Bảy; "
        "riêng Thôn Phú Kê 2 chưa thành lập tổ; 10.874/11.530 hộ gia đình có ít nhất 01 thành "
        "viên sử dụng ứng dụng VNeID.\n- Nội dung mỗi lớp gồm 5 chuyên đề: an toàn số; VNeID.\n"
    )
    reasons = rejections(text)
    assert reasons["30"] == "clock_time"
    assert reasons["2"] == "name_or_address"
    assert reasons["01"] == "group_definition"
    assert reasons["5"] == "plan_structure"
    assert [f.value for f in facts_of(text)] == [10874]


def test_the_number_again_in_words_and_places_classes_and_distances():
    text = report(
        "II. KẾT QUẢ\n\n- UBND xã đã ban hành 07 (bảy) văn bản chỉ đạo; kiện toàn 15 (mười lăm) "
        "tổ công nghệ số cộng đồng; duy trì 52 điểm phát Wi-Fi công cộng miễn phí.\n"
        "- Trung tâm hành chính cách đất liền khoảng 20 km đường biển; riêng nhóm khách sạn từ 3 "
        "sao trở lên đạt 100%; có 15/17 xã, thị trấn đạt tỷ lệ ký số từ 95% trở lên.\n"
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (7, "documents"), (15, "teams"), (52, "centres"), (100, "percent"), (15, "ratio")
    ]  # fmt: skip
    reasons = rejections(text)
    assert (reasons["20"], reasons["3"], reasons["95"]) == (
        "descriptive_quantity", "group_definition", "group_definition"
    )  # fmt: skip


def test_hotlines_scopes_and_a_units_formation_are_not_values():
    reasons = rejections(
        plan(
            "II. NHIỆM VỤ\n\n"
            "- Phản ánh gửi qua Tổng đài 1022 được trả lời không quá 24 giờ.\n"
            "- Kết quả thực hiện các chỉ tiêu của 114 xã, phường, đặc khu được công khai.\n"
            "- Phường được thành lập trên cơ sở một phần diện tích, dân số của 05 phường cũ.\n"
        )
    )
    assert reasons["1022"] == "name_or_address"
    assert reasons["114"] == "group_definition"
    assert reasons["05"] == "administrative_structure"


def test_lunar_days_models_and_distances_are_not_values():
    reasons = rejections(
        report(
            "II. KẾT QUẢ\n\n"
            "Phiên chợ họp vào các ngày mùng 1, 6, 11 âm lịch; bà con không phải ra điểm giao "
            "dịch cách hơn 7 km. Xã triển khai bảo vệ theo mô hình 4 lớp.\n"
        )
    )
    assert (reasons["1"], reasons["6"], reasons["11"]) == ("date",) * 3
    assert reasons["7"] == "descriptive_quantity"
    assert reasons["4"] == "name_or_address"


def test_a_range_written_out_keeps_its_lower_bound():
    text = report("II. KẾT QUẢ\n\n- Mỗi tổ công nghệ số cộng đồng có từ 3 đến 5 người.")
    fact = only(text)
    assert (fact.value, fact.comparator, fact.unit) == (3, "ge", "persons")
    assert rejections(text)["5"] == "range_bound"


def test_page_furniture_of_a_pdf_is_not_text():
    text = report(
        "II. KẾT QUẢ\n\n"
        "Thanh toán trực tuyến phí, lệ phí thực hiện tốt; tỷ lệ văn bản đi được ký số đạt\n"
        "Trang 1/3\n2\n"
        "99,1%, trừ văn bản mật. Trên địa bàn phường có 41 trạm BTS, trong đó trạm đã phát\n"
        "7\n"
        "sóng 5G đạt 29 trạm.\n"
    )
    rates = [f for f in facts_of(text) if f.unit == "percent"]
    assert [f.value for f in rates] == [99.1]
    assert "tỷ lệ văn bản đi được ký số" in rates[0].indicator_text
    reasons = rejections(text)
    assert (reasons["1/3"], reasons["2"], reasons["7"]) == ("page_number",) * 3


def test_a_rate_at_a_line_start_goes_on_with_the_broken_sentence():
    text = plan(
        "II. MỤC TIÊU\n\nPhấn đấu năm 2026: tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến "
        "đạt tối thiểu\n93 % ; 100 % thôn được phủ sóng 5G.\n"
    )
    assert [(f.value, f.comparator) for f in facts_of(text)] == [(93, "ge"), (100, "eq")]


def test_a_count_at_a_line_start_goes_on_with_the_broken_sentence():
    text = report(
        "II. KẾT QUẢ\n\n"
        "Tính đến ngày 30/11/2025, trên địa bàn phường có 41 trạm BTS, trong đó\n"
        "29 trạm đã phát sóng 5G.\n"
    )
    stations = [f for f in facts_of(text) if f.value == 29]
    assert stations and stations[0].as_of == date(2025, 11, 30)


def test_hostile_numbers_never_become_facts():
    reasons = rejections(
        plan("II. MỤC TIÊU\n\n- Giá trị 1e309 và 999999999999999999999% không hợp lệ.")
    )
    assert reasons["999999999999999999999"] == "implausible"
    assert reasons["1"] == "identifier"


# --- ward and personal data -------------------------------------------------------------------


def test_ward_matches_accent_and_case_insensitively():
    extraction = extract_text(plan("- 100% hồ sơ.", ward="Hoà Bình"), "x.txt")
    assert extraction.meta.ward.code == "11533"


def test_unknown_ward_is_null_with_a_reason():
    extraction = extract_text(plan("- 100% hồ sơ.", ward="Không Tồn Tại"), "x.txt")
    assert extraction.meta.ward.code is None and extraction.meta.ward.reason


def test_signature_blocks_and_named_officials_never_leak():
    text = plan(
        "| STT | Tên nhiệm vụ | Chủ trì |\n|---|---|---|\n"
        "| 1 | Bảo đảm 100% hồ sơ được số hóa | Đồng chí Lê Thị Minh Hằng, Phó Chủ tịch |\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Quốc Khánh\n"
        "\tTEST <khanh.tq@example.vn> đã ký lên văn bản này! 0912345678\n"
    )
    extraction = extract_text(text, "x.txt")
    stored = " ".join(
        [f.sentence + f.indicator_text + f.section for f in extraction.facts]
        + [r.context + r.raw_token for r in extraction.rejected]
        + [extraction.meta.title or ""]
    )
    for secret in ("Lê Thị Minh Hằng", "Trần Quốc Khánh", "khanh.tq@example.vn", "0912345678"):
        assert secret not in stored
    assert len(extraction.facts) == 1


def test_persons_a_table_lists_by_name_and_a_child_named_after_em_never_leak():
    text = report(
        "II. KẾT QUẢ\n"
        "Người dự thi nhỏ tuổi nhất là em Vương Khánh Linh, 11 tuổi; 2.140 lượt dự thi.\n"
        "| STT | Giải | Họ và tên | Tổ dân phố | Số câu đúng |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Nhất | Kiều Thị Ngân | Tổ 5 | 30/30 |\n"
        "| 2 | Nhì | Tạ Quang Vinh | Tổ 9 | 29/30 |\n"
        "Chị Kiều Thị Ngân (Tổ 5) dự thi 12 lượt; anh Tạ Quang Vinh đạt giải Nhì.\n"
    )
    extraction = extract_text(text, "x.txt")
    stored = " ".join(
        [f.sentence + f.indicator_text + f.section for f in extraction.facts]
        + [r.context for r in extraction.rejected]
    )
    for person in ("Vương Khánh Linh", "Kiều Thị Ngân", "Tạ Quang Vinh"):
        assert person not in stored
    assert "[họ tên]" in stored and "Tổ 5" in stored


def test_a_rate_written_without_its_percent_sign():
    fact = only(
        report(
            "II. KẾT QUẢ\n\n- Tỷ lệ giao dịch thuộc diện phi tiếp xúc đạt 78,5; còn lại trực tiếp."
        )
    )
    assert (fact.value, fact.unit) == (78.5, "percent")


def test_a_period_of_months_is_a_duration_not_an_ordinal():
    assert (
        rejections(plan("IV. GIẢI PHÁP\n\nĐịnh kỳ 06 tháng kiểm tra một lần."))["06"] == "duration"
    )


def test_a_commune_is_resolved_like_a_ward():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ AN LÃO\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\n\n"
        "I. KẾT QUẢ\n\n- Tiếp nhận 1.250 hồ sơ, trong đó 1.100 hồ sơ trực tuyến, đạt 88%.\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.meta.ward.name == "An Lão" and extraction.meta.kind == "report"
    assert [(f.value, f.unit, f.kind) for f in extraction.facts] == [
        (1250, "dossiers", "actual"),
        (1100, "dossiers", "actual"),
        (88, "percent", "actual"),
    ]


def test_a_table_with_a_result_column_and_a_plan_column():
    text = plan(
        "PHỤ LỤC: CHỈ TIÊU CHUYỂN ĐỔI SỐ\n\n"
        "TT\tChỉ tiêu\tThực hiện 2025\tKế hoạch 2026\n"
        "1\tTỷ lệ hồ sơ xử lý trực tuyến\t68%\t≥ 80%\n"
    )
    result, target = facts_of(text)
    assert (result.kind, result.period_end, result.comparator) == ("actual", 2025, "eq")
    assert (target.kind, target.period_start, target.period_end, target.comparator) == (
        "target",
        2026,
        2026,
        "ge",
    )
    assert result.indicator_text == target.indicator_text == "Tỷ lệ hồ sơ xử lý trực tuyến"


def test_year_columns_of_a_multi_year_plan():
    text = plan(
        "PHỤ LỤC\n\n| TT | Chỉ tiêu | Năm 2026 | Năm 2027 |\n|---|---|---|---|\n"
        "| 1 | Tỷ lệ người dân có chữ ký số | 40% | 55% |\n"
    )
    first, second = facts_of(text)
    assert (first.period_end, second.period_end) == (2026, 2027)
    assert first.kind == second.kind == "target"


def test_a_named_target_inside_a_results_section():
    facts = facts_of(
        report(
            "II. TỒN TẠI, HẠN CHẾ\n\n- Tỷ lệ người dân có chữ ký số mới đạt 18%, chưa đạt chỉ tiêu 30%."
        )
    )
    assert [(f.value, f.kind) for f in facts] == [(18, "actual"), (30, "target")]


def test_a_comparison_year_is_not_the_period():
    fact = facts_of(
        report(
            "I. KẾT QUẢ NĂM 2025\n\n- Tỷ lệ hồ sơ trực tuyến đạt 86,2% (tăng 14,3% so với năm 2024)."
        )
    )[0]
    assert (fact.value, fact.period_end) == (86.2, 2025)


def test_bare_numbers_in_value_cells_take_their_unit_from_the_indicator():
    text = plan(
        "PHỤ LỤC\n\nTT\tChỉ tiêu\tThực hiện 2025\tKế hoạch 2026\n"
        "1\tSố tài khoản VNeID mức 2\t8.950\t10.000\n"
    )
    assert [(f.value, f.unit, f.kind) for f in facts_of(text)] == [
        (8950, "accounts", "actual"),
        (10000, "accounts", "target"),
    ]
    assert rejections(text)["2"] == "indicator_qualifier"


def test_respectively_pairs_each_value_with_its_rate():
    facts = facts_of(
        plan(
            "II. MỤC TIÊU\n\n- Tỷ lệ DVC trực tuyến và tỷ lệ DVC toàn trình đạt tối thiểu lần lượt là 100% và 80%."
        )
    )
    assert [f.indicator_text for f in facts] == ["Tỷ lệ DVC trực tuyến", "tỷ lệ DVC toàn trình"]


def test_a_strive_clause_without_subject_takes_the_previous_indicator_and_only_it():
    facts = facts_of(
        report(
            "II. KẾT QUẢ\n\n- Tỷ lệ hồ sơ trực tuyến đạt 65%; phấn đấu cuối năm đạt 90%. "
            "100% cán bộ được tập huấn."
        )
    )
    assert [f.indicator_text for f in facts] == [
        "Tỷ lệ hồ sơ trực tuyến",
        "Tỷ lệ hồ sơ trực tuyến",
        "cán bộ được tập huấn",
    ]


# --- unseen genres (contract v2) ----------------------------------------------------------------


NEWS = (
    "Xã Vĩnh Hải: người dân quen dần với dịch vụ công trực tuyến\n"
    "Thứ Tư, 11/03/2026 - 08:20\n"
    "(Cổng TTĐT xã Vĩnh Hải) - Sau 8 tháng vận hành chính quyền hai cấp, xã đã tiếp nhận "
    "gần 3.100 hồ sơ, trong đó 2.480 hồ sơ nộp trực tuyến, chiếm 80,2%.\n"
    "Theo ông trưởng phòng, đến nay 100% thôn có tổ công nghệ số với 95 thành viên; "
    "thời gian tới xã phấn đấu đến cuối năm 2026 tỷ lệ này đạt tối thiểu 90%.\n"
)


def test_news_post_states_results_of_its_dateline_year_and_targets_in_its_wording():
    extraction = extract_text(NEWS, "news.txt")
    assert extraction.meta.kind == "news" and extraction.meta.issued_on == date(2026, 3, 11)
    assert extraction.meta.ward.name == "Vĩnh Hải"
    by_value = {f.value: f for f in extraction.facts}
    assert (by_value[3100].kind, by_value[3100].comparator, by_value[3100].unit) == (
        "actual",
        "approx",
        "dossiers",
    )
    assert (by_value[80.2].kind, by_value[80.2].period_end) == ("actual", 2026)
    assert (by_value[95].unit, by_value[100].kind) == ("members", "actual")
    target = by_value[90]
    assert (target.kind, target.comparator, target.period_end) == ("target", "ge", 2026)
    assert 8 not in by_value  # "Sau 8 tháng": a duration


def test_counts_of_any_noun_magnitudes_ranks_speeds_and_money():
    facts = facts_of(
        report(
            "I. KẾT QUẢ\n\n- Phường làm sạch 2,8 triệu bản ghi, kết nối 4 trạm quan trắc và "
            "hơn 350 DN; xếp thứ 7/63 về DTI, nằm trong tốp 10; tốc độ di động trung bình đạt "
            "45,2 Mbps; kinh phí 2,3 tỷ đồng.",
            year=2025,
        )
    )
    got = [(f.value, f.unit, f.comparator) for f in facts]
    assert got == [
        (2_800_000, "records", "eq"),
        (4, "stations", "eq"),
        (350, "businesses", "gt"),
        (7, "rank", "eq"),
        (10, "rank", "le"),
        (45.2, "mbps", "eq"),
        (2.3, "vnd_billion", "eq"),
    ]
    assert facts[3].denominator == 63


def test_plan_structure_and_group_definitions_are_not_facts():
    reasons = rejections(
        plan(
            "II. MỤC TIÊU (03 chỉ tiêu)\n\n- Kế hoạch gồm 9 nhiệm vụ trọng tâm và 18 dự án; "
            "học sinh từ lớp 10 trở lên được học kỹ năng số; sáp nhập 05 phường cũ."
        )
    )
    assert reasons["03"] == reasons["9"] == reasons["18"] == "plan_structure"
    assert reasons["10"] == "group_definition"
    assert reasons["05"] == "administrative_structure"


def test_each_value_belongs_to_the_unit_its_clause_names():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSố: 20/BC-UBND\nHải Phòng, ngày 05 tháng 01 năm 2026\n\n"
        "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\n"
        "Tỷ lệ hồ sơ trực tuyến: phường Lê Chân đạt 95%, xã An Lão đạt 87%, toàn thành phố "
        "đạt 90,1%, cao hơn bình quân cả nước là 76,3%.\n"
        "Sở Khoa học và Công nghệ (số 18 Hoàng Diệu, phường Hồng Bàng) triển khai 40 trạm BTS.\n"
    )
    extraction = extract_text(text, "city.txt")
    assert (extraction.meta.ward.code, extraction.meta.ward.level) == ("31", "city")
    codes = [f.ward_code for f in extraction.facts]
    assert codes == ["11383", "11629", "31", "VN", "31"]


def test_the_city_as_a_values_scope_is_no_reference_to_its_documents():
    text = report(
        "II. KẾT QUẢ\n\n"
        "Theo Kế hoạch của thành phố, tỷ lệ hồ sơ trực tuyến đạt 95%. Cũng theo số liệu của Sở "
        "Khoa học và Công nghệ, tỷ lệ chi trả không dùng tiền mặt của toàn thành phố đạt 91,5%.\n"
        "- Tỷ lệ hồ sơ nộp trực tuyến của phường đạt 92% (chỉ tiêu chung của thành phố là 90%).\n"
        "- Tỷ lệ hồ sơ thanh toán trực tuyến đạt 60%, chỉ tiêu thành phố giao là 50%.\n"
    )
    codes = [f.ward_code for f in facts_of(text)]
    hoa_binh = "11533"
    assert codes == [hoa_binh, "31", hoa_binh, "31", hoa_binh, hoa_binh]


def test_the_target_the_city_assigned_is_a_target_of_the_ward():
    text = report(
        "II. KẾT QUẢ\n\nTính đến ngày 30/4/2025, đã có 3.268 hồ sơ nộp trực tuyến, đạt 83,5% "
        "(chỉ tiêu thành phố giao năm 2025 là 90%); chỉ tiêu thành phố giao cho phường năm 2025 "
        "là 95%.\n- Tỷ lệ người dân có chữ ký số đạt 60% (chỉ tiêu chung của thành phố: 50%).\n"
    )
    facts = {f.value: f for f in facts_of(text)}
    assert (facts[83.5].kind, facts[90].kind, facts[95].kind) == ("actual", "target", "target")
    assert facts[90].as_of is None and facts[90].ward_code == "11533"
    assert facts[50].ward_code == "31"  # the lead-in before the colon names whose it is
    stated = report(
        "II. KẾT QUẢ\n\nTính đến ngày 15/11/2025, 100% hộ được đồng bộ, trong khi chỉ tiêu đề "
        "ra cho năm 2025 là 95%."
    )
    assert [(f.value, f.kind) for f in facts_of(stated)] == [(100, "actual"), (95, "target")]


def test_units_named_respectively_in_groups_and_before_the_reorganisation():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSố: 63/KH-UBND\nHải Phòng, ngày 12 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nChuyển đổi số năm 2026\n\n"
        "- Phường Lê Chân, xã An Lão: lần lượt đạt 92% và 89%;\n"
        "- Các xã còn lại: từ 80% trở lên.\n"
        "Năm 2026, tỷ lệ này đạt 88,4%; năm 2025 tỷ lệ này mới đạt 71%, còn năm 2024 xã Tân "
        "Trào (cũ) chỉ đạt 58,3%.\n"
    )
    facts = extract_text(text, "city.txt").facts
    assert [(f.value, f.ward_code, f.period_end) for f in facts] == [
        (92, "11383", 2026), (89, "11629", 2026), (80, None, 2026), (88.4, "31", 2026),
        (71, "31", 2025), (58.3, None, 2024),
    ]  # fmt: skip
    assert "group of communes" in facts[2].ward_reason


def test_a_sentence_naming_a_target_and_a_threshold_defining_counted_villages():
    text = report(
        "II. KẾT QUẢ\n\nChỉ tiêu chung của thành phố năm 2025 về nội dung này là 85%.\n\n"
        "Tính đến ngày 15/12/2025, tỷ lệ hộ có cáp quang đạt 89,2%, trong khi chỉ tiêu Kế hoạch "
        "năm 2025 của xã đề ra là từ 90% trở lên; còn 03/06 thôn có tỷ lệ dưới 90%.\n"
    )
    assert [(f.value, f.kind) for f in facts_of(text)] == [
        (85, "target"), (89.2, "actual"), (90, "target"), (3, "actual")
    ]  # fmt: skip
    assert [r.reason for r in extract_text(text, "x.txt").rejected if r.raw_token == "90"] == [
        "group_definition"
    ]


def test_former_units_a_ward_was_formed_from():
    text = report(
        "I. KẾT QUẢ\n\nPhường được thành lập trên cơ sở sắp xếp toàn bộ diện tích, dân số của 04 "
        "đơn vị: phường Cẩm Thượng, phường Bình Hàn, phường Nguyễn Trãi và xã An Thượng.\n"
        "Năm 2024, mức bình quân chung của 04 đơn vị cũ chỉ là 59,6%; các xã có tỷ lệ thanh toán "
        "trực tuyến dưới 50% được hướng dẫn trực tiếp.\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.ward_code) for f in facts] == [(59.6, None)]
    reasons = rejections(text)
    assert (reasons["04"], reasons["50"]) == ("group_definition", "group_definition")


def test_a_table_row_names_its_unit_in_a_cell_of_its_own():
    text = plan(
        "PHỤ LỤC\n\n| STT | Chỉ tiêu | Đơn vị tính | Kế hoạch 2026 |\n|---|---|---|---|\n"
        "| 1 | Camera kết nối Trung tâm IOC thành phố | Camera | 70 |\n"
        "| 2 | Toàn thành phố | % | 90 |\n"
    )
    assert [f.ward_code for f in facts_of(text)] == ["11533", "31"]


def test_a_time_phrase_opening_the_sentence_leaves_its_subject_within_reach():
    text = (
        "CHÍNH PHỦ\nSố: 3/BC-CP\n\nBÁO CÁO\nChuyển đổi số quý I năm 2026\n\n"
        "Điểm DTI năm 2025 bình quân cả nước đạt 612,7 điểm, tính trên kết quả của 34 tỉnh, "
        "thành phố. Tính đến ngày 31/3/2026, Hải Phòng đạt tỷ lệ hồ sơ trực tuyến 88,6%.\n"
    )
    extraction = extract_text(text, "nation.txt")
    assert [(f.value, f.ward_code) for f in extraction.facts] == [(612.7, "VN"), (88.6, "31")]
    assert {r.raw_token: r.reason for r in extraction.rejected}["34"] == "group_definition"


def test_a_rate_threshold_defining_a_counted_group_of_units():
    text = report(
        "II. KẾT QUẢ\n\nChỉ tiêu chung của thành phố năm 2025 là 90% hồ sơ được xử lý trực "
        "tuyến. Đến ngày 31/3/2025, mới có 97/114 phường, xã, đặc khu có tỷ lệ hồ sơ trực tuyến "
        "từ 80% trở lên.\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.kind) for f in facts] == [(90, "target"), (97, "actual")]
    assert rejections(text)["80"] == "group_definition"


@pytest.mark.parametrize(
    ("header", "level", "code"),
    [
        ("UBND TỈNH NGHỆ AN", "province", None),
        ("CHÍNH PHỦ", "nation", "VN"),
        ("UBND QUẬN LÊ CHÂN", "district", None),
    ],
)
def test_documents_of_other_levels_are_attributed_to_their_issuer(header, level, code):
    text = f"{header}\nSố: 3/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số năm 2026\n\n- Đạt 80% hồ sơ.\n"
    ward = extract_text(text, "x.txt").meta.ward
    assert (ward.level, ward.code) == (level, code)
    assert code is not None or ward.reason


def test_tasks_of_a_plan_to_a_horizon_run_to_it():
    text = plan(
        "III. NHIỆM VỤ, GIẢI PHÁP\n\n- Số hóa 100% hồ sơ hộ tịch.\n"
        "- Năm 2027, phủ sóng 5G 100% thôn.\n",
        year=2026,
    ).replace("Hòa Bình năm 2026", "Hòa Bình giai đoạn 2026 - 2030")
    digitised, coverage = facts_of(text)
    assert (digitised.period_start, digitised.period_end) == (2026, 2030)
    assert (coverage.period_start, coverage.period_end) == (2027, 2027)


@pytest.mark.parametrize(("written", "code"), [("Cẩm Giàng", "10903"), ("Cẩm Giang", "10888")])
def test_units_whose_names_differ_only_by_a_tone_are_told_apart(written, code):
    text = plan("- Đạt 80% hồ sơ.", ward=written).replace("PHƯỜNG", "XÃ").replace("phường", "xã")
    assert extract_text(text, "x.txt").meta.ward.code == code


# --- thirteenth held-out set: abbreviated columns, bulletins, openers, qualifiers -----------


def test_abbreviated_plan_and_result_columns_say_what_they_hold():
    text = report(
        "III. KẾT QUẢ THỰC HIỆN CHỈ TIÊU\n\n"
        "| TT | Chỉ tiêu | ĐVT | KH 2025 | TH 2025 | ƯTH 2026 | KH năm 2026 |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ thanh toán không dùng tiền mặt tại chợ | % | 60 | 63,5 | 66 | 70 |\n"
    )
    assert [(f.value, f.kind, f.period_start, f.period_end) for f in facts_of(text)] == [
        (60, "target", 2025, 2025),
        (63.5, "actual", 2025, 2025),
        (66, "actual", 2026, 2026),
        (70, "target", 2026, 2026),
    ]


@pytest.mark.parametrize("title", ["BẢN TIN CHUYỂN ĐỔI SỐ", "THÔNG CÁO BÁO CHÍ"])
def test_a_bulletin_speaks_for_its_body_not_for_the_unit_of_its_first_item(title):
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n\n"
        f"{title}\nSố 4 (quý II/2026) - Phát hành ngày 30-6-2026\n\n"
        "1. XÃ AN LÃO: NỘP THUẾ ĐIỆN TỬ\nXã An Lão có 412 hộ kinh doanh nộp thuế điện tử.\n\n"
        "2. TOÀN CẢNH\nCác tổ công nghệ số cộng đồng đã hướng dẫn 8.300 lượt người dân.\n"
    )
    extraction = extract_text(text, "bulletin.txt")
    assert (extraction.meta.ward.code, extraction.meta.issued_on) == ("31", date(2026, 6, 30))
    assert [(f.value, f.ward_code, f.period_end) for f in extraction.facts] == [
        (412, "11629", 2026),
        (8300, "31", 2026),
    ]


@pytest.mark.parametrize("opening", ["Theo đó, năm 2027,", "Ngoài ra, trong năm 2027,"])
def test_a_connective_opening_the_sentence_leaves_its_subject_within_reach(opening):
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSố: 40/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số năm 2027\n\n"
        f"- {opening} xã Kiến Thụy phấn đấu 90% thôn có điểm Wi-Fi công cộng; tỷ lệ hồ sơ "
        "trực tuyến toàn trình đạt ≥ 85%.\n"
    )
    assert [(f.value, f.ward_code) for f in facts_of(text)] == [(90, "11680"), (85, "11680")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội nghị trực tuyến diễn ra vào hồi 8 giờ ngày 12/3/2026 tại hội trường phường.",
        "Phường họp giao ban chuyển đổi số lúc 15 giờ 00, thứ Sáu hằng tuần.",
        "Hội nghị khai mạc 14 giờ 30 ngày 05/11/2026 tại hội trường phường.",
    ],
)
def test_a_time_of_day_is_no_count_of_hours(sentence):
    reasons = rejections(plan(f"- {sentence}\n- Đạt 80% hồ sơ trực tuyến."))
    hour = sentence.split(" giờ")[0].split()[-1]
    assert reasons[hour] == "clock_time"


def test_a_periodic_count_is_no_term_number():
    fact = only(plan("- Tổ chức đối thoại định kỳ 04 lần/năm với người dân về dịch vụ công."))
    assert (fact.value, fact.unit) == (4, "times_per_year")


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        (
            "- Phấn đấu 100% trường học được phủ sóng 4G của ít nhất 02 doanh nghiệp viễn thông.",
            "02",
        ),
        (
            "- Khảo sát người dân đã sử dụng ít nhất 01 dịch vụ công trực tuyến; tỷ lệ hài lòng "
            "đạt 100%.",
            "01",
        ),
    ],
)
def test_at_least_so_many_after_a_group_says_which_group(sentence, qualifier):
    text = plan(sentence)
    assert [f.value for f in facts_of(text)] == [100]
    assert rejections(text)[qualifier] == "group_definition"


def test_a_count_of_units_named_right_after_it_is_no_fact():
    text = (
        report(
            "I. KẾT QUẢ\n\nTrước khi sắp xếp, 03 xã Bát Trang, Trường Thọ, Trường Thành đã đưa vào "
            "sử dụng 24 điểm Wi-Fi công cộng.\n",
            ward="An Trường",
        )
        .replace("PHƯỜNG", "XÃ")
        .replace("phường", "xã")
    )
    text_facts = facts_of(text)
    assert [(f.value, f.unit) for f in text_facts] == [(24, "centres")]
    assert rejections(text)["03"] == "administrative_structure"


def test_another_province_named_without_its_kind_keeps_its_values():
    text = (
        "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 88/BC-BKHCN\n\nBÁO CÁO\n"
        "Kết quả chuyển đổi số quý III năm 2026\n\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình của cả nước đạt 52,3%; Quảng Ninh đạt 81,2%, cao "
        "hơn Bắc Ninh (75,1%). Tại Đồng Tháp, tỷ lệ này là 64%.\n"
    )
    assert [(f.value, f.ward_code, f.ward_level) for f in facts_of(text)] == [
        (52.3, "VN", "nation"),
        (81.2, None, "province"),
        (75.1, None, "province"),
        (64, None, "province"),
    ]


def test_a_bare_household_after_a_subject_of_businesses_counts_businesses():
    fact = only(
        report(
            "- Số hộ kinh doanh tại chợ dùng hóa đơn điện tử khởi tạo từ máy tính tiền là 415 hộ."
        )
    )
    assert (fact.value, fact.unit) == (415, "businesses")


def test_a_count_of_targets_met_is_no_cue_for_the_values_after_it():
    text = report(
        "1. Kết quả chung\nPhường hoàn thành 11/14 chỉ tiêu được giao (đạt 78,6%), còn 03 chỉ "
        "tiêu chưa hoàn thành.\n",
        year=2026,
    )
    assert [(f.raw_token, f.kind) for f in facts_of(text)] == [
        ("11/14", "actual"),
        ("78,6", "actual"),
        ("03", "actual"),
    ]


@pytest.mark.parametrize("heading", ["II. MỘT SỐ CHỈ TIÊU CHỦ YẾU", "II. SO SÁNH MỘT SỐ CHỈ TIÊU"])
def test_a_heading_naming_some_indicators_sets_no_targets(heading):
    fact = only(report(f"{heading}\n\n- Tỷ lệ hồ sơ trực tuyến toàn trình: 82,4%."))
    assert fact.kind == "actual"


# --- fourteenth held-out set: a system's export, a speech ---------------------------------


def test_a_semicolon_separated_export_is_a_table_of_units_and_periods():
    text = (
        "HỆ THỐNG BÁO CÁO THÀNH PHỐ HẢI PHÒNG\nNgày xuất: 05/10/2026\n\n"
        "Số liệu tổng hợp (đến ngày 30/9/2026):\n"
        "Mã đơn vị;Đơn vị;Chỉ tiêu;ĐVT;Kỳ;Giá trị\n"
        "11629;Xã An Lão;Tỷ lệ thanh toán không dùng tiền mặt;%;6 tháng đầu năm 2026;47,5\n"
        "11629;Xã An Lão;Tỷ lệ thanh toán không dùng tiền mặt;%;Năm 2025;39,2\n"
        "11680;Xã Kiến Thụy;Tỷ lệ thanh toán không dùng tiền mặt;%;Kế hoạch năm 2026;60\n"
        "11680;Xã Kiến Thụy;Tỷ lệ hộ có ít nhất 01 thành viên dùng VNeID;%;Quý III/2026;\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.ward_code, f.kind, f.period_end, f.as_of) for f in facts] == [
        (47.5, "11629", "actual", 2026, date(2026, 9, 30)),
        (39.2, "11629", "actual", 2025, None),
        (60, "11680", "target", 2026, None),
    ]
    assert {f.source_shape for f in facts} == {"table_tsv"}
    assert rejections(text)["01"] == "indicator_qualifier"


def test_semicolons_of_prose_make_no_table():
    facts = facts_of(
        plan(
            "- Số hóa 100% hồ sơ hộ tịch; 90% hồ sơ đất đai; 85% hồ sơ chứng thực; 80% hồ sơ khác."
        )
    )
    assert [(f.value, f.source_shape) for f in facts] == [
        (100, "prose"),
        (90, "prose"),
        (85, "prose"),
        (80, "prose"),
    ]


def test_items_counted_in_words_take_their_lead_in():
    text = report(
        "III. PHƯƠNG HƯỚNG\n\nNăm 2027, đề nghị toàn phường phấn đấu đạt các chỉ tiêu sau:\n"
        "Một là, tỷ lệ hồ sơ nộp trực tuyến đạt 95%.\n"
        "Thứ hai, 100% tổ dân phố có tổ công nghệ số cộng đồng.\n",
        year=2026,
    ).replace("III. PHƯƠNG HƯỚNG", "III. NHẬN XÉT")
    assert [(f.value, f.kind, f.period_start) for f in facts_of(text)] == [
        (95, "target", 2027),
        (100, "target", 2027),
    ]


@pytest.mark.parametrize(
    ("sentence", "tokens"),
    [
        ("Trước đây người dân phải đi lại 2, 3 lần mới xong một thủ tục.", ("2", "3")),
        ("Nay chỉ cần 01 chiếc điện thoại là nộp được hồ sơ.", ("01",)),
    ],
)
def test_a_way_of_speaking_is_no_count(sentence, tokens):
    reasons = rejections(report(f"{sentence} Tỷ lệ hồ sơ trực tuyến đạt 88%."))
    assert [reasons[t] for t in tokens] == ["descriptive_quantity"] * len(tokens)


def test_a_scale_column_holds_no_scores_of_the_unit():
    text = report(
        "II. KẾT QUẢ TỰ ĐÁNH GIÁ\n\n| STT | Tiêu chí | Thang điểm | Điểm đạt |\n|---|---|---|---|\n"
        "| 1 | Hạ tầng số | 150 | 121,5 |\n| 2 | Dữ liệu số | 100 | 64 |\n",
        year=2026,
    )
    assert [f.value for f in facts_of(text)] == [121.5, 64]
    assert rejections(text)["150"] == "indicator_qualifier"


@pytest.mark.parametrize(
    ("note", "token", "reason"),
    [
        ("Báo cáo tuần 12 gửi UBND thành phố trước ngày 20/3/2026.", "12", "date"),
        ("(2) Chỉ tiêu tại STT 4 tính theo hướng dẫn của Sở.", "4", "ordinal"),
        ("(3) Tỷ lệ tại dòng trên tính trên tổng số 22 tổ dân phố.", "22", "group_definition"),
        (
            "(4) Tổ dân phố được xác định là có sóng 5G khi trên 90% diện tích có tín hiệu.",
            "90",
            "indicator_qualifier",
        ),
        (
            "(5) Tốc độ đo bằng ứng dụng i-Speed, lấy trung bình của 05 lần đo trong tháng.",
            "05",
            "indicator_qualifier",
        ),
    ],
)
def test_notes_defining_an_indicator_state_no_values(note, token, reason):
    text = plan(f"- Tỷ lệ tổ dân phố có sóng 5G đạt 100%.\n\nGhi chú:\n{note}")
    assert [f.value for f in facts_of(text)] == [100]
    assert rejections(text)[token] == reason


def test_sessions_each_week_are_counted():
    fact = only(plan("- Tổ công nghệ số tổ chức mỗi tuần 2 buổi hướng dẫn người dân."))
    assert (fact.value, fact.unit) == (2, "sessions")


# --- personal data in the shapes the fourteenth set showed ---------------------------------


def _everything_stored(text: str) -> str:
    from ingest.load import stored_text

    extraction = extract_text(text, "x.txt")
    return " ".join(
        [stored_text(text, extraction)]
        + [f.sentence + f.indicator_text + f.section for f in extraction.facts]
        + [r.context + r.raw_token for r in extraction.rejected]
    )


@pytest.mark.parametrize(
    ("passage", "secrets"),
    [
        (
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Thị Thu Hà\n",
            ("Nguyễn Thị Thu Hà",),
        ),
        (
            "THƯ KÝ\n(Đã ký)\nĐặng Thu Trang\n\nCHỦ TRÌ\n(Đã ký)\nVũ Đình Long\n",
            ("Đặng Thu Trang", "Vũ Đình Long"),
        ),
        (
            "Cán bộ đầu mối: Thiếu tá Đỗ Văn Hưng, Công an phường; ĐT: 0225 3 861 472.\n"
            "Người lập biểu: Hoàng Thị Mai (tài khoản maiht).\n",
            ("Đỗ Văn Hưng", "Hoàng Thị Mai", "3 861 472"),
        ),
        ("Vũ Thanh Hà (Báo Hải Phòng)\n", ("Vũ Thanh Hà",)),
        (
            "Chủ tịch UBND phường Hòa Bình Trịnh Quốc Bảo cho biết, năm nay phường đạt 95%.\n",
            ("Trịnh Quốc Bảo",),
        ),
        ("Liên hệ: Văn phòng UBND phường, điện thoại 0225.3842.655.\n", ("3842",)),
        # nineteenth set and after: a chat's senders, people in a story, a form's maker, e-mail
        (
            "[08:03, 12/10/2026] Phạm Đức Thắng: phường đã kích hoạt 21.873 tài khoản.\n"
            "[08:05, 12/10/2026] Lê Quang Huy: Em cảm ơn anh Thắng.\n",
            ("Phạm Đức Thắng", "Lê Quang Huy"),
        ),
        (
            "Ở chợ Đình, chị Nguyễn Thị Thoa, 41 tuổi, treo mã QR. Anh Vũ Đức Long cho biết tổ "
            "hướng dẫn 120 người.\n",
            ("Nguyễn Thị Thoa", "Vũ Đức Long"),
        ),
        ("Người lập biểu\n(Ký, ghi rõ họ tên)\nTrần Thị Thu Hà\n", ("Trần Thị Thu Hà",)),
        (
            "Trân trọng./.\n\n--\nPhạm Thị Hồng Nhung\nCông chức Văn phòng\n",
            ("Phạm Thị Hồng Nhung",),
        ),
        (
            'Chủ tịch UBND phường Thủy Nguyên Vũ Thị Hồng Nhung nêu: "Chúng tôi giao chỉ tiêu".\n',
            ("Vũ Thị Hồng Nhung",),
        ),
    ],
)
def test_persons_and_contacts_outside_signature_blocks_never_leak(passage, secrets):
    stored = _everything_stored(plan(f"- Đạt 80% hồ sơ trực tuyến.\n\n{passage}"))
    assert [s for s in secrets if s in stored] == []


def test_a_ward_named_after_an_office_is_no_person():
    stored = _everything_stored(
        report("Chủ tịch UBND phường Lê Thanh Nghị cho biết, tỷ lệ hồ sơ trực tuyến đạt 91%.")
    )
    assert "phường Lê Thanh Nghị cho biết" in stored


# --- fifteenth held-out set: grid tables, records, CSV, infographics -----------------------


def test_a_grid_table_joins_its_wrapped_header_and_cells():
    text = report(
        "II. KẾT QUẢ\n\nKết quả thực hiện (số liệu đến ngày 30/9/2026):\n"
        "+-----+--------------------------+--------+----------+-----------+\n"
        "| STT | Chỉ tiêu                 | Đơn vị | Kế hoạch | Thực hiện |\n"
        "|     |                          | tính   | 2026     | 9 tháng   |\n"
        "+=====+==========================+========+==========+===========+\n"
        "| 1   | Hồ sơ tiếp nhận tại bộ   | Hồ sơ  | 6.000    | 4.915     |\n"
        "|     | phận một cửa             |        |          |           |\n"
        "+-----+--------------------------+--------+----------+-----------+\n",
        year=2026,
    )
    facts = facts_of(text)
    assert [(f.value, f.kind, f.unit, f.as_of) for f in facts] == [
        (6000, "target", "dossiers", None),
        (4915, "actual", "dossiers", date(2026, 9, 30)),
    ]
    assert "phận một cửa" in facts[0].sentence


def test_records_of_key_value_lines_are_rows():
    text = (
        "HỆ THỐNG THEO DÕI CHUYỂN ĐỔI SỐ THÀNH PHỐ HẢI PHÒNG\n"
        "Thời điểm xuất dữ liệu: 09 giờ 10 phút, ngày 02/10/2026\n\n"
        "Đơn vị: Xã Kiến Thụy\nMã đơn vị: 11680\nChỉ tiêu: Kinh phí chi cho chuyển đổi số\n"
        "Kỳ báo cáo: Năm 2026\nLoại số liệu: Kế hoạch\nGiá trị: Tối thiểu 1,5\n"
        "Đơn vị tính: Tỷ đồng\n\n"
        "Đơn vị: Xã An Lão\nMã đơn vị: 11629\nChỉ tiêu: Xếp hạng chỉ số chuyển đổi số cấp xã\n"
        "Kỳ báo cáo: Quý II/2026\nLoại số liệu: Thực hiện\nGiá trị: 17/114\n"
        "Đơn vị tính: Thứ hạng\nGhi chú: Cùng kỳ 2025: 29/114\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.kind, f.comparator, f.period_end, f.ward_code) for f in facts] == [
        (1.5, "vnd_billion", "target", "ge", 2026, "11680"),
        (17, "rank", "actual", "eq", 2026, "11629"),
        (29, "rank", "actual", "eq", 2025, "11629"),
    ]
    reasons = rejections(text)
    assert (reasons["11680"], reasons["09"]) == ("identifier", "clock_time")


def test_lines_of_prose_with_colons_are_no_record():
    text = report(
        "II. KẾT QUẢ\n\nMục tiêu: số hóa hồ sơ hộ tịch.\nKết quả: đạt 92% kế hoạch năm.\n"
        "Nguyên nhân: thiếu nhân lực.\n",
        year=2026,
    )
    assert [(f.value, f.source_shape) for f in facts_of(text)] == [(92, "prose")]


def test_a_comma_separated_document_is_read_as_a_table():
    text = (
        "UBND XÃ AN LÃO,,,,\n"
        "BIỂU KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2026,,,,\n"
        "Số liệu tính đến ngày 30/9/2026:,,,,\n"
        "STT,Chỉ tiêu,ĐVT,Kế hoạch năm 2026,Thực hiện 9 tháng 2026\n"
        '1,"Tỷ lệ hồ sơ, thủ tục trực tuyến",%,90,"87,5"\n'
        "2,Số hộ kinh doanh dùng hóa đơn điện tử,Hộ,320,287\n"
        '"Ghi chú: năm 2025, tỷ lệ hồ sơ trực tuyến của xã đạt 70,2%.",,,,\n'
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.kind, f.period_end) for f in facts] == [
        (90, "percent", "target", 2026),
        (87.5, "percent", "actual", 2026),
        (320, "businesses", "target", 2026),
        (287, "businesses", "actual", 2026),
        (70.2, "percent", "actual", 2025),
    ]
    assert facts[-1].source_shape == "prose"


def test_commas_of_prose_make_no_csv():
    text = report(
        "II. KẾT QUẢ\n\n- Đạt 1,5 tỷ đồng,2 lớp,3 đợt.\n- Số hóa 85% hồ sơ, 70% văn bản.\n"
        "- Cấp 1.200 tài khoản.\n- Có 45 thôn.\n- Có 12 tổ.\n"
    )
    assert [f.source_shape for f in facts_of(text)] == ["prose"] * len(facts_of(text))


@pytest.mark.parametrize(
    ("sentence", "token", "reason"),
    [
        (
            "- Tăng 02 thôn so với quý II/2026; tỷ lệ phủ sóng đạt 96%.",
            "02",
            "descriptive_quantity",
        ),
        (
            "- Có 10/12 chỉ tiêu đạt từ 80% kế hoạch năm trở lên; tỷ lệ chung đạt 96%.",
            "80",
            "group_definition",
        ),
    ],
)
def test_a_change_against_another_time_and_a_threshold_of_counted_targets(sentence, token, reason):
    assert rejections(report(sentence, year=2026))[token] == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "- Tỷ lệ hồ sơ trực tuyến đạt 82,0%, trong khi cùng kỳ năm 2025 tỷ lệ này là 71,6%.",
        "- Tỷ lệ hồ sơ trực tuyến đạt 82,0% (cùng kỳ 2025: 71,6%).",
    ],
)
def test_last_years_value_beside_this_years(sentence):
    text = report(f"Tính đến ngày 30/6/2026:\n{sentence}", year=2026)
    assert [(f.value, f.period_end, f.as_of) for f in facts_of(text)] == [
        (82.0, 2026, date(2026, 6, 30)),
        (71.6, 2025, None),
    ]


def test_an_infographic_speed_and_rank_stand_over_their_labels():
    text = report(
        "KẾT QUẢ NỔI BẬT\n\n96,8%\nhồ sơ được giải quyết đúng hạn\n\n"
        "142,6 Mbps\ntốc độ băng rộng cố định tại trụ sở phường\n\n"
        "Thứ 8/114\nxếp hạng chỉ số chuyển đổi số cấp xã\n",
        year=2026,
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (96.8, "percent"),
        (142.6, "mbps"),
        (8, "rank"),
    ]


# --- sixteenth held-out set: number forms, scorecards, slides, chats, translations ---------


def test_thousands_set_apart_by_spaces_and_counts_out_of_a_whole():
    text = report(
        "II. KẾT QUẢ\n\n- Năm 2026 tiếp nhận 12 480 hồ sơ, trong đó 10 917 hồ sơ trực tuyến.\n"
        "- Sóng 4G đã phủ 45 trên 52 thôn.\n",
        year=2026,
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.denominator) for f in facts] == [
        (12480, "dossiers", None),
        (10917, "dossiers", None),
        (45, "ratio", 52),
    ]
    assert rejections(text)["52"] == "denominator"


def test_numbers_side_by_side_stay_apart():
    tokens = [f.raw_token for f in facts_of(report("- Năm 2026 480 hồ sơ được số hóa."))]
    assert tokens == ["480"]


@pytest.mark.parametrize(
    ("sentence", "expected", "token", "reason"),
    [
        (
            "- Phấn đấu tỷ lệ thanh toán trực tuyến đạt từ 80 đến 85%.",
            [(80, "percent", "ge")],
            "85",
            "range_bound",
        ),
        (
            "- Tỷ lệ hồ sơ trực tuyến đạt 92,4%, cao hơn kế hoạch 2,4 điểm phần trăm.",
            [(92.4, "percent", "eq")],
            "2,4",
            "descriptive_quantity",
        ),
        (
            "- Sóng 5G của ít nhất 02 nhà mạng đã phủ 100% tổ dân phố.",
            [(100, "percent", "eq")],
            "02",
            "group_definition",
        ),
    ],
)
def test_ranges_differences_and_qualifiers_of_rates(sentence, expected, token, reason):
    text = plan(sentence)
    assert [(f.value, f.unit, f.comparator) for f in facts_of(text)] == expected
    assert rejections(text)[token] == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Như vậy, sau 6 tháng phường đã đạt và vượt 7/10 chỉ tiêu.",
        "Hết 9 tháng, xã hoàn thành 7/10 chỉ tiêu của Kế hoạch năm 2026.",
    ],
)
def test_targets_met_are_counted_as_results(sentence):
    fact = only(report(f"II. ĐÁNH GIÁ\n\n{sentence}", year=2026))
    assert (fact.value, fact.kind, fact.comparator) == (7, "actual", "eq")


def test_a_scorecard_row_keeps_each_cell_its_own_comparator_and_unit():
    text = report(
        "II. KẾT QUẢ\n\n| STT | Chỉ tiêu | Kế hoạch 2026 | Thực hiện 6 tháng | Đánh giá |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Lớp kỹ năng số mở cho người dân | Tối thiểu 3 | 3 | Đạt |\n"
        "| 2 | Thời gian phản hồi phản ánh (giờ) | Không quá 24 | 20,5 | Đạt |\n"
        "| 3 | Xếp hạng DTI cấp xã trong 114 xã, phường | Tốp 30 | 26/114 | Vượt |\n",
        year=2026,
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.kind, f.comparator) for f in facts] == [
        (3, "classes", "target", "ge"),
        (3, "classes", "actual", "eq"),
        (24, "hours", "target", "le"),
        (20.5, "hours", "actual", "eq"),
        (30, "rank", "target", "le"),
        (26, "rank", "actual", "eq"),
    ]
    assert rejections(text)["114"] == "indicator_qualifier"


def test_a_slide_deck_reads_its_slides_as_sections():
    text = (
        "UBND XÃ AN LÃO\nBÁO CÁO THAM LUẬN\nKết quả chuyển đổi số năm 2026\n\n"
        "Slide 2: KẾT QUẢ NỔI BẬT NĂM 2026\n• DVC trực tuyến: 85% (KH: 90%)\n"
        "• Tốc độ truy cập tại trụ sở xã: 286 Mbps\n"
        "• Số hóa sổ hộ tịch đăng ký từ năm 1995 đến năm 2015: 14.620 trang\n\n"
        "Slide 3: MỤC TIÊU NĂM 2027\n• DVC trực tuyến: ≥ 95%\n• 5G: 17/17 thôn\n"
    )
    assert [(f.value, f.kind, f.period_end) for f in facts_of(text)] == [
        (85, "actual", 2026),
        (90, "target", 2026),
        (286, "actual", 2026),
        (14620, "actual", 2026),
        (95, "target", 2027),
        (17, "target", 2027),
    ]


def test_an_english_translation_repeats_the_facts_and_is_not_read():
    text = report(
        "II. KẾT QUẢ\n\nTỷ lệ hồ sơ trực tuyến đạt 91,2% (The online dossier rate reached 91.2%).\n"
        "Phường tiếp nhận 14.386 hồ sơ.\n"
        "(In 2026, the ward received 14,386 dossiers, of which 13,120 were submitted online.)\n",
        year=2026,
    )
    assert [f.value for f in facts_of(text)] == [91.2, 14386]
    reasons = rejections(text)
    assert (reasons["91.2"], reasons["14,386"], reasons["13,120"]) == ("translation",) * 3


def test_spaced_thousands_never_join_two_lines():
    text = report(
        "STT\nChỉ tiêu\nĐơn vị tính\nNăm 2025\n1\nHồ sơ tiếp nhận trực tuyến\nHồ sơ\n12\n"
        "480 hồ sơ chưa xử lý\n"
    )
    assert [f.raw_token for f in facts_of(text)] == ["480"]


# --- seventeenth held-out set: a unit per column, Q&A, statistics, OCR -------------------


def test_a_table_with_a_column_per_unit_gives_each_value_its_columns_unit():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 5/BC-SKHCN\n\nBÁO CÁO\n"
        "So sánh chuyển đổi số một số đơn vị năm 2026\n\n"
        "| Chỉ tiêu | Xã An Lão | Xã Kiến Thụy | Bình quân toàn thành phố |\n|---|---|---|---|\n"
        "| Tỷ lệ hồ sơ trực tuyến (%) | 88,4 | 79,1 | 84,0 |\n"
        "| Thôn có sóng 5G | 14/15 | 9/11 | - |\n"
    )
    assert [(f.value, f.unit, f.ward_code) for f in facts_of(text)] == [
        (88.4, "percent", "11629"),
        (79.1, "percent", "11680"),
        (84.0, "percent", "31"),
        (14, "ratio", "11629"),
        (9, "ratio", "11680"),
    ]


def test_an_answer_opening_on_its_label_keeps_its_sentence_period():
    text = report(
        "Hỏi: Năm 2027 phường đặt ra những mục tiêu gì?\n\n"
        "Đáp: Năm 2027, phường phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 95%; tỷ lệ thanh "
        "toán không dùng tiền mặt ≥ 70%.\n",
        year=2026,
    )
    assert [(f.value, f.kind, f.period_end) for f in facts_of(text)] == [
        (95, "target", 2027),
        (70, "target", 2027),
    ]


@pytest.mark.parametrize(
    ("sentence", "token", "reason"),
    [
        ("Loa truyền thanh phát vào khung giờ 17 giờ - 18 giờ hằng ngày.", "18", "clock_time"),
        ("Hội trường tầng 2 được cải tạo làm phòng họp trực tuyến.", "2", "ordinal"),
        # eighteenth set: labels listed after the first
        ("Số liệu dòng 1, 2 và 3 lấy từ hệ thống của thành phố.", "3", "ordinal"),
        ("Các TDP số 7, 15, 22 chưa có sóng 5G.", "22", "ordinal"),
    ],
)
def test_hours_floors_and_labels_are_no_counts(sentence, token, reason):
    assert rejections(report(f"- {sentence}\n- Tỷ lệ hồ sơ trực tuyến đạt 88%."))[token] == reason


def test_a_preliminary_column_a_comparison_year_and_a_former_unit():
    text = report(
        "II. SỐ LIỆU\n\n| Chỉ tiêu | ĐVT | 2025 | Sơ bộ 2026 |\n|---|---|---|---|\n"
        "| Hồ sơ tiếp nhận | Hồ sơ | 10.376 | 12.805 |\n\n"
        "Năm 2026, phường tiếp nhận 12.805 hồ sơ, gấp gần 2 lần năm 2023. Riêng năm 2024, Lập Lễ "
        "(cũ) có tỷ lệ hồ sơ trực tuyến cao nhất, đạt 57,6%. Tốc độ truy cập đo được 212,6 Mbps.\n",
        ward="Nam Triệu",
        year=2026,
    )
    facts = facts_of(text)
    assert [(f.value, f.kind, f.period_end, f.ward_code) for f in facts] == [
        (10376, "actual", 2025, "11542"),
        (12805, "actual", 2026, "11542"),
        (12805, "actual", 2026, "11542"),
        (57.6, "actual", 2024, None),
        (212.6, "actual", 2026, "11542"),
    ]


# --- eighteenth held-out set: e-mails, portals, tables over pages, budgets ----------------


def test_an_email_quoting_a_message_has_no_comparators_in_its_quote_marks():
    text = report(
        "II. KẾT QUẢ\n\nPhường báo cáo tỷ lệ hồ sơ trực tuyến đạt 88%.\n\n"
        "> Để các đơn vị tham chiếu: toàn thành phố có\n> 112/114 phường, xã, đặc khu đã thành lập\n"
        "> tổ công nghệ số cộng đồng (gồm 02 biểu kèm theo).\n"
        "> Đơn vị nào có tỷ lệ hồ sơ nộp trực tuyến dưới 80% gửi báo cáo giải trình.\n",
        year=2026,
    )
    facts = facts_of(text)
    assert [(f.value, f.comparator, f.ward_code) for f in facts] == [
        (88, "eq", "11533"),
        (112, "eq", "31"),
    ]
    reasons = rejections(text)
    assert (reasons["02"], reasons["80"]) == ("plan_structure", "group_definition")


def test_a_lone_line_opening_on_a_comparator_keeps_it():
    fact = only(plan("- Tỷ lệ hồ sơ được số hóa:\n> 90% hồ sơ được số hóa."))
    assert fact.comparator == "gt"


def test_a_table_continued_over_a_page_keeps_its_caption():
    text = report(
        "II. KẾT QUẢ\n\nBảng 2. Kết quả thực hiện (số liệu đến ngày 25/9/2026):\n\n"
        "| STT | Chỉ tiêu | ĐVT | KH năm 2026 | Thực hiện 9 tháng |\n|---|---|---|---|---|\n"
        "| 1 | Camera kết nối | Camera | 60 | 64 |\n\nTrang 2/4\n\nBảng 2 (tiếp theo)\n\n"
        "| STT | Chỉ tiêu | ĐVT | KH năm 2026 | Thực hiện 9 tháng |\n|---|---|---|---|---|\n"
        "| 2 | Tổ công nghệ số | Tổ | 31 | 29 |\n",
        year=2026,
    )
    assert [(f.value, f.as_of) for f in facts_of(text)] == [
        (60, None),
        (64, date(2026, 9, 25)),
        (31, None),
        (29, date(2026, 9, 25)),
    ]


def test_a_portal_headline_reporting_results_and_the_citys_common_average():
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ XÃ TIÊN MINH\n\n"
        "XÃ TIÊN MINH SƠ KẾT 9 THÁNG: NHIỀU CHỈ TIÊU VỀ ĐÍCH SỚM\nNgày đăng: 14/10/2025\n\n"
        "Xã có 16 tổ công nghệ số cộng đồng với 112 thành viên. Tỷ lệ hồ sơ trực tuyến bình quân "
        "chung của thành phố là 81,2%.\n"
    )
    assert [(f.value, f.kind, f.ward_code) for f in facts_of(text)] == [
        (16, "actual", "11791"),
        (112, "actual", "11791"),
        (81.2, "actual", "31"),
    ]


def test_a_budget_allocated_a_plan_figure_and_last_years_rate():
    text = report(
        "I. KHÁI QUÁT\n\nNăm 2026, dự toán giao cho nhiệm vụ chuyển đổi số của xã là 3,15 tỷ "
        "đồng. Camera kết nối: 46 camera (KH năm: 60 camera). Cùng kỳ năm 2025, tỷ lệ giải ngân "
        "kinh phí chuyển đổi số của xã là 51,4%. Tỷ lệ khai thác dữ liệu đạt từ 60% đến 70%.\n",
        year=2026,
    )
    facts = facts_of(text)
    assert [(f.value, f.kind, f.comparator, f.period_end) for f in facts] == [
        (3.15, "target", "eq", 2026),
        (46, "actual", "eq", 2026),
        (60, "target", "eq", 2026),
        (51.4, "actual", "eq", 2025),
        (60, "actual", "ge", 2026),
    ]
    assert rejections(text)["70"] == "range_bound"


def test_a_targets_records_and_last_years_value_in_its_brackets_are_not_its_period():
    text = (
        "UBND XÃ VĨNH THỊNH\nSố: 9/QĐ-UBND\n\nQUYẾT ĐỊNH\nGiao chỉ tiêu chuyển đổi số năm 2027\n\n"
        "Điều 1. Năm 2027, xã phấn đấu đạt các chỉ tiêu sau:\n"
        "1. Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 92% (năm 2026 ước đạt 81,7%); chỉ tiêu chung của "
        "thành phố năm 2027 là 90%.\n"
        "2. Hoàn thành số hóa 6.800 hồ sơ lưu trữ hình thành từ năm 2015 đến năm 2024.\n"
    )
    assert [(f.value, f.kind, f.period_end) for f in facts_of(text)] == [
        (92, "target", 2027),
        (81.7, "actual", 2026),
        (90, "target", 2027),
        (6800, "target", 2027),
    ]


# --- nineteenth held-out set: change columns, forms, rankings ------------------------------


def test_a_change_column_holds_no_levels_but_a_growth_rate_column_does():
    text = report(
        "II. KẾT QUẢ\n\n| STT | Chỉ tiêu | ĐVT | Năm 2025 | 6 tháng 2026 | Tăng (+), giảm (-) | "
        "Tỷ lệ tăng (%) |\n|---|---|---|---|---|---|---|\n"
        "| 1 | Trạm BTS có phát sóng 5G | Trạm | 18 | 32 | 14 | 77,8 |\n",
        year=2026,
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (18, "stations"),
        (32, "stations"),
        (77.8, "percent"),
    ]
    assert rejections(text)["14"] == "descriptive_quantity"


@pytest.mark.parametrize(
    ("sentence", "token", "reason"),
    [
        (
            "Điểm bình quân đạt 702,4 điểm, cao hơn 52,8 điểm so với năm 2025.",
            "52,8",
            "descriptive_quantity",
        ),
        (
            "Có 7 xã, đặc khu có tổng điểm dưới 500 điểm; bình quân đạt 702,4 điểm.",
            "500",
            "group_definition",
        ),
    ],
)
def test_a_difference_of_points_and_a_threshold_of_points(sentence, token, reason):
    assert rejections(report(f"- {sentence}", year=2026))[token] == reason


def test_the_fields_of_a_filled_in_form():
    text = report(
        "PHẦN II. SỐ LIỆU CHỈ TIÊU\n\n"
        "3. Số trạm BTS trên địa bàn xã (trạm): 23\n"
        "7. Số tài khoản VNeID kích hoạt: 12.450\n"
        "17. Xếp hạng Chỉ số chuyển đổi số năm 2025 của xã: 37/114\n",
        year=2026,
    )
    assert [(f.value, f.unit, f.kind, f.denominator) for f in facts_of(text)] == [
        (23, "stations", "actual", None),
        (12450, "accounts", "actual", None),
        (37, "rank", "actual", 114),
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [("BIÊN BẢN HỌP", "report"), ("NGHỊ QUYẾT", "decision"), ("BÀI PHÁT BIỂU", "report")],
)
def test_minutes_resolutions_and_speeches_have_their_kinds(title, kind):
    text = f"UBND PHƯỜNG HÒA BÌNH\n\n{title}\nVề chuyển đổi số năm 2026\n\n- Tỷ lệ hồ sơ đạt 88%.\n"
    assert extract_text(text, "x.txt").meta.kind == kind


# --- twentieth held-out set -------------------------------------------------------------------


def test_what_a_draft_struck_out_is_no_fact_and_its_replacement_reads_alone():
    text = plan(
        "II. CHỈ TIÊU\na) Tỷ lệ văn bản điện tử đạt tối thiểu ~~93%~~ 96%, trừ văn bản mật.\n"
        "b) Số hóa ~~1.500~~ 1.800 hồ sơ hộ tịch.\n"
    )
    assert [(f.value, f.unit, f.comparator) for f in facts_of(text)] == [
        (96, "percent", "ge"),
        (1800, "dossiers", "eq"),
    ]
    assert {t: r for t, r in rejections(text).items() if r == "struck_out"} == {
        "93": "struck_out",
        "1.500": "struck_out",
    }


def test_the_ward_itself_after_a_city_figure_in_one_sentence():
    text = plan(
        "II. GÓP Ý\n- Mục tiêu chung của thành phố năm 2026 là 85%, trong khi năm 2025 phường "
        "mới đạt 71,6%."
    )
    assert [(f.value, f.ward_code) for f in facts_of(text)] == [(85, "31"), (71.6, "11533")]


def test_values_listed_respectively_do_not_take_the_next_clause():
    text = plan(
        "II. KẾT QUẢ\nTỷ lệ hồ sơ trực tuyến năm 2025 của phường Hòa Bình và xã An Hưng lần lượt "
        "là 64,2% và 70,5%, trong khi bình quân toàn thành phố là 81,3%."
    )
    assert [(f.value, f.ward_code) for f in facts_of(text)] == [
        (64.2, "11533"),
        (70.5, "11674"),
        (81.3, "31"),
    ]


def test_a_broadcast_script_dates_itself_and_sets_next_weeks_targets():
    text = (
        "ĐÀI TRUYỀN THANH PHƯỜNG HÒA BÌNH\nBẢN TIN CHUYỂN ĐỔI SỐ\n"
        "Số 12 - Phát sóng lúc 6 giờ 30, thứ Sáu, ngày 04/12/2026\n\n"
        "[Nhạc hiệu - 15 giây]\n"
        "[Người dẫn]: Trong tuần, phường đã tiếp nhận 214 hồ sơ trực tuyến.\n"
        "[Người dẫn]: Mục tiêu tuần tới của phường: hướng dẫn tối thiểu 150 người dân.\n"
    )
    extraction = extract_text(text, "x.txt")
    assert (extraction.meta.issued_on, extraction.meta.reference_year) == (date(2026, 12, 4), 2026)
    assert [(f.value, f.kind, f.period_end) for f in extraction.facts] == [
        (214, "actual", 2026),
        (150, "target", 2026),
    ]
    assert {r.raw_token: r.reason for r in extraction.rejected}["15"] == "duration"


@pytest.mark.parametrize(
    ("sentence", "token", "reason"),
    [
        (
            "Do 03 công chức nghỉ chế độ thai sản, một cửa thiếu người.",
            "03",
            "descriptive_quantity",
        ),
        ("Địa bàn chịu ảnh hưởng của 02 đợt mưa lớn kéo dài.", "02", "descriptive_quantity"),
        ("Yêu cầu Chủ tịch UBND 114 xã, phường nghiêm túc thực hiện.", "114", "name_or_address"),
        (
            "Người đứng đầu đơn vị có tỷ lệ trực tuyến dưới 50% phải giải trình.",
            "50",
            "group_definition",
        ),
        ("Tổ chức 5 buổi hướng dẫn tại 3 thôn Bắc Sơn, Nam Sơn, Đông Sơn.", "3", "name_or_address"),
        (
            "Sau sắp xếp, 01 công chức được điều động sang đơn vị khác.",
            "01",
            "descriptive_quantity",
        ),
        ("Nhiệm vụ do Ủy ban nhân dân 04 đơn vị cũ thực hiện.", "04", "administrative_structure"),
        ("2 Quyết định số 1632/QĐ-UBND ngày 22/5/2026 của UBND thành phố.", "2", "outline_number"),
        (
            "31/114 đơn vị đạt từ 700 điểm; không còn đơn vị nào dưới 400 điểm.",
            "400",
            "group_definition",
        ),
        ("Bảng đầy đủ của 114 đơn vị tại Phụ lục 03 kèm theo.", "03", "ordinal"),
    ],
)
def test_reasons_addressees_conditions_and_labels_hold_no_facts(sentence, token, reason):
    # rounds 20, 21 and 23: each sentence on a line of its own, after a fact
    assert rejections(report(f"- Tỷ lệ hồ sơ trực tuyến đạt 88%.\n{sentence}"))[token] == reason


# --- twenty-first held-out set ----------------------------------------------------------------


def test_a_resolutions_article_is_a_section_with_its_role_and_year():
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nXÃ AN HƯNG\n\nNGHỊ QUYẾT\nVề nhiệm vụ kinh tế - xã hội năm 2027\n\n"
        "QUYẾT NGHỊ:\n\n"
        "Điều 1. Đánh giá kết quả thực hiện nhiệm vụ năm 2026\n"
        "- Tỷ lệ hồ sơ trực tuyến ước đạt 88,1% (chỉ tiêu Nghị quyết: 85%);\n"
        "- Thu ngân sách đạt 12,4 tỷ đồng, bằng 103% dự toán thành phố giao (12,04 tỷ đồng);\n"
        "- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030 còn 1,2%.\n\n"
        "Điều 2. Mục tiêu năm 2027\n- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 92%.\n"
    )
    assert [(f.value, f.kind, f.period_end) for f in facts_of(text)] == [
        (88.1, "actual", 2026),
        (85, "target", 2026),
        (12.4, "actual", 2026),
        (103, "actual", 2026),
        (12.04, "target", 2026),
        (1.2, "actual", 2026),
        (92, "target", 2027),
    ]


def test_a_clauses_own_cut_off_outweighs_the_year_opening_its_sentence():
    text = report(
        "3. So sánh đầu kỳ và cuối kỳ\n"
        "Năm 2021, tỷ lệ hồ sơ trực tuyến mới đạt 21,5%; đến ngày 30/11/2025, tỷ lệ này đã đạt "
        "90,2%.\nSố hồ sơ tiếp nhận năm 2021 là 5.120 hồ sơ, năm 2025 đã là 10.460 hồ sơ.\n"
    )
    assert [(f.value, f.period_end, f.as_of) for f in facts_of(text)] == [
        (21.5, 2021, None),
        (90.2, 2025, date(2025, 11, 30)),
        (5120, 2021, None),
        (10460, 2025, None),
    ]


def test_a_review_of_years_reports_its_last_year_and_a_partner_is_no_subject():
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\n\nHòa Bình, ngày 15 tháng 12 năm 2025\n\n"
        "BÁO CÁO\nTổng kết chuyển đổi số giai đoạn 2021 - 2025\n\n"
        "III. TỒN TẠI, HẠN CHẾ\n"
        "- Tỷ lệ hộ kinh doanh thanh toán không dùng tiền mặt chưa đạt 45%.\n"
        "- Phường phối hợp với Thuế cơ sở 3 thành phố Hải Phòng hướng dẫn 410 hộ kinh doanh.\n"
    )
    assert [(f.value, f.period_end, f.ward_code) for f in facts_of(text)] == [
        (45, 2025, "11533"),
        (410, 2025, "11533"),
    ]


# --- twenty-second held-out set ---------------------------------------------------------------


def test_markdown_emphasis_and_footnote_markers_leave_a_number_next_to_its_noun():
    text = report(
        "**I. KẾT QUẢ ĐẠT ĐƯỢC**\n"
        "1. Trong năm, phường đã ban hành **06** kế hoạch về chuyển đổi số[^1].\n"
        "\\- Lắp mới **18** camera giám sát, tỷ lệ hồ sơ trực tuyến đạt **91,3%**[^2].\n\n"
        "[^1]: Danh mục tại Phụ lục kèm theo.\n"
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (6, "documents"),
        (18, "cameras"),
        (91.3, "percent"),
    ]
    assert {rejections(text)[t] for t in ("1", "2")} == {"outline_number"}


def test_a_plans_weights_and_scoring_rules_are_no_targets():
    text = plan(
        "PHỤ LỤC\n"
        "| Mã | Chỉ tiêu | Đơn vị tính | Chỉ tiêu 2027 | Trọng số (%) | Cách chấm điểm |\n"
        "|---|---|---|---|---|---|\n"
        "| A1 | Tỷ lệ hồ sơ trực tuyến | % | 92 | 25 | Đạt 92%: 25 điểm; mỗi 1% thấp hơn trừ 2 điểm |\n"
        "Ghi chú: tổng trọng số 100%. Xếp loại: từ 85 điểm trở lên - Hoàn thành tốt; dưới 60 "
        "điểm - Chưa hoàn thành.\n",
        year=2027,
    )
    assert [(f.value, f.kind) for f in facts_of(text)] == [(92, "target")]


def test_an_invitations_logistics_and_a_web_pages_counters_hold_no_values():
    invitation = (
        "UBND XÃ AN HƯNG\nSố: 21/GM-UBND\n\nGIẤY MỜI\nHội nghị sơ kết chuyển đổi số năm 2026\n\n"
        "Năm 2026, xã đã hoàn thành 12/14 chỉ tiêu chuyển đổi số.\n"
        "1. Thành phần (khoảng 45 đại biểu):\n- Trưởng 09 thôn;\n"
        "2. Thời gian: 14 giờ 00 phút, thứ Sáu, ngày 18/12/2026 (thời lượng 2 giờ).\n"
    )
    assert [(f.value, f.unit) for f in facts_of(invitation)] == [(12, "ratio")]
    page = report("Lượt xem: 2.315 | Bình luận: 4 | Thích: 61\n- Tỷ lệ hồ sơ trực tuyến đạt 88%.")
    assert {rejections(page)[t] for t in ("2.315", "4", "61")} == {"page_counter"}


# --- twenty-third held-out set ----------------------------------------------------------------


def test_a_digests_item_gives_its_values_to_the_commune_its_headline_names():
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG\nĐIỂM TIN CHUYỂN ĐỔI SỐ TUẦN\n\n"
        "PHƯỜNG HÒA BÌNH: 95,1% HỒ SƠ ĐƯỢC NỘP TRỰC TUYẾN\n18/05/2026 08:15\n"
        "Trong tháng 4/2026, phường huy động 12 tổ công nghệ số cộng đồng hướng dẫn người dân.\n\n"
        "XÃ AN HƯNG ĐẨY MẠNH THANH TOÁN SỐ\n19/05/2026 09:00\n"
        "Năm 2026, tỷ lệ hộ kinh doanh thanh toán số của xã phải đạt từ 80% trở lên; xã phối hợp "
        "với 03 ngân hàng thương mại hướng dẫn người dân.\n"
    )
    assert [(f.value, f.unit, f.ward_code) for f in facts_of(text)] == [
        (95.1, "percent", "11533"),
        (12, "teams", "11533"),
        (80, "percent", "11674"),
        (3, "ngân hàng", "11674"),
    ]


def test_a_total_column_a_leading_group_and_former_units_in_a_header():
    budget = plan(
        "IV. KINH PHÍ\n"
        "| STT | Nội dung chi | Ngân sách xã (triệu đồng) | Xã hội hóa (triệu đồng) | Tổng |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Lắp đặt camera giám sát | 210 | 300 | 510 |\n"
    )
    assert [(f.value, f.unit) for f in facts_of(budget)] == [
        (210, "vnd_million"),
        (300, "vnd_million"),
        (510, "vnd_million"),
    ]
    compared = report(
        "| STT | Chỉ tiêu | Đơn vị tính | 03 phường (cũ), năm 2024 | Chỉ tiêu năm 2025 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Xếp hạng chỉ số DTI | Thứ hạng | - | Nhóm 15 đơn vị dẫn đầu |\n"
    )
    assert [(f.value, f.unit, f.comparator) for f in facts_of(compared)] == [(15, "rank", "le")]
    assert rejections(compared)["03"] == "administrative_structure"


def test_a_result_reached_by_the_reference_year_and_a_scans_percent_sign():
    text = report(
        "I. KẾT QUẢ THỰC HIỆN NHIỆM KỲ 2020 - 2025\n"
        "Đến năm 2025, tỷ lệ hồ sơ trực tuyến đạt 87,4% (bình quân chung của thành phố là 82,1%).\n"
        "Tỷ lệ thanh toán trực tuyến đạt 61,5 o/o; tỷ lệ hồ sơ số hóa đạt 70,2°/o.\n"
    )
    assert [(f.value, f.unit, f.kind) for f in facts_of(text)] == [
        (87.4, "percent", "actual"),
        (82.1, "percent", "actual"),
        (61.5, "percent", "actual"),
        (70.2, "percent", "actual"),
    ]


# --- twenty-fourth held-out set ---------------------------------------------------------------


def test_a_plans_current_state_its_past_year_column_and_its_orientation_column():
    text = (
        "UBND PHƯỜNG HÒA BÌNH\nKẾ HOẠCH\nChuyển đổi số năm 2027 và định hướng đến năm 2030\n\n"
        "I. THỰC TRẠNG\n- Chính quyền số: 280,5/400 điểm.\n\n"
        "II. CHỈ TIÊU\n"
        "Chỉ số thành phần\tĐiểm tối đa\tĐiểm 2026\tMục tiêu 2027\tĐịnh hướng 2030\n"
        "An toàn thông tin mạng\t70\t28\t40\t60\n"
        "Phường sẽ tăng tối thiểu 12 bậc so với năm 2026.\n"
    )
    assert [(f.value, f.kind, f.unit, f.period_start, f.period_end) for f in facts_of(text)] == [
        (280.5, "actual", "ratio", 2027, 2027),
        (28, "actual", "points", 2026, 2026),
        (40, "target", "points", 2027, 2027),
        (60, "target", "points", 2027, 2030),
    ]


def test_a_revision_tables_reasons_hold_no_period_and_a_reasons_cut_off_stays_in_it():
    text = (
        "UBND XÃ AN HƯNG\nQUYẾT ĐỊNH\nVề điều chỉnh chỉ tiêu chuyển đổi số năm 2026\n\n"
        "Tỷ lệ thanh toán trực tuyến hạ từ 70% xuống 55%, do đến ngày 30/6/2026 mới đạt 31,2%.\n"
        "| STT | Chỉ tiêu | ĐVT | Chỉ tiêu cũ | Chỉ tiêu điều chỉnh | Lý do điều chỉnh |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Hộ dùng cáp quang | % | 85 | 78,5 | Nhà mạng lùi tiến độ sang Quý I/2027 |\n"
    )
    facts = [(f.value, f.kind, f.period_end, f.as_of) for f in facts_of(text)]
    assert facts[:2] == [(70, "target", 2026, None), (55, "target", 2026, None)]
    assert facts[3:] == [(85, "target", 2026, None), (78.5, "target", 2026, None)]


# --- twenty-fifth held-out set ----------------------------------------------------------------


def test_records_years_distances_at_sea_and_last_years_value_in_brackets():
    text = plan(
        "II. CHỈ TIÊU\n"
        "c) Số hóa hồ sơ hộ tịch hình thành từ năm 2015 đến năm 2024: hoàn thành 85% trong năm.\n"
        "- Đảo cách đất liền thành phố Hải Phòng khoảng 110 km; ngư trường cách đảo từ 30 hải lý "
        "trở lên chưa có sóng.\n"
        "- Tỷ lệ hồ sơ trực tuyến quý I tăng so với cùng kỳ năm 2026 (81,5%).\n",
        year=2027,
    )
    assert [(f.value, f.kind, f.period_end) for f in facts_of(text)] == [
        (85, "target", 2027),
        (81.5, "actual", 2026),
    ]
    assert {rejections(text)[t] for t in ("110", "30")} == {"descriptive_quantity"}


# --- twenty-sixth held-out set ----------------------------------------------------------------


def test_a_review_table_to_a_horizon_and_a_row_of_villages_counted_in_fractions():
    text = report(
        "III. TIẾN ĐỘ CÁC CHỈ TIÊU\n"
        "| STT | Chỉ tiêu | ĐVT | Mục tiêu đến 2030 | KH 2026 | TH 2026 | TH 2027 |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | Thôn có điểm Wi-Fi công cộng | thôn | 10/10 | 4/10 | 5/10 | 7/10 |\n",
        year=2028,
    )
    assert [(f.value, f.kind, f.unit, f.period_start, f.period_end) for f in facts_of(text)] == [
        (10, "target", "ratio", 2028, 2030),
        (4, "target", "ratio", 2026, 2026),
        (5, "actual", "ratio", 2026, 2026),
        (7, "actual", "ratio", 2027, 2027),
    ]


def test_a_result_is_not_of_the_year_its_target_is_set_for():
    fact = only(
        report(
            "II. TỒN TẠI\n- Tỷ lệ hộ dùng ví điện tử đến nay mới đạt 47,3%, chưa bảo đảm mục tiêu"
            " đề ra cho năm 2030.\n",
            year=2028,
        )
    )
    assert (fact.value, fact.kind, fact.period_start, fact.period_end) == (
        47.3,
        "actual",
        2028,
        2028,
    )


@pytest.mark.parametrize(
    ("head", "kind", "year"),
    [
        # a review of years not over yet is about the year it was written in
        (
            "ỦY BAN NHÂN DÂN\nXÃ AN HƯNG\nSố: 88/BC-UBND\nAn Hưng, ngày 02 tháng 7 năm 2028\n\n"
            "BÁO CÁO\nSơ kết giữa kỳ Kế hoạch chuyển đổi số giai đoạn 2026 - 2030\n",
            "report",
            2028,
        ),
        # a speech titled with its year before the period
        (
            "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\nHòa Bình, ngày 20 tháng 12 năm 2030\n\n"
            "BÀI PHÁT BIỂU\ntại Hội nghị tổng kết chuyển đổi số năm 2030 và giai đoạn 2026 - 2030\n",
            "report",
            2030,
        ),
        # an official letter whose subject line announces results
        (
            "UBND THÀNH PHỐ HẢI PHÒNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 905/SKHCN-CĐS\n"
            "V/v thông báo kết quả chuyển đổi số quý II/2029\nHải Phòng, ngày 10 tháng 7 năm 2029\n",
            "report",
            2029,
        ),
        # a form saved from a spreadsheet: its title is a cell beside the form's number
        (
            "Biểu số 05/TK\tBÁO CÁO THỐNG KÊ CHUYỂN ĐỔI SỐ\tĐơn vị báo cáo: UBND phường Hòa Bình\n"
            "Ban hành kèm theo Quyết định số 310/QĐ-UBND ngày 02/01/2028\tKỳ báo cáo: Quý I năm 2028\n",
            "report",
            2028,
        ),
    ],
    ids=["mid-term review", "speech", "letter of results", "spreadsheet form"],
)
def test_kind_and_reference_year_of_reviews_speeches_letters_and_forms(head, kind, year):
    extraction = extract_text(head + "\nTỷ lệ hồ sơ trực tuyến đạt 91,2%.\n", "sample.txt")
    assert (extraction.meta.kind, extraction.meta.reference_year) == (kind, year)


def test_a_statistical_forms_column_numbers_last_years_column_and_note_cells():
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\nSố: 41/BC-UBND\nHòa Bình, ngày 04 tháng 4 năm 2028\n\n"
        "BÁO CÁO THỐNG KÊ\nKết quả chuyển đổi số quý I năm 2028\n\n"
        "Số liệu tính đến hết ngày 31/3/2028:\n"
        "Mã số\tChỉ tiêu\tĐơn vị tính\tThực hiện kỳ báo cáo\tCùng kỳ năm trước\tGhi chú\n"
        "A\tB\tC\t1\t2\t3\n"
        "1\tCHỈ TIÊU CHÍNH QUYỀN SỐ\t\t\t\t\n"
        "1.1\tTỷ lệ hồ sơ nộp trực tuyến\t%\t90,5\t84,2\tKH năm 2028: 93%\n"
        "1.2\tTỷ lệ người dân có tài khoản VNeID\t%\t88,1\t80,4\tBình quân thành phố: 86,3%\n"
        "\nGhi chú: Cột 2 lấy theo biểu kỳ trước; trong quý có 412 hồ sơ phi địa giới.\n"
    )
    facts = [(f.value, f.kind, f.period_end, f.as_of, f.ward_code) for f in facts_of(text)]
    march = date(2028, 3, 31)
    assert facts == [
        (90.5, "actual", 2028, march, "11533"),
        (84.2, "actual", 2027, None, "11533"),
        (93, "target", 2028, None, "11533"),
        (88.1, "actual", 2028, march, "11533"),
        (80.4, "actual", 2027, None, "11533"),
        (86.3, "actual", 2028, march, "31"),
        (412, "actual", 2028, None, "11533"),
    ]
    rejected = extract_text(text, "sample.txt").rejected
    numbering = text.split("\n").index("A\tB\tC\t1\t2\t3") + 1
    assert {r.reason for r in rejected if r.line == numbering} == {"outline_number"}
    assert [r.reason for r in rejected if r.line == numbering + 5 and r.raw_token == "2"] == [
        "ordinal"
    ]


def test_a_speeches_pledges_targets_set_and_met_and_its_lessons():
    text = report(
        "Kế hoạch giai đoạn 2026 - 2030 đặt ra 12 chỉ tiêu; đến nay phường đã hoàn thành 11/12 chỉ"
        " tiêu, trong đó có 07 chỉ tiêu về đích sớm.\n"
        "Từ thực tiễn, phường rút ra 03 bài học kinh nghiệm.\n\n"
        "Năm 2031, phường cam kết với Ban Thường vụ Thành ủy:\n"
        "- Tỷ lệ hồ sơ trực tuyến đạt từ 98% trở lên;\n"
        "- Bố trí không dưới 5 tỷ đồng cho chuyển đổi số.\n",
        year=2030,
    )
    assert [(f.value, f.kind, f.comparator, f.period_end) for f in facts_of(text)] == [
        (11, "actual", "eq", 2030),
        (7, "actual", "eq", 2030),
        (98, "target", "ge", 2031),
        (5, "target", "ge", 2031),
    ]
    assert rejections(text)["12"] == "plan_structure"
    assert rejections(text)["03"] == "plan_structure"


def test_a_survey_tables_change_column_and_its_questionnaire():
    text = report(
        "Phiếu khảo sát gồm 15 câu hỏi về thủ tục hành chính.\n\n"
        "| STT | Nhóm dịch vụ | Hài lòng (%) | So với năm 2027 (+/- điểm %) |\n"
        "|---|---|---|---|\n"
        "| 1 | Hộ tịch | 90,2 | +2,4 |\n",
        year=2028,
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [(90.2, "percent")]
    assert rejections(text)["15"] == "plan_structure"
    assert rejections(text)["2,4"] == "descriptive_quantity"


def test_a_row_of_the_targets_the_city_assigned_each_unit():
    text = city_report(
        "| STT | Chỉ tiêu | ĐVT | Phường Nam Triệu | Xã Việt Khê |\n|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ hồ sơ nộp trực tuyến | % | 91,2 | 80,5 |\n"
        "| | Chỉ tiêu năm 2029 thành phố giao | % | 94 | 86 |"
    )
    assert [(f.value, f.kind, f.ward_code) for f in facts_of(text)] == [
        (91.2, "actual", "11542"),
        (80.5, "actual", "11503"),
        (94, "target", "11542"),
        (86, "target", "11503"),
    ]


def test_last_years_value_after_a_comparison_or_in_brackets_and_a_clause_of_now():
    text = report(
        "Sóng 5G phủ tới 92,9% số thôn, tăng 20,1 điểm phần trăm so với năm 2026 (72,8%).\n"
        "Các tổ đã hướng dẫn 4.120 lượt người dân; tỷ lệ người dân có tài khoản định danh điện tử"
        " đạt 86,5% (năm 2026: 79,9%).\n"
        "Năm 2027, phường Hưng Đạo đã phủ sóng 5G 100% tổ dân phố; hiện nay, tỷ lệ hộ kinh doanh"
        " dùng mã QR của phường Hưng Đạo là 90,4%.\n",
        year=2028,
    )
    assert [(f.value, f.period_end) for f in facts_of(text)] == [
        (92.9, 2028),
        (72.8, 2026),
        (4120, 2028),
        (86.5, 2028),
        (79.9, 2026),
        (100, 2027),
        (90.4, 2028),
    ]


def test_a_cut_off_leading_a_list_reaches_its_nested_bullets():
    text = report(
        "Kết quả phát triển hạ tầng số đến ngày 31/5/2028 cụ thể như sau:\n"
        "• Hạ tầng di động:\n"
        "   ❖ Toàn phường có 47 trạm BTS;\n"
        "• Hạ tầng cố định:\n"
        "   ➢ 89,6% hộ gia đình sử dụng Internet cáp quang.\n",
        year=2028,
    )
    assert [(f.value, f.as_of) for f in facts_of(text)] == [
        (47, date(2028, 5, 31)),
        (89.6, date(2028, 5, 31)),
    ]


@pytest.mark.parametrize(
    ("sentence", "token", "reason"),
    [
        (
            "Dự án chưa hoàn thành do còn 04 hộ chưa bàn giao mặt bằng.",
            "04",
            "descriptive_quantity",
        ),
        (
            "Tổ bổ sung 01 thành viên thay 02 thành viên chuyển công tác.",
            "02",
            "descriptive_quantity",
        ),
        ("Toàn đặc khu có 12 khách sạn 5 sao.", "5", "group_definition"),
        (
            'Chỉ tiêu đạt từ 105% kế hoạch trở lên được đánh giá "Vượt".',
            "105",
            "group_definition",
        ),
        ("Thành phần: 17 đồng chí thành viên Ban Chỉ đạo.", "17", "schedule"),
        ("Biên bản được lập thành 03 bản.", "03", "schedule"),
        ("Trưởng 09 tổ dân phố chịu trách nhiệm thi hành.", "09", "name_or_address"),
        ("Thành phố giao chỉ tiêu cho 114 xã, phường, đặc khu.", "114", "group_definition"),
        (
            "Còn nhiều người chưa kích hoạt do khoảng 640 người đi biển dài ngày.",
            "640",
            "descriptive_quantity",
        ),
        (
            "So với cùng kỳ năm 2026, số tài khoản được kích hoạt tăng 3.208 tài khoản.",
            "3.208",
            "descriptive_quantity",
        ),
        ("Chỉ tiêu cụ thể (gồm 04 nhóm), phấn đấu đạt theo lộ trình sau.", "04", "plan_structure"),
        ("Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10 và Kế hoạch của xã.", "10/10", "date"),
        (
            "Đến nay, 31/35 cán bộ, công chức đã hoàn thành ít nhất 01 khóa học trực tuyến.",
            "01",
            "group_definition",
        ),
        ("2. Giải Nhì (02 giải): mô hình Chợ 4.0 và mô hình Sổ sức khỏe.", "02", "plan_structure"),
        ("Mô hình Chợ 4.0 được thưởng, mỗi giải 4.000.000 đồng.", "4.000.000", "plan_structure"),
        ("Có 08 mô hình đạt từ 80 điểm trở lên theo thang điểm của Quy chế.", "80", "group_definition"),
        ("Phường hình thành từ 05 phường thuộc quận An Dương cũ.", "05", "administrative_structure"),
        ("Phường có diện tích tự nhiên 14,87 km².", "14,87", "descriptive_quantity"),
        ("Đã hướng dẫn l.250 lượt người dân sử dụng VNeID.", "250", "unparseable"),
        ("Có 39/114 đơn vị đạt từ 80% đến dưới 90% kế hoạch.", "80", "group_definition"),
        ("Có 39/114 đơn vị đạt từ 80% đến dưới 90% kế hoạch.", "90", "group_definition"),
        (
            "Có 58 đơn vị đạt từ 90%, tăng 06 đơn vị đạt từ 90% trở lên so với quý II.",
            "06",
            "descriptive_quantity",
        ),
        ("Đoàn chỉ ra 03 tồn tại: sổ theo dõi chưa cập nhật; thiếu danh sách hộ.", "03", "plan_structure"),
        ("Thành lập Đoàn kiểm tra (04 thành viên) do Phó Chủ tịch làm trưởng đoàn.", "04", "schedule"),
    ],
    ids=[
        "reason", "staff change", "hotel class", "grade band", "attendance", "copies",
        "addressees", "every unit", "reason with about", "change after its comparison",
        "groups of a plan", "the national day", "at least one course", "prizes", "each prize",
        "models reaching a score", "formed from", "area", "an OCR's letter for a digit",
        "a band's floor", "a band's top", "more units reaching it", "a list's size", "a team",
    ],
)  # fmt: skip
def test_reasons_classes_attendance_addressees_and_changes_are_no_facts(sentence, token, reason):
    assert rejections(report(f"II. KẾT QUẢ\n{sentence}\n", year=2028))[token] == reason


def test_a_value_measured_at_a_units_seat_is_that_units():
    text = city_report(
        "Tốc độ Internet cố định trung bình đo tại trụ sở đặc khu Cát Hải đạt 118,7 Mbps."
    )
    assert only(text).ward_code == "11914"


# --- twenty-eighth held-out set ---------------------------------------------------------------


def ministry_announcement(body: str) -> str:
    return (
        "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 301/TB-BKHCN\nHà Nội, ngày 10 tháng 4 năm 2028\n\n"
        f"THÔNG BÁO\nKết quả Chỉ số chuyển đổi số (DTI) năm 2027 của các tỉnh, thành phố\n\n{body}\n"
    )


def test_an_announcement_of_results_and_its_table_of_provinces():
    text = ministry_announcement(
        "| Xếp hạng | Tỉnh, thành phố | Điểm DTI | Chính quyền số |\n|---|---|---|---|\n"
        "| 1 | Đà Nẵng | 801,5 | 330,2 |\n"
        "| 5 | Hải Phòng | 760,3 | 320,9 |\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert (extraction.meta.kind, extraction.meta.reference_year) == ("report", 2027)
    facts = [(f.value, f.unit, f.kind, f.period_end, f.ward_code) for f in extraction.facts]
    assert facts == [
        (1, "rank", "actual", 2027, None),
        (801.5, "points", "actual", 2027, None),
        (330.2, "points", "actual", 2027, None),
        (5, "rank", "actual", 2027, "31"),
        (760.3, "points", "actual", 2027, "31"),
        (320.9, "points", "actual", 2027, "31"),
    ]
    assert all(f.ward_reason for f in extraction.facts[:3])


def test_whose_rank_in_a_national_text_and_the_years_of_asides():
    text = ministry_announcement(
        "Thủ đô Hà Nội xếp thứ 3 với 790,1 điểm. Trụ cột Chính quyền số của Hải Phòng xếp thứ 4 cả"
        " nước với 320,5 điểm; Hải Phòng tăng 2 bậc so với năm 2026 (xếp thứ 7/34).\n"
        "Có 8/34 tỉnh, thành phố đạt từ 720 điểm trở lên (năm 2026 có 4 địa phương); 20/34 địa"
        " phương có điểm tăng.\n"
    )
    facts = [(f.value, f.period_end, f.ward_code) for f in facts_of(text)]
    assert facts == [
        (3, 2027, None),
        (790.1, 2027, None),
        (4, 2027, "31"),
        (320.5, 2027, "31"),
        (7, 2026, "31"),
        (8, 2027, "VN"),
        (4, 2026, "VN"),
        (20, 2027, "VN"),
    ]
    assert rejections(text)["720"] == "group_definition"


def test_a_scales_parts_floors_differences_and_gaps_are_no_facts():
    text = ministry_announcement(
        "Bộ chỉ số có thang điểm tối đa 1.000 điểm: Chính quyền số (400 điểm), Xã hội số (300"
        " điểm).\n"
        "Khoảng cách giữa địa phương cao nhất và thấp nhất là 310,5 điểm, thu hẹp 38,2 điểm so với"
        " năm trước. Đà Nẵng cao hơn Quảng Ninh 12,4 điểm.\n"
        "Các tỉnh rà soát chỉ số thành phần đạt dưới 50% số điểm tối đa; Hải Phòng đạt 74,2% số"
        " điểm tối đa.\n"
    )
    assert [f.value for f in facts_of(text)] == [74.2]
    reasons = rejections(text)
    assert {reasons[t] for t in ("400", "300", "50")} == {"indicator_qualifier"}
    assert {reasons[t] for t in ("310,5", "38,2", "12,4")} == {"descriptive_quantity"}


def test_a_note_cell_dates_and_names_its_own_value_only():
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\nSố: 46/QĐ-UBND\nHòa Bình, ngày 09 tháng 02 năm 2027\n\n"
        "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu chuyển đổi số năm 2027 cho các tổ dân phố\n\n"
        "STT\tTổ dân phố\tTỷ lệ hồ sơ trực tuyến (%)\tGhi chú\n"
        "1\tĐông Hải 1\t90\tNăm 2026: hồ sơ trực tuyến đạt 78,9%\n"
        "2\tĐông Hải 2\t91\tKH quý IV/2027: 93%\n"
    )
    assert [(f.value, f.kind, f.period_end) for f in facts_of(text)] == [
        (90, "target", 2027),
        (78.9, "actual", 2026),
        (91, "target", 2027),
        (93, "target", 2027),
    ]


def test_a_news_posts_subheading_gives_its_year_but_no_role():
    text = (
        "Phường Hòa Bình tổng kết chuyển đổi số\n\nCập nhật lúc 09:15, 20/03/2028\n\n"
        "(Cổng TTĐT phường Hòa Bình) - Phường Hòa Bình vừa tổng kết công tác chuyển đổi số, với"
        " nhiều kết quả nổi bật trên các trụ cột chính quyền số, kinh tế số và xã hội số.\n\n"
        "DTI cấp xã năm 2027: tăng 12 bậc\n\n"
        "Theo kết quả đánh giá, phường đạt 702,4 điểm, xếp thứ 15/114 đơn vị cấp xã của thành phố,"
        " trong nhóm các đơn vị có mức tăng điểm cao nhất.\n\n"
        'Chủ tịch phường: "Chưa hài lòng với hai chỉ tiêu"\n\n'
        "Theo Chủ tịch UBND phường, còn 02 chỉ tiêu chưa hoàn thành là tỷ lệ thanh toán trực tuyến"
        " và tỷ lệ hộ gia đình dùng ứng dụng VNeID, cần tập trung khắc phục ngay trong quý II.\n"
    )
    facts = [(f.value, f.kind, f.period_end) for f in facts_of(text)]
    assert facts == [(702.4, "actual", 2027), (15, "actual", 2027), (2, "actual", 2028)]


# --- twenty-ninth held-out set ----------------------------------------------------------------


def test_a_second_lead_in_a_bracket_and_a_contrast_after_a_target():
    text = report(
        "Tỷ lệ người dân có kỹ năng số cơ bản đạt 74,6% (chỉ tiêu năm 2028: 70%; năm 2027:"
        " 61,3%).\n"
        "Tỷ lệ hồ sơ trực tuyến đạt 95,1% (chỉ tiêu thành phố giao: 93%), trong khi bình quân"
        " chung của thành phố là 91,6%.\n",
        year=2028,
    )
    assert [(f.value, f.kind, f.period_end, f.ward_code) for f in facts_of(text)] == [
        (74.6, "actual", 2028, "11533"),
        (70, "target", 2028, "11533"),
        (61.3, "actual", 2027, "11533"),
        (95.1, "actual", 2028, "11533"),
        (93, "target", 2028, "11533"),
        (91.6, "actual", 2028, "31"),
    ]


def test_a_wrapped_lettered_item_is_no_heading_and_a_forms_target_label_still_sets_targets():
    text = report(
        "2. Một số kết quả nổi bật\n"
        "b) Về kinh tế số: 864 hộ kinh doanh đã sử dụng hóa đơn điện tử,\n"
        "chiếm 71,5% tổng số hộ kinh doanh; Chỉ số chuyển đổi số cấp xã năm 2028\n"
        "của phường đạt 715,2 điểm.\n\n"
        "13. Chỉ tiêu được giao năm 2029 đối với tỷ lệ tại mục 12 (%): 92\n",
        year=2029,
    )
    assert [(f.value, f.kind, f.period_end) for f in facts_of(text)] == [
        (864, "actual", 2029),
        (71.5, "actual", 2029),
        (715.2, "actual", 2028),
        (92, "target", 2029),
    ]


def test_a_city_plan_in_two_columns_with_targets_for_groups_of_communes():
    text = (
        "ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "THÀNH PHỐ HẢI PHÒNG                          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 19/KH-UBND                          Hải Phòng, ngày 16 tháng 01 năm 2028\n\n"
        "KẾ HOẠCH\nChuyển đổi số thành phố năm 2028\n\n"
        "I. KẾT QUẢ NĂM 2027\n"
        "Tỷ lệ hồ sơ trực tuyến của khối phường đạt 94,1%, khối xã đạt 89,6%; toàn TP: 91,4%.\n\n"
        "II. CHỈ TIÊU NĂM 2028\n"
        "- Nhóm 1: 45 phường: tỷ lệ hồ sơ trực tuyến ≥ 95%.\n\n"
        "| STT | Nhóm đơn vị | Hồ sơ trực tuyến TH 2027 (%) | Hồ sơ trực tuyến KH 2028 (%) |\n"
        "|---|---|---|---|\n"
        "| 1 | Nhóm 2 (67 xã) | 89,6 | ≥ 90 |\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert extraction.meta.ward.code == "31"
    facts = [(f.value, f.kind, f.period_end, f.ward_code) for f in extraction.facts]
    assert facts == [
        (94.1, "actual", 2027, None),
        (89.6, "actual", 2027, None),
        (91.4, "actual", 2027, "31"),
        (95, "target", 2028, None),
        (89.6, "actual", 2027, None),
        (90, "target", 2028, None),
    ]
    assert rejections(text)["45"] == "administrative_structure"


def test_a_chat_reports_cut_off_emoji_bullets_and_numbered_headings():
    text = (
        "[16:42, 15/10/2027] Cán bộ phường:\n"
        "📌 UBND phường Hòa Bình báo cáo nhanh kết quả CĐS đến 15/10/2027 như sau:\n"
        "✅ Sóng 5G đã phủ 23/26 TDP, TL 88,5%\n"
        "⚠️ Còn 03 TDP sóng 5G chưa ổn định\n\n"
        "4️⃣ MỤC TIÊU TUẦN TỚI:\n"
        "🎯 Duy trì TL hồ sơ nộp trực tuyến ≥ 94%\n"
    )
    october = date(2027, 10, 15)
    assert [(f.value, f.kind, f.as_of) for f in facts_of(text)] == [
        (23, "actual", october),
        (88.5, "actual", october),
        (3, "actual", october),
        (94, "target", None),
    ]


@pytest.mark.parametrize(
    ("body", "values", "reason"),
    [
        ("Tỷ lệ hồ sơ được số hóa đạt 90÷95%.", [90], ("95", "range_bound")),
        ("Tỷ lệ thanh toán không dùng tiền mặt đạt 60% - 65%.", [60], ("65", "range_bound")),
        ("Ngư trường cách đảo từ 20 đến 40 hải lý.", [], ("20", "descriptive_quantity")),
        ("Duy trì kết nối 24/24 giờ khi hoạt động trên biển.", [], ("24/24", "schedule")),
        ("Giao ban với Trưởng thôn của 18 thôn.", [], ("18", "name_or_address")),
        (
            "Số tài khoản định danh điện tử được kích hoạt bằng 87,3\n% số công dân thuộc diện cấp.",
            [87.3],
            None,
        ),
    ],
    ids=["÷ range", "range of rates", "sea miles", "around the clock", "heads of", "% broken off"],
)
def test_ranges_distances_schedules_addressees_and_a_percent_broken_off(body, values, reason):
    text = plan(f"II. CHỈ TIÊU\n{body}\n", year=2030)
    assert [f.value for f in facts_of(text)] == values
    if reason:
        assert rejections(text)[reason[0]] == reason[1]


def test_the_genres_shorthand_for_dossiers_and_accounts():
    text = report(
        "1. Kết quả\n- Tiếp nhận 5.926 HS, trong đó 5.571 HS nộp trực tuyến.\n"
        "- TK ĐDĐT mức 2 đã kích hoạt: 31.482 TK.\n",
        year=2027,
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (5926, "dossiers"),
        (5571, "dossiers"),
        (31482, "accounts"),
    ]


# --- thirtieth held-out set -------------------------------------------------------------------


def test_a_submissions_budget_and_its_cost_table():
    text = plan(
        "I. KẾT QUẢ NĂM 2027\n"
        "Dự toán giao năm 2027 cho nhiệm vụ chuyển đổi số của phường là 1.380 triệu đồng.\n\n"
        "II. ĐỀ NGHỊ NĂM 2028\n"
        "Đề nghị phân bổ tổng kinh phí 1.755,5 triệu đồng (gấp gần 1,3 lần dự toán năm 2027),"
        " trong đó ngân sách phường 1.523,5 triệu đồng.\n"
        "Dự toán chi tiết như sau:\n"
        "STT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (triệu đồng)\tThành tiền (triệu đồng)\n"
        "1\tMua sắm máy tính\tMáy\t11\t18,5\t203,5\n"
        "2\tCấp chứng thư số cá nhân\tChứng thư\t45\t1,2\t54\n"
        "3\tThuê dịch vụ lưu trữ dữ liệu\tTháng\t12\t13\t156\n",
        kind="TỜ TRÌNH",
        year=2027,
    )
    facts = [(f.value, f.unit, f.kind, f.period_end) for f in facts_of(text)]
    assert facts == [
        (1380, "vnd_million", "target", 2027),
        (1755.5, "vnd_million", "target", 2028),
        (1523.5, "vnd_million", "target", 2028),
        (11, "machines", "target", 2028),
        (203.5, "vnd_million", "target", 2028),
        (45, "chứng thư", "target", 2028),
        (54, "vnd_million", "target", 2028),
        (156, "vnd_million", "target", 2028),
    ]
    assert rejections(text)["18,5"] == "indicator_qualifier"
    assert rejections(text)["12"] == "duration"


def test_causes_and_an_inspection_teams_members_are_no_facts():
    text = report(
        "2. Tài khoản định danh điện tử\n"
        "a) Kết quả: toàn xã có 15.312 tài khoản được kích hoạt.\n"
        "b) Nguyên nhân: khoảng 2.100 người đi làm ăn xa; còn 640 trường hợp sai lệch thông tin.\n\n"
        "III. THÀNH PHẦN ĐOÀN KIỂM TRA\n"
        "- Đoàn số 1: Trưởng đoàn và 04 thành viên là công chức các phòng.\n\n"
        "| Thời gian | Đơn vị được kiểm tra | Thành phần đoàn |\n|---|---|---|\n"
        "| 8 giờ 00, thứ Hai | Tổ dân phố số 1 | Đoàn số 1 (05 thành viên) |\n",
        year=2027,
    )
    assert [f.value for f in facts_of(text)] == [15312]
    reasons = rejections(text)
    assert {reasons[t] for t in ("2.100", "640")} == {"descriptive_quantity"}
    assert {reasons[t] for t in ("04", "05")} == {"schedule"}


# --- thirty-second held-out set ---------------------------------------------------------------


def test_a_regulations_scoring_rules_and_blocks_are_no_facts_but_its_targets_are():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSố: 214/QĐ-UBND\nHải Phòng, ngày 15 tháng 01 năm 2029\n\n"
        "QUY CHẾ\nĐánh giá Chỉ số chuyển đổi số cấp xã năm 2029\n\n"
        "Điều 1. Phạm vi điều chỉnh\nCác đơn vị được xếp hạng riêng theo 03 khối: khối phường"
        " (45 đơn vị), khối xã (67 đơn vị).\n"
        "Điều 2. Mục tiêu\n1. Hồ sơ tự đánh giá được gửi đúng hạn 100% (năm 2028 đạt 92,1%).\n"
        "Điều 4. Cách chấm điểm chỉ số thành phần\n"
        "1. Mỗi chỉ số được chấm: từ 90% trở lên: 10 điểm; từ 70% đến dưới 90%: 7 điểm.\n"
        "Điều 5. Điểm thưởng, điểm trừ\n"
        "1. Điểm thưởng: đơn vị có mô hình được công nhận được cộng 10 điểm, tối đa 30 điểm.\n"
    )
    assert [(f.value, f.kind, f.period_end) for f in facts_of(text)] == [
        (100, "target", 2029),
        (92.1, "actual", 2028),
    ]
    reasons = rejections(text)
    assert reasons["03"] == "plan_structure"
    assert {reasons[t] for t in ("45", "67")} == {"administrative_structure"}
    assert {reasons[t] for t in ("90", "7", "30")} == {"indicator_qualifier"}


# --- thirty-third held-out set ----------------------------------------------------------------


def test_a_target_lists_past_year_in_brackets_and_a_lettered_item_closing_on_a_semicolon():
    text = plan(
        "III. CHỈ TIÊU NĂM 2031\n"
        "Năm 2031, phường phấn đấu thực hiện các chỉ tiêu sau:\n"
        "a) Tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt 97,8% (năm 2030: 97,4%);\n"
        "b) Số hóa 3.500 hồ sơ hộ tịch hình thành từ năm 2000 đến năm 2015;\n",
        year=2031,
    )
    assert [(f.value, f.kind, f.period_start, f.period_end) for f in facts_of(text)] == [
        (97.8, "target", 2031, 2031),
        (97.4, "actual", 2030, 2030),
        (3500, "target", 2031, 2031),
    ]


# --- thirty-fourth held-out set ----------------------------------------------------------------


def test_minutes_give_each_speakers_figures_to_the_unit_the_speaker_heads():
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 18/BB-UBND\n"
        "Hải Phòng, ngày 04 tháng 6 năm 2027\n\nBIÊN BẢN\nGiao ban chuyển đổi số tháng 5/2027\n\n"
        "Địa điểm: Phòng họp số 2, kết nối trực tuyến đến 114 điểm cầu cấp xã.\n\n"
        "I. BÁO CÁO CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ\n"
        "Tỷ lệ hồ sơ nộp trực tuyến toàn thành phố đạt 88,2%.\n\n"
        "II. Ý KIẾN CÁC ĐỊA PHƯƠNG\n"
        "1. Đồng chí Lưu Văn Khải, Chủ tịch UBND xã Kiến Thụy:\n"
        "Tháng 5/2027, xã tiếp nhận 1.204 hồ sơ, tỷ lệ trực tuyến đạt 86,5%.\n"
        "Nguyên nhân tỷ lệ thanh toán trực tuyến còn thấp: khoảng 900 lao động đi làm xa.\n"
        "2. Đại diện Ủy ban nhân dân phường Đồ Sơn phát biểu:\n"
        "Phường đã lắp đặt 64 camera giám sát tại các tuyến phố ven biển.\n\n"
        "III. KẾT LUẬN\nToàn thành phố phấn đấu tỷ lệ hồ sơ trực tuyến đạt 92% trong tháng 6/2027.\n"
    )
    assert [(f.value, f.ward_code) for f in facts_of(text)] == [
        (88.2, "31"),
        (1204, "11680"),
        (86.5, "11680"),
        (64, "11455"),
        (92, "31"),
    ]
    reasons = rejections(text)
    assert reasons["114"] == "schedule"
    assert reasons["900"] == "descriptive_quantity"


def test_a_row_opening_on_a_pipe_under_a_header_without_outer_pipes_has_an_empty_first_cell():
    text = report(
        "Bảng 2. Số hóa hồ sơ đến ngày 20/11/2026:\n"
        "STT | Đơn vị | Tỷ lệ số hóa (%) | Thanh toán trực tuyến (%)\n"
        "1 | Xã An Hưng | 61,3 | 38,9\n"
        " | Bình quân toàn thành phố | 79,6 | 55,1\n",
        year=2026,
    )
    assert [(f.value, f.ward_code, f.unit) for f in facts_of(text)] == [
        (61.3, "11674", "percent"),
        (38.9, "11674", "percent"),
        (79.6, "31", "percent"),
        (55.1, "31", "percent"),
    ]


def test_a_plans_figure_after_a_colon_revenue_collected_children_and_rows_on_a_screen():
    facts = facts_of(
        report(
            "Năm 2026, 982 hộ bán hàng qua sàn thương mại điện tử (kế hoạch: 900 hộ).\n"
            "Các điểm du lịch đã bán vé điện tử, thu 3,2 tỷ đồng.\n"
            "Trường Mầm non Hoa Sen còn 14 trẻ nộp học phí bằng tiền mặt.\n"
            "Hiển thị 5 dòng | Sắp xếp: Tiếp nhận (giảm dần)\n",
            year=2026,
        )
    )
    assert [(f.value, f.unit, f.kind) for f in facts] == [
        (982, "households", "actual"),
        (900, "households", "target"),
        (3.2, "vnd_billion", "actual"),
        (14, "persons", "actual"),
    ]


def test_a_share_of_plan_column_holds_results_and_a_header_may_state_its_cut_off():
    text = report(
        "3. Tổng hợp các chỉ tiêu chủ yếu\n"
        "STT | Chỉ tiêu | ĐVT | KH 2026 | TH đến 31/10/2026 | ƯTH cả năm 2026 | % ƯTH so KH\n"
        "1 | Tài khoản định danh điện tử được kích hoạt | Tài khoản | 15.000 | 14.120 | 15.300 "
        "| 102,0\n",
        year=2026,
    )
    assert [(f.value, f.kind, f.as_of) for f in facts_of(text)] == [
        (15000, "target", None),
        (14120, "actual", date(2026, 10, 31)),
        (15300, "actual", None),
        (102.0, "actual", None),
    ]


def test_a_numbered_item_wrapped_before_its_value_keeps_its_cut_off():
    fact = only(
        report(
            "II. TỒN TẠI, HẠN CHẾ\n"
            "1. Tỷ lệ hộ kinh doanh dùng hóa đơn điện tử trên địa bàn đến ngày 15/11/2026 mới đạt\n"
            "57,4%.\n",
            year=2026,
        )
    )
    assert (fact.value, fact.kind, fact.as_of) == (57.4, "actual", date(2026, 11, 15))


@pytest.mark.parametrize(
    ("sentence", "token", "reason"),
    [
        ("Có 101/114 đơn vị đạt từ 85% trở lên; còn 07 xã dưới 70%.", "70", "group_definition"),
        (
            "Các địa phương có tỷ lệ kích hoạt tài khoản dưới 80% tổ chức đợt cao điểm.",
            "80",
            "group_definition",
        ),
        (
            "Tính đến ngày 30/9/2026, 06 đơn vị có tỷ lệ hồ sơ trực tuyến thấp nhất gồm:",
            "06",
            "group_definition",
        ),
        ("Riêng 03 đơn vị nêu tại Bảng 2 còn tồn 2.716 hồ sơ.", "03", "group_definition"),
        ("Riêng 03 đơn vị nêu tại Bảng 2 còn tồn 2.716 hồ sơ.", "2", "ordinal"),
        ("Có 65 hộ có doanh thu trực tuyến trên 300 triệu đồng/năm.", "300", "group_definition"),
        ("9/12 sản phẩm đã có gian hàng trên ít nhất 02 sàn.", "02", "group_definition"),
        ("Tổ công tác của Sở (04 thành viên) làm việc tại xã.", "04", "schedule"),
    ],
)
def test_thresholds_selections_and_references_of_a_group_are_no_facts(sentence, token, reason):
    assert rejections(report(sentence, year=2026))[token] == reason


def test_a_dashboards_arrows_signed_differences_and_axis_ticks_are_no_facts():
    text = report(
        "[Thẻ] Hồ sơ tiếp nhận\n3.208 hồ sơ\n▲ 311 hồ sơ so với cùng kỳ\n\n"
        "[Thẻ] Tỷ lệ hồ sơ xử lý trực tuyến\n91,2%\nMục tiêu: 95% (-3,8%)\n\n"
        "Xếp hạng: 21/114 ▼ 4 bậc\n\n"
        "Trục Y (Số hồ sơ): 0, 250, 500, 750\n",
        year=2026,
    )
    assert [(f.value, f.unit, f.kind) for f in facts_of(text)] == [
        (3208, "dossiers", "actual"),
        (91.2, "percent", "actual"),
        (95, "percent", "target"),
        (21, "rank", "actual"),
    ]
    reasons = rejections(text)
    assert {reasons[t] for t in ("311", "3,8", "4")} == {"descriptive_quantity"}
    assert reasons["250"] == "indicator_qualifier"


@pytest.mark.parametrize(
    "comparison",
    ["cao hơn mục tiêu 2,1 điểm phần trăm", "vượt kế hoạch đề ra", "vượt chỉ tiêu thành phố giao"],
)
def test_a_result_compared_with_its_target_stays_a_result(comparison):
    fact = only(report(f"Tỷ lệ hồ sơ xử lý trực tuyến của phường đạt 93,1%, {comparison}."))
    assert (fact.value, fact.kind) == (93.1, "actual")


def test_an_official_letter_urging_work_is_read_as_a_plan():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nVĂN PHÒNG\nSố: 2210/VP-KSTT\n"
        "V/v đôn đốc hoàn thành số hóa hồ sơ năm 2026\n"
        "Hải Phòng, ngày 12 tháng 10 năm 2026\n\n"
        "Kính gửi: Ủy ban nhân dân các xã, phường, đặc khu.\n\n"
        "Đề nghị các đơn vị số hóa 100% kết quả giải quyết thủ tục hành chính.\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.meta.kind == "plan"
    assert [(f.value, f.kind) for f in extraction.facts] == [(100, "target")]


# --- thirty-fifth held-out set -----------------------------------------------------------------


def test_a_merged_header_gives_its_kind_to_the_measures_under_it():
    text = report(
        "Bảng 1. Kết quả quý I/2029 (số liệu tính đến ngày 31/3/2029):\n"
        "STT\tChỉ tiêu\tĐVT\tKế hoạch năm 2029\t\tThực hiện quý I/2029\t\n"
        "\t\t\tSố lượng\tTỷ lệ (%)\tSố lượng\tTỷ lệ (%)\n"
        "1\tHồ sơ trực tuyến\tHồ sơ\t8.200\t94\t2.015\t95,1\n"
        "2\tHộ kinh doanh dùng hóa đơn điện tử\tHộ\t900\t-\t612\t-\n",
        year=2029,
    )
    assert [(f.value, f.unit, f.kind, f.as_of) for f in facts_of(text)] == [
        (8200, "dossiers", "target", None),
        (94, "percent", "target", None),
        (2015, "dossiers", "actual", date(2029, 3, 31)),
        (95.1, "percent", "actual", date(2029, 3, 31)),
        (900, "businesses", "target", None),
        (612, "businesses", "actual", date(2029, 3, 31)),
    ]


def test_a_column_of_targets_named_with_its_unit_is_no_indicator_column():
    text = report(
        "Bảng 2. Kết quả theo tổ dân phố (lũy kế đến ngày 14/11/2027):\n"
        "| STT | Tổ dân phố | Lũy kế kích hoạt (tài khoản) | Chỉ tiêu Chiến dịch (tài khoản) |\n"
        "|---|---|---|---|\n"
        "| 1 | TDP Đông Hải 4 | 131 | 210 |\n"
        "| | Toàn phường (18 TDP) | 2.904 | 3.600 |\n",
        year=2027,
    )
    assert [(f.value, f.kind, f.as_of) for f in facts_of(text)] == [
        (131, "actual", date(2027, 11, 14)),
        (210, "target", None),
        (2904, "actual", date(2027, 11, 14)),
        (3600, "target", None),
    ]


def test_a_decisions_appendix_of_scores_by_pillar_and_its_group_averages():
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 301/QĐ-UBND\n"
        "Hải Phòng, ngày 10 tháng 3 năm 2030\n\nQUYẾT ĐỊNH\n"
        "Công bố Chỉ số chuyển đổi số cấp xã năm 2029\n\n"
        "Căn cứ kết quả phiên họp của Hội đồng thẩm định (09 thành viên);\n\n"
        "Điều 1. Kết quả đạt được năm 2029 như sau:\n"
        "a) Năm 2029, điểm bình quân cấp xã đạt 701,2 điểm (năm 2028: 687,4 điểm); khối phường "
        "bình quân 770,5 điểm.\n"
        "b) Có 41/114 đơn vị đạt từ 700 điểm trở lên.\n\n"
        "Điều 2. Đơn vị tụt từ 10 bậc trở lên phải giải trình; mức thưởng kèm theo mỗi đơn vị "
        "15.000.000 đồng.\n\n"
        "PHỤ LỤC\nKẾT QUẢ CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2029\n"
        "Trích 12 đơn vị; thứ hạng xét trên 114 đơn vị.\n"
        "| STT | Đơn vị | Chính quyền số (tối đa 400 điểm) | Tổng điểm (tối đa 1.000 điểm) |\n"
        "|---|---|---|---|\n"
        "| 1 | Phường Lê Chân | 365,10 | 884,02 |\n"
        "| | Bình quân khối phường (45 đơn vị) | 320,44 | 770,50 |\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.kind, f.period_end, f.ward_code) for f in facts] == [
        (701.2, "points", "actual", 2029, "31"),
        (687.4, "points", "actual", 2028, "31"),
        (770.5, "points", "actual", 2029, None),
        (41, "ratio", "actual", 2029, "31"),
        (365.10, "points", "actual", 2029, "11383"),
        (884.02, "points", "actual", 2029, "11383"),
        (320.44, "points", "actual", 2029, None),
        (770.50, "points", "actual", 2029, None),
    ]
    reasons = rejections(text)
    assert reasons["09"] == "schedule"
    assert reasons["10"] == "descriptive_quantity"
    assert reasons["15.000.000"] == "plan_structure"
    assert {reasons[t] for t in ("12", "400", "1.000")} <= {
        "group_definition",
        "indicator_qualifier",
    }


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "comparator", "kind"),
    [
        (
            "Thời gian giải quyết thủ tục đăng ký khai sinh tối đa 2 ngày làm việc.",
            2,
            "ngày",
            "le",
            "target",
        ),
        ("Không để phát sinh quá 03 phản ánh về thái độ phục vụ.", 3, "complaints", "le", "target"),
        ("Số liệu đã báo cáo 28.410 tài khoản, nay điều chỉnh.", 28410, "accounts", "eq", "actual"),
    ],
)
def test_a_processing_time_a_cap_and_a_figure_reported_earlier(
    sentence, value, unit, comparator, kind
):
    fact = only(plan(sentence, year=2029) if kind == "target" else report(sentence, year=2027))
    assert (fact.value, fact.unit, fact.comparator, fact.kind) == (value, unit, comparator, kind)


def test_a_sentences_households_are_those_it_last_named():
    facts = facts_of(
        report(
            "Có 486 hộ kinh doanh dùng mã QR, đạt 81% chỉ tiêu (chỉ tiêu: 600 hộ); 1.020 hộ gia "
            "đình được hướng dẫn (kế hoạch: 1.000 hộ).",
            year=2027,
        )
    )
    assert [(f.value, f.unit) for f in facts] == [
        (486, "businesses"),
        (81, "percent"),
        (600, "businesses"),
        (1020, "households"),
        (1000, "households"),
    ]


def test_a_results_publication_month_and_the_days_a_campaign_has_run_are_no_periods_or_facts():
    text = report(
        "Theo kết quả Chỉ số chuyển đổi số năm 2026 do thành phố công bố tháng 4/2027, phường "
        "đạt 688,1 điểm. Chiến dịch đã qua 40/60 ngày.",
        year=2027,
    )
    fact = only(text)
    assert (fact.value, fact.period_end) == (688.1, 2026)
    assert rejections(text)["40/60"] == "duration"


# --- thirty-sixth held-out set -----------------------------------------------------------------


def test_a_guidelines_formulas_worked_examples_and_scoring_are_no_facts_but_its_targets_are():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 52/HD-SKHCN\n"
        "Hải Phòng, ngày 20 tháng 01 năm 2029\n\nHƯỚNG DẪN\nCách tính các chỉ tiêu chuyển đổi số "
        "năm 2029\n\n"
        "1. Tỷ lệ hồ sơ được xử lý trực tuyến\n"
        "- Công thức: Tỷ lệ = (A / B) × 100%.\n"
        "- Ví dụ: xã A tiếp nhận 900 hồ sơ, trong đó 810 hồ sơ trực tuyến thì tỷ lệ là 90,0%.\n"
        "- Chấm điểm: từ 95% trở lên được 40 điểm; dưới 95% được 20 điểm.\n"
        "2. Chỉ tiêu chung của thành phố năm 2029 về tỷ lệ hồ sơ xử lý trực tuyến là 96%.\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.meta.kind == "plan"
    assert [(f.value, f.kind, f.ward_code) for f in extraction.facts] == [(96, "target", "31")]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert {reasons[t] for t in ("900", "810", "90,0", "95", "40")} == {"indicator_qualifier"}


def test_a_measurement_tables_speeds_latency_and_signal_strength():
    text = report(
        "Bảng 2. Kết quả đo Internet di động:\n"
        "| STT | Vị trí đo | Tải xuống (Mbps) | Độ trễ (ms) | RSRP (dBm) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Trụ sở UBND phường | 356,2 | 21 | -88 |\n\n"
        "Chỉ tiêu năm 2028 thành phố giao cho phường như sau:\n"
        "- Tốc độ tải xuống Internet cố định tại trụ sở Ủy ban nhân dân phường: từ 300 Mbps trở lên;\n",
        year=2028,
    )
    assert [(f.value, f.unit, f.kind, f.comparator) for f in facts_of(text)] == [
        (356.2, "mbps", "actual", "eq"),
        (21, "ms", "actual", "eq"),
        (-88, "dbm", "actual", "eq"),
        (300, "mbps", "target", "ge"),
    ]


def test_numbers_naming_a_tables_columns_are_no_facts():
    text = report(
        "Bảng 1. Kết quả theo tổ dân phố năm 2027:\n"
        "STT\tChỉ tiêu\tĐVT\tTDP 1\tTDP 2\tToàn phường\n"
        "1\tHộ gia đình dùng cáp quang\tHộ\t412\t388\t800\n",
        year=2027,
    )
    assert [f.value for f in facts_of(text)] == [412, 388, 800]
    assert rejections(text)["1"] in {"indicator_qualifier", "outline_number"}


def test_a_social_posts_counters_and_a_lead_in_closed_by_emoji():
    text = (
        "Trang thông tin điện tử phường Hưng Đạo\n\n"
        "Tính đến hết ngày 30/9/2028, phường Hưng Đạo đạt được kết quả như sau: 👇\n"
        "✅ 1.210 hồ sơ nộp trực tuyến, đạt 94,2% 🎉\n\n"
        "👍 1,2K   💬 86 bình luận   ↗️ 45 lượt chia sẻ\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.as_of) for f in facts] == [
        (1210, date(2028, 9, 30)),
        (94.2, date(2028, 9, 30)),
    ]
    assert {rejections(text)[t] for t in ("86", "45")} == {"page_counter"}


@pytest.mark.parametrize(
    ("sentence", "token", "reason"),
    [
        ("Phường tổng hợp kết quả của 08 tổ dân phố như sau:", "08", "group_definition"),
        ("Thành phố giao chỉ tiêu riêng cho 06 xã này.", "06", "group_definition"),
        ("Mỗi kỳ đo vào khoảng 9 giờ sáng.", "9", "clock_time"),
        ("Đo trong khung giờ cao điểm 19 giờ - 21 giờ.", "19", "clock_time"),
    ],
)
def test_whose_results_which_units_and_times_of_day(sentence, token, reason):
    assert rejections(report(sentence, year=2028))[token] == reason


# --- thirty-seventh held-out set ---------------------------------------------------------------


def test_a_document_whose_year_cannot_be_read_still_gives_its_facts():
    # an English summary dates itself "14 January 2029": no year is read, and no period given
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG LÊ CHÂN\nNo.: 11/BC-UBND\nLê Chân, 14 January 2029\n\n"
        "BÁO CÁO\nKết quả chuyển đổi số\n\nTỷ lệ hồ sơ trực tuyến đạt 80%.\n"
    )
    fact = only(text)
    assert (fact.value, fact.ward_code, fact.period_end) == (80, "11383", None)


def test_a_tenders_goods_table_plans_purchases_and_its_terms_are_no_facts():
    text = report(
        "THÔNG BÁO MỜI THẦU\n\n"
        "| Gói thầu | Tên gói thầu | Dự toán gói thầu được duyệt (đồng) | Bảo đảm dự thầu (đồng) |\n"
        "|---|---|---|---|\n"
        "| Số 01 | Mua sắm camera | 520.000.000 | 7.800.000 |\n\n"
        "Phạm vi cung cấp của gói thầu:\n"
        "| STT | Hàng hóa, dịch vụ | ĐVT | Số lượng dự kiến | Đơn giá dự toán (đồng) "
        "| Thành tiền dự toán (đồng) |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Camera IP thân trụ 4 MP, hồng ngoại 50 m | Chiếc | 20 | 7.000.000 | 140.000.000 |\n"
        "| 2 | Bản quyền phần mềm diệt virus | Bản quyền | 40 | 500.000 | 20.000.000 |\n",
        year=2029,
    )
    assert [(f.value, f.unit, f.kind) for f in facts_of(text)] == [
        (520_000_000, "vnd", "target"),
        (20, "cameras", "target"),  # "Chiếc", a classifier: the item names what is counted
        (140_000_000, "vnd", "target"),
        (40, "bản quyền", "target"),
        (20_000_000, "vnd", "target"),
    ]
    reasons = rejections(text)
    assert {reasons[t] for t in ("7.800.000", "7.000.000", "500.000")} == {"indicator_qualifier"}
    assert reasons["50"] == "indicator_qualifier"


def test_an_emulations_prizes_and_the_genres_shorthand_for_feedback():
    text = report(
        "Điều 2. Tặng tiền thưởng: Giải Nhất (01 giải): 5.000.000 đồng; Giải Nhì (01 giải): "
        "3.000.000 đồng.\n"
        "STT | Tổ dân phố | Tổng điểm | Xếp hạng | Tiền thưởng (đồng)\n"
        "1 | Tổ dân phố 4 | 91,5 | 1 | 5.000.000\n\n"
        "Trong quý, phường tiếp nhận 312 PAKN, giải quyết đúng hạn 298 PAKN.\n",
        year=2028,
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (91.5, "points"),
        (1, "rank"),
        (312, "complaints"),
        (298, "complaints"),
    ]
    assert {r for t, r in rejections(text).items() if t in ("5.000.000", "3.000.000")} == {
        "plan_structure"
    }


def test_a_second_pipe_table_after_a_blank_line_reads_its_own_header():
    text = report(
        "| Gói thầu | Tên gói thầu | Dự toán gói thầu được duyệt (đồng) |\n"
        "|---|---|---|\n"
        "| Số 01 | Mua sắm camera | 520.000.000 |\n\n"
        "| STT | Hàng hóa, dịch vụ | ĐVT | Số lượng dự kiến |\n"
        "|---|---|---|---|\n"
        "| 1 | Máy tính để bàn (RAM 16 GB) | Bộ | 12 |\n",
        year=2029,
    )
    assert [(f.value, f.unit, f.kind) for f in facts_of(text)] == [
        (520_000_000, "vnd", "target"),
        (12, "machines", "target"),
    ]


def test_a_nested_list_of_targets_under_a_lead_in_stating_a_cut_off():
    text = report(
        "Tính đến hết ngày 31/10/2028, phường đạt được kết quả như sau: 👇\n"
        "✅ 1.362 hồ sơ nộp trực tuyến, đạt 95,5%\n"
        "🎯 Tháng 11/2028, phường phấn đấu:\n"
        "➢ Tỷ lệ hồ sơ nộp trực tuyến từ 96% trở lên;\n",
        year=2028,
    )
    assert [(f.value, f.kind, f.as_of) for f in facts_of(text)] == [
        (1362, "actual", date(2028, 10, 31)),
        (95.5, "actual", date(2028, 10, 31)),
        (96, "target", None),
    ]


def test_a_lead_in_naming_targets_not_met_sets_no_targets():
    fact = only(
        report(
            "Ban đề nghị UBND phường làm rõ các chỉ tiêu không đạt, cụ thể:\n"
            "(1) Số camera kết nối Trung tâm giám sát: 12 camera.\n",
            year=2027,
        )
    )
    assert (fact.value, fact.kind) == (12, "actual")


def test_a_city_portals_news_about_one_commune_gives_it_the_values_no_clause_attributes():
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG\n"
        "Trang chủ > Tin tức - Sự kiện > Tin từ cơ sở\n\n"
        "Phường Hòa Bình: 9 tháng năm 2029, hơn 94% hồ sơ được nộp trực tuyến\n\n"
        "Ngày đăng: 06/10/2029 | Lượt xem: 870\n\n"
        "Theo UBND phường Hòa Bình, 9 tháng đầu năm 2029 phường tiếp nhận 5.210 hồ sơ; tỷ lệ hồ sơ "
        "giải quyết đúng hạn đạt 99,1%. Tại các chợ, 412 hộ kinh doanh đã dùng mã QR. Bình quân "
        "toàn thành phố, tỷ lệ hồ sơ nộp trực tuyến là 90,4%.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert extraction.meta.ward.code == "31"  # the portal issued it
    assert extraction.meta.title.startswith("Phường Hòa Bình: 9 tháng năm 2029")
    assert [(f.value, f.ward_code) for f in extraction.facts] == [
        (94, "11533"),
        (5210, "11533"),
        (99.1, "11533"),
        (412, "11533"),
        (90.4, "31"),
    ]


def test_a_news_title_is_its_headline_not_the_portals_breadcrumb():
    capitals = (
        "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG\n"
        "Trang chủ » Tin tức » Chuyển đổi số\nCập nhật lúc 09:10, 12/01/2028\n\n"
        "KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2027: 40 XÃ, PHƯỜNG VỀ ĐÍCH SỚM\n\n"
        "Năm 2027, toàn thành phố có 40 xã, phường đạt tỷ lệ hồ sơ trực tuyến từ 95% trở lên.\n"
    )
    assert extract_text(capitals, "sample.txt").meta.title == (
        "KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2027: 40 XÃ, PHƯỜNG VỀ ĐÍCH SỚM"
    )


@pytest.mark.parametrize(
    ("row", "unit"),
    [
        ("| 1 | Sản phẩm OCOP được đưa lên sàn thương mại điện tử | Sản phẩm | 8 |", "sản phẩm"),
        ("| 1 | Tàu cá lắp thiết bị giám sát hành trình | Tàu | 8 |", "tàu"),
        ("| 1 | Camera an ninh lắp mới | Chiếc | 8 |", "cameras"),
    ],
)
def test_a_unit_cell_outside_the_vocabulary_names_the_unit(row, unit):
    text = plan(f"| STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2026 |\n|---|---|---|---|\n{row}\n")
    assert only(text).unit == unit


def test_a_unit_in_brackets_closing_the_indicator_cell():
    text = report(
        "| Chỉ tiêu | Kế hoạch | Thực hiện |\n|---|---|---|\n"
        "| Sản phẩm có tem truy xuất nguồn gốc điện tử (sản phẩm) | 15 | 11 |\n"
        "| Chỉ số chuyển đổi số (DTI) | 600 | 587,2 |\n"
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (15, "sản phẩm"),
        (11, "sản phẩm"),
        (600, "count"),
        (587.2, "count"),
    ]


def test_how_many_times_something_happened_is_no_value_a_frequency_is():
    text = report(
        "- Gói thầu phần mềm phải điều chỉnh dự toán 03 lần nên chậm triển khai.\n"
        "- Tại mỗi điểm, tổ kỹ thuật đo tốc độ 5 lần liên tiếp.\n"
        "- Ban Chỉ đạo họp giao ban 02 lần/tháng, kiểm tra an toàn thông tin 02 lần/năm.\n"
    )
    reasons = rejections(text)
    assert (reasons["03"], reasons["5"]) == ("descriptive_quantity", "descriptive_quantity")
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (2, "times_per_month"),
        (2, "times_per_year"),
    ]


def test_a_sentence_naming_its_causes_with_la_counts_reasons():
    text = report(
        "Tỷ lệ người dân có kỹ năng số cơ bản đạt 64,2%. Nguyên nhân chủ yếu là khoảng 2.300 lao "
        "động trẻ đi làm ở các khu công nghiệp.\n"
    )
    assert only(text).value == 64.2
    assert rejections(text)["2.300"] == "descriptive_quantity"


def test_a_score_of_an_index_named_for_businesses_is_no_class_of_businesses():
    fact = only(
        plan(
            "II. NHIỆM VỤ\nPhấn đấu Chỉ số hài lòng của người dân, doanh nghiệp năm 2026 đạt từ 90 "
            "điểm trở lên.\n"
        )
    )
    assert (fact.value, fact.unit, fact.comparator) == (90, "points", "ge")


def test_a_relative_clauses_da_and_a_closed_aside_set_no_kind():
    tasks = report(
        "II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2025\n"
        "1. Nâng tỷ lệ thanh toán trực tuyến lên 70%; tỷ lệ dữ liệu đã số hóa được khai thác đạt "
        "từ 45% trở lên.\n"
    )
    assert [(f.value, f.kind) for f in facts_of(tasks)] == [(70, "target"), (45, "target")]
    funding = plan(
        "IV. KINH PHÍ\nKinh phí năm 2026 dự kiến 1,8 tỷ đồng, gồm ngân sách phường 1,2 tỷ đồng "
        "(đã được bố trí tại Nghị quyết của Hội đồng nhân dân phường) và nguồn xã hội hóa khoảng "
        "600 triệu đồng.\n"
    )
    assert [(f.value, f.kind) for f in facts_of(funding)] == [
        (1.8, "target"),
        (1.2, "target"),
        (600, "target"),
    ]


def test_one_of_the_units_with_the_highest_index_is_a_rank():
    fact = only(
        plan(
            "Phấn đấu đến năm 2030, phường là một trong 15 đơn vị có Chỉ số chuyển đổi số cấp xã "
            "cao nhất thành phố.\n"
        )
    )
    assert (fact.unit, fact.comparator, fact.value) == ("rank", "le", 15)


def test_a_period_after_a_count_binds_past_the_adverb_con():
    fact = only(
        plan(
            "Lắp đặt mới 04 trạm BTS tại các tổ dân phố còn lõm sóng trong hai năm 2026 - 2027.\n",
            year=2026,
        )
    )
    assert (fact.period_start, fact.period_end) == (2026, 2027)


def test_quyet_tam_states_a_target():
    fact = only(report("Xã quyết tâm đưa tỷ lệ hồ sơ trực tuyến lên 95%.\n", year=2028))
    assert fact.kind == "target"


def test_a_social_posts_reader_comments_are_personal_and_its_replies_are_the_pages():
    from ingest.load import stored_text

    text = (
        "Phường Hòa Bình - Hải Phòng\nTrang thông tin chính thức của UBND phường Hòa Bình\n"
        "5 tháng 7, 2029 lúc 08:10 · 🌏\n\n"
        "📌 Tính đến hết ngày 30/6/2029, phường tiếp nhận 2.140 hồ sơ, trong đó 96,2% nộp "
        "trực tuyến ✅\n\n"
        "Thích    Bình luận    Chia sẻ\n\n"
        "Vũ Thị Ngọc Lan\n"
        "Mẹ em 71 tuổi đi lại 3 lần mới xong, giờ làm trên điện thoại có 10 phút 👍\n"
        "2 ngày   Thích   Phản hồi   ❤️ 12\n\n"
        "    Phường Hòa Bình - Hải Phòng · Tác giả\n"
        "    Dạ, trong quý II tổ công nghệ số cộng đồng đã hỗ trợ 215 người cao tuổi ạ 🙏\n"
        "    20 giờ   Thích   Phản hồi   👍 4\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert extraction.meta.issued_on == date(2029, 7, 5)
    assert [f.value for f in extraction.facts] == [2140, 96.2, 215]
    reasons = {(r.line, r.reason) for r in extraction.rejected if r.line >= 9}
    assert reasons == {
        (10, "citizen_comment"),
        (11, "citizen_comment"),
        (15, "date"),
        (15, "no_unit"),
    }
    stored = stored_text(text, extraction)
    assert "Vũ Thị Ngọc Lan" not in stored and "71 tuổi" not in stored
    assert "215 người cao tuổi" in stored


def test_a_tables_caption_cut_off_stops_at_the_next_heading_of_a_one_cell_per_line_table():
    text = report(
        "Bảng 1. Kết quả năm 2025 (số liệu tính đến ngày 30/11/2025):\n"
        "STT\nChỉ tiêu\nĐơn vị tính\nKế hoạch\nThực hiện\n"
        "1\nTàu cá lắp thiết bị giám sát hành trình\nTàu\n480\n466\n"
        "2\nLượt truy cập ứng dụng du lịch thông minh\nLượt\n150.000\n171.200\n"
        "3\nĐiểm du lịch được gắn mã QR thuyết minh\nĐiểm\n40\n46\n\n"
        "II. TỒN TẠI, HẠN CHẾ\n"
        "- Tỷ lệ tàu cá duy trì kết nối trên biển mới đạt 92,4%, do nhiều tàu ra ngoài vùng phủ "
        "sóng trong thời gian dài.\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.as_of) for f in facts] == [
        (480, "tàu", None),
        (466, "tàu", date(2025, 11, 30)),
        (150_000, "visits", None),
        (171_200, "visits", date(2025, 11, 30)),
        (40, "centres", None),
        (46, "centres", date(2025, 11, 30)),
        (92.4, "percent", None),
    ]


def test_last_years_value_in_brackets_is_the_same_measure_and_indicator():
    facts = facts_of(
        report(
            "Tốc độ tải xuống Internet cố định tại trụ sở phường đạt trung bình 286,4 Mbps (năm "
            "2024: 151,2 Mbps).\n"
        )
    )
    assert [(f.value, f.unit, f.period_end) for f in facts] == [
        (286.4, "mbps", 2025),
        (151.2, "mbps", 2024),
    ]
    assert facts[1].indicator_text == facts[0].indicator_text


def test_comparisons_between_named_communes_in_a_city_report():
    text = city_report(
        "Phường Hồng Bàng lùi xuống thứ 2 với 864,05 điểm.\n"
        "Xã Nam Thanh Miện có tỷ lệ hồ sơ trực tuyến thấp nhất khối xã, chỉ đạt 66,9%.\n"
        "Ở nhóm cuối, đặc khu Bạch Long Vĩ xếp thứ 114/114; tỷ lệ hồ sơ trực tuyến mới đạt 58,3%.\n"
        "Xã Vĩnh Hải và xã Hồng Châu có điểm DTI lần lượt là 498,07 điểm và 512,36 điểm.\n"
        "Đề nghị giao chỉ tiêu năm 2029 cho các xã, phường, đặc khu như sau:\n"
        "- Điểm DTI bình quân cấp xã không thấp hơn 740 điểm.\n"
        "Chỉ tiêu riêng năm 2029 đề nghị giao cho 05 đơn vị xếp cuối như sau.\n",
        year=2029,
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.ward_code) for f in facts][:7] == [
        (2, "rank", "11311"),
        (864.05, "points", "11311"),
        (66.9, "percent", "11284"),
        (114, "rank", "11948"),
        (58.3, "percent", "11948"),
        (498.07, "points", "11875"),
        (512.36, "points", "11218"),
    ]
    assert (facts[7].value, facts[7].comparator, facts[7].kind) == (740, "ge", "target")
    assert rejections(text)["05"] == "group_definition"


def test_what_a_reason_counts_and_how_often_something_failed_are_no_values():
    text = report(
        "- Tiến độ số hóa hồ sơ hộ tịch còn chậm do phường chỉ có 01 máy quét chuyên dụng.\n"
        "- Tuyến cáp quang biển bị đứt 02 lần trong mùa mưa bão.\n"
        "- Ban Chỉ đạo kiểm tra 02 lần trong năm.\n"
    )
    reasons = rejections(text)
    assert (reasons["01"], reasons["02"]) == ("descriptive_quantity", "descriptive_quantity")
    assert [(f.value, f.unit) for f in facts_of(text)] == [(2, "times_per_year")]


def test_a_frequency_is_read_however_its_period_is_said():
    text = plan(
        "- Ban Chỉ đạo kiểm tra việc sử dụng hệ thống ít nhất 01 lần mỗi quý.\n"
        "- Tổ công nghệ số cộng đồng họp 2 lần trong một tháng, diễn tập ứng cứu sự cố 02 lần "
        "trong năm.\n"
    )
    assert [(f.value, f.unit, f.comparator) for f in facts_of(text)] == [
        (1, "times_per_quarter", "ge"),
        (2, "times_per_month", "eq"),
        (2, "times_per_year", "eq"),
    ]


def test_a_list_lead_in_that_closes_on_its_period_dates_its_items():
    text = plan(
        "II. MỤC TIÊU\n"
        "Các chỉ tiêu hằng năm được giao tại Phụ lục; trong đó một số chỉ tiêu chủ yếu đến năm "
        "2030:\n"
        "- Tỷ lệ người dân có tài khoản định danh điện tử mức 2 đạt từ 92% trở lên;\n"
        "- Tốc độ tải xuống trung bình tại trụ sở phường từ 300 Mbps trở lên;\n"
        "- Tốc độ truy cập Internet cố định trung bình tại trụ sở nhà văn hóa tổ dân phố tối "
        "thiểu 120 Mbps.\n",
        year=2026,
    )
    assert [
        (f.value, f.unit, f.comparator, f.period_start, f.period_end) for f in facts_of(text)
    ] == [
        (92, "percent", "ge", 2026, 2030),
        (300, "mbps", "ge", 2026, 2030),
        (120, "mbps", "ge", 2026, 2030),
    ]


def test_a_speed_that_qualifies_homes_is_no_value_a_speed_that_is_the_subject_is():
    text = plan(
        "- Tỷ lệ hộ gia đình có Internet cáp quang tốc độ từ 100 Mbps trở lên đạt 75%;\n"
        "- Tốc độ truy cập Internet tại Bộ phận Một cửa từ 250 Mbps trở lên.\n"
    )
    assert rejections(text)["100"] == "speed_threshold"
    assert [(f.value, f.unit, f.comparator) for f in facts_of(text)] == [
        (75, "percent", "eq"),
        (250, "mbps", "ge"),
    ]


def test_a_plan_titled_thuc_hien_keeps_its_title_a_preamble_does_not_become_one():
    titled = (
        "ỦY BAN NHÂN DÂN\nXÃ AN HƯNG\nSố: 41/KH-UBND\nAn Hưng, ngày 3 tháng 4 năm 2027\n\n"
        "KẾ HOẠCH\nThực hiện Nghị quyết số 09-NQ/ĐU ngày 12/3/2027 của Đảng ủy xã về chuyển đổi "
        "số, giai đoạn 2027 - 2030\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
        "I. MỤC TIÊU\n- Tỷ lệ hồ sơ trực tuyến đạt 90%.\n"
    )
    meta = extract_text(titled, "sample.txt").meta
    assert meta.title and meta.title.startswith("Thực hiện Nghị quyết số 09-NQ/ĐU")
    assert meta.title.endswith("giai đoạn 2027 - 2030")
    preamble = titled.replace(
        "KẾ HOẠCH\nThực hiện Nghị quyết số 09-NQ/ĐU ngày 12/3/2027 của Đảng ủy xã về chuyển đổi "
        "số, giai đoạn 2027 - 2030\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
        "KẾ HOẠCH\nThực hiện Nghị quyết số 09-NQ/ĐU ngày 12/3/2027 của Đảng ủy xã, UBND xã "
        "ban hành Kế hoạch như sau:\n",
    )
    assert extract_text(preamble, "sample.txt").meta.title is None


def test_a_conference_paper_is_a_report_whose_title_ends_before_the_salutation():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TIÊN LÃNG\nTiên Lãng, ngày 20 tháng 12 năm 2028\n\n"
        "BÀI THAM LUẬN\nXã Tiên Lãng đưa dịch vụ công trực tuyến đến từng thôn\n"
        "Kính thưa đồng chí Chủ tịch UBND thành phố!\nThưa toàn thể Hội nghị!\n\n"
        "Năm 2028, tỷ lệ hồ sơ trực tuyến của xã chúng tôi đạt 91,4%.\n"
    )
    meta = extract_text(text, "sample.txt").meta
    assert (meta.kind, meta.title) == (
        "report",
        "Xã Tiên Lãng đưa dịch vụ công trực tuyến đến từng thôn",
    )


def test_the_field_a_rank_is_taken_in_is_no_owner():
    text = plan(
        "PHỤ LỤC\n\n| STT | Chỉ tiêu | Đơn vị tính | 2027 | 2028 | Cơ quan chủ trì |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Xếp hạng DTI trong khối phường | Thứ hạng | Tốp 25 | Tốp 20 | Văn phòng "
        "HĐND và UBND phường |\n",
        ward="Lê Chân",
        year=2027,
    )
    assert [(f.value, f.unit, f.ward_code) for f in facts_of(text)] == [
        (25, "rank", "11383"),
        (20, "rank", "11383"),
    ]


def test_footnotes_under_their_rule_speak_for_the_document_not_its_last_section():
    text = report(
        "I. KẾT QUẢ NĂM 2029\n"
        "Số tài khoản định danh điện tử được kích hoạt là 12.406(3), đạt 88,1% số công dân "
        "thuộc diện cấp.\n\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2030\n"
        "- Tỷ lệ hồ sơ trực tuyến đạt từ 95% trở lên.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
        "__________\n"
        "(3) Số liệu của Công an phường; trên địa bàn hiện có 14.080 công dân thuộc diện cấp.\n"
        "[4] Chỉ tiêu năm 2029 tại Kế hoạch số 15/KH-UBND của UBND phường: 300 hộ kinh doanh.\n",
        year=2029,
    )
    facts = {f.value: f for f in facts_of(text)}
    assert (facts[12406].unit, facts[12406].indicator_text) == (
        "accounts",
        "Số tài khoản định danh điện tử được kích hoạt",
    )
    assert (facts[95].kind, facts[95].period_end) == ("target", 2030)
    assert (facts[14080].kind, facts[14080].period_end) == ("actual", 2029)
    assert (facts[300].kind, facts[300].period_end, facts[300].unit) == (
        "target",
        2029,
        "businesses",
    )


def test_a_units_score_after_its_rank_is_no_groups_threshold():
    text = plan(
        "- Phấn đấu Chỉ số chuyển đổi số năm 2026 của phường thuộc tốp 10 đơn vị dẫn đầu "
        "thành phố, tổng điểm đạt từ 800 điểm trở lên.\n"
        "- Phấn đấu 100% tổ dân phố đạt từ 80 điểm trở lên.\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.comparator) for f in facts] == [
        (10, "rank", "le"),
        (800, "points", "ge"),
        (100, "percent", "eq"),
    ]
    assert rejections(text)["80"] == "group_definition"


def test_targets_behind_schedule_are_counted():
    text = report(
        "Đến ngày 30/9/2025, có 02 chỉ tiêu chậm tiến độ là tỷ lệ thanh toán trực tuyến "
        "(đạt 71,2% kế hoạch) và số camera kết nối (đạt 80%).\n"
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (2, "indicators"),
        (71.2, "percent"),
        (80, "percent"),
    ]


def test_what_a_causes_section_counts_are_reasons():
    text = report(
        "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN\n"
        "1. Tồn tại, hạn chế\n"
        "- Tỷ lệ thanh toán trực tuyến mới đạt 62,5%.\n"
        "2. Nguyên nhân\n"
        "- Gần 2.400 người trong độ tuổi lao động đi làm ăn xa.\n"
        "- Có 03 thôn ở vùng bãi chưa có cáp quang.\n"
    )
    assert [f.value for f in facts_of(text)] == [62.5]
    reasons = rejections(text)
    assert (reasons["2.400"], reasons["03"]) == ("descriptive_quantity", "descriptive_quantity")


def test_a_review_of_years_now_over_is_about_the_last_of_them():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ KIẾN THỤY\nSố: 208/BC-UBND\nKiến Thụy, ngày 15 tháng 12 năm 2030\n\n"
        "BÁO CÁO\nTổng kết thực hiện Kế hoạch chuyển đổi số giai đoạn 2026 - 2030\n\n"
        "Tỷ lệ hồ sơ trực tuyến đạt 94,2%.\n"
    )
    assert extract_text(text, "sample.txt").meta.reference_year == 2030
    midterm = text.replace("Tổng kết thực hiện", "Sơ kết giữa kỳ thực hiện").replace(
        "tháng 12 năm 2030", "tháng 6 năm 2028"
    )
    assert extract_text(midterm, "sample.txt").meta.reference_year == 2028


def test_a_directive_directs_as_a_decision_does():
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nSố: 07/CT-UBND\n"
        "Hải Phòng, ngày 9 tháng 02 năm 2028\n\n"
        "CHỈ THỊ\nVề đẩy mạnh thanh toán trực tuyến tại các xã, phường, đặc khu năm 2028\n\n"
        "Các xã, phường, đặc khu bảo đảm tỷ lệ thanh toán trực tuyến phí, lệ phí 80%.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert extraction.meta.kind == "decision"
    assert [(f.value, f.kind) for f in extraction.facts] == [(80, "target")]


def test_a_second_header_row_may_name_a_date_and_its_columns_keep_their_units():
    text = report(
        "Tiến độ thực hiện tuần 38/2025:\n"
        "STT\tChỉ tiêu\tĐVT\tChỉ tiêu năm 2025\t\t\n"
        "\t\t\tKế hoạch\tLũy kế đến 20/9\tTỷ lệ %\n"
        "1\tHồ sơ tiếp nhận trực tuyến\tHồ sơ\t5.000\t3.950\t79,0\n"
        "2\tCamera kết nối Công an xã\tCamera\t40\t31\t77,5\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.kind) for f in facts] == [
        (5000, "dossiers", "target"),
        (3950, "dossiers", "actual"),
        (79, "percent", "actual"),
        (40, "cameras", "target"),
        (31, "cameras", "actual"),
        (77.5, "percent", "actual"),
    ]
    assert rejections(text)["38/2025"] == "date"


def test_what_a_section_asks_of_a_group_of_communes_belongs_to_none():
    text = city_report(
        "II. ĐỀ NGHỊ\n"
        "1. Đối với các xã nêu tại Phụ lục 2\n"
        "- Bố trí tối thiểu 02 công chức hướng dẫn thanh toán trực tuyến tại Bộ phận một cửa.\n"
        "2. Sở Khoa học và Công nghệ\n"
        "- Tỷ lệ thanh toán trực tuyến toàn thành phố đạt 76,4%.\n"
        "Đơn vị chậm cập nhật số liệu bị trừ 10 điểm ở chỉ số thành phần này.\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.ward_code) for f in facts] == [(2, None), (76.4, "31")]
    assert rejections(text)["10"] == "indicator_qualifier"


def newspaper(headline: str, body: str) -> str:
    return (
        "BÁO HẢI PHÒNG ĐIỆN TỬ\nCơ quan của Đảng bộ thành phố Hải Phòng\n"
        "Thứ Sáu, 14/11/2025 - 07:15\n\n"
        f"{headline}\n\n{body}\n"
    )


def test_the_city_newspaper_speaks_for_the_commune_its_headline_names_else_for_the_city():
    about_one = newspaper(
        "Xã An Lão: 9 tháng, hơn 9 nghìn hồ sơ trực tuyến",
        "(BHP) - Tính đến ngày 30/9/2025, xã An Lão tiếp nhận 9.214 hồ sơ trực tuyến.",
    )
    assert extract_text(about_one, "sample.txt").meta.ward.code == "11629"
    feature = newspaper(
        "Hai địa phương, hai cách làm chuyển đổi số",
        "**(BHP) - Ghi nhận tại xã An Lão và phường Lê Chân cho thấy mỗi nơi một cách làm "
        "riêng, nhưng cùng hướng tới người dân.**\n\n"
        "Xã An Lão: nông sản lên sàn\n\n"
        "Ở xã thuần nông An Lão, chuyện chuyển đổi số bắt đầu từ ruộng rau.\n\n"
        "Ông Nguyễn Văn Hải, Chủ tịch UBND xã An Lão, cho biết: năm 2025 xã có 214 hộ kinh "
        "doanh bán hàng trên sàn thương mại điện tử.\n\n"
        '"Cả năm xã mở 18 lớp Bình dân học vụ số", ông Hải nói.\n\n'
        "Phường Lê Chân: dữ liệu từ tổ dân phố\n\n"
        "Bà Trần Thu Hà, Chủ tịch UBND phường Lê Chân, chia sẻ: tỷ lệ hồ sơ trực tuyến của "
        "phường đạt 95,2%.\n\n"
        "Toàn thành phố có 2,1 triệu tài khoản định danh điện tử được kích hoạt.",
    )
    extraction = extract_text(feature, "sample.txt")
    assert extraction.meta.ward.code == "31"
    assert [(f.value, f.ward_code) for f in extraction.facts] == [
        (214, "11629"),
        (18, "11629"),
        (95.2, "11383"),
        (2_100_000, "31"),
    ]


def test_a_councils_questions_and_answers():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ AN LÃO\nSố: 301/BC-UBND\nAn Lão, ngày 14 tháng 12 năm 2026\n\n"
        "BÁO CÁO\nGiải trình, trả lời chất vấn của đại biểu Hội đồng nhân dân xã tại Kỳ họp thứ "
        "6, Hội đồng nhân dân xã khóa I, nhiệm kỳ 2026 - 2031\n\n"
        "Câu hỏi: Năm 2026, tỷ lệ thanh toán trực tuyến của xã chưa đạt chỉ tiêu đề ra (chỉ "
        "tiêu: 70%). Dự toán giao cho xã năm 2026 để thực hiện nhiệm vụ chuyển đổi số là 1,8 "
        "tỷ đồng, nhưng mới giải ngân 52%.\n"
        "Trả lời: Năm 2027, UBND xã cam kết tổ chức 05 lớp hướng dẫn cho 320 ngư dân, tiểu "
        "thương.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert extraction.meta.horizon_year is None
    assert [(f.value, f.unit, f.kind, f.period_end) for f in extraction.facts] == [
        (70, "percent", "target", 2026),
        (1.8, "vnd_billion", "target", 2026),
        (52, "percent", "actual", 2026),
        (5, "classes", "target", 2027),
        (320, "persons", "target", 2027),
    ]


def test_a_floor_is_not_shared_with_a_value_that_has_its_own_subject_and_verb():
    text = plan(
        "- Tỷ lệ hồ sơ xử lý trực tuyến toàn trình đạt tối thiểu 90% và 100% tổ dân phố đạt "
        "tiêu chí tổ dân phố số.\n"
        "- Tỷ lệ người dân có kỹ năng số cơ bản tối thiểu 70%, 75%; trên 85%, 60% thôn có "
        "wifi công cộng.\n"
        "- Đặc khu đã hoàn thành và vượt 5/9 chỉ tiêu.\n"
    )
    assert [(f.value, f.comparator) for f in facts_of(text)] == [
        (90, "ge"),
        (100, "eq"),
        (70, "ge"),
        (75, "ge"),
        (85, "gt"),
        (60, "eq"),
        (5, "eq"),
    ]


def test_a_column_headed_by_a_year_dates_its_cells_under_a_later_cut_off():
    text = city_report(
        "Bảng 1. Kết quả quý I/2029 (số liệu tính đến ngày 31/3/2029):\n\n"
        "| STT | Đơn vị | Hồ sơ trực tuyến (%) | Điểm DTI 2028 (điểm) | Ghi chú |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Phường Lê Chân | 97,4 | 812,06 | Năm 2027: 90,1% |\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.kind, f.period_end, f.as_of) for f in facts] == [
        (97.4, "actual", 2029, date(2029, 3, 31)),
        (812.06, "actual", 2028, None),
        (90.1, "actual", 2027, None),
    ]


def test_each_column_of_a_table_of_measures_counts_what_its_header_names():
    text = report(
        "Kết quả theo quý:\n\n"
        "| Thời gian | Số buổi | Lượt người dân được hỗ trợ | Trong đó: người cao tuổi | "
        "Giờ tình nguyện |\n|---|---|---|---|---|\n"
        "| Quý I/2025 | 6 | 512 | 140 | 630 |\n"
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (6, "sessions"),
        (512, "persons"),
        (140, "persons"),
        (630, "hours"),
    ]


def test_a_campaigns_target_column_and_a_budgets_items():
    campaign = report(
        "| STT | Nội dung | Đơn vị tính | Chỉ tiêu Chiến dịch | Kết quả thực hiện |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Hộ gia đình được hỗ trợ tại nhà | Hộ | 1.500 | 1.732 |\n"
    )
    assert [(f.value, f.kind) for f in facts_of(campaign)] == [(1500, "target"), (1732, "actual")]
    budget = plan(
        "| STT | Hạng mục | ĐVT | Số lượng | Đơn giá (đồng) | Thành tiền (đồng) |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Mua sắm máy tính để bàn cho Bộ phận Một cửa | Bộ | 8 | 16.000.000 | 128.000.000 |\n"
        "| 2 | Lắp đặt camera giám sát tại các thôn | Chiếc | 16 | 12.000.000 | 192.000.000 |\n"
    )
    assert [(f.value, f.unit) for f in facts_of(budget)] == [
        (8, "machines"),
        (128_000_000, "vnd"),
        (16, "cameras"),
        (192_000_000, "vnd"),
    ]


def test_points_lost_and_a_scales_total_are_no_scores():
    text = report(
        "Cột Điểm tối đa ghi theo thang điểm của Bộ chỉ số (tổng 1.000 điểm).\n"
        "So với thang điểm, xã còn thiếu 214,5 điểm; trụ cột Kinh tế số mất 96 điểm.\n"
        "Năm 2026, trụ cột Xã hội số phấn đấu đạt tối thiểu 200 điểm.\n"
    )
    assert [(f.value, f.comparator) for f in facts_of(text)] == [(200, "ge")]
    reasons = rejections(text)
    assert reasons["1.000"] == "indicator_qualifier"
    assert (reasons["214,5"], reasons["96"]) == ("descriptive_quantity", "descriptive_quantity")


def test_a_city_report_on_named_units_and_their_own_part_of_the_year():
    text = city_report(
        "Về Chỉ số DTI năm 2028, đặc khu Bạch Long Vĩ xếp thứ 114/114; quý I năm nay, tỷ lệ "
        "hồ sơ trực tuyến của đặc khu mới đạt 74,2%.\n"
        "Đặc khu Cát Hải đạt tỷ lệ hồ sơ trực tuyến 90,3%, cao hơn bình quân khối xã nhưng "
        "thanh toán trực tuyến mới đạt 68,1% (chỉ tiêu năm: 80%).\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.kind, f.period_end, f.ward_code) for f in facts] == [
        (114, "actual", 2028, "11948"),
        (74.2, "actual", 2029, "11948"),
        (90.3, "actual", 2029, "11914"),
        (68.1, "actual", 2029, "11914"),
        (80, "target", 2029, "11914"),
    ]


def test_a_weekly_digest_dates_itself_and_each_capital_headline_opens_its_units_section():
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG\n"
        "Điểm tin chuyển đổi số tuần từ 05/5 đến 11/5/2031\n"
        "Cập nhật lúc 16:30, 11/05/2031\n\n"
        "1. HẢI PHÒNG CÔNG BỐ CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2030\n"
        "Phường Hồng Bàng dẫn đầu với 846,21 điểm; xã An Lão và phường Lê Chân lần lượt xếp "
        "thứ 2 và thứ 3.\n\n"
        "2. PHƯỜNG LÊ CHÂN: 97,2% HỒ SƠ ĐƯỢC SỐ HÓA NGAY KHI TIẾP NHẬN\n"
        "10/05/2031 08:40\n\n"
        "Để rút ngắn thời gian chờ của người dân, phường bố trí 08 quầy tiếp nhận.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert extraction.meta.reference_year == 2031
    assert [(f.value, f.unit, f.period_end, f.ward_code) for f in extraction.facts] == [
        (846.21, "points", 2030, "11311"),
        (2, "rank", 2030, "11629"),
        (3, "rank", 2030, "11383"),
        (97.2, "percent", 2031, "11383"),
        (8, "counters", 2031, "11383"),
    ]


def test_a_section_role_is_named_where_its_heading_opens_not_in_an_item_read_as_one():
    text = report(
        "II. TỒN TẠI, HẠN CHẾ\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 71,6%. Chỉ tiêu thành phố giao cho phường năm "
        "2025 đối với chỉ tiêu này là từ 80% trở lên.\n\n"
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n"
        "3. Vận động thêm 50 hộ kinh doanh sử dụng thanh toán không dùng tiền mặt; số hóa 100% "
        "hồ sơ, kết\n"
        "quả giải quyết thủ tục hành chính tiếp nhận trong năm.\n"
    )
    assert [(f.value, f.kind, f.comparator) for f in facts_of(text)] == [
        (71.6, "actual", "eq"),
        (80, "target", "ge"),
        (50, "target", "eq"),
        (100, "target", "eq"),
    ]


def test_speeds_listed_one_after_another_are_each_measured():
    text = report(
        "Năm 2024, tốc độ đo tại trụ sở UBND các xã A Lưu (cũ), B Hòa (cũ) và C Yên (cũ) lần "
        "lượt là 40,2 Mbps, 36,5 Mbps và 55,1 Mbps.\n"
    )
    assert [(f.value, f.unit, f.ward_code) for f in facts_of(text)] == [
        (40.2, "mbps", None),
        (36.5, "mbps", None),
        (55.1, "mbps", None),
    ]


def test_a_roadmap_cell_holds_one_target_per_period_its_column_lists():
    text = plan(
        "2. Chỉ tiêu cụ thể\n"
        "| Mã số | Chỉ tiêu | ĐVT | Ước thực hiện 2025 | Kế hoạch 2026 | Tiến độ (Q1/Q2/Q3/Q4) |\n"
        "|---|---|---|---|---|---|\n"
        "| DVC-03 | Tỷ lệ thanh toán trực tuyến phí, lệ phí | % | 61,5 | 80 | 66/71/75,5/80 |\n"
        "| HT-02 | Điểm phát Wi-Fi công cộng | Điểm | 12 | 20 | 14/16/18/20 |\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert len(extraction.facts) + len(extraction.rejected) == extraction.tokens_seen
    assert [(f.value, f.unit, f.kind, f.period_end) for f in extraction.facts] == [
        (61.5, "percent", "actual", 2025),
        (80, "percent", "target", 2026),
        (66, "percent", "target", 2026),
        (71, "percent", "target", 2026),
        (75.5, "percent", "target", 2026),
        (80, "percent", "target", 2026),
        (12, "centres", "actual", 2025),
        (20, "centres", "target", 2026),
        (14, "centres", "target", 2026),
        (16, "centres", "target", 2026),
        (18, "centres", "target", 2026),
        (20, "centres", "target", 2026),
    ]
    assert {r.raw_token: r.reason for r in extraction.rejected}["03"] == "identifier"


def test_a_fraction_under_a_header_naming_one_quarter_stays_a_fraction():
    text = report(
        "STT\tChỉ tiêu\tĐVT\tThực hiện Quý I/2025\tKế hoạch năm 2025\n"
        "1\tTổ dân phố có Tổ công nghệ số cộng đồng\tTổ dân phố\t9/12\t12/12\n"
    )
    assert [(f.value, f.numerator, f.denominator) for f in facts_of(text)] == [
        (9, 9, 12),
        (12, 12, 12),
    ]


def test_a_radio_programme_reports_results_and_a_target_the_city_set_is_a_target():
    text = (
        "ỦY BAN NHÂN DÂN XÃ AN LÃO\nĐÀI TRUYỀN THANH XÃ\n\n"
        "CHƯƠNG TRÌNH PHÁT THANH CHUYÊN ĐỀ CHUYỂN ĐỔI SỐ\n"
        "Số 12, phát sóng ngày 20/6/2026\n\n"
        "NỮ: Thưa bà con, tháng 5 vừa qua tỷ lệ hồ sơ nộp trực tuyến của xã đạt 84,2%.\n\n"
        "NAM: Chỉ tiêu thành phố giao cho xã năm 2026 đối với hồ sơ trực tuyến là 90%.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert extraction.meta.kind == "news"
    assert [(f.value, f.kind) for f in extraction.facts] == [(84.2, "actual"), (90, "target")]


def test_a_header_in_hours_or_of_businesses_states_its_columns_unit_alone():
    text = report(
        "| Tháng | Phản ánh tiếp nhận | Phản ánh đã xử lý | Thời gian xử lý bình quân (giờ) |\n"
        "|---|---|---|---|\n"
        "| Tháng 10/2025 | 24 | 22 | 5,5 |\n\n"
        "| STT | Đơn vị | Hộ kinh doanh dùng mã QR KH 2026 (hộ) |\n"
        "|---|---|---|\n"
        "| 1 | Xã An Lão | 380 |\n"
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (24, "complaints"),
        (22, "complaints"),
        (5.5, "hours"),
        (380, "businesses"),
    ]


def test_units_selected_by_a_score_or_a_share_below_a_threshold_define_a_group():
    text = plan(
        "Ưu tiên hỗ trợ các xã có điểm DTI năm 2025 dưới 600 điểm. Đơn vị có chỉ tiêu đạt dưới "
        "70% kế hoạch phải báo cáo giải trình.\n"
    )
    reasons = {r.raw_token: r.reason for r in extract_text(text, "sample.txt").rejected}
    assert (reasons["600"], reasons["70"]) == ("group_definition", "group_definition")


def test_a_chat_export_keeps_the_posters_messages_and_leaves_members_replies_out():
    text = (
        "Nhóm Zalo: TỔ TRƯỞNG THÔN - XÃ KIẾN HƯNG\n\n"
        "[08:10, 03/06/2028] UBND xã Kiến Hưng:\n"
        "ĐIỂM TIN CĐS THÁNG 5/2028\n"
        "1️⃣ KẾT QUẢ\n"
        "• Hồ sơ nộp trực tuyến: 312/340 HS, đạt 91,8%\n"
        "2️⃣ NHIỆM VỤ THÁNG 6\n"
        "👉 Phấn đấu mỗi thôn cài VNeID cho thêm 40 hộ\n\n"
        "[08:45, 03/06/2028] Trần Văn Bình - TT thôn Đông:\n"
        "Dạ thôn Đông nhận ạ, tuần này em đã cài thêm 12 hộ.\n\n"
        "[09:02, 03/06/2028] UBND xã Kiến Hưng:\n"
        "Hiện toàn xã còn 214 hộ chưa cài VNeID.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.kind, f.line) for f in extraction.facts] == [
        (312, "actual", 6),
        (91.8, "actual", 6),
        (40, "target", 8),
        (214, "actual", 14),
    ]
    replies = [r for r in extraction.rejected if r.line in (10, 11)]
    assert replies and {r.reason for r in replies} == {"citizen_comment"}
    assert "Trần Văn Bình" in extraction.signer_names


def test_places_named_by_their_number_and_a_shortfall_after_a_value_are_no_facts():
    text = report(
        "- Dẫn đầu: TDP 2 (95,1%), TDP 4 và TDP 9 cùng 93,4%.\n"
        "- TDP 6: 410/482 hộ cài VNeID (85,1%) – còn thiếu 24 hộ.\n"
        "- Đề nghị TDP 6, 8, 12 rà soát từng hộ; xã phấn đấu đạt tối thiểu 90%.\n"
    )
    reasons = {r.raw_token: r.reason for r in extract_text(text, "sample.txt").rejected}
    assert [f.value for f in facts_of(text)] == [95.1, 93.4, 410, 85.1, 90]
    assert {reasons[token] for token in ("2", "4", "9", "6", "8", "12")} == {"name_or_address"}
    assert reasons["24"] == "descriptive_quantity"


def test_a_tie_is_a_rank_and_leading_a_block_still_names_the_unit():
    text = city_report(
        "Phường Tân Hưng đạt 96,1%, đồng hạng 4 với phường Hòa Bình. Xã Kiến Hưng dẫn đầu khối "
        "xã, xếp thứ 9 với tỷ lệ 94,3%.",
        year=2028,
    )
    assert [(f.value, f.unit, f.ward_code) for f in facts_of(text)] == [
        (96.1, "percent", "10537"),
        (4, "rank", "10537"),
        (9, "rank", "11728"),
        (94.3, "percent", "11728"),
    ]


def test_a_slide_number_alone_and_a_capital_title_with_a_note_are_headings():
    text = report(
        "Slide 7\n"
        "CHỈ SỐ DTI NĂM 2024 (TP công bố tháng 5/2025)\n"
        "• Tổng điểm: 612,4 điểm\n"
        "• Xếp hạng chung: 37/114\n"
    )
    assert [(f.value, f.period_end) for f in facts_of(text)] == [(612.4, 2024), (37, 2024)]


def test_a_price_base_year_and_a_change_since_a_year_end_date_nothing():
    text = report(
        "Giá trị sản xuất (theo giá so sánh năm 2010) ước đạt 1.240 tỷ đồng. Số tài khoản VNeID "
        "tăng 1.200 tài khoản so với cuối năm 2024; tỷ lệ công dân có tài khoản đạt 81,2%.\n"
    )
    assert [(f.value, f.period_end) for f in facts_of(text)] == [(1240, 2025), (81.2, 2025)]


def test_a_bound_after_the_unit_and_a_certificate_are_read_right():
    text = plan(
        "(2) Tổng thu ngân sách trên địa bàn đạt 41,5 tỷ đồng trở lên.\n"
        "(3) Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 38%.\n"
    )
    assert [(f.value, f.kind, f.comparator) for f in facts_of(text)] == [
        (41.5, "target", "ge"),
        (38, "target", "eq"),
    ]


def test_groups_addressed_or_listed_elsewhere_are_no_counts():
    text = city_report(
        "1. Đối với 04 đơn vị xếp cuối bảng: rà soát nguyên nhân.\n"
        "2. Đối với các đơn vị đã đạt từ 95% trở lên: duy trì kết quả.\n"
        "3. Đối với 09 đơn vị có tên tại Phụ lục: thực hiện theo mức giao riêng.\n"
        "4. Hiện còn 850 hộ chưa cài VNeID, tập trung ở 5 TDP nêu trên.\n"
    )
    reasons = {r.raw_token: r.reason for r in extract_text(text, "sample.txt").rejected}
    assert [f.value for f in facts_of(text)] == [850]
    assert {reasons[token] for token in ("04", "95", "09", "5")} == {"group_definition"}


def test_a_portal_dateline_with_its_fields_dates_the_post():
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HẢI PHÒNG\n"
        "Thứ Hai, 08/03/2027 | 14:20 | Lượt xem: 2.341\n\n"
        "Phường Hòa Bình: tỷ lệ hồ sơ trực tuyến đạt 93,5%\n\n"
        "Trong tháng 2, tỷ lệ hồ sơ nộp trực tuyến của phường Hòa Bình đạt 93,5%.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert extraction.meta.issued_on == date(2027, 3, 8)
    assert [(f.value, f.period_end) for f in extraction.facts] == [(93.5, 2027), (93.5, 2027)]


def test_until_now_is_no_date_and_a_speed_subject_may_name_its_place_with_a_comma():
    text = plan(
        "- Đến nay, 6/6 chợ trên địa bàn triển khai thanh toán bằng mã QR.\n"
        "- Tốc độ truy cập Internet tại trụ sở cơ quan Đảng, chính quyền phường từ 1 Gbps trở lên.\n"
    )
    assert [(f.value, f.unit, f.comparator) for f in facts_of(text)] == [
        (6, "ratio", "eq"),
        (1, "gbps", "ge"),
    ]


def test_a_sheet_is_no_team_and_a_resolution_is_a_document():
    text = plan(
        "| STT | Nội dung | ĐVT | Số lượng |\n"
        "|---|---|---|---|\n"
        "| 1 | In tờ rơi hướng dẫn cài đặt VNeID | Tờ | 5.000 |\n\n"
        "Năm 2025, Đảng ủy phường đã ban hành 03 nghị quyết chuyên đề về chuyển đổi số.\n"
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [(5000, "leaflets"), (3, "documents")]


def test_a_caption_states_the_unit_of_a_table_without_a_unit_column():
    text = report(
        "Bảng 1. Hồ sơ theo lĩnh vực tháng 11/2025 (đơn vị tính: hồ sơ; số liệu tính đến ngày "
        "30/11/2025):\n"
        "| Lĩnh vực | Tiếp nhận | Trực tuyến | Tỷ lệ trực tuyến (%) |\n"
        "|---|---|---|---|\n"
        "| Hộ tịch | 420 | 381 | 90,7 |\n"
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (420, "dossiers"),
        (381, "dossiers"),
        (90.7, "percent"),
    ]


def test_a_comparison_section_reports_results_and_a_bracketed_yearly_target_with_a_bound():
    text = plan(
        "III. SO SÁNH VỚI CHỈ TIÊU NĂM 2026\n"
        "Lũy kế 9 tháng 12.480 hồ sơ; tỷ lệ người dân hài lòng đạt 96,2% (chỉ tiêu năm 2026: từ "
        "95% trở lên). Đường dây nóng tiếp nhận 37 cuộc gọi.\n"
    )
    assert [(f.value, f.unit, f.kind, f.comparator) for f in facts_of(text)] == [
        (12480, "dossiers", "actual", "eq"),
        (96.2, "percent", "actual", "eq"),
        (95, "percent", "target", "ge"),
        (37, "cuộc gọi", "actual", "eq"),
    ]


def test_a_column_for_several_units_is_a_group_and_a_block_s_size_no_fact():
    text = city_report(
        "| Chỉ tiêu | Khối phường | Đặc khu Cát Hải, Bạch Long Vĩ |\n"
        "|---|---|---|\n"
        "| Tỷ lệ hồ sơ trực tuyến (%) | ≥ 95 | ≥ 80 |\n\n"
        "Ghi chú: khối phường gồm 45 phường, khối xã gồm 67 xã.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.ward_code) for f in extraction.facts] == [(95, None), (80, None)]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["45"], reasons["67"]) == (
        "administrative_structure",
        "administrative_structure",
    )


def test_a_column_of_assigned_targets_is_no_indicator_and_a_weekly_gain_no_level():
    text = city_report(
        "Bảng 1. Kết quả (đơn vị tính: tài khoản; số liệu đến 17 giờ 00 ngày 20/3/2029):\n"
        "| Đơn vị | Chỉ tiêu được giao | Đã kích hoạt | Tăng so tuần trước |\n"
        "|---|---|---|---|\n"
        "| Xã An Lão | 4.500 | 4.293 | +388 |\n\n"
        "Số đơn vị đạt từ 80% chỉ tiêu trở lên: 41/114 xã, phường, đặc khu. Chiến dịch kích hoạt "
        "cho công dân trên địa bàn 114 xã, phường, đặc khu.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.kind, f.ward_code) for f in extraction.facts] == [
        (4500, "target", "11629"),
        (4293, "actual", "11629"),
        (41, "actual", "31"),
    ]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["388"], reasons["80"], reasons["114"]) == (
        "descriptive_quantity",
        "group_definition",
        "group_definition",
    )


def test_an_area_an_indicator_measures_is_a_value_and_a_places_size_is_not():
    text = report(
        "Diện tích tự nhiên của xã là 24,6 km². Diện tích vùng trồng được cấp mã số đạt 120,5 ha "
        "(vải 98,2 ha, nhãn 22,3 ha).\n"
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (120.5, "ha"),
        (98.2, "ha"),
        (22.3, "ha"),
    ]


def test_groups_picked_by_a_ranking_are_no_counts_and_a_move_between_places_gives_two_ranks():
    text = city_report(
        "2. Nhóm 10 đơn vị dẫn đầu\n"
        "Phường Lê Chân tăng 4 bậc, từ thứ 9 năm 2026 lên thứ 5 năm 2027 với 845,20 điểm.\n"
        "3. Nhóm 10 đơn vị xếp cuối\n"
        "Ghi chú: xếp hạng là thứ hạng chung trong 114 xã, phường, đặc khu. Đề nghị khen thưởng "
        "04 đơn vị tăng bậc nhiều nhất. Riêng lớp bồi dưỡng lần thứ 3 năm 2025 học trực tuyến.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.unit, f.period_start) for f in extraction.facts] == [
        (9, "rank", 2026),
        (5, "rank", 2027),
        (845.2, "points", 2027),
    ]
    reasons = [(r.raw_token, r.reason) for r in extraction.rejected]
    assert [reason for token, reason in reasons if token in ("10", "114", "04")] == [
        "group_definition"
    ] * 4


def test_a_score_s_change_and_a_gap_between_blocks_are_differences_not_levels():
    text = city_report(
        "Xã An Lão là đơn vị giảm điểm nhiều nhất (giảm 31,6 điểm). Bình quân khối phường đạt "
        "770,5 điểm; chênh lệch giữa hai khối vẫn còn khoảng 90 điểm. Năm 2030, phấn đấu điểm "
        "bình quân tăng lên 745 điểm.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.kind) for f in extraction.facts] == [(770.5, "actual"), (745, "target")]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["31,6"], reasons["90"]) == ("descriptive_quantity", "descriptive_quantity")


def test_a_second_list_after_respective_ranks_is_respective_and_each_unit_word_shares_a_bound():
    text = city_report(
        "Xã An Lão và xã Kiến Thụy lần lượt xếp thứ 101 và thứ 102, với 541,20 điểm và 538,90 "
        "điểm. Đề nghị xã An Lão, xã Kiến Thụy phấn đấu năm 2030 đạt lần lượt tối thiểu 600 điểm, "
        "590 điểm.\n"
    )
    assert [(f.value, f.ward_code, f.comparator) for f in facts_of(text)] == [
        (101, "11629", "eq"),
        (102, "11680", "eq"),
        (541.2, "11629", "eq"),
        (538.9, "11680", "eq"),
        (600, "11629", "ge"),
        (590, "11680", "ge"),
    ]


def test_bracket_numbered_headings_a_requests_section_and_a_list_s_last_item():
    text = report(
        "1) Camera giám sát\n"
        "a. Tính đến ngày 30/11/2025, toàn xã có 96 camera giám sát an ninh, trật tự và giao "
        "thông.\n"
        "b. So với cùng kỳ năm 2024 (1.459 tài khoản), số tài khoản được kích hoạt tăng 415 "
        "tài khoản.\n\n"
        "2) Kiến nghị\n"
        "Năm 2026, UBND xã đề nghị UBND thành phố xem xét hỗ trợ:\n"
        "a. 12 camera giám sát cho các tuyến đường liên thôn;\n"
        "b. Tổng kinh phí khoảng 0,6 tỷ đồng.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [
        (f.value, f.kind, f.period_start, f.section.split(" > ")[-1]) for f in extraction.facts
    ] == [
        (96, "actual", 2025, "1) Camera giám sát"),
        (1459, "actual", 2024, "1) Camera giám sát"),
        (12, "target", 2026, "2) Kiến nghị"),
        (0.6, "target", 2026, "2) Kiến nghị"),
    ]
    assert {r.raw_token: r.reason for r in extraction.rejected}["415"] == "descriptive_quantity"


def test_a_note_s_plan_year_infrastructure_money_and_the_city_s_average_in_a_plan():
    text = plan(
        "STT\tChỉ tiêu\tĐVT\tƯớc TH 2025\tKH 2026\tGhi chú\n"
        "1\tTỷ lệ thanh toán trực tuyến phí, lệ phí\t%\t62,4\t75\tKH 2025: 70%\n"
        "2\tTỷ lệ công dân có tài khoản định danh điện tử\t%\t90,5\t≥ 94\t"
        "Bình quân TP năm 2025: 88,9%\n\n"
        "Kinh phí: tổng kinh phí dự kiến 1,5 tỷ đồng, trong đó nâng cấp hạ tầng 860 triệu đồng.\n"
        "Văn phòng là cơ quan thường trực, tổng hợp kết quả, báo cáo định kỳ 02 lần/năm.\n"
    )
    assert [(f.value, f.kind, f.period_start, f.ward_code) for f in facts_of(text)] == [
        (62.4, "actual", 2025, "11533"),
        (75, "target", 2026, "11533"),
        (70, "target", 2025, "11533"),
        (90.5, "actual", 2025, "11533"),
        (94, "target", 2026, "11533"),
        (88.9, "actual", 2025, "31"),
        (1.5, "target", 2026, "11533"),
        (860, "target", 2026, "11533"),
        (2, "target", 2026, "11533"),
    ]


def test_a_measure_word_is_the_unit_of_its_count():
    text = report(
        "Camera đã giúp làm rõ 27 vụ việc về an ninh trật tự và 41 vụ vi phạm giao thông; sản "
        "lượng đạt 530 tấn quả tươi; rà soát thông tin của 31.462 nhân khẩu.\n"
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [
        (27, "vụ việc"),
        (41, "vụ"),
        (530, "tấn"),
        (31462, "persons"),
    ]


def test_a_markdown_header_with_numbers_and_ranks_moved_from_one_place_to_another():
    text = city_report(
        "Xã An Lão tăng mạnh nhất, từ thứ 65 lên thứ 30; ngược lại, xã Kiến Thụy giảm từ thứ 20 "
        "xuống thứ 52. Hội nghị trực tuyến với 114 điểm cầu.\n"
        "| Đơn vị | Tỷ lệ tháng 3 (%) | Xếp hạng tháng 3 | Xếp hạng tháng 2 |\n"
        "|---|---|---|---|\n"
        "| Xã An Lão | 95,1 | 30 | 65 |\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.unit, f.ward_code) for f in extraction.facts] == [
        (65, "rank", "11629"),
        (30, "rank", "11629"),
        (20, "rank", "11680"),
        (52, "rank", "11680"),
        (95.1, "percent", "11629"),
        (30, "rank", "11629"),
        (65, "rank", "11629"),
    ]
    assert {r.raw_token: r.reason for r in extraction.rejected}["114"] == "schedule"


def test_minutes_attendance_a_committee_s_size_and_wrapped_items_of_a_conclusion():
    text = report(
        "BIÊN BẢN HỌP BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\n"
        "Thành phần: 17/19 đồng chí thành viên Ban Chỉ đạo; UBND phường kiện toàn Ban Chỉ đạo "
        "chuyển đổi số phường (19 thành viên).\n"
        "II. KẾT LUẬN CỦA CHỦ TRÌ\n"
        "Đồng chí Trưởng Ban Chỉ đạo yêu cầu các bộ phận phấn đấu hoàn thành các chỉ tiêu sau:\n"
        "a) Văn phòng HĐND và UBND phường nâng tỷ lệ hồ sơ trực tuyến toàn trình lên tối thiểu 75%\n"
        "(năm 2024 đạt 58,2%), bảo đảm 100% hồ sơ được số hóa ngay khi tiếp nhận.\n",
        year=2025,
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.kind, f.comparator, f.period_start) for f in extraction.facts] == [
        (75, "target", "ge", 2025),
        (58.2, "actual", "eq", 2024),
        (100, "target", "eq", 2025),
    ]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["17/19"], reasons["19"]) == ("schedule", "schedule")


def test_a_bracket_s_year_stays_in_the_bracket_and_its_label_dates_each_of_its_values():
    text = plan(
        "Chỉ số DTI năm 2024 của phường đạt 684,7 điểm, xếp thứ 23/114 xã, phường, đặc khu và "
        "thứ 11 trong khối phường (năm 2023: 538,2 điểm, xếp thứ 50/114).\n"
        "Thời gian phản hồi phản ánh của người dân tối đa 3 ngày làm việc.\n"
        "- Ngân sách phường: 2.410 triệu đồng (năm 2025 đã bố trí 1.985 triệu đồng), gồm mua sắm "
        "12 máy tính 360 triệu đồng.\n"
    )
    assert [(f.value, f.unit, f.kind, f.period_start) for f in facts_of(text)] == [
        (684.7, "points", "actual", 2024),
        (23, "rank", "actual", 2024),
        (11, "rank", "actual", 2024),
        (538.2, "points", "actual", 2023),
        (50, "rank", "actual", 2023),
        (3, "ngày", "target", 2026),
        (2410, "vnd_million", "target", 2026),
        (1985, "vnd_million", "actual", 2025),
        (12, "machines", "target", 2026),
        (360, "vnd_million", "target", 2026),
    ]


def test_indicators_below_a_threshold_an_amount_at_a_level_and_what_a_unit_must_regain():
    text = report(
        "Còn 03 chỉ tiêu đạt dưới 80% kế hoạch năm. Phường phải trở lại tốp 15 của thành phố. "
        "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt tối thiểu 90%, 100% kết quả giải quyết được số hóa.\n"
        "3) Kiến nghị\n"
        "Đề nghị thành phố hỗ trợ kinh phí cho các tổ công nghệ số với mức 350 triệu đồng/năm.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.unit, f.kind, f.comparator) for f in extraction.facts] == [
        (3, "indicators", "actual", "eq"),
        (15, "rank", "target", "le"),
        (90, "percent", "target", "ge"),
        (100, "percent", "target", "eq"),
        (350, "vnd_million", "target", "eq"),
    ]
    assert {r.raw_token: r.reason for r in extraction.rejected}["80"] == "group_definition"


def test_a_table_title_states_the_unit_and_headers_name_tonnes_and_a_counted_noun():
    text = city_report(
        "(Kèm theo Quyết định số 15/QĐ-UBND ngày 10/01/2029 của UBND thành phố)\n\n"
        "Bảng 1. Chỉ tiêu dịch vụ công trực tuyến (đơn vị tính: %)\n"
        "| STT | Đơn vị | Hồ sơ TTHC xử lý trực tuyến | Thanh toán trực tuyến |\n"
        "|---|---|---|---|\n"
        "| 1 | Xã An Lão | ≥ 90 | ≥ 75 |\n"
        "| II | KHỐI ĐẶC KHU (02 đơn vị) | ≥ 70 | ≥ 50 |\n\n"
        "Bảng 2. Tiêu thụ nông sản trực tuyến:\n"
        "| Sàn | Số sản phẩm | Sản lượng (tấn) | Doanh thu (tỷ đồng) |\n"
        "|---|---|---|---|\n"
        "| Postmart | 21 | 846 | 14,2 |\n"
    )
    assert [(f.value, f.unit, f.ward_code) for f in facts_of(text)] == [
        (90, "percent", "11629"),
        (75, "percent", "11629"),
        (70, "percent", None),
        (50, "percent", None),
        (21, "sản phẩm", "31"),
        (846, "tấn", "31"),
        (14.2, "vnd_billion", "31"),
    ]


def test_a_reward_s_conditions_are_no_targets():
    text = city_report(
        "Điều 3. Khen thưởng\n"
        "1. Đơn vị hoàn thành 100% chỉ tiêu được giao và xếp trong tốp 10 Chỉ số DTI cấp xã được "
        "Chủ tịch UBND thành phố tặng Bằng khen.\n"
        "2. Đơn vị có từ 03 chỉ tiêu trở lên đạt dưới 80% kế hoạch thì người đứng đầu không được "
        "xem xét xếp loại.\n"
        "3. Các đơn vị bảo đảm 100% hồ sơ được số hóa.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [f.value for f in extraction.facts] == [100]
    reasons = [(r.raw_token, r.reason) for r in extraction.rejected]
    assert [reason for token, reason in reasons if token in ("100", "10", "03", "80")] == [
        "group_definition"
    ] * 4


def test_last_season_s_bracket_a_week_s_change_a_gap_to_target_and_named_groups():
    text = report(
        "3. Các chỉ tiêu khác\n"
        "Sản lượng vải ước đạt 14.850 tấn (vụ 2024: 13.200 tấn). So với cùng kỳ năm 2024 "
        "(10.412 tài khoản, đạt 85,2% chỉ tiêu), số tài khoản tăng 1.105 tài khoản; phường xếp "
        "thứ 9/45 (cùng kỳ năm 2024 xếp thứ 17/45).\n"
        "Có 64 hộ có doanh thu trực tuyến trên 100 triệu đồng/vụ, trong đó 11 hộ đạt trên 500 "
        "triệu đồng; 100% thành viên tổ công nghệ số của 11 thôn được tập huấn.\n"
        "Tài khoản VNeID: 41.926 TK (tuần trước: 41.503 TK, tăng 423 TK); toàn phường còn thiếu "
        "813 tài khoản so với chỉ tiêu.\n"
        "| STT | Tổ dân phố | Tỷ lệ (%) | Ghi chú |\n"
        "|---|---|---|---|\n"
        "| 1 | TDP Đồng Khê | 87,4 | Dưới 90%, giáp khu công nghiệp |\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.kind, f.period_start) for f in extraction.facts] == [
        (14850, "actual", 2025),
        (13200, "actual", 2024),
        (10412, "actual", 2024),
        (85.2, "actual", 2024),
        (9, "actual", 2025),
        (17, "actual", 2024),
        (64, "actual", 2025),
        (11, "actual", 2025),
        (100, "actual", 2025),
        (41926, "actual", 2025),
        (41503, "actual", 2025),
        (87.4, "actual", 2025),
    ]
    reasons = [(r.raw_token, r.reason) for r in extraction.rejected]
    for token, reason in [
        ("1.105", "descriptive_quantity"),
        ("100", "group_definition"),
        ("500", "group_definition"),
        ("11", "group_definition"),
        ("423", "descriptive_quantity"),
        ("813", "descriptive_quantity"),
        ("90", "group_definition"),
    ]:
        assert (token, reason) in reasons


def test_a_table_laid_out_with_spaces_has_its_header_and_a_rank_column_holds_ranks():
    text = report(
        "Chi tiết theo trụ cột:\n"
        "Trụ cột             Điểm năm 2024     Xếp hạng 2024     Tăng (+), giảm (-) bậc\n"
        "Chính quyền số      301,45            12/114            +7\n"
        "Kinh tế số          158,30            31/114            -4\n"
        "Bình quân toàn thành phố là 652,18 điểm, bình quân khối phường là 689,40 điểm.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.unit, f.denominator, f.ward_code) for f in extraction.facts] == [
        (301.45, "points", None, "11533"),
        (12, "rank", 114, "11533"),
        (158.3, "points", None, "11533"),
        (31, "rank", 114, "11533"),
        (652.18, "points", None, "31"),
        (689.4, "points", None, None),
    ]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["7"], reasons["4"]) == ("descriptive_quantity", "descriptive_quantity")


def test_a_dashboard_s_group_titles_block_sizes_a_week_s_moves_and_a_tile_s_rank():
    text = city_report(
        "• Mục tiêu của thành phố năm 2029: từ 95% trở lên; còn thiếu khoảng 139.000 tài khoản "
        "so với mục tiêu.\n"
        "• Hải Phòng xếp thứ 9/34 tỉnh, thành phố về tỷ lệ kích hoạt tài khoản (↑ 1 bậc).\n\n"
        "II. TỐP 5 VÀ NHÓM 5 ĐƠN VỊ XẾP CUỐI\n"
        "Bảng 1. Tốp 5 đơn vị dẫn đầu về tỷ lệ kích hoạt:\n"
        "| Xếp hạng | Đơn vị | Tỷ lệ kích hoạt (%) |\n"
        "|---|---|---|\n"
        "| 1/114 | Xã An Lão | 98,74 |\n\n"
        "Bảng 2. Kết quả theo khối:\n"
        "| Khối | Số đơn vị | TK VNeID mức 2 đã kích hoạt |\n"
        "|---|---|---|\n"
        "| Khối phường | 45 | 1.968.402 |\n\n"
        "Tốp 5\n"
        "phường, xã dẫn đầu chỉ số chuyển đổi số thành phố\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.unit, f.ward_code) for f in extraction.facts] == [
        (95, "percent", "31"),
        (9, "rank", "31"),
        (1, "rank", "11629"),
        (98.74, "percent", "11629"),
        (1968402, "accounts", None),
        (5, "rank", "31"),
    ]
    reasons = [(r.raw_token, r.reason) for r in extraction.rejected]
    for token, reason in [
        ("139.000", "descriptive_quantity"),
        ("1", "descriptive_quantity"),
        ("5", "group_definition"),
        ("45", "administrative_structure"),
    ]:
        assert (token, reason) in reasons
    assert [token for token, _ in reasons].count("5") == 3  # the titles' groups, none a rank


def test_a_resolution_s_groups_frequencies_areas_and_a_survey_s_forms():
    text = plan(
        "a) Mở rộng vùng sản xuất lúa chất lượng cao lên 450 ha; số sản phẩm OCOP lên sàn (kế "
        "hoạch: 10 sản phẩm); tổ công nghệ số hỗ trợ người dân tại nhà văn hóa tổ dân phố 02 "
        "lần/tháng.\n"
        "b) Giao Ủy ban nhân dân phường giao chỉ tiêu cụ thể cho 16 tổ dân phố.\n"
        "c) Thu về 1.146 phiếu hợp lệ.\n"
        "III. SO SÁNH VỚI ĐỢT KHẢO SÁT TRƯỚC\n"
        "Số phiếu hợp lệ tăng 166 phiếu.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.unit) for f in extraction.facts] == [
        (450, "ha"),
        (10, "sản phẩm"),
        (2, "times_per_month"),
        (1146, "phiếu"),
    ]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["16"], reasons["166"]) == ("group_definition", "descriptive_quantity")


def test_a_plan_s_expected_results_are_targets_to_its_horizon():
    text = plan(
        "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n"
        "Tỷ lệ hộ gia đình có Internet cáp quang đạt 82,5%.\n\n"
        "III. KẾT QUẢ CẦN ĐẠT ĐẾN NĂM 2030\n"
        "- Tỷ lệ hộ gia đình có Internet cáp quang đạt 98%;\n"
        "- Có 300 hộ kinh doanh bán hàng trên sàn thương mại điện tử.\n",
        year=2026,
    )
    assert [(f.value, f.kind, f.period_start, f.period_end) for f in facts_of(text)] == [
        (82.5, "actual", 2025, 2025),
        (98, "target", 2026, 2030),
        (300, "target", 2026, 2030),
    ]


@pytest.mark.parametrize("label", ["cùng kỳ năm 2024", "cùng kỳ năm trước"])
def test_every_value_of_a_bracket_labelled_as_last_year_s_is_last_year_s(label):
    text = report(
        "Trong năm, phường tiếp nhận 245 phản ánh qua ứng dụng, thời gian xử lý bình quân 2,5 "
        f"ngày ({label}: 198 phản ánh, bình quân 4 ngày).\n"
    )
    assert [(f.value, f.period_end, f.as_of) for f in facts_of(text)] == [
        (245, 2025, None),
        (2.5, 2025, None),
        (198, 2024, None),
        (4, 2024, None),
    ]


def test_the_year_that_names_a_law_is_no_period():
    text = report(
        "Phường đã ban hành 03 văn bản về giao dịch điện tử theo Luật Giao dịch điện tử năm 2023 "
        "và 02 văn bản hướng dẫn thi hành Bộ luật Dân sự năm 2015.\n"
    )
    assert [(f.value, f.period_end) for f in facts_of(text)] == [(3, 2025), (2, 2025)]


def test_a_resident_s_words_in_a_feature_are_no_facts_and_their_name_is_personal_data():
    text = newspaper(
        "Phường Hòa Bình: 95% tiểu thương chợ trung tâm dùng mã QR",
        "Đến nay, 120/126 hộ kinh doanh ở chợ trung tâm đã niêm yết mã QR thanh toán.\n\n"
        "Anh Trần Văn Tú, chủ quầy cá ở chợ trung tâm, cười nói: “Ngày thường có khoảng 40 khách "
        "trả tiền qua mã, cuối tuần được hơn 70 khách”.\n\n"
        "Ông Lê Văn Sơn, Trưởng ban quản lý chợ, cho biết: “Chợ đã lắp 16 camera giám sát”.\n\n"
        "Ông Sơn cho biết thêm: “Năm 2026, chợ lắp thêm 8 camera”.\n",
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.raw_token, f.line) for f in extraction.facts] == [
        ("95", 5),
        ("120/126", 7),
        ("16", 11),
        ("8", 13),
    ]
    quoted = [r for r in extraction.rejected if r.line == 9]
    assert len(quoted) == 2 and {r.reason for r in quoted} == {"citizen_comment"}
    assert all(r.context == "[redacted]" for r in quoted)
    assert "Anh Trần Văn Tú" in extraction.signer_names


def test_a_count_given_as_what_still_holds_a_rate_back_is_descriptive():
    text = report(
        "Tỷ lệ kích hoạt tài khoản định danh điện tử mới đạt 85,2% vì vẫn còn khoảng 900 người "
        "đi làm ăn xa.\n"
    )
    assert [f.value for f in facts_of(text)] == [85.2]
    assert rejections(text)["900"] == "descriptive_quantity"


def test_the_communes_a_former_district_had_are_administrative_history():
    text = city_report(
        "Bình quân 9 xã thuộc huyện Vĩnh Bảo (cũ) tỷ lệ hồ sơ trực tuyến đạt 86,1%.\n"
    )
    assert [f.value for f in facts_of(text)] == [86.1]
    assert rejections(text)["9"] == "administrative_structure"


def test_a_space_laid_row_whose_unit_stands_two_spaces_from_its_indicator():
    header = "STT   Chỉ tiêu                             ĐVT      Kế hoạch   Thực hiện"
    row = "1     Hộ nghèo nhận trợ cấp qua tài khoản  %        100        97,4"
    assert row.index("%") == header.index("ĐVT")
    text = report(f"Bảng 1. Kết quả thực hiện năm 2025:\n{header}\n{row}\n")
    assert [(f.value, f.unit, f.kind) for f in facts_of(text)] == [
        (100, "percent", "target"),
        (97.4, "percent", "actual"),
    ]


def test_a_wrapped_line_that_closes_a_bracket_opens_no_item():
    text = report(
        "II. TỒN TẠI, HẠN CHẾ\n"
        "- Tỷ lệ hồ sơ trực tuyến mới đạt 81,3%; còn 03 thôn (thôn 2, thôn 7 và thôn\n"
        "11) có tỷ lệ kích hoạt tài khoản dưới 80%.\n"
    )
    assert [f.value for f in facts_of(text)] == [81.3, 3]
    reasons = rejections(text)
    assert reasons["11"] != "outline_number"
    assert reasons["80"] == "group_definition"


def test_the_city_as_a_clause_s_subject_owns_its_value():
    text = plan(
        "Năm 2030, thành phố phấn đấu tỷ lệ hồ sơ trực tuyến cấp xã đạt tối thiểu 92%; phường "
        "phấn đấu đạt 95%.\n"
    )
    assert [(f.value, f.ward_code) for f in facts_of(text)] == [(92, "31"), (95, "11533")]


def test_the_body_goes_on_under_its_headings_after_a_page_s_footnotes():
    text = city_report(
        "I. KẾT QUẢ THỰC HIỆN QUÝ I/2029\n"
        "Các xã, tính đến ngày 31/3/2029, cụ thể như sau:\n"
        "- Xã An Lão: tỷ lệ hồ sơ trực tuyến đạt 91,2%(1);\n"
        "__________\n"
        "(1) Số liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính.\n"
        "                                               2\n"
        "- Xã Kiến Hưng: tỷ lệ hồ sơ trực tuyến đạt 84,6%.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.value, f.kind, f.as_of) for f in extraction.facts] == [
        (91.2, "actual", date(2029, 3, 31)),
        (84.6, "actual", date(2029, 3, 31)),
    ]
    assert extraction.facts[1].section.startswith("I. KẾT QUẢ")
    assert rejections(text)["2"] == "page_number"


def test_a_list_numbered_by_a_word_processor_with_tabs_is_no_table():
    text = report(
        "I.\tKẾT QUẢ THỰC HIỆN NĂM 2025\n"
        "Phường mở 38 lớp kỹ năng số.\n"
        "II.\tPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026\n"
        "Năm 2026, phường phấn đấu:\n"
        "-\tMở tối thiểu 40 lớp kỹ năng số;\n"
        "-\tTỷ lệ người dân có kỹ năng số cơ bản đạt 65%.\n"
    )
    assert [(f.value, f.kind) for f in facts_of(text)] == [
        (38, "actual"),
        (40, "target"),
        (65, "target"),
    ]


def test_a_merged_header_s_unit_in_brackets_before_the_period_it_adds():
    text = report(
        "Bảng 1. Kết quả theo tổ dân phố:\n"
        "STT\tTổ dân phố\tQuý IV/2025\t\n"
        "\t\tKế hoạch (người)\tThực hiện (người)\n"
        "1\tSố 1\t200\t214\n"
    )
    assert [(f.value, f.unit, f.kind) for f in facts_of(text)] == [
        (200, "persons", "target"),
        (214, "persons", "actual"),
    ]


def test_a_bracket_labelled_with_an_earlier_quarter_drops_the_cut_off():
    text = report(
        "Từ ngày 01/7 đến 30/9/2025, phường mở 38 lớp kỹ năng số (quý II/2025: 29 lớp), với "
        "1.984 lượt người tham gia, đạt 70,2% chỉ tiêu năm 2025 (8.000 lượt người).\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.kind, f.period_end, f.as_of) for f in facts] == [
        (38, "actual", 2025, date(2025, 9, 30)),
        (29, "actual", 2025, None),
        (1984, "actual", 2025, date(2025, 9, 30)),
        (70.2, "actual", 2025, date(2025, 9, 30)),
        (8000, "target", 2025, None),
    ]


def test_words_of_a_rate_a_count_and_an_estimate_s_parts():
    text = report(
        "I. KẾT QUẢ NĂM 2025\n"
        "Lũy kế cả phường mới đạt 70,2%, thấp hơn tiến độ chung của thành phố (76,5%). Trang "
        "Zalo của phường đăng 37 bài hướng dẫn; 4.317 người dân đã tạo tài khoản và hoàn thành ít "
        "nhất 01 khóa học; 112/114 xã, phường, đặc khu đã số hóa 100% kết quả giải quyết.\n"
        "Dự toán giao cho phường năm 2025 để thực hiện nhiệm vụ chuyển đổi số là 5,604 tỷ đồng, "
        "gồm:\n"
        "- Ngân sách phường: 3,254 tỷ đồng;\n"
        "- Nguồn xã hội hóa: 500 triệu đồng.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.raw_token, f.unit, f.kind, f.ward_code) for f in extraction.facts] == [
        ("70,2", "percent", "actual", "11533"),
        ("76,5", "percent", "actual", "31"),
        ("37", "bài", "actual", "11533"),
        ("4.317", "persons", "actual", "11533"),
        ("112/114", "ratio", "actual", "31"),  # all the city's units: the city's count
        ("5,604", "vnd_billion", "target", "11533"),
        ("3,254", "vnd_billion", "target", "11533"),
        ("500", "vnd_million", "target", "11533"),
    ]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["01"], reasons["100"]) == ("group_definition", "group_definition")


def test_a_change_set_against_last_year_s_estimate_belongs_to_the_plan_s_year():
    text = plan("Tổng nhu cầu năm 2026 dự kiến 5,148 tỷ đồng, giảm 8,1% so với dự toán năm 2025.\n")
    assert [(f.value, f.period_end) for f in facts_of(text)] == [(5.148, 2026), (8.1, 2026)]


def test_a_heading_s_cut_off_dates_its_section_s_results():
    text = report(
        "1️⃣ KẾT QUẢ THÁNG 11 (số liệu tính đến 30/11/2025) 👇\n"
        "✅ Hồ sơ TTHC nộp trực tuyến: 1.146/1.259 hồ sơ, đạt 91,0%\n"
        "2️⃣ MỤC TIÊU THÁNG 12 🎯\n"
        "👉 Hồ sơ trực tuyến đạt từ 92% trở lên\n\n"
        "4. Kết quả một số chỉ tiêu (số liệu tính đến ngày 30/11/2025):\n"
        "STT\tChỉ tiêu\tThực hiện\n"
        "1\tTỷ lệ hồ sơ trực tuyến (%)\t91,0\n\n"
        "Đánh giá chung: năm 2025, phường hoàn thành 3/4 chỉ tiêu chủ yếu.\n"
    )
    assert [(f.raw_token, f.kind, f.as_of) for f in facts_of(text)] == [
        ("1.146/1.259", "actual", date(2025, 11, 30)),
        ("91,0", "actual", date(2025, 11, 30)),
        ("92", "target", None),
        ("91,0", "actual", date(2025, 11, 30)),
        ("3/4", "actual", None),
    ]


def test_lines_a_pdf_wrapped_after_a_label_or_a_rank_s_word():
    text = report(
        "- Hộ kinh doanh sử dụng hóa đơn điện tử từ máy tính tiền: lũy kế 9 tháng 574 hộ; cùng kỳ "
        "2024:\n"
        "402 hộ.\n"
        "- Xã Việt Khê: tỷ lệ hồ sơ trực tuyến chỉ đạt 68,4%, thấp nhất khu vực; Chỉ số DTI xếp thứ\n"
        "97/114.\n"
    )
    assert [(f.raw_token, f.unit, f.period_end) for f in facts_of(text)] == [
        ("574", "businesses", 2025),
        ("402", "businesses", 2024),
        ("68,4", "percent", 2025),
        ("97/114", "rank", 2025),
    ]
    assigned = plan(
        "4. Phường Lê Ích Mộc: duy trì tỷ lệ hồ sơ trực tuyến trên 92%; Chỉ số DTI xếp trong tốp\n"
        "10 thành phố; cử 03 công chức chuyên trách chuyển đổi số hỗ trợ xã Việt Khê.\n"
    )
    assert [(f.raw_token, f.unit, f.comparator) for f in facts_of(assigned)] == [
        ("92", "percent", "gt"),
        ("10", "rank", "le"),
        ("03", "persons", "eq"),
    ]


def test_an_area_named_after_a_unit_is_several_units_a_place_inside_one_is_not():
    text = city_report(
        "Tỷ lệ hồ sơ trực tuyến bình quân khu vực Thủy Nguyên mới đạt 83,7%. Phường Hòa Bình: tốc "
        "độ mạng di động tại khu vực Bến Đò chỉ đạt 28,4 Mbps.\n"
    )
    assert [(f.value, f.ward_code) for f in facts_of(text)] == [(83.7, None), (28.4, "11533")]


def test_a_zalo_post_s_counters_resident_service_times_speed_and_poll():
    text = newspaper(
        "Xã An Lão: kết quả chuyển đổi số tháng 11",
        "✅ Zalo OA tiếp nhận 58 phản ánh, trung bình 1,6 ngày/phản ánh\n"
        "2️⃣ MỤC TIÊU THÁNG 12 🎯\n"
        "👉 Trả lời phản ánh trên Zalo OA tối đa 2 ngày làm việc\n"
        "👉 Tốc độ Internet tại trụ sở UBND xã từ 500 Mbps trở lên (hiện đo được 312,4 Mbps)\n"
        "👉 Sóng 5G phủ 17/17 thôn (hiện mới 14/17 thôn có sóng)\n"
        "3️⃣ KẾT QUẢ BÌNH CHỌN 📊\n"
        'Câu hỏi tuần trước: "Bà con thấy nộp hồ sơ online thế nào?" – 1.032 lượt bình chọn\n'
        '🗨️ Chị Vũ Thị Hằng, bán hàng khô ở chợ: "Giờ 8/10 khách quét mã"\n\n'
        "👁 3.418 lượt xem   👍 264 thích   ↗️ 57 chia sẻ   💬 19 bình luận\n",
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.raw_token, f.unit, f.kind) for f in extraction.facts] == [
        ("58", "complaints", "actual"),
        ("1,6", "ngày", "actual"),
        ("2", "ngày", "target"),
        ("500", "mbps", "target"),
        ("312,4", "mbps", "actual"),
        ("17/17", "ratio", "target"),
        ("14/17", "ratio", "actual"),
        ("1.032", "votes", "actual"),
    ]
    reasons = [r.reason for r in extraction.rejected if r.line >= 12]
    assert reasons.count("page_counter") == 4 and "citizen_comment" in reasons


def test_a_village_table_laid_out_with_spaces_and_its_totals_row():
    text = plan(
        "I. THỰC TRẠNG\n"
        "Tính đến ngày 25/01/2026, tỷ lệ kích hoạt đạt 78,0% (bình quân khối xã: 83,4%).\n"
        "II. CHỈ TIÊU\n"
        "Chỉ tiêu giao cho từng thôn:\n\n"
        " STT    Thôn              TK đã kích hoạt    Chỉ tiêu TK    Chỉ tiêu tỷ lệ (%)\n"
        "  1     Đông Tiến 1              1.190            1.363             93,0\n"
        "        Cộng toàn xã             1.190            1.363             93,0\n",
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.raw_token, f.unit, f.kind) for f in extraction.facts] == [
        ("78,0", "percent", "actual"),
        ("83,4", "percent", "actual"),
        ("1.190", "accounts", "actual"),
        ("1.363", "accounts", "target"),
        ("93,0", "percent", "target"),
        ("1.190", "accounts", "actual"),
        ("1.363", "accounts", "target"),
        ("93,0", "percent", "target"),
    ]
    assert extraction.facts[1].ward_code is None
    assert rejections(text)["1"] == "name_or_address"


def test_a_floor_restated_in_brackets_and_a_relative_clause_past_a_level():
    text = plan(
        "II. CHỈ TIÊU\n"
        "- Tỷ lệ công dân thuộc diện đã kích hoạt tài khoản định danh điện tử mức 2 đạt tối "
        "thiểu 92% (15.571 tài khoản).\n"
        "- Hộ kinh doanh sử dụng mã QR thanh toán: từ 537 hộ trở lên (90,1%).\n"
        "- Công an phường cấp tài khoản lưu động tại nhà văn hóa tổ 02 lần/tháng; tổ hỗ trợ trực "
        "03 buổi/tuần; mở tài khoản cho 158 đối tượng bảo trợ xã hội.\n"
        "- Thôn hoàn thành 100% chỉ tiêu trước ngày 25/11/2026 được UBND phường khen thưởng "
        "2.000.000 đồng.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.raw_token, f.unit, f.kind, f.comparator) for f in extraction.facts] == [
        ("92", "percent", "target", "ge"),
        ("15.571", "accounts", "target", "ge"),
        ("537", "businesses", "target", "ge"),
        ("90,1", "percent", "target", "ge"),
        ("02", "times_per_month", "target", "eq"),
        ("03", "times_per_week", "target", "eq"),
        ("158", "persons", "target", "eq"),
    ]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["100"], reasons["2.000.000"]) == ("group_definition", "group_definition")


def test_a_briefing_s_results_beside_last_month_s_and_their_targets():
    text = report(
        "I. BÁO CÁO CỦA CÁC BỘ PHẬN\n"
        "- Tính đến ngày 25/11/2025, toàn phường có 71.348 TK được kích hoạt, đạt 94,1% (tháng 10 "
        "là 93,3%; chỉ tiêu tháng 11 là 94,5%).\n"
        "- Lũy kế 11 tháng đạt 1.214 hộ (chỉ tiêu năm: 1.500 hộ), bằng 80,9% kế hoạch năm.\n"
        "- Tổ trưởng TDP số 17 đề nghị Công an phường cấp tài khoản lưu động 03 lần/tháng.\n"
        "II. KẾT LUẬN\n"
        "1. Còn 02 chỉ tiêu chưa đạt: tỷ lệ hồ sơ nộp trực tuyến (91,7%/92%).\n"
        "2. Công an phường cấp tài khoản lưu động tại các tổ có tỷ lệ dưới 90%; phối hợp các nhà "
        "mạng bảo đảm tốc độ tải xuống di động tại trụ sở UBND phường từ 150 Mbps trở lên.\n"
    )
    extraction = extract_text(text, "sample.txt")
    facts = {f.raw_token: f for f in extraction.facts}
    assert (facts["93,3"].kind, facts["93,3"].as_of) == ("actual", None)
    assert (facts["94,1"].kind, facts["94,1"].as_of) == ("actual", date(2025, 11, 25))
    assert (facts["94,5"].kind, facts["1.500"].kind, facts["80,9"].kind) == (
        "target",
        "target",
        "actual",
    )
    assert (facts["03"].kind, facts["92"].kind, facts["91,7"].kind) == (
        "target",
        "target",
        "actual",
    )
    assert (facts["150"].unit, facts["150"].comparator) == ("mbps", "ge")
    assert {r.raw_token: r.reason for r in extraction.rejected}["90"] == "group_definition"


def test_a_special_zone_s_report_its_sites_groups_comparisons_and_own_rank():
    text = report(
        "Đặc khu có 47/49 cơ quan, trường học kết nối mạng ổn định; còn 02 điểm trường tại thôn "
        "Liên Minh kết nối chập chờn. Thôn Cái Giá có 58 hộ kinh doanh homestay nhận đặt phòng "
        "qua ít nhất 02 nền tảng trực tuyến; tốc độ di động tại thôn Liên Minh chỉ bằng khoảng "
        "1/5 bình quân đặc khu.\n"
        "Bình quân toàn thành phố là 89,6%, đặc khu cao hơn 1,6 điểm phần trăm và xếp thứ 23/114 "
        "đơn vị cấp xã.\n",
        ward="Cát Hải",
    )
    extraction = extract_text(text, "sample.txt")
    zone = extraction.meta.ward.code
    assert [(f.raw_token, f.unit, f.ward_code) for f in extraction.facts] == [
        ("47/49", "ratio", zone),
        ("02", "schools", zone),
        ("58", "businesses", zone),
        ("89,6", "percent", "31"),
        ("23/114", "rank", zone),
    ]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["1/5"], reasons["1,6"]) == ("descriptive_quantity", "descriptive_quantity")
    assert [r.reason for r in extraction.rejected if r.raw_token == "02"] == ["group_definition"]


def test_a_ranking_news_subheadings_groups_and_a_place_another_year():
    text = newspaper(
        "Công bố Chỉ số chuyển đổi số cấp xã năm 2024",
        "Chỉ số DTI cấp xã năm 2024 được đánh giá theo Bộ chỉ số ban hành kèm theo Quyết định "
        "số 215/QĐ-UBND, gồm 08 chỉ số thành phần, thang điểm tối đa 1.000 điểm.\n\n"
        "Tốp 10: chín phường, một xã\n\n"
        "Mười đơn vị dẫn đầu đều đạt trên 770 điểm, trong đó phường Lê Chân dẫn đầu với "
        "836,42 điểm, tăng 2 bậc so với năm 2023; chín trong mười đơn vị của tốp đầu là "
        "phường thuộc khu vực trung tâm thành phố.\n\n"
        "Phường Lê Chân: 6/8 chỉ số thành phần đạt trên 80% số điểm tối đa\n\n"
        "Với tổng điểm 836,42 điểm, trong đó trụ cột Chính quyền số 221,30 điểm, xã Khúc Thừa "
        "Dụ giảm 12 bậc (năm 2023: thứ 101), còn phường giữ vị trí dẫn đầu khối phường.\n\n"
        "Năm 2025: phấn đấu bình quân toàn thành phố tối thiểu 700 điểm\n\n"
        "Giám đốc Sở nhấn mạnh: “Trụ cột Kinh tế số vẫn là điểm nghẽn, bình quân toàn thành phố "
        "mới đạt 58,4% số điểm tối đa. Năm 2025, thành phố phấn đấu điểm DTI bình quân đạt tối "
        "thiểu 700 điểm”.\n",
    )
    extraction = extract_text(text, "sample.txt")
    facts = [(f.raw_token, f.unit, f.period_end) for f in extraction.facts]
    assert ("10", "rank", 2024) not in facts and ("08", "chỉ số", 2024) not in facts
    assert ("101", "rank", 2023) in facts and ("58,4", "percent", 2024) in facts
    by_token = {f.raw_token: f for f in extraction.facts}
    assert by_token["221,30"].ward_code == "11383"
    assert by_token["101"].ward_code == "11224"
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["08"], reasons["80"]) == ("plan_structure", "group_definition")


def test_a_mid_term_review_dated_by_a_months_window_and_its_standards():
    text = (
        "ĐẢNG ỦY PHƯỜNG HÒA BÌNH\nSố 12-BC/ĐU\nHòa Bình, ngày 14 tháng 7 năm 2030\n\n"
        "BÁO CÁO\nsơ kết giữa kỳ việc thực hiện Nghị quyết số 57-NQ/TW trên địa bàn phường "
        "(từ tháng 7/2025 đến 30/6/2030)\n\n"
        "Tính đến ngày 30/6/2030, tổng kinh phí phường đã bố trí cho chuyển đổi số từ năm 2025 "
        "đến nay là 18,64 tỷ đồng. Đối chiếu với mục tiêu Nghị quyết đến năm 2030, phường đã đạt "
        "sớm 04/11 chỉ tiêu; tỷ lệ chi ngân sách mới đạt 2,4%, chưa bảo đảm mức tối thiểu 3%.\n"
        "Đến hết năm 2030 phấn đấu tỷ lệ người trưởng thành có chữ ký số đạt tối thiểu 70%, 100% "
        "hộ kinh doanh, doanh nghiệp khai, nộp thuế trên nền tảng số.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert extraction.meta.reference_year == 2030
    assert [(f.raw_token, f.kind, f.comparator, f.period_end) for f in extraction.facts] == [
        ("18,64", "actual", "eq", 2030),
        ("04/11", "actual", "eq", 2030),
        ("2,4", "actual", "eq", 2030),
        ("3", "target", "ge", 2030),
        ("70", "target", "ge", 2030),
        ("100", "target", "eq", 2030),
    ]


def test_a_letter_s_run_of_units_under_its_lead_in_and_their_earlier_values():
    text = city_report(
        "1. Kết quả\n"
        "Tính đến hết ngày 15/3/2029, số đơn vị đạt từ 80% trở lên là 100/114 (tại thời điểm "
        "15/1/2029 là 91/114); xã Gia Lộc tăng từ 74,1% lên 86,3%.\n"
        "2. Các đơn vị chậm tiến độ\n"
        "a) Tính đến ngày 15/3/2029, các đơn vị có tỷ lệ hồ sơ trực tuyến dưới 80% gồm:\n"
        "xã Hà Nam (79,4%), xã Khúc Thừa\n"
        "Dụ (72,4%).\n"
        "3. Đề nghị Chủ tịch UBND các đơn vị nêu tại mục 2:\n"
        "a) Bảo đảm đến ngày 30/6/2029 tỷ lệ hồ sơ trực tuyến của đơn vị đạt tối thiểu 80%.\n"
    )
    facts = [(f.raw_token, f.kind, f.as_of, f.ward_code) for f in facts_of(text)]
    assert facts == [
        ("100/114", "actual", date(2029, 3, 15), "31"),
        ("91/114", "actual", date(2029, 1, 15), "31"),
        ("74,1", "actual", None, "10999"),
        ("86,3", "actual", date(2029, 3, 15), "10999"),
        ("79,4", "actual", date(2029, 3, 15), "10843"),
        ("72,4", "actual", date(2029, 3, 15), "11224"),
        ("80", "target", None, None),
    ]


def test_an_infographic_s_tiles_chart_and_cut_off_line():
    text = (
        "UBND PHƯỜNG HÒA BÌNH\nCHUYỂN ĐỔI SỐ NĂM 2025\nSố liệu tính đến 31/12/2025\n\n"
        "01  CHÍNH QUYỀN SỐ\n"
        "98,6% ●\nhồ sơ TTHC nộp trực tuyến\n"
        "15.362\nhồ sơ tiếp nhận, giải quyết (▲ 2.114 hồ sơ)\n"
        "1,4 ngày\nthời gian giải quyết trung bình/hồ sơ\n"
        "97,1%\nngười dân hài lòng (2024: 94,8%)\n\n"
        "HỒ SƠ TRỰC TUYẾN QUA CÁC NĂM (%)\n"
        "2023     2024     2025\n"
        "81,2     90,4     98,6\n\n"
        "MỤC TIÊU NĂM 2026\n"
        "Tốp 5\ntoàn thành phố\n400\nhộ kinh doanh trên sàn TMĐT\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [
        (f.raw_token, f.unit, f.kind, f.period_end, f.as_of, f.ward_code) for f in extraction.facts
    ] == [
        ("98,6", "percent", "actual", 2025, date(2025, 12, 31), "11533"),
        ("15.362", "dossiers", "actual", 2025, date(2025, 12, 31), "11533"),
        ("1,4", "ngày", "actual", 2025, date(2025, 12, 31), "11533"),
        ("97,1", "percent", "actual", 2025, date(2025, 12, 31), "11533"),
        ("94,8", "percent", "actual", 2024, None, "11533"),
        ("81,2", "percent", "actual", 2023, None, "11533"),
        ("90,4", "percent", "actual", 2024, None, "11533"),
        ("98,6", "percent", "actual", 2025, date(2025, 12, 31), "11533"),
        ("5", "rank", "target", 2026, None, "11533"),
        ("400", "businesses", "target", 2026, None, "11533"),
    ]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["01"], reasons["2.114"]) == ("outline_number", "descriptive_quantity")


def test_a_council_question_session_s_course_promises_and_sums():
    text = report(
        "Thành phần: 29/31 đại biểu HĐND phường có mặt. Thường trực HĐND đã nhận 06 phiếu đăng ký "
        "chất vấn.\n"
        "Đại biểu hỏi: “Nghị quyết của HĐND phường giao chỉ tiêu năm 2025 tỷ lệ hồ sơ nộp trực "
        "tuyến đạt từ 85% trở lên. Năm nay phường đã chi 1,2 tỷ cho chuyển đổi số, con số 96 hộ "
        "kinh doanh lên sàn là quá ít; năm nay hứa 85% mà không đạt”.\n"
        "Chủ tịch UBND phường trả lời: Về khoản 1,2 tỷ đồng đại biểu nêu, đây là tổng kinh phí "
        "năm 2025. Mục tiêu năm 2026: điểm DTI trên 700 điểm.\n"
        "Phiên chất vấn diễn ra trong 2 giờ 15 phút, với 06 đại biểu chất vấn, 02 lượt tranh "
        "luận.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.raw_token, f.unit, f.kind) for f in extraction.facts] == [
        ("85", "percent", "target"),
        ("1,2", "vnd_billion", "actual"),
        ("96", "businesses", "actual"),
        ("85", "percent", "target"),
        ("1,2", "vnd_billion", "actual"),
        ("700", "points", "target"),
    ]
    reasons = [(r.raw_token, r.reason) for r in extraction.rejected]
    for rejected in [("29/31", "schedule"), ("2", "duration"), ("02", "schedule")]:
        assert rejected in reasons
    assert reasons.count(("06", "schedule")) == 2


def test_an_e_mail_is_titled_by_its_subject_and_dated_by_its_sending():
    text = (
        "Từ: Phòng Văn hóa - Xã hội <vhxh.hoabinh@haiphong.gov.vn>\n"
        "Gửi: Thứ Năm, 16 tháng 5, 2030 08:12\n"
        "Đến: Văn phòng UBND phường <vp.hoabinh@haiphong.gov.vn>\n"
        "Chủ đề: FW: RE: [KHẨN] Giải trình số liệu chuyển đổi số 4 tháng đầu năm 2030 - phường "
        "Hòa Bình\n\n"
        "Tính đến hết ngày 15/5/2030, phường tiếp nhận 2.369 hồ sơ, tỷ lệ trực tuyến là 80,3%.\n"
        "Vào Th 2, 13 thg 5, 2030 lúc 16:20 Phòng CĐS đã viết:\n"
    )
    extraction = extract_text(text, "sample.txt")
    meta = extraction.meta
    assert (meta.kind, meta.issued_on, meta.reference_year) == ("report", date(2030, 5, 16), 2030)
    assert meta.title.startswith("Giải trình số liệu")
    assert [(f.raw_token, f.period_end) for f in extraction.facts] == [
        ("2.369", 2030),
        ("80,3", 2030),
    ]
    assert rejections(text)["13"] == "date"


def test_a_weekly_bulletin_s_items_each_opening_on_its_unit():
    text = city_report(
        "Tính đến 17h00 ngày 23/3/2029, tỷ lệ hồ sơ trực tuyến toàn thành phố đạt 84,7% (tuần "
        "trước: 83,9%).\n\n"
        "**Phường Hải An:** Đến ngày 23/3/2029, tỷ lệ chữ ký số của phường đạt 76,8%. Phường lắp "
        "thêm 26 camera. Mục tiêu năm 2029: tỷ lệ chữ ký số đạt tối thiểu 85%.\n\n"
        "**Đặc khu Bạch Long Vĩ:** Tốc độ truy cập Internet tại trụ sở đạt 324,6 Mbps (tuần "
        "trước: 58,2 Mbps); 100% hồ sơ TTHC của đặc khu được số hóa.\n\n"
        "**Xã Tiên Lãng và xã Quyết Thắng:** Số tài khoản kích hoạt mới lần lượt là 412 và 367 "
        "tài khoản. Hai xã đã cùng đưa 23 sản phẩm OCOP lên sàn.\n\n"
        "**Phường Hải Dương:** Phường đã số hóa 12.380 trang, bằng 61,9% kế hoạch năm 2029 "
        "(20.000 trang).\n\n"
        "LỊCH CÔNG TÁC TUẦN TỚI\n"
        "- 14h00 thứ Ba, 27/3: Đoàn kiểm tra của Sở (05 thành viên) làm việc tại xã Vĩnh Bảo.\n"
        "- 08h30 thứ Năm, 29/3: Tập huấn cho khoảng 230 cán bộ đầu mối cấp xã.\n"
    )
    extraction = extract_text(text, "sample.txt")
    facts = [(f.raw_token, f.kind, f.as_of, f.ward_code) for f in extraction.facts]
    cut_off = date(2029, 3, 23)
    assert facts == [
        ("84,7", "actual", cut_off, "31"),
        ("83,9", "actual", None, "31"),
        ("76,8", "actual", cut_off, "11413"),
        ("26", "actual", cut_off, "11413"),
        ("85", "target", None, "11413"),
        ("324,6", "actual", None, "11948"),
        ("58,2", "actual", None, "11948"),
        ("100", "actual", None, "11948"),
        ("412", "actual", None, "11755"),
        ("367", "actual", None, "11761"),
        ("23", "actual", None, None),
        ("12.380", "actual", None, "10525"),
        ("61,9", "actual", None, "10525"),
        ("20.000", "target", None, "10525"),
    ]
    assert extraction.facts[8].unit == "accounts"
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert (reasons["05"], reasons["230"]) == ("schedule", "schedule")


def test_an_ocr_table_whose_columns_collapsed_to_single_spaces():
    text = report(
        "5. Biểu tổng hợp một số chỉ tiêu chủ yếu\n"
        "STT Chỉ tiêu ĐVT KH năm 2025 TH năm 2025 Cùng kỳ 2024\n"
        "1 Tỷ lệ hồ sơ TTHC nộp trực tuyến o/o 85 75,7 64,2\n"
        "2 | Tài khoản VNeID mức 2 kích hoạt | TK | 760 | 702 | 655\n"
        "3 Tốc độ Internet tại trụ sở UBND Mbps ≥ 200 168,4 121,3\n"
        "II. TỒN TẠI, HẠN CHẾ\n"
        "Tỷ lệ hồ sơ nộp trực tuyến mới đạt 75,7 o/o so với kế hoạch năm là 85 o/o; 73 tàu cá "
        "đã lắp thiết bị giám sát hành trình.\n",
        ward="Bạch Long Vĩ",
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.raw_token, f.unit, f.kind, f.period_end) for f in extraction.facts] == [
        ("85", "percent", "target", 2025),
        ("75,7", "percent", "actual", 2025),
        ("64,2", "percent", "actual", 2024),
        ("760", "accounts", "target", 2025),
        ("702", "accounts", "actual", 2025),
        ("655", "accounts", "actual", 2024),
        ("200", "mbps", "target", 2025),
        ("168,4", "mbps", "actual", 2025),
        ("121,3", "mbps", "actual", 2024),
        ("75,7", "percent", "actual", 2025),
        ("85", "percent", "target", 2025),
        ("73", "tàu", "actual", 2025),
    ]


def test_a_survey_article_s_method_box_and_the_year_a_move_started_from():
    text = newspaper(
        "Khảo sát sự hài lòng: 87,1% người dùng hài lòng với dịch vụ công trực tuyến",
        "Tỷ lệ rất hài lòng tăng từ 35,2% (năm 2024) lên 41,8%.\n\n"
        "Bảng: Nhóm đơn vị dẫn đầu\n"
        "Xếp hạng\tĐơn vị\tChỉ số hài lòng 2025 (%)\tSố phiếu hợp lệ\n"
        "1\tPhường Hồng Bàng\t97,4\t117\n\n"
        "PHƯƠNG PHÁP KHẢO SÁT\n"
        "▪ Cỡ mẫu thiết kế: khối phường (45 đơn vị) 120 phiếu/đơn vị.\n"
        "▪ Sai số tối đa: ±0,9% với toàn thành phố (độ tin cậy 95%).\n",
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.raw_token, f.unit, f.period_end) for f in extraction.facts] == [
        ("87,1", "percent", 2025),
        ("35,2", "percent", 2024),
        ("41,8", "percent", 2025),
        ("1", "rank", 2025),
        ("97,4", "percent", 2025),
        ("117", "phiếu", 2025),
    ]
    reasons = {r.raw_token: r.reason for r in extraction.rejected}
    assert {reasons[token] for token in ("120", "0,9", "95")} == {"indicator_qualifier"}


def test_a_converted_report_s_key_value_lines_and_footnotes_after_its_signature():
    text = report(
        "Bảng 1. Trang thiết bị tại Trung tâm phục vụ hành chính công phường:\n"
        "Hạng mục: Số lượng hiện có\n"
        "Máy lấy số thứ tự tự động: 02\n"
        "Camera giám sát khu vực một cửa: 09\n"
        "Tốc độ Internet tại trụ sở đạt 612 Mbps[1].\n\n"
        "Nơi nhận:\tKT. CHỦ TỊCH\n"
        "- Sở Khoa học và Công nghệ;\tPHÓ CHỦ TỊCH\n"
        "- Lưu: VT.\t(Đã ký)\n"
        "\tTrần Minh Khoa\n\n"
        "[1] Mức tối thiểu thành phố giao: 500 Mbps.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.raw_token, f.unit, f.kind) for f in extraction.facts] == [
        ("02", "machines", "actual"),
        ("09", "cameras", "actual"),
        ("612", "mbps", "actual"),
        ("500", "mbps", "target"),
    ]
    assert "Trần Minh Khoa" in extraction.signer_names


def test_a_resolution_s_items_keep_their_year_past_a_bracket_of_last_year_s():
    text = plan(
        "2. Các chỉ tiêu chủ yếu năm 2026\n"
        "(9) Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến đạt tối thiểu 95% (năm 2025 ước đạt\n"
        "91,7%); tỷ lệ hồ sơ trực tuyến toàn trình từ 85% đến 90%.\n"
        "(10) Tỷ lệ hồ sơ giải quyết quá hạn không quá 2%.\n"
    )
    assert [(f.raw_token, f.kind, f.period_end) for f in facts_of(text)] == [
        ("95", "target", 2026),
        ("91,7", "actual", 2025),
        ("85", "target", 2026),
        ("2", "target", 2026),
    ]


def test_last_year_s_results_in_a_resolution_s_preamble_keep_their_bracket_s_year():
    text = plan(
        "Xét Tờ trình số 186/TTr-UBND ngày 04 tháng 12 năm 2025 của Ủy ban nhân dân phường về "
        "mục tiêu năm 2026 (kết quả năm 2025: tổng thu ngân sách ước đạt 86,4 tỷ đồng; tỷ lệ hồ "
        "sơ trực tuyến ước đạt 91,7% (bình quân toàn thành phố: 89,2%)); Báo cáo thẩm tra.\n"
    )
    assert [(f.raw_token, f.kind, f.period_end, f.ward_code) for f in facts_of(text)] == [
        ("86,4", "actual", 2025, "11533"),
        ("91,7", "actual", 2025, "11533"),
        ("89,2", "actual", 2025, "31"),
    ]


def test_a_city_body_s_notice_on_one_commune_speaks_of_that_commune():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 41/TB-ĐKT\n"
        "Hải Phòng, ngày 02 tháng 12 năm 2032\n\n"
        "THÔNG BÁO\nKết quả kiểm tra công tác chuyển đổi số năm 2032 tại xã Vĩnh Hải\n\n"
        "I. KẾT QUẢ KIỂM TRA (số liệu tính đến ngày 31/10/2032)\n"
        "Tốc độ truy cập Internet tại trụ sở UBND xã đo được 312,4 Mbps (mức tối thiểu thành "
        "phố giao: 300 Mbps); 14/14 thôn đã được phủ sóng 5G.\n"
        "II. TỒN TẠI\n"
        "Qua kiểm tra, Đoàn chỉ ra 05 tồn tại chủ yếu của xã Vĩnh Hải:\n"
        "- Còn 14 hồ sơ quá hạn.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.raw_token, f.kind, f.comparator, f.ward_code) for f in extraction.facts] == [
        ("312,4", "actual", "eq", "11875"),
        ("300", "target", "ge", "11875"),
        ("14/14", "actual", "eq", "11875"),
        ("14", "actual", "eq", "11875"),
    ]
    assert rejections(text)["05"] == "plan_structure"


def test_a_posts_keycap_items_in_sentence_case_are_items_under_its_lead_ins_cut_off():
    text = report(
        "📣 Tính đến ngày 30/11/2029, phường đã về đích các chỉ tiêu, cụ thể như sau: 👇\n"
        "1️⃣ Hồ sơ nộp trực tuyến đạt 94,1% ✅\n"
        "2️⃣ 1.870 hộ kinh doanh bán hàng trên sàn thương mại điện tử 🛒\n"
        "3️⃣ 100% tổ dân phố được phủ sóng 5G, năm ngoái mới 19/25 tổ dân phố 📶\n",
        year=2029,
    )
    assert [(f.raw_token, f.period_end, f.as_of) for f in facts_of(text)] == [
        ("94,1", 2029, date(2029, 11, 30)),
        ("1.870", 2029, date(2029, 11, 30)),
        ("100", 2029, date(2029, 11, 30)),
        ("19/25", 2028, None),
    ]


def test_an_arrow_leads_from_the_compared_years_value_to_this_years():
    text = report(
        "📊 SO VỚI NĂM 2028, bà con cùng xem:\n"
        "▪️ Hồ sơ nộp trực tuyến: 86,4% ➡️ 94,1%\n"
        "▪️ Camera kết nối Trung tâm IOC: 120 → 185 camera\n"
        "▪️ Xếp hạng DTI khối phường: thứ 21 (năm 2027) ➡️ thứ 12 (năm 2028)\n",
        year=2029,
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.period_end, f.as_of) for f in facts] == [
        (86.4, "percent", 2028, None),
        (94.1, "percent", 2029, None),
        (120, "cameras", 2028, None),
        (185, "cameras", 2029, None),
        (21, "rank", 2027, None),
        (12, "rank", 2028, None),
    ]
    assert "Hồ sơ nộp trực tuyến" in facts[0].indicator_text


def test_the_pages_reply_right_under_a_readers_comment_is_the_pages_own():
    from ingest.load import stored_text

    text = (
        "UBND phường Hòa Bình\n12 tháng 12 lúc 09:30 · 🌏\n\n"
        "Năm 2029, phường Hòa Bình có 96,5% hồ sơ được nộp trực tuyến.\n\n"
        "Nguyễn Văn Bình\nSóng điện thoại ở tổ 5 buổi tối còn yếu lắm ạ\n"
        "2 giờ   Thích   Phản hồi   👍 8\n"
        "    UBND phường Hòa Bình · Tác giả\n"
        "    Dạ, phường đã đề nghị nhà mạng lắp thêm 02 trạm BTS; hiện phường có 14 trạm BTS ạ\n"
        "    1 giờ   Thích   Phản hồi   👍 2\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert [(f.raw_token, f.unit, f.kind) for f in extraction.facts] == [
        ("96,5", "percent", "actual"),
        ("02", "stations", "target"),
        ("14", "stations", "actual"),
    ]
    assert {r.reason for r in extraction.rejected if r.line == 2} <= {"date", "clock_time"}
    assert "Nguyễn Văn Bình" not in stored_text(text, extraction)


def test_a_decisions_table_of_targets_per_block_gives_no_unit_its_cells():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSố: 25/QĐ-UBND\nHải Phòng, ngày 15 tháng 01 năm 2031\n"
        "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu chuyển đổi số năm 2031\n"
        "Điều 1. Giao chỉ tiêu chuyển đổi số năm 2031 theo khối:\n"
        "STT   Chỉ tiêu                                  ĐVT     Khối phường   Khối xã   Đặc khu\n"
        "1     Tỷ lệ hồ sơ xử lý trực tuyến              %       ≥ 96          ≥ 92      ≥ 80\n"
        "2     Thời gian trả lời phản ánh của người dân  Ngày    ≤ 2           ≤ 3       ≤ 4\n"
    )
    facts = facts_of(text)
    assert [(f.value, f.unit, f.comparator, f.ward_code) for f in facts] == [
        (96, "percent", "ge", None),
        (92, "percent", "ge", None),
        (80, "percent", "ge", None),
        (2, "ngày", "le", None),
        (3, "ngày", "le", None),
        (4, "ngày", "le", None),
    ]


def test_a_decisions_scoring_rules_and_completion_threshold_are_no_facts():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSố: 25/QĐ-UBND\nHải Phòng, ngày 15 tháng 01 năm 2031\n"
        "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu chuyển đổi số năm 2031\n"
        "Xét đề nghị của Sở Khoa học và Công nghệ (năm 2030 có 104/114 xã, phường, đặc khu hoàn "
        "thành từ 90% chỉ tiêu được giao trở lên),\n"
        "Điều 2. Đánh giá mức độ hoàn thành\n"
        "1. Mỗi chỉ tiêu được chấm tối đa 10 điểm; tổng điểm quy đổi về thang 100 điểm.\n"
        "2. Đơn vị có từ 02 chỉ tiêu trở lên đạt dưới 80% chỉ tiêu giao thì không xếp loại Hoàn "
        "thành tốt; đơn vị có tỷ lệ hồ sơ trực tuyến đạt 100% được cộng 3 điểm.\n"
    )
    assert [(f.raw_token, f.kind, f.period_end) for f in facts_of(text)] == [
        ("104/114", "actual", 2030)
    ]
    found = rejections(text)
    assert (found["90"], found["10"], found["02"], found["100"]) == (
        "group_definition",
        "indicator_qualifier",
        "group_definition",
        "group_definition",
    )


def test_an_item_opening_on_two_units_gives_neither_the_targets_they_share():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSố: 25/QĐ-UBND\nHải Phòng, ngày 15 tháng 01 năm 2031\n"
        "QUYẾT ĐỊNH\nVề việc giao chỉ tiêu chuyển đổi số năm 2031\n"
        "2. Các đơn vị áp dụng chỉ tiêu riêng:\n"
        "b) Xã Hồng Châu và xã Nam Thanh Miện (năm 2030 lần lượt đạt 610,5 điểm và 622,8 điểm): "
        "điểm DTI từ 700 điểm trở lên.\n"
    )
    assert [(f.raw_token, f.kind, f.ward_code) for f in facts_of(text)] == [
        ("610,5", "actual", "11218"),
        ("622,8", "actual", "11284"),
        ("700", "target", None),
    ]


def test_a_clause_opening_on_now_takes_no_year_from_its_sentence():
    text = report(
        "Phường đã đề nghị các nhà mạng lắp thêm 03 trạm BTS trong quý I/2030; hiện phường có "
        "21 trạm BTS.\n",
        year=2029,
    )
    assert [(f.raw_token, f.kind, f.period_end) for f in facts_of(text)] == [
        ("03", "target", 2030),
        ("21", "actual", 2029),
    ]


def test_a_slide_decks_numbered_slides_and_labelled_bullets():
    text = (
        "Slide 1/9\nỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH\nSƠ KẾT CHUYỂN ĐỔI SỐ QUÝ III NĂM 2030\n"
        "Slide 2/9\nCHỈ SỐ DTI NĂM 2029 [biểu đồ, nhãn dữ liệu]\n"
        "• Tổng điểm: 731,06\n"
        "Slide 3/9\nHẠ TẦNG SỐ\n"
        "• Internet tại trụ sở UBND phường: 540 Mbps\n"
        "• PAKN trả lời đúng hạn: 188/192 – 97,9%\n"
    )
    facts = facts_of(text)
    assert [(f.raw_token, f.unit, f.period_end) for f in facts] == [
        ("731,06", "points", 2029),
        ("540", "mbps", 2030),
        ("188/192", "ratio", 2030),
        ("97,9", "percent", 2030),
    ]


def test_a_cut_off_without_its_year_is_in_the_documents_year():
    text = report(
        "Tính đến ngày 12/9, toàn phường có 18.420 tài khoản định danh điện tử mức 2 được kích "
        "hoạt.\n",
        year=2028,
    )
    assert only(text).as_of == date(2028, 9, 12)


def test_a_heading_naming_an_earlier_year_dates_its_results_under_a_later_cut_off():
    text = (
        "ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH\nSƠ KẾT CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2029\n"
        "Số liệu tính đến 30/9/2029\n\n"
        "II. CHỈ SỐ DTI NĂM 2028 (TP công bố tháng 3/2029)\n"
        "- Phường đạt 742,18 điểm, xếp thứ 9/114.\n\n"
        "III. KẾT QUẢ 9 THÁNG NĂM 2029\n"
        "- Tỷ lệ hồ sơ trực tuyến đạt 93,4%.\n"
    )
    assert [(f.raw_token, f.period_end, f.as_of) for f in facts_of(text)] == [
        ("742,18", 2028, None),
        ("9/114", 2028, None),
        ("93,4", 2029, date(2029, 9, 30)),
    ]


def test_a_bare_plan_figure_and_operators_and_pillars_in_a_slides_bullets():
    text = report(
        "• Phí, lệ phí không dùng tiền mặt 81,7% – dưới KH 90%\n"
        "• HKD thanh toán không dùng tiền mặt: 1.284 hộ\n"
        "• 5G: 64/64 TDP, ≥ 02 nhà mạng\n"
        "• Kinh tế số thấp nhất trong 3 trụ cột, mới đạt 59,4% số điểm tối đa.\n",
        year=2029,
    )
    assert [(f.raw_token, f.unit, f.kind) for f in facts_of(text)] == [
        ("81,7", "percent", "actual"),
        ("90", "percent", "target"),
        ("1.284", "businesses", "actual"),
        ("64/64", "ratio", "actual"),
        ("59,4", "percent", "actual"),
    ]
    found = rejections(text)
    assert (found["02"], found["3"]) == ("group_definition", "plan_structure")


def test_a_spreadsheet_saved_with_semicolons_reads_its_titles_notes_and_cells():
    rows = [
        "UBND PHƯỜNG HÒA BÌNH;;;;;;Biểu số: 01/CĐS",
        "BIỂU TỔNG HỢP CHỈ TIÊU CHUYỂN ĐỔI SỐ THÁNG 10 NĂM 2030;;;;;;",
        '"(Số liệu tính đến hết ngày 31/10/2030; kèm theo Báo cáo số 91/BC-UBND)";;;;;;',
        "STT;Chỉ tiêu;ĐVT;KH năm 2030;Thực hiện tháng 10;Tỷ lệ %;Ghi chú",
        "1;Hồ sơ nộp trực tuyến;Hồ sơ;12.000;1.046;#DIV/0!;",
        "2;Xếp hạng chỉ số phục vụ người dân (khối phường);Thứ hạng;Tốp 10;8/45;;Tháng 9/2030: 12/45",
        "(*) Chỉ tiêu thành phố giao cho phường năm 2030: tỷ lệ hồ sơ trực tuyến từ 95% trở lên.;;;;;;",
        "(**) Bình quân khối phường tháng 10/2030: tỷ lệ hồ sơ trực tuyến 93,1%.;;;;;;",
    ]
    text = "\n".join(rows) + "\n"
    facts = facts_of(text)
    assert [(f.raw_token, f.kind, f.as_of) for f in facts] == [
        ("12.000", "target", None),
        ("1.046", "actual", date(2030, 10, 31)),
        ("10", "target", None),
        ("8/45", "actual", date(2030, 10, 31)),
        ("12/45", "actual", None),  # September's own rank, not of the cut-off of 31/10
        ("95", "target", None),
        ("93,1", "actual", None),
    ]
    found = rejections(text)
    assert (found["0"], found["9/2030"]) == ("unparseable", "date")


def test_a_feature_names_communes_bare_after_naming_them_with_their_kind():
    text = (
        "BÁO HẢI PHÒNG\nThứ Sáu, 14/12/2029 | 07:30\n\n"
        "Ba xã, ba lối đi trên hành trình chuyển đổi số\n\n"
        "(Báo Hải Phòng) – Xã Tiên Lãng, xã Thanh Hà và xã Ninh Giang đều nằm ở nửa trên bảng xếp "
        "hạng Chỉ số chuyển đổi số (DTI) năm 2028.\n\n"
        "Năm 2029, ba xã chi tổng cộng 7,85 tỷ đồng cho chuyển đổi số, trong đó Tiên Lãng 2,6 tỷ "
        "đồng, Thanh Hà 3,15 tỷ đồng và Ninh Giang 2,1 tỷ đồng.\n\n"
        "Box: Những con số\n"
        "▪ 412 – hộ kinh doanh của Tiên Lãng có gian hàng trên sàn thương mại điện tử\n"
        "▪ 21/114 – thứ hạng DTI năm 2028 của Thanh Hà\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert extraction.meta.reference_year == 2029
    assert [(f.raw_token, f.unit, f.period_end, f.ward_code) for f in extraction.facts] == [
        ("7,85", "vnd_billion", 2029, None),
        ("2,6", "vnd_billion", 2029, "11755"),
        ("3,15", "vnd_billion", 2029, "10813"),
        ("2,1", "vnd_billion", 2029, "11203"),
        ("412", "businesses", 2029, "11755"),
        ("21/114", "rank", 2028, "10813"),
    ]


def test_a_horizon_after_a_cited_plan_governs_the_sentences_later_clauses():
    text = city_report(
        "Theo Kế hoạch số 186/KH-UBND ngày 20/3/2029 của UBND thành phố, đến năm 2031 Hải Phòng "
        "phấn đấu 100% xã có điểm DTI từ 600 điểm trở lên; tỷ lệ hồ sơ xử lý trực tuyến toàn "
        "trình đạt tối thiểu 90%.\n",
        year=2029,
    )
    assert [(f.raw_token, f.kind, f.period_start, f.period_end) for f in facts_of(text)] == [
        ("100", "target", 2029, 2031),
        ("90", "target", 2029, 2031),
    ]


def test_a_plans_results_and_funding_by_year_under_a_unit_lead_in():
    text = plan(
        "I. KẾT QUẢ THỰC HIỆN NĂM 2025\n"
        "- Tỷ lệ hộ kinh doanh nộp thuế trên nền tảng số đạt 72,5% (mục tiêu: 85%).\n\n"
        "II. KINH PHÍ\n"
        "Phân kỳ kinh phí theo năm (đơn vị tính: triệu đồng):\n"
        "- Năm 2026: 8.600;\n"
        "- Năm 2027: 10.400.\n"
    )
    assert [(f.raw_token, f.unit, f.kind, f.period_end) for f in facts_of(text)] == [
        ("72,5", "percent", "actual", 2025),
        ("85", "percent", "target", 2025),
        ("8.600", "vnd_million", "target", 2026),
        ("10.400", "vnd_million", "target", 2027),
    ]


def test_how_a_supervision_was_done_holds_no_values():
    text = report(
        "I. KHÁI QUÁT\n"
        "3. Phương thức: khảo sát thực tế tại Trung tâm phục vụ hành chính công xã và 04 thôn; "
        "phát 150 phiếu khảo sát ngẫu nhiên tới hộ gia đình.\n"
        "II. KẾT QUẢ GIÁM SÁT\n"
        "- Tỷ lệ hồ sơ trực tuyến đạt 91,2%.\n",
        year=2030,
    )
    assert [f.raw_token for f in facts_of(text)] == ["91,2"]
    assert {rejections(text)[t] for t in ("04", "150")} == {"indicator_qualifier"}


def test_a_bulletins_gap_left_to_a_target_and_its_weather_hold_no_values():
    text = report(
        "Theo Kế hoạch, đến hết năm 2028 xã phấn đấu có ít nhất 19.600 tài khoản được kích hoạt. "
        "Như vậy, từ nay đến cuối năm, toàn xã còn phải vận động thêm khoảng 1.180 công dân kích "
        "hoạt tài khoản.\n"
        "Dự báo thời tiết: nhiệt độ thấp nhất 24 đến 26 độ, cao nhất 32 đến 34 độ.\n",
        year=2028,
    )
    assert [f.raw_token for f in facts_of(text)] == ["19.600"]
    found = rejections(text)
    assert (found["1.180"], found["26"], found["34"]) == ("descriptive_quantity",) * 3


def test_an_ocr_tables_row_whose_label_wrapped_and_its_slips():
    text = report(
        "Bảng 1. Kết quả thực hiện một số chỉ tiêu năm 2032\n"
        "STT   Chỉ tiêu                                    ĐVT       KH 2032    TH 2032\n"
        "1     Hồ sơ TTHC xử lý trực tuyến                 %         95         95,7\n"
        "2     Hộ kinh doanh, doanh nghiệp sử dụng hoá\n"
        "      đơn điện tử                                 hộ, DN    1.300      1.183\n"
        "Ghi chú: số liệu chỉ tiêu 1, 2 do Công an xã cung cấp.\n\n"
        "Tỷ lệ hộ dân có Internet cáp quang đạt 9l,4%.\n",
        year=2032,
    )
    facts = facts_of(text)
    assert [(f.raw_token, f.unit, f.kind) for f in facts] == [
        ("95", "percent", "target"),
        ("95,7", "percent", "actual"),
        ("1.300", "businesses", "target"),
        ("1.183", "businesses", "actual"),
    ]
    assert "hoá đơn điện tử" in facts[2].indicator_text
    assert rejections(text)["4"] == "unparseable"


def test_a_city_letter_on_lagging_units_their_group_and_each_units_requests():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 512/SKHCN-CĐS\n"
        "Hải Phòng, ngày 10 tháng 9 năm 2034\n\n"
        "Tuy nhiên, còn 07 đơn vị có nhiều chỉ tiêu đạt thấp, chậm so với lộ trình, cụ thể:\n"
        "Về tỷ lệ hồ sơ xử lý trực tuyến (chỉ tiêu chung của thành phố năm 2034 là từ 95% trở "
        "lên), đến ngày 31/8/2034 xã Hà Bắc mới đạt 81,4%; phường Đồ Sơn dù thuộc khối phường "
        "nhưng chỉ đạt 88,7%, thấp hơn bình quân khối phường (96,1%).\n"
        "Sở đề nghị Chủ tịch UBND các xã, phường nêu trên:\n"
        "1. Phấn đấu đến ngày 30/11/2034, tỷ lệ hồ sơ xử lý trực tuyến của mỗi đơn vị đạt tối "
        "thiểu\n"
        "92%, tỷ lệ dân số trưởng thành có chữ ký số đạt từ 65% trở lên.\n"
    )
    facts = facts_of(text)
    assert [(f.raw_token, f.kind, f.comparator, f.as_of, f.ward_code) for f in facts] == [
        ("95", "target", "ge", None, "31"),
        ("81,4", "actual", "eq", date(2034, 8, 31), "10816"),
        ("88,7", "actual", "eq", date(2034, 8, 31), "11455"),
        ("96,1", "actual", "eq", date(2034, 8, 31), None),
        ("92", "target", "ge", None, None),
        ("65", "target", "ge", None, None),
    ]
    assert rejections(text)["07"] == "group_definition"


def test_a_meetings_attendance_holds_no_values_but_what_a_fraction_leaves_is_a_count():
    text = report(
        "Ngày 05/11/2027, đồng chí Chủ tịch UBND phường chủ trì cuộc họp. Tham dự có lãnh đạo "
        "các phòng, đại diện VNPT và Tổ trưởng 09 Tổ công nghệ số cộng đồng (tổng số 31 đại "
        "biểu, vắng 02 đồng chí có lý do).\n"
        "- Hồ sơ công việc xử lý trên môi trường điện tử: 2.384/2.471 hồ sơ, đạt 96,5%; còn 87 "
        "hồ sơ xử lý trên giấy.\n"
        "- Còn 12 hồ sơ quá hạn.\n",
        year=2027,
    )
    assert [f.raw_token for f in facts_of(text)] == ["2.384/2.471", "96,5", "87", "12"]
    found = rejections(text)
    assert (found["09"], found["31"], found["02"]) == ("schedule",) * 3


def test_a_video_transcript_says_its_numbers_and_times_its_captions():
    text = (
        "TikTok  |  @ubndxahoabinh · UBND phường Hòa Bình (Hải Phòng)\n"
        "Chuyển đổi số ở phường Hòa Bình năm 2030\nĐăng 18/7/2030\n\n"
        "00:38 tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến của phường đạt 96 phẩy 4 phần trăm\n"
        "00:46 toàn phường hiện có 1 nghìn 500 hộ kinh doanh bán hàng trên sàn\n"
    )
    assert [(f.raw_token, f.value, f.unit) for f in facts_of(text)] == [
        ("96 phẩy 4", 96.4, "percent"),
        ("1 nghìn 500", 1500, "businesses"),
    ]
    assert {rejections(text)[t] for t in ("38", "46")} == {"clock_time"}


def test_a_note_pasted_from_a_phone_is_dated_by_the_dates_it_writes():
    text = (
        "BC nhanh tuần 38 (15/9 - 19/9/2031) - UBND phường Hòa Bình\n"
        "Em gửi BCĐ ảnh bảng tổng hợp sau giao ban chiều T6 ạ.\n"
        "Số liệu tính đến 16h30 ngày 19/9/2031.\n\n"
        "- VNeID mức 2: đăng ký 874 tài khoản trong tuần.\n"
    )
    fact = only(text)
    assert (fact.raw_token, fact.period_end, fact.as_of) == ("874", 2031, date(2031, 9, 19))


def test_a_campaign_reports_volunteers_and_the_figures_bracketed_after_a_count():
    text = report(
        "- Tổng số tình nguyện viên tham gia: 186 đồng chí (chỉ tiêu Chiến dịch: 150; năm 2028: "
        "142).\n",
        year=2029,
    )
    assert [(f.raw_token, f.unit, f.kind, f.period_end) for f in facts_of(text)] == [
        ("186", "persons", "actual", 2029),
        ("150", "persons", "target", 2029),
        ("142", "persons", "actual", 2028),
    ]


def test_a_services_fees_are_its_tariff_not_values():
    text = city_report(
        "Sở tổng hợp 9 câu hỏi thường gặp.\n"
        "Bước 4: Nộp lệ phí trực tuyến 10.000 đồng/lần (nộp trực tiếp: 20.000 đồng/lần).\n"
        "| STT | Dịch vụ công | Thời hạn giải quyết (ngày làm việc) | Lệ phí nộp trực tuyến (đồng) |\n"
        "|---|---|---|---|\n"
        "| 1 | Cấp Phiếu lý lịch tư pháp qua VNeID | 10 | 100.000 |\n"
        "Ghi chú: lệ phí nộp trực tuyến bằng 50% mức thu khi nộp trực tiếp.\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("10", "ngày")]
    found = rejections(text)
    assert {found[t] for t in ("10.000", "20.000", "100.000", "50")} == {"indicator_qualifier"}
    assert found["9"] == "plan_structure"


def test_a_decks_chart_data_labels_take_the_unit_its_title_states():
    text = (
        "Slide 1/3\nỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH\nSƠ KẾT CHUYỂN ĐỔI SỐ 6 THÁNG ĐẦU NĂM 2029\n"
        "Slide 2/3\nHỒ SƠ TRỰC TUYẾN 6 THÁNG – SO SÁNH (%) [biểu đồ cột, nhãn dữ liệu]\n"
        "Phường Hòa Bình   93,4\n"
        "Toàn thành phố   88,2\n"
        "Hòa Bình cùng kỳ 2028   89,1\n"
        "Slide 3/3\nHẠ TẦNG SỐ\n"
        "• Camera kết nối IOC: 33 cam ✓\n"
    )
    assert [(f.raw_token, f.unit, f.period_end, f.ward_code) for f in facts_of(text)] == [
        ("93,4", "percent", 2029, "11533"),
        ("88,2", "percent", 2029, "31"),
        ("89,1", "percent", 2028, "11533"),
        ("33", "cameras", 2029, "11533"),
    ]


def test_a_dashboard_page_copied_from_the_web_reads_past_its_navigation():
    text = (
        "Bỏ qua điều hướng\nUBND THÀNH PHỐ HẢI PHÒNG\nCổng giám sát dịch vụ công\nTrang chủ\n"
        "Dịch vụ công\nHạ tầng số\nLiên hệ\nĐăng nhập\nTổng quan › Cấp xã\n"
        "Kỳ báo cáo: Tháng 9/2031 ▾\nLàm mới lúc 16:40 03/10/2031\n"
        "Số liệu tính đến hết ngày 30/9/2031\n"
        "Thanh toán trực tuyến\n78,5%\n▲ 1,2 điểm % so với tháng trước\nTháng 8/2031: 77,3%\n"
        "Hồ sơ trễ hẹn trong kỳ\n46 hồ sơ\n▼ 9 hồ sơ\n"
        "Xã, phường đạt mục tiêu thanh toán trực tuyến\n72/114 đơn vị\n"
        "Top 5 đơn vị\nThanh toán trực tuyến (%)\nPhường Hòa Bình\t97,2\nXã Hà Nam\t95,8\n"
    )
    cut_off = date(2031, 9, 30)
    assert [
        (f.raw_token, f.unit, f.kind, f.period_end, f.as_of, f.ward_code) for f in facts_of(text)
    ] == [
        ("78,5", "percent", "actual", 2031, cut_off, "31"),
        ("77,3", "percent", "actual", 2031, None, "31"),
        ("46", "dossiers", "actual", 2031, cut_off, "31"),
        ("72/114", "ratio", "actual", 2031, cut_off, "31"),
        ("97,2", "percent", "actual", 2031, cut_off, "11533"),
        ("95,8", "percent", "actual", 2031, cut_off, "10843"),
    ]
    found = rejections(text)
    assert (found["1,2"], found["9"], found["5"]) == (
        "descriptive_quantity",
        "descriptive_quantity",
        "group_definition",
    )


def test_a_speech_sets_the_tasks_its_last_sentence_leads_into():
    text = report(
        "Kính thưa hội nghị! Dự hội nghị có trưởng thôn của 12 thôn. Tổng chi khoảng 900 triệu "
        "đồng, trong đó nguồn xã hội hóa hơn 200 triệu. Xã đạt 702,5 điểm, xếp thứ 31/114, tăng "
        "8 bậc so với năm 2028 (thứ 39), sau phường Lưu Kiếm (715,2 điểm, thứ 20). Tỷ lệ chi trả "
        "không dùng tiền mặt mới đạt 81,4% so với kế hoạch 90%. Vẫn còn 3 thôn là Đông Sơn, Tây "
        "Sơn và Bắc Sơn chưa có sóng 5G. Nếu mỗi tổ chỉ cần thêm 15 hộ dùng ứng dụng, ta sẽ về đích.\n\n"
        "Thưa các đồng chí! Năm 2030, tôi đề nghị các ngành tập trung thực hiện các nhiệm vụ "
        "sau:\n"
        "1. Tỷ lệ hồ sơ trực tuyến đạt ít nhất 95%;\n"
        "2. Lắp thêm không dưới 20 camera giám sát.\n",
        year=2029,
    )
    assert [(f.raw_token, f.unit, f.kind, f.period_end) for f in facts_of(text)] == [
        ("900", "vnd_million", "actual", 2029),
        ("200", "vnd_million", "actual", 2029),
        ("702,5", "points", "actual", 2029),
        ("31/114", "rank", "actual", 2029),
        ("39", "rank", "actual", 2028),
        ("715,2", "points", "actual", 2029),
        ("20", "rank", "actual", 2029),
        ("81,4", "percent", "actual", 2029),
        ("90", "percent", "target", 2029),
        ("95", "percent", "target", 2030),
        ("20", "cameras", "target", 2030),
    ]
    found = rejections(text)
    assert (found["12"], found["3"], found["15"]) == (
        "schedule",
        "name_or_address",
        "descriptive_quantity",
    )


def test_a_self_assessment_forms_measures_codes_and_thresholds():
    text = report(
        "1. Tổ tự đánh giá (05 thành viên) rà soát tài liệu kiểm chứng của 18 chỉ số thành "
        "phần thuộc 06 trụ cột. Năm 2028, xã tự chấm 601,5 điểm; 4/6 trụ cột đạt trên 70% số "
        "điểm tối đa.\n\n"
        "BIỂU TỰ ĐÁNH GIÁ\n(Kèm theo Báo cáo số 12/BC-UBND)\n(Số liệu tính đến ngày 31/12/2029)\n\n"
        "| Mã | Chỉ số / tiêu chí | Điểm tối đa | Số liệu thực tế | Điểm tự chấm |\n"
        "|---|---|---|---|---|\n"
        "| 3.1 | Tốc độ Internet tại trụ sở (chuẩn tối thiểu 200 Mbps) | 40 | Tải xuống 356,1 "
        "Mbps | 40,00 |\n"
        "| 4.2 | Tỷ lệ số hóa kết quả giải quyết TTHC | 80 | 100% (năm 2028: 81,2%) | 80,00 |\n\n"
        "Ghi chú: điểm các chỉ số 1.1, 2.3 và 4.2 tính theo tỷ lệ đạt được.\n",
        year=2029,
    )
    cut_off = date(2029, 12, 31)
    assert [(f.raw_token, f.unit, f.period_end, f.as_of) for f in facts_of(text)] == [
        ("601,5", "points", 2028, None),
        ("4/6", "ratio", 2028, None),
        ("356,1", "mbps", 2029, cut_off),
        ("40,00", "points", 2029, cut_off),
        ("100", "percent", 2029, cut_off),
        ("81,2", "percent", 2028, None),
        ("80,00", "points", 2029, cut_off),
    ]
    found = rejections(text)
    assert (found["05"], found["18"], found["70"], found["200"], found["2.3"]) == (
        "schedule",
        "plan_structure",
        "group_definition",
        "indicator_qualifier",
        "ordinal",
    )


def test_a_submission_names_last_years_plan_and_raises_it():
    text = plan(
        "- Chỉ số DTI năm 2028: phường xếp thứ 19/114 (chỉ tiêu năm 2029: tốp 15 khối phường).\n"
        "- Tỷ lệ hồ sơ trực tuyến được nâng từ 90% (kế hoạch năm 2029) lên 95%.\n",
        year=2030,
        kind="TỜ TRÌNH",
    )
    assert [(f.raw_token, f.kind, f.comparator, f.period_end) for f in facts_of(text)] == [
        ("19/114", "actual", "eq", 2028),
        ("15", "target", "le", 2029),
        ("90", "target", "eq", 2029),
        ("95", "target", "eq", 2030),
    ]


def test_a_correction_letter_dates_old_and_new_figures_apart():
    text = report(
        "Căn cứ dữ liệu trích xuất đến ngày 30/11/2030, UBND phường đính chính như sau:\n"
        "a) Tỷ lệ hồ sơ trực tuyến toàn trình: điều chỉnh từ 74,6% thành 77,9%.\n"
        "b) Số hộ kinh doanh dùng hóa đơn điện tử: số đã báo cáo 842 hộ; nay bổ sung 37 hộ, "
        "nâng tổng số lên 879 hộ (không phải 824 hộ như Phụ lục đã gửi).\n"
        "c) Hỗ trợ xử lý 14 hồ sơ nêu tại mục 2; 06 camera trên tuyến đường 359 mất tín hiệu.\n\n"
        "Bảng 1. Số liệu đối chiếu (số đã báo cáo tính đến ngày 20/11/2030; số đính chính tính "
        "đến ngày 30/11/2030):\n"
        "| STT | Chỉ tiêu | ĐVT | Số đã báo cáo | Số đính chính |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Phản ánh tiếp nhận qua ứng dụng | PAKN | 118 | 124 |\n",
        year=2030,
    )
    end, reported = date(2030, 11, 30), date(2030, 11, 20)
    assert [(f.raw_token, f.unit, f.as_of) for f in facts_of(text)] == [
        ("74,6", "percent", None),
        ("77,9", "percent", end),
        ("842", "businesses", None),
        ("879", "businesses", end),
        ("06", "cameras", end),
        ("118", "complaints", reported),
        ("124", "complaints", end),
    ]
    found = rejections(text)
    assert (found["37"], found["824"], found["14"], found["359"]) == (
        "descriptive_quantity",
        "struck_out",
        "group_definition",
        "name_or_address",
    )


def test_a_chat_tally_keeps_its_lead_ins_cut_off_and_schedule():
    text = report(
        "[07:40, 09/11/2031] Văn phòng UBND phường:\n"
        "Số liệu tính đến 17h ngày 08/11/2031 như sau:\n"
        "- So với 17h ngày 07/11: tăng 54 TK.\n"
        "- Kết quả từng TDP:\n"
        "+ TDP 4: 611/702 TK (87,0%)\n"
        "- Chi trả trợ cấp qua tài khoản cho 905 đối tượng BTXH.\n"
        "[08:10, 09/11/2031] Văn phòng UBND phường:\n"
        "Đã cập nhật lại số liệu đến 17h ngày 08/11: toàn phường 7.204 TK.\n"
        "📌 LỊCH CÔNG TÁC TUẦN TỚI:\n"
        "1. Thứ Bảy 15/11: nhà văn hóa TDP 4, dự kiến khoảng 90 công dân.\n",
        year=2031,
    )
    cut_off = date(2031, 11, 8)
    assert [(f.raw_token, f.unit, f.as_of) for f in facts_of(text)] == [
        ("611/702", "ratio", cut_off),
        ("87,0", "percent", cut_off),
        ("905", "persons", cut_off),
        ("7.204", "accounts", cut_off),
    ]
    found = rejections(text)
    assert (found["54"], found["90"]) == ("descriptive_quantity", "schedule")


def test_a_council_resolution_leaves_out_its_vote_and_its_groups():
    text = report(
        "1. Giao Thường trực HĐND, 04 Tổ đại biểu giám sát việc thực hiện Nghị quyết.\n"
        "2. Còn 03 chỉ tiêu tại Bảng 2 đạt dưới 80% kế hoạch năm.\n"
        "3. Năm 2031 phấn đấu 100% tổ dân phố có tỷ lệ hộ gia đình dùng ví điện tử từ 75% trở "
        "lên.\n"
        "Nghị quyết được thông qua với 27/29 đại biểu có mặt biểu quyết tán thành (93,1%).\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("03", "indicators"),
        ("100", "percent"),
    ]
    found = rejections(text)
    assert (found["04"], found["75"], found["27/29"], found["93,1"]) == (
        "administrative_structure",
        "group_definition",
        "schedule",
        "schedule",
    )


def test_a_sheets_title_block_in_cells_does_not_head_its_table():
    text = (
        "ỦY BAN NHÂN DÂN\t\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\t\t\n"
        "XÃ HÒA BÌNH\t\t\t\tĐộc lập - Tự do - Hạnh phúc\t\t\n"
        "\t\t\t\t\t\tBiểu số 03\n"
        "CHỈ TIÊU CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2030 - 2032\t\t\t\t\t\t\n"
        "(Kèm theo Báo cáo số     /BC-UBND ngày     /11/2031)\t\t\t\t\t\t\n"
        "STT\tChỉ tiêu\tĐVT\tNăm 2030\tNăm 2031\t\tNăm 2032\n"
        "\t\t\tTH\tKH\tƯTH\tKH\n"
        "1\tSố tài khoản VNeID mức 2 được kích hoạt\tTài khoản\t8.120\t9.000\t9.215\t9.800\n"
        "2\tHộ kinh doanh dùng mã QR\tHộ\t140\t180\t-\t220\n"
    )
    assert [(f.raw_token, f.unit, f.kind, f.period_end) for f in facts_of(text)] == [
        ("8.120", "accounts", "actual", 2030),
        ("9.000", "accounts", "target", 2031),
        ("9.215", "accounts", "actual", 2031),
        ("9.800", "accounts", "target", 2032),
        ("140", "businesses", "actual", 2030),
        ("180", "businesses", "target", 2031),
        ("220", "businesses", "target", 2032),
    ]


def test_a_plans_tasks_and_what_it_keeps_as_it_was():
    text = plan(
        "II. MỤC TIÊU CỤ THỂ\n"
        "- Duy trì 100% kết quả giải quyết thủ tục hành chính được số hóa như năm 2031.\n"
        "- Tái cấu trúc quy trình của tối thiểu 18 thủ tục hành chính.\n"
        "- Công an xã cấp tài khoản lưu động tại 03 thôn nêu trên 02 lần/tuần.\n\n"
        "Phụ lục: DANH MỤC NHIỆM VỤ\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành | Kinh phí (triệu đồng) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Lắp đặt 02 trạm BTS | Phòng Kinh tế | Quý III/2032 | - |\n",
        year=2032,
    )
    assert [(f.raw_token, f.kind, f.comparator, f.period_end) for f in facts_of(text)] == [
        ("100", "target", "eq", 2032),
        ("18", "target", "ge", 2032),
        ("02", "target", "eq", 2032),
    ]
    assert rejections(text)["02"] == "indicator_qualifier"


def test_indicators_below_plan_counted_in_a_table_above():
    text = report("II. TỒN TẠI\n- Còn 03 chỉ tiêu tại bảng trên đạt dưới 70% kế hoạch năm.\n")
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("03", "indicators")]


def test_a_decisions_annex_dates_its_targets_by_its_title_not_by_a_results_caption():
    text = plan(
        "Căn cứ Kế hoạch số 40/KH-UBND của UBND thành phố (mục tiêu chung của thành phố: tỷ lệ "
        "người dân từ 15 tuổi trở lên có kỹ năng số cơ bản từ 80% trở lên);\n\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Tỷ lệ người dân có kỹ năng số cơ bản: toàn phường đạt từ 85% trở lên, không thôn "
        "nào dưới 75%.\n\n"
        "PHỤ LỤC: CHỈ TIÊU GIAO CHO CÁC THÔN NĂM 2031\n"
        "(Số hộ và kết quả năm 2030: số liệu tính đến ngày 31/12/2030)\n"
        "| STT | Thôn | Số hộ | Chỉ tiêu kỹ năng số (%) | Kết quả năm 2030 (%) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Thôn Đông | 412 | 86 | 79,5 |\n",
        year=2031,
        kind="QUYẾT ĐỊNH",
    )
    assert [(f.raw_token, f.kind, f.period_end, f.as_of, f.ward_code) for f in facts_of(text)] == [
        ("80", "target", 2031, None, "31"),
        ("85", "target", 2031, None, "11533"),
        ("412", "actual", 2030, date(2030, 12, 31), "11533"),
        ("86", "target", 2031, None, "11533"),
        ("79,5", "actual", 2030, date(2030, 12, 31), "11533"),
    ]
    assert rejections(text)["75"] == "group_definition"


def test_a_campaign_plans_rewards_tariffs_and_whose_members_are_not_targets():
    text = plan(
        "II. CHỈ TIÊU\n"
        "- 100% học sinh từ lớp 8 trở lên của 02 trường THCS được học kỹ năng số.\n"
        "III. NHIỆM VỤ\n"
        "1. Lớp học: học viên học theo 05 chuyên đề của bộ tài liệu thống nhất.\n"
        "2. Thi đua: tổ dân phố hoàn thành 100% chỉ tiêu trước ngày 15/11/2031 được UBND phường "
        "tặng Giấy khen và thưởng 1.500.000 đồng. Tổ dân phố đạt dưới 70% chỉ tiêu, Tổ trưởng "
        "giải trình tại hội nghị tổng kết.\n"
        "3. Nhân lực: huy động 40 tình nguyện viên là thành viên tổ công nghệ số cộng đồng của 12 "
        "tổ dân phố; đề nghị doanh nghiệp hỗ trợ 25 điện thoại thông minh.\n"
        "4. Kinh phí: mức chi bồi dưỡng báo cáo viên 150.000 đồng/buổi, tình nguyện viên 80.000 "
        "đồng/buổi.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("100", "percent"),
        ("40", "persons"),
        ("25", "machines"),
    ]
    found = rejections(text)
    assert [
        found[token] for token in ("02", "05", "1.500.000", "70", "12", "150.000", "80.000")
    ] == [
        "group_definition",
        "plan_structure",
        "group_definition",
        "group_definition",
        "group_definition",
        "indicator_qualifier",
        "indicator_qualifier",
    ]


def test_a_conference_paper_keeps_its_stories_partners_and_reasons_out():
    text = report(
        "I. XUẤT PHÁT ĐIỂM\n"
        "Tính đến ngày 30/6/2025, toàn bộ 05 phường cũ có 18.240 tài khoản định danh điện tử.\n"
        "Tại thời điểm 01/7/2025, toàn phường có 92 camera giám sát; có hôm người dân phải chờ "
        "tới 3 giờ mới đến lượt.\n"
        "II. KẾT QUẢ\n"
        "Tỷ lệ hồ sơ trực tuyến của phường cao hơn bình quân toàn thành phố (88,1%), đứng thứ 6 "
        "trong khối phường. Phường hợp tác với 02 ngân hàng Agribank, BIDV; mô hình thí điểm tại "
        "04 tổ dân phố số 2, 7, 9 và 15.\n"
        "III. KIẾN NGHỊ\n"
        "Bố trí thêm 01 công chức chuyên trách, do phường có quy mô dân số trên 60 nghìn người.\n",
        ward="Lê Chân",
        year=2029,
    )
    assert [(f.raw_token, f.period_end, f.as_of, f.ward_code) for f in facts_of(text)] == [
        ("18.240", 2025, date(2025, 6, 30), None),
        ("92", 2025, date(2025, 7, 1), "11383"),
        ("88,1", 2029, None, "31"),
        ("6", 2029, None, "11383"),
        ("01", 2029, None, "11383"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("3", "02", "04", "60")] == [
        "descriptive_quantity",
        "name_or_address",
        "name_or_address",
        "descriptive_quantity",
    ]


def test_inspection_minutes_date_each_source_and_leave_out_the_team_and_the_sample():
    text = (
        "UBND THÀNH PHỐ HẢI PHÒNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 31/BB-ĐKT\n"
        "Hải Phòng, ngày 20 tháng 11 năm 2030\n\nBIÊN BẢN\n"
        "Kiểm tra công tác chuyển đổi số tại xã An Lão\n\n"
        "I. THÀNH PHẦN\n"
        "1. Đoàn kiểm tra của Sở Khoa học và Công nghệ (06 thành viên), có mặt 05/06 thành viên.\n"
        "II. KẾT QUẢ KIỂM TRA\n"
        "Bảng 1. Đối chiếu số liệu (số xã báo cáo tính đến ngày 31/10/2030; số kiểm tra thực tế "
        "tính đến ngày 14/11/2030):\n"
        "| TT | Chỉ tiêu | Xã báo cáo | Kiểm tra thực tế |\n"
        "|---|---|---|---|\n"
        "| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình (%) | 91,5 | 84,2 |\n\n"
        "- Đoàn kiểm tra xác suất 40 hồ sơ đã giải quyết: 06 hồ sơ chưa được số hóa.\n"
        "- Chênh lệch do xã tổng hợp cả 35 hồ sơ nộp trực tuyến một phần.\n"
        "Biên bản lập thành 02 bản, Đoàn kiểm tra giữ 01 bản.\n"
    )
    assert [(f.raw_token, f.as_of) for f in facts_of(text)] == [
        ("91,5", date(2030, 10, 31)),
        ("84,2", date(2030, 11, 14)),
        ("06", None),
    ]
    found = rejections(text)
    assert [found[token] for token in ("06", "05/06", "40", "35", "01")] == [
        "schedule",
        "schedule",
        "indicator_qualifier",
        "descriptive_quantity",
        "schedule",
    ]


def test_a_dti_self_scoring_form_keeps_its_scores_not_its_scale():
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\nMã đơn vị: 11533\n"
        "Hòa Bình, ngày 08 tháng 01 năm 2031\n\n"
        "PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CHUYỂN ĐỔI SỐ CẤP XÃ NĂM 2030\n"
        "(Số liệu tính đến ngày 31/12/2030)\n\n"
        "I. HƯỚNG DẪN CÁCH CHẤM ĐIỂM\n"
        "1. Thang điểm gồm: Chính quyền số (350 điểm); Xã hội số (200 điểm).\n"
        "2. Tỷ lệ làm tròn đến 01 chữ số thập phân; giá trị dưới ngưỡng được tính 0 điểm.\n"
        "II. KẾT QUẢ TỰ CHẤM ĐIỂM\n"
        "| Mã số | Chỉ số thành phần | Điểm tối đa | Giá trị đo được | Điểm tự chấm | Ghi chú |\n"
        "|---|---|---|---|---|---|\n"
        "| 2.1 | Tốc độ Internet tại trụ sở (từ 300 Mbps trở lên đạt điểm tối đa) | 30 | 512,6 "
        "Mbps | 30,00 | |\n"
        "| 5.3 | Tỷ lệ hộ dùng VNeID (từ 70% trở lên đạt điểm tối đa) | 40 | 61,5% | 35,14 | "
        "Khảo sát 500 hộ tại 30 TDP |\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("512,6", "mbps"),
        ("30,00", "points"),
        ("61,5", "percent"),
        ("35,14", "points"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("11533", "350", "01", "0", "500", "30")] == [
        "identifier",
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
    ]


def test_an_island_report_dates_its_quarters_and_leaves_out_its_classes_and_distances():
    text = report(
        "I. KẾT QUẢ NĂM 2031 (số liệu tính đến ngày 30/11/2031)\n"
        "Tốc độ Internet tại trụ sở đạt 190,4 Mbps, thấp hơn bình quân chung của thành phố "
        "(405,2 Mbps). Vùng biển trong bán kính 25 hải lý quanh đảo được phủ sóng 4G. Toàn đặc "
        "khu có 31 tàu cá có chiều dài từ 12 m đến dưới 15 m; Tiểu đoàn 12 hướng dẫn 214 lượt "
        "chiến sĩ cài đặt VNeID.\n"
        "| STT | Chỉ tiêu | ĐVT | Quý III | Quý IV | Cả năm |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ hồ sơ nộp trực tuyến | % | 79,0 | 82,5 | 80,1 |\n\n"
        "II. PHƯƠNG HƯỚNG NĂM 2032\n"
        "- Tỷ lệ hồ sơ nộp trực tuyến đạt tối thiểu 85% (kết quả năm 2031: 80,1%); nhắc nhở tàu "
        "cá mất kết nối VMS quá 06 giờ.\n",
        ward="Bạch Long Vĩ",
        year=2031,
    )
    cut_off = date(2031, 11, 30)
    assert [(f.raw_token, f.kind, f.as_of, f.ward_code) for f in facts_of(text)] == [
        ("190,4", "actual", cut_off, "11948"),
        ("405,2", "actual", cut_off, "31"),
        ("31", "actual", cut_off, "11948"),
        ("214", "actual", cut_off, "11948"),
        ("79,0", "actual", None, "11948"),
        ("82,5", "actual", cut_off, "11948"),
        ("80,1", "actual", cut_off, "11948"),
        ("85", "target", None, "11948"),
        ("80,1", "actual", None, "11948"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("25", "12", "15", "06")] == [
        "descriptive_quantity",
        "name_or_address",
        "group_definition",
        "group_definition",
    ]


def test_a_reply_email_dates_each_column_by_its_caption_and_leaves_out_differences():
    text = report(
        "Bảng so sánh (số đã báo cáo ngày 05/11 là số liệu tính đến ngày 31/10/2030; số cập "
        "nhật tính đến ngày 20/11/2030):\n"
        "STT\tChỉ tiêu\tĐVT\tSố đã báo cáo ngày 05/11\tSố cập nhật\tGhi chú\n"
        "1\tTrạm BTS trên địa bàn\tTrạm\t39\t41\tTăng 02 trạm 5G\n\n"
        "Về chênh lệch, phường đã đối chiếu: 362 tài khoản chênh lệch là của công dân kích hoạt "
        "tại nơi khác.\n",
        year=2030,
    )
    assert [(f.raw_token, f.as_of) for f in facts_of(text)] == [
        ("39", date(2030, 10, 31)),
        ("41", date(2030, 11, 20)),
    ]
    found = rejections(text)
    assert (found["02"], found["362"]) == ("descriptive_quantity", "descriptive_quantity")


def test_a_party_resolution_dates_a_city_target_by_its_label_and_leaves_out_its_bodies():
    text = plan(
        "I. TÌNH HÌNH\n"
        "Xã được thành lập trên cơ sở sắp xếp 04 đơn vị hành chính cấp xã (cũ), gồm 27 thôn, tổ "
        "dân phố.\n"
        "II. MỤC TIÊU\n"
        "a) Đến năm 2027:\n"
        "- Tỷ lệ thanh toán trực tuyến đạt tối thiểu 75% (chỉ tiêu chung của thành phố năm 2027: "
        "từ 70% trở lên).\n"
        "III. NHIỆM VỤ\n"
        "Nghị quyết xác định 18 nhiệm vụ cụ thể, giao 09 cơ quan, đơn vị chủ trì thực hiện.\n"
        "IV. TỔ CHỨC THỰC HIỆN\n"
        "Các chi bộ trực thuộc (42 chi bộ) tổ chức quán triệt Nghị quyết.\n",
        year=2026,
        kind="NGHỊ QUYẾT",
    )
    assert [(f.raw_token, f.period_start, f.period_end, f.ward_code) for f in facts_of(text)] == [
        ("75", 2026, 2027, "11533"),
        ("70", 2027, 2027, "31"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("27", "09", "42")] == [
        "administrative_structure",
        "plan_structure",
        "name_or_address",
    ]


def test_a_communes_project_reads_as_a_plan_over_its_span():
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 12/ĐA-UBND\nHòa Bình, ngày 10 tháng 3 năm 2030\n\n"
        "ĐỀ ÁN\nPhát triển nông nghiệp số xã Hòa Bình giai đoạn 2030 - 2032\n\n"
        "I. THỰC TRẠNG\n"
        "Xã gồm 18 thôn, khu dân cư. Năm 2029, xã có 6 mã số vùng trồng với tổng diện tích 152,5 "
        "ha; giá bán bình quân 6.500 đồng/kg; sản phẩm OCOP của xã chiếm khoảng 3,1%. Mới số hóa "
        "2/6 vùng trồng lên bản đồ số tỷ lệ 1/5.000.\n"
        "II. NHIỆM VỤ\n"
        "1. Hoàn thành số hóa 04 vùng trồng còn lại trong vụ Đông 2030 lên bản đồ số của xã trên "
        "nền tảng WebGIS dùng chung của thành phố.\n"
        "2. Bố trí 03 điểm gom hàng; thôn có nhiều hộ bán hàng trực tuyến nhất được thưởng "
        "2.000.000 đồng.\n"
        "3. Thành lập Ban Quản lý Đề án (07 thành viên).\n"
    )
    assert [
        (f.raw_token, f.unit, f.kind, f.period_start, f.period_end, f.ward_code)
        for f in facts_of(text)
    ] == [
        ("6", "mã số", "actual", 2029, 2029, "11533"),
        ("152,5", "ha", "actual", 2029, 2029, "11533"),
        ("3,1", "percent", "actual", 2029, 2029, "11533"),
        ("2/6", "ratio", "actual", 2030, 2030, "11533"),
        ("04", "vùng trồng", "target", 2030, 2030, "11533"),
        ("03", "centres", "target", 2030, 2032, "11533"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("18", "6.500", "1/5.000", "2.000.000", "07")] == [
        "administrative_structure",
        "indicator_qualifier",
        "indicator_qualifier",
        "group_definition",
        "schedule",
    ]


def test_a_coverage_letter_keeps_its_measurements_and_requests_not_its_method():
    text = plan(
        "I. THỰC TRẠNG\n"
        "Phòng Kinh tế tổ chức đo kiểm tại 10 thôn có nhiều phản ánh. Thôn được xác định có sóng "
        "4G ổn định khi RSRP trung bình từ -105 dBm trở lên. Kết quả đo kiểm cho thấy: 03 thôn là "
        "Đông Hải 1, Đông Hải 2 và Tân Lập có sóng 4G yếu.\n"
        "| STT | Thôn | RSRP trung bình (dBm) | Ghi chú |\n"
        "|---|---|---|---|\n"
        "| 1 | Đông Hải 1 | -118 | Dưới ngưỡng -115 dBm |\n\n"
        "II. ĐỀ NGHỊ\n"
        "a) Viettel lắp đặt mới 01 trạm BTS tại thôn Tân Lập (diện tích 100 m², cột anten cao 36 m); "
        "nâng cấp 01 trạm hiện có tại thôn Đông Hải 1.\n"
        "b) Kéo đường điện đến chân trạm (dài nhất khoảng 300 m).\n"
        "c) Bảo đảm tốc độ tải xuống 4G trung bình tại các thôn nêu trên từ 40 Mbps trở lên, 5G từ "
        "150 Mbps trở lên, RSRP trung bình không thấp hơn -100 dBm.\n",
        year=2030,
        kind="CÔNG VĂN",
    )
    assert [(f.value, f.unit, f.kind, f.comparator) for f in facts_of(text)] == [
        (-118, "dbm", "actual", "eq"),
        (1, "stations", "target", "eq"),
        (1, "stations", "target", "eq"),
        (40, "mbps", "target", "ge"),
        (150, "mbps", "target", "ge"),
        (-100, "dbm", "target", "ge"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("10", "105", "03", "115", "100", "36", "300")] == [
        "indicator_qualifier",
        "indicator_qualifier",
        "name_or_address",
        "group_definition",
        "descriptive_quantity",
        "descriptive_quantity",
        "descriptive_quantity",
    ]


def test_an_explanation_report_keeps_targets_gaps_and_measured_moments_apart():
    text = report(
        "1. Chỉ tiêu tỷ lệ hồ sơ trực tuyến toàn trình\n"
        "a) Chỉ tiêu được giao: từ 92% trở lên (chỉ tiêu chung của thành phố năm 2031 đối với cấp "
        "xã là từ 90% trở lên).\n"
        "b) Kết quả thực hiện: tính đến ngày 30/11/2031 có 137 hộ kinh doanh áp dụng, đạt 76,1% "
        "kế hoạch; còn thiếu 43 hộ.\n"
        "II. Ý KIẾN TẠI CUỘC HỌP\n"
        "Tổ trưởng tổ dân phố: tổ chỉ có 05 thành viên; đề nghị phường bổ sung 03 thành viên "
        "cho tổ. Tốc độ di động tại bãi tắm Khu 2 chỉ đạt 38,6 Mbps.\n"
        "III. KIẾN NGHỊ\n"
        "Đề nghị VNPT trong năm 2032 bảo đảm tốc độ Internet tại trụ sở từ 500 Mbps trở lên "
        "(kết quả đo ngày 26/12/2031: 212,6 Mbps).\n",
        year=2031,
    )
    assert [(f.raw_token, f.kind, f.period_end, f.as_of, f.ward_code) for f in facts_of(text)] == [
        ("92", "target", 2031, None, "11533"),
        ("90", "target", 2031, None, "31"),
        ("137", "actual", 2031, date(2031, 11, 30), "11533"),
        ("76,1", "actual", 2031, date(2031, 11, 30), "11533"),
        ("05", "actual", 2031, None, "11533"),
        ("03", "target", 2031, None, "11533"),
        ("38,6", "actual", 2031, None, "11533"),
        ("500", "target", 2032, None, "11533"),
        ("212,6", "actual", 2031, date(2031, 12, 26), "11533"),
    ]
    found = rejections(text)
    assert (found["43"], found["2"]) == ("descriptive_quantity", "name_or_address")


def test_a_report_with_two_levels_of_targets_and_the_city_compared_with():
    text = report(
        "I. KẾT QUẢ\n"
        "Kết quả thực hiện (số liệu tính đến ngày 30/11/2030):\n"
        "| STT | Chỉ tiêu | ĐVT | Chỉ tiêu TP giao | Chỉ tiêu phường đề ra | Kết quả thực hiện | Đánh giá |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ công dân được cấp thẻ căn cước | % | ≥ 98 | 99 | 99,2 | Đạt |\n\n"
        "II. ĐÁNH GIÁ CHUNG\n"
        "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 95,0%, cao hơn bình quân chung của thành phố "
        "(91,7%), đứng thứ 3/45 phường.\n"
        "So với cùng kỳ năm 2029, tỷ lệ tài khoản định danh điện tử được kích hoạt tăng từ 89,7% "
        "lên 96,1%; tỷ lệ này của phường cao hơn mức bình quân toàn thành phố là 93,1%, xếp thứ "
        "5/45 phường.\n",
        ward="Ngô Quyền",
        year=2030,
    )
    cut_off = date(2030, 11, 30)
    assert [(f.raw_token, f.kind, f.period_end, f.as_of, f.ward_code) for f in facts_of(text)] == [
        ("98", "target", 2030, None, "11329"),
        ("99", "target", 2030, None, "11329"),
        ("99,2", "actual", 2030, cut_off, "11329"),
        ("95,0", "actual", 2030, None, "11329"),
        ("91,7", "actual", 2030, None, "31"),
        ("3/45", "actual", 2030, None, "11329"),
        ("89,7", "actual", 2029, None, "11329"),
        ("96,1", "actual", 2030, None, "11329"),
        ("93,1", "actual", 2030, None, "31"),
        ("5/45", "actual", 2030, None, "11329"),
    ]


def test_a_budget_settlement_keeps_levels_not_adjustments_prices_or_taxes():
    text = report(
        "1. Điều chỉnh dự toán trong năm:\n"
        "- Giảm 40,0 triệu đồng nguồn xã hội hóa do doanh nghiệp chưa tài trợ.\n"
        "Tổng dự toán sau điều chỉnh là 2.475,0 triệu đồng, tăng 25,0 triệu đồng (+1,02%) so với "
        "dự toán giao đầu năm.\n"
        "Bảng 1 (đơn vị tính: triệu đồng):\n"
        "| STT | Nội dung | Dự toán giao | Điều chỉnh | Dự toán sau điều chỉnh | Giải ngân |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Wi-Fi công cộng | 200,0 | -40,0 | 160,0 | 96,0 |\n\n"
        "2. Đã mua 10 bộ máy tính, đơn giá 16.900.000 đồng/bộ, đã bao gồm thuế GTGT 10%; đã "
        "nghiệm thu 03/07 nhiệm vụ.\n",
        year=2029,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("2.475,0", "vnd_million"),
        ("200,0", "vnd_million"),
        ("160,0", "vnd_million"),
        ("96,0", "vnd_million"),
        ("10", "machines"),
        ("03/07", "ratio"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("40,0", "25,0", "1,02", "16.900.000", "10")] == [
        "descriptive_quantity",
        "descriptive_quantity",
        "descriptive_quantity",
        "indicator_qualifier",
        "indicator_qualifier",
    ]


def test_a_peak_month_plan_and_a_feature_keep_their_facts_not_their_logistics():
    text = plan(
        "I. TÌNH HÌNH (số liệu tính đến ngày 05/02/2032):\n"
        "- Số giao dịch không dùng tiền mặt tại 03 chợ trong tháng 01/2032 là 12.640 giao dịch; "
        "toàn phường có 1.046 hộ kinh doanh dùng mã QR.\n"
        "II. HOẠT ĐỘNG\n"
        "1. Phiên chợ cuối tuần (06-07/3, 13-14/3 và 20-21/3/2032); các ngân hàng miễn phí 100% "
        "phí giao dịch; mỗi ngân hàng bố trí 01 tổ lưu động (03 nhân viên).\n"
        "2. Các nhà mạng bảo đảm tốc độ tải xuống di động tại 03 chợ từ 50 Mbps trở lên; xã đã "
        "tiêu thụ 4.150 tấn vải thiều qua sàn thương mại điện tử, toàn xã có 1.280 ha vải thiều; điểm "
        "giao dịch lưu động tại 6 thôn Hà Liễu 1, Hà Liễu 2, Thanh Xá, Văn Tảo, Tiền Tiến và Đồng "
        "Ngọ.\n",
        year=2032,
    )
    assert [(f.raw_token, f.unit, f.as_of) for f in facts_of(text)] == [
        ("12.640", "transactions", None),
        ("1.046", "businesses", date(2032, 2, 5)),
        ("01", "teams", None),
        ("50", "mbps", None),
        ("4.150", "tấn", None),
        ("1.280", "ha", None),
    ]
    found = rejections(text)
    assert [found[token] for token in ("21/3/2032", "100", "6")] == [
        "date",
        "indicator_qualifier",
        "name_or_address",
    ]


def test_a_reward_decision_keeps_achievements_not_prizes_or_awardees():
    text = plan(
        "Căn cứ Kế hoạch số 52/KH-UBND của UBND phường (tổ dân phố có tỷ lệ hộ gia đình thanh "
        "toán không dùng tiền mặt từ 95% trở lên được xét tặng Giấy khen);\n\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Tặng Giấy khen cho 05 tập thể và 03 cá nhân đã có thành tích xuất sắc, cụ thể:\n"
        "a) Tổ dân phố số 3: đã vận động 98,6% người dân kích hoạt tài khoản định danh điện tử; "
        "mức thưởng 3.000.000 đồng, thưởng thêm giải Nhất 2.000.000 đồng.\n"
        "Điều 2. Mỗi cá nhân được thưởng 1.500.000 đồng.\n",
        year=2030,
        kind="QUYẾT ĐỊNH",
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("98,6", "percent")]
    found = rejections(text)
    assert [
        found[token] for token in ("95", "05", "03", "3.000.000", "2.000.000", "1.500.000")
    ] == [
        "group_definition",
        "plan_structure",
        "plan_structure",
        "plan_structure",
        "plan_structure",
        "plan_structure",
    ]


def test_a_notice_of_a_schedule_and_a_security_report_keep_their_facts_apart():
    text = report(
        "I. KẾT QUẢ\n"
        "Hệ thống đã ngăn chặn 1.286 lượt mã độc; xác thực 42.318 thông tin dân cư; kiện toàn Đội "
        "ứng cứu sự cố an toàn thông tin mạng của phường (07 thành viên); còn 05 máy tính cài "
        "Windows 10 phiên bản 22H2; đã bật xác thực 2 lớp cho hộp thư công vụ. Khoảng cách giữa "
        "hai khối đã thu hẹp từ 142,6 điểm xuống còn 86,43 điểm.\n"
        "II. LỊCH CẤP TÀI KHOẢN LƯU ĐỘNG THÁNG 12\n"
        "| STT | Ngày | Địa điểm | Số công dân dự kiến |\n"
        "|---|---|---|---|\n"
        "| 1 | 15/12/2025 | Nhà văn hóa thôn Đông | 95 |\n\n"
        "III. LƯU Ý\n"
        "- Lệ phí cấp đổi thẻ Căn cước 30.000 đồng/thẻ; mã kích hoạt gồm 6 chữ số.\n",
        year=2025,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("1.286", "lượt"),
        ("42.318", "thông tin"),
        ("05", "machines"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("07", "10", "2", "142,6", "86,43", "95", "30.000", "6")] == [
        "schedule",
        "name_or_address",
        "indicator_qualifier",
        "descriptive_quantity",
        "descriptive_quantity",
        "schedule",
        "indicator_qualifier",
        "indicator_qualifier",
    ]


def test_a_pilot_review_reads_its_criteria_table_and_leaves_out_its_design():
    text = report(
        "I. KẾT QUẢ\n"
        "Chọn thôn Đông Hải (512 hộ) và thôn Tân Lập (386 hộ); mỗi thôn lập Tổ triển khai (07 "
        "thành viên); thôn được công nhận đạt chuẩn khi đạt 07/07 tiêu chí.\n"
        "Bảng 1. Kết quả tại 02 thôn thí điểm:\n"
        "| Tiêu chí | Thôn Đông Hải | Thôn Tân Lập |\n"
        "|---|---|---|\n"
        "| Số tiêu chí đạt | 7/7 | 6/7 |\n\n"
        "II. ĐÁNH GIÁ\n"
        "Thôn Tân Lập còn tiêu chí 7 chưa đạt; 01 thôn đạt cả 02 chỉ tiêu. Xã đã giải ngân 221,5 "
        "triệu đồng (mức hỗ trợ 120 triệu đồng/thôn), trong đó thôn Đông Hải 112,6 triệu đồng. "
        "Tốc độ Internet đo 03 lần vào khoảng 9 giờ, 14 giờ và 16 giờ. Còn 04 đơn vị có tỷ lệ "
        "dưới 85%, gồm: xã An Lão, xã Kiến Thụy.\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("7/7", "ratio"),
        ("6/7", "ratio"),
        ("01", "villages"),
        ("221,5", "vnd_million"),
        ("112,6", "vnd_million"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("512", "07", "07/07", "02", "7", "120", "14", "04")] == [
        "descriptive_quantity",
        "schedule",
        "group_definition",
        "group_definition",
        "ordinal",
        "indicator_qualifier",
        "clock_time",
        "group_definition",
    ]


def test_a_branch_table_names_its_targets_noun_and_a_conference_its_attendance():
    text = plan(
        "Bảng 1. Chỉ tiêu theo chi đoàn (số đoàn viên tính đến ngày 31/01/2031):\n"
        "| Chi đoàn | Số đoàn viên | Chỉ tiêu hỗ trợ hộ | Chỉ tiêu lớp học |\n"
        "|---|---|---|---|\n"
        "| Chi đoàn thôn Lại Xá | 98 | 260 | 6 |\n\n"
        "II. HỘI NGHỊ ĐỐI THOẠI\n"
        "4. Thành phần: Dự hội nghị có 52 đại biểu và 286 người dân.\n"
        "5. Tại hội nghị có 27 lượt ý kiến phát biểu trực tiếp, 14 phiếu câu hỏi gửi trước.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit, f.kind, f.as_of) for f in facts_of(text)] == [
        ("98", "persons", "actual", date(2031, 1, 31)),
        ("260", "households", "target", None),
        ("6", "classes", "target", None),
    ]
    found = rejections(text)
    assert [found[token] for token in ("52", "286", "27", "14")] == ["schedule"] * 4


def test_a_form_filled_on_dotted_lines_reads_its_values_and_their_label_units():
    text = report(
        "PHIẾU BÁO CÁO (Số liệu tính đến ngày 25/11/2030)\n"
        "1. Số hộ trong thôn (hộ): ...................... 286 ......................\n"
        "2. Số người dùng VNeID mức 2 (người): ........ 702 ........; trong đó người từ 60 tuổi "
        "trở lên: ....... 95 ....... người.\n"
        "3. Hồ sơ nộp trực tuyến trong tháng: ……… 64 ……… hồ sơ.\n"
        "4. Trong tháng, tổ đã thực hiện 09 lượt hỗ trợ tại nhà và ghi nhận 1,2 triệu lượt "
        "phương tiện qua chốt; Trạm Y tế nhận 410 lượt thanh toán qua mã QR.\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit, f.as_of) for f in facts_of(text)] == [
        ("286", "households", date(2030, 11, 25)),
        ("702", "persons", date(2030, 11, 25)),
        ("95", "persons", date(2030, 11, 25)),
        ("64", "dossiers", date(2030, 11, 25)),
        ("09", "lượt", date(2030, 11, 25)),
        ("1,2", "lượt", date(2030, 11, 25)),
        ("410", "lượt", date(2030, 11, 25)),
    ]


def test_nouns_that_fold_like_function_words_are_counted_nouns():
    text = report(
        "Trên địa bàn có 05 chợ (02 chợ hạng II), 02 Quỹ tín dụng nhân dân và 180 đèn chiếu "
        "sáng thông minh. Tỷ lệ giao dịch không dùng tiền mặt tại chợ Đông và 03 chợ xã đạt 71%. "
        "Tiểu thương 05 chợ có tài khoản: 88%. Số giao dịch tại 05 chợ trong năm là 9.400 giao "
        "dịch; doanh nghiệp đầu tư tại 12 thị trường nước ngoài.\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("05", "chợ"),
        ("02", "chợ hạng"),
        ("180", "đèn chiếu"),
        ("71", "percent"),
        ("88", "percent"),
        ("9.400", "transactions"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("03", "12")] == ["group_definition"] * 2
    assert found["02"] != "duration"  # the "Quỹ" of a fund is no quarter


def test_a_planned_span_column_beside_columns_a_caption_dates_holds_targets():
    text = plan(
        "III. MỤC TIÊU\n"
        "Bảng 1. Trạm sạc theo khu (số liệu hiện trạng tính đến ngày 31/12/2029):\n"
        "| Khu | Hiện có | Lắp mới năm 2030 | Lắp mới năm 2031 - 2032 | Tổng số đến năm 2032 |\n"
        "|---|---|---|---|---|\n"
        "| Khu A | 12 | 4 | 7 | 23 |\n\n"
        "Bảng 2. Kinh phí (triệu đồng):\n"
        "| Nguồn | Giai đoạn 1 (năm 2030) | Giai đoạn 2 (năm 2031 - 2032) |\n"
        "|---|---|---|\n"
        "| Ngân sách phường | 1.200 | 2.300 |\n",
        year=2030,
    )
    assert [
        (f.raw_token, f.kind, f.period_start, f.period_end, f.as_of) for f in facts_of(text)
    ] == [
        ("12", "actual", 2029, 2029, date(2029, 12, 31)),
        ("4", "target", 2030, 2030, None),
        ("7", "target", 2031, 2032, None),
        ("23", "target", 2030, 2032, None),
        ("1.200", "target", 2030, 2030, None),
        ("2.300", "target", 2031, 2032, None),
    ]


def test_a_new_units_parts_and_the_units_it_was_formed_from_are_no_owners_or_facts():
    text = report(
        "Xã Hòa Bình được thành lập trên cơ sở sắp xếp 03 xã Tân Tiến, Quốc Tuấn, An Hòa (cũ), "
        "gồm 19 thôn với khoảng 28.400 nhân khẩu. Phường gồm 07 cụm dân cư; mỗi cụm có nhóm Zalo. "
        "Tin được đăng trên nhóm Zalo của 19 thôn; Tổ công nghệ số cộng đồng của 19 thôn có 133 "
        "thành viên.\n",
        year=2030,
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [
        ("28.400", "11533"),
        ("133", "11533"),
    ]
    rejected = extract_text(text, "sample.txt").rejected
    assert [r.reason for r in rejected if r.raw_token in ("19", "07")] == [
        "administrative_structure",  # gồm 19 thôn
        "administrative_structure",  # gồm 07 cụm dân cư
        "group_definition",  # nhóm Zalo của 19 thôn
        "group_definition",  # Tổ công nghệ số cộng đồng của 19 thôn
    ]


def test_a_target_in_a_bracket_after_the_plan_it_names_stays_a_target_under_a_cut_off():
    text = report(
        "II. KẾT QUẢ (số liệu tính đến ngày 30/11/2030)\n"
        "Tỷ lệ hồ sơ trực tuyến đạt 88,1%, chưa đạt chỉ tiêu Kế hoạch số 41/KH-UBND (từ 92% trở "
        "lên); tỷ lệ thanh toán trực tuyến đạt 76,5%, vượt chỉ tiêu thành phố giao cho phường năm "
        "2030 (tối thiểu 70%), cao hơn bình quân toàn thành phố (71,2%; năm 2029: 58,4%). Phường "
        "hoàn thành 11/14 chỉ tiêu tháng (78,6%).\n",
        year=2030,
    )
    assert [(f.raw_token, f.kind, f.ward_code, f.as_of) for f in facts_of(text)] == [
        ("88,1", "actual", "11533", date(2030, 11, 30)),
        ("92", "target", "11533", None),
        ("76,5", "actual", "11533", date(2030, 11, 30)),
        ("70", "target", "11533", None),
        ("71,2", "actual", "31", date(2030, 11, 30)),
        ("58,4", "actual", "31", None),
        ("11/14", "actual", "11533", date(2030, 11, 30)),
        ("78,6", "actual", "11533", date(2030, 11, 30)),
    ]


def test_an_earlier_half_years_rank_and_a_measurement_day_date_their_own_values():
    text = report(
        "II. KẾT QUẢ (số liệu tính đến ngày 30/11/2030)\n"
        "Theo kết quả 6 tháng đầu năm 2030 do Sở tổng hợp, phường xếp thứ 14/45 phường. Tốc độ "
        "tải xuống đo tại nhà văn hóa ngày 18/11/2030 đạt 241,6 Mbps.\n",
        year=2030,
    )
    assert [(f.raw_token, f.as_of) for f in facts_of(text)] == [
        ("14/45", None),
        ("241,6", date(2030, 11, 18)),
    ]


def test_a_devices_specification_and_a_contracts_terms_and_samples_are_no_facts():
    text = plan(
        "IV. NHIỆM VỤ\n"
        "2. Máy tính trang bị mới phải đáp ứng yêu cầu kỹ thuật tối thiểu sau:\n"
        "- Máy trạm: bộ nhớ tối thiểu 16 GB, ổ cứng 512 GB, màn hình 24 inch;\n"
        "- Máy chủ: thời gian hoạt động liên tục từ 99,9% trở lên.\n"
        "3. Trang bị 35 máy tính cho bộ phận một cửa.\n"
        "4. Tài liệu quét đạt yêu cầu kỹ thuật (độ phân giải 200 dpi) và đã kiểm tra 6.200 trang.\n"
        "5. Bên A tạm ứng 240.000.000 đồng (40% giá trị hợp đồng); Tổ nghiệm thu (07 thành viên) "
        "kiểm tra xác suất 600 hồ sơ (8% tổng số hồ sơ, chọn ngẫu nhiên trong cả 03 nhóm), lần 2 "
        "kiểm tra trên mẫu 250 hồ sơ; 02 hộp hồ sơ nêu tại điểm 4 mục III chưa bàn giao.\n"
        "6. Cước duy trì đường truyền 1.650.000 đồng/tháng; miễn phí cho hộ kinh doanh có doanh "
        "thu dưới 100 triệu đồng/năm.\n",
        year=2030,
    )
    assert [f.raw_token for f in facts_of(text)] == ["35", "6.200", "240.000.000"]
    found = rejections(text)
    assert [
        found[token]
        for token in ("16", "99,9", "200", "40", "07", "600", "8", "03", "250", "1.650.000")
    ] == [
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
        "schedule",
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
    ]
    assert found["100"] == "group_definition"
    assert found["4"] == "legal_citation"  # the last "4": "nêu tại điểm 4 mục III"


def test_a_contracts_agreed_volumes_are_targets_and_an_install_year_no_period():
    text = report(
        "1. Khối lượng (số liệu tính đến ngày 30/11/2030):\n"
        "| Loại | Số trang theo HĐ | Số trang đã số hóa |\n"
        "|---|---|---|\n"
        "| Sổ khai sinh | 12.000 | 11.850 |\n\n"
        "2. Tính đến ngày 30/11/2030, có 41 máy tính hỏng, chủ yếu là máy lắp đặt trước năm "
        "2022.\n",
        year=2030,
    )
    assert [(f.raw_token, f.kind, f.period_end, f.as_of) for f in facts_of(text)] == [
        ("12.000", "target", 2030, None),
        ("11.850", "actual", 2030, date(2030, 11, 30)),
        ("41", "actual", 2030, date(2030, 11, 30)),
    ]


def test_an_online_contests_notice_keeps_its_entries_and_leaves_out_its_prizes_and_rules():
    text = report(
        "I. KẾT QUẢ (số liệu đến 20 giờ 00 ngày 30/11/2030)\n"
        "Mỗi lượt thi gồm 20 câu hỏi trắc nghiệm và 01 câu hỏi phụ. Hệ thống ghi nhận 6.240 lượt "
        "dự thi của 2.915 người; có 188 bài trả lời đúng 20/20 câu. Bảng 2 trích 04 tổ dân phố "
        "cao nhất và 02 tổ dân phố thấp nhất trong 31 tổ dân phố; học sinh 02 trường tiểu học: "
        "1.450 lượt dự thi. Tỷ lệ tổ dân phố đạt từ 10% trở lên là 77,4%.\n"
        "Bảng 1. Theo tuần:\n"
        "| Tuần | Thời gian | Số lượt dự thi |\n"
        "|---|---|---|\n"
        "| Tuần 1 | 03/11 - 09/11 | 1.380 |\n"
        "| Tuần 4 | 24/11 - 30/11 | 1.920 |\n\n"
        "II. GIẢI THƯỞNG\n"
        "Ban Tổ chức trao 07 giải cá nhân gồm: 01 giải Nhất (2.500.000 đồng) và 06 giải Khuyến "
        "khích; trao 02 giải tập thể. Ban Giám khảo (05 thành viên) và Tổ thư ký, kỹ thuật (03 "
        "thành viên, trong đó 01 kỹ thuật viên) đã rà soát kết quả.\n"
        "| STT | Giải | Họ và tên | Số câu đúng | Dự đoán |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Nhất | Quách Thị Hoa | 20/20 | 6.238 |\n\n"
        "III. SO SÁNH VỚI CUỘC THI NĂM 2029\n"
        "- Số lượt dự thi đạt 124,8% mục tiêu.\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit, f.period_end, f.as_of) for f in facts_of(text)] == [
        ("6.240", "lượt", 2030, date(2030, 11, 30)),
        ("2.915", "persons", 2030, date(2030, 11, 30)),
        ("188", "bài", 2030, date(2030, 11, 30)),
        ("1.450", "lượt", 2030, date(2030, 11, 30)),
        ("77,4", "percent", 2030, date(2030, 11, 30)),
        ("1.380", "count", 2030, None),  # (the column "Số lượt dự thi": a count)
        ("1.920", "count", 2030, date(2030, 11, 30)),
        ("124,8", "percent", 2030, None),
    ]
    found = extract_text(text, "sample.txt").rejected
    prizes = 1 + next(i for i, line in enumerate(text.split("\n")) if "Ban Tổ chức trao" in line)
    assert [(r.raw_token, r.reason) for r in found if r.line == prizes] == [
        *[(token, "plan_structure") for token in ("07", "01", "2.500.000", "06", "02")],
        *[(token, "schedule") for token in ("05", "03", "01")],
    ]
    body = 1 + next(i for i, line in enumerate(text.split("\n")) if "Mỗi lượt thi" in line)
    assert [(r.raw_token, r.reason) for r in found if r.line == body] == [
        ("20", "plan_structure"),
        ("01", "plan_structure"),
        ("20/20", "group_definition"),
        ("2", "ordinal"),
        ("04", "group_definition"),
        ("02", "group_definition"),
        ("31", "group_definition"),
        ("02", "group_definition"),
        ("10", "group_definition"),
    ]
    assert [r.reason for r in found if r.raw_token == "6.238"] == ["plan_structure"]


def test_a_regulations_roster_password_allowance_and_reward_terms_are_no_facts():
    text = plan(
        "Điều 2. Chế độ trực\n"
        "Ca ngày (từ 7 giờ 30 đến 17 giờ 00): 02 công chức; ca đêm (từ 17 giờ 00 đến 7 giờ 30 sáng "
        "hôm sau): 01 công chức và 01 cán bộ Công an phường. Phản ánh được gộp thành 05 nhóm.\n"
        "Điều 5. Mật khẩu tối thiểu 10 ký tự. Công chức trực ngoài giờ được hỗ trợ 120.000 "
        "đồng/ca.\n"
        "Điều 8. Tập thể, cá nhân có tỷ lệ phản ánh xử lý đúng hạn đạt 100% trong năm được xét "
        "tặng Giấy khen. Tỷ lệ phản ánh xử lý đúng hạn năm 2026 đạt từ 92% trở lên.\n",
        year=2026,
    )
    assert [f.raw_token for f in facts_of(text)] == ["92"]
    found = rejections(text)
    assert [found[token] for token in ("02", "01", "05", "10", "120.000", "100")] == [
        "schedule",
        "schedule",
        "plan_structure",
        "indicator_qualifier",
        "indicator_qualifier",
        "group_definition",
    ]


def test_a_school_years_report_reads_its_spans_sites_and_plans():
    text = report(
        "I. KẾT QUẢ NĂM HỌC 2029-2030 (số liệu tính đến ngày 31/5/2030)\n"
        "Toàn xã có 118 nhóm, lớp với 3.904 học sinh, trẻ. Kết quả đo kiểm ngày 20/5/2030 tại 08 "
        "trường: tốc độ trung bình đạt 455,2 Mbps, cao nhất tại Trường THCS Tân Tiến (688,1 Mbps); "
        "tại trường mầm non sau nâng cấp đạt 402,5 Mbps (trước nâng cấp: 96,4 Mbps). Tốc độ "
        "Internet tại 03 trường mầm non còn thấp. Các trường lắp mới 12 phòng học thông minh, đạt "
        "120% kế hoạch năm học (10 phòng); tiền ăn bán trú 25.000 đồng/ngày/trẻ. Xã hoàn thành 7/9 "
        "chỉ tiêu (77,8%). Hiện có 21 trạm BTS (Viettel 10, VNPT 7, MobiFone 4).\n"
        "| Trường | Thu KDTM năm học 2028 - 2029 (%) | Thu KDTM năm học 2029-2030 (%) |\n"
        "|---|---|---|\n"
        "| Trường Tiểu học Tân Tiến | 81,2 | 93,5 |\n",
        year=2030,
    )
    cut_off = date(2030, 5, 31)
    assert [(f.raw_token, f.unit, f.kind, f.period_end, f.as_of) for f in facts_of(text)] == [
        ("118", "classes", "actual", 2030, cut_off),
        ("3.904", "persons", "actual", 2030, cut_off),
        ("455,2", "mbps", "actual", 2030, date(2030, 5, 20)),
        # the day before the colon dates the sites measured after it, to the sentence's end
        ("688,1", "mbps", "actual", 2030, date(2030, 5, 20)),
        ("402,5", "mbps", "actual", 2030, date(2030, 5, 20)),
        ("96,4", "mbps", "actual", 2030, cut_off),
        ("12", "phòng học", "actual", 2030, cut_off),
        ("120", "percent", "actual", 2030, cut_off),
        ("10", "phòng", "target", 2030, None),
        ("7/9", "ratio", "actual", 2030, cut_off),
        ("77,8", "percent", "actual", 2030, cut_off),
        ("21", "stations", "actual", 2030, cut_off),
        ("10", "stations", "actual", 2030, cut_off),
        ("7", "stations", "actual", 2030, cut_off),
        ("4", "stations", "actual", 2030, cut_off),
        ("81,2", "percent", "actual", 2029, None),
        ("93,5", "percent", "actual", 2030, cut_off),
    ]
    found = rejections(text)
    assert [found[token] for token in ("08", "03", "25.000")] == [
        "indicator_qualifier",
        "group_definition",
        "indicator_qualifier",
    ]


def test_a_recognitions_criteria_awards_and_prize_totals_are_no_facts():
    text = plan(
        'Điều 1. Công nhận 12 tổ dân phố đạt tiêu chí "Tổ dân phố số" năm 2026.\n'
        "1. Bộ tiêu chí năm 2026 gồm 06 tiêu chí, mỗi tiêu chí tối đa 15 điểm (tổng 90 điểm). Tổ "
        "dân phố được công nhận khi đạt từ 72 điểm trở lên và có từ 80% hộ dùng cáp quang.\n"
        "2. Tặng Giấy khen cho 12 tổ dân phố và 05 cá nhân; mỗi tập thể được thưởng 3.000.000 "
        "đồng, mỗi cá nhân 1.000.000 đồng. Tổng giá trị giải thưởng là 41.000.000 đồng.\n"
        "3. Các lớp học mở 36 buổi (mỗi buổi 2 giờ) tại nhà văn hóa tổ dân phố Đông 4 tối thiểu "
        "02 buổi/tuần.\n",
        year=2026,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("12", "residential_groups"),
        ("36", "sessions"),
        ("02", "times_per_week"),
    ]
    rejected = extract_text(text, "sample.txt").rejected
    criteria = [r.reason for r in rejected if r.raw_token in ("06", "15", "90", "72", "80")]
    assert set(criteria) == {"indicator_qualifier"} and len(criteria) == 5
    assert [
        r.reason for r in rejected if r.raw_token in ("05", "3.000.000", "1.000.000", "41.000.000")
    ] == ["plan_structure"] * 4
    classes = 1 + next(i for i, line in enumerate(text.split("\n")) if "mỗi buổi" in line)
    assert [(r.raw_token, r.reason) for r in rejected if r.line == classes] == [
        ("3", "outline_number"),
        ("2", "duration"),
        ("4", "name_or_address"),
    ]


def test_a_unions_report_reads_its_members_and_the_citys_union_average():
    text = report(
        "II. KẾT QUẢ (số liệu tính đến ngày 30/11/2030)\n"
        "Có 19 hội viên có doanh thu trên 30 triệu đồng/tháng. Tỷ lệ hội viên dùng ví điện tử "
        "đạt 71,2%, cao hơn bình quân chung của Hội LHPN thành phố (66,4%). Đã công nhận 06/20 "
        "chi hội (cùng kỳ năm 2029: 03 chi hội; chỉ tiêu năm 2030: 08 chi hội). Trạm Y tế có 02 "
        "bác sĩ, 03 y sĩ; hồ sơ sức khỏe điện tử đạt 86,1% dân số, còn thiếu 3.912 người.\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit, f.kind, f.ward_code) for f in facts_of(text)] == [
        ("19", "persons", "actual", "11533"),
        ("71,2", "percent", "actual", "11533"),
        ("66,4", "percent", "actual", "31"),
        ("06/20", "ratio", "actual", "11533"),
        ("03", "chi hội", "actual", "11533"),
        ("08", "chi hội", "target", "11533"),
        ("02", "persons", "actual", "11533"),
        ("03", "persons", "actual", "11533"),
        ("86,1", "percent", "actual", "11533"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("30", "3.912")] == [
        "group_definition",
        "descriptive_quantity",
    ]


def test_a_data_requests_worked_examples_sample_row_and_map_scales_are_no_facts():
    text = plan(
        "Tính đến ngày 31/01/2026, xã có 8.214 hộ; bản đồ địa chính có 214 tờ (tỷ lệ 1/500: 150 "
        "tờ; tỷ lệ 1/2000: 64 tờ).\n"
        "PHỤ LỤC\n"
        "1. Cách tính\n"
        "- Ví dụ 1: thôn B có 300 hộ, trong đó 240 hộ dùng VNeID: tỷ lệ = 240/300 x 100 = 80,0.\n"
        "2. Ví dụ điền biểu (số liệu giả định):\n"
        "| Thôn | T01 | T02 |\n"
        "|---|---|---|\n"
        "| Thôn B | 300 | 240 |\n",
        year=2026,
    )
    assert [f.raw_token for f in facts_of(text)] == ["8.214", "214", "150", "64"]
    found = rejections(text)
    assert [found[token] for token in ("1/500", "1/2000", "240/300", "80,0", "300", "240")] == [
        "indicator_qualifier"
    ] * 6


def test_a_network_quality_report_keeps_sites_speeds_and_carriers_breakdown():
    text = report(
        "II. KẾT QUẢ\n"
        "So với kỳ trước (từ tháng 3 đến tháng 5/2030: 160 phản ánh), số phản ánh giảm 28 phản "
        "ánh. Tỷ lệ phản ánh được liên hệ lại trong vòng 24 giờ đạt 91,2%. Thôn được xác định đạt "
        "ngưỡng khi đồng thời có tốc độ tải xuống trung bình từ 40 Mbps trở lên, độ trễ không quá "
        "50 ms. Tốc độ tải xuống cố định tại trụ sở xã đạt 640,2 Mbps (kỳ trước: 512,0 Mbps), tại "
        "Trường Tiểu học Tân Tiến 296,4 Mbps. Trong kỳ, các nhà mạng đã nâng cấp 05 trạm lên 5G "
        "(Viettel 03, VNPT 02). Cả 03 nhà mạng: thời gian phản hồi tối đa 02 ngày làm việc. Kho "
        "lạnh (dung tích 15 tấn); gạo đóng túi loại 2 kg và 5 kg; mức hỗ trợ 4.000.000 đồng/chủ "
        "thể; doanh thu gấp 1,4 lần năm 2029 (3.120 triệu đồng).\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit, f.period_end) for f in facts_of(text)] == [
        ("160", "complaints", 2030),
        ("91,2", "percent", 2030),
        ("640,2", "mbps", 2030),
        ("512,0", "mbps", 2030),
        ("296,4", "mbps", 2030),
        ("05", "stations", 2030),
        ("03", "stations", 2030),
        ("02", "stations", 2030),
        ("02", "ngày", 2030),
        ("3.120", "vnd_million", 2029),
    ]
    found = rejections(text)
    assert [found[token] for token in ("28", "24", "40", "50", "15", "2", "5", "4.000.000")] == [
        "descriptive_quantity",
        "group_definition",
        "indicator_qualifier",
        "indicator_qualifier",
        "descriptive_quantity",
        "group_definition",
        "group_definition",
        "indicator_qualifier",
    ]


def test_an_average_per_unit_is_no_prize_per_unit():
    text = report(
        "II. KẾT QUẢ\n"
        "Bình quân mỗi đơn vị 4.722 lượt dự thi; mỗi cá nhân đạt giải được thưởng 300.000 đồng, "
        "mỗi tập thể 1.000.000 đồng.\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("4.722", "lượt")]
    found = rejections(text)
    assert [found[token] for token in ("300.000", "1.000.000")] == ["plan_structure"] * 2


# --- held-out round 78 -----------------------------------------------------------------------


def test_a_measurement_day_dates_the_list_after_its_colon_but_not_another_years_bracket():
    text = report(
        "I. KẾT QUẢ\n"
        "Kết quả đo kiểm ngày 14/11/2030 tại 08 điểm của phường: tốc độ tải xuống 4G bình quân "
        "đạt 52,4 Mbps (năm 2029: 41,7 Mbps), 5G bình quân đạt 288,6 Mbps; đường truyền tại "
        "trụ sở đo được 702,5 Mbps.\n"
        "- Tốc độ tại nhà văn hóa thấp (đo tại Nhà văn hóa tổ dân phố Cầu Rào 3 ngày 09/11/2030 "
        "chỉ đạt 21,8 Mbps).\n",
        year=2030,
    )
    assert [(f.raw_token, f.period_end, f.as_of) for f in facts_of(text)] == [
        ("52,4", 2030, date(2030, 11, 14)),
        ("41,7", 2029, None),
        ("288,6", 2030, date(2030, 11, 14)),
        ("702,5", 2030, date(2030, 11, 14)),
        ("21,8", 2030, date(2030, 11, 9)),
    ]


def test_comrades_in_a_breakdown_or_served_by_a_training_are_persons_not_attendance():
    text = report(
        "I. KẾT QUẢ\n"
        "Đảng bộ có 1.820 đảng viên, trong đó 205 đồng chí được miễn sinh hoạt, 96 đồng chí "
        "đi làm ăn xa; mở 03 lớp bồi dưỡng cho 88 đồng chí bí thư chi bộ. Hội nghị có mặt 41 "
        "đồng chí, vắng 02 đồng chí.\n",
        year=2029,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("1.820", "persons"),
        ("205", "persons"),
        ("96", "persons"),
        ("03", "classes"),
        ("88", "persons"),
    ]
    assert {rejections(text)[token] for token in ("41", "02")} == {"schedule"}


def test_the_whole_of_a_city_body_is_the_city_and_party_cells_sorted_by_a_rate_define_groups():
    text = report(
        "I. KẾT QUẢ\n"
        "Bình quân toàn Đảng bộ thành phố đạt 86,9%. Phường có 14 chi bộ đạt tỷ lệ cài đặt 100%; "
        "27/40 chi bộ đạt từ 90% trở lên; chưa đạt chỉ tiêu Ban Thường vụ Thành ủy giao (từ 92% "
        "trở lên).\n",
        year=2029,
    )
    assert [(f.raw_token, f.ward_code, f.kind) for f in facts_of(text)] == [
        ("86,9", "31", "actual"),
        ("14", "11533", "actual"),
        ("27/40", "11533", "actual"),
        ("92", "11533", "target"),
    ]
    assert {rejections(text)[token] for token in ("100", "90")} == {"group_definition"}


def test_a_revenue_class_a_share_of_a_price_and_a_rate_per_household_or_site_are_no_values():
    text = plan(
        "II. CHỈ TIÊU\n"
        "Hộ kinh doanh có doanh thu dưới 2 tỷ đồng/năm được khuyến khích; hỗ trợ 120 bộ thiết bị "
        "cho hộ có doanh thu từ 2 tỷ đồng đến dưới 5 tỷ đồng/năm, mức hỗ trợ 40% giá thiết bị. "
        "Hộ nghèo được hỗ trợ tiền nước (mức 35.000 đồng/hộ/tháng). Mức thuê mặt bằng đặt trạm "
        "theo đơn giá do thành phố quy định (khoảng 12 triệu đồng/vị trí/năm).\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("120", "machines")]
    found = rejections(text)
    assert [found[token] for token in ("2", "5", "40", "35.000", "12")] == [
        "group_definition",
        "group_definition",
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
    ]


def test_a_specification_after_its_colon_sizes_and_a_signal_threshold_are_no_values():
    text = plan(
        "II. NHIỆM VỤ\n"
        "- Máy phải đáp ứng cấu hình kỹ thuật tối thiểu: màn hình 13,3 inch, ổ cứng 256 GB.\n"
        "- Bố trí 02 vị trí đặt trạm: tổ dân phố Cầu Tre (90 m², cột cao 30 m) và tổ dân phố "
        "Lạc Viên (75 m²); cột ăng-ten trong khu dân cư có chiều cao không quá 40 m.\n"
        "- Ngầm hóa cáp trên phố Chợ Con (chiều dài khoảng 0,8 km).\n"
        "- Không còn tổ dân phố nào có RSRP trung bình dưới -110 dBm.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("02", "vị trí")]
    found = rejections(text)
    assert [found[token] for token in ("13,3", "256", "90", "30", "75", "40", "0,8", "110")] == [
        "indicator_qualifier",
        "indicator_qualifier",
        "descriptive_quantity",
        "descriptive_quantity",
        "descriptive_quantity",
        "descriptive_quantity",
        "descriptive_quantity",
        "group_definition",
    ]


def test_units_of_places_lots_loanwords_and_nouns_cut_before_a_time_word():
    text = plan(
        "II. CHỈ TIÊU\n"
        "- Giảm số điểm chi trả tiền mặt xuống 04 điểm chi trả; lắp 02 cột ăng-ten; đợt 1 lắp 80 "
        "bộ trước ngày 31/5/2031, đợt 2 lắp 40 bộ còn lại; nâng cấp 03 trạm BTS hiện có lên 5G.\n"
        "- Đầu mối: Đội Thuế, số 5 lô 18 đường Văn Cao.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit, f.kind) for f in facts_of(text)] == [
        ("04", "centres", "target"),
        ("02", "cột ăng-ten", "target"),
        ("80", "bộ", "target"),
        ("40", "bộ", "target"),
        ("03", "stations", "target"),
    ]
    assert rejections(text)["18"] == "name_or_address"


def test_a_list_of_names_one_numbered_is_no_labelled_bracket_and_a_speed_target_names_its_network():
    text = plan(
        "II. CHỈ TIÊU\n"
        "- Còn 02 tổ dân phố chưa có cáp quang (Trung Hành, Đằng Hải 4); tốc độ tải xuống 5G "
        "bình quân trên địa bàn phường từ 300 Mbps trở lên.\n"
        "- Toàn phường có 18 trạm BTS (Viettel 8, VNPT 6, MobiFone 4).\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("02", "residential_groups"),
        ("300", "mbps"),
        ("18", "stations"),
        ("8", "stations"),
        ("6", "stations"),
        ("4", "stations"),
    ]


def test_a_column_of_bounds_and_a_bracket_after_the_year_compared_with():
    text = plan(
        "II. CHỈ TIÊU\n"
        "| Mốc | Số hộ tối thiểu (hộ) | Tỷ lệ tối thiểu (%) | Tỷ lệ phấn đấu (%) |\n"
        "|---|---|---|---|\n"
        "| Hết quý II/2031 | 215 | 70 | 75 |\n",
        year=2031,
    )
    assert [(f.raw_token, f.comparator) for f in facts_of(text)] == [
        ("215", "ge"),
        ("70", "ge"),
        ("75", "eq"),
    ]
    text = report(
        "I. KẾT QUẢ\n"
        "So với năm 2028 (1.904/2.610 hội viên cài đặt, đạt 72,9%), tỷ lệ cài đặt tăng 11,2 điểm "
        "phần trăm.\n",
        year=2029,
    )
    assert [(f.raw_token, f.period_end) for f in facts_of(text)] == [
        ("1.904/2.610", 2028),
        ("72,9", 2028),
    ]


# --- held-out round 79 -----------------------------------------------------------------------


def test_a_portal_dateline_followed_by_its_fields_dates_the_news():
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HÒA BÌNH\n"
        "Trang chủ | Tin tức | Chính quyền số\n\n"
        "Hòa Bình: hơn 300 hộ bán hàng qua sàn\n\n"
        "Thứ Sáu, 14/12/2029 - 15:40 | Lượt xem: 812 | Chia sẻ\n\n"
        "(Cổng TTĐT phường Hòa Bình) - Từ đầu năm đến nay, phường có 312 hộ mở gian hàng trên "
        "sàn thương mại điện tử, gấp 1,6 lần cùng kỳ năm 2028.\n"
    )
    extraction = extract_text(text, "sample.txt")
    assert extraction.meta.issued_on == date(2029, 12, 14)
    assert [(f.raw_token, f.period_end) for f in extraction.facts if f.raw_token == "312"] == [
        ("312", 2029)
    ]


def test_a_waiting_time_in_minutes_is_a_value_unless_it_happens_only_at_times():
    text = report(
        "I. KẾT QUẢ\n"
        "Năm 2030, thời gian chờ bình quân của người dân tại Bộ phận một cửa là 17 phút/lượt; "
        "vào sáng thứ Hai thời gian chờ có lúc tới 40 phút.\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("17", "phút")]
    assert rejections(text)["40"] == "duration"


def test_vessel_classes_intervals_ranges_of_prices_and_fees_and_shares_of_a_cost_are_no_values():
    text = report(
        "I. KẾT QUẢ\n"
        "Toàn xã có 212 tàu cá, trong đó 64 tàu từ 12 m đến dưới 15 m và 31 tàu từ 15 m trở "
        "lên; tàu mất kết nối phải báo cáo vị trí 06 giờ/lần. Cước thuê bao vệ tinh từ 180.000 "
        "đến 350.000 đồng/tháng; giá cá bán qua sàn cao hơn từ 3.000 đến 6.000 đồng/kg. Xã hỗ "
        "trợ 70% cước thuê bao cho hộ nghèo, hỗ trợ 100% chi phí in tem; đóng gói loại hộp 2 kg và 5 "
        "kg. Nhiều hộ có doanh thu bán hàng trực tuyến trên 300 triệu đồng/năm.\n",
        year=2032,
    )
    assert [f.raw_token for f in facts_of(text)] == ["212", "64", "31"]
    found = rejections(text)
    assert {found[token] for token in ("12", "15")} == {"group_definition"}
    assert [found[t] for t in ("06", "180.000", "3.000", "70", "100", "2", "5", "300")] == [
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
        "group_definition",
        "group_definition",
        "group_definition",
    ]


# --- held-out round 80 -----------------------------------------------------------------------


def test_a_floors_speed_in_brackets_and_a_speed_target_after_a_comma_are_values():
    text = plan(
        "II. CHỈ TIÊU\n"
        "- Tốc độ đo tại trụ sở ngày 12/01/2031 chỉ đạt 186,3 Mbps, thấp hơn mức tối thiểu thành "
        "phố giao (400 Mbps).\n"
        "- 100% tổ dân phố có điểm truy cập Wi-Fi công cộng, tốc độ Internet tại điểm truy cập từ "
        "150 Mbps trở lên.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("186,3", "mbps"),
        ("400", "mbps"),
        ("100", "percent"),
        ("150", "mbps"),
    ]


def test_a_session_attendance_items_named_elsewhere_samples_causes_and_resolutions_are_no_values():
    text = report(
        "I. KẾT QUẢ\n"
        "Nghị quyết được thông qua với 27/29 đại biểu có mặt. Khắc phục 21 camera hư hỏng, mất "
        "tín hiệu nêu tại khoản 2 Điều 1; chuyển 45.000.000 đồng vào tài khoản nêu tại mục I. "
        "Tổ công tác kiểm tra xác suất 1.800 bản ghi (khoảng 3,5% số bản ghi đã nhập); tự kiểm "
        "tra xác suất tối thiểu 2% số bản ghi. Trả lời: Nguyên nhân chủ yếu là khoảng 90 quyển "
        "sổ bị ẩm mốc. Ảnh quét có độ phân giải 300 dpi. Đã có 640 hội viên hoàn thành ít nhất "
        "01 khóa học.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["45.000.000", "640"]
    found = rejections(text)
    assert [found[t] for t in ("27/29", "21", "1.800", "3,5", "2", "90", "300", "01")] == [
        "schedule",
        "group_definition",
        "indicator_qualifier",
        "indicator_qualifier",
        "indicator_qualifier",
        "descriptive_quantity",
        "indicator_qualifier",
        "group_definition",
    ]


def test_the_items_of_a_recognitions_criteria_are_no_targets():
    text = plan(
        "II. TIÊU CHÍ\n"
        "Tổ dân phố được công nhận khi đạt đồng thời 03 tiêu chí sau:\n"
        "a) Tỷ lệ hộ có tài khoản thanh toán điện tử từ 80% trở lên;\n"
        "b) Có từ 15 hộ kinh doanh trở lên nhận thanh toán bằng mã QR.\n"
        "III. CHỈ TIÊU\n"
        "Có tối thiểu 06 tổ dân phố được công nhận.\n",
        year=2031,
    )
    assert [(f.raw_token, f.kind) for f in facts_of(text)] == [("06", "target")]


def test_luot_of_an_act_counts_the_acts_and_a_bare_luot_repeats_the_last_one():
    text = report(
        "I. KẾT QUẢ\n"
        "- Trong năm, Trạm tiếp nhận 3.215 lượt tiêm chủng (năm 2030: 2.870 lượt), trong đó "
        "1.044 lượt đăng ký qua ứng dụng.\n"
        "- Hướng dẫn 920 lượt người dân cài đặt ứng dụng (năm 2030: 610 lượt).\n"
        "- Đón 4.300 lượt khách tham quan, 1.120 lượt hành khách đi tàu; 12 khách sạn kết nối "
        "phần mềm lưu trú.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("3.215", "lượt"),
        ("2.870", "lượt"),
        ("1.044", "lượt"),
        ("920", "persons"),
        ("610", "persons"),
        ("4.300", "persons"),
        ("1.120", "persons"),
        ("12", "khách sạn"),
    ]


def test_a_row_counting_uses_by_luot_counts_the_uses():
    text = report(
        "I. KẾT QUẢ\n"
        "| STT | Nội dung | Đơn vị tính | Kết quả |\n"
        "|---|---|---|---|\n"
        "| 1 | Lượt tra cứu văn bản trên hệ thống | Lượt | 8.420 |\n"
        "| 2 | Lượt người dân được hướng dẫn | Lượt | 1.360 |\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("8.420", "lượt"),
        ("1.360", "persons"),
    ]


def test_a_time_limit_on_a_task_and_minutes_per_item_are_values():
    text = plan(
        "II. CHỈ TIÊU\n"
        "- Cập nhật thông tin thay đổi của hộ kinh doanh trong thời hạn tối đa 02 ngày làm việc; "
        "thời gian cấp mã cho tổ chức không quá 03 ngày làm việc.\n"
        "- Các bộ phận gửi báo cáo trong thời hạn tối đa 5 ngày làm việc sau khi kết thúc tháng.\n"
        "- Thời gian tiết kiệm bình quân từ 12 phút/hồ sơ trở lên.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit, f.comparator) for f in facts_of(text)] == [
        ("02", "ngày", "le"),
        ("03", "ngày", "le"),
        ("12", "phút", "ge"),
    ]
    assert rejections(text)["5"] == "duration"


def test_an_approved_estimates_parts_are_targets():
    text = report(
        "II. KẾT QUẢ (số liệu tính đến ngày 30/11/2031)\n"
        "3. Kinh phí\n"
        "Dự toán kinh phí giai đoạn 2 được phê duyệt là 2,4 tỷ đồng, gồm: ngân sách thành phố "
        "1,5 tỷ đồng; ngân sách phường 600 triệu đồng; nguồn xã hội hóa 300 triệu đồng.\n",
        year=2031,
    )
    assert [(f.raw_token, f.kind) for f in facts_of(text)] == [
        ("2,4", "target"),
        ("1,5", "target"),
        ("600", "target"),
        ("300", "target"),
    ]


def test_a_measurement_after_a_committed_speed_is_a_result_of_its_day():
    text = report(
        "I. KẾT QUẢ\n"
        "- Đường truyền của Trạm có tốc độ cam kết 200 Mbps, kết quả đo ngày 14/10/2031 đạt "
        "143,7 Mbps tải xuống.\n"
        "II. ĐỀ XUẤT\n"
        "- Đề nghị nhà mạng nâng băng thông đường truyền tại Trạm lên 300 Mbps.\n",
        year=2031,
    )
    assert [(f.raw_token, f.kind, f.as_of) for f in facts_of(text)] == [
        ("143,7", "actual", date(2031, 10, 14)),
        ("300", "target", None),
    ]
    assert rejections(text)["200"] == "speed_threshold"


def test_landmarks_called_diem_are_places():
    text = plan(
        "II. CHỈ TIÊU\n- Gắn mã QR cho tối thiểu 45 điểm địa danh, di tích.\n"
        "| STT | Nhóm đối tượng | Đơn vị tính | Chỉ tiêu năm 2031 |\n"
        "|---|---|---|---|\n"
        "| 1 | Điểm địa danh, bến đò, chợ | Điểm | 120 |\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("45", "centres"),
        ("120", "centres"),
    ]


def test_a_level_a_contract_commits_to_is_a_target_even_under_a_cut_off():
    text = report(
        "II. KẾT QUẢ (số liệu tính đến hết ngày 30/11/2031)\n"
        "- Tỷ lệ thời gian hệ thống hoạt động ổn định đạt 99,8% (mức cam kết của nhà cung cấp: "
        "tối thiểu 99,7%).\n",
        year=2031,
    )
    assert [(f.raw_token, f.kind, f.comparator) for f in facts_of(text)] == [
        ("99,8", "actual", "eq"),
        ("99,7", "target", "ge"),
    ]


# --- held-out round 81 -----------------------------------------------------------------------


def _two_year_plan(body: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n\nSố: 21/KH-UBND\n\nHòa Bình, ngày 15 tháng 02 năm 2031\n\n"
        "KẾ HOẠCH\nCấp mã QR cho hộ kinh doanh trên địa bàn xã giai đoạn 2031 - 2032\n\n"
        f"{body}\n"
    )


def test_a_phase_heading_with_a_deadline_dates_the_targets_under_it():
    text = _two_year_plan(
        "II. CHỈ TIÊU\n"
        "a) Đợt 1 (đến ngày 30/9/2031):\n"
        "- Tối thiểu 60% hộ kinh doanh có mã QR thanh toán;\n"
        "b) Năm 2032:\n"
        "- 100% hộ kinh doanh có mã QR thanh toán.\n"
        "III. NHIỆM VỤ\n"
        "- In 1.200 tem mã QR.\n"
    )
    assert [(f.raw_token, f.period_start, f.period_end) for f in facts_of(text)] == [
        ("60", 2031, 2031),
        ("100", 2032, 2032),
        ("1.200", 2031, 2032),
    ]


def test_a_window_across_two_years_gives_its_targets_both_years():
    text = report(
        "III. MỤC TIÊU ĐỢT 2\n"
        "2. Mục tiêu đợt 2, từ ngày 01/11/2030 đến ngày 31/5/2031, UBND phường phấn đấu:\n"
        "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 85%.\n",
        year=2030,
    )
    fact = only(text)
    assert (fact.kind, fact.period_start, fact.period_end) == ("target", 2030, 2031)


def test_a_column_of_a_phases_targets_is_no_indicator_column():
    text = _two_year_plan(
        "II. CHỈ TIÊU\n"
        "Bảng 1. Chỉ tiêu theo nhóm (số liệu hiện trạng tính đến ngày 31/01/2031):\n"
        "| STT | Nhóm | Đơn vị tính | Đã cấp | Chỉ tiêu đến 30/9/2031 | Chỉ tiêu năm 2032 |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Hộ kinh doanh | Hộ | 215 | 340 | 480 |\n"
    )
    assert [(f.raw_token, f.unit, f.kind, f.period_end) for f in facts_of(text)] == [
        ("215", "businesses", "actual", 2031),
        ("340", "businesses", "target", 2031),
        ("480", "businesses", "target", 2032),
    ]


def test_a_column_of_targets_some_body_set_holds_targets_and_a_time_per_item_is_its_time():
    text = report(
        "II. SO SÁNH VỚI CHỈ TIÊU\n"
        "| STT | Chỉ tiêu | Chỉ tiêu UBND thành phố giao | Kết quả xã | Đánh giá |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ hồ sơ trực tuyến (%) | ≥ 80 | 86,5 | Vượt |\n"
        "| 2 | Thời gian chờ bình quân (phút/lượt) | ≤ 15 | 11 | Đạt |\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit, f.kind) for f in facts_of(text)] == [
        ("80", "percent", "target"),
        ("86,5", "percent", "actual"),
        ("15", "phút", "target"),
        ("11", "phút", "actual"),
    ]


def test_the_second_label_of_a_bracket_dates_every_value_after_it():
    text = report(
        "I. KẾT QUẢ\n"
        "Trong quý có 1.380 lượt đăng ký trực tuyến (quý II/2030: 712 lượt, 11,2%; cùng kỳ năm "
        "2029: 88 lượt, 2,3%).\n",
        year=2030,
    )
    assert [(f.raw_token, f.period_end) for f in facts_of(text)][-2:] == [
        ("88", 2029),
        ("2,3", 2029),
    ]


def test_a_rise_starts_from_an_earlier_value_past_the_bracket_of_its_time():
    text = report(
        "I. KẾT QUẢ\n"
        "Tính đến ngày 30/6/2030, tỷ lệ hồ sơ trực tuyến tăng từ 71,5% (tháng 1) lên 88,2% "
        "(tháng 6).\n",
        year=2030,
    )
    assert [(f.raw_token, f.as_of) for f in facts_of(text)] == [
        ("71,5", None),
        ("88,2", date(2030, 6, 30)),
    ]


def test_a_moment_named_by_an_event_dates_what_follows_and_a_knowledge_bases_entries_count():
    text = report(
        "I. KẾT QUẢ\n"
        "Tại thời điểm khai trương (01/6/2030), kho dữ liệu gồm 184 thủ tục hành chính và 960 "
        "câu hỏi - đáp mẫu.\n",
        year=2030,
    )
    assert [(f.raw_token, f.as_of) for f in facts_of(text)] == [
        ("184", date(2030, 6, 1)),
        ("960", date(2030, 6, 1)),
    ]


# --- held-out round 81 -----------------------------------------------------------------------


def test_a_things_width_and_height_are_no_values():
    text = plan(
        "II. NHIỆM VỤ\n"
        "In và gắn 2.350 biển số nhà (kích thước 20 cm x 30 cm, nền xanh) cho các hộ.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["2.350"]
    found = rejections(text)
    assert [found["20"], found["30"]] == ["descriptive_quantity", "descriptive_quantity"]


def test_a_language_models_context_in_tokens_is_no_value():
    text = report(
        "III. ĐỀ XUẤT\n"
        "Đề nghị nâng giới hạn ngữ cảnh của Chatbot lên 64.000 token/phiên; bổ sung 02 máy chủ.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["02"]
    assert rejections(text)["64.000"] == "indicator_qualifier"


def test_a_clinical_threshold_says_who_has_the_condition():
    text = report(
        "I. KẾT QUẢ\n"
        "Trạm quản lý 936 người bệnh đái tháo đường (đường huyết lúc đói từ 7,0 mmol/l trở "
        "lên) và 1.104 người bệnh tăng huyết áp (huyết áp từ 140/90 mmHg trở lên).\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["936", "1.104"]
    found = rejections(text)
    assert [found["7,0"], found["140/90"]] == ["group_definition", "group_definition"]


def test_an_example_in_brackets_is_no_fact():
    text = report(
        "I. KẾT QUẢ\n"
        "Đơn thuốc điện tử ghi rõ liều dùng (ví dụ: Metformin 500 mg, uống 02 viên/ngày sau ăn), "
        "trong quý đã kê 2.815 đơn thuốc điện tử.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["2.815"]
    found = rejections(text)
    assert [found["500"], found["02"]] == ["indicator_qualifier", "indicator_qualifier"]


def test_a_monthly_allowance_a_role_is_paid_is_a_rate():
    text = report(
        "I. KẾT QUẢ\n"
        "Theo Nghị quyết của HĐND thành phố, Tổ trưởng được phụ cấp 400.000 đồng/tháng, tổ viên "
        "250.000 đồng/tháng; 9 tháng, phường đã chi 312,5 triệu đồng.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["312,5"]
    found = rejections(text)
    assert [found["400.000"], found["250.000"]] == ["indicator_qualifier", "indicator_qualifier"]


def test_what_each_one_is_granted_is_no_count():
    text = plan(
        "II. NHIỆM VỤ\n"
        "Mỗi hộ kinh doanh, hợp tác xã trên địa bàn phường được cấp 01 tài khoản định danh duy "
        "nhất; phấn đấu 520 hộ kinh doanh có tài khoản.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["520"]
    assert rejections(text)["01"] == "indicator_qualifier"


def test_the_units_a_cited_documents_subject_names_are_no_count():
    text = report(
        "Thực hiện Quyết định số 85/QĐ-UBND ngày 10/01/2031 của UBND thành phố về thí điểm "
        "chính quyền số tại 05 xã, phường; UBND phường báo cáo như sau:\n"
        "I. KẾT QUẢ\n"
        "Phường đã số hóa 4.210 hồ sơ.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["4.210"]
    assert rejections(text)["05"] == "group_definition"


def test_a_frequency_after_a_village_is_a_value():
    text = plan(
        "II. NHIỆM VỤ\n"
        "Tổ công nghệ số cộng đồng hỗ trợ người dân tại nhà văn hóa thôn 03 buổi/tuần.\n",
        year=2031,
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [(3, "times_per_week")]


def test_a_business_named_after_the_city_is_not_the_city():
    text = plan(
        "II. NHIỆM VỤ\n"
        "Đề nghị Bưu điện thành phố Hải Phòng cử 03 nhân viên hỗ trợ phường.\n"
        "III. KINH PHÍ\n"
        "Nguồn xã hội hóa (Công ty Điện lực thành phố Hải Phòng, các ngân hàng) 90 triệu đồng.\n",
        year=2031,
    )
    codes = {f.raw_token: f.ward_code for f in facts_of(text)}
    assert codes["03"] == codes["90"] != "31"


def test_the_city_setting_itself_a_goal_owns_it():
    text = plan(
        "II. MỤC TIÊU\n"
        "Phường cùng thành phố thực hiện mục tiêu chung (UBND thành phố đặt mục tiêu đến hết năm "
        "2031, 95% hộ gia đình có địa chỉ số).\n"
        "Theo Kế hoạch số 40/KH-SKHCN của Sở Khoa học và Công nghệ, đến hết năm 2032 thành phố "
        "phấn đấu nhân rộng mô hình tại tối thiểu 45 xã, phường.\n",
        year=2031,
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [("95", "31"), ("45", "31")]


def test_the_average_of_several_units_has_no_owner():
    text = report(
        "I. KẾT QUẢ\nPhường xếp thứ 3/8 đơn vị thí điểm; bình quân 08 đơn vị thí điểm đạt 84,6%.\n",
        year=2031,
    )
    facts = {f.raw_token: f for f in facts_of(text)}
    assert facts["84,6"].ward_code is None and facts["3/8"].ward_code is not None


def test_a_caption_in_working_days_gives_its_table_days():
    text = report(
        "I. KẾT QUẢ\n"
        "Bảng 2. Thời gian giải quyết bình quân (đơn vị tính: ngày làm việc)\n\n"
        "| Thủ tục | Năm 2032 |\n|---|---|\n"
        "| Cấp giấy phép xây dựng | 9,5 |\n| Chứng thực bản sao | 1,2 |\n",
        year=2032,
    )
    assert [(f.value, f.unit) for f in facts_of(text)] == [(9.5, "ngày"), (1.2, "ngày")]


def test_sheets_are_no_teams():
    text = report(
        "I. KẾT QUẢ\n"
        "Phường đã phát 2.500 tờ tại các điểm sinh hoạt cộng đồng; thành lập 12 tổ công nghệ số.\n"
        "Đã số hóa 264 tờ bản đồ địa chính (tỷ lệ 1/500: 71 tờ).\n\n"
        "| Nội dung | Đơn vị tính | Kết quả |\n|---|---|---|\n"
        "| Bản đồ địa chính được số hóa | Tờ | 264 |\n",
        year=2032,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("2.500", "leaflets"),
        ("12", "teams"),
        ("264", "tờ"),
        ("71", "tờ"),
        ("264", "tờ"),
    ]


def test_what_a_building_or_a_device_is_like_is_no_value():
    text = plan(
        "II. NHIỆM VỤ\n"
        "Cấp phép trực tuyến cho nhà ở riêng lẻ 4 tầng, chiều cao 16,8 m, mật độ xây dựng không "
        "quá 80%; phấn đấu 90% hồ sơ cấp phép được nộp trực tuyến.\n"
        "Số hóa đình làng kết cấu 5 gian 2 chái; lắp 02 màn hình cảm ứng 43 inch, chụp ảnh toàn "
        "cảnh 360 độ, máy quét laser độ chính xác ±2 mm; quét tài liệu với độ phân giải tối thiểu "
        "300 dpi.\n",
        year=2032,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("90", "percent"),
        ("02", "màn hình"),
    ]
    assert {rejections(text)[token] for token in ("4", "80", "5", "43", "360", "300")} == {
        "indicator_qualifier"
    }


def test_what_one_item_costs_is_no_sum():
    text = report(
        "I. KẾT QUẢ\n"
        "Lệ phí cấp giấy phép xây dựng là 75.000 đồng/giấy phép; phường cấp 146 giấy phép.\n"
        "Đơn giá số hóa 3D bình quân 68 triệu đồng/di tích; chi phí vận hành trợ lý ảo bình quân "
        "khoảng 96 đồng/câu hỏi; tổng kinh phí 410 triệu đồng.\n",
        year=2032,
    )
    assert [f.raw_token for f in facts_of(text)] == ["146", "410"]


def test_the_views_a_broadcast_reached_are_a_result():
    text = report(
        "I. KẾT QUẢ\n"
        "Phiên livestream Lễ hội đạt 21.370 lượt xem; video giới thiệu di tích với 27.400 lượt "
        "xem.\n",
        year=2032,
    )
    assert [(f.value, f.unit, f.kind) for f in facts_of(text)] == [
        (21370, "visits", "actual"),
        (27400, "visits", "actual"),
    ]


def test_a_bracket_after_a_targets_name_states_that_target():
    text = report(
        "II. KẾT QUẢ\n"
        "Tính đến ngày 10/11/2031, toàn thành phố có 88/114 xã, phường, đặc khu đạt chỉ tiêu chung "
        "của thành phố (từ 85% trở lên), bình quân toàn thành phố đạt 86,2%.\n",
        year=2031,
    )
    rate = next(f for f in facts_of(text) if f.raw_token == "85")
    assert (rate.kind, rate.comparator, rate.ward_code) == ("target", "ge", "31")


def test_how_long_a_dossiers_review_takes_is_a_value_in_days():
    text = report(
        "III. TỒN TẠI\n"
        "Còn 31 hồ sơ phải xác minh thủ công, thời gian xét duyệt các hồ sơ này bình quân 3,8 "
        "ngày làm việc.\n"
        "IV. NHIỆM VỤ NĂM 2032\n"
        "- Thời gian xét duyệt hồ sơ tối đa 02 ngày làm việc.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("31", "dossiers"),
        ("3,8", "ngày"),
        ("02", "ngày"),
    ]


def test_a_day_whose_year_the_next_day_writes_is_a_date():
    text = report(
        "III. TỒN TẠI\nCổng đăng ký bị gián đoạn 03 lần (15/7 và 22/7/2031); 09 hồ sơ bị trùng.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["09"]
    assert rejections(text)["15/7"] == "date"


def test_a_school_year_in_a_reports_title_is_no_horizon():
    text = (
        "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH\n\nSố: 41/BC-UBND\n\n"
        "Hòa Bình, ngày 25 tháng 8 năm 2030\n\nBÁO CÁO\n"
        "Kết quả tuyển sinh trực tuyến năm học 2030 - 2031\n\n"
        "I. KẾT QUẢ\n"
        "Đã xét tuyển 912 học sinh, đạt 98,4% tổng chỉ tiêu (tổng chỉ tiêu: 927 học sinh).\n"
    )
    quota = next(f for f in facts_of(text) if f.raw_token == "927")
    assert (quota.kind, quota.period_start, quota.period_end) == ("target", 2030, 2030)


def test_a_period_after_a_counts_restating_bracket_is_the_counts_too():
    text = report(
        "V. KIẾN NGHỊ\n"
        "Đề nghị UBND thành phố giao thêm 03 lớp 6 (135 học sinh) cho Trường THCS Hòa Bình từ "
        "năm học 2031 - 2032.\n",
        year=2030,
    )
    assert [(f.raw_token, f.period_start, f.period_end) for f in facts_of(text)] == [
        ("03", 2031, 2032),
        ("135", 2031, 2032),
    ]


def test_the_schools_or_points_where_the_counted_things_are_are_no_count():
    text = report(
        "I. KẾT QUẢ\n"
        "Phường thành lập 06 tổ hướng dẫn tại 06 trường; các tổ thực hiện 318 lượt hỗ trợ tại 04 "
        "điểm hỗ trợ; Phường gắn mã QR tại 12 điểm.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["06", "318", "12"]


def test_each_teams_size_in_brackets_is_no_value():
    text = report(
        "I. KẾT QUẢ\nPhường thành lập 05 tổ hỗ trợ tuyển sinh (mỗi tổ từ 04 đến 06 thành viên).\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["05"]
    assert rejections(text)["04"] == "schedule"


def test_a_cap_on_a_class_size_is_no_value():
    text = report(
        "II. KẾT QUẢ\n"
        "Chỉ tiêu được xác định theo sĩ số quy định: lớp 1 không quá 35 học sinh/lớp; nhóm trẻ "
        "tối đa 25 trẻ/nhóm. Phường tuyển 640 học sinh.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["640"]


def test_a_grade_closing_a_group_rows_label_is_no_unit():
    text = report(
        "II. KẾT QUẢ\n"
        "| STT | Trường | Chỉ tiêu (lớp) | Chỉ tiêu (học sinh) | Hồ sơ đăng ký (hồ sơ) |\n"
        "|---|---|---|---|---|\n"
        "| I | Tiểu học (lớp 1) | 12 | 420 | 437 |\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("12", "classes"),
        ("420", "persons"),
        ("437", "dossiers"),
    ]


def test_a_birth_year_is_no_period_and_the_day_data_were_drawn_is_a_cut_off():
    text = report(
        "I. ĐẶC ĐIỂM TÌNH HÌNH\n"
        "Theo dữ liệu trích xuất từ Cơ sở dữ liệu quốc gia về dân cư ngày 20/5/2031, trên địa bàn "
        "có 745 trẻ sinh năm 2025 (6 tuổi).\n"
        "IV. PHƯƠNG HƯỚNG\n"
        "Trong kỳ tuyển sinh năm 2032, UBND phường phấn đấu:\n"
        "- Tỷ lệ hồ sơ nộp trực tuyến đạt từ 97% trở lên.\n",
        year=2031,
    )
    assert [(f.raw_token, f.period_start, f.as_of) for f in facts_of(text)] == [
        ("745", 2031, date(2031, 5, 20)),
        ("97", 2032, None),
    ]


def test_books_counted_as_volumes_and_a_route_to_visit_keep_their_measure_word():
    text = report(
        "I. KẾT QUẢ\n"
        "Thư viện có 12.300 cuốn sách và 4.100 đầu sách; lưu 36 quyển sổ hộ tịch; xây dựng 05 "
        "tuyến tham quan ảo và 02 tuyến đường.\n",
        year=2032,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("12.300", "cuốn"),
        ("4.100", "đầu sách"),
        ("36", "quyển"),
        ("05", "tuyến"),
        ("02", "tuyến đường"),
    ]


def test_a_counted_noun_keeps_an_acronym_in_capitals():
    text = report("I. KẾT QUẢ\nĐã gắn 120 mã QR tại các di tích và 14 biển chỉ dẫn.\n", year=2032)
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("120", "mã QR"), ("14", "biển chỉ")]


def test_a_bare_luot_after_visits_counts_visits():
    text = report(
        "I. KẾT QUẢ\n"
        "Năm 2032, trang thông tin thu hút 98.400 lượt truy cập (năm 2031: 61.200 lượt); xã xếp "
        "thứ 3 về số lượt truy cập, sau xã Tân Liên (khoảng 150.000 lượt).\n",
        year=2032,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text) if f.unit != "rank"] == [
        ("98.400", "visits"),
        ("61.200", "visits"),
        ("150.000", "visits"),
    ]


def test_a_value_in_a_bracket_takes_no_period_written_after_the_bracket():
    text = report(
        "I. KẾT QUẢ\n"
        "Đã gắn 120 mã QR tại 20/20 di tích (năm 2031: 9/20 di tích, 48 mã QR), vượt kế hoạch năm "
        "2032 (15 di tích).\n",
        year=2032,
    )
    assert [(f.raw_token, f.kind, f.period_end) for f in facts_of(text)] == [
        ("120", "actual", 2032),
        ("20/20", "actual", 2032),
        ("9/20", "actual", 2031),
        ("48", "actual", 2031),
        ("15", "target", 2032),
    ]


def test_a_result_bracket_of_a_school_year_is_its_last_year():
    text = city_report(
        "IV. CHỈ TIÊU NĂM HỌC 2031 - 2032\n"
        "Năm học 2031 - 2032, toàn ngành phấn đấu:\n"
        "- Tối thiểu 90% trường tiểu học sử dụng sổ liên lạc điện tử (kết quả năm học 2030 - "
        "2031: 78,2% số trường);\n",
        year=2031,
    )
    assert [(f.raw_token, f.kind, f.period_start, f.period_end) for f in facts_of(text)] == [
        ("90", "target", 2031, 2032),
        ("78,2", "actual", 2031, 2031),
    ]


def test_a_column_of_minimum_targets_of_a_school_year_is_a_floor():
    text = city_report(
        "I. KẾT QUẢ\n"
        "| Cấp học | Tỷ lệ GV ký số (%) | Chỉ tiêu tối thiểu năm học 2030 - 2031 (%) |\n"
        "|---|---|---|\n"
        "| THCS (lớp 6 đến lớp 9) | 95,4 | 93 |\n",
        year=2031,
    )
    assert [(f.raw_token, f.kind, f.comparator) for f in facts_of(text)] == [
        ("95,4", "actual", "eq"),
        ("93", "target", "ge"),
    ]


def test_the_bracket_after_a_school_years_target_in_a_plan_is_that_target():
    text = city_report(
        "I. KẾT QUẢ\n"
        "Tỷ lệ giáo viên ký số sổ điểm đạt 96,4%, vượt 2,4 điểm phần trăm so với chỉ tiêu năm học "
        "2030 - 2031 tại Kế hoạch số 88/KH-UBND (từ 94% trở lên).\n",
        year=2031,
    )
    assert [(f.raw_token, f.kind, f.comparator, f.period_start) for f in facts_of(text)] == [
        ("96,4", "actual", "eq", 2031),
        ("94", "target", "ge", 2030),
    ]


def test_this_year_named_after_a_start_year_is_the_documents():
    text = city_report(
        "I. KẾT QUẢ\n"
        "4. Cấp THCS triển khai sổ điểm điện tử từ năm học 2027 - 2028, năm học này đã ký số 98% "
        "sổ điểm; thời gian ký số giảm từ 30 phút/lớp (năm học 2029 - 2030) xuống còn 10 "
        "phút/lớp.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit, f.period_end) for f in facts_of(text)] == [
        ("98", "percent", 2031),
        ("30", "phút", 2030),
        ("10", "phút", 2031),
    ]


def test_a_column_of_part_over_whole_holds_fractions_not_dates():
    text = city_report(
        "II. KẾT QUẢ THEO XÃ, PHƯỜNG\n"
        "| STT | Xã, phường | Trường có sổ điểm điện tử/tổng số trường | Tỷ lệ (%) |\n"
        "|---|---|---|---|\n"
        "| 1 | Xã Vĩnh Hải | 8/10 | 80,0 |\n"
        "| 2 | Xã Kiến Hải | 3/3 | 100 |\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("8/10", "ratio"),
        ("80,0", "percent"),
        ("3/3", "ratio"),
        ("100", "percent"),
    ]


def test_ranks_after_respective_rates_are_respective_too():
    text = city_report(
        "II. KẾT QUẢ THEO XÃ, PHƯỜNG\n"
        "3. Phường Hải An và xã Vĩnh Hải lần lượt đạt 98,1% và 95,7%, xếp thứ 12 và thứ 40.\n",
        year=2031,
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [
        ("98,1", "11413"),
        ("95,7", "11875"),
        ("12", "11413"),
        ("40", "11875"),
    ]


def test_units_an_appendix_lists_are_a_group_with_a_target_of_their_own():
    text = city_report(
        "IV. CHỈ TIÊU NĂM HỌC 2031 - 2032\n"
        "2. Chỉ tiêu giao theo nhóm đơn vị (tỷ lệ giáo viên ký số sổ điểm):\n"
        "a) Nhóm 1 (40 phường): từ 98% trở lên;\n"
        "b) 12 đơn vị chưa đạt chỉ tiêu năm học trước (danh sách tại Phụ lục 03 kèm theo): tăng "
        "tối thiểu 5 điểm phần trăm và không thấp hơn 90%;\n",
        year=2031,
    )
    assert [(f.raw_token, f.kind, f.comparator, f.ward_code) for f in facts_of(text)] == [
        ("98", "target", "ge", None),
        ("90", "target", "ge", None),
    ]
    assert rejections(text)["12"] == "group_definition"


def test_an_events_days_under_the_heads_later_cut_off_give_no_cut_off():
    text = report(
        "(Số liệu tính đến ngày 10/12/2032)\n\n"
        "I. KẾT QUẢ\n"
        "Năm 2032, các di tích đón 54.000 lượt khách. Riêng Hội làng Phù Lưu (từ ngày 08 đến ngày "
        "10/02/2032) đón 9.200 lượt khách; xã phát trực tiếp trên Fanpage với 12.600 lượt xem.\n",
        year=2032,
    )
    assert [(f.raw_token, f.period_end, f.as_of) for f in facts_of(text)] == [
        ("54.000", 2032, date(2032, 12, 10)),
        ("9.200", 2032, None),
        ("12.600", 2032, None),
    ]


def test_a_heading_in_capitals_states_the_cut_off_of_its_sections_results():
    text = city_report(
        "I. KẾT QUẢ THỰC HIỆN ĐẾN NGÀY 31/3/2029\n\n"
        "1. Về dịch vụ công trực tuyến\n\n"
        "Toàn thành phố đã tiếp nhận 45.210 hồ sơ trực tuyến, đạt 87,2% tổng số hồ sơ.\n"
    )
    assert [(f.raw_token, f.as_of) for f in facts_of(text)] == [
        ("45.210", date(2029, 3, 31)),
        ("87,2", date(2029, 3, 31)),
    ]


def test_a_section_for_a_counted_group_asks_each_but_the_city_body_acts_for_the_city():
    text = city_report(
        "III. NHIỆM VỤ CỦA CÁC ĐƠN VỊ\n\n"
        "1. Đối với 05 xã nêu tại Phụ lục 02\n"
        "a) Tổ chức tối thiểu 03 đợt ra quân hướng dẫn người dân nộp hồ sơ trực tuyến.\n"
        "Sở Khoa học và Công nghệ đã đề nghị UBND thành phố bố trí 2,8 tỷ đồng để hỗ trợ các "
        "đơn vị nêu trên.\n"
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [("03", None), ("2,8", "31")]


def test_a_target_the_city_gives_each_commune_is_no_ones_alone():
    text = city_report(
        "II. MỤC TIÊU NĂM 2029\n\n"
        "Chỉ tiêu thành phố giao cho mỗi xã, phường, đặc khu năm 2029: tỷ lệ hồ sơ trực tuyến "
        "toàn trình tối thiểu 88%; tỷ lệ thanh toán trực tuyến tối thiểu 60%.\n"
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [("88", None), ("60", None)]


def test_the_units_that_have_already_reached_a_bar_are_a_group_not_a_result():
    text = city_report(
        "III. NHIỆM VỤ\n\n"
        "- Các xã, phường đã đạt từ 95% trở lên tiếp tục duy trì, chia sẻ cách làm với đơn vị "
        "trong cụm thi đua.\n"
    )
    assert facts_of(text) == []
    assert rejections(text)["95"] == "group_definition"


def test_a_count_whose_members_are_then_named_says_which_not_how_many():
    text = city_report(
        "I. KẾT QUẢ\n\n"
        "Có 58/60 trường đã kết nối cơ sở dữ liệu ngành, 02 trường chưa kết nối là Trường Tiểu "
        "học Tân Lập và Trường THCS Đông Hải.\n"
    )
    assert [f.raw_token for f in facts_of(text)] == ["58/60"]
    assert rejections(text)["02"] == "name_or_address"


def test_workers_counted_in_turns_are_persons():
    text = report("Năm 2025, phường mở 64 lớp cho 3.480 lượt công nhân, người lao động.\n")
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("64", "classes"),
        ("3.480", "persons"),
    ]


def test_the_value_a_rise_starts_from_labelled_after_it_is_the_compared_years():
    text = report(
        "Kết quả khảo sát tháng 11/2025 cho thấy tỷ lệ người dân có kỹ năng số cơ bản đạt 84,1%, "
        "tăng từ 68,5% của cùng kỳ năm 2024.\n"
    )
    assert [(f.raw_token, f.kind, f.period_end, f.as_of) for f in facts_of(text)] == [
        ("84,1", "actual", 2025, None),
        ("68,5", "actual", 2024, None),
    ]


def test_a_related_headline_opening_on_the_city_is_the_citys():
    text = report(
        "Năm 2025, phường có 12.400 tài khoản VNeID được kích hoạt.\n\n"
        "Tin liên quan\n"
        "- Hải Phòng: 105/114 xã, phường, đặc khu hoàn thành kích hoạt tài khoản (12/08/2025)\n"
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [
        ("12.400", "11533"),
        ("105/114", "31"),
    ]


def test_farms_are_no_pages():
    text = report("I. KẾT QUẢ\n- Toàn xã có 7 trang trại và 12 HTX bán hàng qua sàn.\n", year=2031)
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("7", "trang trại"),
        ("12", "businesses"),
    ]


def test_a_column_of_things_counted_by_their_measure_word():
    text = report(
        "I. KẾT QUẢ\n"
        "| STT | Hợp tác xã | Sản lượng (tấn) | Tem truy xuất đã cấp (tem) |\n"
        "|---|---|---|---|\n"
        "| 1 | HTX Nông nghiệp Đại Hợp | 12,5 | 8.400 |\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("12,5", "tấn"), ("8.400", "tem")]


def test_a_time_limit_that_says_which_incidents_are_counted():
    text = report(
        "I. KẾT QUẢ\n- Năm 2031 xảy ra 06 sự cố, trong đó 5/6 sự cố được khắc phục trong vòng 12 "
        "giờ.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["06", "5/6"]
    assert rejections(text)["12"] == "group_definition"


def test_a_report_deadline_counted_from_an_event_is_a_duration():
    text = plan(
        "II. NHIỆM VỤ\n1. Khi có sự cố, đơn vị báo cáo Ban Chỉ đạo trong thời hạn 04 giờ kể từ khi "
        "phát hiện; tổ chức 02 cuộc diễn tập.\n",
        year=2031,
    )
    assert rejections(text)["04"] == "duration"
    assert [f.raw_token for f in facts_of(text)] == ["02"]


def test_a_bound_restated_in_a_later_bracket_keeps_its_comparator():
    text = plan(
        "I. MỤC TIÊU\n- Tối thiểu 90% cán bộ, công chức được bồi dưỡng kỹ năng số cơ bản "
        "(tương đương 36/40 người).\n",
        year=2031,
    )
    assert [(f.raw_token, f.comparator) for f in facts_of(text)] == [("90", "ge"), ("36/40", "ge")]


def test_the_staff_of_villages_are_no_count_of_villages():
    text = plan(
        "II. NHIỆM VỤ\n1. Mở 02 lớp tập huấn cho cán bộ 26 thôn về an toàn thông tin.\n", year=2031
    )
    assert [f.raw_token for f in facts_of(text)] == ["02"]


def test_a_count_each_period_with_the_period_written_first_is_no_date():
    text = plan(
        "II. NHIỆM VỤ\n1. Tổ chức tuyên truyền phòng, chống lừa đảo trực tuyến, mỗi quý 02 đợt; "
        "kiểm tra thiết bị hằng tháng 01 lần.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("02", "times_per_quarter"),
        ("01", "times_per_month"),
    ]


def test_sellers_sorted_by_how_many_platforms_they_sell_on():
    text = report(
        "I. KẾT QUẢ\n- Có 15 HTX đã mở gian hàng; trong đó 04 đơn vị có gian hàng trên từ 03 sàn "
        "trở lên.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["15", "04"]
    assert rejections(text)["03"] == "group_definition"


def test_an_appraisal_time_limit_is_a_value_in_days():
    text = plan(
        "I. MỤC TIÊU\n- Rút ngắn thời gian thẩm định, cấp mã vùng trồng xuống tối đa 05 ngày làm "
        "việc.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit, f.comparator) for f in facts_of(text)] == [("05", "ngày", "le")]


def test_the_parts_of_an_area_just_given():
    text = report(
        "I. KẾT QUẢ\n- Diện tích được cấp mã số vùng trồng đạt 92,4 ha (năm 2030: 80,1 ha), trong "
        "đó lúa chất lượng cao 60,2 ha, rau màu 32,2 ha.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["92,4", "80,1", "60,2", "32,2"]


def test_a_value_compared_with_another_years_keeps_its_own_year():
    text = report(
        "I. KẾT QUẢ\n- Lũy kế 9 tháng đạt 3.150,2 triệu đồng, bằng 75,0% kế hoạch năm (4.200 triệu "
        "đồng), cao hơn cả năm 2030 (3.020,4 triệu đồng).\n",
        year=2031,
    )
    assert [(f.raw_token, f.period_end) for f in facts_of(text)] == [
        ("3.150,2", 2031),
        ("75,0", 2031),
        ("4.200", 2031),
        ("3.020,4", 2030),
    ]


def test_views_reached_in_total_are_a_result():
    text = report(
        "I. KẾT QUẢ\n- Các HTX tổ chức 05 phiên livestream với tổng số 12.800 lượt xem.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["05", "12.800"]


def test_the_places_of_the_wards_a_rank_is_set_beside_are_ranks():
    text = report(
        "I. KẾT QUẢ\nNăm 2030, phường Hòa Bình xếp thứ 14/45 phường, sau phường Dương Kinh (thứ 3) "
        "và phường Đồ Sơn (thứ 8).\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("14/45", "rank"),
        ("3", "rank"),
        ("8", "rank"),
    ]


def test_the_places_a_recurring_task_runs_in_are_no_count():
    text = plan(
        "II. NHIỆM VỤ\n2. Đoàn Thanh niên: tuyên truyền kỹ năng số tại 18 thôn, mỗi tháng 01 đợt.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("01", "times_per_month")]
    assert rejections(text)["18"] == "group_definition"


def test_a_caption_cut_off_dates_the_result_columns_not_the_target_columns():
    text = plan(
        "III. CHỈ TIÊU NĂM 2031\n3. Chỉ tiêu giao cho các tổ dân phố\n"
        "Bảng 3. Số hộ và chỉ tiêu năm 2031 giao cho các tổ dân phố (số hộ tính đến ngày "
        "31/12/2030):\n"
        "| STT | Tổ dân phố | Số hộ (hộ) | Chỉ tiêu hộ có tài khoản thanh toán (hộ) |\n"
        "|---|---|---|---|\n"
        "| 1 | Tổ dân phố Hòa Lạc | 412 | 371 |\n",
        year=2031,
    )
    facts = {f.raw_token: f for f in facts_of(text)}
    assert (facts["412"].kind, facts["412"].period_end) == ("actual", 2030)
    assert facts["412"].as_of == date(2030, 12, 31)
    assert (facts["371"].kind, facts["371"].period_end) == ("target", 2031)


def test_a_year_in_a_valued_aside_of_a_lead_in_dates_none_of_its_items():
    text = plan(
        "V. KINH PHÍ\nTổng kinh phí dự kiến là 240 triệu đồng (năm 2030 đã chi 118,6 triệu "
        "đồng), gồm:\n- Ngân sách phường: 160 triệu đồng;\n- Nguồn xã hội hóa: 80 triệu đồng.\n",
        year=2031,
    )
    periods = {f.raw_token: (f.kind, f.period_end) for f in facts_of(text)}
    assert periods["118,6"] == ("actual", 2030)
    assert periods["160"] == ("target", 2031)
    assert periods["80"] == ("target", 2031)


def test_a_support_rate_after_a_comma_is_no_sum():
    text = plan(
        "V. KINH PHÍ\n- Ngân sách phường: 64 triệu đồng (hỗ trợ đi lại cho người khuyết tật thuộc "
        "hộ cận nghèo, mức 40.000 đồng/người).\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["64"]
    assert rejections(text)["40.000"] == "indicator_qualifier"


def test_how_long_a_card_takes_to_be_handed_over_is_a_value_in_days():
    text = report(
        "I. KẾT QUẢ\n- Công an phường tổ chức 09 đợt cấp lưu động; thời gian trả thẻ căn cước "
        "bình quân 4,8 ngày làm việc.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("09", "sessions"), ("4,8", "ngày")]


def test_a_counts_subject_reaches_past_a_bracket_that_explains_it():
    text = report(
        "I. KẾT QUẢ\n- Số tài khoản định danh điện tử mức 2 của học sinh tiểu học (đăng ký qua "
        "tài khoản VNeID của cha, mẹ hoặc người giám hộ) được kích hoạt là 2.046, đạt 41,2%.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("2.046", "accounts"),
        ("41,2", "percent"),
    ]


def test_a_count_below_a_threshold_whose_villages_are_then_named():
    text = report(
        "I. KẾT QUẢ\n- 06/09 thôn có tỷ lệ hộ dùng VNeID từ 70% trở lên, còn 03 thôn dưới 55% là "
        "Đông Hải, Tân Lập 2 và Cẩm Khê.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("06/09", "ratio")]
    assert rejections(text)["03"] == "name_or_address"


def test_one_occasion_of_a_series_is_a_story():
    text = report(
        "II. TỒN TẠI\n- Mạng tại điểm cấp lưu động chập chờn, có đợt phải dừng tiếp nhận hồ sơ "
        "khoảng 3 giờ.\n",
        year=2031,
    )
    assert facts_of(text) == []
    assert rejections(text)["3"] == "descriptive_quantity"


def test_the_boards_of_the_schools_a_directive_addresses_are_no_count():
    text = plan(
        "IV. TỔ CHỨC THỰC HIỆN\n3. Các trường học: đề nghị Ban Giám hiệu 06 trường tiểu học, trung "
        "học cơ sở trên địa bàn lập danh sách học sinh chưa có tài khoản.\n",
        year=2031,
    )
    assert facts_of(text) == []
    assert rejections(text)["06"] == "name_or_address"


def test_a_reward_proposed_for_whichever_village_completes_its_targets():
    text = plan(
        "IV. TỔ CHỨC THỰC HIỆN\n1. Công an phường: đề xuất khen thưởng tổ dân phố hoàn thành 100% "
        "chỉ tiêu trước ngày 15/12/2031.\n",
        year=2031,
    )
    assert facts_of(text) == []
    assert rejections(text)["100"] == "group_definition"


def test_how_a_target_is_worked_out_is_no_target():
    text = plan(
        "III. CHỈ TIÊU\nGhi chú: Chỉ tiêu của tổ dân phố tính bằng 85% số hộ và 70% số người dân "
        "của tổ, làm tròn lên.\n",
        year=2031,
    )
    assert facts_of(text) == []
    assert rejections(text)["85"] == "indicator_qualifier"
    assert rejections(text)["70"] == "indicator_qualifier"


def test_water_meters_are_counted_not_money():
    text = report(
        "I. KẾT QUẢ\n- Năm 2032, phường đã thay thế 1.208 đồng hồ nước cơ bằng đồng hồ điện tử.\n",
        year=2032,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("1.208", "đồng hồ")]


def test_a_unit_cell_that_folds_like_a_function_word_is_a_noun():
    text = report(
        "I. KẾT QUẢ\n\n| TT | Chỉ tiêu | Đơn vị | Kế hoạch | Thực hiện |\n|---|---|---|---|---|\n"
        "| 1 | Đèn chiếu sáng năng lượng mặt trời | Đèn | 150 | 162 |\n",
        year=2032,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("150", "đèn"), ("162", "đèn")]


def test_a_set_counts_its_measure_word():
    text = report(
        "I. KẾT QUẢ\n- Đã lắp đặt 46 bộ cảm biến mực nước tại các cống tiêu.\n",
        year=2032,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("46", "bộ")]


def test_a_nouns_height_does_not_name_a_unit():
    text = report(
        "I. KẾT QUẢ\n- Còn 312 cột cao áp cũ chưa được thay thế do thiếu kinh phí.\n",
        year=2032,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("312", "cột")]


def test_a_value_followed_by_the_same_period_of_a_year_is_that_years():
    text = report(
        "I. KẾT QUẢ\n- 9 tháng năm 2032, lượng nước thất thoát là 41.200 m3, giảm 18,5% so với "
        "trước khi lắp đặt (50.550 kWh cùng kỳ năm 2029, khi chưa có dự án).\n",
        year=2032,
    )
    assert [(f.raw_token, f.unit, f.period_end) for f in facts_of(text)][-1] == (
        "50.550",
        "kwh",
        2029,
    )


def test_a_committed_levels_bracket_does_not_make_the_sentence_a_plan():
    text = report(
        "I. KẾT QUẢ\n- Năm 2032, tỷ lệ sẵn sàng của hệ thống camera đạt 99,2% (mức cam kết của nhà "
        "cung cấp: tối thiểu 98,5%); xảy ra 05 sự cố, tổng thời gian khắc phục 7,5 giờ.\n",
        year=2032,
    )
    assert [(f.raw_token, f.kind) for f in facts_of(text)] == [
        ("99,2", "actual"),
        ("98,5", "target"),
        ("05", "actual"),
        ("7,5", "actual"),
    ]


def test_a_price_per_item_after_its_noun_is_no_value():
    text = report(
        "I. KẾT QUẢ\n- Tiền nước tiết kiệm được 312,5 triệu đồng (giá nước sinh hoạt bình quân "
        "9.600 đồng/m3); Đơn giá thuê phần mềm quản lý camera 85.000 đồng/camera/tháng.\n",
        year=2032,
    )
    assert [f.raw_token for f in facts_of(text)] == ["312,5"]
    assert rejections(text)["9.600"] == "indicator_qualifier"
    assert rejections(text)["85.000"] == "indicator_qualifier"


def test_a_signal_bound_in_a_bracket_says_which_signal_counts():
    text = report(
        "I. KẾT QUẢ\n- Tỷ lệ camera có kết nối ổn định (RSRP từ -105 dBm trở lên) đạt 96,2%; 37 "
        "camera tại khu vực ven biển thường mất tín hiệu (RSRP dưới -118 dBm).\n",
        year=2032,
    )
    assert [f.raw_token for f in facts_of(text)] == ["96,2", "37"]


def test_days_per_meeting_or_in_working_days_per_dossier_are_values():
    text = report(
        "I. KẾT QUẢ\n- Tài liệu được gửi lên hệ thống trước bình quân 3,2 ngày/cuộc họp.\n"
        "- Thời gian thẩm tra chi bình quân 2,1 ngày làm việc/hồ sơ.\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("3,2", "ngày"), ("2,1", "ngày")]


def test_a_line_upgraded_to_a_speed_is_a_target_but_not_a_cable_of_a_class():
    text = plan(
        "II. NHIỆM VỤ\n- Nâng cấp đường truyền tại trụ sở phường lên 600 Mbps.\n"
        "- Nâng cấp đường truyền lên cáp quang tốc độ từ 1 Gbps trở lên.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("600", "mbps")]
    assert rejections(text)["1"] == "speed_threshold"


def test_how_often_a_task_runs_at_the_headquarters_is_no_label():
    text = plan("II. NHIỆM VỤ\n- Kiểm tra an toàn thông tin tại trụ sở 02 lần/năm.\n", year=2031)
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("02", "times_per_year")]


def test_a_rooms_seats_and_a_tablets_memory_describe_them():
    text = report(
        "I. KẾT QUẢ\n- Phòng họp trực tuyến (diện tích 48 m², 24 chỗ ngồi) trang bị 18 máy tính "
        "bảng (bộ nhớ trong 256 GB).\n",
        year=2030,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("18", "machines")]
    assert rejections(text)["24"] == "descriptive_quantity"
    assert rejections(text)["256"] == "indicator_qualifier"


def test_the_points_where_the_named_meetings_are_held_are_no_count():
    text = report(
        "II. HẠN CHẾ\n- Các buổi sinh hoạt tại 06 điểm văn hóa của thôn vẫn dùng tài liệu giấy.\n",
        year=2030,
    )
    assert facts_of(text) == []
    assert rejections(text)["06"] == "group_definition"


def test_every_value_of_the_bracket_after_last_years_same_period_is_last_years():
    text = report(
        "I. KẾT QUẢ\n- Phường phát hành 2.410 văn bản đi, tăng 380 văn bản so với cùng kỳ năm "
        "trước (2.030 văn bản, ký số 84,5%).\n",
        year=2030,
    )
    assert [(f.raw_token, f.period_end) for f in facts_of(text)] == [
        ("2.410", 2030),
        ("2.030", 2029),
        ("84,5", 2029),
    ]


def test_a_bracket_of_what_the_report_year_reached_beside_a_next_year_target_is_a_result():
    text = report(
        "(Số liệu tính đến hết ngày 30/11/2030)\nIII. PHƯƠNG HƯỚNG NĂM 2031\n"
        "Năm 2031, UBND phường phấn đấu:\n- 100% văn bản đến được xử lý trên hệ thống (năm 2030 "
        "đạt 96,8%);\n",
        year=2030,
    )
    assert [(f.raw_token, f.kind, f.period_end) for f in facts_of(text)] == [
        ("100", "target", 2031),
        ("96,8", "actual", 2030),
    ]


def test_the_years_records_were_made_in_give_no_result_cue():
    text = report(
        "III. PHƯƠNG HƯỚNG NĂM 2031\nNăm 2031, UBND phường phấn đấu:\n- Số hóa 100% hồ sơ lưu "
        "trữ hình thành từ năm 2027 đến năm 2029 (khoảng 1.870 hồ sơ);\n",
        year=2030,
    )
    assert [(f.raw_token, f.kind, f.period_end) for f in facts_of(text)] == [
        ("100", "target", 2031),
        ("1.870", "target", 2031),
    ]


def test_contracts_classed_by_their_price_are_no_value():
    text = report(
        "I. KẾT QUẢ\n- Còn 126 gói thầu chưa đấu thầu qua mạng, phần lớn là hợp đồng có giá trị "
        "dưới 20 triệu đồng.\n",
        year=2030,
    )
    assert [f.raw_token for f in facts_of(text)] == ["126"]
    assert rejections(text)["20"] == "group_definition"


def test_the_share_the_counted_units_carried_out_is_no_value():
    text = city_report(
        "I. KẾT QUẢ\n- Có 88/114 xã, phường đạt chỉ tiêu, trong đó 09 xã thực hiện 100% thủ tục "
        "qua mạng.\n"
    )
    assert [f.raw_token for f in facts_of(text)] == ["88/114", "09"]
    assert rejections(text)["100"] == "group_definition"


def test_what_the_units_a_clause_names_must_reach_is_their_target():
    text = plan(
        "II. CHỈ TIÊU\n- Mỗi thôn đạt tối thiểu 80%; riêng các thôn chưa đạt chỉ tiêu năm trước cần "
        "đạt từ 75% trở lên.\n",
        year=2031,
    )
    assert [(f.raw_token, f.kind, f.comparator) for f in facts_of(text)] == [
        ("80", "target", "ge"),
        ("75", "target", "ge"),
    ]


def test_the_year_of_the_target_a_group_missed_is_not_the_period():
    text = city_report(
        "II. CHỈ TIÊU NĂM 2030\n- Riêng các xã, phường chưa đạt chỉ tiêu năm 2029 phải đạt từ 88% "
        "trở lên.\n"
    )
    assert [(f.raw_token, f.kind, f.period_end) for f in facts_of(text)] == [("88", "target", 2030)]


def test_an_item_opening_on_a_list_of_units_is_none_of_theirs_alone():
    text = city_report(
        "II. NHIỆM VỤ\na) Xã Tiên Lãng, xã Vĩnh Bảo, phường Lê Chân: rà soát dữ liệu, bảo đảm tỷ lệ "
        "hồ sơ trực tuyến quý III/2029 đạt tối thiểu 80%.\n"
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [("80", None)]


def test_an_item_opening_on_every_unit_asks_each_but_the_city_body_holds_its_classes():
    text = city_report(
        "II. NHIỆM VỤ\nb) UBND các xã, phường, đặc khu: cử tối thiểu 03 cán bộ dự lớp bồi dưỡng do "
        "Sở Khoa học và Công nghệ tổ chức trong tháng 6/2029 (dự kiến 05 lớp tại hội trường Sở).\n"
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [("03", None), ("05", "31")]


def test_every_figure_of_a_sentence_rating_a_device_is_its_specification():
    text = report(
        "I. KẾT QUẢ\n- Đèn chiếu sáng thay mới có công suất 80 W, hiệu suất phát quang từ 150 lm/W "
        "trở lên, chuẩn chống bụi, nước IP65, tuổi thọ tối thiểu 60.000 giờ; bộ điều khiển tự động "
        "giảm 30% công suất sau 22 giờ.\n- Phường đã thay 1.240 đèn.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["1.240"]
    assert rejections(text)["60.000"] == "indicator_qualifier"


def test_what_a_system_is_designed_to_ensure_is_its_design():
    text = report(
        "I. KẾT QUẢ\n- Tuyến chiếu sáng mới được thiết kế đảm bảo độ rọi trung bình mặt đường từ "
        "12 lux trở lên.\n",
        year=2031,
    )
    assert facts_of(text) == []
    assert rejections(text)["12"] == "indicator_qualifier"


def test_tren_right_after_a_count_and_its_noun_is_on_not_over():
    text = report(
        "I. KẾT QUẢ\n- Phường quản lý 2.150 đèn trên 74 tuyến phố, ngõ xóm; tỷ lệ đèn hoạt động "
        "đạt trên 98%.\n",
        year=2031,
    )
    assert [(f.raw_token, f.comparator) for f in facts_of(text)] == [
        ("2.150", "eq"),
        ("74", "eq"),
        ("98", "gt"),
    ]


def test_a_count_whose_members_its_colon_names_says_which():
    text = report(
        "I. KẾT QUẢ\n- Dữ liệu được đồng bộ với 02 nền tảng: Cổng dữ liệu của thành phố và hệ "
        "thống Hải Phòng Smart; 95% cảnh báo được xử lý trong ngày.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["95"]
    assert rejections(text)["02"] == "name_or_address"


def test_a_sum_for_several_named_units_has_no_owner():
    text = report(
        "I. KẾT QUẢ\n- Doanh nghiệp đã đầu tư cho 3 phường Hòa Bình, Lê Chân, Ngô Quyền năm 2031 "
        "khoảng 9,6 tỷ đồng.\n",
        year=2031,
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [("9,6", None)]


def test_results_set_against_a_target_by_its_horizon_are_this_years():
    text = report(
        "(Số liệu tính đến ngày 30/11/2031)\nII. ĐÁNH GIÁ\nSo với mục tiêu đến năm 2034, số đèn "
        "thông minh mới đạt 64,2%, số hộ dùng đồng hồ thông minh đạt 58,9% mục tiêu (7.065/12.000 "
        "hộ).\n",
        year=2031,
    )
    assert [(f.raw_token, f.kind, f.period_end) for f in facts_of(text)] == [
        ("64,2", "actual", 2031),
        ("58,9", "actual", 2031),
        ("7.065/12.000", "actual", 2031),
    ]


def test_what_a_unit_needs_to_add_each_year_is_no_fact():
    text = report(
        "II. ĐÁNH GIÁ\nĐể về đích năm 2034, bình quân mỗi năm phường cần lắp thêm khoảng 350 đèn "
        "và 1.900 đồng hồ.\n",
        year=2031,
    )
    assert facts_of(text) == []
    assert rejections(text)["1.900"] == "descriptive_quantity"


def test_a_reporting_window_on_the_head_gives_its_end_as_the_cut_off():
    text = report(
        "(Số liệu tính từ ngày 15/6/2031 đến hết ngày 14/9/2031)\nI. KẾT QUẢ\nTrong kỳ, Bộ phận "
        "Một cửa phường tiếp nhận 1.942 hồ sơ, trong đó 1.377 hồ sơ nộp trực tuyến.\n",
        year=2031,
    )
    assert [(f.raw_token, f.as_of) for f in facts_of(text)] == [
        ("1.942", date(2031, 9, 14)),
        ("1.377", date(2031, 9, 14)),
    ]


def test_figures_of_the_quarter_compared_with_are_not_at_the_cut_off():
    text = report(
        "(Số liệu tính đến hết ngày 14/9/2031)\nIII. SO SÁNH\nSo với quý II/2031 (1.806 hồ sơ "
        "tiếp nhận, tỷ lệ trực tuyến 66,1%), số hồ sơ tiếp nhận tăng 136 hồ sơ.\n",
        year=2031,
    )
    facts = {f.raw_token: f for f in facts_of(text)}
    assert facts["1.806"].as_of is None
    assert facts["66,1"].as_of is None


def test_each_item_of_a_bracket_of_targets_set_is_a_target():
    text = report(
        "(Số liệu tính đến hết ngày 14/9/2031)\nIII. SO SÁNH\nĐối chiếu với chỉ tiêu năm 2031 "
        "(chỉ tiêu thành phố giao cho phường: tỷ lệ thanh toán trực tuyến tối thiểu 70%; "
        "tỷ lệ hồ sơ giải quyết đúng hạn từ 99% trở lên; 100% hồ sơ được số hóa), phường đã "
        "đạt 02/3 chỉ tiêu.\n",
        year=2031,
    )
    kinds = {f.raw_token: f.kind for f in facts_of(text)}
    assert (kinds["70"], kinds["99"], kinds["100"]) == ("target", "target", "target")
    text = report(
        "(Số liệu tính đến hết ngày 14/9/2031)\nIII. SO SÁNH\nTỷ lệ hồ sơ nộp trực tuyến đạt "
        "88,4% (chỉ tiêu thành phố giao: 85%; bình quân toàn thành phố: 86,9%).\n",
        year=2031,
    )
    kinds = {f.raw_token: f.kind for f in facts_of(text)}
    assert (kinds["85"], kinds["86,9"]) == ("target", "actual")


def test_a_time_limit_set_by_regulation_beside_the_time_taken_is_a_target():
    text = report(
        "(Số liệu tính đến hết ngày 14/9/2031)\nI. KẾT QUẢ\nThời gian giải quyết bình quân hồ sơ "
        "cấp giấy phép xây dựng là 9,2 ngày làm việc/hồ sơ (thời hạn giải quyết theo quy định "
        "không quá 15 ngày làm việc).\n",
        year=2031,
    )
    facts = {f.raw_token: f for f in facts_of(text)}
    assert (facts["9,2"].kind, facts["15"].kind, facts["15"].comparator) == (
        "actual",
        "target",
        "le",
    )


def test_a_running_total_from_a_year_on_stands_at_the_cut_off():
    text = report(
        "(Số liệu tính đến hết ngày 14/9/2031)\nI. KẾT QUẢ\nKho dữ liệu điện tử của tổ chức, cá "
        "nhân hiện lưu 9.318 kết quả điện tử do phường cấp (lũy kế từ năm 2027).\n",
        year=2031,
    )
    fact = only(text)
    assert (fact.period_end, fact.as_of) == (2031, date(2031, 9, 14))


def test_fields_counted_by_their_rate_are_a_group():
    text = report(
        "(Số liệu tính đến hết ngày 14/9/2031)\nI. KẾT QUẢ\nCó 04/06 nhóm lĩnh vực có tỷ lệ hồ sơ "
        "trực tuyến từ 85% trở lên.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["04/06"]
    assert rejections(text)["85"] == "group_definition"


def test_the_fields_procedures_fall_into_are_counted():
    text = report(
        "(Số liệu tính đến hết ngày 14/9/2031)\nI. KẾT QUẢ\nTổng số thủ tục hành chính cấp "
        "phường được công bố là 412 thủ tục, thuộc 31 lĩnh vực.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("412", "procedures"),
        ("31", "lĩnh vực"),
    ]


def test_a_quick_reports_moments_of_the_day_date_the_figures_after_them():
    text = report(
        "(Số liệu tính đến 17 giờ 00 ngày 09/12/2025)\nI. TÌNH HÌNH\n- Tỷ lệ hộ có điện lúc cao "
        "điểm (06 giờ 00 ngày 08/12) chỉ còn khoảng 36%; đến 21 giờ 00 ngày 08/12 đạt 71,4%.\n"
        "Bảng 1. Số trạm BTS mất liên lạc (đơn vị tính: trạm)\n"
        "| Nhà mạng | 06 giờ 00 ngày 08/12 | 14 giờ 00 ngày 09/12 |\n|---|---|---|\n"
        "| Viettel | 33 | 4 |\n",
        year=2025,
    )
    assert [(f.raw_token, str(f.as_of)) for f in facts_of(text)] == [
        ("36", "2025-12-08"),
        ("71,4", "2025-12-08"),
        ("33", "2025-12-08"),
        ("4", "2025-12-09"),
    ]


def test_a_plans_columns_named_chi_tieu_and_what_they_count_hold_targets():
    text = plan(
        "V. CHỈ TIÊU GIAO\nBảng 2. Các trường tham gia (số học sinh tính đến ngày 31/01/2026):\n"
        "| STT | Trường | Số học sinh | Chỉ tiêu học sinh tham gia Hội thi | Chỉ tiêu lượt dự thi |\n"
        "|---|---|---|---|---|\n| 1 | Trường Tiểu học Hòa Bình | 864 | 215 | 230 |\n"
    )
    assert [(f.raw_token, f.unit, f.kind, f.as_of) for f in facts_of(text)][-2:] == [
        ("215", "persons", "target", None),
        ("230", "lượt", "target", None),
    ]


def test_a_support_rate_by_class_of_person_is_the_laws():
    text = report(
        "II. KẾT QUẢ\n- Phường có 640 người tham gia BHYT hộ gia đình; ngân sách hỗ trợ mức đóng "
        "theo tỷ lệ phần trăm: 70% đối với người thuộc hộ cận nghèo, 30% đối với học sinh, "
        "sinh viên.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["640"]
    assert rejections(text)["70"] == "indicator_qualifier"


def test_a_shortfall_in_brackets_after_a_target_is_no_fact():
    text = plan(
        "II. NHIỆM VỤ\n- Vận động để hoàn thành chỉ tiêu 2.400 người tham gia BHYT hộ gia đình "
        "(còn thiếu 315 người).\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["2.400"]
    assert rejections(text)["315"] == "descriptive_quantity"


def test_the_rate_a_count_of_named_villages_falls_below_defines_them():
    text = report(
        "II. TỒN TẠI\n- Tại 03 tổ dân phố Đông Hải 1, Đông Hải 2, Tràng Cát, tỷ lệ hộ thanh toán "
        "hóa đơn điện qua ngân hàng vẫn dưới 60%; toàn phường đạt 81,4%.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["81,4"]
    assert rejections(text)["60"] == "group_definition"


def test_the_city_closing_an_address_in_brackets_owns_nothing():
    text = report(
        "II. KẾT QUẢ\n- Phường đạt 92,5% số hộ có tài khoản; Chi nhánh ngân hàng (địa chỉ: số 8 "
        "đường Trần Phú, phường Lê Chân, thành phố Hải Phòng) mở mới 245 tài khoản.\n",
        year=2031,
    )
    first, second = facts_of(text)
    assert second.raw_token == "245"
    assert second.ward_code == first.ward_code


def test_a_city_average_with_its_year_before_the_bracket_is_the_citys():
    text = report(
        "II. THỰC TRẠNG\n- Tỷ lệ hộ dùng ví điện tử của phường còn thấp hơn bình quân toàn "
        "thành phố năm 2024 (71,2%); phường có 418 hộ kinh doanh.\n",
        year=2025,
    )
    rate, count = facts_of(text)
    assert (rate.raw_token, rate.ward_code) == ("71,2", "31")
    assert count.ward_code != "31"


def test_the_city_named_bare_after_a_goals_year_owns_the_goal():
    text = plan(
        "I. MỤC TIÊU\nĐến năm 2030, phường thuộc nhóm 10 phường dẫn đầu về Chỉ số DTI (Kế hoạch "
        "số 40/KH-UBND đặt mục tiêu đến năm 2030 Hải Phòng thuộc nhóm 3 địa phương dẫn đầu cả "
        "nước về chuyển đổi số).\n",
        year=2027,
    )
    ward_rank, city_rank = facts_of(text)
    assert (ward_rank.raw_token, city_rank.raw_token) == ("10", "3")
    assert ward_rank.ward_code != "31"
    assert city_rank.ward_code == "31"


def test_a_partner_named_after_the_city_opening_a_sentence_is_not_the_city():
    text = report(
        "II. KẾT QUẢ\n- Phối hợp với Thuế cơ sở 4 thành phố Hải Phòng hỗ trợ thêm 37 hộ kinh "
        "doanh đăng ký hóa đơn điện tử.\n",
        year=2031,
    )
    fact = only(text)
    assert fact.raw_token == "37"
    assert fact.ward_code != "31"


def test_what_the_same_period_of_last_year_had_is_last_years():
    text = report(
        "II. KẾT QUẢ\n- Tính đến ngày 30/11/2031, có 512 hộ kinh doanh dùng máy tính tiền kết nối "
        "cơ quan thuế; cùng kỳ năm 2030 có 306 hộ kinh doanh.\n",
        year=2031,
    )
    now, then = facts_of(text)
    assert (now.period_end, now.as_of) == (2031, date(2031, 11, 30))
    assert (then.raw_token, then.period_start, then.period_end, then.as_of) == (
        "306",
        2030,
        2030,
        None,
    )


def test_an_items_deadline_in_its_labels_bracket_ends_its_targets_period():
    text = plan(
        "III. NHIỆM VỤ\n3. Hiện đại hóa bộ phận một cửa (đơn vị chủ trì: Văn phòng HĐND - UBND; "
        "hoàn thành trước quý III/2027): mua sắm 08 máy tính, lắp đặt 02 ki-ốt tra cứu.\n",
        year=2026,
    )
    assert [(f.raw_token, f.kind, f.period_start, f.period_end) for f in facts_of(text)] == [
        ("08", "target", 2026, 2027),
        ("02", "target", 2026, 2027),
    ]


def test_a_plans_class_size_norm_is_no_target():
    text = plan(
        "IV. NỘI DUNG\n- Tổ chức 24 lớp tập huấn; sĩ số mỗi lớp từ 20 đến 30 học viên.\n"
        "- Mở thêm 06 lớp cho tiểu thương (mỗi lớp tối đa 40 học viên, học tại nhà văn hóa).\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["24", "06"]
    assert rejections(text)["20"] == "indicator_qualifier"
    assert rejections(text)["40"] == "indicator_qualifier"


def test_each_classs_teachers_and_helpers_are_its_staffing():
    text = plan(
        "IV. NỘI DUNG\n- Tổ chức 16 lớp; mỗi lớp bố trí 02 giảng viên của Trung tâm và từ 04 đến "
        "06 tình nguyện viên là đoàn viên thanh niên.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["16"]
    assert rejections(text)["02"] == "schedule"
    assert rejections(text)["04"] == "schedule"


def test_an_average_cost_of_one_item_is_a_unit_price():
    text = plan(
        "V. KINH PHÍ\n1. Chi phí tổ chức 01 buổi tập huấn bình quân 3,5 triệu đồng; tổng kinh phí "
        "năm 2031 là 84 triệu đồng.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["84"]
    assert rejections(text)["01"] == "indicator_qualifier"
    assert rejections(text)["3,5"] == "indicator_qualifier"


def test_the_branches_whose_heads_a_directive_addresses_are_named():
    text = plan(
        "VI. TỔ CHỨC THỰC HIỆN\n- Hội Cựu chiến binh: chỉ đạo Chi hội trưởng 09 chi hội vận động "
        "240 hội viên cài đặt ứng dụng VNeID.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["240"]
    assert rejections(text)["09"] == "name_or_address"


def test_the_rate_named_villages_fall_below_without_a_comma_defines_them():
    text = report(
        "II. TỒN TẠI\n- Toàn xã đạt 68,2%; tại 03 thôn Cẩm Khê, Tân Lập 2, Đông Hải tỷ lệ vẫn "
        "dưới 45%.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["68,2"]
    assert rejections(text)["45"] == "group_definition"


def test_the_bar_indicators_of_a_table_reach_defines_them():
    text = report(
        "III. ĐÁNH GIÁ\nTrong quý III/2031, phường có 07/10 chỉ tiêu tại Phụ lục 2 đạt từ 75% kế "
        "hoạch năm trở lên.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["07/10"]
    assert rejections(text)["75"] == "group_definition"


def test_a_call_centres_operators_are_persons():
    text = city_report("II. KẾT QUẢ\n- Tổng đài bố trí 18 điện thoại viên và 4 tổng đài viên.\n")
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("18", "persons"), ("4", "persons")]


def test_how_things_work_together_does_not_join_their_noun():
    text = plan("II. NHIỆM VỤ\n- Mở rộng hệ thống lên 45 luồng đồng thời cho Trung tâm.\n")
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("45", "luồng")]


def test_downloads_are_counted_in_turns():
    text = report("II. KẾT QUẢ\n- Ứng dụng du lịch của phường đạt 7.420 lượt tải trong năm.\n")
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("7.420", "lượt")]


def test_a_time_limit_a_bodys_rules_set_is_a_target():
    text = city_report(
        "II. KẾT QUẢ\n- Thời gian trả lời bình quân 1,8 ngày làm việc/phản ánh (thời hạn theo "
        "Quy chế không quá 3 ngày làm việc).\n"
    )
    assert [(f.raw_token, f.kind, f.comparator, f.as_of) for f in facts_of(text)][-1] == (
        "3",
        "target",
        "le",
        None,
    )


def test_a_running_total_in_brackets_beside_a_target_is_a_result():
    text = report(
        "(Số liệu tính đến hết ngày 30/11/2025)\n\n"
        "III. NHIỆM VỤ\n2. Chỉ tiêu năm 2025: tỷ lệ hồ sơ trực tuyến từ 90% trở lên (lũy kế 11 "
        "tháng đạt 87,6%); 100% thôn có tổ công nghệ số.\n"
    )
    facts = {f.raw_token: f for f in facts_of(text)}
    assert (facts["90"].kind, facts["87,6"].kind, facts["100"].kind) == (
        "target",
        "actual",
        "target",
    )
    assert str(facts["87,6"].as_of) == "2025-11-30"


def test_figures_split_by_time_limit_in_brackets_after_a_count_share_its_noun():
    text = city_report("II. KẾT QUẢ\n- Còn 412 hồ sơ chưa giải quyết (đúng hạn 350, trễ hạn 62).\n")
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("412", "dossiers"),
        ("350", "dossiers"),
        ("62", "dossiers"),
    ]


def test_the_threshold_of_the_field_a_selection_is_drawn_from_defines_it():
    text = city_report(
        "II. KẾT QUẢ\n- Trong số các xã có trên 30 hồ sơ, xã An Lão có tỷ lệ trực tuyến cao "
        "nhất (96,2%).\n"
    )
    assert rejections(text)["30"] == "group_definition"
    assert [f.raw_token for f in facts_of(text)] == ["96,2"]


def test_each_clause_of_a_bracket_after_a_unit_is_that_units():
    text = city_report(
        "II. KẾT QUẢ\n- Các đơn vị thấp nhất: xã Tiên Lãng (68,2%; còn 14/52 hồ sơ quá hạn) và "
        "phường Lê Chân (81,5%).\n"
    )
    owners = {f.raw_token: f.ward_code for f in facts_of(text)}
    assert owners["14/52"] == owners["68,2"] != owners["81,5"]


def test_an_allocation_column_beside_last_years_results_holds_the_decisions_targets():
    text = plan(
        "QUYẾT ĐỊNH:\nĐiều 1. Giao chỉ tiêu và phân bổ kinh phí cho các tổ dân phố theo Phụ lục.\n\n"
        "PHỤ LỤC\nGIAO CHỈ TIÊU VÀ PHÂN BỔ KINH PHÍ NĂM 2030 CHO CÁC TỔ DÂN PHỐ\n"
        "(Số hộ và kết quả năm 2029: số liệu tính đến ngày 31/12/2029)\n\n"
        "| STT | Tổ dân phố | Số hộ (hộ) | Kinh phí phân bổ (triệu đồng) | "
        "Hộ dùng ví điện tử TH 2029 (hộ) | Hộ dùng ví điện tử Chỉ tiêu 2030 (hộ) |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Cầu Đất | 640 | 36,5 | 310 | 400 |\n",
        year=2030,
        kind="QUYẾT ĐỊNH",
    )
    facts = {f.raw_token: f for f in facts_of(text)}
    assert (facts["36,5"].kind, facts["36,5"].period_end, facts["36,5"].as_of) == (
        "target",
        2030,
        None,
    )
    assert (facts["640"].kind, str(facts["640"].as_of)) == ("actual", "2029-12-31")


def test_a_count_of_units_right_before_a_sum_says_whose_sum():
    text = plan(
        "QUYẾT ĐỊNH:\nĐiều 1. Phân bổ kinh phí\n"
        "2. Cấp cho 12 tổ dân phố 480 triệu đồng để duy trì hoạt động của các tổ công nghệ số.\n",
        year=2030,
        kind="QUYẾT ĐỊNH",
    )
    assert rejections(text)["12"] == "group_definition"
    assert [(f.raw_token, f.unit, f.kind) for f in facts_of(text)] == [
        ("480", "vnd_million", "target")
    ]


def test_an_allocations_fixed_part_per_unit_is_its_formula():
    text = plan(
        "QUYẾT ĐỊNH:\nĐiều 1. Phân bổ kinh phí\n"
        "1. Tổng kinh phí phân bổ cho các tổ dân phố là 420 triệu đồng; mỗi tổ nhận phần cố định "
        "25 triệu đồng/tổ dân phố, phần còn lại chia theo số hộ.\n"
        "Ghi chú: mức phân bổ của tổ dân phố gồm 25 triệu đồng/tổ dân phố và phần tính theo số hộ.\n",
        year=2030,
        kind="QUYẾT ĐỊNH",
    )
    assert [f.raw_token for f in facts_of(text)] == ["420"]
    assert rejections(text)["25"] == "indicator_qualifier"


def test_a_payments_tranches_and_its_advance_share_are_its_terms():
    text = plan(
        "QUYẾT ĐỊNH:\nĐiều 3. Thanh toán kinh phí\n"
        "1. Kinh phí hỗ trợ các tổ dân phố được giải ngân thành 03 đợt: đợt 1 tạm ứng 40% trước "
        "ngày 31/3/2030; đợt 2 và đợt 3 thanh toán phần còn lại theo kết quả thực hiện.\n",
        year=2030,
        kind="QUYẾT ĐỊNH",
    )
    assert facts_of(text) == []
    found = rejections(text)
    assert (found["03"], found["40"]) == ("plan_structure", "indicator_qualifier")


def test_the_bar_in_a_bracket_after_units_singled_out_names_them():
    text = plan(
        "QUYẾT ĐỊNH:\nĐiều 2. Giao chỉ tiêu năm 2030\n"
        "2. Riêng tổ dân phố Cầu Đất và tổ dân phố Máy Tơ (kết quả năm 2029 dưới 75%) phấn đấu "
        "đạt tỷ lệ hộ dùng ví điện tử từ 85% trở lên.\n",
        year=2030,
        kind="QUYẾT ĐỊNH",
    )
    assert rejections(text)["75"] == "group_definition"
    assert [(f.raw_token, f.kind, f.comparator) for f in facts_of(text)] == [("85", "target", "ge")]


def test_a_schools_facilities_are_counted_not_read_as_a_tax():
    text = report("I. ĐẶC ĐIỂM\n- Cơ sở vật chất gồm 24 phòng học và 03 phòng bộ môn.\n")
    assert [(f.raw_token, f.unit) for f in facts_of(text)][0] == ("24", "phòng học")


def test_a_lines_sold_speed_makes_no_target_of_the_clause_after_it():
    text = report(
        "I. ĐẶC ĐIỂM\n- Nhà trường có đường truyền cáp quang tốc độ cam kết 500 Mbps, 18 bộ "
        "phát Wi-Fi phủ sóng các dãy phòng học.\n"
    )
    facts = {f.raw_token: f for f in facts_of(text)}
    assert (facts["18"].unit, facts["18"].kind) == ("bộ", "actual")


def test_a_digital_thing_done_so_often_is_a_frequency_not_a_label():
    fact = only(
        plan("II. NHIỆM VỤ\n- Tổ chức sinh hoạt chuyên môn về bài giảng số 03 lần/tháng.\n")
    )
    assert (fact.value, fact.unit) == (3, "times_per_month")


def test_a_schools_timetable_is_no_value():
    text = report(
        "I. ĐẶC ĐIỂM\n- Học sinh khối 6, khối 7 học 2 buổi/ngày; 16 giáo viên hoàn thành khóa "
        "bồi dưỡng kỹ năng số (03 tiết/tuần, trong 08 tuần).\n"
    )
    found = rejections(text)
    assert (found["2"], found["03"]) == ("schedule", "schedule")
    assert [f.raw_token for f in facts_of(text)] == ["16"]


def test_rooms_and_lesson_periods_by_their_number_are_labels():
    text = report(
        "II. KẾT QUẢ\n- Tiết học mẫu được tổ chức tại phòng 305 vào tiết 2 sáng thứ Năm; UBND "
        "phường điều tiết 15 học sinh sang trường bạn.\n"
    )
    found = rejections(text)
    assert (found["305"], found["2"]) == ("name_or_address", "ordinal")
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("15", "persons")]


def test_a_target_named_after_its_school_year_in_a_bracket_is_a_target():
    text = report(
        "II. KẾT QUẢ\n- Tốc độ Wi-Fi trung bình đạt 132,6 Mbps, cao hơn chỉ tiêu năm học 2024 - "
        "2025 phường giao (từ 100 Mbps trở lên).\n"
    )
    facts = {f.raw_token: f for f in facts_of(text)}
    assert (facts["100"].unit, facts["100"].kind, facts["100"].comparator) == (
        "mbps",
        "target",
        "ge",
    )
    assert facts["132,6"].kind == "actual"


def test_the_speed_of_the_lowest_site_in_a_clause_of_its_own_is_measured():
    text = report(
        "II. KẾT QUẢ\n- Tốc độ Wi-Fi trung bình đạt 132,6 Mbps (năm 2024: 88,1 Mbps); thấp nhất "
        "tại phòng 106 khu nhà C (48,3 Mbps).\n"
    )
    facts = {f.raw_token: f for f in facts_of(text)}
    assert (facts["48,3"].unit, facts["48,3"].kind) == ("mbps", "actual")


def test_a_column_of_rooms_having_a_device_counts_rooms():
    text = report(
        "II. KẾT QUẢ\nBảng 1. Kết quả theo khối\n"
        "| Khối | Số học sinh | Sổ liên lạc điện tử (%) | Phòng học có máy chiếu |\n"
        "|---|---|---|---|\n| Khối 8 | 402 | 96,5 | 7 |\n| Toàn trường | 1.544 | 95,1 | 25 |\n"
    )
    units = {f.raw_token: f.unit for f in facts_of(text)}
    assert (units["7"], units["25"]) == ("phòng học", "phòng học")


def test_a_statutory_time_limit_in_a_clause_of_its_own_is_a_target():
    text = report(
        "II. KẾT QUẢ GIÁM SÁT\nb) Thời gian xử lý bình quân 3,1 ngày làm việc/hồ sơ; riêng lĩnh "
        "vực xây dựng bình quân 16,2 ngày làm việc/hồ sơ (thời hạn theo quy định không quá 15 "
        "ngày làm việc).\n"
    )
    limit = [f for f in facts_of(text) if f.raw_token == "15"]
    assert [(f.unit, f.kind, f.comparator) for f in limit] == [("ngày", "target", "le")]


def test_a_supervision_reports_item_on_the_team_is_its_composition():
    text = report(
        "I. KHÁI QUÁT\n1. Thành phần Đoàn kiểm tra: Đoàn gồm 07 thành viên do Chủ tịch Ủy ban "
        "MTTQ phường làm Trưởng đoàn, 03 Chi hội trưởng và 01 cán bộ tư pháp.\n"
    )
    assert facts_of(text) == []
    assert {rejections(text)[token] for token in ("07", "03", "01")} == {"schedule"}


def test_an_inspection_samples_parts_and_its_naming_again_are_the_sample():
    text = report(
        "II. KẾT QUẢ KIỂM TRA\na) Kiểm tra xác suất 90 hồ sơ (45 hồ sơ năm 2024 và 45 hồ sơ 9 "
        "tháng năm 2025), có 4 hồ sơ quá hạn.\nb) Trong số 90 hồ sơ được kiểm tra có 77 hồ sơ "
        "được số hóa đầy đủ.\n"
    )
    assert [f.raw_token for f in facts_of(text)] == ["4", "77"]


def test_an_items_lead_in_period_dates_its_later_sentences():
    text = report(
        "1. Kết quả theo báo cáo của UBND phường\na) Năm 2024: tiếp nhận 4.310 hồ sơ, trong đó "
        "3.905 hồ sơ trực tuyến. Phường đã chi 210 triệu đồng nâng cấp đường truyền.\n"
    )
    assert {f.raw_token: f.period_start for f in facts_of(text)} == {
        "4.310": 2024,
        "3.905": 2024,
        "210": 2024,
    }


def test_a_part_of_the_years_result_in_brackets_beside_a_target_is_a_result():
    text = report(
        "IV. KIẾN NGHỊ\n- Vận động để đến hết năm 2025 tỷ lệ người dân có chữ ký số đạt tối "
        "thiểu 40% (9 tháng đầu năm 2025 đạt 27,6%).\n"
    )
    assert [(f.raw_token, f.kind) for f in facts_of(text)] == [
        ("40", "target"),
        ("27,6", "actual"),
    ]


def test_quarters_after_a_captions_cut_off_are_planned_in_the_captions_unit():
    text = city_report(
        "III. KẾ HOẠCH\nBảng 3. Tiến độ bàn giao các điểm đặt trạm còn vướng (đơn vị tính: vị "
        "trí; số liệu hiện trạng tính đến ngày 31/3/2029):\n"
        "| Xã, phường | Chưa bàn giao | Quý II/2029 | Quý III/2029 |\n|---|---|---|---|\n"
        "| Xã An Lão | 06 | 04 | 02 |\n"
    )
    assert [(f.raw_token, f.unit, f.kind, str(f.as_of)) for f in facts_of(text)] == [
        ("06", "vị trí", "actual", "2029-03-31"),
        ("04", "vị trí", "target", "None"),
        ("02", "vị trí", "target", "None"),
    ]


def test_a_devices_design_peak_speed_is_its_specification():
    text = city_report(
        "II. KẾT QUẢ\n- Tốc độ tải xuống 5G trung bình toàn mạng đạt 398,4 Mbps, trong khi tốc độ "
        "tối đa theo thiết kế của trạm (cấu hình 32T32R) đạt 2 Gbps.\n"
    )
    assert rejections(text)["2"] == "indicator_qualifier"
    assert [f.raw_token for f in facts_of(text)] == ["398,4"]


def test_the_points_each_unit_is_measured_at_are_the_method():
    text = city_report(
        "II. KẾT QUẢ\nGhi chú: Tốc độ là trung bình các lần đo trong tháng 3/2029, mỗi xã đo tại "
        "tối thiểu 04 điểm.\n"
    )
    assert rejections(text)["04"] == "indicator_qualifier"


def test_units_below_a_threshold_then_named_after_la_are_names():
    text = city_report(
        "II. KẾT QUẢ\n1. Có 04 xã, phường có tỷ lệ phủ sóng 5G dưới 75% là xã An Lão, xã Kiến "
        "Thụy, phường Đồ Sơn và đặc khu Bạch Long Vĩ; thấp nhất là xã Kiến Thụy (61,3%).\n"
    )
    assert rejections(text)["04"] == "name_or_address"
    assert [f.raw_token for f in facts_of(text)] == ["61,3"]


def test_the_level_now_in_brackets_beside_a_target_is_a_result():
    text = city_report(
        "III. KẾ HOẠCH\n1. Đến hết năm 2029, Viettel phấn đấu 100% xã, phường có sóng 5G (hiện "
        "nay: 104/114); tỷ lệ phủ sóng đạt 95%.\n"
    )
    assert [(f.raw_token, f.kind) for f in facts_of(text)] == [
        ("100", "target"),
        ("104/114", "actual"),
        ("95", "target"),
    ]


def test_a_target_bracket_giving_a_horizon_year_is_a_target():
    text = city_report(
        "III. CÁC ĐƠN VỊ CHẬM TIẾN ĐỘ\n1. Xã Kiến Thụy có tỷ lệ phủ sóng 5G thấp nhất, mới đạt "
        "61,3% (chỉ tiêu thành phố giao cho mỗi xã, phường đến hết năm 2029: từ 90% trở lên).\n"
    )
    assert [(f.raw_token, f.kind, f.comparator) for f in facts_of(text)] == [
        ("61,3", "actual", "eq"),
        ("90", "target", "ge"),
    ]


def contract(body: str, year: int = 2031) -> str:
    """A commune's service contract: Bên A the commune, Bên B a firm, articles "Điều N."."""
    return (
        "ỦY BAN NHÂN DÂN\nXÃ AN PHONG\n\n"
        f"Số: 07/{year}/HĐ-UBND\n\nAn Phong, ngày 15 tháng 3 năm {year}\n\n"
        "HỢP ĐỒNG CUNG CẤP DỊCH VỤ\nThuê hệ thống camera an ninh tại trụ sở UBND xã\n\n"
        "BÊN A (Bên thuê): ỦY BAN NHÂN DÂN XÃ AN PHONG\n"
        "BÊN B (Bên cung cấp): CÔNG TY TNHH KỸ THUẬT SỐ BẮC HÀ\n"
        f"{body}\n"
    )


def test_a_contract_binds_its_parties_to_volumes_still_to_be_delivered():
    text = contract(
        "Điều 1. Khối lượng dịch vụ\n1. Bên B lắp đặt 24 camera giám sát và cấp 18 tài khoản "
        "quản trị cho cán bộ xã.\n"
    )
    assert [(f.raw_token, f.kind) for f in facts_of(text)] == [("24", "target"), ("18", "target")]


def test_an_items_role_label_opens_no_period_its_lead_in_then_gives_one():
    text = contract(
        "Điều 1. Mục đích\n2. Mục đích: nâng cao chất lượng phục vụ, góp phần thực hiện chỉ tiêu "
        "năm 2033 tại Kế hoạch số 12/KH-UBND ngày 05/01/2031 của UBND xã: tỷ lệ thôn có camera "
        "an ninh đạt tối thiểu 90%, 100% trụ sở được giám sát.\n"
    )
    assert [(f.raw_token, f.period_start, f.period_end) for f in facts_of(text)] == [
        ("90", 2033, 2033),
        ("100", 2033, 2033),
    ]


def test_a_contracts_price_per_month_is_a_unit_price_not_a_sum():
    text = contract(
        "Điều 2. Giá hợp đồng\n1. Đơn giá thuê dịch vụ: 14.600.000 đồng/tháng (chưa bao gồm "
        "thuế GTGT); 16.060.000 đồng/tháng (đã bao gồm thuế GTGT).\n"
    )
    assert rejections(text)["14.600.000"] == "indicator_qualifier"
    assert rejections(text)["16.060.000"] == "indicator_qualifier"
    assert facts_of(text) == []


def test_the_tax_a_sum_holds_in_money_is_an_amount_not_a_rate():
    text = contract(
        "Điều 2. Giá hợp đồng\n2. Tổng giá trị Hợp đồng là 770.000.000 đồng, trong đó giá trị "
        "trước thuế 700.000.000 đồng, thuế GTGT 70.000.000 đồng (thuế GTGT 10%).\n"
    )
    assert [f.raw_token for f in facts_of(text)] == ["770.000.000", "700.000.000", "70.000.000"]
    assert rejections(text)["10"] == "indicator_qualifier"


def test_a_speed_that_is_the_subject_of_a_lettered_item_is_a_value():
    text = contract(
        "Điều 5. Cam kết chất lượng\n1. Bên B cam kết bảo đảm:\nb) Tốc độ truy cập Internet tại "
        "nhà văn hóa các thôn từ 200 Mbps trở lên.\n"
    )
    fact = only(text)
    assert (fact.value, fact.unit, fact.kind, fact.comparator) == (200, "mbps", "target", "ge")


def test_the_rates_caps_and_triggers_of_a_contracts_penalty_article_are_terms():
    text = contract(
        "Điều 7. Phạt vi phạm\n1. Bên B bị phạt 3% giá thuê của tháng cho mỗi ngày camera mất "
        "kết nối quá 12 giờ.\n2. Tổng mức phạt không vượt quá 8% giá trị hợp đồng; trường hợp "
        "tỷ lệ camera hoạt động dưới 90%, Bên A có quyền chấm dứt Hợp đồng.\n"
    )
    assert facts_of(text) == []
    assert {rejections(text)[token] for token in ("3", "12", "8", "90")} == {"group_definition"}


def test_a_cost_tables_column_of_months_rented_beside_a_unit_price_is_a_term():
    text = contract(
        "PHỤ LỤC 01. DANH MỤC VÀ GIÁ THUÊ\n"
        "| STT | Hạng mục | ĐVT | Số lượng | Đơn giá (đồng/tháng) | Số tháng thuê | Thành tiền "
        "(đồng) |\n|---|---|---|---|---|---|---|\n"
        "| 1 | Camera giám sát | Camera | 24 | 250.000 | 24 | 144.000.000 |\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("24", "cameras"),
        ("144.000.000", "vnd"),
    ]
    assert "duration" in {r.reason for r in extract_text(text, "s.txt").rejected}


def test_a_package_in_a_unit_cell_is_what_the_row_counts():
    text = contract(
        "PHỤ LỤC 01. DANH MỤC VÀ GIÁ THUÊ\n"
        "| STT | Hạng mục | ĐVT | Số lượng | Đơn giá (đồng) | Thành tiền (đồng) |\n"
        "|---|---|---|---|---|---|\n| 1 | Bảo trì, vận hành hệ thống | Gói | 02 | 5.000.000 | "
        "10.000.000 |\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("02", "gói"), ("10.000.000", "vnd")]


def test_the_tranches_a_payment_is_split_into_after_its_schedule_are_its_structure():
    text = contract(
        "Điều 3. Thanh toán\n1. Thanh toán theo tháng, chia làm 24 đợt; mỗi đợt thanh toán sau "
        "khi có biên bản nghiệm thu.\n"
    )
    assert rejections(text)["24"] == "plan_structure"
    assert facts_of(text) == []


def test_a_per_diem_per_person_is_a_rate():
    text = plan(
        "IV. KINH PHÍ\n1. Tổ chức 06 lớp tại nhà văn hóa; tiền nước uống cho học viên "
        "30.000 đồng/người/ngày.\n"
    )
    assert rejections(text)["30.000"] == "indicator_qualifier"
    assert [f.raw_token for f in facts_of(text)] == ["06"]


def test_where_a_random_survey_was_drawn_and_a_quick_surveys_sample_are_its_design():
    text = report(
        "II. KẾT QUẢ KHẢO SÁT\nUBND phường khảo sát ngẫu nhiên 120 hộ tiểu thương tại "
        "05 tổ dân phố, thu về 117 phiếu hợp lệ. Khảo sát nhanh 80 người dân tại Bộ phận một "
        "cửa cho thấy 92,5% hài lòng.\n"
    )
    found = rejections(text)
    assert (found["120"], found["05"], found["80"]) == ("indicator_qualifier",) * 3
    assert [f.raw_token for f in facts_of(text)] == ["117", "92,5"]


def test_a_by_month_tables_rows_of_months_ended_before_the_cut_off_have_none():
    text = report(
        "II. KẾT QUẢ (số liệu tính đến hết ngày 30/11/2025)\n"
        "| Tháng | Số giao dịch (giao dịch) |\n|---|---|\n"
        "| Tháng 10/2025 | 2.140 |\n| Tháng 11/2025 | 2.375 |\n"
    )
    assert [(f.raw_token, str(f.as_of)) for f in facts_of(text)] == [
        ("2.140", "None"),
        ("2.375", "2025-11-30"),
    ]


def test_a_measurement_day_dates_the_values_further_in_its_sentence():
    text = report(
        "II. TỒN TẠI\n1. Kết quả đo ngày 14/10/2025 tại nhà văn hóa tổ dân phố Đông, cường độ "
        "tín hiệu chỉ khoảng -109 dBm, tốc độ tải xuống đạt 4,6 Mbps, người dân phản ánh nhiều.\n"
    )
    assert [str(f.as_of) for f in facts_of(text)] == ["2025-10-14", "2025-10-14"]


def test_a_teaching_assistants_team_size_in_brackets_is_its_composition():
    text = plan(
        "V. GIẢNG VIÊN\n- Ông Trần Văn Nam, Tổ trưởng Tổ trợ giảng (06 thành viên): hướng dẫn "
        "thực hành.\n"
    )
    assert rejections(text)["06"] == "schedule"


def test_an_average_cost_written_first_per_item_is_a_rate():
    text = report(
        "III. KINH PHÍ\nBình quân kinh phí hỗ trợ khoảng 1,8 triệu đồng/hộ gia đình; tổng kinh "
        "phí 540 triệu đồng.\n"
    )
    assert rejections(text)["1,8"] == "indicator_qualifier"
    assert [f.raw_token for f in facts_of(text)] == ["540"]


def test_a_ceiling_in_brackets_after_the_target_it_names_is_a_target():
    text = report(
        "II. KẾT QUẢ\nTỷ lệ hồ sơ trễ hạn cả năm là 0,8%, đạt mục tiêu đề ra (không quá 1,5%).\n"
    )
    assert [(f.raw_token, f.kind, f.comparator) for f in facts_of(text)] == [
        ("0,8", "actual", "eq"),
        ("1,5", "target", "le"),
    ]


def test_a_value_in_brackets_after_the_floor_it_names_is_that_floor():
    text = report(
        "I. KẾT QUẢ\n1. Đường truyền tại bộ phận một cửa chỉ đạt 74,8 Mbps, chưa đạt mức tối "
        "thiểu tỉnh quy định (150 Mbps).\n"
    )
    assert [(f.raw_token, f.kind, f.comparator) for f in facts_of(text)] == [
        ("74,8", "actual", "eq"),
        ("150", "target", "ge"),
    ]


def test_a_figure_the_peoples_committee_reported_is_no_citation():
    text = report(
        "II. KẾT QUẢ THẨM TRA\n1. Điểm phục vụ dân: UBND phường báo cáo 26 điểm đã hoạt động; "
        "qua khảo sát, số điểm thực tế hoạt động là 22 điểm.\n"
    )
    assert "26" not in rejections(text)
    assert ("26", "actual") in [(f.raw_token, f.kind) for f in facts_of(text)]


def test_a_caption_dates_the_findings_column_at_the_inspection_day():
    text = report(
        "II. KẾT QUẢ KHẮC PHỤC\nBảng 2. Tổng hợp khắc phục (hạn chế tính tại thời điểm thanh tra "
        "ngày 09/4/2025; kết quả tính đến ngày 30/11/2025):\n"
        "| TT | Hạn chế | Kết quả | Ghi chú |\n|---|---|---|---|\n"
        "| 1 | Máy chưa cài diệt virus: 23 máy | Đã cài 23/23 máy | |\n"
    )
    assert [(f.raw_token, str(f.as_of)) for f in facts_of(text)] == [
        ("23", "2025-04-09"),
        ("23/23", "2025-11-30"),
    ]


def test_a_cell_window_written_with_a_dash_dates_its_figures():
    text = report(
        "II. KẾT QUẢ KHẮC PHỤC\nBảng 2. Tổng hợp khắc phục (số liệu tính đến ngày 30/11/2025):\n"
        "| TT | Hạn chế | Kết quả |\n|---|---|---|\n"
        "| 1 | Hồ sơ trễ hạn (01/01 - 31/3/2025): 45 hồ sơ | Từ 01/6 - 30/11/2025: 09 hồ sơ |\n"
    )
    assert [(f.raw_token, str(f.as_of)) for f in facts_of(text)] == [
        ("45", "2025-03-31"),
        ("09", "2025-11-30"),
    ]


def test_a_cell_labelled_with_its_measurement_day_holds_the_measured_speed():
    text = report(
        "II. KẾT QUẢ KHẮC PHỤC\nBảng 2. Tổng hợp khắc phục (số liệu tính đến ngày 30/11/2025):\n"
        "| TT | Hạn chế | Kết quả |\n|---|---|---|\n"
        "| 1 | Tốc độ tại bộ phận một cửa: 61,5 Mbps | Đo ngày 21/11/2025: 356,2 Mbps |\n"
    )
    assert [(f.raw_token, f.unit, str(f.as_of)) for f in facts_of(text)] == [
        ("61,5", "mbps", "2025-11-30"),
        ("356,2", "mbps", "2025-11-21"),
    ]


def test_a_note_cell_labelled_with_an_ended_span_keeps_no_cut_off():
    text = report(
        "II. KẾT QUẢ KHẮC PHỤC\nBảng 2. Tổng hợp khắc phục (số liệu tính đến ngày 30/11/2025):\n"
        "| TT | Hạn chế | Kết quả | Ghi chú |\n|---|---|---|---|\n"
        "| 1 | Hồ sơ trễ hạn | 1,2% | Bình quân tỉnh 9 tháng đầu năm 2025: 2,6% |\n"
    )
    assert [(f.raw_token, str(f.as_of)) for f in facts_of(text)] == [
        ("1,2", "2025-11-30"),
        ("2,6", "None"),
    ]


def test_the_day_a_verifier_checked_the_data_is_the_cut_off_of_what_it_found():
    text = report(
        "II. KẾT QUẢ THẨM TRA\n1. Điểm phát Wi-Fi công cộng: qua kiểm tra trên hệ thống quản lý "
        "ngày 05/12/2025, số điểm thực tế đang hoạt động là 17 điểm.\n"
    )
    assert [(f.raw_token, str(f.as_of)) for f in facts_of(text)] == [("17", "2025-12-05")]


def test_members_present_at_a_committee_meeting_are_its_attendance():
    text = report(
        "I. TỔ CHỨC THẨM TRA\nChiều ngày 03/12/2025, Ban Pháp chế họp thẩm tra; phiên họp có "
        "06/09 thành viên Ban có mặt.\n"
    )
    assert rejections(text)["06/09"] == "schedule"


def test_the_second_part_of_an_inspection_sample_is_the_sample():
    text = report(
        "I. KẾT QUẢ KIỂM TRA\nĐoàn kiểm tra ngẫu nhiên 40 hồ sơ một cửa và 15 tài khoản thư "
        "điện tử của công chức.\n"
    )
    assert rejections(text)["15"] == "indicator_qualifier"


def test_findings_counted_before_a_lead_in_on_their_figures_are_the_lists_size():
    text = report(
        "I. KẾT QUẢ KIỂM TRA\nĐoàn kiểm tra nêu 04 hạn chế; số liệu tại ngày kiểm tra cụ thể "
        "như sau:\na) 12/30 máy tính chưa cài phần mềm diệt virus.\n"
    )
    assert rejections(text)["04"] == "plan_structure"


def test_the_places_a_verifier_surveyed_are_its_sample():
    text = report(
        "II. KẾT QUẢ THẨM TRA\nBan đã đối chiếu số liệu và kiểm tra thực tế tại 04 tổ dân phố "
        "ngày 28/11/2025.\n"
    )
    assert rejections(text)["04"] == "indicator_qualifier"


def test_a_hedged_session_length_is_how_long_each_lasts():
    text = report(
        "II. KẾT QUẢ\nHội mở 12 lớp với 36 buổi học (mỗi buổi khoảng 3 giờ, vào chiều Chủ nhật "
        "tại hội trường thôn).\n"
    )
    assert rejections(text)["3"] == "duration"
    assert [f.raw_token for f in facts_of(text)] == ["12", "36"]


def test_award_recipients_named_in_brackets_are_who_is_awarded():
    text = report(
        "II. KẾT QUẢ\n5. Thi đua, khen thưởng: Ban Thường vụ Hội Nông dân phường tặng Giấy khen "
        "cho 04 chi hội (Đông Hải, Tân Lập, Cẩm Khê, An Bình) và 11 hội viên có thành tích xuất "
        "sắc.\n"
    )
    assert rejections(text)["04"] == rejections(text)["11"] == "plan_structure"


def test_what_a_person_named_for_an_award_did_is_their_story():
    text = report(
        "II. KẾT QUẢ\nĐề nghị Hội Nông dân thành phố tặng Bằng khen cho ông Lê Văn Tám, hội viên "
        "chi hội tổ dân phố số 3, 77 tuổi, đã tự học rồi hướng dẫn 34 hội viên cài đặt ứng dụng "
        "VNeID; toàn Hội có 512 hội viên đã cài đặt ứng dụng.\n"
    )
    assert rejections(text)["34"] == "descriptive_quantity"
    assert [f.raw_token for f in facts_of(text)] == ["512"]


def test_the_bars_branches_are_counted_by_define_the_group():
    text = report(
        "III. KHÓ KHĂN\n- Có 06 chi hội có trên 60% hội viên là người cao tuổi; còn 04 chi hội có "
        "tỷ lệ hội viên sử dụng ví điện tử dưới 50%.\n"
    )
    assert rejections(text)["60"] == rejections(text)["50"] == "group_definition"
    assert [f.raw_token for f in facts_of(text)] == ["06", "04"]


def test_a_rank_at_a_mid_year_review_is_not_at_the_cut_off():
    text = report(
        "(Số liệu tính đến ngày 20/11/2025)\nII. KẾT QUẢ\n- Có 845 hội viên đã kích hoạt tài khoản "
        "định danh điện tử. Tại đợt sơ kết 6 tháng đầu năm 2025, Hội được Hội cấp trên xếp thứ "
        "9/46 đơn vị về chỉ tiêu này.\n"
    )
    assert [(f.raw_token, str(f.as_of), f.period_end) for f in facts_of(text)] == [
        ("845", "2025-11-20", 2025),
        ("9/46", "None", 2025),
    ]


def test_columns_naming_a_schools_sites_take_the_rows_noun():
    text = report(
        "II. KẾT QUẢ\nBảng 4. Thiết bị tại các điểm trường (số liệu tính đến ngày 20/5/2025):\n"
        "| STT | Thiết bị | Đơn vị tính | Điểm chính | Điểm lẻ Tân Lập | Trong đó trang bị mới |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Máy tính xách tay | Chiếc | 9 | 3 | 2 |\n"
        "| 2 | Camera | Chiếc | 8 | 4 | 1 |\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("9", "machines"),
        ("3", "machines"),
        ("2", "machines"),
        ("8", "cameras"),
        ("4", "cameras"),
        ("1", "cameras"),
    ]


def test_all_of_the_places_a_service_runs_at_say_where():
    text = report(
        "II. KẾT QUẢ\n- Phần mềm quản lý được triển khai ở cả 04 điểm trường từ năm 2023; có "
        "1.215 tài khoản được kích hoạt.\n"
    )
    assert rejections(text)["04"] == "group_definition"
    assert [f.raw_token for f in facts_of(text)] == ["1.215"]


def test_a_floor_on_how_often_inside_a_rates_subject_says_who_is_counted():
    text = report(
        "II. KẾT QUẢ\n- Tỷ lệ phụ huynh truy cập sổ liên lạc điện tử ít nhất 03 lần/tuần đạt 77,5%.\n"
    )
    assert rejections(text)["03"] == "group_definition"
    assert [f.raw_token for f in facts_of(text)] == ["77,5"]


def test_the_rooms_counted_devices_are_installed_in_say_where():
    text = report(
        "II. KẾT QUẢ\n- Nhà trường có 16 ti vi thông minh, trong đó 12 ti vi lắp tại 12 phòng học "
        "cho học sinh.\n"
    )
    assert rejections(text)["12"] == "group_definition"
    assert [f.raw_token for f in facts_of(text)] == ["16", "12"]


def test_childrens_mean_height_and_weight_describe_them():
    text = report(
        "II. KẾT QUẢ\n- Tỷ lệ trẻ thấp còi 3,2%; chiều cao trung bình của trẻ 4 tuổi 102,5 cm, "
        "cân nặng trung bình 16,1 kg.\n"
    )
    assert rejections(text)["102,5"] == "descriptive_quantity"
    assert rejections(text)["16,1"] == "descriptive_quantity"
    assert [f.raw_token for f in facts_of(text)] == ["3,2"]


def test_a_target_bracket_after_a_long_givers_name_is_the_target():
    text = report(
        "II. KẾT QUẢ\n- 28/30 giáo viên (93,3%) có chứng chỉ kỹ năng số, vượt chỉ tiêu Phòng Văn "
        "hóa - Xã hội phường giao năm 2025 (từ 85% trở lên).\n"
    )
    assert [(f.raw_token, f.kind, f.comparator) for f in facts_of(text)] == [
        ("28/30", "actual", "eq"),
        ("93,3", "actual", "eq"),
        ("85", "target", "ge"),
    ]


def test_a_school_years_result_in_brackets_beside_a_target_is_its_last_years_result():
    text = plan(
        "II. NHIỆM VỤ\n- Tỷ lệ học sinh có hồ sơ điện tử đạt tối thiểu 98% (năm học 2025 - 2026 "
        "đạt 91,4%).\n",
        year=2026,
    )
    assert [(f.raw_token, f.kind, f.period_start, f.period_end) for f in facts_of(text)][1] == (
        "91,4",
        "actual",
        2026,
        2026,
    )


def test_a_table_column_of_hkd_counts_businesses():
    text = report(
        "Bảng 2. Kết quả theo thôn (số liệu tính đến ngày 30/11/2025)\n"
        "| STT | Thôn | Tài khoản mở mới | Hộ KD có mã QR |\n|---|---|---|---|\n"
        "| 1 | Đông Lâm | 134 | 47 |\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("134", "accounts"),
        ("47", "businesses"),
    ]


def test_what_a_missed_target_still_lacks_in_brackets_is_no_count():
    text = report(
        "II. KẾT QUẢ\n1. Chỉ tiêu 100% tiểu thương tại chợ Đông Lâm có mã QR chưa đạt (còn 05 hộ); "
        "có 214 hộ kinh doanh dùng mã QR.\n"
    )
    assert rejections(text)["05"] == "descriptive_quantity"
    assert "214" in [f.raw_token for f in facts_of(text)]


def test_an_interest_rate_is_a_price_not_an_indicator():
    text = report(
        "II. KẾT QUẢ\n1. Dư nợ cho vay đạt 175,2 tỷ đồng; lãi suất cho vay hộ sản xuất kinh doanh "
        "hiện ở mức 6,1%/năm, lãi suất huy động kỳ hạn 6 tháng là 3,9%/năm.\n"
    )
    assert [f.raw_token for f in facts_of(text)] == ["175,2"]
    assert rejections(text)["6,1"] == "indicator_qualifier"
    assert rejections(text)["3,9"] == "indicator_qualifier"


def test_the_average_over_a_bank_branch_has_no_owner():
    text = report(
        "II. TỒN TẠI\n- Tỷ lệ khách hàng giao dịch qua ứng dụng của Phòng giao dịch đạt 61,7%, "
        "thấp hơn bình quân toàn Chi nhánh Kiến Thụy (70,2%).\n"
    )
    owners = {f.raw_token: f.ward_code for f in facts_of(text)}
    assert owners["70,2"] is None
    assert owners["61,7"] is not None


def test_a_target_bracket_naming_a_plan_by_its_number_is_a_target():
    text = report(
        "II. KẾT QUẢ\n1. Tỷ lệ người dân có tài khoản thanh toán đạt 79,4% (chỉ tiêu Kế hoạch số "
        "52/KH-UBND của UBND phường: từ 82% trở lên).\n"
    )
    assert [(f.raw_token, f.kind, f.comparator) for f in facts_of(text)] == [
        ("79,4", "actual", "eq"),
        ("82", "target", "ge"),
    ]


def test_a_bracket_after_the_targets_someone_set_lists_targets():
    text = report(
        "II. KẾT QUẢ\n1. So với chỉ tiêu năm 2025 Chi nhánh giao (mở mới 900 tài khoản; phát triển "
        "4.000 người dùng ứng dụng), Phòng giao dịch mới đạt lần lượt 88,1% và 91,5% kế hoạch.\n"
    )
    assert [(f.raw_token, f.kind) for f in facts_of(text)] == [
        ("900", "target"),
        ("4.000", "target"),
        ("88,1", "actual"),
        ("91,5", "actual"),
    ]


def test_shops_are_counted_not_read_as_of():
    text = report("II. KẾT QUẢ\n1. Có 156 cửa hàng, cơ sở kinh doanh nhận thanh toán bằng mã QR.\n")
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("156", "cửa hàng")]


def test_a_bound_on_what_each_counted_has_defines_the_class():
    text = report(
        "II. KẾT QUẢ\n1. Toàn phường có 192 nhà trọ (trong đó 24 nhà trọ có từ 15 phòng trở lên).\n"
    )
    assert [f.raw_token for f in facts_of(text)] == ["192", "24"]
    assert rejections(text)["15"] == "group_definition"


def test_the_villages_a_caption_picks_are_no_count():
    text = report(
        "Bảng 1. Kết quả lắp đặt theo thôn (đơn vị tính: hộ; trích 05 thôn có nhiều hộ nhất):\n"
        "| STT | Thôn | Số hộ | Đã lắp |\n|---|---|---|---|\n| 1 | Đông Lâm | 310 | 122 |\n"
    )
    assert rejections(text)["05"] == "group_definition"


def test_what_a_priced_set_comes_with_is_no_count():
    text = plan(
        "IV. KINH PHÍ\n1. Giá tham khảo: bộ camera kèm 01 thẻ nhớ khoảng 950.000 đồng/bộ.\n"
    )
    assert rejections(text)["01"] == "indicator_qualifier"


def test_a_response_time_limit_is_a_target_in_minutes():
    text = plan(
        "II. CHỈ TIÊU\n- Thời gian từ khi người dân gọi điện đến khi tổ phản ứng nhanh có mặt "
        "không quá 15 phút.\n"
    )
    fact = only(text)
    assert (fact.value, fact.unit, fact.kind, fact.comparator) == (15, "phút", "target", "le")


def test_a_column_of_what_the_criteria_set_requires_holds_targets():
    text = report(
        "II. KẾT QUẢ TỰ ĐÁNH GIÁ\n1. Kết quả các chỉ tiêu (số liệu tính đến ngày 31/10/2025):\n"
        "| STT | Chỉ tiêu | Yêu cầu theo Bộ tiêu chí | Kết quả thực hiện | Đánh giá |\n"
        "|---|---|---|---|---|\n"
        "| 5.2 | Tỷ lệ hộ có tài khoản thanh toán điện tử | ≥ 70% | 76,8% | Đạt |\n"
    )
    assert [(f.raw_token, f.kind, str(f.as_of)) for f in facts_of(text)] == [
        ("70", "target", "None"),
        ("76,8", "actual", "2025-10-31"),
    ]
    # (the standard of the year the report is about, not a year another cell writes)
    text = report(
        "II. KẾT QUẢ\n| STT | Chỉ tiêu | Kết quả | Yêu cầu | Thời hạn |\n|---|---|---|---|---|\n"
        "| 3 | Điểm DTI của phường (điểm) | 574,2 (năm 2024) | ≥ 600 | Năm 2025 |\n"
    )
    target = next(f for f in facts_of(text) if f.raw_token == "600")
    assert (target.kind, target.period_start, target.period_end) == ("target", 2025, 2025)


def test_a_floor_or_requirement_a_criteria_set_states_is_a_target():
    text = report(
        "II. KẾT QUẢ\n- Kết quả đo ngày 12/11/2025: tốc độ tải xuống tại trụ sở đạt 352,8 Mbps "
        "(mức tối thiểu theo Bộ tiêu chí: 200 Mbps); tại điểm Wi-Fi chợ thấp nhất 96,5 Mbps.\n"
        "- Tỷ lệ hộ dùng ví điện tử đạt 71,4%, chưa đạt yêu cầu của Bộ tiêu chí (từ 75% trở "
        "lên), còn thiếu 386 hộ.\n"
    )
    assert [(f.raw_token, f.unit, f.kind) for f in facts_of(text)] == [
        ("352,8", "mbps", "actual"),
        ("200", "mbps", "target"),
        ("96,5", "mbps", "actual"),
        ("71,4", "percent", "actual"),
        ("75", "percent", "target"),
    ]
    assert rejections(text)["386"] == "descriptive_quantity"


def test_a_criterion_code_after_chi_tieu_is_a_label():
    text = report(
        "II. KẾT QUẢ\nGhi chú: Chỉ tiêu 6.2 tính theo số liệu khảo sát; chỉ tiêu 17.4 chưa đạt.\n"
    )
    assert facts_of(text) == []
    assert rejections(text)["6.2"] == "ordinal"
    assert rejections(text)["17.4"] == "ordinal"


def test_another_years_place_in_brackets_after_a_rank_is_a_rank():
    text = report(
        "I. KẾT QUẢ\nChỉ số DTI năm 2024 của phường đạt 588,2 điểm, xếp thứ 31/126 xã, phường "
        "(năm 2023: thứ 47).\n"
    )
    assert [(f.raw_token, f.unit, f.period_start) for f in facts_of(text)] == [
        ("588,2", "points", 2024),
        ("31/126", "rank", 2024),
        ("47", "rank", 2023),
    ]


def test_a_sampled_surveys_size_and_share_per_unit_are_its_design():
    text = report(
        "I. PHƯƠNG THỨC\n- Tỷ lệ hộ mua sắm trực tuyến: khảo sát chọn mẫu 900 hộ tại 18 tổ dân "
        "phố (50 hộ/tổ) từ ngày 03/10 đến ngày 14/10/2025, thu về 872 phiếu hợp lệ;\n"
    )
    reasons = rejections(text)
    assert (reasons["900"], reasons["18"], reasons["50"]) == ("indicator_qualifier",) * 3
    assert [f.raw_token for f in facts_of(text)] == ["872"]


def test_units_a_measure_takes_first_by_a_level_they_lack_are_a_group():
    text = plan(
        "III. GIẢI PHÁP\n1. Tổ chức cấp tài khoản lưu động 03 buổi/tuần, ưu tiên 04 tổ dân phố "
        "có tỷ lệ dưới 80%.\n"
    )
    assert rejections(text)["04"] == "group_definition"


def test_a_number_in_the_indicator_cell_of_a_row_with_counted_results_is_its_name():
    text = report(
        "II. KẾT QUẢ\n| STT | Nội dung chỉ tiêu | Yêu cầu | Kết quả thực hiện | Đánh giá |\n"
        "|---|---|---|---|---|\n"
        "| 7.3 | Tổ công nghệ số cộng đồng hoạt động tại 100% tổ dân phố | Đạt | 14 tổ, 96 "
        "thành viên | Đạt |\n"
    )
    assert rejections(text)["100"] == "indicator_qualifier"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("14", "teams"), ("96", "members")]


def test_an_item_opening_on_its_deadline_day_ends_its_targets_period_there():
    text = plan(
        "II. MỤC TIÊU GIAI ĐOẠN 2029 - 2030\n"
        "1. Các mục tiêu từ tháng 3/2029 đến hết năm 2030 như sau:\n"
        "a) Đến ngày 31/12/2029: 95% hộ kinh doanh tại chợ phường có tài khoản thanh toán; "
        "tỷ lệ giao dịch không dùng tiền mặt tại chợ đạt từ 35% trở lên;\n"
        "- Trước ngày 30/6/2030: 100% tổ dân phố thu phí vệ sinh qua mã QR;\n"
        "b) Năm 2030: tỷ lệ giao dịch không dùng tiền mặt tại chợ đạt từ 60% trở lên.\n",
        year=2029,
    )
    assert [(f.raw_token, f.kind, f.period_start, f.period_end) for f in facts_of(text)] == [
        ("95", "target", 2029, 2029),
        ("35", "target", 2029, 2029),
        ("100", "target", 2029, 2030),
        ("60", "target", 2030, 2030),
    ]


def test_a_fraction_cell_of_a_row_whose_label_closes_on_its_counted_noun_is_no_date():
    text = report(
        "Bảng 2. Trước và sau khi triển khai\n"
        "| Nội dung | Trước (01/2025) | Sau (30/11/2025) |\n"
        "|---|---|---|\n"
        "| Trạm y tế thu viện phí qua mã QR (trạm) | 0/1 | 1/1 |\n"
        "| Thôn có điểm Wi-Fi công cộng (thôn) | 4/9 | 9/9 |\n"
        "| Ngày tổ chức ra quân (ngày) | 5/3 | 12/10 |\n"
    )
    found = {f.raw_token: f.unit for f in facts_of(text)}
    assert found == {"0/1": "ratio", "1/1": "ratio", "4/9": "ratio", "9/9": "ratio"}
    assert rejections(text)["12/10"] == "date"


def test_a_refunds_time_per_transaction_and_the_banks_ceiling_beside_it_are_values():
    text = report(
        "3. Thanh toán không dùng tiền mặt: thời gian hoàn tiền các giao dịch bị lỗi bình quân "
        "2,3 ngày làm việc/giao dịch (cam kết của ngân hàng không quá 5 ngày làm việc).\n"
    )
    assert [(f.raw_token, f.unit, f.kind, f.comparator) for f in facts_of(text)] == [
        ("2,3", "ngày", "actual", "eq"),
        ("5", "ngày", "target", "le"),
    ]


def tet_report(body: str) -> str:
    """A commune's quick report on a Lunar New Year campaign, its head stating the cut-off."""
    return (
        "ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 21/BC-UBND\nHòa Bình, ngày 22 tháng 01 năm 2031\n\n"
        "BÁO CÁO NHANH\nKết quả đợt cao điểm phục vụ Nhân dân dịp Tết Nguyên đán Tân Hợi 2031\n"
        "(Số liệu tính đến 17 giờ 00 ngày 21/01/2031)\n\n"
        f"{body}\n"
    )


def test_a_by_day_table_row_naming_an_earlier_day_has_no_cut_off_the_last_day_keeps_it():
    text = tet_report(
        "II. KẾT QUẢ\nBảng 1. Số liệu theo ngày (tính đến 17 giờ 00 ngày 21/01/2031):\n"
        "| Ngày | Hồ sơ tiếp nhận (hồ sơ) |\n|---|---|\n"
        "| 26 tháng Chạp (18/01) | 152 |\n"
        "| Ngày 19/01/2031 | 97 |\n"
        "| 29 tháng Chạp (21/01, đến 17 giờ 00) | 88 |\n"
        "| Cộng | 337 |\n"
    )
    assert [(f.raw_token, f.as_of) for f in facts_of(text)] == [
        ("152", None),
        ("97", None),
        ("88", date(2031, 1, 21)),
        ("337", date(2031, 1, 21)),
    ]


def test_a_column_counting_an_acts_turns_in_brackets_is_in_turns_not_persons():
    text = report(
        "II. KẾT QUẢ\n| Thôn | Giao dịch qua mã QR tại chợ (lượt) | Người dân được hỗ trợ (lượt) |\n"
        "|---|---|---|\n| Đông Hải | 1.312 | 240 |\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("1.312", "lượt"),
        ("240", "persons"),
    ]


def test_a_sibling_item_after_an_item_heading_with_a_window_is_not_dated_by_that_window():
    text = tet_report(
        "II. KẾT QUẢ\n3. Trực trong đợt\n"
        "a) Lịch trực hai ngày cuối tuần (từ ngày 11/01/2031 đến hết ngày 12/01/2031):\n"
        "- Ca ngày: Bộ phận Một cửa.\n"
        "b) Kết quả: trong đợt, xã bố trí 74 lượt cán bộ trực, tiếp nhận 31 phản ánh.\n"
    )
    assert [(f.raw_token, f.as_of) for f in facts_of(text)] == [
        ("74", date(2031, 1, 21)),
        ("31", date(2031, 1, 21)),
    ]


def test_last_tets_figures_in_a_clause_or_bracket_after_a_comparison_are_that_years():
    text = tet_report(
        "II. KẾT QUẢ\n- Trung tâm tiếp nhận 1.930 hồ sơ; cùng kỳ Tết Canh Tuất 2030 tiếp nhận "
        "1.402 hồ sơ, tỷ lệ trực tuyến 71,3%.\n"
        "- Chi trả trợ cấp qua tài khoản đạt 94,1%, cao hơn Tết Canh Tuất 2030 (88,2%).\n"
        "- Tổng số lượt thanh toán qua mã QR là 8.120 lượt, gấp khoảng 1,4 lần chợ Tết năm 2030 "
        "(5.804 lượt).\n"
    )
    found = {f.raw_token: (f.period_start, f.period_end, f.as_of) for f in facts_of(text)}
    last_tet = (2030, 2030, None)
    assert found["1.402"] == found["71,3"] == found["88,2"] == found["5.804"] == last_tet
    assert found["1.930"] == found["94,1"] == found["8.120"] == (2031, 2031, date(2031, 1, 21))


def test_a_campaigns_round_target_and_one_the_city_gave_in_brackets_are_targets():
    text = tet_report(
        "I. KHÁI QUÁT\nChỉ tiêu chưa đạt là tỷ lệ kích hoạt tài khoản định danh điện tử "
        "(chỉ tiêu đợt: 92%).\n"
        "- Tỷ lệ kích hoạt đạt 90,8%, chưa đạt chỉ tiêu năm 2031 thành phố giao (từ 95% trở lên).\n"
    )
    found = {f.raw_token: (f.kind, f.as_of) for f in facts_of(text)}
    assert found["92"] == ("target", None)
    assert found["95"] == ("target", None)
    assert found["90,8"] == ("actual", date(2031, 1, 21))


def test_a_moment_on_a_day_named_and_dated_in_brackets_is_the_cut_off_after_it():
    text = tet_report(
        "II. KẾT QUẢ\n- Đến 16 giờ 00 ngày 17/01/2031, Trung tâm đã tiếp nhận 141 hồ sơ; riêng "
        "ngày 29 tháng Chạp (20/01/2031), đến 11 giờ 00 hệ thống ghi nhận 12 hồ sơ nộp trực "
        "tuyến.\n"
    )
    found = {f.raw_token: f.as_of for f in facts_of(text)}
    assert found == {"141": date(2031, 1, 17), "12": date(2031, 1, 20)}


def test_a_lunar_new_years_year_in_a_clause_singled_out_is_that_clauses_period():
    text = tet_report(
        "IV. NHIỆM VỤ\n2. Năm 2031, UBND xã phấn đấu:\n"
        "- Tỷ lệ giao dịch không dùng tiền mặt tại các chợ tối thiểu 55%, riêng chợ Tết Nhâm Tý "
        "2032 từ 65% trở lên;\n"
    )
    found = {f.raw_token: (f.kind, f.period_start, f.period_end) for f in facts_of(text)}
    assert found == {"55": ("target", 2031, 2031), "65": ("target", 2032, 2032)}


def test_an_events_lunar_days_the_report_dates_elsewhere_that_end_before_the_cut_off():
    text = tet_report(
        "II. KẾT QUẢ\n- Riêng ngày 24 tháng Chạp (15/01), Trung tâm tiếp nhận 96 hồ sơ.\n"
        "- Chợ hoa Xuân (họp từ ngày 22 đến ngày 28 tháng Chạp) bố trí 84 gian hàng; tổng số "
        "lượt thanh toán qua mã QR là 3.406 lượt.\n"
        "- Hội chợ (họp từ ngày 22 tháng Chạp đến ngày 30 tháng Chạp) có 41 gian hàng.\n"
    )
    found = {f.raw_token: (f.period_end, f.as_of) for f in facts_of(text)}
    assert found["84"] == found["3.406"] == (2031, None)
    assert found["41"] == (2031, date(2031, 1, 21))  # 30 tháng Chạp is 21/01: not before it


def test_a_shifts_leader_is_staffing_and_units_named_after_a_long_threshold_are_which():
    text = tet_report(
        "II. KẾT QUẢ\n- Ca đêm (từ 17 giờ 00 đến 7 giờ 00 sáng hôm sau): 01 lãnh đạo UBND xã, "
        "01 công chức Văn phòng.\n"
        "III. HẠN CHẾ\n- Còn 03 thôn có tỷ lệ hộ gia đình thanh toán tiền điện không dùng tiền "
        "mặt dưới 70% là Đông Hải, Tân Lập 2 và Cẩm Khê.\n"
    )
    assert facts_of(text) == []
    assert rejections(text)["01"] == "schedule"


def test_a_window_of_months_to_a_years_end_in_brackets_dates_the_targets_after_it():
    text = plan(
        "VI. ĐỀ XUẤT\n1. Mở rộng mô hình ra toàn xã.\n"
        "2. Kinh phí dự kiến cho giai đoạn mở rộng (từ tháng 9/2026 đến hết năm 2027) khoảng "
        "1,2 tỷ đồng.\n"
    )
    assert [(f.raw_token, f.kind, f.period_start, f.period_end) for f in facts_of(text)] == [
        ("1,2", "target", 2026, 2027)
    ]


def test_a_tests_parts_and_its_pass_bar_are_no_values():
    text = plan(
        "IV. NỘI DUNG\n4. Kiểm tra: bài kiểm tra gồm 25 câu hỏi trắc nghiệm và 02 bài thực hành; "
        "học viên trả lời đúng từ 18/25 câu trở lên được cấp chứng nhận.\n"
    )
    assert facts_of(text) == []
    found = rejections(text)
    assert (found["02"], found["18/25"]) == ("plan_structure", "group_definition")


def test_a_bare_result_over_plan_column_with_its_year_holds_results():
    text = report(
        "II. KẾT QUẢ\nBảng 2. Kết quả năm 2025 (số liệu tính đến ngày 31/12/2025):\n"
        "| TT | Chỉ tiêu | ĐVT | KH 2025 | TH 2025 | TH/KH 2025 (%) |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | Hộ dùng ví điện tử | Hộ | 800 | 872 | 109,0 |\n"
    )
    found = {f.raw_token: (f.kind, f.period_end) for f in facts_of(text)}
    assert found["109,0"] == ("actual", 2025)
    assert found["800"][0] == "target"


def test_a_yield_keeps_its_area_in_the_unit():
    text = report(
        "II. KẾT QUẢ\n- Năng suất vải thiều bình quân đạt 92,5 tạ/ha.\n"
        "| TT | Chỉ tiêu | ĐVT | TH 2025 |\n|---|---|---|---|\n| 1 | Năng suất ngô | Tạ/ha | 55,4 |\n"
    )
    assert {f.raw_token: f.unit for f in facts_of(text)} == {"92,5": "tạ/ha", "55,4": "tạ/ha"}


def test_a_crop_area_and_the_area_a_service_covered_are_values():
    text = report(
        "II. KẾT QUẢ\n- Dịch vụ bay phun thuốc thực hiện trên 640 ha; tổng diện tích rau của "
        "các hộ 1.210 ha, trong đó rau an toàn 1.050 ha, rau hữu cơ 48,5 ha.\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("640", "ha"),
        ("1.210", "ha"),
        ("1.050", "ha"),
        ("48,5", "ha"),
    ]


def test_how_long_recordings_are_kept_is_a_value_in_days():
    text = plan(
        "I. THỰC TRẠNG\nĐầu ghi tại nhà văn hóa chỉ lưu được khoảng 10 ngày, thấp hơn yêu cầu "
        "tối thiểu 30 ngày.\nII. MỤC TIÊU\n- Thời gian lưu trữ hình ảnh tối thiểu 45 ngày; riêng "
        "camera tại cổng trường tối thiểu 60 ngày.\n"
    )
    found = [(f.raw_token, f.unit, f.kind, f.comparator) for f in facts_of(text)]
    assert found == [
        ("10", "ngày", "actual", "approx"),
        ("30", "ngày", "target", "ge"),
        ("45", "ngày", "target", "ge"),
        ("60", "ngày", "target", "ge"),
    ]


def test_what_one_option_exceeds_another_by_is_a_difference():
    text = plan(
        "III. PHƯƠNG ÁN\nPhương án A có kinh phí thấp hơn 420 triệu đồng, còn chi phí bảo trì của "
        "Phương án 2 cao hơn khoảng 60 triệu đồng/năm; năng suất ruộng mẫu cao hơn bình quân "
        "4,2 tạ/ha. Tổng kinh phí không thấp hơn 900 triệu đồng.\n"
    )
    reasons = rejections(text)
    assert reasons["420"] == reasons["60"] == reasons["4,2"] == "descriptive_quantity"
    assert reasons["2"] == "ordinal"
    assert [(f.raw_token, f.comparator) for f in facts_of(text)] == [("900", "ge")]


def test_a_body_reorganised_out_of_former_ones_counts_no_business():
    text = report(
        "I. TÌNH HÌNH CHUNG\nHợp tác xã được tổ chức lại từ 04 HTX Đông, Tây, Nam, Bắc (cũ); "
        "hiện có 820 thành viên.\n"
    )
    assert rejections(text)["04"] == "administrative_structure"
    assert [f.raw_token for f in facts_of(text)] == ["820"]


def test_board_pay_voted_and_fund_shares_of_profit_are_no_facts():
    text = report(
        "II. KẾT QUẢ\n- Lợi nhuận 900 triệu đồng; sau khi trích các quỹ (quỹ phát triển 25%, quỹ "
        "khen thưởng 5%), tỷ lệ chia lãi đạt 7,5%.\nIII. ĐỀ NGHỊ\n- Thù lao Giám đốc 5,0 triệu "
        "đồng/tháng; thành viên Ban Kiểm soát (03 thành viên) 1,5 triệu đồng/người/tháng.\n"
    )
    reasons = rejections(text)
    assert reasons["25"] == reasons["5"] == "indicator_qualifier"
    assert reasons["5,0"] == reasons["1,5"] == "indicator_qualifier"
    assert reasons["03"] == "schedule"
    assert [f.raw_token for f in facts_of(text)] == ["900", "7,5"]


def test_a_partner_named_after_the_city_owns_nothing_but_a_city_department_acting_does():
    text = report(
        "II. KẾT QUẢ\nPhối hợp với Trung tâm Khuyến nông và Dịch vụ nông nghiệp thành phố Hải "
        "Phòng mở 12 lớp tập huấn. UBND phường hỗ trợ 90 triệu đồng; Sở Khoa học và Công nghệ "
        "thành phố hỗ trợ 15 bộ thiết bị.\n"
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [
        ("12", "11533"),
        ("90", "11533"),
        ("15", "31"),
    ]


def test_a_project_class_threshold_named_by_its_field_is_a_group():
    text = plan(
        "VI. NHÓM DỰ ÁN\nDự án thuộc nhóm C (dự án lĩnh vực thủy lợi nội đồng có tổng mức đầu tư "
        "dưới 90 tỷ đồng).\n"
    )
    assert rejections(text)["90"] == "group_definition"


def test_the_villages_installed_devices_go_to_are_a_group():
    text = plan(
        "IV. TIẾN ĐỘ\n- Năm 2026: lắp đặt 16 camera tại 05 thôn ven sông. Đã thành lập 12 tổ "
        "tại 12 thôn.\n"
    )
    assert rejections(text)["05"] == "group_definition"
    assert [f.raw_token for f in facts_of(text)] == ["16", "12", "12"]


def test_supplies_are_no_value_added_tax():
    text = report(
        "II. KẾT QUẢ\nỨng dụng ghi nhận 2.100 lượt đặt vật tư và 740 lượt phản ánh của hộ dân.\n"
    )
    assert [f.raw_token for f in facts_of(text)] == ["2.100", "740"]


def test_a_number_in_the_title_of_a_scheme_joined_is_part_of_its_name():
    text = plan(
        "II. MỤC TIÊU\nTiếp tục tham gia Đề án phát triển 1 triệu ha lúa chất lượng cao; "
        "năm 2026 phấn đấu 80% diện tích lúa có mã vùng trồng.\n"
    )
    assert rejections(text)["1"] == "name_or_address"
    assert [f.raw_token for f in facts_of(text)] == ["80"]


def test_a_unit_cell_in_capitals_keeps_them_and_sessions_per_month_are_a_frequency():
    text = plan(
        "II. CHỈ TIÊU\n| Nội dung | Đơn vị tính | Năm 2026 |\n|---|---|---|\n"
        "| Dung lượng lưu trữ | TB | 48 |\n\n- Tổ chức ít nhất 03 phiên livestream/tháng.\n"
    )
    assert {f.raw_token: f.unit for f in facts_of(text)} == {"48": "TB", "03": "times_per_month"}


# --- round 90: a ward's review of passive telecom infrastructure ------------------------------


def test_a_station_registers_coordinates_and_mast_heights_are_no_values():
    text = report(
        "II. KẾT QUẢ\nBảng 1. Danh sách trạm lắp mới\n"
        "| STT | Mã trạm | Thôn | Tọa độ (vĩ độ; kinh độ) | Cao cột (m) | Loại cột |\n"
        "|---|---|---|---|---|---|\n"
        "| 1 | VNP_HB_004 | Đông Tiến | 20,8512; 106,6127 | 33 | A2b |\n"
        "| 2 | VTL_HB_019 | Tây Sơn | 20,8634; 106,6045 | 27 | A2a |\n"
    )
    reasons = rejections(text)
    assert facts_of(text) == []
    assert (reasons["20,8512"], reasons["106,6127"]) == ("name_or_address",) * 2
    assert (reasons["33"], reasons["27"]) == ("descriptive_quantity",) * 2


def test_the_heights_of_the_masts_a_sentence_spans_are_their_size():
    text = report("II. KẾT QUẢ\nChiều cao các cột anten từ 21 m đến 39 m; có 14 trạm dùng chung.\n")
    reasons = rejections(text)
    assert (reasons["21"], reasons["39"]) == ("descriptive_quantity", "range_bound")
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("14", "stations")]


def test_a_column_header_repeating_its_noun_or_stating_km_gives_its_cells_that_unit():
    text = report(
        "II. KẾT QUẢ\nBảng 2. Hạ tầng theo nhà mạng\n"
        "| Nhà mạng | Cổng quang đã lắp (cổng) | Cáp ngầm (km) |\n|---|---|---|\n"
        "| VNPT | 2.416 | 8,3 |\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("2.416", "cổng"), ("8,3", "km")]


def test_km_is_a_unit_alone_and_a_need_ends_the_counted_noun():
    text = report(
        "II. KẾT QUẢ\nĐã hạ ngầm 12,4 km cáp treo; rà soát phát hiện 96 cột cần thay thế.\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("12,4", "km"), ("96", "cột")]


def test_a_labelled_breakdown_after_a_count_of_a_noun_outside_the_vocabulary_shares_it():
    text = report(
        "IV. KIẾN NGHỊ\nĐề nghị Sở bổ sung 08 vị trí trạm mới (Viettel 04, VNPT 02, MobiFone 02).\n"
    )
    assert [(f.raw_token, f.unit, f.kind) for f in facts_of(text)] == [
        ("08", "vị trí", "target"),
        ("04", "vị trí", "target"),
        ("02", "vị trí", "target"),
        ("02", "vị trí", "target"),
    ]


def test_groups_picked_by_what_they_lack_or_by_a_share_of_their_parts_are_no_values():
    text = report(
        "II. KẾT QUẢ\nCòn 03 thôn chưa có sóng 5G là Đông Tiến 2, Tây Sơn và Bắc Hà. Có 21 hộp "
        "phối quang đã dùng trên 85% số cổng. Có 09 trạm dùng chung cột giữa từ 03 nhà mạng trở "
        "lên; còn 02 vị trí lõm sóng (cường độ tín hiệu RSRP dưới -115 dBm).\n"
        "IV. KIẾN NGHỊ\nĐề nghị nhà mạng lắp 640 cổng tại 21 hộp đã dùng trên 85% số cổng; "
        "ưu tiên 03 thôn chưa có sóng 5G.\n"
    )
    reasons = rejections(text)
    assert reasons["85"] == "group_definition"
    assert reasons["115"] == "group_definition"
    assert reasons["03"] in ("name_or_address", "group_definition")
    found = [(f.raw_token, f.kind) for f in facts_of(text)]
    assert found == [("21", "actual"), ("09", "actual"), ("02", "actual"), ("640", "target")]


def test_the_rows_a_captions_bracket_picks_are_no_count():
    text = report(
        "II. KẾT QUẢ\nBảng 1. Trạm có thay đổi (trích 04 trạm; danh mục tại Phụ lục 02)\n"
        "| Mã trạm | Loại cột |\n|---|---|\n| VNP_HB_004 | A2b |\n"
    )
    assert rejections(text)["04"] == "group_definition"
    assert facts_of(text) == []


def test_a_rent_per_site_and_year_opening_its_sentence_is_a_tariff():
    text = report(
        "II. KẾT QUẢ\nGiá thuê mặt bằng đặt trạm trên đất công, nhà văn hóa thôn trung bình "
        "24 triệu đồng/vị trí/năm; có 07 trạm đặt trên đất công.\n"
    )
    assert rejections(text)["24"] == "indicator_qualifier"
    assert [f.raw_token for f in facts_of(text)] == ["07"]


def test_a_captions_measurement_day_dates_only_the_column_it_names():
    text = report(
        "(Số liệu tính đến ngày 30/11/2025)\nII. KẾT QUẢ\n"
        "Bảng 3. Hạ tầng theo thôn (trích 02 thôn; tốc độ đo ngày 14/11/2025)\n"
        "| Thôn | Trạm BTS (trạm) | Tốc độ tải xuống 5G (Mbps) |\n|---|---|---|\n"
        "| Đông Tiến | 3 | 402,7 |\n"
    )
    found = [(f.raw_token, f.as_of) for f in facts_of(text)]
    assert found == [("3", date(2025, 11, 30)), ("402,7", date(2025, 11, 14))]


def test_the_level_now_beside_a_target_has_no_cut_off_and_the_documents_year():
    text = report(
        "(Số liệu tính đến ngày 30/11/2025)\nIII. CHỈ TIÊU\n"
        "Chỉ tiêu thành phố giao cho phường đến năm 2027 như sau:\n"
        "- Hạ ngầm tối thiểu 45 km cáp (hiện nay: 18,6 km);\n"
    )
    found = [(f.raw_token, f.kind, f.period_end, f.as_of) for f in facts_of(text)]
    assert found == [("45", "target", 2027, None), ("18,6", "actual", 2025, None)]


def test_a_notes_cell_proposing_works_in_a_later_year_is_a_target():
    text = report(
        "II. KẾT QUẢ\nBảng 3. Trạm theo thôn\n| Thôn | Trạm BTS (trạm) | Ghi chú |\n"
        "|---|---|---|\n| Bắc Hà | 0 | Đề xuất xây dựng 02 trạm năm 2026 |\n"
    )
    found = [(f.raw_token, f.kind, f.period_start) for f in facts_of(text)]
    assert found == [("0", "actual", 2025), ("02", "target", 2026)]


def test_the_citys_goals_hold_for_every_clause_of_their_sentence():
    text = report(
        "III. ĐỐI CHIẾU\nTheo Quy hoạch, đến năm 2030 thành phố phấn đấu 100% thôn có sóng 5G; "
        "tỷ lệ trạm dùng chung đạt tối thiểu 45%; ngầm hóa tối thiểu 50% cáp trên tuyến phố.\n"
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [
        ("100", "31"),
        ("45", "31"),
        ("50", "31"),
    ]


def test_the_bracket_after_the_end_of_a_year_compared_with_is_that_years():
    text = report(
        "II. KẾT QUẢ\n(Số liệu tính đến ngày 30/11/2025)\n24/27 thôn có sóng 5G, tăng 05 thôn so "
        "với cuối năm 2024 (19/27 thôn).\n"
    )
    found = [(f.raw_token, f.period_start, f.as_of) for f in facts_of(text)]
    assert found == [("24/27", 2025, date(2025, 11, 30)), ("19/27", 2024, None)]


def cluster_report(body: str) -> str:
    """A commune's year-end report written as head of an emulation cluster of communes."""
    return (
        "ỦY BAN NHÂN DÂN\nXÃ VĨNH BẢO\nCỤM TRƯỞNG CỤM THI ĐUA SỐ 5\n\nSố: 03/BC-UBND\n\n"
        "Vĩnh Bảo, ngày 10 tháng 01 năm 2030\n\nBÁO CÁO\n"
        "Tổng kết thi đua chuyển đổi số năm 2029 của Cụm thi đua số 5\n\n"
        f"{body}\n"
    )


def test_an_emulation_clusters_own_figures_belong_to_no_commune():
    text = cluster_report(
        "I. KẾT QUẢ\nNăm 2029, toàn Cụm duy trì 64 tổ công nghệ số cộng đồng; tỷ lệ hồ sơ trực "
        "tuyến bình quân Cụm đạt 91,4%, xã Vĩnh Bảo đạt 95,2%; Cụm tổ chức 03 đợt tập huấn.\n"
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [
        ("64", None),
        ("91,4", None),
        ("95,2", "11824"),
        ("03", None),
    ]


def test_a_place_called_a_cluster_inside_a_ward_is_still_the_wards():
    text = report("1. Kết quả\nCụm dân cư số 2 có 140 hộ gia đình sử dụng cáp quang.\n")
    assert only(text).ward_code == "11533"


def test_the_items_under_a_lead_in_spoken_for_a_group_of_communes_have_no_owner():
    text = cluster_report(
        "II. PHƯƠNG HƯỚNG NĂM 2030\nNăm 2030, các xã trong Cụm thống nhất phấn đấu:\n"
        "- 100% thôn có điểm Wi-Fi công cộng;\n- Có ít nhất 02 mô hình chợ số.\n"
    )
    assert [(f.raw_token, f.kind, f.ward_code) for f in facts_of(text)] == [
        ("100", "target", None),
        ("02", "target", None),
    ]


def test_a_sum_over_communes_counted_before_it_has_no_owner():
    text = cluster_report(
        "II. PHƯƠNG HƯỚNG\nDự kiến tổng kinh phí năm 2030 của 05 xã khoảng 4,2 tỷ đồng.\n"
    )
    fact = only(text)
    assert (fact.value, fact.unit, fact.ward_code) == (4.2, "vnd_billion", None)


def test_a_sum_right_after_a_commune_whose_name_ends_on_ky_is_no_term_number():
    text = cluster_report(
        "I. KẾT QUẢ\nKinh phí các xã chi cho chuyển đổi số năm 2029: xã Vĩnh Bảo 1,3 tỷ đồng, "
        "xã Tân Kỳ 2,4 tỷ đồng.\n"
    )
    assert [(f.raw_token, f.unit, f.ward_code) for f in facts_of(text)] == [
        ("1,3", "vnd_billion", "11824"),
        ("2,4", "vnd_billion", "11113"),
    ]


def test_an_estimate_as_subject_and_staff_allotted_are_targets_beside_their_results():
    text = report(
        "II. KẾT QUẢ\n- Dự toán kinh phí cải cách hành chính năm 2025 là 860 triệu đồng; đến "
        "nay đã giải ngân 412 triệu đồng.\n- Biên chế công chức được giao năm 2025 là 58 "
        "người; hiện có 55 công chức.\n"
    )
    assert [(f.raw_token, f.kind) for f in facts_of(text)] == [
        ("860", "target"),
        ("412", "actual"),
        ("58", "target"),
        ("55", "actual"),
    ]


def test_a_bracket_opening_on_the_rule_gives_the_time_limit_beside_the_time_taken():
    text = report(
        "II. KẾT QUẢ\n- Thời gian giải quyết hồ sơ hộ tịch bình quân 0,8 ngày làm việc/hồ sơ; "
        "riêng hồ sơ xây dựng bình quân 9,2 ngày làm việc/hồ sơ (quy định tối đa 12 ngày làm "
        "việc).\n"
    )
    assert [(f.raw_token, f.unit, f.kind, f.comparator) for f in facts_of(text)] == [
        ("0,8", "ngày", "actual", "eq"),
        ("9,2", "ngày", "actual", "eq"),
        ("12", "ngày", "target", "le"),
    ]


def test_the_share_that_communes_counted_within_their_cluster_completed_defines_them():
    text = cluster_report(
        "I. KẾT QUẢ\nNăm 2029, 04/05 xã trong Cụm hoàn thành 100% chỉ tiêu được giao.\n"
    )
    assert rejections(text)["100"] == "group_definition"


def test_the_top_group_that_communes_counted_must_enter_is_no_rank():
    text = cluster_report(
        "II. PHƯƠNG HƯỚNG NĂM 2030\n- Phấn đấu có ít nhất 02 xã thuộc tốp 20 toàn thành phố.\n"
    )
    assert rejections(text)["20"] == "group_definition"
    assert [(f.raw_token, f.kind) for f in facts_of(text)] == [("02", "target")]


def test_the_residential_groups_where_counted_times_of_help_took_place_are_no_count():
    text = report(
        "II. KẾT QUẢ\n- Tổ công nghệ số đã hướng dẫn 926 lượt người dân cài đặt VNeID tại 31 tổ "
        "dân phố.\n"
    )
    assert rejections(text)["31"] == "group_definition"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("926", "persons")]


def test_a_count_of_communes_in_a_communes_report_is_a_groups_or_all_of_them_the_citys():
    text = cluster_report(
        "I. KẾT QUẢ\n- Về số hóa: 100% kết quả giải quyết TTHC của xã Vĩnh Bảo được số hóa; "
        "04/05 xã đạt từ 95% trở lên.\n- Tính đến ngày 31/12/2029, 88/114 xã, phường, đặc khu "
        "đã kết nối camera với Trung tâm IOC.\n"
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [
        ("100", "11824"),
        ("04/05", None),
        ("88/114", "31"),
    ]


def test_past_the_bracket_of_its_other_year_a_sentence_goes_on_with_its_commune():
    text = cluster_report(
        "I. KẾT QUẢ\nTỷ lệ thanh toán trực tuyến: xã Vĩnh Bảo đạt 72,1%; riêng xã Tân Kỳ mới đạt "
        "58,3% (năm 2028: 49,6%), chưa đạt chỉ tiêu thành phố giao (từ 65% trở lên).\n"
    )
    assert [(f.raw_token, f.kind, f.ward_code) for f in facts_of(text)] == [
        ("72,1", "actual", "11824"),
        ("58,3", "actual", "11113"),
        ("49,6", "actual", "11113"),
        ("65", "target", "11113"),
    ]


def test_an_archives_boxes_and_a_table_column_headed_hop_count_boxes():
    text = report(
        "I. THỰC TRẠNG\n1. Kho lưu trữ của phường đang bảo quản 96,5 mét giá, tương đương 812 hộp "
        "tài liệu.\n"
        "Bảng 1. Tài liệu theo phông\n| STT | Phông | Mét giá | Hộp |\n|---|---|---|---|\n"
        "| 1 | Phông UBND phường | 40,2 | 344 |\n"
    )
    found = {f.raw_token: f.unit for f in facts_of(text)}
    assert found["812"] == "boxes" and found["344"] == "boxes"


def test_a_former_units_row_keeps_no_code_past_a_bracket_naming_the_part_handed_over():
    text = report(
        "I. THỰC TRẠNG\nBảng 1. Tài liệu tiếp nhận từ các đơn vị cũ\n"
        "| STT | Đơn vị hình thành phông | Mét giá | Số trang |\n|---|---|---|---|\n"
        "| 1 | UBND phường Quang Trung (cũ) (phần bàn giao) | 18,4 | 96.200 |\n"
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [
        ("18,4", None),
        ("96.200", None),
    ]


def test_a_scanners_rated_speed_a_planning_norm_and_an_estimates_sample_are_no_values():
    text = plan(
        "II. NHIỆM VỤ\n1. Thuê 02 máy quét tốc độ 50 trang/phút; định mức năng suất 160 "
        "trang/ngày/người.\n2. Số trang được ước tính bằng kiểm đếm xác suất 15% số cặp hồ sơ.\n"
    )
    reasons = rejections(text)
    assert reasons["50"] == reasons["160"] == reasons["15"] == "indicator_qualifier"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("02", "machines")]


def test_full_time_and_part_time_staff_a_contractors_workers_are_persons_both_bounded():
    text = plan(
        "II. NHIỆM VỤ\n1. Bố trí 04 công chức (03 chuyên trách, 01 kiêm nhiệm) làm công tác số hóa.\n"
        "2. Nhà thầu bố trí tối thiểu 06 nhân công và 03 máy quét tại kho.\n"
    )
    assert [(f.raw_token, f.unit, f.comparator) for f in facts_of(text)] == [
        ("04", "persons", "eq"),
        ("03", "persons", "eq"),
        ("01", "persons", "eq"),
        ("06", "persons", "ge"),
        ("03", "machines", "ge"),
    ]


def test_a_yield_per_hectare_doses_and_shelves_keep_their_measure_word():
    text = report(
        "I. KẾT QUẢ\n- Năng suất lúa vụ Xuân đạt 63,4 tạ/ha; đã tiêm 12.300 liều vắc xin cúm "
        "gia cầm; kho có 08 giá di động.\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("63,4", "tạ/ha"),
        ("12.300", "liều"),
        ("08", "giá"),
    ]


def test_an_area_sown_or_cleared_and_its_plan_in_brackets_are_values():
    text = report(
        "I. KẾT QUẢ\n- Vụ Đông đã gieo trồng 215,4 ha, đạt 102,6% kế hoạch (kế hoạch: 210 ha); "
        "dự án đường liên thôn đã giải phóng mặt bằng 2,75 ha.\n"
    )
    assert [(f.raw_token, f.unit, f.kind) for f in facts_of(text)] == [
        ("215,4", "ha", "actual"),
        ("102,6", "percent", "actual"),
        ("210", "ha", "target"),
        ("2,75", "ha", "actual"),
    ]


def test_a_speed_target_labelled_with_its_bound_and_an_estimates_bracket_are_targets():
    text = report(
        "I. KẾT QUẢ\n- Tốc độ Internet cố định tại trụ sở đạt 512,3 Mbps (chỉ tiêu: từ 400 Mbps "
        "trở lên).\n- Kinh phí chuyển đổi số đã chi 0,92 tỷ đồng, đạt 76,7% dự toán năm "
        "(1,2 tỷ đồng).\n- Số hộ nghèo còn 41 hộ (0,52%), đạt chỉ tiêu Nghị quyết HĐND phường giao "
        "(tỷ lệ hộ nghèo dưới 0,6%).\n"
    )
    found = {f.raw_token: (f.kind, f.comparator, f.as_of) for f in facts_of(text)}
    assert found["400"] == ("target", "ge", None)
    assert found["1,2"] == ("target", "eq", None)
    assert found["0,6"] == ("target", "lt", None)


def test_a_start_value_and_its_rate_before_a_fall_by_years_start_have_no_cut_off():
    text = report(
        "(Số liệu tính đến ngày 20/11/2025)\nI. KẾT QUẢ\n- Số hộ nghèo giảm từ 64 hộ (0,95%) "
        "đầu năm xuống còn 38 hộ (0,56%).\n"
    )
    found = {f.raw_token: f.as_of for f in facts_of(text)}
    assert found["64"] is None and found["0,95"] is None
    assert found["38"] == date(2025, 11, 20)


def test_the_year_of_archive_work_inspected_dates_the_rank_it_gave():
    text = plan(
        "I. THỰC TRẠNG\nTheo kết quả kiểm tra công tác văn thư, lưu trữ năm 2025 của Sở Nội vụ, "
        "phường xếp thứ 21/114 xã, phường, đặc khu.\n"
    )
    fact = only(text)
    assert (fact.unit, fact.period_start, fact.period_end) == ("rank", 2025, 2025)


def test_the_years_a_numbered_group_of_records_spans_are_neither_its_period_nor_its_cut_off():
    text = plan(
        "I. THỰC TRẠNG\n1. Khối lượng tài liệu (số liệu tính đến ngày 31/12/2025)\n"
        "Tài liệu chia thành 02 nhóm: nhóm 1 từ năm 2005 đến ngày 30/6/2020 có 41,5 mét giá; "
        "nhóm 2 từ ngày 01/7/2020 đến ngày 31/12/2025 có 12,3 mét giá.\n"
    )
    found = {f.raw_token: (f.period_start, f.period_end, f.as_of) for f in facts_of(text)}
    assert found["41,5"] == (2025, 2025, date(2025, 12, 31))


def test_a_devices_memory_drives_ratings_and_channels_are_its_specification():
    text = report(
        "II. HIỆN TRẠNG\n"
        "1. Phường có 35 máy tính; các máy mới có RAM 32 GB, ổ SSD 1.000 GB; máy cũ dùng ổ cứng "
        "HDD 320 GB. Có 12 máy có RAM dưới 4 GB.\n"
        "2. Có 03 máy scan (tốc độ 50 trang/phút, quét 2 mặt) và 02 bộ lưu điện 2 kVA (lưu điện "
        "khoảng 10 phút ở mức tải 60%).\n"
        "3. Có 05 đầu ghi 8 kênh và 16 kênh; 04 bộ phát Wi-Fi 7 đặt tại hội trường; 01 thiết bị "
        "NAS (04 ổ cứng 2 TB).\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("35", "machines"),
        ("12", "machines"),
        ("03", "machines"),
        ("02", "bộ"),
        ("05", "đầu ghi"),
        ("04", "bộ"),
        ("01", "machines"),
    ]
    found = rejections(text)
    assert [found[token] for token in ("32", "1.000", "320", "50", "60")] == [
        "indicator_qualifier"
    ] * 5
    assert (found["7"], found["4"]) == ("technology", "group_definition")


def test_what_each_counter_has_is_a_rule_on_each_and_the_total_counts():
    text = report(
        "II. KẾT QUẢ\n- Bộ phận một cửa có 05 quầy, mỗi quầy có 01 màn hình tra cứu "
        "(tổng số 05 màn hình).\n"
    )
    assert rejections(text)["01"] == "indicator_qualifier"
    assert [f.raw_token for f in facts_of(text)] == ["05", "05"]


def test_a_lines_contracted_speed_column_qualifies_it_and_the_measured_ones_take_the_day():
    text = report(
        "(Số liệu tính đến ngày 30/11/2025)\n"
        "II. KẾT QUẢ\n"
        "Bảng 2. Kết quả đo kiểm đường truyền tại các điểm ngày 14/11/2025\n"
        "| STT | Điểm đo | Tốc độ cam kết (Mbps) | Tải xuống (Mbps) | Độ trễ (ms) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Nhà văn hóa tổ dân phố số 3 | 200 | 176,4 | 12 |\n"
    )
    assert rejections(text)["200"] == "speed_threshold"
    assert [(f.raw_token, f.unit, str(f.as_of)) for f in facts_of(text)] == [
        ("176,4", "mbps", "2025-11-14"),
        ("12", "ms", "2025-11-14"),
    ]


def test_when_machines_were_bought_or_put_into_use_gives_no_period():
    text = report(
        "(Số liệu tính đến ngày 30/11/2025)\n"
        "II. KẾT QUẢ\n- Có 14 máy tính đã dùng trên 5 năm (mua trước năm 2020); 02 máy chủ (đưa "
        "vào sử dụng năm 2019) và 06 bộ chuyển mạch.\n"
    )
    assert [(f.raw_token, f.period_end, str(f.as_of)) for f in facts_of(text)] == [
        ("14", 2025, "2025-11-30"),
        ("02", 2025, "2025-11-30"),
        ("06", 2025, "2025-11-30"),
    ]


def test_the_labelled_parts_a_bracket_splits_a_count_into_count_its_noun():
    text = report(
        "II. KẾT QUẢ\n- Phường có 30 camera an ninh (nhà văn hóa 04, Công an phường 02, các tổ "
        "dân phố 24) và 05 đường truyền cáp quang (Viettel 03, VNPT 02).\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("30", "cameras"),
        ("04", "cameras"),
        ("02", "cameras"),
        ("24", "cameras"),
        ("05", "đường truyền"),
        ("03", "đường truyền"),
        ("02", "đường truyền"),
    ]


def test_a_disruption_bound_says_which_incidents_a_target_means():
    text = plan(
        "II. MỤC TIÊU\n- Không để xảy ra sự cố an toàn thông tin làm gián đoạn dịch vụ quá 8 giờ; "
        "100% máy tính được cài phần mềm diệt virus.\n"
    )
    assert rejections(text)["8"] == "group_definition"


def test_an_estimate_given_for_a_task_named_with_a_comma_is_a_target():
    fact = next(
        f
        for f in facts_of(
            report(
                "(Số liệu tính đến ngày 30/11/2025)\nII. KINH PHÍ\nDự toán giao năm 2025 cho "
                "nhiệm vụ ứng dụng CNTT, cải cách hành chính của phường là 320 triệu đồng; đã "
                "giải ngân 250 triệu đồng.\n"
            )
        )
        if f.raw_token == "320"
    )
    assert (fact.kind, fact.as_of, fact.unit) == ("target", None, "vnd_million")


def test_a_hyphenated_loanword_is_a_whole_noun_and_a_budget_item_can_open_on_a_measure_word():
    text = plan(
        "II. NHIỆM VỤ\n- Lắp đặt 03 ki-ốt thông tin tại bộ phận một cửa.\n"
        "Bảng 1. Dự toán mua sắm năm 2026\n"
        "| STT | Nội dung | Đơn vị tính | Số lượng | Thành tiền (triệu đồng) |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Bộ chuyển mạch 24 cổng | Bộ | 04 | 36,0 |\n"
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("03", "ki-ốt"),
        ("04", "bộ"),
        ("36,0", "vnd_million"),
    ]


def test_the_level_now_in_a_targets_bracket_is_a_result_of_the_cut_offs_year_at_no_cut_off():
    text = report(
        "(Số liệu tính đến ngày 30/11/2025)\nIII. MỤC TIÊU NĂM 2026\nNăm 2026, UBND phường "
        "phấn đấu:\n- 100% máy tính có phần mềm diệt virus bản quyền (hiện nay: 31/40 máy);\n"
    )
    assert [(f.raw_token, f.kind, f.period_end, f.as_of) for f in facts_of(text)] == [
        ("100", "target", 2026, None),
        ("31/40", "actual", 2025, None),
    ]


def test_prosecuted_cases_and_locked_accounts_are_counts_not_labels():
    text = report(
        "2. Xử lý vi phạm\nCông an phường đã khởi tố 03 vụ, 04 bị can; đề nghị khóa 12 tài khoản "
        "mạng xã hội giả mạo và khóa 230 thuê bao không chính chủ.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("03", "vụ"),
        ("04", "bị can"),
        ("12", "accounts"),
        ("230", "thuê bao"),
    ]


def test_a_change_restated_as_a_rate_before_its_comparison_is_a_change():
    text = report(
        "1. Tình hình\nTrong năm, phường tiếp nhận 28 vụ, giảm 4 vụ, tương đương giảm 12,5% so "
        "với cùng kỳ năm 2030.\n",
        year=2031,
    )
    assert rejections(text)["4"] == "descriptive_quantity"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("28", "vụ"), ("12,5", "percent")]


def test_a_bracket_opening_on_last_years_same_period_and_a_verb_is_that_years():
    text = report(
        "(Số liệu tính từ ngày 01/01/2031 đến hết ngày 31/10/2031)\nI. KẾT QUẢ\nPhường đã trả "
        "lại cho người dân 210 triệu đồng, đạt 9,8% (cùng kỳ năm 2030 trả lại 64 triệu đồng, "
        "đạt 3,2%).\n",
        year=2031,
    )
    found = {f.raw_token: (f.period_start, f.as_of) for f in facts_of(text)}
    assert found == {
        "210": (2031, date(2031, 10, 31)),
        "9,8": (2031, date(2031, 10, 31)),
        "64": (2030, None),
        "3,2": (2030, None),
    }


def test_a_targets_bracket_after_the_year_compared_with_is_a_target():
    text = report(
        "IV. PHƯƠNG HƯỚNG\nNăm 2032, phường phấn đấu giảm tối thiểu 20% số vụ lừa đảo so với năm "
        "2031 (chỉ tiêu chung của thành phố: giảm từ 10% trở lên).\n",
        year=2031,
    )
    found = {f.raw_token: (f.kind, f.period_start, f.ward_code) for f in facts_of(text)}
    assert found["10"] == ("target", 2032, "31")


def test_a_clause_or_a_sentence_opening_on_a_span_ended_before_the_cut_off_has_none():
    text = report(
        "(Số liệu tính từ ngày 01/01/2031 đến hết ngày 31/10/2031)\nI. KẾT QUẢ\nRiêng tháng "
        "10/2031 tiếp nhận 04 vụ; tháng 9/2031 tiếp nhận 03 vụ.\nTheo thông báo của Công an "
        "thành phố, 9 tháng năm 2031 toàn thành phố xảy ra 612 vụ; số vụ của phường chiếm khoảng "
        "2,1%.\n",
        year=2031,
    )
    assert [(f.raw_token, f.as_of) for f in facts_of(text)] == [
        ("04", date(2031, 10, 31)),
        ("03", None),
        ("612", None),
        ("2,1", None),
    ]


def test_a_typical_case_told_from_its_day_is_a_story():
    text = report(
        "1. Tình hình\nĐiển hình: ngày 05/8/2031, ông T.V.B. (71 tuổi, tổ dân phố số 4) bị đối "
        "tượng giả danh nhân viên ngân hàng gọi điện, yêu cầu chuyển 250 triệu đồng để nhận "
        "quà tri ân.\n",
        year=2031,
    )
    assert facts_of(text) == []
    assert rejections(text)["250"] == "descriptive_quantity"


def test_the_sources_a_sentence_opens_on_and_cases_by_their_loss_are_groups():
    text = report(
        "1. Kết quả\nTheo số liệu của 03 ngân hàng trên địa bàn, có 8.120 tài khoản đã đối chiếu "
        "sinh trắc học.\nIII. PHƯƠNG HƯỚNG\nNăm 2032, không để phát sinh quá 03 vụ lừa đảo mới "
        "có thiệt hại từ 50 triệu đồng trở lên.\n",
        year=2031,
    )
    assert rejections(text)["50"] == "group_definition"
    assert [(f.raw_token, f.unit, f.comparator) for f in facts_of(text)] == [
        ("8.120", "accounts", "eq"),
        ("03", "vụ", "le"),
    ]
    assert [r.reason for r in extract_text(text, "s.txt").rejected if r.raw_token == "03"] == [
        "group_definition"
    ]


def test_a_title_in_quotes_of_things_just_counted_is_a_name_and_their_units():
    text = report(
        '3. Tuyên truyền\nPhát 300 tờ rơi và dán 150 áp phích "5 bước an toàn khi giao dịch '
        'trực tuyến"; đăng 25 tin về thủ đoạn mới.\n',
        year=2031,
    )
    assert rejections(text)["5"] == "name_or_address"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("300", "leaflets"),
        ("150", "áp phích"),
        ("25", "tin"),
    ]


def test_a_level_now_beside_a_target_is_the_reports_year_with_no_cut_off():
    text = report(
        "(Số liệu tính từ ngày 01/01/2031 đến hết ngày 31/10/2031)\nIII. PHƯƠNG HƯỚNG\n"
        "Năm 2032, phường phấn đấu:\n- 100% tài khoản thanh toán của người dân được đối chiếu "
        "sinh trắc học (hiện nay: 87,5%);\n",
        year=2031,
    )
    found = {f.raw_token: (f.kind, f.period_start, f.as_of) for f in facts_of(text)}
    assert found["87,5"] == ("actual", 2031, None)


def test_a_sum_from_the_funds_of_a_plan_named_by_its_number_takes_their_year():
    text = report(
        "V. KIẾN NGHỊ\n- Đề nghị UBND phường bố trí 60 triệu đồng từ nguồn kinh phí thực hiện "
        "Đề án 06 năm 2032 để in tài liệu tuyên truyền.\n",
        year=2031,
    )
    found = only(text)
    assert (found.value, found.kind, found.period_start, found.period_end) == (
        60,
        "target",
        2032,
        2032,
    )


def test_a_notices_section_on_its_scale_and_bands_gives_no_values():
    text = report(
        "I. TIÊU CHÍ, THANG ĐIỂM VÀ CÁCH XẾP LOẠI\n"
        "1. Mỗi thôn được chấm theo 03 nhóm tiêu chí, tổng 100 điểm: hạ tầng số (40 điểm); "
        "dịch vụ công trực tuyến (35 điểm, tỷ lệ từ 85% trở lên tính điểm tối đa); thanh toán "
        "không dùng tiền mặt (25 điểm). Mô hình hay được cộng tối đa 03 điểm.\n"
        "II. KẾT QUẢ XẾP LOẠI\nThôn Đông Lâm đạt 91,5 điểm, xếp thứ nhất.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit, f.kind) for f in facts_of(text)] == [("91,5", "points", "actual")]


def test_names_after_la_end_where_a_clause_in_lower_case_goes_on():
    text = report(
        "2. Kết quả của các tổ dân phố\nCòn 02 tổ dân phố chưa đạt là Đông Hòa 3 và Tây Sơn, "
        "cả 02 tổ đều có tỷ lệ hộ dùng ví điện tử dưới 60%; tỷ lệ chung của phường đạt 81,2%.\n",
        year=2031,
    )
    assert [r.reason for r in extract_text(text, "s.txt").rejected if r.raw_token == "02"] == [
        "name_or_address",
        "group_definition",
    ]
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("81,2", "percent")]


def test_a_difference_in_points_past_the_year_compared_with():
    text = report(
        "1. Kết quả\nĐiểm bình quân của các tổ dân phố đạt 81,6 điểm, thấp hơn năm 2030 là "
        "2,3 điểm.\n",
        year=2031,
    )
    assert rejections(text)["2,3"] == "descriptive_quantity"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("81,6", "points")]


def test_the_second_of_two_groups_whose_results_a_caption_shows_names_them():
    text = report(
        "3. Kết quả các tổ dân phố\n"
        "Bảng 1. Số liệu của 05 tổ dân phố đạt chuẩn và 02 tổ dân phố chưa đạt chuẩn:\n"
        "| Tổ dân phố | Tỷ lệ hồ sơ trực tuyến (%) |\n|---|---|\n| Đông Hòa | 91,2 |\n"
        "| Tây Sơn | 62,4 |\n",
        year=2031,
    )
    assert rejections(text)["02"] == "group_definition"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("91,2", "percent"),
        ("62,4", "percent"),
    ]


def test_the_villages_in_a_bracket_after_the_whole_commune_are_its_parts():
    text = report(
        "1. Kết quả\nBình quân toàn xã (18 thôn): tỷ lệ hộ có Internet cáp quang 84,1%.\n",
        year=2031,
    )
    assert rejections(text)["18"] == "administrative_structure"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("84,1", "percent")]


def test_the_bar_of_the_bodies_a_notice_reminds_is_a_group():
    text = report(
        "III. NHẮC NHỞ\n2. Phê bình Trường Tiểu học An Hòa, Trạm Y tế phường (điểm thẩm định "
        "dưới 70 điểm) và yêu cầu người đứng đầu báo cáo giải trình.\n",
        year=2031,
    )
    assert rejections(text)["70"] == "group_definition"
    assert facts_of(text) == []


def test_an_estimate_given_at_the_years_start_in_brackets_is_a_target():
    text = report(
        "1. Kết quả chung\nTính đến ngày 30/11/2031, kinh phí chi cho chuyển đổi số của "
        "phường là 850 triệu đồng, bằng 85% dự toán giao đầu năm (1 tỷ đồng).\n",
        year=2031,
    )
    found = {f.raw_token: (f.kind, f.unit, f.as_of) for f in facts_of(text)}
    assert found["1"] == ("target", "vnd_billion", None)
    assert found["850"] == ("actual", "vnd_million", date(2031, 11, 30))


def test_the_rate_in_a_budget_lines_working_is_a_qualifier_and_its_sum_the_value():
    text = plan(
        "IV. KINH PHÍ\n- Bồi dưỡng tổ viên (24 buổi × 02 người × 150.000 đồng): 7,2 triệu đồng;\n",
        year=2031,
    )
    assert rejections(text)["150.000"] == "indicator_qualifier"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("24", "sessions"),
        ("02", "persons"),
        ("7,2", "vnd_million"),
    ]


def test_every_count_of_an_item_on_who_makes_up_each_team_is_schedule():
    text = plan(
        "III. TỔ CÔNG TÁC\n1. Phường lập 04 tổ công tác.\n2. Thành phần mỗi tổ (03 thành viên): "
        "01 công chức Văn hóa - Xã hội; 01 cán bộ Công an phường; 01 đoàn viên thanh niên.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("04", "teams")]
    assert [
        r.reason for r in extract_text(text, "s.txt").rejected if r.raw_token in {"03", "01"}
    ] == ["schedule"] * 4


def test_a_floor_is_shared_by_a_list_of_counts_of_other_things_closing_on_and():
    text = plan(
        "II. CHỈ TIÊU\n- Mỗi tháng: hướng dẫn tối thiểu 120 hồ sơ, 300 lượt người dân và 45 tài "
        "khoản được kích hoạt.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit, f.comparator) for f in facts_of(text)] == [
        ("120", "dossiers", "ge"),
        ("300", "persons", "ge"),
        ("45", "accounts", "ge"),
    ]


def test_what_a_count_still_lacks_against_the_whole_it_is_a_share_of_is_a_gap():
    text = report(
        "1. Kết quả\nĐến nay có 6.210 công dân đã kích hoạt tài khoản, đạt 84,6% số công dân thuộc "
        "diện; còn thiếu khoảng 1.130 tài khoản so với số công dân thuộc diện.\n",
        year=2031,
    )
    assert rejections(text)["1.130"] == "descriptive_quantity"
    assert [f.raw_token for f in facts_of(text)] == ["6.210", "84,6"]


def test_rounds_per_span_after_each_village_are_a_frequency_not_its_number():
    text = plan(
        "II. CHỈ TIÊU\n- Mỗi năm tổ chức 36 đợt, mỗi thôn 02 đợt/năm.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("36", "sessions"),
        ("02", "times_per_year"),
    ]


def test_a_reward_proposed_for_several_kinds_of_unit_meeting_its_terms_is_a_group():
    text = plan(
        "V. TỔ CHỨC THỰC HIỆN\n1. Văn phòng UBND: đề xuất khen thưởng tổ, thôn hoàn thành 100% "
        "chỉ tiêu trước ngày 15/12/2031.\n",
        year=2031,
    )
    assert facts_of(text) == []
    assert rejections(text)["100"] == "group_definition"


def test_a_counts_share_per_place_in_the_bracket_after_it_is_how_it_is_worked_out():
    text = plan(
        "V. TỔ CHỨC THỰC HIỆN\n3. Hội Phụ nữ: huy động 36 hội viên (03 hội viên/thôn) hỗ trợ "
        "người dân.\n",
        year=2031,
    )
    assert rejections(text)["03"] == "indicator_qualifier"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("36", "persons")]


def test_the_floor_of_how_often_a_share_of_villages_is_served_is_its_bar():
    text = plan(
        "II. CHỈ TIÊU\n- Cả năm: 60 đợt (100% thôn được hỗ trợ ít nhất 03 đợt/năm).\n",
        year=2031,
    )
    assert rejections(text)["03"] == "group_definition"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("60", "sessions"),
        ("100", "percent"),
    ]


def test_what_a_full_day_counts_as_is_a_counting_rule():
    text = plan(
        "IV. KINH PHÍ\n1. Mức hỗ trợ: 90.000 đồng/người/buổi; buổi làm việc cả ngày tính là 02 "
        "buổi.\n",
        year=2031,
    )
    assert rejections(text)["02"] == "indicator_qualifier"
    assert facts_of(text) == []


def test_the_end_of_a_move_from_a_value_a_bracket_dates_keeps_the_sections_kind():
    text = plan(
        "II. MỤC TIÊU NĂM 2031\n1. Mục tiêu chung: mở rộng mô hình từ 05 tổ dân phố (năm 2030) "
        "lên 18/18 tổ dân phố.\n",
        year=2031,
    )
    found = {f.raw_token: (f.kind, f.period_start) for f in facts_of(text)}
    assert found == {"05": ("actual", 2030), "18/18": ("target", 2031)}


def test_a_rate_per_item_that_units_named_in_brackets_fall_below_is_their_bar():
    text = report(
        "3. Hạn chế\nCòn 04 tổ dân phố (Đông Hải, Tân Lập, Cẩm Khê, Hòa Liễu) có số hồ sơ bình "
        "quân dưới 20 hồ sơ/buổi.\n",
        year=2031,
    )
    assert rejections(text)["20"] == "group_definition"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("04", "residential_groups")]


def test_last_school_years_same_period_is_the_year_before_the_reports():
    text = report(
        "(Số liệu tính đến ngày 15/01/2031)\nII. KẾT QUẢ\n- Trường có 21 lớp sử dụng bảng "
        "tương tác (cùng kỳ năm học trước: 12 lớp); tỷ lệ giáo viên dùng học liệu số đạt 96,5% "
        "(cùng kỳ năm học trước đạt 90,2%).\n",
        year=2031,
    )
    found = {f.raw_token: (f.kind, f.period_start, f.period_end, f.as_of) for f in facts_of(text)}
    assert found["12"] == ("actual", 2030, 2030, None)
    assert found["90,2"] == ("actual", 2030, 2030, None)
    assert found["21"][1:3] == (2031, 2031)


def test_a_measures_column_of_last_school_years_same_period_holds_that_years_values():
    text = report(
        "(Số liệu tính đến ngày 15/01/2031)\nII. KẾT QUẢ\nBảng 1. Kết quả theo khối lớp:\n"
        "| Khối lớp | Đọc sách điện tử (%) | Đọc sách điện tử cùng kỳ năm học trước (%) |\n"
        "|---|---|---|\n| Toàn trường | 78,4 | 70,6 |\n",
        year=2031,
    )
    found = {f.raw_token: (f.kind, f.period_start, f.period_end, f.as_of) for f in facts_of(text)}
    assert found["70,6"] == ("actual", 2030, 2030, None)
    assert found["78,4"][1:3] == (2031, 2031)


def test_a_column_of_minutes_names_its_unit_in_its_header():
    text = report(
        "II. KẾT QUẢ\nBảng 1. Kết quả theo quầy:\n"
        "| STT | Quầy | Số lượt tiếp đón (lượt) | Thời gian chờ trung bình (phút) |\n"
        "|---|---|---|---|\n| 1 | Hộ tịch, chứng thực | 1.420 | 8 |\n| 2 | Đất đai | 512 | 19 |\n",
        year=2031,
    )
    found = {f.raw_token: f.unit for f in facts_of(text)}
    assert (found["8"], found["19"]) == ("phút", "phút")


def test_a_list_led_in_by_a_check_on_a_day_takes_that_day():
    text = report(
        "(Số liệu tính đến hết ngày 31/10/2031)\nIII. ĐỐI CHIẾU SỐ LIỆU\n"
        "- Kiểm tra trên Cổng dịch vụ công ngày 08/11/2031, số liệu như sau:\n"
        "+ Số hồ sơ trực tuyến: 2.417 hồ sơ;\n+ Tỷ lệ trả kết quả điện tử: 88,6%.\n",
        year=2031,
    )
    found = {f.raw_token: (f.period_start, f.as_of) for f in facts_of(text)}
    assert found["2.417"] == (2031, date(2031, 11, 8))
    assert found["88,6"] == (2031, date(2031, 11, 8))


def test_an_index_round_ended_before_the_cut_off_keeps_no_cut_off():
    text = report(
        "(Số liệu tính đến hết ngày 30/11/2031)\nII. KẾT QUẢ\n- Theo kết quả đánh giá Chỉ số "
        "cải cách hành chính, chuyển đổi số quý II/2031 do Sở Nội vụ công bố, phường đạt 81,5 "
        "điểm.\n",
        year=2031,
    )
    found = only(text)
    assert (found.value, found.period_start, found.as_of) == (81.5, 2031, None)


def test_a_floor_named_with_its_school_year_is_a_target_bound_in_both_shapes():
    text = report(
        "(Số liệu tính đến ngày 15/01/2031)\nII. KẾT QUẢ\n- Tốc độ tải xuống tại điểm lẻ chỉ đạt "
        "142,5 Mbps (mức tối thiểu xã giao năm học 2030 - 2031: 150 Mbps).\nIII. HẠN CHẾ\n"
        "- Đường truyền tại điểm lẻ thấp hơn mức tối thiểu xã giao năm học 2030 - 2031 (180 Mbps).\n",
        year=2031,
    )
    found = {
        f.raw_token: (f.kind, f.comparator, f.period_start, f.period_end, f.as_of)
        for f in facts_of(text)
    }
    assert found["150"] == ("target", "ge", 2030, 2031, None)
    assert found["180"] == ("target", "ge", 2030, 2031, None)


def test_a_change_under_a_heading_comparing_with_a_year_starts_from_that_years_value():
    text = report(
        "(Số liệu tính đến hết ngày 31/10/2031)\nIII. SO SÁNH VỚI KẾT QUẢ KIỂM TRA NĂM 2030\n"
        "- Tỷ lệ hồ sơ đúng hạn tăng từ 91,2% lên 97,6%.\n",
        year=2031,
    )
    found = {f.raw_token: (f.period_start, f.period_end, f.as_of) for f in facts_of(text)}
    assert found["91,2"] == (2030, 2030, None)
    assert found["97,6"] == (2031, 2031, date(2031, 10, 31))


def test_a_count_a_unit_left_out_is_the_reason_of_a_gap_and_a_random_sample_a_base():
    text = report(
        "III. ĐỐI CHIẾU\n+ Số hộ kinh doanh dùng hóa đơn điện tử: 412 hộ (chênh lệch do phường "
        "chưa tính 37 hộ tạm ngừng kinh doanh);\n- Năm 2030, trong 80 hồ sơ kiểm tra ngẫu "
        "nhiên có 6 hồ sơ thiếu giấy tờ.\n",
        year=2031,
    )
    found = rejections(text)
    assert found["37"] == "descriptive_quantity"
    assert found["80"] == "indicator_qualifier"
    assert [f.raw_token for f in facts_of(text)] == ["412", "6"]


def test_teachers_who_finished_at_least_one_course_are_counted_not_the_course():
    text = report(
        "II. KẾT QUẢ\n- Có 27 giáo viên và 06 nhân viên hoàn thành ít nhất 01 khóa học trên nền "
        "tảng học trực tuyến mở.\n",
        year=2031,
    )
    assert rejections(text)["01"] == "group_definition"
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [("27", "persons"), ("06", "persons")]


def test_a_change_against_a_past_school_years_term_ends_in_the_reports_year():
    text = report(
        "(Số liệu tính đến ngày 15/01/2031)\nII. KẾT QUẢ\nSo với học kỳ I năm học 2029 - 2030, "
        "tỷ lệ học sinh đọc sách điện tử tăng từ 61,2% lên 74,8%.\n",
        year=2031,
    )
    found = {f.raw_token: (f.period_start, f.period_end, f.as_of) for f in facts_of(text)}
    assert found["61,2"] == (2030, 2030, None)
    assert found["74,8"] == (2031, 2031, date(2031, 1, 15))


def test_the_bare_start_of_a_change_shares_the_noun_of_its_end():
    text = report(
        "II. KẾT QUẢ\n- So với cùng kỳ năm trước, số lớp học có bảng tương tác tăng từ 07 lên 12 "
        "lớp học; số hộ kinh doanh bán hàng qua sàn tăng từ 45 lên 63 hộ.\n",
        year=2031,
    )
    found = {f.raw_token: (f.unit, f.period_start) for f in facts_of(text)}
    assert found["07"] == ("classes", 2030)
    assert found["12"] == ("classes", 2031)
    assert found["45"] == ("businesses", 2030)
    assert found["63"] == ("businesses", 2031)


def test_a_semesters_target_and_result_in_a_school_report():
    text = report(
        "(Số liệu tính đến ngày 15/01/2031)\nII. KẾT QUẢ\n- Tỷ lệ học sinh nộp bài trực tuyến "
        "đạt 78,2%, chưa đạt chỉ tiêu học kỳ I nhà trường đề ra (từ 80% trở lên).\n"
        "III. PHƯƠNG HƯỚNG HỌC KỲ II\nNhà trường phấn đấu:\n- Tỷ lệ học sinh nộp bài trực tuyến "
        "đạt từ 85% trở lên (học kỳ I đạt 78,2%);\n",
        year=2031,
    )
    found = [(f.raw_token, f.kind, f.comparator, f.as_of) for f in facts_of(text)]
    assert found == [
        ("78,2", "actual", "eq", date(2031, 1, 15)),
        ("80", "target", "ge", None),
        ("85", "target", "ge", None),
        ("78,2", "actual", "eq", date(2031, 1, 15)),
    ]


def test_videos_of_lessons_count_videos_and_lessons_count_lessons():
    text = report(
        "II. KẾT QUẢ\n- Thư viện số có 845 bài giảng điện tử và 126 video bài giảng.\n",
        year=2031,
    )
    assert [(f.raw_token, f.unit) for f in facts_of(text)] == [
        ("845", "bài giảng"),
        ("126", "video"),
    ]


def test_an_earlier_quarters_place_in_a_bracket_after_a_rank_is_a_rank():
    text = report(
        "(Số liệu tính đến hết ngày 30/11/2031)\nII. KẾT QUẢ\n- Phường xếp thứ 18/114 xã, "
        "phường, đặc khu (quý II/2031: thứ 27).\n",
        year=2031,
    )
    found = {f.raw_token: (f.unit, f.period_start) for f in facts_of(text)}
    assert found["27"] == ("rank", 2031)


def test_a_lettered_items_second_paragraph_keeps_the_lead_ins_cut_off():
    text = report(
        "II. KẾT QUẢ\n1. Kết quả của thôn (số liệu tính đến ngày 30/9/2031):\n"
        "a) Về hạ tầng số: thôn có 140 hộ dùng cáp quang, trong đó 96 hộ dùng gói cước tốc "
        "độ cao; các hộ còn lại dùng mạng di động.\n"
        "Thôn xếp thứ 2/12 thôn của xã về tỷ lệ hộ dùng cáp quang.\n"
        "b) Về đào tạo kỹ năng số: thôn mở 03 lớp kỹ năng số cho người dân, chủ yếu vào buổi "
        "tối các ngày cuối tuần.\n",
        year=2031,
    )
    found = {f.raw_token: (f.unit, f.as_of) for f in facts_of(text)}
    assert found["140"] == ("households", date(2031, 9, 30))
    assert found["2/12"] == ("rank", date(2031, 9, 30))
    assert found["03"][1] == date(2031, 9, 30)


def test_an_item_opening_on_a_quarters_scoring_round_has_no_later_cut_off():
    text = report(
        "II. KẾT QUẢ\n1. Kết quả của thôn (số liệu tính đến ngày 30/9/2031):\n"
        "a) Kết quả chấm điểm chuyển đổi số các thôn quý II/2031 do UBND xã công bố: thôn "
        "xếp thứ 4/12.\n",
        year=2031,
    )
    fact = only(text)
    assert (fact.raw_token, fact.unit, fact.as_of) == ("4/12", "rank", None)


def test_households_present_at_and_voting_in_a_residents_meeting_are_no_facts():
    text = report(
        "I. THÀNH PHẦN\n- Đại diện hộ gia đình: có mặt 152/170 hộ.\nII. BIỂU QUYẾT\n"
        "Hội nghị biểu quyết bằng hình thức giơ tay: 140/152 hộ tán thành, 08 hộ không tán "
        "thành, 04 hộ không biểu quyết.\nIII. KẾT QUẢ\nCòn 12 hộ không tán thành phương án "
        "bồi thường.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["12"]


def test_a_minutes_list_of_residents_remarks_holds_no_facts():
    text = report(
        "II. Ý KIẾN CỦA CÁC HỘ\n- Bà Trần Thị Nga (hộ số 21, ngõ 4): nhà tôi 6 người thì 5 "
        "người đã có tài khoản.\n- Ông Lê Văn Hùng (Trưởng thôn Đông): thôn Đông có 96 hộ "
        "dùng cáp quang.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["96"]


def test_a_community_tech_teams_size_in_brackets_is_no_fact():
    text = report(
        "II. KẾT QUẢ\n- Tổ công nghệ số cộng đồng thôn Bắc (05 thành viên) đã hướng dẫn 214 "
        "lượt người dân cài đặt VNeID.\n",
        year=2031,
    )
    assert [f.raw_token for f in facts_of(text)] == ["214"]


def test_the_member_each_household_sends_is_no_fact():
    text = report(
        "III. NHIỆM VỤ\n- Mỗi hộ cử 01 thành viên tham gia nhóm Zalo của thôn; phấn đấu 100% "
        "hộ tham gia.\n",
        year=2031,
    )
    fact = only(text)
    assert (fact.raw_token, fact.kind) == ("100", "target")


def test_a_request_to_a_named_carrier_to_upgrade_a_line_is_a_target():
    text = report(
        "II. KẾT QUẢ\nThôn đã đề nghị Viettel nâng cấp đường truyền tại nhà văn hóa lên 500 "
        "Mbps trong tháng 11/2031.\n",
        year=2031,
    )
    fact = only(text)
    assert (fact.raw_token, fact.unit, fact.kind) == ("500", "mbps", "target")


def test_a_goal_quoted_to_a_horizon_already_past_keeps_that_horizon():
    text = report(
        "(Số liệu tính đến ngày 30/6/2036)\nIII. ĐỐI CHIẾU MỤC TIÊU\n1. Chiến lược quốc gia đặt "
        "mục tiêu đến năm 2030: tỷ lệ người dân có chữ ký số đạt trên 70%.\nĐến năm 2030, tỷ lệ "
        "người dân có chữ ký số của phường đã đạt 64,2%; đến nay đạt 81,5%.\n",
        year=2036,
    )
    found = {f.raw_token: (f.kind, f.period_start, f.period_end, f.as_of) for f in facts_of(text)}
    assert found["70"] == ("target", 2030, 2030, None)
    assert found["64,2"] == ("actual", 2030, 2030, None)
    assert found["81,5"] == ("actual", 2036, 2036, date(2036, 6, 30))


def test_a_cited_programme_striving_to_a_horizon_gives_its_targets_that_horizon():
    text = report(
        "II. MỤC TIÊU\n- Kế hoạch số 15-KH/ĐU của Đảng ủy phường phấn đấu đến năm 2039: tỷ lệ "
        "hộ dùng ví điện tử đạt từ 85% trở lên.\n",
        year=2036,
    )
    fact = only(text)
    assert (fact.kind, fact.period_start, fact.period_end) == ("target", 2036, 2039)


def test_goals_a_central_resolution_sets_are_the_nations_clause_by_clause():
    text = report(
        "III. ĐỐI CHIẾU\n1. Nghị quyết số 57-NQ/TW đặt mục tiêu đến năm 2030: kinh tế số chiếm "
        "tối thiểu 30% GDP; tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo trên 40%.\n"
        "2. Tầm nhìn đến năm 2045: kinh tế số chiếm tối thiểu 50% GDP; Việt Nam thuộc nhóm 30 "
        "nước dẫn đầu thế giới về đổi mới sáng tạo.\n",
        year=2036,
    )
    found = [(f.raw_token, f.ward_code) for f in facts_of(text)]
    assert found[:2] == [("30", "VN"), ("40", "VN")]
    assert found[-1] == ("30", "VN")


def test_a_past_horizon_as_the_only_cue_after_a_goal_word_does_not_break_the_kind():
    text = report(
        "II. KẾT QUẢ\n- Chương trình đặt mục tiêu đến năm 2031 tỷ lệ hộ có Internet cáp quang "
        "đạt trên 90%.\n",
        year=2036,
    )
    assert [f.raw_token for f in facts_of(text)] == ["90"]


def test_a_bracket_after_a_years_target_of_a_named_programme_is_that_target():
    text = report(
        "(Số liệu tính đến ngày 30/6/2036)\nIV. HẠN CHẾ\n- Tỷ lệ hộ dùng ví điện tử mới đạt "
        "61,4%, chưa đạt chỉ tiêu năm 2036 của Chương trình hành động (từ 70% trở lên).\n",
        year=2036,
    )
    found = {f.raw_token: (f.kind, f.comparator, f.as_of) for f in facts_of(text)}
    assert found["70"] == ("target", "ge", None)
    assert found["61,4"] == ("actual", "eq", date(2036, 6, 30))


def test_the_whole_city_as_the_field_of_a_rank_does_not_own_the_next_clause():
    text = plan(
        "II. CHỈ TIÊU\n- Chỉ số DTI năm 2026 của phường phấn đấu vào tốp 15 toàn thành phố, "
        "tổng điểm đạt từ 740 điểm trở lên.\n",
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [
        ("15", "11533"),
        ("740", "11533"),
    ]


def test_a_value_past_the_close_of_a_city_target_bracket_is_the_wards_again():
    text = plan(
        "II. CHỈ TIÊU\n- Tỷ lệ hồ sơ thanh toán trực tuyến từ 80% trở lên (chỉ tiêu chung của "
        "thành phố năm 2026: từ 75% trở lên), riêng hồ sơ đất đai từ 85% trở lên.\n",
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [
        ("80", "11533"),
        ("75", "31"),
        ("85", "11533"),
    ]


def test_what_the_ward_does_with_a_city_centre_of_a_long_name_is_the_wards():
    text = report(
        "II. KẾT QUẢ\n- Phối hợp với Trung tâm Ứng dụng tiến bộ khoa học và công nghệ thành phố "
        "Hải Phòng chuyển giao 04 mô hình trồng rau thủy canh.\n",
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [("04", "11533")]


def test_a_groups_own_number_before_units_listed_respectively_is_no_address():
    text = report(
        "II. KẾT QUẢ\n- Trong Khối thi đua số 3, phường Lê Chân và phường An Biên lần lượt đạt "
        "91,2% và 88,7%.\n",
    )
    assert [(f.raw_token, f.ward_code) for f in facts_of(text)] == [
        ("91,2", "11383"),
        ("88,7", "11407"),
    ]
