"""Extraction speed per core against a bare regex scan of the same texts, and its profile.

    .venv/bin/python bench/bench_extract.py [--corpus synthetic|bundled] [--documents 600]
                                            [--repeat 3] [--profile] [--top 25]

The texts are read and decoded first; then, in this one process, `ingest.extract.extract_text`
runs over all of them, and so does a bare scan of the numeric-token regex (`NUMBER_TOKEN`, what
every extraction must at least do). Both figures come from the same run on the same texts, each
the best of `--repeat` turns taken alternately, so their ratio holds on a busy machine. Goal:
at least 100 documents/s per core and within 10× of the scan. `--corpus synthetic` (default)
generates documents with bench/generate_corpus.py (about 9 KB each) and also prints how many
planted facts came out exactly as planted (a check of the generator, not of the extractor).
`--corpus bundled` cycles through data/documents (about 41 KB each). `--profile` prints the
functions taking the most cumulative time; `--patterns` the compiled patterns of the parsing
modules taking the most time per call kind, to catch one that backtracks (a profile shows only
`re.Pattern.match` as a whole).

Each document is read as if unseen: the extractor's caches of text it has already parsed (a
unit's periods, a clause's subject) are emptied before every document. Without that, cycling
through five documents would answer much of the work from the cache (about 15% of the time).
Caches of reference data (the unit list) stay, as they do in an ingest.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import importlib
import inspect
import json
import pkgutil
import pstats
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate  # noqa: E402

import ingest  # noqa: E402
from ingest.extract import extract_text  # noqa: E402
from ingest.numbers import NUMBER_TOKEN  # noqa: E402
from ingest.read import read_document  # noqa: E402
from ingest.settings import DOCUMENTS_DIR  # noqa: E402


def load_texts(corpus: str, documents: int, folder: Path) -> tuple[list[tuple[str, str]], Path]:
    """(name, decoded text) of `documents` documents of the chosen corpus."""
    if corpus == "bundled":
        sources = sorted(DOCUMENTS_DIR.glob("*.txt"))
        texts = [(p.name, read_document(p).text) for p in sources]
        return [texts[i % len(texts)] for i in range(documents)], DOCUMENTS_DIR
    units = max(1, -(-documents // 4))  # four documents per unit and year
    generate(folder, units, 1, 2025)
    paths = sorted((folder / "documents").glob("*.txt"))[:documents]
    return [(p.name, read_document(p).text) for p in paths], folder


def scan(texts: list[tuple[str, str]]) -> int:
    return sum(sum(1 for _ in NUMBER_TOKEN.finditer(text)) for _, text in texts)


def content_caches() -> list:
    """The `lru_cache`s of the ingest modules that hold parsed text, not reference data (read
    from a file: those take a `path`; or built from it: those take no argument at all)."""
    caches = []
    for module_info in pkgutil.iter_modules(ingest.__path__):
        if module_info.name == "__main__":
            continue
        module = importlib.import_module(f"ingest.{module_info.name}")
        for function in vars(module).values():
            if not hasattr(function, "cache_clear") or function.__module__ != module.__name__:
                continue
            parameters = set(inspect.signature(function).parameters)
            if parameters and not {"path", "_path"} & parameters:
                caches.append(function)
    return caches


def extract_all(texts: list[tuple[str, str]], caches: list) -> list:
    extractions = []
    for name, text in texts:
        for cache in caches:
            cache.cache_clear()
        extractions.append(extract_text(text, name))
    return extractions


class _TimedPattern:
    """A compiled pattern whose calls add their time to `totals[(name, method)]`."""

    _TIMED = frozenset({"match", "fullmatch", "search", "sub", "split", "findall", "finditer"})

    def __init__(self, name: str, pattern: re.Pattern[str], totals: dict) -> None:
        self._name, self._pattern, self._totals = name, pattern, totals

    def __getattr__(self, attribute: str):  # noqa: ANN204
        method = getattr(self._pattern, attribute)
        if attribute not in self._TIMED:
            return method

        def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            started = time.perf_counter()
            result = method(*args, **kwargs)
            if attribute == "finditer":  # the matching happens while the caller iterates
                result = iter(list(result))
            total = self._totals[(self._name, attribute)]
            total[0] += time.perf_counter() - started
            total[1] += 1
            return result

        return timed


def pattern_times(texts: list[tuple[str, str]], caches: list) -> list[tuple[str, str, float, int]]:
    """(pattern, method, seconds, calls) of every module-level pattern of the ingest modules,
    bare or held by a pre-tested one (`Cue`, `_EndWord`: its `pattern`), over one extraction of
    `texts`, slowest first. The patterns are swapped for timed stand-ins for the run and put
    back after."""
    totals: dict = collections.defaultdict(lambda: [0.0, 0])
    swapped = []
    for module_info in pkgutil.iter_modules(ingest.__path__):
        if module_info.name == "__main__":
            continue
        module = importlib.import_module(f"ingest.{module_info.name}")
        for name, value in list(vars(module).items()):
            label = f"{module_info.name}.{name}"
            if isinstance(value, re.Pattern):
                swapped.append((module, name, value))
                setattr(module, name, _TimedPattern(label, value, totals))
            elif isinstance(getattr(value, "pattern", None), re.Pattern) and not isinstance(
                value, type
            ):
                swapped.append((value, "pattern", value.pattern))
                value.pattern = _TimedPattern(label, value.pattern, totals)
    try:
        extract_all(texts, caches)
    finally:
        for owner, name, value in swapped:
            setattr(owner, name, value)
    rows = [(name, method, total[0], total[1]) for (name, method), total in totals.items()]
    return sorted(rows, key=lambda row: -row[2])


def planted_recovered(folder: Path, names: set[str], extractions: list) -> tuple[int, int]:
    """Planted facts of the measured documents found with the same line, kind, value, unit,
    comparator and period."""
    found = {
        (e.document, f.line, f.kind, round(f.value, 4), f.unit, f.comparator, f.period_start,
         f.period_end)
        for e in extractions for f in e.facts
    }  # fmt: skip
    planted = recovered = 0
    with (folder / "facts.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            fact = json.loads(line)
            if fact["file"] not in names:
                continue
            planted += 1
            key = (
                fact["file"], fact["line"], fact["kind"], round(fact["value"], 4), fact["unit"],
                fact["comparator"], fact["period_start"], fact["period_end"],
            )  # fmt: skip
            recovered += key in found
    return recovered, planted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", choices=("synthetic", "bundled"), default="synthetic")
    parser.add_argument("--documents", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument("--profile", action="store_true", help="print the extraction profile")
    parser.add_argument("--patterns", action="store_true", help="print the slowest patterns")
    parser.add_argument("--top", type=int, default=25, help="rows of the profile or patterns")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="wardwh-bench-") as tmp:
        texts, folder = load_texts(args.corpus, args.documents, Path(tmp))
        megabytes = sum(len(text.encode("utf-8")) for _, text in texts) / 1e6
        extract_text(*reversed(texts[0]))  # load the seeds, compile the patterns
        caches = content_caches()

        # best of the repeats, scan and extraction taking turns: a shared machine only ever
        # slows a run down, and both sides see the same hours
        scan_seconds = extract_seconds = float("inf")
        for _ in range(args.repeat):
            started = time.perf_counter()
            tokens = scan(texts)
            scan_seconds = min(scan_seconds, time.perf_counter() - started)
            started = time.perf_counter()
            extractions = extract_all(texts, caches)
            extract_seconds = min(extract_seconds, time.perf_counter() - started)

        count = len(texts)
        facts = sum(len(e.facts) for e in extractions)
        print(
            f"corpus: {args.corpus}, {count} documents, {megabytes:.1f} MB "
            f"({megabytes * 1e3 / count:.1f} KB each), {tokens} numeric tokens, {facts} facts"
        )
        print(
            f"regex scan:  {count / scan_seconds:10.1f} documents/s  "
            f"{megabytes / scan_seconds:8.2f} MB/s  ({scan_seconds:.3f} s)"
        )
        print(
            f"extraction:  {count / extract_seconds:10.1f} documents/s  "
            f"{megabytes / extract_seconds:8.2f} MB/s  ({extract_seconds:.2f} s, one core, "
            f"{len(caches)} text caches emptied before each document; best of {args.repeat})"
        )
        ratio = extract_seconds / scan_seconds
        rate = count / extract_seconds
        print(
            f"extraction is {ratio:.1f}× slower than the scan; goal ≥ 100 documents/s per core "
            f"({'met' if rate >= 100 else 'not met'}) and within 10× of the scan "
            f"({'met' if ratio <= 10 else 'not met'})"
        )
        if args.corpus == "synthetic":
            recovered, planted = planted_recovered(folder, {n for n, _ in texts}, extractions)
            print(f"planted facts read back exactly: {recovered}/{planted}")
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            extract_all(texts, caches)
            profiler.disable()
            print(f"\nprofile of extract_text, top {args.top} by cumulative time:")
            stats = pstats.Stats(profiler, stream=sys.stdout)
            stats.strip_dirs().sort_stats("cumulative").print_stats(args.top)
        if args.patterns:
            rows = pattern_times(texts, caches)
            print(
                f"\npatterns, top {args.top} by time (all {len(rows)}: "
                f"{sum(row[2] for row in rows):.2f} s, timing included):"
            )
            for name, method, seconds, calls in rows[: args.top]:
                print(
                    f"{seconds:8.3f} s {calls:9d} calls {seconds / calls * 1e6:9.1f} µs/call  "
                    f"{method:9s} {name}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
