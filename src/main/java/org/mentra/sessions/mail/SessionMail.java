package org.mentra.sessions.mail;

import org.mentra.sessions.links.ConcernContext;
import org.mentra.sessions.shared.TemplateModel;

/**
 * A mail about a session the recipient takes part in. The composer gives its templates the recipient's
 * own "report a concern" link about that session as {@code concernUrl} (when reports are taken), which the
 * shared part {@code parts/concern} shows.
 */
public interface SessionMail extends TemplateModel {

  /** The session the mail is about. */
  ConcernContext concern();
}
