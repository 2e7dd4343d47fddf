-- Trace a number back to its sentence: the target, result and baseline of one gap row, each with
-- every document, line, token and sentence that states it.
-- Choose the row with --vars '{trace_ward_code: "10525", trace_indicator_code: GOV_ONLINE_DOSSIER_RATE, trace_period_year: 2026}'.
{% set ward_code = var('trace_ward_code', '10525') %}
{% set indicator_code = var('trace_indicator_code', 'GOV_ONLINE_DOSSIER_RATE') %}
{% set period_year = var('trace_period_year', 2026) %}

with gap as (
    select *
    from {{ ref('fct_gap_to_target') }}
    where ward_code = '{{ ward_code }}'
      and indicator_code = '{{ indicator_code }}'
      and period_year = {{ period_year }}
),

roles as (
    select 'target' as role, target_fact_id as fact_id, target_value as value from gap
    union all
    select 'result', actual_fact_id, actual_value from gap
    union all
    select 'baseline', baseline_fact_id, baseline_value from gap
)

select
    r.role,
    r.value                      as value_in_gap_table,
    m.indicator_value            as value_of_mention,
    m.raw_token,
    m.comparator,
    d.file_name,
    d.document_number,
    d.issued_on,
    m.line_number,
    m.char_start,
    m.section_path,
    m.sentence,
    m.is_primary_mention,
    m.observation_id,
    m.fact_id
from roles as r
inner join {{ ref('fct_fact_mentions') }} as m on m.fact_id = r.fact_id
inner join {{ ref('dim_document') }} as d on d.document_id = m.document_id
order by case r.role when 'target' then 1 when 'result' then 2 else 3 end, m.line_number, m.char_start
