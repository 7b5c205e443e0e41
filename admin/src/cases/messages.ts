import type { Messages } from '../module';
import { caseEnumsEn, caseEnumsZh } from './enumMessages';
import { casesScreenEn, casesScreenZh } from './screenMessages';

const caseFieldsZh = {
  q: '搜索',
  number: '案件编号',
  title: '标题',
  status: '状态',
  channel: '来源渠道',
  warning: '时限预警',
  headCount: '人数',
  'category.name': '事项类别',
  'place.name': '发生地',
  'responsibleUnit.name': '责任单位',
  receivedAt: '登记时间',
  deadlineAt: '办理期限',
  categoryId: '事项类别',
  gridUnitId: '发生地（网格单元）',
  responsibleUnitId: '责任单位',
  receivedFrom: '登记日期起',
  receivedTo: '登记日期止',
  repeat: '重信重访',
  groupPetition: '群体访',
  crossLevel: '越级访',
  lawRelated: '涉法涉诉',
};
const caseFieldsEn = {
  q: 'Search',
  number: 'Case number',
  title: 'Title',
  status: 'Status',
  channel: 'Channel',
  warning: 'Warning',
  headCount: 'Head count',
  'category.name': 'Category',
  'place.name': 'Place',
  'responsibleUnit.name': 'Responsible unit',
  receivedAt: 'Received',
  deadlineAt: 'Deadline',
  categoryId: 'Category',
  gridUnitId: 'Place (grid unit)',
  responsibleUnitId: 'Responsible unit',
  receivedFrom: 'Received from',
  receivedTo: 'Received to',
  repeat: 'Repeat',
  groupPetition: 'Group petition',
  crossLevel: 'Cross-level',
  lawRelated: 'Law-related',
};

export const casesZh: Messages = {
  resources: {
    cases: { name: '案件 |||| 案件', fields: caseFieldsZh },
    categories: {
      name: '事项类别 |||| 事项类别',
      fields: { code: '编码', name: '名称', 'parent.name': '上级类别', active: '启用', children: '子类数' },
    },
  },
  enums: caseEnumsZh,
  onedoor: { cases: casesScreenZh },
};

export const casesEn: Messages = {
  resources: {
    cases: { name: 'Case |||| Cases', fields: caseFieldsEn },
    categories: {
      name: 'Category |||| Categories',
      fields: { code: 'Code', name: 'Name', 'parent.name': 'Parent', active: 'Active', children: 'Sub-categories' },
    },
  },
  enums: caseEnumsEn,
  onedoor: { cases: casesScreenEn },
};
