INSERT INTO notes (title) VALUES ('milk; bread');
INSERT INTO notes (title) VALUES ('it''s -- not a comment');
