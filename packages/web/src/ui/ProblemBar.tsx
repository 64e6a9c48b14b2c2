import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Problem } from '@upfront/contracts';
import type { ReactNode } from 'react';

/** Shows an API problem as a Fluent MessageBar: its title, its user-safe detail, and the actions that can help. */
export function ProblemBar(props: { problem: Problem; actions?: ReactNode; intent?: 'error' | 'warning' }) {
  return (
    <MessageBar intent={props.intent ?? 'error'} layout="multiline" data-problem-code={props.problem.code}>
      <MessageBarBody>
        <MessageBarTitle>{props.problem.title}</MessageBarTitle>
        {props.problem.detail}
      </MessageBarBody>
      {props.actions === undefined ? null : <MessageBarActions>{props.actions}</MessageBarActions>}
    </MessageBar>
  );
}
