import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogueImport } from '@/lib/api-types';
import { ApiError } from '@/lib/problem';
import { json, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import type * as ImportApi from '../api/import-catalogue';
import { ImportPanel } from './import-panel';

const importCatalogue = vi.fn();
const downloadReport = vi.fn(async () => undefined);

vi.mock('../api/import-catalogue', async (original) => ({
  ...(await original<typeof ImportApi>()),
  importCatalogue: (...args: unknown[]) => importCatalogue(...args),
  downloadReport: (...args: unknown[]) => downloadReport(...(args as [])),
}));

const base: CatalogueImport = {
  id: 'imp-1',
  kind: 'PARTS',
  fileName: 'prices.csv',
  format: 'CSV',
  encoding: 'GBK',
  dryRun: false,
  status: 'IMPORTED',
  rowsTotal: 3,
  rowsRejected: 0,
  rowsCreated: 2,
  rowsUpdated: 1,
  rejections: [],
  durationMs: 40,
  importedBy: 'manager',
  createdAt: '2026-11-23T02:00:00Z',
};

const file = () => new File(['part_number,list_price\nA,1\n'], 'prices.csv', { type: 'text/csv' });

describe('price-list import (issue 8)', () => {
  beforeEach(() => {
    importCatalogue.mockReset();
    downloadReport.mockClear();
  });

  it('shows the upload progress, then what was imported', async () => {
    const user = userEvent.setup();
    stubFetch({});
    let progress: (f: number) => void = () => undefined;
    let finish: (v: unknown) => void = () => undefined;
    importCatalogue.mockImplementation((_s, _k, _d, _f, onProgress: (f: number) => void) => {
      progress = onProgress;
      return new Promise((resolve) => (finish = resolve));
    });
    renderWithApp(<ImportPanel store="BJ01" />, { roles: ['service-manager'] });
    await user.upload(document.querySelector('input[type="file"]') as HTMLInputElement, file());
    await user.click(screen.getByTestId('import-start'));
    progress(0.4);
    expect(await screen.findByText('正在上传… 40%')).toBeInTheDocument();
    progress(1);
    expect(await screen.findByText('正在逐行检查…')).toBeInTheDocument();
    finish({ result: base });
    expect(await screen.findByTestId('import-counts')).toHaveTextContent('已导入 3 行：新增 2，更新 1。');
    expect(importCatalogue).toHaveBeenCalledWith('BJ01', 'PARTS', false, expect.any(File), expect.any(Function));
    expect(screen.queryByTestId('download-report')).not.toBeInTheDocument();
  });

  it('lists rejected rows of a refused import and downloads the full report', async () => {
    const user = userEvent.setup();
    const rejected: CatalogueImport = {
      ...base,
      status: 'REJECTED',
      rowsRejected: 1,
      rowsCreated: 0,
      rowsUpdated: 0,
      rejections: [{ row: 3, column: 'list_price', value: '八十五', message: 'must be a number ≥ 0 with at most 2 decimals' }],
    };
    stubFetch({ 'GET /api/stores/BJ01/catalogue/imports/imp-1': () => json(rejected) });
    importCatalogue.mockResolvedValue({ rejected: new ApiError(422, { code: 'import-rejected', status: 422 }), importId: 'imp-1' });
    renderWithApp(<ImportPanel store="BJ01" />, { roles: ['service-manager'] });
    await user.upload(document.querySelector('input[type="file"]') as HTMLInputElement, file());
    await user.click(screen.getByTestId('import-start'));
    expect(await screen.findByText('未导入任何数据')).toBeInTheDocument();
    expect(screen.getByTestId('import-rejections')).toHaveTextContent('八十五');
    await user.click(screen.getByTestId('download-report'));
    expect(downloadReport).toHaveBeenCalledWith('BJ01', 'imp-1');
  });

  it('runs a dry run when asked and shows an unreadable file as a problem', async () => {
    const user = userEvent.setup();
    stubFetch({});
    importCatalogue.mockRejectedValue(new ApiError(415, { code: 'unsupported-import-type', status: 415, detail: 'The file is binary content' }));
    renderWithApp(<ImportPanel store="BJ01" />, { roles: ['service-manager'] });
    await user.upload(document.querySelector('input[type="file"]') as HTMLInputElement, file());
    await user.click(screen.getByLabelText('仅检查（不写入）'));
    await user.click(screen.getByTestId('import-start'));
    expect(await screen.findByText(/The file is binary content/)).toBeInTheDocument();
    expect(importCatalogue).toHaveBeenCalledWith('BJ01', 'PARTS', true, expect.any(File), expect.any(Function));
  });
});
