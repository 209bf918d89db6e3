import { Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SignatureCanvas = lazy(() => import('@/components/signature-canvas'));

/** A signature on the pad (its own lazy chunk) with a clear button; reports the PNG data URL or null. */
export function SignatureField({ label, onChange }: { label: string; onChange: (png: string | null) => void }) {
  const { t } = useTranslation();
  const [clear, setClear] = useState(0);
  return (
    <Stack gap={6}>
      <Text fw={600}>{label}</Text>
      <Suspense fallback={<Skeleton h={180} />}>
        <SignatureCanvas label={label} onChange={onChange} clearSignal={clear} />
      </Suspense>
      <Group>
        <Button size="md" h={44} variant="default" onClick={() => setClear((c) => c + 1)}>
          {t('qc.clearSignature')}
        </Button>
      </Group>
    </Stack>
  );
}
