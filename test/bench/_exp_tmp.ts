import { createAssessor, knowledgeBase } from '@portolan/plugin-sovereignty-common';
const assess = createAssessor(knowledgeBase);
function score(ann: Record<string,string>) {
  return assess({ entity: { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'x', annotations: { 'backstage.io/kubernetes-id': 'x', ...ann } }, spec: { type: 'service', owner: 'g', lifecycle: 'experimental' } } as any }, { now: '2026-07-01T00:00:00Z' });
}
const oss = {pg:'kubernetes:cloudnative-pg',cache:'kubernetes:valkey',queue:'kubernetes:rabbitmq'};
const cfg: Record<string, [string, string[], Record<string,string>]> = {
  stackit: ['stackit:eu01', ['stackit:ske','stackit:container-registry'], {...oss, obj:'stackit:object-storage'}],
  stackitH: ['stackit:eu01', ['stackit:ske','kubernetes:harbor'], {...oss, obj:'stackit:object-storage'}],
  ionos: ['ionos:de/fra', ['ionos:managed-kubernetes','ionos:container-registry'], {...oss,obj:'ionos:object-storage'}],
  ovhcloud: ['ovhcloud:gra', ['ovhcloud:managed-kubernetes','ovhcloud:managed-private-registry'], {...oss,obj:'ovhcloud:object-storage'}],
  scaleway: ['scaleway:fr-par', ['scaleway:kapsule','scaleway:container-registry'], {...oss,obj:'scaleway:object-storage'}],
  otc: ['otc:eu-de', ['otc:cce','otc:swr'], {...oss,obj:'otc:obs'}],
  hetzner: ['hetzner:fsn1', ['kubernetes:cluster','kubernetes:harbor'], {...oss,obj:'hetzner:object-storage'}],
  kubernetes: ['self-hosted:de', ['kubernetes:cluster','kubernetes:harbor'], {...oss,obj:'kubernetes:garage'}],
};
const tools = process.argv[2].split(',');
const targets = process.argv[3];
const subsets = [[],['pg'],['pg','cache'],['pg','obj'],['pg','cache','obj','queue'],['obj'],['queue']];
for (const [p,[host,core,needs]] of Object.entries(cfg)) {
  console.log(p.padEnd(11), subsets.map(s => { const a = score({'portolan.dev/exit-plan': 'docs/exit-plan.md','portolan.dev/data-classification':'confidential','portolan.dev/criticality':'standard','portolan.dev/hosting':host,'portolan.dev/target-providers':targets,'portolan.dev/services':[...core,...s.map(k=>needs[k]),...tools].join(', ')}); return `${s.join('+')||'-'}=${a.score}`;}).join(' '));
}
