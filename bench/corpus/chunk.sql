-- One chunk of the synthetic corpus (bench/corpus.bench.ts): articles $1 <= i < $2 with their mentions and
-- evidence, places, authors and topics, in one statement. Everything is drawn from corpus_gen.u(key, salt), a
-- hash, so a given i always yields the same article. Text is assembled from the pieces in corpus_gen.* whose
-- offsets, word counts, triggers and slugs the bench computed (and checked) with the project's own code.
-- $3: lower bounds of the country ranks' cumulative weights, $4: the same for the topics, $5: for the rare
-- sentences (bucket 1 = none), $6: number of headline variants, $7: size of the filler pool, $8: number of
-- teaser templates, $9: number of sub-headings, $10: lower bounds of the person ranks' cumulative weights.
-- Persons (salts 40-44) take the place of as many filler sentences as they add, so the body keeps its size.
WITH art AS MATERIALIZED (
  SELECT g.i, g.d, g.seq,
    (date '2016-11-27' + g.d)::timestamp AT TIME ZONE 'UTC' AS published_at,
    2 + floor(corpus_gen.u(g.i, 1) * 5)::int AS k,
    width_bucket(corpus_gen.u(g.i, 2), ARRAY[0, 0.45, 0.80]::float8[]) AS nt,
    width_bucket(corpus_gen.u(g.i, 3), ARRAY[0, 0.70, 0.92]::float8[]) AS na,
    CASE WHEN corpus_gen.u(g.i, 4) < 0.4 THEN 1 + floor(corpus_gen.u(g.i, 5) * $9::int)::int END AS sub,
    12 + floor(corpus_gen.u(g.i, 6) * 7)::int AS nf,
    width_bucket(corpus_gen.u(g.i, 7), $5::float8[]) - 1 AS rare,
    1 + floor(corpus_gen.u(g.i, 8) * $8::int)::int AS teaser,
    ((g.seq + floor(corpus_gen.u(g.d, 9) * $6::int)::int) % $6::int)::int AS hv,
    (g.seq / $6::int)::int AS round,
    3 + (g.i % 2)::int AS para,
    width_bucket(corpus_gen.u(g.i, 40), ARRAY[0, 0.30, 0.60, 0.82, 0.94]::float8[]) - 1 AS npers
  -- i -> (day, seq) is a bijection: each day gets every 3652nd article, seq numbers them within the day.
  FROM (SELECT i, ((i % 3652) * 1999 % 3652)::int AS d, i / 3652 AS seq
        FROM generate_series($1::bigint, $2::bigint - 1) i) g
),
-- 2-6 distinct countries, drawn by weight (16 draws, first k distinct ones in draw order).
cdraw AS (
  SELECT x.i, x.rank, min(x.j) AS j
  FROM (SELECT a.i, j, width_bucket(corpus_gen.u(a.i * 16 + j, 10), $3::float8[]) AS rank
        FROM art a, generate_series(0, 15) j) x
  GROUP BY x.i, x.rank
),
ment AS MATERIALIZED (
  SELECT m.i, m.p, c.rank, c.code, c.hl, c.hl_len, c.hl_slug, c.hl_kind, c.hl_wc, c.tf, c.tf_len, c.tf_off, c.tf_text,
    c.tf_kind, c.tf_wc, c.nv, c.np, md5('m' || m.i || '.' || m.p)::uuid AS mention_id,
    -- occurrences in the body: the first country 1-3 (one of them the lead), the others 1-2
    CASE WHEN m.p = 1 THEN 1 + floor(corpus_gen.u(m.i * 8 + m.p, 11) * 3)::int
         ELSE 1 + (corpus_gen.u(m.i * 8 + m.p, 11) < 0.4)::int END AS nb,
    floor(corpus_gen.u(m.i * 8 + m.p, 12) * c.nv)::int AS v0
  FROM (SELECT cdraw.*, row_number() OVER (PARTITION BY cdraw.i ORDER BY cdraw.j)::int AS p FROM cdraw) m
  JOIN art a ON a.i = m.i JOIN corpus_gen.country c ON c.rank = m.rank
  WHERE m.p <= a.k
),
-- 1-3 distinct topics by weight, 2-3 of the topic's sentences each.
tdraw AS (
  SELECT x.i, x.n, min(x.j) AS j
  FROM (SELECT a.i, j, width_bucket(corpus_gen.u(a.i * 8 + j, 13), $4::float8[]) AS n
        FROM art a, generate_series(0, 7) j) x
  GROUP BY x.i, x.n
),
tsel AS MATERIALIZED (
  SELECT t.i, t.q, t.n, s.j, s.sentence, s.len, s.wc
  FROM (SELECT tdraw.*, row_number() OVER (PARTITION BY tdraw.i ORDER BY tdraw.j)::int AS q FROM tdraw) t
  JOIN art a ON a.i = t.i JOIN corpus_gen.topic tp ON tp.n = t.n
  CROSS JOIN generate_series(0, 1 + (corpus_gen.u(t.i * 4 + t.q, 14) < 0.5)::int) m
  JOIN corpus_gen.tsent s ON s.n = t.n AND s.j = (floor(corpus_gen.u(t.i * 4 + t.q, 15) * tp.nsent)::int + m) % tp.nsent
  WHERE t.q <= a.nt
),
-- 1-3 distinct authors from 5,000, skewed towards the first ones.
adraw AS (
  SELECT x.i, x.idx, min(x.j) AS j
  FROM (SELECT a.i, j, floor(5000 * power(corpus_gen.u(a.i * 8 + j, 16), 2))::int AS idx
        FROM art a, generate_series(0, 5) j) x
  GROUP BY x.i, x.idx
),
byline AS (
  SELECT b.i, b.idx, b.pos
  FROM (SELECT adraw.*, row_number() OVER (PARTITION BY adraw.i ORDER BY adraw.j)::int - 1 AS pos FROM adraw) b
  JOIN art a ON a.i = b.i WHERE b.pos < a.na
),
-- 0-4 persons by weight (8 draws; at most one per surname, as the extractor never merges two full names; the
-- first ones in draw order), 1-2 of the person's sentences each (the first person more often 2).
pdraw AS (
  SELECT DISTINCT ON (x.i, p.sid) x.i, x.j, p.rank, p.nv
  FROM (SELECT a.i, j, width_bucket(corpus_gen.u(a.i * 8 + j, 41), $10::float8[]) AS rank
        FROM art a, generate_series(0, 7) j WHERE a.npers > 0) x
  JOIN corpus_gen.person p ON p.rank = x.rank
  ORDER BY x.i, p.sid, x.j
),
pers AS MATERIALIZED (
  SELECT d.i, d.q, d.rank, d.nv,
    1 + (corpus_gen.u(d.i * 8 + d.q, 42) < CASE WHEN d.q = 1 THEN 0.5 ELSE 0.25 END)::int AS ns,
    floor(corpus_gen.u(d.i * 8 + d.q, 43) * d.nv)::int AS v0
  FROM (SELECT pdraw.*, row_number() OVER (PARTITION BY pdraw.i ORDER BY pdraw.j)::int AS q FROM pdraw) d
  JOIN art a ON a.i = d.i WHERE d.q <= a.npers
),
pcount AS (SELECT i, sum(ns)::int AS ns FROM pers GROUP BY i),
-- The body's sentences, each with a sort key; the lead names the first country.
items AS (
  SELECT e.i, CASE WHEN e.p = 1 AND o = 0 THEN -1 ELSE corpus_gen.u(e.i * 64 + e.p * 8 + o, 20) END AS key,
    s.sentence, s.len, s.wc, e.mention_id, s.pos, s.form, s.kind, NULL::text AS city, NULL::char(2) AS city_code,
    NULL::text AS city_key, NULL::int AS prank, NULL::int AS pv
  FROM ment e CROSS JOIN generate_series(0, e.nb - 1) o
  JOIN corpus_gen.csent s ON s.rank = e.rank AND s.v = (e.v0 + o) % e.nv
  UNION ALL
  SELECT t.i, corpus_gen.u(t.i * 64 + t.q * 8 + t.j, 21), t.sentence, t.len, t.wc, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL
  FROM tsel t
  UNION ALL
  -- a capital of the first country in about a quarter of the articles
  SELECT e.i, corpus_gen.u(e.i, 22), pl.sentence, pl.len, pl.wc, NULL, pl.pos, NULL, NULL, pl.city, pl.code, pl.key,
    NULL, NULL
  FROM ment e JOIN corpus_gen.place pl ON pl.rank = e.rank AND pl.v = floor(corpus_gen.u(e.i, 23) * e.np)::int
  WHERE e.p = 1 AND e.np > 0 AND corpus_gen.u(e.i, 24) < 0.45
  UNION ALL
  SELECT a.i, corpus_gen.u(a.i, 25), r.sentence, r.len, r.wc, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM art a JOIN corpus_gen.rare r ON r.j = a.rare
  UNION ALL
  SELECT e.i, corpus_gen.u(e.i * 32 + e.q * 4 + o, 44), s.sentence, s.len, s.wc, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, e.rank, s.v
  FROM pers e CROSS JOIN generate_series(0, e.ns - 1) o
  JOIN corpus_gen.psent s ON s.rank = e.rank AND s.v = (e.v0 + o) % e.nv
  UNION ALL
  -- fillers; the last ones give way to the person sentences
  SELECT f.i, corpus_gen.u(f.i * 32 + f.f, 26), fl.sentence, fl.len, fl.wc, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
    NULL, NULL
  FROM (SELECT a.i, f, floor(corpus_gen.u(a.i * 32 + f, 27) * $7::int)::int AS id
        FROM art a LEFT JOIN pcount pc ON pc.i = a.i CROSS JOIN LATERAL generate_series(1, a.nf - coalesce(pc.ns, 0)) f) f
  JOIN corpus_gen.filler fl ON fl.id = f.id
),
-- Paragraphs of 3 or 4 sentences; a sentence starts after everything before it and its separator.
placed AS MATERIALIZED (
  SELECT x.*, (coalesce(sum(x.len + x.seplen) OVER (PARTITION BY x.i ORDER BY x.rn
      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::int AS at
  FROM (SELECT o.*, CASE WHEN o.rn = o.cnt THEN 0 WHEN o.rn % a.para = 0 THEN 2 ELSE 1 END AS seplen
        FROM (SELECT items.*, row_number() OVER (PARTITION BY items.i ORDER BY items.key, items.sentence) AS rn,
                count(*) OVER (PARTITION BY items.i) AS cnt FROM items) o
        JOIN art a ON a.i = o.i) x
),
bodies AS (
  SELECT i, string_agg(sentence || CASE seplen WHEN 1 THEN ' ' WHEN 2 THEN E'\n\n' ELSE '' END, '' ORDER BY rn) AS body,
    sum(wc)::int AS wc
  FROM placed GROUP BY i
),
head AS (
  SELECT a.i, CASE WHEN a.round > 0 THEN 'Folge ' || (a.round + 1) || ': ' ELSE '' END AS prefix,
    c1.hl AS hl1, c1.hl_len AS hl1_len, c1.hl_slug AS s1, c1.hl_wc AS w1, c1.tf AS tf1, c1.tf_len AS tf1_len,
    c1.tf_off AS tf1_off, c1.tf_wc AS tw1,
    c2.hl AS hl2, c2.hl_slug AS s2, c2.hl_wc AS w2, c2.tf AS tf2, c2.tf_off AS tf2_off, c2.tf_wc AS tw2
  FROM art a JOIN ment c1 ON c1.i = a.i AND c1.p = 1 JOIN ment c2 ON c2.i = a.i AND c2.p = 2
),
src AS MATERIALIZED (
  SELECT a.i, md5('a' || a.i)::uuid AS id, a.published_at, h.prefix, h.hl1_len,
    h.prefix || h.hl1 || ' und ' || h.hl2 || ' ' || hv.text AS headline,
    to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') || '-' || rtrim(left(
      CASE WHEN a.round > 0 THEN 'folge-' || (a.round + 1) || '-' ELSE '' END
        || h.s1 || '-und-' || h.s2 || '-' || hv.slug, 80), '-') AS slug,
    sb.text AS sub, tp.pre || h.tf1 || tp.mid || h.tf2 || tp.post AS teaser,
    length(tp.pre) + h.tf1_off AS t1_at, length(tp.pre) + h.tf1_len + length(tp.mid) + h.tf2_off AS t2_at,
    b.body, b.wc,
    -- all words of headline, sub-heading, teaser and body (classifyTopics divides by them)
    (CASE WHEN a.round > 0 THEN 2 ELSE 0 END) + h.w1 + 1 + h.w2 + hv.wc + coalesce(sb.wc, 0) + tp.wc + h.tw1 + h.tw2
      + b.wc AS words,
    a.published_at + corpus_gen.u(a.i, 28) * interval '14 hours' AS ingested_at
  FROM art a JOIN head h ON h.i = a.i JOIN bodies b ON b.i = a.i
  JOIN corpus_gen.hvariant hv ON hv.v = a.hv JOIN corpus_gen.teaser tp ON tp.t = a.teaser
  LEFT JOIN corpus_gen.sub sb ON sb.s = a.sub
),
ins_article AS (
  INSERT INTO article (id, slug, headline, subheadline, teaser, body, language, published_at, created_at, updated_at,
    content_hash, source_name, word_count)
  SELECT id, slug, headline, sub, teaser, body, 'de', published_at, ingested_at, ingested_at,
    encode(sha256(convert_to(concat_ws(E'\n\n', headline, sub, teaser, body,
      to_char(published_at AT TIME ZONE 'UTC', 'DD.MM.YYYY')), 'UTF8')), 'hex'),
    'synthetic-' || lpad(i::text, 8, '0') || '.txt', wc
  FROM src
),
ins_mention AS (
  INSERT INTO mention (id, article_id, country_code, count, published_at)
  SELECT e.mention_id, s.id, e.code, e.nb + CASE WHEN e.p <= 2 THEN 2 ELSE 0 END, s.published_at
  FROM ment e JOIN src s ON s.i = e.i
),
ins_occurrence AS (
  INSERT INTO mention_occurrence (id, mention_id, field, start, "end", text, sentence, kind)
  SELECT md5(o.tag || o.i || '.' || o.n)::uuid, o.mention_id, o.field::"TextField", o.at, o.at + length(o.text), o.text,
    o.sentence, o.kind::"MentionKind"
  FROM (
    SELECT e.i, 'h' AS tag, e.p AS n, e.mention_id, 'HEADLINE' AS field,
      length(s.prefix) + CASE e.p WHEN 1 THEN 0 ELSE s.hl1_len + 5 END AS at, e.hl AS text, s.headline AS sentence,
      e.hl_kind AS kind
    FROM ment e JOIN src s ON s.i = e.i WHERE e.p <= 2
    UNION ALL
    SELECT e.i, 't', e.p, e.mention_id, 'TEASER', CASE e.p WHEN 1 THEN s.t1_at ELSE s.t2_at END, e.tf_text, s.teaser,
      e.tf_kind
    FROM ment e JOIN src s ON s.i = e.i WHERE e.p <= 2
    UNION ALL
    SELECT pl.i, 'b', pl.rn, pl.mention_id, 'BODY', pl.at + pl.pos, pl.form, pl.sentence, pl.kind
    FROM placed pl WHERE pl.mention_id IS NOT NULL
  ) o
),
ins_place AS (
  INSERT INTO place_mention (id, article_id, place_key, name, kind, country_code, field, start, "end", text, sentence)
  SELECT md5('p' || pl.i)::uuid, s.id, pl.city_key, pl.city, 'CAPITAL', pl.city_code, 'BODY', pl.at + pl.pos,
    pl.at + pl.pos + length(pl.city), pl.city, pl.sentence
  FROM placed pl JOIN src s ON s.i = pl.i WHERE pl.city IS NOT NULL
),
-- Persons and quotes as the writer stores what findPersons and findQuotes report: offsets into the body.
ins_person_mention AS (
  INSERT INTO person_mention (id, article_id, person_id, field, start, "end", text, sentence, role, country_code)
  SELECT md5('pm' || pl.i || '.' || pl.rn || '.' || m.j)::uuid, s.id, p.id, 'BODY', pl.at + m.pos, pl.at + m."end",
    m.text, m.sentence, m.role, m.country
  FROM placed pl JOIN src s ON s.i = pl.i JOIN corpus_gen.person p ON p.rank = pl.prank
  JOIN corpus_gen.pmen m ON m.rank = pl.prank AND m.v = pl.pv
),
ins_quote AS (
  INSERT INTO quote (id, article_id, speaker_id, text, field, start, "end", sentence, published_at)
  SELECT md5('q' || pl.i || '.' || pl.rn)::uuid, s.id, p.id, ps.q_text, 'BODY', pl.at + ps.q_start, pl.at + ps.q_end,
    ps.q_sentence, s.published_at
  FROM placed pl JOIN src s ON s.i = pl.i JOIN corpus_gen.person p ON p.rank = pl.prank
  JOIN corpus_gen.psent ps ON ps.rank = pl.prank AND ps.v = pl.pv
  WHERE ps.q_text IS NOT NULL
),
ins_author AS (
  INSERT INTO article_author (article_id, author_id, position)
  SELECT s.id, au.id, b.pos FROM byline b JOIN src s ON s.i = b.i JOIN corpus_gen.author au ON au.idx = b.idx
),
-- Relevance and triggers as classifyTopics computes them: only the topic sentences hold trigger words.
tcount AS (
  SELECT t.i, t.n, w.word, sum(w.cnt)::int AS cnt, min(w.wrank) AS wrank
  FROM tsel t JOIN corpus_gen.tword w ON w.n = t.n AND w.j = t.j GROUP BY t.i, t.n, w.word
),
ins_topic AS (
  INSERT INTO article_topic (article_id, topic_code, relevance, triggers)
  SELECT s.id, tp.code, floor((1 - exp(-((t.hits::float8 / s.words) * 100) / 2)) * 100 + 0.5) / 100, t.triggers
  FROM (SELECT i, n, sum(cnt) AS hits, array_agg(word ORDER BY cnt DESC, wrank) AS triggers FROM tcount GROUP BY i, n) t
  JOIN src s ON s.i = t.i JOIN corpus_gen.topic tp ON tp.n = t.n
)
SELECT count(*)::int AS articles FROM src
