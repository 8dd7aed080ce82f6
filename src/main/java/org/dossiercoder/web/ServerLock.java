package org.dossiercoder.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.dossiercoder.DossierInputException;

/**
 * The lock file ({@code serve.lock}) that keeps a second review server off an output folder: two
 * servers would each cache the project's state and show stale pages. The operating system
 * releases the lock when the process ends, however it ends; the file itself stays (deleting it
 * after release could remove a lock another server has just taken).
 */
final class ServerLock implements AutoCloseable {
  /** File name of the lock inside the output folder. */
  static final String FILE = "serve.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private ServerLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of an output folder.
   *
   * @throws DossierInputException when another server holds it
   */
  static ServerLock acquire(Path out) throws DossierInputException, IOException {
    Path file = out.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.READ);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this same process, e.g. a second server started from a test
    }
    if (lock == null) {
      channel.close();
      String where = holder(file);
      throw new DossierInputException(out, 0, "a review server is already running on this output folder"
          + (where.isEmpty() ? "" : " at " + where) + " (lock " + FILE + "); stop it first or use another --out");
    }
    return new ServerLock(channel, lock);
  }

  /** Writes where this server listens into the lock file, for the message a second server prints. */
  void describe(String url) throws IOException {
    channel.truncate(0);
    channel.write(ByteBuffer.wrap((url + "\n").getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
  }

  private static String holder(Path file) {
    try {
      String s = Files.readString(file, StandardCharsets.UTF_8).strip();
      return s.startsWith("http://127.0.0.1:") && s.length() < 40 ? s : "";
    } catch (IOException e) {
      return ""; // some systems do not let others read a locked file; the message is enough without it
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
