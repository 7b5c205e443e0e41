import type { Messages } from '../module';

/** The API's enums of the cases domain in Chinese (`enums.<Enum>.<VALUE>`). */
export const caseEnumsZh: Messages = {
  CaseStatus: {
    REGISTERED: '已登记', ROUTED: '已交办', ACCEPTED: '已受理', IN_HANDLING: '办理中', REPLIED: '已答复', FOLLOWED_UP: '已回访',
    CLOSED: '已办结', NOT_ACCEPTED: '不予受理', HANDED_OVER: '已导入法定途径', REEXAMINING: '复查中', REVIEWING: '复核中',
  },
  Channel: {
    VISIT: '来访', LETTER: '来信', ONLINE: '网上信访', PHONE: '来电', SMS: '短信', WECHAT: '微信', VIDEO: '视频接访',
    LEADER_MAILBOX: '领导信箱', HOTLINE_12345: '12345热线', ASSIGNED_BY_SUPERIOR: '上级交办', GRID_REPORT: '网格上报', PROXY_AGENT: '代办',
  },
  WarningColour: { NONE: '无预警', BLUE: '蓝色预警', YELLOW: '黄色预警', RED: '红色预警（超期）' },
  ClockStage: { REGISTRATION: '登记交办期', ACCEPTANCE: '受理期', HANDLING: '办理期', REEXAMINATION: '复查期', REVIEW: '复核期' },
  CaseEventKind: {
    REGISTERED: '登记', ROUTED: '交办', OBJECTED: '交办异议', ACCEPTED: '受理', NOT_ACCEPTED: '不予受理', HANDED_OVER: '导入法定途径',
    HANDLING_STEP: '办理过程', MODE_SET: '设定处置模式', MEDIATOR_ASSIGNED: '指派调解员', EXTENDED: '延期', REPLIED: '书面答复',
    FOLLOWED_UP: '回访', CLOSURE_SENT_BACK: '退回重办', CLOSED: '结案', REEXAMINATION_REQUESTED: '申请复查', REVIEW_REQUESTED: '申请复核',
    OPINION_GIVEN: '出具复查/复核意见', HEARING: '听证',
  },
  HandlingStepKind: {
    MET_PETITIONER: '约见信访人', INVESTIGATED: '调查核实', PROPOSED_SOLUTION: '提出处理意见', APPOINTMENT: '约访',
    JOINT_RECEPTION: '联合接访', MEDIATION_SESSION: '调解', SUPERVISION_NOTICE: '督办', OTHER: '其他',
  },
  AppointmentKind: { NAMED: '点名约访', VIDEO: '视频约访', PHONE: '电话约访', ONLINE: '网上约访', LEADER: '领导约访' },
  MediationOutcome: {
    AGREEMENT: '达成调解协议', FACT_CONFIRMATION: '出具事实确认书', JUDICIAL_CONFIRMATION_REQUESTED: '申请司法确认',
    FAILED_TO_LITIGATION: '调解不成，引导诉讼', ADJOURNED: '择期再调',
  },
  Satisfaction: { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', UNSATISFIED: '不满意' },
  ClosureOutcome: {
    RESOLVED: '已解决', EXPLAINED_AND_ACCEPTED: '解释说明已认可', NOT_ACCEPTED_WITH_REASON: '不予受理',
    HANDED_TO_LEGAL_CHANNEL: '导入法定途径', WITHDRAWN: '撤回',
  },
  ClosureDecision: { CLOSE: '同意结案', SEND_BACK: '退回重办' },
  LegalChannel: { COURT_FILING: '诉讼立案', LABOR_ARBITRATION: '劳动仲裁', ADMINISTRATIVE_RECONSIDERATION: '行政复议' },
  HandlingMode: { FIRST_TIME: '初信初访', REPEAT_TEAM: '重复信访专班', TASK_FORCE: '专班办理', LEADER_OWNED: '领导包案', LISTED_HARD_CASE: '挂牌督办' },
  MatchFactor: { SPECIALTY: '专业对口', COVERAGE: '辖区覆盖', AVAILABILITY: '当日可用', WORKLOAD: '在办案件少', RESOLUTION_RATE: '调解成功率', SATISFACTION: '满意度' },
  CalendarDayKind: { HOLIDAY: '法定节假日', WORKDAY: '调休上班' },
  GridLevel: { COUNTY: '县', TOWNSHIP: '镇街', WORK_AREA: '工作区', VILLAGE: '村居', GRID: '网格' },
  Pool: {
    PEOPLES_MEDIATOR: '人民调解员', OBSERVER: '观察员', VOLUNTEER: '志愿者', DEPUTY: '两代表一委员', RETIRED_CADRE: '老干部',
    LEGAL_UNDERSTANDING_PERSON: '法律明白人', LEGAL_ADVISER: '法律顾问', LAWYER: '律师', PSYCHOLOGIST: '心理咨询师',
    SUPERVISION_COMMISSIONER: '督查专员', PROXY_AGENT: '代办员', EVERYONE_JUDGES: '大家来评理',
  },
};

export const caseEnumsEn: Messages = {
  CaseStatus: {
    REGISTERED: 'Registered', ROUTED: 'Routed', ACCEPTED: 'Accepted', IN_HANDLING: 'In handling', REPLIED: 'Replied', FOLLOWED_UP: 'Followed up',
    CLOSED: 'Closed', NOT_ACCEPTED: 'Not accepted', HANDED_OVER: 'Handed to a legal channel', REEXAMINING: 'Re-examining', REVIEWING: 'Reviewing',
  },
  Channel: {
    VISIT: 'Visit', LETTER: 'Letter', ONLINE: 'Online', PHONE: 'Phone', SMS: 'SMS', WECHAT: 'WeChat', VIDEO: 'Video',
    LEADER_MAILBOX: 'Leader mailbox', HOTLINE_12345: '12345 hotline', ASSIGNED_BY_SUPERIOR: 'Assigned by superior', GRID_REPORT: 'Grid report', PROXY_AGENT: 'Proxy agent',
  },
  WarningColour: { NONE: 'No warning', BLUE: 'Blue', YELLOW: 'Yellow', RED: 'Red (overdue)' },
  ClockStage: { REGISTRATION: 'Registration', ACCEPTANCE: 'Acceptance', HANDLING: 'Handling', REEXAMINATION: 'Re-examination', REVIEW: 'Review' },
  CaseEventKind: {
    REGISTERED: 'Registered', ROUTED: 'Routed', OBJECTED: 'Routing objected', ACCEPTED: 'Accepted', NOT_ACCEPTED: 'Not accepted',
    HANDED_OVER: 'Handed to a legal channel', HANDLING_STEP: 'Handling step', MODE_SET: 'Handling mode set', MEDIATOR_ASSIGNED: 'Mediator assigned',
    EXTENDED: 'Extended', REPLIED: 'Replied', FOLLOWED_UP: 'Followed up', CLOSURE_SENT_BACK: 'Sent back to handling', CLOSED: 'Closed',
    REEXAMINATION_REQUESTED: 'Re-examination requested', REVIEW_REQUESTED: 'Review requested', OPINION_GIVEN: 'Opinion given', HEARING: 'Hearing',
  },
  HandlingStepKind: {
    MET_PETITIONER: 'Met the petitioner', INVESTIGATED: 'Investigated', PROPOSED_SOLUTION: 'Proposed a solution', APPOINTMENT: 'Appointment',
    JOINT_RECEPTION: 'Joint reception', MEDIATION_SESSION: 'Mediation session', SUPERVISION_NOTICE: 'Supervision notice', OTHER: 'Other',
  },
  AppointmentKind: { NAMED: 'Named', VIDEO: 'Video', PHONE: 'Phone', ONLINE: 'Online', LEADER: 'With a leader' },
  MediationOutcome: {
    AGREEMENT: 'Mediation agreement', FACT_CONFIRMATION: 'Fact confirmation', JUDICIAL_CONFIRMATION_REQUESTED: 'Judicial confirmation requested',
    FAILED_TO_LITIGATION: 'Failed, to litigation', ADJOURNED: 'Adjourned',
  },
  Satisfaction: { SATISFIED: 'Satisfied', BASICALLY_SATISFIED: 'Basically satisfied', UNSATISFIED: 'Unsatisfied' },
  ClosureOutcome: {
    RESOLVED: 'Resolved', EXPLAINED_AND_ACCEPTED: 'Explained and accepted', NOT_ACCEPTED_WITH_REASON: 'Not accepted',
    HANDED_TO_LEGAL_CHANNEL: 'Handed to a legal channel', WITHDRAWN: 'Withdrawn',
  },
  ClosureDecision: { CLOSE: 'Close', SEND_BACK: 'Send back to handling' },
  LegalChannel: { COURT_FILING: 'Court filing', LABOR_ARBITRATION: 'Labor arbitration', ADMINISTRATIVE_RECONSIDERATION: 'Administrative reconsideration' },
  HandlingMode: { FIRST_TIME: 'First-time case', REPEAT_TEAM: 'Repeat case team', TASK_FORCE: 'Task force', LEADER_OWNED: 'Leader-owned', LISTED_HARD_CASE: 'Listed hard case' },
  MatchFactor: { SPECIALTY: 'Specialty', COVERAGE: 'Coverage', AVAILABILITY: 'Availability', WORKLOAD: 'Workload', RESOLUTION_RATE: 'Resolution rate', SATISFACTION: 'Satisfaction' },
  CalendarDayKind: { HOLIDAY: 'Public holiday', WORKDAY: 'Exchanged working day' },
  GridLevel: { COUNTY: 'County', TOWNSHIP: 'Township', WORK_AREA: 'Work area', VILLAGE: 'Village', GRID: 'Grid' },
  Pool: {
    PEOPLES_MEDIATOR: "People's mediator", OBSERVER: 'Observer', VOLUNTEER: 'Volunteer', DEPUTY: 'Deputy', RETIRED_CADRE: 'Retired cadre',
    LEGAL_UNDERSTANDING_PERSON: 'Legal-understanding person', LEGAL_ADVISER: 'Legal adviser', LAWYER: 'Lawyer', PSYCHOLOGIST: 'Psychologist',
    SUPERVISION_COMMISSIONER: 'Supervision commissioner', PROXY_AGENT: 'Proxy agent', EVERYONE_JUDGES: 'Everyone judges panel',
  },
};
