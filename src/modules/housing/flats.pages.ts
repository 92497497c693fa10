import type { PageTenant } from '../../platform/db/tenant.ts';
import type { Executor } from '../../platform/db/types.ts';
import { notFound } from '../../platform/http/app-error.ts';
import type { FormState } from '../../platform/views/components/form.tsx';
import type { Page } from '../../platform/views/render.ts';
import { providersOf, quartiereOf } from '../directory/index.ts';
import { findFlatRow, type FlatRow } from './flats.repository.ts';
import type { Scope } from './flats.service.ts';
import { type FlatText, textStates } from './flats.texts.ts';
import { textsOf } from './flats.texts.repository.ts';
import { photosOf } from './photos.repository.ts';
import { flatFormValues } from './views/flat-fields.tsx';
import { EditFlatPage, type FlatEditExtra } from './views/flat-edit.tsx';
import type { FlatFormChoices } from './views/flats-admin.tsx';

/** The providers a person may list flats for, and the municipality's Quartiere, as select options. */
export async function formChoices(db: Executor, t: PageTenant, scope: Scope): Promise<FlatFormChoices> {
  const [providers, quartiere] = await Promise.all([providersOf(db, t), quartiereOf(db, t)]);
  return {
    providers: providers.filter((p) => !scope || scope.includes(p.id)).map((p): [string, string] => [p.id, p.name]),
    quartiere: quartiere.map((q): [string, string] => [q.id, q.name]),
  };
}

/** A flat of the person's scope with its texts; 404 for another provider's or another tenant's flat. */
export async function loadFlat(
  db: Executor,
  t: PageTenant,
  scope: Scope,
  id: string,
): Promise<{ flat: FlatRow; texts: FlatText[] }> {
  const flat = await findFlatRow(db, t, id, scope ?? undefined);
  if (!flat) throw notFound('flat');
  return { flat, texts: await textsOf(db, t, [id]) };
}

/** What the edit page of a flat needs from the database: the stored form values and everything around the form. */
export async function loadEdit(
  db: Executor,
  t: PageTenant,
  scope: Scope,
  id: string,
): Promise<{ values: Record<string, string>; extra: FlatEditExtra }> {
  const { flat, texts } = await loadFlat(db, t, scope, id);
  const [photos, choices] = await Promise.all([photosOf(db, t, [id]), formChoices(db, t, scope)]);
  const source = texts.find((x) => x.locale === flat.sourceLocale);
  const extra: FlatEditExtra = { flat, texts: textStates(texts, flat.sourceLocale), photos, choices };
  return { values: flatFormValues(flat, source), extra };
}

/** The edit page of a flat with a form state (as stored, or as typed and refused). */
export function editPageOf(t: PageTenant, extra: FlatEditExtra, state: FormState): Page {
  return (ctx) => EditFlatPage({ ctx, tenant: t, state, extra });
}
