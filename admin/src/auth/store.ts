import { localStorageStore } from 'react-admin';

/**
 * react-admin's store (list filters and sorting, the dashboard's period, the language), kept in localStorage.
 * A sign-out empties it (./authProvider.ts), so the next account at the counter starts from the defaults.
 */
export const store = localStorageStore('1', 'onedoor');
