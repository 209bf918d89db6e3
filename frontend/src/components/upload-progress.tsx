import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An upload under way (fraction 0-1), then the server checking it row by row (fraction null): price lists, VIN lists. */
export function UploadProgress({ fraction }: { fraction: number | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} aria-live="polite">
      <Text>{fraction === null ? t('catalogue.checking') : t('catalogue.uploading', { percent: Math.round(fraction * 100) })}</Text>
      {fraction === null ? (
        <Progress value={100} size="lg" striped animated aria-label={t('catalogue.uploadProgress')} />
      ) : (
        <Progress value={fraction * 100} size="lg" aria-label={t('catalogue.uploadProgress')} />
      )}
    </Stack>
  );
}
