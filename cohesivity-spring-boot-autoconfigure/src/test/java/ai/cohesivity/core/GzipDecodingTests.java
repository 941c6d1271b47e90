/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link GzipDecoding}: what arrives in pieces of any size decodes to exactly
 * what was compressed, and a body that is not whole gzip fails instead of passing as a
 * shorter answer.
 */
class GzipDecodingTests {

	private static final String EXCHANGE = "POST /edge/database";

	private static final String ANSWER = "{\"rows\":[{\"id\":1,\"title\":\"naïve ✓\"}],\"rowCount\":1}";

	@Test
	void bodySplitAtEveryPointDecodesToTheAnswer() throws IOException {
		byte[] compressed = gzip(ANSWER.getBytes(StandardCharsets.UTF_8));
		for (int split = 0; split <= compressed.length; split++) {
			byte[] decoded = decode(Arrays.copyOfRange(compressed, 0, split),
					Arrays.copyOfRange(compressed, split, compressed.length));
			assertThat(new String(decoded, StandardCharsets.UTF_8)).as("split at %d", split).isEqualTo(ANSWER);
		}
	}

	@Test
	void largeBodyInSeededRandomPiecesDecodesToTheSameBytes() throws IOException {
		Random random = new Random(42);
		for (int round = 0; round < 20; round++) {
			byte[] original = new byte[random.nextInt(300_000)];
			for (int i = 0; i < original.length; i++) {
				// half random letters, half runs, so that the data both shrinks and does
				// not
				original[i] = (byte) ((i / 1000 % 2 == 0) ? 'a' + random.nextInt(26) : 'x');
			}
			byte[] compressed = gzip(original);
			List<byte[]> pieces = new ArrayList<>();
			for (int offset = 0; offset < compressed.length;) {
				int length = Math.min(compressed.length - offset, 1 + random.nextInt(20_000));
				pieces.add(Arrays.copyOfRange(compressed, offset, offset + length));
				offset += length;
			}
			assertThat(decode(pieces.toArray(byte[][]::new))).as("round %d", round).isEqualTo(original);
		}
	}

	@Test
	void membersThatFollowOneAnotherAreAllDecoded() throws IOException {
		byte[] first = gzip("{\"rows\":".getBytes(StandardCharsets.UTF_8));
		byte[] second = gzip("[],\"rowCount\":0}".getBytes(StandardCharsets.UTF_8));
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		assertThat(new String(decode(both), StandardCharsets.UTF_8)).isEqualTo("{\"rows\":[],\"rowCount\":0}");
	}

	@Test
	void headerWithExtraFieldNameCommentAndHeaderCrcIsSkipped() throws IOException {
		byte[] data = ANSWER.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream member = new ByteArrayOutputStream();
		member.write(new byte[] { 0x1f, (byte) 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, (byte) 255 });
		member.write(new byte[] { 3, 0, 'a', 'b', 'c' });
		member.write("answer.json\0".getBytes(StandardCharsets.ISO_8859_1));
		member.write("a comment\0".getBytes(StandardCharsets.ISO_8859_1));
		member.write(new byte[] { 0, 0 });
		ByteArrayOutputStream deflated = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(deflated,
				new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
			out.write(data);
		}
		member.write(deflated.toByteArray());
		CRC32 crc = new CRC32();
		crc.update(data);
		member.write(littleEndian((int) crc.getValue()));
		member.write(littleEndian(data.length));
		byte[] bytes = member.toByteArray();
		assertThat(new String(decode(bytes), StandardCharsets.UTF_8)).isEqualTo(ANSWER);
		assertThat(new String(decode(Arrays.copyOfRange(bytes, 0, 14), Arrays.copyOfRange(bytes, 14, bytes.length)),
				StandardCharsets.UTF_8))
			.isEqualTo(ANSWER);
	}

	@Test
	void bodyThatIsNotGzipPassesUnchanged() {
		assertThat(new String(decode(ANSWER.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
			.isEqualTo(ANSWER);
	}

	@Test
	void emptyBodyStaysEmpty() {
		assertThat(decode()).isEmpty();
	}

	@Test
	void bodyCutOffInsideTheGzipStreamFails() throws IOException {
		byte[] compressed = gzip(ANSWER.getBytes(StandardCharsets.UTF_8));
		for (int length : new int[] { 5, 12, compressed.length / 2, compressed.length - 8, compressed.length - 1 }) {
			assertThatExceptionOfType(CohesivityException.class)
				.isThrownBy(() -> decode(Arrays.copyOf(compressed, length)))
				.withMessage("Malformed response to POST /edge/database: its gzip-encoded body cannot be decoded "
						+ "(the body ended before its gzip stream did)");
		}
	}

	@Test
	void corruptedDataFailsNamingTheExchange() throws IOException {
		byte[] compressed = gzip(ANSWER.getBytes(StandardCharsets.UTF_8));
		byte[] wrongCrc = compressed.clone();
		wrongCrc[compressed.length - 8] ^= 0x55;
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(() -> decode(wrongCrc))
			.withMessageContaining("Malformed response to POST /edge/database")
			.withMessageContaining("CRC-32 mismatch");
		byte[] garbage = compressed.clone();
		Arrays.fill(garbage, 10, compressed.length - 8, (byte) 0xff);
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(() -> decode(garbage))
			.withMessageStartingWith(
					"Malformed response to POST /edge/database: its gzip-encoded body cannot be " + "decoded");
		byte[] trailingJunk = Arrays.copyOf(compressed, compressed.length + 4);
		assertThatExceptionOfType(CohesivityException.class).isThrownBy(() -> decode(trailingJunk))
			.withMessageContaining("no gzip member header");
	}

	private static byte[] decode(byte[]... pieces) {
		Flux<DataBuffer> body = Flux.fromArray(pieces)
			.map((piece) -> (DataBuffer) DefaultDataBufferFactory.sharedInstance.wrap(piece));
		DataBuffer joined = DataBufferUtils.join(GzipDecoding.decode(EXCHANGE, body)).block(Duration.ofSeconds(10));
		if (joined == null) {
			return new byte[0];
		}
		byte[] bytes = new byte[joined.readableByteCount()];
		joined.read(bytes);
		return bytes;
	}

	private static byte[] gzip(byte[] data) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(data);
		}
		return bytes.toByteArray();
	}

	private static byte[] littleEndian(int value) {
		return new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24) };
	}

}
