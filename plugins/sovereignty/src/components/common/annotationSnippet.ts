import {
  ANNOTATIONS,
  CRITICALITIES,
  DATA_CLASSIFICATIONS,
  DISCOVERY_ANNOTATIONS,
  type CategoryId,
  type KnowledgeBase,
} from '@portolan/plugin-sovereignty-common';

/** The categories nearly every service has, so the example looks familiar. */
const EXAMPLE_CATEGORIES: CategoryId[] = [
  'container-platform',
  'postgresql',
  'secrets',
];

/**
 * A catalog-info.yaml fragment with every `portolan.dev/*` annotation people
 * write (discovery's steering keys commented out: most entities need none),
 * its example values and allowed values taken from the knowledge base, so
 * the hint never names a provider or service the backend does not know.
 */
export function annotationSnippet(kb: KnowledgeBase): string {
  const hyperscaler = kb.providers.find(p => p.kind === 'hyperscaler');
  const targets = kb.providers.filter(p => p.kind !== 'hyperscaler');
  const services = EXAMPLE_CATEGORIES.flatMap(category => {
    const service = kb.services.find(
      s => s.provider === hyperscaler?.id && s.category === category,
    );
    return service ? [service.id] : [];
  });
  const region = hyperscaler?.regions[0];
  const exitPlanItem = kb.checklist.find(
    item => item.autoCheck === 'exit-plan-linked',
  );
  const lines = [
    'metadata:',
    '  annotations:',
    `    # provider:product ids; ${kb.services.length} known, e.g. ${
      services[0] ?? 'aws:s3'
    }`,
    `    ${ANNOTATIONS.services}: ${services.join(', ')}`,
    `    # provider:region, e.g. ${targets[0]?.id}:${
      targets[0]?.regions[0]?.id ?? 'de'
    } or self-hosted:de`,
    `    ${ANNOTATIONS.hosting}: ${hyperscaler?.id}:${
      region?.id ?? 'westeurope'
    }`,
    `    # ${DATA_CLASSIFICATIONS.join(', ')}`,
    `    ${ANNOTATIONS.dataClassification}: internal`,
    `    # ${CRITICALITIES.join(', ')} (DORA)`,
    `    ${ANNOTATIONS.criticality}: important`,
    `    # ${targets.map(p => p.id).join(', ')}`,
    `    ${ANNOTATIONS.targetProviders}: ${targets
      .slice(0, 2)
      .map(p => p.id)
      .join(', ')}`,
    `    # one per line: service: reason, review YYYY-MM`,
    `    # ${ANNOTATIONS.acceptedDependencies}: |`,
    `    #   ${
      services[2] ?? services[0]
    }: decided with security, review 2027-06`,
    `    # a repository path or URL${
      exitPlanItem ? `; it checks off "${exitPlanItem.title}"` : ''
    }`,
    `    ${ANNOTATIONS.exitPlan}: docs/exit-plan.md`,
    `    # discovery reads the repository at backstage.io/source-location;`,
    `    # in a monorepo, name the folders that belong to this entity`,
    `    # ${DISCOVERY_ANNOTATIONS.discoveryPaths}: services/orders, infra/orders`,
    `    # a discovered service that is a false positive, with the reason`,
    `    # ${DISCOVERY_ANNOTATIONS.ignoreServices}: ${
      services[2] ?? services[0]
    }: only the sample under docs/`,
  ];
  return `${lines.join('\n')}\n`;
}
