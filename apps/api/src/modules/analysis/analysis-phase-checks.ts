import type { EntityManager } from 'typeorm';
import { AssessmentPhase } from '../assessments/assessment-phase.js';
import type { PhaseCheck } from '../assessments/phase-checks.js';

const consolidatedSql = `
  SELECT count(*)::int AS total, count(c.rating)::int AS done
    FROM assessment_sub_element s
    LEFT JOIN consolidated_rating c
      ON c.assessment_id = s.assessment_id AND c.sub_element_key = s.sub_element_key
   WHERE s.assessment_id = $1 AND s.enabled`;

const openGapsSql = `
  SELECT count(*) FILTER (WHERE status = 'OPEN')::int AS open, count(*)::int AS total
    FROM analysis_gap WHERE assessment_id = $1`;

// Leaving ANALYSE forwards: every enabled sub-element has a consolidated rating, and no gap raised
// by hand is left OPEN (acknowledged or resolved ones may remain).
export const analysisPhaseChecks: PhaseCheck[] = [
  {
    key: 'analysis.consolidatedRatings',
    phase: AssessmentPhase.ANALYSE,
    async evaluate(manager: EntityManager, assessmentId: string) {
      const [row] = await manager.query<{ total: number; done: number }[]>(consolidatedSql, [
        assessmentId,
      ]);
      const total = row?.total ?? 0;
      const count = row?.done ?? 0;
      return { met: count === total, count, total };
    },
  },
  {
    key: 'analysis.noOpenGaps',
    phase: AssessmentPhase.ANALYSE,
    async evaluate(manager: EntityManager, assessmentId: string) {
      const [row] = await manager.query<{ open: number; total: number }[]>(openGapsSql, [
        assessmentId,
      ]);
      const count = row?.open ?? 0;
      return { met: count === 0, count, total: row?.total ?? 0 };
    },
  },
];
