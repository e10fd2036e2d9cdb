import type { AssessmentPhase } from '../assessments/assessment-phase.js';
import type { PhaseCheck } from '../assessments/phase-checks.js';

// Leaving ENGAGE: a closed workshop with an outcome recorded for every item of its agenda. The
// figures are those of the closed workshop that came closest.
export function closedWorkshopCheck(phase: AssessmentPhase): PhaseCheck {
  return {
    key: 'workshops.closedWithOutcomes',
    phase,
    async evaluate(manager, assessmentId) {
      const [best] = await manager.query<{ total: number; decided: number }[]>(
        `SELECT count(i.id)::int AS total, count(i.outcome)::int AS decided
           FROM workshop w JOIN workshop_item i ON i.workshop_id = w.id
          WHERE w.assessment_id = $1 AND w.status = 'CLOSED'
          GROUP BY w.id
          ORDER BY (count(i.id) = count(i.outcome)) DESC, count(i.outcome) DESC
          LIMIT 1`,
        [assessmentId],
      );
      return {
        met: best !== undefined && best.total > 0 && best.decided === best.total,
        count: best?.decided ?? 0,
        total: best?.total ?? 0,
      };
    },
  };
}
