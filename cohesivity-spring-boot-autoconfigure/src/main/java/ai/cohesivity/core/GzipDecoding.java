/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import reactor.core.publisher.Flux;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

/**
 * Decodes a gzip body as it streams (RFC 1952, with the JDK's {@link Inflater}; members
 * that follow one another are decoded one after the other), so that the in-memory size
 * limit applies to the decoded answer. Each member's CRC-32 and length are checked, and a
 * body that ends inside a member fails: a cut-off answer is never taken for a whole one.
 * A body that does not start like gzip although the header says so (a connector that
 * decoded it already and left the header) passes unchanged.
 */
final class GzipDecoding {

	private static final int GZIP_MAGIC_1 = 0x1f;

	private static final int GZIP_MAGIC_2 = 0x8b;

	private static final int DEFLATE = 8;

	private static final int FHCRC = 2;

	private static final int FEXTRA = 4;

	private static final int FNAME = 8;

	private static final int FCOMMENT = 16;

	private static final int TRAILER_LENGTH = 8;

	private static final int MIN_CHUNK = 4 * 1024;

	private static final int MAX_CHUNK = 64 * 1024;

	private GzipDecoding() {
	}

	/**
	 * Decode a body that says it is gzip.
	 * @param exchange the request, for messages, for example {@code POST /edge/database}
	 * @param body the body as it came
	 * @return the decoded body; it fails with a {@link CohesivityException} if the body
	 * starts like gzip but cannot be decoded or ends before its gzip stream does
	 */
	static Flux<DataBuffer> decode(String exchange, Flux<DataBuffer> body) {
		return body.switchOnFirst((first, all) -> {
			DataBuffer buffer = first.get();
			return (buffer != null && !startsLikeGzip(buffer)) ? all : gunzip(exchange, all);
		});
	}

	private static boolean startsLikeGzip(DataBuffer buffer) {
		int position = buffer.readPosition();
		if (buffer.readableByteCount() < 2) {
			return true;
		}
		return (buffer.getByte(position) & 0xff) == GZIP_MAGIC_1
				&& (buffer.getByte(position + 1) & 0xff) == GZIP_MAGIC_2;
	}

	private static Flux<DataBuffer> gunzip(String exchange, Flux<DataBuffer> compressed) {
		return Flux.using(Gunzip::new, (gunzip) -> compressed.concatMapIterable((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return gunzip.decode(exchange, bytes);
		}).concatWith(Flux.defer(() -> {
			gunzip.finish(exchange);
			return Flux.empty();
		})), Gunzip::close);
	}

	private static CohesivityException malformed(String exchange, String problem) {
		return new CohesivityException(
				"Malformed response to " + exchange + ": its gzip-encoded body cannot be decoded (" + problem + ")");
	}

	/**
	 * The state of one body being decoded: a member's header, its deflated data, or its
	 * trailer.
	 */
	private static final class Gunzip implements AutoCloseable {

		private final Inflater inflater = new Inflater(true);

		private final CRC32 crc = new CRC32();

		/** Bytes of a header or trailer not complete yet. */
		private byte[] pending = new byte[0];

		private boolean inData;

		/** Whether the last member ended with its trailer (or nothing came at all). */
		private boolean complete = true;

		List<DataBuffer> decode(String exchange, byte[] input) {
			List<DataBuffer> decoded = new ArrayList<>(1);
			byte[] bytes = input;
			int offset = 0;
			try {
				while (offset < bytes.length) {
					if (this.inData) {
						offset = inflate(bytes, offset, decoded);
					}
					else {
						byte[] joined = join(bytes, offset);
						int used = this.complete ? header(exchange, joined) : trailer(exchange, joined);
						if (used < 0) {
							this.pending = joined;
							return decoded;
						}
						this.pending = new byte[0];
						bytes = joined;
						offset = used;
					}
				}
			}
			catch (DataFormatException ex) {
				throw malformed(exchange, ex.getMessage());
			}
			return decoded;
		}

		void finish(String exchange) {
			if (!this.complete || this.inData || this.pending.length > 0) {
				throw malformed(exchange, "the body ended before its gzip stream did");
			}
		}

		private byte[] join(byte[] bytes, int offset) {
			byte[] joined = Arrays.copyOf(this.pending, this.pending.length + bytes.length - offset);
			System.arraycopy(bytes, offset, joined, this.pending.length, bytes.length - offset);
			return joined;
		}

		/**
		 * Read a member's header.
		 * @return the header's length, or -1 if more bytes are needed
		 */
		private int header(String exchange, byte[] bytes) {
			if (bytes.length < 10) {
				return (bytes.length >= 2 && !isMagic(bytes)) ? fail(exchange) : -1;
			}
			if (!isMagic(bytes) || (bytes[2] & 0xff) != DEFLATE) {
				return fail(exchange);
			}
			int flags = bytes[3] & 0xff;
			int position = 10;
			if ((flags & FEXTRA) != 0) {
				if (bytes.length < position + 2) {
					return -1;
				}
				position += 2 + ((bytes[position] & 0xff) | ((bytes[position + 1] & 0xff) << 8));
			}
			if ((flags & FNAME) != 0) {
				position = afterZero(bytes, position);
			}
			if ((flags & FCOMMENT) != 0) {
				position = afterZero(bytes, position);
			}
			if ((flags & FHCRC) != 0 && position >= 0) {
				position += 2;
			}
			if (position < 0 || position > bytes.length) {
				return -1;
			}
			this.inflater.reset();
			this.crc.reset();
			this.inData = true;
			this.complete = false;
			return position;
		}

		private static boolean isMagic(byte[] bytes) {
			return (bytes[0] & 0xff) == GZIP_MAGIC_1 && (bytes[1] & 0xff) == GZIP_MAGIC_2;
		}

		private static int fail(String exchange) {
			throw malformed(exchange, "no gzip member header where one must start");
		}

		private static int afterZero(byte[] bytes, int from) {
			if (from < 0) {
				return -1;
			}
			for (int i = from; i < bytes.length; i++) {
				if (bytes[i] == 0) {
					return i + 1;
				}
			}
			return -1;
		}

		private int inflate(byte[] bytes, int offset, List<DataBuffer> decoded) throws DataFormatException {
			this.inflater.setInput(bytes, offset, bytes.length - offset);
			int remaining = bytes.length - offset;
			byte[] chunk = new byte[Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, remaining * 4))];
			int filled = 0;
			while (!this.inflater.finished()) {
				int before = this.inflater.getRemaining();
				int count = this.inflater.inflate(chunk, filled, chunk.length - filled);
				filled += count;
				if (filled == chunk.length) {
					emit(chunk, filled, decoded);
					chunk = new byte[MAX_CHUNK];
					filled = 0;
				}
				else if (count == 0) {
					if (this.inflater.needsDictionary()) {
						throw new DataFormatException("a preset dictionary is asked for");
					}
					if (this.inflater.needsInput()) {
						break;
					}
					if (this.inflater.getRemaining() == before) {
						throw new DataFormatException("the deflated data makes no progress");
					}
				}
			}
			if (filled > 0) {
				emit(chunk, filled, decoded);
			}
			if (this.inflater.finished()) {
				this.inData = false;
				return bytes.length - this.inflater.getRemaining();
			}
			return bytes.length;
		}

		private void emit(byte[] chunk, int length, List<DataBuffer> decoded) {
			this.crc.update(chunk, 0, length);
			decoded.add(DefaultDataBufferFactory.sharedInstance
				.wrap((length == chunk.length) ? chunk : Arrays.copyOf(chunk, length)));
		}

		/**
		 * Check a member's trailer: the CRC-32 and the length of its decoded data.
		 * @return the trailer's length, or -1 if more bytes are needed
		 */
		private int trailer(String exchange, byte[] bytes) {
			if (bytes.length < TRAILER_LENGTH) {
				return -1;
			}
			if (littleEndian(bytes, 0) != this.crc.getValue()) {
				throw malformed(exchange, "CRC-32 mismatch");
			}
			if (littleEndian(bytes, 4) != (this.inflater.getBytesWritten() & 0xffffffffL)) {
				throw malformed(exchange, "length mismatch");
			}
			this.complete = true;
			return TRAILER_LENGTH;
		}

		private static long littleEndian(byte[] bytes, int offset) {
			return (bytes[offset] & 0xffL) | ((bytes[offset + 1] & 0xffL) << 8) | ((bytes[offset + 2] & 0xffL) << 16)
					| ((bytes[offset + 3] & 0xffL) << 24);
		}

		@Override
		public void close() {
			this.inflater.end();
		}

	}

}
