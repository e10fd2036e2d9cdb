import { Accordion, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FrameworkFullQuery } from '../../gql/graphql';
import { DetailContent } from './DetailContent';

type SubElement = FrameworkFullQuery['framework']['elements'][number]['subElements'][number];

// One sub-element: its detail topics fold open one by one, since the full text of a sub-element
// runs to several screens.
export function SubElementSection({
  subElement,
  number,
}: {
  subElement: SubElement;
  number: string;
}) {
  const { t } = useTranslation();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={`${subElement.key}-title`}>
      <Stack gap="sm">
        <Title
          order={2}
          size="h3"
          id={subElement.key}
          lang="en"
          dir="auto"
          data-testid="sub-element"
        >
          <span id={`${subElement.key}-title`}>
            {number} {subElement.title}
          </span>
        </Title>
        <Text size="sm" c="dimmed">
          {t('framework.topicCount', { count: subElement.details.length })} ·{' '}
          {t('framework.questionCount', {
            count: subElement.details.reduce((n, d) => n + d.anchorQuestions.length, 0),
          })}
        </Text>
        <Accordion multiple variant="separated" chevronPosition="left">
          {subElement.details.map((detail) => (
            <Accordion.Item key={detail.key} value={detail.key}>
              <Accordion.Control>
                <Title order={3} size="h5" lang="en" dir="auto">
                  {detail.title}
                </Title>
              </Accordion.Control>
              <Accordion.Panel>
                <DetailContent detail={detail} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Stack>
    </Paper>
  );
}
