import { Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { textChange, transformIndex, type TextDelta } from './text-change';

interface Props {
  text: Y.Text | null;
  label: string;
  description?: string;
  readOnly: boolean;
  testId: string;
  autoFocus?: boolean;
}

// A plain-text field shared live: the textarea is left uncontrolled, each input is written to the
// Y.Text as the smallest splice, and remote changes replace the value while keeping the caret next
// to the text it was in.
export function CollabTextarea({ text, label, description, readOnly, testId, autoFocus }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // Marks this field's own transactions, so that it does not re-apply them.
  const [origin] = useState(() => ({}));

  useEffect(() => {
    const area = ref.current;
    if (!area || !text) {
      return;
    }
    area.value = text.toJSON();
    const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === origin) {
        return;
      }
      const focused = document.activeElement === area;
      const { selectionStart, selectionEnd } = area;
      area.value = text.toJSON();
      if (focused) {
        const delta = event.delta as TextDelta;
        area.setSelectionRange(
          transformIndex(selectionStart, delta),
          transformIndex(selectionEnd, delta),
        );
      }
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text, origin]);

  const onInput = () => {
    const area = ref.current;
    const change = area && text ? textChange(text.toJSON(), area.value) : null;
    if (!change || !text) {
      return;
    }
    const apply = () => {
      if (change.remove > 0) {
        text.delete(change.index, change.remove);
      }
      if (change.insert) {
        text.insert(change.index, change.insert);
      }
    };
    if (text.doc) {
      text.doc.transact(apply, origin);
    }
  };

  return (
    <Textarea
      ref={ref}
      label={label}
      description={description}
      readOnly={readOnly || text === null}
      onInput={onInput}
      minRows={2}
      dir="auto"
      className="collab-textarea"
      data-testid={testId}
      // Only for a finding the person has just added.
      autoFocus={autoFocus}
    />
  );
}
