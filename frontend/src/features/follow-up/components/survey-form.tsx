import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { currentLanguage } from '@/i18n';
import type { SurveyAnswerRequest, SurveyQuestion } from '@/lib/api-types';
import { useRecordSurvey, useSurveyTemplate } from '../api/survey';

const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

type Answer = { score?: number; yes?: boolean; text?: string };

/**
 * R-FUP-2 in the call flow: the store's survey (its current version), one question after the other —
 * scores 1-10 and yes/no as 44 px buttons, comments as text — recorded in one go on the follow-up
 * call, which it closes. A low overall score opens a complaint (R-FUP-5); the caller is told so.
 */
export function SurveyForm({ store, taskId }: { store: string; taskId: string }) {
  const { t } = useTranslation();
  const zh = currentLanguage() !== 'en';
  const template = useSurveyTemplate(store);
  const record = useRecordSurvey(store);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [done, setDone] = useState<string | null>(null);
  if (template.isPending) return <LoadingState label={t('followUp.survey.loading')} />;
  if (template.error) return <ErrorState error={template.error} onRetry={() => void template.refetch()} />;
  const questions = template.data.questions;
  const set = (key: string, a: Answer) => setAnswers((prev) => ({ ...prev, [key]: a }));
  const missing = questions.filter((q) => q.required && !answered(q, answers[q.key]));
  const submit = () => {
    const body: SurveyAnswerRequest[] = questions
      .filter((q) => answered(q, answers[q.key]))
      .map((q) => ({ questionKey: q.key, score: answers[q.key]?.score ?? null, yes: answers[q.key]?.yes ?? null, text: answers[q.key]?.text?.trim() || null }));
    record.mutate(
      { taskId, body: { templateVersion: template.data.version, answers: body, complaint: null } },
      {
        onSuccess: (r) => {
          const message = r.complaintId ? t('followUp.survey.recordedComplaint', { score: r.overallScore }) : t('followUp.survey.recorded', { score: r.overallScore });
          setDone(message);
          notifications.show({ color: r.complaintId ? 'orange' : 'green', message });
        },
      },
    );
  };
  if (done)
    return (
      <Alert color="green" role="status" data-testid="survey-recorded">
        {done}
      </Alert>
    );
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="survey-form">
      <Stack gap="sm">
        <Title order={4} fz="md">
          {t('followUp.survey.title')}
        </Title>
        {questions.map((q) => (
          <Stack key={q.key} gap={4} role="group" aria-label={zh ? q.textZh : q.textEn} data-testid={`survey-q-${q.key}`}>
            <Text fw={600}>
              {zh ? q.textZh : q.textEn}
              {q.required ? ' *' : ''}
            </Text>
            {q.kind === 'SCORE' && (
              <Group gap={4} wrap="wrap">
                {SCORES.map((s) => (
                  <Button
                    key={s}
                    miw={44}
                    mih={44}
                    px={0}
                    variant={answers[q.key]?.score === s ? 'filled' : 'default'}
                    color={s <= 6 ? 'orange' : 'green'}
                    aria-pressed={answers[q.key]?.score === s}
                    onClick={() => set(q.key, { score: s })}
                    data-testid={`survey-${q.key}-${s}`}
                  >
                    {s}
                  </Button>
                ))}
              </Group>
            )}
            {q.kind === 'YES_NO' && (
              <Group gap="xs">
                {[true, false].map((y) => (
                  <Button
                    key={String(y)}
                    mih={44}
                    variant={answers[q.key]?.yes === y ? 'filled' : 'default'}
                    aria-pressed={answers[q.key]?.yes === y}
                    onClick={() => set(q.key, { yes: y })}
                    data-testid={`survey-${q.key}-${y ? 'yes' : 'no'}`}
                  >
                    {t(y ? 'followUp.survey.yes' : 'followUp.survey.no')}
                  </Button>
                ))}
              </Group>
            )}
            {q.kind === 'TEXT' && (
              <Textarea aria-label={zh ? q.textZh : q.textEn} autosize minRows={2} value={answers[q.key]?.text ?? ''} onChange={(e) => set(q.key, { text: e.currentTarget.value })} data-testid={`survey-${q.key}-text`} />
            )}
          </Stack>
        ))}
        <Button mih={44} color="green" disabled={missing.length > 0} loading={record.isPending} onClick={submit} data-testid="survey-submit">
          {t('followUp.survey.submit')}
        </Button>
        {missing.length > 0 && <Text c="dark.6" fz="sm">{t('followUp.survey.required')}</Text>}
        {record.error && <ProblemAlert error={record.error} />}
      </Stack>
    </Paper>
  );
}

function answered(q: SurveyQuestion, a: Answer | undefined): boolean {
  if (!a) return false;
  if (q.kind === 'SCORE') return a.score != null;
  if (q.kind === 'YES_NO') return a.yes != null;
  return (a.text ?? '').trim() !== '';
}
