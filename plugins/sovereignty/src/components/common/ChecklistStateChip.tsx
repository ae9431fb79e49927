import Chip from '@material-ui/core/Chip';
import type { ChecklistResult } from '@portolan/plugin-sovereignty-common';

const STATE_STYLE: Record<
  ChecklistResult['state'],
  { label: string; colour: string }
> = {
  done: { label: 'done', colour: '#1b7f3b' },
  open: { label: 'open', colour: '#616161' },
  due: { label: 're-test due', colour: '#c62828' },
  'not-applicable': { label: 'not applicable', colour: '#8d6e63' },
};

export function ChecklistStateChip(props: { state: ChecklistResult['state'] }) {
  const style = STATE_STYLE[props.state];
  return (
    <Chip
      size="small"
      label={style.label}
      style={{ backgroundColor: style.colour, color: '#fff' }}
    />
  );
}
