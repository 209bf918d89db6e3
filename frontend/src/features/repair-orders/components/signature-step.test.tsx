import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/test/render';
import { aJobLine, aRepairOrder, anAftermarketCriticalPart } from '@/test/repair-order-fixtures';
import { SignatureStep } from './signature-step';

// jsdom has no canvas: the drawing surface is replaced by a button that "draws".
vi.mock('@/components/signature-canvas', () => ({
  default: ({ onChange }: { onChange: (png: string | null) => void }) => (
    <button type="button" data-testid="fake-draw" onClick={() => onChange('data:image/png;base64,iVBORw0KGgo=')}>
      draw
    </button>
  ),
}));

describe('SignatureStep (R-CHK-9)', () => {
  it('signs only once something is drawn and a signer is named', async () => {
    const user = userEvent.setup();
    const onSign = vi.fn();
    renderWithApp(<SignatureStep order={aRepairOrder({ status: 'AWAITING_SIGNATURE', lines: [aJobLine()] })} defaultSigner="张伟" busy={false} onSign={onSign} />);
    expect(screen.getByText(/客户应付 ¥463.30/)).toBeInTheDocument();
    expect(screen.queryByTestId('old-parts-choice')).not.toBeInTheDocument();
    const sign = screen.getByTestId('sign');
    expect(sign).toBeDisabled();
    await user.click(await screen.findByTestId('fake-draw'));
    expect(sign).toBeEnabled();
    await user.clear(screen.getByTestId('signer-name'));
    expect(sign).toBeDisabled();
    await user.type(screen.getByTestId('signer-name'), '张伟');
    await user.click(sign);
    expect(onSign).toHaveBeenCalledWith('张伟', 'data:image/png;base64,iVBORw0KGgo=', null);
  });

  it('with parts to replace, the customer says what happens to the old parts (旧件处理) before signing', async () => {
    const user = userEvent.setup();
    const onSign = vi.fn();
    renderWithApp(<SignatureStep order={aRepairOrder({ status: 'AWAITING_SIGNATURE', lines: [aJobLine(), anAftermarketCriticalPart()] })} defaultSigner="张伟" busy={false} onSign={onSign} />);
    await user.click(await screen.findByTestId('fake-draw'));
    expect(screen.getByTestId('sign')).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: '客户带走旧件' }));
    expect(screen.getByRole('radio', { name: '客户带走旧件' })).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByTestId('sign'));
    expect(onSign).toHaveBeenCalledWith('张伟', 'data:image/png;base64,iVBORw0KGgo=', 'TAKE_HOME');
  });

  it('has nothing to sign when the customer declined every line: the order is declined instead', async () => {
    const user = userEvent.setup();
    renderWithApp(<SignatureStep order={aRepairOrder({ status: 'AWAITING_SIGNATURE', lines: [aJobLine({ declined: true })] })} defaultSigner="张伟" busy={false} onSign={vi.fn()} />);
    expect(screen.getByTestId('all-declined')).toHaveTextContent('客户拒修');
    await user.click(await screen.findByTestId('fake-draw'));
    expect(screen.getByTestId('sign')).toBeDisabled();
  });
});
