package org.consulta.core.moderation.screeners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.Verdict;

class CampaignPropertiesTest {
  @Property(tries = 300)
  void aTextAlwaysJoinsItsExactDuplicatesCampaign(@ForAll @StringLength(max = 600) String text, @ForAll @StringLength(max = 300) String before) {
    InMemoryCampaignIndex index = new InMemoryCampaignIndex();
    CampaignScreenerTest.Context context = new CampaignScreenerTest.Context(index);
    ConsultationId consultation = new ConsultationId(UUID.randomUUID());
    CampaignScreener screener = CampaignScreener.standard();
    screener.screen(CampaignScreenerTest.input(consultation, before), context);

    ScreeningInput first = CampaignScreenerTest.input(consultation, text);
    Verdict firstVerdict = screener.screen(first, context);
    Verdict duplicate = screener.screen(CampaignScreenerTest.input(consultation, text), context);

    if (TextSignatures.normalize(text).isEmpty()) {
      assertThat(duplicate.campaign()).isEmpty();
    } else {
      CampaignId expected = firstVerdict.campaign().orElse(CampaignId.seededBy(first.contribution()));
      assertThat(duplicate.campaign()).contains(expected);
      assertThat(duplicate.score()).isEqualTo(1.0);
    }
  }

  @Property(tries = 300)
  void signaturesAreDeterministic(@ForAll @StringLength(max = 800) String text) {
    TextSignatures fresh = TextSignatures.builder().build();
    assertThat(fresh.sign(text)).isEqualTo(TextSignatures.standard().sign(text));
    assertThat(fresh.sign(text).similarity(TextSignatures.standard().sign(new String(text)))).isEqualTo(1.0);
  }
}
