"""The dbt project's `{% docs %}` blocks, read without running dbt.

The metric definitions (`models/docs/metrics.md`) are written once as docs blocks; dbt renders
them into its docs site, and the Parquet export and the ward dashboard read them from here, so
every place shows the same words. `resolve_doc_references` turns a YAML description such as
`'{{ doc("metric_gap") }}'` into the block's text.
"""

from __future__ import annotations

import re
from pathlib import Path

# dbt looks for docs blocks in every resource path of the project
DOC_PATHS = ("models", "seeds", "macros", "analyses")
_BLOCK = re.compile(
    r"{%-?\s*docs\s+(\w+)\s*-?%}(.*?){%-?\s*enddocs\s*-?%}", re.DOTALL | re.IGNORECASE
)
_COMMENT = re.compile(r"{#.*?#}", re.DOTALL)
_REFERENCE = re.compile(r"""{{\s*doc\(\s*["'](\w+)["']\s*\)\s*}}""")
METRIC_PREFIX = "metric_"


def parse_doc_blocks(text: str) -> dict[str, str]:
    """name → text of every `{% docs name %}...{% enddocs %}` block of one file."""
    text = _COMMENT.sub("", text)
    return {name: body.strip() for name, body in _BLOCK.findall(text)}


def doc_blocks(project_dir: Path) -> dict[str, str]:
    """Every docs block of the project (Markdown files under its resource paths)."""
    blocks: dict[str, str] = {}
    for folder in DOC_PATHS:
        base = Path(project_dir) / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*.md")):
            blocks.update(parse_doc_blocks(path.read_text(encoding="utf-8")))
    return blocks


def metric_blocks(project_dir: Path) -> dict[str, str]:
    """The metric definitions (`metric_*` blocks), in the order they are written."""
    return {k: v for k, v in doc_blocks(project_dir).items() if k.startswith(METRIC_PREFIX)}


def resolve_doc_references(text: str, blocks: dict[str, str]) -> str:
    """`{{ doc("name") }}` replaced by the block's text (left as is when there is no block)."""
    return _REFERENCE.sub(lambda match: blocks.get(match.group(1), match.group(0)), text)
