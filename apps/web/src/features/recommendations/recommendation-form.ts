import type {
  CreateRecommendationInput,
  RecommendationPriority,
  RecommendationStatus,
  RecommendationTimeframe,
  UpdateRecommendationInput,
} from '../../gql/graphql';

export const priorities: readonly RecommendationPriority[] = ['HIGH', 'MEDIUM', 'LOW'];
export const timeframes: readonly RecommendationTimeframe[] = [
  'SHORT_TERM',
  'MEDIUM_TERM',
  'LONG_TERM',
];
export const statuses: readonly RecommendationStatus[] = [
  'PROPOSED',
  'AGREED',
  'IN_PROGRESS',
  'IMPLEMENTED',
  'DROPPED',
];

// Who carries it out: an organisation of the assessment, an institution named by hand (not on
// the platform), or nobody yet.
export type InstitutionMode = 'ORGANISATION' | 'NAMED' | 'NONE';

export interface RecommendationFormValues {
  elementKey: string;
  subElementKey: string;
  findingIds: string[];
  title: string;
  description: string;
  institutionMode: InstitutionMode;
  organisationId: string;
  institutionName: string;
  priority: RecommendationPriority;
  timeframe: RecommendationTimeframe;
  status: RecommendationStatus;
}

export interface RecommendationLike {
  elementKey: string;
  subElementKey?: string | null;
  findingIds: readonly string[];
  title: string;
  description: string;
  responsibleOrganisationId?: string | null;
  responsibleInstitutionName?: string | null;
  priority: RecommendationPriority;
  timeframe: RecommendationTimeframe;
  status: RecommendationStatus;
}

export function emptyRecommendationForm(elementKey = ''): RecommendationFormValues {
  return {
    elementKey,
    subElementKey: '',
    findingIds: [],
    title: '',
    description: '',
    institutionMode: 'NONE',
    organisationId: '',
    institutionName: '',
    priority: 'MEDIUM',
    timeframe: 'MEDIUM_TERM',
    status: 'PROPOSED',
  };
}

export function toRecommendationFormValues(r: RecommendationLike): RecommendationFormValues {
  return {
    elementKey: r.elementKey,
    subElementKey: r.subElementKey ?? '',
    findingIds: [...r.findingIds],
    title: r.title,
    description: r.description,
    institutionMode: r.responsibleOrganisationId
      ? 'ORGANISATION'
      : r.responsibleInstitutionName
        ? 'NAMED'
        : 'NONE',
    organisationId: r.responsibleOrganisationId ?? '',
    institutionName: r.responsibleInstitutionName ?? '',
    priority: r.priority,
    timeframe: r.timeframe,
    status: r.status,
  };
}

// The fields the API takes, with exactly one kind of institution (or none).
function fieldsOf(v: RecommendationFormValues) {
  return {
    elementKey: v.elementKey,
    subElementKey: v.subElementKey || null,
    findingIds: v.findingIds,
    title: v.title.trim(),
    description: v.description.trim(),
    responsibleOrganisationId:
      v.institutionMode === 'ORGANISATION' && v.organisationId ? v.organisationId : null,
    responsibleInstitutionName:
      v.institutionMode === 'NAMED' && v.institutionName.trim() ? v.institutionName.trim() : null,
    priority: v.priority,
    timeframe: v.timeframe,
    status: v.status,
  };
}

export function toCreateRecommendationInput(
  assessmentId: string,
  v: RecommendationFormValues,
): CreateRecommendationInput {
  return { assessmentId, ...fieldsOf(v) };
}

export function toUpdateRecommendationInput(
  v: RecommendationFormValues,
): UpdateRecommendationInput {
  return fieldsOf(v);
}

export type FormProblem = 'elementRequired' | 'titleRequired' | 'institutionRequired';

// What the form checks before sending (the API checks everything again): an element and a title,
// and, once agreed, who is responsible.
export function formProblems(
  v: RecommendationFormValues,
): Partial<Record<keyof RecommendationFormValues, FormProblem>> {
  const problems: Partial<Record<keyof RecommendationFormValues, FormProblem>> = {};
  if (!v.elementKey) {
    problems.elementKey = 'elementRequired';
  }
  if (!v.title.trim()) {
    problems.title = 'titleRequired';
  }
  const { responsibleOrganisationId, responsibleInstitutionName } = fieldsOf(v);
  const agreed = v.status === 'AGREED' || v.status === 'IN_PROGRESS' || v.status === 'IMPLEMENTED';
  if (agreed && !responsibleOrganisationId && !responsibleInstitutionName) {
    problems.institutionMode = 'institutionRequired';
  }
  return problems;
}

// Changing the element (or the sub-element) keeps only findings that still belong.
export function withPlacement(
  v: RecommendationFormValues,
  change: { elementKey?: string; subElementKey?: string },
  findingSubElements: ReadonlyMap<string, string>,
): RecommendationFormValues {
  const elementKey = change.elementKey ?? v.elementKey;
  const subElementKey =
    change.elementKey !== undefined && change.elementKey !== v.elementKey
      ? ''
      : (change.subElementKey ?? v.subElementKey);
  const findingIds =
    elementKey !== v.elementKey
      ? []
      : v.findingIds.filter((id) => !subElementKey || findingSubElements.get(id) === subElementKey);
  return { ...v, elementKey, subElementKey, findingIds };
}
