import type { Detector } from '../types';

export const serverlessDetector: Detector = {
  id: 'serverless',
  accepts: () => false,
  detect: () => {},
};
