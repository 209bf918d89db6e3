import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, requestsTo, stubFetch } from '@/test/fetch-stub';
import { renderWithApp } from '@/test/render';
import { InspectionVersions } from './inspection-versions';

const signed = {
  id: 'insp-1', repairOrderId: 'ro-1', versionNumber: 1, current: true, odometer: 42000, odometerLowerConfirmed: false, fuelLevel: 'HALF', warningLights: [],
  protectiveCoversFitted: true, belongings: [], documents: [], damageMarks: [], createdAt: '2026-11-23T02:00:00Z', updatedAt: '2026-11-23T02:05:00Z', version: 5,
  signature: { signerName: '张伟', signedAt: '2026-11-23T02:05:00Z' },
};
const corrected = { ...signed, id: 'insp-2', versionNumber: 2, supersedes: 'insp-1', signature: null, version: 1 };

describe('inspection corrections', () => {
  it('creates a new version with If-Match and shows it in the history', async () => {
    const user = userEvent.setup();
    let correctedYet = false;
    const spy = stubFetch({
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection': () => json(correctedYet ? corrected : signed),
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection/versions': () => json({ items: correctedYet ? [{ ...signed, current: false }, corrected] : [signed] }),
      'POST /api/stores/BJ01/repair-orders/ro-1/inspection/corrections': () => {
        correctedYet = true;
        return json(corrected, 201, { ETag: '"1"' });
      },
    });
    renderWithApp(<InspectionVersions store="BJ01" repairOrderId="ro-1" />);
    expect(await screen.findAllByTestId('inspection-version')).toHaveLength(1);
    await user.click(screen.getByTestId('correct-inspection'));
    await waitFor(() => expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/inspection/corrections')).toHaveLength(1));
    expect(requestsTo(spy, 'POST', '/api/stores/BJ01/repair-orders/ro-1/inspection/corrections')[0]?.headers.get('If-Match')).toBe('"5"');
    expect(await screen.findByTestId('correction-created')).toHaveTextContent('已创建第 2 版');
    await waitFor(() => expect(screen.getAllByTestId('inspection-version')).toHaveLength(2));
    expect(screen.getByText('更正第 1 版')).toBeInTheDocument();
    expect(screen.getByText(/张伟 签字于/)).toBeInTheDocument();
    // The new version is editable: no correction button any more.
    expect(screen.queryByTestId('correct-inspection')).not.toBeInTheDocument();
  });

  it('hides the correction button from roles that may not correct', async () => {
    stubFetch({
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection': () => json(signed),
      'GET /api/stores/BJ01/repair-orders/ro-1/inspection/versions': () => json({ items: [signed] }),
    });
    renderWithApp(<InspectionVersions store="BJ01" repairOrderId="ro-1" />, { roles: ['cashier'] });
    expect(await screen.findAllByTestId('inspection-version')).toHaveLength(1);
    expect(screen.queryByTestId('correct-inspection')).not.toBeInTheDocument();
  });
});
