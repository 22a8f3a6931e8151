package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dsr.analytics.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCheckTest {
  @TempDir Path dir;

  @Test
  void unknownRuleFails() throws Exception {
    Path file = dir.resolve("job.json");
    Files.writeString(
        file,
        "{\"output\": \"o\", \"rule_severity\": {\"no_such_rule\": \"warn\"}, \"inputs\":"
            + " [{\"source\": \"s\", \"layout\": \"un_egdi\", \"path\": \"p\"}]}");
    assertThatThrownBy(() -> ConfigCheck.load(file, List.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            file
                + ": rule_severity: unknown rule 'no_such_rule'; expected one of [malformed_record,");
  }
}
