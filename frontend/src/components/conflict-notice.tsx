import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from './icons';

/** Shown when a save hit 412: someone else changed the record. */
export function ConflictNotice({ onReload, reloading }: { onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t('errors.conflictTitle')} icon={<AlertIcon />} role="alert" data-testid="conflict">
      {t('errors.conflictBody')}
      <div style={{ marginTop: 12 }}>
        <Button color="orange" onClick={onReload} loading={reloading}>
          {t('errors.reload')}
        </Button>
      </div>
    </Alert>
  );
}
