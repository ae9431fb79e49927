import type { Detector } from '../types';

export const kubernetesDetector: Detector = {
  id: 'kubernetes',
  accepts: () => false,
  detect: () => {},
};
