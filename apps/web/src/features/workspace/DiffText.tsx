import { isFindingKind, isQuestionStatus, isRating } from '@idgov/assessment-doc';
import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DiffHunk, FieldChange } from './version-changes';

// Fields whose hunks are whole values (enum names, evidence references), not running text.
const valueFields: ReadonlySet<FieldChange['field']> = new Set([
  'STATUS',
  'RATING',
  'FINDING_KIND',
]);

function useValueLabel(): (field: FieldChange['field'], value: string) => string {
  const { t } = useTranslation();
  return (field, value) => {
    if (field === 'STATUS' && isQuestionStatus(value)) {
      return t(`workspace.questionStatus.${value}`);
    }
    if (field === 'RATING' && isRating(value)) {
      return t(`workspace.rating.value.${value}`);
    }
    if (field === 'FINDING_KIND' && isFindingKind(value)) {
      return t(`workspace.findings.kind.${value}`);
    }
    return value;
  };
}

// A diff marked up with <ins> and <del>: struck through and underlined (not colour alone), and
// each change is spoken as "added:" or "removed:" by screen readers.
export function DiffText({
  field,
  hunks,
}: {
  field: FieldChange['field'];
  hunks: readonly DiffHunk[];
}) {
  const { t } = useTranslation();
  const label = useValueLabel();
  const values = valueFields.has(field);
  const lines = field === 'EVIDENCE';
  return (
    <Text
      component="div"
      size="sm"
      dir="auto"
      className={`version-diff${lines ? ' version-diff--lines' : ''}`}
      data-testid={`diff-${field}`}
    >
      {hunks.map((h, i) => {
        const text = values ? label(field, h.text) : h.text;
        const separator = values && i > 0 ? ' ' : null;
        switch (h.kind) {
          case 'ADDED':
            return (
              <span key={i}>
                {separator}
                <ins>
                  <VisuallyHidden>{t('versions.added')} </VisuallyHidden>
                  {text}
                </ins>
              </span>
            );
          case 'REMOVED':
            return (
              <span key={i}>
                {separator}
                <del>
                  <VisuallyHidden>{t('versions.removed')} </VisuallyHidden>
                  {text}
                </del>
              </span>
            );
          case 'UNCHANGED':
            return <span key={i}>{text}</span>;
        }
      })}
    </Text>
  );
}
