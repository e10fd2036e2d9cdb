import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { textChange, transformIndex, type TextDelta } from './text-change';

function apply(before: string, after: string): string {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, before);
  const change = textChange(before, after);
  if (change) {
    text.delete(change.index, change.remove);
    text.insert(change.index, change.insert);
  }
  return text.toJSON();
}

describe('textChange', () => {
  it('finds the smallest splice', () => {
    expect(textChange('hello', 'hello')).toBeNull();
    expect(textChange('hello', 'help')).toEqual({ index: 3, remove: 2, insert: 'p' });
    expect(textChange('ab', 'aXb')).toEqual({ index: 1, remove: 0, insert: 'X' });
    expect(textChange('aaa', 'aa')).toEqual({ index: 2, remove: 1, insert: '' });
    expect(textChange('', 'new')).toEqual({ index: 0, remove: 0, insert: 'new' });
  });

  it('turns any edit into the new value', () => {
    const cases: [string, string][] = [
      ['the law of 2019', 'the amended law of 2019'],
      ['abc', ''],
      ['مرحبا بالعالم', 'مرحبا'],
      ['a😀b', 'a😃b'],
      ['xyz', 'xyzxyz'],
    ];
    for (const [before, after] of cases) {
      expect(apply(before, after)).toBe(after);
    }
  });

  it('does not cut an emoji in half', () => {
    expect(textChange('a😀b', 'a😃b')).toEqual({ index: 1, remove: 2, insert: '😃' });
    // Same low surrogate, different high one: the pair is still replaced whole.
    expect(textChange('a\uD83D\uDE00', 'a\uD83C\uDE00')).toEqual({
      index: 1,
      remove: 2,
      insert: '\uD83C\uDE00',
    });
  });
});

describe('transformIndex', () => {
  const observe = (initial: string, edit: (text: Y.Text) => void): TextDelta => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, initial);
    let delta: TextDelta = [];
    text.observe((event) => {
      delta = event.delta;
    });
    edit(text);
    return delta;
  };

  it('moves the caret past text inserted before it, not after it', () => {
    const delta = observe('hello world', (t) => t.insert(0, '>> '));
    expect(transformIndex(5, delta)).toBe(8);
    expect(transformIndex(0, delta)).toBe(0);
    const later = observe('hello world', (t) => t.insert(8, 'XX'));
    expect(transformIndex(5, later)).toBe(5);
  });

  it('pulls the caret back over deleted text, and into a deletion around it', () => {
    const delta = observe('hello world', (t) => t.delete(0, 6));
    expect(transformIndex(8, delta)).toBe(2);
    const around = observe('hello world', (t) => t.delete(3, 5));
    expect(transformIndex(5, around)).toBe(3);
    expect(transformIndex(10, around)).toBe(5);
  });
});
