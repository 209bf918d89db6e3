import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '@/components/problem-alert';

/** A manager's step that needs a reason (override, void, a discount decision): the reason, then the button. */
export function ReasonAction({ label, reasonLabel, onSubmit, pending, error, color, testId }: {
  label: string;
  reasonLabel: string;
  onSubmit: (reason: string, done: () => void) => void;
  pending: boolean;
  error: unknown;
  color?: string;
  testId: string;
}) {
  const [reason, setReason] = useState('');
  return (
    <>
      <Group align="flex-end" wrap="wrap">
        <TextInput label={reasonLabel} value={reason} onChange={(e) => setReason(e.currentTarget.value)} size="md" miw={260} data-testid={`${testId}-reason`} />
        <Button size="md" h={44} color={color} disabled={!reason.trim()} loading={pending} onClick={() => onSubmit(reason.trim(), () => setReason(''))} data-testid={testId}>
          {label}
        </Button>
      </Group>
      {error ? <ProblemAlert error={error} /> : null}
    </>
  );
}
