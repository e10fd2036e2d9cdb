import { describe, expect, it } from 'vitest';
import { actionNames, assignmentRows, toAssignElementInput } from './assignments';

const organisations = [
  { id: 'o1', name: 'Ministry', type: 'GOVERNMENT' as const },
  { id: 'o2', name: 'Watchdog', type: 'CIVIL_SOCIETY' as const },
];
const elements = [
  { key: 'legal', title: 'Legal framework' },
  { key: 'privacy', title: 'Privacy' },
];

describe('assignmentRows', () => {
  it('lists every element in order, with organisation names and the viewer’s actions', () => {
    const rows = assignmentRows(
      elements,
      [
        {
          elementKey: 'legal',
          leadOrganisationId: 'o1',
          contributingOrganisationIds: ['o2', 'gone'],
          assignedUserIds: ['u1'],
          viewerActions: ['element.comment', 'element.read'],
        },
      ],
      organisations,
    );
    expect(rows).toEqual([
      {
        key: 'legal',
        number: 1,
        title: 'Legal framework',
        lead: organisations[0],
        contributing: [organisations[1], { id: 'gone', name: 'gone', type: null }],
        assignedUserIds: ['u1'],
        viewerActions: ['read', 'comment'],
      },
      {
        key: 'privacy',
        number: 2,
        title: 'Privacy',
        lead: null,
        contributing: [],
        assignedUserIds: [],
        viewerActions: [],
      },
    ]);
  });
});

describe('actionNames', () => {
  it('ignores actions it does not know', () => {
    expect(actionNames(['element.edit', 'element.fly', 'assessment.read'])).toEqual(['edit']);
  });
});

describe('toAssignElementInput', () => {
  it('keeps the people assigned in person and drops the lead from the contributors', () => {
    expect(
      toAssignElementInput(
        'a1',
        { key: 'legal', assignedUserIds: ['u1'] },
        { leadOrganisationId: 'o1', contributingOrganisationIds: ['o1', 'o2', 'o2'] },
      ),
    ).toEqual({
      assessmentId: 'a1',
      elementKey: 'legal',
      leadOrganisationId: 'o1',
      contributingOrganisationIds: ['o2'],
      userIds: ['u1'],
    });
  });

  it('can leave an element without a lead', () => {
    const input = toAssignElementInput(
      'a1',
      { key: 'legal', assignedUserIds: [] },
      { leadOrganisationId: null, contributingOrganisationIds: [] },
    );
    expect(input.leadOrganisationId).toBeNull();
  });
});
