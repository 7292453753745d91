-- The major-hazard path (issue 5): the dual report and production suspended in the affected area.
-- Work Safety Law art. 41: 重大事故隐患排查治理情况应当及时向负有安全生产监督管理职责的部门和职工大会或者职工代表大会报告.
-- One row per channel, created when the hazard becomes major (due = then + safeledger.major-hazard.report-within),
-- completed when the report is recorded.
CREATE TABLE hazard_major_report (
    hazard_id    bigint NOT NULL REFERENCES hazard (id),
    channel      text NOT NULL CHECK (channel IN ('REGULATOR', 'WORKERS_CONGRESS')),
    due_at       timestamptz NOT NULL,
    reported_at  timestamptz,
    reported_by  bigint REFERENCES user_account (id),
    recipient    text,
    report       text,
    PRIMARY KEY (hazard_id, channel)
);

-- 全部或者局部停产停业: the area stopped because of the hazard, from when and by whom, lifted when the hazard is
-- closed (production resumes only with the closure, which for a major hazard a regulator gives).
CREATE TABLE hazard_suspension (
    hazard_id     bigint PRIMARY KEY REFERENCES hazard (id),
    enterprise_id bigint NOT NULL REFERENCES enterprise (id),
    area          text NOT NULL,
    suspended_at  timestamptz NOT NULL,
    suspended_by  bigint NOT NULL REFERENCES user_account (id),
    lifted_at     timestamptz
);
CREATE INDEX hazard_suspension_active_idx ON hazard_suspension (enterprise_id) WHERE lifted_at IS NULL;
