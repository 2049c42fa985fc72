package org.mentra.sessions.web;

import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.FieldProblem;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.data.web.SpringDataWebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableHandlerMethodArgumentResolver;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every {@code Pageable} of the API, sorted only by what its {@link SortableBy} allows: Spring Data
 * would pass any {@code sort} on to the query (an unknown property, {@code password}, a collection),
 * and the database's refusal would be a 500. Resolved here before Spring Data's own resolver (this
 * configurer comes first), which still reads page, size and the default; the same annotation writes
 * the OpenAPI description of {@code sort}.
 */
@Configuration
@Order(Ordered.HIGHEST_PRECEDENCE)
class SortablePageables implements WebMvcConfigurer {

  private static final String SORT = "sort";

  private final PageableHandlerMethodArgumentResolver pageables;
  private final SpringDataWebProperties properties;

  SortablePageables(PageableHandlerMethodArgumentResolver pageables, SpringDataWebProperties properties) {
    this.pageables = pageables;
    this.properties = properties;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    SpringDataWebProperties.Pageable names = properties.getPageable();
    resolvers.add(new CheckedPageables(pageables, List.of(names.getPrefix() + names.getPageParameter(),
        names.getPrefix() + names.getSizeParameter(), properties.getSort().getSortParameter())));
  }

  /** The description of {@code sort} in the OpenAPI document, from the same annotation. */
  @Bean
  OperationCustomizer sortableFieldsInOpenApi() {
    return (operation, handlerMethod) -> {
      pageableParameter(handlerMethod).ifPresent(p -> describeSort(operation, fields(p)));
      return operation;
    };
  }

  private static java.util.Optional<MethodParameter> pageableParameter(HandlerMethod method) {
    return Arrays.stream(method.getMethodParameters()).filter(p -> Pageable.class.equals(p.getParameterType()))
        .findFirst();
  }

  private static void describeSort(Operation operation, Map<String, String> fields) {
    if (operation.getParameters() == null) {
      return;
    }
    for (Parameter parameter : operation.getParameters()) {
      if (SORT.equals(parameter.getName())) {
        parameter.setDescription(fields.isEmpty() ? "This list cannot be sorted."
            : "Sort by " + String.join(", ", fields.keySet()) + ": `field` or `field,asc` / `field,desc`; repeat "
                + "the parameter to sort by several. Any other field is a 400.");
      }
    }
  }

  /** The client's names of the sortable fields, each with its entity property, in the annotation's order. */
  static Map<String, String> fields(MethodParameter parameter) {
    SortableBy sortable = parameter.getParameterAnnotation(SortableBy.class);
    Map<String, String> fields = new LinkedHashMap<>();
    if (sortable != null) {
      for (SortableBy.Field field : sortable.value()) {
        fields.put(field.name(), field.property().isEmpty() ? field.name() : field.property());
      }
    }
    return fields;
  }

  /** Spring Data's pageable, its client-given sort checked and translated to entity properties. */
  static final class CheckedPageables implements HandlerMethodArgumentResolver {

    private final PageableHandlerMethodArgumentResolver delegate;
    /** The request parameters Spring Data's resolver reads (a qualified pageable's are prefixed further). */
    private final List<String> parameterNames;
    /**
     * Each operation's default page, for requests that give none of page, size and sort (most of them):
     * Spring Data looks the defaults up in the parameter's annotations on every call (a tenth of a list's time).
     */
    private final Map<MethodParameter, Pageable> defaults = new ConcurrentHashMap<>();

    CheckedPageables(PageableHandlerMethodArgumentResolver delegate, List<String> parameterNames) {
      this.delegate = delegate;
      this.parameterNames = parameterNames;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return Pageable.class.equals(parameter.getParameterType());
    }

    @Override
    public Pageable resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
        NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
      if (!parameter.hasParameterAnnotation(Qualifier.class)
          && parameterNames.stream().noneMatch(name -> webRequest.getParameter(name) != null)) {
        return defaults.computeIfAbsent(parameter, p -> delegate.resolveArgument(p, mavContainer, webRequest, binderFactory));
      }
      Pageable pageable;
      try {
        pageable = delegate.resolveArgument(parameter, mavContainer, webRequest, binderFactory);
      } catch (IllegalArgumentException e) {
        // Spring Data URL-decodes the sort once more (a lone '%' in it cannot be decoded); page and size it forgives.
        String message = unknown(String.join(",", webRequest.getParameterValues(SORT) == null ? new String[0]
            : webRequest.getParameterValues(SORT)), fields(parameter));
        throw new InvalidInput(message, List.of(new FieldProblem(SORT, message)));
      }
      String[] given = webRequest.getParameterValues(SORT);
      if (given == null || Arrays.stream(given).allMatch(String::isBlank)) {
        return pageable; // the operation's own default
      }
      Map<String, String> fields = fields(parameter);
      List<Sort.Order> orders = new ArrayList<>();
      List<FieldProblem> problems = new ArrayList<>();
      for (Sort.Order order : pageable.getSort()) {
        String property = fields.get(order.getProperty());
        if (property == null) {
          problems.add(new FieldProblem(SORT, unknown(order.getProperty(), fields)));
        } else {
          orders.add(new Sort.Order(order.getDirection(), property, order.isIgnoreCase(), order.getNullHandling()));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInput(problems.get(0).message(), problems);
      }
      return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(orders))
          : Pageable.unpaged(Sort.by(orders));
    }

    private static String unknown(String property, Map<String, String> fields) {
      String given = property.length() > 40 ? property.substring(0, 40) + "…" : property;
      return fields.isEmpty() ? "This list cannot be sorted."
          : "'" + given + "' is not a field to sort by; sort by " + fields.keySet().stream()
              .collect(Collectors.joining(", ")) + " (optionally followed by ,asc or ,desc).";
    }
  }
}
