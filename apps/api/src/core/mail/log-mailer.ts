import { Logger, type LoggerService } from '@nestjs/common';
import type { MailMessage, Mailer } from './mailer.js';

// Without SMTP_URL (development, evaluation) messages go to the server log, so that an operator
// can still pass an invitation link on by hand.
export class LogMailer implements Mailer {
  constructor(private readonly logger: LoggerService = new Logger('Mail')) {}

  send(message: MailMessage): Promise<void> {
    this.logger.warn(
      [
        'SMTP is not configured (SMTP_URL is not set), so this email was NOT sent; it is shown here instead.',
        `To: ${message.to}`,
        `Subject: ${message.subject}`,
        '',
        message.text,
      ].join('\n'),
    );
    return Promise.resolve();
  }
}
