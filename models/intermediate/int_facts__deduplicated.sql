-- One fact per document × indicator × kind × period (ward follows from the document) when a
-- document states the same thing several times (prose and appendix table, KPI and result cells).
-- All mentions are kept: mention_count, source_line_numbers and observation_ids list them.
-- The fact's value is chosen among the mentions: a stated value before one derived from a ratio,
-- then the value mentioned most often, then the first written. Its comparator is the most
-- specific one written for that value (a "≥ 70" in the result cell makes the KPI "70%" a ≥).
-- Mentions with other values are not dropped: has_conflicting_values flags them.
--
-- Incremental, keyed on document_id (a fact never spans documents): a build de-duplicates only
-- the documents whose matching was (re)done since (another ingest run or other rules).
{{
    config(
        materialized='incremental',
        unique_key='document_id',
        indexes=document_id_index(),
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        pre_hook="{{ avoid_nested_loops() }}",
        post_hook="{{ delete_rows_of_replaced_documents() }}"
    )
}}

with matched as (
    select *
    from {{ ref('int_observations__indicator_matched') }} as m
    {% if is_incremental() %}
    where not exists (
        select 1
        from {{ this }} as done
        where done.document_id = m.document_id
          and done.ingest_run_id = m.ingest_run_id
          and done.rules_fingerprint = m.rules_fingerprint
    )
    {% endif %}
),

mapped as (
    select *
    from matched
    where match_status = 'mapped' and indicator_value is not null
),

documents as (
    select document_id, issued_on, issued_sort_at, ingested_at
    from {{ ref('int_documents__versioned') }}
),

keyed as (
    select * from mapped
),

value_groups as (
    select
        fact_id,
        indicator_value,
        count(*)                               as value_mention_count,
        bool_or(value_basis = 'stated')        as value_is_stated,
        min(line_number)                       as value_first_line,
        min(char_start)                        as value_first_char
    from keyed
    group by fact_id, indicator_value
),

chosen_value as (
    select *
    from (
        select
            *,
            row_number() over (
                partition by fact_id
                order by value_is_stated desc, value_mention_count desc, value_first_char, indicator_value
            ) as value_rank
        from value_groups
    ) as ranked_values
    where value_rank = 1
),

primary_mention as (
    select *
    from (
        select
            k.*,
            row_number() over (
                partition by k.fact_id
                order by k.value_basis = 'stated' desc, k.comparator <> 'eq' desc, k.line_number, k.char_start
            ) as mention_rank
        from keyed as k
        inner join chosen_value as v
            on v.fact_id = k.fact_id and v.indicator_value = k.indicator_value
    ) as ranked_mentions
    where mention_rank = 1
),

rollup as (
    select
        fact_id,
        cast(count(*) as integer)                                           as mention_count,
        cast(count(distinct indicator_value) as integer)                    as distinct_value_count,
        array_to_string(array_agg(distinct line_number order by line_number), ', ') as source_line_numbers,
        string_agg(observation_id, ', ' order by line_number, char_start)   as observation_ids,
        string_agg(distinct cast(indicator_value as varchar), ' | '
                   order by cast(indicator_value as varchar))             as values_mentioned,
        max(as_of_date)                                                     as as_of_date,
        max(indicator_value) - min(indicator_value)                         as value_spread,
        bool_or(match_source = 'sentence')                                  as any_sentence_match
    from keyed
    group by fact_id
)

select
    p.fact_id,
    p.document_id,
    p.ward_code,
    p.indicator_code,
    p.fact_kind,
    p.period_start_year,
    p.period_end_year,
    p.indicator_value                              as fact_value,
    p.comparator                                   as fact_comparator,
    p.value_basis,
    r.as_of_date,
    r.mention_count,
    r.distinct_value_count,
    -- mentions that differ by more than half a unit (a stated 87.7% next to its ratio
    -- 67.355/76.724 = 87.79% is not a conflict)
    r.value_spread > 0.5                           as has_conflicting_values,
    r.values_mentioned,
    r.source_line_numbers,
    r.observation_ids,
    p.observation_id                               as primary_observation_id,
    p.line_number                                  as primary_line_number,
    p.sentence                                     as primary_sentence,
    p.section_path                                 as primary_section_path,
    p.indicator_text                               as primary_indicator_text,
    p.alias_id                                     as primary_alias_id,
    r.any_sentence_match                           as mapped_via_sentence,
    d.issued_on,
    d.issued_sort_at,
    d.ingested_at,
    p.ingest_run_id,
    p.rules_fingerprint
from primary_mention as p
inner join rollup as r on r.fact_id = p.fact_id
inner join documents as d on d.document_id = p.document_id
