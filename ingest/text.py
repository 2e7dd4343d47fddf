"""Small text helpers shared by the parsing modules."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator


def _fold_table() -> list[int | None]:
    """`str.translate` table indexed by code point. A list is read twice as fast as a dict;
    code points past its end (none of them letters with accents) stay as they are."""
    table: list[int | None] = list(range(_FOLD_TABLE_SIZE))
    table[ord("đ")] = table[ord("Đ")] = ord("d")
    for start, end in ((0x00C0, 0x024F), (0x1E00, 0x1EFF)):
        for code in range(start, end + 1):
            base = unicodedata.normalize("NFD", chr(code))[0].lower()
            if base.isascii():
                table[code] = ord(base)
    for code in range(0x0300, 0x0370):  # combining marks of decomposed (NFD) input
        table[code] = None
    return table


# Up to the CJK symbols: Latin, Vietnamese and the punctuation and symbols of the genre
# ("–", "“", "≥") are all inside, so lookups rarely fall off the end (an exception each).
_FOLD_TABLE_SIZE = 0x3000
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


class Cue:
    """A pattern (case-insensitive unless `flags` say otherwise), with words one of which, in
    any case, every match contains.

    Most texts hold none of the words, and looking for a few literal words costs much less
    than trying a long alternation at every position. `words` are written lower-case.
    """

    def __init__(self, pattern: str, words: tuple[str, ...], flags: int = re.IGNORECASE) -> None:
        self.pattern = re.compile(pattern, flags)
        self.words = words
        # literal alternatives, case-sensitive: the regex engine skips to their first letters
        self._any_word = re.compile("|".join(re.escape(word) for word in words))

    def may_match(self, text: str) -> bool:
        folded = text.casefold()
        if "ı" in folded or "\u0307" in folded:  # "ı" and "İ" match "i" case-insensitively
            folded = folded.replace("ı", "i").replace("\u0307", "")
        return self._any_word.search(folded) is not None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None
