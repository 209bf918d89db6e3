import { Button, Center, EmptyState as MantineEmptyState, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/problem';
import { AlertIcon } from './icons';
import { RequestIdNote, useErrorMessage } from './problem-alert';

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="sm">
        <Loader size="lg" />
        <Text c="dark.6">{label ?? t('common.loading')}</Text>
      </Stack>
    </Center>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const retryable = !isApiError(error) || error.status === 0 || error.status >= 500;
  return (
    <MantineEmptyState
      py="xl"
      variant="light"
      color="red"
      icon={<AlertIcon size={32} />}
      title={isApiError(error) && error.status === 404 ? t('errors.notFound') : t('errors.generic')}
      description={
        isApiError(error) && error.status === 404 ? undefined : (
          <>
            {message(error)}
            <RequestIdNote error={error} />
          </>
        )
      }
      role="alert"
    >
      {onRetry && retryable && (
        <MantineEmptyState.Actions>
          <Button onClick={onRetry}>{t('common.retry')}</Button>
        </MantineEmptyState.Actions>
      )}
    </MantineEmptyState>
  );
}

export function EmptyState({ icon, title, description, action }: { icon?: ReactNode; title: ReactNode; description?: ReactNode; action?: ReactNode }) {
  return (
    <MantineEmptyState py="xl" icon={icon} withIndicatorBackground title={title} description={description}>
      {action && <MantineEmptyState.Actions>{action}</MantineEmptyState.Actions>}
    </MantineEmptyState>
  );
}
