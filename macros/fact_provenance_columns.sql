{#- The de-duplication and provenance columns shared by fct_targets and fct_actuals: how often
    a document states the fact, and the line, sentence and section it is traced to. -#}
{% macro fact_provenance_columns() %}
    cast(mention_count as integer)            as mention_count,
    cast(has_conflicting_values as boolean)   as has_conflicting_values,
    cast(values_mentioned as varchar)         as values_mentioned,
    cast(source_line_numbers as varchar)      as source_line_numbers,
    cast(observation_ids as varchar)          as observation_ids,
    cast(primary_observation_id as varchar)   as primary_observation_id,
    cast(primary_line_number as integer)      as line_number,
    cast(primary_sentence as varchar)         as sentence,
    cast(primary_section_path as varchar)     as section_path,
    cast(primary_indicator_text as varchar)   as indicator_text,
    cast(primary_alias_id as varchar)         as alias_id,
    cast(mapped_via_sentence as boolean)      as mapped_via_sentence
{% endmacro %}
