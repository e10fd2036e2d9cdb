import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppError } from '../errors/app-error.js';
import type { MailMessage, Mailer } from './mailer.js';

// Sends through the server named by SMTP_URL (smtp:// or smtps://, credentials in the URL).
export class SmtpMailer implements Mailer {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;

  constructor(
    url: string,
    private readonly from: string,
  ) {
    // Bounded waits, so that an unreachable server fails the request instead of hanging it.
    this.transport = createTransport({
      url,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(message: MailMessage): Promise<void> {
    try {
      await this.transport.sendMail({ from: this.from, ...message });
    } catch (error) {
      // The reason goes to the operator; the message itself (which may hold a link) does not.
      this.logger.error(
        `Sending mail failed: ${error instanceof Error ? error.message : 'unknown'}`,
      );
      throw new AppError('MAIL_FAILED', 'The email could not be sent; try again later');
    }
  }
}
