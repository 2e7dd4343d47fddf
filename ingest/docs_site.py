"""`wardwh docs`: the dbt docs site as one offline HTML file (and a localhost server for it).

`dbt docs generate --static` writes `static_index.html` with the manifest and the catalog inside,
so the page opens over file:// with no server. dbt's page loads nothing remote except its usage
tracker, which it starts only when the manifest says `send_anonymous_usage_stats: true`; the
project turns it off (dbt_project.yml) and the site written here is forced to say false as well,
then checked for any other remote script, stylesheet or font before it is kept.

Layout of the output folder (replaced as a whole, never half-written):
    index.html      the site (open it in a browser)
    manifest.json   dbt's manifest (descriptions of every model, column, seed, source)
    catalog.json    the columns and types the warehouse really has
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from ingest.build import run_dbt_docs_generate
from ingest.errors import PathError

STATIC_PAGE = "static_index.html"
ARTIFACTS = ("manifest.json", "catalog.json")
_TRACKING_ON = re.compile(r'("send_anonymous_usage_stats"\s*:\s*)true')
# a tag attribute that would fetch something from another host
_REMOTE = re.compile(
    r"""<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)\s*=\s*["']?(?:https?:)?//"""
)


class DocsError(PathError):
    """The site could not be written: `path` is what failed, `reason` says why."""


@dataclass(frozen=True)
class DocsSite:
    index: Path
    models: int
    seeds: int
    sources: int
    size_bytes: int

    def describe(self) -> str:
        return (
            f"{self.index} ({self.size_bytes // 1024} KB, {self.models} models, {self.seeds} "
            f"seeds, {self.sources} sources; opens offline, no server needed)"
        )


# dbt's page asks the browser for two URLs that do not exist: icons whose address Angular has
# not filled in yet (`xlink:href="{{ ... }}"`, fetched literally before the first digest) and a
# favicon left as an unexpanded bundler placeholder. Both print console errors, and over
# http they are requests for nothing; Angular's ng-attr- form and an inline favicon avoid them.
_UNBOUND_ICON = re.compile(r'(?<![-\w])xlink:href="{{')
_FAVICON_PLACEHOLDER = re.compile(
    r"""<link rel="shortcut icon" href="\$\{require\([^)]*\)\}"\s*/?>"""
)
_INLINE_FAVICON = '<link rel="icon" href="data:,">'


def make_offline(page: str) -> str:
    """dbt's page with usage tracking forced off and no request for a missing file; raises
    ValueError if it would still load anything from another host."""
    page = _TRACKING_ON.sub(r"\1false", page)
    page = _UNBOUND_ICON.sub('ng-attr-xlink:href="{{', page)
    page = _FAVICON_PLACEHOLDER.sub(_INLINE_FAVICON, page)
    match = _REMOTE.search(page)
    if match:
        raise ValueError(f"the page loads a remote resource: {match.group(0)[:120]}")
    return page


def write_docs_site(
    project_dir: Path,
    out: Path,
    *,
    warehouse_dir: Path | None = None,
    log_file: Path | None = None,
    on_generated: Callable[[], None] | None = None,
) -> DocsSite:
    """Generate the docs with dbt and write the offline site to `out` (replacing it)."""
    out = Path(out).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        target = work / "target"
        result = run_dbt_docs_generate(
            project_dir,
            warehouse_dir=warehouse_dir,
            target_path=target,
            static=True,
            log_file=log_file,
        )
        if not result.success or not (target / STATIC_PAGE).is_file():
            where = log_file or Path(project_dir) / "dbt_project.yml"
            raise DocsError(where, f"dbt docs generate failed: {result.error or 'see the log'}")
        if on_generated:
            on_generated()
        site = work / "site"
        site.mkdir()
        try:
            page = make_offline((target / STATIC_PAGE).read_text(encoding="utf-8"))
        except ValueError as error:
            raise DocsError(target / STATIC_PAGE, str(error)) from error
        (site / "index.html").write_text(page, encoding="utf-8")
        for name in ARTIFACTS:
            shutil.copy2(target / name, site / name)
        manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
        _replace(site, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    kinds = [node.get("resource_type") for node in manifest.get("nodes", {}).values()]
    return DocsSite(
        index=out / "index.html",
        models=kinds.count("model"),
        seeds=kinds.count("seed"),
        sources=len(manifest.get("sources", {})),
        size_bytes=(out / "index.html").stat().st_size,
    )


def _replace(new: Path, out: Path) -> None:
    """Put the folder `new` in place of `out` (the old one, if any, is removed after)."""
    old = None
    if out.exists():
        old = new.with_name(new.name + ".old")
        out.rename(old)
    new.rename(out)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


def make_server(folder: Path, port: int = 0) -> ThreadingHTTPServer:
    """A localhost-only HTTP server of `folder` (port 0 picks a free one)."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    return ThreadingHTTPServer(("127.0.0.1", port), handler)


def serve(folder: Path, port: int = 8080) -> None:
    """Serve `folder` on http://127.0.0.1:<port>/ until interrupted."""
    with make_server(folder, port) as server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
