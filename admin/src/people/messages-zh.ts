import type { Messages } from '../module';

const columns = {
  name: '姓名', nationalId: '身份证号', phone: '联系电话', gender: '性别', fullTime: '专职', specialties: '专业领域', languages: '语言/方言',
  studio: '调解工作室', organisationId: '所属单位', gridUnitIds: '服务网格', status: '状态', joinedOn: '入库日期', weekdays: '每周可用日',
  certifications: '资格证书',
};

export const peopleZh: Messages = {
  resources: {
    persons: {
      name: '人员 |||| 人员',
      fields: {
        q: '搜索姓名', name: '姓名', gender: '性别', phone: '联系电话', nationalId: '身份证号', address: '住址', birthDate: '出生日期',
        vulnerabilities: '困难群体', vulnerability: '困难群体', createdAt: '登记时间',
      },
    },
    mediators: {
      name: '人才库成员 |||| 人才库成员',
      fields: {
        'person.name': '姓名', person: { name: '姓名' }, pool: '人才库', status: '状态', fullTime: '专职', specialties: '专业领域', specialty: '专业领域',
        studio: '调解工作室', languages: '语言/方言', language: '语言/方言', joinedOn: '入库日期', 'organisation.name': '所属单位',
        organisation: { name: '所属单位' }, organisationId: '所属单位', gridUnits: '服务网格', gridUnitId: '服务区域（覆盖）', gridUnitIds: '服务网格',
        certifications: '资格证书', certExpiry: '证书到期', weekdays: '每周可用日', availabilityExceptions: '请假/不可用',
        'performance.casesMediated': '调解件数', 'performance.casesResolved': '调解成功', 'performance.successRate': '成功率',
        'performance.satisfaction': '满意度', 'performance.lastActivityAt': '最近调解', workload: '在办案件数', 'activeCases.nodes': '在办案件',
        activeCases: '在办案件',
        performance: { casesMediated: '调解件数', casesResolved: '调解成功', successRate: '成功率', satisfaction: '满意度', lastActivityAt: '最近调解' },
      },
    },
    accounts: {
      name: '账号 |||| 账号',
      fields: {
        username: '用户名', password: '初始密码', roles: '角色', organisationId: '所属单位', person: '人员', organisation: '所属单位',
        disabled: '已停用', lockedUntil: '锁定至', lastLoginAt: '最近登录', newPassword: '新密码', until: '锁定至（北京时间）',
      },
    },
  },
  enums: {
    Gender: { MALE: '男', FEMALE: '女', UNSPECIFIED: '未记录' },
    Vulnerability: { ELDERLY: '老年人', DISABLED: '残疾人', MINOR: '未成年人', WOMAN_IN_HARDSHIP: '困难妇女', MIGRANT: '外来务工人员', EXTREME_HARDSHIP: '特困人员' },
    Pool: {
      PEOPLES_MEDIATOR: '人民调解员库', OBSERVER: '观察员库', VOLUNTEER: '志愿者库', DEPUTY: '两代表一委员', RETIRED_CADRE: '老干部库',
      LEGAL_UNDERSTANDING_PERSON: '法律明白人', LEGAL_ADVISER: '法律顾问', LAWYER: '律师库', PSYCHOLOGIST: '心理咨询师库',
      SUPERVISION_COMMISSIONER: '督查专员', PROXY_AGENT: '代办员', EVERYONE_JUDGES: '大家来评理',
    },
    MediatorStatus: { ACTIVE: '在册', SUSPENDED: '暂停', RETIRED: '退出' },
    AvailabilityExceptionKind: { LEAVE: '请假', BLOCKED: '不可用' },
    ImportMode: { ALL_OR_NOTHING: '全部或不导入', VALID_ROWS_ONLY: '仅导入有效行' },
    ImportPhase: { VALIDATING: '正在校验', CHECKING_REFERENCES: '正在核对网格与单位', WRITING: '正在写入', DONE: '导入完成', FAILED: '导入失败' },
    DuplicateReason: { SAME_NATIONAL_ID: '身份证号相同', SAME_NAME_AND_PHONE: '姓名和电话相同' },
    CoverageLevel: { TOWNSHIP: '镇街', WORK_AREA: '工作区', VILLAGE: '村居', GRID: '网格' },
    Role: {
      ADMIN: '系统管理员', CENTRE_STAFF: '中心工作人员', LEADER: '领导', HANDLER: '承办人', MEDIATOR: '调解员', PARTNER: '合作单位',
      FUND_OFFICER: '救助经办人', FUND_APPROVER: '救助审批人', AUDITOR: '审计',
    },
    Weekday: { 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六', 7: '周日' },
    Specialty: { family: '婚姻家庭', land: '土地纠纷', labor: '劳动争议', legal: '法律事务', property: '物业房产', medical: '医疗纠纷', traffic: '交通事故', psychology: '心理疏导' },
  },
  onedoor: {
    people: {
      menu: { pools: '人才库概况', import: '批量导入', duplicates: '疑似重复人员' },
      person: {
        genderHint: '不填时按身份证号判断', nationalIdHint: '18位居民身份证号', phoneHint: '手机号或带区号的固定电话，如 0539-1234567',
        birthDateHint: '不填时按身份证号判断', membershipsTitle: '人才库', casesTitle: '本人的案件', casesCount: '共 %{count} 件',
        mergedFromTitle: '已合并的重复记录', mergedFromHint: '这些记录上的案件和救助仍可查到。',
      },
      case: { number: '案件编号', title: '标题', status: '状态', receivedAt: '登记时间' },
      cert: {
        none: '无证书', noExpiry: '长期有效', expired: '已过期（%{date}）', soon: '即将到期（%{date}，剩 %{days} 天）',
        expiredShort: '已过期 %{date}', soonShort: '即将到期 %{date}', name: '证书名称', expiresOn: '有效期至', expiresOnHint: '长期有效的证书不填',
      },
      member: {
        add: '加入人才库', added: '已加入人才库', saved: '已保存', changeStatus: '变更状态', addCertification: '添加证书',
        setWeekdays: '设置每周可用日', addException: '登记请假/不可用', reason: '原因', newSpecialty: '新增专业领域“%{item}”',
        languagesHint: '多个用“；”分隔，如 普通话；临沭话', system: '系统导入', tabProfile: '基本情况', tabAvailability: '可用时间',
        tabPerformance: '业绩与工作量', tabHistory: '状态记录',
      },
      exception: { kind: '类型', from: '起始日', to: '结束日', note: '备注' },
      history: { from: '原状态', to: '新状态', reason: '原因', at: '时间', actor: '操作人' },
      duplicates: {
        title: '疑似重复人员', intro: '按身份证号相同、或姓名和电话都相同找出的记录。选择要保留的记录，其余记录将合并到它。',
        none: '未发现疑似重复人员', count: '%{count} 条记录', keep: '保留', merge: '合并到保留记录', merged: '已合并',
        confirmTitle: '确认合并', confirmContent: '将 %{count} 条重复记录合并到“%{survivor}”。合并后不可撤销，确定吗？',
      },
      pools: {
        title: '人才库概况', statsTitle: '%{pool}规模', active: '在册人数', total: '总人数', withoutGridUnit: '未分配网格', bySpecialty: '按专业领域（在册）',
        byTownship: '按镇街（在册）', township: '镇街', export: '导出人才库', gapsTitle: '覆盖缺口', gapsIntro: '没有在册且证书有效的该专业成员覆盖的网格单元',
        level: '检查层级', gapsSummary: '共检查 %{checked} 个单元，%{gaps} 个无人覆盖', noGaps: '全部覆盖',
      },
      import: {
        title: '人才库批量导入', mode: '导入方式', chooseFile: '选择CSV文件', template: '下载模板', start: '开始导入',
        fileSummary: '文件：%{name}，%{rows} 行数据', progressRows: '已校验 %{validated}/%{total} 行，已写入 %{written} 行',
        reportTitle: '导入报告', committed: '已写入有效行', notCommitted: '存在错误行，未写入任何数据（全部或不导入）',
        totalRows: '数据行', created: '新增', updated: '更新', unchanged: '未变', rejected: '拒绝', rejectedTitle: '被拒绝的行',
        downloadRejected: '下载错误行', line: '行号', field: '字段', reason: '原因', notAllowed: '只有系统管理员和中心工作人员可以批量导入。',
        formatIntro: 'UTF-8编码，第一行为列名（顺序不限，姓名和身份证号必填）；多个值用英文分号“;”分隔：',
        columns,
        hints: {
          name: '必填', nationalId: '必填，18位', phone: '手机号或固定电话', gender: 'MALE / FEMALE，不填按身份证号', fullTime: 'true/false 或 专职/兼职',
          specialties: '如 family;land', languages: '如 普通话;临沭话', studio: '品牌调解工作室名称', organisationId: '单位编号（可从导出文件中取得）',
          gridUnitIds: '网格单元编号，多个用;分隔', status: 'ACTIVE / SUSPENDED / RETIRED，默认 ACTIVE', joinedOn: 'YYYY-MM-DD，不晚于今天',
          weekdays: '1（周一）至7（周日），默认 1;2;3;4;5', certifications: '名称@YYYY-MM-DD，长期有效只写名称',
        },
      },
      account: {
        title: '账号', create: '开通账号', created: '账号已开通', usernameHint: '3至50位字母、数字、点、横线或下划线', passwordHint: '至少10位',
        resetPassword: '重置密码', passwordReset: '密码已重置', lock: '锁定', lockedDone: '账号已锁定', unlock: '解除锁定', unlockedDone: '已解除锁定',
        disable: '停用', enable: '启用', disabledDone: '已保存', notFound: '未找到该账号',
      },
    },
  },
};
