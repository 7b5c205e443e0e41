import { ResponsiveContainer, Treemap, type TreemapNode } from 'recharts';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { KeyCount } from './operations';
import { ChartCard } from './ChartCard';

/** The cases list filtered to a township's subtree (the cases list filters on `gridUnitId`). */
export function casesOfTownship(gridUnitId: string): string {
  return `/cases?filter=${encodeURIComponent(JSON.stringify({ gridUnitId }))}`;
}

/** Darker blue for more cases, like a choropleth without a map. */
function shade(value: number, max: number): string {
  const t = max > 0 ? value / max : 0;
  const light = Math.round(88 - t * 50);
  return `hsl(211, 70%, ${light}%)`;
}

/**
 * Cases per township as a treemap: each tile's area and shade follow its count; clicking (or Enter
 * on) a tile opens the cases list filtered to that township.
 */
export function TownshipMap({
  byTownship,
  townships,
  loading,
}: {
  byTownship?: KeyCount[];
  townships: { id: string; name: string }[];
  loading: boolean;
}) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const names = new Map(townships.map((t) => [t.id, t.name]));
  const data = (byTownship ?? [])
    .filter((t) => t.count > 0 && names.has(t.key))
    .map((t) => ({ id: t.key, name: names.get(t.key)!, value: t.count }));
  const max = Math.max(0, ...data.map((d) => d.value));
  const Tile = (node: TreemapNode) => {
    if (node.depth !== 1) return <g />;
    const { x, y, width, height, name, value } = node;
    const id = node.id as string;
    const label = translate('onedoor.dashboard.charts.townshipCases', { name, count: value });
    const open = () => {
      void navigate(casesOfTownship(id));
    };
    const dark = max > 0 && value / max > 0.45;
    return (
      <g
        role="link"
        aria-label={label}
        tabIndex={0}
        style={{ cursor: 'pointer' }}
        onClick={open}
        onKeyDown={(e) => {
          if (e.key === 'Enter') open();
        }}
      >
        <title>{label}</title>
        <rect x={x} y={y} width={width} height={height} fill={shade(value, max)} stroke="#fff" strokeWidth={2} rx={3} />
        {width > 44 && height > 30 && (
          <>
            <text x={x + 6} y={y + 18} fontSize={12} fill={dark ? '#fff' : '#0d2a4a'}>
              {name}
            </text>
            <text x={x + 6} y={y + 34} fontSize={12} fontWeight={600} fill={dark ? '#fff' : '#0d2a4a'}>
              {value}
            </text>
          </>
        )}
      </g>
    );
  };
  return (
    <ChartCard
      testId="chart-townships"
      title={translate('onedoor.dashboard.charts.townships')}
      subtitle={translate('onedoor.dashboard.charts.townshipsHint')}
      loading={loading}
      empty={data.length === 0}
      height={320}
    >
      <ResponsiveContainer>
        <Treemap
          data={data}
          dataKey="value"
          nameKey="name"
          aspectRatio={4 / 3}
          isAnimationActive={false}
          content={Tile}
        />
      </ResponsiveContainer>
    </ChartCard>
  );
}
