import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/react';
import { useApp } from '../../../renderer/store/useApp';

function ReadsTheStore() {
  const count = useApp((state) => state.meetings.ids.length);
  return <p>{count}</p>;
}

describe('useApp', () => {
  it('throws a clear error when used outside StoreProvider', () => {
    // React logs the error it rethrows; keep the test output readable.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<ReadsTheStore />)).toThrow('useApp must be used inside <StoreProvider>.');
    quiet.mockRestore();
  });
});
