-- Schema for CohesivityDatabaseAutoConfigurationTests; statement separators inside strings,
-- comments and trigger bodies must not split.
CREATE TABLE IF NOT EXISTS notes (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	title TEXT NOT NULL, -- e.g. 'milk; bread'
	changes INTEGER NOT NULL DEFAULT 0
);
/* A trigger: its body holds semicolons and a CASE ... END. */
CREATE TRIGGER IF NOT EXISTS notes_touch AFTER UPDATE OF title ON notes BEGIN
	UPDATE notes SET changes = changes + CASE WHEN new.title <> old.title THEN 1 ELSE 0 END WHERE id = new.id;
END;
