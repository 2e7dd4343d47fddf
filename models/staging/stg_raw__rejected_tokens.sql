-- Numeric tokens the extractor saw and did not keep, renamed and typed.
select
    cast(document_id as varchar) || ':' || cast(char_start as varchar) as rejected_token_id,
    cast(document_id as varchar)   as document_id,
    cast(line as integer)          as line_number,
    cast(char_start as integer)    as char_start,
    cast(char_end as integer)      as char_end,
    cast(raw_token as varchar)     as raw_token,
    cast(reason as varchar)        as rejection_reason,
    cast(context as varchar)       as context
from {{ source('raw', 'rejected_tokens') }}
