import { describe, expect, it } from 'vitest';
import {
  emptyRecommendationForm,
  formProblems,
  toCreateRecommendationInput,
  toRecommendationFormValues,
  toUpdateRecommendationInput,
  withPlacement,
} from './recommendation-form';

describe('recommendation form', () => {
  const filled = {
    ...emptyRecommendationForm('legal'),
    title: '  Adopt a data protection law ',
    institutionMode: 'NAMED' as const,
    institutionName: ' Parliament ',
    organisationId: 'org-1',
  };

  it('sends exactly one kind of institution, trimmed', () => {
    expect(toCreateRecommendationInput('a-1', filled)).toMatchObject({
      assessmentId: 'a-1',
      elementKey: 'legal',
      subElementKey: null,
      title: 'Adopt a data protection law',
      responsibleOrganisationId: null,
      responsibleInstitutionName: 'Parliament',
    });
    expect(
      toUpdateRecommendationInput({ ...filled, institutionMode: 'ORGANISATION' }),
    ).toMatchObject({ responsibleOrganisationId: 'org-1', responsibleInstitutionName: null });
    expect(toUpdateRecommendationInput({ ...filled, institutionMode: 'NONE' })).toMatchObject({
      responsibleOrganisationId: null,
      responsibleInstitutionName: null,
    });
  });

  it('reads a recommendation back into the form', () => {
    const values = toRecommendationFormValues({
      elementKey: 'legal',
      subElementKey: 'legal-1',
      findingIds: ['f1'],
      title: 'T',
      description: 'D',
      responsibleOrganisationId: 'org-2',
      responsibleInstitutionName: null,
      priority: 'HIGH',
      timeframe: 'SHORT_TERM',
      status: 'AGREED',
    });
    expect(values).toMatchObject({
      subElementKey: 'legal-1',
      institutionMode: 'ORGANISATION',
      organisationId: 'org-2',
    });
  });

  it('asks for an element, a title, and an institution once agreed', () => {
    expect(formProblems(emptyRecommendationForm())).toEqual({
      elementKey: 'elementRequired',
      title: 'titleRequired',
    });
    expect(formProblems({ ...filled, status: 'AGREED', institutionMode: 'NONE' })).toEqual({
      institutionMode: 'institutionRequired',
    });
    expect(formProblems({ ...filled, status: 'AGREED' })).toEqual({});
  });

  it('keeps only the findings that still belong when the placement changes', () => {
    const subs = new Map([
      ['f1', 'legal-1'],
      ['f2', 'legal-2'],
    ]);
    const values = { ...filled, findingIds: ['f1', 'f2'] };
    expect(withPlacement(values, { subElementKey: 'legal-1' }, subs).findingIds).toEqual(['f1']);
    expect(withPlacement(values, { elementKey: 'other' }, subs)).toMatchObject({
      elementKey: 'other',
      subElementKey: '',
      findingIds: [],
    });
  });
});
