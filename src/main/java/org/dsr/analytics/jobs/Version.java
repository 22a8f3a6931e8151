package org.dsr.analytics.jobs;

import picocli.CommandLine;

/**
 * The project's version, from one source: the {@code Implementation-Version} that Maven writes into
 * the jar's manifest from the pom. Run from compiled classes (the tests), there is no jar: "dev".
 */
final class Version implements CommandLine.IVersionProvider {
  static String project() {
    String version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"dsr-analytics " + project()};
  }
}
