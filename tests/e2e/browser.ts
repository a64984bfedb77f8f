/** Debian's Chromium: no test or install step downloads a browser. */
export const chromiumPath = process.env.DVK_CHROMIUM ?? '/usr/bin/chromium';

/** How the end-to-end tests and the UI bench start it: as root, without a GPU, and without its own traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
