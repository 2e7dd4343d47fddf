{#-
    Cross-database SQL: the models are written once and run on DuckDB (the embedded default)
    and PostgreSQL (a shared server). Each macro below has a default (DuckDB) and a postgres
    implementation, chosen by adapter.dispatch. Behaviour on DuckDB is the SQL the models used
    before the macros existed.
-#}

{#- Does `expression` match the regular expression `pattern` (aliases are RE2 syntax)? PostgreSQL
    writes the word boundary \b as \y; the other constructs the aliases use are the same. -#}
{% macro regex_matches(expression, pattern) -%}
    {{ return(adapter.dispatch('regex_matches')(expression, pattern)) }}
{%- endmacro %}

{% macro default__regex_matches(expression, pattern) -%}
    regexp_matches({{ expression }}, {{ pattern }})
{%- endmacro %}

{% macro postgres__regex_matches(expression, pattern) -%}
    ({{ expression }} ~ replace({{ pattern }}, '\b', '\y'))
{%- endmacro %}

{#- How many non-overlapping matches of `pattern` `expression` holds. -#}
{% macro regex_count(expression, pattern) -%}
    {{ return(adapter.dispatch('regex_count')(expression, pattern)) }}
{%- endmacro %}

{% macro default__regex_count(expression, pattern) -%}
    len(regexp_extract_all({{ expression }}, {{ pattern }}))
{%- endmacro %}

{% macro postgres__regex_count(expression, pattern) -%}
    (select count(*) from regexp_matches({{ expression }}, {{ pattern }}, 'g'))
{%- endmacro %}

{#- Lower case without accents (đ becomes d). PostgreSQL has no strip_accents and its lower()
    leaves non-ASCII letters alone under the C locale, so letters are translated first: every
    Latin letter of U+00C0-U+024F and U+1E00-U+1EFF that decomposes into an ASCII letter and
    marks (all Vietnamese vowels among them) becomes that letter, as DuckDB's strip_accents does. -#}
{% macro fold_accents(expression) -%}
    {{ return(adapter.dispatch('fold_accents')(expression)) }}
{%- endmacro %}

{% macro default__fold_accents(expression) -%}
    strip_accents(replace(lower({{ expression }}), 'đ', 'd'))
{%- endmacro %}

{% macro postgres__fold_accents(expression) -%}
    lower(translate(replace(replace({{ expression }}, 'Đ', 'd'), 'đ', 'd'),
        'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ',
        'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy'))
{%- endmacro %}

{#- Median of a group (an aggregate, not a window function). -#}
{% macro median_of(expression) -%}
    {{ return(adapter.dispatch('median_of')(expression)) }}
{%- endmacro %}

{% macro default__median_of(expression) -%}
    median({{ expression }})
{%- endmacro %}

{% macro postgres__median_of(expression) -%}
    percentile_cont(0.5) within group (order by {{ expression }})
{%- endmacro %}

{#- `expression` rounded to `digits` decimals, as a double. PostgreSQL rounds only numerics. -#}
{% macro round_to(expression, digits) -%}
    {{ return(adapter.dispatch('round_to')(expression, digits)) }}
{%- endmacro %}

{% macro default__round_to(expression, digits) -%}
    round({{ expression }}, {{ digits }})
{%- endmacro %}

{% macro postgres__round_to(expression, digits) -%}
    cast(round(cast({{ expression }} as numeric), {{ digits }}) as double precision)
{%- endmacro %}

{#- One row per integer from `first` to `last` (inclusive), in a select list. -#}
{% macro integer_series(first, last) -%}
    {{ return(adapter.dispatch('integer_series')(first, last)) }}
{%- endmacro %}

{% macro default__integer_series(first, last) -%}
    unnest(range({{ first }}, {{ last }} + 1))
{%- endmacro %}

{% macro postgres__integer_series(first, last) -%}
    generate_series({{ first }}, {{ last }})
{%- endmacro %}

{#- After building a table: refresh the planner's statistics where the database does not do it
    on creation (PostgreSQL: without them it plans joins of fresh tables as if they were tiny).
    A table that only took an increment keeps its statistics as long as its size stays within a
    tenth of what they describe, as autovacuum's own analyze threshold does: analysing the
    incremental models again took 1.9 s of the 10 s one new document's build took at national
    scale, for a few rows in 150,000. Empty elsewhere; dbt skips an empty hook. -#}
{% macro refresh_statistics() -%}
    {{ return(adapter.dispatch('refresh_statistics')()) }}
{%- endmacro %}

{% macro default__refresh_statistics() -%}
{%- endmacro %}

{% macro postgres__refresh_statistics() -%}
    {%- if model.config.materialized in ('table', 'incremental') -%}
    do $$
    begin
        -- no column statistics: never analysed (a table just created; creating an index
        -- counts its rows and pages, but leaves the columns without statistics)
        if not exists (
            select 1 from pg_stats
            where schemaname = '{{ this.schema }}' and tablename = '{{ this.identifier }}'
        ) or exists (
            select 1
            from pg_class
            where oid = '{{ this }}'::regclass
              and abs(pg_relation_size(oid) / current_setting('block_size')::bigint - relpages)
                  > relpages / 10
        ) then
            analyze {{ this }};
        end if;
    end
    $$
    {%- endif -%}
{%- endmacro %}

{#- A pre-hook for models whose joins follow window filters (row_number() = 1): PostgreSQL
    estimates such a filter at one row and picks a nested loop that runs for minutes on real
    volumes; hash joins take seconds. Local to the model's transaction; empty elsewhere. -#}
{% macro avoid_nested_loops() -%}
    {{ return(adapter.dispatch('avoid_nested_loops')()) }}
{%- endmacro %}

{% macro default__avoid_nested_loops() -%}
{%- endmacro %}

{% macro postgres__avoid_nested_loops() -%}
    set local enable_nestloop = off
{%- endmacro %}

{#- A pre-hook for every model: a build's queries are few and large. PostgreSQL's JIT
    compilation costs more than it saves on them (0.6 s of a 1 s incremental model), and the
    default work_mem (4 MB) sends their sorts of a national year's facts to disk. Local to the
    model's transaction; empty elsewhere. -#}
{% macro build_session_settings() -%}
    {{ return(adapter.dispatch('build_session_settings')()) }}
{%- endmacro %}

{% macro default__build_session_settings() -%}
{%- endmacro %}

{% macro postgres__build_session_settings() -%}
    set local jit = off; set local work_mem = '128MB'
{%- endmacro %}

{#- The indexes of the incremental models keyed on document_id (their `indexes` config): each
    increment deletes a few documents' rows, and PostgreSQL found them by reading the whole
    table (40-50 ms a model at national scale). None on DuckDB, which rewrites a table's whole
    index at every checkpoint. -#}
{% macro document_id_index() -%}
    {{ return(adapter.dispatch('document_id_index')()) }}
{%- endmacro %}

{% macro default__document_id_index() -%}
    {{ return([]) }}
{%- endmacro %}

{% macro postgres__document_id_index() -%}
    {{ return([{'columns': ['document_id']}]) }}
{%- endmacro %}
