import { summaryText } from '@idgov/assessment-doc';
import { Paper, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SubElementDiscussion } from '../discussion/DiscussionControls';
import { CollabTextarea } from './CollabTextarea';
import { FindingsList } from './FindingsList';
import { QuestionCard } from './QuestionCard';
import { safeRoot } from './use-y-value';
import type { WorkspaceContext } from './workspace-context';
import type { OutlineSubElement } from './workspace-outline';

// One sub-element: its topics' questions, then its findings and summary.
export function SubElementWorkspace({
  subElement,
  ws,
}: {
  subElement: OutlineSubElement;
  ws: WorkspaceContext;
}) {
  const { t } = useTranslation();
  const { doc, readOnly } = ws;
  const summary = useMemo(
    () => safeRoot(() => summaryText(doc, subElement.key)),
    [doc, subElement.key],
  );
  const headingId = `sub-element-${subElement.key}`;
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-labelledby={headingId}
      data-testid={headingId}
    >
      <Stack gap="md">
        <Title order={3} id={headingId} lang="en" dir="auto">
          {subElement.title}
        </Title>
        {subElement.details.map((detail) => (
          <Stack gap="sm" key={detail.key}>
            <Title order={4} lang="en" dir="auto">
              {detail.title}
            </Title>
            {detail.questions.map((question) => (
              <QuestionCard key={question.key} question={question} ws={ws} />
            ))}
          </Stack>
        ))}
        <Stack gap="xs">
          <Title order={4}>{t('workspace.findings.title')}</Title>
          <SubElementDiscussion subElementKey={subElement.key} title={subElement.title} doc={doc} />
          <FindingsList
            doc={doc}
            subElementKey={subElement.key}
            title={subElement.title}
            readOnly={readOnly}
          />
        </Stack>
        <CollabTextarea
          text={summary}
          label={t('workspace.summary.label')}
          description={t('workspace.summary.description')}
          readOnly={readOnly}
          testId={`summary-${subElement.key}`}
        />
      </Stack>
    </Paper>
  );
}
