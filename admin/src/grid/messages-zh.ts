import type { Messages } from '../module';

export const gridZh: Messages = {
  resources: {
    gridUnits: {
      name: '网格单元 |||| 网格单元',
      fields: {
        q: '搜索', code: '编码', name: '名称', level: '层级', 'parent.name': '上级单元', parentId: '上级单元', withinId: '所属区域',
        depth: '层深', createdAt: '建档时间', ancestors: '所在位置', children: '下级单元', staff: '一长三员', caseStats: '近30天案件',
      },
    },
    organisations: {
      name: '单位 |||| 单位',
      fields: {
        q: '搜索', code: '编码', name: '名称', kind: '单位类型', 'parent.name': '上级单位', 'gridUnit.name': '服务区域', parentId: '上级单位',
        gridUnitId: '服务区域', phone: '电话', address: '地址', channels: '对接渠道', contacts: '联系人', 'contacts.name': '姓名',
        'contacts.title': '职务', 'contacts.phone': '电话', createdAt: '建档时间', openCases: '在办案件',
      },
    },
    gridEvents: {
      name: '网格事件 |||| 网格事件',
      fields: {
        status: '状态', withinId: '所属区域', organisationId: '吹哨单位', overdue: '逾期', title: '标题', 'gridUnit.name': '所在网格',
        'whistledTo.name': '吹哨单位', reportedAt: '上报时间', responseDueAt: '报到期限', place: '地点', description: '情况描述',
        categoryId: '问题分类', occurredAt: '发生时间', reportedBy: '上报人', case: '转办案件', satisfied: '是否满意', photos: '现场照片',
        disposal: '处置情况', response: '部门报到', feedback: '反馈', closedAt: '办结时间',
      },
    },
    jointMeetings: {
      name: '联席会议 |||| 联席会议',
      fields: { title: '会议名称', scheduledAt: '会议时间', place: '地点', organisations: '参会单位', topics: '议题', decisions: '会议决定' },
    },
    meetingDecisions: {
      name: '会议决定 |||| 会议决定',
      fields: { text: '决定事项', 'owner.name': '责任单位', dueOn: '完成期限', doneAt: '完成时间', overdue: '已逾期', state: '办理状态', open: '仅未完成' },
    },
    gridPersons: { name: '人员 |||| 人员', fields: { name: '姓名', q: '搜索' } },
  },
  enums: {
    GridLevel: { COUNTY: '县', TOWNSHIP: '镇街', WORK_AREA: '工作区', VILLAGE: '村居', GRID: '网格' },
    GridStaffRole: { GRID_HEAD: '网格长', COUNTY_INSTRUCTOR: '县级指导员', TOWNSHIP_INSTRUCTOR: '镇级指导员', GRID_MEMBER: '网格员' },
    OrganisationKind: {
      PETITION_OFFICE: '信访局', DEPARTMENT: '县直部门', TOWNSHIP: '镇街', COURT: '法院', PROCURATORATE: '检察院', POLICE: '公安',
      LABOR_ARBITRATION: '劳动仲裁', LEGAL_AID_CENTRE: '法律援助中心', MEDIATION_COMMITTEE: '调解委员会', SUB_CENTRE: '分中心', STUDIO: '工作室',
    },
    RoutingChannel: {
      TOWNSHIP: '属地镇街', COUNTY_DEPARTMENT: '县直部门', PEOPLES_MEDIATION: '人民调解', COURT_FILING: '诉讼立案', LABOR_ARBITRATION: '劳动仲裁',
      ADMINISTRATIVE_RECONSIDERATION: '行政复议', LEGAL_SERVICES: '法律服务', PSYCHOLOGICAL_COUNSELLING: '心理疏导',
      DISCIPLINE_INSPECTION: '纪检监察', SUPERVISION: '督查督办',
    },
    ResidencyMode: { PERMANENT: '常驻', ROTATING: '轮驻', ON_CALL: '随叫随驻' },
    DutyShiftKind: { WORK_HOURS: '工作时间值班', NOON: '午间值班', NIGHT: '夜间值班', WEEKEND_DAY: '周末白班', WEEKEND_LEADER: '周末带班领导' },
    DutyConflictKind: { DOUBLE_BOOKED: '同一时段重复排班', ON_LEAVE: '请假期间排班', TOO_LITTLE_REST: '长班后休息不足' },
    GridEventStatus: {
      REPORTED: '已上报', DISPOSED: '已就地处置', WHISTLED: '已吹哨', RESPONDED: '部门已报到', CLOSED: '已办结', ESCALATING: '转办中', ESCALATED: '已转信访事项',
    },
    MeetingTopicKind: { HOT_CATEGORY: '热点问题', OVERDUE_CASES: '超期案件', OTHER: '其他' },
  },
  onedoor: {
    grid: {
      failed: '操作未完成：%{reason}（%{detail}）',
      menu: { tree: '网格树', roster: '值班表', residency: '入驻单位' },
      tree: {
        title: '网格树', help: '从县逐级展开：镇街 → 工作区 → 村居 → 网格。', noChildren: '无下级单元',
        expand: '展开 %{name}', collapse: '收起 %{name}',
      },
      units: {
        stats: { total: '受理', open: '在办', closed: '办结', repeat: '重复访', group: '集体访' },
        addChild: '新增下级', move: '调整上级', setStaff: '设置人员', moved: '已调整上级单元', staffSet: '已设置人员',
        newParent: '新的上级单元', staffRole: '岗位', staffPeople: '人员（按顺序）', staffHelp: '留空即清除该岗位人员；网格长至多一人',
      },
      orgs: {
        editProfile: '编辑对接信息', contact: { name: '姓名', title: '职务', phone: '电话' }, openCount: '共 %{count} 件在办（最多列出 50 件）',
      },
      roster: {
        title: '值班表', previous: '上一页', next: '下一页', today: '今天', monthView: '月视图', weekView: '周视图',
        generate: '按规则生成', addShift: '添加班次', recordLeave: '登记请假', editShift: '班次', remove: '删除班次', swap: '调班',
        monthHeading: '%{year}年%{month}月', weekHeading: '%{from} 至 %{to}',
        weekdays: { 0: '周一', 1: '周二', 2: '周三', 3: '周四', 4: '周五', 5: '周六', 6: '周日' },
        short: { WORK_HOURS: '值班', NOON: '午间', NIGHT: '夜班', WEEKEND_DAY: '白班', WEEKEND_LEADER: '带班' },
        onDutyNow: '当前在岗', nobodyOnDuty: '当前无人值班', until: '至 %{time}',
        noProblems: '本期值班无冲突、无空档',
        conflicts: '%{smart_count} 处排班冲突 |||| %{smart_count} 处排班冲突',
        gaps: '%{smart_count} 段值班空档 |||| %{smart_count} 段值班空档',
        gap: '%{from} 至 %{to}（%{hours} 小时）无人值班',
        generateTitle: '按轮值规则生成一个月的值班', generateHelp: '每个名单按顺序轮流承担对应班次，跳过请假、已排班或休息不足的人员；生成结果须无冲突、无空档，否则不写入。',
        generated: '已生成本月值班', generateRefused: '无法生成：本月已有排班（可勾选“替换本月已有排班”），或名单人手不足',
        editRefused: '未保存：此修改会造成排班冲突或值班空档', saved: '班次已保存', removed: '班次已删除', swapped: '已调班', leaveRecorded: '已登记请假',
        replaceHelp: '不勾选时，本月已有排班则拒绝生成',
        fields: {
          month: '月份', workHours: '工作时间值班人员', noon: '午间值班人员', night: '夜间值班人员', weekendDay: '周末白班人员',
          weekendLeaders: '周末带班领导', replace: '替换本月已有排班', kind: '班次', person: '人员', startsAt: '开始时间', endsAt: '结束时间',
          note: '备注', reason: '事由', swapWith: '与此班次互换',
        },
      },
      residency: {
        title: '入驻单位', date: '日期', add: '登记入驻', plan: '编排月度轮驻', added: '已登记入驻', planned: '已编排轮驻',
        fields: {
          organisation: '单位', mode: '入驻方式', window: '窗口', startsOn: '起始日', endsOn: '截止日', caseLoad: '前期交办量',
          count: '轮驻单位数', lookBackMonths: '参考前几个月', kinds: '单位类型',
        },
      },
      events: {
        done: '已办理', changed: '该事件已被他人处理或状态已变，请刷新后重试',
        actions: { dispose: '就地处置', whistle: '吹哨', respond: '部门报到', feedback: '反馈办结', escalate: '转为信访事项' },
        respondWithinHours: '限时报到（小时）', petitioners: '信访人', contactPhone: '联系电话', photo: '照片 %{n}',
      },
      meetings: { done: '已完成', open: '办理中' },
    },
  },
};
