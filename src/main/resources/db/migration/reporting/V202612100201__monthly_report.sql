-- Monthly reports (月报, issue 19). Owner: reporting. A region's report of a month is issued once (by the monthly
-- job or the first reader to ask after the month ended) and frozen: its files are kept as issued, with their SHA-256,
-- in both languages, and never rebuilt; what changes later about that month shows in the next month's corrections.
-- figures holds the month's figures as issued, which the next report compares with the same figures counted again.
CREATE TABLE monthly_report (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code text NOT NULL REFERENCES region (code),
    month       date NOT NULL CHECK (extract(day FROM month) = 1),
    issued_at   timestamptz NOT NULL,
    issued_by   text NOT NULL,
    figures     jsonb NOT NULL,
    UNIQUE (region_code, month)
);

CREATE TABLE monthly_report_file (
    report_id bigint NOT NULL REFERENCES monthly_report (id),
    language  text NOT NULL CHECK (language IN ('zh-CN', 'en')),
    format    text NOT NULL CHECK (format IN ('pdf', 'xlsx')),
    content   bytea NOT NULL,
    sha256    text NOT NULL,
    PRIMARY KEY (report_id, language, format)
);
