-- Target versioning. Several documents may set a target for the same ward, indicator and period
-- year (period_end_year: the year the target must be met by). Documents are ordered by
-- issued_sort_at (issued_on, else ingested_at); the latest issued is the current target, the
-- earlier ones stay as revisions with their documents. Within one document, two targets with
-- the same end year (e.g. 2025–2027 and 2027) are ordered by period start, the narrower last.
-- A view: its only readers take a few documents' rows (the incremental fact models) or scan it
-- once, so storing every row again on each build cost more than the window functions.
{{ config(materialized='view') }}
with targets as (
    select *
    from {{ ref('int_facts__deduplicated') }}
    where fact_kind = 'target'
),

ordered as (
    select
        *,
        cast(row_number() over (
            partition by coalesce(ward_code, 'document:' || document_id), indicator_code, period_end_year
            order by issued_sort_at, ingested_at, document_id, period_start_year
        ) as integer) as revision_number,
        cast(count(*) over (
            partition by coalesce(ward_code, 'document:' || document_id), indicator_code, period_end_year
        ) as integer) as revision_count
    from targets
)

select
    *,
    revision_number = revision_count as is_current_target,
    lag(fact_value) over w           as previous_target_value,
    lag(fact_comparator) over w      as previous_target_comparator,
    lag(document_id) over w          as previous_document_id,
    lead(document_id) over w         as superseded_by_document_id
from ordered
-- an unresolved ward never groups documents together
window w as (
    partition by coalesce(ward_code, 'document:' || document_id), indicator_code, period_end_year
    order by revision_number
)
