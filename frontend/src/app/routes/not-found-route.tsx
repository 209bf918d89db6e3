import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/page-states';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <EmptyState
      title={t('errors.pageNotFound')}
      action={
        <Button component={Link} to="/">
          {t('errors.toArchive')}
        </Button>
      }
    />
  );
}
