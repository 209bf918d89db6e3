import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useIdempotencyKey } from './idempotency';

describe('useIdempotencyKey', () => {
  it('reuses the key for a retry of the same body and renews it otherwise', () => {
    const { result } = renderHook(() => useIdempotencyKey());
    const k1 = result.current.keyFor({ name: 'a' });
    expect(k1).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.current.keyFor({ name: 'a' })).toBe(k1);
    const k2 = result.current.keyFor({ name: 'b' });
    expect(k2).not.toBe(k1);
    act(() => result.current.reset());
    expect(result.current.keyFor({ name: 'b' })).not.toBe(k2);
  });
});
