import { describe, expect, it } from 'vitest';
import { renderNoticePdf } from '../../subgraphs/cases/src/services/notice-pdf';
import {
  DEFAULT_NOTICE_TEMPLATES,
  fillTemplate,
  NOTICE_PLACEHOLDERS,
  unknownPlaceholders,
} from '../../subgraphs/cases/src/services/notice-templates';
import { chineseDate } from '../../subgraphs/cases/src/services/notice-values';
import { pdfText } from '../support/pdf';

const layout = {
  centre: '东岳县群众诉求服务中心',
  title: '受理告知书',
  number: '东信受〔2026〕12号',
  body: '喆堃、李四：\n\n您（你们）提出的信访事项（编号：2026-000123）予以受理，由县人力资源和社会保障局办理。',
  date: '2026年3月2日',
  issuedAt: new Date('2026-03-02T01:00:00Z'),
};

describe('a notice as PDF', () => {
  it('renders the same notice to the same bytes, so its checksum is a fact of its content', async () => {
    const [a, b] = [await renderNoticePdf(layout), await renderNoticePdf(layout)];
    expect(b).toEqual(a);
    const later = await renderNoticePdf({ ...layout, issuedAt: new Date('2026-03-03T01:00:00Z') });
    expect(later).not.toEqual(a);
  });

  it('sets the text in a CJK font a reader extracts as written, rare characters of names included', async () => {
    const text = await pdfText(await renderNoticePdf(layout));
    for (const part of [layout.centre, layout.title, layout.number, '喆堃、李四', '2026-000123', layout.date])
      expect(text).toContain(part);
  });

  it('says a preview is one, and numbers it not', async () => {
    const text = await pdfText(await renderNoticePdf({ ...layout, number: null }));
    expect(text).toContain('预览稿');
    expect(text).not.toContain(layout.number);
  });
});

describe('notice templates', () => {
  it('fills every placeholder, spaces inside the braces allowed, and leaves none unfilled', () => {
    expect(fillTemplate('{{caseNumber}}：{{ unit }}，{{reason}}', { caseNumber: '2026-1', unit: '人社局' })).toBe(
      '2026-1：人社局，',
    );
  });

  it('names the placeholders no template knows', () => {
    expect(unknownPlaceholders('{{caseNumber}} {{caseNo}} {{ unit }} {{caseNo}} {{}}')).toEqual(['caseNo', '']);
  });

  it('seeds one default per kind, each using only known placeholders and citing the Regulations', () => {
    expect(new Set(DEFAULT_NOTICE_TEMPLATES.map((t) => t.kind)).size).toBe(9);
    for (const t of DEFAULT_NOTICE_TEMPLATES) {
      expect(unknownPlaceholders(t.title + t.body), t.kind).toEqual([]);
      if (t.kind !== 'FACT_CONFIRMATION') expect(t.body, t.kind).toMatch(/《信访工作条例》第[一二三四五六七八九十]+条/);
    }
    expect(NOTICE_PLACEHOLDERS.map((p) => p.name)).toContain('caseNumber');
  });

  it('prints Beijing dates the Chinese way', () => {
    expect(chineseDate('2026-03-02')).toBe('2026年3月2日');
    expect(chineseDate('2026-12-31')).toBe('2026年12月31日');
  });
});
