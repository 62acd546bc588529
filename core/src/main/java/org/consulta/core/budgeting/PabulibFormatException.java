package org.consulta.core.budgeting;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;

/**
 * A pabulib {@code .pb} file {@link Pabulib} cannot read: the section ({@code META}, {@code
 * PROJECTS} or {@code VOTES}), the line (1-based, as an editor counts it) and what is wrong there.
 * Its one {@linkplain #violations() violation} names the place as its field, for example {@code
 * VOTES line 12}.
 *
 * <pre>{@code
 * try {
 *   Election e = Pabulib.read(path);
 * } catch (PabulibFormatException bad) {
 *   bad.section();    // "VOTES"
 *   bad.line();       // 12
 *   bad.getMessage(); // "pabulib VOTES section, line 12: vote names project 9, which is not in PROJECTS"
 * }
 * }</pre>
 *
 * <p>Immutable.
 */
public final class PabulibFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;
  private final String section;
  private final int line;
  private final String problem;

  /**
   * @param section the section the problem is in: {@code META}, {@code PROJECTS} or {@code VOTES}
   * @param line the line, from 1
   * @param problem what is wrong, in plain words
   */
  public PabulibFormatException(String section, int line, String problem) {
    super(List.of(new Violation(requireNonNull(section, "section") + " line " + line, requireNonNull(problem, "problem"))));
    this.section = section;
    this.line = line;
    this.problem = problem;
  }

  /** @return the section: {@code META}, {@code PROJECTS} or {@code VOTES} */
  public String section() {
    return section;
  }

  /** @return the line, from 1 */
  public int line() {
    return line;
  }

  /** @return what is wrong, without the place */
  public String problem() {
    return problem;
  }

  @Override
  public String getMessage() {
    return "pabulib " + section + " section, line " + line + ": " + problem;
  }
}
