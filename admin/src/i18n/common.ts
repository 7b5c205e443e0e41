import type { Messages } from '../module';

/** Words every screen shares: the application, sign-in, errors and the menu groups. */
export const commonZh: Messages = {
  onedoor: {
    title: 'OneDoor 矛盾纠纷一站式调处中心',
    language: { zh: '中文', en: 'English', switch: '语言' },
    menu: { dashboard: '数据看板', cases: '诉求办理', people: '人员与人才库', grid: '网格与排班', funds: '救助资金' },
    auth: {
      failed: '用户名或密码错误',
      locked: '账号已被临时锁定，请稍后再试',
      expired: '登录已过期，请重新登录',
      welcome: '欢迎，%{name}',
    },
    errors: {
      refused: '操作未完成：%{reason}（%{detail}）',
      BAD_USER_INPUT: '输入有误',
      FORBIDDEN: '无权执行此操作',
      UNAUTHENTICATED: '请先登录',
      NOT_FOUND: '未找到记录',
      CONFLICT: '与记录的当前状态冲突，请刷新后重试',
      NETWORK: '无法连接服务器',
      UNKNOWN: '操作失败',
    },
    common: {
      none: '无',
      yes: '是',
      no: '否',
      total: '合计',
      confirm: '确认',
      cancel: '取消',
      submit: '提交',
      loading: '加载中…',
      empty: '暂无数据',
      from: '起',
      to: '止',
    },
  },
};

export const commonEn: Messages = {
  onedoor: {
    title: 'OneDoor one-stop dispute resolution centre',
    language: { zh: '中文', en: 'English', switch: 'Language' },
    menu: {
      dashboard: 'Dashboard',
      cases: 'Cases',
      people: 'People and pools',
      grid: 'Grid and rosters',
      funds: 'Relief funds',
    },
    auth: {
      failed: 'Wrong username or password',
      locked: 'This account is locked for a while; try again later',
      expired: 'Your session has expired; please sign in again',
      welcome: 'Welcome, %{name}',
    },
    errors: {
      refused: 'Not done: %{reason} (%{detail})',
      BAD_USER_INPUT: 'Invalid input',
      FORBIDDEN: 'You may not do this',
      UNAUTHENTICATED: 'Please sign in',
      NOT_FOUND: 'Not found',
      CONFLICT: 'This conflicts with the record as it stands now; reload and try again',
      NETWORK: 'Cannot reach the server',
      UNKNOWN: 'The operation failed',
    },
    common: {
      none: 'None',
      yes: 'Yes',
      no: 'No',
      total: 'Total',
      confirm: 'Confirm',
      cancel: 'Cancel',
      submit: 'Submit',
      loading: 'Loading…',
      empty: 'Nothing yet',
      from: 'From',
      to: 'To',
    },
  },
};
