import { categoriesTable, categoryRoutingUnitsTable } from '@onedoor/db/cases';
import type { Executor } from '@onedoor/db';
import { insertAll, twoDigits } from './context';
import type { SeededOrganisations } from './organisations';
import { createRandom } from './random';

/** Mediator specialties the pools and the cases share. */
export const SPECIALTIES = ['medical', 'legal', 'labor', 'land', 'family', 'traffic', 'property'] as const;
export type Specialty = (typeof SPECIALTIES)[number];

/** How cases of a sub-category behave in the demo: who handles them and how often they come. */
export interface SubCategorySpec {
  name: string;
  /** The county body that usually handles it (organisation short name). */
  unit: string;
  /** Share of cases routed to the township where the matter arose instead. */
  township?: number;
  /** The mediation committee some cases go to (人民调解 docking). */
  committee?: string;
  /** The legal channel a case may be handed over to (诉访分离). */
  legal?: string;
  specialty?: Specialty;
  /** Relative frequency among all cases. */
  weight: number;
  /** Chance that a case is a group petition (群体访). */
  group?: number;
}

interface CategorySpec {
  name: string;
  children: SubCategorySpec[];
}

/** The 9 categories / 32 sub-categories (9大项32小类) of the county's list of key matters. */
export const CATEGORY_TREE: readonly CategorySpec[] = [
  {
    name: '农村农业',
    children: [
      { name: '土地承包经营', unit: '农业农村局', township: 0.6, committee: '土调委', specialty: 'land', weight: 5 },
      { name: '农村宅基地', unit: '自然资源局', township: 0.6, specialty: 'land', weight: 4 },
      { name: '惠农补贴', unit: '农业农村局', township: 0.4, weight: 2 },
      { name: '村务管理', unit: '乡村振兴局', township: 0.9, weight: 3, group: 0.15 },
    ],
  },
  {
    name: '国土城建',
    children: [
      { name: '征地补偿安置', unit: '自然资源局', township: 0.5, specialty: 'land', weight: 4, group: 0.35 },
      { name: '房屋征收拆迁', unit: '住建局', township: 0.3, specialty: 'property', weight: 3, group: 0.3 },
      { name: '物业管理', unit: '住建局', committee: '物调委', specialty: 'property', weight: 4, group: 0.2 },
      { name: '住房保障', unit: '住建局', weight: 2 },
      { name: '拖欠工程款', unit: '住建局', legal: '法院', specialty: 'legal', weight: 2 },
    ],
  },
  {
    name: '劳动社保',
    children: [
      { name: '拖欠农民工工资', unit: '人社局', specialty: 'labor', weight: 6, group: 0.35 },
      { name: '劳动合同争议', unit: '人社局', committee: '劳调委', legal: '仲裁院', specialty: 'labor', weight: 3 },
      { name: '社会保险待遇', unit: '人社局', weight: 3 },
      { name: '工伤认定', unit: '人社局', legal: '仲裁院', specialty: 'labor', weight: 2 },
    ],
  },
  {
    name: '卫生健康',
    children: [
      { name: '医疗纠纷', unit: '卫健委', committee: '医调委', legal: '法院', specialty: 'medical', weight: 3 },
      { name: '医疗保障', unit: '医保局', weight: 2 },
      { name: '公共卫生', unit: '卫健委', weight: 1 },
    ],
  },
  {
    name: '教育',
    children: [
      { name: '入学就学', unit: '教体局', weight: 2 },
      { name: '教师待遇', unit: '教体局', weight: 1, group: 0.3 },
      { name: '校园安全', unit: '教体局', weight: 1 },
    ],
  },
  {
    name: '民政',
    children: [
      { name: '最低生活保障', unit: '民政局', township: 0.4, weight: 3 },
      { name: '特困供养', unit: '民政局', township: 0.3, weight: 1 },
      { name: '婚姻家庭', unit: '妇联', township: 0.3, committee: '婚调委', specialty: 'family', weight: 2 },
      { name: '残疾人保障', unit: '残联', weight: 1 },
    ],
  },
  {
    name: '政法',
    children: [
      { name: '涉法涉诉', unit: '法院', legal: '法院', specialty: 'legal', weight: 3 },
      { name: '治安问题', unit: '公安局', weight: 2 },
      { name: '交通事故', unit: '公安局', committee: '交调委', legal: '法院', specialty: 'traffic', weight: 2 },
      { name: '邻里纠纷', unit: '司法局', township: 0.8, specialty: 'family', weight: 3 },
    ],
  },
  {
    name: '企业改制',
    children: [
      { name: '改制职工安置', unit: '国资中心', weight: 1, group: 0.5 },
      { name: '破产企业遗留问题', unit: '工信局', weight: 1, group: 0.4 },
    ],
  },
  {
    name: '其他',
    children: [
      { name: '生态环境', unit: '生态环境局', weight: 2, group: 0.2 },
      { name: '消费维权', unit: '市场监管局', committee: '消调委', weight: 2 },
      { name: '城市管理', unit: '综合执法局', weight: 2 },
    ],
  },
];

export interface SeededSubCategory {
  id: string;
  code: string;
  name: string;
  spec: SubCategorySpec;
}

export interface SeededCategories {
  topLevel: { id: string; code: string; name: string }[];
  subCategories: SeededSubCategory[];
}

/** Writes the taxonomy alone (tests that need only categories call this); codes `C01`, `C01-01` … */
export async function seedCategories(tx: Executor, now: Date = new Date()): Promise<SeededCategories> {
  const random = createRandom('categories');
  const rows: (typeof categoriesTable.$inferInsert)[] = [];
  const result: SeededCategories = { topLevel: [], subCategories: [] };
  CATEGORY_TREE.forEach((category, i) => {
    const top = { id: random.uuid(), code: `C${twoDigits(i + 1)}`, name: category.name };
    result.topLevel.push(top);
    rows.push({ ...top, parentId: null, sortOrder: i + 1, createdAt: now, updatedAt: now });
    category.children.forEach((spec, j) => {
      const sub = { id: random.uuid(), code: `${top.code}-${twoDigits(j + 1)}`, name: spec.name };
      result.subCategories.push({ ...sub, spec });
      rows.push({ ...sub, parentId: top.id, sortOrder: j + 1, createdAt: now, updatedAt: now });
    });
  });
  await insertAll(tx, categoriesTable, rows);
  return result;
}

/**
 * Each sub-category's routing rule (分流规则): the county body that usually handles it, then its mediation
 * committee and its legal channel where it has them, the order the routing picker offers them in.
 */
export async function seedRoutingRules(
  tx: Executor,
  input: { categories: SeededCategories; organisations: SeededOrganisations },
): Promise<void> {
  const rows = input.categories.subCategories.flatMap(({ id, spec }) => {
    const keys = [...new Set([spec.unit, spec.committee, spec.legal].filter((k): k is string => !!k))];
    return keys.map((key, position) => ({
      categoryId: id,
      organisationId: input.organisations.get(key).id,
      position,
    }));
  });
  await insertAll(tx, categoryRoutingUnitsTable, rows);
}
