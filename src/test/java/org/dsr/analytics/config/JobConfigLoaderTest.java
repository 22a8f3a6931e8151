package org.dsr.analytics.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobConfigLoaderTest {
  @TempDir Path dir;

  private Path write(String json) throws Exception {
    Path file = dir.resolve("job.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void resolvesRelativePathsAgainstTheConfigFolder() throws Exception {
    Path file =
        write(
            """
            {"output": "../out", "country_overrides": "o.csv",
             "inputs": [{"source": "egdi", "layout": "un_egdi", "path": "data/egdi"},
                        {"source": "x", "layout": "wdi_long", "path": "hdfs://nn/x.csv", "encoding": "windows-1252"}]}
            """);
    JobConfig config = JobConfigLoader.load(file);
    assertThat(config.output()).isEqualTo(dir.getParent().resolve("out").toString());
    assertThat(config.countryOverrides()).isEqualTo(dir.resolve("o.csv").toString());
    assertThat(config.inputs().get(0).path()).isEqualTo(dir.resolve("data/egdi").toString());
    assertThat(config.inputs().get(0).encodingOrDefault()).isEqualTo("UTF-8");
    assertThat(config.inputs().get(1).path()).isEqualTo("hdfs://nn/x.csv");
    assertThat(config.inputs().get(1).encodingOrDefault()).isEqualTo("windows-1252");
  }

  @Test
  void unknownKeyFailsWithItsPathAndTheKnownKeys() throws Exception {
    Path file =
        write(
            "{\"output\": \"o\", \"inputs\": [{\"source\": \"s\", \"layout\": \"un_egdi\","
                + " \"path\": \"p\", \"encodng\": \"UTF-8\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file
                + ": unknown key 'inputs[0].encodng'; expected one of [encoding, layout, path, source]");
  }

  @Test
  void missingRequiredKeyFails() throws Exception {
    Path file =
        write("{\"inputs\": [{\"source\": \"s\", \"layout\": \"un_egdi\", \"path\": \"p\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": missing required key 'output'");
  }

  @Test
  void wrongTypeFails() throws Exception {
    Path file = write("{\"output\": \"o\", \"inputs\": {\"source\": \"s\"}}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(file + ": key 'inputs' has the wrong type; expected a list");
  }

  @Test
  void unknownLayoutFailsListingTheLayouts() throws Exception {
    Path file =
        write(
            "{\"output\": \"o\", \"inputs\": [{\"source\": \"s\", \"layout\": \"egdi\", \"path\": \"p\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            file + ": inputs[0]: unknown layout 'egdi'; expected one of un_egdi, wdi_wide,");
  }

  @Test
  void unknownEncodingFails() throws Exception {
    Path file =
        write(
            "{\"output\": \"o\", \"inputs\": [{\"source\": \"s\", \"layout\": \"un_egdi\", \"path\": \"p\", \"encoding\": \"latin-9x\"}]}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            file + ": inputs[0]: unknown encoding 'latin-9x'; expected e.g. UTF-8 or windows-1252");
  }

  @Test
  void malformedJsonFailsWithLineAndColumn() throws Exception {
    Path file = write("{\"output\": \"o\",\n \"inputs\": [}");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ": not valid JSON: ")
        .hasMessageEndingWith("(line 2, column 13)");
  }

  @Test
  void missingFileFails() {
    Path file = dir.resolve("absent.json");
    assertThatThrownBy(() -> JobConfigLoader.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("cannot read config " + file);
  }
}
