-- All 114 commune-level units of Hải Phòng, whether or not they have published a document,
-- and the two levels above them that documents are also attributed to: the city and the nation.
with wards as (
    select * from {{ ref('int_units__all_levels') }}
),

variants as (
    select
        ward_code,
        string_agg(name_variant, '; ' order by variant_type, name_variant) as name_variants
    from {{ ref('stg_reference__ward_name_variants') }}
    where variant_type <> 'official'
    group by ward_code
),

documents as (
    select
        ward_code,
        count(*)        as document_count,
        max(issued_on)  as latest_issued_on
    from {{ ref('int_documents__versioned') }}
    where is_current_version and ward_code is not null
    group by ward_code
)

select
    cast(w.ward_code as varchar)                        as ward_code,
    cast(w.ward_name as varchar)                        as ward_name,
    cast(w.ward_type as varchar)                        as ward_type,
    cast(w.ward_type_en as varchar)                     as ward_type_en,
    cast(w.unit_level as varchar)                       as unit_level,
    cast(w.parent_unit_code as varchar)                 as parent_unit_code,
    cast(w.former_units as varchar)                     as former_units,
    cast(w.former_unit_count as integer)                as former_unit_count,
    cast(v.name_variants as varchar)                    as name_variants,
    cast(coalesce(d.document_count, 0) as integer)      as document_count,
    coalesce(d.document_count, 0) > 0                   as has_documents,
    cast(d.latest_issued_on as date)                    as latest_issued_on,
    cast(w.source_url as varchar)                       as source_url
from wards as w
left join variants as v on v.ward_code = w.ward_code
left join documents as d on d.ward_code = w.ward_code
