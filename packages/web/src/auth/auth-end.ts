// The consent pop-up's last page: the identity provider's redirect lands here with `code` and `state` (or an
// `error`); the host learns the outcome through teams-js and closes the window. No token passes through it.
import { createTabText, SHELL_TEXT } from '@upfront/core';
import { toTabLocale } from '../host/host-locale.js';
import { CONSENT_REQUEST_KEY, parseConsentRequest, toConsentOutcome } from './consent-popup.js';

function readRequest(): string | null {
  try {
    const value = window.sessionStorage.getItem(CONSENT_REQUEST_KEY);
    window.sessionStorage.removeItem(CONSENT_REQUEST_KEY);
    return value;
  } catch {
    // Storage blocked: the answer cannot be matched to a request, so it reads as a failure.
    return null;
  }
}

const request = parseConsentRequest(readRequest());
const text = createTabText(SHELL_TEXT, toTabLocale(request?.locale, navigator.language));
document.documentElement.lang = text.locale;
const outcome = toConsentOutcome(new URLSearchParams(window.location.search), request?.state);
const element = document.getElementById('message');
if (element !== null) element.textContent = outcome.ok ? text.say('authDone') : text.say('authRefused', { reason: outcome.reason });

const { app, authentication } = await import('@microsoft/teams-js');
await app.initialize();
if (outcome.ok) authentication.notifySuccess();
else authentication.notifyFailure(outcome.reason);
