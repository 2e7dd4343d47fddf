-- One row per document version, renamed and typed.
select
    cast(document_id as varchar)         as document_id,
    cast(file_name as varchar)           as file_name,
    cast(source_path as varchar)         as source_path,
    cast(ward_code as varchar)           as ward_code,
    cast(ward_name as varchar)           as ward_name,
    cast(ward_as_written as varchar)     as ward_as_written,
    cast(ward_reason as varchar)         as ward_unresolved_reason,
    cast(document_kind as varchar)       as document_kind,
    cast(document_number as varchar)     as document_number,
    cast(issued_on as date)              as issued_on,
    cast(reference_year as integer)      as reference_year,
    cast(title as varchar)               as title,
    cast(encoding as varchar)            as source_encoding,
    cast(size_bytes as bigint)           as size_bytes,
    cast(line_count as integer)          as line_count,
    cast(tokens_seen as integer)         as tokens_seen,
    cast(facts_kept as integer)          as facts_kept,
    cast(tokens_rejected as integer)     as tokens_rejected,
    cast(extractor_version as varchar)   as extractor_version,
    cast(run_id as varchar)              as ingest_run_id,
    cast(ingested_at as timestamp)       as ingested_at
from {{ source('raw', 'documents') }}
