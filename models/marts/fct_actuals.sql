-- Actual results: one row per document × indicator × period, de-duplicated across repeated
-- mentions. When several documents report the same ward, indicator and year, the latest
-- statement (as-of date, else issue date) is current.
--
-- Incremental, keyed on document_id: a build rewrites the facts of the documents with a fact in
-- a ward whose facts changed (macro changed_fact_documents), since revisions and rankings only
-- compare documents of the same ward; facts gone upstream are deleted after the batch.
-- A full build reads int_actuals__ranked; an increment computes the rankings of its documents' ward
-- groups itself (macros/fact_versions.sql), as the view would number every fact again.
{{
    config(
        materialized='incremental',
        unique_key='document_id',
        indexes=document_id_index(),
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        post_hook="{{ delete_vanished_facts('actual') }}"
    )
}}

{% set facts %}(select * from {{ ref('int_facts__deduplicated') }} where fact_kind = 'actual'){% endset %}

with
{{ incremental_fact_batch('actual', facts, ref('int_actuals__ranked')) }}

select
    cast(fact_id as varchar)                  as fact_id,
    cast(document_id as varchar)              as document_id,
    cast(ward_code as varchar)                as ward_code,
    cast(indicator_code as varchar)           as indicator_code,
    cast(period_start_year as integer)        as period_start_year,
    cast(period_end_year as integer)          as period_year,
    cast(fact_value as double precision)                as actual_value,
    cast(fact_comparator as varchar)          as actual_comparator,
    cast(value_basis as varchar)              as value_basis,
    cast(as_of_date as date)                  as as_of_date,
    cast(issued_on as date)                   as issued_on,
    cast(report_rank as integer)              as report_rank,
    cast(report_count as integer)             as report_count,
    cast(is_current_actual as boolean)        as is_current_actual,
    {{ fact_provenance_columns() }}
from batch
