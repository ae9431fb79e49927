import { useState, type ReactNode } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Link from '@material-ui/core/Link';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type {
  Assessment,
  AssessmentDiscovery,
  DiscoveryFinding,
} from '@portolan/plugin-sovereignty-common';
import {
  detectorLabel,
  discoverySentence,
  formatBytes,
  invalidReportMessage,
  repositoryBase,
  SOURCE_LOCATION_ANNOTATION,
} from '../common/discovery';
import { dateTime } from '../common/format';

/** Scan findings listed before "show all": a noisy repository must not push the page down. */
const FINDINGS_COLLAPSED = 3;

const STALE_HINT =
  'The last read of the repository failed; these results are from the last scan that succeeded.';

const wrap = { style: { whiteSpace: 'normal' as const } };

function Fact(props: { label: string; children: ReactNode }) {
  return (
    <Typography variant="body2" style={{ wordBreak: 'break-word' }}>
      <Typography variant="body2" color="textSecondary" component="span">
        {props.label}:
      </Typography>{' '}
      {props.children}
    </Typography>
  );
}

/** The location that was read, linked when it is an http(s) URL. */
function Source(props: { source: string }) {
  const url = repositoryBase(props.source) ?? props.source;
  const linkable = url.startsWith('https://') || url.startsWith('http://');
  return linkable ? (
    <Link href={url} target="_blank" rel="noopener noreferrer">
      {url}
    </Link>
  ) : (
    <>{props.source}</>
  );
}

function findingWhere(finding: DiscoveryFinding): string | undefined {
  if (!finding.path) return finding.value;
  const at = finding.line ? `${finding.path}:${finding.line}` : finding.path;
  return finding.value ? `${at} · ${finding.value}` : at;
}

function ScanFindings(props: { findings: DiscoveryFinding[] }) {
  const [expanded, setExpanded] = useState(false);
  const { findings } = props;
  if (findings.length === 0) return null;
  const shown = expanded ? findings : findings.slice(0, FINDINGS_COLLAPSED);
  return (
    <Box mt={1}>
      <Typography variant="subtitle2">
        Scan findings ({findings.length})
      </Typography>
      <List dense disablePadding aria-label="Scan findings">
        {shown.map((finding, i) => (
          <ListItem key={i} disableGutters>
            <ListItemText
              primaryTypographyProps={wrap}
              secondaryTypographyProps={wrap}
              primary={finding.message}
              secondary={[finding.code, findingWhere(finding)]
                .filter(Boolean)
                .join(' · ')}
            />
          </ListItem>
        ))}
      </List>
      {shown.length < findings.length && (
        <Button size="small" onClick={() => setExpanded(true)}>
          show all {findings.length}
        </Button>
      )}
    </Box>
  );
}

function IgnoredServices(props: { ignored: AssessmentDiscovery['ignored'] }) {
  if (props.ignored.length === 0) return null;
  return (
    <Box mt={1}>
      <Typography variant="subtitle2">
        Ignored (portolan.dev/ignore-services)
      </Typography>
      <List dense disablePadding aria-label="Ignored services">
        {props.ignored.map(entry => (
          <ListItem key={entry.service} disableGutters>
            <ListItemText
              primaryTypographyProps={wrap}
              secondaryTypographyProps={wrap}
              primary={entry.service}
              secondary={entry.reason || 'no reason given'}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}

/** Why there is nothing to show: never scanned, or the stored report was unreadable. */
function NotScanned(props: {
  assessment: Assessment;
  sourceLocation?: string;
}) {
  const invalid = invalidReportMessage(props.assessment);
  if (invalid) {
    return (
      <Typography variant="body2" color="error">
        {invalid}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" color="textSecondary">
      {props.sourceLocation
        ? 'Not scanned yet: discovery reads the repository at the source location when the catalog processes this entity, unless portolan.dev/discovery is off.'
        : `Not scanned: this entity has no ${SOURCE_LOCATION_ANNOTATION}, so there is no repository to read.`}
    </Typography>
  );
}

/**
 * What discovery looked at for this entity and what it could not read:
 * where, when, which formats, how much, what people silenced and why.
 */
export function DiscoveryPanel(props: {
  assessment: Assessment;
  sourceLocation?: string;
}) {
  const { assessment } = props;
  const discovery = assessment.discovery;
  if (!discovery) return <NotScanned {...props} />;
  const scan: Partial<AssessmentDiscovery['scan']> = discovery.scan ?? {};
  const paths = (scan.paths ?? []).filter(Boolean);
  const formats = (scan.formats ?? []).map(detectorLabel);
  const hosting = assessment.findings?.find(
    f => f.code === 'hosting-discovered',
  );
  return (
    <Box data-testid="discovery-panel">
      <Box display="flex" alignItems="center" style={{ gap: 8 }} mb={1}>
        <Typography variant="body1">{discoverySentence(assessment)}</Typography>
        {discovery.stale && (
          <Chip size="small" label="stale" title={STALE_HINT} />
        )}
      </Box>
      {discovery.undeclared > 0 && (
        <Typography variant="body2" paragraph>
          {discovery.undeclared} of them not declared in portolan.dev/services:
          marked "discovered" in the mapping.
        </Typography>
      )}
      <Fact label="Scanned">{dateTime(discovery.scannedAt || undefined)}</Fact>
      {discovery.source && (
        <Fact label="Source">
          <Source source={discovery.source} />
        </Fact>
      )}
      <Fact label="Paths">
        {paths.length ? paths.join(', ') : 'the whole repository'}
      </Fact>
      <Fact label="Formats">
        {formats.length ? formats.join(', ') : 'none recognised'}
      </Fact>
      <Fact label="Read">
        {scan.files ?? 0} files, {formatBytes(scan.bytes ?? 0)};{' '}
        {scan.skipped ?? 0} skipped; {scan.durationMs ?? 0} ms
      </Fact>
      {hosting && <Fact label="Hosting">{hosting.message}</Fact>}
      <IgnoredServices ignored={discovery.ignored ?? []} />
      <ScanFindings findings={discovery.findings ?? []} />
    </Box>
  );
}
