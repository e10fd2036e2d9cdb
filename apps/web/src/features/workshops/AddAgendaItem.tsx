import { useMutation, useQuery } from '@apollo/client/react';
import { isRating } from '@idgov/assessment-doc';
import { Button, Paper, SegmentedControl, Select, Stack, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopItemKind } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import type { SignedInUser } from '../auth/use-me';
import type { OwnMembership } from '../workspace/presence';
import { questionsOf, type ElementTree } from './element-titles';
import { FindingPicker } from './FindingPicker';
import { AddWorkshopItemMutation, QuestionRatingsQuery } from './workshops.graphql';

interface Props {
  assessmentId: string;
  workshopId: string;
  elements: readonly ElementTree[];
  me: SignedInUser;
  membership: OwnMembership | null;
}

// Puts a finding (picked from the element document) or a question's rating on the agenda. The
// server snapshots the statement and rating, so later edits to the element do not move the vote.
export function AddAgendaItem({ assessmentId, workshopId, elements, me, membership }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [kind, setKind] = useState<WorkshopItemKind>('FINDING');
  const [elementKey, setElementKey] = useState<string | null>(null);
  const [subElementKey, setSubElementKey] = useState<string | null>(null);
  const [findingId, setFindingId] = useState<string | null>(null);
  const [questionKey, setQuestionKey] = useState<string | null>(null);
  const [add, adding] = useMutation(AddWorkshopItemMutation);
  const ratings = useQuery(QuestionRatingsQuery, {
    variables: { id: assessmentId },
    skip: kind !== 'RATING',
    fetchPolicy: 'cache-and-network',
  });
  const ratingOf = (questionKey: string): string | null =>
    ratings.data?.assessment.progress.elements
      .find((e) => e.elementKey === elementKey)
      ?.subElements.find((s) => s.subElementKey === subElementKey)
      ?.questions.find((q) => q.questionKey === questionKey)?.rating ?? null;
  const ratingLabel = (rating: string | null) =>
    rating === null
      ? t('workspace.rating.none')
      : isRating(rating)
        ? t(`workspace.rating.value.${rating}`)
        : rating;

  const element = elements.find((e) => e.key === elementKey);
  const subElements = element?.subElements.filter((s) => s.enabled) ?? [];
  const picked = kind === 'FINDING' ? findingId : questionKey;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!elementKey || !subElementKey || !picked) {
      return;
    }
    const input = {
      assessmentId,
      workshopId,
      kind,
      elementKey,
      subElementKey,
      ...(kind === 'FINDING' ? { findingId: picked } : { questionKey: picked }),
    };
    const result = await add({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setFindingId(null);
      setQuestionKey(null);
      announce(t('workshops.add.added'));
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="workshop-add-title">
      <form onSubmit={(e) => void onSubmit(e)}>
        <Stack gap="sm">
          <Title order={3} id="workshop-add-title">
            {t('workshops.add.title')}
          </Title>
          <SegmentedControl
            aria-label={t('workshops.add.kind')}
            value={kind}
            onChange={(value) => setKind(value === 'RATING' ? 'RATING' : 'FINDING')}
            data={[
              { value: 'FINDING', label: t('workshops.kind.FINDING') },
              { value: 'RATING', label: t('workshops.kind.RATING') },
            ]}
            data-testid="workshop-add-kind"
          />
          <Select
            label={t('workshops.add.element')}
            data={elements.map((e, i) => ({ value: e.key, label: `${i + 1}. ${e.title}` }))}
            value={elementKey}
            onChange={(value) => {
              setElementKey(value);
              setSubElementKey(null);
              setFindingId(null);
              setQuestionKey(null);
            }}
            searchable
            data-testid="workshop-pick-element"
          />
          {element ? (
            <Select
              label={t('workshops.add.subElement')}
              data={subElements.map((s) => ({ value: s.key, label: s.title }))}
              value={subElementKey}
              onChange={(value) => {
                setSubElementKey(value);
                setFindingId(null);
                setQuestionKey(null);
              }}
              data-testid="workshop-pick-sub-element"
            />
          ) : null}
          {elementKey && subElementKey && kind === 'FINDING' ? (
            <FindingPicker
              key={elementKey}
              assessmentId={assessmentId}
              elementKey={elementKey}
              subElementKey={subElementKey}
              me={me}
              membership={membership}
              value={findingId}
              onChange={setFindingId}
            />
          ) : null}
          {elementKey && subElementKey && kind === 'RATING' ? (
            <Select
              label={t('workshops.add.question')}
              data={questionsOf(elements, elementKey, subElementKey).map((q) => {
                const rating = ratingOf(q.key);
                // An unrated question has nothing to validate yet.
                return {
                  value: q.key,
                  label: `${q.text} — ${ratingLabel(rating)}`,
                  disabled: rating === null,
                };
              })}
              value={questionKey}
              onChange={setQuestionKey}
              data-testid="workshop-pick-question"
            />
          ) : null}
          <div>
            <Button
              type="submit"
              disabled={!picked}
              loading={adding.loading}
              data-testid="workshop-add-item"
            >
              {t('workshops.add.submit')}
            </Button>
          </div>
          {adding.error ? <ErrorAlert error={adding.error} /> : null}
        </Stack>
      </form>
    </Paper>
  );
}
