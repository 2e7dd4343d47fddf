-- Target versioning. Several documents may set a target for the same ward, indicator and period
-- year (period_end_year: the year the target must be met by). Documents are ordered by
-- issued_sort_at (issued_on, else ingested_at); the latest issued is the current target, the
-- earlier ones stay as revisions with their documents. Within one document, two targets with
-- the same end year (e.g. 2025–2027 and 2027) are ordered by period start, the narrower last.
-- The window functions are macro target_revisions (macros/fact_versions.sql), which the
-- increments of fct_targets apply to the fact groups they rewrite.
-- A view: its only readers take a few documents' rows (the incremental fact models) or scan it
-- once, so storing every row again on each build cost more than the window functions.
{{ config(materialized='view') }}
with targets as (
    select *
    from {{ ref('int_facts__deduplicated') }}
    where fact_kind = 'target'
)

{{ target_revisions('targets') }}
