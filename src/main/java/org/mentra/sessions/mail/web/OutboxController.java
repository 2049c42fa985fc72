package org.mentra.sessions.mail.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.mentra.sessions.mail.MailStatus;
import org.mentra.sessions.mail.OutboundAttachment;
import org.mentra.sessions.mail.OutboundMessage;
import org.mentra.sessions.mail.OutboxDispatcher;
import org.mentra.sessions.mail.OutboxRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox for coordinators: every mail with its status, failures first to the eye, each mail
 * readable with its links clickable and its invites downloadable. Without an SMTP server this is
 * where the demo's mail goes.
 */
@Controller
@RequestMapping("/outbox")
class OutboxController {

  private final OutboxRepository outbox;
  private final OutboxDispatcher dispatcher;
  private final ObjectProvider<JavaMailSender> mailSender;

  OutboxController(OutboxRepository outbox, OutboxDispatcher dispatcher, ObjectProvider<JavaMailSender> mailSender) {
    this.outbox = outbox;
    this.dispatcher = dispatcher;
    this.mailSender = mailSender;
  }

  @GetMapping
  String list(@RequestParam(required = false) MailStatus status, @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page, Model model) {
    PageRequest request = PageRequest.of(Math.max(page, 0), 100);
    String recipient = to == null || to.isBlank() ? "" : to.trim();
    model.addAttribute("messages", outbox.search(status, recipient, request));
    model.addAttribute("status", status);
    model.addAttribute("to", recipient);
    model.addAttribute("failed", outbox.countByStatus(MailStatus.FAILED));
    model.addAttribute("pending", outbox.countByStatus(MailStatus.PENDING));
    model.addAttribute("smtp", mailSender.getIfAvailable() != null);
    return "pages/outbox";
  }

  @GetMapping("/{id}")
  String show(@PathVariable UUID id, Model model) {
    OutboundMessage message = find(id);
    model.addAttribute("message", message);
    model.addAttribute("preview", openLinksInNewTab(message.getHtmlBody()));
    return "pages/outbox-message";
  }

  /**
   * The preview sits in a sandboxed frame that may not submit forms; its links open in a tab of their
   * own, where a coordinator can follow a one-click link as the recipient would.
   */
  private static String openLinksInNewTab(String html) {
    String base = "<base target=\"_blank\">";
    int head = html.indexOf("<head>");
    return head >= 0 ? html.substring(0, head + 6) + base + html.substring(head + 6) : base + html;
  }

  @GetMapping("/{id}/attachments/{position}")
  ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable int position) {
    OutboundAttachment attachment = find(id).getAttachments().stream()
        .filter(a -> a.getPosition() == position).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(attachment.getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + attachment.getFileName() + "\"")
        .body(attachment.getContent().getBytes(StandardCharsets.UTF_8));
  }

  @PostMapping("/retry-failed")
  String retryAllFailed() {
    dispatcher.retryAllFailed();
    return "redirect:/outbox?status=PENDING";
  }

  @PostMapping("/{id}/retry")
  String retry(@PathVariable UUID id) {
    dispatcher.retryFailed(id);
    return "redirect:/outbox/" + id;
  }

  private OutboundMessage find(UUID id) {
    return outbox.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
