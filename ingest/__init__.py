"""Ward digital-transformation documents → facts → DuckDB raw layer."""

__version__ = "0.1.0"
