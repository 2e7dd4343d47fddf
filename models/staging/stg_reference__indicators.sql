-- Indicator catalog (seed indicators), renamed and typed.
select
    cast(indicator_code as varchar)     as indicator_code,
    cast(indicator_name_vi as varchar)  as indicator_name_vi,
    cast(indicator_name_en as varchar)  as indicator_name_en,
    cast(pillar_code as varchar)        as pillar_code,
    cast(unit as varchar)               as unit,
    cast(scope as varchar)              as scope,
    cast(direction as varchar)          as direction,
    cast(value_type as varchar)         as value_type,
    cast(national_source as varchar)    as national_source
from {{ ref('indicators') }}
