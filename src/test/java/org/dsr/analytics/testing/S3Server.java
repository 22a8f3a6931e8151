package org.dsr.analytics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One S3-compatible server per test JVM: S3Proxy (which Maven copies to target/test-servers) as a
 * child process on 127.0.0.1, holding objects in its memory (jclouds' transient store: a folder
 * store would keep the empty directories of deleted prefixes and list them), with one bucket,
 * {@value #BUCKET}. It supports the conditional writes the object-store publishing relies on.
 * Stopped with the JVM.
 */
public final class S3Server {
  public static final String BUCKET = "dsr";
  private static final String IDENTITY = "dsr-test";
  private static final String CREDENTIAL = "dsr-test-secret";
  private static final Path JAR = Path.of("target/test-servers/s3proxy.jar");
  private static Map<String, String> settings;

  private S3Server() {}

  /**
   * The S3A settings that reach the server, as a user gives them ({@code spark.hadoop.} + key):
   * endpoint, path-style access, static credentials, a fixed region (no lookup).
   */
  public static synchronized Map<String, String> settings() {
    if (settings == null) {
      settings = start();
    }
    return settings;
  }

  /** Adds the settings to a Hadoop configuration, as spark.hadoop.* settings do to Spark's. */
  public static void configure(Configuration conf) {
    settings().forEach(conf::set);
  }

  /** The settings as JVM options of a child run: {@code -Dspark.hadoop.<key>=<value>}. */
  public static List<String> jvmOptions() {
    return settings().entrySet().stream()
        .map(e -> "-Dspark.hadoop." + e.getKey() + "=" + e.getValue())
        .toList();
  }

  private static Map<String, String> start() {
    try {
      Path dir = Files.createTempDirectory("dsr-s3");
      int port;
      try (ServerSocket free = new ServerSocket(0)) {
        port = free.getLocalPort();
      }
      String endpoint = "http://127.0.0.1:" + port;
      Path properties = dir.resolve("s3proxy.properties");
      Files.writeString(
          properties,
          String.join(
              "\n",
              "s3proxy.endpoint=" + endpoint,
              "s3proxy.authorization=aws-v2-or-v4",
              "s3proxy.identity=" + IDENTITY,
              "s3proxy.credential=" + CREDENTIAL,
              "jclouds.provider=transient",
              ""));
      Process server =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-jar",
                  JAR.toAbsolutePath().toString(),
                  "--properties",
                  properties.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("s3proxy.log").toFile())
              .start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly));
      awaitListening(server, port, dir.resolve("s3proxy.log"));
      createBucket(endpoint);
      Map<String, String> s = new LinkedHashMap<>();
      s.put("fs.s3a.endpoint", endpoint);
      s.put("fs.s3a.endpoint.region", "us-east-1");
      s.put("fs.s3a.path.style.access", "true");
      // S3Proxy answers 501 to the checksum header the AWS SDK puts on multi-object deletes.
      s.put("fs.s3a.multiobjectdelete.enable", "false");
      s.put("fs.s3a.connection.ssl.enabled", "false");
      s.put("fs.s3a.access.key", IDENTITY);
      s.put("fs.s3a.secret.key", CREDENTIAL);
      s.put(
          "fs.s3a.aws.credentials.provider",
          "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider");
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** S3A cannot create a bucket; the AWS SDK that hadoop-aws brings can. */
  private static void createBucket(String endpoint) {
    try (S3Client s3 =
        S3Client.builder()
            .endpointOverride(URI.create(endpoint))
            .forcePathStyle(true)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(IDENTITY, CREDENTIAL)))
            .build()) {
      s3.createBucket(b -> b.bucket(BUCKET));
    }
  }

  private static void awaitListening(Process server, int port, Path log)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && server.isAlive()) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException(
        "S3Proxy did not start on port " + port + ":\n" + Files.readString(log));
  }
}
