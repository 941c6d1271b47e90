-- Run at start-up by the starter's schema initialisation (cohesivity.database.init.mode=local, the
-- default: against the local emulator only; set it to always for a real tenant).
CREATE TABLE IF NOT EXISTS notes (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	title TEXT NOT NULL UNIQUE,
	body TEXT NOT NULL DEFAULT '',
	tags TEXT NOT NULL DEFAULT '',
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_newest_first ON notes (created_at DESC, id DESC);
