// zod, configured once for the whole extension. Import z from here, not from 'zod'.
// jitless: zod would otherwise probe the Function constructor when the first object schema is built; extension CSPs
// forbid eval, and a page's strict CSP reports even a caught attempt (a network report we must never cause).
// The setting is read when a schema is created, so it must run before any schema module: hence this module.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
