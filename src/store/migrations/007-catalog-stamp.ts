/**
 * A counter that every change to what is live moves (a version added, approved or rejected;
 * automatic mode; remote services), in the changing transaction itself: a turn reads it with
 * its session, and reads the live set again only when it moved. Triggers keep it, so no writer
 * (any process, any command) can forget to.
 */
export default `
CREATE TABLE catalog_stamp (
  id  boolean PRIMARY KEY DEFAULT true CHECK (id),
  n   bigint NOT NULL
);
INSERT INTO catalog_stamp (id, n) VALUES (true, 0);

CREATE FUNCTION catalog_stamp_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE catalog_stamp SET n = n + 1;
  RETURN NULL;
END
$$;
CREATE TRIGGER package_versions_stamp AFTER INSERT OR DELETE OR UPDATE OF status, app_id, version OR TRUNCATE ON package_versions
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_stamp_bump();
CREATE TRIGGER app_settings_stamp AFTER INSERT OR DELETE OR UPDATE OF automatic_mode, app_id OR TRUNCATE ON app_settings
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_stamp_bump();
CREATE TRIGGER remote_services_stamp AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON remote_services
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_stamp_bump();
`;
