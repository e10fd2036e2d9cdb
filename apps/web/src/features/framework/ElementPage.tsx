import { useQuery } from '@apollo/client/react';
import { Anchor, Breadcrumbs, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ExternalLink } from '../../shared/components/ExternalLink';
import { PageLoader } from '../../shared/components/PageLoader';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { usePageTitle } from '../../shared/hooks/use-page-title';
import { FrameworkFullQuery } from './framework.graphql';
import { FrameworkVersion } from './FrameworkVersion';
import { SubElementSection } from './SubElementSection';

export function ElementPage() {
  const { t } = useTranslation();
  const { elementKey } = useParams();
  const { data, error, refetch } = useQuery(FrameworkFullQuery);
  const elements = data?.framework.elements ?? [];
  const index = elements.findIndex((e) => e.key === elementKey);
  const element = elements[index];
  usePageTitle(element?.title ?? t('framework.title'));

  if (error && !data) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!data) {
    return <PageLoader />;
  }
  const crumbs = (
    <Breadcrumbs separator="›">
      <Anchor component={Link} to="/framework">
        {t('framework.allElements')}
      </Anchor>
      {element ? (
        <Text lang="en" dir="auto">
          {element.title}
        </Text>
      ) : null}
    </Breadcrumbs>
  );
  if (!element) {
    return (
      <Stack>
        {crumbs}
        <ErrorAlert error={[{ code: 'NOT_FOUND', field: null, message: '' }]} />
        <Text>{t('framework.elementNotFound')}</Text>
      </Stack>
    );
  }
  const previous = elements[index - 1];
  const next = elements[index + 1];
  return (
    <Stack gap="lg">
      {crumbs}
      <Stack gap="xs">
        <Text c="dimmed">{t('framework.elementNumber', { number: index + 1 })}</Text>
        <Title order={1} lang="en" dir="auto" data-testid="element-title">
          {element.title}
        </Title>
        <FrameworkVersion version={data.framework.version} />
        <Text maw={760} lang="en" dir="auto">
          {element.description}
        </Text>
        <Text size="sm">
          <ExternalLink href={element.url}>{t('framework.sourcePage')}</ExternalLink>
        </Text>
      </Stack>
      <nav aria-labelledby="contents-heading">
        <Title order={2} size="h4" id="contents-heading">
          {t('framework.contents')}
        </Title>
        <List type="ordered" mt="xs">
          {element.subElements.map((s) => (
            <List.Item key={s.key}>
              <Anchor href={`#${s.key}`} lang="en" dir="auto">
                {s.title}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </nav>
      {element.subElements.map((s, i) => (
        <SubElementSection key={s.key} subElement={s} number={`${index + 1}.${i + 1}`} />
      ))}
      <Group justify="space-between" component="nav" aria-label={t('framework.elementsHeading')}>
        {previous ? (
          <Button variant="default" component={Link} to={`/framework/${previous.key}`}>
            {t('framework.previous')}:{' '}
            <span lang="en" dir="auto">
              &nbsp;{previous.title}
            </span>
          </Button>
        ) : (
          <span />
        )}
        {next ? (
          <Button variant="default" component={Link} to={`/framework/${next.key}`}>
            {t('framework.next')}:{' '}
            <span lang="en" dir="auto">
              &nbsp;{next.title}
            </span>
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
