import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Tag,
  TagGroup,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, CopyRegular } from '@fluentui/react-icons';
import type { ComposedText, ComposeRequest, Delivery, DraftRequest, MessageLanguage, MessageTone, Problem, Suggestion } from '@upfront/contracts';
import { SUPPORTED_LOCALES, type Messages, type UpdatesTextId } from '@upfront/core';
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ProblemBar } from '../../ui/ProblemBar.js';
import { useAnnounce } from '../../ui/Announcer.js';
import { describeLanguage } from './describe-reason.js';
import { isEmailAddress, toDraftEdits, toRecipientList, type Baseline } from './draft-edits.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalM },
  body: { fontFamily: tokens.fontFamilyBase },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1, minWidth: '12rem' },
  tags: { flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3, margin: 0 },
});

type Pending = { readonly language: string; readonly tone: MessageTone };

/**
 * The message opened to read and edit: recipients (the item's stakeholders and any address), subject, body,
 * language and tone (either one has the server write it again; edits are not thrown away without asking), and
 * when it reaches them. The result goes to Outlook's Drafts, never out.
 */
export function DraftEditor(props: {
  suggestion: Suggestion;
  text: Messages<UpdatesTextId>;
  onSave(edits: DraftRequest): Promise<unknown>;
  onCancel(): void;
  onCompose(choice: ComposeRequest): Promise<ComposedText>;
  onCopy(text: string): void;
}) {
  const styles = useStyles();
  const { suggestion, text } = props;
  const announce = useAnnounce();
  const [recipients, setRecipients] = useState<string[]>(suggestion.recipients.map((r) => r.email));
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>(undefined);
  const [baseline, setBaseline] = useState<Baseline>({ language: suggestion.language, tone: suggestion.tone ?? 'direct', subject: suggestion.subject, text: suggestion.text });
  const [subject, setSubject] = useState(suggestion.subject);
  const [body, setBody] = useState(suggestion.text);
  const [delivery, setDelivery] = useState<Delivery>('their-morning');
  const [composing, setComposing] = useState(false);
  const [confirming, setConfirming] = useState<Pending | undefined>(undefined);
  // The language and tone the user just picked, shown while the server writes it or the dialog asks.
  const [choosing, setChoosing] = useState<Pending | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const noteId = useId();
  const subjectRef = useRef<HTMLInputElement>(null);
  const languageRef = useRef<HTMLSelectElement>(null);
  const addRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    subjectRef.current?.focus();
  }, []);

  const nameOf = (email: string) => suggestion.recipients.find((r) => r.email.toLowerCase() === email.toLowerCase())?.displayName ?? email;
  const missing = suggestion.recipients.filter((r) => !recipients.some((e) => e.toLowerCase() === r.email.toLowerCase()));
  const languageName = (tag: string) => describeLanguage(text, tag);
  const toneName = (tone: MessageTone) => text.say('tone', { tone });
  const languageOption = (tag: string) => describeLanguage(text, tag, 'languageOption');
  const toneOption = (tone: MessageTone) => text.say('toneOption', { tone });
  const edited = subject !== baseline.subject || body !== baseline.text;
  const shown = choosing ?? baseline;

  const addTyped = () => {
    const addresses = toRecipientList(typed);
    const wrong = addresses.find((a) => !isEmailAddress(a));
    if (wrong !== undefined) {
      setTypedError(text.say('notAnAddress', { text: wrong }));
      return;
    }
    setTypedError(undefined);
    setRecipients((list) => [...list, ...addresses.filter((a) => !list.some((e) => e.toLowerCase() === a.toLowerCase()))]);
    setTyped('');
    addRef.current?.focus();
  };

  const rewrite = (choice: Pending) => {
    setChoosing(choice);
    setComposing(true);
    setProblem(undefined);
    props
      .onCompose({ language: choice.language as MessageLanguage, tone: choice.tone })
      .then(
        (composed) => {
          setBaseline({ language: composed.language, tone: composed.tone, subject: composed.subject, text: composed.text });
          setSubject(composed.subject);
          setBody(composed.text);
          setComposing(false);
          setChoosing(undefined);
          announce(text.say('composed', { language: languageName(composed.language), tone: toneName(composed.tone) }));
        },
        (failure: unknown) => {
          setComposing(false);
          setChoosing(undefined);
          setProblem(failure as Problem);
          announce(text.say('composeFailed'), 'assertive');
        },
      );
  };

  const choose = (choice: Pending) => {
    if (choice.language === baseline.language && choice.tone === baseline.tone) return;
    if (edited) {
      setChoosing(choice);
      setConfirming(choice);
    } else rewrite(choice);
  };

  const closeConfirm = (replace: boolean) => {
    const choice = confirming;
    setConfirming(undefined);
    if (replace && choice !== undefined) rewrite(choice);
    else setChoosing(undefined);
    // Back to the control that asked, whichever way the dialog closed.
    requestAnimationFrame(() => languageRef.current?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setProblem(undefined);
    const form = { recipients, subject, text: body, delivery, language: baseline.language, tone: baseline.tone };
    props.onSave(toDraftEdits(suggestion, baseline, form)).then(
      () => setSaving(false),
      (failure: unknown) => {
        setSaving(false);
        setProblem(failure as Problem);
      },
    );
  };

  const onTypedKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addTyped();
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-describedby={noteId}
      aria-label={text.say('editorLabel', { names: text.list(suggestion.recipients.map((r) => r.displayName)) })}
      data-testid="draft-editor"
    >
      <Field label={text.say('to')} validationMessage={recipients.length === 0 ? text.say('needRecipient') : undefined}>
        <TagGroup
          className={styles.tags}
          aria-label={text.say('to')}
          onDismiss={(_, data) => {
            setRecipients((list) => list.filter((e) => e !== data.value));
            addRef.current?.focus();
          }}
        >
          {recipients.map((email) => (
            <Tag key={email} value={email} dismissible dismissIcon={{ 'aria-label': text.say('removeRecipient', { name: nameOf(email) }) }} data-testid="recipient">
              {nameOf(email)}
            </Tag>
          ))}
        </TagGroup>
      </Field>
      {missing.length === 0 ? null : (
        <div className={styles.actions}>
          {missing.map((r) => (
            <Button key={r.id} size="small" icon={<AddRegular />} onClick={() => setRecipients((list) => [...list, r.email])}>
              {text.say('addBack', { name: r.displayName })}
            </Button>
          ))}
        </div>
      )}
      <div className={styles.row}>
        <Field className={styles.grow} label={text.say('addRecipient')} hint={text.say('addRecipientHint')} validationMessage={typedError}>
          <Input ref={addRef} type="email" value={typed} onChange={(_, data) => setTyped(data.value)} onKeyDown={onTypedKey} />
        </Field>
        <Button onClick={addTyped} disabled={typed.trim() === ''}>
          {text.say('add')}
        </Button>
      </div>
      <div className={styles.row}>
        <Field label={text.say('languageLabel')}>
          <Select ref={languageRef} value={shown.language} disabled={composing || saving} onChange={(_, data) => choose({ language: data.value, tone: shown.tone })}>
            {SUPPORTED_LOCALES.map((tag) => (
              <option key={tag} value={tag}>
                {languageOption(tag)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={text.say('toneLabel')}>
          <RadioGroup layout="horizontal" value={shown.tone} disabled={composing || saving} onChange={(_, data) => choose({ language: shown.language, tone: data.value as MessageTone })}>
            <Radio value="direct" label={toneOption('direct')} />
            <Radio value="diplomatic" label={toneOption('diplomatic')} />
          </RadioGroup>
        </Field>
        {composing ? <Spinner size="tiny" label={text.say('composing')} /> : null}
      </div>
      <Field label={text.say('subject')} required validationMessage={subject.trim() === '' ? text.say('needSubject') : undefined}>
        <Input ref={subjectRef} value={subject} maxLength={255} lang={baseline.language} onChange={(_, data) => setSubject(data.value)} />
      </Field>
      <Field label={text.say('message')}>
        <Textarea className={styles.body} value={body} rows={12} resize="vertical" lang={baseline.language} onChange={(_, data) => setBody(data.value)} />
      </Field>
      <Field label={text.say('deliveryLabel')}>
        <RadioGroup value={delivery} onChange={(_, data) => setDelivery(data.value as Delivery)}>
          <Radio value="their-morning" label={text.say('deliveryMorning')} />
          <Radio value="on-send" label={text.say('deliveryOnSend')} />
        </RadioGroup>
      </Field>
      <p id={noteId} className={styles.note}>
        {text.say('note')}
      </p>
      {problem === undefined ? null : <ProblemBar problem={problem} />}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={saving || composing || recipients.length === 0 || subject.trim() === ''}>
          {saving ? <Spinner size="tiny" label={text.say('saving')} /> : text.say('save')}
        </Button>
        <Button icon={<CopyRegular />} onClick={() => props.onCopy(`${subject}\n\n${body}`)}>
          {text.say('copy')}
        </Button>
        <Button onClick={props.onCancel} disabled={saving}>
          {text.say('cancel')}
        </Button>
      </div>
      <Dialog open={confirming !== undefined} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : closeConfirm(false))}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{text.say('replaceTitle')}</DialogTitle>
            <DialogContent>{text.say('replaceBody')}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => closeConfirm(true)}>
                {text.say('replaceConfirm')}
              </Button>
              <Button onClick={() => closeConfirm(false)}>{text.say('replaceKeep')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </form>
  );
}
