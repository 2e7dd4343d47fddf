import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.numbers import (
    NUMBER_TOKEN,
    NumberFormatError,
    format_vietnamese,
    is_plausible,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("85,87", 85.87),  # decimal comma
        ("67.355", 67355),  # thousands dot
        ("142.300", 142300),
        ("87.7", 87.7),  # English decimal point
        ("90.9", 90.9),
        ("03", 3),  # leading zero
        ("01", 1),
        ("1,050", 1.05),  # Vietnamese decimal comma, not one thousand and fifty
        ("274,5", 274.5),
        ("1.234.567", 1234567),
        ("1.234,5", 1234.5),
        ("1,234,567", 1234567),
        ("1,234.5", 1234.5),
    ],
)
def test_vietnamese_and_english_formats(text, expected):
    assert parse_number(text) == pytest.approx(expected)


def test_a_rate_reads_a_three_digit_group_as_decimals():
    assert parse_number("12.345", decimal_dot_preferred=True) == pytest.approx(12.345)
    assert parse_number("12.345") == 12345


@pytest.mark.parametrize("text", ["", "abc", "1.2.3,4,5", "1,2,3", "12a"])
def test_garbage_is_refused(text):
    with pytest.raises(NumberFormatError):
        parse_number(text)


def test_hostile_magnitudes_are_not_plausible():
    assert not is_plausible(parse_number("999999999999999999999"))
    assert not is_plausible(float("inf"))
    assert is_plausible(67355)


def test_the_token_pattern_keeps_fractions_and_dates_whole():
    text = "đạt 67.355/76.724 người, ngày 09/10/2025, 5G, 85,87%"
    assert [m.group() for m in NUMBER_TOKEN.finditer(text)] == [
        "67.355/76.724",
        "09/10/2025",
        "5",
        "85,87",
    ]


@given(st.integers(min_value=0, max_value=10**12))
def test_integers_round_trip_through_vietnamese_thousands(value):
    assert parse_number(format_vietnamese(value, 0)) == value


@given(
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=1, max_value=99),
)
def test_decimals_round_trip_through_the_decimal_comma(whole, hundredths):
    value = whole + hundredths / 100
    text = format_vietnamese(value, 2)
    assert "," in text
    assert math.isclose(parse_number(text), value, rel_tol=1e-12)


@given(st.from_regex(r"\A[0-9][0-9.,]{0,20}\Z"))
def test_parser_never_crashes_on_digit_soup(text):
    try:
        value = parse_number(text)
    except NumberFormatError:
        return
    assert math.isfinite(value) and value >= 0
