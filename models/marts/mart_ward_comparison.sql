-- Ward comparison and ranking per indicator and period year. Ranks are direction-aware
-- (1 = best: highest value, or lowest when lower is better) and computed separately for
-- results and for targets; wards without a value for that side get no rank.
with gaps as (
    -- wards are ranked among commune-level units only (not against the city or the nation)
    select g.* from {{ ref('fct_gap_to_target') }} as g
    inner join {{ ref('dim_ward') }} as w on w.ward_code = g.ward_code and w.unit_level = 'commune'
),

indicators as (
    select indicator_code, indicator_name_vi, indicator_name_en, pillar_code, scope
    from {{ ref('dim_indicator') }}
),

-- medians per indicator and year (an aggregate joined back: PostgreSQL has no median window)
medians as (
    select
        indicator_code,
        period_year,
        {{ median_of('actual_value') }} as median_actual_value,
        {{ median_of('target_value') }} as median_target_value
    from gaps
    group by indicator_code, period_year
),

ranked as (
    select
        g.*,
        {{ direction_sign('g.direction') }} as sign,
        case when g.actual_value is not null then
            rank() over (
                partition by g.indicator_code, g.period_year, g.actual_value is null
                order by g.actual_value * {{ direction_sign('g.direction') }} desc
            )
        end as actual_rank,
        count(g.actual_value) over (partition by g.indicator_code, g.period_year) as wards_with_result,
        case when g.target_value is not null then
            rank() over (
                partition by g.indicator_code, g.period_year, g.target_value is null
                order by g.target_value * {{ direction_sign('g.direction') }} desc
            )
        end as target_rank,
        count(g.target_value) over (partition by g.indicator_code, g.period_year) as wards_with_target,
        m.median_actual_value,
        m.median_target_value
    from gaps as g
    inner join medians as m on m.indicator_code = g.indicator_code and m.period_year = g.period_year
)

select
    cast(r.indicator_code as varchar)          as indicator_code,
    cast(i.indicator_name_vi as varchar)       as indicator_name_vi,
    cast(i.indicator_name_en as varchar)       as indicator_name_en,
    cast(i.pillar_code as varchar)             as pillar_code,
    cast(i.scope as varchar)                   as scope,
    cast(r.unit as varchar)                    as unit,
    cast(r.direction as varchar)               as direction,
    cast(r.period_year as integer)             as period_year,
    cast(r.ward_code as varchar)               as ward_code,
    cast(r.ward_name as varchar)               as ward_name,
    cast(r.actual_value as double precision)             as actual_value,
    cast(r.actual_comparator as varchar)       as actual_comparator,
    cast(r.actual_rank as integer)             as actual_rank,
    cast(r.wards_with_result as integer)       as wards_with_result,
    cast(r.median_actual_value as double precision)      as median_actual_value,
    cast(r.target_value as double precision)             as target_value,
    cast(r.target_comparator as varchar)       as target_comparator,
    cast(r.target_rank as integer)             as target_rank,
    cast(r.wards_with_target as integer)       as wards_with_target,
    cast(r.median_target_value as double precision)      as median_target_value,
    cast(r.gap_value as double precision)                as gap_value,
    cast(r.status as varchar)                  as status,
    cast(r.baseline_value as double precision)           as baseline_value,
    cast(r.baseline_year as integer)           as baseline_year
from ranked as r
inner join indicators as i on i.indicator_code = r.indicator_code
