import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import { NavLink } from 'react-router';

interface ElementNavProps {
  label: string;
  base: string;
  elements: readonly { key: string; title: string }[];
  index: number;
}

// The numbered list of an assessment's elements beside a per-element page (framework titles stay
// English).
export function ElementNav({ label, base, elements, index }: ElementNavProps) {
  return (
    <nav aria-label={label}>
      <Stack gap={2} component="ol" className="nav-list">
        {elements.map((e, i) => (
          <li key={e.key}>
            <MantineNavLink
              component={NavLink}
              to={`${base}/${e.key}`}
              active={i === index}
              aria-current={i === index ? 'page' : undefined}
              label={`${i + 1}. ${e.title}`}
              lang="en"
              dir="auto"
            />
          </li>
        ))}
      </Stack>
    </nav>
  );
}
