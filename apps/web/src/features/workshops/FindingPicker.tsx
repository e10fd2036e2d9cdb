import { documentName, readElementAssessment, type FindingSnapshot } from '@idgov/assessment-doc';
import { Select, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignedInUser } from '../auth/use-me';
import { presenceColor, presenceName, type OwnMembership } from '../workspace/presence';
import { useCollabSession, useCollabStatus } from '../workspace/use-collab-session';
import { useTokenFetcher } from '../workspace/use-token-fetcher';

interface Props {
  assessmentId: string;
  elementKey: string;
  subElementKey: string;
  me: SignedInUser;
  membership: OwnMembership | null;
  value: string | null;
  onChange: (findingId: string | null) => void;
}

const noop = () => undefined;
const preview = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

// Findings live in the element's collaboration document, as in the workspace: the picker opens it
// read-only (no local copy) and lists the sub-element's findings as they are now.
export function FindingPicker(props: Props) {
  const { assessmentId, elementKey, subElementKey, me, membership, value, onChange } = props;
  const { t } = useTranslation();
  const name = documentName(assessmentId, elementKey);
  const fetchToken = useTokenFetcher(name);
  const user = useMemo(() => {
    const id = membership?.id ?? me.id;
    return { id, name: presenceName(me.displayName, membership), color: presenceColor(id) };
  }, [me.id, me.displayName, membership]);
  const session = useCollabSession({
    documentName: name,
    userId: me.id,
    persist: false,
    user,
    fetchToken,
    onAccessChanged: noop,
  });
  const { save } = useCollabStatus(session);
  const [findings, setFindings] = useState<readonly FindingSnapshot[]>([]);
  const [hasContent, setHasContent] = useState(false);

  useEffect(() => {
    if (!session) {
      return;
    }
    const { doc } = session;
    const read = () => {
      const snapshot = readElementAssessment(doc);
      setHasContent(snapshot.schemaVersion !== null);
      setFindings(snapshot.subElements[subElementKey]?.findings ?? []);
    };
    read();
    doc.on('update', read);
    return () => doc.off('update', read);
  }, [session, subElementKey]);

  // Empty until the server's copy arrives; the server answering (access known) means it has.
  if (findings.length === 0 && !hasContent && save.access === null) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('workshops.add.loadingFindings')}
      </Text>
    );
  }
  if (findings.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="workshop-no-findings">
        {t('workshops.add.noFindings')}
      </Text>
    );
  }
  return (
    <Select
      label={t('workshops.add.finding')}
      data={findings.map((f) => ({
        value: f.id,
        label: `${t(`workspace.findings.kind.${f.kind}`)}: ${preview(f.text) || t('workshops.add.untitledFinding')}`,
      }))}
      value={value}
      onChange={onChange}
      data-testid="workshop-pick-finding"
    />
  );
}
