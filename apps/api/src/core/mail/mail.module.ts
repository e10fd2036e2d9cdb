import { Global, Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { LogMailer } from './log-mailer.js';
import { MAILER, type Mailer } from './mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

@Global()
@Module({
  providers: [
    {
      provide: MAILER,
      inject: [APP_CONFIG],
      useFactory: ({ mail }: AppConfig): Mailer => {
        if (mail.smtpUrl) {
          return new SmtpMailer(mail.smtpUrl, mail.from);
        }
        new Logger('Mail').warn('SMTP_URL is not set: emails are written to this log, not sent');
        return new LogMailer();
      },
    },
  ],
  exports: [MAILER],
})
export class MailModule {}
