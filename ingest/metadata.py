"""Document metadata: issuing ward, kind, number, issue date, title, reference year."""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from ingest.privacy import redact
from ingest.settings import SEEDS_DIR
from ingest.text import fold, squash

UNITS_FILE = SEEDS_DIR / "haiphong_units.csv"
_UNIT_TYPES = {"phường": "phuong", "xã": "xa", "đặc khu": "dac khu"}
_UNIT_MENTION = re.compile(r"\b(phường|xã|đặc khu)\s+", re.IGNORECASE)
_HEAD_LINES = 60

_KIND_WORDS = (("ke hoach", "plan"), ("bao cao", "report"), ("quyet dinh", "decision"))
_NUMBER = re.compile(r"Số\s*:\s*(\d+)\s*/\s*([A-ZĐ][A-ZĐ0-9-]*(?:/[A-ZĐ0-9-]+)?)")
_SELF_REFERENCE = re.compile(
    r"[Kk]èm theo\s+(?:Kế hoạch|Quyết định|Báo cáo)\s+số\s*(\d+)?\s*/\s*([A-ZĐ][A-ZĐ-]*)"
    r"\s+ngày\s+(\d{1,2})?\s*(?:tháng\s*|/)\s*(\d{1,2})?\s*(?:năm\s*|/)\s*(\d{4})"
)
_PLACE_DATE = re.compile(r"ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})", re.IGNORECASE)
_TITLE_STOP = re.compile(r"^(Căn cứ|Thực hiện|Kính gửi|Phần\b|I\.|QUYẾT ĐỊNH:|Theo đề nghị)")
_PLAN_YEAR = re.compile(r"(?<!đến )năm (20\d{2})(?!\s*[-–])")


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    unit_type: str


@dataclass(frozen=True)
class WardMatch:
    code: str | None
    name: str | None
    as_written: str | None
    reason: str | None


@dataclass(frozen=True)
class DocumentMeta:
    ward: WardMatch
    kind: str
    number: str | None
    issued_on: date | None
    issue_year: int | None
    reference_year: int | None
    title: str | None


@lru_cache(maxsize=1)
def load_units(path: Path = UNITS_FILE) -> tuple[Unit, ...]:
    with path.open(encoding="utf-8") as handle:
        return tuple(
            Unit(row["unit_code"], row["unit_name"], row["unit_type"])
            for row in csv.DictReader(handle)
        )


@lru_cache(maxsize=1)
def _units_by_folded_name() -> dict[tuple[str, str], Unit]:
    return {
        (_UNIT_TYPES.get(u.unit_type, fold(u.unit_type)), fold(u.name)): u for u in load_units()
    }


def resolve_ward(text: str) -> WardMatch:
    """Find the commune-level unit the document is about (accent- and case-insensitive).

    Mentions of "phường/xã/đặc khu <name>" are matched against the 114 units; the header counts
    double because it names the issuer, later mentions may name merged former units.
    """
    index = _units_by_folded_name()
    names_by_type: dict[tuple[str, str], list[str]] = {}
    for unit_type, name in index:
        names_by_type.setdefault((unit_type, name.split(" ", 1)[0]), []).append(name)
    for names in names_by_type.values():
        names.sort(key=len, reverse=True)
    head_end = _nth_line_start(text, _HEAD_LINES)
    votes: Counter[tuple[str, str]] = Counter()
    written: dict[tuple[str, str], str] = {}
    for mention in _UNIT_MENTION.finditer(text):
        unit_type, start = fold(mention.group(1)), mention.end()
        rest = fold(text[start : start + 40])
        for name in names_by_type.get((unit_type, rest.split(" ", 1)[0]), ()):
            if rest.startswith(name) and not rest[len(name) : len(name) + 1].isalnum():
                key = (unit_type, name)
                votes[key] += 3 if start < head_end else 1
                written.setdefault(key, text[start : start + len(name)])
                break
    if not votes:
        return WardMatch(None, None, None, "no commune-level unit of Hải Phòng named in the text")
    (best, best_votes), *rest = votes.most_common()
    if rest and rest[0][1] == best_votes:
        tied = ", ".join(sorted(written[k] for k, v in votes.items() if v == best_votes))
        return WardMatch(None, None, tied, f"ambiguous ward: {tied}")
    unit = index[best]
    return WardMatch(unit.code, unit.name, written[best], None)


def _nth_line_start(text: str, count: int) -> int:
    position = 0
    for _ in range(count):
        position = text.find("\n", position) + 1
        if position == 0:
            return len(text)
    return position


def document_kind(lines: list[str]) -> str:
    for line in lines[:_HEAD_LINES]:
        stripped = line.strip().strip("*").strip()
        if stripped and stripped.upper() == stripped:
            folded = fold(stripped)
            for words, kind in _KIND_WORDS:
                if folded.startswith(words):
                    return kind
    folded_head = fold(" ".join(lines[:_HEAD_LINES]))
    for words, kind in _KIND_WORDS:
        if words in folded_head:
            return kind
    return "plan"


def _title(lines: list[str]) -> str | None:
    for index, line in enumerate(lines[:_HEAD_LINES]):
        stripped = line.strip().strip("*").strip()
        folded = fold(stripped)
        if stripped.upper() == stripped and any(folded.startswith(w) for w, _ in _KIND_WORDS):
            parts = []
            for following in lines[index + 1 : index + 16]:
                text = following.strip()
                if not text:
                    continue
                if _TITLE_STOP.match(text) or (parts and text.upper() == text):
                    break
                parts.append(text)
            return squash(" ".join(parts)) or None
    return None


def extract_metadata(text: str, signer_names: tuple[str, ...] = ()) -> DocumentMeta:
    lines = text.split("\n")
    head = "\n".join(lines[:_HEAD_LINES])
    number = None
    if match := _NUMBER.search(head):
        number = f"{int(match.group(1)):02d}/{match.group(2)}"
    issued_on, issue_year = None, None
    if match := _PLACE_DATE.search(head):
        issued_on, issue_year = _date(match.group(1), match.group(2), match.group(3))
    if reference := _SELF_REFERENCE.search(text):
        if number is None and reference.group(1):
            number = f"{int(reference.group(1)):02d}/{reference.group(2)}"
        ref_date, ref_year = _date(reference.group(3), reference.group(4), reference.group(5))
        issued_on = issued_on or ref_date
        issue_year = issue_year or ref_year
    if issued_on is not None:
        issue_year = issued_on.year
    title = _title(lines)
    reference_year = issue_year
    if title and (plan_year := _PLAN_YEAR.search(title)):
        reference_year = int(plan_year.group(1))
    return DocumentMeta(
        ward=resolve_ward(text),
        kind=document_kind(lines),
        number=number,
        issued_on=issued_on,
        issue_year=issue_year,
        reference_year=reference_year,
        title=redact(title, signer_names) if title else None,
    )


def _date(day: str | None, month: str | None, year: str | None) -> tuple[date | None, int | None]:
    if not year:
        return None, None
    if day and month:
        try:
            return date(int(year), int(month), int(day)), int(year)
        except ValueError:
            return None, int(year)
    return None, int(year)
