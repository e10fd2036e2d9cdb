import { useTranslation } from 'react-i18next';
import { isKnownAuditAction, isKnownAuditTargetType } from './audit-vocabulary';

// Translated names for recorded actions and target types; unknown ones read as the API names them.
export function useAuditLabels(): {
  action: (action: string) => string;
  targetType: (targetType: string) => string;
  actor: (actor: string, actorName: string | null) => string;
} {
  const { t } = useTranslation();
  return {
    action: (action) => (isKnownAuditAction(action) ? t(`auditAction.${action}`) : action),
    targetType: (type) => (isKnownAuditTargetType(type) ? t(`auditTarget.${type}`) : type),
    actor: (actor, actorName) => actorName ?? (actor === 'system' ? t('audit.system') : actor),
  };
}
