package org.mentra.sessions.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a run of the outbox, closed (QUIT) only when the run ends. Spring's
 * {@code JavaMailSender.send} connects and says QUIT for every mail, and the mail can be marked sent only
 * after that: a node killed in between leaves a mail the server took but the outbox still holds, which
 * another node sends again. Here the mark follows the server's acceptance of the DATA at once.
 */
final class SmtpConnection implements AutoCloseable {

  private final JavaMailSenderImpl sender;
  private Transport transport;

  SmtpConnection(JavaMailSenderImpl sender) {
    this.sender = sender;
  }

  /** Sends the mail; after a failure the connection is closed and the next mail opens a new one. */
  void send(MimeMessage mime) throws MessagingException {
    try {
      if (transport == null || !transport.isConnected()) {
        transport = connected();
      }
      // what JavaMailSender.send does before sending: a date, and the headers brought up to date
      if (mime.getSentDate() == null) {
        mime.setSentDate(new Date());
      }
      mime.saveChanges();
      transport.sendMessage(mime, mime.getAllRecipients());
    } catch (MessagingException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private Transport connected() throws MessagingException {
    Transport opened = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
    String username = sender.getUsername() == null || sender.getUsername().isEmpty() ? null : sender.getUsername();
    String password = username == null || sender.getPassword() == null || sender.getPassword().isEmpty() ? null
        : sender.getPassword();
    opened.connect(sender.getHost(), sender.getPort(), username, password);
    return opened;
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // the mails it sent are marked already; a QUIT that fails changes nothing
      }
      transport = null;
    }
  }
}
