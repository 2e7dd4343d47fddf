-- Every unit a document or a fact can be attributed to: the 114 commune-level units of
-- Hải Phòng (level commune, under the city), the city itself and the nation.
with communes as (
    select
        ward_code,
        ward_name,
        ward_type,
        ward_type_en,
        'commune'   as unit_level,
        '31'        as parent_unit_code,
        former_units,
        former_unit_count,
        source_url
    from {{ ref('stg_reference__wards') }}
),

above as (
    select
        ward_code,
        ward_name,
        ward_type,
        unit_level  as ward_type_en,
        unit_level,
        parent_unit_code,
        cast(null as varchar)   as former_units,
        0                       as former_unit_count,
        cast(null as varchar)   as source_url
    from {{ ref('stg_reference__reference_units') }}
)

select * from communes
union all
select * from above
