"""Each module-level name of `ingest/` is bound once.

The extractor's rules are module-level patterns, and parallel branches add them: two branches can
each define the same name (`_NOW_LABEL`, once folded and once as written), and the later binding
then silently replaces the earlier for every rule that reads it. Ruff flags a function or an
import bound twice, not a pattern.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

INGEST = Path(__file__).resolve().parent.parent / "ingest"


def module_level_bindings(source: str) -> Counter[str]:
    """How many times each name is bound by a top-level def, class or assignment."""
    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound[node.name] += 1
        elif isinstance(node, ast.Assign):
            bound.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
    return bound


def test_a_name_bound_twice_is_found():
    source = (
        'import re\n_LABEL = re.compile("a")\n\ndef f():\n    pass\n\n_LABEL = re.compile("b")\n'
    )
    assert module_level_bindings(source)["_LABEL"] == 2
    assert module_level_bindings(source)["f"] == 1


@pytest.mark.parametrize("path", sorted(INGEST.glob("*.py")), ids=lambda path: path.name)
def test_no_module_level_name_of_ingest_is_bound_twice(path):
    bound = module_level_bindings(path.read_text(encoding="utf-8"))
    assert [name for name, count in bound.items() if count > 1] == []
