import type { Messages } from '../module';

/**
 * The dashboard's words. It also names the two channels and the fund kinds the dashboard charts
 * (`enums.Channel.GRID_REPORT`, `enums.Channel.PROXY_AGENT`, `enums.FundKind.*`): the catalogue is
 * merged, so the same keys in the cases or funds module agree with these.
 */
export const dashboardZh: Messages = {
  onedoor: {
    dashboard: {
      title: '数据看板',
      loading: '正在统计…',
      empty: '本期暂无数据',
      handlerScope: '统计范围：本单位经办的案件',
      period: {
        label: '统计周期', month: '本月', last30: '近30天', year: '本年', custom: '自定义',
        from: '开始日期', to: '结束日期', range: '%{from} 至 %{to}（北京时间）',
      },
      township: { label: '镇街', all: '全县' },
      kpi: {
        total: '受理案件', yoy: '同比', mom: '环比', lastYear: '去年同期 %{count} 件',
        resolutionRate: '化解率', closed: '已办结 %{count} 件',
        onTimeRate: '按期答复率', onTimeHint: '已答复案件中按期答复的比例',
        satisfactionRate: '满意率', satisfactionHint: '满意与基本满意',
        repeat: '重信重访', share: '占受理量 %{share}',
        crossLevel: '越级访', group: '集体访 %{count} 件',
        overdue: '当前超期', overdueUnits: '涉及 %{count} 个责任单位',
        relief: '救助金支出', payments: '共 %{count} 笔（净额）',
      },
      charts: {
        channelTrend: '各渠道受理量', category: '事项类别分布', rates: '化解率、满意率与按期答复率',
        repeatTrend: '重信重访与越级访', overdue: '超期案件（按责任单位）', relief: '救助金支出（按基金类型）',
        reliefTownship: '救助金支出（%{name}）', townships: '各镇街案件量', townshipsHint: '点击镇街查看其案件',
        townshipCases: '%{name}：%{count} 件', objections: '交办异议（按单位）', hotSpots: '热点事项（增长最快）',
        unrouted: '未交办', unit: '单位', matter: '事项类别', units: '各责任单位办理情况', routed: '交办', closed: '办结', count: '次数', current: '本期', previous: '上期', yuan: '元', cases: '件',
        series: {
          total: '受理量', repeat: '重信重访', crossLevel: '越级访', group: '集体访',
          resolutionRate: '化解率', satisfactionRate: '满意率', onTimeRate: '按期答复率', overdue: '超期', net: '救助金额',
        },
      },
      welcome: { title: '欢迎使用 OneDoor', body: '您的角色不查看统计数据，请从左侧菜单进入日常工作。' },
    },
  },
  enums: {
    Channel: { GRID_REPORT: '网格上报', PROXY_AGENT: '代办' },
    FundKind: {
      PETITION_RELIEF: '信访救助', JUDICIAL_RELIEF: '司法救助', LAW_RELATED_RELIEF: '涉法涉诉救助',
      TRAFFIC_ACCIDENT_RELIEF: '道路交通事故社会救助', MEDICAL_RELIEF: '医疗救助', EXTREME_HARDSHIP_RELIEF: '特困救助', WORK_FUND: '工作经费',
    },
  },
};

export const dashboardEn: Messages = {
  onedoor: {
    dashboard: {
      title: 'Dashboard',
      loading: 'Counting…',
      empty: 'Nothing in this period',
      handlerScope: 'Covers the cases your unit handles',
      period: {
        label: 'Period', month: 'This month', last30: 'Last 30 days', year: 'This year', custom: 'Custom',
        from: 'From', to: 'To', range: '%{from} to %{to} (Beijing time)',
      },
      township: { label: 'Township', all: 'Whole county' },
      kpi: {
        total: 'Cases received', yoy: 'YoY', mom: 'vs previous', lastYear: 'Same period last year: %{count}',
        resolutionRate: 'Resolution rate', closed: '%{count} closed',
        onTimeRate: 'On-time reply rate', onTimeHint: 'Replies given within the deadline',
        satisfactionRate: 'Satisfaction rate', satisfactionHint: 'Satisfied or basically satisfied',
        repeat: 'Repeat petitions', share: '%{share} of cases received',
        crossLevel: 'Cross-level petitions', group: '%{count} group petitions',
        overdue: 'Overdue now', overdueUnits: 'Across %{count} responsible units',
        relief: 'Relief paid', payments: '%{count} payments (net)',
      },
      charts: {
        channelTrend: 'Cases by channel', category: 'Cases by category', rates: 'Resolution, satisfaction and on-time rates',
        repeatTrend: 'Repeat and cross-level petitions', overdue: 'Overdue cases by responsible unit', relief: 'Relief paid by fund kind',
        reliefTownship: 'Relief paid (%{name})', townships: 'Cases by township', townshipsHint: 'Click a township to see its cases',
        townshipCases: '%{name}: %{count} cases', objections: 'Routing objections by unit', hotSpots: 'Hot spots (fastest rising)',
        unrouted: 'Not routed yet', unit: 'Unit', matter: 'Category', units: 'Cases by lead unit', routed: 'Routed', closed: 'Closed', count: 'Objections', current: 'This period', previous: 'Previous', yuan: 'yuan', cases: 'cases',
        series: {
          total: 'Cases', repeat: 'Repeat', crossLevel: 'Cross-level', group: 'Group',
          resolutionRate: 'Resolution rate', satisfactionRate: 'Satisfaction rate', onTimeRate: 'On-time rate', overdue: 'Overdue', net: 'Relief paid',
        },
      },
      welcome: { title: 'Welcome to OneDoor', body: 'Your role does not read statistics; start your work from the menu on the left.' },
    },
  },
  enums: {
    Channel: { GRID_REPORT: 'Grid report', PROXY_AGENT: 'Proxy agent' },
    FundKind: {
      PETITION_RELIEF: 'Petition relief', JUDICIAL_RELIEF: 'Judicial relief', LAW_RELATED_RELIEF: 'Law-related relief',
      TRAFFIC_ACCIDENT_RELIEF: 'Traffic accident relief', MEDICAL_RELIEF: 'Medical relief', EXTREME_HARDSHIP_RELIEF: 'Extreme-hardship relief', WORK_FUND: 'Work fund',
    },
  },
};
