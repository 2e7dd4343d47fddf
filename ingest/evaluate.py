"""Score extracted facts against facts a person annotated (`wardwh evaluate GOLD PRED`).

A gold fact and a predicted fact match when they come from the same document (file stem), stand
within one line of each other and have the same value. Among several candidates the one that
agrees on more attributes wins. Recall, precision and F1 count matches; attribute accuracies are
taken over the matched pairs whose gold record states the attribute.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ATTRIBUTES = ("kind", "comparator", "period_start", "period_end", "as_of", "unit", "ward_code")
LINE_TOLERANCE = 1
OPEN_UNIT = "count"  # gold unit for a count of any noun (the annotator need not name it)
# Units that are measures rather than counts of a noun: "count" in the gold never matches them.
MEASURE_UNITS = frozenset(
    {"percent", "ratio", "rank", "level", "mbps", "gbps", "hours", "gigabytes", "metres", "points"}
    | {"vnd", "vnd_thousand", "vnd_million", "vnd_billion", "usd", "usd_million", "usd_billion"}
    | {"times_per_week", "times_per_month", "times_per_quarter", "times_per_year"}
)


class AnnotationError(ValueError):
    """A gold or prediction file that cannot be read; str() is one line naming the file."""


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attribute_hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    attribute_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)
    disagreements: list[tuple[str, dict, dict]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def f1(self) -> float:
        total = self.recall + self.precision
        return 2 * self.recall * self.precision / total if total else 0.0

    def attribute_accuracy(self, name: str) -> float:
        total = self.attribute_total[name]
        return self.attribute_hits[name] / total if total else 1.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        for key, value in other.attribute_hits.items():
            self.attribute_hits[key] += value
        for key, value in other.attribute_total.items():
            self.attribute_total[key] += value
        self.misses += other.misses
        self.spurious += other.spurious
        self.disagreements += other.disagreements


def document_key(name: str) -> str:
    """Documents are matched on their file stem: `a/b/000_x.txt` and `000_x.docx` are one."""
    return Path(name).stem


def attribute_agrees(name: str, gold: object, predicted: object) -> bool:
    if name == "unit" and gold == OPEN_UNIT:
        return predicted not in MEASURE_UNITS
    if name == "as_of":
        return (gold or None) == (predicted or None)
    if name == "ward_code" and gold is not None:
        return str(gold) == str(predicted)
    return gold == predicted


def _same_value(gold: object, predicted: object) -> bool:
    try:
        return math.isclose(float(gold), float(predicted), rel_tol=1e-6, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def score_document(document: str, gold: list[dict], predicted: list[dict]) -> Score:
    """Match one document's gold facts with its predicted facts."""
    score = Score(gold=len(gold), predicted=len(predicted))
    unused = list(range(len(predicted)))
    for item in gold:
        candidates = [
            i
            for i in unused
            if abs(int(predicted[i]["line"]) - int(item["line"])) <= LINE_TOLERANCE
            and _same_value(item["value"], predicted[i]["value"])
        ]
        if not candidates:
            score.misses.append({"document": document, **item})
            continue
        best = max(
            candidates,
            key=lambda i: (
                predicted[i]["line"] == item["line"],
                sum(
                    attribute_agrees(name, item[name], predicted[i].get(name))
                    for name in ATTRIBUTES
                    if name in item
                ),
                -i,
            ),
        )
        unused.remove(best)
        fact = predicted[best]
        score.matched += 1
        for name in ATTRIBUTES:
            if name not in item:
                continue
            score.attribute_total[name] += 1
            if attribute_agrees(name, item[name], fact.get(name)):
                score.attribute_hits[name] += 1
            else:
                score.disagreements.append((name, {"document": document, **item}, fact))
    score.spurious = [predicted[i] for i in unused]
    return score


def score_documents(
    gold: Mapping[str, list[dict]], predicted: Mapping[str, list[dict]]
) -> tuple[Score, dict[str, Score]]:
    """Score every annotated document; predictions for documents nobody annotated are ignored."""
    total, per_document = Score(), {}
    for document in sorted(gold):
        per_document[document] = score_document(
            document, gold[document], predicted.get(document, [])
        )
        total.add(per_document[document])
    return total, per_document


def _read_jsonl(path: Path) -> Iterable[tuple[int, dict]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise AnnotationError(f"{path}: cannot read: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise AnnotationError(f"{path}:{number}: not JSON: {error.msg}") from error
        if not isinstance(record, dict):
            raise AnnotationError(f"{path}:{number}: a line must be a JSON object")
        yield number, record


def _check(path: Path, number: int, record: dict, required: tuple[str, ...]) -> None:
    missing = [name for name in required if name not in record]
    if missing:
        raise AnnotationError(f"{path}:{number}: missing {', '.join(missing)}")


def load_gold(path: Path) -> dict[str, list[dict]]:
    """Gold facts by document: a folder of `<document stem>.jsonl`, or one JSONL whose lines
    name their `document`."""
    path = Path(path)
    if not path.exists():
        raise AnnotationError(f"{path}: no such file or directory")
    gold: dict[str, list[dict]] = defaultdict(list)
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files:
        raise AnnotationError(f"{path}: no .jsonl annotation in the folder")
    for file in files:
        for number, record in _read_jsonl(file):
            _check(file, number, record, ("line", "value"))
            document = record.get("document") if not path.is_dir() else file.name
            if not document:
                raise AnnotationError(f"{file}:{number}: missing document")
            gold[document_key(document)].append(record)
    return dict(gold)


def load_predictions(path: Path) -> dict[str, list[dict]]:
    """Facts from `wardwh extract --format jsonl` output (rejected-token records are skipped)."""
    predicted: dict[str, list[dict]] = defaultdict(list)
    for number, record in _read_jsonl(Path(path)):
        if record.get("record", "fact") != "fact":
            continue
        _check(Path(path), number, record, ("document", "line", "value"))
        predicted[document_key(record["document"])].append(record)
    return dict(predicted)


def report(total: Score, per_document: Mapping[str, Score], *, show: int = 20) -> str:
    """A plain-text report: totals, attribute accuracies, per-document lines and the misses."""
    lines = [
        f"documents {len(per_document)}  gold {total.gold}  predicted {total.predicted}  "
        f"matched {total.matched}",
        f"recall {total.recall:.3f}  precision {total.precision:.3f}  F1 {total.f1:.3f}",
        "attribute accuracy (over matched facts that state it):",
    ]
    for name in ATTRIBUTES:
        if total.attribute_total[name]:
            lines.append(
                f"  {name:<13} {total.attribute_accuracy(name):.3f}  "
                f"({total.attribute_hits[name]}/{total.attribute_total[name]})"
            )
    lines.append("per document (recall, precision):")
    for document, score in per_document.items():
        lines.append(
            f"  {document}: {score.recall:.3f} {score.precision:.3f} "
            f"(gold {score.gold}, predicted {score.predicted})"
        )
    sections = (
        ("missed (gold, not extracted)", total.misses, _describe_gold),
        ("spurious (extracted, not in gold)", total.spurious, _describe_prediction),
    )
    for title, items, describe in sections:
        if items:
            lines.append(f"{title}: {len(items)}")
            lines += [f"  {describe(item)}" for item in items[:show]]
            if len(items) > show:
                lines.append(f"  ... {len(items) - show} more")
    if total.disagreements:
        lines.append(f"attribute disagreements: {len(total.disagreements)}")
        for name, item, fact in total.disagreements[:show]:
            lines.append(
                f"  {item['document']}:{item['line']} {item['value']:g} {name}: "
                f"gold {item.get(name)!r}, extracted {fact.get(name)!r}"
            )
        if len(total.disagreements) > show:
            lines.append(f"  ... {len(total.disagreements) - show} more")
    return "\n".join(lines)


def _describe_gold(item: dict) -> str:
    return (
        f"{item['document']}:{item['line']} {item['value']:g} {item.get('unit', '')} "
        f"{item.get('kind', '')} {item.get('indicator', '')}".rstrip()
    )


def _describe_prediction(fact: dict) -> str:
    return (
        f"{fact['document']}:{fact['line']} {fact['value']:g} {fact.get('unit', '')} "
        f"{fact.get('kind', '')} {fact.get('indicator_text', '')[:80]}".rstrip()
    )


def summary(total: Score) -> dict:
    """Totals as a JSON-ready dict (for `--json`)."""
    return {
        "gold": total.gold,
        "predicted": total.predicted,
        "matched": total.matched,
        "recall": total.recall,
        "precision": total.precision,
        "f1": total.f1,
        "attributes": {
            name: total.attribute_accuracy(name)
            for name in ATTRIBUTES
            if total.attribute_total[name]
        },
        "misses": total.misses,
    }
