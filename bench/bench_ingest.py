"""Throughput of extraction alone and of extraction + load, on the corpus replicated N times.

    .venv/bin/python bench/bench_ingest.py [--documents 2000]

Each copy gets a unique trailing line so that its content hash (document identity) differs and
the loader really loads it. Runs in one process, so the figures are per core.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from document_builders import corpus_copies  # noqa: E402

from ingest.extract import extract_text  # noqa: E402
from ingest.load import ingest_paths  # noqa: E402
from ingest.read import read_document  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "documents"
        paths = corpus_copies(folder, args.documents)
        megabytes = sum(p.stat().st_size for p in paths) / 1e6

        started = time.perf_counter()
        facts = 0
        for path in paths:
            facts += len(extract_text(read_document(path).text, path.name).facts)
        extract_seconds = time.perf_counter() - started

        started = time.perf_counter()
        summary = ingest_paths([folder], Path(tmp) / "warehouse" / "bench.duckdb")
        load_seconds = time.perf_counter() - started

    print(f"documents: {len(paths)} ({megabytes:.1f} MB), facts: {facts}")
    print(
        f"extraction only:   {len(paths) / extract_seconds:8.1f} documents/s "
        f"{megabytes / extract_seconds:6.2f} MB/s ({extract_seconds:.1f} s)"
    )
    print(
        f"extraction + load: {len(paths) / load_seconds:8.1f} documents/s "
        f"{megabytes / load_seconds:6.2f} MB/s ({load_seconds:.1f} s); {summary.describe()}"
    )


if __name__ == "__main__":
    main()
