-- Facts come from current document versions only.
select f.fact_id, f.document_id
from (
    select fact_id, document_id from {{ ref('fct_targets') }}
    union all
    select fact_id, document_id from {{ ref('fct_actuals') }}
) as f
inner join {{ ref('dim_document') }} as d on d.document_id = f.document_id
where not d.is_current_version
