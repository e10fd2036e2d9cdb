import { describe, expect, it } from 'vitest';
import {
  divergenceMessage,
  gapActions,
  groupBars,
  readGapParams,
  toGapFilter,
  writeGapParams,
} from './analysis-display';

describe('analysis display', () => {
  it('turns a group split into bar segments in scale order', () => {
    const bars = groupBars({
      total: 3,
      counts: [
        { rating: 'NOT_MET', count: 1 },
        { rating: 'MEETS_TARGET', count: 2 },
        { rating: 'UNKNOWN', count: 0 },
      ],
    });
    expect(bars).toEqual([
      { rating: 'MEETS_TARGET', count: 2, percent: 67 },
      { rating: 'NOT_MET', count: 1, percent: 33 },
    ]);
    expect(groupBars({ total: 0, counts: [] })).toEqual([]);
  });

  it('describes a divergence with its reason and groups', () => {
    expect(divergenceMessage(null)).toBeNull();
    expect(
      divergenceMessage({ reason: 'TWO_STEPS_APART', groups: ['GOVERNMENT', 'CIVIL_SOCIETY'] }),
    ).toEqual({
      key: 'analysis.divergence.TWO_STEPS_APART',
      groups: ['GOVERNMENT', 'CIVIL_SOCIETY'],
    });
  });

  it('offers the actions each gap allows', () => {
    expect(gapActions({ kind: 'NO_ANSWER', status: null, trackedGapId: null })).toEqual(['track']);
    expect(gapActions({ kind: 'NO_ANSWER', status: null, trackedGapId: 'g1' })).toEqual([]);
    expect(gapActions({ kind: 'TRACKED', status: 'OPEN', trackedGapId: null })).toEqual([
      'edit',
      'acknowledge',
      'resolve',
    ]);
    expect(gapActions({ kind: 'TRACKED', status: 'RESOLVED', trackedGapId: null })).toEqual([
      'reopen',
    ]);
  });

  it('keeps filters in the address and ignores values it does not know', () => {
    const params = readGapParams(
      new URLSearchParams('tab=ratings&kind=TRACKED&status=nope&mine=1'),
    );
    expect(params).toEqual({
      tab: 'ratings',
      element: null,
      kind: 'TRACKED',
      status: null,
      mine: true,
      overdue: false,
    });
    expect(writeGapParams(params).toString()).toBe('tab=ratings&kind=TRACKED&mine=1');
    expect(toGapFilter(params)).toEqual({
      elementKey: null,
      kind: 'TRACKED',
      status: null,
      ownedByMe: true,
      overdue: null,
    });
  });
});
