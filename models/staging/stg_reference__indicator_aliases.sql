-- Phrase aliases (seed indicator_aliases), renamed and typed.
select
    cast(alias_id as varchar)         as alias_id,
    cast(pattern as varchar)          as alias_pattern,
    cast(indicator_code as varchar)   as indicator_code,
    cast(priority as integer)         as alias_priority,
    cast(note as varchar)             as alias_note
from {{ ref('indicator_aliases') }}
