import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FrameworkFullQuery } from '../../gql/graphql';
import { ExternalLink } from '../../shared/components/ExternalLink';

type Detail =
  FrameworkFullQuery['framework']['elements'][number]['subElements'][number]['details'][number];

export function DetailContent({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="detail-content">
      <section>
        <Title order={4} size="h6" mb={4}>
          {t('framework.anchorQuestions')}
        </Title>
        <List type="ordered" spacing="xs" lang="en" dir="auto">
          {detail.anchorQuestions.map((q) => (
            <List.Item key={q.key}>{q.text}</List.Item>
          ))}
        </List>
      </section>
      <section>
        <Title order={4} size="h6" mb={4}>
          {t('framework.rightsImplications')}
        </Title>
        <Text size="sm" className="pre-line" lang="en" dir="auto">
          {detail.rightsImplications}
        </Text>
      </section>
      <section>
        <Title order={4} size="h6" mb={4}>
          {t('framework.targetScenario')}
        </Title>
        <Text size="sm" className="pre-line" lang="en" dir="auto">
          {detail.targetScenario}
        </Text>
      </section>
      {detail.standards.length > 0 ? (
        <section>
          <Title order={4} size="h6" mb={4}>
            {t('framework.standards')}
          </Title>
          <List spacing={4} size="sm" lang="en" dir="auto">
            {detail.standards.map((s) => (
              <List.Item key={s.url + s.title}>
                <ExternalLink href={s.url}>{s.title}</ExternalLink>
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}
    </Stack>
  );
}
