-- co-mentions: 3 statements

SELECT code, name_de AS "nameDe", name_en AS "nameEn", aliases
  FROM country
  WHERE code = ANY($1::bpchar[]);

SELECT code, name_de AS "nameDe", name_en AS "nameEn", aliases
  FROM country
  WHERE code = ANY($1::bpchar[]);

SELECT source, id, count
  FROM ( SELECT country_code::text AS source, other_code::text AS id, article_count AS count, row_number() OVER (PARTITION BY country_code
  ORDER BY article_count DESC, other_code::text) AS rank
  FROM country_pair_count
  WHERE country_code = ANY($1::bpchar[]) AND other_code <> country_code AND article_count > 0 ) ranked
  WHERE rank <= $2
  ORDER BY source, rank;
