import { describe, expect, it } from 'vitest';
import { validateFlow } from '../../../format';
import { createNode, emptyFlow, type Flow } from '../../../model';
import { scheduleParse, timeZoneParse } from './scheduleCheck';

const EXPRESSIONS = [
  'rate(5 minutes)',
  'rate(1 minute)',
  'rate(1 minutes)',
  'rate(5 minute)',
  'rate(0 minutes)',
  'rate(2 hours)',
  'rate(1 day)',
  'rate(5 fortnights)',
  'rate(1.5 minutes)',
  'RATE(5 minutes)',
  'cron(0 12 * * ? *)',
  'cron(0 12 * * * *)',
  'cron(0 12 ? * ? *)',
  'cron(0 12 * * ?)',
  'cron(0 9 ? * MON-FRI *)',
  'cron(0 9 ? * 0 *)',
  'cron(0 9 ? * 8 *)',
  'cron(0 9 ? * 6#3 *)',
  'cron(0 9 L * ? *)',
  'cron(0 9 LW * ? *)',
  'cron(0 9 15W * ? *)',
  'cron(0/15 * * * ? *)',
  'cron(0 24 * * ? *)',
  'cron(60 0 * * ? *)',
  'cron(0 0 32 * ? *)',
  'cron(0 0 1 13 ? *)',
  'cron(0 0 1 * ? 1969)',
  'cron(0 0 1 * ? 2200)',
  'cron(0 0 1 * ? */2)',
  'cron(0 0 30 2 ? *)',
  'cron(0 0 ? * L *)',
  'cron(0/0 * * * ? *)',
  'at(2026-03-01T09:00:00)',
  'at(2026-02-30T09:00:00)',
  'at(2026-03-01 09:00:00)',
  'at(2026-03-01T09:00)',
  ' rate(5 minutes) ',
  'every day',
  '',
];

function scheduleFlow(settings: Record<string, unknown>): Flow {
  const flow = emptyFlow('Schedules');
  const node = createNode('schedule', 's', 's', { x: 0, y: 0 });
  Object.assign(node.settings, settings);
  flow.nodes = [node];
  return flow;
}

/** The loader's verdict on one setting: its error messages at that path. */
function loaderErrors(settings: Record<string, unknown>, field: string): string[] {
  return validateFlow(scheduleFlow(settings))
    .filter((p) => p.severity === 'error' && p.path === `nodes[0].settings.${field}`)
    .map((p) => p.message);
}

describe('scheduleParse', () => {
  it('accepts the three forms', () => {
    expect(scheduleParse('rate(5 minutes)')).toEqual({ value: 'rate(5 minutes)' });
    expect(scheduleParse('cron(0 12 * * ? *)')).toEqual({ value: 'cron(0 12 * * ? *)' });
    expect(scheduleParse('at(2026-03-01T09:00:00)')).toEqual({ value: 'at(2026-03-01T09:00:00)' });
  });

  it('explains a bad expression', () => {
    const r = scheduleParse('rate(5 fortnights)');
    expect('error' in r && r.error).toMatch(/^Schedule expression: .*minute\(s\), hour\(s\) or day\(s\)/);
    expect('error' in scheduleParse('every day')).toBe(true);
  });

  it('accepts and refuses what the loader does, with the same reason', () => {
    let refused = 0;
    for (const text of EXPRESSIONS) {
      const loader = loaderErrors({ scheduleExpression: text }, 'scheduleExpression');
      const editor = scheduleParse(text);
      if ('error' in editor) {
        refused++;
        expect(
          loader.map((m) => `Schedule expression: ${m}.`),
          text,
        ).toEqual([editor.error]);
      } else expect(loader, text).toEqual([]);
    }
    expect(refused).toBeGreaterThan(10);
  });
});

describe('timeZoneParse', () => {
  it('accepts and refuses the time zones the loader does', () => {
    for (const zone of ['UTC', 'Europe/Paris', 'America/New_York', 'Mars/Olympus', 'CET', '', 'utc']) {
      const loader = loaderErrors({ scheduleExpressionTimezone: zone }, 'scheduleExpressionTimezone');
      expect('error' in timeZoneParse(zone), zone).toBe(loader.length > 0);
    }
    expect('error' in timeZoneParse('Mars/Olympus')).toBe(true);
  });
});
