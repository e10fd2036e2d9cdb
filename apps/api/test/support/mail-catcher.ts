import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  // The SMTP envelope, which is who really receives it whatever the headers say.
  recipients: string[];
  headers: string;
  text: string;
}

// A real SMTP server on a free local port: the API sends to it over the wire, as to any other.
export interface MailCatcher {
  url: string;
  received: ReceivedMail[];
  lastTo(address: string): ReceivedMail;
  // While set, every recipient is refused with 550, as a mail server does for a bad mailbox.
  refuseRecipients: boolean;
  close(): Promise<void>;
}

export async function startMailCatcher(): Promise<MailCatcher> {
  const received: ReceivedMail[] = [];
  const catcher = { refuseRecipients: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(
        catcher.refuseRecipients
          ? Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 })
          : null,
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1');
        const split = raw.indexOf('\r\n\r\n');
        const headers = raw.slice(0, split);
        received.push({
          recipients: session.envelope.rcptTo.map((r) => r.address),
          headers,
          text: decodeBody(headers, raw.slice(split + 4)),
        });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(catcher, {
    url: `smtp://127.0.0.1:${port}`,
    received,
    lastTo(address: string): ReceivedMail {
      const mail = received.findLast((m) => m.recipients.includes(address));
      if (!mail) {
        throw new Error(`no mail was received for ${address}`);
      }
      return mail;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

// Single-part text bodies, as the API sends them: 7bit, quoted-printable or base64.
function decodeBody(headers: string, body: string): string {
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') {
    return Buffer.from(body, 'base64').toString('utf8');
  }
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return Buffer.from(body, 'latin1').toString('utf8');
}

export function invitationLinkIn(mail: ReceivedMail): { link: string; token: string } {
  const match = /(\S+\/invitations\/accept#token=([A-Za-z0-9_-]+))/.exec(mail.text);
  if (!match?.[1] || !match[2]) {
    throw new Error(`no invitation link in: ${mail.text}`);
  }
  return { link: match[1], token: match[2] };
}
