import { Group, Stack, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

const links = [
  { to: '/assessments', key: 'nav.assessments' },
  { to: '/framework', key: 'nav.framework' },
] as const;

// react-router's NavLink marks the current section with aria-current="page".
export function MainNav({
  vertical = false,
  onNavigate,
}: {
  vertical?: boolean;
  onNavigate?: () => void;
}) {
  const { t } = useTranslation();
  const Layout = vertical ? Stack : Group;
  return (
    <nav aria-label={t('app.mainNavigation')}>
      <Layout gap={4} component="ul" className="nav-list">
        {links.map((l) => (
          <li key={l.to}>
            <UnstyledButton
              component={NavLink}
              to={l.to}
              className="nav-link"
              onClick={onNavigate}
              data-testid={`nav-${l.to.slice(1)}`}
            >
              {t(l.key)}
            </UnstyledButton>
          </li>
        ))}
      </Layout>
    </nav>
  );
}
