-- Ward targets against the national and city reference targets of the same indicator.
-- References come from the seed reference_targets and from the current targets of documents
-- issued by (or attributed to) the city and the nation; at equal distance in years a document's
-- target is preferred to the seed's. For each current ward target and each level above it
-- (national, city), the reference of the same year is used, else the latest earlier one (a level
-- set for 2025 still stands in 2026), else the earliest later one. A ward target is less
-- ambitious when it asks for less than the reference, or for the same value with a weaker
-- comparator (≥ 50 under > 50).
with units as (
    select ward_code, unit_level from {{ ref('dim_ward') }}
),

targets as (
    select t.* from {{ ref('fct_targets') }} as t
    inner join units as u on u.ward_code = t.ward_code and u.unit_level = 'commune'
    where t.is_current_target
),

references_ as (
    select
        reference_target_id,
        indicator_code,
        reference_level,
        reference_document,
        reference_year,
        reference_value,
        reference_comparator,
        'seed' as reference_source
    from {{ ref('stg_reference__reference_targets') }}
    union all
    select
        t.fact_id                                                 as reference_target_id,
        t.indicator_code,
        case u.unit_level when 'nation' then 'national' else 'city' end as reference_level,
        coalesce(d.document_number, d.file_name)                  as reference_document,
        t.period_year                                             as reference_year,
        t.target_value                                            as reference_value,
        t.target_comparator                                       as reference_comparator,
        'document' as reference_source
    from {{ ref('fct_targets') }} as t
    inner join units as u on u.ward_code = t.ward_code and u.unit_level in ('city', 'nation')
    inner join {{ ref('dim_document') }} as d on d.document_id = t.document_id
    where t.is_current_target
),

indicators as (
    select indicator_code, direction from {{ ref('dim_indicator') }}
),

wards as (
    select ward_code, ward_name from {{ ref('dim_ward') }}
),

paired as (
    select *
    from (
        select
            t.*,
            r.reference_target_id,
            r.reference_level,
            r.reference_document,
            r.reference_year,
            r.reference_value,
            r.reference_comparator,
            r.reference_source,
            case
                when r.reference_year = t.period_year then 'same_year'
                when r.reference_year < t.period_year then 'earlier_year'
                else 'later_year'
            end as reference_year_match,
            row_number() over (
                partition by t.ward_code, t.indicator_code, t.period_year, r.reference_level
                order by
                    case when r.reference_year = t.period_year then 0
                         when r.reference_year < t.period_year then 1
                         else 2 end,
                    abs(r.reference_year - t.period_year),
                    case r.reference_source when 'document' then 0 else 1 end,
                    r.reference_target_id
            ) as reference_rank
        from targets as t
        inner join references_ as r on r.indicator_code = t.indicator_code
    ) as ranked_references
    where reference_rank = 1
)

select
    cast(p.ward_code as varchar)                   as ward_code,
    cast(w.ward_name as varchar)                   as ward_name,
    cast(p.indicator_code as varchar)              as indicator_code,
    cast(p.period_year as integer)                 as period_year,
    cast(p.reference_level as varchar)             as reference_level,
    cast(p.target_value as double precision)                 as ward_target_value,
    cast(p.target_comparator as varchar)           as ward_target_comparator,
    cast(p.document_id as varchar)                 as ward_target_document_id,
    cast(p.fact_id as varchar)                     as ward_target_fact_id,
    cast(p.reference_target_id as varchar)         as reference_target_id,
    cast(p.reference_document as varchar)          as reference_document,
    cast(p.reference_source as varchar)            as reference_source,
    cast(p.reference_year as integer)              as reference_year,
    cast(p.reference_year_match as varchar)        as reference_year_match,
    cast(p.reference_value as double precision)              as reference_value,
    cast(p.reference_comparator as varchar)        as reference_comparator,
    cast(i.direction as varchar)                   as direction,
    cast({{ gap_value('p.target_value', 'p.reference_value', 'i.direction') }} as double precision) as difference_value,
    cast({{ is_less_ambitious('p.target_value', 'p.target_comparator', 'p.reference_value', 'p.reference_comparator', 'i.direction') }} as boolean) as is_less_ambitious
from paired as p
inner join indicators as i on i.indicator_code = p.indicator_code
left join wards as w on w.ward_code = p.ward_code
