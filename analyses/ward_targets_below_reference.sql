-- Ward targets below the national or city target of the same indicator (less ambitious than the
-- level above): a lower value, or the same value with a weaker comparator (50% under "> 50%").
select
    c.ward_code,
    c.ward_name,
    c.indicator_code,
    i.indicator_name_vi,
    c.period_year,
    c.ward_target_comparator,
    c.ward_target_value,
    c.reference_level,
    c.reference_document,
    c.reference_year,
    c.reference_year_match,
    c.reference_comparator,
    c.reference_value,
    c.difference_value,
    c.ward_target_document_id
from {{ ref('mart_reference_comparison') }} as c
inner join {{ ref('dim_indicator') }} as i on i.indicator_code = c.indicator_code
where c.is_less_ambitious
order by c.ward_name, c.indicator_code, c.period_year, c.reference_level
