"""The password reset mail, sent through SMTP once the token is committed."""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr

from merx.settings import Settings

log = logging.getLogger("merx.customer.mail")


@dataclass(frozen=True)
class ResetMail:
    to_email: str
    to_name: str
    store_name: str
    link: str
    reminder: bool = False

    def message(self, sender: str) -> EmailMessage:
        mail = EmailMessage()
        subject = (f"Your {self.store_name} password reminder" if self.reminder
                   else f"Reset your {self.store_name} password")
        mail["Subject"] = subject
        mail["From"] = sender
        mail["To"] = formataddr((self.to_name, self.to_email))
        mail.set_content(
            f"{self.to_name},\n\n"
            f"There was recently a request to change the password for your account.\n\n"
            f"If you requested this change, set a new password here:\n{self.link}\n\n"
            f"If you did not make this request, you can ignore this email and your password will remain "
            f"the same.\n\nThank you, {self.store_name}\n"
        )
        return mail


def send(settings: Settings, mail: ResetMail) -> None:
    """Deliver the mail; a mail server that cannot be reached is logged, never raised (MailException)."""
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=10) as smtp:
            smtp.send_message(mail.message(settings.smtp_sender))
    except (OSError, smtplib.SMTPException):
        log.exception("could not send the password reset mail to %s", mail.to_email)
