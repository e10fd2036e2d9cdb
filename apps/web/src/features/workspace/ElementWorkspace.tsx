import { documentName } from '@idgov/assessment-doc';
import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../shared/components/PageLoader';
import { ElementDiscussion } from '../discussion/ElementDiscussion';
import type { SignedInUser } from '../auth/use-me';
import { ValidationOutcomesProvider } from '../workshops/ValidationOutcomesProvider';
import { LeaveGuard } from './LeaveGuard';
import { presenceColor, presenceName, type OwnMembership, type PresenceUser } from './presence';
import { PresenceList } from './PresenceList';
import { SaveIndicator } from './SaveIndicator';
import { hasUnsavedChanges, saveStatus } from './save-state';
import { SubElementWorkspace } from './SubElementWorkspace';
import { useCollabSession, useCollabStatus } from './use-collab-session';
import { useConnectionAnnouncements } from './use-connection-announcements';
import { useTokenFetcher } from './use-token-fetcher';
import { VersionsPanel } from './VersionsPanel';
import type { WorkspaceContext } from './workspace-context';
import { workspaceOutline, type ElementNode } from './workspace-outline';

interface Props {
  assessmentId: string;
  element: ElementNode;
  number: number;
  canEdit: boolean;
  me: SignedInUser;
  membership: OwnMembership | null;
  onAccessChanged: () => void;
}

// One element's live document: every enabled sub-element's questions, findings and summary.
export function ElementWorkspace(props: Props) {
  const { assessmentId, element, number, canEdit, me, membership, onAccessChanged } = props;
  const { t } = useTranslation();
  const name = documentName(assessmentId, element.key);
  const user = useMemo<PresenceUser>(() => {
    const id = membership?.id ?? me.id;
    return { id, name: presenceName(me.displayName, membership), color: presenceColor(id) };
  }, [me.id, me.displayName, membership]);
  const fetchToken = useTokenFetcher(name);
  const session = useCollabSession({
    documentName: name,
    userId: me.id,
    persist: canEdit,
    user,
    fetchToken,
    onAccessChanged,
  });
  const { save, presence } = useCollabStatus(session);
  const status = saveStatus(save);
  useConnectionAnnouncements(status);
  const outline = useMemo(() => workspaceOutline(element), [element]);
  const ws = useMemo<WorkspaceContext | null>(
    () => session && { doc: session.doc, awareness: session.awareness, user, readOnly: !canEdit },
    [session, user, canEdit],
  );

  return (
    <Stack gap="md" data-testid="element-workspace">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={2} lang="en" dir="auto">
          {number}. {element.title}
        </Title>
        <SaveIndicator save={save} readOnly={!canEdit} />
      </Group>
      <VersionsPanel assessmentId={assessmentId} element={element} canEdit={canEdit} />
      <ElementDiscussion assessmentId={assessmentId} elementKey={element.key} canEdit={canEdit}>
        {session ? <PresenceList awareness={session.awareness} counts={presence} /> : null}
        {canEdit ? null : (
          <Alert color="gray" variant="light" data-testid="workspace-read-only">
            {t('workspace.readOnly')}
          </Alert>
        )}
        {status === 'denied' || status === 'refused' ? (
          <Alert color="red" variant="light" role="alert" data-testid="save-problem">
            {t(status === 'denied' ? 'workspace.save.deniedHint' : 'workspace.save.refusedHint')}
          </Alert>
        ) : null}
        {outline.length === 0 ? <Text c="dimmed">{t('workspace.noSubElements')}</Text> : null}
        {ws ? (
          <ValidationOutcomesProvider assessmentId={assessmentId} elementKey={element.key}>
            {outline.map((s) => (
              <SubElementWorkspace key={s.key} subElement={s} ws={ws} />
            ))}
          </ValidationOutcomesProvider>
        ) : (
          <PageLoader />
        )}
      </ElementDiscussion>
      <LeaveGuard when={canEdit && hasUnsavedChanges(save)} />
    </Stack>
  );
}
