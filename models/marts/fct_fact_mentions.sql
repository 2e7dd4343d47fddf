-- Every source mention behind a target or result: one row per mapped observation, with the
-- document, line, character span and sentence it was read from. Join on fact_id to trace any
-- number of fct_targets, fct_actuals or fct_gap_to_target back to its sentences.
--
-- Incremental, keyed on document_id: a build rewrites the mentions of the documents whose facts
-- differ from the ones stored here (new documents, documents matched again, replaced versions),
-- found by comparing each fact's mention count, primary mention and value. Mentions of facts
-- that no longer exist (a replaced version, a document whose phrases no longer map) are deleted
-- after the batch.
{{
    config(
        materialized='incremental',
        unique_key='document_id',
        indexes=document_id_index(),
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        post_hook="delete from {{ this }} as m where not exists (select 1 from {{ ref('int_facts__deduplicated') }} as f where f.fact_id = m.fact_id)"
    )
}}

with
{% if is_incremental() %}
stored as (
    select
        document_id,
        fact_id,
        count(*)                                                         as mention_count,
        max(case when is_primary_mention then observation_id end)       as primary_observation_id,
        max(case when is_primary_mention then indicator_value end)      as fact_value
    from {{ this }}
    group by document_id, fact_id
),

changed_documents as (
    select coalesce(f.document_id, s.document_id) as document_id
    from {{ ref('int_facts__deduplicated') }} as f
    full outer join stored as s on s.fact_id = f.fact_id
    where f.fact_id is null
       or s.fact_id is null
       or s.mention_count <> f.mention_count
       or s.primary_observation_id <> f.primary_observation_id
       or s.fact_value <> f.fact_value
    group by coalesce(f.document_id, s.document_id)
),
{% endif %}

facts as (
    select fact_id, primary_observation_id
    from {{ ref('int_facts__deduplicated') }}
    {% if is_incremental() %}
    where document_id in (select document_id from changed_documents)
    {% endif %}
),

mentions as (
    select * from {{ ref('int_observations__indicator_matched') }}
    where match_status = 'mapped' and indicator_value is not null
    {% if is_incremental() %}
      and document_id in (select document_id from changed_documents)
    {% endif %}
)

select
    cast(m.observation_id as varchar)                      as observation_id,
    cast(m.fact_id as varchar)                             as fact_id,
    cast(m.fact_kind as varchar)                           as fact_kind,
    cast(m.document_id as varchar)                         as document_id,
    cast(m.ward_code as varchar)                           as ward_code,
    cast(m.indicator_code as varchar)                      as indicator_code,
    cast(m.period_start_year as integer)                   as period_start_year,
    cast(m.period_end_year as integer)                     as period_year,
    cast(m.line_number as integer)                         as line_number,
    cast(m.char_start as integer)                          as char_start,
    cast(m.char_end as integer)                            as char_end,
    cast(m.raw_token as varchar)                           as raw_token,
    cast(m.stated_value as double precision)                         as stated_value,
    cast(m.stated_unit as varchar)                         as stated_unit,
    cast(m.numerator as double precision)                            as numerator,
    cast(m.denominator as double precision)                          as denominator,
    cast(m.indicator_value as double precision)                      as indicator_value,
    cast(m.value_basis as varchar)                         as value_basis,
    cast(m.comparator as varchar)                          as comparator,
    cast(m.as_of_date as date)                             as as_of_date,
    cast(m.indicator_text as varchar)                      as indicator_text,
    cast(m.sentence as varchar)                            as sentence,
    cast(m.section_path as varchar)                        as section_path,
    cast(m.source_shape as varchar)                        as source_shape,
    cast(m.alias_id as varchar)                            as alias_id,
    cast(m.match_source as varchar)                        as match_source,
    m.observation_id = f.primary_observation_id            as is_primary_mention
from mentions as m
inner join facts as f on f.fact_id = m.fact_id
