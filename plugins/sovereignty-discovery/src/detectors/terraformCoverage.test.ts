import { readFileSync } from 'fs';
import path from 'path';
import { discoveryKnowledge } from '@portolan/plugin-sovereignty-common';
import { createDiscoveryLookup } from '../lookup';

/**
 * The project's evidence list of common hyperscaler types (tier, type),
 * copied unchanged from the shared evidence data so the test runs on any
 * checkout; its header says how it was compiled.
 */
const COMMON_TYPES_FILE = path.resolve(
  __dirname,
  'testdata/common-hyperscaler-terraform-types.txt',
);

/** Share of the list that must map to a service or be neutral: the bar. */
const COVERAGE_THRESHOLD = 0.95;

const lookup = createDiscoveryLookup();

const commonTypes = readFileSync(COMMON_TYPES_FILE, 'utf8')
  .split('\n')
  .map(line => line.trim())
  .filter(line => line !== '' && !line.startsWith('#'))
  .map(line => {
    const [tier, type] = line.split(/\s+/);
    return { tier, type };
  });

describe('Terraform coverage of common hyperscaler types', () => {
  it('maps enough of the shared list to a service or to neutral glue', () => {
    expect(commonTypes.length).toBeGreaterThan(300);
    const unmapped = commonTypes.filter(
      ({ type }) => !lookup.terraformType(type),
    );
    const coverage = 1 - unmapped.length / commonTypes.length;
    // Printed so the figure and the gaps are visible in the test log.
    // eslint-disable-next-line no-console
    console.log(
      `Terraform coverage: ${(coverage * 100).toFixed(1)}% of ${
        commonTypes.length
      } types; unmapped:\n${unmapped
        .map(({ tier, type }) => `${tier} ${type}`)
        .join('\n')}`,
    );
    expect(coverage).toBeGreaterThanOrEqual(COVERAGE_THRESHOLD);
  });

  it('maps every tier A type that an existing service covers', () => {
    const tierA = commonTypes.filter(({ tier }) => tier === 'A');
    const mapped = tierA.filter(({ type }) => lookup.terraformType(type));
    expect(mapped.length / tierA.length).toBeGreaterThanOrEqual(
      COVERAGE_THRESHOLD,
    );
  });
});

describe('Terraform lookup tables', () => {
  const {
    terraformTypes,
    terraformAttributes,
    terraformModules,
    terraformProviders,
  } = discoveryKnowledge;
  const targetsOf = [
    ...terraformTypes.map(rule => ({ key: rule.type, target: rule.target })),
    ...terraformModules.map(rule => ({
      key: rule.source,
      target: rule.target,
    })),
    ...terraformAttributes.flatMap(rule => [
      { key: rule.type, target: rule.fallback },
      ...rule.values.map(value => ({
        key: `${rule.type}=${value.prefix}`,
        target: value.target,
      })),
    ]),
  ];

  it('point at real services or neutral', () => {
    const wrong = targetsOf.filter(
      ({ target }) => target !== 'neutral' && !lookup.isService(target),
    );
    expect(wrong).toEqual([]);
  });

  it('explain every neutral rule', () => {
    const unexplained = [...terraformTypes, ...terraformModules].filter(
      rule => rule.target === 'neutral' && !rule.reason,
    );
    expect(unexplained).toEqual([]);
  });

  it('give every rule a source', () => {
    const rules = [
      ...terraformTypes,
      ...terraformModules,
      ...terraformAttributes,
      ...terraformProviders,
    ];
    expect(rules.filter(rule => rule.sources.length === 0)).toEqual([]);
    const notHttps = rules
      .flatMap(rule => rule.sources)
      .flatMap(source => (source.kind === 'docs' ? [source.url] : []))
      .filter(url => !/^https:\/\/\S+$/.test(url));
    expect(notHttps).toEqual([]);
  });

  it('have one rule per key in each table, so no rule silently shadows another', () => {
    const duplicates = (keys: string[]) =>
      keys.filter((key, i) => keys.indexOf(key) !== i);
    expect(
      duplicates(
        terraformTypes.map(rule => `${rule.match}:${rule.type.toLowerCase()}`),
      ),
    ).toEqual([]);
    expect(
      duplicates(terraformModules.map(rule => rule.source.toLowerCase())),
    ).toEqual([]);
    expect(
      duplicates(terraformAttributes.map(rule => rule.type.toLowerCase())),
    ).toEqual([]);
    expect(duplicates(terraformProviders.map(rule => rule.name))).toEqual([]);
  });

  it('name known cloud providers by the prefixes of their types', () => {
    for (const type of [
      'aws_x',
      'azurerm_x',
      'azuread_x',
      'google_x',
      'ionoscloud_x',
      'stackit_x',
      'ovh_x',
      'scaleway_x',
      'opentelekomcloud_x',
      'hcloud_x',
    ]) {
      expect(lookup.terraformProviderOfType(type)).toBeDefined();
    }
    for (const type of [
      'kubernetes_deployment',
      'helm_release',
      'github_repository',
      'random_id',
    ]) {
      expect(lookup.terraformProviderOfType(type)).toBeUndefined();
    }
  });
});
