import { Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isCompleteJoinCode, normaliseJoinCode } from './join-code';

interface Props {
  initial: string;
  notFound: boolean;
  onCode: (code: string) => void;
}

export function JoinCodeForm({ initial, notFound, onCode }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initial);
  const [tried, setTried] = useState(false);
  const incomplete = tried && !isCompleteJoinCode(code);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (isCompleteJoinCode(code)) {
      onCode(normaliseJoinCode(code));
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t('workshops.join.title')}
        </Title>
        <Text>{t('workshops.join.intro')}</Text>
        <TextInput
          className="join-code-input"
          label={t('workshops.join.code')}
          description={t('workshops.join.codeHint')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          size="lg"
          error={
            incomplete
              ? t('workshops.join.codeIncomplete')
              : notFound
                ? t('workshops.join.notFound')
                : undefined
          }
          data-testid="join-code"
        />
        <Button type="submit" size="lg" fullWidth data-testid="join-find">
          {t('workshops.join.find')}
        </Button>
      </Stack>
    </form>
  );
}
