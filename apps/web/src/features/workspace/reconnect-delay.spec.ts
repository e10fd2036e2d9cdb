import { describe, expect, it } from 'vitest';
import { reconnectDelay, reconnectMaxMs } from './reconnect-delay';

describe('reconnectDelay', () => {
  it('doubles with each attempt, between half and all of the ceiling', () => {
    expect(reconnectDelay(0, () => 0)).toBe(125);
    expect(reconnectDelay(0, () => 1)).toBe(250);
    expect(reconnectDelay(3, () => 1)).toBe(2000);
    expect(reconnectDelay(3, () => 0)).toBe(1000);
  });

  it('never waits longer than the maximum', () => {
    expect(reconnectDelay(50, () => 1)).toBe(reconnectMaxMs);
    expect(reconnectDelay(-1, () => 1)).toBe(250);
  });
});
