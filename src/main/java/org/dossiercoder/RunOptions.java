package org.dossiercoder;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Options of a pipeline run. Build with {@link #builder()}, which sets every default.
 *
 * @param corpus the corpus folder (cases.csv plus one folder per case)
 * @param codebooks the codebook folder
 * @param out the output folder; holds the database and index too
 * @param threads worker threads for reading and coding
 * @param pii what to do with documents in which personal data is found
 */
public record RunOptions(Path corpus, Path codebooks, Path out, int threads, PiiPolicy pii) {
  /** Validates the fields. */
  public RunOptions {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(codebooks, "codebooks");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(pii, "pii");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  /** A builder with the defaults: corpus-sample, codebooks, outputs, one thread per core, block. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link RunOptions}. */
  public static final class Builder {
    private Path corpus = Path.of("corpus-sample");
    private Path codebooks = Path.of("codebooks");
    private Path out = Path.of("outputs");
    private int threads = Runtime.getRuntime().availableProcessors();
    private PiiPolicy pii = PiiPolicy.BLOCK;

    private Builder() {}

    /** Sets the personal-data policy. */
    public Builder pii(PiiPolicy pii) {
      this.pii = pii;
      return this;
    }

    /** Sets the corpus folder. */
    public Builder corpus(Path corpus) {
      this.corpus = corpus;
      return this;
    }

    /** Sets the codebook folder. */
    public Builder codebooks(Path codebooks) {
      this.codebooks = codebooks;
      return this;
    }

    /** Sets the output folder. */
    public Builder out(Path out) {
      this.out = out;
      return this;
    }

    /** Sets the number of worker threads. */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** The options. */
    public RunOptions build() {
      return new RunOptions(corpus, codebooks, out, threads, pii);
    }
  }
}
