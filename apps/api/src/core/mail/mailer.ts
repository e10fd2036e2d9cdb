export const MAILER = Symbol('MAILER');

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

// Delivers one message or throws AppError('MAIL_FAILED'): callers must know when nobody received
// what they meant to send.
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
