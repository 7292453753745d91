-- Annual law-enforcement plans (issue 6; Work Safety Law art. 62: 分类分级, key enterprises more often).
-- An enterprise's supervision class as the regulators set it (none: GENERAL).
CREATE TABLE enterprise_class (
    enterprise_id bigint PRIMARY KEY REFERENCES enterprise (id),
    class         text NOT NULL CHECK (class IN ('KEY', 'GENERAL')),
    set_at        timestamptz NOT NULL,
    set_by        bigint NOT NULL REFERENCES user_account (id)
);

CREATE TABLE enforcement_plan (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    department_id bigint NOT NULL REFERENCES department (id),
    year          integer NOT NULL,
    title         text NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    bigint NOT NULL REFERENCES user_account (id),
    UNIQUE (department_id, year)
);

-- Per sector and class: the share of such enterprises of the department's region to inspect, and how many times.
CREATE TABLE enforcement_plan_line (
    plan_id               bigint NOT NULL REFERENCES enforcement_plan (id),
    sector                text NOT NULL,
    class                 text NOT NULL CHECK (class IN ('KEY', 'GENERAL')),
    coverage_percent      integer NOT NULL CHECK (coverage_percent BETWEEN 1 AND 100),
    visits_per_enterprise integer NOT NULL CHECK (visits_per_enterprise BETWEEN 1 AND 12),
    PRIMARY KEY (plan_id, sector, class)
);

-- A draw may be limited to supervision classes (empty: all); recorded for its verification.
ALTER TABLE inspection_draw ADD COLUMN classes text[] NOT NULL DEFAULT '{}';
