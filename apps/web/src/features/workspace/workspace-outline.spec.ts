import { describe, expect, it } from 'vitest';
import {
  collabServerUrl,
  countQuestions,
  isAccessRefusal,
  mayEditElement,
  workspaceOutline,
  type ElementNode,
} from './workspace-outline';

const element: ElementNode = {
  key: 'legal',
  title: 'Legal',
  subElements: [
    {
      key: 'off',
      title: 'Left out',
      enabled: false,
      details: [
        {
          key: 'x',
          title: 'X',
          questions: [{ key: 'x.q1', text: 'X?', position: 0, provenance: 'FRAMEWORK' }],
        },
      ],
    },
    {
      key: 'authority',
      title: 'Authority',
      enabled: true,
      details: [
        {
          key: 'law',
          title: 'Law',
          questions: [
            { key: 'law.q2', text: 'Second?', position: 1, provenance: 'CUSTOM' },
            { key: 'law.q1', text: 'First?', position: 0, provenance: 'FRAMEWORK' },
          ],
        },
        { key: 'empty', title: 'Empty', questions: [] },
      ],
    },
  ],
};

describe('workspaceOutline', () => {
  it('keeps enabled sub-elements, orders and numbers their questions', () => {
    const outline = workspaceOutline(element);
    expect(outline.map((s) => s.key)).toEqual(['authority']);
    expect(outline[0]?.details[0]?.questions).toEqual([
      { key: 'law.q1', text: 'First?', number: '1.1.1', english: true },
      { key: 'law.q2', text: 'Second?', number: '1.1.2', english: false },
    ]);
    expect(countQuestions(outline)).toBe(2);
  });
});

describe('mayEditElement', () => {
  it('needs element.edit and an assessment that is not archived', () => {
    expect(mayEditElement(['element.read', 'element.edit'], false)).toBe(true);
    expect(mayEditElement(['element.read', 'element.edit'], true)).toBe(false);
    expect(mayEditElement(['element.read'], false)).toBe(false);
    expect(mayEditElement(undefined, false)).toBe(false);
  });
});

describe('collabServerUrl', () => {
  it('uses wss on https and the page host', () => {
    expect(collabServerUrl({ protocol: 'https:', host: 'idgov.example:8443' })).toBe(
      'wss://idgov.example:8443/collab',
    );
    expect(collabServerUrl({ protocol: 'http:', host: '127.0.0.1:4200' })).toBe(
      'ws://127.0.0.1:4200/collab',
    );
  });
});

describe('isAccessRefusal', () => {
  const error = (code: 'NOT_FOUND' | 'NETWORK' | 'UNAUTHENTICATED') => ({
    code,
    field: null,
    message: '',
  });

  it('gives up only on refusals a retry cannot change', () => {
    expect(isAccessRefusal([error('NOT_FOUND')])).toBe(true);
    expect(isAccessRefusal([error('UNAUTHENTICATED')])).toBe(true);
    expect(isAccessRefusal([error('NETWORK')])).toBe(false);
    expect(isAccessRefusal([])).toBe(false);
  });
});
