import Chip from '@material-ui/core/Chip';
import type { Fit } from '@portolan/plugin-sovereignty-common';

const FIT_STYLE: Record<Fit, { label: string; colour: string }> = {
  direct: { label: 'direct', colour: '#1b7f3b' },
  partial: { label: 'partial', colour: '#b58900' },
  're-architect': { label: 're-architect', colour: '#d2691e' },
  none: { label: 'none', colour: '#c62828' },
};

export function FitChip(props: { fit: Fit }) {
  const style = FIT_STYLE[props.fit];
  return (
    <Chip
      size="small"
      label={style.label}
      style={{ backgroundColor: style.colour, color: '#fff' }}
    />
  );
}
