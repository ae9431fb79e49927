// Validates Kubernetes objects against the Kubernetes OpenAPI schemas with
// kubernetes-models. kubernetes-models ships ES modules only, which jest's
// CommonJS runtime cannot load, so the tests run this file in a child Node
// process: JSON array of objects on stdin, JSON array of problems on stdout.
import { readFileSync } from 'node:fs';
import { Service, ServiceAccount } from 'kubernetes-models/v1';
import { Deployment, StatefulSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { CronJob } from 'kubernetes-models/batch/v1';

const MODELS = [
  Service,
  ServiceAccount,
  Deployment,
  StatefulSet,
  HorizontalPodAutoscaler,
  PodDisruptionBudget,
  Ingress,
  NetworkPolicy,
  CronJob,
];
const byType = new Map(MODELS.map(m => [`${m.apiVersion}/${m.kind}`, m]));

const objects = JSON.parse(readFileSync(0, 'utf8'));
const problems = [];
for (const object of objects) {
  const Model = byType.get(`${object.apiVersion}/${object.kind}`);
  const name = `${object.kind}/${object.metadata?.name}`;
  if (!Model) {
    problems.push({
      object: name,
      error: 'no Kubernetes schema for this kind',
    });
    continue;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    problems.push({ object: name, error: String(error.message ?? error) });
  }
}
process.stdout.write(JSON.stringify(problems));
