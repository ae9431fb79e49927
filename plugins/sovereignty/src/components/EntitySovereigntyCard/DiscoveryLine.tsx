import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { Assessment } from '@portolan/plugin-sovereignty-common';
import { discoverySentence, invalidReportMessage } from '../common/discovery';

const STALE_HINT =
  'The last read of the repository failed; these are the services the last successful scan found.';

/**
 * One line on what discovery found and where: "4 services discovered in
 * Terraform, dependencies (12 files)". Nothing when the entity was never
 * scanned; the reason when its stored report could not be read.
 */
export function DiscoveryLine(props: { assessment: Assessment }) {
  const { assessment } = props;
  const discovery = assessment.discovery;
  const sentence = discoverySentence(assessment);
  if (!discovery || !sentence) {
    const invalid = invalidReportMessage(assessment);
    return invalid ? (
      <Typography variant="caption" color="error" display="block">
        {invalid}
      </Typography>
    ) : null;
  }
  const extras = [
    discovery.undeclared > 0 && `${discovery.undeclared} not declared`,
    discovery.ignored?.length > 0 && `${discovery.ignored.length} ignored`,
  ].filter(Boolean);
  return (
    <Box
      data-testid="discovery-line"
      display="flex"
      alignItems="center"
      flexWrap="wrap"
      style={{ gap: 8 }}
      mb={1}
    >
      <Typography variant="body2">
        {[sentence, ...extras].join(' · ')}
      </Typography>
      {discovery.stale && (
        <Chip size="small" label="stale" title={STALE_HINT} />
      )}
    </Box>
  );
}
