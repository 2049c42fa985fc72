package org.mentra.sessions.links.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.mentra.sessions.links.LinkPage;
import org.mentra.sessions.links.LinkRejected;
import org.mentra.sessions.links.LinkService;
import org.mentra.sessions.retry.ConflictRetry;
import org.mentra.sessions.security.TokenThrottle;
import org.mentra.sessions.shared.Conflict;
import org.mentra.sessions.shared.DomainException;
import org.mentra.sessions.shared.InvalidInput;
import org.mentra.sessions.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One-click links from our emails. GET shows the choice and changes nothing (mail scanners fetch
 * links before people click them); POST applies it. Every problem gets a friendly page: this is the
 * one place where link rejections and domain errors become pages and statuses. A client whose links
 * keep failing to verify is held back ({@link TokenThrottle}) before its next token is looked at.
 *
 * <p>No CSRF token on the POST, by design: the link's own signed token, in the path, is the credential.
 * Nothing here reads or sets a cookie or a session, so a cross-site form has no ambient credential to
 * ride on; it would need the token, and whoever has it may press the button anyway. Mail scanners
 * prefetch with GET only, which changes nothing.
 */
@Controller
@RequestMapping("/r")
class LinkController {

  private static final Logger log = LoggerFactory.getLogger(LinkController.class);

  private final LinkService links;
  private final TokenThrottle throttle;

  LinkController(LinkService links, TokenThrottle throttle) {
    this.links = links;
    this.throttle = throttle;
  }

  @ModelAttribute
  void privateHeaders(HttpServletResponse response) {
    // The token is a credential: keep it out of caches, referrers and search engines.
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Robots-Tag", "noindex, nofollow");
  }

  @GetMapping("/{token}")
  String show(@PathVariable String token, Model model, HttpServletRequest request) {
    notHeldBack(request);
    return render(links.show(token), token, model);
  }

  @PostMapping("/{token}")
  String apply(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
      HttpServletRequest request) {
    notHeldBack(request);
    return render(links.apply(token, form), token, model);
  }

  /** A link is opened (GET) and confirmed (POST), nothing else: any other method is refused as a page too. */
  @RequestMapping(value = "/{token}", method = {RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH})
  String otherMethod(Model model, HttpServletResponse response) {
    response.setHeader("Allow", "GET, HEAD, POST");
    return problem(response, model, HttpStatus.METHOD_NOT_ALLOWED, "This link cannot be used this way",
        "Please open the link from your email in your browser. Nothing was changed.");
  }

  private void notHeldBack(HttpServletRequest request) {
    throttle.backOff(request.getRemoteAddr()).ifPresent(wait -> {
      throw new HeldBack(wait);
    });
  }

  /** Too many links from this client did not verify: 429 with Retry-After, the token not looked at. */
  @ExceptionHandler(HeldBack.class)
  String heldBack(HeldBack e, Model model, HttpServletResponse response) {
    long seconds = TokenThrottle.seconds(e.wait);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    return problem(response, model, HttpStatus.TOO_MANY_REQUESTS, "Please wait a moment",
        "Too many links opened from here could not be checked. Please wait " + seconds + " seconds, then open "
            + "your link again exactly as it came in your email.");
  }

  @ExceptionHandler(LinkRejected.class)
  String rejected(LinkRejected e, Model model, HttpServletRequest request, HttpServletResponse response) {
    if (e.kind() == LinkRejected.Kind.TAMPERED) {
      throttle.failed(request.getRemoteAddr()); // a token that does not verify: someone may be guessing
    }
    if (e.mayTryAgain()) {
      model.addAttribute("backUrl", request.getRequestURI()); // the same link: GET shows the form again
    }
    offerConcernLink(tokenOf(request), model);
    return problem(response, model, status(e.kind()), e.title(), e.getMessage());
  }

  /** What a service refused while a link was applied, said as a page: the service's words, our title. */
  @ExceptionHandler(DomainException.class)
  String refused(DomainException e, Model model, HttpServletRequest request, HttpServletResponse response) {
    return rejected(asRejection(e), model, request, response);
  }

  static LinkRejected asRejection(DomainException e) {
    if (e instanceof InvalidInput) {
      return LinkRejected.invalidAnswer(e.detail());
    }
    if (e instanceof NotFound) {
      return LinkRejected.notForYou();
    }
    if (e instanceof Conflict) {
      return LinkRejected.notPossible("That did not work", e.detail());
    }
    return new LinkRejected(LinkRejected.Kind.NOT_FOR_YOU, "That is not possible", e.detail());
  }

  /** A second click's redemption lost to the first; any other integrity error is ours. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  String raced(DataIntegrityViolationException e, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    if (!ConflictRetry.isUniqueViolation(e)) {
      return unexpected(e, model, response);
    }
    return rejected(LinkRejected.alreadyUsed(), model, request, response);
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, Model model, HttpServletResponse response) {
    log.error("A one-click link failed", e);
    return problem(response, model, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side",
        "Nothing was changed. Please try the link again in a few minutes.");
  }

  static HttpStatus status(LinkRejected.Kind kind) {
    return switch (kind) {
      case TAMPERED, INVALID_ANSWER -> HttpStatus.BAD_REQUEST;
      case NOT_FOR_YOU -> HttpStatus.FORBIDDEN;
      case ALREADY_USED, NOT_POSSIBLE -> HttpStatus.CONFLICT;
      case EXPIRED -> HttpStatus.GONE;
      case TOO_EARLY -> HttpStatus.TOO_EARLY;
    };
  }

  private String render(LinkPage page, String token, Model model) {
    model.addAllAttributes(page.model());
    if (!page.view().startsWith("redirect:")) {
      offerConcernLink(token, model);
    }
    return page.view();
  }

  /** "Report a concern" on every page of a link about a session (the part mail/parts/concern reads it). */
  private void offerConcernLink(String token, Model model) {
    if (token != null && !model.containsAttribute("concernUrl")) {
      links.concernUrl(token).ifPresent(url -> model.addAttribute("concernUrl", url));
    }
  }

  private static String tokenOf(HttpServletRequest request) {
    String uri = request.getRequestURI();
    int slash = uri.indexOf("/r/");
    return slash < 0 ? null : uri.substring(slash + 3);
  }

  private static String problem(HttpServletResponse response, Model model, HttpStatus status, String title,
      String message) {
    response.setStatus(status.value());
    model.addAttribute("title", title);
    model.addAttribute("message", message);
    return "pages/link-problem";
  }

  /** Thrown before a held-back client's token is looked at. */
  private static final class HeldBack extends RuntimeException {
    private final Duration wait;

    HeldBack(Duration wait) {
      super(null, null, false, false);
      this.wait = wait;
    }
  }
}
