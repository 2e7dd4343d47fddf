-- Curation list: indicator phrases that matched no catalog entry, one row per normalised phrase
-- and unit, with counts and an example to read. match_status tells why: no alias matched
-- (no_match), an alias matched but for an indicator of another unit (unit_mismatch), or the
-- phrase itself matched nothing and the fact was mapped through its sentence
-- (sentence_fallback: mapped, but the phrase deserves an alias). Add a row to
-- seeds/indicator_aliases.csv and run `dbt build` to map them.
with observations as (
    select
        *,
        case
            when match_status = 'mapped' and match_source = 'sentence' then 'sentence_fallback'
            else match_status
        end as curation_status
    from {{ ref('int_observations__indicator_matched') }}
    where match_status <> 'mapped' or match_source = 'sentence'
),

grouped as (
    select
        indicator_phrase_normalized,
        stated_unit,
        curation_status,
        count(*)                                                   as observation_count,
        count(distinct document_id)                                as document_count,
        count(distinct ward_code)                                  as ward_count,
        string_agg(distinct fact_kind, ', ' order by fact_kind)    as fact_kinds,
        max(unit_mismatch_indicator_code)                          as unit_mismatch_indicator_code,
        max(indicator_code)                                        as sentence_indicator_code,
        string_agg(observation_id, ', ' order by document_id, line_number, char_start) as observation_ids
    from observations
    group by indicator_phrase_normalized, stated_unit, curation_status
),

-- the example of a group: its first mention in document, line and character order
examples as (
    select *
    from (
        select
            indicator_phrase_normalized,
            stated_unit,
            curation_status,
            observation_id as example_observation_id,
            row_number() over (
                partition by indicator_phrase_normalized, stated_unit, curation_status
                order by document_id, line_number, char_start
            ) as example_rank
        from observations
    ) as ranked_examples
    where example_rank = 1
)

select
    cast(md5(concat_ws('|', g.indicator_phrase_normalized, g.stated_unit, g.curation_status)) as varchar) as phrase_key,
    cast(g.indicator_phrase_normalized as varchar)   as indicator_phrase_normalized,
    cast(g.stated_unit as varchar)                   as stated_unit,
    cast(g.curation_status as varchar)               as match_status,
    cast(g.unit_mismatch_indicator_code as varchar)  as unit_mismatch_indicator_code,
    cast(g.sentence_indicator_code as varchar)       as sentence_indicator_code,
    cast(g.observation_count as integer)             as observation_count,
    cast(g.document_count as integer)                as document_count,
    cast(g.ward_count as integer)                    as ward_count,
    cast(g.fact_kinds as varchar)                    as fact_kinds,
    cast(e.indicator_text as varchar)                as example_indicator_text,
    cast(e.sentence as varchar)                      as example_sentence,
    cast(e.stated_value as double precision)                   as example_value,
    cast(e.document_id as varchar)                   as example_document_id,
    cast(e.line_number as integer)                   as example_line_number,
    cast(x.example_observation_id as varchar)        as example_observation_id,
    cast(g.observation_ids as varchar)               as observation_ids
from grouped as g
inner join examples as x
    on x.indicator_phrase_normalized = g.indicator_phrase_normalized
    and x.stated_unit = g.stated_unit
    and x.curation_status = g.curation_status
inner join observations as e on e.observation_id = x.example_observation_id
