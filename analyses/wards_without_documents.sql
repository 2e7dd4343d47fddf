-- Commune-level units that have not published any document yet (no current document).
select
    ward_code,
    ward_name,
    ward_type,
    former_unit_count,
    former_units
from {{ ref('dim_ward') }}
where not has_documents and unit_level = 'commune'
order by ward_type, ward_name
