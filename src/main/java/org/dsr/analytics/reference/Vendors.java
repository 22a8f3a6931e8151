package org.dsr.analytics.reference;

import static org.apache.spark.sql.functions.udf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Chinese technology vendors and operators: canonical names and the spellings sources use. The
 * China Global Investment Tracker and the submarine cable map are filtered to these.
 */
public final class Vendors {
  private Vendors() {}

  public static final Vocabulary NAMES =
      new Vocabulary(
          "vendor",
          Map.ofEntries(
              Map.entry("Huawei", "Huawei"),
              Map.entry("Huawei Technologies", "Huawei"),
              Map.entry("Huawei Technologies Co., Ltd.", "Huawei"),
              Map.entry("Huawei Cloud", "Huawei"),
              Map.entry("Huawei Marine", "HMN Tech"),
              Map.entry("Huawei Marine Networks", "HMN Tech"),
              Map.entry("HMN Tech", "HMN Tech"),
              Map.entry("HMN Technologies", "HMN Tech"),
              Map.entry("ZTE", "ZTE"),
              Map.entry("ZTE Corporation", "ZTE"),
              Map.entry("Zhongxing Telecommunication Equipment Corporation (ZTE)", "ZTE"),
              Map.entry("Hikvision", "Hikvision"),
              Map.entry("Hangzhou Hikvision Digital Technology", "Hikvision"),
              Map.entry("Dahua", "Dahua"),
              Map.entry("Dahua Technology", "Dahua"),
              Map.entry("Zhejiang Dahua Technology", "Dahua"),
              Map.entry("Uniview", "Uniview"),
              Map.entry("Zhejiang Uniview Technologies", "Uniview"),
              Map.entry("Megvii", "Megvii"),
              Map.entry("SenseTime", "SenseTime"),
              Map.entry("iFlytek", "iFlytek"),
              Map.entry("CloudWalk", "CloudWalk"),
              Map.entry("Yitu", "Yitu"),
              Map.entry("Tiandy", "Tiandy"),
              Map.entry("Alibaba", "Alibaba Cloud"),
              Map.entry("Alibaba Cloud", "Alibaba Cloud"),
              Map.entry("Alibaba Group", "Alibaba Cloud"),
              Map.entry("Aliyun", "Alibaba Cloud"),
              Map.entry("Tencent", "Tencent"),
              Map.entry("Tencent Cloud", "Tencent"),
              Map.entry("Baidu", "Baidu"),
              Map.entry("ByteDance", "ByteDance"),
              Map.entry("Inspur", "Inspur"),
              Map.entry("StarTimes", "StarTimes"),
              Map.entry("StarTimes Group (StarTimes)", "StarTimes"),
              Map.entry("CEIEC", "CEIEC"),
              Map.entry("China National Electronics Import & Export Corporation", "CEIEC"),
              Map.entry("China Mobile", "China Mobile"),
              Map.entry("China Mobile International", "China Mobile"),
              Map.entry("China Telecom", "China Telecom"),
              Map.entry("China Telecom Global", "China Telecom"),
              Map.entry("China Telecom Americas", "China Telecom"),
              Map.entry("China Unicom", "China Unicom"),
              Map.entry("China Unicom Global", "China Unicom"),
              Map.entry("China Satcom", "China Satcom"),
              Map.entry("Hengtong", "Hengtong"),
              Map.entry("Hengtong Group", "Hengtong"),
              Map.entry("PEACE Cable International Network", "Hengtong"),
              Map.entry("Peace Cable International Network Co. Ltd.", "Hengtong"),
              Map.entry("China Great Wall Industry", "China Great Wall Industry"),
              Map.entry("China Great Wall Industry Corporation", "China Great Wall Industry"),
              // The spellings of AidData's implementing_agency field (agency type removed).
              Map.entry("Zhongxing Technologies (ZTE)", "ZTE"),
              Map.entry("Zhongxing Technologies Energy (ZTE-e)", "ZTE"),
              Map.entry("Zhongxing Telecommunication Equipment (ZTE)", "ZTE"),
              Map.entry("ZTE (Zhongxing Telecommunication Equipment)", "ZTE"),
              Map.entry("China Telecom Corporation Ltd.", "China Telecom"),
              Map.entry("China Mobile Ltd.", "China Mobile"),
              Map.entry(
                  "China International Telecommunication Construction Corporation (CITCC)",
                  "CITCC"),
              Map.entry(
                  "China International Telecommunication Construction Corporaion (CITCC)", "CITCC"),
              Map.entry(
                  "International Telecommunication Construction Corporation (CITCC)", "CITCC"),
              Map.entry("Alcatel-Lucent Shanghai Bell Co., Ltd.", "Alcatel-Lucent Shanghai Bell"),
              Map.entry(
                  "Anhui Telecommunications Engineering Co. Ltd.",
                  "Anhui Telecommunications Engineering"),
              Map.entry("Nanjing Les Information Technology", "Nanjing LES Information Technology"),
              Map.entry("Haier Group", "Haier")));

  /**
   * The Chinese telecom operators among {@link #NAMES}: an investment of theirs that controls or
   * builds a network abroad puts a Chinese-run network into the country, where an equipment
   * vendor's own investment abroad (an office, a research centre, a stake) does not.
   */
  public static final Set<String> OPERATORS =
      Set.of("China Mobile", "China Telecom", "China Unicom", "China Satcom");

  /**
   * The Chinese vendors named in an agency list as AidData writes it ("Name, Agency Type", joined
   * by "; "), each once, in the order named.
   */
  public static List<String> namedIn(String agencies) {
    Set<String> vendors = new LinkedHashSet<>();
    for (String name : AidDataAgencies.names(agencies)) {
      String vendor = NAMES.canonical(name);
      if (vendor != null) {
        vendors.add(vendor);
      }
    }
    return List.copyOf(vendors);
  }

  /**
   * Vendors whose names are their own in a title: never part of a local company's name, as "China
   * Telecom" is in "Congo China Telecom", a ZTE joint venture.
   */
  private static final Pattern NAME_IN_TITLE =
      Pattern.compile(
          "\\b(Huawei|ZTE|StarTimes|Hikvision|Dahua|Uniview|Megvii|SenseTime|iFlytek|CloudWalk"
              + "|Yitu|Tiandy|Inspur)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The Chinese vendors a finance record names: those among its implementing agencies, or, where it
   * has none (the Boston University data: "Telecom Transformation and Expansion 7 Circles -
   * Huawei"), those its title names, each once, in the order named.
   */
  public static List<String> ofFinanceRecord(String agencies, String title) {
    if (agencies != null && !agencies.isBlank()) {
      return namedIn(agencies);
    }
    Set<String> vendors = new LinkedHashSet<>();
    if (title != null) {
      Matcher m = NAME_IN_TITLE.matcher(title);
      while (m.find()) {
        vendors.add(NAMES.canonical(m.group()));
      }
    }
    return List.copyOf(vendors);
  }

  /** {@link #ofFinanceRecord(String, String)} as an array column. */
  public static Column ofFinanceRecord(Column agencies, Column title) {
    return OF_FINANCE_RECORD.apply(agencies, title);
  }

  private static final UserDefinedFunction OF_FINANCE_RECORD =
      udf(
              (UDF2<String, String, String[]>)
                  (a, t) -> ofFinanceRecord(a, t).toArray(String[]::new),
              DataTypes.createArrayType(DataTypes.StringType, false))
          .withName("vendors_of_finance_record");
}
