import type { KubernetesSignalRule } from './types';

export const kubernetesSignals: KubernetesSignalRule[] = [];
