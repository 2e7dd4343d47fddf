"""Compare the facts read from a document in another format with those of its .txt original.

Line numbers differ between formats, so facts are matched on what they say: value, unit, kind,
comparator and period, as a multiset (a value that appears twice must be found twice).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ingest.extract import Fact


def fact_key(fact: Fact) -> tuple:
    return (
        round(fact.value, 6),
        fact.unit,
        fact.kind,
        fact.comparator,
        fact.period_start,
        fact.period_end,
    )


@dataclass(frozen=True)
class Comparison:
    expected: int
    found: int
    matched: int
    missing: list[Fact]  # facts of the .txt not found in the other format
    extra: list[Fact]  # facts of the other format not in the .txt

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0


def compare(expected: list[Fact], found: list[Fact]) -> Comparison:
    wanted = Counter(fact_key(f) for f in expected)
    got = Counter(fact_key(f) for f in found)
    common = wanted & got
    return Comparison(
        len(expected),
        len(found),
        sum(common.values()),
        _beyond(expected, common),
        _beyond(found, common),
    )


def _beyond(facts: list[Fact], common: Counter) -> list[Fact]:
    """The facts left once each key has been matched as many times as `common` allows."""
    left = Counter(common)
    unmatched = []
    for fact in facts:
        key = fact_key(fact)
        if left[key]:
            left[key] -= 1
        else:
            unmatched.append(fact)
    return unmatched
