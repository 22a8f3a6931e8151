package org.dsr.analytics.reference;

import static org.apache.spark.sql.functions.udf;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dsr.analytics.schema.Categories;
import org.dsr.analytics.schema.Columns;

/**
 * Which finance records are digital, and in which deployment category: the classifier of
 * docs/methodology.md ("Which finance is digital"), version {@link #VERSION}. Every rule is in this
 * class, in the order it is tried; the first that fires decides, and its description is the
 * record's classification_reason.
 *
 * <p>Sector codes alone are not trusted: AidData codes e-government and safe-city loans 150
 * (Government and Civil Society) and a $12bn power credit line 220 (Communications). So the text
 * decides where there is text, and the sector only where a record has none. Phrases match whole
 * words, case-insensitively, so that "ICT" never matches "victims" or "district". The title is read
 * before the description: descriptions mention side components (a railway loan's signalling, a
 * parliament's CCTV), titles name the project's object.
 */
public final class DigitalFinance {
  /** Changes whenever a rule changes; published with the rule that fired. */
  public static final String VERSION = "1";

  /** A record's category (null: not digital) and the rule that decided it (null: none fired). */
  public record Classification(String category, String reason) implements Serializable {}

  private record Phrases(String category, Pattern pattern) implements Serializable {}

  /** Tried in order on the title, then on the description; the more specific categories first. */
  private static final List<Phrases> PHRASES =
      List.of(
          // A "telecom satellite" is a satellite first.
          phrases(Categories.OTHER, "satellites?|satellite receivers?"),
          phrases(Categories.UNDERSEA_CABLE, "(submarine|undersea) (fib(re|er)[- ]optic )?cables?"),
          phrases(
              Categories.SAFE_CITY_SURVEILLANCE,
              "safe city|surveillance (systems?|cameras?|equipment)|video surveillance"
                  + "|cctv cameras?|closed[- ]circuit (television|tv)s?|internet monitoring"
                  + "|city security|law enforcement technology|public security communication"),
          phrases(
              Categories.SMART_CITY,
              "smart city|intelligent transport(ation)? systems?"
                  + "|traffic (management|control|monitoring) (systems?|centres?|centers?)"
                  + "|road surveillance"),
          phrases(
              Categories.E_GOVERNMENT,
              "e-?government|e-?governance|electronic government"
                  + "|government (information|communication|messaging) (systems?|networks?)"
                  + "|integrated government information|administration network"
                  + "|(government|ministry) communications? systems?|one-stop cent(er|re)"
                  + "|enterprise messaging"),
          phrases(
              Categories.DATA_CENTRE_CLOUD,
              "data (centre|center)s?|cloud (computing|platform|services?)|electronic postal"
                  + "|e-post"),
          phrases(
              Categories.HEALTH,
              "medical information systems?|e-health|telemedicine|hospital information systems?"
                  + "|hospital computers?|health information systems?"),
          phrases(
              Categories.EDUCATION,
              "distance (learning|education)|remote education|e-learning"
                  + "|internet access in schools|ict training|it human resources|computer labs?"
                  + "|educational equipment"),
          phrases(
              Categories.TELECOM_NETWORK,
              "telecommunications?|telecoms?|fib(re|er)[- ]optics?|optical fib(re|er)"
                  + "|fib(re|er) backbone|backbone network|broadband|gsm|cdma"
                  + "|mobile (network|operator|telecommunications?|phone network)"
                  + "|wireless (network|communications?)|rural telephony"
                  + "|telephone (network|lines|exchange)|metropolitan area network|trunking|gota"
                  + "|tetra|security communications? system|ict infrastructure"
                  + "|ict broad(band)? infrastructure|dedicated (security )?information (project|system)"
                  // Words of the Boston University data's ICT project names.
                  + "|backbone|optic fib(re|er)( cables?)?|ict (projects?|equipment|development)|[345]g|lte"
                  + "|new generation network"
                  + "|fixed network|data transmission|communications? towers?|landline"
                  + "|network moderni[sz]ation|security communications?"
                  + "|public security network"),
          phrases(
              Categories.OTHER,
              "digital (television|tv)|tv digitali[sz]ation|digital broadcasting"
                  + "|digital switchover|digital migration|radio jamming|computers?|laptops?"
                  + "|information network|supercomputer"));

  /**
   * A title naming a non-digital object (a power line, a hospital building, a solar lamp): its
   * description is not searched, and a vendor named on it does not make it digital.
   */
  private static final Pattern NON_DIGITAL_OBJECT =
      words(
          "solar|gas|oil|hydro\\w*|electric\\w*|power|energy|grids?|water|dams?|roads?|railways?"
              + "|bridges?|ports?|airports?|stadiums?|hospitals?|clinics?|library|confucius"
              + "|institutes?|complex|buildings?|headquarters|hotels?|housing|agricultur\\w*"
              + "|farms?|floods?|earthquakes?|disasters?|relief|food|rice|scholarships?|debt"
              + "|medical|military|vehicles?|sewing|textbooks?|x-ray|seismic|transmitters?"
              + "|credit line|deals|construct\\w*");

  private static final Pattern IT_HARDWARE =
      words(
          "computers?|laptops?|printers?|servers|computer equipment"
              + "|information and computer technology|it equipment");

  private static final Pattern SCHOOL = words("schools?|universit(y|ies)|college");

  private static final Pattern GOVERNMENT_BODY =
      words(
          "ministry|ministries|department of|parliament|national assembly|town council|municipal"
              + "|election commission|electoral commission|national election committee|nec"
              + "|government (offices?|agenc(y|ies)|departments?|ministries|institutions?)"
              + "|interior|immigration|cabinet");

  /** Recipients of IT hardware that are not government bodies (media, parties, schools). */
  private static final Pattern NOT_GOVERNMENT =
      words("party|newspaper|news agency|media|school|hospital|university|crtv");

  private DigitalFinance() {}

  /**
   * @param title the project title, or null
   * @param description the project description, or null
   * @param vendors the Chinese vendors the record names ({@link Vendors#ofFinanceRecord})
   * @param ictSector whether the record's sector is ICT (used only when it has no text)
   */
  public static Classification classify(
      String title, String description, List<String> vendors, boolean ictSector) {
    String t = title == null ? "" : title;
    String d = description == null ? "" : description;
    Matcher nonDigital = NON_DIGITAL_OBJECT.matcher(t);
    boolean nonDigitalTitle = nonDigital.find();
    String hardware = first(IT_HARDWARE, t);
    if (hardware == null && !nonDigitalTitle) {
      hardware = first(IT_HARDWARE, d);
    }
    if (hardware != null) {
      String school = first(SCHOOL, t);
      if (school != null) {
        return new Classification(
            Categories.EDUCATION, "IT hardware '" + hardware + "' for a school '" + school + "'");
      }
      String body = first(GOVERNMENT_BODY, t);
      if (body == null) {
        body = first(GOVERNMENT_BODY, d);
      }
      if (body != null && first(NOT_GOVERNMENT, t) == null) {
        return new Classification(
            Categories.E_GOVERNMENT,
            "IT hardware '" + hardware + "' for a government body '" + body + "'");
      }
    }
    Classification byTitle = byPhrase(t, "title");
    if (byTitle != null) {
      return byTitle;
    }
    if (nonDigitalTitle) {
      return new Classification(
          null,
          "title names a non-digital object '" + nonDigital.group().toLowerCase(Locale.ROOT) + "'");
    }
    Classification byDescription = byPhrase(d, "description");
    if (byDescription != null) {
      return byDescription;
    }
    if (!vendors.isEmpty()) {
      return new Classification(
          Categories.TELECOM_NETWORK,
          "Chinese vendor '" + vendors.get(0) + "' named by the record");
    }
    if (t.isBlank() && d.isBlank() && ictSector) {
      return new Classification(Categories.OTHER, "sector ICT, and no title or description");
    }
    return new Classification(null, null);
  }

  /** The classification as a struct column of digital_category and classification_reason. */
  public static Column classify(
      Column title, Column description, Column vendors, Column ictSector) {
    return CLASSIFY.apply(title, description, vendors, ictSector);
  }

  private static final StructType RESULT =
      new StructType()
          .add(Columns.DIGITAL_CATEGORY, DataTypes.StringType)
          .add(Columns.CLASSIFICATION_REASON, DataTypes.StringType);

  private static final UserDefinedFunction CLASSIFY =
      udf(
              (UDF4<
                      String,
                      String,
                      scala.collection.Seq<String>,
                      Boolean,
                      org.apache.spark.sql.Row>)
                  (title, description, vendors, ict) -> {
                    Classification c =
                        classify(
                            title,
                            description,
                            vendors == null
                                ? List.of()
                                : scala.jdk.javaapi.CollectionConverters.asJava(vendors),
                            Boolean.TRUE.equals(ict));
                    return org.apache.spark.sql.RowFactory.create(c.category(), c.reason());
                  },
              RESULT)
          .withName("digital_finance_v" + VERSION);

  private static Classification byPhrase(String text, String field) {
    for (Phrases p : PHRASES) {
      Matcher m = p.pattern().matcher(text);
      if (m.find()) {
        return new Classification(
            p.category(), field + " says '" + m.group().toLowerCase(Locale.ROOT) + "'");
      }
    }
    return null;
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
  }

  private static Phrases phrases(String category, String alternatives) {
    return new Phrases(category, words(alternatives));
  }

  private static Pattern words(String alternatives) {
    return Pattern.compile(
        "\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
