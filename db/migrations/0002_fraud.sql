-- Telecom-fraud intake: one report per fraud call, one row per transfer. Money in fen.

CREATE TABLE fraud_reports (
    id                     INTEGER PRIMARY KEY,
    call_id                INTEGER NOT NULL UNIQUE REFERENCES calls(id),
    incident_id            INTEGER REFERENCES incidents(id),
    victim_account         TEXT NOT NULL DEFAULT '',
    victim_bank            TEXT NOT NULL DEFAULT '',
    stop_payment_requested INTEGER NOT NULL DEFAULT 0,
    accounts_frozen        INTEGER,
    money_recovered_fen    INTEGER,
    loss_fen               INTEGER NOT NULL DEFAULT 0,
    updated_at             TEXT NOT NULL
);
CREATE INDEX fraud_reports_incident ON fraud_reports(incident_id);

CREATE TABLE fraud_transfers (
    id             INTEGER PRIMARY KEY,
    report_id      INTEGER NOT NULL REFERENCES fraud_reports(id),
    amount_fen     INTEGER NOT NULL,
    transferred_at TEXT,
    to_account     TEXT NOT NULL DEFAULT '',
    to_name        TEXT NOT NULL DEFAULT '',
    to_bank        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX fraud_transfers_report ON fraud_transfers(report_id);
