import type { ComponentChildren } from 'preact';
import type { ViewContext } from '../context.ts';
import { Layout } from '../layout.tsx';
import { ErrorSummary, Form, type FormState, SubmitButton } from './form.tsx';

/**
 * A page that is one POST form: the heading (also the document title), the error summary, an optional intro
 * (a string becomes a paragraph; anything else is shown as it is), the form with its hidden fields, the fields and
 * the submit button, then whatever follows the form (links to other pages).
 */
export function FormPage({
  ctx,
  title,
  state,
  labels,
  action,
  submit,
  intro,
  hidden = {},
  after,
  children,
}: {
  ctx: ViewContext;
  title: string;
  state: FormState;
  /** The field labels, for the error summary's links. */
  labels: Record<string, string>;
  action: string;
  submit: string;
  intro?: ComponentChildren;
  /** Name → value of hidden fields, placed first in the form. */
  hidden?: Record<string, string>;
  after?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="kern-heading-large">{title}</h1>
      <ErrorSummary ctx={ctx} state={state} labels={labels} />
      {typeof intro === 'string' ? <p class="kern-body">{intro}</p> : intro}
      <Form ctx={ctx} action={action}>
        {Object.entries(hidden).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        {children}
        <SubmitButton>{submit}</SubmitButton>
      </Form>
      {after}
    </Layout>
  );
}
