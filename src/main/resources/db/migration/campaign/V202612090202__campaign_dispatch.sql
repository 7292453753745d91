-- Dispatch reports (调度, issue 18): every period of a campaign (weekly by default) each region below the launching
-- one reports its progress to the one above by the period's last day; the figures are kept as they stood when it
-- reported. Owner module: campaign.
CREATE TABLE campaign_dispatch (
    campaign_id   bigint NOT NULL,
    region_code   text NOT NULL,
    period_from   date NOT NULL,
    due           date NOT NULL,
    report        text NOT NULL,
    figures       jsonb NOT NULL,
    filed_at      timestamptz NOT NULL,
    filed_by_name text NOT NULL,
    PRIMARY KEY (campaign_id, region_code, period_from),
    FOREIGN KEY (campaign_id, region_code) REFERENCES campaign_unit (campaign_id, region_code)
);
