import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assessmentRoles } from './member-abilities';

// What each role may do, in plain words, beside the list that assigns them.
export function RolesLegend({ moderatorsByAdmin }: { moderatorsByAdmin: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="roles-legend">
      <Stack gap="sm">
        <Title order={3} size="h5" id="roles-legend">
          {t('members.rolesTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="sm">
          {assessmentRoles.map((role) => (
            <div key={role}>
              <Text component="dt" fw={600} size="sm">
                {t(`role.${role}`)}
              </Text>
              <Text component="dd" m={0} size="sm" c="dimmed">
                {t(`roleHint.${role}`)}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        {moderatorsByAdmin ? (
          <Text size="sm" data-testid="moderators-by-admin">
            {t('members.moderatorsByAdmin')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
