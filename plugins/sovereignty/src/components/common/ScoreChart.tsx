import { makeStyles } from '@material-ui/core/styles';

export interface ScorePoint {
  /** ISO timestamp. */
  at: string;
  value: number;
  /** Extra words for the point's tooltip and table row, e.g. the grade. */
  detail?: string;
}

const WIDTH = 600;
const HEIGHT = 160;
const PAD = { left: 32, right: 12, top: 10, bottom: 22 };

const useStyles = makeStyles(theme => ({
  svg: { width: '100%', height: 'auto', maxHeight: HEIGHT * 1.5 },
  line: { fill: 'none', stroke: theme.palette.primary.main, strokeWidth: 2 },
  point: { fill: theme.palette.primary.main },
  grid: { stroke: theme.palette.divider, strokeWidth: 1 },
  label: { fill: theme.palette.text.secondary, fontSize: 11 },
  // Readable by screen readers, invisible on screen: the chart's numbers.
  hidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
}));

const day = (iso: string) => iso.slice(0, 10);

/**
 * A small line chart of scores over time (0-100 on the y axis). Drawn as
 * SVG: a chart library would outweigh the rest of the plugin. Each point has
 * a tooltip, and the values are repeated in a table for assistive technology.
 */
export function ScoreChart(props: {
  title: string;
  points: ScorePoint[];
  valueLabel?: string;
}) {
  const classes = useStyles();
  const { title, points, valueLabel = 'Score' } = props;
  const times = points.map(p => new Date(p.at).getTime());
  const first = Math.min(...times);
  const span = Math.max(...times) - first || 1;
  const x = (t: number) =>
    points.length === 1
      ? (PAD.left + WIDTH - PAD.right) / 2
      : PAD.left + ((t - first) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (v: number) =>
    PAD.top + (1 - v / 100) * (HEIGHT - PAD.top - PAD.bottom);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(times[i])},${y(p.value)}`)
    .join(' ');
  const last = points[points.length - 1];
  const summary = last
    ? `${title}: ${points.length} points from ${day(points[0].at)} to ${day(
        last.at,
      )}, latest ${Math.round(last.value)}`
    : title;

  return (
    <figure style={{ margin: 0 }}>
      <svg
        className={classes.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
      >
        <title>{summary}</title>
        {[0, 50, 100].map(v => (
          <g key={v}>
            <line
              className={classes.grid}
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(v)}
              y2={y(v)}
            />
            <text className={classes.label} x={4} y={y(v) + 4}>
              {v}
            </text>
          </g>
        ))}
        <path className={classes.line} d={path} />
        {points.map((p, i) => (
          <circle
            key={`${p.at}-${i}`}
            className={classes.point}
            cx={x(times[i])}
            cy={y(p.value)}
            r={4}
          >
            <title>
              {`${day(p.at)}: ${Math.round(p.value * 10) / 10}${
                p.detail ? ` (${p.detail})` : ''
              }`}
            </title>
          </circle>
        ))}
        {points.length > 0 && (
          <>
            <text className={classes.label} x={PAD.left} y={HEIGHT - 4}>
              {day(points[0].at)}
            </text>
            <text
              className={classes.label}
              x={WIDTH - PAD.right}
              y={HEIGHT - 4}
              textAnchor="end"
            >
              {day(last.at)}
            </text>
          </>
        )}
      </svg>
      <table className={classes.hidden}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">{valueLabel}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={`${p.at}-${i}`}>
              <td>{day(p.at)}</td>
              <td>
                {Math.round(p.value * 10) / 10}
                {p.detail ? ` (${p.detail})` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
