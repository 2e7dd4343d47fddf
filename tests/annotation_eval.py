"""Score the extractor against the hand-made annotation in tests/fixtures/annotations."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ingest.extract import Fact, extract_text
from ingest.read import read_document

ANNOTATIONS_DIR = Path(__file__).parent / "fixtures" / "annotations"
ATTRIBUTES = ("kind", "comparator", "period_start", "period_end", "unit")


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attribute_hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[dict] = field(default_factory=list)
    spurious: list[Fact] = field(default_factory=list)
    disagreements: list[tuple[str, dict, Fact]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    def attribute_accuracy(self, name: str) -> float:
        return self.attribute_hits[name] / self.matched if self.matched else 1.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        for key, value in other.attribute_hits.items():
            self.attribute_hits[key] += value
        self.misses += other.misses
        self.spurious += other.spurious
        self.disagreements += other.disagreements


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score_document(document: Path, gold: list[dict]) -> Score:
    facts = extract_text(read_document(document).text, document.name).facts
    score = Score(gold=len(gold), predicted=len(facts))
    pool: dict[tuple[int, float], list[Fact]] = defaultdict(list)
    for fact in facts:
        pool[(fact.line, round(fact.value, 6))].append(fact)
    for item in gold:
        candidates = pool.get((item["line"], round(float(item["value"]), 6)))
        if not candidates:
            score.misses.append({"document": document.name, **item})
            continue
        fact = candidates.pop(0)
        score.matched += 1
        for name in ATTRIBUTES:
            if getattr(fact, name) == item[name]:
                score.attribute_hits[name] += 1
            else:
                score.disagreements.append((name, {"document": document.name, **item}, fact))
    score.spurious = [fact for facts_left in pool.values() for fact in facts_left]
    return score


def score_corpus(documents_dir: Path) -> tuple[Score, dict[str, Score]]:
    total, per_document = Score(), {}
    for gold_file in sorted(ANNOTATIONS_DIR.glob("*.jsonl")):
        document = documents_dir / f"{gold_file.stem}.txt"
        per_document[document.name] = score_document(document, load_gold(gold_file))
        total.add(per_document[document.name])
    return total, per_document
