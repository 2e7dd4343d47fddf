-- Target versioning: exactly one current target per ward × indicator × period year.
select ward_code, indicator_code, period_year, count(*) filter (where is_current_target) as current_targets
from {{ ref('fct_targets') }}
where ward_code is not null
group by ward_code, indicator_code, period_year
having count(*) filter (where is_current_target) <> 1
