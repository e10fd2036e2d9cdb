import type { DocumentAddress } from '@idgov/assessment-doc';
import { can, type Actor, type AssessmentRole, type Membership } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FrameworkService } from '../framework/framework.service.js';
import { toAssignments } from '../members/element-assignment.object.js';
import type { ElementAssigneeEntity } from '../members/element-assignment.entity.js';
import { MembersService } from '../members/members.service.js';

export type CollabAccess = 'write' | 'read' | 'none';

// Who is behind a connection, as of the last time the database was asked.
export interface CollabSubject {
  actor: Actor;
  auditPseudonym: string;
}

interface SubjectRow {
  session_id: string;
  user_id: string;
  is_platform_admin: boolean;
  audit_pseudonym: string;
  assessment_id: string | null;
  role: AssessmentRole | null;
  organisation_id: string | null;
}

// Decides what a person may do with an element document, with the one policy: those who may edit
// the element write, everyone else who may read it only reads. Used at ticket issue, at the
// websocket upgrade and by the revocation sweep, always from fresh database rows.
@Injectable()
export class CollabAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly members: MembersService,
  ) {}

  // Actors of live sessions, in one query: a revoked or expired session, or a disabled account, is
  // simply absent from the result. Memberships are limited to the assessments asked about.
  async subjectsOf(
    sessionIds: readonly string[],
    assessmentIds: readonly string[],
  ): Promise<Map<string, CollabSubject>> {
    const rows = await this.dataSource.query<SubjectRow[]>(
      `SELECT s.id AS session_id, u.id AS user_id, u.is_platform_admin, u.audit_pseudonym,
              m.assessment_id, m.role, m.organisation_id
         FROM user_session s
         JOIN user_account u ON u.id = s.user_id AND u.disabled_at IS NULL
         LEFT JOIN assessment_member m ON m.user_id = u.id AND m.assessment_id = ANY($2::uuid[])
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [[...sessionIds], [...assessmentIds]],
    );
    const subjects = new Map<string, CollabSubject>();
    const memberships = new Map<string, Record<string, Membership>>();
    for (const row of rows) {
      let own = memberships.get(row.session_id);
      if (!own) {
        own = {};
        memberships.set(row.session_id, own);
        subjects.set(row.session_id, {
          actor: { userId: row.user_id, isPlatformAdmin: row.is_platform_admin, memberships: own },
          auditPseudonym: row.audit_pseudonym,
        });
      }
      if (row.assessment_id && row.role) {
        own[row.assessment_id] = { role: row.role, organisationId: row.organisation_id };
      }
    }
    return subjects;
  }

  async assigneesOf(
    assessmentIds: readonly string[],
  ): Promise<Map<string, ElementAssigneeEntity[]>> {
    const rows = await this.members.assigneesOf(assessmentIds);
    const byAssessment = new Map<string, ElementAssigneeEntity[]>(
      assessmentIds.map((id) => [id, []]),
    );
    for (const row of rows) {
      byAssessment.get(row.assessmentId)?.push(row);
    }
    return byAssessment;
  }

  // For one person and one document, including whether the assessment and the element exist (a
  // platform administrator may read any assessment id, even one that does not exist).
  async accessOf(actor: Actor, address: DocumentAddress): Promise<CollabAccess> {
    if (!this.frameworks.currentIndex().element(address.elementKey)) {
      return 'none';
    }
    const archived = await this.archivedAmong([address.assessmentId]);
    if (!archived.has(address.assessmentId)) {
      return 'none';
    }
    const assignees = await this.assigneesOf([address.assessmentId]);
    const access = accessFor(actor, address, assignees.get(address.assessmentId) ?? []);
    return withinArchive(access, archived.get(address.assessmentId) ?? false);
  }

  // Whether each existing assessment of these is archived; missing ones are absent.
  async archivedAmong(assessmentIds: readonly string[]): Promise<Map<string, boolean>> {
    const rows = await this.dataSource.query<{ id: string; archived: boolean }[]>(
      'SELECT id, archived_at IS NOT NULL AS archived FROM assessment WHERE id = ANY($1::uuid[])',
      [[...assessmentIds]],
    );
    return new Map(rows.map((row) => [row.id, row.archived]));
  }
}

// An archived assessment is kept as it was: everyone who may read it still does, nobody writes.
export function withinArchive(access: CollabAccess, archived: boolean): CollabAccess {
  return archived && access === 'write' ? 'read' : access;
}

export function accessFor(
  actor: Actor,
  address: DocumentAddress,
  assignees: ElementAssigneeEntity[],
): CollabAccess {
  const rows = assignees.filter((row) => row.elementKey === address.elementKey);
  const [assignment] = toAssignments([address.elementKey], rows);
  if (!assignment) {
    return 'none';
  }
  const resource = { kind: 'element', ...address, assignment } as const;
  if (!can(actor, 'element.read', resource)) {
    return 'none';
  }
  return can(actor, 'element.edit', resource) ? 'write' : 'read';
}
