import type { Database } from '@onedoor/db';
import { createNoticesRepository, type NoticeKind } from '@onedoor/db/cases';

/**
 * The templates OneDoor seeds as version 1 of each kind. They cite the articles of the 2022 Regulations on
 * Letters and Visits work (信访工作条例) as docs/DOMAIN.md lists them and say each rule in plain words; they
 * quote no official text. A centre replaces them with its official wording through `updateNoticeTemplate`.
 */
export const DEFAULT_NOTICE_TEMPLATES: readonly { kind: NoticeKind; title: string; body: string }[] = [
  {
    kind: 'ACCEPTANCE',
    title: '受理告知书',
    body: `{{petitioners}}：

您（你们）于{{receivedDate}}提出的信访事项（编号：{{caseNumber}}，事由：{{title}}）已收悉。根据《信访工作条例》第二十三条，有权处理的机关、单位应当自收到信访事项之日起15日内决定是否受理，并书面告知信访人。经审查，该信访事项予以受理，由{{unit}}办理。

根据《信访工作条例》第三十四条，信访事项应当自受理之日起60日内办结；情况复杂的，经机关负责人批准，可以适当延长办理期限，延长不超过30日，并告知信访人延期理由。本事项的办理期限至{{deadline}}。

特此告知。`,
  },
  {
    kind: 'NON_ACCEPTANCE',
    title: '不予受理告知书',
    body: `{{petitioners}}：

您（你们）于{{receivedDate}}提出的信访事项（编号：{{caseNumber}}，事由：{{title}}）已收悉。根据《信访工作条例》第二十三条，有权处理的机关、单位应当自收到信访事项之日起15日内决定是否受理，并书面告知信访人。经审查，该信访事项不予受理，理由如下：

{{reason}}

请您{{channel}}。

特此告知。`,
  },
  {
    kind: 'TRANSFER',
    title: '转送（交办）告知书',
    body: `{{petitioners}}：

您（你们）于{{receivedDate}}提出的信访事项（编号：{{caseNumber}}，事由：{{title}}）已收悉。根据《信访工作条例》第二十二条，信访工作机构应当自收到信访事项之日起15日内予以登记，并转送或者交办有权处理的机关、单位。该信访事项已登记，并转送（交办）{{unit}}处理。

根据《信访工作条例》第二十三条，有权处理的机关、单位应当自收到信访事项之日起15日内决定是否受理，并书面告知信访人。

特此告知。`,
  },
  {
    kind: 'REPLY',
    title: '信访事项答复意见书',
    body: `{{petitioners}}：

您（你们）于{{receivedDate}}提出的信访事项（编号：{{caseNumber}}，事由：{{title}}），经{{unit}}办理，现答复如下：

{{text}}

根据《信访工作条例》第三十五条，信访人对本答复意见不服的，可以自收到本意见书之日起30日内请求上一级机关复查。`,
  },
  {
    kind: 'REEXAMINATION_OPINION',
    title: '信访事项复查意见书',
    body: `{{petitioners}}：

您（你们）对信访事项（编号：{{caseNumber}}，事由：{{title}}）的处理意见不服，请求复查。根据《信访工作条例》第三十五条，复查机关应当自收到复查请求之日起30日内提出复查意见。经{{unit}}复查，意见如下：

{{text}}

根据《信访工作条例》第三十六条，信访人对复查意见不服的，可以自收到本意见书之日起30日内请求上一级机关复核。`,
  },
  {
    kind: 'REVIEW_OPINION',
    title: '信访事项复核意见书',
    body: `{{petitioners}}：

您（你们）对信访事项（编号：{{caseNumber}}，事由：{{title}}）的复查意见不服，请求复核。根据《信访工作条例》第三十六条，复核机关应当自收到复核请求之日起30日内提出复核意见，听证所需时间不计算在内。经{{unit}}复核，意见如下：

{{text}}

根据《信访工作条例》第三十六条，信访人对复核意见不服，仍以同一事实和理由提出信访请求的，不再受理。`,
  },
  {
    kind: 'MEDIATION_AGREEMENT',
    title: '人民调解协议书',
    body: `当事人：{{petitioners}}

事项：{{title}}（信访事项编号：{{caseNumber}}）

根据《信访工作条例》第三十三条，经调解达成一致意见的，应当制作书面协议。经{{centre}}主持调解，当事人自愿达成如下协议：

{{text}}

当事人（签名）：

人民调解员（签名）：`,
  },
  {
    kind: 'FACT_CONFIRMATION',
    title: '事实确认书',
    body: `当事人：{{petitioners}}

事项：{{title}}（信访事项编号：{{caseNumber}}）

经{{centre}}主持调解，当事人未能就全部争议达成协议。对调解中查明且各方无争议的下列事实，当事人予以确认：

{{text}}

调解不成的，本确认书可作为当事人向人民法院起诉时的依据。

当事人（签名）：

人民调解员（签名）：`,
  },
  {
    kind: 'SUPERVISION_LETTER',
    title: '督办函',
    body: `{{unit}}：

信访事项（编号：{{caseNumber}}，事由：{{title}}，信访人：{{petitioners}}）于{{receivedDate}}登记，现由你单位办理。现就以下事项督办：

{{text}}

根据《信访工作条例》第四十条，请于{{deadline}}前将办理情况书面反馈{{centre}}。`,
  },
];

/** Every placeholder a template may use, with what fills it (the back office words them in its own language). */
export const NOTICE_PLACEHOLDERS = [
  { name: 'centre', description: "The centre's name (noticeSettings.centreName)." },
  { name: 'number', description: "The notice's document number." },
  { name: 'date', description: 'The Beijing date of issue, such as 2026年3月2日.' },
  { name: 'caseNumber', description: 'The case number, such as 2026-000123.' },
  { name: 'title', description: "The case's title." },
  { name: 'receivedDate', description: 'The Beijing date the centre received the case.' },
  { name: 'petitioners', description: "The petitioners' names, separated by 、." },
  {
    name: 'unit',
    description:
      'The unit concerned: the responsible unit (a split routing names its lead first); the centre before routing.',
  },
  {
    name: 'deadline',
    description: 'The date that matters: the handling deadline (acceptance), the answer due date (supervision letter).',
  },
  { name: 'reason', description: 'The reason, such as why the case was not accepted.' },
  { name: 'channel', description: 'Where the petitioner should turn instead (non-acceptance).' },
  { name: 'text', description: 'The reply, opinion, agreement terms, confirmed facts or supervised items.' },
] as const;

const KNOWN = new Set<string>(NOTICE_PLACEHOLDERS.map((p) => p.name));
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholders a text uses that no template knows. */
export function unknownPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !KNOWN.has(name)))];
}

/** The text with every `{{placeholder}}` replaced by its value (empty when it has none). */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '');
}

/** Seeds version 1 of every kind that has no template yet (the subgraph's start-up work; idempotent). */
export async function seedNoticeTemplates(db: Database): Promise<number> {
  return createNoticesRepository(db).seedTemplates(DEFAULT_NOTICE_TEMPLATES);
}
