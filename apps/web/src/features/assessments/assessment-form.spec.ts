import { describe, expect, it } from 'vitest';
import { checkAssessmentForm, emptyAssessmentForm, toAssessmentInput } from './assessment-form';

describe('checkAssessmentForm', () => {
  it('asks for a title and a country', () => {
    expect(checkAssessmentForm({ ...emptyAssessmentForm, title: '   ' })).toEqual({
      title: 'titleRequired',
      country: 'countryRequired',
    });
  });

  it('accepts a form with both', () => {
    expect(
      checkAssessmentForm({ ...emptyAssessmentForm, title: 'ID 2026', country: 'ZM' }),
    ).toEqual({});
  });
});

describe('toAssessmentInput', () => {
  it('trims text and drops blank and repeated use cases', () => {
    expect(
      toAssessmentInput({
        title: '  National ID 2026 ',
        country: 'ZM',
        scope: ' Civil registry \n',
        nationalUseCases: [' Voting', 'Banking', '', 'Voting  ', '  '],
      }),
    ).toEqual({
      title: 'National ID 2026',
      country: 'ZM',
      scope: 'Civil registry',
      nationalUseCases: ['Voting', 'Banking'],
    });
  });
});
