import {
  indexByTarget,
  type FindingKind,
  type SubElementSnapshot,
  type TargetIndex,
} from '@idgov/assessment-doc';
import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import type { ValidationOutcomeObject } from '../workshops/validation-outcome.object.js';
import { ValidationOutcomes } from '../workshops/validation-outcomes.js';
import { AnalysisStructure } from './analysis-structure.js';
import type {
  AnalysisFindingObject,
  AnalysisMatrixObject,
  FindingCountsObject,
  MatrixSubElementObject,
} from './matrix.object.js';
import { RatingsQueryService } from './ratings-query.service.js';

type Outcomes = TargetIndex<ValidationOutcomeObject>;

const findingsOf = (
  sub: SubElementSnapshot | undefined,
  kind: FindingKind,
  outcomes: Outcomes,
): AnalysisFindingObject[] =>
  (sub?.findings ?? [])
    .filter((f) => f.kind === kind)
    .map((f) => ({ id: f.id, text: f.text, validation: outcomes.finding(f.id) }));

const countsOf = (
  s: Omit<MatrixSubElementObject, 'counts' | 'ratingOutcomes'>,
): FindingCountsObject => ({
  strengths: s.strengths.length,
  weaknesses: s.weaknesses.length,
  informationGaps: s.informationGaps.length,
  risks: s.risks.length,
});

const sum = (list: readonly FindingCountsObject[]): FindingCountsObject => ({
  strengths: list.reduce((n, c) => n + c.strengths, 0),
  weaknesses: list.reduce((n, c) => n + c.weaknesses, 0),
  informationGaps: list.reduce((n, c) => n + c.informationGaps, 0),
  risks: list.reduce((n, c) => n + c.risks, 0),
});

// The strengths-and-weaknesses matrix: findings of every enabled sub-element grouped by kind,
// beside its consolidated rating, the split by group and what workshops decided.
@Injectable()
export class MatrixService {
  constructor(
    private readonly structure: AnalysisStructure,
    private readonly ratings: RatingsQueryService,
    private readonly outcomes: ValidationOutcomes,
  ) {}

  async matrix(actor: Actor, assessmentId: string): Promise<AnalysisMatrixObject> {
    const tree = (await this.structure.enabledTree(assessmentId)).filter(
      (e) => e.subElements.length > 0,
    );
    const [snapshots, ratings, decided] = await Promise.all([
      this.structure.snapshots(
        assessmentId,
        tree.map((e) => e.key),
      ),
      this.ratings.of(
        actor,
        assessmentId,
        tree.flatMap((e) => e.subElements),
      ),
      this.outcomes.of(assessmentId),
    ]);
    const outcomes = indexByTarget(decided);
    const ratingOutcomesOf = (subElementKey: string) =>
      decided.filter((o) => o.kind === 'RATING' && o.subElementKey === subElementKey);
    const ratingsOf = new Map(ratings.map((r) => [r.subElementKey, r]));
    return {
      assessmentId,
      elements: tree.map((element) => {
        const snapshot = snapshots.get(element.key);
        const subElements = element.subElements.flatMap((node) => {
          const sub = snapshot?.subElements[node.key];
          const split = ratingsOf.get(node.key);
          if (!split) {
            return [];
          }
          const row = {
            id: `${assessmentId}:${node.key}`,
            subElementKey: node.key,
            title: node.title,
            strengths: findingsOf(sub, 'STRENGTH', outcomes),
            weaknesses: findingsOf(sub, 'WEAKNESS', outcomes),
            informationGaps: findingsOf(sub, 'INFORMATION_GAP', outcomes),
            risks: findingsOf(sub, 'RISK', outcomes),
            ratings: split,
          };
          return [{ ...row, counts: countsOf(row), ratingOutcomes: ratingOutcomesOf(node.key) }];
        });
        return {
          id: `${assessmentId}:${element.key}`,
          elementKey: element.key,
          title: element.title,
          counts: sum(subElements.map((s) => s.counts)),
          divergentCount: subElements.filter((s) => s.ratings.divergent).length,
          subElements,
        };
      }),
    };
  }
}
