import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as operations from '../../admin/src/grid/operations';
import { gridEn } from '../../admin/src/grid/messages.en';
import { gridZh } from '../../admin/src/grid/messages.zh';
import { gridQueries } from '../../admin/src/grid/queries';
import type { Messages } from '../../admin/src/module';
import { apiSchema } from './support/api-schema';

const schema = apiSchema();
const GRID = join(import.meta.dirname, '..', '..', 'admin', 'src', 'grid');

function flatten(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the grid screens', () => {
  it('send only free-form operations the API offers', () => {
    const problems = Object.entries(operations).flatMap(([name, doc]) =>
      validate(schema, doc).map((e) => `${name}: ${e.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('build create and update operations the API offers', () => {
    const built = [
      gridQueries.gridUnits!.create!({ data: { code: 'X-1', name: '新网格', level: 'GRID', parentId: 'p' } }),
      gridQueries.organisations!.update!({
        id: 'o',
        data: { channels: ['TOWNSHIP'], contacts: [{ name: '王' }] },
        previousData: { id: 'o' },
      }),
      gridQueries.organisations!.update!({
        id: 'o',
        data: { channels: [], contacts: [], shortName: '人社局', aliases: '县人社局；人社、 人社' },
        previousData: { id: 'o' },
      }),
    ];
    expect(built.flatMap((b) => validate(schema, b.query).map((e) => e.message))).toEqual([]);
    expect(built[1]!.variables).toEqual({
      input: { organisationId: 'o', channels: ['TOWNSHIP'], contacts: [{ name: '王', title: null, phone: null }] },
    });
    expect(built[2]!.variables).toEqual({
      input: { organisationId: 'o', channels: [], contacts: [], shortName: '人社局', aliases: ['县人社局', '人社'] },
    });
  });

  it('have the same keys in Chinese and English', () => {
    expect(flatten(gridEn).sort()).toEqual(flatten(gridZh).sort());
  });

  it('translate every onedoor.grid key the code names', () => {
    const known = new Set(flatten(gridZh));
    const used = new Set(
      sources(GRID).flatMap((text) => [...text.matchAll(/['"`](onedoor\.grid\.[\w.]+?)['"`]/g)].map((m) => m[1]!)),
    );
    // Keys built from a kind (`short.${kind}`) are checked through their enums below.
    const missing = [...used].filter((k) => !known.has(k));
    expect(missing).toEqual([]);
    for (const kind of ['WORK_HOURS', 'NOON', 'NIGHT', 'WEEKEND_DAY', 'WEEKEND_LEADER'])
      expect(known.has(`onedoor.grid.roster.short.${kind}`)).toBe(true);
    for (const step of ['dispose', 'whistle', 'respond', 'feedback', 'escalate'])
      expect(known.has(`onedoor.grid.events.actions.${step}`)).toBe(true);
  });

  it('translate every resource field label the code names', () => {
    const known = new Set(flatten(gridZh));
    const used = new Set(
      sources(GRID).flatMap((text) =>
        [
          ...text.matchAll(
            /['"`](resources\.(?:gridUnits|organisations|gridEvents|jointMeetings|meetingDecisions)\.fields\.[\w.]+?)['"`]/g,
          ),
        ].map((m) => m[1]!),
      ),
    );
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });
});
