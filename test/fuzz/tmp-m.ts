import { createAssessor, knowledgeBase } from '@portolan/plugin-sovereignty-common';
import { mulberry32 } from '../bench/synthetic';
const r = mulberry32(3);
const now = new Date().toISOString();
const ent = (a: any) => ({ apiVersion: 'backstage.io/v1alpha1', kind: 'Component', metadata: { name: `x${Math.floor(r() * 1e9)}`, annotations: a }, spec: {} } as any);
function ids(stem: string, len: number) { let v = ''; for (let i = Math.floor(r() * 1e6); v.length < len; i++) v += stem + i.toString(36) + ', '; return v; }
const assess = createAssessor(knowledgeBase);
const t = performance.now();
for (let k = 0; k < 30; k++) {
  const related = Array.from({ length: 200 }, () => ent({ 'portolan.dev/services': ids('azure:key-vaul', 300) }));
  assess({ entity: ent({ 'portolan.dev/services': 'aws:s3' }), related }, { now });
}
console.log('per assessment', ((performance.now() - t) / 30).toFixed(1));
