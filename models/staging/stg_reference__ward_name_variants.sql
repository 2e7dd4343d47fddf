-- Name variants of the units, with the normalised form used for matching.
select
    cast(unit_code as varchar)                 as ward_code,
    cast(name_variant as varchar)              as name_variant,
    {{ normalize_phrase('name_variant') }}     as name_variant_normalized,
    cast(variant_type as varchar)              as variant_type
from {{ ref('ward_name_variants') }}
