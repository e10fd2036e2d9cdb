import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceFieldsFragment } from '../../gql/graphql';
import { EvidenceListQuery } from './evidence.graphql';
import { searchMaxLength, toEvidenceFilter, emptyLibraryParams } from './library-params';

interface Props {
  assessmentId: string;
  value: EvidenceFieldsFragment | null;
  onChange: (item: EvidenceFieldsFragment | null) => void;
  error?: string | null;
}

const pickerSize = 15;

// Finds an item of the library by the same full-text search as the library page (titles, tags,
// citations, the text of attached files), newest first when nothing is typed.
export function EvidencePicker({ assessmentId, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  // Each question has a picker: none asks the API before it is opened.
  const [opened, setOpened] = useState(false);
  const labelOf = (item: EvidenceFieldsFragment) =>
    `${item.title} · ${t(`evidence.kind.${item.kind}`)}`;
  // Once an item is chosen the box shows its label: that is no search.
  const searching = value && debounced === labelOf(value) ? '' : debounced;
  const { data, previousData, loading } = useQuery(EvidenceListQuery, {
    variables: {
      assessmentId,
      filter: toEvidenceFilter({ ...emptyLibraryParams, search: searching }),
      page: { first: pickerSize, offset: 0 },
    },
    fetchPolicy: 'cache-and-network',
    skip: !opened,
  });
  const items = (data ?? previousData)?.evidence.items ?? [];
  const options = value && !items.some((i) => i.id === value.id) ? [value, ...items] : items;

  return (
    <Select
      size="xs"
      label={t('evidence.cite.pick')}
      placeholder={t('evidence.cite.pickPlaceholder')}
      searchable
      clearable
      onDropdownOpen={() => setOpened(true)}
      searchValue={search}
      onSearchChange={(s) => setSearch(s.slice(0, searchMaxLength))}
      // The API has already matched; Mantine must not filter its answers again by label.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('evidence.cite.searching') : t('evidence.cite.nothingFound')}
      data={options.map((item) => ({ value: item.id, label: labelOf(item) }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((i) => i.id === id) ?? null)}
      error={error}
      style={{ flex: '1 1 16rem' }}
      data-testid="evidence-picker"
    />
  );
}
