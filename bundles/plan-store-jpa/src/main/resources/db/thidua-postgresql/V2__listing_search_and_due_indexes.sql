-- Indexes for the reads that were slow at 100 000 plans (benchmarks/store/README.md has the
-- numbers before and after, and the query plans). Same version number as db/thidua-h2/V2__*.sql:
-- each database gets the V2 its SQL allows, so both report schema 2.

-- Listings of live plans (no filter, deep pages, by status): walked in the listing's order
-- (year desc, province; an incremental sort orders each group by title and id) and counted from
-- the index alone (id and status included; partial, as listings show live plans only).
CREATE INDEX plan_listing_order ON plan (plan_year DESC, province_code) INCLUDE (id, status)
    WHERE deleted_at IS NULL;

-- Text search (search_text LIKE '%word%'): trigrams find the plans holding a rare word without
-- reading every plan. pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+):
-- the owner of the database may create it; on an older server a superuser creates it beforehand.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX plan_search_trigram ON plan USING gin (search_text gin_trgm_ops);
-- Whether a page of search results walks the listing index until it has a page of matches, or
-- fetches the matches through the trigrams and sorts them, depends on how many plans the planner
-- thinks a word is in. With the default sample (100 histogram values) a word in 0.1 % of the plans
-- was estimated at 0.01 % or at 1 % from one ANALYZE to the next, and at 1 % the page walked half the
-- index (250 ms instead of 2 ms at 100 000 plans). A sample of 1 000 keeps the estimate steady.
ALTER TABLE plan ALTER COLUMN search_text SET STATISTICS 1000;

-- Tasks by deadline across plans: in the listing's order (deadline, plan, number), so a page is
-- read from the index instead of sorting every task due; the count reads the index alone.
CREATE INDEX plan_task_due ON plan_task (deadline, plan_id, task_number);
DROP INDEX plan_task_deadline;
