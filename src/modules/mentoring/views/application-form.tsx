import type { ComponentChildren } from 'preact';
import type { PageTenant } from '../../../platform/db/tenant.ts';
import { BackLink } from '../../../platform/views/components/detail-list.tsx';
import {
  FormWithSummary,
  type FormState,
  SelectField,
  TextArea,
  TextField,
} from '../../../platform/views/components/form.tsx';
import type { ViewContext } from '../../../platform/views/context.ts';
import { Layout } from '../../../platform/views/layout.tsx';
import type { CycleRow } from '../core.repository.ts';
import { AVAILABILITY, GENDERS, TOPICS } from '../mentoring.tables.ts';
import type { ProgrammeView } from './programme-page.tsx';
import { CheckGroup, YesBox } from './application-parts.tsx';

const k = (key: string) => `mentoring.applications.${key}`;

function Unavailable({ ctx, cycle, already }: { ctx: ViewContext; cycle: CycleRow | null; already: string | null }) {
  if (!cycle) return <p class="kern-body">{ctx.t(k('closed'))}</p>;
  if (!already) return null;
  return (
    <p class="kern-body">
      {already === 'mentor'
        ? ctx.t(k('alreadyMentor'))
        : ctx.t(k('alreadyApplied'), { status: ctx.t(k(`status.${already}`)) })}{' '}
      <a class="kern-link" href={`/${ctx.locale}/me/mentoring`}>
        {ctx.t(k('toMine'))}
      </a>
    </p>
  );
}

const topics = (ctx: ViewContext) => TOPICS.map((t) => [t, ctx.t(`mentoring.topic.${t}`)] as [string, string]);
const availability = (ctx: ViewContext) =>
  AVAILABILITY.map((a) => [a, ctx.t(`mentoring.availability.${a}`)] as [string, string]);

/** The labels of the fields that a mentee's application and a mentor's sign-up both ask for. */
function commonLabels(ctx: ViewContext) {
  return {
    displayName: ctx.t(k('field.displayName')),
    topics: ctx.t(k('field.topics')),
    committees: ctx.t(k('field.committees')),
    languages: ctx.t(k('field.languages')),
    availability: ctx.t(k('field.availability')),
  };
}

type Fields = { ctx: ViewContext; state: FormState; labels: ReturnType<typeof commonLabels> };

function DisplayNameField({ ctx, state, labels }: Fields) {
  return (
    <TextField
      ctx={ctx}
      state={state}
      name="displayName"
      label={labels.displayName}
      hint={ctx.t(k('field.displayNameHint'))}
      required
    />
  );
}

function TopicsField({ ctx, state, labels }: Fields) {
  return <CheckGroup ctx={ctx} state={state} name="topics" legend={labels.topics} options={topics(ctx)} />;
}

function CommitteesField({ ctx, state, labels }: Fields) {
  return (
    <TextField
      ctx={ctx}
      state={state}
      name="committees"
      label={labels.committees}
      hint={ctx.t(k('field.committeesHint'))}
    />
  );
}

/** The languages someone speaks and when they have time. */
function LanguagesAndAvailability({ ctx, state, labels }: Fields) {
  return (
    <>
      <TextField
        ctx={ctx}
        state={state}
        name="languages"
        label={labels.languages}
        hint={ctx.t(k('field.languagesHint'))}
        required
      />
      <CheckGroup
        ctx={ctx}
        state={state}
        name="availability"
        legend={labels.availability}
        options={availability(ctx)}
      />
    </>
  );
}

/** What both application pages have around their fields: the way back, the heading, whether one can still apply,
 * and the form with its error summary. */
/** What the routes give both application pages. */
type Applying = {
  ctx: ViewContext;
  tenant: PageTenant;
  p: ProgrammeView;
  cycle: CycleRow | null;
  already: string | null;
  state: FormState;
};

function ApplicationPage({
  ctx,
  tenant,
  p,
  cycle,
  already,
  state,
  title,
  intro,
  labels,
  path,
  submit,
  children,
}: Applying & {
  title: string;
  intro: (cycle: CycleRow) => string;
  labels: Record<string, string>;
  path: 'apply' | 'mentor';
  submit: string;
  children: ComponentChildren;
}) {
  const base = `/${ctx.locale}/m/${tenant.slug}/mentoring/${p.programme.slug}`;
  return (
    <Layout ctx={ctx} title={title}>
      <BackLink href={base}>{ctx.t(k('backToProgramme'))}</BackLink>
      <h1 class="kern-heading-large">{title}</h1>
      <Unavailable ctx={ctx} cycle={cycle} already={already} />
      {cycle && !already && (
        <>
          <p class="kern-body">{intro(cycle)}</p>
          <FormWithSummary ctx={ctx} state={state} labels={labels} action={`${base}/${path}`} submit={submit}>
            {children}
          </FormWithSummary>
        </>
      )}
    </Layout>
  );
}

/** The mentee's application, in the reader's language. */
export function ApplyPage({ mentors, ...page }: Applying & { mentors: { id: string; displayName: string }[] }) {
  const { ctx, p, state } = page;
  const common = commonLabels(ctx);
  const labels = {
    ...common,
    motivation: ctx.t(k('field.motivation')),
    accessibility: ctx.t(k('field.accessibility')),
    gender: ctx.t(k('field.gender')),
    politicalDirection: ctx.t(k('field.politicalDirection')),
    politicalConsent: ctx.t(k('field.politicalConsent')),
    preferredMentorId: ctx.t(k('field.preferredMentor')),
    privacy: ctx.t(k('field.privacy')),
  };
  const fields = { ctx, state, labels: common };
  return (
    <ApplicationPage
      {...page}
      title={ctx.t(k('apply.title'), { programme: p.title })}
      intro={(c) => ctx.t(k('apply.intro'), { cycle: c.name, places: c.places })}
      labels={labels}
      path="apply"
      submit={ctx.t(k('apply.submit'))}
    >
      <DisplayNameField {...fields} />
      <TextArea
        ctx={ctx}
        state={state}
        name="motivation"
        label={labels.motivation}
        hint={ctx.t(k('field.motivationHint'))}
        required
      />
      <TopicsField {...fields} />
      <CommitteesField {...fields} />
      <LanguagesAndAvailability {...fields} />
      <TextArea
        ctx={ctx}
        state={state}
        name="accessibility"
        label={labels.accessibility}
        hint={ctx.t(k('field.accessibilityHint'))}
        rows={2}
      />
      <SelectField
        ctx={ctx}
        state={state}
        name="gender"
        label={labels.gender}
        hint={ctx.t(k('field.genderHint'))}
        options={GENDERS.map((g) => [g, ctx.t(`mentoring.gender.${g}`)])}
      />
      {mentors.length > 0 && (
        <SelectField
          ctx={ctx}
          state={state}
          name="preferredMentorId"
          label={labels.preferredMentorId}
          hint={ctx.t(k('field.preferredMentorHint'))}
          options={mentors.map((m) => [m.id, m.displayName])}
        />
      )}
      {p.programme.asksPolitical && (
        <>
          <TextField
            ctx={ctx}
            state={state}
            name="politicalDirection"
            label={labels.politicalDirection}
            hint={ctx.t(k('field.politicalDirectionHint'))}
          />
          <YesBox ctx={ctx} state={state} name="politicalConsent" label={ctx.t(k('field.politicalConsentText'))} />
        </>
      )}
      <YesBox ctx={ctx} state={state} name="privacy" label={ctx.t(k('field.privacyText'))} />
    </ApplicationPage>
  );
}

/** A mentor's sign-up: body, faction, committees, languages, how many mentees. */
export function MentorSignUpPage(page: Applying) {
  const { ctx, p, state } = page;
  const common = commonLabels(ctx);
  const labels = {
    ...common,
    body: ctx.t(k('field.body')),
    faction: ctx.t(k('field.faction')),
    capacity: ctx.t(k('field.capacity')),
  };
  const fields = { ctx, state, labels: common };
  return (
    <ApplicationPage
      {...page}
      title={ctx.t(k('mentor.title'), { programme: p.title })}
      intro={(c) => ctx.t(k('mentor.intro'), { cycle: c.name })}
      labels={labels}
      path="mentor"
      submit={ctx.t(k('mentor.submit'))}
    >
      <DisplayNameField {...fields} />
      <TextField ctx={ctx} state={state} name="body" label={labels.body} hint={ctx.t(k('field.bodyHint'))} required />
      <TextField ctx={ctx} state={state} name="faction" label={labels.faction} hint={ctx.t(k('field.factionHint'))} />
      <CommitteesField {...fields} />
      <TopicsField {...fields} />
      <LanguagesAndAvailability {...fields} />
      <TextField
        ctx={ctx}
        state={state}
        name="capacity"
        type="number"
        inputmode="numeric"
        label={labels.capacity}
        hint={ctx.t(k('field.capacityHint'))}
        required
      />
    </ApplicationPage>
  );
}
