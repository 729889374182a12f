// Debian's Chromium, as every browser test, benchmark and example script here launches it.

/** `CHROMIUM_PATH`, else `CHROME_PATH`, else Debian's Chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  // No network beyond loopback on these machines: nothing may phone home.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium's own address-bar pages load in every new browser context, competing with the page for the CPU.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
]);
