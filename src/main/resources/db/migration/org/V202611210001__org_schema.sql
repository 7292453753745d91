-- Organisations: regions (GB/T 2260), supervising departments, enterprises, people and their posts.
-- Owner module: org.

CREATE TABLE region (
    code        text PRIMARY KEY CHECK (code ~ '^[0-9]{6}$'),
    name        text NOT NULL,
    level       text NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY')),
    parent_code text REFERENCES region (code)
);
CREATE INDEX region_parent_idx ON region (parent_code);

CREATE TABLE department (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code text NOT NULL REFERENCES region (code),
    kind        text NOT NULL,
    name        text NOT NULL,
    sectors     text[] NOT NULL DEFAULT '{}',
    version     integer NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    UNIQUE (region_code, name)
);
CREATE INDEX department_region_idx ON department (region_code text_pattern_ops);

CREATE TABLE enterprise (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                 text NOT NULL,
    credit_code          text NOT NULL UNIQUE,
    region_code          text NOT NULL REFERENCES region (code),
    sectors              text[] NOT NULL CHECK (cardinality(sectors) > 0),
    address              text NOT NULL,
    longitude            numeric(9, 6),
    latitude             numeric(8, 6),
    mine_type            text CHECK (mine_type IN ('UNDERGROUND', 'OPEN_PIT')),
    principal_name       text,
    principal_phone      text,
    safety_manager_name  text,
    safety_manager_phone text,
    version              integer NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL
);
-- The data-scope predicate filters by region-code prefix and sector overlap.
CREATE INDEX enterprise_region_idx ON enterprise (region_code text_pattern_ops);
CREATE INDEX enterprise_sectors_idx ON enterprise USING gin (sectors);

CREATE TABLE enterprise_licence (
    enterprise_id bigint NOT NULL REFERENCES enterprise (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    kind          text NOT NULL,
    number        text NOT NULL,
    valid_until   date,
    PRIMARY KEY (enterprise_id, position)
);

CREATE TABLE person (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text NOT NULL,
    mobile        text,
    region_code   text NOT NULL REFERENCES region (code),
    enterprise_id bigint REFERENCES enterprise (id),
    created_at    timestamptz NOT NULL
);
CREATE INDEX person_region_idx ON person (region_code text_pattern_ops);
CREATE INDEX person_enterprise_idx ON person (enterprise_id);

-- A person's posts: staff or principal of an enterprise, inspector or head of a department, leader of a region.
CREATE TABLE post (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     bigint NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind          text NOT NULL,
    title         text NOT NULL,
    enterprise_id bigint REFERENCES enterprise (id),
    department_id bigint REFERENCES department (id),
    region_code   text NOT NULL REFERENCES region (code),
    CHECK ((kind IN ('ENTERPRISE_STAFF', 'ENTERPRISE_PRINCIPAL', 'SAFETY_MANAGER')) = (enterprise_id IS NOT NULL)),
    CHECK ((kind IN ('INSPECTOR', 'DEPARTMENT_HEAD')) = (department_id IS NOT NULL))
);
CREATE INDEX post_person_idx ON post (person_id);
