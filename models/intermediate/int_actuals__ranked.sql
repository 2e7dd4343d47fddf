-- Results (actual facts) per ward, indicator and result year. When several documents report a
-- result for the same ward, indicator and year, the most recent statement is current: latest
-- as-of date, else latest issued document (issued_on, else ingested_at).
-- The window functions are macro actual_rankings (macros/fact_versions.sql), which the
-- increments of fct_actuals apply to the fact groups they rewrite.
-- A view: its only readers take a few documents' rows (the incremental fact models) or scan it
-- once, so storing every row again on each build cost more than the window functions.
{{ config(materialized='view') }}
with actuals as (
    select *
    from {{ ref('int_facts__deduplicated') }}
    where fact_kind = 'actual'
)

{{ actual_rankings('actuals') }}
