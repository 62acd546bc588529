package org.consulta.core.contribution;

import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.Phase;
import org.consulta.core.error.ConflictException;

/** The consultation does not take input in its current phase. */
public class ConsultationNotOpenException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * @param consultation the consultation
   * @param phase its current phase
   */
  public ConsultationNotOpenException(ConsultationId consultation, Phase phase) {
    super("consultation " + consultation + " is " + phase + ", not OPEN");
  }

  @Override
  public String kind() {
    return "consultation-not-open";
  }
}
