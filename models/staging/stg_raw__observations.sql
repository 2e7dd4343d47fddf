-- One row per extracted fact, renamed and typed.
select
    cast(observation_id as varchar)   as observation_id,
    cast(document_id as varchar)      as document_id,
    cast(line as integer)             as line_number,
    cast(char_start as integer)       as char_start,
    cast(char_end as integer)         as char_end,
    cast(section as varchar)          as section_path,
    cast(sentence as varchar)         as sentence,
    cast(source_shape as varchar)     as source_shape,
    cast(kind as varchar)             as fact_kind,
    cast(indicator_text as varchar)   as indicator_text,
    cast(value as double precision)             as stated_value,
    cast(unit as varchar)             as stated_unit,
    cast(numerator as double precision)         as numerator,
    cast(denominator as double precision)       as denominator,
    cast(comparator as varchar)       as comparator,
    cast(period_start as integer)     as period_start_year,
    cast(period_end as integer)       as period_end_year,
    cast(as_of as date)               as as_of_date,
    cast(raw_token as varchar)        as raw_token,
    -- the unit the fact belongs to, when its clause names one ("xã An Lão đạt 87%")
    cast(ward_code as varchar)        as attributed_ward_code,
    cast(ward_level as varchar)       as attributed_unit_level,
    cast(ward_reason as varchar)      as attribution_reason,
    cast(page as integer)             as page_number,
    cast(coalesce(source_format, 'text') as varchar) as source_format,
    cast(ocr_confidence as double precision) as ocr_confidence
from {{ source('raw', 'observations') }}
