import { createAssessor, knowledgeBase } from '@portolan/plugin-sovereignty-common';
const assess = createAssessor(knowledgeBase);
function score(ann: Record<string,string>) {
  return assess({ entity: { apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: 'x', annotations: { 'backstage.io/kubernetes-id': 'x', ...ann } }, spec: { type: 'service', owner: 'g', lifecycle: 'experimental' } } as any }, { now: '2026-07-01T00:00:00Z' });
}
const tools = ['kubernetes:openbao','kubernetes:external-secrets','kubernetes:service-accounts','kubernetes:opentofu'];
for (const [name, svcs, extra] of [
  ['stackit incluster', ['stackit:ske','kubernetes:harbor','kubernetes:cloudnative-pg'], {}],
  ['stackit managed pg + harbor', ['stackit:ske','kubernetes:harbor','stackit:postgres-flex'], {}],
  ['stackit managed all accepted', ['stackit:ske','stackit:container-registry','stackit:postgres-flex'], {'portolan.dev/accepted-dependencies': 'stackit:postgres-flex: managed PostgreSQL chosen, review 2027-06\nstackit:container-registry: x, review 2027-06'}],
  ['stackit ske only', ['stackit:ske'], {}],
  ['hetzner servers+cluster', ['hetzner:cloud-servers','kubernetes:cluster','kubernetes:harbor','kubernetes:cloudnative-pg'], {}],
  ['hetzner cluster only', ['kubernetes:cluster','kubernetes:harbor','kubernetes:cloudnative-pg'], {}],
] as const) for (const t of ['kubernetes', 'kubernetes, ionos','ionos']) {
  const a = score({'portolan.dev/exit-plan': 'docs/exit-plan.md','portolan.dev/data-classification':'confidential','portolan.dev/criticality':'standard','portolan.dev/hosting': name.startsWith('hetzner') ? 'hetzner:fsn1':'stackit:eu01','portolan.dev/target-providers':t,'portolan.dev/services':[...svcs,...tools].join(', '), ...extra});
  console.log(name.padEnd(30), t.padEnd(18), a.score, a.dimensions.map(d => `${d.id}=${d.score}`).join(' '));
}
