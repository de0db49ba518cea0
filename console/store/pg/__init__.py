"""PostgreSQL as the console's second engine: the schema (schema.sql), database roles for the
console's roles (roles.sql), connections, pools and the change feed (connect.py), and the audit
chain's check (audit.py)."""
