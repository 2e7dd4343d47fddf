-- Commune-level units of Hải Phòng (seed haiphong_units), renamed, with the count of former units.
{% set former_unit_pattern %}'\([^()]*\)'{% endset %}
select
    cast(unit_code as varchar)      as ward_code,
    cast(unit_name as varchar)      as ward_name,
    cast(unit_type as varchar)      as ward_type,
    case unit_type
        when 'phường' then 'ward'
        when 'xã' then 'commune'
        when 'đặc khu' then 'special_zone'
    end                             as ward_type_en,
    cast(former_units as varchar)   as former_units,
    -- each former unit is written "Name (district; mã cũ code; toàn bộ|một phần)"
    cast({{ regex_count('former_units', former_unit_pattern) }} as integer) as former_unit_count,
    cast(source_url as varchar)     as source_url
from {{ ref('haiphong_units') }}
