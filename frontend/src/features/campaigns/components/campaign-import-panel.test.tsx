import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CampaignImport } from '@/lib/api-types';
import { ApiError } from '@/lib/problem';
import { stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import type * as CampaignsApi from '../api/campaigns';
import { CampaignImportPanel } from './campaign-import-panel';

const importVins = vi.fn();

vi.mock('../api/campaigns', async (original) => ({
  ...(await original<typeof CampaignsApi>()),
  importVins: (...args: unknown[]) => importVins(...args),
}));

const report: CampaignImport = {
  id: 'imp-1',
  campaignId: 'c-1',
  fileName: 'vins.csv',
  rowsTotal: 7,
  accepted: 3,
  rejected: 2,
  entriesNew: 3,
  notInArchive: 1,
  messages: 1,
  calls: 2,
  rejections: [
    { line: 3, value: 'LSVAU2180N2183294', reason: 'VIN check digit (position 9) does not match; this VIN has a typo' },
    { line: 5, value: 'LSVAU218XN2183294', reason: 'duplicate of line 2' },
  ],
  importedBy: 'manager',
  createdAt: '2026-12-03T02:00:00Z',
};

const file = () => new File(['VIN\nLSVAU218XN2183294\n'], 'vins.csv', { type: 'text/csv' });

describe('campaign VIN list upload (R-REM-6)', () => {
  beforeEach(() => {
    importVins.mockReset();
  });

  it('shows the upload progress, then the report with every rejected row, its line and reason', async () => {
    const user = userEvent.setup();
    stubFetch({});
    let progress: (f: number) => void = () => undefined;
    let finish: (v: unknown) => void = () => undefined;
    importVins.mockImplementation((_s, _c, _f, onProgress: (f: number) => void) => {
      progress = onProgress;
      return new Promise((resolve) => (finish = resolve));
    });
    renderWithApp(<CampaignImportPanel store="BJ01" campaign={{ id: 'c-1', code: 'RC-2026-031' }} />, { roles: ['service-manager'] });
    await user.upload(document.querySelector('input[type="file"]') as HTMLInputElement, file());
    await user.click(screen.getByTestId('campaign-upload'));
    progress(0.5);
    expect(await screen.findByText('正在上传… 50%')).toBeInTheDocument();
    finish(report);
    expect(await screen.findByTestId('campaign-report-counts')).toHaveTextContent('共 7 行：接受 3，拒绝 2（其中 1 辆不在本店档案）。');
    expect(screen.getByTestId('campaign-report-effects')).toHaveTextContent('新增 3 辆，发送通知 1 条，生成回访任务 2 个。');
    const rows = within(screen.getByTestId('campaign-rejections')).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('3LSVAU2180N2183294VIN check digit (position 9) does not match');
    expect(rows[2]).toHaveTextContent('5LSVAU218XN2183294duplicate of line 2');
    expect(importVins).toHaveBeenCalledWith('BJ01', 'c-1', expect.any(File), expect.any(Function));
  });

  it('shows a second upload that added nothing, and a file without a VIN column as a problem', async () => {
    const user = userEvent.setup();
    stubFetch({});
    importVins.mockResolvedValueOnce({ ...report, rejected: 0, rejections: [], entriesNew: 0, messages: 0, calls: 0 });
    renderWithApp(<CampaignImportPanel store="BJ01" campaign={{ id: 'c-1', code: 'RC-2026-031' }} />, { roles: ['service-manager'] });
    await user.upload(document.querySelector('input[type="file"]') as HTMLInputElement, file());
    await user.click(screen.getByTestId('campaign-upload'));
    expect(await screen.findByTestId('campaign-report-effects')).toHaveTextContent('新增 0 辆，发送通知 0 条，生成回访任务 0 个。');
    expect(screen.queryByTestId('campaign-rejections')).not.toBeInTheDocument();
    importVins.mockRejectedValueOnce(new ApiError(422, { code: 'import-columns', status: 422, detail: 'The first line has no VIN column' }));
    await user.click(screen.getByTestId('campaign-upload'));
    expect(await screen.findByText(/The first line has no VIN column/)).toBeInTheDocument();
  });
});
