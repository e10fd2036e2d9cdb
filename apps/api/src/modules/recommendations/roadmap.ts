import type { RecommendationEntity } from './recommendation.entity.js';
import { recommendationPriorities, recommendationTimeframes } from './recommendation-values.js';

export interface RoadmapGroup {
  key: string;
  elementKey: string | null;
  organisationId: string | null;
  institutionName: string | null;
  recommendations: RecommendationEntity[];
}

// Soonest first, then most pressing, then oldest: the order an implementation plan is read in.
export function roadmapOrder(a: RecommendationEntity, b: RecommendationEntity): number {
  return (
    recommendationTimeframes.indexOf(a.timeframe) - recommendationTimeframes.indexOf(b.timeframe) ||
    recommendationPriorities.indexOf(a.priority) - recommendationPriorities.indexOf(b.priority) ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    a.id.localeCompare(b.id)
  );
}

// Groups by element, in the framework's order (elementOrder), leaving out dropped
// recommendations and elements without any.
export function byElement(
  rows: readonly RecommendationEntity[],
  elementOrder: readonly string[],
): RoadmapGroup[] {
  const live = rows.filter((r) => r.status !== 'DROPPED');
  return elementOrder
    .map((elementKey) => ({
      key: elementKey,
      elementKey,
      organisationId: null,
      institutionName: null,
      recommendations: live.filter((r) => r.elementKey === elementKey).sort(roadmapOrder),
    }))
    .filter((g) => g.recommendations.length > 0);
}

// Groups by responsible institution: organisations by name (organisationNames), then institutions
// off the platform by name, then recommendations nobody is responsible for yet (key "").
export function byInstitution(
  rows: readonly RecommendationEntity[],
  organisationNames: ReadonlyMap<string, string>,
): RoadmapGroup[] {
  const groups = new Map<string, RoadmapGroup & { sortName: string; rank: number }>();
  for (const r of rows) {
    if (r.status === 'DROPPED') {
      continue;
    }
    const organisationId = r.responsibleOrganisationId;
    const name = r.responsibleInstitutionName;
    const key = organisationId ?? (name === null ? '' : `name:${name.toLocaleLowerCase()}`);
    let group = groups.get(key);
    if (!group) {
      group = {
        key: organisationId ?? name ?? '',
        elementKey: null,
        organisationId,
        institutionName: organisationId ? null : name,
        recommendations: [],
        sortName: (organisationId ? organisationNames.get(organisationId) : name) ?? '',
        rank: organisationId ? 0 : name ? 1 : 2,
      };
      groups.set(key, group);
    }
    group.recommendations.push(r);
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || a.sortName.localeCompare(b.sortName))
    .map(({ sortName: _name, rank: _rank, ...group }) => ({
      ...group,
      recommendations: group.recommendations.sort(roadmapOrder),
    }));
}
