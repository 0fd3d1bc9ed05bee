/**
 * Every endpoint as its own export, for code that needs one of them: a Lambda imports
 * `* as api` from here, and its bundle keeps only its own endpoint and the schemas that
 * endpoint names (each entry's call is annotated pure for the bundler, and the package has
 * `sideEffects: false`), where `api` from the package's index holds them all. Zod builds
 * each schema when its module loads, so that is the cold start the others would cost.
 */
export * from './adminEndpoints';
export * from './authEndpoints';
export * from './eventEndpoints';
export * from './outreachRecordEndpoints';
export * from './publicEndpoints';
export * from './reportEndpoints';
