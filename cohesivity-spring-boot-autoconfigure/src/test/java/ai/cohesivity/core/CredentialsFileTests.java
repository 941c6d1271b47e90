/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CredentialsFile}.
 */
@ExtendWith(OutputCaptureExtension.class)
class CredentialsFileTests {

	private static final String MAN = "coh_man_0123456789abcdefghij";

	private static final String APP = "coh_app_abcdefghij0123456789";

	@TempDir
	Path directory;

	private Path write(String content) throws IOException {
		Path file = this.directory.resolve(".cohesivity");
		Files.writeString(file, content);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	@Test
	void readsTheGenesisDotfile() throws IOException {
		Path file = write("tenant_id=brave-otter-runs\ncoh_management_key=" + MAN + "\ncoh_application_key=" + APP
				+ "\nexpires_at=2026-08-13T00:00:00.000Z\ntenant_lifecycle=ephemeral\nruntime_profile=v1-326\n");
		CohesivityCredentials credentials = new CredentialsFile(file).read();
		assertThat(credentials.tenantId()).isEqualTo("brave-otter-runs");
		assertThat(credentials.managementKey()).isEqualTo(MAN);
		assertThat(credentials.applicationKey()).isEqualTo(APP);
		assertThat(credentials.expiresAt()).isEqualTo(Instant.parse("2026-08-13T00:00:00Z"));
		assertThat(credentials.tenantLifecycle()).isEqualTo("ephemeral");
		assertThat(credentials.runtimeProfile()).isEqualTo("v1-326");
	}

	@Test
	void commentsAreIgnoredFirstOccurrenceWinsUnknownKeysAreKeptAndQuotesStripped() throws IOException {
		Path file = write("# coh_application_key=coh_app_decoydecoydecoydecoy0\r\n\r\n" + "coh_application_key = \""
				+ APP + "\"\r\ncoh_application_key=coh_app_secondsecondsecond00\r\n" + "future_field=a=b\r\n");
		CohesivityCredentials credentials = new CredentialsFile(file).read();
		assertThat(credentials.applicationKey()).isEqualTo(APP);
		assertThat(credentials.entries()).containsEntry("future_field", "a=b").hasSize(2);
	}

	@Test
	void missingFileIsEmpty() {
		CohesivityCredentials credentials = new CredentialsFile(this.directory.resolve("absent")).read();
		assertThat(credentials.hasAnyKey()).isFalse();
	}

	@Test
	void linesThatAreNeitherEntriesNorCommentsAreSkippedWithAWarningThatNeverQuotesThem(CapturedOutput output)
			throws IOException {
		// The onboarding page says the file holds one-click claim instructions: free
		// text,
		// possibly with '=' in a link and a key in a copy-paste command.
		Path file = write("tenant_id=brave-otter-runs\ncoh_management_key=" + MAN + "\ncoh_application_key=" + APP
				+ "\n\nOne-click claim: open https://cohesivity.ai/c/abc?source=init in a browser and approve.\n"
				+ "Or ask for a claim link: POST https://cohesivity.ai/api/claim/url with Authorization: Bearer " + MAN
				+ "\n");
		CohesivityCredentials credentials = new CredentialsFile(file).read();
		assertThat(credentials.managementKey()).isEqualTo(MAN);
		assertThat(credentials.applicationKey()).isEqualTo(APP);
		assertThat(credentials.entries()).hasSize(3);
		assertThat(output).contains("lines 5, 6 of " + file.toAbsolutePath().normalize())
			.contains("neither key=value entries nor # comments")
			.doesNotContain(MAN)
			.doesNotContain("One-click")
			.doesNotContain("source=init");
	}

	@Test
	void aKeyOnALineOfItsOwnIsSkippedNotQuoted(CapturedOutput output) throws IOException {
		Path file = write("tenant_id=t\n" + APP + "\n");
		assertThat(new CredentialsFile(file).read().applicationKey()).isNull();
		assertThat(output).contains("line 2 of").doesNotContain(APP);
	}

	@Test
	void keyWithTheWrongPrefixIsRefused() throws IOException {
		Path file = write("coh_management_key=" + APP + "\n");
		assertThatExceptionOfType(CredentialsFileException.class).isThrownBy(() -> new CredentialsFile(file).read())
			.withMessageContaining("must start with coh_man_")
			.withMessageNotContaining(APP);
	}

	@Test
	void symbolicLinkIsRefused() throws IOException {
		Path target = write("coh_application_key=" + APP + "\n");
		Path link = Files.createSymbolicLink(this.directory.resolve("link"), target);
		assertThatExceptionOfType(CredentialsFileException.class).isThrownBy(() -> new CredentialsFile(link).read())
			.withMessageContaining("symbolic link");
	}

	@Test
	void directoryIsRefused() throws IOException {
		Path directory = Files.createDirectory(this.directory.resolve(".cohesivity"));
		assertThatExceptionOfType(CredentialsFileException.class)
			.isThrownBy(() -> new CredentialsFile(directory).read())
			.withMessageContaining("not a regular file");
	}

	@Test
	void oversizedFileIsRefused() throws IOException {
		Path file = write("# " + "x".repeat(130 * 1024) + "\n");
		assertThatExceptionOfType(CredentialsFileException.class).isThrownBy(() -> new CredentialsFile(file).read())
			.withMessageContaining("larger than the 131072 bytes");
	}

	@Test
	void groupReadableFileIsUsedWithAWarning(CapturedOutput output) throws IOException {
		Path file = write("coh_application_key=" + APP + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(new CredentialsFile(file).read().applicationKey()).isEqualTo(APP);
		assertThat(output).contains("accessible by group or others").contains("chmod 600").doesNotContain(APP);
	}

	@Test
	void writesOwnerOnlyAtomicallyAndRoundTrips() throws IOException {
		Path file = this.directory.resolve(".cohesivity");
		Files.writeString(file, "old=content\n");
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("custom", "kept");
		entries.put(CohesivityCredentials.APPLICATION_KEY, APP);
		entries.put(CohesivityCredentials.TENANT_ID, "swift-fox-running");
		entries.put(CohesivityCredentials.MANAGEMENT_KEY, MAN);
		new CredentialsFile(file).write(new CohesivityCredentials(entries));
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(file)).isEqualTo("tenant_id=swift-fox-running\ncoh_management_key=" + MAN
				+ "\ncoh_application_key=" + APP + "\ncustom=kept\n");
		assertThat(new CredentialsFile(file).read().entries()).isEqualTo(Map.of("tenant_id", "swift-fox-running",
				"coh_management_key", MAN, "coh_application_key", APP, "custom", "kept"));
		try (var files = Files.list(this.directory)) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void toStringMasksKeys() {
		CohesivityCredentials credentials = new CohesivityCredentials(
				Map.of(CohesivityCredentials.MANAGEMENT_KEY, MAN, CohesivityCredentials.APPLICATION_KEY, APP));
		assertThat(credentials.toString()).doesNotContain(MAN).doesNotContain(APP).contains("coh_man_******");
	}

}
