import { z } from 'zod';

// Zod's own messages (for checks that carry no message of ours) in Vietnamese, on both sides.
z.config(z.locales.vi());
