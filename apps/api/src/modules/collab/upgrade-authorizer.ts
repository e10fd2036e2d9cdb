import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { parseDocumentName, type DocumentAddress } from '@idgov/assessment-doc';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { CollabAccessService } from './collab-access.service.js';
import { CollabTokenService } from './collab-token.service.js';
import type { ConnectionIdentity } from './connection-services.js';

export const collabPathPrefix = '/collab/';

export type UpgradeDecision =
  | { ok: true; documentName: string; address: DocumentAddress; identity: ConnectionIdentity }
  | { ok: false; status: 401 | 403 | 404 };

// Decides a websocket upgrade before any websocket exists: the path names an element document,
// the Origin (when a browser sends one) is ours, the ticket is live and for this very document,
// its session is live, and the policy lets that person read the element. Never logs the URL: its
// query string holds the ticket.
@Injectable()
export class UpgradeAuthorizer {
  private readonly publicOrigin: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tokens: CollabTokenService,
    private readonly access: CollabAccessService,
  ) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  async decide(req: IncomingMessage): Promise<UpgradeDecision> {
    const url = new URL(req.url ?? '/', 'http://collab.invalid');
    const documentName = documentNameOf(url.pathname);
    const address = documentName === null ? null : parseDocumentName(documentName);
    if (documentName === null || address === null) {
      return { ok: false, status: 404 };
    }
    if (!this.originAllowed(req.headers.origin, req.headers.host)) {
      return { ok: false, status: 403 };
    }
    const redemption = await this.tokens.redeem(url.searchParams.get('token'), documentName);
    if (!redemption.ok) {
      return { ok: false, status: redemption.reason === 'invalid' ? 401 : 403 };
    }
    const subjects = await this.access.subjectsOf([redemption.sessionId], [address.assessmentId]);
    const subject = subjects.get(redemption.sessionId);
    if (!subject) {
      return { ok: false, status: 401 }; // signed out (or disabled) since the ticket was issued
    }
    const access = await this.access.accessOf(subject.actor, address);
    if (access === 'none') {
      return { ok: false, status: 404 };
    }
    return {
      ok: true,
      documentName,
      address,
      identity: {
        userId: subject.actor.userId,
        sessionId: redemption.sessionId,
        auditPseudonym: subject.auditPseudonym,
        access,
      },
    };
  }

  // Browsers always send Origin on a websocket handshake; other clients may not, and carry no
  // ambient credentials for a foreign page to abuse. Accepted: the public URL's origin, and the
  // origin of the host the request was addressed to (a deployment reached by another name).
  private originAllowed(origin: string | undefined, host: string | undefined): boolean {
    if (origin === undefined) {
      return true;
    }
    try {
      const parsed = new URL(origin);
      return parsed.origin === this.publicOrigin || (host !== undefined && parsed.host === host);
    } catch {
      return false;
    }
  }
}

function documentNameOf(pathname: string): string | null {
  if (!pathname.startsWith(collabPathPrefix)) {
    return null;
  }
  try {
    return decodeURIComponent(pathname.slice(collabPathPrefix.length));
  } catch {
    return null;
  }
}

// An HTTP answer on the raw socket: the upgrade never happened.
export function refuse(socket: Duplex, status: number): void {
  if (socket.destroyed) {
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
}
