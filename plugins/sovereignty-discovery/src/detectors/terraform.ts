import type { Detector } from '../types';

export const terraformDetector: Detector = {
  id: 'terraform',
  accepts: () => false,
  detect: () => {},
};
