"""Small text helpers shared by the parsing modules."""

from __future__ import annotations

import unicodedata


def _fold_table() -> dict[int, int | None]:
    table: dict[int, int | None] = {ord("đ"): ord("d"), ord("Đ"): ord("d")}
    for start, end in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for code in range(start, end + 1):
            base = unicodedata.normalize("NFD", chr(code))[0].lower()
            if base.isascii():
                table.setdefault(code, ord(base))
    for code in range(0x0300, 0x0370):  # combining marks of decomposed (NFD) input
        table[code] = None
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower-case, accent-free form used for matching (`Phường Hải Dương` → `phuong hai duong`).

    For NFC text the result has the same length as the input, so offsets carry over.
    """
    return text.lower().translate(_FOLD)


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return " ".join(text.split())


# Upper-case Vietnamese letters, for regex classes: the Unicode ranges of accented letters mix
# upper and lower case, so a range such as `À-Ỹ` would also match `đ` or `ạ`.
UPPER = "".join(
    c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.translate(_FOLD).isascii()
)
