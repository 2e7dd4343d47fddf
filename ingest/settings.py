"""Where the warehouse, exports and reference data live."""

from __future__ import annotations

import os
from pathlib import Path

from ingest.load_postgres import PostgresParams

REPO_ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS_DIR = REPO_ROOT / "data" / "documents"
SEEDS_DIR = REPO_ROOT / "seeds"
WAREHOUSE_FILE_NAME = "warehouse.duckdb"


def warehouse_dir() -> Path:
    """Folder of the DuckDB files: `$WAREHOUSE_DIR`, else `data/warehouse` in the repository."""
    configured = os.environ.get("WAREHOUSE_DIR")
    return Path(configured).resolve() if configured else REPO_ROOT / "data" / "warehouse"


def warehouse_path() -> Path:
    return warehouse_dir() / WAREHOUSE_FILE_NAME


def export_dir() -> Path:
    """Folder of the Parquet export: `$EXPORT_DIR`, else `data/export` in the repository."""
    configured = os.environ.get("EXPORT_DIR")
    return Path(configured).resolve() if configured else REPO_ROOT / "data" / "export"


def report_dir() -> Path:
    """Folder of the ward dashboard: `$REPORT_DIR`, else `report` beside the export folder."""
    configured = os.environ.get("REPORT_DIR")
    return Path(configured).resolve() if configured else export_dir().parent / "report"


def docs_dir() -> Path:
    """Folder of the static dbt docs site: `$DOCS_DIR`, else `docs` beside the export folder."""
    configured = os.environ.get("DOCS_DIR")
    return Path(configured).resolve() if configured else export_dir().parent / "docs"


def logs_dir() -> Path:
    """Folder of the run logs (dbt's full log of each build): `$WAREHOUSE_DIR/logs`."""
    return warehouse_dir() / "logs"


TARGETS = ("duckdb", "postgres")


def warehouse_target() -> str:
    """Backend of the warehouse: `$WARDWH_TARGET`, else the embedded DuckDB file."""
    return os.environ.get("WARDWH_TARGET") or "duckdb"


def postgres_params() -> PostgresParams:
    """The PostgreSQL warehouse named by the libpq variables (the same as profiles.yml)."""
    defaults = PostgresParams()
    return PostgresParams(
        host=os.environ.get("PGHOST") or defaults.host,
        port=int(os.environ.get("PGPORT") or defaults.port),
        user=os.environ.get("PGUSER") or defaults.user,
        password=os.environ.get("PGPASSWORD") or defaults.password,
        dbname=os.environ.get("PGDATABASE") or defaults.dbname,
    )
