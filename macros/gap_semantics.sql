{#
    Gap-to-target semantics, in one place so that the models and the unit tests agree.
    Their wording (the metric definitions shown in dbt docs and the ward dashboard) is in
    models/docs/metrics.md: change a formula here and its description there together.

    A comparator belongs to the target:
      ge  "≥ 80", "tối thiểu 80"  met by 80
      gt  "trên 70"                 met by 70.1, not by 70
      le  "≤ 24", "tối đa"          met by 24
      lt  "dưới 5"                  met by 4.9, not by 5
      eq  "đạt 100"                 a level to reach: met when the result is at least the
                                    target (at most, for a lower-is-better indicator)
      approx "khoảng 80"            met within var('approx_tolerance') of the target on the
                                    side the indicator's direction allows

    The result may itself be a bound ("trên 70%" = gt 70, "chưa đạt 35%" = lt 35). A bound
    counts as met only when the bound itself proves it: "trên 70" meets "> 70" and "≥ 70";
    "chưa đạt 35" never meets a lower-bound target; "trên 70" does not prove "≥ 80".
#}

{# +1 when higher is better, -1 when lower is better. #}
{% macro direction_sign(direction) -%}
    (case when {{ direction }} = 'lower_is_better' then -1 else 1 end)
{%- endmacro %}

{#
    Which side of the target a comparator constrains: 'lower' (the result must be at least /
    above the target) or 'upper' (at most / below). eq and approx follow the direction.
#}
{% macro target_bound_side(target_comparator, direction) -%}
    (case
        when {{ target_comparator }} in ('ge', 'gt') then 'lower'
        when {{ target_comparator }} in ('le', 'lt') then 'upper'
        when {{ direction }} = 'lower_is_better' then 'upper'
        else 'lower'
    end)
{%- endmacro %}

{# True / false; null when there is no target or no result. #}
{% macro target_is_met(actual_value, actual_comparator, target_value, target_comparator, direction) -%}
    (case
        when {{ actual_value }} is null or {{ target_value }} is null then null
        when {{ target_bound_side(target_comparator, direction) }} = 'lower' then
            case
                -- a result stated as an upper bound cannot prove a lower-bound target
                when coalesce({{ actual_comparator }}, 'eq') in ('lt', 'le') then false
                when {{ target_comparator }} = 'gt' then
                    {{ actual_value }} > {{ target_value }}
                    or ({{ actual_value }} = {{ target_value }} and {{ actual_comparator }} = 'gt')
                when {{ target_comparator }} = 'approx' then
                    {{ actual_value }} >= {{ target_value }} - {{ var('approx_tolerance') }}
                else {{ actual_value }} >= {{ target_value }}
            end
        else
            case
                when coalesce({{ actual_comparator }}, 'eq') in ('gt', 'ge') then false
                when {{ target_comparator }} = 'lt' then
                    {{ actual_value }} < {{ target_value }}
                    or ({{ actual_value }} = {{ target_value }} and {{ actual_comparator }} = 'lt')
                when {{ target_comparator }} = 'approx' then
                    {{ actual_value }} <= {{ target_value }} + {{ var('approx_tolerance') }}
                else {{ actual_value }} <= {{ target_value }}
            end
    end)
{%- endmacro %}

{#
    Signed distance to the target in the indicator's unit (percentage points for rates):
    (actual − target) × direction sign, so a negative gap means behind.
#}
{% macro gap_value(actual_value, target_value, direction) -%}
    -- "+ 0.0" turns the IEEE negative zero of 0 × −1 into 0
    ((({{ actual_value }} - {{ target_value }}) * {{ direction_sign(direction) }}) + 0.0)
{%- endmacro %}

{#
    Status of a ward × indicator × year: met / not_met when there are a target and a result,
    no_result for a target alone, no_target for a result alone.
#}
{% macro gap_status(target_value, actual_value, is_met) -%}
    (case
        when {{ target_value }} is null then 'no_target'
        when {{ actual_value }} is null then 'no_result'
        when {{ is_met }} then 'met'
        else 'not_met'
    end)
{%- endmacro %}

{#
    Share of targets met among targets that have a result; null when none has. The cast keeps
    the division exact on engines that divide integers as integers.
#}
{% macro met_share(targets_met, targets_not_met) -%}
    (cast({{ targets_met }} as double precision) / nullif({{ targets_met }} + {{ targets_not_met }}, 0))
{%- endmacro %}

{#
    Attainment ratio: actual / target when higher is better, target / actual when lower is
    better; null when the divisor is 0 or missing.
#}
{% macro attainment_ratio(actual_value, target_value, direction) -%}
    (case
        when {{ direction }} = 'lower_is_better'
            then {{ target_value }} / nullif({{ actual_value }}, 0)
        else {{ actual_value }} / nullif({{ target_value }}, 0)
    end)
{%- endmacro %}

{#
    What still has to move from the baseline to reach the target, signed in the indicator's
    unit (+ = must rise, − = must fall); 0 when the baseline already reaches the target.
#}
{% macro required_change(baseline_value, target_value, direction) -%}
    (case
        when {{ baseline_value }} is null or {{ target_value }} is null then null
        when {{ direction }} = 'lower_is_better'
            then least({{ target_value }} - {{ baseline_value }}, 0)
        else greatest({{ target_value }} - {{ baseline_value }}, 0)
    end)
{%- endmacro %}

{#
    Is a ward target less ambitious than a reference (national or city) target?
    Higher is better: a lower value, or the same value with a weaker comparator ("≥ 50" under
    a reference "> 50"). Lower is better: the mirror image.
#}
{% macro is_less_ambitious(ward_value, ward_comparator, reference_value, reference_comparator, direction) -%}
    (case
        when {{ direction }} = 'lower_is_better' then
            {{ ward_value }} > {{ reference_value }}
            or ({{ ward_value }} = {{ reference_value }}
                and {{ reference_comparator }} = 'lt' and {{ ward_comparator }} <> 'lt')
        else
            {{ ward_value }} < {{ reference_value }}
            or ({{ ward_value }} = {{ reference_value }}
                and {{ reference_comparator }} = 'gt' and {{ ward_comparator }} <> 'gt')
    end)
{%- endmacro %}
