import { randomUUID } from 'node:crypto';
import { nationalId } from './people-server';

export const HEADER =
  'name,nationalId,phone,gender,fullTime,specialties,languages,studio,organisationId,gridUnitIds,status,joinedOn,weekdays,certifications';

/** A valid national id that no other row of the file shares: row i is born i days after 1960-01-01. */
export function idForRow(i: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  return nationalId(birth, 100 + (i % 800));
}

/** A good row: a family or land mediator serving one of the given villages, some with a certificate. */
export function goodRow(i: number, villages: readonly string[], organisationId: string): string {
  const phone = `139${String(i).padStart(8, '0')}`;
  const specialty = i % 2 === 0 ? 'family' : 'land;labor';
  const cert = i % 3 === 0 ? '调解员证@2030-12-31' : '';
  const org = i % 5 === 0 ? organisationId : '';
  return [
    `调解员${i}`,
    idForRow(i),
    phone,
    '',
    i % 4 === 0 ? 'true' : 'false',
    specialty,
    '普通话;临沭话',
    i % 7 === 0 ? '老王调解工作室' : '',
    org,
    villages[i % villages.length],
    'ACTIVE',
    '2024-05-01',
    '1;2;3;4;5',
    cert,
  ].join(',');
}

export interface BadRow {
  line: number;
  field: string;
}

/**
 * 10,000 rows (or `total`), 37 of them bad in nine ways, each bad row's line and column recorded
 * so the test can expect exactly those refusals.
 */
export function poolFile(villages: readonly string[], organisationId: string, total = 10_000) {
  const rows = Array.from({ length: total }, (_, i) => goodRow(i, villages, organisationId));
  const bad: BadRow[] = [];
  const spoil = (i: number, field: string, row: string) => {
    rows[i] = row;
    bad.push({ line: i + 2, field });
  };
  const cells = (i: number) => goodRow(i, villages, organisationId).split(',');
  const withCell = (i: number, index: number, value: string) => {
    const c = cells(i);
    c[index] = value;
    return c.join(',');
  };
  let at = 11;
  const next = () => (at += 263);
  for (let k = 0; k < 10; k++) {
    const i = next();
    const id = idForRow(i);
    spoil(i, 'nationalId', withCell(i, 1, id.slice(0, 17) + (id[17] === '1' ? '2' : '1')));
  }
  for (let k = 0; k < 5; k++) {
    const i = next();
    spoil(i, 'nationalId', withCell(i, 1, nationalId('19801332', 11 + k)));
  }
  for (let k = 0; k < 5; k++) {
    const i = next();
    spoil(i, 'phone', withCell(i, 2, `1234${k}`));
  }
  for (let k = 0; k < 3; k++) {
    const i = next();
    spoil(i, 'name', withCell(i, 0, ''));
  }
  for (let k = 0; k < 4; k++) {
    const i = next();
    spoil(i, 'gridUnitIds', withCell(i, 9, randomUUID()));
  }
  for (let k = 0; k < 3; k++) {
    const i = next();
    spoil(i, 'certifications', withCell(i, 13, '调解员证@2030-02-30'));
  }
  for (let k = 0; k < 2; k++) {
    const i = next();
    spoil(i, 'weekdays', withCell(i, 12, '1;8'));
  }
  for (let k = 0; k < 3; k++) {
    const i = next();
    spoil(i, 'nationalId', withCell(i, 1, idForRow(i - 1)));
  }
  for (let k = 0; k < 2; k++) {
    const i = next();
    spoil(i, 'status', withCell(i, 10, 'SLEEPING'));
  }
  return { csv: `${HEADER}\n${rows.join('\n')}\n`, bad };
}
