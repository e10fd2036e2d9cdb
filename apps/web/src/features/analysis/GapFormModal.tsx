import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { RaiseGapMutation, UpdateGapMutation } from './analysis.graphql';
import type { AnalysisElement, AnalysisMember, GapRow } from './analysis-types';

export type GapFormTarget = { mode: 'raise' } | { mode: 'track' | 'edit'; gap: GapRow };

interface Props {
  assessmentId: string;
  elements: readonly AnalysisElement[];
  members: readonly AnalysisMember[];
  target: GapFormTarget | null;
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  elementKey: string | null;
  subElementKey: string | null;
  questionKey: string | null;
  description: string;
  ownerMemberId: string | null;
  dueDate: string;
}

const initialValues = (target: GapFormTarget | null): Values => {
  const gap = target && target.mode !== 'raise' ? target.gap : null;
  return {
    elementKey: gap?.elementKey ?? null,
    subElementKey: gap?.subElementKey ?? null,
    questionKey: gap?.questionKey ?? null,
    description: target?.mode === 'edit' ? (gap?.description ?? '') : '',
    ownerMemberId: target?.mode === 'edit' ? (gap?.owner?.id ?? null) : null,
    dueDate: target?.mode === 'edit' ? (gap?.dueDate ?? '') : '',
  };
};

// Raise a gap by hand, track a derived one (its place fixed), or change a tracked one.
export function GapFormModal({ assessmentId, elements, members, target, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => initialValues(target));
  useEffect(() => setValues(initialValues(target)), [target]);
  const [raise, raising] = useMutation(RaiseGapMutation);
  const [update, updating] = useMutation(UpdateGapMutation);
  const set = (change: Partial<Values>) => setValues((v) => ({ ...v, ...change }));
  const placeFixed = target?.mode !== 'raise';
  const element = elements.find((e) => e.key === values.elementKey);
  const sub = element?.subElements.find((s) => s.key === values.subElementKey);
  const questions = sub?.details.flatMap((d) => d.questions) ?? [];

  const submit = async () => {
    if (!target) {
      return;
    }
    const shared = {
      description: values.description,
      ownerMemberId: values.ownerMemberId,
      dueDate: values.dueDate || null,
    };
    if (target.mode === 'edit') {
      await update({ variables: { assessmentId, id: target.gap.id, input: shared } });
    } else {
      await raise({
        variables: {
          input: {
            assessmentId,
            elementKey: values.elementKey ?? '',
            subElementKey: values.subElementKey ?? '',
            questionKey: values.questionKey,
            source: target.mode === 'track' ? target.gap.kind : null,
            ...shared,
          },
        },
      });
    }
    onSaved();
  };

  const title = target ? t(`analysis.form.${target.mode}Title`) : '';
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit().catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <ErrorAlert error={raising.error ?? updating.error} />
          <Select
            label={t('analysis.form.element')}
            data={elements.map((e) => ({ value: e.key, label: e.title }))}
            value={values.elementKey}
            onChange={(elementKey) => set({ elementKey, subElementKey: null, questionKey: null })}
            disabled={placeFixed}
            required
            data-testid="gap-form-element"
          />
          <Select
            label={t('analysis.form.subElement')}
            data={(element?.subElements ?? []).map((s) => ({ value: s.key, label: s.title }))}
            value={values.subElementKey}
            onChange={(subElementKey) => set({ subElementKey, questionKey: null })}
            disabled={placeFixed || !element}
            required
            data-testid="gap-form-sub-element"
          />
          <Select
            label={t('analysis.form.question')}
            placeholder={t('analysis.form.questionNone')}
            clearable
            data={questions.map((q) => ({ value: q.key, label: q.text }))}
            value={values.questionKey}
            onChange={(questionKey) => set({ questionKey })}
            disabled={placeFixed || !sub}
          />
          <Textarea
            label={t('analysis.form.description')}
            value={values.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            maxLength={2000}
            autosize
            minRows={3}
            required
            dir="auto"
            data-testid="gap-form-description"
          />
          <Select
            label={t('analysis.form.owner')}
            placeholder={t('analysis.gaps.noOwner')}
            clearable
            searchable
            data={members.map((m) => ({ value: m.id, label: m.label }))}
            value={values.ownerMemberId}
            onChange={(ownerMemberId) => set({ ownerMemberId })}
            data-testid="gap-form-owner"
          />
          <TextInput
            type="date"
            label={t('analysis.form.dueDate')}
            value={values.dueDate}
            onChange={(e) => set({ dueDate: e.currentTarget.value })}
            data-testid="gap-form-due"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('analysis.form.cancel')}
            </Button>
            <Button
              type="submit"
              loading={raising.loading || updating.loading}
              data-testid="gap-form-save"
            >
              {t('analysis.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
