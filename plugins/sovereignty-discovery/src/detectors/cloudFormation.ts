import type { Detector } from '../types';

export const cloudFormationDetector: Detector = {
  id: 'cloudFormation',
  accepts: () => false,
  detect: () => {},
};
