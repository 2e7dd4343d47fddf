{#-
    After an incremental build of a model keyed on document_id: delete the rows of documents that
    are no longer a current version (a later version of the same file was ingested), which an
    incremental batch of new documents never touches.
-#}
{% macro delete_rows_of_replaced_documents() %}
    delete from {{ this }}
    where document_id not in (
        select document_id
        from {{ ref('int_documents__versioned') }}
        where is_current_version
    )
{% endmacro %}
