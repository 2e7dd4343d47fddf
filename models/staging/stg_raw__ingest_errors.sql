-- Files that failed during an ingest run, renamed and typed.
select
    cast(run_id as varchar)          as ingest_run_id,
    cast(source_path as varchar)     as source_path,
    cast(reason as varchar)          as error_reason,
    cast(occurred_at as timestamp)   as occurred_at
from {{ source('raw', 'ingest_errors') }}
