import type { Detector } from '../types';

export const dependenciesDetector: Detector = {
  id: 'dependencies',
  accepts: () => false,
  detect: () => {},
};
