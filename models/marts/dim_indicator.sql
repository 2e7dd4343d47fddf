-- Indicator catalog with its pillar, aliases and reference targets.
with indicators as (
    select * from {{ ref('stg_reference__indicators') }}
),

pillars as (
    select * from {{ ref('stg_reference__indicator_pillars') }}
),

aliases as (
    select indicator_code, count(*) as alias_count
    from {{ ref('stg_reference__indicator_aliases') }}
    group by indicator_code
),

references_ as (
    select
        indicator_code,
        count(*) filter (where reference_level = 'national') as national_reference_count,
        count(*) filter (where reference_level = 'city')     as city_reference_count
    from {{ ref('stg_reference__reference_targets') }}
    group by indicator_code
)

select
    cast(i.indicator_code as varchar)                            as indicator_code,
    cast(i.indicator_name_vi as varchar)                         as indicator_name_vi,
    cast(i.indicator_name_en as varchar)                         as indicator_name_en,
    cast(i.pillar_code as varchar)                               as pillar_code,
    cast(p.pillar_name_vi as varchar)                            as pillar_name_vi,
    cast(p.pillar_name_en as varchar)                            as pillar_name_en,
    cast(i.unit as varchar)                                      as unit,
    cast(i.scope as varchar)                                     as scope,
    cast(i.direction as varchar)                                 as direction,
    cast(i.value_type as varchar)                                as value_type,
    cast(i.national_source as varchar)                           as national_source,
    cast(coalesce(a.alias_count, 0) as integer)                  as alias_count,
    coalesce(r.national_reference_count, 0) > 0                  as has_national_reference,
    coalesce(r.city_reference_count, 0) > 0                      as has_city_reference
from indicators as i
inner join pillars as p on p.pillar_code = i.pillar_code
left join aliases as a on a.indicator_code = i.indicator_code
left join references_ as r on r.indicator_code = i.indicator_code
