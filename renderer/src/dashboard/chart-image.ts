import type { Plugin } from 'chart.js';
import { Chart } from './chart-setup';
import type { ChartSpec } from './charts';

/** About 2000 pixels across: sharp in a printed report or a slide at full width. */
const TARGET_PIXELS = 2000;

/** Paints the canvas white first: a PNG is transparent by default, and shows black in some viewers. */
const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

export interface ImageSize {
  /** Layout width in CSS pixels: the text keeps its size beside the page the image goes on. */
  width: number;
  /** Layout height of the chart itself; the chart's own on-screen height when left out. */
  height?: number;
  /** Written above the chart, for an image that stands on its own. */
  title?: string;
}

/**
 * Draws a chart again, off screen, at print resolution: laid out at the given size and scaled up to about
 * 2000 pixels across, without animation, on white.
 */
export async function chartImage(
  spec: ChartSpec,
  { width, height = spec.height, title }: ImageSize,
): Promise<Blob> {
  // The canvas draws with the page's web font only once it has loaded.
  await document.fonts.ready;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height + (title ? 40 : 0);
  const { config } = spec;
  const chart = new Chart(canvas, {
    ...config,
    options: {
      ...config.options,
      responsive: false,
      animation: false,
      devicePixelRatio: Math.ceil(TARGET_PIXELS / width),
      layout: { padding: 12 },
      plugins: {
        ...config.options?.plugins,
        title: { display: Boolean(title), text: title ?? '', font: { size: 16, weight: 'bold' } },
      },
    },
    plugins: [whiteBackground],
  });
  try {
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Không tạo được ảnh.'))), 'image/png'),
    );
  } finally {
    chart.destroy();
  }
}

/** Saves a file through the browser's download (the desktop app asks where to save it). */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started once the click returns; a moment later the address can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name Windows accepts: no \ / : * ? " < > |. */
export function safeFileName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
