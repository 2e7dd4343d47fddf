"""The genre set: short texts written for the tests in the styles the extractor meets (news of a
ward's results, portal posts, commune reports, plan excerpts, indicator tables one cell per line,
city, district, provincial and national texts), each with the facts a person read in it.

They are scored by the same code as the corpus and as `wardwh evaluate`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from annotation_eval import GENRE_DIR, score_folder

from ingest.extract import extract_text
from ingest.read import read_document

TEXTS = sorted(GENRE_DIR.glob("*.txt"))
ISSUER_LEVELS = {"commune", "city", "district", "province", "nation"}


@pytest.fixture(scope="module")
def scored():
    return score_folder(GENRE_DIR, GENRE_DIR)


@pytest.fixture(scope="module")
def extractions():
    return {path.stem: extract_text(read_document(path).text, path.name) for path in TEXTS}


def _meta(path: Path) -> dict:
    return json.loads(path.with_suffix(".meta.json").read_text(encoding="utf-8"))


def test_the_set_covers_the_styles_with_30_annotated_texts():
    assert len(TEXTS) >= 30
    styles = {_meta(path)["style"] for path in TEXTS}
    levels = {_meta(path)["issuer_level"] for path in TEXTS}
    assert len(styles) >= 7, styles
    assert levels == ISSUER_LEVELS, levels
    for path in TEXTS:
        gold = path.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines()
        assert len(gold) >= 5, f"{path.name}: too few annotated facts"


def test_recall_and_precision_on_unseen_styles(scored):
    total, per_document = scored
    weakest = sorted(per_document.items(), key=lambda item: item[1].f1)[:5]
    report = {name: (round(s.recall, 3), round(s.precision, 3)) for name, s in weakest}
    assert total.recall >= 0.97, (report, total.misses[:20])
    assert total.precision >= 0.97, (report, total.spurious[:20])


@pytest.mark.parametrize(
    "attribute", ["kind", "comparator", "period_start", "period_end", "as_of", "ward_code", "unit"]
)
def test_attribute_accuracy_on_unseen_styles(scored, attribute):
    total, _ = scored
    misses = [(n, g["document"], g["line"], g["value"]) for n, g, _ in total.disagreements]
    assert total.attribute_accuracy(attribute) >= 0.97, [m for m in misses if m[0] == attribute]


def test_issuer_kind_and_reference_year_of_each_text(extractions):
    wrong = []
    for path in TEXTS:
        expected, meta = _meta(path), extractions[path.stem].meta
        found = {
            "issuer_level": meta.ward.level,
            "ward_code": meta.ward.code,
            "document_kind": meta.kind,
            "reference_year": meta.reference_year,
        }
        wrong += [
            (path.stem, key, expected[key], value)
            for key, value in found.items()
            if expected[key] != value
        ]
    assert len(wrong) <= len(TEXTS) // 10, wrong


def test_every_text_names_its_issuer_level(extractions):
    for stem, extraction in extractions.items():
        assert extraction.meta.ward.level in ISSUER_LEVELS, (stem, extraction.meta.ward)


def test_no_signature_or_contact_reaches_the_facts(extractions):
    for stem, extraction in extractions.items():
        blob = " ".join(f.sentence + f.indicator_text + f.section for f in extraction.facts)
        assert "@" not in blob, stem
