package org.dsr.analytics.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Finds the line of the first byte sequence that is not valid in a character set. A reader decodes
 * ahead of the parser in large blocks, so the parser's line count cannot say where a bad byte is;
 * this re-reads the bytes and counts line feeds up to it.
 */
final class EncodingCheck {
  private static final int BLOCK = 64 * 1024;

  private EncodingCheck() {}

  /** The 1-based line holding the first invalid byte, or -1 when every byte is valid. */
  static long firstInvalidLine(InputStream in, Charset charset) throws IOException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(BLOCK);
    CharBuffer chars = CharBuffer.allocate(BLOCK);
    long line = 1;
    boolean end = false;
    while (!end) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      end = n < 0;
      if (n > 0) {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      int start = bytes.position();
      CoderResult result = decoder.decode(bytes, chars, end);
      line += lineFeeds(bytes, start, bytes.position());
      if (result.isError()) {
        return line;
      }
      chars.clear();
      bytes.compact();
    }
    return -1;
  }

  private static long lineFeeds(ByteBuffer bytes, int from, int to) {
    long count = 0;
    for (int i = from; i < to; i++) {
      if (bytes.get(i) == '\n') {
        count++;
      }
    }
    return count;
  }
}
