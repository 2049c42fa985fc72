package org.mentra.sessions.links;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mentra.sessions.retry.ConflictRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One-click links from our emails. GET shows the choice and changes nothing (mail scanners fetch
 * links before people click them); POST applies it. Every problem gets a friendly page.
 */
@Controller
@RequestMapping("/r")
class LinkController {

  private static final Logger log = LoggerFactory.getLogger(LinkController.class);

  private final LinkService links;

  LinkController(LinkService links) {
    this.links = links;
  }

  @ModelAttribute
  void privateHeaders(HttpServletResponse response) {
    // The token is a credential: keep it out of caches, referrers and search engines.
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
  }

  @GetMapping("/{token}")
  String show(@PathVariable String token, Model model) {
    return render(links.show(token), model);
  }

  @PostMapping("/{token}")
  String apply(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model) {
    return render(links.apply(token, form), model);
  }

  @ExceptionHandler(LinkRejected.class)
  String rejected(LinkRejected e, Model model, HttpServletRequest request, HttpServletResponse response) {
    if (e.mayTryAgain()) {
      model.addAttribute("backUrl", request.getRequestURI()); // the same link: GET shows the form again
    }
    return problem(response, model, e.status(), e.title(), e.getMessage());
  }

  /** A second click's redemption lost to the first; any other integrity error is ours. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  String raced(DataIntegrityViolationException e, Model model, HttpServletResponse response) {
    if (!ConflictRetry.isUniqueViolation(e)) {
      return unexpected(e, model, response);
    }
    LinkRejected used = LinkRejected.alreadyUsed();
    return problem(response, model, used.status(), used.title(), used.getMessage());
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, Model model, HttpServletResponse response) {
    log.error("A one-click link failed", e);
    return problem(response, model, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side",
        "Nothing was changed. Please try the link again in a few minutes.");
  }

  private static String render(LinkPage page, Model model) {
    model.addAllAttributes(page.model());
    return page.view();
  }

  private static String problem(HttpServletResponse response, Model model, HttpStatus status, String title,
      String message) {
    response.setStatus(status.value());
    model.addAttribute("title", title);
    model.addAttribute("message", message);
    return "pages/link-problem";
  }
}
