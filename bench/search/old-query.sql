-- The candidate query of the client search before 2026-11-21, for comparison: the first 200 candidates in storage
-- order, unranked (ranking followed in Java), at pg_trgm's default threshold 0.3.
:explain
select id, family_name, given_names, birth_date, birth_year,
       similarity(family_key, :'fk') as family_similarity,
       similarity(given_key, :'gk') as given_similarity,
       (similarity(family_key, :'gk') + similarity(given_key, :'fk')) / 2 as swapped_similarity,
       family_codes && cast(:'fc' as text[]) as family_sounds,
       given_codes && cast(:'gc' as text[]) as given_sounds
from casework.client
where organisation_id = :'organisation'
  and not exists (select 1 from casework.client_merge m where m.merged_id = client.id)
  and (cast(:year as integer) is null or birth_year is null or birth_year between :year - 1 and :year + 1)
  and (family_key % :'fk' or given_key % :'gk' or family_key % :'gk' or given_key % :'fk'
       or family_codes && cast(:'fc' as text[]) or given_codes && cast(:'gc' as text[]))
limit 200;
