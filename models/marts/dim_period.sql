-- Calendar years covering every period of a fact, a document and a reference target
-- (at least 2025–2030). A period is a year: the year a target must be met by, or the year a
-- result is for.
with years as (
    select period_start_year as y from {{ ref('int_facts__deduplicated') }}
    union
    select period_end_year from {{ ref('int_facts__deduplicated') }}
    union
    select reference_year from {{ ref('int_documents__versioned') }}
    union
    select reference_year from {{ ref('stg_reference__reference_targets') }}
),

bounds as (
    select
        least(coalesce(min(y), 2025), 2025)    as first_year,
        greatest(coalesce(max(y), 2030), 2030) as last_year
    from years
    where y is not null
),

calendar as (
    select cast({{ integer_series('first_year', 'last_year') }} as integer) as period_year
    from bounds
)

select
    cast(period_year as integer)                                   as period_year,
    cast(make_date(period_year, 1, 1) as date)                     as period_start_date,
    cast(make_date(period_year, 12, 31) as date)                   as period_end_date,
    -- national five-year socio-economic plan periods: 2021–2025, 2026–2030, ...
    cast(2021 + 5 * floor((period_year - 2021) / 5.0) as integer)  as plan_period_start_year,
    cast(2025 + 5 * floor((period_year - 2021) / 5.0) as integer)  as plan_period_end_year
from calendar
