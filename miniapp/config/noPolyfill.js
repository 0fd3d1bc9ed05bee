// Stands in for a polyfill the H5 build does not need (config/index.ts, nativeInEveryTarget).
