import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attribution } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/errors/ErrorAlert';
import { useAnnounce } from '../../shared/hooks/use-announce';
import { attributions, type Member } from './member-abilities';
import { SetMyAttributionMutation } from './members.graphql';

const isAttribution = (value: string): value is Attribution =>
  attributions.some((a) => a === value);

// "How others see me", for civil-society members: saved with a button rather than on each change,
// since arrow keys move through radio buttons one change at a time.
export function AttributionChooser({
  assessmentId,
  member,
}: {
  assessmentId: string;
  member: Member;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [choice, setChoice] = useState<Attribution>(member.attribution);
  const [save, { loading, error }] = useMutation(SetMyAttributionMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await save({ variables: { assessmentId, attribution: choice } });
      announce(t('attribution.saved', { choice: t(`attribution.option.${choice}`) }));
    } catch {
      // Shown above the button.
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attribution-title">
      <form onSubmit={(e) => void submit(e)} data-testid="attribution-form">
        <Stack gap="sm">
          <Title order={3} size="h4" id="attribution-title">
            {t('attribution.title')}
          </Title>
          <Text size="sm" maw={760}>
            {t('attribution.intro')}
          </Text>
          <Radio.Group
            label={t('attribution.label')}
            value={choice}
            onChange={(value) => {
              if (isAttribution(value)) {
                setChoice(value);
              }
            }}
          >
            <Stack gap="sm" mt="xs">
              {attributions.map((a) => (
                <Radio
                  key={a}
                  value={a}
                  label={t(`attribution.option.${a}`)}
                  description={t(`attribution.hint.${a}`)}
                  data-testid={`attribution-${a}`}
                />
              ))}
            </Stack>
          </Radio.Group>
          <ErrorAlert error={error} />
          <Group>
            <Button
              type="submit"
              loading={loading}
              disabled={choice === member.attribution}
              data-testid="attribution-save"
            >
              {t('attribution.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
