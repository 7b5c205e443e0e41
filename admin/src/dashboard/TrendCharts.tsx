import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslate } from 'react-admin';
import type { Bucket } from './period';
import type { TrendPoint } from './operations';
import { ChartCard } from './ChartCard';
import { colour } from './palette';
import { CHANNEL_ORDER, rankOf } from './enums';

type Trend = { bucket: Bucket; point: TrendPoint }[];

/** Channels in the period, most cases first, so the stack and the legend keep one order. */
function channelsOf(trend: Trend): string[] {
  const totals = new Map<string, number>();
  for (const { point } of trend)
    for (const { key, count } of point.byChannel) totals.set(key, (totals.get(key) ?? 0) + count);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}

/** Cases received per bucket, stacked by channel (channel names translated). */
export function ChannelTrendChart({ trend, loading }: { trend?: Trend; loading: boolean }) {
  const translate = useTranslate();
  const channels = trend ? channelsOf(trend) : [];
  const data = (trend ?? []).map(({ bucket, point }) => ({
    label: bucket.label,
    ...Object.fromEntries(point.byChannel.map((c) => [c.key, c.count])),
  }));
  return (
    <ChartCard
      height={300}
      testId="chart-channels"
      title={translate('onedoor.dashboard.charts.channelTrend')}
      loading={loading}
      empty={channels.length === 0}
    >
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {channels.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              name={translate(`enums.Channel.${key}`)}
              stackId="channel"
              fill={colour(rankOf(CHANNEL_ORDER, key))}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Resolution, satisfaction and on-time rates per bucket, in percent; a gap where nothing was rated. */
export function RatesTrendChart({ trend, loading }: { trend?: Trend; loading: boolean }) {
  const translate = useTranslate();
  const data = (trend ?? []).map(({ bucket, point }) => ({
    label: bucket.label,
    resolutionRate: percent(point.resolutionRate),
    satisfactionRate: percent(point.satisfactionRate),
    onTimeRate: percent(point.onTimeRate),
  }));
  const series = ['resolutionRate', 'satisfactionRate', 'onTimeRate'] as const;
  const colours = ['#2e7d32', '#6a1b9a', '#00838f'];
  return (
    <ChartCard
      height={300}
      testId="chart-rates"
      title={translate('onedoor.dashboard.charts.rates')}
      loading={loading}
      empty={data.every((d) => series.every((s) => d[s] === null))}
    >
      <ResponsiveContainer>
        <LineChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => `${String(v)}%`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((key, i) => (
            <Line
              key={key}
              type="linear"
              dataKey={key}
              name={translate(`onedoor.dashboard.charts.series.${key}`)}
              stroke={colours[i]}
              strokeWidth={2}
              dot={{ r: data.length <= 14 ? 4 : 2.5 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

/** Repeat, cross-level and group petitions per bucket: the signals of matters not settled the first time. */
export function RepeatTrendChart({ trend, loading }: { trend?: Trend; loading: boolean }) {
  const translate = useTranslate();
  const data = (trend ?? []).map(({ bucket, point }) => ({
    label: bucket.label,
    repeat: point.repeat,
    crossLevel: point.crossLevel,
    group: point.group,
  }));
  const series = ['repeat', 'crossLevel', 'group'] as const;
  const colours = ['#ef6c00', '#ad1457', '#4527a0'];
  return (
    <ChartCard
      height={300}
      testId="chart-repeat"
      title={translate('onedoor.dashboard.charts.repeatTrend')}
      loading={loading}
      empty={data.length === 0}
    >
      <ResponsiveContainer>
        <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((key, i) => (
            <Bar
              key={key}
              dataKey={key}
              name={translate(`onedoor.dashboard.charts.series.${key}`)}
              fill={colours[i]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
