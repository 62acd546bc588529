package org.consulta.core.consultation;

import java.util.List;
import java.util.Optional;
import org.consulta.core.access.Actor;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;

/**
 * Creates, changes, lists and moves consultations. Obtain from {@code Consulta#consultations()}.
 * Thread-safe. Every read applies the scheduled phase moves due by the engine's clock first.
 *
 * <p>Every method may throw {@link org.consulta.core.error.AccessDeniedException} when the access
 * policy refuses and {@link org.consulta.core.error.NotFoundException} for ids unknown in the
 * actor's tenant.
 */
public interface ConsultationService {
  /**
   * @param actor a manager, admin or the system
   * @param command what to create
   * @return the new consultation, in {@link Phase#DRAFT}
   * @throws org.consulta.core.error.InvalidInputException listing every bad field
   */
  Consultation create(Actor actor, NewConsultation command);

  /**
   * @param actor anyone (drafts: staff only)
   * @param id the consultation
   * @return the consultation in its current phase
   */
  Consultation get(Actor actor, ConsultationId id);

  /**
   * Lists the consultations the actor may see, oldest first.
   *
   * @param actor anyone
   * @param phase only consultations in this phase, if given
   * @param page where to start and how many
   * @return one page
   */
  Page<Consultation> list(Actor actor, Optional<Phase> phase, PageRequest page);

  /**
   * @param actor a manager, admin or the system
   * @param command the change
   * @return the new version
   * @throws org.consulta.core.error.InvalidInputException listing every bad field
   * @throws org.consulta.core.error.ConflictException if a rule of taking part changes after opening
   * @throws org.consulta.core.error.VersionConflictException if {@code expectedVersion} is stale
   */
  Consultation update(Actor actor, ConsultationUpdate command);

  /**
   * @param actor a manager, admin or the system
   * @param command the move
   * @return the consultation in its new phase
   * @throws org.consulta.core.error.IllegalTransitionException if the move is not allowed
   * @throws org.consulta.core.error.VersionConflictException if {@code expectedVersion} is stale
   */
  Consultation transition(Actor actor, PhaseTransition command);

  /**
   * Applies every scheduled phase move due by the clock in the actor's tenant. Moves also happen
   * on their own whenever a consultation is read; call this from a scheduler so that events
   * (and so webhooks) go out on time even when nobody reads.
   *
   * @param actor the system, a manager or an admin
   * @return the consultations that moved, in their new phase
   */
  List<Consultation> applyScheduledMoves(Actor actor);
}
