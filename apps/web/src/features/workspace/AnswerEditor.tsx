import { answerFragment } from '@idgov/assessment-doc';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useMemo } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { renderCaret } from './caret';
import { EditorToolbar } from './EditorToolbar';
import type { PresenceUser } from './presence';
import { safeRoot } from './use-y-value';

interface Props {
  doc: Y.Doc;
  awareness: Awareness;
  user: PresenceUser;
  questionKey: string;
  label: string;
  describedBy: string;
  editable: boolean;
}

// A question's answer: rich text bound to the document's `answer:<questionKey>` fragment through
// TipTap's Collaboration extension (y-prosemirror, as @tiptap/y-tiptap), with the carets of the
// others editing it. Undo is Yjs's own and only undoes this person's changes.
export function AnswerEditor(props: Props) {
  const { doc, questionKey } = props;
  const fragment = useMemo(
    () => safeRoot(() => answerFragment(doc, questionKey)),
    [doc, questionKey],
  );
  return fragment === null ? null : <BoundEditor {...props} fragment={fragment} />;
}

function BoundEditor(props: Props & { fragment: Y.XmlFragment }) {
  const { fragment, awareness, user, questionKey, label, describedBy, editable } = props;
  const editor = useEditor(
    {
      editable,
      shouldRerenderOnTransaction: false,
      extensions: [
        StarterKit.configure({
          // Collaboration brings its own undo; the rest would add structure answers don't need.
          undoRedo: false,
          heading: false,
          code: false,
          codeBlock: false,
          horizontalRule: false,
          // It would write an empty paragraph into every answer as soon as it is opened.
          trailingNode: false,
          link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
        }),
        Collaboration.configure({ fragment }),
        CollaborationCaret.configure({ provider: { awareness }, user, render: renderCaret }),
      ],
      editorProps: {
        attributes: {
          class: 'answer-editor',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'aria-describedby': describedBy,
          'aria-readonly': String(!editable),
          'data-testid': `answer-${questionKey}`,
        },
      },
    },
    [fragment, awareness, user],
  );

  useEffect(() => {
    if (editor && editor.isEditable !== editable) {
      editor.setEditable(editable);
      editor.view.dom.setAttribute('aria-readonly', String(!editable));
    }
  }, [editor, editable]);

  return (
    <div className="answer-field">
      {editable && editor ? <EditorToolbar editor={editor} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}
