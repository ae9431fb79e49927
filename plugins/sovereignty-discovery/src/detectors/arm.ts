import type { Detector } from '../types';

export const armDetector: Detector = {
  id: 'arm',
  accepts: () => false,
  detect: () => {},
};
