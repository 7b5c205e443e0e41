/** The signed-in account, kept for the browser tab's session only (sessionStorage), never longer. */
export interface Session {
  token: string;
  expiresAt: string;
  account: { id: string; username: string; roles: string[]; name: string; organisationId: string | null };
}

const KEY = 'onedoor.session';

export function readSession(now = Date.now()): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (Date.parse(session.expiresAt) <= now) {
      clearSession();
      return null;
    }
    return session;
  } catch {
    clearSession();
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}
