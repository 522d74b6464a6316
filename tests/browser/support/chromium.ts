/** The bench and the browser tests launch the same Chromium (Debian's, driven by playwright-core). */
export { chromiumPath, launchChromium } from '../../../tools/bench/chromium';
