/**
 * Consultations: purpose, questions, influence, phases and their schedule, channels, eligibility,
 * accepted contribution kinds and their forms, support rules. Depends on {@code participant}
 * (eligibility reads a participant's declared data), {@code access}, {@code value}, {@code error}.
 */
package org.consulta.core.consultation;
