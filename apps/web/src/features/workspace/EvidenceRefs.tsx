import {
  addEvidenceRef,
  evidenceArrayName,
  evidenceRefs,
  pinpointMaxLength,
  removeEvidenceRef,
} from '@idgov/assessment-doc';
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { EvidenceFieldsFragment } from '../../gql/graphql';
import { TrashIcon } from '../../shared/components/icons';
import { useAssessmentOutlet } from '../assessment/assessment-outlet';
import { CitedEvidence } from '../evidence/CitedEvidence';
import { suggestedPinpoint } from '../evidence/evidence-kinds';
import { EvidencePicker } from '../evidence/EvidencePicker';
import { safeRoot, sameJson, useYValue } from './use-y-value';

interface Props {
  doc: Y.Doc;
  questionKey: string;
  number: string;
  readOnly: boolean;
}

// Evidence cited for a question: an item of the assessment's library and a pinpoint (article,
// page), chosen by searching the library.
export function EvidenceRefs({ doc, questionKey, number, readOnly }: Props) {
  const { t } = useTranslation();
  const { assessment } = useAssessmentOutlet();
  const array = useMemo(
    () => safeRoot(() => doc.getArray<unknown>(evidenceArrayName(questionKey))),
    [doc, questionKey],
  );
  const refs = useYValue(array, () => evidenceRefs(doc, questionKey), sameJson);
  const [picked, setPicked] = useState<EvidenceFieldsFragment | null>(null);
  const [pinpoint, setPinpoint] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const pick = (item: EvidenceFieldsFragment | null) => {
    setPicked(item);
    setProblem(null);
    if (item && !pinpoint.trim()) {
      setPinpoint(suggestedPinpoint(item));
    }
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!picked) {
      setProblem(t('evidence.cite.required'));
      return;
    }
    const ref = { evidenceId: picked.id, pinpoint: pinpoint.trim() };
    const added = addEvidenceRef(doc, questionKey, ref);
    setProblem(added ? null : t('workspace.evidence.duplicate'));
    if (added) {
      setPicked(null);
      setPinpoint('');
    }
  };

  return (
    <Stack gap={4} data-testid={`evidence-${questionKey}`}>
      <Text size="sm" fw={500}>
        {t('workspace.evidence.title')}
      </Text>
      {refs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('workspace.evidence.none')}
        </Text>
      ) : (
        <Stack gap={2} component="ul" className="plain-list">
          {refs.map((ref, index) => (
            <Group
              component="li"
              key={`${ref.evidenceId}\u0000${ref.pinpoint}`}
              gap="xs"
              wrap="nowrap"
            >
              <CitedEvidence
                assessmentId={assessment.id}
                evidenceId={ref.evidenceId}
                pinpoint={ref.pinpoint}
              />
              {readOnly ? null : (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  aria-label={t('evidence.cite.remove', { n: index + 1, number })}
                  onClick={() => removeEvidenceRef(doc, questionKey, ref)}
                >
                  <TrashIcon size={14} />
                </ActionIcon>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {readOnly ? null : (
        <form onSubmit={add} aria-label={t('workspace.evidence.addFor', { number })}>
          <Group gap="xs" align="flex-end">
            <EvidencePicker
              assessmentId={assessment.id}
              value={picked}
              onChange={pick}
              error={problem}
            />
            <TextInput
              size="xs"
              label={t('workspace.evidence.pinpoint')}
              placeholder={t('workspace.evidence.pinpointPlaceholder')}
              value={pinpoint}
              maxLength={pinpointMaxLength}
              onChange={(e) => setPinpoint(e.currentTarget.value)}
              dir="auto"
              data-testid="evidence-pinpoint"
            />
            <Button size="xs" variant="light" type="submit" data-testid="evidence-add">
              {t('workspace.evidence.add')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
