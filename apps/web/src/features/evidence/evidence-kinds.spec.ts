import { describe, expect, it } from 'vitest';
import {
  allowedConfidentialities,
  defaultConfidentiality,
  evidenceKinds,
  kindFields,
  suggestedPinpoint,
} from './evidence-kinds';

describe('kindFields', () => {
  it('gives a law its article, a report its page and an interview its record', () => {
    expect(kindFields('LAW').extra).toEqual(['article']);
    expect(kindFields('REPORT').extra).toEqual(['page']);
    expect(kindFields('INTERVIEW').extra).toEqual([
      'intervieweeCode',
      'organisationType',
      'consentRecorded',
      'notes',
    ]);
    for (const kind of ['POLICY', 'DATASET', 'WEBSITE', 'MEDIA'] as const) {
      expect(kindFields(kind).extra).toEqual([]);
    }
  });

  it('requires an address for a website and a date for an interview only', () => {
    const requiring = (field: 'url' | 'date') =>
      evidenceKinds.filter((kind) => kindFields(kind).requires.includes(field));
    expect(requiring('url')).toEqual(['WEBSITE']);
    expect(requiring('date')).toEqual(['INTERVIEW']);
  });
});

describe('confidentiality', () => {
  it('keeps interviews to the moderators by default and never offers them to everyone', () => {
    expect(defaultConfidentiality('INTERVIEW')).toBe('MODERATORS');
    expect(defaultConfidentiality('LAW')).toBe('TEAM');
    expect(allowedConfidentialities('INTERVIEW')).not.toContain('PUBLIC');
    expect(allowedConfidentialities('REPORT')).toContain('PUBLIC');
  });
});

describe('suggestedPinpoint', () => {
  it('starts a citation from the article of a law or the page of a report', () => {
    expect(suggestedPinpoint({ kind: 'LAW', article: 'art. 5', page: null })).toBe('art. 5');
    expect(suggestedPinpoint({ kind: 'REPORT', article: null, page: 'p. 40' })).toBe('p. 40');
    expect(suggestedPinpoint({ kind: 'DATASET', article: null, page: null })).toBe('');
  });
});
