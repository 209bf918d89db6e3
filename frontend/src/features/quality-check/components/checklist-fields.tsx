import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One big checkbox per checklist point (44 px and more), named in the user's language. */
export function ChecklistFields({ points, checked, onChange, testId }: { points: readonly string[]; checked: Record<string, boolean>; onChange: (next: Record<string, boolean>) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} data-testid={testId} role="group" aria-label={t('qc.checklist')}>
      {points.map((p) => (
        <Checkbox
          key={p}
          size="lg"
          py={8}
          mih={44}
          label={t(`qc.points.${p}` as 'qc.points.WORK_AS_ORDERED', { defaultValue: p })}
          checked={checked[p] ?? false}
          onChange={(e) => onChange({ ...checked, [p]: e.currentTarget.checked })}
          data-testid={`point-${p}`}
        />
      ))}
    </Stack>
  );
}

export const answers = (points: readonly string[], checked: Record<string, boolean>) => points.map((code) => ({ code, ok: checked[code] ?? false }));
