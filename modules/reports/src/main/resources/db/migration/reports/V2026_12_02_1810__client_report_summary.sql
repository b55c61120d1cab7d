-- The free-text summary of a client report (issue 22), written by staff for one engagement and
-- period, so the municipality's contact downloads the same report staff saw.
CREATE SEQUENCE client_report_summary_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE client_report_summary (
    id            BIGINT        NOT NULL PRIMARY KEY,
    engagement_id BIGINT        NOT NULL,
    period_start  DATE          NOT NULL,
    period_end    DATE          NOT NULL,
    summary       VARCHAR(4000) NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT client_report_summary_uq UNIQUE (engagement_id, period_start, period_end)
);
