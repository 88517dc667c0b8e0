import { describe, expect, it } from 'vitest';
import { Flow, type FlowInput } from '../../model';
import { REMOVED } from './removeSecrets';
import { askBeforeExport, confirmSecrets, pendingSecrets, subscribeSecrets } from './secretsPrompt';

type NodeInput = FlowInput['nodes'][number];
const withEnv = (env: Record<string, string>): Flow =>
  Flow.parse({
    format: 'eventflow',
    formatVersion: 1,
    name: 'Prompt test',
    nodes: [
      {
        id: 'f',
        kind: 'function',
        label: 'F',
        position: { x: 0, y: 0 },
        settings: { environment: env },
      } as NodeInput,
    ],
  });
const envOf = (flow: Flow) =>
  flow.nodes[0]!.kind === 'function' ? flow.nodes[0]!.settings.environment : null;

describe('confirmSecrets', () => {
  it('answers at once when there is nothing to ask about', async () => {
    const flow = withEnv({ TABLE: 'orders' });
    await expect(confirmSecrets(flow, 'link')).resolves.toEqual({ type: 'clean', flow });
    expect(pendingSecrets()).toBeNull();
  });

  it('waits for the person, and leaving the secrets out changes the copy only', async () => {
    const flow = withEnv({ KEY: 'AKIAZ3MX7Q2LWHXKWXYZ', TABLE: 'orders' });
    let notified = 0;
    const off = subscribeSecrets(() => notified++);
    const answer = confirmSecrets(flow, 'link');
    const request = pendingSecrets();
    expect(request?.purpose).toBe('link');
    expect(request?.findings.map((f) => f.kind)).toEqual(['awsAccessKeyId']);
    request!.answer('omit');
    const choice = await answer;
    expect(choice.type).toBe('omitted');
    if (choice.type !== 'omitted') throw new Error('expected omitted');
    expect(envOf(choice.flow)).toEqual({ KEY: REMOVED, TABLE: 'orders' });
    expect(envOf(flow)).toEqual({ KEY: 'AKIAZ3MX7Q2LWHXKWXYZ', TABLE: 'orders' });
    expect(pendingSecrets()).toBeNull();
    expect(notified).toBe(2);
    off();
  });

  it('include keeps the flow as it is; a second question cancels the first', async () => {
    const flow = withEnv({ KEY: 'AKIAZ3MX7Q2LWHXKWXYZ' });
    const first = confirmSecrets(flow, 'link');
    const second = confirmSecrets(flow, 'file');
    await expect(first).resolves.toEqual({ type: 'cancelled' });
    expect(pendingSecrets()?.purpose).toBe('file');
    pendingSecrets()!.answer('include');
    await expect(second).resolves.toEqual({ type: 'included', flow, count: 1 });
  });

  it('askBeforeExport gives the flow to write, or null when cancelled', async () => {
    const clean = withEnv({ TABLE: 'orders' });
    await expect(askBeforeExport(clean)).resolves.toBe(clean);
    const flow = withEnv({ KEY: 'AKIAZ3MX7Q2LWHXKWXYZ' });
    const cancelled = askBeforeExport(flow);
    expect(pendingSecrets()?.purpose).toBe('file');
    pendingSecrets()!.answer('cancel');
    await expect(cancelled).resolves.toBeNull();
    const omitted = askBeforeExport(flow);
    pendingSecrets()!.answer('omit');
    expect(envOf((await omitted)!)).toEqual({ KEY: REMOVED });
  });
});
