package ai.cohesivity.emulator.database;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;

/**
 * Holds a {@code /edge/database} answer while it is written: in memory up to
 * {@link #MEMORY_LIMIT}, beyond that in a file of the {@link SpillDirectory}, so that a
 * result of tens of megabytes costs disk, not heap, and is streamed from there. The
 * answer is complete before it is sent, so a query that fails half-way still answers 400
 * and nothing else.
 */
final class AnswerBuffer extends OutputStream {

	/** The most an answer keeps in memory. */
	static final int MEMORY_LIMIT = 1024 * 1024;

	private static final int CHUNK = 64 * 1024;

	private final SpillDirectory spill;

	private final int memoryLimit;

	private byte[] memory = new byte[256];

	private int count;

	private @Nullable Path file;

	private @Nullable OutputStream fileOut;

	private long length;

	AnswerBuffer(SpillDirectory spill) {
		this(spill, MEMORY_LIMIT);
	}

	AnswerBuffer(SpillDirectory spill, int memoryLimit) {
		this.spill = spill;
		this.memoryLimit = memoryLimit;
	}

	@Override
	public void write(int b) throws IOException {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public void write(byte[] bytes, int offset, int length) throws IOException {
		this.length += length;
		OutputStream out = this.fileOut;
		if (out == null && this.count + length > this.memoryLimit) {
			out = spill();
		}
		if (out != null) {
			out.write(bytes, offset, length);
			return;
		}
		if (this.count + length > this.memory.length) {
			this.memory = Arrays.copyOf(this.memory,
					Math.min(this.memoryLimit, Math.max(this.memory.length * 2, this.count + length)));
		}
		System.arraycopy(bytes, offset, this.memory, this.count, length);
		this.count += length;
	}

	private OutputStream spill() throws IOException {
		Path spilled = this.spill.newFile();
		this.file = spilled;
		OutputStream out = new BufferedOutputStream(Files.newOutputStream(spilled), CHUNK);
		this.fileOut = out;
		out.write(this.memory, 0, this.count);
		this.memory = new byte[0];
		this.count = 0;
		return out;
	}

	@Override
	public void flush() throws IOException {
		if (this.fileOut != null) {
			this.fileOut.flush();
		}
	}

	@Override
	public void close() throws IOException {
		if (this.fileOut != null) {
			this.fileOut.close();
		}
	}

	/**
	 * Whether the answer outgrew memory and sits in a file.
	 * @return whether it spilled
	 */
	boolean spilled() {
		return this.file != null;
	}

	/**
	 * The answer's length in bytes.
	 * @return the length
	 */
	long length() {
		return this.length;
	}

	/**
	 * The answer held in memory.
	 * @return its bytes
	 */
	byte[] bytes() {
		return Arrays.copyOf(this.memory, this.count);
	}

	/**
	 * The answer, read in chunks; a spilled file is deleted once it has been read (or the
	 * reading stopped).
	 * @param factory makes the buffers
	 * @return the content
	 */
	Flux<DataBuffer> content(DataBufferFactory factory) {
		Path spilled = this.file;
		if (spilled == null) {
			return Flux.just(factory.wrap(bytes()));
		}
		// Eager clean-up: the file is gone before the reader sees the end (doFinally
		// would
		// delete it only after the reader had been told, a race a reader could observe).
		return Flux.using(() -> spilled, (path) -> DataBufferUtils.read(path, factory, CHUNK),
				SpillDirectory::deleteQuietly, true);
	}

	/**
	 * Throws the answer away (the query failed).
	 */
	void discard() {
		try {
			close();
		}
		catch (IOException ex) {
			// The file is deleted next.
		}
		Path spilled = this.file;
		if (spilled != null) {
			SpillDirectory.deleteQuietly(spilled);
		}
	}

}
