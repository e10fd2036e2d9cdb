import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionProvenance } from '../../gql/graphql';

const colors: Record<QuestionProvenance, string> = {
  FRAMEWORK: 'gray',
  REWORDED: 'yellow',
  CUSTOM: 'teal',
};

export function ProvenanceBadge({ provenance }: { provenance: QuestionProvenance }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[provenance]} variant="light" size="sm" data-testid="provenance">
      {t(`provenance.${provenance}`)}
    </Badge>
  );
}
