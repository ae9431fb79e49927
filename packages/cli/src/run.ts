import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createDiscoveryLookup,
  type DiscoveryReport,
} from '@portolan/plugin-sovereignty-common';
import {
  builtInDetectors,
  scanWorkingTree,
} from '@portolan/plugin-sovereignty-discovery';
import { assessCommand } from './assessCommand';

/** Where the CLI writes; injected so tests read what a user would see. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `Usage: portolan discover [DIR] [--json] [--paths a,b]
       portolan assess [DIR] [--format text|markdown|json] [--fail-under SCORE] [--fail-on blocker]

  discover   find the cloud services the working tree in DIR (default .) uses
             in Terraform/OpenTofu, Bicep/ARM, CloudFormation/SAM, serverless,
             Kubernetes/Helm/Kustomize and application dependencies
  --json     print the report as JSON instead of a table
  --paths    only these folders of DIR (comma separated), like the
             portolan.dev/discovery-paths annotation

  assess     assess every Component, Resource and System in DIR's
             catalog-info.yaml files, with the services discovered in the tree
  --format   text (default), markdown or json
  --fail-under SCORE   exit 1 when an entity scores below SCORE (0-100)
  --fail-on blocker    exit 1 when an entity has a blocker
`;

/** Runs one command line; resolves to the exit code (0 ok, 2 usage or input error). */
export async function run(argv: string[], io: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        paths: { type: 'string' },
        format: { type: 'string', default: 'text' },
        'fail-under': { type: 'string' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`portolan: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, dir = '.', ...extra] = parsed.positionals;
  if (parsed.values.help || !command) {
    (parsed.values.help ? io.out : io.err)(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  if (command === 'assess' && extra.length === 0) {
    return assessCommand(dir, parsed.values, io);
  }
  if (command !== 'discover' || extra.length > 0) {
    io.err(
      `portolan: unknown command or extra arguments: ${parsed.positionals.join(
        ' ',
      )}\n\n${USAGE}`,
    );
    return 2;
  }
  const root = resolve(dir);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) {
    io.err(`portolan: ${dir} is not a folder\n`);
    return 2;
  }
  const options = {
    detectors: builtInDetectors,
    lookup: createDiscoveryLookup(),
    paths: parsed.values.paths?.split(',') ?? [],
  };
  const report = await scanWorkingTree(root, options);
  io.out(
    parsed.values.json
      ? `${JSON.stringify(forJson(report), null, 2)}\n`
      : table(report),
  );
  return 0;
}

/** The JSON document: services, hosting and findings first, then what was scanned. */
function forJson(report: DiscoveryReport) {
  return {
    services: report.services,
    hosting: report.hosting,
    findings: report.findings,
    scan: report.scan,
    scannedAt: report.scannedAt,
  };
}

function table(report: DiscoveryReport): string {
  const lines: string[] = [];
  const { scan } = report;
  lines.push(
    `Scanned ${scan.files} file(s), ${scan.bytes} bytes (${
      scan.skipped
    } skipped) in ${scan.durationMs} ms${
      scan.formats.length ? `: ${scan.formats.join(', ')}` : ''
    }`,
  );
  if (report.services.length === 0) {
    lines.push('No cloud services found.');
  } else {
    const width = Math.max(...report.services.map(s => s.id.length));
    lines.push('', `${'SERVICE'.padEnd(width)}  EVIDENCE`);
    for (const service of report.services) {
      const first = service.evidence[0];
      const where = first
        ? `${first.path}${first.line ? `:${first.line}` : ''} ${first.match}`
        : '';
      const more =
        service.evidenceCount > 1
          ? ` (+${service.evidenceCount - 1} more)`
          : '';
      lines.push(
        `${service.id.padEnd(width)}  ${where}${more}${
          service.codeLevel ? ' [code]' : ''
        }`,
      );
    }
  }
  for (const hosting of report.hosting) {
    lines.push(
      `Hosting: ${hosting.provider}${
        hosting.region ? `:${hosting.region}` : ''
      }`,
    );
  }
  if (report.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const finding of report.findings)
      lines.push(`  ${finding.code}: ${finding.message}`);
  }
  return `${lines.join('\n')}\n`;
}
