import { Anchor, VisuallyHidden, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalIcon } from './icons';

interface ExternalLinkProps extends AnchorProps {
  href: string;
  children: ReactNode;
}

// A link leaving the app: opens in a new tab, says so to screen readers, shares no referrer.
export function ExternalLink({ href, children, ...rest }: ExternalLinkProps) {
  const { t } = useTranslation();
  return (
    <Anchor href={href} target="_blank" rel="noopener noreferrer" {...rest}>
      {children}
      <ExternalIcon size={14} style={{ marginInlineStart: 4, verticalAlign: 'middle' }} />
      <VisuallyHidden>{t('app.opensInNewTab')}</VisuallyHidden>
    </Anchor>
  );
}
