-- National and city reference targets (seed reference_targets), renamed and typed.
select
    cast(reference_target_id as varchar)  as reference_target_id,
    cast(indicator_code as varchar)       as indicator_code,
    cast(level as varchar)                as reference_level,
    cast(document as varchar)             as reference_document,
    cast(indicator_vi as varchar)         as reference_indicator_vi,
    cast(unit as varchar)                 as reference_unit_scope,
    cast(comparator as varchar)           as reference_comparator,
    cast(value as double precision)                 as reference_value,
    cast(year as integer)                 as reference_year,
    cast(source_url as varchar)           as source_url,
    cast(note as varchar)                 as reference_note
from {{ ref('reference_targets') }}
