import { describe, expect, it } from 'vitest';
import { useStore } from './index';

describe('run slice', () => {
  it('starts idle and merges control patches', () => {
    expect(useStore.getState().run.status).toBe('idle');
    useStore.getState().setRunControl({ status: 'running', progress: 0.5, virtualMs: 30_000 });
    useStore.getState().setRunControl({ runEpoch: 1, status: 'done' });
    expect(useStore.getState().run).toMatchObject({
      status: 'done',
      progress: 0.5,
      virtualMs: 30_000,
      runEpoch: 1,
      error: null,
    });
  });
});
