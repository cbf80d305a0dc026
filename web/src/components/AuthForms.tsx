import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { queries } from '../api.js';
import { fieldErrors, formMessage } from '../errors.js';
import { Field, FormError } from './Field.js';

/** Log in, or create an account. */
export function AuthForms({ onSignedIn }: { onSignedIn: () => void }) {
  const [mode, setMode] = useState<'login' | 'register'>('login');
  const login = useMutation(queries.auth.login());
  const register = useMutation(queries.auth.register());
  const active = mode === 'login' ? login : register;
  const errors = fieldErrors(active.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email'));
    const password = String(form.get('password'));
    if (mode === 'login') login.mutate({ body: { email, password } }, { onSuccess: onSignedIn });
    else
      register.mutate(
        { body: { email, password, displayName: String(form.get('displayName')) } },
        { onSuccess: onSignedIn },
      );
  };

  return (
    <section aria-labelledby="auth-title">
      <h2 id="auth-title">{mode === 'login' ? 'Log in' : 'Create an account'}</h2>
      <form onSubmit={submit} noValidate>
        <FormError message={formMessage(active.error)} />
        {mode === 'register' && (
          <Field label="Name" error={errors.displayName}>
            {(control) => <input {...control} name="displayName" autoComplete="name" />}
          </Field>
        )}
        <Field label="Email" error={errors.email}>
          {(control) => <input {...control} name="email" type="email" autoComplete="email" />}
        </Field>
        <Field label="Password" error={errors.password}>
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
            />
          )}
        </Field>
        <button type="submit" disabled={active.isPending}>
          {mode === 'login' ? 'Log in' : 'Create account'}
        </button>
      </form>
      <button type="button" className="link" onClick={() => setMode(mode === 'login' ? 'register' : 'login')}>
        {mode === 'login' ? 'New here? Create an account' : 'Have an account? Log in'}
      </button>
    </section>
  );
}
