import type { SdkPackageRule } from './types';

export const sdkPackages: SdkPackageRule[] = [];
