package org.consulta.core.relay;

import org.consulta.core.event.ConsultaEvent;

/**
 * The aggregate an event is about, as ordering key of its deliveries and the CloudEvents {@code
 * subject}: a contribution's id for contribution and reaction events, a participant's id for
 * participant events, a consultation's id for consultation events, a webhook's id for webhook
 * events, {@code "tenant"} for tenant-wide events (the demographic schema). Stateless.
 */
public final class AggregateKey {
  private AggregateKey() {}

  /**
   * @param event an event
   * @return the id of the aggregate it is about, as text
   */
  public static String of(ConsultaEvent event) {
    if (event instanceof ConsultaEvent.ConsultationCreated e) {
      return e.consultation().toString();
    } else if (event instanceof ConsultaEvent.ConsultationUpdated e) {
      return e.consultation().toString();
    } else if (event instanceof ConsultaEvent.PhaseChanged e) {
      return e.consultation().toString();
    } else if (event instanceof ConsultaEvent.ParticipantRegistered e) {
      return e.participant().toString();
    } else if (event instanceof ConsultaEvent.ParticipantUpdated e) {
      return e.participant().toString();
    } else if (event instanceof ConsultaEvent.ConsentChanged e) {
      return e.participant().toString();
    } else if (event instanceof ConsultaEvent.ContactDetailsUpdated e) {
      return e.participant().toString();
    } else if (event instanceof ConsultaEvent.ContactDetailsErased e) {
      return e.participant().toString();
    } else if (event instanceof ConsultaEvent.WebhookSubscribed e) {
      return e.webhook().toString();
    } else if (event instanceof ConsultaEvent.WebhookDeleted e) {
      return e.webhook().toString();
    } else if (event instanceof ConsultaEvent.WebhookDeliveriesReplayed e) {
      return e.webhook().toString();
    } else if (event instanceof ConsultaEvent.AboutContribution e) {
      return e.contribution().toString();
    }
    return "tenant";
  }
}
