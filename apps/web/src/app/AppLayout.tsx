import { Anchor, AppShell, Burger, Container, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { ExternalLink } from '../shared/components/ExternalLink';
import { PageLoader } from '../shared/components/PageLoader';
import { LanguageMenu } from './LanguageMenu';
import { MainNav } from './MainNav';
import { PageErrorBoundary } from './PageErrorBoundary';
import { UserMenu } from './UserMenu';
import { useLanguageFromUrl } from './use-language-from-url';

export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const main = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  useLanguageFromUrl();

  // After a client-side navigation, screen readers start reading the new page, as they would
  // after a full page load.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { desktop: true, mobile: !navOpened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('app.toggleNavigation')}
              aria-expanded={navOpened}
            />
            <Anchor component={Link} to="/" underline="never" fw={700} c="inherit">
              <Text span fw={700} visibleFrom="md">
                {t('app.name')}
              </Text>
              <Text span fw={700} hiddenFrom="md">
                {t('app.shortName')}
              </Text>
            </Anchor>
            <Group visibleFrom="sm">
              <MainNav />
            </Group>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageMenu />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md">
        <MainNav vertical onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Container size="lg" component="main" id="main" tabIndex={-1} ref={main} py="md">
          <PageErrorBoundary resetKey={pathname}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Container>
        <Container size="lg" component="footer" py="lg">
          <Text size="sm" c="dimmed">
            {t('app.footer')}{' '}
            <ExternalLink href="https://governance4id.org/">{t('app.footerLink')}</ExternalLink>
          </Text>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
