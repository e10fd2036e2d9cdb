import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { splitErrors, toAppErrors } from './app-errors';

function graphqlErrors(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ errors, data: null });
}

describe('toAppErrors', () => {
  it('keeps the code and the top-level field the API names', () => {
    const error = graphqlErrors({
      message: 'A national use case must not be empty',
      extensions: { code: 'BAD_USER_INPUT', field: 'nationalUseCases.2' },
    });
    expect(toAppErrors(error)).toEqual([
      {
        code: 'BAD_USER_INPUT',
        field: 'nationalUseCases',
        message: 'A national use case must not be empty',
      },
    ]);
  });

  it('reads unknown codes as UNKNOWN', () => {
    const error = graphqlErrors({ message: 'x', extensions: { code: 'SOMETHING_NEW' } });
    expect(toAppErrors(error)[0]?.code).toBe('UNKNOWN');
  });

  it('tells a server failure from a network failure', () => {
    const response = new Response('', { status: 502 });
    expect(toAppErrors(new ServerError('bad gateway', { response, bodyText: '' }))[0]?.code).toBe(
      'INTERNAL_SERVER_ERROR',
    );
    expect(toAppErrors(new TypeError('Failed to fetch'))[0]?.code).toBe('NETWORK');
  });

  it('has nothing to say about no error', () => {
    expect(toAppErrors(undefined)).toEqual([]);
  });
});

describe('splitErrors', () => {
  it('puts input errors beside their field and the rest above the form', () => {
    const errors = toAppErrors(
      graphqlErrors(
        { message: 'bad title', extensions: { code: 'BAD_USER_INPUT', field: 'title' } },
        { message: 'bad thing', extensions: { code: 'BAD_USER_INPUT', field: 'elsewhere' } },
        { message: 'no', extensions: { code: 'FORBIDDEN' } },
      ),
    );
    const { fields, general } = splitErrors(errors, ['title', 'country'] as const);
    expect(fields.title?.message).toBe('bad title');
    expect(fields.country).toBeUndefined();
    expect(general.map((e) => e.code)).toEqual(['BAD_USER_INPUT', 'FORBIDDEN']);
  });
});
