{#-
    Target revisions and result rankings, written once for two readers: the views
    int_targets__versioned and int_actuals__ranked (over every fact), and the increments of
    fct_targets and fct_actuals (over the fact groups of the documents they rewrite). An increment
    that read the views would number every fact of the country again to keep a few documents'
    rows (1 s of PostgreSQL's 1.7 s for fct_targets at national scale): neither database filters
    a view's rows before its window functions unless the filter is on the partition itself.

    `facts` is a relation or CTE of facts of one kind. The numbers are right only when it holds
    every fact of each fact group (macro fact_group) it holds.
-#}

{#- The facts compared with one another: a ward's, or a document's when its ward is unresolved
    (an unresolved ward never groups documents together). -#}
{% macro fact_group(alias=none) -%}
    {%- set prefix = alias ~ '.' if alias else '' -%}
    coalesce({{ prefix }}ward_code, 'document:' || {{ prefix }}document_id)
{%- endmacro %}

{#- A fact's place among the facts of its group, indicator and year (in `order_by`), and how many
    there are. -#}
{% macro numbered_in_fact_group(order_by, number_column, count_column) -%}
    cast(row_number() over (
        partition by {{ fact_group() }}, indicator_code, period_end_year
        order by {{ order_by }}
    ) as integer) as {{ number_column }},
    cast(count(*) over (
        partition by {{ fact_group() }}, indicator_code, period_end_year
    ) as integer) as {{ count_column }}
{%- endmacro %}

{#- Several documents may set a target for the same ward, indicator and period year: ordered by
    issued_sort_at, the latest issued is current; within one document two targets with the same
    end year are ordered by period start, the narrower last. -#}
{% macro target_revisions(facts) %}
select
    *,
    revision_number = revision_count as is_current_target,
    lag(fact_value) over w           as previous_target_value,
    lag(fact_comparator) over w      as previous_target_comparator,
    lag(document_id) over w          as previous_document_id,
    lead(document_id) over w         as superseded_by_document_id
from (
    select
        *,
        {{ numbered_in_fact_group(
            'issued_sort_at, ingested_at, document_id, period_start_year',
            'revision_number', 'revision_count'
        ) }}
    from {{ facts }}
) as ordered
window w as (
    partition by {{ fact_group() }}, indicator_code, period_end_year
    order by revision_number
)
{% endmacro %}

{#- Several documents may report a result for the same ward, indicator and year: the most recent
    statement is current (latest as-of date, else latest issued document). -#}
{% macro actual_rankings(facts) %}
select
    *,
    report_rank = 1 as is_current_actual
from (
    select
        *,
        {{ numbered_in_fact_group(
            'coalesce(cast(as_of_date as timestamp), issued_sort_at) desc, issued_sort_at desc,'
            ~ ' ingested_at desc, document_id desc, period_start_year desc',
            'report_rank', 'report_count'
        ) }}
    from {{ facts }}
) as ordered
{% endmacro %}
