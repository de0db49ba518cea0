-- The anti-domestic-violence desk's decisions in the audit trail: db/migrations/0014_dv_audit.sql
-- in PostgreSQL's terms (see there for what is logged and why). The audit trigger of each table
-- as schema.sql makes them (audit_row: the row id's column, then the columns kept out of the log,
-- as console.store.audit.AUDITED lists them), and TRUNCATE refused. The rows these tables held
-- before are not vouched for here: on a server, verify-audit checks the chain.

CREATE OR REPLACE TRIGGER audit_dv_call_safety_insert AFTER INSERT ON dv_call_safety
    FOR EACH ROW EXECUTE FUNCTION audit_row('call_id', 'safe_number');
CREATE OR REPLACE TRIGGER audit_dv_call_safety_update AFTER UPDATE ON dv_call_safety
    FOR EACH ROW EXECUTE FUNCTION audit_row('call_id', 'safe_number');
CREATE OR REPLACE TRIGGER audit_dv_call_safety_delete AFTER DELETE ON dv_call_safety
    FOR EACH ROW EXECUTE FUNCTION audit_row('call_id', 'safe_number');
CREATE OR REPLACE TRIGGER audit_dv_call_safety_truncate BEFORE TRUNCATE ON dv_call_safety
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();

CREATE OR REPLACE TRIGGER audit_dv_assessments_insert AFTER INSERT ON dv_assessments
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'reason');
CREATE OR REPLACE TRIGGER audit_dv_assessments_update AFTER UPDATE ON dv_assessments
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'reason');
CREATE OR REPLACE TRIGGER audit_dv_assessments_delete AFTER DELETE ON dv_assessments
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'reason');
CREATE OR REPLACE TRIGGER audit_dv_assessments_truncate BEFORE TRUNCATE ON dv_assessments
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();

CREATE OR REPLACE TRIGGER audit_dv_warnings_insert AFTER INSERT ON dv_warnings
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'abuser_name', 'address', 'address_key',
        'committee', 'facts', 'victim_name');
CREATE OR REPLACE TRIGGER audit_dv_warnings_update AFTER UPDATE ON dv_warnings
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'abuser_name', 'address', 'address_key',
        'committee', 'facts', 'victim_name');
CREATE OR REPLACE TRIGGER audit_dv_warnings_delete AFTER DELETE ON dv_warnings
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'abuser_name', 'address', 'address_key',
        'committee', 'facts', 'victim_name');
CREATE OR REPLACE TRIGGER audit_dv_warnings_truncate BEFORE TRUNCATE ON dv_warnings
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();

CREATE OR REPLACE TRIGGER audit_dv_orders_insert AFTER INSERT ON dv_orders
    FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE OR REPLACE TRIGGER audit_dv_orders_update AFTER UPDATE ON dv_orders
    FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE OR REPLACE TRIGGER audit_dv_orders_delete AFTER DELETE ON dv_orders
    FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE OR REPLACE TRIGGER audit_dv_orders_truncate BEFORE TRUNCATE ON dv_orders
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();

CREATE OR REPLACE TRIGGER audit_dv_referrals_insert AFTER INSERT ON dv_referrals
    FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE OR REPLACE TRIGGER audit_dv_referrals_update AFTER UPDATE ON dv_referrals
    FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE OR REPLACE TRIGGER audit_dv_referrals_delete AFTER DELETE ON dv_referrals
    FOR EACH ROW EXECUTE FUNCTION audit_row('id');
CREATE OR REPLACE TRIGGER audit_dv_referrals_truncate BEFORE TRUNCATE ON dv_referrals
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();

CREATE OR REPLACE TRIGGER audit_dv_visits_insert AFTER INSERT ON dv_visits
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'note');
CREATE OR REPLACE TRIGGER audit_dv_visits_update AFTER UPDATE ON dv_visits
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'note');
CREATE OR REPLACE TRIGGER audit_dv_visits_delete AFTER DELETE ON dv_visits
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'note');
CREATE OR REPLACE TRIGGER audit_dv_visits_truncate BEFORE TRUNCATE ON dv_visits
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();

CREATE OR REPLACE TRIGGER audit_dv_cases_insert AFTER INSERT ON dv_cases
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'abuser_name', 'address', 'address_key',
        'injuries', 'safe_contact', 'threats', 'victim_name');
CREATE OR REPLACE TRIGGER audit_dv_cases_update AFTER UPDATE ON dv_cases
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'abuser_name', 'address', 'address_key',
        'injuries', 'safe_contact', 'threats', 'victim_name');
CREATE OR REPLACE TRIGGER audit_dv_cases_delete AFTER DELETE ON dv_cases
    FOR EACH ROW EXECUTE FUNCTION audit_row('id', 'abuser_name', 'address', 'address_key',
        'injuries', 'safe_contact', 'threats', 'victim_name');
CREATE OR REPLACE TRIGGER audit_dv_cases_truncate BEFORE TRUNCATE ON dv_cases
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();

CREATE OR REPLACE TRIGGER audit_dv_case_incidents_insert AFTER INSERT ON dv_case_incidents
    FOR EACH ROW EXECUTE FUNCTION audit_row('incident_id');
CREATE OR REPLACE TRIGGER audit_dv_case_incidents_update AFTER UPDATE ON dv_case_incidents
    FOR EACH ROW EXECUTE FUNCTION audit_row('incident_id');
CREATE OR REPLACE TRIGGER audit_dv_case_incidents_delete AFTER DELETE ON dv_case_incidents
    FOR EACH ROW EXECUTE FUNCTION audit_row('incident_id');
CREATE OR REPLACE TRIGGER audit_dv_case_incidents_truncate BEFORE TRUNCATE ON dv_case_incidents
    FOR EACH STATEMENT EXECUTE FUNCTION audit_no_truncate();

