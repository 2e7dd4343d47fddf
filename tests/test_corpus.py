"""The bundled corpus against facts a person wrote down (corpus README, hand annotation)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from annotation_eval import score_corpus

from ingest.extract import extract_text
from ingest.read import read_document
from ingest.settings import DOCUMENTS_DIR

# From data/README.md, written by the people who collected the corpus.
CORPUS_METADATA = {
    "000_5377eb22d7956e9d.txt": ("10525", "plan", "04/KH-UBND", date(2026, 1, 5)),
    "001_75b61c35c230f7a5.txt": ("11413", "report", None, None),
    "002_5ff484b46b8ac1a0.txt": ("10837", "plan", None, None),
    "003_112281c2ebde6773.txt": ("10525", "decision", "01/QĐ-BCĐ", date(2026, 3, 25)),
    "004_df446f53521a25e5.txt": ("10714", "plan", "191/KH-UBND", date(2026, 6, 2)),
}
SIGNERS = ("Phạm Thị Thanh Vân", "Bùi Quang Ngân", "Đinh Thị Thu Hà", "Trần Hồng Túc")


@pytest.fixture(scope="module")
def extractions():
    return {
        path.name: extract_text(read_document(path).text, path.name)
        for path in sorted(DOCUMENTS_DIR.glob("*.txt"))
    }


@pytest.mark.parametrize("name", sorted(CORPUS_METADATA))
def test_document_metadata(extractions, name):
    ward_code, kind, number, issued_on = CORPUS_METADATA[name]
    meta = extractions[name].meta
    assert meta.ward.code == ward_code
    assert meta.kind == kind
    if number:
        assert meta.number == number
    if issued_on:
        assert meta.issued_on == issued_on


def test_every_token_is_kept_or_rejected(extractions):
    for extraction in extractions.values():
        assert extraction.tokens_seen == len(extraction.facts) + len(extraction.rejected)
        assert not [r for r in extraction.rejected if r.reason == "unsegmented"]


def test_signers_never_reach_extracted_text(extractions):
    for extraction in extractions.values():
        texts = [extraction.meta.title or ""]
        texts += [f.sentence + f.indicator_text + f.section for f in extraction.facts]
        texts += [r.context + r.raw_token for r in extraction.rejected]
        blob = " ".join(texts)
        assert "@" not in blob
        for name in SIGNERS:
            assert name not in blob


def test_recall_and_precision_against_the_hand_annotation():
    total, per_document = score_corpus(Path(DOCUMENTS_DIR))
    assert total.gold >= 200, "annotation fixture is incomplete"
    report = {name: (round(s.recall, 3), round(s.precision, 3)) for name, s in per_document.items()}
    assert total.recall >= 0.97, (report, total.misses)
    assert total.precision >= 0.97, (
        report,
        [(f["document"], f["line"], f["raw_token"]) for f in total.spurious],
    )
    for attribute in ("kind", "comparator", "period_start", "period_end"):
        assert total.attribute_accuracy(attribute) >= 0.98, (attribute, total.disagreements)
