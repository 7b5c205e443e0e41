import type { Messages } from '../module';

/** Texts of the cases screens (`onedoor.cases.*`), Chinese. */
export const casesScreenZh: Messages = {
  saved: '已保存',
  list: { flags: '标记' },
  show: {
    title: '案件 %{number}', overview: '案件概况', place: '发生地', responsibleUnit: '责任单位', units: '交办单位', lead: '牵头',
    petitioners: '信访人', mediator: '调解员', handlingMode: '处置模式', level: '办理层级', description: '诉求内容', trackingCode: '查询码',
    satisfaction: '满意度', outcome: '办结方式', legalChannel: '法定途径', owner: '包案领导', notRouted: '未交办', none: '无',
    levels: { 0: '初次办理', 1: '复查', 2: '复核' },
    clock: '办理时限', stage: '当前期间', startedAt: '起算时间', deadline: '截止时间', running: '计时中', stopped: '已停止计时',
    overdue: '已超期', addedDays: '延长天数', objectionWindowEndsAt: '异议截止', days: '%{n} 天',
    timeline: '办理记录', system: '系统', actions: '可办理操作', noActions: '当前状态下您没有可执行的操作',
    event: { unit: '单位', reason: '理由', note: '说明', days: '天数', scheduledAt: '时间', place: '地点', attendees: '参加人员', dueAt: '答复期限', by: '经办' },
  },
  actions: {
    routeCase: '交办', objectToRouting: '交办异议', acceptCase: '受理', declineCase: '不予受理', handOverToLegalChannel: '导入法定途径',
    recordHandlingStep: '记录办理过程', assignMediator: '指派调解员', extendDeadline: '延期', replyToCase: '书面答复', recordFollowUp: '回访',
    reviewClosure: '结案审查', requestReexamination: '申请复查', requestReview: '申请复核', giveOpinion: '出具意见', recordHearing: '记录听证',
  },
  form: {
    leadUnitId: '牵头单位', otherUnitIds: '协办单位', reason: '理由', unitId: '单位', note: '说明', legalChannel: '法定途径',
    receivingUnitId: '接收单位', step: '过程类型', appointmentKind: '约访方式', scheduledAt: '时间（北京时间）', place: '地点',
    attendees: '参加人员', attendeesHelp: '每行一人（或用顿号、逗号分隔）', mediationOutcome: '调解结果', dueAt: '答复期限（北京时间）', mediatorId: '调解员',
    days: '延长天数', text: '答复内容', opinion: '意见内容', public: '向信访人公开', satisfaction: '满意度', decision: '审查决定',
    outcome: '办结方式', hearingDays: '听证天数', reopenUnit: '复查/复核机关',
  },
  suggest: {
    title: '推荐调解员', score: '匹配度 %{score}', empty: '暂无可推荐的调解员', choose: '选用', workload: '在办 %{n} 件',
    factor: '%{name}：%{value}（权重 %{weight}）',
  },
  board: {
    menu: '时限预警', title: '时限预警看板', unit: '责任单位', minimum: '最低预警等级', allOpen: '全部在办', unrouted: '未交办（中心待办）',
    empty: '没有符合条件的预警案件', count: '%{n} 件',
  },
  categories: {
    create: '新增类别', createSub: '新增子类', rename: '重命名', deactivate: '停用', deactivateConfirm: '停用“%{name}”后，新案件不能再选用该类别。确定停用？',
    parent: '上级类别', topLevel: '（一级类别）', inactive: '已停用', code: '编码', name: '名称',
  },
  rules: {
    menu: '时限规则', title: '时限与预警规则', save: '保存规则',
    fields: {
      registerDays: '登记交办期限（天）', acceptDays: '受理期限（天）', firstTimeDays: '初信初访办理期限（天）', handleDays: '办理期限（天）',
      maxExtensionDays: '最长延期（天）', objectionWorkingDays: '交办异议期（工作日）', reexaminationRequestDays: '申请复查期限（天）',
      reexaminationDays: '复查期限（天）', reviewRequestDays: '申请复核期限（天）', reviewDays: '复核期限（天）',
      repeatLookbackDays: '重复信访回溯（天）', groupHeadCount: '群体访人数标准', blueDays: '蓝色预警（剩余天数）', yellowDays: '黄色预警（剩余天数）',
    },
  },
  calendar: {
    menu: '工作日历', title: '节假日与调休', from: '起始日期', to: '截止日期', add: '设置日期', remove: '删除', date: '日期', kind: '类型',
    name: '名称', empty: '该时段没有设置节假日或调休', removeConfirm: '删除 %{date} 的设置？在办案件的期限将随之重算。',
  },
};

/** Texts of the cases screens, English. */
export const casesScreenEn: Messages = {
  saved: 'Saved',
  list: { flags: 'Flags' },
  show: {
    title: 'Case %{number}', overview: 'Overview', place: 'Place', responsibleUnit: 'Responsible unit', units: 'Routed to', lead: 'lead',
    petitioners: 'Petitioners', mediator: 'Mediator', handlingMode: 'Handling mode', level: 'Level', description: 'The matter', trackingCode: 'Tracking code',
    satisfaction: 'Satisfaction', outcome: 'Outcome', legalChannel: 'Legal channel', owner: 'Owning leader', notRouted: 'Not routed', none: 'None',
    levels: { 0: 'First handling', 1: 'Re-examination', 2: 'Review' },
    clock: 'Clock', stage: 'Period', startedAt: 'Started', deadline: 'Deadline', running: 'Running', stopped: 'Stopped',
    overdue: 'Overdue', addedDays: 'Days added', objectionWindowEndsAt: 'Objections until', days: '%{n} days',
    timeline: 'Timeline', system: 'System', actions: 'Actions', noActions: 'Nothing you may do at this stage',
    event: { unit: 'Unit', reason: 'Reason', note: 'Note', days: 'Days', scheduledAt: 'When', place: 'Where', attendees: 'Attendees', dueAt: 'Answer due', by: 'By' },
  },
  actions: {
    routeCase: 'Route', objectToRouting: 'Object to routing', acceptCase: 'Accept', declineCase: 'Decline', handOverToLegalChannel: 'Hand over to a legal channel',
    recordHandlingStep: 'Record a handling step', assignMediator: 'Assign a mediator', extendDeadline: 'Extend', replyToCase: 'Reply', recordFollowUp: 'Follow up',
    reviewClosure: 'Closure review', requestReexamination: 'Request re-examination', requestReview: 'Request review', giveOpinion: 'Give opinion', recordHearing: 'Record a hearing',
  },
  form: {
    leadUnitId: 'Lead unit', otherUnitIds: 'Other units', reason: 'Reason', unitId: 'Unit', note: 'Note', legalChannel: 'Legal channel',
    receivingUnitId: 'Receiving body', step: 'Kind of step', appointmentKind: 'Appointment kind', scheduledAt: 'When (Beijing time)', place: 'Where',
    attendees: 'Attendees', attendeesHelp: 'One per line (or separated by commas)', mediationOutcome: 'Mediation outcome', dueAt: 'Answer due (Beijing time)', mediatorId: 'Mediator',
    days: 'Days', text: 'Reply', opinion: 'Opinion', public: 'Shown to the petitioner', satisfaction: 'Satisfaction', decision: 'Decision',
    outcome: 'Outcome', hearingDays: 'Hearing days', reopenUnit: 'Re-examining or reviewing body',
  },
  suggest: {
    title: 'Suggested mediators', score: 'Match %{score}', empty: 'No mediator to suggest', choose: 'Choose', workload: '%{n} open cases',
    factor: '%{name}: %{value} (weight %{weight})',
  },
  board: {
    menu: 'Deadline board', title: 'Deadline board', unit: 'Responsible unit', minimum: 'Lowest colour', allOpen: 'All open', unrouted: 'Not routed (centre)',
    empty: 'No case matches', count: '%{n}',
  },
  categories: {
    create: 'New category', createSub: 'New sub-category', rename: 'Rename', deactivate: 'Deactivate', deactivateConfirm: 'Deactivate "%{name}"? New cases can no longer use it.',
    parent: 'Parent', topLevel: '(top level)', inactive: 'Inactive', code: 'Code', name: 'Name',
  },
  rules: {
    menu: 'Case rules', title: 'Limits and warning thresholds', save: 'Save rules',
    fields: {
      registerDays: 'Register and route (days)', acceptDays: 'Accept (days)', firstTimeDays: 'First-time handling (days)', handleDays: 'Handling (days)',
      maxExtensionDays: 'Longest extension (days)', objectionWorkingDays: 'Objection window (working days)', reexaminationRequestDays: 'Request re-examination (days)',
      reexaminationDays: 'Re-examination (days)', reviewRequestDays: 'Request review (days)', reviewDays: 'Review (days)',
      repeatLookbackDays: 'Repeat look-back (days)', groupHeadCount: 'Group petition head count', blueDays: 'Blue (days left)', yellowDays: 'Yellow (days left)',
    },
  },
  calendar: {
    menu: 'Working calendar', title: 'Holidays and exchanged working days', from: 'From', to: 'To', add: 'Set a day', remove: 'Remove', date: 'Date', kind: 'Kind',
    name: 'Name', empty: 'No holiday or exchanged day in this period', removeConfirm: 'Remove %{date}? Open deadlines are recomputed.',
  },
};
