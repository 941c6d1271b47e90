package ai.cohesivity.emulator.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer stays in memory up to its limit and goes to an owner-only file beyond it,
 * which is deleted once read or thrown away.
 */
class AnswerBufferTests {

	private final SpillDirectory spill = new SpillDirectory();

	@AfterEach
	void deleteTheDirectory() {
		this.spill.close();
	}

	@Test
	void staysInMemoryUpToItsLimit() throws IOException {
		AnswerBuffer buffer = new AnswerBuffer(this.spill, 1024);
		buffer.write("x".repeat(1024).getBytes(StandardCharsets.UTF_8));
		buffer.close();
		assertThat(buffer.spilled()).isFalse();
		assertThat(buffer.bytes()).hasSize(1024);
	}

	@Test
	void beyondItsLimitGoesToAnOwnerOnlyFileDeletedOnceRead() throws IOException {
		AnswerBuffer buffer = new AnswerBuffer(this.spill, 1024);
		String answer = "{\"rows\":[" + "{\"n\":1},".repeat(400) + "{\"n\":1}],\"rowCount\":401}";
		for (byte b : answer.getBytes(StandardCharsets.UTF_8)) {
			buffer.write(b);
		}
		buffer.close();
		assertThat(buffer.spilled()).isTrue();
		assertThat(buffer.length()).isEqualTo(answer.length());
		Path file = onlyFile();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		List<DataBuffer> chunks = buffer.content(DefaultDataBufferFactory.sharedInstance).collectList().block();
		DataBuffer joined = DefaultDataBufferFactory.sharedInstance.join(chunks);
		assertThat(joined.toString(StandardCharsets.UTF_8)).isEqualTo(answer);
		DataBufferUtils.release(joined);
		assertThat(file).doesNotExist();
	}

	@Test
	void aDiscardedAnswerLeavesNoFile() throws IOException {
		AnswerBuffer buffer = new AnswerBuffer(this.spill, 16);
		buffer.write(new byte[100]);
		Path file = onlyFile();
		buffer.discard();
		assertThat(file).doesNotExist();
	}

	private Path onlyFile() throws IOException {
		Path directory = this.spill.directory();
		assertThat(directory).isNotNull();
		try (Stream<Path> files = Files.list(directory)) {
			List<Path> answers = files.toList();
			assertThat(answers).hasSize(1);
			return answers.get(0);
		}
	}

}
