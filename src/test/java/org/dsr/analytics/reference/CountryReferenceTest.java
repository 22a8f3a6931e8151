package org.dsr.analytics.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryReferenceTest {
  private final CountryReference reference = CountryReference.bundled();

  @Test
  void holdsAllIsoEntriesPlusKosovo() {
    assertThat(reference.countries()).hasSize(250);
    assertThat(reference.byIso3("XKX")).get().extracting(Country::name).isEqualTo("Kosovo");
    assertThat(reference.countries()).extracting(Country::iso3).doesNotHaveDuplicates();
    assertThat(reference.countries()).extracting(Country::iso2).doesNotHaveDuplicates();
  }

  @Test
  void marksExactlyTheUnMemberStates() {
    List<Country> members = reference.countries().stream().filter(Country::unMember).toList();
    assertThat(members).hasSize(193);
    assertThat(members)
        .extracting(Country::iso3)
        .contains("SSD", "MNE", "CPV")
        .doesNotContain("PSE", "VAT", "TWN", "XKX");
  }

  @Test
  void carriesCodesRegionsAndIncomeGroups() {
    Country capeVerde = reference.byIso3("CPV").orElseThrow();
    assertThat(capeVerde.iso2()).isEqualTo("CV");
    assertThat(capeVerde.m49()).isEqualTo(132);
    assertThat(capeVerde.name()).isEqualTo("Cabo Verde");
    assertThat(capeVerde.region()).isEqualTo("Africa");
    assertThat(capeVerde.subRegion()).isEqualTo("Sub-Saharan Africa");
    assertThat(capeVerde.incomeGroup()).isEqualTo("Lower middle income");
    assertThat(capeVerde.cowCode()).isEqualTo(402);
    assertThat(capeVerde.aliases()).contains("Cape Verde");
    assertThat(reference.byCowCode(501)).get().extracting(Country::iso3).isEqualTo("KEN");
    assertThat(reference.byCowCode(710)).get().extracting(Country::iso3).isEqualTo("CHN");
  }

  @Test
  void everyUnMemberHasARegionAndEveryCowCodeIsUnique() {
    assertThat(reference.countries().stream().filter(Country::unMember))
        .allSatisfy(c -> assertThat(c.region()).as(c.iso3()).isNotEmpty());
    assertThat(reference.countries().stream().map(Country::cowCode).filter(c -> c != null))
        .doesNotHaveDuplicates();
  }

  @Test
  void listsWorldBankAggregatesByCode() {
    assertThat(reference.aggregateByCode("SSF"))
        .get()
        .extracting(Aggregate::name)
        .isEqualTo("Sub-Saharan Africa");
    assertThat(reference.aggregateByCode("UMC"))
        .get()
        .extracting(Aggregate::kind)
        .isEqualTo("income");
  }
}
