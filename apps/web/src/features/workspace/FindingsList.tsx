import {
  addFinding,
  findingKinds,
  findingsArrayName,
  isFindingKind,
  readElementAssessment,
  type FindingKind,
} from '@idgov/assessment-doc';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import { FindingItem } from './FindingItem';
import { safeRoot, sameJson } from './use-y-value';

interface Props {
  doc: Y.Doc;
  subElementKey: string;
  title: string;
  readOnly: boolean;
}

type FindingRef = { id: string; kind: FindingKind };

function readFindings(doc: Y.Doc, subElementKey: string): FindingRef[] {
  const findings = readElementAssessment(doc).subElements[subElementKey]?.findings ?? [];
  return findings.map(({ id, kind }) => ({ id, kind }));
}

// A sub-element's findings: strengths, weaknesses, information gaps and risks, each with its text.
export function FindingsList({ doc, subElementKey, title, readOnly }: Props) {
  const { t } = useTranslation();
  const array = useMemo(
    () => safeRoot(() => doc.getArray<unknown>(findingsArrayName(subElementKey))),
    [doc, subElementKey],
  );
  const [findings, setFindings] = useState(() => readFindings(doc, subElementKey));
  const [kind, setKind] = useState<FindingKind>('WEAKNESS');
  const [added, setAdded] = useState<string | null>(null);

  // Re-read on added, removed or re-classified findings, not on typing in one.
  useEffect(() => {
    if (array === null) {
      return;
    }
    const update = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (events.some((event) => !(event.target instanceof Y.Text))) {
        const next = readFindings(doc, subElementKey);
        setFindings((previous) => (sameJson(previous, next) ? previous : next));
      }
    };
    setFindings(readFindings(doc, subElementKey));
    array.observeDeep(update);
    return () => array.unobserveDeep(update);
  }, [array, doc, subElementKey]);

  const kindOptions = findingKinds.map((k) => ({
    value: k,
    label: t(`workspace.findings.kind.${k}`),
  }));

  return (
    <Stack gap="xs" data-testid={`findings-${subElementKey}`}>
      {findings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('workspace.findings.none')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" className="plain-list">
          {findings.map((finding, index) => (
            <li key={finding.id}>
              <FindingItem
                doc={doc}
                subElementKey={subElementKey}
                finding={finding}
                number={index + 1}
                kindOptions={kindOptions}
                readOnly={readOnly}
                autoFocus={finding.id === added}
              />
            </li>
          ))}
        </Stack>
      )}
      {readOnly || array === null ? null : (
        <Group gap="xs" align="flex-end">
          <Select
            size="xs"
            label={t('workspace.findings.newKind')}
            data={kindOptions}
            value={kind}
            allowDeselect={false}
            onChange={(value) => isFindingKind(value) && setKind(value)}
            data-testid="finding-kind-new"
          />
          <Button
            size="xs"
            variant="light"
            aria-label={t('workspace.findings.addTo', { title })}
            onClick={() => setAdded(addFinding(doc, subElementKey, kind))}
            data-testid="finding-add"
          >
            {t('workspace.findings.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
