package org.dsr.analytics.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dsr.analytics.schema.ColumnSpec;
import org.dsr.analytics.schema.DatasetSpec;
import org.dsr.analytics.schema.Datasets;
import org.junit.jupiter.api.Test;

class DataDictionaryTest {

  @Test
  void committedDictionaryMatchesTheCode() throws Exception {
    String committed = Files.readString(Path.of("docs/data-dictionary.md"), StandardCharsets.UTF_8);
    assertThat(committed)
        .as("docs/data-dictionary.md is stale: run ./scripts/update-docs.sh and commit it")
        .isEqualTo(DataDictionary.markdown());
  }

  @Test
  void everyColumnIsDocumentedAndNamedInSnakeCase() {
    for (DatasetSpec spec : Datasets.all()) {
      assertThat(spec.columns()).as(spec.name()).isNotEmpty();
      for (ColumnSpec c : spec.columns()) {
        assertThat(c.name()).as(spec.name()).matches("[a-z][a-z0-9_]*");
        assertThat(c.description()).as(spec.name() + "." + c.name()).isNotBlank();
      }
      assertThat(spec.columns().stream().map(ColumnSpec::name))
          .as(spec.name())
          .doesNotHaveDuplicates();
      assertThat(spec.columns().stream().map(ColumnSpec::name).toList())
          .containsAll(spec.sortColumns());
    }
  }
}
