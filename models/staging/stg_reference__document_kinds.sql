select
    cast(document_kind as varchar)      as document_kind,
    cast(document_kind_vi as varchar)   as document_kind_vi,
    cast(document_kind_en as varchar)   as document_kind_en,
    cast(default_fact_kind as varchar)  as default_fact_kind
from {{ ref('document_kinds') }}
