-- co-mentions: 3 statements

SELECT "t0"."code", "t0"."name_de" AS "nameDe", "t0"."name_en" AS "nameEn", "t0"."aliases"
  FROM "public"."country" AS "t0"
  WHERE "t0"."code" IN ($1);

SELECT "t0"."code", "t0"."name_de" AS "nameDe", "t0"."name_en" AS "nameEn", "t0"."aliases"
  FROM "public"."country" AS "t0"
  WHERE "t0"."code" IN ($1, …);

SELECT source, code, "articleCount"
  FROM ( SELECT country_code AS source, other_code AS code, article_count AS "articleCount", row_number() OVER (PARTITION BY country_code
  ORDER BY article_count DESC, other_code) AS rank
  FROM country_pair_count
  WHERE country_code = ANY($1::bpchar[]) AND other_code <> country_code AND article_count > 0 ) ranked
  WHERE rank <= $2
  ORDER BY source, rank;
