import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '@/lib/live-status';

const COLOR = { live: 'teal', connecting: 'gray', reconnecting: 'orange', off: 'gray' } as const;

/** 实时 / 重新连接中: whether the screen follows changes as they happen or polls (issue 9). */
export function LiveIndicator() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  return (
    <Badge variant="dot" color={COLOR[status]} size="lg" role="status" aria-live="polite" data-testid="live-status" data-status={status}
      title={t(`live.hint.${status}`)}>
      {t(`live.status.${status}`)}
    </Badge>
  );
}
