import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openapiDocument } from './lib/openapiDocument';

/** `npm run openapi`: writes docs/openapi.json from the API contract. */
const target = join(__dirname, '..', 'docs', 'openapi.json');
writeFileSync(target, `${JSON.stringify(openapiDocument(), null, 2)}\n`);
console.log(`wrote ${target}`);
