-- The embedded database's share of V2 (db/thidua-postgresql/V2__*.sql has the reasons): H2 has no
-- partial or trigram indexes, so it gets the listing order and the tasks' deadline order only.
CREATE INDEX plan_listing_order ON plan (plan_year DESC, province_code);

CREATE INDEX plan_task_due ON plan_task (deadline, plan_id, task_number);
DROP INDEX plan_task_deadline;
