select
    cast(pillar_code as varchar)     as pillar_code,
    cast(pillar_name_vi as varchar)  as pillar_name_vi,
    cast(pillar_name_en as varchar)  as pillar_name_en,
    cast(sort_order as integer)      as pillar_sort_order
from {{ ref('indicator_pillars') }}
