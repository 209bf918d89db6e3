import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from './page-states';
import { LockIcon } from './icons';

export function NoPermission() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<LockIcon size={32} />}
      title={t('errors.noPermission')}
      description={t('errors.noPermissionBody')}
      action={
        <Button component={Link} to="/">
          {t('errors.toArchive')}
        </Button>
      }
    />
  );
}
