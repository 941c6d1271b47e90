/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@code .cohesivity} credentials files the way Cohesivity's own tooling
 * does: one {@code key=value} per line, split on the first {@code =}, blank lines and
 * {@code #} comments ignored, surrounding quotes stripped, the first occurrence of a key
 * wins, unknown keys kept; other lines (one-click claim instructions) are skipped with a
 * warning that never quotes them. A symbolic link, a non-regular file or a file over 128
 * KiB is refused; a file readable by group or others is used with a warning. Files are
 * written with mode {@code 0600}, atomically. The machine id genesis hands out is kept in
 * a file of its own beside it ({@link #machineIdFile()}).
 */
public final class CredentialsFile {

	/** The largest file that is read. */
	public static final long MAX_SIZE = 128 * 1024;

	private static final Log logger = LogFactory.getLog(CredentialsFile.class);

	private static final int MAX_MACHINE_ID_LENGTH = 512;

	private static final Pattern MACHINE_ID = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_MACHINE_ID_LENGTH + "}");

	private static final Pattern ENTRY_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final List<String> KEY_ORDER = List.of(CohesivityCredentials.TENANT_ID,
			CohesivityCredentials.MANAGEMENT_KEY, CohesivityCredentials.APPLICATION_KEY,
			CohesivityCredentials.EXPIRES_AT, CohesivityCredentials.TENANT_LIFECYCLE,
			CohesivityCredentials.RUNTIME_PROFILE, CohesivityCredentials.BASE_URL);

	private final Path path;

	/**
	 * Create a handle on a credentials file.
	 * @param path the file's location
	 */
	public CredentialsFile(Path path) {
		this.path = path;
	}

	/**
	 * Return the file's location.
	 * @return the path
	 */
	public Path path() {
		return this.path;
	}

	/**
	 * Return whether something exists at the location (a link counts).
	 * @return whether the file exists
	 */
	public boolean exists() {
		return Files.exists(this.path, LinkOption.NOFOLLOW_LINKS);
	}

	/**
	 * Read the file.
	 * @return the credentials, empty when the file does not exist
	 * @throws CredentialsFileException if the file exists but cannot be used
	 */
	public CohesivityCredentials read() {
		if (!exists()) {
			return CohesivityCredentials.empty();
		}
		if (Files.isSymbolicLink(this.path)) {
			throw new CredentialsFileException(this.path,
					"it is a symbolic link (refused so that keys are never " + "read from somewhere else)", null);
		}
		if (!Files.isRegularFile(this.path, LinkOption.NOFOLLOW_LINKS)) {
			throw new CredentialsFileException(this.path, "it is not a regular file", null);
		}
		try {
			long size = Files.size(this.path);
			if (size > MAX_SIZE) {
				throw new CredentialsFileException(this.path,
						"it is " + size + " bytes, larger than the " + MAX_SIZE + " bytes a credentials file can be",
						null);
			}
			warnIfShared();
			String content = Files.readString(this.path, StandardCharsets.UTF_8);
			return parse(content);
		}
		catch (NoSuchFileException ex) {
			return CohesivityCredentials.empty();
		}
		catch (IOException ex) {
			throw new CredentialsFileException(this.path, "it cannot be read (" + ex.getClass().getSimpleName() + ")",
					ex);
		}
	}

	/**
	 * Parse credentials in the file format, with the same rules as {@link #read()}:
	 * {@link #parseEntries(String, String) the entries}, then a check that each key has
	 * its prefix. Errors name this file.
	 * @param content the text
	 * @return the credentials
	 * @throws CredentialsFileException if a key does not look like a Cohesivity key
	 */
	public CohesivityCredentials parse(String content) {
		CohesivityCredentials credentials = parseEntries(content, this.path.toAbsolutePath().normalize().toString());
		checkPrefix(CohesivityCredentials.MANAGEMENT_KEY, credentials.managementKey(), "coh_man_");
		checkPrefix(CohesivityCredentials.APPLICATION_KEY, credentials.applicationKey(), "coh_app_");
		return credentials;
	}

	/**
	 * Read the {@code key=value} entries of text in the file format, without checking the
	 * keys: split on the first {@code =}, blank lines and {@code #} comments ignored,
	 * surrounding quotes stripped, the first occurrence of a key wins. A line that is
	 * neither an entry (a name of letters, digits, {@code _}, {@code .} or {@code -}
	 * before the {@code =}) nor a comment, such as the one-click claim instructions the
	 * onboarding page says the file may end with, is skipped with one warning that names
	 * its line number and never its content (it may hold a key).
	 * @param content the text
	 * @param source what the text is, for the warning (a file, an answer)
	 * @return the entries
	 */
	public static CohesivityCredentials parseEntries(String content, String source) {
		Map<String, String> entries = new LinkedHashMap<>();
		List<Integer> skipped = new ArrayList<>();
		String[] lines = content.split("\\r?\\n|\\r", -1);
		for (int index = 0; index < lines.length; index++) {
			String line = lines[index].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			String key = (equals > 0) ? line.substring(0, equals).strip() : "";
			if (!ENTRY_NAME.matcher(key).matches()) {
				skipped.add(index + 1);
				continue;
			}
			entries.putIfAbsent(key, unquote(line.substring(equals + 1).strip()));
		}
		if (!skipped.isEmpty() && logger.isWarnEnabled()) {
			logger.warn("Skipped " + ((skipped.size() == 1) ? "line " : "lines ")
					+ skipped.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " of " + source
					+ ": neither key=value entries nor # comments (their content is not shown: it may hold a key)");
		}
		return new CohesivityCredentials(entries);
	}

	private void checkPrefix(String entry, @Nullable String value, String prefix) {
		if (value != null && !value.startsWith(prefix)) {
			throw new CredentialsFileException(this.path,
					entry + " does not look like a Cohesivity key (it must start with " + prefix + ")", null);
		}
		String defect = (value != null) ? keyDefect(value) : null;
		if (defect != null) {
			throw new CredentialsFileException(this.path, entry + " holds " + defect
					+ "; a key is one unbroken word: copy it again without spaces or line breaks", null);
		}
	}

	/**
	 * Returns why a key cannot be sent as it is: it holds whitespace (a space, a tab, a
	 * no-break space), a control character or an invisible formatting character, as a key
	 * pasted from a terminal, a chat or a web page can. The key itself is never part of
	 * the answer.
	 * @param key the key, without surrounding whitespace
	 * @return for example {@code a space at position 12}, or {@code null} when the key
	 * holds none of them
	 */
	public static @Nullable String keyDefect(String key) {
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			String kind = Character.isISOControl(c) ? "a control character"
					: (Character.isWhitespace(c) || Character.isSpaceChar(c)) ? "whitespace"
							: (Character.getType(c) == Character.FORMAT) ? "an invisible formatting character" : null;
			if (kind != null) {
				return kind + " (U+" + String.format("%04X", (int) c) + ") at position " + (i + 1);
			}
		}
		return null;
	}

	private static String unquote(String value) {
		if (value.length() >= 2) {
			char first = value.charAt(0);
			char last = value.charAt(value.length() - 1);
			if ((first == '"' || first == '\'') && first == last) {
				return value.substring(1, value.length() - 1);
			}
		}
		return value;
	}

	private void warnIfShared() throws IOException {
		try {
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(this.path, LinkOption.NOFOLLOW_LINKS);
			boolean shared = permissions.stream()
				.anyMatch((permission) -> permission.name().startsWith("GROUP")
						|| permission.name().startsWith("OTHERS"));
			if (shared) {
				logger.warn("Cohesivity credentials file " + this.path.toAbsolutePath().normalize()
						+ " is accessible by group or others (" + PosixFilePermissions.toString(permissions)
						+ "); restrict it with: chmod 600 " + this.path);
			}
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: nothing to check
		}
	}

	/**
	 * Write the credentials, replacing the file atomically. The new file has mode
	 * {@code 0600} from the moment it is created. Documented keys come first in their
	 * usual order, then the others.
	 * @param credentials the credentials to write
	 * @throws CredentialsFileException if the file cannot be written
	 */
	public void write(CohesivityCredentials credentials) {
		writeOwnerOnly(this.path, format(credentials));
	}

	/**
	 * Return where the machine id that genesis hands out
	 * ({@code X-Cohesivity-Machine-Id}, §1.5) is kept: a file of its own beside this one,
	 * {@code <name>.machine-id}. It is not a tenant credential and outlives the tenant:
	 * removing {@code .cohesivity} to start afresh keeps it, so the next genesis says
	 * which machine asks.
	 * @return the machine id file
	 */
	public Path machineIdFile() {
		return this.path.resolveSibling(this.path.getFileName() + ".machine-id");
	}

	/**
	 * Read the machine id kept beside this file.
	 * @return the machine id, or {@code null} when there is none or it is unusable (then
	 * a warning says so, without the content)
	 */
	public @Nullable String readMachineId() {
		Path file = machineIdFile();
		try {
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_MACHINE_ID_LENGTH + 2) {
				if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
					logger.warn("Ignoring " + file.toAbsolutePath().normalize() + ": not a regular file of at most "
							+ MAX_MACHINE_ID_LENGTH + " characters");
				}
				return null;
			}
			String machineId = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (!isMachineId(machineId)) {
				logger.warn("Ignoring " + file.toAbsolutePath().normalize()
						+ ": it does not hold a machine id (its content is not shown)");
				return null;
			}
			return machineId;
		}
		catch (IOException ex) {
			logger.warn("Cannot read " + file.toAbsolutePath().normalize() + " (" + ex.getClass().getSimpleName()
					+ "); genesis is sent without a machine id");
			return null;
		}
	}

	/**
	 * Keep a machine id beside this file (mode {@code 0600}, replaced atomically).
	 * @param machineId the machine id genesis answered with
	 * @throws CredentialsFileException if the file cannot be written
	 * @throws IllegalArgumentException if the value is not a machine id (a header value
	 * with line breaks, for example)
	 */
	public void writeMachineId(String machineId) {
		if (!isMachineId(machineId)) {
			throw new IllegalArgumentException("Not a machine id (letters, digits, '.', '_', '-', at most "
					+ MAX_MACHINE_ID_LENGTH + " characters)");
		}
		writeOwnerOnly(machineIdFile(), machineId + "\n");
	}

	/**
	 * Return whether a value can be a machine id and can be sent as a header: documented
	 * as {@code mach_<[a-z0-9]+>.<[A-Za-z0-9_-]+>}, accepted more loosely (letters,
	 * digits, {@code .}, {@code _}, {@code -}) so that a new format is still kept.
	 * @param value the value
	 * @return whether it can be a machine id
	 */
	public static boolean isMachineId(@Nullable String value) {
		return value != null && MACHINE_ID.matcher(value).matches();
	}

	private static void writeOwnerOnly(Path target, String content) {
		Path absolute = target.toAbsolutePath().normalize();
		Path directory = absolute.getParent();
		Path temporary = null;
		try {
			if (Files.isSymbolicLink(absolute)) {
				throw new CredentialsFileException(target, "it is a symbolic link; refusing to replace it", null);
			}
			temporary = createOwnerOnly(directory, absolute.getFileName().toString());
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				out.write(content.getBytes(StandardCharsets.UTF_8));
			}
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			temporary = null;
		}
		catch (IOException ex) {
			throw new CredentialsFileException(target, "it cannot be written (" + ex.getClass().getSimpleName() + ")",
					ex);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ex) {
					// best effort
				}
			}
		}
	}

	private static Path createOwnerOnly(Path directory, String name) throws IOException {
		try {
			return Files.createTempFile(directory, "." + name, ".tmp",
					PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		catch (UnsupportedOperationException ex) {
			return Files.createTempFile(directory, "." + name, ".tmp");
		}
	}

	static String format(CohesivityCredentials credentials) {
		StringBuilder text = new StringBuilder();
		Map<String, String> entries = credentials.entries();
		for (String key : KEY_ORDER) {
			String value = entries.get(key);
			if (value != null) {
				text.append(key).append('=').append(value).append('\n');
			}
		}
		entries.forEach((key, value) -> {
			if (!KEY_ORDER.contains(key)) {
				text.append(key).append('=').append(value).append('\n');
			}
		});
		return text.toString();
	}

	@Override
	public String toString() {
		return "CredentialsFile[" + this.path + "]";
	}

}
