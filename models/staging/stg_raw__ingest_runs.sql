-- Ingest runs, renamed and typed.
select
    cast(run_id as varchar)             as ingest_run_id,
    cast(started_at as timestamp)       as started_at,
    cast(finished_at as timestamp)      as finished_at,
    cast(files_seen as integer)         as files_seen,
    cast(files_loaded as integer)       as files_loaded,
    cast(files_unchanged as integer)    as files_unchanged,
    cast(files_failed as integer)       as files_failed,
    cast(facts as integer)              as facts_loaded,
    cast(rejected_tokens as integer)    as tokens_rejected,
    cast(extractor_version as varchar)  as extractor_version,
    cast(status as varchar)             as run_status
from {{ source('raw', 'ingest_runs') }}
