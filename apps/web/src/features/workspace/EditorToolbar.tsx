import { ActionIcon, Group } from '@mantine/core';
import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';

const tools = [
  { key: 'bold', glyph: 'B', run: (e: Editor) => e.chain().focus().toggleBold().run() },
  { key: 'italic', glyph: 'I', run: (e: Editor) => e.chain().focus().toggleItalic().run() },
  { key: 'bulletList', glyph: '•', run: (e: Editor) => e.chain().focus().toggleBulletList().run() },
  {
    key: 'orderedList',
    glyph: '1.',
    run: (e: Editor) => e.chain().focus().toggleOrderedList().run(),
  },
  { key: 'blockquote', glyph: '❝', run: (e: Editor) => e.chain().focus().toggleBlockquote().run() },
] as const;

type ToolKey = (typeof tools)[number]['key'];

// A few formatting buttons (the keyboard shortcuts work too), each a toggle announcing its state.
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }): Record<ToolKey, boolean> => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
    }),
  });
  return (
    <Group
      gap={4}
      role="toolbar"
      aria-label={t('workspace.editor.toolbar')}
      className="answer-toolbar"
    >
      {tools.map((tool) => (
        <ActionIcon
          key={tool.key}
          variant={active[tool.key] ? 'filled' : 'subtle'}
          size="sm"
          aria-label={t(`workspace.editor.${tool.key}`)}
          aria-pressed={active[tool.key]}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => tool.run(editor)}
        >
          <span aria-hidden="true" dir="ltr" className={`tool-glyph tool-${tool.key}`}>
            {tool.glyph}
          </span>
        </ActionIcon>
      ))}
    </Group>
  );
}
