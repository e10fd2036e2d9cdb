import { describe, expect, it } from 'vitest';
import { groupChanges, type FieldChange } from './version-changes';
import { workspaceOutline } from './workspace-outline';

const outline = workspaceOutline({
  key: 'element',
  title: 'Element',
  subElements: [
    {
      key: 'sub-a',
      title: 'Sub-element A',
      enabled: true,
      details: [
        {
          key: 'd1',
          title: 'Topic',
          questions: [
            { key: 'd1.q2', text: 'Second?', position: 2, provenance: 'FRAMEWORK' },
            { key: 'd1.q1', text: 'First?', position: 1, provenance: 'FRAMEWORK' },
          ],
        },
      ],
    },
  ],
});

const change = (
  itemKind: FieldChange['itemKind'],
  itemKey: string,
  field: FieldChange['field'],
) => ({
  itemKind,
  itemKey,
  field,
  findingId: null,
  hunks: [
    { kind: 'UNCHANGED' as const, text: 'The law ' },
    { kind: 'REMOVED' as const, text: 'was' },
    { kind: 'ADDED' as const, text: 'is' },
    { kind: 'UNCHANGED' as const, text: ' in force.' },
  ],
});

describe('grouping the changes of a comparison', () => {
  it('follows the workspace order and puts what it no longer shows last', () => {
    const groups = groupChanges(
      [
        change('QUESTION', 'gone.q9', 'ANSWER'),
        change('SUB_ELEMENT', 'sub-a', 'SUMMARY'),
        change('QUESTION', 'd1.q2', 'ANSWER'),
        change('QUESTION', 'd1.q1', 'RATIONALE'),
        change('QUESTION', 'd1.q1', 'ANSWER'),
      ],
      outline,
    );
    expect(groups.map((g) => [g.key, g.number, g.title, g.changes.length])).toEqual([
      ['QUESTION:d1.q1', '1.1.1', 'First?', 2],
      ['QUESTION:d1.q2', '1.1.2', 'Second?', 1],
      ['SUB_ELEMENT:sub-a', null, 'Sub-element A', 1],
      ['QUESTION:gone.q9', null, 'gone.q9', 1],
    ]);
  });
});
