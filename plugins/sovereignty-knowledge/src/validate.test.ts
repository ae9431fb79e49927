import { knowledgeBase } from './index';
import {
  KnowledgeValidationError,
  knowledgeReferences,
  validateChecklistItem,
  validateEquivalent,
  validateKnowledgeBase,
  validateProvider,
  validateService,
  validateSource,
} from './validate';

const refs = knowledgeReferences(knowledgeBase);
const page = {
  kind: 'docs',
  title: 'ACME event bus',
  url: 'https://wiki.example.com/acme-bus',
};
const service = {
  id: 'kubernetes:acme-bus',
  provider: 'kubernetes',
  name: 'ACME event bus',
  category: 'queue',
  model: 'PaaS',
  interfaces: ['amqp-0-9-1'],
  terraformResources: [],
  sources: [page],
};
const equivalent = {
  category: 'queue',
  provider: 'stackit',
  offering: 'ACME bus on SKE',
  fit: 'partial',
  effort: 'M',
  interfaces: ['amqp-0-9-1'],
  terraformResources: ['stackit_ske_cluster'],
  notes: 'Runs on the company platform team’s SKE clusters.',
  sources: [page],
};
const AT = 'sovereignty.knowledgeBase.services[0] (kubernetes:acme-bus)';

describe('knowledge validation', () => {
  it('passes the built-in knowledge base with the rules adopters get', () => {
    expect(validateKnowledgeBase(knowledgeBase)).toEqual([]);
  });

  it('accepts a complete service and equivalent', () => {
    expect(validateService(service, AT, refs)).toEqual([]);
    expect(validateEquivalent(equivalent, 'equivalents[0]', refs)).toEqual([]);
  });

  it('names the entry and the field of every problem in a service', () => {
    expect(
      validateService(
        {
          ...service,
          id: 'kubernetes:Acme Bus',
          category: 'queues',
          model: 'FaaS',
          interfaces: ['amqp'],
          aliases: ['Acme'],
          preferredGapFiller: 'nope',
          sources: [],
        },
        AT,
        refs,
      ),
    ).toEqual([
      `${AT}.id: "kubernetes:Acme Bus" must be provider:product-in-kebab-case with provider one of azure, aws, gcp, ionos, stackit, ovhcloud, scaleway, otc, hetzner, kubernetes`,
      expect.stringMatching(
        /^sovereignty\.knowledgeBase\.services\[0\] \(kubernetes:acme-bus\)\.category: "queues" is not a category; use one of compute, /,
      ),
      `${AT}.model: "FaaS" is not allowed; use one of IaaS, PaaS, SaaS`,
      expect.stringMatching(
        /\.interfaces\[0\]: "amqp" is not an open interface; use one of kubernetes, /,
      ),
      `${AT}.aliases[0]: "Acme" must be lower kebab case`,
      `${AT}.preferredGapFiller: "nope" is not a gap filler of the knowledge base`,
      `${AT}.sources: must name at least one source that proves the entry`,
    ]);
  });

  it('holds the provider prefix to the id and Terraform types to the provider', () => {
    expect(
      validateService(
        {
          ...service,
          id: 'azure:acme-ledger',
          provider: 'aws',
          terraformResources: ['azurerm_acme', 'Not A Type'],
        },
        'services[0]',
        refs,
      ),
    ).toEqual([
      'services[0].provider: must be "azure", the prefix of the id',
      'services[0].terraformResources[0]: "azurerm_acme" lacks the aws prefix (aws_)',
      'services[0].terraformResources[1]: "Not A Type" is not a Terraform resource type',
    ]);
    expect(
      validateService(
        { ...service, terraformResources: ['helm_release'] },
        'services[0]',
        refs,
      ),
    ).toEqual([
      'services[0].terraformResources[0]: kubernetes entries claim no Terraform provider types',
    ]);
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    expect(
      validateEquivalent(
        { ...equivalent, offerring: 'ACME bus' },
        'equivalents[0]',
        refs,
      ),
    ).toEqual([
      'equivalents[0].offerring: is not a field of this entry; use category, provider, offering, fit, effort, interfaces, formats, terraformResources, notes, sources',
    ]);
  });

  it('refuses sources that are not http(s) or incomplete', () => {
    expect(
      validateSource(
        // eslint-disable-next-line no-script-url -- the test proves a javascript: URL is refused
        { kind: 'docs', title: 'x', url: 'javascript:alert(1)' },
        's',
      ),
    ).toEqual(['s.url: "javascript:alert(1)" is not an http(s) URL']);
    expect(validateSource({ kind: 'docs', title: 'x' }, 's')).toEqual([
      's.url: a missing value is not an http(s) URL',
    ]);
    expect(validateSource({ kind: 'wiki' }, 's')).toEqual([
      's.kind: "wiki" is not allowed; use one of docs, terraform, regulation, report',
    ]);
    expect(validateSource('https://example.com', 's')).toEqual([
      's: must be an object, got "https://example.com"',
    ]);
    expect(
      validateSource(
        { kind: 'regulation', title: 'DORA', reference: 'Art. 28' },
        's',
      ),
    ).toEqual([]);
  });

  it('checks an equivalent against target providers, fits and efforts', () => {
    expect(
      validateEquivalent(
        {
          ...equivalent,
          provider: 'azure',
          fit: 'great',
          effort: 'XXL',
          notes: '',
          terraformResources: ['stackit_ske_cluster'],
        },
        'equivalents[0]',
        refs,
      ),
    ).toEqual([
      'equivalents[0].provider: "azure" is not allowed; use one of ionos, stackit, ovhcloud, scaleway, otc, hetzner, kubernetes',
      'equivalents[0].fit: "great" is not allowed; use one of direct, partial, re-architect, none',
      'equivalents[0].effort: "XXL" is not allowed; use one of S, M, L, XL',
      'equivalents[0].terraformResources[0]: "stackit_ske_cluster" lacks the azure prefix (azurerm_ or azuread_)',
      'equivalents[0].notes: must be a non-empty string',
    ]);
  });

  it('checks providers, their regions and sovereign variants', () => {
    const ionos = knowledgeBase.providers.find(p => p.id === 'ionos')!;
    expect(validateProvider(ionos, 'providers[0]')).toEqual([]);
    expect(
      validateProvider(
        {
          ...ionos,
          headquarters: 'Germany',
          regions: [
            { id: 'DE/FRA', country: 'DE' },
            { id: 'de/txl', country: 'de' },
          ],
          sovereignVariants: [
            {
              name: 'x',
              rationale: 'y',
              jurisdictionLevel: 5,
              regions: ['us/las'],
              sources: [page],
            },
          ],
        },
        'providers[0]',
      ),
    ).toEqual([
      'providers[0].headquarters: must be an ISO 3166-1 alpha-2 country code such as DE',
      'providers[0].regions[0].id: "DE/FRA" must be lower case',
      'providers[0].regions[1].country: must be an ISO 3166-1 alpha-2 country code such as DE',
      'providers[0].sovereignVariants[0].jurisdictionLevel: must be a whole number from 0 to 4',
      `providers[0].sovereignVariants[0].regions[0]: "us/las" is not one of the provider's regions`,
    ]);
  });

  it('checks checklist items', () => {
    expect(
      validateChecklistItem(
        {
          id: 'Vendor Review',
          title: 'Vendor review',
          description: '',
          requiredFrom: 'always',
          autoCheck: 'vibes',
          retestIntervalDays: 0.5,
          dimension: 'moral',
          sources: [page],
        },
        'checklist[0]',
      ),
    ).toEqual([
      'checklist[0].id: "Vendor Review" must be kebab case',
      'checklist[0].description: must be a non-empty string',
      'checklist[0].requiredFrom: "always" is not allowed; use one of standard, important, critical',
      expect.stringMatching(
        /^checklist\[0\]\.autoCheck: "vibes" is not allowed; use one of criticality-declared, /,
      ),
      'checklist[0].retestIntervalDays: must be a whole number of days above 0',
      'checklist[0].dimension: "moral" is not allowed; use one of strategic, legal, data, operational, supply-chain, technology, security',
    ]);
  });

  it('finds duplicates and broken references in a whole knowledge base', () => {
    const [first] = knowledgeBase.services;
    const problems = validateKnowledgeBase({
      ...knowledgeBase,
      services: [...knowledgeBase.services, first],
      overrides: [
        {
          ...knowledgeBase.overrides[0],
          service: 'azure:nothing-like-it',
        },
      ],
    });
    expect(problems).toEqual([
      'overrides[0] (azure:nothing-like-it@' +
        `${knowledgeBase.overrides[0].provider}).service: "azure:nothing-like-it" is not a service`,
      `services[${knowledgeBase.services.length}] (${first.id}): is listed twice (also at [0])`,
    ]);
  });

  it('lists every problem in the error it throws', () => {
    const error = new KnowledgeValidationError('Refused', ['a: b', 'c: d']);
    expect(error.message).toBe('Refused:\n  - a: b\n  - c: d');
    expect(error.problems).toEqual(['a: b', 'c: d']);
  });
});
