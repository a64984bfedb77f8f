import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY } from '../../../shared/contract/bridge';

/**
 * The desktop bridge as the renderer's client finds it, answering each read with what it was asked; the
 * figures asked for without a year are the year in use's, 2025.
 */
function fakeBridge() {
  const asked: string[] = [];
  const answer = (channel: string) => async (input: unknown) => {
    asked.push(`${channel} ${JSON.stringify(input ?? null)}`);
    return channel === 'dashboard.get' && (input as { year: number }).year === 1990
      ? { ok: false, error: { code: 'VALIDATION', message: 'Năm không hợp lệ.' } }
      : {
          ok: true,
          data: { channel, input, n: asked.length, ...(isYearInUse(channel, input) && { year: 2025 }) },
        };
  };
  return { asked, bridge: new Proxy({}, { get: (_, channel: string) => answer(channel) }) };
}

const isYearInUse = (channel: string, input: unknown) =>
  channel === 'dashboard.get' && typeof input === 'object' && input !== null && !('year' in input);

describe('reads asked for as the app starts', () => {
  let asked: string[];
  /** The address bar as the hash router leaves it: the app opens without a hash. */
  const location = { hash: '' };
  beforeEach(() => {
    vi.resetModules();
    const fake = fakeBridge();
    asked = fake.asked;
    location.hash = '';
    vi.stubGlobal('window', { [BRIDGE_KEY]: fake.bridge, location });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('are answered to the first call of the same channel and input, which does not ask again', async () => {
    const { call, callEarly } = await import('../../../renderer/src/api/client');
    const early = callEarly('dashboard.get', { year: 2025 });
    void callEarly('settings.get');
    expect(await call('dashboard.get', { year: 2025 })).toBe(await early);
    expect(await call('settings.get')).toEqual({ channel: 'settings.get', input: undefined, n: 2 });
    expect(asked).toEqual(['dashboard.get {"year":2025}', 'settings.get null']);
    // Taken once: the next call, and a call with another input, ask the backend.
    await call('dashboard.get', { year: 2025 });
    await call('dashboard.get', { year: 2024 });
    expect(asked.slice(2)).toEqual(['dashboard.get {"year":2025}', 'dashboard.get {"year":2024}']);
  });

  it('pass a refusal on to the call that takes them', async () => {
    const { call, callEarly } = await import('../../../renderer/src/api/client');
    void callEarly('dashboard.get', { year: 1990 });
    await expect(call('dashboard.get', { year: 1990 })).rejects.toThrow('Năm không hợp lệ.');
    expect(asked).toHaveLength(1);
  });

  it('are dropped once the app has left the address they were asked at, so a later visit asks again', async () => {
    const { call, callEarly } = await import('../../../renderer/src/api/client');
    void callEarly('settings.get');
    void callEarly('dashboard.get', { year: 2025 });
    location.hash = '#/'; // the router writes the address it opened on: still the first screen
    await call('settings.get');
    expect(asked).toHaveLength(2);
    // "Tổng quan" left before its page asked; data may change there; then back to it.
    location.hash = '#/mo-hinh';
    await call('models.list', { year: 2025 });
    location.hash = '#/';
    expect(await call('dashboard.get', { year: 2025 })).toEqual({
      channel: 'dashboard.get',
      input: { year: 2025 },
      n: 4,
    });
    expect(asked.slice(2)).toEqual(['models.list {"year":2025}', 'dashboard.get {"year":2025}']);
  });

  it('asked for after the app has left keep none of those asked before alive', async () => {
    const { call, callEarly } = await import('../../../renderer/src/api/client');
    void callEarly('settings.get');
    location.hash = '#/mo-hinh'; // left while the settings were on their way; the figures are asked after
    void callEarly('dashboard.get', { year: 2025 });
    await call('settings.get');
    expect(asked).toEqual(['settings.get null', 'dashboard.get {"year":2025}', 'settings.get null']);
  });

  it('sent before the app’s code are taken over; one answering for another input asks again', async () => {
    const { call, takeEarly } = await import('../../../renderer/src/api/client');
    const { send } = await import('../../../renderer/src/api/wire');
    // The page's first script sent the figures without a year: the year in use's, 2025.
    const sent = () => send('dashboard.get', {});
    void takeEarly('dashboard.get', { year: 2025 }, sent(), (d) => d.year === 2025);
    expect(await call('dashboard.get', { year: 2025 })).toEqual({
      channel: 'dashboard.get',
      input: {},
      n: 1,
      year: 2025,
    });
    // The settings changed in between: the figures sent are not the year asked for, which is asked for.
    void takeEarly('dashboard.get', { year: 2024 }, sent(), (d) => d.year === 2024);
    expect(await call('dashboard.get', { year: 2024 })).toEqual({
      channel: 'dashboard.get',
      input: { year: 2024 },
      n: 3,
    });
    expect(asked).toEqual(['dashboard.get {}', 'dashboard.get {}', 'dashboard.get {"year":2024}']);
  });
});
