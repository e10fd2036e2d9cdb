import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { findingKinds, ratings } from '@idgov/assessment-doc';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestedFindingKind, SuggestedRating } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { SuggestChangeMutation } from './discussion.graphql';
import { draftProblems, type DraftProblem } from './discussion-logic';
import { suggestionInput, type CurrentValue, type SuggestTarget } from './suggest-target';

interface Props {
  assessmentId: string;
  elementKey: string;
  target: SuggestTarget;
  current: CurrentValue;
  onClose: () => void;
  onSent: () => void;
}

const isRating = (v: string | null): v is SuggestedRating =>
  (ratings as readonly (string | null)[]).includes(v);
const isFindingKind = (v: string | null): v is SuggestedFindingKind =>
  (findingKinds as readonly (string | null)[]).includes(v);

// A proposal for one field, with the value as it is now beside it and a reason for the moderator.
export function SuggestChangeModal({
  assessmentId,
  elementKey,
  target,
  current,
  onClose,
  onSent,
}: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [rating, setRating] = useState<SuggestedRating | null>(null);
  const [findingKind, setFindingKind] = useState<SuggestedFindingKind | null>(
    isFindingKind(current.findingKind) ? current.findingKind : 'WEAKNESS',
  );
  const [text, setText] = useState(current.text ?? '');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [send, { loading, error }] = useMutation(SuggestChangeMutation);
  const problem = (p: DraftProblem) =>
    problems.includes(p) ? t(`discussion.suggest.problem.${p}`) : undefined;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const draft = { rating, findingKind, text, reason };
    const found = draftProblems({ ...draft, kind: target.kind }, current);
    setProblems(found);
    if (found.length > 0) {
      return;
    }
    try {
      await send({
        variables: { input: suggestionInput(assessmentId, elementKey, target, draft) },
      });
      announce(t('discussion.suggest.sent'));
      onSent();
      onClose();
    } catch {
      // Shown in the form.
    }
  };

  const currentText =
    target.kind === 'RATING'
      ? current.rating && t(`workspace.rating.value.${current.rating as SuggestedRating}`)
      : current.text;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('discussion.suggest.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="suggest-form">
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {target.label}
          </Text>
          <Text size="sm">{t('discussion.suggest.intro')}</Text>
          <Text
            size="sm"
            c="dimmed"
            style={{ whiteSpace: 'pre-wrap' }}
            data-testid="suggest-current"
          >
            {t('discussion.suggest.current')}: {currentText || t('discussion.suggest.noValue')}
          </Text>
          <ErrorAlert error={error} />
          {target.kind === 'RATING' ? (
            <Select
              label={t('discussion.suggest.proposedRating')}
              data={ratings.map((r) => ({ value: r, label: t(`workspace.rating.value.${r}`) }))}
              value={rating}
              onChange={(v) => setRating(isRating(v) ? v : null)}
              error={problem('ratingRequired') ?? problem('unchanged')}
              data-testid="suggest-rating"
            />
          ) : null}
          {target.kind === 'FINDING' ? (
            <Select
              label={t('discussion.suggest.proposedKind')}
              data={findingKinds.map((k) => ({
                value: k,
                label: t(`workspace.findings.kind.${k}`),
              }))}
              value={findingKind}
              allowDeselect={false}
              onChange={(v) => setFindingKind(isFindingKind(v) ? v : null)}
              data-testid="suggest-finding-kind"
            />
          ) : null}
          {target.kind === 'RATING' ? null : (
            <Textarea
              label={t('discussion.suggest.proposedText')}
              autosize
              minRows={3}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              error={problem('textRequired') ?? problem('unchanged')}
              data-testid="suggest-text"
            />
          )}
          <Textarea
            label={t('discussion.suggest.reason')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={problem('reasonRequired')}
            data-testid="suggest-reason"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={loading} data-testid="suggest-send">
              {t('discussion.suggest.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
