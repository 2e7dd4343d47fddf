"""Turn the lines of laid-out pages (PDF text layer or OCR) into the plain text the extractor reads.

A page reader gives each page's lines in reading order with their position; a table row is one
line whose cells are separated by TAB. Here:
- page numbers (a number in the top or bottom band of the page that follows the page sequence)
  and running headers/footers (a band line repeating on most pages, digits aside) are dropped;
- the lines of one paragraph are joined into one line, as in a word processor's text: a line is
  continued by the next one when the next line's first word would not have fitted after it
  (the layout wrapped it), also across a page break; a word split by a soft hyphen is rejoined.
Joining matters to the extractor: a wrapped first line such as "(1) Đổi mới cơ chế ..." would
otherwise look like a heading. A joined line keeps the page its paragraph starts on. Pure
functions, no I/O.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Page", "PageLine", "PagedText", "assemble"]

# A line lying in this fraction of the page height (top or bottom) may be furniture.
MARGIN_BAND = 0.1
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:(?:trang|page|tr\.)\s*)?(\d{1,4})(?:\s*(?:/|of|trên)\s*\d{1,4})?[\W_]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_SOFT_HYPHEN = "\xad"
_ITEM_START = re.compile(
    r"^(?:[-+•*–]\s|\(?\d{1,2}(?:\.\d{1,2}){0,2}[.)]\s|[a-zđ]\)\s|[IVX]{1,4}\.\s)"
)


@dataclass(frozen=True, slots=True)
class PageLine:
    """One line of a page; positions from the page's top-left corner, in the page's units."""

    text: str
    top: float
    bottom: float
    x0: float = 0.0
    x1: float = 0.0
    first_word: float = 0.0  # width of the line's first word
    confidence: float | None = None  # mean OCR word confidence, 0-100; None for a text layer
    is_table_row: bool = False


@dataclass(frozen=True)
class Page:
    number: int  # 1-based
    height: float
    lines: tuple[PageLine, ...]


@dataclass(frozen=True)
class PagedText:
    text: str
    line_pages: tuple[int, ...]
    line_confidence: tuple[float | None, ...]
    page_count: int


@dataclass
class _Paragraph:
    text: str
    page: int
    last: PageLine
    last_page: int
    confidences: list[tuple[float, int]]  # (confidence, characters)

    def confidence(self) -> float | None:
        weight = sum(n for _, n in self.confidences)
        if not weight:
            return None
        return round(sum(c * n for c, n in self.confidences) / weight, 2)


def assemble(pages: Iterable[Page]) -> PagedText:
    """Text of the pages: furniture removed, paragraphs joined (see the module doc)."""
    pages = list(pages)
    furniture = _running_furniture(pages)
    offset = _page_number_offset(pages)
    right = _right_margin(pages)
    paragraphs: list[_Paragraph] = []
    for page in pages:
        for line in page.lines:
            text = line.text if line.is_table_row else " ".join(line.text.split())
            if not text.strip():
                continue
            if not line.is_table_row and _in_band(line, page):
                if _furniture_key(text) in furniture or _is_page_number(text, page, offset):
                    continue
            previous = paragraphs[-1] if paragraphs else None
            weight = (line.confidence, len(text)) if line.confidence is not None else None
            if previous is not None and _continues(previous, line, page.number, text, right):
                if previous.text.endswith(_SOFT_HYPHEN):
                    previous.text = previous.text[:-1] + text
                else:
                    previous.text = f"{previous.text} {text}"
                previous.last, previous.last_page = line, page.number
                if weight:
                    previous.confidences.append(weight)
                continue
            paragraphs.append(
                _Paragraph(text, page.number, line, page.number, [weight] if weight else [])
            )
    return PagedText(
        "\n".join(p.text.replace(_SOFT_HYPHEN, "") for p in paragraphs),
        tuple(p.page for p in paragraphs),
        tuple(p.confidence() for p in paragraphs),
        len(pages),
    )


def _continues(
    previous: _Paragraph, line: PageLine, page: int, text: str, right: float | None
) -> bool:
    """Whether `line` continues the paragraph whose last line is `previous.last`."""
    last = previous.last
    if last.is_table_row or line.is_table_row:
        return False
    if previous.text.endswith(_SOFT_HYPHEN) and text[:1].islower():
        return True
    if right is None or last.x1 <= last.x0:
        return False
    height = last.bottom - last.top
    if previous.last_page == page and line.top - last.bottom > height:
        return False  # a gap wider than a line: not the next line of the same paragraph
    space = max((last.bottom - last.top) * 0.25, 0.0)
    wrapped = last.x1 + space + line.first_word > right
    if not wrapped:
        return False
    # like the segmenter, never continue into a list item or outline number; nor from a
    # sentence into a line in capitals (a heading), though a wrapped title in capitals goes on
    if _ITEM_START.match(text):
        return False
    return not (_is_caps(text) and not _is_caps(previous.text[-60:]))


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def _right_margin(pages: list[Page]) -> float | None:
    """Right edge of the text block: the median of the pages' widest free lines."""
    edges = [
        max(line.x1 for line in page.lines if not line.is_table_row)
        for page in pages
        if sum(1 for line in page.lines if not line.is_table_row) >= 3
    ]
    return statistics.median(edges) if edges else None


def _in_band(line: PageLine, page: Page) -> bool:
    band = page.height * MARGIN_BAND
    return line.bottom <= band or line.top >= page.height - band


def _furniture_key(text: str) -> str:
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def _is_page_number(text: str, page: Page, offset: int | None) -> bool:
    match = _PAGE_NUMBER.match(text)
    return bool(match) and offset is not None and int(match.group(1)) - page.number == offset


def _page_number_offset(pages: list[Page]) -> int | None:
    """How printed page numbers relate to page positions (usually 0); None if not numbered."""
    offsets: Counter[int] = Counter()
    for page in pages:
        found = {
            int(match.group(1)) - page.number
            for line in page.lines
            if not line.is_table_row
            and _in_band(line, page)
            and (match := _PAGE_NUMBER.match(" ".join(line.text.split())))
        }
        offsets.update(found)
    if not offsets:
        return None
    offset, count = offsets.most_common(1)[0]
    return offset if count >= max(1, math.ceil(len(pages) / 2)) else None


def _running_furniture(pages: list[Page]) -> frozenset[str]:
    """Keys of the band lines that repeat on at least half of the pages (and on two or more)."""
    if len(pages) < 2:
        return frozenset()
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update(
            {
                _furniture_key(line.text)
                for line in page.lines
                if not line.is_table_row
                and line.text.strip()
                and _in_band(line, page)
                and not _PAGE_NUMBER.match(" ".join(line.text.split()))
            }
        )
    needed = max(2, math.ceil(len(pages) / 2))
    return frozenset(key for key, count in seen.items() if count >= needed)
