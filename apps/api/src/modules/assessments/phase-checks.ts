import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AssessmentPhase } from './assessment-phase.js';

// What one check found. `count` and `total` feed the sentence shown to people ("3 of 29 sub-elements
// have a consolidated rating"); a check without figures leaves them out.
export interface PhaseCheckResult {
  met: boolean;
  count?: number;
  total?: number;
}

// One item of a phase's checklist, evaluated on the server before the assessment leaves `phase`
// forwards (stepping back is never gated). `key` is `<domain>.<name>`; the web app shows it with
// the translation `<domain>.phaseCheck.<name>` (interpolating count and total).
export interface PhaseCheck {
  key: string;
  phase: AssessmentPhase;
  evaluate(manager: EntityManager, assessmentId: string): Promise<PhaseCheckResult>;
}

// Each domain module registers the checks it owns (onModuleInit), so the gate knows nothing of
// gaps, workshops or recommendations and a new step of the method adds its own conditions.
@Injectable()
export class PhaseChecks {
  private readonly checks: PhaseCheck[] = [];

  register(check: PhaseCheck): void {
    if (this.checks.some((c) => c.key === check.key)) {
      throw new Error(`Phase check ${check.key} is registered twice`);
    }
    this.checks.push(check);
  }

  // Checks of one phase in registration order (module order, then order within a module).
  of(phase: AssessmentPhase): readonly PhaseCheck[] {
    return this.checks.filter((c) => c.phase === phase);
  }
}
