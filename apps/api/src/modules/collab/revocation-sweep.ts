import { collabCloseCode } from '@idgov/assessment-doc';
import { Injectable } from '@nestjs/common';
import { accessFor, CollabAccessService, withinArchive } from './collab-access.service.js';
import type { CollabConnection } from './collab-connection.js';

// Re-reads, every couple of seconds, who the people on this instance's connections are and what
// the policy lets them do now, in two queries for all of them. Every instance sweeps its own
// connections from the shared database, so a role change, a removal, a new assignment or a logout
// takes effect everywhere within one interval, without a message bus. A writer who may no longer
// edit, or a viewer who now may, is closed so as to reconnect with that access; one who may no
// longer read, or whose session ended, is closed for good.
@Injectable()
export class RevocationSweep {
  constructor(private readonly access: CollabAccessService) {}

  async run(connections: readonly CollabConnection[]): Promise<void> {
    const live = connections.filter((c) => !c.closing);
    if (live.length === 0) {
      return;
    }
    const sessionIds = [...new Set(live.map((c) => c.identity.sessionId))];
    const assessmentIds = [...new Set(live.map((c) => c.room.address.assessmentId))];
    const subjects = await this.access.subjectsOf(sessionIds, assessmentIds);
    const assignees = await this.access.assigneesOf(assessmentIds);
    const archived = await this.access.archivedAmong(assessmentIds);
    for (const connection of live) {
      const subject = subjects.get(connection.identity.sessionId);
      if (!subject) {
        connection.close(collabCloseCode.sessionEnded, 'session ended');
        continue;
      }
      const { address } = connection.room;
      const allowed = withinArchive(
        accessFor(subject.actor, address, assignees.get(address.assessmentId) ?? []),
        archived.get(address.assessmentId) ?? false,
      );
      switch (allowed) {
        case 'none':
          connection.close(collabCloseCode.accessRevoked, 'access revoked');
          break;
        case 'read':
        case 'write':
          connection.changeAccess(allowed);
          break;
      }
    }
  }
}
