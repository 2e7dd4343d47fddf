{#
    Primary-key test for a composite grain: no two rows share the same values of
    combination_of_columns (written here because `dbt deps` cannot reach the package hub).
#}
{% test unique_combination_of_columns(model, combination_of_columns) %}
    select {{ combination_of_columns | join(', ') }}, count(*) as row_count
    from {{ model }}
    group by {{ combination_of_columns | join(', ') }}
    having count(*) > 1
{% endtest %}
