package org.dsr.analytics.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AidDataAgenciesTest {
  @Test
  void onlyAKnownAgencyTypeIsRemovedInAnyCase() {
    assertThat(
            AidDataAgencies.names(
                "China Construction Bank, State-owned Company; Huawei Technologies Co., Ltd.,"
                    + " Private Sector; Nanjing Construction Machinery Co.,Ltd. ;"))
        .containsExactly(
            "China Construction Bank",
            "Huawei Technologies Co., Ltd.",
            "Nanjing Construction Machinery Co.,Ltd.");
    assertThat(AidDataAgencies.names((String) null)).isEmpty();
  }
}
