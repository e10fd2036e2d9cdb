import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Confidentiality, EvidenceKind } from '../../gql/graphql';

const confidentialityColour: Record<Confidentiality, string> = {
  PUBLIC: 'green',
  TEAM: 'blue',
  MODERATORS: 'grape',
};

export function EvidenceBadges(props: {
  kind: EvidenceKind;
  confidentiality?: Confidentiality;
  archived?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="light" color="gray" data-testid="evidence-kind-badge">
        {t(`evidence.kind.${props.kind}`)}
      </Badge>
      {props.confidentiality ? (
        <Badge variant="dot" color={confidentialityColour[props.confidentiality]}>
          {t(`evidence.confidentiality.${props.confidentiality}`)}
        </Badge>
      ) : null}
      {props.archived ? (
        <Badge variant="outline" color="gray" data-testid="evidence-archived-badge">
          {t('evidence.archived')}
        </Badge>
      ) : null}
    </Group>
  );
}
