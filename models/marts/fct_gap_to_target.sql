-- Gap to target at grain ward × indicator × period_year.
-- period_year is the year a target must be met by (a target's period_end, so a 2025–2027
-- target is a 2027 row) and, for a result, the year it reports on. The current target
-- (latest issued) meets the current result of the same year; the baseline is the latest
-- result of an earlier year (a 2025 result is the baseline of a 2026 target).
-- Semantics (comparators, direction, bounds, status) live in macros/gap_semantics.sql; their
-- wording in models/docs/metrics.md.
with targets as (
    select * from {{ ref('fct_targets') }}
    where is_current_target and ward_code is not null
),

actuals as (
    select * from {{ ref('fct_actuals') }}
    where is_current_actual and ward_code is not null
),

indicators as (
    select indicator_code, direction, unit from {{ ref('dim_indicator') }}
),

wards as (
    select ward_code, ward_name from {{ ref('dim_ward') }}
),

-- one current target per key; within a document two targets may end the same year (2025–2027
-- and 2027): the narrower (later start) wins, as in target versioning
current_targets as (
    select *
    from (
        select
            *,
            row_number() over (
                partition by ward_code, indicator_code, period_year
                order by revision_number desc, period_start_year desc nulls last
            ) as key_rank
        from targets
    ) as ranked_targets
    where key_rank = 1
),

current_actuals as (
    select *
    from (
        select
            *,
            row_number() over (
                partition by ward_code, indicator_code, period_year
                order by report_rank, period_start_year desc nulls last
            ) as key_rank
        from actuals
    ) as ranked_actuals
    where key_rank = 1
),

keys as (
    select ward_code, indicator_code, period_year from current_targets
    union
    select ward_code, indicator_code, period_year from current_actuals
),

baselines as (
    select *
    from (
        select
            k.ward_code,
            k.indicator_code,
            k.period_year,
            a.actual_value   as baseline_value,
            a.actual_comparator as baseline_comparator,
            a.period_year    as baseline_year,
            a.document_id    as baseline_document_id,
            a.fact_id        as baseline_fact_id,
            row_number() over (
                partition by k.ward_code, k.indicator_code, k.period_year
                order by a.period_year desc
            ) as baseline_rank
        from keys as k
        inner join current_actuals as a
            on a.ward_code = k.ward_code
            and a.indicator_code = k.indicator_code
            and a.period_year < k.period_year
    ) as ranked_baselines
    where baseline_rank = 1
),

joined as (
    select
        k.ward_code,
        w.ward_name,
        k.indicator_code,
        i.unit,
        i.direction,
        k.period_year,
        t.target_value,
        t.target_comparator,
        t.document_id          as target_document_id,
        t.fact_id              as target_fact_id,
        t.period_start_year    as target_period_start_year,
        t.revision_count       as target_revision_count,
        a.actual_value,
        a.actual_comparator,
        coalesce(a.as_of_date, a.issued_on) as actual_as_of,
        case
            when a.as_of_date is not null then 'stated'
            when a.issued_on is not null then 'document_issued_on'
        end                    as actual_as_of_source,
        a.document_id          as actual_document_id,
        a.fact_id              as actual_fact_id,
        b.baseline_value,
        b.baseline_comparator,
        b.baseline_year,
        b.baseline_document_id,
        b.baseline_fact_id
    from keys as k
    inner join indicators as i on i.indicator_code = k.indicator_code
    left join wards as w on w.ward_code = k.ward_code
    left join current_targets as t
        on t.ward_code = k.ward_code and t.indicator_code = k.indicator_code and t.period_year = k.period_year
    left join current_actuals as a
        on a.ward_code = k.ward_code and a.indicator_code = k.indicator_code and a.period_year = k.period_year
    left join baselines as b
        on b.ward_code = k.ward_code and b.indicator_code = k.indicator_code and b.period_year = k.period_year
),

computed as (
    select
        *,
        {{ target_is_met('actual_value', 'actual_comparator', 'target_value', 'target_comparator', 'direction') }} as is_met
    from joined
)

select
    cast(ward_code as varchar)                  as ward_code,
    cast(ward_name as varchar)                  as ward_name,
    cast(indicator_code as varchar)             as indicator_code,
    cast(unit as varchar)                       as unit,
    cast(direction as varchar)                  as direction,
    cast(period_year as integer)                as period_year,
    cast(target_value as double precision)                as target_value,
    cast(target_comparator as varchar)          as target_comparator,
    cast(target_document_id as varchar)         as target_document_id,
    cast(target_fact_id as varchar)             as target_fact_id,
    cast(target_period_start_year as integer)   as target_period_start_year,
    cast(target_revision_count as integer)      as target_revision_count,
    cast(actual_value as double precision)                as actual_value,
    cast(actual_comparator as varchar)          as actual_comparator,
    cast(actual_as_of as date)                  as actual_as_of,
    cast(actual_as_of_source as varchar)        as actual_as_of_source,
    cast(actual_document_id as varchar)         as actual_document_id,
    cast(actual_fact_id as varchar)             as actual_fact_id,
    cast({{ round_to(gap_value('actual_value', 'target_value', 'direction'), 4) }} as double precision) as gap_value,
    cast({{ round_to(attainment_ratio('actual_value', 'target_value', 'direction'), 4) }} as double precision) as attainment_ratio,
    cast(is_met as boolean)                     as is_met,
    cast({{ gap_status('target_value', 'actual_value', 'is_met') }} as varchar) as status,
    cast(baseline_value as double precision)    as baseline_value,
    cast(baseline_comparator as varchar)        as baseline_comparator,
    cast(baseline_year as integer)              as baseline_year,
    cast(baseline_document_id as varchar)       as baseline_document_id,
    cast(baseline_fact_id as varchar)           as baseline_fact_id,
    cast({{ round_to(required_change('baseline_value', 'target_value', 'direction'), 4) }} as double precision) as required_change
from computed
