import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideSteps } from '../../../renderer/src/help/guide-steps';

const docs = join(import.meta.dirname, '..', '..', '..', 'docs');
const paper = readFileSync(join(docs, 'huong-dan-su-dung.md'), 'utf8');
/** The printable guide's text with its line breaks as spaces, as the app shows it. */
const flat = paper.replace(/\s+/g, ' ');

describe('the user guide on paper (docs/huong-dan-su-dung.md) and in the app', () => {
  it('has the same steps, in the same order, with the same words', () => {
    const headings = [...paper.matchAll(/^### \d+\. (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(guideSteps.map((s) => s.title));
    for (const step of guideSteps) expect(flat).toContain(step.text);
  });

  it('shows every picture the app shows, with its caption, and each picture is in docs/hinh', () => {
    const pictures = guideSteps.flatMap((s) => s.pictures);
    const inPaper = [...paper.matchAll(/!\[(.+?)\]\(hinh\/(.+?)\.png\)/g)].map((m) => ({
      name: m[2],
      caption: m[1],
    }));
    expect(inPaper).toEqual(pictures);
    for (const { name } of pictures) expect(existsSync(join(docs, 'hinh', `${name}.png`))).toBe(true);
  });
});
