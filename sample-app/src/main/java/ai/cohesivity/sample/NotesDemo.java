package ai.cohesivity.sample;

import java.time.Instant;
import java.util.List;

import ai.cohesivity.database.EdgeDatabaseOperations;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.stereotype.Component;

/**
 * Writes a note to the edge database and reads every note back, showing the round trip at
 * start-up. A placeholder until the sample grows into a service.
 */
@Component
class NotesDemo implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(NotesDemo.class);

	private final EdgeDatabaseOperations database;

	NotesDemo(EdgeDatabaseOperations database) {
		this.database = database;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.database.update("INSERT INTO notes (title, created_at) VALUES (?, ?)", "Hello from the sample app",
				Instant.now().toString());
		List<Note> notes = this.database.query("SELECT id, title, done, created_at FROM notes ORDER BY id",
				new DataClassRowMapper<>(Note.class));
		logger.info(
				"Cohesivity edge database holds " + notes.size() + " note(s); latest: " + notes.get(notes.size() - 1));
	}

}
