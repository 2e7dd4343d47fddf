-- Results (actual facts) per ward, indicator and result year. When several documents report a
-- result for the same ward, indicator and year, the most recent statement is current: latest
-- as-of date, else latest issued document (issued_on, else ingested_at).
-- A view: its only readers take a few documents' rows (the incremental fact models) or scan it
-- once, so storing every row again on each build cost more than the window functions.
{{ config(materialized='view') }}
with actuals as (
    select *
    from {{ ref('int_facts__deduplicated') }}
    where fact_kind = 'actual'
),

ordered as (
    select
        *,
        cast(row_number() over (
            partition by coalesce(ward_code, 'document:' || document_id), indicator_code, period_end_year
            order by coalesce(cast(as_of_date as timestamp), issued_sort_at) desc,
                     issued_sort_at desc, ingested_at desc, document_id desc, period_start_year desc
        ) as integer) as report_rank,
        cast(count(*) over (
            partition by coalesce(ward_code, 'document:' || document_id), indicator_code, period_end_year
        ) as integer) as report_count
    from actuals
)

select
    *,
    report_rank = 1 as is_current_actual
from ordered
