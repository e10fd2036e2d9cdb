import type { EntityManager } from 'typeorm';
import { AppError } from '../../core/errors/app-error.js';
import { AssessmentPhase } from './assessment-phase.js';
import type { PhaseChecks } from './phase-checks.js';
import type { PhaseCheckObject, PhaseChecklistObject } from './phase-checklist.object.js';

const order: readonly AssessmentPhase[] = [
  AssessmentPhase.PREPARE,
  AssessmentPhase.ANALYSE,
  AssessmentPhase.ENGAGE,
  AssessmentPhase.COMPLETED,
];

export const isForward = (from: AssessmentPhase, to: AssessmentPhase): boolean =>
  order.indexOf(to) > order.indexOf(from);

// Evaluates the checks of leaving `from` when the move is forwards; a step back has none.
export async function evaluateChecklist(
  registry: PhaseChecks,
  manager: EntityManager,
  assessmentId: string,
  from: AssessmentPhase,
  to: AssessmentPhase,
): Promise<PhaseChecklistObject> {
  const gated = isForward(from, to);
  const checks: PhaseCheckObject[] = [];
  for (const check of gated ? registry.of(from) : []) {
    // One after the other: inside a transaction they share one connection.
    const result = await check.evaluate(manager, assessmentId);
    checks.push({
      key: check.key,
      met: result.met,
      count: result.count ?? null,
      total: result.total ?? null,
    });
  }
  return { from, to, gated, checks, allMet: checks.every((c) => c.met) };
}

// What the audit event of a move says about the gate: the unmet keys and, when the moderator
// overrode them, the reason they gave.
export function passGate(
  checklist: PhaseChecklistObject,
  overrideReason: string | null,
): Record<string, unknown> {
  const unmet = checklist.checks.filter((c) => !c.met).map((c) => c.key);
  if (unmet.length === 0) {
    return checklist.gated ? { checks: checklist.checks.length } : {};
  }
  if (!overrideReason) {
    throw new AppError(
      'PHASE_CHECKS_UNMET',
      `Moving to ${checklist.to} needs what is still missing: ${unmet.join(', ')}; a moderator may ` +
        'override with a reason',
      'phase',
      { unmet },
    );
  }
  return { checks: checklist.checks.length, unmet, overridden: true, overrideReason };
}
