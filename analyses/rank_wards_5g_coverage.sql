-- Rank wards on 5G coverage, each scope separately: coverage of residential groups (tổ dân phố)
-- and coverage of the population are different indicators and are never ranked together.
-- Ranks are per indicator and year, 1 = best, for results and for targets.
select
    c.indicator_code,
    c.scope,
    c.period_year,
    c.ward_code,
    c.ward_name,
    c.actual_value,
    c.actual_rank,
    c.wards_with_result,
    c.target_value,
    c.target_comparator,
    c.target_rank,
    c.wards_with_target,
    c.status,
    c.gap_value,
    c.baseline_value,
    c.baseline_year
from {{ ref('mart_ward_comparison') }} as c
where c.indicator_code like 'INF\_5G\_COVERAGE\_%' escape '\'
order by c.indicator_code, c.period_year, c.actual_rank nulls last, c.target_rank nulls last, c.ward_name
