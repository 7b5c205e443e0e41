import type { Messages } from '../module';

export const casesZh: Messages = {
  resources: {
    cases: {
      name: '案件 |||| 案件',
      fields: {
        q: '搜索', number: '案件编号', title: '标题', status: '状态', channel: '来源渠道', category: { name: '事项类别' },
        place: { name: '发生地' }, receivedAt: '登记时间', deadlineAt: '办理期限', 'category.name': '事项类别', 'place.name': '发生地',
      },
    },
  },
  enums: {
    CaseStatus: {
      REGISTERED: '已登记', ROUTED: '已交办', ACCEPTED: '已受理', IN_HANDLING: '办理中', REPLIED: '已答复', FOLLOWED_UP: '已回访',
      CLOSED: '已办结', NOT_ACCEPTED: '不予受理', HANDED_OVER: '已导入法定途径', REEXAMINING: '复查中', REVIEWING: '复核中',
    },
    Channel: {
      VISIT: '来访', LETTER: '来信', ONLINE: '网上信访', PHONE: '来电', SMS: '短信', WECHAT: '微信', VIDEO: '视频接访',
      LEADER_MAILBOX: '领导信箱', HOTLINE_12345: '12345热线', ASSIGNED_BY_SUPERIOR: '上级交办',
    },
  },
};

export const casesEn: Messages = {
  resources: {
    cases: {
      name: 'Case |||| Cases',
      fields: {
        q: 'Search', number: 'Case number', title: 'Title', status: 'Status', channel: 'Channel', category: { name: 'Category' },
        place: { name: 'Place' }, receivedAt: 'Received', deadlineAt: 'Deadline', 'category.name': 'Category', 'place.name': 'Place',
      },
    },
  },
  enums: {
    CaseStatus: {
      REGISTERED: 'Registered', ROUTED: 'Routed', ACCEPTED: 'Accepted', IN_HANDLING: 'In handling', REPLIED: 'Replied', FOLLOWED_UP: 'Followed up',
      CLOSED: 'Closed', NOT_ACCEPTED: 'Not accepted', HANDED_OVER: 'Handed to a legal channel', REEXAMINING: 'Re-examining', REVIEWING: 'Reviewing',
    },
    Channel: {
      VISIT: 'Visit', LETTER: 'Letter', ONLINE: 'Online', PHONE: 'Phone', SMS: 'SMS', WECHAT: 'WeChat', VIDEO: 'Video',
      LEADER_MAILBOX: 'Leader mailbox', HOTLINE_12345: '12345 hotline', ASSIGNED_BY_SUPERIOR: 'Assigned by superior',
    },
  },
};
