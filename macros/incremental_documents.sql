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
    For the incremental fact models (fct_targets, fct_actuals): the fact groups (macro
    fact_group: a ward, or a document without one) whose facts differ between `facts` (the
    de-duplicated facts of the model's kind) and the stored rows: a fact new, gone, or stated
    with another value, comparator or mentions. Revisions and rankings are computed within a
    group, so only these groups are rebuilt. One full join: each table is read once.
-#}
{% macro changed_fact_groups(facts, value_column, comparator_column) %}
    select coalesce({{ fact_group('u') }}, {{ fact_group('t') }}) as fact_group
    from {{ facts }} as u
    full join {{ this }} as t on t.fact_id = u.fact_id
    where u.fact_id is null
       or t.fact_id is null
       or t.{{ value_column }} <> u.fact_value
       or t.{{ comparator_column }} <> u.fact_comparator
       or t.primary_observation_id <> u.primary_observation_id
       or t.mention_count <> u.mention_count
{% endmacro %}

{#-
    The documents to rewrite in a fact model keyed on document_id: every document with a fact in
    a changed group. A document may hold facts of several units (a city report naming wards
    clause by clause), and delete+insert replaces all of a document's rows, so all of them must
    be in the batch.
-#}
{% macro changed_fact_documents(facts, value_column, comparator_column) %}
    select distinct d.document_id
    from {{ facts }} as d
    where {{ fact_group('d') }} in (
        {{ changed_fact_groups(facts, value_column, comparator_column) }}
    )
{% endmacro %}

{#-
    Every fact of `facts` in a fact group that one of `documents` (a query of document_id) has a
    fact in: what the revisions or rankings of those documents' facts are computed over.
-#}
{% macro facts_of_groups_touched_by(facts, documents) %}
    select f.*
    from {{ facts }} as f
    where {{ fact_group('f') }} in (
        select {{ fact_group('g') }}
        from {{ facts }} as g
        where g.document_id in ({{ documents }})
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

{#-
    The `batch` CTE of an incremental fact model (fct_targets, fct_actuals) of `kind` (target or
    actual): on a full build every fact of `full_build` (the view numbering them all); on an
    increment the facts of the documents with a fact in a changed group (macro
    changed_fact_documents), their revisions or rankings computed over the whole groups they
    belong to (as the view computes them over every fact).
-#}
{% macro incremental_fact_batch(kind, facts, full_build) %}
{% if is_incremental() %}
batch_documents as (
    {{ changed_fact_documents(facts, kind ~ '_value', kind ~ '_comparator') }}
),

batch_groups as (
    {{ facts_of_groups_touched_by(facts, 'select document_id from batch_documents') }}
),

batch as (
    select *
    from (
        {%- if kind == 'target' %}{{ target_revisions('batch_groups') }}
        {%- else %}{{ actual_rankings('batch_groups') }}{% endif %}
    ) as ranked_groups
    where document_id in (select document_id from batch_documents)
)
{% else %}
batch as (
    select * from {{ full_build }}
)
{% endif %}
{% endmacro %}
