"""Smoke test of the benchmark's synthetic corpus generator (bench/generate_corpus.py).

The generator only feeds the scale benchmarks; nothing here uses its planted facts as ground
truth for the extractor.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import unicodedata

from ingest.settings import REPO_ROOT

GENERATOR = REPO_ROOT / "bench" / "generate_corpus.py"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_the_generator_writes_documents_facts_and_units(tmp_path):
    done = subprocess.run(
        [sys.executable, str(GENERATOR), str(tmp_path), "--units", "3", "--years", "2"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    documents = sorted((tmp_path / "documents").glob("*.txt"))
    assert len(documents) == 3 * 2 * 4
    lines = {p.name: p.read_text(encoding="utf-8").split("\n") for p in documents}
    facts = [json.loads(line) for line in (tmp_path / "facts.jsonl").open(encoding="utf-8")]
    assert len(facts) > 10 * len(documents)
    for fact in facts:
        line = lines[fact["file"]][fact["line"] - 1]
        value = fact["value"]
        written = str(int(value)) if value == int(value) else f"{value:.1f}".replace(".", ",")
        assert written in line, (fact, line)
    with (tmp_path / "units.csv").open(encoding="utf-8") as handle:
        units = list(csv.DictReader(handle))
    assert len(units) == 3
    assert {u["unit_code"] for u in units} == {p.name.split("_")[0] for p in documents}


def test_invented_units_are_unique_and_never_a_real_name():
    sys.path.insert(0, str(GENERATOR.parent))
    try:
        from generate_corpus import haiphong_units, make_units
    finally:
        sys.path.remove(str(GENERATOR.parent))
    units = make_units(3300)
    assert len(units) == 3300
    real = haiphong_units()
    assert units[: len(real)] == real
    assert len({u.code for u in units}) == len(units)
    # (two real units fold to the same name: Cẩm Giang and Cẩm Giàng; invented ones never do)
    invented = {(u.unit_type, _fold(u.name)) for u in units[len(real) :]}
    assert len(invented) == len(units) - len(real)
    assert not invented & {(u.unit_type, _fold(u.name)) for u in real}
