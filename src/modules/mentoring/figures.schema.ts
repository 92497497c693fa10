import { z } from 'zod';
import { municipalityParams, uuid } from '../../platform/http/params.ts';

/** `…/admin/mentoring/:programme/figures`: a programme by its slug (as the database accepts it) or its id. */
export const figuresParams = municipalityParams.extend({
  programme: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
});

/** `?cycle=`: one cycle of the programme; absent or empty for all cycles. */
export const figuresQuery = z.object({
  cycle: uuid.optional().or(z.literal('').transform(() => undefined)),
});
