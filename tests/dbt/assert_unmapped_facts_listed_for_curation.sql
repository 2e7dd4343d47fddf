-- Nothing unmapped is hidden: every fact of a current document is either behind a target or a
-- result (fct_fact_mentions) or listed by the curation mart (mart_unmapped_phrases).
with observations as (
    select observation_id
    from {{ ref('int_observations__indicator_matched') }}
),

mentioned as (
    select observation_id from {{ ref('fct_fact_mentions') }}
),

curated as (
    select unnest(string_to_array(observation_ids, ', ')) as observation_id
    from {{ ref('mart_unmapped_phrases') }}
    where match_status <> 'sentence_fallback'
)

select o.observation_id
from observations as o
where not exists (select 1 from mentioned as m where m.observation_id = o.observation_id)
  and not exists (select 1 from curated as c where c.observation_id = o.observation_id)
