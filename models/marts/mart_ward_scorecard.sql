-- Per-ward scorecard by pillar and period year: how many targets the ward set, how many results
-- it reported, how many targets are met. Every pillar appears for each ward and year that has
-- at least one target or result, so a pillar with nothing shows zeros.
with gaps as (
    select g.*, i.pillar_code
    from {{ ref('fct_gap_to_target') }} as g
    inner join {{ ref('dim_indicator') }} as i on i.indicator_code = g.indicator_code
),

ward_years as (
    select distinct ward_code, ward_name, period_year from gaps
),

pillars as (
    select pillar_code, pillar_name_en, pillar_sort_order
    from {{ ref('stg_reference__indicator_pillars') }}
),

grid as (
    select w.ward_code, w.ward_name, w.period_year, p.pillar_code, p.pillar_name_en, p.pillar_sort_order
    from ward_years as w
    cross join pillars as p
),

counts as (
    select
        ward_code,
        period_year,
        pillar_code,
        count(*)                                         as indicators_tracked,
        count(target_value)                              as targets_set,
        count(actual_value)                              as results_reported,
        count(*) filter (where status = 'met')           as targets_met,
        count(*) filter (where status = 'not_met')       as targets_not_met,
        count(*) filter (where status = 'no_result')     as targets_without_result,
        count(*) filter (where status = 'no_target')     as results_without_target
    from gaps
    group by ward_code, period_year, pillar_code
)

select
    cast(g.ward_code as varchar)                                      as ward_code,
    cast(g.ward_name as varchar)                                      as ward_name,
    cast(g.period_year as integer)                                    as period_year,
    cast(g.pillar_code as varchar)                                    as pillar_code,
    cast(g.pillar_name_en as varchar)                                 as pillar_name_en,
    cast(g.pillar_sort_order as integer)                              as pillar_sort_order,
    cast(coalesce(c.indicators_tracked, 0) as integer)                as indicators_tracked,
    cast(coalesce(c.targets_set, 0) as integer)                       as targets_set,
    cast(coalesce(c.results_reported, 0) as integer)                  as results_reported,
    cast(coalesce(c.targets_met, 0) as integer)                       as targets_met,
    cast(coalesce(c.targets_not_met, 0) as integer)                   as targets_not_met,
    cast(coalesce(c.targets_without_result, 0) as integer)            as targets_without_result,
    cast(coalesce(c.results_without_target, 0) as integer)            as results_without_target,
    cast(c.targets_met as double precision) / nullif(c.targets_met + c.targets_not_met, 0) as met_share
from grid as g
left join counts as c
    on c.ward_code = g.ward_code and c.period_year = g.period_year and c.pillar_code = g.pillar_code
