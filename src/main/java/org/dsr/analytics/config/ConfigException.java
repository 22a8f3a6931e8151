package org.dsr.analytics.config;

/** A job config or command line that cannot be used as given. */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A key whose value is not allowed: "{@code <where>key 'metrics.year_to' has value 1900; expected
   * 1945..2100}".
   *
   * @param where what the message starts with: the config's name and ": ", or nothing
   * @param value shown in quotes if it is text
   * @param expected what is allowed, as it completes "expected ..."
   */
  public static ConfigException badValue(String where, String key, Object value, String expected) {
    String shown = value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    return new ConfigException(
        where + "key '" + key + "' has value " + shown + "; expected " + expected);
  }
}
