import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { Role } from '@/lib/auth';
import { createQueryClient } from '@/lib/query-client';
import { SessionProvider } from '@/lib/session';
import { json, stubFetch } from '@/test/fetch-stub';
import { theme } from '../theme';
import { AppLayout } from './app-layout';

function renderShell(roles: Role[]) {
  stubFetch({
    'GET /api/me': () => json({ username: 'u', displayName: '测试', roles, stores: [{ code: 'BJ01', name: '北京朝阳4S店' }] }),
    'GET /api/stores/BJ01': () => json({ code: 'BJ01', name: '北京朝阳4S店', timezone: 'Asia/Shanghai', currency: 'CNY', createdAt: '', updatedAt: '', version: 0 }),
  });
  const qc = createQueryClient();
  qc.setDefaultOptions({ queries: { retry: false } });
  render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={qc}>
        <SessionProvider value={{ username: 'u', roles, signOut: () => undefined }}>
          <MemoryRouter initialEntries={['/appointments']}>
            <Routes>
              <Route element={<AppLayout />}>
                <Route path="*" element={<div data-testid="screen" />} />
              </Route>
            </Routes>
          </MemoryRouter>
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

const navLabels = async () => within(await screen.findByRole('navigation', { name: '主导航' })).getAllByRole('link').map((l) => l.textContent);

describe('main navigation per role', () => {
  it.each([
    ['advisor', ['客户档案', '预约', '接车', '维修单', '车间看板', '质检', '结算', '欢迎看板', '任务']],
    ['customer-service', ['客户档案', '预约', '维修单', '欢迎看板', '客服工作台', '投诉', '任务']],
    ['service-manager', ['客户档案', '预约', '接车', '维修单', '车间看板', '质检', '结算', '欢迎看板', '客服工作台', '投诉', '任务', '配件目录', '召回活动', '对接', '门店设置']],
    ['workshop', ['客户档案', '预约', '维修单', '车间看板', '我的工单', '质检', '欢迎看板']],
    ['cashier', ['客户档案', '预约', '维修单', '结算', '欢迎看板']],
  ] as const)('%s', async (role, expected) => {
    renderShell([role]);
    expect(await navLabels()).toEqual(expected);
    expect(await screen.findByTestId('screen')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '预约' })).toHaveAttribute('aria-current', 'page');
  });
});
