import { buildAdminIfStale } from '@onedoor/gateway';
import { ensureChromium } from './chromium';

/** Once per run: Chromium present, and the back office built from the current sources. */
export default function setup(): void {
  ensureChromium();
  buildAdminIfStale();
}
