/*
 * Assessment engine throughput: assesses synthetic entities with the real
 * knowledge base on one core and prints entities per second and peak memory.
 *   npm run bench:assess [-- <entities>]
 */
import type { Entity } from '@backstage/catalog-model';
import {
  createAssessor,
  knowledgeBase,
} from '@portolan/plugin-sovereignty-common';

const COUNT = Number(process.argv[2] ?? 100_000);
const ROUNDS = 5;

/** Deterministic pseudo-random numbers, so every run assesses the same catalog. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticCatalog(count: number): Entity[] {
  const random = mulberry32(42);
  const pick = <T>(list: readonly T[]) =>
    list[Math.floor(random() * list.length)];
  const services = knowledgeBase.services.map(s => s.id);
  const hostings = knowledgeBase.providers.flatMap(p =>
    p.regions.map(r => `${p.id}:${r.id}`),
  );
  const targets = ['ionos', 'stackit, ovhcloud', 'scaleway', 'ionos, stackit'];
  return Array.from({ length: count }, (_, i) => {
    const used = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
      pick(services),
    );
    if (random() < 0.05) used.push('azure:key-valt'); // a typo now and then
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: `service-${i}`,
        annotations: {
          'portolan.dev/services': used.join(', '),
          'portolan.dev/hosting': pick(hostings),
          'portolan.dev/criticality': pick([
            'standard',
            'important',
            'critical',
          ]),
          'portolan.dev/data-classification': pick([
            'internal',
            'confidential',
          ]),
          'portolan.dev/target-providers': pick(targets),
          ...(random() < 0.3
            ? { 'portolan.dev/exit-plan': 'docs/exit-plan.md' }
            : {}),
        },
      },
      spec: {
        type: 'service',
        owner: 'group:default/team',
        lifecycle: 'production',
      },
    };
  });
}

function main() {
  const catalog = syntheticCatalog(COUNT);
  const assess = createAssessor(knowledgeBase);
  const now = new Date().toISOString();
  let peakRss = process.memoryUsage().rss;
  const rates: number[] = [];
  let checksum = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < catalog.length; i++) {
      checksum += assess({ entity: catalog[i] }, { now }).score;
      if ((i & 8191) === 0)
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(catalog.length / seconds);
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)];
  console.log(`entities:            ${COUNT}`);
  console.log(`rounds:              ${ROUNDS} (single thread)`);
  console.log(
    `entities/s median:   ${Math.round(median).toLocaleString('en-US')}`,
  );
  console.log(
    `entities/s min..max: ${Math.round(rates[0])}..${Math.round(
      rates[rates.length - 1],
    )}`,
  );
  console.log(`peak RSS:            ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
  console.log(`checksum:            ${checksum}`);
}

main();
