import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QuestionDiscussion } from '../discussion/DiscussionControls';
import { AnswerEditor } from './AnswerEditor';
import { EvidenceRefs } from './EvidenceRefs';
import { QuestionRating } from './QuestionRating';
import type { WorkspaceContext } from './workspace-context';
import type { OutlineQuestion } from './workspace-outline';

export function QuestionCard({
  question,
  ws,
}: {
  question: OutlineQuestion;
  ws: WorkspaceContext;
}) {
  const { t } = useTranslation();
  const { doc, awareness, user, readOnly } = ws;
  const headingId = `question-${question.key}`;
  return (
    <Paper
      component="article"
      withBorder
      p="md"
      aria-labelledby={headingId}
      data-testid={`question-${question.key}`}
    >
      <Stack gap="sm">
        <Title order={5} id={headingId}>
          <Text span c="dimmed" fw={600} me="xs">
            {question.number}
          </Text>
          <span lang={question.english ? 'en' : undefined} dir="auto">
            {question.text}
          </span>
        </Title>
        <AnswerEditor
          doc={doc}
          awareness={awareness}
          user={user}
          questionKey={question.key}
          label={t('workspace.answer.label', { number: question.number })}
          describedBy={headingId}
          editable={!readOnly}
        />
        <QuestionRating
          doc={doc}
          questionKey={question.key}
          number={question.number}
          readOnly={readOnly}
        />
        <EvidenceRefs
          doc={doc}
          questionKey={question.key}
          number={question.number}
          readOnly={readOnly}
        />
        <QuestionDiscussion questionKey={question.key} number={question.number} doc={doc} />
      </Stack>
    </Paper>
  );
}
