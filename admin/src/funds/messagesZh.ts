import type { Messages } from '../module';

export const fundsZh: Messages = {
  resources: {
    funds: {
      name: '基金 |||| 救助基金',
      fields: {
        code: '编码', name: '名称', kind: '类型', balance: '余额', perPersonYearlyCap: '每人每年上限', secondApprovalAbove: '超过此金额需复核',
        requiresVulnerability: '仅限困难群体', eligibleCaseStatuses: '适用案件状态', 'ownerOrganisation.name': '管理单位', budgetYears: '预算年度拨款',
      },
    },
    reliefApplications: {
      name: '救助申请 |||| 救助申请',
      fields: {
        status: '状态', amount: '申请金额', reason: '申请理由', vulnerability: '困难群体类别', proposedAt: '申请时间', 'fund.name': '救助基金',
        'person.name': '救助对象', 'case.number': '案件编号', 'township.name': '所在镇街', 'proposedBy.person.name': '经办人',
        fundId: '救助基金', personId: '救助对象', caseId: '案件', evidence: '困难证明材料', history: '办理过程',
      },
    },
    disbursements: {
      name: '救助金发放 |||| 救助金发放',
      fields: {
        paidAt: '发放时间', 'person.name': '领取人', 'fund.name': '基金', 'case.number': '案件编号', amount: '金额', status: '状态', purpose: '用途',
        reversalReason: '冲正原因', fundId: '基金', personId: '领取人', caseId: '案件',
      },
    },
    journalEntries: {
      name: '记账凭证 |||| 记账凭证',
      fields: { occurredAt: '记账时间', kind: '类型', memo: '摘要', fundIn: '本基金收入', fundOut: '本基金支出', balanceAfter: '余额', lines: '分录（借/贷）' },
    },
    legalAidMatters: {
      name: '法律援助 |||| 法律援助',
      fields: {
        openedAt: '受理时间', kind: '援助类型', 'person.name': '受援人', 'case.number': '案件编号', 'lawyer.person.name': '承办律师', status: '状态',
        documentsDrafted: '代写文书数', recovered: '挽回经济损失', summary: '事项摘要',
      },
    },
  },
  enums: {
    FundKind: {
      PETITION_RELIEF: '信访救助', JUDICIAL_RELIEF: '司法救助', LAW_RELATED_RELIEF: '涉法涉诉救助', TRAFFIC_ACCIDENT_RELIEF: '道路交通事故社会救助',
      MEDICAL_RELIEF: '医疗救助', EXTREME_HARDSHIP_RELIEF: '特困救助', WORK_FUND: '工作经费',
    },
    ReliefApplicationStatus: { PROPOSED: '待审批', AWAITING_SECOND_APPROVAL: '待复核', APPROVED: '已批准', REJECTED: '不予救助', PAID: '已发放', REVERSED: '已冲正' },
    DisbursementStatus: { PAID: '已发放', REVERSED: '已冲正' },
    EntryKind: { ALLOCATION: '拨款', DISBURSEMENT: '发放', REVERSAL: '冲正', TRANSFER: '调剂' },
    ExternalAccount: { BUDGET: '财政拨款', PAYEES: '救助对象' },
    Vulnerability: { ELDERLY: '老年人', DISABLED: '残疾人', MINOR: '未成年人', WOMAN_IN_HARDSHIP: '困难妇女', MIGRANT: '外来务工人员', EXTREME_HARDSHIP: '特困人员' },
    LegalAidKind: { CONSULTATION: '法律咨询', DOCUMENT_DRAFTING: '代写法律文书', REPRESENTATION: '代理诉讼/仲裁' },
    LegalAidStatus: { ACCEPTED: '已受理', ASSIGNED: '已指派', CONCLUDED: '已结案' },
  },
  onedoor: {
    funds: {
      menu: { approvals: '救助审批', reports: '救助统计' },
      tabs: { summary: '概况', ledger: '明细账', disbursements: '发放记录', report: '收支报表' },
      titles: { application: '救助申请：%{name}' },
      fields: {
        actions: '操作', allocated: '拨款金额', amount: '金额（元）', amountYuan: '申请金额（元）', budgetYear: '预算年度', case: '案件（按编号查找）',
        code: '编码', conclude: '结案', documentsDrafted: '代写文书数（累计）', eligibleCaseStatuses: '适用案件状态', followUpNote: '回访记录',
        fund: '救助基金', kind: '类型', lawyer: '承办律师', legalAidKind: '援助类型', memo: '调剂说明', name: '名称', note: '拨款说明', owner: '管理单位',
        perPersonYearlyCap: '每人每年上限（元）', person: '救助对象（按姓名查找）', reason: '申请理由', recovered: '挽回经济损失（元，累计）',
        rejectionReason: '不予救助理由', requiresVulnerability: '仅限困难群体', reversalReason: '冲正原因', secondApprovalAbove: '超过此金额需复核（元）',
        summary: '事项摘要', toFund: '调入基金', township: '所在镇街', vulnerability: '困难群体类别',
      },
      actions: {
        openFund: '新设基金', allocate: '拨款', transfer: '调剂', setRules: '救助条件', propose: '提出救助申请', approve: '批准', reject: '不予救助',
        pay: '发放', followUp: '记录回访', reverse: '冲正', confirmReverse: '确认冲正', openLegalAid: '受理法律援助', recordProgress: '登记进展',
      },
      done: {
        opened: '基金已设立', allocated: '拨款已入账', transferred: '调剂已入账', rulesSet: '救助条件已更新', approved: '已批准', rejected: '已不予救助',
        paid: '救助金已发放', followUpRecorded: '回访已记录', reversed: '发放已冲正', legalAidOpened: '法律援助已受理', progressRecorded: '进展已登记',
      },
      errors: { refused: '操作未完成：%{message}' },
      validation: { yuan: '请输入以元为单位、最多两位小数且大于零的金额' },
      help: { yuan: '单位：元，最多两位小数' },
      ledger: { debit: '借', credit: '贷', newest: '显示最近 %{shown} 笔，共 %{total} 笔' },
      pay: {
        title: '确认发放救助金', beneficiary: '领取人', amount: '发放金额', fund: '支出基金', case: '所属案件', balance: '基金当前余额',
        once: '每份救助申请只能发放一次；确认后即从基金记账支出，不能重复发放，如有错误只能由审批人冲正。', confirm: '确认发放',
      },
      reverse: { warning: '将冲正发给 %{name} 的 %{amount}（%{fund}），款项退回基金；冲正后不能撤销。' },
      queue: { title: '救助审批', empty: '暂无待审批的救助申请' },
      history: {
        proposed: '%{name} 提出申请，金额 %{amount}', approved: '%{name} 批准', secondApproved: '%{name} 复核批准', rejected: '%{name} 不予救助',
        paid: '已发放 %{amount}', reversed: '发放已冲正', followUp: '%{name} 回访',
      },
      report: {
        badPeriod: '请选择有效的起止日期', openingBalance: '期初余额', allocations: '拨款收入', disbursements: '救助支出', reversals: '冲正退回',
        transfersIn: '调入', transfersOut: '调出', closingBalance: '期末余额',
      },
      reports: {
        payments: '笔数', paid: '发放', reversed: '冲正', net: '净发放', netByKind: '各类救助净发放（元）', byKind: '按救助类型', byTownship: '按镇街',
        byVulnerability: '按困难群体', unassigned: '未登记', legalAid: '法律援助',
        legalAidLine: '受理 %{matters} 件（咨询 %{consultations}、代写文书 %{documentDrafting}、代理 %{representations}），代写文书 %{documentsDrafted} 份，受援 %{recipients} 人，挽回经济损失 %{recovered}',
      },
    },
  },
};
