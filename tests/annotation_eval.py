"""Score the extractor against hand annotations with the product's own scorer."""

from __future__ import annotations

from pathlib import Path

from ingest.evaluate import Score, document_key, load_gold, score_documents
from ingest.extract import as_record, extract_text
from ingest.read import read_document

FIXTURES = Path(__file__).parent / "fixtures"
ANNOTATIONS_DIR = FIXTURES / "annotations"
GENRE_DIR = FIXTURES / "genre"


def extracted_facts(documents: list[Path]) -> dict[str, list[dict]]:
    return {
        document_key(path.name): [
            as_record(f) for f in extract_text(read_document(path).text, path.name).facts
        ]
        for path in documents
    }


def score_folder(gold_dir: Path, documents_dir: Path) -> tuple[Score, dict[str, Score]]:
    """Score the documents of `documents_dir` that have an annotation in `gold_dir`."""
    gold = load_gold(gold_dir)
    documents = [documents_dir / f"{stem}.txt" for stem in gold]
    return score_documents(gold, extracted_facts(documents))


def score_corpus(documents_dir: Path) -> tuple[Score, dict[str, Score]]:
    return score_folder(ANNOTATIONS_DIR, documents_dir)
