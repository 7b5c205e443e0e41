import type { AuthProvider } from 'react-admin';
import { GRAPHQL_URL } from '../data/client';
import { reloadAtLogin, takeWantedScreen } from './gate';
import { clearSession, readSession, saveSession, type Session } from './session';
import { store } from './store';

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { token expiresAt account { id username roles person { name } organisation { id } } }
}`;

interface LoginAnswer {
  data?: {
    login: {
      token: string;
      expiresAt: string;
      account: {
        id: string;
        username: string;
        roles: string[];
        person: { name: string };
        organisation: { id: string } | null;
      };
    };
  };
  errors?: { message: string; extensions?: { code?: string; lockedUntil?: string } }[];
}

/**
 * Signs in through the gateway's `login` mutation. The token lives in sessionStorage until it expires
 * or the user signs out; an UNAUTHENTICATED answer from the API (expired or revoked) signs the user out.
 * Every sign-out reloads the page at the login form (see ./gate.ts), and a sign-in returns to the screen asked for.
 */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { username, password } } }),
    });
    const answer = (await response.json()) as LoginAnswer;
    const login = answer.data?.login;
    if (!login) {
      throw new Error(answer.errors?.[0]?.extensions?.lockedUntil ? 'onedoor.auth.locked' : 'onedoor.auth.failed');
    }
    const session: Session = {
      token: login.token,
      expiresAt: login.expiresAt,
      account: {
        id: login.account.id,
        username: login.account.username,
        roles: login.account.roles,
        name: login.account.person.name,
        organisationId: login.account.organisation?.id ?? null,
      },
    };
    saveSession(session);
    return { redirectTo: takeWantedScreen() };
  },
  logout() {
    clearSession();
    store.reset(); // react-admin would reset it after a logout that settles; this one reloads the page instead
    return reloadAtLogin();
  },
  checkAuth() {
    return readSession() ? Promise.resolve() : Promise.reject(new Error('onedoor.auth.expired'));
  },
  checkError(error: { status?: number }) {
    if (error?.status === 401) {
      clearSession();
      return Promise.reject(new Error('onedoor.auth.expired'));
    }
    return Promise.resolve();
  },
  getPermissions() {
    return Promise.resolve(readSession()?.account.roles ?? []);
  },
  getIdentity() {
    const session = readSession();
    if (!session) return Promise.reject(new Error('onedoor.auth.expired'));
    return Promise.resolve({ id: session.account.id, fullName: session.account.name });
  },
};
