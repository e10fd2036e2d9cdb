import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { changeLanguage } from '../i18n/i18n';
import { languages, matchLanguage, type LanguageCode } from '../i18n/languages';
import { GlobeIcon } from '../shared/components/icons';

// Each language is named in itself (and marked with its own `lang`), so that someone who does not
// read the current interface language can still find theirs.
export function LanguageMenu() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const current = matchLanguage(i18n.language) ?? 'en';
  const currentName = languages.find((l) => l.code === current)?.nativeName ?? current;

  const choose = async (code: LanguageCode) => {
    // A `?lang=` left in the address would otherwise win over this choice on the next reload.
    if (params.has('lang')) {
      const next = new URLSearchParams(params);
      next.delete('lang');
      setParams(next, { replace: true });
    }
    await changeLanguage(code);
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          leftSection={<GlobeIcon />}
          aria-label={t('language.current', { language: currentName })}
          data-testid="language-menu"
        >
          <span lang={current}>{currentName}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown aria-label={t('language.label')}>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {languages.map((l) => (
          <Menu.Item
            key={l.code}
            lang={l.code}
            dir={l.dir}
            aria-current={l.code === current ? 'true' : undefined}
            fw={l.code === current ? 700 : undefined}
            onClick={() => void choose(l.code)}
            data-testid={`language-${l.code}`}
          >
            {l.nativeName}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
