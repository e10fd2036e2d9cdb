import type { DiffHunkKind, VersionField, VersionItemKind } from '../../gql/graphql';
import type { OutlineSubElement } from './workspace-outline';

export type DiffHunk = { readonly kind: DiffHunkKind; readonly text: string };

export type FieldChange = {
  readonly itemKind: VersionItemKind;
  readonly itemKey: string;
  readonly field: VersionField;
  readonly findingId: string | null;
  readonly hunks: readonly DiffHunk[];
};

export type ChangeGroup = {
  readonly key: string;
  readonly itemKind: FieldChange['itemKind'];
  // "1.2.3" for a question the element still asks; null for a sub-element or a question no
  // longer in the outline (left out, or a removed custom question).
  readonly number: string | null;
  // The question's text or the sub-element's title, or the key when it is no longer shown.
  readonly title: string;
  readonly english: boolean;
  readonly changes: readonly FieldChange[];
};

// The changes of a comparison, grouped by question and sub-element in the order the workspace
// shows them; whatever the outline no longer has comes last, under its key.
export function groupChanges(
  changes: readonly FieldChange[],
  outline: readonly OutlineSubElement[],
): ChangeGroup[] {
  const of = (itemKind: FieldChange['itemKind'], key: string) =>
    changes.filter((c) => c.itemKind === itemKind && c.itemKey === key);
  const groups: ChangeGroup[] = [];
  const shown = new Set<string>();
  for (const subElement of outline) {
    for (const detail of subElement.details) {
      for (const q of detail.questions) {
        shown.add(`QUESTION:${q.key}`);
        const own = of('QUESTION', q.key);
        if (own.length > 0) {
          groups.push({
            key: `QUESTION:${q.key}`,
            itemKind: 'QUESTION',
            number: q.number,
            title: q.text,
            english: q.english,
            changes: own,
          });
        }
      }
    }
    shown.add(`SUB_ELEMENT:${subElement.key}`);
    const own = of('SUB_ELEMENT', subElement.key);
    if (own.length > 0) {
      groups.push({
        key: `SUB_ELEMENT:${subElement.key}`,
        itemKind: 'SUB_ELEMENT',
        number: null,
        title: subElement.title,
        english: true,
        changes: own,
      });
    }
  }
  const rest = [...new Set(changes.map((c) => `${c.itemKind}:${c.itemKey}`))].filter(
    (key) => !shown.has(key),
  );
  for (const key of rest) {
    const own = changes.filter((c) => `${c.itemKind}:${c.itemKey}` === key);
    const first = own[0];
    if (first) {
      groups.push({
        key,
        itemKind: first.itemKind,
        number: null,
        title: first.itemKey,
        english: false,
        changes: own,
      });
    }
  }
  return groups;
}
