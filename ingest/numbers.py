"""Parsing numbers written the Vietnamese way (and English decimals that slip in)."""

from __future__ import annotations

import math
import re

# A numeric token: digits with internal "." / "," groups, optionally a fraction or date "/" chain;
# or thousands set apart by spaces ("12 480 hồ sơ", "1 850 triệu đồng"), only before a word in
# lower case or a percent sign, so that numbers side by side ("100 100 Gồm ...") stay apart.
# A transcript of speech writes a number as it was said: "96 phẩy 4 phần trăm" (96,4), "1 nghìn
# 500 hộ" (1.500).
# The pattern opens on a digit so that the scan skips ahead to digits.
NUMBER_TOKEN = re.compile(
    r"\d(?:(?<![\d.,]\d)\d{0,2} (?:phẩy \d{1,3}|nghìn \d{3})(?![\d.,/])"
    r"|(?<![\d.,]\d)\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d.,/])(?=[ \u00a0]?[a-zđ%])"
    r"|\d*(?:[.,]\d+)*(?:/\d+(?:[.,]\d+)*)*)"
)
_SPOKEN = re.compile(r"(\d{1,3}) (phẩy|nghìn) (\d{1,3})")
_GROUPED_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACE_GROUPS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?")

_THOUSANDS_DOT = re.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_COMMA = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_VN_MIXED = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")
_EN_MIXED = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")

# Beyond this a value is not a measurement but hostile or garbled input.
MAX_PLAUSIBLE = 1e15


class NumberFormatError(ValueError):
    """The text is not a number this parser understands."""


def parse_number(text: str, *, decimal_dot_preferred: bool = False) -> float:
    """Parse one number: `85,87` → 85.87, `67.355` → 67355, `87.7` → 87.7, `03` → 3.

    A comma is the Vietnamese decimal separator (`1,050` → 1.05) unless it repeats as a
    thousands separator (`1,234,567`). A single dot followed by exactly three digits is a
    thousands separator (`67.355`), unless `decimal_dot_preferred` is set (a rate cannot be
    67 355 %), in which case it reads as a decimal point.
    """
    text = text.strip()
    if text.isascii() and text.isdigit():  # most numbers: "2030", "45"
        return _finite(float(text), text)
    if spoken := _SPOKEN.fullmatch(text):
        whole, word, rest = spoken.groups()
        return float(f"{whole}.{rest}") if word == "phẩy" else int(whole) * 1000 + int(rest)
    if _SPACE_GROUPS.fullmatch(text):
        text = re.sub(r"[ \u00a0\u202f]", "", text)
    if not text or not _GROUPED_DIGITS.fullmatch(text):
        raise NumberFormatError(f"not a number: {text!r}")
    if _VN_MIXED.fullmatch(text):
        whole, fraction = text.split(",")
        return _finite(float(whole.replace(".", "") + "." + fraction), text)
    if _EN_MIXED.fullmatch(text):
        return _finite(float(text.replace(",", "")), text)
    if "," in text and "." in text:
        raise NumberFormatError(f"mixed separators: {text!r}")
    if "," in text:
        if _THOUSANDS_COMMA.fullmatch(text):
            return _finite(float(text.replace(",", "")), text)
        if text.count(",") > 1:
            raise NumberFormatError(f"several decimal commas: {text!r}")
        return _finite(float(text.replace(",", ".")), text)
    if "." in text:
        if _THOUSANDS_DOT.fullmatch(text) and not (decimal_dot_preferred and text.count(".") == 1):
            return _finite(float(text.replace(".", "")), text)
        if text.count(".") > 1:
            raise NumberFormatError(f"several decimal points: {text!r}")
        return _finite(float(text), text)
    return _finite(float(text), text)


def _finite(value: float, text: str) -> float:
    if not math.isfinite(value):
        raise NumberFormatError(f"not finite: {text!r}")
    return value


def is_plausible(value: float) -> bool:
    return math.isfinite(value) and abs(value) < MAX_PLAUSIBLE


def format_vietnamese(value: float, decimals: int) -> str:
    """Write a non-negative number the Vietnamese way: thousands dot, decimal comma."""
    whole, _, fraction = f"{value:.{decimals}f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = ".".join(groups)
    return f"{text},{fraction}" if fraction else text
