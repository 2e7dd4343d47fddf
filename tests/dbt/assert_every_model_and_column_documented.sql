-- Every model of the project has a description, every column it really has (information_schema)
-- is declared in its YAML, and every declared column has a description.
{% set missing = [] %}
{% set declared = [] %}
{% set relations = [] %}
{% if execute %}
    {% for node in graph.nodes.values() %}
        {% if node.resource_type == 'model' and node.package_name == project_name %}
            {% do relations.append((node.schema, node.alias)) %}
            {% if not node.description %}
                {% do missing.append(node.name ~ ' (model has no description)') %}
            {% endif %}
            {% for column in node.columns.values() %}
                {% do declared.append((node.schema, node.alias, column.name)) %}
                {% if not column.description %}
                    {% do missing.append(node.name ~ '.' ~ column.name ~ ' (no description)') %}
                {% endif %}
            {% endfor %}
        {% endif %}
    {% endfor %}
{% endif %}

with declared as (
    select * from (values
        {% for s, t, c in declared %}('{{ s }}', '{{ t }}', '{{ c }}'), {% endfor %}
        (cast(null as varchar), cast(null as varchar), cast(null as varchar))
    ) as d(table_schema, table_name, column_name)
),

relations as (
    select * from (values
        {% for s, t in relations %}('{{ s }}', '{{ t }}'), {% endfor %}
        (cast(null as varchar), cast(null as varchar))
    ) as r(table_schema, table_name)
),

undeclared as (
    select c.table_name || '.' || c.column_name || ' (column not declared in YAML)' as problem
    from information_schema.columns as c
    inner join relations as r
        on r.table_schema = c.table_schema and r.table_name = c.table_name
    left join declared as d
        on d.table_schema = c.table_schema and d.table_name = c.table_name and d.column_name = c.column_name
    where d.column_name is null
),

undescribed as (
    select * from (values {% for item in missing %}('{{ item }}'), {% endfor %}(cast(null as varchar))) as t(problem)
    where problem is not null
)

select problem from undeclared
union all
select problem from undescribed
