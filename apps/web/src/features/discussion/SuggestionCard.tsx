import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestionFieldsFragment } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import {
  AcceptSuggestionMutation,
  RejectSuggestionMutation,
  WithdrawSuggestionMutation,
} from './discussion.graphql';
import { mayWithdraw, suggestionTarget } from './discussion-logic';

const statusColor = {
  PENDING: 'yellow',
  ACCEPTED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'gray',
} as const;

interface Props {
  assessmentId: string;
  suggestion: SuggestionFieldsFragment;
  labels: ReadonlyMap<string, string>;
  mayDecide: boolean;
  onChanged: () => void;
}

// One suggestion: what it changes (now → proposed), why, and its outcome; the moderator accepts
// (reason optional) or rejects (reason required); the author may withdraw it while pending.
export function SuggestionCard({
  assessmentId,
  suggestion: s,
  labels,
  mayDecide,
  onChanged,
}: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [accept, accepting] = useMutation(AcceptSuggestionMutation);
  const [reject, rejecting] = useMutation(RejectSuggestionMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawSuggestionMutation);
  const variables = { assessmentId, suggestionId: s.id };
  const run = async (
    action: () => Promise<unknown>,
    done: 'accepted' | 'rejected' | 'withdrawn',
  ) => {
    try {
      await action();
      announce(t(`discussion.suggestions.${done}`));
      onChanged();
    } catch {
      // Shown below.
    }
  };
  const value = (rating: string | null, kind: string | null, text: string | null) =>
    s.kind === 'RATING'
      ? rating && t(`workspace.rating.value.${rating as 'PARTIAL'}`)
      : [kind && t(`workspace.findings.kind.${kind as 'RISK'}`), text].filter(Boolean).join(': ');
  const target = t(suggestionTarget(s), {
    question: labels.get(s.questionKey ?? '') ?? s.questionKey ?? '',
    subElement: labels.get(s.subElementKey ?? '') ?? s.subElementKey ?? '',
  });
  const author = s.createdByYou
    ? t('discussion.suggestions.you')
    : (s.author?.label ?? t('discussion.suggestions.formerMember'));
  const pending = s.status === 'PENDING';
  return (
    <Paper withBorder p="sm" data-testid="suggestion" data-status={s.status}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {target}
          </Text>
          <Badge color={statusColor[s.status]} variant="light">
            {t(`discussion.status.${s.status}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('discussion.suggestions.by', { author })}
        </Text>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {t('discussion.suggest.current')}:{' '}
          {value(s.currentRating, s.currentFindingKind, s.currentText) ||
            t('discussion.suggest.noValue')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('discussion.suggestions.proposed')}:{' '}
          {value(s.proposedRating, s.proposedFindingKind, s.proposedText) ||
            t('discussion.suggest.noValue')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('discussion.suggestions.reason', { reason: s.reason })}
        </Text>
        {s.decisionReason ? (
          <Text
            size="sm"
            fw={500}
            style={{ whiteSpace: 'pre-wrap' }}
            data-testid="suggestion-decision"
          >
            {t('discussion.suggestions.decision', { reason: s.decisionReason })}
          </Text>
        ) : null}
        {s.decidedBy && s.status !== 'WITHDRAWN' ? (
          <Text size="xs" c="dimmed">
            {t('discussion.suggestions.decidedBy', { name: s.decidedBy.label })}
          </Text>
        ) : null}
        {s.appliedStale ? (
          <Text size="xs" c="orange">
            {t('discussion.suggestions.stale')}
          </Text>
        ) : null}
        <ErrorAlert error={accepting.error ?? rejecting.error ?? withdrawing.error} />
        {pending && mayDecide ? (
          <Stack gap="xs">
            <Textarea
              size="sm"
              autosize
              minRows={1}
              maxLength={2000}
              label={t('discussion.suggestions.decisionReason')}
              description={t('discussion.suggestions.decisionReasonOptional')}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setMissing(false);
              }}
              error={missing ? t('discussion.suggestions.rejectReasonRequired') : undefined}
              data-testid="suggestion-reason"
            />
            <Group gap="xs">
              <Button
                size="xs"
                color="green"
                loading={accepting.loading}
                data-testid="suggestion-accept"
                onClick={() =>
                  void run(
                    () => accept({ variables: { ...variables, reason: reason.trim() || null } }),
                    'accepted',
                  )
                }
              >
                {t('discussion.suggestions.accept')}
              </Button>
              <Button
                size="xs"
                color="red"
                variant="light"
                loading={rejecting.loading}
                data-testid="suggestion-reject"
                onClick={() => {
                  if (!reason.trim()) {
                    setMissing(true);
                    return;
                  }
                  void run(
                    () => reject({ variables: { ...variables, reason: reason.trim() } }),
                    'rejected',
                  );
                }}
              >
                {t('discussion.suggestions.reject')}
              </Button>
            </Group>
          </Stack>
        ) : null}
        {mayWithdraw(s) ? (
          <Group>
            <Button
              size="xs"
              variant="subtle"
              loading={withdrawing.loading}
              data-testid="suggestion-withdraw"
              onClick={() => void run(() => withdraw({ variables }), 'withdrawn')}
            >
              {t('discussion.suggestions.withdraw')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
