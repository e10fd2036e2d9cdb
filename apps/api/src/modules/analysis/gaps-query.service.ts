import type { Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnalysisGapEntity } from './analysis-gap.entity.js';
import { AnalysisStructure, type EnabledTree } from './analysis-structure.js';
import { derivedGaps } from './derived-gaps.js';
import type { GapQuery } from './dto/gap.inputs.js';
import {
  isOverdue,
  toDerivedGapObject,
  toTrackedGapObject,
  type InformationGapObject,
} from './gap.object.js';

// Position of each sub-element and question in the enabled tree, for one framework order.
function positions(tree: EnabledTree): Map<string, number> {
  const order = new Map<string, number>();
  for (const element of tree) {
    for (const sub of element.subElements) {
      order.set(sub.key, order.size);
      for (const q of sub.questionKeys) {
        order.set(`${sub.key}/${q}`, order.size);
      }
    }
  }
  return order;
}

@Injectable()
export class GapsQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly structure: AnalysisStructure,
  ) {}

  async list(
    actor: Actor,
    assessmentId: string,
    filter: GapQuery,
  ): Promise<InformationGapObject[]> {
    const fullTree = await this.structure.enabledTree(assessmentId);
    const tree = filter.elementKey ? fullTree.filter((e) => e.key === filter.elementKey) : fullTree;
    const tracked = await this.dataSource.getRepository(AnalysisGapEntity).find({
      where: { assessmentId, ...(filter.elementKey ? { elementKey: filter.elementKey } : {}) },
      order: { createdAt: 'ASC' },
    });
    // Status, owner and due date belong to tracked gaps only: asking for any leaves derived out.
    const onlyTracked =
      filter.kind === 'TRACKED' || !!filter.status || !!filter.ownedByMe || !!filter.overdue;
    const derived = onlyTracked ? [] : await this.derived(assessmentId, tree, tracked);
    const kept = tracked
      .filter(() => !filter.kind || filter.kind === 'TRACKED')
      .filter((g) => !filter.status || g.status === filter.status)
      .filter((g) => !filter.ownedByMe || g.ownerId === actor.userId)
      .filter((g) => !filter.overdue || isOverdue(g))
      .map((g) => toTrackedGapObject(g, actor.userId));
    const order = positions(fullTree);
    const rank = (g: InformationGapObject): number =>
      order.get(g.questionKey ? `${g.subElementKey}/${g.questionKey}` : g.subElementKey) ??
      Number.MAX_SAFE_INTEGER;
    const items = [...derived.filter((g) => !filter.kind || g.kind === filter.kind), ...kept];
    // Stable sort: derived before tracked at one place, tracked ones oldest first.
    return items
      .map((g, i) => ({ g, i }))
      .sort((a, b) => rank(a.g) - rank(b.g) || a.i - b.i)
      .map(({ g }) => g);
  }

  private async derived(
    assessmentId: string,
    tree: EnabledTree,
    tracked: AnalysisGapEntity[],
  ): Promise<InformationGapObject[]> {
    const snapshots = await this.structure.snapshots(
      assessmentId,
      tree.filter((e) => e.subElements.length > 0).map((e) => e.key),
    );
    const following = new Map(
      tracked
        .filter((g) => g.source && g.status !== 'RESOLVED')
        .map((g) => [`${g.source}:${g.questionKey}`, g.id]),
    );
    return tree.flatMap((element) =>
      derivedGaps(element, snapshots.get(element.key)).map((gap) =>
        toDerivedGapObject(
          assessmentId,
          gap,
          following.get(`${gap.kind}:${gap.questionKey}`) ?? null,
        ),
      ),
    );
  }
}
