import { List, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PhaseChecklistQuery } from '../../gql/graphql';
import { phaseCheckTranslationKey } from './phases';

type Check = PhaseChecklistQuery['phaseChecklist']['checks'][number];

// The checks of the next phase, each met (✓) or not (!), in the words of the domain that owns it.
export function PhaseChecklist({ checks }: { checks: readonly Check[] }) {
  const { t } = useTranslation();
  // A check another domain has not translated (yet) shows its key.
  const label = (check: Check) => {
    const key = phaseCheckTranslationKey(check.key);
    return key
      ? t(key, { defaultValue: check.key, count: check.count ?? 0, total: check.total ?? 0 })
      : check.key;
  };
  if (checks.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('assessment.phaseGate.noChecks')}
      </Text>
    );
  }
  return (
    <List spacing="xs" size="sm" data-testid="phase-checklist">
      {checks.map((check) => (
        <List.Item
          key={check.key}
          data-testid={`phase-check-${check.key}`}
          data-met={check.met}
          icon={
            <ThemeIcon
              size={20}
              radius="xl"
              color={check.met ? 'teal' : 'orange'}
              aria-hidden="true"
            >
              {check.met ? '✓' : '!'}
            </ThemeIcon>
          }
        >
          <Text span size="sm">
            {label(check)}{' '}
          </Text>
          <Text span size="xs" c="dimmed">
            ({check.met ? t('assessment.phaseGate.met') : t('assessment.phaseGate.unmet')})
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
