import { describe, expect, it } from 'vitest';
import {
  checkEvidenceForm,
  emptyEvidenceForm,
  toCreateEvidenceInput,
  toUpdateEvidenceInput,
  withKind,
  type EvidenceFormValues,
} from './evidence-form';

const law = (over: Partial<EvidenceFormValues> = {}): EvidenceFormValues => ({
  ...emptyEvidenceForm('LAW'),
  title: 'Identity Act 2019',
  ...over,
});

const interview = (over: Partial<EvidenceFormValues> = {}): EvidenceFormValues => ({
  ...emptyEvidenceForm('INTERVIEW'),
  title: 'Registrar general',
  intervieweeCode: 'kii-07',
  organisationType: 'GOVERNMENT',
  consentRecorded: true,
  date: '2024-05-31',
  ...over,
});

describe('checkEvidenceForm', () => {
  it('accepts a law with only a title', () => {
    expect(checkEvidenceForm(law())).toEqual({});
  });

  it('asks for a title and well-formed dates, addresses and language tags', () => {
    expect(
      checkEvidenceForm(law({ title: ' ', date: '2024-02-30', url: 'ftp://x', language: 'EN' })),
    ).toEqual({
      title: 'titleRequired',
      date: 'dateInvalid',
      url: 'urlInvalid',
      language: 'languageInvalid',
    });
  });

  it('requires the address of a website', () => {
    expect(checkEvidenceForm(law({ kind: 'WEBSITE' }))).toEqual({ url: 'urlRequired' });
  });

  it('applies the interview rules: code not name, consent said, notes only with consent', () => {
    expect(checkEvidenceForm(interview())).toEqual({});
    expect(
      checkEvidenceForm(
        interview({
          intervieweeCode: 'Jane Doe',
          organisationType: null,
          consentRecorded: false,
          notes: 'said things',
          date: '',
          confidentiality: 'PUBLIC',
        }),
      ),
    ).toEqual({
      intervieweeCode: 'codeInvalid',
      organisationType: 'organisationTypeRequired',
      notes: 'notesNeedConsent',
      date: 'dateRequired',
      confidentiality: 'interviewNotPublic',
    });
    expect(checkEvidenceForm(interview({ consentRecorded: null })).consentRecorded).toBe(
      'consentRequired',
    );
  });
});

describe('inputs for the API', () => {
  it('sends blanks as null and leaves out the fields another kind has', () => {
    const input = toCreateEvidenceInput('a1', law({ article: ' art. 5 ', page: 'p. 3' }));
    expect(input).toMatchObject({
      assessmentId: 'a1',
      kind: 'LAW',
      title: 'Identity Act 2019',
      article: 'art. 5',
      author: null,
      confidentiality: 'TEAM',
      tags: [],
    });
    expect(input).not.toHaveProperty('page');
    expect(input).not.toHaveProperty('intervieweeCode');
  });

  it('writes the interview record with an upper-case code and drops notes without consent', () => {
    const input = toUpdateEvidenceInput(interview({ consentRecorded: false, notes: 'x' }));
    expect(input).toMatchObject({ intervieweeCode: 'KII-07', consentRecorded: false, notes: null });
    expect(input).not.toHaveProperty('kind');
  });

  it('takes the default confidentiality of a newly chosen kind', () => {
    expect(withKind(law({ confidentiality: 'PUBLIC' }), 'INTERVIEW').confidentiality).toBe(
      'MODERATORS',
    );
  });
});
