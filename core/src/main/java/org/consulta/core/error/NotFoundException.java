package org.consulta.core.error;

import static java.util.Objects.requireNonNull;

/**
 * The named thing does not exist for the acting tenant. Also thrown for another tenant's ids, so
 * that nobody can learn that they exist.
 */
public class NotFoundException extends ConsultaException {
  private static final long serialVersionUID = 1L;
  private final String resource;
  private final String id;

  /**
   * @param resource what was looked for, e.g. {@code "consultation"}
   * @param id the id that was asked for
   */
  public NotFoundException(String resource, Object id) {
    super(requireNonNull(resource, "resource") + " " + requireNonNull(id, "id") + " not found");
    this.resource = resource;
    this.id = id.toString();
  }

  /** @return what was looked for, e.g. {@code "consultation"} */
  public String resource() {
    return resource;
  }

  /** @return the id that was asked for */
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return "not-found";
  }
}
