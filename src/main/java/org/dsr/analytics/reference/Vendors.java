package org.dsr.analytics.reference;

import java.util.Map;

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
              Map.entry("China Great Wall Industry", "China Great Wall Industry")));
}
