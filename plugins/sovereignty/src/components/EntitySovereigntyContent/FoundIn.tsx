import { useMemo, useState } from 'react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Link from '@material-ui/core/Link';
import TableCell from '@material-ui/core/TableCell';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { useApiHolder } from '@backstage/core-plugin-api';
import { scmIntegrationsApiRef } from '@backstage/integration-react';
import type { Evidence, MappingRow } from '@portolan/plugin-sovereignty-common';
import {
  detectorLabel,
  evidenceLocation,
  repositoryBase,
} from '../common/discovery';

/** Evidence lines shown before "show more": a row stays two lines high. */
const EVIDENCE_COLLAPSED = 2;

const CODE_LEVEL_HINT =
  "Application code calls this service's SDK: moving it changes code, so its effort is one size larger.";
const UNDECLARED_HINT =
  'Found in the repository but not declared in portolan.dev/services; it is counted.';

/** A link to a file in the entity's repository, or nothing when none can be made safely. */
export type EvidenceHref = (evidence: Evidence) => string | undefined;

const isHttp = (url: URL) =>
  url.protocol === 'https:' || url.protocol === 'http:';

/**
 * Resolves evidence paths against the entity's `url:` source location with
 * the app's SCM integrations (so a GitHub or GitLab base gets its own line
 * anchors). Only http(s) links on the repository's own host come out: the
 * report is entity metadata, and a crafted path must not become a link
 * elsewhere. Without the SCM integrations API, paths stay plain text.
 */
export function useEvidenceHref(sourceLocation?: string): EvidenceHref {
  const integrations = useApiHolder().get(scmIntegrationsApiRef);
  return useMemo(() => {
    const none: EvidenceHref = () => undefined;
    const base = repositoryBase(sourceLocation);
    if (!integrations || !base) return none;
    let origin: string;
    try {
      const parsed = new URL(base);
      if (!isHttp(parsed)) return none;
      origin = parsed.origin;
    } catch {
      return none;
    }
    return evidence => {
      try {
        const href = integrations.resolveUrl({
          url: evidence.path,
          base,
          lineNumber: evidence.line,
        });
        const resolved = new URL(href);
        return isHttp(resolved) && resolved.origin === origin
          ? href
          : undefined;
      } catch {
        return undefined;
      }
    };
  }, [integrations, sourceLocation]);
}

function EvidenceLine(props: { evidence: Evidence; href?: string }) {
  const { evidence, href } = props;
  const location = evidenceLocation(evidence);
  return (
    <Typography
      variant="caption"
      display="block"
      style={{ wordBreak: 'break-word' }}
    >
      {href ? (
        <Link href={href} target="_blank" rel="noopener noreferrer">
          {location}
        </Link>
      ) : (
        location
      )}{' '}
      <Typography variant="caption" color="textSecondary" component="span">
        ({detectorLabel(evidence.detector)}, {evidence.match})
      </Typography>
    </Typography>
  );
}

function DiscoveryChips(props: {
  discovery: NonNullable<MappingRow['discovery']>;
}) {
  const { discovery } = props;
  if (!discovery.codeLevel && discovery.declared) return null;
  return (
    <Box display="flex" style={{ gap: 4 }} mb={0.5}>
      {discovery.codeLevel && (
        <Tooltip title={CODE_LEVEL_HINT}>
          <Chip size="small" label="code" />
        </Tooltip>
      )}
      {!discovery.declared && (
        <Tooltip title={UNDECLARED_HINT}>
          <Chip size="small" variant="outlined" label="discovered" />
        </Tooltip>
      )}
    </Box>
  );
}

/** Where discovery found a service: the files and lines, linked to the repository. */
export function FoundInCell(props: { row: MappingRow; hrefOf: EvidenceHref }) {
  const { row, hrefOf } = props;
  const [expanded, setExpanded] = useState(false);
  const discovery = row.discovery;
  const testId = `found-in-${row.service}`;
  if (!discovery) {
    return (
      <TableCell data-testid={testId}>
        <Typography variant="caption" color="textSecondary">
          {row.inheritedFrom ? '–' : 'declared'}
        </Typography>
      </TableCell>
    );
  }
  const evidence = Array.isArray(discovery.evidence) ? discovery.evidence : [];
  const shown = expanded ? evidence : evidence.slice(0, EVIDENCE_COLLAPSED);
  const hidden = evidence.length - shown.length;
  const notKept = (discovery.evidenceCount ?? 0) - evidence.length;
  return (
    <TableCell data-testid={testId}>
      <DiscoveryChips discovery={discovery} />
      {shown.map((e, i) => (
        <EvidenceLine key={i} evidence={e} href={hrefOf(e)} />
      ))}
      {hidden > 0 && (
        <Button
          size="small"
          onClick={() => setExpanded(true)}
          aria-label={`Show ${hidden} more locations of ${row.serviceName}`}
        >
          show {hidden} more
        </Button>
      )}
      {hidden === 0 && notKept > 0 && (
        <Typography variant="caption" color="textSecondary" display="block">
          +{notKept} more
        </Typography>
      )}
    </TableCell>
  );
}
