{#
    Normalise a Vietnamese phrase for matching: lower-case, đ → d, accents stripped
    (so "Hoà"/"Hòa", "Thuỷ"/"Thủy", "tỷ lệ"/"tỉ lệ" become alike), every run of characters
    other than a-z and 0-9 replaced by one space, trimmed.
    "Tỷ lệ phủ sóng 5G (TDP)" → "ty le phu song 5g tdp".
    Alias patterns in seeds/indicator_aliases.csv are regular expressions on this form.
#}
{% macro normalize_phrase(expression) -%}
    trim(regexp_replace({{ fold_accents(expression) }}, '[^a-z0-9]+', ' ', 'g'))
{%- endmacro %}
