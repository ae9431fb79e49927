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
import { commentCommand } from './commentCommand';
import { diffCommand } from './diffCommand';
import { planCommand } from './planCommand';
import { EXIT, InputError } from './errors';
import { printable } from './format';
import { DIFF_OPTIONS, SOURCE_OPTIONS, readFolder } from './options';

/** Where the CLI writes; injected so tests read what a user would see. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

/** What a command runs with: where it writes and the environment it reads (tokens, CI variables). */
export interface Context {
  io: Output;
  env: NodeJS.ProcessEnv;
}

const USAGE = `Usage: portolan discover [DIR] [--json] [--paths a,b]
       portolan assess [DIR] [options] [--fail-on blocker]
       portolan diff --base REF [DIR] [options] [diff gates]
       portolan comment github|gitlab --base REF [DIR] [options] [diff gates]
                        [--behavior update|new|delete-and-new] [--tag NAME]
       portolan plan --target PROVIDER [DIR] [--entity REF] [--keep a,b]
                     [--format markdown|json|csv] [--config FILE]

  discover   find the cloud services the working tree in DIR (default .) uses
             in Terraform/OpenTofu, Bicep/ARM, CloudFormation/SAM, serverless,
             Kubernetes/Helm/Kustomize and application dependencies
  --json     print the report as JSON instead of a table
  --paths    only these folders of DIR (comma separated), like the
             portolan.dev/discovery-paths annotation

  assess     assess every Component, Resource and System in DIR's catalog
             files, with the services discovered in the tree
  diff       assess the base commit and the working tree and print what changed
  comment    post that diff as one pull/merge request comment, updated in place
             (GITHUB_TOKEN, or GITLAB_TOKEN / CI_JOB_TOKEN, from the environment)
  plan       the exit plan of one entity to a target provider: waves of steps,
             each re-assessed (--keep: services that stay, by decision)

Options:
  --format text|markdown|json   output (default text)
  --config app-config.yaml      the portal's sovereignty.* settings (weights,
                                targets, company services)
  --portal URL                  assess with a portal's POST /assess and knowledge
                                base (its /api/sovereignty URL); token from
                                PORTOLAN_PORTAL_TOKEN
  --catalog a.yaml,b.yaml       these catalog files instead of every
                                catalog-info.yaml (Location targets followed)
  --fail-under SCORE            exit 1 when an entity scores below SCORE
Diff gates:
  --fail-on-new-blocker         exit 1 when the change adds a blocker
  --fail-on-drop POINTS         exit 1 when a score falls by more than POINTS
  --fail-on-grade-drop          exit 1 when an entity's grade falls
Comment:
  --repo owner/name --pr N      GitHub (default GITHUB_REPOSITORY, GITHUB_EVENT_PATH)
  --project ID --mr IID         GitLab (default CI_PROJECT_ID, CI_MERGE_REQUEST_IID)
  --api-url URL                 API base (default GITHUB_API_URL, CI_API_V4_URL)

Exit codes: 0 pass, 1 a gate failed, 2 bad usage or input (or an API error).
`;

const COMMANDS = {
  discover: {
    json: { type: 'boolean', default: false },
    paths: { type: 'string' },
  },
  assess: { ...SOURCE_OPTIONS, 'fail-on': { type: 'string' } },
  diff: DIFF_OPTIONS,
  plan: {
    target: { type: 'string' },
    entity: { type: 'string' },
    keep: { type: 'string' },
    format: { type: 'string', default: 'markdown' },
    config: { type: 'string' },
    catalog: { type: 'string' },
  },
  comment: {
    ...DIFF_OPTIONS,
    behavior: { type: 'string', default: 'update' },
    tag: { type: 'string' },
    repo: { type: 'string' },
    pr: { type: 'string' },
    project: { type: 'string' },
    mr: { type: 'string' },
    'api-url': { type: 'string' },
  },
} as const;

/** Runs one command line; resolves to the exit code (0 pass, 1 gate failed, 2 usage or input error). */
export async function run(
  argv: string[],
  terminal: Output,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  // Names and messages come from the repository: nothing it holds may
  // reach the terminal as an escape sequence. JSON escapes them already.
  const io: Output = {
    out: text => terminal.out(printable(text)),
    err: text => terminal.err(printable(text)),
  };
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return EXIT.pass;
  }
  if (!command || !(command in COMMANDS)) {
    io.err(
      `portolan: ${
        command ? `unknown command ${command}` : 'no command'
      }\n\n${USAGE}`,
    );
    return EXIT.inputError;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        ...COMMANDS[command as keyof typeof COMMANDS],
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`portolan: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.inputError;
  }
  if (parsed.values.help) {
    io.out(USAGE);
    return EXIT.pass;
  }
  const positionals = [...parsed.positionals];
  const platform = command === 'comment' ? positionals.shift() ?? '' : '';
  const [dir = '.', ...extra] = positionals;
  if (extra.length > 0) {
    io.err(`portolan: extra arguments: ${extra.join(' ')}\n\n${USAGE}`);
    return EXIT.inputError;
  }
  const context: Context = { io, env };
  const values = parsed.values as Record<string, any>;
  try {
    switch (command) {
      case 'assess':
        return await assessCommand(dir, values, context);
      case 'diff':
        return await diffCommand(dir, values, context);
      case 'comment':
        return await commentCommand(platform, dir, values, context);
      case 'plan':
        return await planCommand(dir, values, context);
      default:
        return await discover(dir, values, io);
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`portolan: ${error.message}\n`);
      return EXIT.inputError;
    }
    throw error;
  }
}

async function discover(
  dir: string,
  values: { json?: boolean; paths?: string },
  io: Output,
): Promise<number> {
  const root = await readFolder(dir);
  const options = {
    detectors: builtInDetectors,
    lookup: createDiscoveryLookup(),
    paths: values.paths?.split(',') ?? [],
  };
  const report = await scanWorkingTree(root, options);
  io.out(
    values.json
      ? `${JSON.stringify(forJson(report), null, 2)}\n`
      : table(report),
  );
  return EXIT.pass;
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
