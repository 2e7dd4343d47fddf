-- Targets: one row per document × indicator × period, de-duplicated across repeated mentions,
-- with revision history. Several documents setting a target for the same ward, indicator and
-- period year are revisions; the latest issued (issued_on, else ingested_at) is current.
--
-- Incremental, keyed on document_id: a build rewrites the facts of the documents with a fact in
-- a ward whose facts changed (macro changed_fact_documents), since revisions and rankings only
-- compare documents of the same ward; facts gone upstream are deleted after the batch.
-- A full build reads int_targets__versioned; an increment computes the revisions of its documents' ward
-- groups itself (macros/fact_versions.sql), as the view would number every fact again.
{{
    config(
        materialized='incremental',
        unique_key='document_id',
        indexes=document_id_index(),
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        post_hook="{{ delete_vanished_facts('target') }}"
    )
}}

{% set facts %}(select * from {{ ref('int_facts__deduplicated') }} where fact_kind = 'target'){% endset %}

with
{{ incremental_fact_batch('target', facts, ref('int_targets__versioned')) }}

select
    cast(fact_id as varchar)                      as fact_id,
    cast(document_id as varchar)                  as document_id,
    cast(ward_code as varchar)                    as ward_code,
    cast(indicator_code as varchar)               as indicator_code,
    cast(period_start_year as integer)            as period_start_year,
    cast(period_end_year as integer)              as period_year,
    cast(fact_value as double precision)                    as target_value,
    cast(fact_comparator as varchar)              as target_comparator,
    cast(value_basis as varchar)                  as value_basis,
    cast(issued_on as date)                       as issued_on,
    cast(revision_number as integer)              as revision_number,
    cast(revision_count as integer)               as revision_count,
    cast(is_current_target as boolean)            as is_current_target,
    cast(previous_target_value as double precision)         as previous_target_value,
    cast(previous_target_comparator as varchar)   as previous_target_comparator,
    cast(previous_document_id as varchar)         as previous_document_id,
    cast(superseded_by_document_id as varchar)    as superseded_by_document_id,
    {{ fact_provenance_columns() }}
from batch
