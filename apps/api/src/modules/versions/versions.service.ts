import { documentName, restoreContent } from '@idgov/assessment-doc';
import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../../core/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { CreateElementVersion } from './dto/create-element-version.input.js';
import { docOf, ElementDocuments } from './element-documents.js';
import { ElementAccess } from './element-access.js';
import { ElementVersionEntity } from './element-version.entity.js';

export interface RestoreResult {
  version: ElementVersionEntity;
  changed: boolean;
  stateHash: string;
}

// Named versions of element documents: taken from the live document, listed newest first,
// restored as a new change. Audit summaries hold keys and hashes, never the names or notes.
@Injectable()
export class VersionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ElementAccess,
    private readonly documents: ElementDocuments,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, assessmentId: string, input: CreateElementVersion) {
    const { elementKey } = input;
    await this.access.require(actor, assessmentId, elementKey, 'element.edit');
    const { state, hash } = await this.documents.current(documentName(assessmentId, elementKey));
    return this.dataSource.transaction(async (manager) => {
      const version = manager.create(ElementVersionEntity, {
        assessmentId,
        elementKey,
        name: input.name,
        note: input.note,
        state: Buffer.from(state),
        stateHash: hash,
        createdBy: actor.userId,
      });
      await manager.insert(ElementVersionEntity, version);
      await this.audit.record(manager, {
        action: 'element-version.create',
        targetType: 'element-version',
        targetId: version.id,
        assessmentId,
        summary: { elementKey, stateHash: hash, hasNote: input.note !== null },
      });
      return version;
    });
  }

  async list(actor: Actor, assessmentId: string, elementKey: string) {
    await this.access.require(actor, assessmentId, elementKey, 'element.read');
    return this.dataSource.getRepository(ElementVersionEntity).find({
      where: { assessmentId, elementKey },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  // A version of this very element, with its state; any other id reads as not found.
  async find(
    assessmentId: string,
    elementKey: string,
    versionId: string,
    field: string,
  ): Promise<ElementVersionEntity & { state: Buffer }> {
    const version = await this.dataSource.getRepository(ElementVersionEntity).findOne({
      where: { id: versionId, assessmentId, elementKey },
      select: {
        id: true,
        assessmentId: true,
        elementKey: true,
        name: true,
        note: true,
        state: true,
        stateHash: true,
        createdBy: true,
        createdAt: true,
      },
    });
    if (!version) {
      throw notFound('Version', field);
    }
    return version;
  }

  // Never rewinds: a change computed on the live document makes it read as the version, and is
  // stored and relayed to connected clients like any edit. The audit event follows the change
  // (the update log commits on its own, so the two cannot share one transaction).
  async restore(
    actor: Actor,
    assessmentId: string,
    elementKey: string,
    versionId: string,
  ): Promise<RestoreResult> {
    await this.access.require(actor, assessmentId, elementKey, 'element.edit');
    const version = await this.find(assessmentId, elementKey, versionId, 'versionId');
    const name = documentName(assessmentId, elementKey);
    const source = docOf(version.state);
    let update: Uint8Array | null;
    try {
      update = await this.documents.change(name, (doc) => restoreContent(doc, source));
    } finally {
      source.destroy();
    }
    const stateHash = await this.documents.hash(name);
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        action: 'element-version.restore',
        targetType: 'element-version',
        targetId: version.id,
        assessmentId,
        summary: {
          elementKey,
          versionStateHash: version.stateHash,
          stateHash,
          changed: update !== null,
          updateBytes: update?.byteLength ?? 0,
        },
      }),
    );
    return { version, changed: update !== null, stateHash };
  }
}
