import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryLimitsRule } from './query-limits.js';

// A recursive type, which the API's own schema does not have, to reach any depth.
const schema = buildSchema('type Query { node: Node } type Node { child: Node, value: Int }');
const rule = queryLimitsRule({ maxDepth: 4, maxAliases: 2, maxFields: 10 });

const errorsOf = (query: string): string[] =>
  validate(schema, parse(query), [...specifiedRules, rule]).map((e) => e.message);

const nest = (depth: number): string => (depth === 1 ? 'value' : `child { ${nest(depth - 1)} }`);

describe('query limits rule', () => {
  it('accepts an operation at the depth limit and refuses one level more', () => {
    expect(errorsOf(`{ node { ${nest(3)} } }`)).toEqual([]);
    expect(errorsOf(`{ node { ${nest(4)} } }`)).toEqual([
      'The operation is nested 5 levels deep (limit 4)',
    ]);
  });

  it('counts depth through named and inline fragments', () => {
    const viaFragment = `{ node { ...A } } fragment A on Node { child { ... on Node { child { child { value } } } } }`;
    expect(errorsOf(viaFragment)).toEqual(['The operation is nested 5 levels deep (limit 4)']);
  });

  it('counts aliases and fields, fragments expanded', () => {
    expect(errorsOf('{ a: node { value } b: node { value } c: node { value } }')).toContain(
      'The operation uses 3 aliases (limit 2)',
    );
    const many = `{ node { ...F ...F2 } } fragment F on Node { value child { value } } fragment F2 on Node { ${'value '.repeat(8)} }`;
    expect(errorsOf(many).some((m) => m.startsWith('The operation selects'))).toBe(true);
  });

  it('survives a fragment cycle (reported by the standard rules) without recursing forever', () => {
    const cycle = `{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { ...A } }`;
    expect(errorsOf(cycle).some((m) => /cannot spread fragment/i.test(m))).toBe(true);
  });
});
