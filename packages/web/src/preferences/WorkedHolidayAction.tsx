import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { ArrowUndoRegular, BriefcaseRegular, DismissRegular } from '@fluentui/react-icons';
import type { ItemRisk } from '@upfront/contracts';
import { RISKS_TEXT } from '@upfront/core';
import { useFormatter } from '../format/use-formatter.js';
import { useText } from '../text/use-text.js';
import { ProblemBar } from '../ui/ProblemBar.js';
import { firstName, isSameStakeholder } from './stakeholder-preference.js';
import type { PreferenceEditing } from './use-preferences.js';
import { useSaving } from './use-saving.js';

function nameOf(item: ItemRisk, stakeholderId: string): string {
  const person = item.stakeholders.find((s) => isSameStakeholder(s.id, stakeholderId));
  return person === undefined ? stakeholderId : firstName(person.displayName);
}

/** "They work that day" on a public-holiday flag: records the due date as a holiday that stakeholder works. */
export function WorkedHolidayAction(props: {
  item: ItemRisk;
  candidate: { stakeholderId: string; on: string };
  editing: PreferenceEditing;
}) {
  const { item, candidate, editing } = props;
  const format = useFormatter();
  const text = useText(RISKS_TEXT);
  const { saving, problem, run } = useSaving();
  const name = nameOf(item, candidate.stakeholderId);
  const day = format.date(candidate.on);
  return (
    <>
      <Button
        size="small"
        appearance="outline"
        disabled={saving}
        icon={saving ? <Spinner size="extra-tiny" /> : <BriefcaseRegular />}
        aria-label={text.say('workedHolidayLabel', { name, day })}
        onClick={() => void run(() => editing.markWorkedHoliday({ itemId: item.id, ...candidate }))}
      >
        {text.say(saving ? 'saving' : 'workedHoliday')}
      </Button>
      {problem === undefined ? null : <ProblemBar problem={problem} />}
    </>
  );
}

/** After "They work that day": what was recorded, with an undo, until the person dismisses it. */
export function MarkedHolidayBar(props: { item: ItemRisk; editing: PreferenceEditing }) {
  const { item, editing } = props;
  const format = useFormatter();
  const text = useText(RISKS_TEXT);
  const { saving, problem, run } = useSaving();
  const marked = editing.markedHoliday;
  if (marked === undefined || marked.itemId !== item.id) return null;
  const name = nameOf(item, marked.stakeholderId);
  const day = format.date(marked.on);
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{text.say('workedHolidayNoted', { name, day })}</MessageBarBody>
        <MessageBarActions
          containerAction={
            <Button
              appearance="transparent"
              size="small"
              icon={<DismissRegular />}
              aria-label={text.say('dismiss')}
              onClick={editing.forgetMarkedHoliday}
            />
          }
        >
          <Button
            size="small"
            disabled={saving}
            icon={saving ? <Spinner size="extra-tiny" /> : <ArrowUndoRegular />}
            onClick={() => void run(() => editing.unmarkWorkedHoliday(marked.stakeholderId, marked.on))}
          >
            {text.say('undo')}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {problem === undefined ? null : <ProblemBar problem={problem} />}
    </>
  );
}
