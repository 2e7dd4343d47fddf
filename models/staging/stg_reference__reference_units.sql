-- The units above the commune level that documents are attributed to: the city and the nation.
select
    cast(unit_code as varchar)          as ward_code,
    cast(unit_name as varchar)          as ward_name,
    cast(unit_type as varchar)          as ward_type,
    cast(unit_level as varchar)         as unit_level,
    cast(parent_unit_code as varchar)   as parent_unit_code,
    cast(note as varchar)               as note
from {{ ref('reference_units') }}
