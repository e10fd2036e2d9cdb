// The actions and target types the API records for an assessment (apps/api, `audit.record`), each
// with a translated label; anything newer is shown as the API names it.
export const auditActions = [
  'assessment.create',
  'assessment.update',
  'assessment.phase',
  'assessment.archive',
  'assessment.restore',
  'sub-element.enable',
  'sub-element.disable',
  'question.reword',
  'question.restore-wording',
  'question.add-custom',
  'question.remove-custom',
  'questions.reorder',
  'member.add',
  'member.change-role',
  'member.remove',
  'member.attribution',
  'element.assign',
  'invitation.create',
  'invitation.revoke',
  'invitation.accept',
] as const;

export type KnownAuditAction = (typeof auditActions)[number];

export const auditTargetTypes = [
  'assessment',
  'sub-element',
  'detail',
  'question',
  'member',
  'element',
  'invitation',
] as const;

export type KnownAuditTargetType = (typeof auditTargetTypes)[number];

export const isKnownAuditAction = (value: string): value is KnownAuditAction =>
  auditActions.some((a) => a === value);

export const isKnownAuditTargetType = (value: string): value is KnownAuditTargetType =>
  auditTargetTypes.some((a) => a === value);

// Options for a select: the known values, plus any unknown one already chosen (from the address).
export function withChosen<T extends string>(known: readonly T[], chosen: readonly string[]) {
  return [...known, ...chosen.filter((c) => c && !known.some((k) => k === c))];
}

// A change summary is JSON without personal data; shown as "key: value" pairs, values as text,
// with organisation ids replaced by the organisations' names where known.
export function summaryEntries(
  summary: string,
  names: ReadonlyMap<string, string> = new Map(),
): [string, string][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(summary);
  } catch {
    return summary ? [['', summary]] : [];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return [['', typeof parsed === 'string' ? parsed : JSON.stringify(parsed)]];
  }
  return Object.entries(parsed).map(([key, value]) => [
    key,
    value === null
      ? '—'
      : typeof value === 'string'
        ? (names.get(value) ?? value)
        : JSON.stringify(value),
  ]);
}
