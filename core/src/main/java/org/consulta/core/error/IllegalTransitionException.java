package org.consulta.core.error;

/** A state machine was asked for a move it does not allow, e.g. a consultation from draft to closed. */
public class IllegalTransitionException extends ConflictException {
  private static final long serialVersionUID = 1L;
  private final String from;
  private final String to;

  /**
   * @param what the aggregate and id, e.g. {@code "consultation 0190..."}
   * @param from the current state
   * @param to the state asked for
   */
  public IllegalTransitionException(String what, Object from, Object to) {
    super(what + " cannot move from " + from + " to " + to);
    this.from = String.valueOf(from);
    this.to = String.valueOf(to);
  }

  /** @return the current state */
  public String from() {
    return from;
  }

  /** @return the state asked for */
  public String to() {
    return to;
  }

  @Override
  public String kind() {
    return "illegal-transition";
  }
}
