package org.consulta.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.consulta.core.budgeting.BudgetResultDocument;
import org.consulta.core.budgeting.Count;
import org.consulta.core.budgeting.CountResult;
import org.consulta.core.budgeting.CountingRule;
import org.consulta.core.budgeting.Election;
import org.consulta.core.budgeting.Pabulib;
import org.consulta.core.budgeting.PabulibFormatException;
import org.consulta.core.budgeting.ProjectOnBallot;
import org.consulta.core.budgeting.ProjectVerdict;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.json.ConsultaJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code pb} subcommand: loads a pabulib {@code .pb} file ({@link Pabulib}), counts it with
 * {@code --rule} (by default the rule its META names) and prints the rule, the budget, what was
 * spent and left, every project with its verdict, and, when the file has a {@code selected}
 * column, whether Consulta funds the same projects the city published and which differ. {@code
 * --format json} (or its alias {@code --json}) prints the same as one JSON object; {@code --format
 * markdown} and {@code --format html} print the public result document ({@link
 * BudgetResultDocument}: the rule, the money, every project's votes, cost, funding and why, the
 * rule's notes), without the comparison.
 *
 * <pre>{@code
 * java -jar examples/target/consulta-examples.jar pb examples/pb/warszawa-ursynow-approval.pb
 * ./consulta pb city.pb --rule equalshares/add1 --json
 * ./consulta pb city.pb --format html > result.html
 * }</pre>
 *
 * <p>Exit codes: 0 counted, 1 the file is unreadable (not UTF-8, malformed: the error names the
 * section and line), its ballots break its rules (the error names them), or the exact knapsack
 * gave up at its step limit, 2 bad usage (unknown rule, missing file).
 *
 * <p>Single-use: picocli creates one instance per command line.
 */
@Command(
    name = "pb",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Counts a participatory budgeting vote published as a pabulib .pb file (META, PROJECTS, VOTES) and prints "
            + "the funded projects with the reasons; when the file has a selected column, compares with the outcome the "
            + "city published.",
        ""})
public final class PbCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The .pb file (UTF-8).")
  private Path file;

  @Option(names = "--rule", paramLabel = "RULE", description = "greedy, knapsack, equalshares, equalshares/add1 or "
      + "equalshares/add1-comparison (default: the rule the file's META names).")
  private String rule;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (the default), json (one object, with the comparison), "
      + "markdown or html (the public result document, Markdown or an accessible HTML page).")
  private String format;

  @Option(names = "--json", description = "The same as --format json.")
  private boolean json;

  /** Creates the command; picocli sets its options. */
  public PbCommand() {}

  @Override
  public Integer call() throws IOException {
    Optional<CountingRule> chosen = rule == null ? Optional.empty() : Optional.of(rule(rule));
    Format shown = format();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Election election;
    try {
      election = Pabulib.read(file);
    } catch (NoSuchFileException e) {
      throw new ParameterException(spec.commandLine(), "no file " + file);
    } catch (PabulibFormatException e) {
      err.println("pb: " + file + ": " + e.getMessage());
      err.flush();
      return 1;
    } catch (java.nio.charset.CharacterCodingException e) {
      err.println("pb: " + file + " is not UTF-8 text (pabulib files are UTF-8)");
      err.flush();
      return 1;
    } catch (IOException e) {
      err.println("pb: cannot read " + file + ": " + e.getMessage());
      err.flush();
      return 1;
    }
    CountingRule counting = chosen.orElseGet(() -> fileRule(election));
    CountResult result;
    try {
      result = Count.count(election, counting);
    } catch (org.consulta.core.budgeting.CountTooLargeException e) {
      err.println("pb: " + file + ": " + e.getMessage());
      err.flush();
      return 1;
    } catch (InvalidInputException e) {
      err.println("pb: " + file + " cannot be counted with " + counting.wireName() + ":");
      e.violations().stream().limit(20).forEach(v -> err.println("  " + v));
      if (e.violations().size() > 20) {
        err.println("  and " + (e.violations().size() - 20) + " more");
      }
      err.flush();
      return 1;
    }
    Optional<Comparison> published = Pabulib.publishedSelection(election).map(city -> Comparison.of(election, result, city));
    switch (shown) {
      case JSON -> out.println(ConsultaJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(election, result, published)));
      case MARKDOWN -> out.print(BudgetResultDocument.markdown(election, result));
      case HTML -> out.print(BudgetResultDocument.html(election, result));
      case TEXT -> print(out, election, result, published, chosen.isEmpty());
    }
    out.flush();
    return 0;
  }

  /** What the command prints. */
  enum Format {
    TEXT, JSON, MARKDOWN, HTML
  }

  private Format format() {
    if (format == null) {
      return json ? Format.JSON : Format.TEXT;
    }
    Format named;
    try {
      named = Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: unknown format '" + format + "'; known: text, json, markdown, html");
    }
    if (json && named != Format.JSON) {
      throw new ParameterException(spec.commandLine(), "--json conflicts with --format " + format + "; --json is --format json");
    }
    return named;
  }

  private CountingRule rule(String name) {
    try {
      return CountingRule.fromWireName(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--rule: " + e.getMessage());
    }
  }

  private CountingRule fileRule(Election election) {
    String named = election.meta().get("rule");
    if (named == null || named.isBlank()) {
      throw new ParameterException(spec.commandLine(), file + " names no rule in its META; choose one with --rule");
    }
    try {
      return CountingRule.fromWireName(named);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), file + " names rule '" + named + "' in its META, which Consulta does not "
          + "know; choose one with --rule (" + e.getMessage().substring(e.getMessage().indexOf("known:")) + ")");
    }
  }

  /** Consulta's outcome against the city's. */
  record Comparison(Set<String> published, List<String> onlyConsulta, List<String> onlyPublished) {
    static Comparison of(Election election, CountResult result, Set<String> city) {
      List<String> onlyConsulta = new ArrayList<>();
      List<String> onlyPublished = new ArrayList<>();
      for (ProjectOnBallot p : election.projects()) {
        boolean ours = result.selected().contains(p.id());
        if (ours && !city.contains(p.id())) {
          onlyConsulta.add(p.id());
        } else if (!ours && city.contains(p.id())) {
          onlyPublished.add(p.id());
        }
      }
      return new Comparison(city, onlyConsulta, onlyPublished);
    }

    boolean matches() {
      return onlyConsulta.isEmpty() && onlyPublished.isEmpty();
    }
  }

  private static void print(PrintWriter out, Election e, CountResult r, Optional<Comparison> published, boolean ruleFromFile) {
    out.printf("%s (%s)%n", e.name().isEmpty() ? "pabulib election" : e.name(), e.meta().getOrDefault("unit", "no unit named"));
    out.printf("Rule: %s%s%n", r.rule().wireName(), ruleFromFile ? " (named in the file)" : "");
    String currency = e.meta().containsKey("currency") ? " " + e.meta().get("currency") : "";
    out.printf("Budget: %s%s, spent %s, left %s; %d projects, %d ballots%n", money(r.budget()), currency, money(r.spent()),
        money(r.left()), e.projects().size(), e.ballots().size());
    out.println("Funded: " + (r.selected().isEmpty() ? "none" : String.join(", ", r.selected())));
    Map<String, ProjectOnBallot> byId = e.projectsById();
    for (ProjectVerdict v : r.verdicts()) {
      String name = byId.get(v.project()).name();
      out.printf("  %-10s %s%s, cost %s, score %s: %s%n", v.funded() ? "funded" : "not funded", v.project(),
          name.isEmpty() ? "" : " " + name, money(v.cost()), v.score().toPlainString(), v.explanation());
    }
    r.notes().forEach(n -> out.println("Note: " + n));
    published.ifPresent(c -> {
      if (c.matches()) {
        out.println("Published outcome: Consulta funds the same projects as the city.");
      } else {
        out.println("Published outcome differs from Consulta's:");
        out.println("  funded by Consulta, not by the city: " + list(c.onlyConsulta()));
        out.println("  funded by the city, not by Consulta: " + list(c.onlyPublished()));
      }
    });
  }

  private static Map<String, Object> json(Election e, CountResult r, Optional<Comparison> published) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("name", e.name());
    o.put("rule", r.rule().wireName());
    o.put("budget", r.budget());
    o.put("spent", r.spent());
    o.put("left", r.left());
    o.put("selected", r.selected());
    List<Map<String, Object>> projects = new ArrayList<>();
    Map<String, ProjectOnBallot> byId = e.projectsById();
    for (ProjectVerdict v : r.verdicts()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", v.project());
      p.put("name", byId.get(v.project()).name());
      p.put("cost", v.cost());
      p.put("score", v.score());
      p.put("funded", v.funded());
      p.put("rank", v.rank());
      p.put("reason", v.reason().name());
      p.put("explanation", v.explanation());
      projects.add(p);
    }
    o.put("projects", projects);
    o.put("notes", r.notes());
    published.ifPresent(c -> {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("selected", List.copyOf(c.published()));
      p.put("matches", c.matches());
      p.put("onlyConsulta", c.onlyConsulta());
      p.put("onlyPublished", c.onlyPublished());
      o.put("published", p);
    });
    return o;
  }

  private static String money(BigDecimal amount) {
    return amount.toPlainString();
  }

  private static String list(List<String> ids) {
    return ids.isEmpty() ? "none" : String.join(", ", ids);
  }
}
