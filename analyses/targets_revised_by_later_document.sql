-- Targets revised by a later document: for every ward × indicator × year whose target a later
-- document changed (value or comparator), the earlier and the later target with their documents.
select
    r.ward_code,
    w.ward_name,
    r.indicator_code,
    i.indicator_name_vi,
    r.period_year,
    r.previous_target_comparator   as earlier_comparator,
    r.previous_target_value        as earlier_value,
    prev.document_number           as earlier_document_number,
    prev.issued_on                 as earlier_issued_on,
    r.previous_document_id         as earlier_document_id,
    r.target_comparator            as later_comparator,
    r.target_value                 as later_value,
    r.document_number              as later_document_number,
    r.issued_on                    as later_issued_on,
    r.document_id                  as later_document_id,
    r.value_change,
    r.is_current_target            as later_is_current,
    r.line_number                  as later_line_number,
    r.sentence                     as later_sentence
from {{ ref('mart_target_revisions') }} as r
inner join {{ ref('dim_ward') }} as w on w.ward_code = r.ward_code
inner join {{ ref('dim_indicator') }} as i on i.indicator_code = r.indicator_code
inner join {{ ref('dim_document') }} as prev on prev.document_id = r.previous_document_id
where r.revision_kind = 'revised'
order by w.ward_name, r.indicator_code, r.period_year, r.revision_number
