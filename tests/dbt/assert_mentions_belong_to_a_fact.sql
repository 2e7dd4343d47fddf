-- Traceability: every source mention belongs to a target or a result of its own kind, and every
-- target or result has its primary mention among them.
with facts as (
    select fact_id, 'target' as fact_kind, primary_observation_id from {{ ref('fct_targets') }}
    union all
    select fact_id, 'actual', primary_observation_id from {{ ref('fct_actuals') }}
)

select m.observation_id, 'orphan mention' as problem
from {{ ref('fct_fact_mentions') }} as m
left join facts as f on f.fact_id = m.fact_id and f.fact_kind = m.fact_kind
where f.fact_id is null

union all

select f.primary_observation_id, 'fact without its primary mention'
from facts as f
left join {{ ref('fct_fact_mentions') }} as m
    on m.observation_id = f.primary_observation_id and m.is_primary_mention
where m.observation_id is null
