import { Button, Group } from '@mantine/core';
import type { ItemDecision } from '@/lib/api-types';

/** Approve / decline one item: two large buttons (≥ 44 px), the chosen one filled; a radio group for screen readers and keyboards. */
export function ItemChoice({ value, onChange, approveLabel, declineLabel, name, testId }: {
  value: ItemDecision | undefined;
  onChange: (d: ItemDecision) => void;
  approveLabel: string;
  declineLabel: string;
  name: string;
  testId?: string;
}) {
  return (
    <Group gap="sm" grow role="radiogroup" aria-label={name} data-testid={testId}>
      <Button
        size="lg"
        mih={48}
        role="radio"
        aria-checked={value === 'APPROVED'}
        color="green"
        variant={value === 'APPROVED' ? 'filled' : 'outline'}
        onClick={() => onChange('APPROVED')}
        data-testid={testId ? `${testId}-approve` : undefined}
      >
        {approveLabel}
      </Button>
      <Button
        size="lg"
        mih={48}
        role="radio"
        aria-checked={value === 'DECLINED'}
        color="gray"
        variant={value === 'DECLINED' ? 'filled' : 'outline'}
        onClick={() => onChange('DECLINED')}
        data-testid={testId ? `${testId}-decline` : undefined}
      >
        {declineLabel}
      </Button>
    </Group>
  );
}
