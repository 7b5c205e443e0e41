import { readSession } from './session';

/** Where a visitor without a session wanted to go, kept for the tab until they have signed in. */
const WANTED_KEY = 'onedoor.wanted';
const LOGIN_HASH = '#/login';

function screenOf(hash: string): string {
  return hash.replace(/^#/, '') || '/';
}

/**
 * Sends a visitor without a session straight to the login form before react-admin mounts, remembering
 * the screen they asked for. react-admin's own way (mount the app, find no session, log out, navigate)
 * races its query-cache reset against react-router 7's transition and loops through thousands of
 * redirects before the form shows (marmelab/react-admin#10885); starting at the form avoids the race.
 */
export function startAtLoginWithoutSession(): void {
  if (readSession()) return;
  const wanted = screenOf(window.location.hash);
  if (wanted.startsWith('/login')) return;
  if (wanted !== '/') sessionStorage.setItem(WANTED_KEY, wanted);
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${LOGIN_HASH}`);
}

/** The screen to open after a sign-in (and forgets it): the one asked for, or the dashboard. */
export function takeWantedScreen(): string {
  const wanted = sessionStorage.getItem(WANTED_KEY) ?? '/';
  sessionStorage.removeItem(WANTED_KEY);
  return wanted;
}

/**
 * Ends the app's life in this page after a sign-out or a refused session: remembers the screen, loads the
 * page afresh at the login form (nothing of the last user stays in memory), and never settles, so
 * react-admin does not navigate or reset anything behind the reload.
 */
export function reloadAtLogin(): Promise<never> {
  const wanted = screenOf(window.location.hash);
  if (!wanted.startsWith('/login') && wanted !== '/') sessionStorage.setItem(WANTED_KEY, wanted);
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${LOGIN_HASH}`);
  window.location.reload();
  return new Promise<never>(() => undefined);
}
