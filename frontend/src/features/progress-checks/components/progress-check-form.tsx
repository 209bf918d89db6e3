import { Alert, Button, Group, SegmentedControl, Skeleton, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/components/format';
import { ProblemAlert } from '@/components/problem-alert';
import type { ProgressCheck, ProgressCheckInput } from '@/lib/api-types';
import { applyServerErrors } from '@/lib/form-errors';
import type { Violation } from '@/lib/problem';
import { isApiError } from '@/lib/problem';
import { zonedWallTimeToIso } from '@/lib/zoned-time';
import { useCompleteProgressCheck } from '../api/progress-checks';

const DateTimeInput = lazy(() => import('@/components/date-time-input'));

/** The form's values: times on the store's wall clock ("YYYY-MM-DD HH:mm:ss"), named as the API's fields so its violations land on them. */
export type ProgressCheckValues = {
  expectedCompletionAt: string | null;
  anomalies: string;
  workshopAsked: boolean;
  workshopPerson: string;
  /** Null: the expected completion (the advisor did not pick another time). */
  revisedPromisedAt: string | null;
  revisionReason: string;
  language: 'zh-CN' | 'en';
};

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

/** Whether the answer is later than the order's promise (R-REP-2: then the promise moves and the customer is told). */
export function isLate(check: Pick<ProgressCheck, 'promisedDeliveryAt'>, expectedIso: string | null): boolean {
  return expectedIso !== null && check.promisedDeliveryAt != null && new Date(expectedIso) > new Date(check.promisedDeliveryAt);
}

/**
 * The request for the answer: the revision and the message language only when it is late (the API
 * refuses them otherwise). A new promise the advisor did not pick herself is left out: the API moves
 * the promise to the expected completion then (the picker shows that meanwhile).
 */
export function toProgressCheckRequest(check: Pick<ProgressCheck, 'promisedDeliveryAt'>, v: ProgressCheckValues, zone: string): ProgressCheckInput {
  const expected = zonedWallTimeToIso(v.expectedCompletionAt, zone) ?? '';
  const late = isLate(check, expected || null);
  return {
    expectedCompletionAt: expected,
    anomalies: blank(v.anomalies),
    workshopAsked: v.workshopAsked,
    workshopPerson: v.workshopAsked ? blank(v.workshopPerson) : null,
    revisedPromisedAt: late ? zonedWallTimeToIso(v.revisedPromisedAt, zone) : null,
    revisionReason: late ? blank(v.revisionReason) : null,
    language: late ? v.language : null,
  };
}

/**
 * R-REP-2: the advisor's answer to a progress check after asking the workshop: when it expects to
 * finish, what went wrong, whom they asked. An expected completion after the promised time moves the
 * promise (to the expected completion unless another time is chosen) with a reason the customer is told.
 */
export function ProgressCheckForm({ store, zone, check, onDone }: { store: string; zone: string; check: ProgressCheck; onDone?: () => void }) {
  const { t } = useTranslation();
  const complete = useCompleteProgressCheck(store);
  const [unmatched, setUnmatched] = useState<Violation[]>([]);
  const form = useForm<ProgressCheckValues>({
    initialValues: { expectedCompletionAt: null, anomalies: '', workshopAsked: true, workshopPerson: '', revisedPromisedAt: null, revisionReason: '', language: 'zh-CN' },
    validate: {
      expectedCompletionAt: (v) => (zonedWallTimeToIso(v, zone) ? null : t('progressCheck.expectedRequired')),
      workshopPerson: (v, all) => (all.workshopAsked && v.trim() === '' ? t('progressCheck.personRequired') : null),
      revisionReason: (v, all) => (isLate(check, zonedWallTimeToIso(all.expectedCompletionAt, zone)) && v.trim() === '' ? t('progressCheck.reasonRequired') : null),
    },
  });
  const v = form.getValues();
  const expectedIso = zonedWallTimeToIso(v.expectedCompletionAt, zone);
  const late = isLate(check, expectedIso);

  const submit = form.onSubmit((values) => {
    setUnmatched([]);
    complete.mutate(
      { check, body: toProgressCheckRequest(check, values, zone) },
      {
        onSuccess: (done) => {
          notifications.show({ color: 'green', message: done.late ? t('progressCheck.recordedLate') : t('progressCheck.recorded') });
          onDone?.();
        },
        onError: (error) => setUnmatched(applyServerErrors(form, error)),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate data-testid="progress-check-form">
      <Stack gap="md">
        <Text c="dark.6">
          {t('progressCheck.promised', { time: check.promisedDeliveryAt ? formatDateTime(check.promisedDeliveryAt, zone) : t('progressCheck.noPromise') })}
        </Text>
        <Suspense fallback={<Skeleton h={66} />}>
          <DateTimeInput
            label={t('progressCheck.expected')}
            description={t('progressCheck.expectedHint')}
            required
            value={v.expectedCompletionAt}
            onChange={(d) => form.setFieldValue('expectedCompletionAt', d)}
            error={form.errors.expectedCompletionAt as string | undefined}
            testId="progress-expected"
          />
        </Suspense>
        <Textarea size="md" label={t('progressCheck.anomalies')} placeholder={t('progressCheck.anomaliesHint')} autosize minRows={2} maxLength={1000}
          {...form.getInputProps('anomalies')} data-testid="progress-anomalies" />
        <Switch size="md" label={t('progressCheck.workshopAsked')} {...form.getInputProps('workshopAsked', { type: 'checkbox' })} data-testid="progress-asked" />
        {v.workshopAsked && (
          <TextInput size="md" label={t('progressCheck.workshopPerson')} withAsterisk maxLength={100} {...form.getInputProps('workshopPerson')} data-testid="progress-person" />
        )}
        {late && (
          <Alert color="orange" variant="light" title={t('progressCheck.lateTitle')} data-testid="progress-late">
            <Stack gap="sm">
              <Text>{t('progressCheck.lateBody')}</Text>
              <Suspense fallback={<Skeleton h={66} />}>
                <DateTimeInput
                  label={t('progressCheck.revisedPromise')}
                  description={t('progressCheck.revisedPromiseHint')}
                  value={v.revisedPromisedAt ?? v.expectedCompletionAt}
                  onChange={(d) => form.setFieldValue('revisedPromisedAt', d)}
                  error={form.errors.revisedPromisedAt as string | undefined}
                  testId="progress-revised"
                />
              </Suspense>
              <Textarea size="md" label={t('progressCheck.reason')} description={t('progressCheck.reasonHint')} withAsterisk autosize minRows={2} maxLength={500}
                {...form.getInputProps('revisionReason')} data-testid="progress-reason" />
              <SegmentedControl size="md" aria-label={t('progressCheck.language')} value={v.language}
                onChange={(l) => form.setFieldValue('language', l === 'en' ? 'en' : 'zh-CN')}
                data={[{ value: 'zh-CN', label: '中文' }, { value: 'en', label: 'English' }]} />
            </Stack>
          </Alert>
        )}
        {complete.error && (isApiError(complete.error) && complete.error.status === 412 ? (
          <Text c="orange.9" role="alert">{t('progressCheck.changed')}</Text>
        ) : (
          <ProblemAlert error={complete.error} extraViolations={unmatched} />
        ))}
        <Group justify="flex-end">
          {onDone && (
            <Button size="md" h={44} variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" size="md" h={44} loading={complete.isPending} data-testid="progress-submit">
            {late ? t('progressCheck.submitLate') : t('progressCheck.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
