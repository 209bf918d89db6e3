import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The next page of a keyset-paginated list (44 px touch target); nothing when there is none. */
export function LoadMore({ hasMore, loading, onLoad }: { hasMore: boolean; loading: boolean; onLoad: () => void }) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Group justify="center" p="md">
      <Button size="md" h={44} variant="default" loading={loading} onClick={onLoad}>
        {t('orders.more')}
      </Button>
    </Group>
  );
}
