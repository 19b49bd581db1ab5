// The one database handle of the extension origin (background, popup, options share it).
import { LuoshiDatabase } from './database';

export const db = new LuoshiDatabase();
