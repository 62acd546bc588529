package org.consulta.http;

import org.consulta.core.error.ConsultaException;

/** The request carried credentials that are invalid, expired or unknown; answered with 401. */
public class AuthenticationException extends ConsultaException {
  private static final long serialVersionUID = 1L;

  /** @param message why, without repeating the credentials */
  public AuthenticationException(String message) {
    super(message);
  }

  @Override
  public String kind() {
    return "unauthenticated";
  }
}
