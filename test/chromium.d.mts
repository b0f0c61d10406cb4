import type { LaunchOptions } from 'playwright-core';

export declare const chromiumLaunchOptions: LaunchOptions & { executablePath: string; args: string[] };
