import { describe, expect, it } from 'vitest';
import { priorityCounts, timeframeColumns } from './roadmap-layout';

describe('roadmap layout', () => {
  const items = [
    { id: 'a', priority: 'LOW' as const, timeframe: 'SHORT_TERM' as const },
    { id: 'b', priority: 'HIGH' as const, timeframe: 'LONG_TERM' as const },
    { id: 'c', priority: 'HIGH' as const, timeframe: 'SHORT_TERM' as const },
  ];

  it('puts each recommendation in its timeframe column, most pressing first', () => {
    expect(timeframeColumns(items).map((c) => [c.timeframe, c.items.map((i) => i.id)])).toEqual([
      ['SHORT_TERM', ['c', 'a']],
      ['MEDIUM_TERM', []],
      ['LONG_TERM', ['b']],
    ]);
  });

  it('counts priorities', () => {
    expect(priorityCounts(items)).toEqual({ HIGH: 2, MEDIUM: 0, LOW: 1 });
  });
});
