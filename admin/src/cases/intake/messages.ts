import type { Messages } from '../../module';

/** Intake (登记) texts, merged into the cases module's catalogue. */
export const intakeMessagesZh: Messages = {
  onedoor: {
    cases: {
      intake: {
        menu: '登记',
        title: '案件登记',
        forbidden: '您的角色不能登记案件',
        submit: '登记',
        registered: '已登记案件 %{number}，查询码 %{trackingCode}',
        sections: {
          channel: '来源渠道', petitioners: '信访人', matter: '事项', place: '发生地', flags: '其他情形',
        },
        fields: {
          channel: '来源渠道', receivedAt: '接收时间（留空为现在）', externalOrderNumber: '12345 工单号',
          assigningBody: '交办单位', assigningDeadlineAt: '交办时限', proxyAgentId: '代办员',
          headCount: '人数（留空为信访人数）', contactPhone: '联系电话（用于查询进度）',
          categoryParent: '事项大类', categoryId: '事项小类', gridUnitId: '发生地（网格）',
          title: '标题', description: '反映内容', lawRelated: '涉法涉诉', legalChannel: '法定途径', crossLevel: '越级访',
        },
        person: {
          name: '姓名', gender: '性别', phone: '联系电话', nationalId: '身份证号', address: '住址',
          representative: '代表', notDuplicate: '不是同一人，仍新建', existing: '已登记人员', new: '新登记人员',
          remove: '移除', main: '主要联系人',
        },
        petitioners: {
          none: '请至少添加一名信访人',
          add: '新建信访人',
          group: '人数达到 %{count} 人即为群体访',
          isGroup: '群体访',
        },
        search: {
          label: '查找已登记人员（姓名、手机号或身份证号）',
          go: '查找',
          pick: '选用',
          picked: '已选用',
          none: '没有找到匹配的人员',
          more: '共 %{count} 人，仅显示前 10 人，请细化查询',
        },
        duplicate: {
          warning: '疑似重复：已登记 %{name}（%{detail}）',
          use: '改用此人',
          blocked: '疑似与已登记人员重复：请改用已登记人员，或勾选“不是同一人，仍新建”',
        },
        proxy: { change: '更换代办员', none: '尚未选择代办员' },
        grid: {
          choose: '选择发生地',
          none: '尚未选择发生地',
          expand: '展开 %{name}',
          collapse: '收起 %{name}',
          select: '选择 %{name}',
          more: '仅显示前 200 个下级单位',
        },
      },
    },
  },
  enums: {
    Channel: { GRID_REPORT: '网格上报', PROXY_AGENT: '代办' },
    Gender: { MALE: '男', FEMALE: '女', UNSPECIFIED: '未登记' },
    GridLevel: { COUNTY: '县', TOWNSHIP: '镇街', WORK_AREA: '工作区', VILLAGE: '村居', GRID: '网格' },
    LegalChannel: { COURT_FILING: '诉讼立案', LABOR_ARBITRATION: '劳动仲裁', ADMINISTRATIVE_RECONSIDERATION: '行政复议' },
  },
};

export const intakeMessagesEn: Messages = {
  onedoor: {
    cases: {
      intake: {
        menu: 'Intake',
        title: 'Register a case',
        forbidden: 'Your role may not register cases',
        submit: 'Register',
        registered: 'Registered case %{number}, tracking code %{trackingCode}',
        sections: {
          channel: 'Channel', petitioners: 'Petitioners', matter: 'Matter', place: 'Place', flags: 'Other circumstances',
        },
        fields: {
          channel: 'Channel', receivedAt: 'Received (empty for now)', externalOrderNumber: '12345 work order number',
          assigningBody: 'Assigning body', assigningDeadlineAt: 'Deadline set by the assigning body', proxyAgentId: 'Proxy agent',
          headCount: 'Head count (empty for the number of petitioners)', contactPhone: 'Contact phone (for progress tracking)',
          categoryParent: 'Category', categoryId: 'Sub-category', gridUnitId: 'Place (grid unit)',
          title: 'Title', description: 'Description', lawRelated: 'Law-related', legalChannel: 'Legal channel', crossLevel: 'Skipped a level',
        },
        person: {
          name: 'Name', gender: 'Gender', phone: 'Phone', nationalId: 'National id', address: 'Address',
          representative: 'Representative', notDuplicate: 'Not the same person, register anyway', existing: 'Registered person',
          new: 'New person', remove: 'Remove', main: 'Main contact',
        },
        petitioners: {
          none: 'Add at least one petitioner',
          add: 'New petitioner',
          group: 'A head count of %{count} or more makes a group petition',
          isGroup: 'Group petition',
        },
        search: {
          label: 'Find a registered person (name, mobile or national id)',
          go: 'Find',
          pick: 'Use',
          picked: 'Added',
          none: 'No matching person',
          more: '%{count} found, only the first 10 shown; narrow the search',
        },
        duplicate: {
          warning: 'Probable duplicate: %{name} (%{detail}) is registered',
          use: 'Use this person',
          blocked: 'Probably a registered person: use the registered record, or tick "Not the same person, register anyway"',
        },
        proxy: { change: 'Change proxy agent', none: 'No proxy agent chosen' },
        grid: {
          choose: 'Choose the place',
          none: 'No place chosen',
          expand: 'Expand %{name}',
          collapse: 'Collapse %{name}',
          select: 'Choose %{name}',
          more: 'Only the first 200 units below are shown',
        },
      },
    },
  },
  enums: {
    Channel: { GRID_REPORT: 'Grid report', PROXY_AGENT: 'Proxy agent' },
    Gender: { MALE: 'Male', FEMALE: 'Female', UNSPECIFIED: 'Not recorded' },
    GridLevel: { COUNTY: 'County', TOWNSHIP: 'Township', WORK_AREA: 'Work area', VILLAGE: 'Village', GRID: 'Grid' },
    LegalChannel: { COURT_FILING: 'Court filing', LABOR_ARBITRATION: 'Labor arbitration', ADMINISTRATIVE_RECONSIDERATION: 'Administrative reconsideration' },
  },
};
