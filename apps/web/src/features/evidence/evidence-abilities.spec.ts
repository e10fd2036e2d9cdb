import { describe, expect, it } from 'vitest';
import { mayAddEvidence, mayChangeEvidence } from './evidence-abilities';

describe('evidence abilities', () => {
  it('lets those the policy allows add sources, while the assessment is not archived', () => {
    expect(
      mayAddEvidence({ permissions: ['assessment.read', 'evidence.create'], archived: false }),
    ).toBe(true);
    expect(mayAddEvidence({ permissions: ['evidence.create'], archived: true })).toBe(false);
    expect(mayAddEvidence({ permissions: ['assessment.read'], archived: false })).toBe(false);
  });

  it('offers changes to an item only with its evidence.update action', () => {
    const item = { viewerActions: ['evidence.read', 'evidence.update'] };
    expect(mayChangeEvidence(item, { archived: false })).toBe(true);
    expect(mayChangeEvidence(item, { archived: true })).toBe(false);
    expect(mayChangeEvidence({ viewerActions: ['evidence.read'] }, { archived: false })).toBe(
      false,
    );
  });
});
