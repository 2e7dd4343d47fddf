-- Every document version in the raw layer. is_current_version marks the latest ingested version
-- of each file; facts come from current versions only.
with documents as (
    select * from {{ ref('int_documents__versioned') }}
),

kinds as (
    select * from {{ ref('stg_reference__document_kinds') }}
),

wards as (
    select ward_code, ward_name from {{ ref('int_units__all_levels') }}
),

mapping as (
    select
        document_id,
        count(*)                                                   as facts_loaded,
        count(*) filter (where match_status = 'mapped')            as facts_mapped,
        count(*) filter (where stated_unit = 'percent')            as rate_facts,
        count(*) filter (where stated_unit = 'percent' and match_status = 'mapped') as rate_facts_mapped
    from {{ ref('int_observations__indicator_matched') }}
    group by document_id
)

select
    cast(d.document_id as varchar)                     as document_id,
    cast(d.file_name as varchar)                       as file_name,
    cast(d.ward_code as varchar)                       as ward_code,
    cast(w.ward_name as varchar)                       as ward_name,
    cast(d.ward_as_written as varchar)                 as ward_as_written,
    cast(d.ward_unresolved_reason as varchar)          as ward_unresolved_reason,
    cast(d.document_kind as varchar)                   as document_kind,
    cast(k.document_kind_vi as varchar)                as document_kind_vi,
    cast(d.document_number as varchar)                 as document_number,
    cast(d.title as varchar)                           as title,
    cast(d.issued_on as date)                          as issued_on,
    cast(d.reference_year as integer)                  as reference_year,
    cast(d.issued_sort_at as timestamp)                as issued_sort_at,
    cast(d.issued_on_is_missing as boolean)            as issued_on_is_missing,
    cast(d.version_number as integer)                  as version_number,
    cast(d.version_count as integer)                   as version_count,
    cast(d.is_current_version as boolean)              as is_current_version,
    cast(d.ingested_at as timestamp)                   as ingested_at,
    cast(d.ingest_run_id as varchar)                   as ingest_run_id,
    cast(d.extractor_version as varchar)               as extractor_version,
    cast(d.source_path as varchar)                     as source_path,
    cast(d.size_bytes as bigint)                       as size_bytes,
    cast(d.line_count as integer)                      as line_count,
    cast(d.tokens_seen as integer)                     as tokens_seen,
    cast(d.facts_kept as integer)                      as facts_kept,
    cast(d.tokens_rejected as integer)                 as tokens_rejected,
    cast(coalesce(m.facts_mapped, 0) as integer)       as facts_mapped,
    cast(coalesce(m.rate_facts, 0) as integer)         as rate_facts,
    cast(coalesce(m.rate_facts_mapped, 0) as integer)  as rate_facts_mapped
from documents as d
left join kinds as k on k.document_kind = d.document_kind
left join wards as w on w.ward_code = d.ward_code
left join mapping as m on m.document_id = d.document_id
