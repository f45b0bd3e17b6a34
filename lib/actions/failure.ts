import type { z } from 'zod';
import { ConflictError, ForbiddenActionError, InvalidInputError, NotFoundError, RefusedError } from '@/lib/errors';
import { getAdminMessages } from '@/lib/i18n/admin-messages';
import type { Locale } from '@/lib/i18n/locales';
import type { Failure, FieldErrors } from './result';

/** The caller's messages: staff read them in their uiLocale (staffVoice), readers in their page's language (readerVoice). */
export type Voice = {
  /**
   * A sentence for the form by code: the contract's own (invalid, notFound, forbidden, conflict, crossSite, tooLarge,
   * signedOut, unavailable, tooManyRequests) or a typed error's; `seconds` fills in a wait.
   */
  sentence(code: string, seconds?: number): string | undefined;
  /** A field's message by code: a schema check's message, an InvalidInputError's; undefined for what is not a code. */
  field(code: string): string | undefined;
  /** The form's name for a field path, or null when the form shows no such field. */
  fieldOf?(path: string): string | null;
};

/** A failure, with what a route answers it with. */
export type Refusal = Failure & { status: number; retryAfterSeconds?: number };

/** Looks a code up in a table of messages, never in what objects inherit. */
export function lookup<M>(messages: Readonly<Record<string, M>>, code: string): M | undefined {
  return Object.hasOwn(messages, code) ? messages[code] : undefined;
}

type Message = string | ((amount: number) => string);

/** A message by path (`media.uploadErrors.tooLarge`), filled in with `amount` where it says a number. */
function messageAt(messages: object, path: string, amount = 1): string | undefined {
  const found = path
    .split('.')
    .reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? lookup(node as Record<string, unknown>, key) : undefined),
      messages,
    );
  return typeof found === 'function' ? (found as (amount: number) => string)(amount) : typeof found === 'string' ? found : undefined;
}

/** Staff sentences are `actionErrors`, or a path into the newsroom's messages where an area has its own. */
export function staffVoice(locale: Locale): Voice {
  const t = getAdminMessages(locale);
  return {
    sentence: (code, amount) => messageAt(code.includes('.') ? t : t.actionErrors, code, amount),
    field: (code) => lookup(t.fieldErrors, code),
  };
}

/** Sentences and field messages from one table of messages by code, as the readers' comment messages are. */
export function voiceOf(messages: Readonly<Record<string, Message>>, fieldOf?: Voice['fieldOf']): Voice {
  return { sentence: (code, amount) => messageAt(messages, code, amount), field: (code) => messageAt(messages, code), fieldOf };
}

const say = (voice: Voice, code: string, seconds?: number) => voice.sentence(code, seconds) ?? voice.sentence('invalid')!;

export function refusal(voice: Voice, status: number, code: string, fieldErrors: FieldErrors = {}): Refusal {
  return { status, error: say(voice, code), fieldErrors };
}

/** A check's own code (`withCode`), or what its kind means on a form: missing, too long, or not right. */
function fieldMessage(issue: z.core.$ZodIssue, voice: Voice): string {
  const required = (issue.code === 'too_small' && Number(issue.minimum) === 1) || issue.code === 'invalid_type';
  const kind = required ? 'required' : issue.code === 'too_big' ? 'tooLong' : 'invalid';
  return voice.field(issue.message) ?? voice.field(kind) ?? voice.field('invalid') ?? say(voice, 'invalid');
}

/** The first failed check of each field (an empty nickname is too short, not also oddly spelled), translated. */
export function invalidInput(error: z.ZodError, voice: Voice): Refusal {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    const field = path && (voice.fieldOf ? voice.fieldOf(path) : path);
    if (field === null) continue;
    if (field) fieldErrors[field] ??= [fieldMessage(issue, voice)];
    else formErrors.push(fieldMessage(issue, voice));
  }
  return { status: 400, error: formErrors.join(' ') || say(voice, 'invalid'), fieldErrors };
}

/** The typed errors of lib/errors.ts as the caller's failure; null for anything else, which is a bug. */
export function refusalOf(error: unknown, voice: Voice): Refusal | null {
  if (error instanceof ConflictError) {
    return { ...refusal(voice, 409, 'conflict'), conflict: { currentVersion: error.currentVersion, changes: [...error.changes] } };
  }
  if (error instanceof NotFoundError) return refusal(voice, 404, 'notFound');
  if (error instanceof ForbiddenActionError) return refusal(voice, 403, error.reason);
  if (error instanceof InvalidInputError) {
    const texts = (codes: readonly string[]) => codes.map((code) => voice.field(code) ?? code);
    return refusal(
      voice,
      400,
      'invalid',
      Object.fromEntries(Object.entries(error.fieldErrors).map(([field, codes]) => [field, texts(codes)])),
    );
  }
  if (error instanceof RefusedError) {
    const { field, amount, retryAfterSeconds } = error.details;
    const text = say(voice, error.reason, amount ?? retryAfterSeconds);
    const failure = field
      ? refusal(voice, error.status, 'invalid', { [field]: [text] })
      : { status: error.status, error: text, fieldErrors: {} };
    return { ...failure, retryAfterSeconds };
  }
  return null;
}
