import { knowledgeBase } from '@portolan/plugin-sovereignty-knowledge';
import type { Source } from '@portolan/plugin-sovereignty-knowledge';
import { EU_TERRAFORM } from '@portolan/plugin-sovereignty-knowledge';
import { isDocumentationRoot } from '../assessment/mappingDoc';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Sources must prove the fact they are attached to. A provider's
 * documentation root proves nothing about one product, so their number may
 * only go down: lower the ratchet when you replace one, never raise it.
 */

const kb = knowledgeBase;
const entries: Array<{ where: string; sources: Source[] }> = [
  ...kb.providers.map(p => ({ where: `provider ${p.id}`, sources: p.sources })),
  ...kb.providers.flatMap(p =>
    (p.sovereignVariants ?? []).map(v => ({
      where: `variant ${v.name}`,
      sources: v.sources,
    })),
  ),
  ...kb.services.map(s => ({ where: `service ${s.id}`, sources: s.sources })),
  ...kb.equivalents.map(e => ({
    where: `equivalent ${e.category}@${e.provider}`,
    sources: e.sources,
  })),
  ...kb.overrides.map(o => ({
    where: `override ${o.service}@${o.provider}`,
    sources: o.sources,
  })),
  ...kb.gapFillers.map(g => ({
    where: `gap filler ${g.id}`,
    sources: g.sources,
  })),
  ...kb.checklist.map(c => ({
    where: `checklist ${c.id}`,
    sources: c.sources,
  })),
];
const cited = entries.flatMap(({ where, sources }) =>
  sources.map(source => ({ where, source })),
);
const urlOf = (source: Source): string | undefined =>
  source.kind === 'terraform' ? undefined : source.url;
const withUrl = cited.flatMap(({ where, source }) => {
  const url = urlOf(source);
  return url ? [{ where, url }] : [];
});
const euServices = kb.services.filter(s =>
  Object.keys(EU_TERRAFORM).includes(s.provider),
);

// The ratchet: the most root-only citations the knowledge base may hold
// (December 2026: open-source projects' home pages, hyperscaler product
// roots and operators' home pages; no EU service among them).
const MAX_ROOT_CITATIONS = 128;

describe('knowledge base sources', () => {
  it('recognises documentation roots', () => {
    expect(isDocumentationRoot('https://docs.hetzner.com/')).toBe(true);
    expect(isDocumentationRoot('https://docs.hetzner.com/cloud/')).toBe(true);
    expect(
      isDocumentationRoot('https://www.ovhcloud.com/en/public-cloud/'),
    ).toBe(true);
    expect(
      isDocumentationRoot(
        'https://docs.ionos.com/cloud/databases/postgresql/overview',
      ),
    ).toBe(false);
    expect(
      isDocumentationRoot('https://docs.hetzner.cloud/reference/cloud#zones'),
    ).toBe(false);
  });

  it('gives every source an http(s) URL or a Terraform resource type', () => {
    const unlinked = cited.filter(
      ({ source }) =>
        source.kind !== 'terraform' &&
        source.kind !== 'report' &&
        !urlOf(source),
    );
    expect(
      unlinked.map(u => `${u.where}: ${JSON.stringify(u.source)}`),
    ).toEqual([]);
    const notHttp = withUrl.filter(({ url }) => !/^https?:\/\/\S+$/.test(url));
    expect(notHttp).toEqual([]);
  });

  it('cites no more documentation roots than the ratchet allows', () => {
    const roots = withUrl.filter(({ url }) => isDocumentationRoot(url));
    // Listed so a failure names what to fix.
    expect(roots.length <= MAX_ROOT_CITATIONS ? [] : roots).toEqual([]);
  });

  it('gives every EU service a page beyond its provider documentation root', () => {
    const rootOnly = euServices.filter(service => {
      const pages = service.sources.flatMap(s => {
        const url = urlOf(s);
        return url && !isDocumentationRoot(url) ? [url] : [];
      });
      return pages.length === 0;
    });
    expect(rootOnly.map(service => service.id)).toEqual([]);
  });

  it('links Terraform registry pages only for types the provider registers', () => {
    const registryPage =
      /^https:\/\/registry\.terraform\.io\/providers\/([^/]+\/[^/]+)\/latest\/docs\/(resources|data-sources)\/([a-z0-9_]+)$/;
    const lists = join(
      __dirname,
      '../../../scaffolder-backend-module-sovereignty/src/__testUtils__/terraform-resources',
    );
    const registered = (file: string) =>
      new Set(
        readFileSync(join(lists, file), 'utf8')
          .split('\n')
          .map(line => line.trim())
          .filter(Boolean),
      );
    const byAddress = new Map(
      Object.values(EU_TERRAFORM).map(({ prefix, address }) => {
        const list = prefix.slice(0, -1);
        return [
          address,
          {
            resources: registered(`${list}.txt`),
            'data-sources': registered(`${list}.data.txt`),
          },
        ];
      }),
    );
    const pages = withUrl.flatMap(({ where, url }) => {
      const match = registryPage.exec(url);
      return match && byAddress.has(match[1])
        ? [
            {
              where,
              address: match[1],
              kind: match[2] as 'resources' | 'data-sources',
              type: match[3],
            },
          ]
        : [];
    });
    expect(pages.length).toBeGreaterThan(100);
    const unknown = pages.filter(
      page => !byAddress.get(page.address)![page.kind].has(page.type),
    );
    expect(unknown).toEqual([]);
  });

  it('gives every regulation and framework a specific URL', () => {
    const normative = cited.filter(
      ({ source }) =>
        source.kind === 'regulation' ||
        (source.kind === 'report' && /Framework/.test(source.title)),
    );
    expect(normative.length).toBeGreaterThan(10);
    const missing = normative.filter(({ source }) => {
      const url = urlOf(source);
      return !url || isDocumentationRoot(url);
    });
    expect(missing.map(m => `${m.where}: ${JSON.stringify(m.source)}`)).toEqual(
      [],
    );
  });
});
