package org.dsr.analytics.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dsr.analytics.schema.CsvDialect;

/**
 * Finds where records start in delimited text, so that one large file can be parsed by many tasks
 * with each record read whole by exactly one of them.
 *
 * <p>Whether a line break ends a record depends on everything before it (it may sit inside a quoted
 * field), so a chunk of the file cannot be read on its own. Instead every chunk is scanned, in
 * parallel, from each state the scanner could be in at the chunk's first byte; the states of the
 * runs meet within the first record or two, after which one run continues. Stitching the chunks in
 * order on the driver then picks, for each chunk, the run that starts in the true state: its first
 * record start is where a split begins, and its line count gives that record's line number.
 *
 * <p>The scanner follows Commons CSV's reading of RFC 4180 as {@link CsvDialect} configures it
 * (quote {@code "}, no escape character, no comments, empty lines skipped; CR, LF and CRLF end
 * lines), byte by byte: it serves character sets in which those characters are single bytes that no
 * other character contains (UTF-8 and the single-byte sets). Where Commons CSV would fail (text
 * after a closing quote), the scanner stops placing boundaries, so the rest of the file goes to one
 * split, which fails with the same message and line as a whole-file read.
 */
final class RecordBoundaries {
  /**
   * Just after the line end that ended a record (or at the file's start): a split may start here.
   * Commons CSV numbers a record from the line after the previous record, counting any blank lines
   * between them, so splits start where the previous record ended, not at the next record's text.
   */
  static final int RECORD_ENDED = 0;

  private static final int FIELD_START = 1;
  private static final int UNQUOTED = 2;
  private static final int QUOTED = 3;

  /** A quote inside a quoted field: a second quote is an escaped quote, anything else closes it. */
  private static final int QUOTED_QUOTE = 4;

  /** After a closing quote: only spaces may come before the delimiter or line end. */
  private static final int AFTER_QUOTED = 5;

  /** A CR that ended a record; an LF right after it belongs to the same line end. */
  private static final int CR_ENDED = 6;

  /** After a blank line, which Commons CSV skips: no split starts here. */
  private static final int BLANK = 7;

  /** A CR that ended a blank line. */
  private static final int CR_BLANK = 8;

  /** Past text Commons CSV rejects: no more boundaries are placed. */
  static final int LOST = 9;

  private static final int LIVE_STATES = LOST;

  private final int[] next;

  RecordBoundaries(char delimiter) {
    this.next = transitions(delimiter);
  }

  /**
   * What one chunk's scan found, for each state the chunk may start in (indexed by state).
   *
   * @param start the chunk's first byte
   * @param endState the state after the chunk's last byte
   * @param firstRecord the first place in the chunk where a split may start (just after a record's
   *     line end, see {@link RecordBoundaries#RECORD_ENDED}), or -1
   * @param linesBeforeFirstRecord line breaks from the chunk's start to that place
   * @param lines line breaks in the chunk (a CR as its last byte counts in the next chunk)
   */
  record Chunk(
      long start, int[] endState, long[] firstRecord, long[] linesBeforeFirstRecord, long lines)
      implements Serializable {}

  /**
   * Where a split of a file starts.
   *
   * @param start the byte offset of its first record (0 for the first split)
   * @param linesBefore line breaks before that byte, so its first record is on line linesBefore+1
   */
  record SplitStart(long start, long linesBefore) implements Serializable {}

  /**
   * Scans {@code length} bytes of {@code in}, which is positioned at the chunk's first byte.
   *
   * @param previousByte the byte before the chunk, or -1 at the start of the file
   */
  Chunk scan(InputStream in, long start, long length, int previousByte) throws IOException {
    int[] current = new int[LIVE_STATES]; // distinct states of the runs still alive
    int[] runOf = new int[LIVE_STATES]; // start state -> index in current, -1 once lost
    for (int s = 0; s < LIVE_STATES; s++) {
      current[s] = s;
      runOf[s] = s;
    }
    int runs = LIVE_STATES;
    long[] firstRecord = new long[LIVE_STATES + 1];
    long[] linesBefore = new long[LIVE_STATES + 1];
    Arrays.fill(firstRecord, -1);
    int withoutRecord = LIVE_STATES;
    long lines = 0;
    int previous = previousByte;
    byte[] buffer = new byte[1 << 16];
    long position = start;
    long remaining = length;
    while (remaining > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
      if (n < 0) {
        break;
      }
      remaining -= n;
      for (int k = 0; k < n; k++, position++) {
        int b = buffer[k] & 0xff;
        if (previous == '\r' && b != '\n') {
          lines++;
        }
        for (int r = 0; r < runs; r++) {
          int s = current[r];
          if (withoutRecord > 0 && (s == RECORD_ENDED || (s == CR_ENDED && b != '\n'))) {
            for (int startState = 0; startState < LIVE_STATES; startState++) {
              if (runOf[startState] == r && firstRecord[startState] < 0) {
                firstRecord[startState] = position;
                linesBefore[startState] = lines;
                withoutRecord--;
              }
            }
          }
          current[r] = next[s << 8 | b];
        }
        if (runs > 1 || (runs == 1 && current[0] == LOST)) {
          runs = merge(current, runs, runOf);
        }
        if (b == '\n') {
          lines++;
        }
        previous = b;
      }
    }
    int[] endState = new int[LIVE_STATES + 1];
    for (int s = 0; s < LIVE_STATES; s++) {
      endState[s] = runOf[s] < 0 ? LOST : current[runOf[s]];
    }
    endState[LOST] = LOST;
    return new Chunk(start, endState, firstRecord, linesBefore, lines);
  }

  /** Joins runs that reached the same state and drops lost ones; returns how many remain. */
  private static int merge(int[] current, int runs, int[] runOf) {
    int r = 0;
    while (r < runs) {
      int same = -1;
      for (int earlier = 0; earlier < r && same < 0; earlier++) {
        if (current[earlier] == current[r]) {
          same = earlier;
        }
      }
      if (current[r] == LOST || same >= 0) {
        int last = runs - 1;
        for (int s = 0; s < LIVE_STATES; s++) {
          if (runOf[s] == r) {
            runOf[s] = current[r] == LOST ? -1 : same;
          }
        }
        for (int s = 0; s < LIVE_STATES; s++) {
          if (runOf[s] == last) {
            runOf[s] = r;
          }
        }
        current[r] = current[last];
        runs--;
      } else {
        r++;
      }
    }
    return runs;
  }

  /**
   * The start of every split: the file's start, then the first record start in each chunk after the
   * first, read from the run that began in the state the previous chunks ended in. Chunks without a
   * record start (one record longer than a chunk) join the split before them.
   *
   * @param chunks the file's chunks in order, together covering it
   * @param headerLines line breaks up to the end of the header: no split starts above that
   */
  static List<SplitStart> splitStarts(List<Chunk> chunks, long headerLines) {
    List<SplitStart> starts = new ArrayList<>();
    starts.add(new SplitStart(0, 0));
    int state = RECORD_ENDED;
    long lines = 0;
    for (Chunk chunk : chunks) {
      long record = chunk.firstRecord()[state];
      long linesBefore = lines + chunk.linesBeforeFirstRecord()[state];
      if (chunk.start() > 0 && record >= 0 && linesBefore >= headerLines) {
        starts.add(new SplitStart(record, linesBefore));
      }
      state = chunk.endState()[state];
      lines += chunk.lines();
    }
    return starts;
  }

  private static int[] transitions(char delimiter) {
    int[] t = new int[(LOST + 1) << 8];
    for (int b = 0; b < 256; b++) {
      int lineStart =
          b == '\n'
              ? BLANK
              : b == '\r' ? CR_BLANK : b == delimiter ? FIELD_START : b == '"' ? QUOTED : UNQUOTED;
      int recordEnd = b == '\n' ? RECORD_ENDED : CR_ENDED;
      boolean lineEnd = b == '\n' || b == '\r';
      int afterQuoted =
          b == delimiter
              ? FIELD_START
              : lineEnd
                  ? recordEnd
                  : b < 0x80 && Character.isWhitespace((char) b) ? AFTER_QUOTED : LOST;
      t[RECORD_ENDED << 8 | b] = lineStart;
      t[BLANK << 8 | b] = lineStart;
      t[CR_ENDED << 8 | b] = b == '\n' ? RECORD_ENDED : lineStart;
      t[CR_BLANK << 8 | b] = b == '\n' ? BLANK : lineStart;
      t[FIELD_START << 8 | b] =
          b == delimiter ? FIELD_START : b == '"' ? QUOTED : lineEnd ? recordEnd : UNQUOTED;
      t[UNQUOTED << 8 | b] = b == delimiter ? FIELD_START : lineEnd ? recordEnd : UNQUOTED;
      t[QUOTED << 8 | b] = b == '"' ? QUOTED_QUOTE : QUOTED;
      t[QUOTED_QUOTE << 8 | b] = b == '"' ? QUOTED : afterQuoted;
      t[AFTER_QUOTED << 8 | b] = afterQuoted;
      t[LOST << 8 | b] = LOST;
    }
    return t;
  }
}
