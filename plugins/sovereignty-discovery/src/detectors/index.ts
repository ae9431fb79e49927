import type { Detector } from '../types';
import { terraformDetector } from './terraform';
import { armDetector } from './arm';
import { cloudFormationDetector } from './cloudFormation';
import { serverlessDetector } from './serverless';
import { kubernetesDetector } from './kubernetes';
import { dependenciesDetector } from './dependencies';
import { pipelinesDetector } from './pipelines';

export {
  terraformDetector,
  armDetector,
  cloudFormationDetector,
  serverlessDetector,
  kubernetesDetector,
  dependenciesDetector,
  pipelinesDetector,
};

/** The detectors Portolan ships; adopters add theirs through the extension point. @public */
export const builtInDetectors: Detector[] = [
  terraformDetector,
  armDetector,
  cloudFormationDetector,
  serverlessDetector,
  kubernetesDetector,
  dependenciesDetector,
  pipelinesDetector,
];
