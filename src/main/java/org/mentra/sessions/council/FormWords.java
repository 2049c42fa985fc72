package org.mentra.sessions.council;

import org.mentra.sessions.shared.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Field problems as a Tasklist form refuses them: in the form's own labels, one sentence per
 * problem, and the same problem on several numbered fields said once ("Slots 1, 2 and 3 must be …").
 */
final class FormWords {

  /**
   * Messages that start with one of these verbs follow the label without a colon ("Topic must not be
   * blank"); after several numbered fields the verb takes its plural ("Slots 2 and 3 overlap slot 1").
   */
  private static final Map<String, String> VERBS = Map.of("must", "must", "is", "are", "lists", "list",
      "overlaps", "overlap");

  private FormWords() {}

  /**
   * A field as the form calls it: "Topic", or the n-th of numbered fields ("Slot", 2).
   *
   * @param number 0 for a field that is not numbered
   */
  record Label(String name, int number) {

    static Label of(String name) {
      return new Label(name, 0);
    }

    static Label numbered(String name, int number) {
      return new Label(name, number);
    }
  }

  /**
   * @param labelOf the form's label for a problem's field
   * @param inMessages rewrites field names a message mentions ("overlaps proposedSlots[0]") in the form's words
   */
  static String sentences(List<FieldProblem> problems, Function<String, Label> labelOf,
      UnaryOperator<String> inMessages) {
    Map<String, List<Label>> byProblem = new LinkedHashMap<>();
    for (FieldProblem problem : problems) {
      Label label = labelOf.apply(problem.field());
      String message = inMessages.apply(problem.message());
      // Numbered fields share a sentence per message; any other field keeps its own.
      String key = (label.number() > 0 ? label.name() : label.name() + "\u0000" + problem.field()) + "\u0000" + message;
      byProblem.computeIfAbsent(key, k -> new ArrayList<>());
      if (!byProblem.get(key).contains(label)) {
        byProblem.get(key).add(label);
      }
    }
    return byProblem.entrySet().stream()
        .map(e -> sentence(e.getValue(), e.getKey().substring(e.getKey().lastIndexOf('\u0000') + 1)))
        .collect(Collectors.joining(" "));
  }

  private static String sentence(List<Label> labels, String message) {
    String subject = labels.size() == 1 ? name(labels.get(0))
        : labels.get(0).name() + "s " + andList(labels.stream().map(l -> String.valueOf(l.number())).toList());
    String[] words = message.split(" ", 2);
    String verb = VERBS.get(words[0]);
    String text = verb == null ? subject + ": " + message
        : subject + " " + (labels.size() == 1 ? message : verb + (words.length > 1 ? " " + words[1] : ""));
    return text.endsWith(".") ? text : text + ".";
  }

  private static String name(Label label) {
    return label.number() > 0 ? label.name() + " " + label.number() : label.name();
  }

  /** The index of a field like {@code newSlots[2].start} among the {@code list}'s entries. */
  static Optional<Integer> indexOf(String field, String list) {
    Matcher indexed = Pattern.compile("^" + Pattern.quote(list) + "\\[(\\d+)].*$").matcher(field);
    return indexed.matches() ? Optional.of(Integer.parseInt(indexed.group(1))) : Optional.empty();
  }

  /** "overlaps newSlots[0]" as "overlaps new slot 1": references to the list's entries, numbered from 1. */
  static String numberedReferences(String message, String list, String words) {
    return numberedReferences(message, list, words, index -> index + 1);
  }

  /** References to the list's entries, each with the number the form gives the entry at that index. */
  static String numberedReferences(String message, String list, String words, IntUnaryOperator numberOf) {
    Matcher reference = Pattern.compile(Pattern.quote(list) + "\\[(\\d+)]").matcher(message);
    StringBuilder text = new StringBuilder();
    while (reference.find()) {
      reference.appendReplacement(text, words + " " + numberOf.applyAsInt(Integer.parseInt(reference.group(1))));
    }
    reference.appendTail(text);
    return text.toString();
  }

  /** "1", "1 and 2", "1, 2 and 3". */
  static String andList(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
