"""Keep personal data (names, e-mail addresses, phone numbers) out of everything we store."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

NAME_PLACEHOLDER = "[họ tên]"
EMAIL_PLACEHOLDER = "[email]"
PHONE_PLACEHOLDER = "[số điện thoại]"

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Vietnamese mobile/landline numbers: 0xx xxx xxxx, +84 ..., with optional spaces or dots.
PHONE = re.compile(r"(?:\+84[ .-]?|0)(?<![\d/.,]0)\d{2,3}[ .-]?\d{3}[ .-]?\d{3,4}(?![\d/])")
_SYLLABLE = r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]+"
# A person addressed by title inside prose or a table cell: "Đồng chí Nguyễn Văn A".
# The title opens with one character class, not an alternation, so that the regex engine can
# skip ahead to those characters instead of trying every position of the text.
TITLED_NAME = re.compile(
    r"(?P<title>[ĐđÔôBb](?:(?<=[Đđ])ồng chí|(?<=[Đđ])/c|(?<=[Ôô])ng|(?<=[Bb])à))"
    rf"\s+(?P<name>{_SYLLABLE}(?:\s+{_SYLLABLE}){{1,4}})"
)


def redact(text: str, names: Iterable[str] = ()) -> str:
    """Replace e-mails, phone numbers, titled names and the given names with placeholders."""
    if "@" in text:
        text = EMAIL.sub(EMAIL_PLACEHOLDER, text)
    text = PHONE.sub(PHONE_PLACEHOLDER, text)
    text = TITLED_NAME.sub(_titled_replacement, text)
    if names:
        text = names_pattern(tuple(names)).sub(NAME_PLACEHOLDER, text)
    return text


def _titled_replacement(match: re.Match[str]) -> str:
    if not is_titled_name(match):
        return match.group()
    return f"{match.group('title')} {NAME_PLACEHOLDER}"


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
    return [m.span() for m in PHONE.finditer(text)]
