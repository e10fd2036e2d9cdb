import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExternalLink } from '../../shared/components/ExternalLink';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { FrameworkOverviewQuery } from './framework.graphql';
import { FrameworkVersion } from './FrameworkVersion';

export function FrameworkPage() {
  const { t } = useTranslation();
  usePageTitle(t('framework.title'));
  const { data, error, refetch } = useQuery(FrameworkOverviewQuery);
  if (error && !data) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) {
    return <PageLoader />;
  }
  const { framework } = data;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('framework.title')}</Title>
        <Text fw={500} lang="en" dir="auto">
          {framework.title}
        </Text>
        <FrameworkVersion version={framework.version} contentHash={framework.contentHash} />
        <Text maw={760}>{t('framework.intro')}</Text>
        <Text size="sm" c="dimmed">
          {t('framework.englishOnly')}{' '}
          <ExternalLink href={framework.source.url}>{framework.source.title}</ExternalLink>
        </Text>
      </Stack>
      <Title order={2}>{t('framework.elementsHeading')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ol" className="nav-list">
        {framework.elements.map((element, index) => (
          <li key={element.key}>
            <Card withBorder padding="lg" h="100%" className="link-card" data-testid="element-card">
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" c="dimmed">
                    {t('framework.elementNumber', { number: index + 1 })}
                  </Text>
                  <Badge variant="light">
                    {t('framework.subElementCount', { count: element.subElements.length })}
                  </Badge>
                </Group>
                <Title order={3} size="h4" lang="en" dir="auto">
                  <Anchor component={Link} to={`/framework/${element.key}`} c="inherit">
                    {element.title}
                  </Anchor>
                </Title>
                <Text size="sm" lineClamp={4} lang="en" dir="auto">
                  {element.description}
                </Text>
              </Stack>
            </Card>
          </li>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
