package org.mentra.sessions.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A generator of random values for property-based tests: a function of a seeded {@link Random}, so a
 * run is repeated exactly from its seed. The few combinators the tests need, nothing more.
 */
@FunctionalInterface
public interface Gen<T> {

  T next(Random random);

  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    return random -> mapper.apply(next(random));
  }

  /** Lists of {@code min} to {@code max} values. */
  default Gen<List<T>> list(int min, int max) {
    return random -> {
      int size = min + random.nextInt(max - min + 1);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(next(random));
      }
      return values;
    };
  }

  static <T> Gen<T> just(T value) {
    return random -> value;
  }

  /** Built when first used: for recursive shapes. */
  static <T> Gen<T> lazy(Supplier<Gen<T>> generator) {
    return random -> generator.get().next(random);
  }

  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    return of(List.of(values));
  }

  static <T> Gen<T> of(List<? extends T> values) {
    return random -> values.get(random.nextInt(values.size()));
  }

  static Gen<Long> longs(long min, long max) {
    return random -> min + (long) (random.nextDouble() * ((double) max - min + 1));
  }

  /** Text of {@code min} to {@code max} characters drawn from {@code alphabet}. */
  static Gen<String> strings(String alphabet, int min, int max) {
    return random -> {
      int length = min + random.nextInt(max - min + 1);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return text.toString();
    };
  }

  /** One of the generators, each chosen with its weight. */
  static <T> Gen<T> frequency(List<Weighted<T>> choices) {
    int total = choices.stream().mapToInt(Weighted::weight).sum();
    return random -> {
      int pick = random.nextInt(total);
      for (Weighted<T> choice : choices) {
        pick -= choice.weight();
        if (pick < 0) {
          return choice.generator().next(random);
        }
      }
      throw new IllegalStateException("weights changed");
    };
  }

  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<T>... choices) {
    return frequency(List.of(choices));
  }

  static <T> Weighted<T> weight(int weight, Gen<? extends T> generator) {
    return new Weighted<>(weight, generator::next);
  }

  /** A generator with its weight in {@link #frequency}. */
  record Weighted<T>(int weight, Gen<T> generator) {}
}
