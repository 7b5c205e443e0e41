import type { ReactNode } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { Bucket } from './period';
import type { TrendPoint } from './operations';
import { ChartCard } from './ChartCard';
import { colour } from './palette';
import { CHANNEL_ORDER, rankOf } from './enums';

type Trend = { bucket: Bucket; point: TrendPoint }[];
type Row = Record<string, string | number | null>;

/** Channels in the period, most cases first, so the stack and the legend keep one order. */
function channelsOf(trend: Trend): string[] {
  const totals = new Map<string, number>();
  for (const { point } of trend)
    for (const { key, count } of point.byChannel) totals.set(key, (totals.get(key) ?? 0) + count);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

/** A card charting the period bucket by bucket: the buckets along the bottom, the series named in the legend. */
function TrendCard(props: {
  testId: string;
  /** Key under `onedoor.dashboard.charts`. */
  title: string;
  loading: boolean;
  empty: boolean;
  data: Row[];
  /** Rates are percent from 0 to 100; counts are whole. */
  percent?: boolean;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const { testId, title, loading, empty, data, percent, children } = props;
  const heading = translate(`onedoor.dashboard.charts.${title}`);
  return (
    <ChartCard height={300} testId={testId} title={heading} loading={loading} empty={empty}>
      <ResponsiveContainer>
        <ComposedChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          {percent ? (
            <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
          ) : (
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          )}
          <Tooltip formatter={percent ? (v) => `${String(v)}%` : undefined} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {children}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

/** One row per bucket: its label, and the value of each series drawn. */
function bucketRows(trend: Trend | undefined, values: (point: TrendPoint) => [string, number | null][]): Row[] {
  return (trend ?? []).map(({ bucket, point }) => ({ label: bucket.label, ...Object.fromEntries(values(point)) }));
}

/** One bar per series (stacked when given a stack), named and coloured, drawn at once without animation. */
function bars<K extends string>(
  keys: readonly K[],
  name: (key: K) => string,
  fill: (key: K) => string,
  stackId?: string,
) {
  return keys.map((key) => (
    <Bar key={key} dataKey={key} name={name(key)} fill={fill(key)} stackId={stackId} isAnimationActive={false} />
  ));
}

/** Cases received per bucket, stacked by channel (channel names translated). */
export function ChannelTrendChart({ trend, loading }: { trend?: Trend; loading: boolean }) {
  const translate = useTranslate();
  const channels = trend ? channelsOf(trend) : [];
  const data = bucketRows(trend, (point) => point.byChannel.map((c) => [c.key, c.count]));
  return (
    <TrendCard testId="chart-channels" title="channelTrend" loading={loading} empty={channels.length === 0} data={data}>
      {bars(
        channels,
        (key) => translate(`enums.Channel.${key}`),
        (key) => colour(rankOf(CHANNEL_ORDER, key)),
        'channel',
      )}
    </TrendCard>
  );
}

const percentOf = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
const RATES = { resolutionRate: '#2e7d32', satisfactionRate: '#6a1b9a', onTimeRate: '#00838f' } as const;
const SIGNALS = { repeat: '#ef6c00', crossLevel: '#ad1457', group: '#4527a0' } as const;
const series = (key: string) => `onedoor.dashboard.charts.series.${key}`;

/** Resolution, satisfaction and on-time rates per bucket, in percent; a gap where nothing was rated. */
export function RatesTrendChart({ trend, loading }: { trend?: Trend; loading: boolean }) {
  const translate = useTranslate();
  const keys = Object.keys(RATES) as (keyof typeof RATES)[];
  const data = bucketRows(trend, (point) => keys.map((key) => [key, percentOf(point[key])]));
  const empty = data.every((d) => keys.every((key) => d[key] === null));
  return (
    <TrendCard testId="chart-rates" title="rates" loading={loading} empty={empty} data={data} percent>
      {keys.map((key) => (
        <Line
          key={key}
          type="linear"
          dataKey={key}
          name={translate(series(key))}
          stroke={RATES[key]}
          strokeWidth={2}
          dot={{ r: data.length <= 14 ? 4 : 2.5 }}
          connectNulls
          isAnimationActive={false}
        />
      ))}
    </TrendCard>
  );
}

/** Repeat, cross-level and group petitions per bucket: the signals of matters not settled the first time. */
export function RepeatTrendChart({ trend, loading }: { trend?: Trend; loading: boolean }) {
  const translate = useTranslate();
  const keys = Object.keys(SIGNALS) as (keyof typeof SIGNALS)[];
  const data = bucketRows(trend, (point) => keys.map((key) => [key, point[key]]));
  return (
    <TrendCard testId="chart-repeat" title="repeatTrend" loading={loading} empty={data.length === 0} data={data}>
      {bars(
        keys,
        (key) => translate(series(key)),
        (key) => SIGNALS[key],
      )}
    </TrendCard>
  );
}
