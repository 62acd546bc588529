package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A result with its sub-results and its rolled-up progress.
 *
 * @param result the result
 * @param progress its own progress if it has no sub-results; otherwise the mean of its
 *     sub-results' rolled-up progress, leaving out cancelled ones (its own if all are cancelled)
 * @param children its sub-results, in creation order
 */
public record ResultNode(Result result, double progress, List<ResultNode> children) {
  public ResultNode {
    requireNonNull(result, "result");
    children = List.copyOf(requireNonNull(children, "children"));
  }

  /** @return the node and its sub-results as readers who are not staff see them */
  public ResultNode publicView() {
    return new ResultNode(result.publicView(), progress, children.stream().map(ResultNode::publicView).toList());
  }

  /**
   * @param result a result
   * @param children its sub-results' nodes
   * @return the node, with the progress rolled up from the children
   */
  public static ResultNode of(Result result, List<ResultNode> children) {
    double sum = 0;
    int counted = 0;
    for (ResultNode child : children) {
      if (child.result().status() != ResultStatus.CANCELLED) {
        sum += child.progress();
        counted++;
      }
    }
    return new ResultNode(result, counted == 0 ? result.progress() : sum / counted, children);
  }
}
