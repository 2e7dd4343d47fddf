{# Rows for which `expression` is not true (false or null) fail the test. #}
{% test expression_is_true(model, expression) %}
    select *
    from {{ model }}
    where not coalesce(({{ expression }}), false)
{% endtest %}
