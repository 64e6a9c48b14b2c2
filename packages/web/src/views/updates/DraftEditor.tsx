import { Button, Field, Input, makeStyles, Radio, RadioGroup, Spinner, Textarea, tokens } from '@fluentui/react-components';
import type { Delivery, DraftRequest, Problem, Suggestion } from '@upfront/contracts';
import { useId, useState, type FormEvent } from 'react';
import { ProblemBar } from '../../ui/ProblemBar.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalM },
  body: { fontFamily: tokens.fontFamilyBase },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** Splits the recipients field: addresses separated by commas, semicolons or spaces. */
export function toRecipientList(field: string): string[] {
  return [...new Set(field.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean))];
}

/** The edits worth sending: only what the user changed (an unchanged body keeps its formatted HTML). */
export function toDraftEdits(suggestion: Suggestion, form: { to: string; subject: string; text: string; delivery: Delivery }): DraftRequest {
  const to = toRecipientList(form.to);
  const original = suggestion.recipients.map((r) => r.email);
  const sameRecipients = to.length === original.length && to.every((e, i) => e.toLowerCase() === original[i]?.toLowerCase());
  return {
    ...(sameRecipients ? {} : { recipients: to }),
    ...(form.subject === suggestion.subject ? {} : { subject: form.subject }),
    ...(form.text === suggestion.text ? {} : { text: form.text }),
    delivery: form.delivery,
  };
}

/** "Draft it": the user checks and edits recipients, subject and text; the result goes to Outlook's Drafts, never out. */
export function DraftEditor(props: {
  suggestion: Suggestion;
  onSave(edits: DraftRequest): Promise<unknown>;
  onCancel(): void;
}) {
  const styles = useStyles();
  const { suggestion } = props;
  const [to, setTo] = useState(suggestion.recipients.map((r) => r.email).join(', '));
  const [subject, setSubject] = useState(suggestion.subject);
  const [text, setText] = useState(suggestion.text);
  const [delivery, setDelivery] = useState<Delivery>('their-morning');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const noteId = useId();
  const recipients = toRecipientList(to);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setProblem(undefined);
    props.onSave(toDraftEdits(suggestion, { to, subject, text, delivery })).then(
      () => setSaving(false),
      (failure: unknown) => {
        setSaving(false);
        setProblem(failure as Problem);
      },
    );
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-describedby={noteId}>
      <Field label="To" required validationMessage={recipients.length === 0 ? 'Add at least one address.' : undefined}>
        <Input value={to} onChange={(_, data) => setTo(data.value)} />
      </Field>
      <Field label="Subject" required>
        <Input value={subject} maxLength={255} onChange={(_, data) => setSubject(data.value)} />
      </Field>
      <Field label="Message">
        <Textarea className={styles.body} value={text} rows={12} resize="vertical" onChange={(_, data) => setText(data.value)} />
      </Field>
      <Field label="When it reaches them, once you press Send in Outlook">
        <RadioGroup value={delivery} onChange={(_, data) => setDelivery(data.value as Delivery)}>
          <Radio value="their-morning" label="At the start of their next working day (Outlook holds it until then)" />
          <Radio value="on-send" label="As soon as I send it" />
        </RadioGroup>
      </Field>
      <p id={noteId} className={styles.note}>
        Upfront saves this in your Outlook Drafts. It never sends anything: you read it there and press Send.
      </p>
      {problem === undefined ? null : <ProblemBar problem={problem} />}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving || recipients.length === 0 || subject.trim() === ''}>
          {saving ? <Spinner size="tiny" label="Saving to your Outlook drafts…" /> : 'Save to my Outlook drafts'}
        </Button>
        <Button onClick={props.onCancel} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
