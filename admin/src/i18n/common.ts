import type { Messages } from '../module';

/**
 * Words every screen shares: the application, sign-in and the menu groups (the errors' are in errors.*.ts),
 * and the punctuation that joins words on screen (`labelled`, `aside`, the separators), which differs by
 * language: a screen never writes Chinese punctuation itself.
 */
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
      labelled: '%{label}：%{value}',
      aside: '%{text}（%{note}）',
      listSeparator: '、',
      itemSeparator: '；',
      clauseSeparator: '，',
    },
    picker: {
      noOptions: '无匹配项',
      loading: '加载中…',
      open: '展开',
      close: '收起',
      clear: '清除',
      withShortName: '%{name}（%{shortName}）',
      withParent: '%{name}（%{parent}）',
      suggested: '分流规则建议',
      others: '其他单位',
      separator: '；',
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
      labelled: '%{label}: %{value}',
      aside: '%{text} (%{note})',
      listSeparator: ', ',
      itemSeparator: '; ',
      clauseSeparator: ', ',
    },
    picker: {
      noOptions: 'No matches',
      loading: 'Loading…',
      open: 'Open',
      close: 'Close',
      clear: 'Clear',
      withShortName: '%{name} (%{shortName})',
      withParent: '%{name} (%{parent})',
      suggested: 'Suggested by the routing rules',
      others: 'Other units',
      separator: '; ',
    },
  },
};
