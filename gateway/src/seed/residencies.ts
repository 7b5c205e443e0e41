import { residenciesTable } from '@onedoor/db/grid';
import { beijingDate } from '@onedoor/db';
import { insertAll, type SeedContext } from './context';
import type { SeededOrganisations } from './organisations';

/** The 13 bodies permanently resident in the centre (常驻), each at its window, as the articles' county has them. */
const PERMANENT = [
  '信访局',
  '人社局',
  '住建局',
  '自然资源局',
  '卫健委',
  '民政局',
  '司法局',
  '法援中心',
  '仲裁院',
  '诉讼服务中心',
  '公安局',
  '医患中心',
  '交通事故调处中心',
] as const;

/** Called in when needed (随叫随驻). */
const ON_CALL = ['教体局', '市场监管局', '农业农村局', '综合执法局'] as const;

/**
 * The residency roster (入驻) since the start of the demo's year. The monthly rotation (轮驻) is left to
 * `planMonthlyRotation`, which ranks departments by their cases.
 */
export async function seedResidencies(ctx: SeedContext, organisations: SeededOrganisations): Promise<number> {
  const startsOn = `${beijingDate(ctx.now).slice(0, 4)}-01-01`;
  const stamp = { createdAt: ctx.now, updatedAt: ctx.now };
  const rows = [
    ...PERMANENT.map((key, i) => ({
      organisationId: organisations.get(key).id,
      mode: 'PERMANENT' as const,
      window: `${i + 1}号窗口`,
      startsOn,
      endsOn: null,
      caseLoad: null,
      ...stamp,
    })),
    ...ON_CALL.map((key) => ({
      organisationId: organisations.get(key).id,
      mode: 'ON_CALL' as const,
      window: null,
      startsOn,
      endsOn: null,
      caseLoad: null,
      ...stamp,
    })),
  ];
  await insertAll(ctx.tx, residenciesTable, rows);
  return rows.length;
}
