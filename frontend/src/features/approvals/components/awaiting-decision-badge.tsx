import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AWAITING_PAGE, useAwaitingDecision } from '../api/get-awaiting-decision';

/**
 * R-REP-3: how many supplementary items wait for the customer's decision in the store (no work on
 * them before it). Nothing while there are none; `compact` for the navigation.
 */
export function AwaitingDecisionBadge({ store, compact = false }: { store: string; compact?: boolean }) {
  const { t } = useTranslation();
  const awaiting = useAwaitingDecision(store);
  const count = awaiting.data?.items.length ?? 0;
  if (count === 0) return null;
  const shown = awaiting.data?.nextCursor ? `${AWAITING_PAGE - 1}+` : String(count);
  const label = t('approval.awaitingBadge', { count });
  const safety = awaiting.data?.items.some((i) => i.safetyCritical) ?? false;
  return (
    <Badge color={safety ? 'red' : 'orange'} variant="filled" size={compact ? 'sm' : 'lg'} circle={compact && count < 10} aria-label={label} title={label}
      data-testid="awaiting-decision-badge" data-count={count}>
      {compact ? shown : t('approval.awaitingBadgeText', { shown })}
    </Badge>
  );
}
