import { z } from 'zod';

// In the browser Zod would probe whether it may compile parsers with `new Function`; the web app's
// Content-Security-Policy refuses eval, so every page would report a violation. Without the probe
// Zod parses the same, just without compiled fast paths (which the server keeps).
if ('document' in globalThis) z.config({ jitless: true });
