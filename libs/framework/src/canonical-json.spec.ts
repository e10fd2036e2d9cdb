import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('does not depend on key insertion order', () => {
    expect(canonicalJson({ b: 1, a: 2, c: 3 })).toBe(canonicalJson({ c: 3, a: 2, b: 1 }));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  it('keeps array order', () => {
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('drops undefined object values', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('writes undefined inside arrays as null, like JSON.stringify', () => {
    expect(canonicalJson([1, undefined])).toBe('[1,null]');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('sorts keys of nested objects, including objects inside arrays', () => {
    const left = { z: { y: 1, x: [{ b: true, a: null }] }, a: 'text' };
    const right = { a: 'text', z: { x: [{ a: null, b: true }], y: 1 } };
    expect(canonicalJson(left)).toBe('{"a":"text","z":{"x":[{"a":null,"b":true}],"y":1}}');
    expect(canonicalJson(left)).toBe(canonicalJson(right));
  });

  it('emits no whitespace and escapes strings as JSON does', () => {
    expect(canonicalJson({ 'key "q"': 'line\nbreak', n: 1.5 })).toBe(
      '{"key \\"q\\"":"line\\nbreak","n":1.5}',
    );
  });

  it('encodes primitives as JSON', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson(42)).toBe('42');
    expect(canonicalJson('é')).toBe('"é"');
  });
});
