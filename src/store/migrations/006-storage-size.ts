/**
 * Each stored value's size (key and JSON value, in bytes, as the storage quota counts them),
 * kept by the database itself: a call reads its storage's keys and sizes, and the values of
 * the small ones, without serialising every value again to measure it.
 */
export default `
ALTER TABLE app_storage ADD COLUMN size integer GENERATED ALWAYS AS (octet_length(key) + octet_length(value::text)) STORED;
`;
