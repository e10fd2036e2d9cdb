import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { answerPlainText } from './answer-text.js';
import { answerFragment } from './question.mutators.js';
import { newDoc, paragraph } from './testing/docs.js';

const q = 'detail-1.q1';

function textRun(text: string, attributes?: Record<string, unknown>): Y.XmlText {
  const run = new Y.XmlText();
  run.applyDelta([attributes === undefined ? { insert: text } : { insert: text, attributes }]);
  return run;
}

function element(name: string, children: (Y.XmlElement | Y.XmlText)[]): Y.XmlElement {
  const node = new Y.XmlElement(name);
  node.insert(0, children);
  return node;
}

describe('answerPlainText', () => {
  it('is empty for a question nobody answered', () => {
    expect(answerPlainText(newDoc(), q)).toBe('');
  });

  it('drops formatting and puts blocks on their own lines', () => {
    const doc = newDoc();
    answerFragment(doc, q).insert(0, [
      element('heading', [textRun('Title')]),
      paragraph('Plain and ', 'bold'),
      element('paragraph', [textRun('a link', { link: { href: 'https://example.org' } })]),
    ]);
    expect(answerPlainText(doc, q)).toBe('Title\nPlain and bold\na link');
  });

  it('reads nested lists item by item and hard breaks as line breaks', () => {
    const doc = newDoc();
    answerFragment(doc, q).insert(0, [
      element('bulletList', [
        element('listItem', [paragraph('one')]),
        element('listItem', [
          paragraph('two'),
          element('orderedList', [element('listItem', [paragraph('two.a')])]),
        ]),
      ]),
      element('paragraph', [textRun('line'), element('hardBreak', []), textRun('next')]),
    ]);
    expect(answerPlainText(doc, q)).toBe('one\ntwo\ntwo.a\nline\nnext');
  });

  it('keeps empty paragraphs as blank lines and ignores non-text nodes', () => {
    const doc = newDoc();
    answerFragment(doc, q).insert(0, [
      paragraph('a'),
      new Y.XmlElement('paragraph'),
      element('image', []),
      paragraph('b'),
    ]);
    expect(answerPlainText(doc, q)).toBe('a\n\n\nb');
  });

  it('follows concurrent edits of the same fragment', () => {
    const a = newDoc(1);
    const b = newDoc(2);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    answerFragment(a, q).insert(0, [paragraph('from a')]);
    answerFragment(b, q).insert(0, [paragraph('from b')]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(answerPlainText(a, q)).toBe(answerPlainText(b, q));
    expect(answerPlainText(a, q).split('\n').sort()).toEqual(['from a', 'from b']);
  });
});
