import { GraphQLSchemaHost } from '@nestjs/graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatrixContext } from './support/authz-matrix/matrix-context.js';
import { matrixCases } from './support/authz-matrix/matrix-cases.js';
import {
  expectedDenial,
  matrixActors,
  type MatrixCase,
  type MatrixContext,
  type MatrixVariant,
} from './support/authz-matrix/matrix.types.js';
import { startMailCatcher, type MailCatcher } from './support/mail-catcher.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { testEngines } from './support/test-database.js';

type Table = Record<string, Record<string, string>>;

function rootOperations(t: TestApp): string[] {
  const schema = t.app.get(GraphQLSchemaHost).schema;
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap(
    (type) => (type ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : []),
  );
}

describe.each(testEngines())('authorization matrix on %s', (engine) => {
  let t: TestApp;
  let ctx: MatrixContext;
  let mail: MailCatcher;
  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp(engine, { SMTP_URL: mail.url });
    ctx = await createMatrixContext(t, mail);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('has a case for every query, mutation and subscription of the schema', () => {
    const covered = new Set(matrixCases.map((c) => c.operation));
    expect(rootOperations(t).filter((op) => !covered.has(op))).toEqual([]);
    expect([...covered].filter((op) => !rootOperations(t).includes(op))).toEqual([]);
  });

  it('allows or refuses every operation for every actor as the policy says', async ({
    annotate,
  }) => {
    const actual: Table = {};
    const expected: Table = {};
    const run = async (
      c: MatrixCase,
      variant: MatrixVariant,
      actor: (typeof matrixActors)[number],
    ) => {
      const variables = await variant.variables(ctx, actor);
      const token = variant.token ? await variant.token(ctx, actor) : ctx.tokenOf(actor);
      const res = c.execute
        ? await c.execute(ctx, c.document, variables, token)
        : await t.gql<Record<string, unknown>>(c.document, variables, token);
      await variant.restore?.(ctx);
      const code = res.errors?.[0]?.extensions?.code;
      if (res.errors?.length) {
        return code ?? `ERROR ${res.errors[0]?.message ?? ''}`;
      }
      return variant.granted && res.data && !variant.granted(res.data) ? 'WITHHELD' : 'allow';
    };
    for (const c of matrixCases) {
      for (const variant of c.variants) {
        const row = `${c.operation} · ${variant.name}`;
        actual[row] = {};
        expected[row] = {};
        for (const actor of matrixActors) {
          actual[row][actor] = await run(c, variant, actor);
          expected[row][actor] = variant.allow.includes(actor)
            ? 'allow'
            : expectedDenial(variant, actor);
        }
      }
    }
    expect(actual).toEqual(expected);
    const rows = Object.keys(expected).length;
    await annotate(
      `authorization matrix (${engine}): ${new Set(matrixCases.map((c) => c.operation)).size} operations, ` +
        `${rows} situations, ${matrixActors.length} actors, ${rows * matrixActors.length} cells`,
    );
  }, 300_000);
});
