-- At least var('min_rate_mapping_share') (95%) of the percent facts of current documents map to
-- a catalog indicator. Severity warn: a new corpus below the bar still builds, and the unmapped
-- phrases are listed by mart_unmapped_phrases. tests/test_warehouse.py asserts it on the corpus.
{{ config(severity='warn') }}

with rate_facts as (
    select match_status
    from {{ ref('int_observations__indicator_matched') }}
    where stated_unit = 'percent'
),

share as (
    select
        count(*)                                                    as rate_facts,
        count(*) filter (where match_status = 'mapped')             as mapped_rate_facts,
        cast(count(*) filter (where match_status = 'mapped') as double precision) / nullif(count(*), 0) as mapped_share
    from rate_facts
)

select *
from share
where rate_facts > 0 and mapped_share < {{ var('min_rate_mapping_share') }}
