// The Outlook add-in task pane's entry (filled by the Outlook work).
export {};
