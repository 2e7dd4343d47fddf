-- Indicator matching: one row per observation of a current document version.
-- The indicator phrase is normalised (macro normalize_phrase) and matched against every alias
-- pattern (macro regex_matches). Among aliases whose indicator unit fits the observation's unit
-- (same unit, or an x/y ratio for a percent indicator, read as the rate 100·x/y), the smallest
-- priority wins (then the smallest alias_id); is_ambiguous_match flags a tie between
-- different indicators at that priority. When the phrase matches nothing, and
-- var('match_sentence_fallback') is on, the aliases are tried on the fact's sentence and the
-- result is kept only when exactly one indicator fits there (match_source = 'sentence').
--
-- Incremental, keyed on document_id: matching is the costly step (every phrase against every
-- alias), so a build matches only the documents not matched yet under the current rules. A
-- document is matched again when it was loaded again (new ingest run) or when the rules changed
-- (rules_fingerprint: aliases, indicator units, the fallback switch). Rows of documents that
-- are no longer a current version are deleted after each build (macro
-- delete_rows_of_replaced_documents). A change to this SQL needs `wardwh build --full`
-- (`dbt build --full-refresh`).
{{
    config(
        materialized='incremental',
        unique_key='document_id',
        indexes=document_id_index(),
        incremental_strategy='delete+insert',
        on_schema_change='fail',
        post_hook="{{ delete_rows_of_replaced_documents() }}"
    )
}}

{#- an alias fits a fact of its indicator's unit, or an x/y ratio read as a rate -#}
{% set unit_fits %}(
            m.indicator_unit = o.stated_unit
            or (o.stated_unit = 'ratio' and m.indicator_unit = 'percent' and o.denominator > 0)
        ){% endset %}

with aliases as (
    select a.*, i.unit as indicator_unit
    from {{ ref('stg_reference__indicator_aliases') }} as a
    inner join {{ ref('stg_reference__indicators') }} as i on i.indicator_code = a.indicator_code
),

rules as (
    select md5(
        coalesce(string_agg(
            concat_ws('|', alias_id, alias_pattern, indicator_code, cast(alias_priority as varchar), indicator_unit),
            ';' order by alias_id
        ), '') || '|fallback={{ var('match_sentence_fallback') }}'
    ) as rules_fingerprint
    from aliases
),

documents as (
    select d.document_id, d.ward_code, d.reference_year, d.ingest_run_id, r.rules_fingerprint
    from {{ ref('int_documents__versioned') }} as d
    cross join rules as r
    where d.is_current_version
    {% if is_incremental() %}
      and not exists (
          select 1
          from {{ this }} as done
          where done.document_id = d.document_id
            and done.ingest_run_id = d.ingest_run_id
            and done.rules_fingerprint = r.rules_fingerprint
      )
    {% endif %}
),

observations as (
    select
        o.*,
        -- a fact whose clause names a unit belongs to that unit, else to the issuer
        case
            when o.attributed_unit_level is not null then o.attributed_ward_code
            else d.ward_code
        end as ward_code,
        d.ingest_run_id,
        d.rules_fingerprint,
        -- a fact without a period falls back on the document's reference year
        coalesce(o.period_start_year, o.period_end_year, d.reference_year) as period_start_year_resolved,
        coalesce(o.period_end_year, o.period_start_year, d.reference_year) as period_end_year_resolved,
        {{ normalize_phrase('o.indicator_text') }} as indicator_phrase_normalized,
        {{ normalize_phrase('o.sentence') }}       as sentence_normalized
    from {{ ref('stg_raw__observations') }} as o
    inner join documents as d on d.document_id = o.document_id
),

-- Each distinct normalised text is matched once (documents repeat their phrases), and a
-- sentence only for the facts whose phrase matches no alias of a fitting unit: the only ones
-- the sentence fallback can map.
phrase_matches as (
    select p.indicator_phrase_normalized, a.*
    from (select distinct indicator_phrase_normalized from observations) as p
    inner join aliases as a on {{ regex_matches('p.indicator_phrase_normalized', 'a.alias_pattern') }}
),

phrase_candidates as (
    select
        o.observation_id,
        'indicator_text' as match_source,
        m.alias_id,
        m.alias_pattern,
        m.alias_priority,
        m.indicator_code,
        {{ unit_fits }} as unit_fits
    from observations as o
    inner join phrase_matches as m on m.indicator_phrase_normalized = o.indicator_phrase_normalized
),

phrase_fits as (
    select observation_id, bool_or(unit_fits) as any_fitting
    from phrase_candidates
    group by observation_id
),

sentence_observations as (
    select o.*
    from observations as o
    left join phrase_fits as f on f.observation_id = o.observation_id
    where not coalesce(f.any_fitting, false)
),

sentence_matches as (
    select s.sentence_normalized, a.*
    from (select distinct sentence_normalized from sentence_observations) as s
    inner join aliases as a on {{ regex_matches('s.sentence_normalized', 'a.alias_pattern') }}
),

candidates as (
    select * from phrase_candidates
    union all
    select
        o.observation_id,
        'sentence' as match_source,
        m.alias_id,
        m.alias_pattern,
        m.alias_priority,
        m.indicator_code,
        {{ unit_fits }} as unit_fits
    from sentence_observations as o
    inner join sentence_matches as m on m.sentence_normalized = o.sentence_normalized
),

ranked as (
    select
        *,
        row_number() over (
            partition by observation_id, match_source
            order by not unit_fits, alias_priority, alias_id
        ) as candidate_rank,
        min(alias_priority) filter (where unit_fits) over (
            partition by observation_id, match_source
        ) as best_fitting_priority
    from candidates
),

phrase_best as (
    select
        observation_id,
        max(alias_id) filter (where candidate_rank = 1 and unit_fits) as alias_id,
        max(indicator_code) filter (where candidate_rank = 1 and not unit_fits) as unit_mismatch_indicator_code,
        count(distinct indicator_code) filter (
            where unit_fits and alias_priority = best_fitting_priority
        ) as tied_indicator_count
    from ranked
    where match_source = 'indicator_text'
    group by observation_id
),

sentence_best as (
    select
        observation_id,
        max(alias_id) filter (where candidate_rank = 1) as alias_id,
        count(distinct indicator_code) as fitting_indicator_count
    from ranked
    where match_source = 'sentence' and unit_fits
    group by observation_id
),

chosen as (
    select
        o.*,
        case
            when p.alias_id is not null then 'indicator_text'
            when {{ 'true' if var('match_sentence_fallback') else 'false' }}
                 and s.fitting_indicator_count = 1 then 'sentence'
        end as match_source,
        coalesce(
            p.alias_id,
            case when {{ 'true' if var('match_sentence_fallback') else 'false' }}
                      and s.fitting_indicator_count = 1 then s.alias_id end
        ) as alias_id,
        coalesce(p.tied_indicator_count, 0) as tied_indicator_count,
        p.unit_mismatch_indicator_code
    from observations as o
    left join phrase_best as p on p.observation_id = o.observation_id
    left join sentence_best as s on s.observation_id = o.observation_id
)

select
    c.observation_id,
    -- the de-duplicated fact this mention belongs to (int_facts__deduplicated)
    case when c.alias_id is not null then
        md5(concat_ws('|', c.document_id, coalesce(c.ward_code, '-'), a.indicator_code, c.fact_kind,
                      c.period_start_year_resolved::varchar, c.period_end_year_resolved::varchar))
    end as fact_id,
    c.document_id,
    c.ward_code,
    c.line_number,
    c.char_start,
    c.char_end,
    c.section_path,
    c.sentence,
    c.source_shape,
    c.fact_kind,
    c.indicator_text,
    c.indicator_phrase_normalized,
    c.stated_value,
    c.stated_unit,
    c.numerator,
    c.denominator,
    c.comparator,
    c.period_start_year_resolved as period_start_year,
    c.period_end_year_resolved   as period_end_year,
    c.as_of_date,
    c.raw_token,
    a.indicator_code,
    c.alias_id,
    a.alias_pattern,
    a.alias_priority,
    c.match_source,
    case
        when c.alias_id is not null then 'mapped'
        when c.unit_mismatch_indicator_code is not null then 'unit_mismatch'
        else 'no_match'
    end as match_status,
    c.unit_mismatch_indicator_code,
    c.tied_indicator_count > 1 as is_ambiguous_match,
    -- value in the indicator's unit: a ratio x/y mapped to a rate becomes 100·x/y
    case
        when c.alias_id is null then null
        when c.stated_unit = 'ratio' and a.indicator_unit = 'percent'
            then {{ round_to('100.0 * c.numerator / c.denominator', 4) }}
        else c.stated_value
    end as indicator_value,
    case
        when c.alias_id is null then null
        when c.stated_unit = 'ratio' and a.indicator_unit = 'percent' then 'derived_from_ratio'
        else 'stated'
    end as value_basis,
    c.ingest_run_id,
    c.rules_fingerprint
from chosen as c
left join aliases as a on a.alias_id = c.alias_id
