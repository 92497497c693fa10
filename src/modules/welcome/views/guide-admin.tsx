import type { PageTenant } from '../../../platform/db/tenant.ts';
import type { TextState } from '../../../platform/i18n/content-texts.ts';
import {
  ErrorSummary,
  Form,
  type FormState,
  FormWithSummary,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { StaffPage } from '../../../platform/views/staff/staff-page.tsx';
import type { GuidePageRow } from '../guide.repository.ts';
import type { TreeNode } from '../guide.tree.ts';
import { TOPICS } from '../welcome.tables.ts';
import { guideUrls, textLanguageName } from './guide-parts.tsx';

/** A page in the editors' tree: its place, status and German title. */
export interface AdminTreePage {
  id: string;
  parentId: string | null;
  slug: string;
  topic: string;
  position: number;
  status: string;
  title: string;
}

type Trees = readonly { topic: string; nodes: TreeNode<AdminTreePage>[] }[];
const AREA = (tenant: PageTenant) => ({ municipality: tenant });

function Branch({ ctx, nodes, tenant }: { ctx: ViewContext; nodes: TreeNode<AdminTreePage>[]; tenant: PageTenant }) {
  const urls = guideUrls(ctx.locale, tenant.slug);
  return (
    <ul class="kern-list">
      {nodes.map((n) => (
        <li>
          <a class="kern-link" href={urls.edit(n.page.id)} lang="de">
            {n.page.title}
          </a>
          {` (${ctx.t(`welcome.guide.status.${n.page.status}`)})`}
          {n.children.length > 0 && <Branch ctx={ctx} nodes={n.children} tenant={tenant} />}
        </li>
      ))}
    </ul>
  );
}

/** Every page of the municipality's guide by topic, with its status; the way to add one. */
export function GuideAdminPage({ ctx, tenant, trees }: { ctx: ViewContext; tenant: PageTenant; trees: Trees }) {
  const { t } = ctx;
  const urls = guideUrls(ctx.locale, tenant.slug);
  const action = { href: `${urls.admin}/new`, label: t('welcome.guide.admin.new') };
  return (
    <StaffPage
      ctx={ctx}
      area={AREA(tenant)}
      current="welcome.guide.staff"
      title={t('welcome.guide.admin.title')}
      action={action}
    >
      {trees.length === 0 && <p class="kern-body z-empty">{t('welcome.guide.admin.empty')}</p>}
      {trees.map((x) => (
        <section aria-labelledby={`topic-${x.topic}`}>
          <h2 class="kern-heading-medium" id={`topic-${x.topic}`}>
            {t(`welcome.topic.${x.topic}`)}
          </h2>
          <Branch ctx={ctx} nodes={x.nodes} tenant={tenant} />
        </section>
      ))}
    </StaffPage>
  );
}

/** Form values of a stored page and its German text. */
export function guideFormValues(page: GuidePageRow, de: { title: string; body: string } | undefined) {
  return {
    title: de?.title ?? '',
    body: de?.body ?? '',
    slug: page.slug,
    topic: page.topic,
    parentId: page.parentId ?? '',
    position: String(page.position),
    lastCheckedOn: page.lastCheckedOn ?? '',
  };
}

export const NEW_GUIDE_VALUES = { position: '0' };

/** What the edit page shows besides the form: the workflow, the languages, and whether this person publishes. */
export interface GuideEdit {
  page: GuidePageRow;
  canPublish: boolean;
  moves: readonly string[];
  /** The workflow form's state (its error after a refused move). */
  moveState: FormState;
  languages: readonly [string, TextState, boolean][];
  /** Whether the translation pages exist (the translations part). */
  translatable: boolean;
}

/** Adding or changing a page: German title and body, its place in the tree, slug and "last checked" date. */
export function GuideFormPage(p: {
  ctx: ViewContext;
  tenant: PageTenant;
  state: FormState;
  parents: [string, string][];
  edit?: GuideEdit;
}) {
  const { ctx, state, edit } = p;
  const { t } = ctx;
  const urls = guideUrls(ctx.locale, p.tenant.slug);
  const f = (k: string) => t(`welcome.guide.field.${k}`);
  const names = ['title', 'body', 'slug', 'topic', 'parentId', 'position', 'lastCheckedOn'];
  const labels = Object.fromEntries(names.map((k) => [k, f(k)]));
  const heading = t(edit ? 'welcome.guide.admin.edit' : 'welcome.guide.admin.new');
  return (
    <StaffPage ctx={ctx} area={AREA(p.tenant)} current="welcome.guide.staff" title={heading}>
      {edit && <Workflow ctx={ctx} tenant={p.tenant} edit={edit} />}
      <FormWithSummary
        ctx={ctx}
        state={state}
        labels={labels}
        action={edit ? `${urls.admin}/${edit.page.id}` : urls.admin}
        label={heading}
        submit={t('staff.save')}
      >
        <TextField ctx={ctx} state={state} name="title" label={f('title')} required />
        <TextArea ctx={ctx} state={state} name="body" label={f('body')} hint={t('welcome.guide.hint.body')} rows={16} />
        <TextField ctx={ctx} state={state} name="slug" label={f('slug')} hint={t('welcome.guide.hint.slug')} required />
        <SelectField
          ctx={ctx}
          state={state}
          name="topic"
          label={f('topic')}
          required
          options={TOPICS.map((k) => [k, t(`welcome.topic.${k}`)])}
        />
        <SelectField
          ctx={ctx}
          state={state}
          name="parentId"
          label={f('parentId')}
          hint={t('welcome.guide.hint.parent')}
          options={p.parents}
        />
        <TextField ctx={ctx} state={state} name="position" label={f('position')} type="number" inputmode="numeric" />
        <TextField ctx={ctx} state={state} name="lastCheckedOn" label={f('lastCheckedOn')} type="date" />
      </FormWithSummary>
      {edit && <Languages ctx={ctx} tenant={p.tenant} edit={edit} />}
    </StaffPage>
  );
}

/** The page's status and the moves an editor may make from it (publishing for publishers only). */
function Workflow({ ctx, tenant, edit }: { ctx: ViewContext; tenant: PageTenant; edit: GuideEdit }) {
  const { t } = ctx;
  const base = `${guideUrls(ctx.locale, tenant.slug).admin}/${edit.page.id}`;
  const { page } = edit;
  const labels = { status: t('welcome.guide.workflow.title') };
  return (
    <section aria-labelledby="workflow-title">
      <h2 class="kern-heading-medium" id="workflow-title">
        {t('welcome.guide.workflow.title')}
      </h2>
      <ErrorSummary ctx={ctx} state={edit.moveState} labels={labels} />
      <p class="kern-body">
        {t('welcome.guide.workflow.current', { status: t(`welcome.guide.status.${page.status}`) })}
      </p>
      {edit.moves.map((to) =>
        to === 'published' ? (
          edit.canPublish ? (
            <Form ctx={ctx} action={`${base}/publish`} label={t('welcome.guide.move.published')}>
              <SubmitButton>{t('welcome.guide.move.published')}</SubmitButton>
            </Form>
          ) : (
            <p class="kern-body">{t('welcome.guide.workflow.publishersOnly')}</p>
          )
        ) : (
          <Form ctx={ctx} action={`${base}/status`} label={t(`welcome.guide.move.${to}`)}>
            <input type="hidden" name="status" value={to} />
            <SubmitButton>{t(`welcome.guide.move.${to}`)}</SubmitButton>
          </Form>
        ),
      )}
      <ul class="z-inline-list">
        <li>
          <a class="kern-link" href={guideUrls(ctx.locale, tenant.slug).versions(page.id)}>
            {t('welcome.guide.versions.link')}
          </a>
        </li>
        {page.status === 'published' && (
          <li>
            <a class="kern-link" href={guideUrls(ctx.locale, tenant.slug).page(page.slug)}>
              {t('welcome.guide.admin.view')}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}

/** Each language's state (missing, current, outdated; machine-translated), linked to its translation page. */
function Languages({ ctx, tenant, edit }: { ctx: ViewContext; tenant: PageTenant; edit: GuideEdit }) {
  const { t } = ctx;
  const urls = guideUrls(ctx.locale, tenant.slug);
  return (
    <section aria-labelledby="languages-title">
      <h2 class="kern-heading-medium" id="languages-title">
        {t('welcome.guide.languages.title')}
      </h2>
      <ul class="kern-list">
        {edit.languages.map(([l, s, machine]) => (
          <li>
            {edit.translatable ? (
              <a class="kern-link" href={urls.translate(edit.page.id, l)}>
                {textLanguageName(ctx, l)}
              </a>
            ) : (
              textLanguageName(ctx, l)
            )}
            {`: ${t(`welcome.guide.languages.${s}`)}`}
            {machine && ` (${t('welcome.guide.languages.machine')})`}
          </li>
        ))}
      </ul>
    </section>
  );
}
