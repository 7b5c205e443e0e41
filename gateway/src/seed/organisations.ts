import { organisationsTable, type OrganisationKind, searchColumns } from '@onedoor/db/grid';
import { insertAll, twoDigits, type SeedContext } from './context';
import type { SeededGrid } from './grid';
import { COUNTY, isStreet, ROADS } from './names';
import { tableRows } from './table';

export interface SeededOrganisation {
  id: string;
  key: string;
  name: string;
  kind: OrganisationKind;
}

export interface SeededOrganisations {
  all: SeededOrganisation[];
  /** By short name (`人社局`, `医调委`, `青石镇` …); throws on a typo so a wrong mapping fails the seed. */
  get(key: string): SeededOrganisation;
  /** Township governments, in the grid's township order. */
  townships: SeededOrganisation[];
}

interface Spec {
  key: string;
  name: string;
  kind: OrganisationKind;
  code: string;
  parent?: string;
  /** Other names people use for it besides the short name (its key). */
  aliases?: readonly string[];
}

/**
 * The 35 county departments (县直部门): short name (简称, what the county says), the official name after the
 * county's, and the other names people commonly use (each is also known as 县 + its short name).
 */
const DEPARTMENTS: readonly (readonly [string, string, ...string[]])[] = tableRows(`
人社局 | 人力资源和社会保障局 | 人社
住建局 | 住房和城乡建设局 | 住建
自然资源局 | 自然资源和规划局
卫健委 | 卫生健康委员会 | 卫健局
教体局 | 教育和体育局 | 教育局
民政局 | 民政局
市场监管局 | 市场监督管理局 | 市监局
交通运输局 | 交通运输局 | 交通局
农业农村局 | 农业农村局 | 农业局
生态环境局 | 生态环境局 | 环保局
司法局 | 司法局
财政局 | 财政局
水利局 | 水利局
应急管理局 | 应急管理局 | 应急局
医保局 | 医疗保障局
退役军人事务局 | 退役军人事务局 | 退役军人局
综合执法局 | 综合行政执法局 | 城管局 | 城管
发改局 | 发展和改革局 | 发改委
工信局 | 工业和信息化局
商务局 | 商务局
文旅局 | 文化和旅游局
审计局 | 审计局
统计局 | 统计局
行政审批局 | 行政审批服务局 | 审批局
税务局 | 税务局
公积金中心 | 住房公积金管理中心 | 公积金
残联 | 残疾人联合会
妇联 | 妇女联合会
总工会 | 总工会
科技局 | 科学技术局
国资中心 | 国有资产事务服务中心
纪委监委 | 纪委监委 | 纪委
乡村振兴局 | 乡村振兴局
林业中心 | 林业发展中心 | 林业局
大数据局 | 大数据局
`).map(([key, name, ...aliases]) => {
  if (!key || !name) throw new Error('A county department has a short name and an official name.');
  return [key, name, ...aliases];
});

/** The 17 industry committees of the articles, trimmed to the ones the demo's cases need. */
const MEDIATION_COMMITTEES: readonly (readonly [string, string])[] = [
  ['医调委', '医疗纠纷人民调解委员会'],
  ['交调委', '道路交通事故纠纷人民调解委员会'],
  ['劳调委', '劳动争议人民调解委员会'],
  ['婚调委', '婚姻家庭纠纷人民调解委员会'],
  ['物调委', '物业纠纷人民调解委员会'],
  ['土调委', '农村土地承包经营纠纷调解委员会'],
  ['消调委', '消费纠纷人民调解委员会'],
];

/** The centre's own rooms: the "three rooms one hall" (三室一厅) and two named studios. */
const STUDIOS: readonly (readonly [string, string])[] = [
  ['心访工作室', '群众诉求服务中心心访工作室（心理咨询室）'],
  ['人民调解室', '群众诉求服务中心人民调解室'],
  ['访前法律工作室', '群众诉求服务中心访前法律工作室'],
  ['法官工作室', '群众诉求服务中心法官工作室'],
  ['老王调解工作室', '老王调解工作室'],
];

function specs(): Spec[] {
  const list: Spec[] = [{ key: '信访局', name: '信访局', kind: 'PETITION_OFFICE', code: 'XF-01' }];
  DEPARTMENTS.forEach(([key, name, ...aliases], i) =>
    list.push({ key, name, kind: 'DEPARTMENT', code: `BM-${twoDigits(i + 1)}`, aliases: [`县${key}`, ...aliases] }),
  );
  list.push(
    { key: '法院', name: '人民法院', kind: 'COURT', code: 'FY-01', aliases: ['县法院'] },
    { key: '检察院', name: '人民检察院', kind: 'PROCURATORATE', code: 'JC-01', aliases: ['县检察院'] },
    { key: '公安局', name: '公安局', kind: 'POLICE', code: 'GA-01', aliases: ['县公安局'] },
    {
      key: '仲裁院',
      name: '劳动人事争议仲裁院',
      kind: 'LABOR_ARBITRATION',
      code: 'ZC-01',
      parent: '人社局',
      aliases: ['劳动仲裁院', '劳动仲裁'],
    },
    {
      key: '法援中心',
      name: '法律援助中心',
      kind: 'LEGAL_AID_CENTRE',
      code: 'FYZX-01',
      parent: '司法局',
      aliases: ['法律援助'],
    },
  );
  MEDIATION_COMMITTEES.forEach(([key, name], i) =>
    list.push({ key, name, kind: 'MEDIATION_COMMITTEE', code: `TW-${twoDigits(i + 1)}`, parent: '司法局' }),
  );
  list.push(
    { key: '医患中心', name: '医患纠纷调处服务中心', kind: 'SUB_CENTRE', code: 'FZX-01', parent: '信访局' },
    { key: '诉讼服务中心', name: '人民法院诉讼服务中心', kind: 'SUB_CENTRE', code: 'FZX-02', parent: '法院' },
    {
      key: '交通事故调处中心',
      name: '道路交通事故多元调处服务中心',
      kind: 'SUB_CENTRE',
      code: 'FZX-03',
      parent: '公安局',
    },
  );
  STUDIOS.forEach(([key, name], i) =>
    list.push({ key, name, kind: 'STUDIO', code: `GZS-${twoDigits(i + 1)}`, parent: '信访局' }),
  );
  return list;
}

/** ~75 bodies a case can be routed to; townships sit on their grid unit, everything else on the county. */
export async function seedOrganisations(ctx: SeedContext, grid: SeededGrid): Promise<SeededOrganisations> {
  const random = ctx.random('organisations');
  const byKey = new Map<
    string,
    SeededOrganisation & {
      parent?: string;
      code: string;
      gridUnitId: string;
      address: string;
      aliases?: readonly string[];
    }
  >();
  for (const spec of specs()) {
    const address = `${COUNTY.name}${random.pick(ROADS)}${random.int(1, 260)}号`;
    byKey.set(spec.key, {
      ...spec,
      id: random.uuid(),
      name: `${COUNTY.name}${spec.name}`,
      gridUnitId: grid.county.id,
      address,
    });
  }
  grid.townships.forEach((township, i) => {
    const name = `${COUNTY.name}${township.name}${isStreet(township.name) ? '办事处' : '人民政府'}`;
    byKey.set(township.name, {
      key: township.name,
      id: random.uuid(),
      name,
      kind: 'TOWNSHIP',
      code: `XZ-${twoDigits(i + 1)}`,
      gridUnitId: township.id,
      address: `${COUNTY.name}${township.name}${township.street ? random.pick(ROADS) : '政府街'}${random.int(1, 99)}号`,
      aliases: [`${township.name}${isStreet(township.name) ? '办事处' : '政府'}`],
    });
  });

  const get = (key: string) => {
    const found = byKey.get(key);
    if (!found) throw new Error(`The seed names an unknown organisation '${key}'.`);
    return found;
  };
  const all = [...byKey.values()];
  await insertAll(
    ctx.tx,
    organisationsTable,
    all.map((o) => ({
      id: o.id,
      code: o.code,
      name: o.name,
      // The key is what the county says: the short name, and the searches find it by it and its aliases.
      shortName: o.key,
      aliases: [...(o.aliases ?? [])],
      ...searchColumns({ code: o.code, name: o.name, shortName: o.key, aliases: o.aliases ?? [] }),
      kind: o.kind,
      parentId: o.parent ? get(o.parent).id : null,
      gridUnitId: o.gridUnitId,
      phone: `${COUNTY.phoneArea}-${random.int(6_100_000, 8_899_999)}`,
      address: o.address,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })),
  );
  return {
    all: all.map(({ id, key, name, kind }) => ({ id, key, name, kind })),
    get,
    townships: grid.townships.map((t) => get(t.name)),
  };
}
