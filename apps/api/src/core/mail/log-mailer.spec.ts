import type { LoggerService } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { LogMailer } from './log-mailer.js';

class CollectingLogger implements LoggerService {
  readonly lines: string[] = [];
  log(message: string): void {
    this.lines.push(message);
  }
  warn(message: string): void {
    this.lines.push(message);
  }
  error(message: string): void {
    this.lines.push(message);
  }
}

describe('LogMailer', () => {
  it('writes the whole message, link included, with a note that SMTP is not configured', async () => {
    const logger = new CollectingLogger();
    await new LogMailer(logger).send({
      to: 'someone@example.org',
      subject: 'Invitation',
      text: 'Open https://idgov.example.org/invitations/accept#token=abc',
    });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/SMTP is not configured \(SMTP_URL is not set\)/);
    expect(logger.lines[0]).toContain('To: someone@example.org');
    expect(logger.lines[0]).toContain('https://idgov.example.org/invitations/accept#token=abc');
  });
});
