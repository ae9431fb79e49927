import Box from '@material-ui/core/Box';
import ButtonBase from '@material-ui/core/ButtonBase';
import Typography from '@material-ui/core/Typography';
import { GRADES } from '@portolan/plugin-sovereignty-common';
import { GradeBadge } from '../common/GradeBadge';
import { percent } from '../common/format';

/** How many entities have each grade; choosing a grade filters the table. */
export function GradeDistribution(props: {
  byGrade: Record<string, number>;
  selected?: string;
  onSelect: (grade: string | undefined) => void;
}) {
  const { byGrade, selected, onSelect } = props;
  const total = GRADES.reduce((sum, g) => sum + (byGrade[g] ?? 0), 0);
  const largest = Math.max(1, ...GRADES.map(g => byGrade[g] ?? 0));
  return (
    <Box role="list" aria-label="Grade distribution">
      {GRADES.map(grade => {
        const count = byGrade[grade] ?? 0;
        // The list item holds a toggle button: aria-pressed belongs to the
        // button role, not to listitem.
        return (
          <Box key={grade} role="listitem">
            <ButtonBase
              aria-pressed={selected === grade}
              aria-label={`Grade ${grade}: ${count} entities (${percent(
                total ? count / total : 0,
              )})`}
              onClick={() => onSelect(selected === grade ? undefined : grade)}
              style={{ display: 'flex', width: '100%', marginBottom: 6 }}
            >
              <GradeBadge grade={grade} size={24} />
              <Box flex={1} mx={1} height={16} bgcolor="action.hover">
                <Box
                  height="100%"
                  width={`${(count / largest) * 100}%`}
                  bgcolor={selected === grade ? 'primary.dark' : 'primary.main'}
                />
              </Box>
              <Typography
                variant="body2"
                style={{ minWidth: 72, textAlign: 'right' }}
              >
                {count} ({percent(total ? count / total : 0)})
              </Typography>
            </ButtonBase>
          </Box>
        );
      })}
    </Box>
  );
}
