/**
 * `true` in the development build (dist/), the one Node and every bundler outside production load; `false` in
 * dist/production/, which bundlers pick through the `production` export condition. Replaced at build time.
 */
declare const __DEV__: boolean;
