"""Extraction speed of two versions of the extractor, on the same texts, in the same run.

    .venv/bin/python bench/bench_extract_versions.py [--before REF] [--repeat 3]
                                                    [--texts bundled|genre|all]

`--before` is a git revision (default: 127587a, the extractor before the rules for unseen
documents); the "after" side is the working tree. Each version runs in its own process on one
core, over the same decoded texts (the bundled corpus, the genre set, or both), each text read
once (the extractor caches per distinct string, so a second pass over the same texts would
flatter it); the figure is documents/s per core and MB/s, best of `--repeat` processes, with the
ratio.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BEFORE = "127587a"

_CHILD = r"""
import json, sys, time
from pathlib import Path
from ingest.extract import extract_text
texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
# warm up on a text that is not measured: the extractor caches per distinct string
extract_text("UBND PHƯỜNG LÊ CHÂN\nKẾ HOẠCH\nChuyển đổi số năm 2026\n- Đạt 80% hồ sơ.\n", "w")
started = time.perf_counter()
facts = sum(len(extract_text(text, name).facts) for name, text in texts)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "documents": len(texts), "facts": facts,
                  "bytes": sum(len(t.encode("utf-8")) for _, t in texts)}))
"""


def checkout(revision: str, into: Path) -> Path:
    """The extractor's package and the seeds it reads, as they were at `revision`."""
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", revision, "ingest", "seeds"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def collect_texts(which: str, into: Path) -> Path:
    """Decode the chosen texts once with the current reader, so both versions get the same."""
    from ingest.read import read_document

    folders = {
        "bundled": [REPO / "data" / "documents"],
        "genre": [REPO / "tests" / "fixtures" / "genre"],
    }
    chosen = folders["bundled"] + folders["genre"] if which == "all" else folders[which]
    into.mkdir(parents=True)
    for folder in chosen:
        for path in sorted(folder.glob("*.txt")):
            (into / path.name).write_text(read_document(path).text, encoding="utf-8")
    return into


def measure(code_root: Path, texts: Path, repeat: int) -> dict:
    """Best of `repeat` fresh processes, each reading every text once (no warm caches)."""
    runs = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(texts)],
            cwd=code_root,
            env={"PYTHONPATH": str(code_root), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(done.stdout))
    return min(runs, key=lambda run: run["seconds"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--before", default=DEFAULT_BEFORE, help="git revision of the baseline")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--texts", choices=("bundled", "genre", "all"), default="all")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wardwh-versions-") as tmp:
        texts = collect_texts(args.texts, Path(tmp) / "texts")
        baseline = checkout(args.before, Path(tmp) / "before")
        results = {
            f"before ({args.before})": measure(baseline, texts, args.repeat),
            "after (working tree)": measure(REPO, texts, args.repeat),
        }
    first = next(iter(results.values()))
    print(f"texts: {args.texts}, {first['documents']} documents, {first['bytes'] / 1e6:.2f} MB")
    for label, result in results.items():
        rate = result["documents"] / result["seconds"]
        print(
            f"{label:<28} {rate:8.1f} documents/s per core  "
            f"{result['bytes'] / 1e6 / result['seconds']:6.2f} MB/s  facts {result['facts']}"
        )
    before, after = results.values()
    print(f"after / before speed: {before['seconds'] / after['seconds']:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
