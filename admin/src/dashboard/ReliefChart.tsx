import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatFen } from '../format/money';
import type { ReliefTotals } from './operations';
import type { Bucket } from './period';
import { ChartCard } from './ChartCard';
import { fenToNumber } from './format';
import { colour } from './palette';
import { rankOf } from './enums';
import { FundKind } from '../generated/enums';

/**
 * Relief paid (net of reversals) per bucket: stacked by fund kind for the county, or the chosen
 * township's own payments when one is picked (reliefTotals groups by township, not by both).
 */
export function ReliefChart({
  trend,
  township,
  loading,
}: {
  trend?: { bucket: Bucket; totals: ReliefTotals }[];
  township: { id: string; name: string } | null;
  loading: boolean;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // Axis ticks in the reader's own short form: 5万 in Chinese, 50K in English.
  const compact = new Intl.NumberFormat(locale === 'en' ? 'en' : 'zh-CN', {
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const paidKinds = new Set(
    (trend ?? []).flatMap(({ totals }) => totals.byKind.filter((k) => k.net !== '0').map((k) => k.kind!)),
  );
  const kinds = township ? ['net'] : [...paidKinds].sort((a, b) => rankOf(FundKind, a) - rankOf(FundKind, b));
  const data = (trend ?? []).map(({ bucket, totals }) => {
    const row: Record<string, string | number> = { label: bucket.label };
    if (township) row.net = fenToNumber(totals.byTownship.find((t) => t.township?.id === township.id)?.net ?? '0');
    else for (const k of totals.byKind) row[k.kind!] = fenToNumber(k.net);
    return row;
  });
  const empty = data.every((row) => kinds.every((k) => !row[k]));
  const title = township
    ? translate('onedoor.dashboard.charts.reliefTownship', { name: township.name })
    : translate('onedoor.dashboard.charts.relief');
  return (
    <ChartCard height={300} testId="chart-relief" title={title} loading={loading} empty={empty}>
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis tickFormatter={(v: number) => compact.format(v)} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => formatFen(Math.round(Number(v) * 100))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {kinds.map((kind) => (
            <Bar
              key={kind}
              dataKey={kind}
              stackId="relief"
              fill={township ? colour(2) : colour(rankOf(FundKind, kind))}
              isAnimationActive={false}
              name={township ? translate('onedoor.dashboard.charts.series.net') : translate(`enums.FundKind.${kind}`)}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
