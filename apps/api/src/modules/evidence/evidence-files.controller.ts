import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { AppError } from '../../core/errors/app-error.js';
import { parseId } from '../../core/errors/parse-id.js';
import { EvidenceFilesService } from './evidence-files.service.js';
import { toEvidenceFileObject, type EvidenceFileObject } from './evidence-file.object.js';

const ids = (assessmentId: string, evidenceId: string) => ({
  assessmentId: parseId(assessmentId, 'Assessment', 'assessmentId'),
  evidenceId: parseId(evidenceId, 'Evidence', 'evidenceId'),
});

function actorOf(req: Request) {
  if (!req.actor) {
    throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
  }
  return req.actor;
}

// Files of an evidence item over plain HTTP: multipart upload (field "file") and download. The
// guard hides the assessment from outsiders; the evidence policy decides the rest in the service.
// Errors answer as JSON { code, field, message } with the code's HTTP status (413, 415, 422, ...).
@Controller('api/assessments/:assessmentId/evidence/:evidenceId/files')
export class EvidenceFilesController {
  constructor(private readonly files: EvidenceFilesService) {}

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Post()
  @HttpCode(201)
  async upload(
    @Param('assessmentId') assessmentId: string,
    @Param('evidenceId') evidenceId: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<EvidenceFileObject> {
    try {
      const target = ids(assessmentId, evidenceId);
      const { file } = await this.files.upload(
        actorOf(req),
        target.assessmentId,
        target.evidenceId,
        req,
      );
      return toEvidenceFileObject(file, target.assessmentId);
    } catch (error) {
      // The client may still be sending: answer, then close rather than read the rest.
      res.setHeader('connection', 'close');
      throw error;
    }
  }

  @AssessmentPolicy('assessment.read', 'assessmentId')
  @Get(':fileId')
  async download(
    @Param('assessmentId') assessmentId: string,
    @Param('evidenceId') evidenceId: string,
    @Param('fileId') fileId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const target = ids(assessmentId, evidenceId);
    const { file, content } = await this.files.download(
      actorOf(req),
      target.assessmentId,
      target.evidenceId,
      parseId(fileId, 'File', 'fileId'),
    );
    res.status(200);
    res.setHeader('content-type', file.mediaType);
    res.setHeader('content-length', String(file.sizeBytes));
    res.attachment(file.fileName);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'private, no-store');
    // Never rendered as a page of this origin, even if opened directly.
    res.setHeader('content-security-policy', "default-src 'none'; sandbox");
    await pipeline(content, res).catch((error: unknown) => {
      // Once bytes are on their way the answer cannot change; a client that hangs up early
      // (or right at the end) is no fault of ours.
      if (!res.headersSent) {
        throw error;
      }
    });
  }
}
