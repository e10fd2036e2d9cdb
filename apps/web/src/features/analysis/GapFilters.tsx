import { Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { gapKinds, gapStatuses, type GapParams } from './analysis-display';
import type { AnalysisElement } from './analysis-types';

interface Props {
  elements: readonly AnalysisElement[];
  params: GapParams;
  onChange: (change: Partial<GapParams>) => void;
}

export function GapFilters({ elements, params, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('analysis.gaps.filters')}>
      <Select
        label={t('analysis.gaps.element')}
        placeholder={t('analysis.gaps.anyElement')}
        clearable
        data={elements.map((e) => ({ value: e.key, label: e.title }))}
        value={params.element}
        onChange={(element) => onChange({ element })}
        data-testid="gaps-filter-element"
      />
      <Select
        label={t('analysis.gaps.kind')}
        placeholder={t('analysis.gaps.anyKind')}
        clearable
        data={gapKinds.map((k) => ({ value: k, label: t(`analysis.gapKind.${k}`) }))}
        value={params.kind}
        onChange={(kind) => onChange({ kind: gapKinds.find((k) => k === kind) ?? null })}
        data-testid="gaps-filter-kind"
      />
      <Select
        label={t('analysis.gaps.status')}
        placeholder={t('analysis.gaps.anyStatus')}
        clearable
        data={gapStatuses.map((s) => ({ value: s, label: t(`analysis.gapStatus.${s}`) }))}
        value={params.status}
        onChange={(status) => onChange({ status: gapStatuses.find((s) => s === status) ?? null })}
        data-testid="gaps-filter-status"
      />
      <Switch
        label={t('analysis.gaps.mine')}
        checked={params.mine}
        onChange={(e) => onChange({ mine: e.currentTarget.checked })}
        mb={8}
        data-testid="gaps-filter-mine"
      />
      <Switch
        label={t('analysis.gaps.overdue')}
        checked={params.overdue}
        onChange={(e) => onChange({ overdue: e.currentTarget.checked })}
        mb={8}
        data-testid="gaps-filter-overdue"
      />
    </Group>
  );
}
