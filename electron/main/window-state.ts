import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rectangle } from 'electron';
import { z } from 'zod';
import { writeFileAtomic } from '../backend/store/atomic-write';

export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 680;

const FILE_NAME = 'window-state.json';
/** How much of the title bar must land on a screen for the user to grab it and drag the window back. */
const TITLE_BAR_HEIGHT = 32;
const GRABBABLE_WIDTH = 100;

const windowStateSchema = z.object({
  // No minimum here: a width rounded to 1023 at 125 % scaling must not throw the whole state away.
  width: z.number().int().positive().max(32_768),
  height: z.number().int().positive().max(32_768),
  position: z.object({ x: z.number().int(), y: z.number().int() }).optional(),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const DEFAULT_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** The size, place and maximised state the window had when last closed, or the defaults if none is readable. */
export async function readWindowState(dataDir: string): Promise<WindowState> {
  try {
    return windowStateSchema.parse(JSON.parse(await readFile(join(dataDir, FILE_NAME), 'utf8')));
  } catch {
    // Missing (first start), half-edited or from another version: a window of default size is always fine.
    return DEFAULT_STATE;
  }
}

export async function saveWindowState(dataDir: string, state: WindowState): Promise<void> {
  await writeFileAtomic(join(dataDir, FILE_NAME), `${JSON.stringify(state, null, 2)}\n`);
}

/**
 * Keeps the remembered position only if the title bar lands on one of today's screens: after a monitor is
 * unplugged or the layout changes, the window would otherwise open where nobody can see or move it.
 * A window without a position is centred by Electron on the primary screen, so it must also fit there,
 * or a window remembered from a large monitor would open on a laptop with its title bar above the screen.
 */
export function placeWindow(state: WindowState, workAreas: Rectangle[], primary: Rectangle): WindowState {
  const width = Math.max(state.width, MIN_WIDTH);
  const height = Math.max(state.height, MIN_HEIGHT);
  const { position, maximized } = state;
  if (position && workAreas.some((area) => titleBarVisible({ ...position, width }, area))) {
    return { width, height, position, maximized };
  }
  return {
    width: clamp(width, MIN_WIDTH, primary.width),
    height: clamp(height, MIN_HEIGHT, primary.height),
    maximized,
  };
}

function titleBarVisible(bar: { x: number; y: number; width: number }, area: Rectangle): boolean {
  const width = Math.min(bar.x + bar.width, area.x + area.width) - Math.max(bar.x, area.x);
  const height = Math.min(bar.y + TITLE_BAR_HEIGHT, area.y + area.height) - Math.max(bar.y, area.y);
  return width >= GRABBABLE_WIDTH && height >= TITLE_BAR_HEIGHT / 2;
}

/** Never below the window's minimum size, which wins over a screen smaller than it. */
function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
