-- Online-dossier processing rate (GOV_ONLINE_DOSSIER_RATE: dossiers of administrative
-- procedures processed online): the result of one year against the target of the next, by
-- ward, with the gap in percentage points (result − target; negative = behind).
-- Years: --vars '{result_year: 2025, target_year: 2026}' (defaults 2025 → 2026).
{% set result_year = var('result_year', 2025) %}
{% set target_year = var('target_year', 2026) %}

with gaps as (
    select * from {{ ref('fct_gap_to_target') }}
    where indicator_code = 'GOV_ONLINE_DOSSIER_RATE'
),

results as (
    select ward_code, actual_value, actual_comparator, actual_document_id, direction
    from gaps
    where period_year = {{ result_year }} and actual_value is not null
),

targets as (
    select ward_code, target_value, target_comparator, target_document_id, direction
    from gaps
    where period_year = {{ target_year }} and target_value is not null
),

wards as (
    select ward_code from results
    union
    select ward_code from targets
)

select
    w.ward_code,
    d.ward_name,
    {{ result_year }}                                   as result_year,
    r.actual_value                                      as result_value,
    r.actual_comparator                                 as result_comparator,
    {{ target_year }}                                   as target_year,
    t.target_value,
    t.target_comparator,
    {{ round_to(gap_value('r.actual_value', 't.target_value', "coalesce(t.direction, r.direction)"), 2) }} as gap_percentage_points,
    case
        when r.actual_value is null then 'no result for {{ result_year }}'
        when t.target_value is null then 'no target for {{ target_year }}'
        when {{ target_is_met('r.actual_value', 'r.actual_comparator', 't.target_value', 't.target_comparator', "coalesce(t.direction, r.direction)") }}
            then 'already meets the target'
        else 'still behind the target'
    end                                                 as reading,
    r.actual_document_id                                as result_document_id,
    t.target_document_id
from wards as w
inner join {{ ref('dim_ward') }} as d on d.ward_code = w.ward_code
left join results as r on r.ward_code = w.ward_code
left join targets as t on t.ward_code = w.ward_code
order by gap_percentage_points nulls last, d.ward_name
