import type { DocumentAddress } from '@idgov/assessment-doc';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runWithRequestContext } from '../../core/request-context/request-context.js';
import { AuditService, type AuditRecord } from '../audit/audit.service.js';

export interface EditSession {
  from: Date;
  to: Date;
  // Update messages of the session that were stored (or held nothing new).
  updates: number;
  // The document's state hash when the session ended.
  stateHash: string | null;
}

interface Who {
  connectionId: string;
  auditPseudonym: string;
}

// Who joined which element as an editor, and each edit session when it ends: pseudonyms, keys,
// times, counts and a state hash; never names or content.
@Injectable()
export class CollabAudit {
  private readonly logger = new Logger(CollabAudit.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  joined(who: Who, address: DocumentAddress): Promise<void> {
    return this.record(who, {
      action: 'collab.join',
      targetType: 'element',
      targetId: address.elementKey,
      assessmentId: address.assessmentId,
      summary: { access: 'write' },
    });
  }

  editSessionEnded(who: Who, address: DocumentAddress, session: EditSession): Promise<void> {
    return this.record(who, {
      action: 'collab.edit-session',
      targetType: 'element',
      targetId: address.elementKey,
      assessmentId: address.assessmentId,
      summary: {
        from: session.from.toISOString(),
        to: session.to.toISOString(),
        updates: session.updates,
        stateHash: session.stateHash,
      },
    });
  }

  // The connection's id stands in for the request id, so a join and its session end pair up.
  private async record(who: Who, record: AuditRecord): Promise<void> {
    try {
      await runWithRequestContext({ requestId: who.connectionId, actor: who.auditPseudonym }, () =>
        this.dataSource.transaction((manager) => this.audit.record(manager, record)),
      );
    } catch (error) {
      this.logger.error(
        `could not audit ${record.action}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
