{#
    Use a node's custom schema name as it is (staging, intermediate, marts, reference),
    instead of dbt's default "<target schema>_<custom schema>". Nodes without one
    (unit-test fixtures, data tests) go to the target schema.
#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
