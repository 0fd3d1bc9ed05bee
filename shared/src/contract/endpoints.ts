/**
 * Every endpoint as its own export, for code that needs one of them: a Lambda imports
 * `* as api` from here, and its bundle keeps only its own endpoint and the schemas that
 * endpoint names (endpoint() is free of side effects, `sideEffects: false` on the package),
 * where `api` from the package's index holds them all. Zod builds each schema when its
 * module loads, so that is the cold start the others would cost.
 */
export * from './adminEndpoints';
export * from './authEndpoints';
export * from './eventEndpoints';
export * from './outreachRecordEndpoints';
export * from './publicEndpoints';
export * from './reportEndpoints';
