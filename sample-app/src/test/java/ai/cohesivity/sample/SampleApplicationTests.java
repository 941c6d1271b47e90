package ai.cohesivity.sample;

import ai.cohesivity.autoconfigure.emulator.AutoConfigureCohesivityEmulator;
import ai.cohesivity.database.EdgeDatabaseOperations;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureCohesivityEmulator
class SampleApplicationTests {

	@Autowired
	private EdgeDatabaseOperations database;

	@Test
	void startUpWritesANoteToTheEdgeDatabase() {
		Long notes = this.database.queryForObject("SELECT count(*) FROM notes WHERE title = ?", Long.class,
				"Hello from the sample app");
		assertThat(notes).isEqualTo(1L);
	}

}
