import type { RankedItem } from '../../../../shared/vote';
import { rankLabel } from '../../../../shared/vote';

interface Props {
  id: string;
  title: string;
  ranked: readonly RankedItem[];
  label: (itemId: string) => string;
}

const ROW = 34;
const LABEL_WIDTH = 300;
const BAR_WIDTH = 360;
const MAX_LABEL = 34;

function short(text: string): string {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** A plain horizontal bar chart with every number written on it; the table beside it says the same. */
export function ResultsChart({ id, title, ranked, label }: Props) {
  const most = Math.max(1, ...ranked.map((r) => r.dots));
  const height = ranked.length * ROW + 8;
  return (
    <svg
      className="results-chart" role="img" aria-labelledby={`${id}-title`} viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 60} ${height}`}
      width="100%" style={{ maxWidth: `${LABEL_WIDTH + BAR_WIDTH + 60}px` }}
    >
      <title id={`${id}-title`}>{`${title}: ${ranked.map((r) => `${rankLabel(r)} ${label(r.itemId)}, ${r.dots} ${r.dots === 1 ? 'dot' : 'dots'}`).join('; ')}`}</title>
      {ranked.map((r, i) => {
        const y = i * ROW + 4;
        const width = (r.dots / most) * BAR_WIDTH;
        return (
          <g key={r.itemId}>
            <text x={0} y={y + ROW / 2 + 6} className="chart-label">{`${rankLabel(r)} ${short(label(r.itemId))}`}</text>
            <rect x={LABEL_WIDTH} y={y + 4} width={Math.max(width, 2)} height={ROW - 10} className={r.rank === 1 ? 'chart-bar chart-bar-top' : 'chart-bar'} />
            <text x={LABEL_WIDTH + Math.max(width, 2) + 8} y={y + ROW / 2 + 6} className="chart-value">{r.dots}</text>
          </g>
        );
      })}
    </svg>
  );
}
