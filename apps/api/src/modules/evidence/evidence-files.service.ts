import type { Actor } from '@idgov/authz';
import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { AssessmentsService, requireActive } from '../assessments/assessments.service.js';
import { AuditService } from '../audit/audit.service.js';
import { requireEditable, requireNotArchived, requireReadable } from './evidence-access.js';
import { EvidenceFileEntity } from './evidence-file.entity.js';
import { EvidenceEntity } from './evidence.entity.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';
import { inspectFile, type InspectedFile } from './file-inspection.js';
import { TextExtractor, type Extraction } from './text-extractor.js';
import { receiveUpload, type ReceivedUpload } from './upload-receiver.js';

// Uploads and downloads of evidence files. An upload is received to a staging file, inspected,
// its text extracted, and only then recorded (row and audit event in one transaction) and kept
// under its sha-256; whatever fails on the way leaves neither a file nor a row.
@Injectable()
export class EvidenceFilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsService,
    private readonly audit: AuditService,
    private readonly extractor: TextExtractor,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(
    actor: Actor,
    assessmentId: string,
    evidenceId: string,
    req: Request,
  ): Promise<{ file: EvidenceFileEntity; assessmentId: string }> {
    // Refused before a byte is read when the caller may not add files here.
    await this.dataSource.transaction((manager) =>
      this.lockEvidence(manager, actor, assessmentId, evidenceId),
    );
    const staged = await this.storage.stagingPath();
    try {
      const upload = await receiveUpload(req, this.config.files.maxUploadBytes, staged);
      const inspected = await inspectFile(upload);
      const extraction = await this.extractor.extract(upload.path, inspected.mediaType);
      const file = await this.record(
        actor,
        assessmentId,
        evidenceId,
        upload,
        inspected,
        extraction,
      );
      return { file, assessmentId };
    } finally {
      await rm(staged, { force: true });
    }
  }

  async download(
    actor: Actor,
    assessmentId: string,
    evidenceId: string,
    fileId: string,
  ): Promise<{ file: EvidenceFileEntity; content: Readable }> {
    const evidence = await this.dataSource
      .getRepository(EvidenceEntity)
      .findOneBy({ id: evidenceId, assessmentId });
    requireReadable(actor, evidence, 'evidenceId');
    const file = await this.dataSource
      .getRepository(EvidenceFileEntity)
      .findOneBy({ id: fileId, evidenceId });
    if (!file) {
      throw notFound('File', 'fileId');
    }
    return { file, content: await this.storage.read(file.sha256) };
  }

  private async record(
    actor: Actor,
    assessmentId: string,
    evidenceId: string,
    upload: ReceivedUpload,
    inspected: InspectedFile,
    extraction: Extraction,
  ): Promise<EvidenceFileEntity> {
    let created = false;
    try {
      return await this.dataSource.transaction(async (manager) => {
        await this.lockEvidence(manager, actor, assessmentId, evidenceId);
        if (await manager.existsBy(EvidenceFileEntity, { evidenceId, sha256: upload.sha256 })) {
          throw new AppError('CONFLICT', 'This file is already attached to this evidence', 'file');
        }
        const row = manager.create(EvidenceFileEntity, {
          evidenceId,
          sha256: upload.sha256,
          sizeBytes: upload.size,
          mediaType: inspected.mediaType,
          fileName: inspected.fileName,
          text: extraction.text,
          textStatus: extraction.status,
          createdBy: actor.userId,
        });
        await manager.insert(EvidenceFileEntity, row);
        ({ created } = await this.storage.store(upload.path, upload.sha256));
        await this.audit.record(manager, {
          action: 'evidence.file-upload',
          targetType: 'evidence',
          targetId: evidenceId,
          assessmentId,
          summary: {
            fileId: row.id,
            sha256: upload.sha256,
            sizeBytes: upload.size,
            mediaType: inspected.mediaType,
            textStatus: extraction.status,
          },
        });
        return manager.findOneByOrFail(EvidenceFileEntity, { id: row.id });
      });
    } catch (error) {
      // Kept just now for a row that did not commit: drop it unless another row holds the same.
      if (
        created &&
        !(await this.dataSource
          .getRepository(EvidenceFileEntity)
          .existsBy({ sha256: upload.sha256 }))
      ) {
        await this.storage.remove(upload.sha256);
      }
      throw error;
    }
  }

  private async lockEvidence(
    manager: EntityManager,
    actor: Actor,
    assessmentId: string,
    evidenceId: string,
  ): Promise<void> {
    const assessment = await this.assessments.lockForUpdate(manager, assessmentId);
    if (!assessment) {
      throw notFound('Assessment', 'assessmentId');
    }
    const evidence = requireEditable(
      actor,
      await manager.findOne(EvidenceEntity, {
        where: { id: evidenceId, assessmentId },
        lock: { mode: 'pessimistic_write' },
      }),
      'evidenceId',
    );
    requireActive(assessment);
    requireNotArchived(evidence);
  }
}
