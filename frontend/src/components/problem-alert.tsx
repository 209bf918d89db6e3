import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError, type Violation } from '@/lib/problem';
import { AlertIcon } from './icons';

/** The human text of an error: the problem's `detail` where the server gave one. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (isApiError(error)) {
      if (error.status === 0) return t('errors.network');
      if (error.problem.detail) return error.problem.detail;
      if (error.status === 403) return t('errors.forbidden');
      if (error.status === 404) return t('errors.notFound');
      return error.problem.title ?? t('errors.generic');
    }
    return error instanceof Error ? error.message : t('errors.generic');
  };
}

/** Shows a failed call: title, detail and any violations that no form field displays. */
export function ProblemAlert({ error, extraViolations = [] }: { error: unknown; extraViolations?: Violation[] }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  const title = isApiError(error) && error.problem.title && error.problem.detail ? error.problem.title : t('errors.generic');
  return (
    <Alert color="red" variant="light" title={title} icon={<AlertIcon />} role="alert">
      {message(error)}
      {extraViolations.length > 0 && (
        <List size="sm" mt="xs">
          {extraViolations.map((v) => (
            <List.Item key={`${v.field}:${v.message}`}>
              {v.field ? `${v.field}: ` : ''}
              {v.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
