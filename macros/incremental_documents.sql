{#-
    After an incremental build of a model keyed on document_id: delete the rows of documents that
    are no longer a current version (a later version of the same file was ingested), which an
    incremental batch of new documents never touches.
-#}
{% macro delete_rows_of_replaced_documents() %}
    {#- not exists, not "not in": PostgreSQL runs a large "not in" row by row #}
    delete from {{ this }} as kept
    where not exists (
        select 1
        from {{ ref('int_documents__versioned') }} as d
        where d.document_id = kept.document_id and d.is_current_version
    )
{% endmacro %}

{#-
    For the incremental fact models (fct_targets, fct_actuals): the fact groups (a ward, or a
    document without one) whose facts differ between `upstream` and the stored rows: a fact
    new, gone, or stated with another value, comparator or mentions. Revisions and rankings are
    computed within a group, so only these groups are rebuilt.
-#}
{% macro changed_fact_groups(upstream, value_column, comparator_column) %}
    select coalesce(u.ward_code, 'document:' || u.document_id) as fact_group
    from {{ upstream }} as u
    left join {{ this }} as t on t.fact_id = u.fact_id
    where t.fact_id is null
       or t.{{ value_column }} <> u.fact_value
       or t.{{ comparator_column }} <> u.fact_comparator
       or t.primary_observation_id <> u.primary_observation_id
       or t.mention_count <> u.mention_count
    union
    select coalesce(t.ward_code, 'document:' || t.document_id)
    from {{ this }} as t
    where not exists (select 1 from {{ upstream }} as u where u.fact_id = t.fact_id)
{% endmacro %}

{#-
    The documents to rewrite in a fact model keyed on document_id: every document with a fact in
    a changed group. A document may hold facts of several units (a city report naming wards
    clause by clause), and delete+insert replaces all of a document's rows, so all of them must
    be in the batch.
-#}
{% macro changed_fact_documents(upstream, value_column, comparator_column) %}
    select distinct d.document_id
    from {{ upstream }} as d
    where coalesce(d.ward_code, 'document:' || d.document_id) in (
        {{ changed_fact_groups(upstream, value_column, comparator_column) }}
    )
{% endmacro %}

{#-
    After an incremental build: delete the stored facts of `fact_kind` that no longer exist
    upstream. Checked against the de-duplicated facts, not the versioning or ranking view over
    them, whose window functions would run over every fact again (0.6 s of PostgreSQL's 2 s
    for fct_targets at national scale).
-#}
{% macro delete_vanished_facts(fact_kind) %}
    delete from {{ this }} as kept
    where not exists (
        select 1
        from {{ ref('int_facts__deduplicated') }} as u
        where u.fact_id = kept.fact_id and u.fact_kind = '{{ fact_kind }}'
    )
{% endmacro %}
