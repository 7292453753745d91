-- ShedLock's table: one row per scheduled job that must run on one instance at a time. Owner module: platform.
CREATE TABLE shedlock (
    name       varchar(64) PRIMARY KEY,
    lock_until timestamp NOT NULL,
    locked_at  timestamp NOT NULL,
    locked_by  varchar(255) NOT NULL
);
