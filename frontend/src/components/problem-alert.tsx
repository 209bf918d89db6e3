import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError, requestIdOf, type Violation } from '@/lib/problem';
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

/** "Request id: …" for an error the server answered, so the user can quote it to support. */
export function useRequestIdLine() {
  const { t } = useTranslation();
  return (error: unknown): string | null => {
    const id = requestIdOf(error);
    return id ? t('errors.requestId', { id }) : null;
  };
}

/** The request id of a failed call, selectable, under its message; nothing for errors without one. */
export function RequestIdNote({ error }: { error: unknown }) {
  const line = useRequestIdLine()(error);
  if (!line) return null;
  return (
    <Text component="span" display="block" fz="xs" c="dark.5" mt={4} ff="monospace" style={{ userSelect: 'all' }} data-testid="request-id">
      {line}
    </Text>
  );
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
      <RequestIdNote error={error} />
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
