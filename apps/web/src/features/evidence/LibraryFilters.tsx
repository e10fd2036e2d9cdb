import { Group, Select, Switch, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confidentialities, evidenceKinds } from './evidence-kinds';
import { searchMaxLength, type LibraryParams } from './library-params';

interface Props {
  params: LibraryParams;
  onChange: (change: Partial<LibraryParams>) => void;
}

const searchDelayMs = 300;

// The search box waits for a pause in typing before it asks the API; the other filters apply at
// once.
export function LibraryFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(params.search);
  const [debounced] = useDebouncedValue(search, searchDelayMs);

  // Only a settled search changes the address (the latest onChange, without re-running on it).
  const latest = useRef({ onChange, current: params.search, sent: params.search });
  latest.current = { ...latest.current, onChange, current: params.search };
  useEffect(() => {
    if (debounced.trim() !== latest.current.current.trim()) {
      latest.current.sent = debounced;
      latest.current.onChange({ search: debounced });
    }
  }, [debounced]);
  // The address may change the search too (back button, a shared link); the search this box
  // sent itself must not overwrite what was typed since.
  useEffect(() => {
    if (params.search !== latest.current.sent) {
      latest.current.sent = params.search;
      setSearch(params.search);
    }
  }, [params.search]);

  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('evidence.library.filters')}>
      <TextInput
        type="search"
        label={t('evidence.library.search')}
        description={t('evidence.library.searchHint')}
        maxLength={searchMaxLength}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        dir="auto"
        style={{ flex: '1 1 18rem' }}
        data-testid="evidence-search"
      />
      <Select
        label={t('evidence.field.kind')}
        placeholder={t('evidence.library.anyKind')}
        clearable
        data={evidenceKinds.map((k) => ({ value: k, label: t(`evidence.kind.${k}`) }))}
        value={params.kind}
        onChange={(kind) => onChange({ kind: kind })}
        data-testid="evidence-filter-kind"
      />
      <Select
        label={t('evidence.field.confidentiality')}
        placeholder={t('evidence.library.anyConfidentiality')}
        clearable
        data={confidentialities.map((c) => ({
          value: c,
          label: t(`evidence.confidentiality.${c}`),
        }))}
        value={params.confidentiality}
        onChange={(c) => onChange({ confidentiality: c })}
        data-testid="evidence-filter-confidentiality"
      />
      <Switch
        label={t('evidence.library.showArchived')}
        checked={params.includeArchived}
        onChange={(e) => onChange({ includeArchived: e.currentTarget.checked })}
        mb={8}
        data-testid="evidence-show-archived"
      />
    </Group>
  );
}
