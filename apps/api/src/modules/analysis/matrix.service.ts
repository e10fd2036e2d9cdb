import type { FindingKind, SubElementSnapshot } from '@idgov/assessment-doc';
import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { AnalysisStructure } from './analysis-structure.js';
import type {
  AnalysisFindingObject,
  AnalysisMatrixObject,
  FindingCountsObject,
  MatrixSubElementObject,
} from './matrix.object.js';
import { RatingsQueryService } from './ratings-query.service.js';

const findingsOf = (
  sub: SubElementSnapshot | undefined,
  kind: FindingKind,
): AnalysisFindingObject[] =>
  (sub?.findings ?? []).filter((f) => f.kind === kind).map((f) => ({ id: f.id, text: f.text }));

const countsOf = (s: Omit<MatrixSubElementObject, 'counts'>): FindingCountsObject => ({
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
// beside its consolidated rating and the split by group.
@Injectable()
export class MatrixService {
  constructor(
    private readonly structure: AnalysisStructure,
    private readonly ratings: RatingsQueryService,
  ) {}

  async matrix(actor: Actor, assessmentId: string): Promise<AnalysisMatrixObject> {
    const tree = (await this.structure.enabledTree(assessmentId)).filter(
      (e) => e.subElements.length > 0,
    );
    const [snapshots, ratings] = await Promise.all([
      this.structure.snapshots(
        assessmentId,
        tree.map((e) => e.key),
      ),
      this.ratings.of(
        actor,
        assessmentId,
        tree.flatMap((e) => e.subElements),
      ),
    ]);
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
            strengths: findingsOf(sub, 'STRENGTH'),
            weaknesses: findingsOf(sub, 'WEAKNESS'),
            informationGaps: findingsOf(sub, 'INFORMATION_GAP'),
            risks: findingsOf(sub, 'RISK'),
            ratings: split,
          };
          return [{ ...row, counts: countsOf(row) }];
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
