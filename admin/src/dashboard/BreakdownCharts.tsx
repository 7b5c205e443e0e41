import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { OverdueResult, SummaryResult } from './operations';
import { ChartCard } from './ChartCard';
import { colour } from './palette';

/** A card of horizontal bars, one per named row, most first; long unit names get a wide axis. */
function NameBarsCard(props: {
  testId: string;
  /** Key under `onedoor.dashboard.charts`. */
  title: string;
  loading: boolean;
  data: { name: string; count: number }[];
  fill?: string;
  axisWidth: number;
}) {
  const translate = useTranslate();
  const { testId, title, loading, data, fill, axisWidth } = props;
  const heading = translate(`onedoor.dashboard.charts.${title}`);
  const unitLabel = translate('onedoor.dashboard.charts.cases');
  return (
    <ChartCard height={300} testId={testId} title={heading} loading={loading} empty={data.length === 0}>
      <ResponsiveContainer>
        <BarChart layout="vertical" data={data} margin={{ top: 0, right: 32, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={axisWidth} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(v) => [`${String(v)} ${unitLabel}`]} />
          <Bar dataKey="count" isAnimationActive={false} barSize={16}>
            {data.map((row, i) => (
              <Cell key={row.name} fill={fill ?? colour(i)} />
            ))}
            <LabelList dataKey="count" position="right" style={{ fontSize: 11 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

/** Cases per top-level category, named from the categories list. */
export function CategoryChart({ summary, loading }: { summary?: SummaryResult; loading: boolean }) {
  const names = new Map((summary?.categories ?? []).map((c) => [c.id, c.name]));
  const data = (summary?.stats.byCategory ?? [])
    .filter((c) => names.has(c.key))
    .map((c) => ({ name: names.get(c.key)!, count: c.count }));
  return <NameBarsCard testId="chart-categories" title="category" loading={loading} data={data} axisWidth={80} />;
}

/** Overdue (red) cases now, per lead unit; cases not routed yet are one row of their own. */
export function OverdueChart({ overdue, loading }: { overdue?: OverdueResult; loading: boolean }) {
  const translate = useTranslate();
  const data = (overdue?.board ?? [])
    .filter((row) => row.red > 0)
    .slice(0, 10)
    .map((row) => ({ name: row.unit?.name ?? translate('onedoor.dashboard.charts.unrouted'), count: row.red }));
  return (
    <NameBarsCard testId="chart-overdue" title="overdue" loading={loading} data={data} fill="#c62828" axisWidth={190} />
  );
}
