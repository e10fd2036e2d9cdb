import { graphql } from '../../gql';

export const AuditTrailQuery = graphql(`
  query AuditTrail($assessmentId: ID!, $filter: AuditTrailFilter, $page: AuditTrailPage) {
    auditTrail(assessmentId: $assessmentId, filter: $filter, page: $page) {
      total
      nextBefore
      events {
        seq
        occurredAt
        actor
        actorName
        action
        targetType
        targetId
        summary
      }
    }
  }
`);
