package org.consulta.core.error;

/** The actor may not perform this operation on this target (the access policy said no). */
public class AccessDeniedException extends ConsultaException {
  private static final long serialVersionUID = 1L;

  /** @param message what was denied, with ids and roles, never personal data */
  public AccessDeniedException(String message) {
    super(message);
  }

  @Override
  public String kind() {
    return "access-denied";
  }
}
