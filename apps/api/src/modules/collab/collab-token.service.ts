import { createHash, randomBytes } from 'node:crypto';
import { parseDocumentName } from '@idgov/assessment-doc';
import type { Actor } from '@idgov/authz';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../../core/errors/app-error.js';
import { CollabAccessService } from './collab-access.service.js';
import { COLLAB_SETTINGS, type CollabSettings } from './collab-settings.js';
import { CollabTokenEntity } from './collab-token.entity.js';

const tokenPattern = /^[A-Za-z0-9_-]{20,200}$/;

export type Redemption =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: 'invalid' | 'wrong-document' };

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class CollabTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CollabAccessService,
    @Inject(COLLAB_SETTINGS) private readonly settings: CollabSettings,
  ) {}

  // A document of an assessment the caller is not in answers like a missing one.
  async issue(actor: Actor, sessionId: string, name: string): Promise<string> {
    const address = parseDocumentName(name);
    if (!address) {
      throw badInput('documentName', 'Not the name of an element document');
    }
    if ((await this.access.accessOf(actor, address)) === 'none') {
      throw notFound('Document', 'documentName');
    }
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.getRepository(CollabTokenEntity).insert({
      tokenHash: hashToken(token),
      userId: actor.userId,
      sessionId,
      documentName: name,
      expiresAt: new Date(Date.now() + this.settings.tokenTtlMs),
      usedAt: null,
    });
    return token;
  }

  // Spends the ticket whatever happens next, so it can never open a second connection, even one to
  // the document it was for; access itself is decided afterwards from fresh rows.
  async redeem(token: string | null, name: string): Promise<Redemption> {
    if (!token || !tokenPattern.test(token)) {
      return { ok: false, reason: 'invalid' };
    }
    const rows = await this.dataSource.query<
      { user_id: string; session_id: string; document_name: string }[]
    >(
      // In a CTE so that TypeORM hands back rows (for a bare UPDATE it returns [rows, count]).
      `WITH spent AS (
         UPDATE collab_token SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
          RETURNING user_id, session_id, document_name)
       SELECT * FROM spent`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) {
      return { ok: false, reason: 'invalid' };
    }
    if (row.document_name !== name) {
      return { ok: false, reason: 'wrong-document' };
    }
    return { ok: true, userId: row.user_id, sessionId: row.session_id };
  }

  // Spent and expired tickets are of no further use; kept an hour for inspection.
  async purgeExpired(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM collab_token WHERE expires_at < now() - interval '1 hour'`,
    );
  }
}
