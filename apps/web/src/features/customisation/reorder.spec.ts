import { describe, expect, it } from 'vitest';
import { moveItem } from './reorder';

describe('moveItem', () => {
  const keys = ['q1', 'q2', 'q3'];

  it('moves an item up', () => {
    expect(moveItem(keys, 2, -1)).toEqual(['q1', 'q3', 'q2']);
  });

  it('moves an item down', () => {
    expect(moveItem(keys, 0, 1)).toEqual(['q2', 'q1', 'q3']);
  });

  it('refuses moves past either end', () => {
    expect(moveItem(keys, 0, -1)).toBeNull();
    expect(moveItem(keys, 2, 1)).toBeNull();
    expect(moveItem(keys, 5, -1)).toBeNull();
  });

  it('leaves the original list alone', () => {
    moveItem(keys, 0, 1);
    expect(keys).toEqual(['q1', 'q2', 'q3']);
  });
});
