import { Code, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// The content hash lets partners check that they read the same text; it is long, so only its
// start shows, with the whole value on hover and for screen readers.
export function FrameworkVersion({
  version,
  contentHash,
}: {
  version: string;
  contentHash?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" data-testid="framework-version">
      <Text size="sm" fw={600}>
        {t('framework.version', { version })}
      </Text>
      {contentHash ? (
        <Tooltip label={contentHash}>
          <Text size="xs" c="dimmed" dir="ltr">
            {t('framework.contentHash')}:{' '}
            <Code aria-label={contentHash}>{contentHash.slice(0, 19)}…</Code>
          </Text>
        </Tooltip>
      ) : null}
    </Group>
  );
}
