-- Plans, their revisions and the progress of their tasks. One script for H2 and PostgreSQL:
-- only types both know the same way (VARCHAR without a length is unbounded in both).

CREATE TABLE plan (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    province_code VARCHAR(64)  NOT NULL,
    plan_year     INTEGER      NOT NULL,
    doc_number    VARCHAR(200),
    title         VARCHAR      NOT NULL,
    -- title and task contents, lower case, without diacritics: what text search looks in
    search_text   VARCHAR      NOT NULL,
    -- the plan as canonical JSON (PlanJson)
    body          VARCHAR      NOT NULL,
    rule_pack_id  VARCHAR(200),
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    updated_by    VARCHAR(200) NOT NULL,
    deleted_at    TIMESTAMP
);

CREATE INDEX plan_listing ON plan (province_code, plan_year, status);

-- One row a save: the plan as it was after that save.
CREATE TABLE plan_revision (
    plan_id      VARCHAR(36)  NOT NULL REFERENCES plan (id),
    version      BIGINT       NOT NULL,
    action       VARCHAR(16)  NOT NULL,
    changed_at   TIMESTAMP    NOT NULL,
    changed_by   VARCHAR(200) NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    rule_pack_id VARCHAR(200),
    body         VARCHAR      NOT NULL,
    PRIMARY KEY (plan_id, version)
);

-- The tasks of each plan, numbered from 1 in reading order, with their progress.
CREATE TABLE plan_task (
    plan_id      VARCHAR(36)  NOT NULL REFERENCES plan (id),
    task_number  INTEGER      NOT NULL,
    pointer      VARCHAR(200) NOT NULL,
    content      VARCHAR      NOT NULL,
    deadline     DATE,
    status       VARCHAR(16)  NOT NULL,
    completed_on DATE,
    updated_at   TIMESTAMP,
    updated_by   VARCHAR(200),
    PRIMARY KEY (plan_id, task_number)
);

CREATE INDEX plan_task_deadline ON plan_task (deadline);
