import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AssessmentPolicy } from '../../core/authz/policy.decorator.js';
import { AppError } from '../../core/errors/app-error.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import type { AuditEventObject } from './audit-event.object.js';
import { AuditTrailService } from './audit-trail.service.js';
import { auditTrailFilterSchema } from './dto/audit-trail.input.js';

const columns: readonly (keyof AuditEventObject)[] = [
  'seq',
  'occurredAt',
  'actor',
  'actorName',
  'action',
  'targetType',
  'targetId',
  'summary',
  'requestId',
  'prevHash',
  'hash',
];

// RFC 4180 quoting, and a leading apostrophe on anything a spreadsheet would run as a formula.
export function csvCell(value: string | number | Date | null): string {
  let text = value instanceof Date ? value.toISOString() : value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const date = (raw: unknown): Date | undefined =>
  typeof raw === 'string' && raw ? new Date(raw) : undefined;
const list = (raw: unknown): string[] | undefined =>
  typeof raw === 'string' && raw ? raw.split(',') : undefined;

@Controller('api/assessments')
export class AuditExportController {
  constructor(private readonly trail: AuditTrailService) {}

  // Same filter as the auditTrail query, as query parameters: action (comma-separated),
  // targetType, actor, from, to (ISO 8601).
  @AssessmentPolicy('audit.read', 'assessmentId')
  @Get(':assessmentId/audit.csv')
  async exportCsv(
    @Param('assessmentId') rawId: string,
    @Query() query: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const assessmentId = parseId(rawId, 'Assessment', 'assessmentId');
    const filter = parseInput(auditTrailFilterSchema, {
      actions: list(query['action']),
      targetType: query['targetType'] || undefined,
      actor: query['actor'] || undefined,
      from: date(query['from']),
      to: date(query['to']),
    });
    const actor = req.actor;
    if (!actor) {
      throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
    }
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="audit-${assessmentId}.csv"`);
    res.setHeader('cache-control', 'no-store');
    res.write(`${columns.join(',')}\r\n`);
    for await (const batch of this.trail.all(actor, assessmentId, filter)) {
      res.write(batch.map((e) => columns.map((c) => csvCell(e[c])).join(',') + '\r\n').join(''));
    }
    res.end();
  }
}
