/*
 * Exit planner cost: plans synthetic Systems (parts x services per part,
 * hyperscaler services) to IONOS with the real knowledge base, and prints
 * the median time of planExit and, for planExitInSlices as the backend runs
 * it, the longest the event loop was held.
 *   node --require @backstage/cli-node/config/nodeTransform.cjs test/bench/plan.bench.ts
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Entity } from '@backstage/catalog-model';
import {
  knowledgeBase,
  planExit,
  planExitInSlices,
} from '@portolan/plugin-sovereignty-common';

const ROUNDS = 5;
const SIZES: Array<[number, number]> = [
  [3, 4],
  [10, 5],
  [50, 5],
  [200, 20],
];
const NOW = new Date().toISOString();
const pool = knowledgeBase.services
  .filter(s => ['azure', 'aws', 'gcp'].includes(s.provider))
  .map(s => s.id);

function system(parts: number, perPart: number) {
  const related: Entity[] = Array.from({ length: parts }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: `part-${i}`,
      annotations: {
        'portolan.dev/services': Array.from(
          { length: perPart },
          (_, j) => pool[(i * 7 + j * 13) % pool.length],
        ).join(', '),
      },
    },
    spec: { type: 'service', owner: 'group:default/team' },
  }));
  const entity: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: {
      name: 'synthetic',
      annotations: { 'portolan.dev/hosting': 'azure:westeurope' },
    },
    spec: { owner: 'group:default/team' },
  };
  return { entity, related };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  for (const [parts, perPart] of SIZES) {
    const input = system(parts, perPart);
    const times: number[] = [];
    let plan;
    for (let round = 0; round < ROUNDS; round++) {
      const start = process.hrtime.bigint();
      plan = planExit(knowledgeBase, input, { target: 'ionos' }, { now: NOW });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    await planExitInSlices(
      knowledgeBase,
      input,
      { target: 'ionos' },
      { now: NOW },
    );
    delay.disable();
    console.log(
      `${parts} parts x ${perPart} services: ${
        plan!.totals.moves + plan!.totals.kept
      } services, ${plan!.totals.steps} steps; planExit median ${median(
        times,
      ).toFixed(1)} ms; sliced: event loop held at most ${(
        delay.max / 1e6
      ).toFixed(1)} ms`,
    );
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
