package org.dsr.analytics.schema;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Looks up the constant a job config names by its id (a layout, a normalisation, a severity). */
public final class Ids {
  private Ids() {}

  /** No constant has the id; says which ids there are, so a config error can list them. */
  public static final class UnknownIdException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String value;
    private final List<String> allowed;

    UnknownIdException(String kind, String value, List<String> allowed) {
      super("unknown " + kind + " '" + value + "'; expected one of " + String.join(", ", allowed));
      this.value = value;
      this.allowed = List.copyOf(allowed);
    }

    public String value() {
      return value;
    }

    public List<String> allowed() {
      return allowed;
    }
  }

  /**
   * @param kind what the ids name, for the message ("layout")
   * @throws UnknownIdException if no constant has the id
   */
  public static <E extends Enum<E>> E byId(
      E[] constants, Function<E, String> idOf, String kind, String id) {
    for (E constant : constants) {
      if (idOf.apply(constant).equals(id)) {
        return constant;
      }
    }
    throw new UnknownIdException(kind, id, Arrays.stream(constants).map(idOf).toList());
  }
}
