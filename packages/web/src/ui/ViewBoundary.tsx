import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { useShellText } from '../text/use-shell-text.js';

interface BoundaryState {
  readonly error: Error | undefined;
}

/**
 * Keeps a view's own failure inside the view: a render error shows what happened and a Try again, while the tab
 * strip (and so every other view) stays usable, instead of a blank frame. `resetKey` (the view's name) starts over
 * when the person switches view.
 */
export class ViewBoundary extends Component<{ children: ReactNode; resetKey: string }, BoundaryState & { key: string }> {
  override state: BoundaryState & { key: string } = { error: undefined, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: BoundaryState & { key: string }) {
    return props.resetKey === state.key ? null : { error: undefined, key: props.resetKey };
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return <ViewFailed reason={this.state.error.message} onRetry={() => this.setState({ error: undefined })} />;
  }
}

function ViewFailed(props: { reason: string; onRetry: () => void }) {
  const text = useShellText();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="view-failed">
      <MessageBarBody>
        <MessageBarTitle>{text.say('viewFailedTitle')}</MessageBarTitle>
        {text.say('viewFailedDetail', { reason: props.reason })}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onRetry}>{text.say('tryAgain')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
