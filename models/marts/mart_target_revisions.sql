-- Target revision history: every target of a ward × indicator × period year that more than one
-- document has set, in issue order, with what changed from the previous document.
with targets as (
    select * from {{ ref('fct_targets') }}
    where revision_count > 1 and ward_code is not null
),

documents as (
    select document_id, document_number, document_kind, issued_sort_at
    from {{ ref('dim_document') }}
)

select
    cast(t.ward_code as varchar)                   as ward_code,
    cast(t.indicator_code as varchar)              as indicator_code,
    cast(t.period_year as integer)                 as period_year,
    cast(t.revision_number as integer)             as revision_number,
    cast(t.revision_count as integer)              as revision_count,
    cast(t.document_id as varchar)                 as document_id,
    cast(d.document_number as varchar)             as document_number,
    cast(d.document_kind as varchar)               as document_kind,
    cast(t.issued_on as date)                      as issued_on,
    cast(d.issued_sort_at as timestamp)            as issued_sort_at,
    cast(t.target_value as double precision)                 as target_value,
    cast(t.target_comparator as varchar)           as target_comparator,
    cast(t.period_start_year as integer)           as period_start_year,
    cast(t.previous_target_value as double precision)        as previous_target_value,
    cast(t.previous_target_comparator as varchar)  as previous_target_comparator,
    cast(t.previous_document_id as varchar)        as previous_document_id,
    cast(t.target_value - t.previous_target_value as double precision) as value_change,
    cast(case
        when t.previous_target_value is null then 'first'
        when t.target_value = t.previous_target_value
             and t.target_comparator = t.previous_target_comparator then 'restated'
        else 'revised'
    end as varchar)                                as revision_kind,
    cast(t.is_current_target as boolean)           as is_current_target,
    cast(t.superseded_by_document_id as varchar)   as superseded_by_document_id,
    cast(t.fact_id as varchar)                     as fact_id,
    cast(t.line_number as integer)                 as line_number,
    cast(t.sentence as varchar)                    as sentence
from targets as t
inner join documents as d on d.document_id = t.document_id
