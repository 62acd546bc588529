-- PostgreSQL's text types cannot hold NUL, so the store writes NUL (and its escape character, U+0001)
-- in the searched free-text columns as two characters (Dialect.encodeText). Twice the width core
-- allows fits any value, escaped. Widening a VARCHAR rewrites no rows.

ALTER TABLE ${qualifier}${prefix}participant ALTER COLUMN external_ref TYPE VARCHAR(256);
ALTER TABLE ${qualifier}${prefix}contribution ALTER COLUMN category TYPE VARCHAR(200);
ALTER TABLE ${qualifier}${prefix}event ALTER COLUMN actor TYPE VARCHAR(256);
ALTER TABLE ${qualifier}${prefix}idempotency ALTER COLUMN subject TYPE VARCHAR(256);
