import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend/backend';
import {
  BACKEND_STOPPED_MESSAGE,
  BackendStartError,
  connectBackend,
  type BackendClient,
} from '../../../electron/backend/bridge/backend-client';
import { serveBackend } from '../../../electron/backend/bridge/backend-server';
import type {
  Endpoint,
  FromBackend,
  StartOptions,
  ToBackend,
} from '../../../electron/backend/bridge/protocol';
import type { Envelope } from '../../../shared/contract/errors';
import { ok } from '../../helpers/backend';
import { longListWorkbook } from '../../helpers/long-list';
import { register, withUnit } from '../../helpers/model-fixtures';
import { useTempDirs } from '../../helpers/temp-dir';

/**
 * Main and the utility process joined in memory the way Electron joins them: every message is
 * structured-cloned and delivered later, never synchronously.
 */
function link(): { main: Endpoint<ToBackend, FromBackend>; utility: Endpoint<FromBackend, ToBackend> } {
  const toUtility: ((message: ToBackend) => void)[] = [];
  const toMain: ((message: FromBackend) => void)[] = [];
  const deliver = <T>(listeners: ((message: T) => void)[], message: T) => {
    const copy = structuredClone(message);
    setImmediate(() => listeners.forEach((listener) => listener(copy)));
  };
  return {
    main: { send: (m) => deliver(toUtility, m), onMessage: (l) => void toMain.push(l) },
    utility: { send: (m) => deliver(toMain, m), onMessage: (l) => void toUtility.push(l) },
  };
}

interface Started {
  client: BackendClient;
  stopped: () => void;
  opened: string[];
  exited: () => boolean;
  /** Main's end of the link, to reach the process after the client has given up on it. */
  main: Endpoint<ToBackend, FromBackend>;
}

async function startLinked(
  dataDir: string,
  openPath: (path: string) => Promise<string> = async () => '',
): Promise<Started> {
  const { main, utility } = link();
  let exited = false;
  serveBackend(utility, createBackend, () => {
    exited = true;
  });
  const opened: string[] = [];
  const start: StartOptions = {
    dataDir,
    version: '0.0.0-test',
    actor: 'chuyenvien',
    tempDir: join(dataDir, '..', `${basename(dataDir)}-tam`),
    canOpenPaths: true,
  };
  const { ready, stopped } = connectBackend(main, {
    start,
    openPath: async (path) => {
      opened.push(path);
      return openPath(path);
    },
  });
  return { client: await ready, stopped, opened, exited: () => exited, main };
}

/** The test helpers speak to a Backend; the client is one, as far as calls go. */
const asBackend = (client: BackendClient): Backend => ({
  ...client,
  logger: { call: () => undefined, error: () => undefined, info: () => undefined },
});

describe('the backend in its own process, linked to main by messages', () => {
  const tempDir = useTempDirs();

  it('answers calls with the same envelopes as in-process, each to its own request', async () => {
    const { client } = await startLinked(await tempDir());
    try {
      await ok(asBackend(client), 'settings.update', { orgName: 'BAN DÂN VẬN' });
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          n % 2 === 0 ? client.handle('settings.get', undefined) : client.handle('app.info', undefined),
        ),
      );
      answers.forEach((answer, n) => {
        const data = (answer as Envelope<Record<string, unknown>> & { ok: true }).data;
        if (n % 2 === 0) expect(data.orgName).toBe('BAN DÂN VẬN');
        else expect(data).toMatchObject({ version: '0.0.0-test', transport: 'electron' });
      });
      expect(await client.handle('settings.update', { yearInUse: 1 })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    } finally {
      await client.close();
    }
  });

  it('answers how a long preview goes while it runs, and stops it when cancelled over the link', async () => {
    const { client } = await startLinked(await tempDir());
    try {
      const { catalogues } = await withUnit(asBackend(client));
      const file = await longListWorkbook(3000, ['Xã Chu Hương'], [catalogues.fields[0]!.name]);
      const jobId = crypto.randomUUID();
      let answered = false;
      const preview = client
        .handle('imports.preview', {
          fileName: 'ds.xlsx',
          dataBase64: file.toString('base64'),
          year: 2023,
          jobId,
        })
        .finally(() => (answered = true));
      const seen: { state: string; percent: number }[] = [];
      // As the page does: ask until the backend says the reading is under way, then press "Hủy".
      while (!answered) {
        const progress = (await client.handle('jobs.progress', { jobId })) as Envelope<{
          state: string;
          percent: number;
        }> & { ok: true };
        seen.push(progress.data);
        if (progress.data.state === 'running' && progress.data.percent > 0) {
          await client.handle('jobs.cancel', { jobId });
          break;
        }
      }
      expect(seen.some((p) => p.state === 'running' && p.percent > 0)).toBe(true);
      expect(await preview).toEqual({
        ok: false,
        error: { code: 'CANCELLED', message: 'Đã hủy theo yêu cầu: chưa có gì được ghi.' },
      });
    } finally {
      await client.close();
    }
  });

  it('asks main to open an attachment, as a copy named as the user named it', async () => {
    const dataDir = await tempDir();
    const { client, opened } = await startLinked(dataDir);
    try {
      const backend = asBackend(client);
      const model = await register(backend, await withUnit(backend));
      const ref = { year: model.year, id: model.id };
      const saved = await ok(backend, 'attachments.add', {
        ref,
        name: 'Biên bản.docx',
        dataBase64: Buffer.from('x').toString('base64'),
      });
      const attachmentId = saved.attachments[0]!.id;
      expect(await ok(backend, 'attachments.open', { ref, attachmentId })).toEqual({ opened: true });
      expect(opened).toHaveLength(1);
      expect(basename(opened[0]!)).toBe('Biên bản.docx');
      expect(basename(dirname(opened[0]!))).toBe(attachmentId);
    } finally {
      await client.close();
    }
  });

  it('asks main to show the data folder and the log folder in Explorer, the log folder made first', async () => {
    const dataDir = await tempDir();
    // What main was asked to open, and whether it was there to open at that moment.
    const asked: [string, boolean][] = [];
    const { client } = await startLinked(dataDir, async (path) => {
      asked.push([path, existsSync(path)]);
      return '';
    });
    try {
      const backend = asBackend(client);
      expect(await ok(backend, 'app.openDataFolder')).toEqual({ path: dataDir, opened: true });
      await rm(join(dataDir, 'logs'), { recursive: true, force: true });
      expect(await ok(backend, 'app.openLogFolder')).toEqual({ path: join(dataDir, 'logs'), opened: true });
      expect(asked).toEqual([
        [dataDir, true],
        [join(dataDir, 'logs'), true],
      ]);
    } finally {
      await client.close();
    }
  });

  it('main’s refusal to open a file comes back as a Vietnamese CONFLICT', async () => {
    const dataDir = await tempDir();
    const { client } = await startLinked(dataDir, async () => 'Không mở được tệp: không có chương trình');
    try {
      expect(await client.handle('app.openLogFolder', undefined)).toEqual({
        ok: false,
        error: { code: 'CONFLICT', message: 'Không mở được tệp: không có chương trình' },
      });
    } finally {
      await client.close();
    }
  });

  it('a second start on a folder in use fails plainly, as locked', async () => {
    const dataDir = await tempDir();
    const first = await startLinked(dataDir);
    try {
      const second = startLinked(dataDir);
      await expect(second).rejects.toBeInstanceOf(BackendStartError);
      await expect(second).rejects.toMatchObject({ locked: true });
    } finally {
      await first.client.close();
    }
  });

  it('closing releases the data folder and ends the process', async () => {
    const dataDir = await tempDir();
    const first = await startLinked(dataDir);
    await first.client.close();
    expect(first.exited()).toBe(true);
    const again = await startLinked(dataDir);
    await again.client.close();
  });

  it('if the process dies, waiting and later calls get a Vietnamese error instead of hanging', async () => {
    const dataDir = await tempDir();
    const { client, stopped, main, exited } = await startLinked(dataDir);
    const waiting = client.handle('settings.get', undefined);
    stopped();
    const expected = { ok: false, error: { code: 'INTERNAL', message: BACKEND_STOPPED_MESSAGE } };
    expect(await waiting).toEqual(expected);
    expect(await client.handle('app.info', undefined)).toEqual(expected);
    await client.close(); // resolves at once: nothing is listening any more
    main.send({ type: 'close' }); // (the test's stand-in process is still there: let it release the folder)
    await vi.waitFor(() => expect(exited()).toBe(true));
  });
});
