import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from './icons';
import { RequestIdNote } from './problem-alert';

/** Shown when a save hit 412: someone else changed the record (with the request id of the refused save). */
export function ConflictNotice({ onReload, reloading, error }: { onReload: () => void; reloading: boolean; error?: unknown }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t('errors.conflictTitle')} icon={<AlertIcon />} role="alert" data-testid="conflict">
      {t('errors.conflictBody')}
      <RequestIdNote error={error} />
      <div style={{ marginTop: 12 }}>
        <Button color="orange" onClick={onReload} loading={reloading}>
          {t('errors.reload')}
        </Button>
      </div>
    </Alert>
  );
}
