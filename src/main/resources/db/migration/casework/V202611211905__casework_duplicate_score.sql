-- Module casework: the score of a likely duplicate (search before create), in the database so that the search can
-- rank every candidate and keep only the best ones there, instead of cutting the candidates off unranked.
--
-- Spelling (trigram similarity of the folded keys) counts fully, sound (a shared Daitch-Mokotoff code) almost as
-- much, being weaker evidence; the family name weighs a little more than the given names; family and given names
-- swapped count a little less than in their order; a birth year a year off or unknown lowers the score.
--
-- The weights of the name parts add up to 1 and the swapped form weighs less than 1, so a name scores at most as
-- much as its best-matching part (or shared code): ClientRegistry relies on this to find every candidate through
-- the trigram indexes at a threshold derived from the score wanted. Change the weights only with that in mind.
-- SQL-language and immutable, so PostgreSQL inlines it into the query.
create function casework.duplicate_score(family_similarity double precision, given_similarity double precision,
                                         swapped_similarity double precision, family_sounds boolean,
                                         given_sounds boolean, wanted_year integer, birth_year integer)
    returns double precision
    language sql immutable parallel safe
as $$
    select greatest(0.55 * greatest(family_similarity, case when family_sounds then 0.9 else 0 end)
                        + 0.45 * greatest(given_similarity, case when given_sounds then 0.85 else 0 end),
                    0.95 * swapped_similarity)
           * case when wanted_year is null or birth_year is null then 0.85
                  when wanted_year = birth_year then 1.0
                  else 0.9 end
$$;
