package org.dsr.analytics.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingCheckTest {

  @Test
  void namesTheLineOfTheFirstInvalidByteAcrossBlocks() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 1; i <= 20_000; i++) { // ~200 KB: several 64 KB blocks
      bytes.writeBytes(("line " + i + ",ok\n").getBytes(StandardCharsets.UTF_8));
    }
    bytes.writeBytes("Cura".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE7); // 'ç' in Windows-1252, invalid alone in UTF-8
    bytes.writeBytes("ao,bad\n".getBytes(StandardCharsets.UTF_8));

    long line =
        EncodingCheck.firstInvalidLine(
            new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8);
    assertThat(line).isEqualTo(20_001);
  }

  @Test
  void validInputHasNoInvalidLine() throws Exception {
    byte[] text = "Côte d'Ivoire\nSão Tomé\n".getBytes(StandardCharsets.UTF_8);
    assertThat(
            EncodingCheck.firstInvalidLine(new ByteArrayInputStream(text), StandardCharsets.UTF_8))
        .isEqualTo(-1);
  }
}
