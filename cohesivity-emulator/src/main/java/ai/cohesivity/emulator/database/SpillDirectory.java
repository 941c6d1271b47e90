package ai.cohesivity.emulator.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where answers too large to hold in memory wait until they are sent: a temporary
 * directory readable by its owner only (the rows are tenant data), made when the first
 * large answer needs it and deleted, with anything left in it, when the emulator stops.
 */
final class SpillDirectory implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SpillDirectory.class);

	private @Nullable Path directory;

	synchronized Path newFile() throws IOException {
		if (this.directory == null) {
			this.directory = Files.createTempDirectory("cohesivity-emulator-answers-", ownerOnly("rwx------"));
		}
		return Files.createTempFile(this.directory, "answer-", ".json", ownerOnly("rw-------"));
	}

	/**
	 * The directory, once a large answer made it.
	 * @return the directory, or {@code null}
	 */
	synchronized @Nullable Path directory() {
		return this.directory;
	}

	@Override
	public synchronized void close() {
		if (this.directory == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(SpillDirectory::deleteQuietly);
		}
		catch (IOException | UncheckedIOException ex) {
			logger.warn("Could not delete the emulator's temporary answers in {}", this.directory, ex);
		}
		this.directory = null;
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.debug("Could not delete {}", file, ex);
		}
	}

	private static FileAttribute<?>[] ownerOnly(String permissions) {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		return new FileAttribute<?>[] {
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)) };
	}

}
