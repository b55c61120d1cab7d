-- Invoicing (issue 22). What each engagement costs and who to bill, monthly invoice runs that
-- propose an invoice per engagement from the hours logged, and invoices that are numbered
-- without gaps and locked when staff approve them: a correction is a credit note, never an edit.

-- Billing terms of an engagement; keyed by the engagement's id, which the municipalities module owns.
CREATE TABLE billing_terms (
    engagement_id             BIGINT        NOT NULL PRIMARY KEY,
    price_model               VARCHAR(10)   NOT NULL,
    hourly_rate               NUMERIC(10,2),
    monthly_price             NUMERIC(12,2),
    price_covers              VARCHAR(500),
    buyer_reference           VARCHAR(100),
    buyer_organisation_number VARCHAR(9),
    vat                       VARCHAR(10)   NOT NULL,
    version                   BIGINT        NOT NULL
);

CREATE SEQUENCE invoice_run_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE invoice_run (
    id            BIGINT       NOT NULL PRIMARY KEY,
    billing_month VARCHAR(7)   NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    created_at    TIMESTAMP    NOT NULL,
    created_by    VARCHAR(254),
    approved_at   TIMESTAMP,
    approved_by   VARCHAR(254),
    version       BIGINT       NOT NULL,
    CONSTRAINT invoice_run_month_uq UNIQUE (billing_month)
);

CREATE SEQUENCE invoice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE invoice (
    id                        BIGINT         NOT NULL PRIMARY KEY,
    run_id                    BIGINT         REFERENCES invoice_run (id),
    engagement_id             BIGINT         NOT NULL,
    kind                      VARCHAR(12)    NOT NULL,
    status                    VARCHAR(10)    NOT NULL,
    invoice_number            BIGINT,
    credits_invoice_id        BIGINT         REFERENCES invoice (id),
    issue_date                DATE,
    due_date                  DATE,
    period_start              DATE           NOT NULL,
    period_end                DATE           NOT NULL,
    municipality_number       VARCHAR(4)     NOT NULL,
    buyer_name                VARCHAR(200)   NOT NULL,
    buyer_organisation_number VARCHAR(9),
    buyer_reference           VARCHAR(100),
    vat                       VARCHAR(10),
    net_amount                NUMERIC(14,2)  NOT NULL,
    vat_amount                NUMERIC(14,2)  NOT NULL,
    problems                  VARCHAR(500),
    ehf                       VARCHAR(1000000),
    version                   BIGINT         NOT NULL,
    CONSTRAINT invoice_number_uq UNIQUE (invoice_number)
);
CREATE INDEX invoice_run_idx ON invoice (run_id);
CREATE INDEX invoice_engagement_idx ON invoice (engagement_id);

CREATE SEQUENCE invoice_line_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE invoice_line (
    id          BIGINT         NOT NULL PRIMARY KEY,
    invoice_id  BIGINT         NOT NULL REFERENCES invoice (id),
    line_number INTEGER        NOT NULL,
    work_date   DATE,
    description VARCHAR(300)   NOT NULL,
    quantity    NUMERIC(10,2)  NOT NULL,
    unit_code   VARCHAR(3)     NOT NULL,
    unit_price  NUMERIC(12,2)  NOT NULL,
    amount      NUMERIC(14,2)  NOT NULL,
    -- The hours entry billed (meeting:12, coaching:7), so the same work is never billed twice.
    source      VARCHAR(100)
);
CREATE INDEX invoice_line_invoice_idx ON invoice_line (invoice_id);
CREATE INDEX invoice_line_source_idx ON invoice_line (source);

-- The next invoice number. One row, locked by the approval that takes numbers, so numbers are
-- given in order and a rolled-back approval gives its numbers back: no gaps, none twice.
CREATE TABLE invoice_number_counter (
    id          INTEGER NOT NULL PRIMARY KEY,
    next_number BIGINT  NOT NULL
);
INSERT INTO invoice_number_counter (id, next_number) VALUES (1, 1001);
