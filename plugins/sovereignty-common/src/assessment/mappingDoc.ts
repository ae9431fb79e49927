import {
  HYPERSCALER_IDS,
  TARGET_PROVIDER_IDS,
  type CloudService,
  type Fit,
  type KnowledgeBase,
  type Source,
} from '@portolan/plugin-sovereignty-knowledge';
import { createKnowledgeIndex } from './knowledgeIndex';
import { mapServiceToTarget, TARGET_NAMES } from './mapping';
import { MODEL_VERSION } from './model';
import type { MappingTarget } from './types';

/*
 * The knowledge base as reviewers and adopters read it: the engine's answer
 * for every hyperscaler service at every target, generated from the same
 * code the portal runs, so the document cannot drift from the engine (a
 * test regenerates it and fails when the committed copy differs).
 */

/** Where the generated document lives, relative to the repository root. */
export const MAPPING_DOC_PATH = 'docs/knowledge-base.md';
/** The command that regenerates it. */
export const MAPPING_DOC_COMMAND = 'npm run kb:doc';

/** Pages that are a site's entry point although their path has two segments. */
const KNOWN_ROOTS = new Set([
  'www.ovhcloud.com/en/public-cloud',
  'www.scaleway.com/en/docs',
  'docs.ionos.com/cloud',
  'docs.stackit.cloud/products',
]);

/** A URL is a documentation root when it names no page below the site's entry. */
export function isDocumentationRoot(url: string): boolean {
  const { host, pathname } = new URL(url);
  const segments = pathname.split('/').filter(Boolean);
  return segments.length <= 1 || KNOWN_ROOTS.has([host, ...segments].join('/'));
}

const REGISTRY = 'https://registry.terraform.io/providers';

/** A source as a link: its URL, or the registry page of its Terraform type. */
function sourceLink(source: Source): { title: string; url?: string } {
  switch (source.kind) {
    case 'terraform': {
      const type = source.resourceType.slice(
        source.resourceType.indexOf('_') + 1,
      );
      return {
        title: `Terraform ${source.resourceType}`,
        url: `${REGISTRY}/${source.provider}/latest/docs/resources/${type}`,
      };
    }
    case 'regulation':
      return { title: source.title, url: source.url };
    default:
      return { title: source.title, url: source.url };
  }
}

/** Table cells hold one line and no column separators. */
const cell = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** The first source with a link, preferring a specific page over a root. */
function bestSource(sources: Source[]): string {
  const links = sources.map(sourceLink);
  const linked = links.filter(l => l.url);
  const specific = linked.find(l => !isDocumentationRoot(l.url!));
  const chosen = specific ?? linked[0];
  if (chosen) return `[${cell(chosen.title)}](${chosen.url})`;
  return links[0] ? cell(links[0].title) : '—';
}

const FITS: Fit[] = ['direct', 'partial', 're-architect', 'none'];

function counts(kb: KnowledgeBase): string[] {
  const byKind = (kind: string) =>
    kb.services.filter(
      s => kb.providers.find(p => p.id === s.provider)?.kind === kind,
    ).length;
  const urls = new Set<string>();
  const everySource = [
    ...kb.providers.flatMap(p => [
      ...p.sources,
      ...(p.sovereignVariants ?? []).flatMap(v => v.sources),
    ]),
    ...kb.services.flatMap(s => s.sources),
    ...kb.equivalents.flatMap(e => e.sources),
    ...kb.overrides.flatMap(o => o.sources),
    ...kb.gapFillers.flatMap(g => g.sources),
    ...kb.checklist.flatMap(c => c.sources),
  ];
  // Documentation pages only: a Terraform type always links its own
  // registry page, which proves the type, not the claim.
  const docUrl = (source: Source) =>
    source.kind === 'terraform' ? undefined : source.url;
  for (const source of everySource) {
    const url = docUrl(source);
    if (url) urls.add(url);
  }
  const roots = [...urls].filter(isDocumentationRoot).length;
  const citesPage = (service: CloudService) =>
    service.sources.some(s => {
      const url = docUrl(s);
      return !!url && !isDocumentationRoot(url);
    });
  const scoped = kb.overrides.filter(o => o.system).length;
  return [
    '| What | Count |',
    '| --- | ---: |',
    `| Services | ${kb.services.length} (hyperscaler ${byKind(
      'hyperscaler',
    )}, EU cloud ${byKind('eu-cloud')}, self-operated ${byKind(
      'self-operated',
    )}) |`,
    `| Equivalents (category at a target) | ${kb.equivalents.length} |`,
    `| Categories | ${kb.categories.length} |`,
    `| Gap fillers | ${kb.gapFillers.length} |`,
    `| Overrides | ${
      kb.overrides.length - scoped
    } for everyone, ${scoped} as one system's evidence |`,
    `| Services whose documentation sources include a specific page (not only a documentation root) | ${
      kb.services.filter(citesPage).length
    } of ${kb.services.length} |`,
    `| Distinct documentation URLs | ${urls.size}: ${
      urls.size - roots
    } specific pages, ${roots} documentation roots |`,
  ];
}

function fitSummary(
  rows: Array<{ target: string; mapping: MappingTarget }>,
): string[] {
  const lines = [
    `| Target | ${FITS.join(' | ')} |`,
    `| --- | ${FITS.map(() => '---:').join(' | ')} |`,
  ];
  for (const target of TARGET_PROVIDER_IDS) {
    const mine = rows.filter(r => r.target === target);
    lines.push(
      `| ${TARGET_NAMES[target]} | ${FITS.map(
        fit => mine.filter(r => r.mapping.fit === fit).length,
      ).join(' | ')} |`,
    );
  }
  return lines;
}

/** The whole document, deterministic for one knowledge base and engine. */
export function renderMappingDocument(kb: KnowledgeBase): string {
  const index = createKnowledgeIndex(kb);
  const hyperscalers = kb.providers.filter(p =>
    (HYPERSCALER_IDS as readonly string[]).includes(p.id),
  );
  const all: Array<{ target: string; mapping: MappingTarget }> = [];
  const sections: string[] = [];
  for (const provider of hyperscalers) {
    sections.push(`## ${provider.name}`, '');
    const services = kb.services.filter(s => s.provider === provider.id);
    for (const service of services) {
      const category = index.category(service.category);
      const speaks = [...service.interfaces, ...(service.formats ?? [])];
      sections.push(
        `### ${cell(service.name)} (\`${service.id}\`)`,
        '',
        `${category?.name ?? service.category}; ${
          speaks.length ? `speaks ${speaks.join(', ')}` : 'proprietary API only'
        }.`,
        '',
        '| Target | Offering | Fit | Effort | Gap filler | Why | Source |',
        '| --- | --- | --- | --- | --- | --- | --- |',
      );
      for (const target of TARGET_PROVIDER_IDS) {
        const mapping = mapServiceToTarget(index, service, target);
        all.push({ target, mapping });
        sections.push(
          `| ${TARGET_NAMES[target]} | ${cell(mapping.offering)} | ${
            mapping.fit
          } | ${mapping.fit === 'none' ? '—' : mapping.effort} | ${
            mapping.gapFiller ? cell(mapping.gapFiller.name) : '—'
          } | ${cell(mapping.notes)} | ${bestSource(mapping.sources)} |`,
        );
      }
      sections.push('');
    }
  }
  const evidence = kb.overrides.filter(o => o.system);
  const systems = [...new Set(evidence.map(o => o.system!))];
  const evidenceSection = systems.flatMap(system => [
    `## Evidence for \`${system}\` only`,
    '',
    'What this system\u2019s own migration found; it applies when assessing the system and its parts, and rates no one else\u2019s services.',
    '',
    '| Service | Target | Offering | Fit | Effort | Why | Source |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...evidence
      .filter(o => o.system === system)
      .map(o => {
        const service = index.service(o.service);
        const mapping = service
          ? mapServiceToTarget(index, service, o.provider, system)
          : undefined;
        return mapping
          ? `| \`${o.service}\` | ${TARGET_NAMES[o.provider]} | ${cell(
              mapping.offering,
            )} | ${mapping.fit} | ${
              mapping.fit === 'none' ? '\u2014' : mapping.effort
            } | ${cell(mapping.notes)} | ${bestSource(mapping.sources)} |`
          : `| \`${o.service}\` | ${
              TARGET_NAMES[o.provider]
            } | unknown service | | | | |`;
      }),
    '',
  ]);
  return [
    '# Knowledge base: where every hyperscaler service goes',
    '',
    `<!-- Generated from plugins/sovereignty-common by \`${MAPPING_DOC_COMMAND}\`; do not edit by hand. A test fails when this file is stale. -->`,
    '',
    `Knowledge base ${kb.version}, assessment model ${MODEL_VERSION}. Each row is the engine's answer for a service that is declared without further context: the offering at the target, the fit (direct: the client code keeps working; partial: it mostly does, the platform around it is rebuilt; re-architect: the design changes; none: no path at all), the effort (S, M, L, XL), the open-source gap filler where the team runs the replacement itself, the reason and its source.`,
    '',
    systems.length
      ? `One system's own migration evidence (${systems
          .map(s => `\`${s}\``)
          .join(
            ', ',
          )}) applies to that system and its parts only; it is listed at the end, not in the rows.`
      : '',
    '',
    '## Counts',
    '',
    ...counts(kb),
    '',
    '## Fits per target',
    '',
    ...fitSummary(all),
    '',
    ...sections,
    ...evidenceSection,
  ].join('\n');
}
