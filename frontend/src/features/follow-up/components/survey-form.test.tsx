import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SurveyTemplate } from '@/lib/api-types';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { SurveyForm } from './survey-form';

const template: SurveyTemplate = {
  version: 3,
  createdAt: '2030-01-01T02:00:00Z',
  createdBy: 'manager',
  questions: [
    { key: 'REPAIR_QUALITY', kind: 'SCORE', textZh: '维修质量满意吗？', textEn: 'Repair quality', department: 'WORKSHOP', attributedTo: 'TECHNICIANS', required: false },
    { key: 'QUOTED_PROACTIVELY', kind: 'YES_NO', textZh: '服务顾问是否主动报价？', textEn: 'Quoted proactively?', department: 'RECEPTION', attributedTo: 'ADVISOR', required: false },
    { key: 'OVERALL', kind: 'SCORE', textZh: '总体评分（1-10 分）', textEn: 'Overall', department: 'SERVICE', attributedTo: null, required: true },
    { key: 'COMMENTS', kind: 'TEXT', textZh: '其他意见或建议', textEn: 'Comments', department: null, attributedTo: null, required: false },
  ],
};

describe('the survey in the call flow (R-FUP-2)', () => {
  it('asks the store version’s questions, needs the overall score, and sends only what was answered with the version', async () => {
    const user = userEvent.setup();
    const spy = stubFetch({
      'GET /api/stores/BJ01/follow-up/survey-template': () => json(template),
      'POST /api/stores/BJ01/follow-up/tasks/t1/survey': () =>
        json({ id: 'r1', taskId: 't1', repairOrderId: 'o1', templateVersion: 3, overallScore: 4, comment: '刹车异响', advisorId: null, technicianIds: [], answers: [], complaintId: 'c9', recordedBy: 'cs', recordedAt: '2030-01-08T02:00:00Z' }, 201),
    });
    renderWithApp(<SurveyForm store="BJ01" taskId="t1" />, { roles: ['customer-service'] });
    expect(await screen.findByText('维修质量满意吗？')).toBeInTheDocument();
    expect(screen.getByTestId('survey-submit')).toBeDisabled();
    await user.click(screen.getByTestId('survey-REPAIR_QUALITY-3'));
    expect(screen.getByTestId('survey-REPAIR_QUALITY-3')).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByTestId('survey-QUOTED_PROACTIVELY-yes'));
    await user.click(screen.getByTestId('survey-OVERALL-4'));
    await user.type(screen.getByTestId('survey-COMMENTS-text'), '刹车异响');
    await user.click(screen.getByTestId('survey-submit'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/follow-up/tasks/t1/survey')).toHaveLength(1));
    expect(await requestsTo(spy, 'POST', '/api/stores/BJ01/follow-up/tasks/t1/survey')[0]?.json()).toEqual({
      templateVersion: 3,
      complaint: null,
      answers: [
        { questionKey: 'REPAIR_QUALITY', score: 3, yes: null, text: null },
        { questionKey: 'QUOTED_PROACTIVELY', score: null, yes: true, text: null },
        { questionKey: 'OVERALL', score: 4, yes: null, text: null },
        { questionKey: 'COMMENTS', score: null, yes: null, text: '刹车异响' },
      ],
    });
    expect(await screen.findByTestId('survey-recorded')).toHaveTextContent('问卷已记录（总体 4 分）：已自动建立投诉单。');
  });
});
