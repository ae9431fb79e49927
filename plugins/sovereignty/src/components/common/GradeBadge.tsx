import { makeStyles } from '@material-ui/core/styles';
import type { Grade } from '@portolan/plugin-sovereignty-common';

const GRADE_COLOURS: Record<Grade, string> = {
  A: '#1b7f3b',
  B: '#5a9a1c',
  C: '#b58900',
  D: '#d2691e',
  E: '#c62828',
};

const useStyles = makeStyles(theme => ({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    borderRadius: theme.shape.borderRadius,
    color: '#fff',
    fontWeight: 700,
  },
}));

/** A coloured grade letter; colour is never the only signal, the letter is. */
export function GradeBadge(props: { grade: Grade; size?: number }) {
  const classes = useStyles();
  const size = props.size ?? 40;
  return (
    <span
      className={classes.badge}
      style={{
        backgroundColor: GRADE_COLOURS[props.grade],
        width: size,
        height: size,
        fontSize: size * 0.55,
      }}
      aria-label={`Grade ${props.grade}`}
    >
      {props.grade}
    </span>
  );
}
