import type { CollabPresence } from '@idgov/assessment-doc';
import { Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { presentPeople, type PresentPerson } from './presence';
import { sameJson } from './use-y-value';

interface Props {
  awareness: Awareness;
  counts: CollabPresence | null;
}

function usePresentPeople(awareness: Awareness): PresentPerson[] {
  const read = () => presentPeople(awareness.getStates(), awareness.clientID);
  const [people, setPeople] = useState(read);
  useEffect(() => {
    const update = () => {
      const next = presentPeople(awareness.getStates(), awareness.clientID);
      setPeople((previous) => (sameJson(previous, next) ? previous : next));
    };
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);
  return people;
}

// Who is editing here (from awareness: name and colour), and how many are only watching (counted
// by the server, which does not relay viewers' awareness).
export function PresenceList({ awareness, counts }: Props) {
  const { t } = useTranslation();
  const people = usePresentPeople(awareness);
  return (
    <Group gap="xs" data-testid="presence">
      <Text size="sm" c="dimmed" id="presence-label">
        {t('workspace.presence.here')}
      </Text>
      <Group gap={6} component="ul" className="plain-list" aria-labelledby="presence-label">
        {people.map((person) => (
          <li key={person.id} className="presence-person" data-testid="present-person">
            <span
              className="presence-dot"
              style={{ backgroundColor: person.color }}
              aria-hidden="true"
            />
            <Text span size="sm" dir="auto">
              {person.isYou ? t('workspace.presence.you', { name: person.name }) : person.name}
            </Text>
          </li>
        ))}
      </Group>
      {counts && counts.viewers > 0 ? (
        <Text size="sm" c="dimmed" data-testid="viewer-count">
          {t('workspace.presence.watching', { count: counts.viewers })}
        </Text>
      ) : null}
    </Group>
  );
}
