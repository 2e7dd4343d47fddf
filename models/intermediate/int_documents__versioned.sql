-- Document versions: raw.documents keeps one row per content hash, so a file ingested again with
-- new content has several rows. The latest ingested version of a file_name is the current one;
-- facts are read from current versions only.
-- issued_sort_at orders documents for target versioning: issued_on, or ingested_at when the
-- document carries no issue date.
with documents as (
    select * from {{ ref('stg_raw__documents') }}
),

versioned as (
    select
        *,
        cast(row_number() over (
            partition by file_name order by ingested_at, document_id
        ) as integer) as version_number,
        cast(count(*) over (partition by file_name) as integer) as version_count
    from documents
)

select
    *,
    version_number = version_count                          as is_current_version,
    coalesce(cast(issued_on as timestamp), ingested_at)     as issued_sort_at,
    issued_on is null                                       as issued_on_is_missing
from versioned
